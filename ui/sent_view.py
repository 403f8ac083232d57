"""The Sent list of a campaign: to whom each letter went, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.history import History


class SentDialog(QDialog):
    def __init__(
        self, history: History, campaign_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sent letters"))
        self.resize(640, 360)
        entries = history.entries(campaign_id)
        heading = QLabel(
            self.tr("Letters sent for “%1”: %2")
            .replace("%1", title)
            .replace("%2", str(len(entries)))
        )
        heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sentList")
        self.tree.setHeaderLabels([self.tr("To"), self.tr("Address"), self.tr("When")])
        self.tree.setRootIsDecorated(False)
        for e in entries:
            when = dt.datetime.fromisoformat(e.time).astimezone().strftime("%Y-%m-%d %H:%M")
            self.tree.addTopLevelItem(QTreeWidgetItem([e.recipient, e.email, when]))
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
