# SPDX-License-Identifier: GPL-3.0-or-later
"""`python -m composer` is the command-line interface."""

import sys

from composer.cli import main

sys.exit(main())
