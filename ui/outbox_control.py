"""The outbox seen from the window: retrying it, its status-bar button and start-up banner,
the password it may need, and the Outbox and Sent dialogs."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from composer.problems import ComposerError

if TYPE_CHECKING:
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
        self.banner.setStyleSheet(
            "#outboxBanner { background: #fff4d6; border-bottom: 1px solid #e8cf8a; }"
        )
        self.banner_waiting = 0
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_open = QPushButton(self.tr("Open the &outbox"))
        self.banner_open.clicked.connect(lambda: self.show_outbox())
        self.banner_close = QPushButton(self.tr("Dismiss"))
        self.banner_close.clicked.connect(self.banner.hide)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 10, 6)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_open)
        banner_row.addWidget(self.banner_close)
        self.banner.hide()

    def retranslate(self) -> None:
        self.banner_open.setText(self.tr("Open the &outbox"))
        self.banner_close.setText(self.tr("Dismiss"))
        if self.banner_waiting:
            self.banner_text.setText(self._banner_sentence(self.banner_waiting))
        self.update_status()

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
                self.tr("%1 letter(s) are waiting in the outbox (View › Outbox).").replace(
                    "%1", str(waiting)
                ),
                15_000,
            )
        self.retry_timer.start()
        self.process(user=False)

    def update_status(self) -> None:
        """The status-bar button: how many letters wait, and how many need the user."""
        try:
            queued = self.window.outbox.count("queued", "sending")
            stuck = self.window.outbox.count("failed", "unknown")
            held = self.window.outbox.count("held")  # their campaign was closed
        except (OSError, sqlite3.Error):
            return
        button = self.button
        if queued or stuck or held:
            text = self.tr("Outbox: %1 waiting").replace("%1", str(queued))
            if stuck:
                text += self.tr(", %1 need you").replace("%1", str(stuck))
            if held:
                text += self.tr(", %1 held").replace("%1", str(held))
            button.setText(text)
            if button.parent() is None or not button.isVisible():
                self.window.statusBar().addPermanentWidget(button)
                button.show()
        else:
            button.hide()

    def refresh(self) -> None:
        """The outbox changed: the status-bar button and an open Outbox dialog follow."""
        self.update_status()
        if self.dialog is not None:
            self.dialog.refresh()

    def process(self, ids: list[str] | None = None, user: bool = True) -> bool:
        """Try letters in the background: those due (timer), or `ids` (Send now).

        The keyring is asked off the GUI thread too: it may wait on an unlock prompt.
        """
        if self.busy:
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
            return False
        self.busy = True
        passwords, key = window.passwords, account.key

        def lookup() -> str | None:
            try:
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
        self, account: Any, ids: list[str] | None, password: str | None, user: bool
    ) -> None:
        window = self.window
        if password is None and user:
            password = self._ask_password(account.username)
            if password:
                window.passwords.remember_for_session(account.key, password)
        if not password:
            self.busy = False  # waits until the user gives the password (Send now)
            return
        outbox, config = window.outbox, account.server()
        window.runner.start(
            lambda: outbox.process(config, password, ids),
            self._done,
            self._done,
        )

    def _done(self, _result: object) -> None:
        self.busy = False
        self.refresh()
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
        dialog.changed.connect(self.update_status)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_sent(self) -> OutboxDialog:
        return self.show_outbox(tab=1)
