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


def test_quicker_pyside_scan_gives_pysides_answers() -> None:
    """ui.app makes PySide's "does this module use PySide6?" check read bytes instead of
    going through inspect; on the binding we ship, it must be installed and agree."""
    import inspect
    import json
    import typing

    import composer.campaign
    import ui.main_window
    from ui.app import quicker_pyside_scan

    feature = sys.modules["shibokensupport.feature"]

    def pysides_own(module: object) -> bool:  # what PySide6 6.8-6.11 do
        try:
            return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
        except (TypeError, OSError):
            return False

    quicker_pyside_scan()
    quicker_pyside_scan()  # twice: still one wrapper, not a chain
    check = feature._mod_uses_pyside
    assert getattr(check, "quicker", False)
    modules = [ui.main_window, composer.campaign, json, typing, inspect, sys]
    assert [check(m) for m in modules] == [pysides_own(m) for m in modules]
    assert [check(m) for m in modules] == [True, False, False, False, False, False]
