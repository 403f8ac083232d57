# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings › Network, Forget This Campaign's Letters, Forget Everything: the window's side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from composer.problems import ComposerError

from .i18n import problem_text

if TYPE_CHECKING:  # QMessageBox is imported when a question is asked: not at start (~2 ms)
    from PySide6.QtWidgets import QMessageBox

    from composer.forget import Inventory

    from .main_window import MainWindow
    from .network_dialog import NetworkDialog


class PrivacyControl(QObject):
    """What the window does for the supporter's privacy; the work itself is in composer."""

    forgotten = Signal()  # everything is gone; the window closes (for tests)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.question: QMessageBox | None = None  # the last confirmation (for tests)
        self.forgetting = False  # nothing may be written any more

    # -- network ---------------------------------------------------------------------------

    def edit_network(self) -> NetworkDialog | None:
        """The proxy of the mail account; with no account yet, the account set-up, which
        has the same choice, so the first connection already goes the chosen way."""
        from .network_dialog import NetworkDialog

        window = self.window
        try:
            account = window.accounts.load()
        except ComposerError as exc:
            window.statusBar().showMessage(problem_text(exc.problems[0]), 8000)
            return None
        if account is None:
            window.edit_account()
            return None
        dialog = NetworkDialog(account.proxy, window.runner, window)

        def save() -> None:
            account.proxy = dialog.chosen
            try:
                window.accounts.save(account)
            except (ComposerError, OSError) as exc:
                text = problem_text(exc.problems[0]) if isinstance(exc, ComposerError) else str(exc)
                window.statusBar().showMessage(text, 10_000)
                return
            window.outbox_control.account_saved()  # waiting letters go the new way

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # -- forgetting ------------------------------------------------------------------------

    def forget_campaign(self) -> QMessageBox | None:
        """This campaign's draft and Sent entries, after one question."""
        window = self.window
        campaign = window.campaign
        if campaign is None:
            return None
        sent = len(window.outbox.items(("sent",), campaign.id))
        box = self._ask(
            self.tr("Forget this campaign's letters?"),
            self.tr(
                "Your draft for “%1” and its %n letter(s) in the Sent list are removed from "
                "this computer. The app then no longer knows these letters went, so it will "
                "not warn you before sending them again. Letters waiting in the outbox stay "
                "there.",
                None,
                sent,
            ).replace("%1", campaign.title_for(window.ui_lang)),
            self.tr("&Forget"),
            lambda: self._forget_campaign(campaign.id),
        )
        return box

    def _forget_campaign(self, campaign_id: str) -> None:
        from composer.data.drafts import Draft
        from composer.forget import forget_campaign

        window = self.window
        window.autosave.stop()
        forget_campaign(campaign_id, window.store)
        campaign = window.campaign
        if campaign is not None and campaign.id == campaign_id:
            # A fresh letter, saved only once the user types in it.
            window.letter.set_campaign(campaign, Draft.new(campaign))
            window.autosave.stop()
        window.outbox_control.refresh()
        window.statusBar().showMessage(self.tr("This campaign's letters are forgotten."), 10_000)

    def forget_everything(self) -> QMessageBox | None:
        """Everything the app keeps, after one question that names it; then the app closes."""
        from composer.forget import inventory

        found = inventory(self.window.store)
        return self._ask(
            self.tr("Forget everything?"),
            self._what_goes(found),
            self.tr("&Forget Everything"),
            self._forget_everything,
        )

    def _what_goes(self, found: Inventory) -> str:
        lines = [
            self.tr("This removes from this computer, for good:"),
            "• " + self.tr("your drafts (%1)").replace("%1", str(found.drafts)),
            "• " + self.tr("the Sent list (%n letter(s))", None, found.sent),
        ]
        if found.waiting:
            lines.append(
                "• "
                + self.tr(
                    "%n letter(s) still waiting in the outbox: they will NOT be sent",
                    None,
                    found.waiting,
                )
            )
        lines += [
            "• "
            + (
                self.tr("the mail account %1 and its stored password").replace("%1", found.account)
                if found.account
                else self.tr("the mail account settings")
            ),
            "• " + self.tr("every password or sign-in the app stored in the keyring"),
            "• "
            + self.tr("campaigns you opened (%1) and keys you trusted (%2)")
            .replace("%1", str(found.opened))
            .replace("%2", str(found.pinned)),
            "• " + self.tr("caches, and the window's size and language"),
            "",
            self.tr(
                "Letters already sent stay with your mail provider and the recipients. The "
                "app closes when it is done."
            ),
        ]
        return "\n".join(lines)

    def _ask(self, title: str, text: str, verb: str, then: object) -> QMessageBox:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # campaign titles and addresses are data
        forget = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        forget.setObjectName("forgetButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter keeps everything
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda button: then() if button is forget else None)  # type: ignore[operator]
        self.question = box
        box.open()
        return box

    def _forget_everything(self) -> None:
        from composer.forget import forget_everything

        window = self.window
        self.forgetting = True  # the window saves no draft, no geometry from now on
        window.autosave.stop()
        window.outbox_control.retry_timer.stop()
        if window.settings is not None:
            window.settings.clear()
            window.settings.sync()
            window.settings = None
        window.letter.setEnabled(False)
        window.menuBar().setEnabled(False)
        window.statusBar().showMessage(self.tr("Forgetting…"))
        window.runner.wait(10_000)  # a send in the background finishes first
        passwords = window.passwords
        window.store.close()  # this thread's connection; the file goes next

        def job() -> None:
            forget_everything(passwords)

        window.runner.start(job, lambda _: self._forgotten(), self._not_forgotten)

    def _forgotten(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        window = self.window
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Everything is forgotten"),
            self.tr(
                "Nothing of yours is left in the app's folders or in the keyring. The app "
                "closes now."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        self.question = box
        box.finished.connect(window.close)
        box.open()
        self.forgotten.emit()

    def _not_forgotten(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        window = self.window
        text = problem_text(exc.problems[0]) if isinstance(exc, ComposerError) else str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Not everything could be forgotten"),
            self.tr("%1\n\nThe app closes; try again after it starts.").replace("%1", text),
            QMessageBox.StandardButton.Ok,
            window,
        )
        self.question = box
        box.finished.connect(window.close)
        box.open()
