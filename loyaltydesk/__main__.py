"""``python -m loyaltydesk`` and the ``loyaltydesk`` command."""

from __future__ import annotations

import os
import sys


def main() -> int:
    if "--self-test" in sys.argv[1:]:
        from loyaltydesk.selftest import run as self_test

        return self_test()
    from loyaltydesk.bootstrap import main as run

    try:
        return run()
    except BrokenPipeError:
        # The reader of the output went away (``loyaltydesk ... | head``): stop quietly, and
        # keep Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
