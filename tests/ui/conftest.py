# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox

from composer.campaigns.campaign import load_campaign
from composer.campaigns.library import Library
from ui.main_window import MainWindow
from ui.workers import Runner

from ..conftest import BUILTIN


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(BUILTIN.parent, tmp_path / "opened.json")


@pytest.fixture(autouse=True)
def discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with a typed letter asks first; tests that check it say otherwise."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True)
def no_unexpected_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A password prompt nobody answers would block the test run: make it fail instead."""
    from PySide6.QtWidgets import QInputDialog

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected prompt: {args[1:3]}")

    monkeypatch.setattr(QInputDialog, "getText", refuse)


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> Iterator[None]:
    """English as the app starts it: with its plural forms ("1 letter", "2 letters")."""
    from ui.i18n import Translations

    Translations(qapp).use("en")
    yield


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone(10_000)  # join worker threads before Qt objects go away


@pytest.fixture
def window(qtbot, library: Library, tmp_path: Path, pool: QThreadPool) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, settings=settings, runner=Runner(pool), ui_lang="en")
    qtbot.addWidget(win)
    win.show_campaign(load_campaign(BUILTIN, builtin=True))
    win.show()
    qtbot.waitExposed(win)
    yield win
