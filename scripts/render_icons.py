# SPDX-License-Identifier: GPL-3.0-or-later
"""Render the app icon's PNG sizes from the SVG (Qt's own renderer, no other tool).

    python scripts/render_icons.py      # resources/icons/hicolor/<size>x<size>/letter-composer.png

The PNGs are committed (a few kilobytes) so the app and installers need no SVG support.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "letter-composer.svg"))
    if not renderer.isValid():
        print("the SVG icon does not load", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "letter-composer.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    # The Windows and macOS icon files, from the largest size (Qt writes both formats).
    big = QImage(str(out / "256x256" / "letter-composer.png"))
    big.save(str(ROOT / "packaging" / "windows" / "letter-composer.ico"))
    QImage(str(out / "512x512" / "letter-composer.png")).save(
        str(ROOT / "packaging" / "macos" / "letter-composer.icns")
    )
    return 0


if __name__ == "__main__":
    default = ROOT / "resources" / "icons" / "hicolor"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
