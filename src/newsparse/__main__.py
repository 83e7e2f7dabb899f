"""``python -m newsparse``: the same as the ``newsparse`` command."""

import sys

from newsparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
