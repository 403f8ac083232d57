# SPDX-License-Identifier: GPL-3.0-or-later
"""Sign in with the provider (OAuth2): a button that opens the system browser, a line of
progress with Cancel, and the outcome; the waiting happens off the GUI thread."""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from composer.account.oauth import SignInCancelled, Tokens, sign_in
from composer.account.oauthconfig import OAuthProvider
from composer.problems import ComposerError

from .colours import problem_style, success_style
from .i18n import problem_text
from .workers import Runner


def open_in_browser(url: str) -> object:
    """The system browser, through the standard launcher (which honours $BROWSER, as the
    command line does); called from the sign-in's own thread."""
    return webbrowser.open(url)


class SignInControl(QWidget):
    """'Sign in with <provider>' for one address; emits signed_in(Tokens) when done."""

    signed_in = Signal(object)  # Tokens
    finished = Signal(bool)  # the sign-in ended: True when it worked (for tests)
    changed = Signal()  # its text changed: the dialog may need to grow

    def __init__(
        self,
        runner: Runner,
        parent: QWidget | None = None,
        open_browser: Callable[[str], object] = open_in_browser,
        timeout: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.open_browser, self.timeout = runner, open_browser, timeout
        self.provider: OAuthProvider | None = None
        self.proxy = ""  # the account's: token requests go through it when set
        self.email = ""
        self.cancel_event = threading.Event()
        self.busy = False
        self.button = QPushButton()
        self.button.setObjectName("oauthSignIn")
        self.button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.setObjectName("oauthCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("oauthStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a provider's words are not HTML
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def set_provider(self, provider: OAuthProvider | None, email: str, proxy: str = "") -> None:
        """The provider serving `email` (configured), or None to hide the control; its
        token requests go through `proxy` when one is set (the page is the browser's)."""
        self.provider, self.email, self.proxy = provider, email, proxy
        self.setVisible(provider is not None)
        if provider is not None:
            self.button.setText(self.tr("Sign in with %1").replace("%1", provider.name))

    def say(self, text: str, ok: bool | None = None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(
            "" if ok is None else (success_style if ok else problem_style)(selector="QLabel")
        )
        self.changed.emit()

    def start(self) -> None:
        provider, email = self.provider, self.email
        if provider is None or self.busy:
            return
        self.busy = True
        self.cancel_event = threading.Event()
        cancelled, open_browser, proxy = self.cancel_event, self.open_browser, self.proxy
        extra = {} if self.timeout is None else {"timeout": self.timeout}

        def job() -> Tokens:
            return sign_in(
                provider, email, open_browser, cancelled=cancelled.is_set, proxy=proxy, **extra
            )

        self.button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.say(
            self.tr(
                "Your browser opens %1's page: sign in there, then come back here. Waiting…"
            ).replace("%1", provider.name)
        )
        self.runner.start(job, self._done, self._failed)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)

    def _end(self) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.cancel_button.hide()

    def _done(self, tokens: Tokens) -> None:
        self._end()
        name = self.provider.name if self.provider else ""
        self.say(self.tr("Signed in with %1.").replace("%1", name), True)
        self.signed_in.emit(tokens)
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, SignInCancelled):
            self.say(problem_text(exc.problems[0]))
        elif isinstance(exc, ComposerError):
            self.say("\n".join(problem_text(p) for p in exc.problems), False)
        else:
            self.say(f"{type(exc).__name__}: {exc}", False)
        self.finished.emit(False)
