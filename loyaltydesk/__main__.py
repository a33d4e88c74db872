"""``python -m loyaltydesk`` and the ``loyaltydesk`` command."""

from __future__ import annotations

import sys


def main() -> int:
    if "--self-test" in sys.argv[1:]:
        from loyaltydesk.selftest import run as self_test

        return self_test()
    from loyaltydesk.bootstrap import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
