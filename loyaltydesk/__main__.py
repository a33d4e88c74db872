"""``python -m loyaltydesk`` and the ``loyaltydesk`` command."""

from __future__ import annotations

import sys


def main() -> int:
    from loyaltydesk.bootstrap import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
