"""Entry script for PyInstaller (it needs a file, not a module path)."""

import sys

from ui.app import main

sys.exit(main())
