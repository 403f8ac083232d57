# SPDX-License-Identifier: GPL-3.0-or-later
"""Send: confirm (recipients, subject), progress per recipient with Cancel, then a summary."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from composer.account.accounts import Account
from composer.account.keystore import PasswordStore
from composer.account.oauth import (
    TEMPORARY,
    AccessTokens,
    OAuthError,
    RefreshTokens,
    Tokens,
    stored_sign_in,
)
from composer.campaigns.campaign import Campaign, Recipient
from composer.data.drafts import Draft
from composer.mail.outbox import Item, Outbox
from composer.mail.sending import Planned, plan, send
from composer.problems import ComposerError

from .announce import announce
from .colours import problem_style
from .i18n import problem_text, reason_text
from .sign_in import SignInControl
from .workers import Runner


class _SendSignals(QObject):
    progress = Signal(object)  # a Result, as each letter is done
    finished = Signal(object)  # the list of Results
    failed = Signal(object)  # an exception nobody foresaw


class _SendTask(QRunnable):
    """Runs composer.mail.sending.send in a pool thread; never touches a widget."""

    def __init__(self, job: Any, cancel: threading.Event) -> None:
        super().__init__()
        self.job, self.cancel = job, cancel
        self.signals = _SendSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            results = self.job(self.signals.progress.emit, self.cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, which explains it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(results)


def _said(row: str) -> str:
    """A result row without its mark (✓, ✗, …): the words say it."""
    return row.split("  ", 1)[-1]


class SendDialog(QDialog):
    """One batch of letters, from confirmation to summary."""

    finished_sending = Signal(object)  # list of Results

    def __init__(
        self,
        campaign: Campaign,
        draft: Draft,
        account: Account,
        passwords: PasswordStore,
        outbox: Outbox,
        runner: Runner,
        parent: QWidget | None = None,
        recipients: list[Recipient] | None = None,
        waiting: list[tuple[Recipient, Item]] | None = None,
    ) -> None:
        """`recipients`: those to send to (default: the draft's chosen ones); `waiting`:
        chosen ones left out because a letter to them already waits in the outbox."""
        super().__init__(parent)
        self.campaign, self.draft, self.account = campaign, draft, account
        self.recipients, self.waiting = recipients, waiting or []
        self.passwords, self.outbox, self.runner = passwords, outbox, runner
        self.cancel_event = threading.Event()
        self.task: _SendTask | None = None
        self.results: list[Item] = []
        self.setWindowTitle(self.tr("Send your letter"))
        self.setMinimumWidth(580)
        # Raises before anything is shown.
        self.planned = plan(campaign, draft, account, recipients)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._progress_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if account.oauth is not None:
            self._look_up_sign_in()
        elif account.ask_password:
            # Asked each session: what was typed earlier in this one, never an entry left
            # in the keyring for the same server (that would go without a question).
            self._password_found(self.passwords.session_password(account.key))
        else:
            self._look_up_password()

    # -- page 1: confirm -------------------------------------------------------------------

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        first = self.planned[0].outgoing.message
        heading = QLabel(self.tr("Send this letter?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        details = QLabel()
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        lines = [
            self.tr("Subject: %1").replace("%1", str(first["Subject"])),
            self.tr("From: %1 <%2>")
            .replace("%1", self.account.name)
            .replace("%2", self.account.email),
            self.tr("To (one message each):"),
        ] + [f"    {p.recipient.name} <{p.recipient.email}>" for p in self.planned]
        details.setText("\n".join(lines))
        # Each letter once: a letter already waiting is not queued again (ui/send_once.py).
        self.waiting_note = QLabel(
            self.tr("Already waiting in the outbox, not queued again: %1.").replace(
                "%1", ", ".join(f"{r.name} <{r.email}>" for r, _ in self.waiting)
            )
        )
        self.waiting_note.setObjectName("alreadyWaiting")
        self.waiting_note.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting_note.setWordWrap(True)
        self.waiting_note.setVisible(bool(self.waiting))

        organiser = self.campaign.organiser
        self.cc = QCheckBox()
        self.cc.setObjectName("ccOrganiser")
        if organiser and organiser.email:
            self.cc.setText(
                self.tr("Send a copy to the campaign's organiser (%1 <%2>)")
                .replace("%1", organiser.name)
                .replace("%2", organiser.email)
            )
        else:
            self.cc.hide()

        self.password = QLineEdit()
        self.password.setObjectName("sendPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel(
            self.tr("Password for %1:").replace("%1", self.account.username)
        )
        self.password_label.setBuddy(self.password)
        # Shown once the keyring has answered (off the GUI thread: a locked keyring may
        # wait on its unlock prompt, and the window must not freeze meanwhile).
        self.password.hide()
        self.password_label.hide()
        self.stored: str | AccessTokens | None = None
        self.looking_up = True
        # An account that signs in at its provider, and is not signed in (ask each time,
        # or the provider no longer accepts the saved sign-in): signing in here.
        self.sign_in = SignInControl(self.runner, page)
        self.sign_in.setObjectName("sendSignIn")
        self.sign_in.hide()
        self.signed_in_here = False  # a sign-in made (and kept) in this dialog
        self.sign_in.signed_in.connect(self._signed_in)

        self.keyring_status = QLabel(self.tr("Looking for your password in the keyring…"))
        self.keyring_status.setObjectName("keyringStatus")
        self.keyring_status.hide()

        self.error = QLabel()
        self.error.setObjectName("sendError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(problem_style(selector="QLabel"))
        self.error.hide()

        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("confirmSend")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(self.waiting_note)
        layout.addWidget(self.cc)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_label)
        password_row.addWidget(self.password, 1)
        layout.addLayout(password_row)
        layout.addWidget(self.keyring_status)
        layout.addWidget(self.sign_in)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _look_up_password(self) -> None:
        passwords, key = self.passwords, self.account.key

        def lookup() -> str | None:
            try:
                return passwords.get(key)
            except ComposerError:
                return None

        self.send_button.setEnabled(False)
        self.keyring_status.show()
        self.runner.start(lookup, self._password_found, lambda _exc: self._password_found(None))

    def _look_up_sign_in(self) -> None:
        account, passwords = self.account, self.passwords
        provider = account.sign_in
        assert provider is not None

        def lookup() -> AccessTokens:
            tokens = stored_sign_in(
                provider,
                account.username,
                passwords,
                session=account.ask_password,
                proxy=account.proxy,
            )
            try:  # a sign-in the provider no longer accepts: sign in again before sending
                tokens.access_token()
            except OAuthError as exc:
                if exc.code not in TEMPORARY:  # offline: the letters wait in the outbox
                    raise
            return tokens

        self.send_button.setEnabled(False)
        self.runner.start(lookup, self._sign_in_found, self._sign_in_missing)

    def _sign_in_found(self, tokens: AccessTokens) -> None:
        self.stored, self.looking_up = tokens, False
        self.sign_in.hide()
        self.error.hide()
        self.send_button.setEnabled(True)
        self.send_button.setFocus()

    def _sign_in_missing(self, exc: BaseException) -> None:
        """Not signed in (never, ask each time, or forgotten): sign in here first."""
        provider = self.account.sign_in
        self.sign_in.set_provider(provider, self.account.email, self.account.proxy)
        if self.account.ask_password:
            self.sign_in.say(
                self.tr(
                    "You sign in with %1 each time you send: sign in to send these letters."
                ).replace("%1", provider.name if provider else "")
            )
        elif isinstance(exc, ComposerError):
            self.sign_in.say("\n".join(problem_text(p) for p in exc.problems))
        self.sign_in.button.setFocus()

    def _signed_in(self, tokens: Tokens) -> None:
        provider = self.account.sign_in
        assert provider is not None
        # Kept as the account says: in the keyring, or for this session only.
        store = RefreshTokens(self.passwords, session=self.account.ask_password)
        proxy = self.account.proxy
        self.stored = AccessTokens(provider, self.account.username, None, tokens, proxy=proxy)
        secret = self.stored

        def kept(tokens: AccessTokens) -> None:
            self.signed_in_here = True  # letters that waited for the account may go too
            self._sign_in_found(tokens)

        self.runner.start(
            lambda: AccessTokens(provider, self.account.username, store, tokens, proxy=proxy),
            kept,
            lambda _exc: self._sign_in_found(secret),  # not kept: it still sends now
        )

    def _password_found(self, password: str | None) -> None:
        self.stored, self.looking_up = password, False
        self.keyring_status.hide()
        self.send_button.setEnabled(True)
        if password is None:  # none stored, or the keyring said no: ask here
            self.password_label.show()
            self.password.show()
            self.password.setFocus()
        else:
            self.send_button.setFocus()

    # -- page 2: progress and summary ------------------------------------------------------

    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.status = QLabel(self.tr("Connecting to %1…").replace("%1", self.account.host))
        self.status.setObjectName("sendStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(self.planned))
        self.bar.setValue(0)  # not Qt's "no value yet" (-1): each letter done adds one
        self.rows = QListWidget()
        self.rows.setObjectName("sendRows")
        self.rows.setAccessibleName(self.tr("Letters, one per recipient"))
        self.rows.setWordWrap(True)  # a server's refusal can be long: show all of it
        self.rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for p in self.planned:
            item = QListWidgetItem(self._row(p, "…", self.tr("waiting")))
            self.rows.addItem(item)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("cancelSend")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeSend")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.rows, 1)
        layout.addLayout(buttons)
        return page

    def _row(self, p: Planned, mark: str, text: str) -> str:
        return f"{mark}  {p.recipient.name} <{p.recipient.email}> — {text}"

    def start(self) -> None:
        if self.looking_up:
            return
        password: str | AccessTokens | None = (
            self.password.text() if self.password.isVisible() else self.stored
        )
        if not password:
            self.error.setText(self.tr("Please type your password."))
            self.error.show()
            self.password.setFocus()
            return
        if self.password.isVisible() and isinstance(password, str):  # this session only
            self.passwords.remember_for_session(self.account.key, password)
        if self.cc.isChecked():
            self.planned = plan(
                self.campaign, self.draft, self.account, self.recipients, cc_organiser=True
            )
        planned, campaign, account = self.planned, self.campaign, self.account
        outbox = self.outbox

        def job(progress: Any, cancelled: Any) -> list[Item]:
            return send(campaign, planned, account, password, outbox, progress, cancelled)

        self.pages.setCurrentIndex(1)
        self.cancel_button.setFocus()  # the Send button just went with its page
        announce(self, self.status.text())
        self.task = _SendTask(job, self.cancel_event)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self.runner.pool.start(self.task)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the letter being sent now…"))

    def _on_progress(self, item: Item) -> None:
        index = next(i for i, p in enumerate(self.planned) if p.recipient.email == item.email)
        row = self._describe(self.planned[index], item)
        self.rows.item(index).setText(row)
        self.bar.setValue(self.bar.value() + 1)
        self.status.setText(self.tr("Sending…"))
        # Each result as it comes, with how far along: the list is not in view of a
        # screen reader, whose focus stays on Cancel.
        done = self.tr("%1 of %2").replace("%1", str(self.bar.value()))
        announce(self, f"{_said(row)} ({done.replace('%2', str(len(self.planned)))})")

    def _describe(self, p: Planned, item: Item | None) -> str:
        if item is None or (item.state == "queued" and item.attempts == 0):
            return self._row(p, "✗", self.tr("not sent (cancelled); it waits in the outbox"))
        if item.state == "sent":
            return self._row(p, "✓", self.tr("sent"))
        if item.state == "queued":
            text = self.tr("waiting in the outbox, will be retried: %1")
            return self._row(p, "…", text.replace("%1", reason_text(item)))
        if item.state == "account":  # retrying cannot help: the account must be fixed
            text = self.tr("waiting in the outbox until the mail account is fixed: %1")
            return self._row(p, "!", text.replace("%1", reason_text(item)))
        if item.state == "unknown":
            text = self.tr("may have been delivered: %1")
            return self._row(p, "?", text.replace("%1", reason_text(item)))
        return self._row(p, "✗", reason_text(item))

    def _on_finished(self, items: list[Item]) -> None:
        self.results = items
        by_email = {i.email: i for i in items}
        for index, p in enumerate(self.planned):
            self.rows.item(index).setText(self._describe(p, by_email.get(p.recipient.email)))
        sent = sum(i.state == "sent" for i in items)
        if sent == len(self.planned):
            text = self.tr("Done: every letter was sent (%1).")
            self.status.setText(text.replace("%1", str(sent)))
        else:
            text = self.tr(
                "%1 of %2 letters sent. See below what happened to the others; those that "
                "can still go wait in the outbox (View › Outbox)."
            )
            self.status.setText(text.replace("%1", str(sent)).replace("%2", str(len(self.planned))))
        self.bar.setValue(len(self.planned))
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        # The summary, then each letter that did not go (those that went were said).
        said = [self.status.text()]
        said += [
            _said(self.rows.item(i).text())
            for i, p in enumerate(self.planned)
            if by_email.get(p.recipient.email) is None
            or by_email[p.recipient.email].state != "sent"
        ]
        announce(self, "\n".join(said), assertive=sent < len(self.planned))
        self.finished_sending.emit(items)

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("Sending failed: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        )
        announce(self, self.status.text(), assertive=True)
        self.cancel_button.hide()
        self.close_button.show()
        self.finished_sending.emit([])

    def reject(self) -> None:
        self.sign_in.cancel()
        if self.task is not None and not self.close_button.isVisible():
            self.cancel()  # closing while sending means stop, not vanish
            return
        super().reject()
