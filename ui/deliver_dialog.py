# SPDX-License-Identifier: GPL-3.0-or-later
"""Delivering the letter another way: opening it in the mail app or in webmail, one
recipient at a time; and marking letters as sent, so the Sent list stays true."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.campaigns.campaign import Campaign, Recipient
from composer.delivery.links import WEBMAIL, link_for
from composer.mail.outbox import MANUAL_ROUTES, Item, Outbox
from composer.templates.letter import Letter

from .colours import problem_style

Delivery = Sequence[tuple[Recipient, Letter]]


def recipient_list() -> QListWidget:
    """Long names are shortened in the middle (the tooltip has them whole), never scrolled."""
    widget = QListWidget()
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return widget


def _row(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(text)
    return item


def paste_keys() -> str:
    """Ctrl+V, or ⌘V on a Mac: the keys this system pastes with."""
    return QKeySequence(QKeySequence.StandardKey.Paste).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class DeliverDialog(QDialog):
    """Opens one message per recipient in the mail app (mailto:) or a webmail's compose
    page, each when the user asks; a letter too long for a link goes to the clipboard."""

    mark_sent = Signal(list)  # the recipients whose message was opened

    def __init__(
        self,
        letters: Delivery,
        service: str = "mailto",
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.letters = list(letters)
        self.service = service
        self.open_url = open_url
        self.opened: list[Recipient] = []
        name = WEBMAIL[service].name if service in WEBMAIL else ""
        via_clipboard = any(
            link_for(r, letter, service).clipboard is not None for r, letter in self.letters
        )
        if via_clipboard:  # the whole letter does not fit in a link: say so from the start
            self.setWindowTitle(
                self.tr("Open in Your Mail App")
                if service == "mailto"
                else self.tr("Open in %1").replace("%1", name)
            )
            intro = self.tr(
                "Each recipient gets a message of their own, opened with the address and "
                "subject filled in. The letter is too long to go in with them: it is put on "
                "the clipboard each time, for you to paste into the message (%1). Check it "
                "and send it from there."
            ).replace("%1", paste_keys())
        elif service == "mailto":
            self.setWindowTitle(self.tr("Open in Your Mail App"))
            intro = self.tr(
                "Each recipient gets a message of their own, opened in your mail app with the "
                "address, subject and letter filled in. Check it and send it from there."
            )
        else:
            self.setWindowTitle(self.tr("Open in %1").replace("%1", name))
            intro = self.tr(
                "Each recipient gets a message of their own, opened in %1 in your browser "
                "(sign in if it asks) with the address, subject and letter filled in. Check "
                "it and send it from there."
            ).replace("%1", name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        # Shown when the app's own connections go through a proxy (note_proxy).
        self.proxy_note = QLabel()
        self.proxy_note.setObjectName("proxyNote")
        self.proxy_note.setWordWrap(True)
        self.proxy_note.hide()
        self.list = recipient_list()
        self.list.setObjectName("deliverRecipients")
        self.list.setAccessibleName(self.tr("Recipients"))  # the intro above is no label
        for recipient, _letter in self.letters:
            self.list.addItem(_row(f"{recipient.name} <{recipient.email}>"))
        self.hint = QLabel()
        self.hint.setObjectName("deliverHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_button = QPushButton()
        self.next_button.setObjectName("openNext")
        self.next_button.clicked.connect(self.open_next)
        self.mark_button = QPushButton(self.tr("&Mark as Sent…"))
        self.mark_button.setObjectName("markSent")
        self.mark_button.clicked.connect(lambda: self.mark_sent.emit(list(self.opened)))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.proxy_note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.resize(600, 320)
        self._update()

    def note_proxy(self) -> None:
        """Say that this way does not go through the app's proxy or Tor."""
        self.proxy_note.setText(
            self.tr(
                "Your mail account is set to connect through a proxy, but this does not: "
                "your mail app connects the way it is set to, not through the app's proxy."
            )
            if self.service == "mailto"
            else self.tr(
                "Your mail account is set to connect through a proxy, but this does not: "
                "your browser connects the way it is set to (Tor Browser goes through Tor)."
            )
        )
        self.proxy_note.show()

    def open_next(self) -> bool:
        """Open the next recipient's message; False when there is none or it failed."""
        index = len(self.opened)
        if index >= len(self.letters):
            return False
        recipient, letter = self.letters[index]
        link = link_for(recipient, letter, self.service)
        if link.clipboard is not None:
            # Before the link: the mail app may take the focus at once.
            QGuiApplication.clipboard().setText(link.clipboard)
        if not self.open_url(QUrl(link.url, QUrl.ParsingMode.StrictMode)):
            self.hint.setStyleSheet(problem_style())
            self.hint.setText(
                self.tr(
                    "Nothing on this computer opens mail links. Set a default mail app, or "
                    "use Copy Letter and paste it into a message."
                )
                if self.service == "mailto"
                else self.tr("The browser could not be opened. Use Copy Letter instead.")
            )
            return False
        self.opened.append(recipient)
        row = self.list.item(index)
        row.setText(self.tr("%1 — opened").replace("%1", f"{recipient.name} <{recipient.email}>"))
        row.setToolTip(row.text())
        self.hint.setStyleSheet("")
        if link.clipboard is not None:
            self.hint.setText(
                self.tr(
                    "The letter to %1 is too long to go in a link, so it is on the clipboard: "
                    "click into the message's text and paste it (%2)."
                )
                .replace("%1", recipient.name)
                .replace("%2", paste_keys())
            )
        else:
            self.hint.setText(
                self.tr("The message to %1 is open, ready to send.").replace("%1", recipient.name)
            )
        self._update()
        return True

    def _update(self) -> None:
        index = len(self.opened)
        if index < len(self.letters):
            recipient = self.letters[index][0]
            self.next_button.setText(
                self.tr("&Open the Message") if index == 0 else self.tr("&Open the Next Message")
            )
            self.next_button.setToolTip(
                self.tr("To %1").replace("%1", f"{recipient.name} <{recipient.email}>")
            )
            self.list.setCurrentRow(index)  # who is next
            self.next_button.setEnabled(True)
            self.next_button.setDefault(True)
        else:
            self.next_button.setText(self.tr("All Messages &Opened"))
            self.next_button.setToolTip("")
            self.next_button.setEnabled(False)
            self.mark_button.setDefault(True)
        self.mark_button.setEnabled(bool(self.opened))


