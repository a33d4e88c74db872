"""PyInstaller's entry script: the same ``main()`` as the ``loyaltydesk`` console script."""

import sys

from loyaltydesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
