"""Entry point of the packaged app (PyInstaller needs a script, not ``-m``)."""

import sys

from outreach_coach.cli import main

if __name__ == "__main__":
    sys.exit(main())
