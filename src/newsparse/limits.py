"""The time bound on one document: :func:`time_limit` and :func:`check_deadline`.

``parse``, ``parse_file`` and the batch workers run each document inside
:func:`time_limit`. Two mechanisms enforce it, both in-process and leak-free:

* **an interval timer** (``signal.setitimer`` with ``SIGALRM``) where the platform has one
  and the call runs on the main thread of its process — the usual case, in a script and
  in ``parse_many`` worker processes alike. The signal handler raises
  :class:`DeadlineExpired` at the next Python instruction, so a long pure-Python step is
  stopped; a single long call into C (one regex search, one lxml parse) finishes first.
  The previous handler and timer are put back afterwards. When another timer is already
  armed (the caller uses ``SIGALRM`` itself) the timer is left alone.
* **cooperative checks**: :func:`check_deadline` at the boundaries of the pipeline's
  stages (after decoding, after the variant parser, after HTML parsing...). This is all
  there is on Windows and in threads other than the main one, so there a document may
  overrun the limit by the length of one stage.

>>> with time_limit(5.0, "a.md"):
...     check_deadline()  # well within the limit: does nothing
>>> import time
>>> try:
...     with time_limit(0.001, "a.md"):
...         time.sleep(0.01)
...         check_deadline()
... except DeadlineExpired as exc:
...     print(exc)
a.md: took longer than timeout=0.001 s
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from types import FrameType

from attrs import frozen

__all__ = ["DeadlineExpired", "check_deadline", "time_limit"]


@frozen
class _Deadline:
    at: float
    seconds: float
    name: str | None


_CURRENT: ContextVar[_Deadline | None] = ContextVar("newsparse_deadline", default=None)


class DeadlineExpired(BaseException):
    """Raised inside the pipeline when the document's time is up.

    A ``BaseException``, so that no ``except Exception`` on the way swallows it; the
    entry points turn it into :class:`~newsparse.errors.LimitExceededError`.
    """

    def __init__(self, seconds: float, name: str | None) -> None:
        self.seconds = seconds
        self.name = name
        super().__init__(f"{name or '<input>'}: took longer than timeout={seconds:g} s")


def check_deadline() -> None:
    """Raise :class:`DeadlineExpired` when the current document's time is up (cheap)."""
    deadline = _CURRENT.get()
    if deadline is not None and time.monotonic() > deadline.at:
        raise DeadlineExpired(deadline.seconds, deadline.name)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    deadline = _CURRENT.get()
    if deadline is not None:
        raise DeadlineExpired(deadline.seconds, deadline.name)


def _can_use_alarm() -> bool:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # someone else's timer is running
        return False
    return signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)


@contextlib.contextmanager
def time_limit(seconds: float | None, name: str | None = None) -> Iterator[None]:
    """Bound the time spent inside the ``with`` block to ``seconds`` (``None``: no bound).

    Nested uses keep the outer bound. On expiry :class:`DeadlineExpired` is raised.
    """
    if seconds is None or _CURRENT.get() is not None:
        yield
        return
    _CURRENT.set(_Deadline(time.monotonic() + seconds, seconds, name))
    alarm = _can_use_alarm()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if alarm else None
    try:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        # The one-shot timer fires at most once; should it fire while this cleanup runs
        # (the work is done by then), it is swallowed and the cleanup is completed.
        while True:
            try:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
                _CURRENT.set(None)
                break
            except DeadlineExpired:
                continue
