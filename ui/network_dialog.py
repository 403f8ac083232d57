# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings › Network: connect directly, through Tor, or through a SOCKS5 proxy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.network import (
    TOR,
    ProxySettingError,
    find_tor,
    is_socks5,
    parse_proxy,
    resolve_proxy,
)

from .colours import problem_style, success_style
from .workers import Runner

DEFAULT_PROXY_PORT = 1080


def network_words(proxy: str) -> str:
    """The setting in a few words, for the account dialog and the status of links."""
    from PySide6.QtCore import QCoreApplication

    if proxy == TOR:
        return QCoreApplication.translate("Network", "through Tor")
    if proxy:
        return QCoreApplication.translate("Network", "through the proxy %1").replace(
            "%1", proxy.removeprefix("socks5://")
        )
    return QCoreApplication.translate("Network", "directly")


class NetworkDialog(QDialog):
    """Choose how the app connects; `chosen` (the stored form) once accepted."""

    checked = Signal(bool)  # the verdict of Check (for tests)

    def __init__(self, proxy: str, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.chosen = proxy
        self.setWindowTitle(self.tr("Network"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "A proxy hides where you connect from. Your mail provider sees the proxy's "
                "address instead of yours, and your network (at home, at work, your internet "
                "provider) sees only that you connect to the proxy, not to your mail "
                "provider. Tor is such a proxy, run by volunteers."
            )
        )
        limits = QLabel(
            self.tr(
                "It does not hide who you are from your mail provider: it knows your account "
                "and every letter you send, and the recipients see your address. Some "
                "providers refuse or challenge connections that come through Tor."
            )
        )
        closed = QLabel(
            self.tr(
                "With a proxy chosen, the app never connects directly: when the proxy is not "
                "running, letters wait in the outbox until it is."
            )
        )
        for label in (intro, limits, closed):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.direct = QRadioButton(self.tr("Connect &directly"))
        self.direct.setObjectName("networkDirect")
        self.tor = QRadioButton(
            self.tr("Through &Tor running on this computer (Tor or Tor Browser)")
        )
        self.tor.setObjectName("networkTor")
        self.socks = QRadioButton(self.tr("Through a &SOCKS5 proxy:"))
        self.socks.setObjectName("networkSocks")
        self.group = QButtonGroup(self)
        for button in (self.direct, self.tor, self.socks):
            self.group.addButton(button)
        self.host = QLineEdit()
        self.host.setObjectName("proxyHost")
        self.host.setPlaceholderText(self.tr("Proxy address, e.g. 127.0.0.1"))
        self.host.setAccessibleName(self.tr("Proxy address"))
        self.port = QSpinBox()
        self.port.setObjectName("proxyPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PROXY_PORT)
        self.port.setAccessibleName(self.tr("Proxy port"))
        socks_row = QHBoxLayout()
        socks_row.addWidget(self.socks)
        socks_row.addWidget(self.host, 1)
        socks_row.addWidget(self.port)

        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("checkNetwork")
        self.check_button.clicked.connect(self.check)
        self.verdict = QLabel()
        self.verdict.setObjectName("networkVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.verdict, 1)

        links = QLabel(
            self.tr(
                "Webmail pages and your mail app, opened from Deliver, do not go through "
                "this proxy: they connect the way your browser or mail app is set to."
            )
        )
        links.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept_choice)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for label in (intro, limits):
            layout.addWidget(label)
        layout.addWidget(self.direct)
        layout.addWidget(self.tor)
        layout.addLayout(socks_row)
        layout.addWidget(closed)
        layout.addLayout(check_row)
        layout.addWidget(links)
        layout.addWidget(self.buttons)

        self.group.buttonToggled.connect(lambda *_: self._update())
        self._load(proxy)

    def _load(self, proxy: str) -> None:
        if proxy == TOR:
            self.tor.setChecked(True)
        elif proxy:
            rest = proxy.removeprefix("socks5://")
            host, _, port = rest.rpartition(":")
            self.host.setText(host.strip("[]"))
            self.port.setValue(int(port))
            self.socks.setChecked(True)
        else:
            self.direct.setChecked(True)
        self._update()

    def _update(self) -> None:
        on = self.socks.isChecked()
        self.host.setEnabled(on)
        self.port.setEnabled(on)
        self.check_button.setEnabled(not self.direct.isChecked())
        self.verdict.clear()

    def setting(self) -> str:
        """The choice in its stored form; ProxySettingError when the address is not usable."""
        if self.tor.isChecked():
            return TOR
        if self.socks.isChecked():
            host = self.host.text().strip()
            if ":" in host and not host.startswith("["):
                host = f"[{host}]"  # an IPv6 address
            return parse_proxy(f"socks5://{host}:{self.port.value()}")
        return ""

    def check(self) -> None:
        """Does the proxy (or a Tor) answer? Only this computer's or the proxy's port is
        tried: nothing reaches any other server."""
        try:
            setting = self.setting()
        except ProxySettingError:
            self._verdict(False, self.tr("Please type the proxy's address."))
            return

        def job() -> str:
            if setting == TOR:
                found = find_tor()
                return str(found.port) if found else ""
            via = resolve_proxy(setting)
            return str(via) if via is not None and is_socks5(via.host, via.port) else ""

        def done(found: str) -> None:
            if setting == TOR:
                self._verdict(
                    bool(found),
                    self.tr("Tor is running on this computer (port %1).").replace("%1", found)
                    if found
                    else self.tr(
                        "Tor is not running on this computer (nothing answers on port 9050 "
                        "or 9150). Start Tor or Tor Browser: until then, letters wait."
                    ),
                )
            else:
                self._verdict(
                    bool(found),
                    self.tr("The proxy answers.")
                    if found
                    else self.tr(
                        "Nothing answers at this proxy address: letters wait until it does."
                    ),
                )

        self.check_button.setEnabled(False)
        self._verdict(None, self.tr("Checking…"))
        self.runner.start(job, done, lambda exc: self._verdict(False, str(exc)))

    def _verdict(self, ok: bool | None, text: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(
            "" if ok is None else (success_style if ok else problem_style)(selector="QLabel")
        )
        if ok is not None:
            self.check_button.setEnabled(not self.direct.isChecked())
            self.checked.emit(ok)

    def accept_choice(self) -> None:
        try:
            self.chosen = self.setting()
        except ProxySettingError:
            self._verdict(False, self.tr("Please type the proxy's address."))
            self.host.setFocus()
            return
        self.accept()
