# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail account set-up: address and name, settings from the provider table, a password or a
sign-in at the provider (OAuth2), test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.account import oauthconfig
from composer.account.accounts import Account, AccountError, AccountStore
from composer.account.keystore import PasswordStore
from composer.account.oauth import AccessTokens, RefreshTokens, Tokens, stored_sign_in
from composer.account.oauthconfig import OAuthProvider
from composer.account.providers import ServerSettings, lookup
from composer.addresses import normalise_email
from composer.problems import ComposerError

from .announce import announce
from .colours import problem_style, success_style
from .i18n import problem_text
from .sign_in import SignInControl
from .workers import Runner


class AccountDialog(QDialog):
    """Fill in, test and save the account; the password goes to the OS keyring or nowhere."""

    tested = Signal(bool)  # the verdict of Test connection (for tests and the status bar)
    saved = Signal(object)

    def __init__(
        self,
        store: AccountStore,
        passwords: PasswordStore,
        runner: Runner,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self.passwords, self.runner = store, passwords, runner
        self.suggested_name = " ".join(name.split())  # from the supporter's details
        # The saved account's password key: an empty field means "its password", even
        # after the server, port or user name (and so the key) was changed.
        self.loaded_key = ""
        self.found: ServerSettings | None = None
        self.saving = False  # the keyring is being written (in the background)
        # Sign-in (OAuth2): the configured provider serving the address, the one the
        # account will use (signed in here, or as saved), and the tokens of a sign-in here.
        self.oauth_provider: OAuthProvider | None = None
        self.using: OAuthProvider | None = None
        self.using_email = ""
        self.tokens: Tokens | None = None
        self._providers: list[OAuthProvider] | None = None
        self.setWindowTitle(self.tr("Mail account"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Letters are sent from your own address, through your own provider, so they "
                "arrive as real letters from a real person. Nothing is sent anywhere else."
            )
        )
        intro.setWordWrap(True)

        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("you@example.org"))
        self.email.editingFinished.connect(self._look_up)
        self.name = QLineEdit()
        self.name.setObjectName("displayName")
        self.name.setPlaceholderText(self.tr("Your name as recipients will see it"))
        self.provider_note = QLabel()
        self.provider_note.setObjectName("providerNote")
        self.provider_note.setWordWrap(True)
        self.provider_note.setTextFormat(Qt.TextFormat.PlainText)
        self.oauth = SignInControl(runner, self)
        self.oauth.setObjectName("oauthControl")
        self.oauth.hide()
        self.oauth.signed_in.connect(self._signed_in)
        self.oauth.changed.connect(self._fit)

        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("Show"))
        self.show_password.toggled.connect(
            lambda on: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.remember = QRadioButton()
        self.remember.setObjectName("rememberPassword")
        self.ask = QRadioButton(self.tr("Ask me for it each time I send (kept in memory only)"))
        self.ask.setObjectName("askPassword")
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)

        # Advanced: the outgoing server, filled in from the provider table when known.
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(465)
        self.security = QComboBox()
        self.security.setObjectName("security")
        self.security.addItem(self.tr("Implicit TLS (usually port 465)"), "tls")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.cafile = QLineEdit()
        self.cafile.setObjectName("cafile")
        self.cafile.setPlaceholderText(self.tr("Only for a self-hosted server"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)

        # How it connects: directly, or through a proxy or Tor (Settings › Network too).
        self.proxy = ""
        self.network_words = QLabel()
        self.network_words.setObjectName("networkWords")
        self.network_words.setTextFormat(Qt.TextFormat.PlainText)
        self.network_button = QPushButton(self.tr("Change…"))
        self.network_button.setObjectName("changeNetwork")
        self.network_button.clicked.connect(self.change_network)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&E-mail address:"), self.email)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow("", self.provider_note)
        form.addRow("", self.oauth)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_row)
        form.addRow("", self.remember)
        form.addRow("", self.ask)
        form.addRow("", self.keyring_note)
        network_row = QHBoxLayout()
        network_row.addWidget(self.network_words, 1)
        network_row.addWidget(self.network_button)
        network_label = QLabel(self.tr("Net&work:"))
        network_label.setBuddy(self.network_button)
        form.addRow(network_label, network_row)

        self.advanced = QGroupBox(self.tr("Outgoing server settings"))
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        self.advanced.toggled.connect(self._show_advanced)
        self.advanced_body = QWidget()
        QVBoxLayout(self.advanced).addWidget(self.advanced_body)
        adv = QFormLayout(self.advanced_body)
        adv.setContentsMargins(0, 0, 0, 0)
        adv.addRow(self.tr("&Server:"), self.host)
        adv.addRow(self.tr("P&ort:"), self.port)
        adv.addRow(self.tr("Se&curity:"), self.security)
        adv.addRow(self.tr("&User name:"), self.username)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.cafile, 1)
        ca_row.addWidget(browse)
        # A label given a layout has no buddy, and shows its '&' as it is: name the field.
        ca_label = QLabel(self.tr("T&rusted certificate:"))
        ca_label.setBuddy(self.cafile)
        adv.addRow(ca_label, ca_row)

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.verdict, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)

        self._set_up_keyring()
        self._load()
        self._show_network()
        self._show_advanced(self.advanced.isChecked())

    # -- filling in ------------------------------------------------------------------------

    def _set_up_keyring(self) -> None:
        if self.passwords.secure:
            self.remember.setText(
                self.tr("Remember it in this computer's keyring (%1)").replace(
                    "%1", self.passwords.describe()
                )
            )
            self.remember.setChecked(True)
            self.keyring_note.hide()
        else:
            self.remember.setText(self.tr("Remember it (not possible on this computer)"))
            self.remember.setEnabled(False)
            self.ask.setChecked(True)
            self.keyring_note.setText(
                self.tr(
                    "This computer has no secure password store, so your password will not "
                    "be saved: it would end up in a plain file. You will be asked for it when "
                    "you send."
                )
            )
            self.keyring_note.setStyleSheet(problem_style(selector="QLabel"))

    def _load(self) -> None:
        try:
            account = self.store.load()
        except AccountError:
            account = None
        self.name.setText(account.name if account is not None else "")
        if not self.name.text():
            self.name.setText(self.suggested_name)
        if account is None:
            return
        self.loaded_key = account.key
        self.proxy = account.proxy
        self.email.setText(account.email)
        self.host.setText(account.host)
        self.port.setValue(account.port)
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.username.setText(account.username)
        self.cafile.setText(account.cafile)
        if account.ask_password:
            self.ask.setChecked(True)
        if not account.provider and account.oauth is None:
            self.advanced.setChecked(True)
        self.password.setPlaceholderText(self.tr("(unchanged)"))
        if account.oauth is not None:
            try:
                self.using, self.using_email = account.sign_in, account.email
            except AccountError as exc:  # edited by hand: said, and a sign-in offered
                self._verdict(False, _explain(exc))
            self._look_up()

    def _show_advanced(self, on: bool) -> None:
        self.advanced_body.setVisible(on)
        self.advanced.setFlat(not on)  # folded away: a title line, not an empty frame
        # ... and no empty band under it where the hidden settings were: its title only
        title = self.advanced.fontMetrics().height() + 4
        self.advanced.setMaximumHeight(16777215 if on else title)  # QWIDGETSIZE_MAX: no limit
        self.adjustSize()
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped text at the present width: Qt sizes a dialog by
        its texts at their narrowest, so a provider note or an error that wraps to more
        lines would be cut off instead of making the dialog grow."""
        layout = self.layout()
        layout.activate()
        need = layout.heightForWidth(self.width())
        if need <= 0:
            return
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # narrower: more lines
            self._fit()

    def _oauth_for(self, email: str) -> OAuthProvider | None:
        """The provider serving the address in the sign-in settings (small files: read
        once); a bad file is said in the note."""
        if self._providers is None:
            try:
                self._providers = oauthconfig.load()
            except ComposerError as exc:
                self._providers = []
                self.provider_note.setStyleSheet(problem_style(selector="QLabel"))
                self.provider_note.setText(_explain(exc))
        return oauthconfig.for_address(email, self._providers) if normalise_email(email) else None

    def _look_up(self) -> None:
        email = self.email.text().strip()
        self.found = lookup(email) if normalise_email(email) else None
        found = self.found
        self.provider_note.setStyleSheet("")
        if email != self.using_email:  # a sign-in is for its address only
            self.using, self.tokens = None, None
        provider = self._oauth_for(email)
        self.oauth_provider = provider if provider and provider.configured else None
        self.oauth.set_provider(self.oauth_provider, email, self.proxy)
        self._password_needed(self.using is None)
        if self.oauth_provider is not None:
            p = self.oauth_provider
            if self.using is None or self.tokens is not None:  # a saved account keeps its own
                self.host.setText(p.smtp_host)
                self.port.setValue(p.smtp_port)
                self.security.setCurrentIndex(self.security.findData(p.smtp_security))
                self.username.setText(email)
            self.provider_note.setText(
                self.tr(
                    "%1: sign in on %1's own page, in your browser. This app never sees your "
                    "%1 password."
                ).replace("%1", p.name)
            )
            if self.using is not None and self.tokens is None:
                self.oauth.say(self.tr("Signs in with %1.").replace("%1", self.using.name))
            self._fit()
            return
        if found is None:
            if normalise_email(email):
                self.provider_note.setText(
                    self.tr(
                        "Your provider is not in the built-in list: please fill in the outgoing "
                        "server (your provider's help pages give it)."
                    )
                )
                self.advanced.setChecked(True)
            else:
                self.provider_note.clear()
            self._fit()
            return
        self.host.setText(found.host)
        self.port.setValue(found.port)
        self.security.setCurrentIndex(self.security.findData(found.security))
        self.username.setText(found.username)
        if found.oauth_only:
            self.provider_note.setStyleSheet(problem_style(selector="QLabel"))
            self.provider_note.setText(
                self.tr(
                    "%1 accepts only its own sign-in (OAuth2) for sending from other apps, and "
                    "that sign-in is not set up in this copy of the app (an organisation must "
                    "register it first). You can still take part: copy the letter into your "
                    "mail app and send it from there, or set up another mail account here."
                ).replace("%1", found.name)
            )
        elif found.app_password:
            self.provider_note.setText(
                self.tr(
                    "%1: use an app password, not your usual password. Create one in your "
                    "account's security settings (it needs two-step verification), then paste it "
                    "below."
                ).replace("%1", found.name)
            )
        else:
            self.provider_note.setText(
                self.tr("%1: settings filled in for you.").replace("%1", found.name)
            )
        self._fit()

    def _show_network(self) -> None:
        from .network_dialog import network_words

        self.network_words.setText(network_words(self.proxy))

    def change_network(self) -> QDialog:
        """The network choice, kept with the account when it is saved (and used by Test
        connection at once)."""
        from .network_dialog import NetworkDialog

        dialog = NetworkDialog(self.proxy, self.runner, self)

        def chosen() -> None:
            self.proxy = dialog.chosen
            self._show_network()

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _password_needed(self, needed: bool) -> None:
        self.password.setEnabled(needed)
        self.show_password.setEnabled(needed)
        if not needed and self.using is not None:
            self.password.clear()
            self.password.setPlaceholderText(
                self.tr("Not needed: signs in with %1").replace("%1", self.using.name)
            )

    def _signed_in(self, tokens: Tokens) -> None:
        self.tokens, self.using = tokens, self.oauth_provider
        self.using_email = self.email.text().strip()
        self._password_needed(False)
        self._fit()

    def reject(self) -> None:
        self.oauth.cancel()  # a sign-in still waiting for the browser ends with the dialog
        super().reject()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trusted certificate"),
            str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.cafile.setText(path)

    # -- the account -----------------------------------------------------------------------

    def account(self) -> Account:
        email = normalise_email(self.email.text().strip()) or self.email.text().strip()
        found = self.found
        return Account(
            email=email,
            name=" ".join(self.name.text().split()),
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text().strip() or email,
            cafile=self.cafile.text().strip(),
            ask_password=self.ask.isChecked(),
            provider=found.provider if found and found.host == self.host.text().strip() else "",
            proxy=self.proxy,
            oauth=self.using.to_json() if self.using is not None else None,
        )

    def _problems(self, account: Account) -> list[str]:
        problems = account.check()
        if (
            self.found is not None
            and self.found.oauth_only
            and account.provider
            and account.oauth is None
        ):
            if self.oauth_provider is not None:
                problems.insert(
                    0,
                    self.tr("Please sign in with %1 first.").replace(
                        "%1", self.oauth_provider.name
                    ),
                )
            else:
                problems.insert(0, self.provider_note.text())
        return problems

    def _secret_job(self, account: Account) -> object:
        """What logs in for Test connection, found off the GUI thread."""
        provider, tokens, passwords = account.sign_in, self.tokens, self.passwords
        if provider is None:
            return None
        if tokens is not None:
            return lambda: AccessTokens(
                provider, account.username, None, tokens, proxy=account.proxy
            )
        return lambda: stored_sign_in(
            provider,
            account.username,
            passwords,
            session=account.ask_password,
            proxy=account.proxy,
        )

    def test_connection(self) -> None:
        from composer.mail.smtp import check_connection

        account = self.account()
        problems = self._problems(account)
        if problems:
            self._verdict(False, "\n".join(problems))
            return
        typed, passwords = self.password.text(), self.passwords
        # Left empty: the saved account's password, never one stored under the new key.
        key = self.loaded_key or account.key
        sign_in = self._secret_job(account)

        def job() -> None:
            if callable(sign_in):
                check_connection(account.server(timeout=20), sign_in())
                return
            # The keyring is asked here, off the GUI thread: it may wait on an unlock prompt.
            password = typed or _stored(passwords, key)
            if not password:
                raise _NoPassword
            check_connection(account.server(timeout=20), password)

        self.test_button.setEnabled(False)
        self._verdict(None, self.tr("Connecting to %1…").replace("%1", account.host))
        self.runner.start(
            job,
            lambda _: self._verdict(
                True, self.tr("It works: logged in to %1.").replace("%1", account.host)
            ),
            lambda exc: self._verdict(
                False,
                self.tr("Please type your password.")
                if isinstance(exc, _NoPassword)
                else _explain(exc),
            ),
        )

    def _verdict(self, ok: bool | None, text: str) -> None:
        self.verdict.setText(text)
        # Heard too, where the focus stays (the button just pressed): a problem at once.
        announce(self, text, assertive=ok is False)
        style = success_style if ok else problem_style
        self.verdict.setStyleSheet("" if ok is None else style(selector="QLabel"))
        self._fit()
        if ok is not None:
            self.test_button.setEnabled(True)
            self.tested.emit(ok)

    def save(self) -> None:
        account = self.account()
        problems = self._problems(account)
        if problems:
            self._verdict(False, "\n".join(problems))
            return
        password, passwords, store = self.password.text(), self.passwords, self.store
        old_key = self.loaded_key if self.loaded_key != account.key else ""
        provider, tokens, loaded_key = account.sign_in, self.tokens, self.loaded_key

        def keep_sign_in() -> None:
            assert provider is not None
            key = RefreshTokens.key(account.username, provider)
            if account.ask_password:  # nothing in the keyring; this session only
                if passwords.secure:
                    RefreshTokens(passwords).forget(key)
                if tokens is not None:
                    RefreshTokens(passwords, session=True).save(key, tokens.refresh_token)
            elif tokens is not None:  # saved at once, as a rotated one will be
                AccessTokens(
                    provider,
                    account.username,
                    RefreshTokens(passwords),
                    tokens,
                    proxy=account.proxy,
                )
            if loaded_key and passwords.secure:
                passwords.forget(loaded_key)  # a password is no longer used
            store.save(account)

        def job() -> None:
            nonlocal password
            if provider is not None:
                keep_sign_in()
                return
            # Off the GUI thread: writing to a locked keyring waits on its unlock prompt.
            if old_key and not password:
                # "(unchanged)" under a new key (the server, port or user name was
                # corrected): the saved password moves with the account, so an older one
                # stored under the new key never takes its place.
                password = _stored(passwords, old_key) or ""
                if not password:  # none to move: nor may a stale one be used
                    passwords.forget(account.key)
            if password and not account.ask_password:
                passwords.save(account.key, password)
            elif password:
                passwords.remember_for_session(account.key, password)
            if account.ask_password:
                passwords.forget(account.key)  # switching to ask: drop a stored one
                if password:
                    passwords.remember_for_session(account.key, password)
            if old_key:  # kept under the new key now: no stale entry left to be used
                passwords.forget(old_key)
            store.save(account)

        self.saving = True
        self.buttons.setEnabled(False)
        self._verdict(None, self.tr("Saving…"))
        self.runner.start(job, lambda _: self._saved(account), self._not_saved)

    def _saved(self, account: Account) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(account)
        self.accept()

    def _not_saved(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self._verdict(False, _explain(exc))


def _explain(exc: BaseException) -> str:
    if isinstance(exc, ComposerError):
        return "\n".join(problem_text(p) for p in exc.problems)
    return f"{type(exc).__name__}: {exc}"


class _NoPassword(Exception):
    """Neither typed nor in the keyring."""


def _stored(passwords: PasswordStore, key: str) -> str | None:
    try:
        return passwords.get(key)
    except ComposerError:
        return None
