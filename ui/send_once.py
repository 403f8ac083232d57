# SPDX-License-Identifier: GPL-3.0-or-later
"""Each letter once, before the send dialog: a recipient who already got this campaign's
letter is sent it again only when the user says so (default No), and a letter already
waiting in the outbox is never queued a second time. The rule is the core's
(composer.mail.sending.earlier); this module asks the question and says what happens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from composer.mail.sending import Earlier, earlier, sent_when
from composer.templates.dates import letter_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from composer.campaigns.campaign import Campaign, Recipient
    from composer.mail.outbox import Item

    from .main_window import MainWindow

# What the send dialog is opened with: the recipients to send to, and those left out
# because a letter to them is already waiting.
Proceed = Callable[[list["Recipient"], list[tuple["Recipient", "Item"]]], Any]


class SendOnce(QObject):
    """One Send's check against the letters this user already sent or queued."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.before: Earlier | None = None
        self.question: QMessageBox | None = None  # "Send it again?", while it is open

    def check(self, campaign: Campaign, chosen: list[Recipient], proceed: Proceed) -> Any:
        """Go on with `proceed` at once when nobody chosen already got the letter (and
        return what it returns); else ask first, and go on once answered (None now)."""
        self.before = before = earlier(self.window.outbox, campaign.id, chosen)
        if before.sent:
            self._ask(before, proceed)
            return None
        return self._go(before, again=False, proceed=proceed)

    # -- the question ----------------------------------------------------------------------

    def when(self, item: Item) -> str:
        """The day a letter went, as the interface's language writes dates; how, when the
        user marked it sent after another way."""
        day = letter_date(sent_when(item).date(), self.window.ui_lang)
        routes = {
            "mail-app": self.tr("from your mail app"),
            "webmail": self.tr("from webmail"),
            "post": self.tr("by post"),
            "fax": self.tr("by fax"),
            "other": self.tr("another way"),
        }
        how = routes.get(item.route)
        return self.tr("%1, %2").replace("%1", day).replace("%2", how) if how else day

    def _ask(self, before: Earlier, proceed: Proceed) -> None:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        if len(before.sent) == 1:
            [(who, item)] = before.sent
            text = (
                self.tr("You sent this letter to %1 on %2. Send it again?")
                .replace("%1", who.name)
                .replace("%2", self.when(item))
            )
        else:
            lines = [
                self.tr("%1 on %2").replace("%1", who.name).replace("%2", self.when(item))
                for who, item in before.sent
            ]
            text = "\n".join(
                [self.tr("You already sent this letter to:")]
                + [f"    {line}" for line in lines]
                + [self.tr("Send it to them again?")]
            )
        notes = []
        if before.fresh:
            notes.append(
                self.tr("If you answer No, it goes only to %1.").replace(
                    "%1", ", ".join(r.name for r in before.fresh)
                )
            )
        else:
            notes.append(self.tr("If you answer No, nothing is sent."))
        if before.waiting:
            notes.append(self._waiting_text(before))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Already sent"),
            text,
            buttons.Yes | buttons.No | (buttons.Cancel if before.fresh else buttons.NoButton),
            self.window,
        )
        box.setObjectName("sendAgainQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)  # recipients' names from the campaign
        box.setInformativeText("\n\n".join(notes))
        box.setDefaultButton(buttons.No)
        box.setEscapeButton(buttons.Cancel if before.fresh else buttons.No)

        def answered(button: Any) -> None:
            self.question = None
            answer = box.standardButton(button)
            if answer in (buttons.Yes, buttons.No):
                self._go(before, again=answer == buttons.Yes, proceed=proceed)

        box.buttonClicked.connect(answered)
        box.open()
        self.question = box

    def _waiting_text(self, before: Earlier) -> str:
        return self.tr("Already waiting in the outbox, not queued again: %1.").replace(
            "%1", ", ".join(r.name for r, _ in before.waiting)
        )

    # -- going on --------------------------------------------------------------------------

    def _go(self, before: Earlier, again: bool, proceed: Proceed) -> Any:
        to = before.to_send(again)
        if to:
            return proceed(to, before.waiting)
        if before.waiting:
            # Nothing new to send: say where the letters are, and offer to open it.
            self.window.notify(
                self.tr("Already waiting"),
                self._waiting_text(before)
                + "\n\n"
                + self.tr("The outbox shows how each one stands; nothing was added."),
                action=(self.tr("Open &Outbox"), self.window.outbox_control.show_outbox),
            )
        else:
            self.window.statusBar().showMessage(self.tr("Nothing sent."), 8000)
        return None
