# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox seen from the window: retrying it, its status-bar button and start-up banner,
the password it may need, and the Outbox and Sent dialogs."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from composer.problems import ComposerError

from .announce import announce
from .colours import TONES
from .i18n import reason_text

if TYPE_CHECKING:
    from composer.account.oauth import AccessTokens

    from .account_dialog import AccountDialog
    from .main_window import MainWindow
    from .outbox_view import OutboxDialog

RETRY_CHECK_MS = 30_000


class OutboxControl(QObject):
    """Sends what waits in the outbox in the background: at start, every RETRY_CHECK_MS
    (the outbox itself says which letters are due), and when the user says Send now.
    One run at a time (`busy`); `processed` when a run has ended."""

    processed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False
        self.dialog: OutboxDialog | None = None  # the last Outbox or Sent dialog opened
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_CHECK_MS)
        self.retry_timer.timeout.connect(lambda: self.process(user=False))
        # Shown in the status bar only while letters wait.
        self.button = QPushButton()
        self.button.setObjectName("outboxStatus")
        self.button.setFlat(True)
        self.button.clicked.connect(lambda: self.show_outbox())
        self.button.hide()
        # A notice above the panes when letters wait in the outbox at start; the window
        # places it in its layout.
        self.banner = QFrame()
        self.banner.setObjectName("outboxBanner")
        background, border, ink = TONES["warning"]
        # Its own ink too: on a dark theme the labels' light text would vanish on the tint.
        self.banner.setStyleSheet(
            f"#outboxBanner {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"#outboxBanner QLabel {{ color: {ink}; }}"
        )
        self.banner_waiting = 0
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)  # a server's words: text
        self.banner_open = QPushButton(self.tr("Open the out&box"))
        self.banner_open.clicked.connect(lambda: self.show_outbox())
        # Shown while letters wait for the mail account to be fixed: the way out.
        self.banner_fix = QPushButton(self.tr("Fi&x the Mail Account…"))
        self.banner_fix.setObjectName("fixAccount")
        self.banner_fix.clicked.connect(lambda: self.fix_account())
        self.banner_fix.hide()
        self.banner_account = 0  # letters waiting for the account when the banner said so
        self.banner_dismissed = 0  # ... when the user dismissed it (shown again if more)
        self.banner_close = QPushButton(self.tr("Dismiss"))
        self.banner_close.clicked.connect(self._dismiss_banner)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 10, 6)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_fix)
        banner_row.addWidget(self.banner_open)
        banner_row.addWidget(self.banner_close)
        self.banner.hide()

    def retranslate(self) -> None:
        self.banner_open.setText(self.tr("Open the out&box"))
        self.banner_fix.setText(self.tr("Fi&x the Mail Account…"))
        self.banner_close.setText(self.tr("Dismiss"))
        if self.banner_waiting:
            self.banner_text.setText(self._banner_sentence(self.banner_waiting))
        self.update_status()
        self.update_banner()

    def _banner_sentence(self, waiting: int) -> str:
        return self.tr(
            "Letters from an earlier session are waiting in the outbox: %1. Those that "
            "can go are being sent; the others need your decision."
        ).replace("%1", str(waiting))

    def start(self) -> None:
        """At start: settle what a crash left, say what waits, and begin retrying."""
        window = self.window
        try:
            window.outbox.recover()
        except (OSError, sqlite3.Error):
            return
        window.trust.apply_campaign_status()  # a closed campaign's letters held, or released
        self.update_status()
        waiting = window.outbox.count("queued", "failed", "unknown")
        if waiting:
            self.banner_waiting = waiting  # the sentence follows a language switch
            self.banner_text.setText(self._banner_sentence(waiting))
            self.banner.show()
            window.statusBar().showMessage(
                self.tr("%n letter(s) waiting in the outbox (View › Outbox).", None, waiting),
                15_000,
            )
        self.update_banner()  # letters waiting for the mail account: the way to fix it
        self.retry_timer.start()
        self.process(user=False)

    def update_status(self) -> None:
        """The status-bar button: how many letters wait, and how many need the user."""
        try:
            queued = self.window.outbox.count("queued", "sending")
            stuck = self.window.outbox.count("failed", "unknown")
            held = self.window.outbox.count("held")  # their campaign was closed
            account = self.window.outbox.count("account")  # the account needs fixing
        except (OSError, sqlite3.Error):
            return
        button = self.button
        if queued or stuck or held or account:
            text = self.tr("Outbox: %1 waiting").replace("%1", str(queued))
            if account:
                text += self.tr(", %1 wait for the mail account").replace("%1", str(account))
            if stuck:
                text += self.tr(", %1 need you").replace("%1", str(stuck))
            if held:
                text += self.tr(", %1 held").replace("%1", str(held))
            if text != button.text():
                announce(self.window, text)  # the count changed: say it, not only show it
            button.setText(text)
            if button.parent() is None or not button.isVisible():
                self.window.statusBar().addPermanentWidget(button)
                button.show()
        else:
            if button.isVisible():
                announce(self.window, self.tr("The outbox is empty."))
            button.hide()

    def refresh(self) -> None:
        """The outbox changed: the status-bar button, the banner and an open Outbox dialog
        follow."""
        self.update_status()
        self.update_banner()
        if self.dialog is not None:
            self.dialog.refresh()

    def update_banner(self) -> None:
        """The banner says what is true now: letters waiting for the mail account (with
        the way to fix it), else how many of those waiting at start still wait; it goes
        when they have gone."""
        outbox = self.window.outbox
        try:
            held = outbox.items(("account",))
            waiting = outbox.count("queued", "sending", "failed", "unknown")
        except (OSError, sqlite3.Error):
            return
        if held and len(held) > self.banner_dismissed:
            self.banner_account = len(held)
            self.banner_text.setText(
                self.tr(
                    "The mail account needs attention: %1 %n letter(s) wait until it is "
                    "fixed; saving a working account sends them.",
                    None,
                    len(held),
                ).replace("%1", _sentence(reason_text(held[-1])))
            )
            self.banner_fix.show()
            self.banner.show()
            return
        if not held:
            self.banner_dismissed = 0
        if self.banner_account:  # the account was fixed (or the letters removed)
            self.banner_account = 0
            self.banner_fix.hide()
            self.banner.hide()
        if self.banner_waiting:  # the start notice follows the letters it counted
            self.banner_waiting = waiting
            if waiting:
                self.banner_text.setText(self._banner_sentence(waiting))
                self.banner.show()
            else:
                self.banner.hide()
                self.window.statusBar().showMessage(
                    self.tr("The letters waiting in the outbox have gone."), 15_000
                )

    def _dismiss_banner(self) -> None:
        self.banner.hide()
        self.banner_waiting = 0
        self.banner_dismissed = self.banner_account

    def fix_account(self) -> AccountDialog:
        """The account dialog; saving it sends the letters that waited for it."""
        return self.window.edit_account()

    def account_saved(self) -> None:
        """The account was saved: letters waiting for it are tried now (if it still does
        not work, they wait for it again and the banner says so)."""
        try:
            released = self.window.outbox.release_all()
        except (OSError, sqlite3.Error):
            return
        if released:
            self.window.statusBar().showMessage(
                self.tr(
                    "Sending the %n letter(s) that waited for the mail account…", None, released
                ),
                15_000,
            )
            self.process(user=True)
        self.refresh()

    def process(self, ids: list[str] | None = None, user: bool = True) -> bool:
        """Try letters in the background: those due (timer), or `ids` (Send now).

        The keyring is asked off the GUI thread too: it may wait on an unlock prompt.
        """
        if self.busy:
            if user and self.dialog is not None:
                self.dialog.show_result(self.tr("Letters are being sent; try again when done."))
            return False
        window = self.window
        try:
            # Letters a stopped batch of this window left (a storage error mid-way) are
            # settled here, not only at the next start.
            window.outbox.recover()
            account = window.accounts.load()
            due = window.outbox.due() if ids is None else ids
        except (ComposerError, OSError, sqlite3.Error):
            return False
        if account is None or not due:
            if user and self.dialog is not None:
                self.dialog.show_result(
                    self.tr("Nothing was sent: no mail account is set up.")
                    if account is None
                    else self.tr("Nothing is waiting to be sent.")
                )
            return False
        self.busy = True
        passwords, key = window.passwords, account.key
        provider = account.sign_in

        def lookup() -> str | AccessTokens | None:
            # Here, not at start: the sign-in's modules (ssl, http.server) are not needed
            # to show the window.
            from composer.account.oauth import stored_sign_in

            try:
                if provider is not None:  # signs in at the provider: its kept sign-in
                    return stored_sign_in(
                        provider,
                        account.username,
                        passwords,
                        session=account.ask_password,
                        proxy=account.proxy,
                    )
                return passwords.get(key)
            except ComposerError:
                return None

        window.runner.start(
            lookup,
            lambda password: self._process_with(account, ids, password, user),
            lambda _exc: self._process_with(account, ids, None, user),
        )
        return True

    def _process_with(
        self,
        account: Any,
        ids: list[str] | None,
        password: str | AccessTokens | None,
        user: bool,
    ) -> None:
        window = self.window
        provider = account.sign_in
        if password is None and user and provider is None:
            password = self._ask_password(account.username)
            if password:
                window.passwords.remember_for_session(account.key, password)
        if not password:
            self.busy = False  # waits until the user gives the password (Send now)
            if user and self.dialog is not None:
                self.dialog.show_result(
                    self.tr("Nothing was sent: no password was given.")
                    if provider is None
                    else self.tr(
                        "Nothing was sent: sign in with %1 first (Settings › Mail Account)."
                    ).replace("%1", provider.name)
                )
            return
        outbox, config = window.outbox, account.server()
        window.runner.start(
            lambda: outbox.process(config, password, ids),
            lambda items: self._done(items, user),
            lambda exc: self._done(exc, user),
        )

    def _done(self, result: object, user: bool = False) -> None:
        self.busy = False
        self.refresh()
        if user and self.dialog is not None:  # Send now: say what happened
            if isinstance(result, list):
                self.dialog.show_outcome(result)
            else:
                self.dialog.show_result(
                    self.tr("Sending failed: %1").replace(
                        "%1", f"{type(result).__name__}: {result}"
                    )
                )
        self.processed.emit()

    def _ask_password(self, username: str) -> str:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Password"),
            self.tr("Password for %1 (kept in memory until you quit):").replace("%1", username),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else ""

    def show_outbox(self, tab: int = 0) -> OutboxDialog:
        from .outbox_view import OutboxDialog

        dialog = OutboxDialog(self.window.outbox, None, self.window)
        dialog.tabs.setCurrentIndex(tab)
        dialog.send_now.connect(lambda ids: self.process(ids, user=True))
        dialog.changed.connect(self.refresh)
        dialog.fix_account.connect(self.fix_account)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_sent(self) -> OutboxDialog:
        return self.show_outbox(tab=1)


def _sentence(text: str) -> str:
    """A reason as a sentence of its own (ending with a full stop)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."
