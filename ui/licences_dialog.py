# SPDX-License-Identifier: GPL-3.0-or-later
"""Help › About › Licences: the project's licence and the licences of everything the app
includes, as plain text (resources/licences/NOTICES.txt, made by
scripts/third_party_notices.py). A module of its own: loaded when first opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from composer import __version__
from composer.paths import resources_dir


def notices_path() -> Path:
    return resources_dir() / "licences" / "NOTICES.txt"


class LicencesDialog(QDialog):
    """The licences, scrollable, read with the keyboard as well as the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        summary = QLabel(
            self.tr(
                "Letter Composer %1 is free software: you may share and change it under the "
                "terms of the GNU General Public License, version 3 or (at your option) any "
                "later version. It comes with no warranty. Below are its licence and the "
                "licences of the software and data it includes."
            ).replace("%1", __version__)
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceTexts")
        self.text.setReadOnly(True)
        # Read-only text still takes a caret: arrows, Page Up/Down and Ctrl+Home move
        # through it, and Tab leaves it for the Close button.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setTabChangesFocus(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Licence texts"))
        label = QLabel(self.tr("&Licence texts:"))
        label.setBuddy(self.text)
        try:
            self.text.setPlainText(notices_path().read_text(encoding="utf-8"))
        except OSError as exc:
            self.text.setPlainText(
                self.tr("The licence texts are missing from this installation (%1).").replace(
                    "%1", str(exc.filename or exc)
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.text.setFocus()