class MarkSentDialog(QDialog):
    """Which letters went, and how: they join the Sent list, and any copy still waiting
    in the outbox is taken out so it is not sent a second time."""

    recorded = Signal(list)  # the Items written to the Sent list

    def __init__(
        self,
        campaign: Campaign,
        letters: Delivery,
        outbox: Outbox,
        route: str = "other",
        checked: Sequence[Recipient] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.campaign, self.letters, self.outbox = campaign, list(letters), outbox
        self.setWindowTitle(self.tr("Mark as Sent"))
        intro = QLabel(
            self.tr(
                "Which letters did you send, and how? They are added to your sent letters "
                "(View › Sent Letters), so you know later what went where."
            )
        )
        intro.setWordWrap(True)
        self.list = recipient_list()
        self.list.setObjectName("markRecipients")
        self.list.setAccessibleName(self.tr("Letters you sent"))  # ticked: sent
        wanted = {r.email for r in checked} if checked is not None else None
        # Letters already in the Sent list for this campaign start unticked: marking them
        # again would list them twice.
        already = {i.email.lower() for i in outbox.items(("sent",), campaign.id)}
        for recipient, _letter in self.letters:
            item = _row(f"{recipient.name} <{recipient.email}>")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = (wanted is None or recipient.email in wanted) and (
                recipient.email.lower() not in already
            )
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.route = QComboBox()
        self.route.setObjectName("route")
        names = {
            "mail-app": self.tr("From my mail app"),
            "webmail": self.tr("From webmail"),
            "post": self.tr("By post"),
            "fax": self.tr("By fax"),
            "other": self.tr("Copied, or another way"),
        }
        for code in MANUAL_ROUTES:
            self.route.addItem(names[code], code)
        self.route.setCurrentIndex(max(0, self.route.findData(route)))
        how = QLabel(self.tr("&How:"))
        how.setBuddy(self.route)
        form = QFormLayout()
        form.addRow(how, self.route)
        self.waiting_note = QLabel()
        self.waiting_note.setObjectName("waitingNote")
        self.waiting_note.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("&Mark as Sent"))
        self.ok_button.setObjectName("markSentOk")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.record)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.waiting_note)
        layout.addLayout(buttons)
        self.resize(600, 340)
        self._update()

    def chosen(self) -> list[tuple[Recipient, Letter]]:
        return [
            pair
            for i, pair in enumerate(self.letters)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        chosen = self.chosen()
        self.ok_button.setEnabled(bool(chosen))
        waiting = self.outbox.waiting_for(self.campaign.id, [r.email for r, _ in chosen])
        self.waiting_note.setVisible(bool(waiting))
        self.waiting_note.setText(
            self.tr(
                "The letters to %1 are waiting in the outbox; marking them as sent takes "
                "them out, so that nothing goes twice."
            ).replace("%1", ", ".join(sorted({i.recipient for i in waiting})))
        )

    def record(self) -> list[Item]:
        route = str(self.route.currentData())
        items = [
            self.outbox.record_sent(self.campaign.id, r.name, r.email, letter.subject, route)
            for r, letter in self.chosen()
        ]
        self.recorded.emit(items)
        self.accept()
        return items
