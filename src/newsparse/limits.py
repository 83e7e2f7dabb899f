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
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from types import FrameType
from typing import Any

try:
    # the C functions behind ``signal.signal``/``signal.getsignal``: the Python wrappers convert
    # handlers to and from enums (by way of a caught TypeError for a function), which costs
    # ~4 µs per document; the raw functions take and return the same handlers as plain values
    import _signal  # type: ignore[import-not-found,unused-ignore]

    _set_handler: Callable[[int, Any], Any] = _signal.signal
    _get_handler: Callable[[int], Any] = _signal.getsignal
except ImportError:  # pragma: no cover - an interpreter without the C module
    _set_handler = signal.signal
    _get_handler = signal.getsignal

__all__ = ["DeadlineExpired", "arm", "check_deadline", "disarm", "time_limit"]


class _Deadline:
    """When the current document's time is up (a plain slotted record: one is made per document)."""

    __slots__ = ("at", "name", "seconds")

    def __init__(self, at: float, seconds: float, name: str | None) -> None:
        self.at = at
        self.seconds = seconds
        self.name = name


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
    # the current thread is the main one (by ident: cheaper than current_thread(), which
    # looks the Thread object up; main_thread() is updated in a forked child)
    if not _HAS_TIMER or threading.get_ident() != threading.main_thread().ident:
        return False
    if _get_handler(_SIGALRM) not in _FREE_HANDLERS:  # the caller handles SIGALRM itself
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] <= 0  # else someone else's timer is running


_HAS_TIMER = hasattr(signal, "setitimer")
_SIGALRM = int(getattr(signal, "SIGALRM", 14))
# handlers that mean nobody is listening for SIGALRM (None: installed from outside Python)
_FREE_HANDLERS = (signal.SIG_DFL, signal.SIG_IGN, None)


class _Armed:
    """What :func:`arm` set up and :func:`disarm` takes down: the timer and the handler it replaced."""

    __slots__ = ("alarm", "previous")

    def __init__(self, alarm: bool, previous: Any) -> None:
        self.alarm = alarm
        self.previous = previous


def arm(seconds: float | None, name: str | None = None) -> _Armed | None:
    """Start bounding the current document to ``seconds``; pass the result to :func:`disarm`.

    The two halves of :func:`time_limit`, for a caller that already has a ``try/finally``
    (``parse`` runs one per document; a generator-based context manager costs more than
    the checks themselves). ``None`` when there is nothing to undo: no bound, or an outer
    bound is already running (nested uses keep the outer bound).
    """
    if seconds is None or _CURRENT.get() is not None:
        return None
    _CURRENT.set(_Deadline(time.monotonic() + seconds, seconds, name))
    if not _can_use_alarm():
        return _Armed(False, None)
    armed = _Armed(True, _set_handler(_SIGALRM, _on_alarm))
    signal.setitimer(signal.ITIMER_REAL, seconds)
    return armed


def disarm(armed: _Armed | None) -> None:
    """Undo what :func:`arm` did: stop the timer, put the previous handler back."""
    if armed is None:
        return
    # The one-shot timer fires at most once; should it fire while this cleanup runs
    # (the work is done by then), it is swallowed and the cleanup is completed.
    while True:
        try:
            if armed.alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                previous = armed.previous
                _set_handler(_SIGALRM, previous if previous is not None else signal.SIG_DFL)
            _CURRENT.set(None)
            break
        except DeadlineExpired:
            continue


@contextlib.contextmanager
def time_limit(seconds: float | None, name: str | None = None) -> Iterator[None]:
    """Bound the time spent inside the ``with`` block to ``seconds`` (``None``: no bound).

    Nested uses keep the outer bound. On expiry :class:`DeadlineExpired` is raised.
    """
    armed = arm(seconds, name)
    try:
        yield
    finally:
        disarm(armed)
