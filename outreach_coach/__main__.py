"""Allow ``python -m outreach_coach``."""

import sys

from outreach_coach.cli import main

sys.exit(main())
