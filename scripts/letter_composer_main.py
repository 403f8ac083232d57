# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry script for PyInstaller (it needs a file, not a module path). One executable for
both commands: the window app, and the command line when started as letter-composer-cli
(the .deb's link to it), which runs its PDF writer as `sys.executable -m ui.pdf_command`."""

import sys
from pathlib import Path

if sys.argv[1:3] == ["-m", "ui.pdf_command"]:
    from ui.pdf_command import main as pdf_main

    sys.exit(pdf_main(sys.argv[3:]))
if Path(sys.argv[0]).name.startswith("letter-composer-cli"):
    from composer.cli import main as cli_main

    sys.exit(cli_main())

from ui.app import main

sys.exit(main())
