# SPDX-License-Identifier: GPL-3.0-or-later
"""Run in a process of its own by tests/ui/xvfb.py: start the app by its normal path
(ui.app.main), let the window manager map the window the app sized itself, and write what
a user would see: the window's frame, the screen's free area, where Send and the status
bar are, and a screenshot of the whole screen.

Usage: python -m tests.ui.screen_probe REPORT.json SHOT.png [--maximise]
       [--leave-at=X,Y,W,H] [APP ARGS...]
--leave-at moves and sizes the window there at the end, as a user would, and closes it
so that it saves its geometry for the next start."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui import app as app_module
from ui.main_window import MainWindow


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget, window: QWidget) -> dict[str, object]:
    """Where the widget is on the screen, and whether all of it can be seen there."""
    top_left = widget.mapToGlobal(QPoint(0, 0))
    where = QRect(top_left, widget.size())
    visible = widget.visibleRegion().boundingRect()
    screen = window.screen().availableGeometry()
    return {
        "rect": rect(where),
        "shown": widget.isVisible(),
        # Not cut by a scroll area, a splitter or the window's own edge.
        "whole": visible.size() == widget.size(),
        "inside_screen": screen.contains(where),
    }


def report(window: MainWindow) -> dict[str, object]:
    letter = window.letter
    return {
        "frame": rect(window.frameGeometry()),
        "geometry": rect(window.geometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "available": rect(window.screen().availableGeometry()),
        "screen": rect(window.screen().geometry()),
        "scale": window.devicePixelRatio(),
        "maximised": window.isMaximized(),
        "send": on_screen(letter.send_button, window),
        "more": on_screen(letter.more_button, window),
        "status_bar": on_screen(window.statusBar(), window),
        "body": on_screen(letter.body, window),
        "appeal": on_screen(window.appeal.browser, window),
        "first_field": on_screen(next(iter(letter.editors.values())), window),
    }


def main() -> int:
    out, shot, *rest = sys.argv[1:]
    maximise = "--maximise" in rest
    leave_at = next((a.split("=")[1] for a in rest if a.startswith("--leave-at=")), "")
    args = [a for a in rest if a != "--maximise" and not a.startswith("--leave-at=")]
    app = QApplication([sys.argv[0]])
    results: dict[str, object] = {}

    def window() -> MainWindow:
        return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

    def settle(then: object, wait_ms: int = 700) -> None:
        QTimer.singleShot(wait_ms, then)

    def first() -> None:
        win = window()
        results["opened"] = report(win)
        if maximise:
            win.showMaximized()
            settle(second)
        else:
            finish()

    def second() -> None:
        results["maximised"] = report(window())
        finish()

    def finish() -> None:
        win = window()
        win.screen().grabWindow(0).save(shot, "PNG")
        Path(out).write_text(json.dumps(results, indent=1), "utf-8")
        if leave_at:
            x, y, w, h = (int(n) for n in leave_at.split(","))
            win.setGeometry(x, y, w, h)
            win.save_geometry()
        win.letter.draft = None  # nothing typed: close without asking
        app.exit(0)

    settle(first, 1200)  # the window manager maps and frames the window
    return app_module.main(args)


if __name__ == "__main__":
    sys.exit(main())
