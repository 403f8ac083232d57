# SPDX-License-Identifier: GPL-3.0-or-later
"""Every way to deliver the letter other than sending it: the mail app, webmail, the
clipboard, the printer, a PDF, and marking as sent what went one of these ways."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from composer.problems import ComposerError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from composer.campaigns.campaign import Recipient
    from composer.delivery.postal import PostalLetter
    from composer.templates.letter import Letter

    from .deliver_dialog import DeliverDialog, MarkSentDialog
    from .main_window import MainWindow


class DeliveryActions(QObject):
    """The Deliver menu's actions but Send, for one window: each checks what the window's
    letter needs (`MainWindow.ready`), does its part, then offers to mark the letters as
    sent. The last dialog of each kind stays reachable (`deliver_dialog`, ...)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.deliver_dialog: DeliverDialog | None = None
        self.mark_dialog: MarkSentDialog | None = None
        self.print_dialog: QPrintDialog | None = None

    def _letters(self) -> list[tuple[Recipient, Letter]] | None:
        """Each chosen recipient's letter, as Send would send it (hand edits included)."""
        window = self.window
        ready = window.ready()
        if ready is None:
            return None
        campaign, draft, chosen = ready
        try:
            return [(r, draft.letter_for(campaign, r, window.letter.today)) for r in chosen]
        except ComposerError as exc:
            window.cannot_make(exc)
            return None

    def _postal_letters(self) -> list[PostalLetter] | None:
        from composer.delivery.postal import postal_letters

        window = self.window
        ready = window.ready()
        if ready is None:
            return None
        campaign, draft, chosen = ready
        try:
            return postal_letters(campaign, draft, chosen, window.letter.today)
        except ComposerError as exc:
            window.cannot_make(exc)
            return None

    def open_in_mail_app(self) -> DeliverDialog | None:
        return self._deliver("mailto")

    def open_in_webmail(self, service: str) -> DeliverDialog | None:
        return self._deliver(service)

    def _deliver(self, service: str) -> DeliverDialog | None:
        """Open the first message now (the user asked); the others as they go on."""
        from .deliver_dialog import DeliverDialog

        letters = self._letters()
        if letters is None:
            return None
        dialog = DeliverDialog(letters, service, self.window)
        proxied = self._proxy_set()
        if proxied:
            dialog.note_proxy()
        route = "mail-app" if service == "mailto" else "webmail"
        dialog.mark_sent.connect(lambda opened: self._mark_from(dialog, route, opened))
        dialog.open()
        if not proxied:
            dialog.open_next()
        # else the first one waits for Open the Message: the note is read before the
        # browser or mail app connects, outside the proxy.
        self.deliver_dialog = dialog
        return dialog

    def _proxy_set(self) -> bool:
        try:
            account = self.window.accounts.load()
        except ComposerError:
            return False
        return account is not None and bool(account.proxy)

    def _mark_from(self, dialog: QDialog, route: str, opened: list[Recipient]) -> None:
        marking = self.mark_sent(route, opened, parent=dialog)
        if marking is not None:
            marking.recorded.connect(lambda _items: dialog.accept())

    def copy_letter(self) -> str | None:
        """Recipients, subject and letter on the clipboard, to paste anywhere."""
        from PySide6.QtGui import QKeySequence

        from composer.delivery.links import clipboard_text

        letters = self._letters()
        if letters is None:
            return None
        window = self.window
        text = clipboard_text(letters, self.tr("To"), self.tr("Subject"))
        QGuiApplication.clipboard().setText(text)
        paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        different = len({letter for _r, letter in letters})
        if different > 1:  # greetings by name: one letter per recipient, one after another
            window.statusBar().showMessage(self.tr("The letters are on the clipboard."), 8000)
            message = (
                self.tr(
                    "%1 letters are on the clipboard, one after another, each with its "
                    "recipients and subject: paste them (%2) and send each as a message of "
                    "its own."
                )
                .replace("%1", str(different))
                .replace("%2", paste)
            )
        else:
            window.statusBar().showMessage(self.tr("The letter is on the clipboard."), 8000)
            message = self.tr(
                "The letter is on the clipboard, with its recipients and subject: paste it "
                "(%1) into a message, a web form or a document."
            ).replace("%1", paste)
        window.notify(self.tr("Letter copied"), message, route="other")
        return text

    def _no_address_note(self) -> str:
        """For the post: the recipients the campaign gives no postal address for."""
        campaign, draft = self.window.campaign, self.window.letter.draft
        if campaign is None or draft is None:
            return ""
        missing = [r.name for r in draft.chosen(campaign) if not r.postal_address]
        if not missing:
            return ""
        return " " + self.tr(
            "The campaign gives no postal address for: %1. Write it on the letter and the "
            "envelope yourself, or send these letters another way."
        ).replace("%1", "; ".join(missing))

    def print_letters(self, printer: QPrinter | None = None) -> QPrintDialog | None:
        """The system's print dialog; the letters are printed when the user confirms."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        from .printing import printer_layout

        letters = self._postal_letters()
        if letters is None:
            return None
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The paper the printer reports as its default (what it is set up with), not the
        # locale's; only the margins are the letter's. The dialog can change it.
        printer.setPageLayout(printer_layout(printer.pageLayout().pageSize()))
        printer.setDocName(letters[0].subject)
        dialog = QPrintDialog(printer, self.window)
        dialog.finished.connect(lambda result: self._print_chosen(result, printer, letters))
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver: QDialog's does not
        self.print_dialog = dialog
        return dialog

    def _print_chosen(self, result: int, printer: QPrinter, letters: list[PostalLetter]) -> None:
        from PySide6.QtWidgets import QDialog

        from .printing import render

        if result != QDialog.DialogCode.Accepted:
            return
        window = self.window
        try:
            render(letters, printer)
        except OSError:
            window.notify(
                self.tr("The letters could not be printed"),
                self.tr("The printer could not be used. Try Save as PDF and print the file."),
                warning=True,
            )
            return
        window.statusBar().showMessage(
            self.tr("Letters sent to the printer: %1.").replace("%1", str(len(letters))), 8000
        )
        window.notify(
            self.tr("Letters printed"),
            self.tr("Sign each letter, then post it or fax it.") + self._no_address_note(),
            route="post",
        )

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the letters for the post to a PDF, asking where when no path is given."""

        from .printing import system_paper, write_pdf

        letters = self._postal_letters()
        if letters is None:
            return None
        if path is None:
            path = self._choose_pdf_path()
            if path is None:
                return None
        window = self.window
        try:
            write_pdf(letters, path, system_paper(), letters[0].subject)
        except OSError as exc:
            window.notify(
                self.tr("The PDF could not be saved"),
                self.tr("“%1” could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", self._why_not_written(exc)),
                # After the message has closed: the file dialog opens on its own.
                action=(
                    self.tr("Choose &Another Place…"),
                    lambda: QTimer.singleShot(0, self.save_pdf),
                ),
                warning=True,
            )
            return None
        if window.settings is not None:
            window.settings.setValue("deliver/pdf_folder", str(path.parent))
        window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        window.notify(
            self.tr("PDF saved"),
            self.tr(
                "The letters are in “%1”, one page or more for each recipient: print them, "
                "sign them, and post them or fax them."
            ).replace("%1", str(path))
            + self._no_address_note(),
            route="post",
        )
        return path

    def _why_not_written(self, exc: OSError) -> str:
        """The system's reason in the user's language, for the usual ones."""
        import errno

        reasons = {
            errno.EACCES: self.tr("you may not write in that folder"),
            errno.EPERM: self.tr("you may not write in that folder"),
            errno.EROFS: self.tr("that place cannot be written to (read-only)"),
            errno.ENOENT: self.tr("that folder does not exist"),
            errno.ENOSPC: self.tr("the disk is full"),
        }
        return reasons.get(exc.errno or 0, exc.strerror or str(exc))

    def _choose_pdf_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        assert window.campaign is not None
        folder = (
            (window.settings.value("deliver/pdf_folder") if window.settings is not None else None)
            or _documents_folder()
            or str(Path.home())
        )
        name = f"{window.campaign.id}-{window.letter.today.isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save the Letters as PDF"),
            str(Path(str(folder)) / name),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def mark_sent(
        self,
        route: str = "other",
        checked: list[Recipient] | None = None,
        parent: QWidget | None = None,
    ) -> MarkSentDialog | None:
        """Ask which letters went and how, and put them in the Sent list."""
        from .deliver_dialog import MarkSentDialog

        window = self.window
        campaign, draft = window.campaign, window.letter.draft
        if campaign is None or draft is None:
            return None
        letters = []
        for r in campaign.recipients:
            try:
                letters.append((r, draft.letter_for(campaign, r, window.letter.today)))
            except ComposerError as exc:
                window.cannot_make(exc)
                return None
        try:
            dialog = MarkSentDialog(
                campaign,
                letters,
                window.outbox,
                route,
                draft.chosen(campaign) if checked is None else checked,
                parent or window,
            )
        except (OSError, sqlite3.Error) as exc:
            window.statusBar().showMessage(str(exc), 10_000)
            return None
        dialog.recorded.connect(self._marked)
        dialog.open()
        self.mark_dialog = dialog
        return dialog

    def _marked(self, items: list[Any]) -> None:
        self.window.statusBar().showMessage(
            self.tr("Letters marked as sent: %1.").replace("%1", str(len(items))), 8000
        )
        self.window.outbox_control.refresh()


def _documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths  # here: its enums are not needed to start

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
