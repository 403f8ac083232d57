# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox and the Sent list: what waits, why, what went; Send now, Remove, Forget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.mail.outbox import Item, Outbox

from .i18n import reason_text

WAITING = ("queued", "sending", "failed", "unknown", "held", "account")
SENDABLE = ("queued", "failed", "account")  # what Send now takes when nothing is chosen


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


class OutboxDialog(QDialog):
    """Two tabs: letters waiting or stuck, and letters sent."""

    send_now = Signal(list)  # ids the user wants tried now
    changed = Signal()
    fix_account = Signal()  # the user wants to fix the mail account

    def __init__(
        self, outbox: Outbox, campaign_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.outbox, self.campaign_id = outbox, campaign_id
        self.setWindowTitle(self.tr("Outbox and sent letters"))
        self.resize(820, 420)
        self.state_names = {
            "queued": self.tr("waiting"),
            "sending": self.tr("sending"),
            "sent": self.tr("sent"),
            "failed": self.tr("refused"),
            "unknown": self.tr("delivery unknown"),
            "held": self.tr("held: campaign closed"),
            "account": self.tr("the mail account needs attention"),
        }
        # How a letter went (every route of composer.mail.outbox), in the Sent list.
        self.route_names = {
            "smtp": self.tr("from your account"),
            "mail-app": self.tr("from your mail app"),
            "webmail": self.tr("from webmail"),
            "post": self.tr("by post"),
            "fax": self.tr("by fax"),
            "other": self.tr("another way"),
        }

        self.tabs = QTabWidget()
        self.waiting = self._tree(
            [self.tr("State"), self.tr("To"), self.tr("Subject"), self.tr("Tries"), self.tr("Why")]
        )
        self.waiting.setObjectName("outboxWaiting")
        self.sent = self._tree([self.tr("To"), self.tr("Address"), self.tr("When"), self.tr("How")])
        # Named for a screen reader, which reaches the lists, not the tabs above them.
        self.waiting.setAccessibleName(self.tr("Letters waiting"))
        self.sent.setAccessibleName(self.tr("Letters sent"))
        # The route must show whole in every language: the name gives way (elided) instead.
        header = self.sent.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.sent.setObjectName("outboxSent")

        self.send_button = QPushButton(self.tr("&Send now"))
        self.send_button.setObjectName("sendNow")
        self.send_button.clicked.connect(self._send_now)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeLetter")
        self.remove_button.clicked.connect(self._remove)
        self.unknown_note = QLabel(
            self.tr(
                "“Delivery unknown”: the connection broke after the letter was handed over, so it "
                "may have arrived. Send now only if you are sure it did not (check your sent "
                "folder), or it may arrive twice."
            )
        )
        self.unknown_note.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Fix the &Mail Account…"))
        self.fix_button.setObjectName("fixAccount")
        self.fix_button.clicked.connect(self.fix_account.emit)
        # What the last Send now did (or why it did nothing).
        self.result = QLabel()
        self.result.setObjectName("sendNowResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.detail = QLabel()
        self.detail.setObjectName("letterDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # a server's words: never markup
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        waiting_page = QWidget()
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addWidget(self.unknown_note, 1)
        waiting_buttons.addWidget(self.fix_button)
        waiting_buttons.addWidget(self.remove_button)
        waiting_buttons.addWidget(self.send_button)
        w_layout = QVBoxLayout(waiting_page)
        w_layout.addWidget(self.waiting, 1)
        w_layout.addWidget(self.detail)
        w_layout.addWidget(self.result)
        w_layout.addLayout(waiting_buttons)

        self.forget_button = QPushButton(self.tr("&Forget the sent list"))
        self.forget_button.setObjectName("forgetSent")
        self.forget_button.setToolTip(
            self.tr("Removes the record from this computer; the letters stay sent")
        )
        self.forget_button.clicked.connect(self._forget)
        # Keeping the list is the user's choice; off keeps only what stops a second letter.
        self.keep_sent = QCheckBox(self.tr("&Keep a list of the letters I send"))
        self.keep_sent.setObjectName("keepSent")
        self.keep_sent.setChecked(outbox.keep_sent)
        self.keep_sent.toggled.connect(self._keep_sent)
        self.keep_note = QLabel()
        self.keep_note.setObjectName("keepSentNote")
        self.keep_note.setWordWrap(True)
        sent_page = QWidget()
        sent_buttons = QHBoxLayout()
        sent_buttons.addWidget(self.keep_sent)
        sent_buttons.addStretch(1)
        sent_buttons.addWidget(self.forget_button)
        s_layout = QVBoxLayout(sent_page)
        s_layout.addWidget(self.sent, 1)
        s_layout.addWidget(self.keep_note)
        s_layout.addLayout(sent_buttons)

        self.tabs.addTab(waiting_page, "")
        self.tabs.addTab(sent_page, "")
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.waiting.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setWordWrap(True)
        return tree

    def refresh(self) -> None:
        waiting = self.outbox.items(WAITING, self.campaign_id)
        sent = self.outbox.items(("sent",), self.campaign_id)
        self.waiting.clear()
        for item in waiting:
            row = QTreeWidgetItem(
                [
                    self.state_names[item.state],
                    f"{item.recipient} <{item.email}>",
                    item.subject,
                    str(item.attempts),
                    reason_text(item),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(4, reason_text(item))
            self.waiting.addTopLevelItem(row)
        self.sent.clear()
        for item in sent:
            route = self.route_names.get(item.route, item.route)
            row = QTreeWidgetItem([item.recipient, item.email, _when(item.sent_at), route])
            if item.message_id:
                row.setToolTip(0, self.tr("Message-ID: %1").replace("%1", item.message_id))
            self.sent.addTopLevelItem(row)
        for col in range(self.waiting.columnCount() - 1):
            self.waiting.resizeColumnToContents(col)
        self.keep_note.setText(
            self.tr(
                "The Sent list keeps each letter you send, to whom and when, on this "
                "computer. Without it the app keeps only what stops a letter going twice."
            )
            if self.outbox.keep_sent
            else self.tr(
                "No Sent list is kept: the app remembers only which address got each "
                "campaign's letter, and when, so that it never sends one twice. The "
                "letters' words, subjects and names are not kept."
            )
        )
        self.tabs.setTabText(0, self.tr("Waiting (%1)").replace("%1", str(len(waiting))))
        self.tabs.setTabText(1, self.tr("Sent (%1)").replace("%1", str(len(sent))))
        self.unknown_note.setVisible(any(i.state == "unknown" for i in waiting))
        self.fix_button.setVisible(any(i.state == "account" for i in waiting))
        self._update_buttons()

    def selected(self) -> list[Item]:
        ids = [row.data(0, Qt.ItemDataRole.UserRole) for row in self.waiting.selectedItems()]
        return [item for i in ids if (item := self.outbox.get(str(i))) is not None]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        # The full reason of the chosen letter: the column is too narrow for a server's words.
        if len(chosen) == 1:
            item = chosen[0]
            self.detail.setText(
                self.tr("%1 — %2: %3")
                .replace("%1", item.email)
                .replace("%2", self.state_names[item.state])
                .replace("%3", reason_text(item) or "-")
            )
        else:
            self.detail.setText(self.tr("Choose a letter to see why it is waiting."))
        self.remove_button.setEnabled(bool(chosen) and all(i.state != "sending" for i in chosen))
        # A held letter's campaign asks for no more letters: Send now cannot send it.
        self.send_button.setEnabled(
            self.waiting.topLevelItemCount() > 0
            and all(i.state not in ("sending", "held") for i in chosen)
        )
        self.forget_button.setEnabled(self.sent.topLevelItemCount() > 0)

    def _send_now(self) -> None:
        chosen = self.selected() or [
            i for i in self.outbox.items(WAITING, self.campaign_id) if i.state in SENDABLE
        ]
        if any(i.state == "unknown" for i in chosen):
            answer = QMessageBox.question(
                self,
                self.tr("Send again?"),
                self.tr("Some of these letters may already have arrived. Send them again?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for item in chosen:
            self.outbox.retry(item.id)
        self.show_result(
            self.tr("Sending %n letter(s)…", None, len(chosen))
            if chosen
            else self.tr("Nothing is waiting to be sent.")
        )
        self.refresh()
        if chosen:
            self.send_now.emit([i.id for i in chosen])

    def show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()

    def show_outcome(self, items: list[Item]) -> None:
        """After Send now: how many of the letters tried are in each state now."""
        now = [found for i in items if (found := self.outbox.get(i.id)) is not None]
        counts: dict[str, int] = {}
        for item in now:
            counts[item.state] = counts.get(item.state, 0) + 1
        parts = [
            self.tr("%1: %2").replace("%1", self.state_names[state]).replace("%2", str(n))
            for state, n in counts.items()
        ]
        text = self.tr("Send now: %1.").replace("%1", "; ".join(parts) or "-")
        if counts.get("account"):
            text += " " + self.tr("Fix the mail account, then they are sent.")
        self.show_result(text)
        self.refresh()

    def _remove(self) -> None:
        for item in self.selected():
            self.outbox.remove(item.id)
        self.refresh()
        self.changed.emit()

    def _keep_sent(self, keep: bool) -> None:
        self.outbox.set_keep_sent(keep)
        self.refresh()
        self.changed.emit()

    def _forget(self) -> None:
        # Asked first: for letters marked sent by hand this list is the only record.
        answer = QMessageBox.question(
            self,
            self.tr("Forget the sent list?"),
            self.tr(
                "The record of these %1 sent letters is removed from this computer (the "
                "letters stay sent). This cannot be undone."
            ).replace("%1", str(self.sent.topLevelItemCount())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.outbox.forget_sent(self.campaign_id)
        self.refresh()
        self.changed.emit()
