# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt binding itself: a release that corrupts reference counts must never be used."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    # PySide6 6.12.0 released one reference to None per call returning nothing; on Python
    # 3.11 (None not yet immortal) the app aborted after a few hundred keystrokes.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setEnabled(True)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 100, f"None lost {-drift} references: a broken PySide6 build"
