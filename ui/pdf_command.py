# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF writer the command line runs (`letter-composer-cli pdf`): postal letters as
JSON on standard input, the PDF written by the window's renderer (ui/printing.py).

    python -m ui.pdf_command OUT.pdf PAPER TITLE < letters.json

A process of its own, so that the core (composer/) never loads Qt. Exit 0 when written;
1 with the reason on standard error when the file cannot be written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    out, paper, title = (argv if argv is not None else sys.argv[1:])[:3]
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, none used
    from PySide6.QtGui import QGuiApplication

    from composer.delivery.postal import letters_from_json

    from .printing import write_pdf

    letters = letters_from_json(sys.stdin.read())
    _app = QGuiApplication.instance() or QGuiApplication(["letter-composer-pdf"])
    try:
        write_pdf(letters, Path(out), paper, title)
    except OSError as exc:
        print(exc.strerror or str(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
