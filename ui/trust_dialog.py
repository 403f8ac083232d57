# SPDX-License-Identifier: GPL-3.0-or-later
"""The Check the Key dialog: the first time a signed campaign is opened, who it claims to
be from, its key, a way to compare that key with the one the organiser publishes, and the
choice to trust it. A module of its own: the window loads it when the dialog is first
opened (a QDialog subclass would build QDialog's type at start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from composer.campaigns.campaign import Campaign
    from composer.campaigns.manifest import Verdict


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def group_key(key: str) -> str:
    """The key in groups of four characters: easier to compare by eye, aloud or by phone."""
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


class TrustDialog(QDialog):
    """The first time a signed campaign is opened: who it claims to be from, its key, a
    way to compare that key with the one the organiser publishes, and the choice."""

    def __init__(self, campaign: Campaign, verdict: Verdict, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDialogButtonBox  # built when the dialog is first used

        from composer.campaigns.signing import PublicKey, SignatureError

        self.setObjectName("trustDialog")
        self.setWindowTitle(self.tr("Trust this campaign's key?"))
        self.campaign, self.verdict = campaign, verdict
        key = verdict.key or ""
        self._parse, self._error = PublicKey.parse, SignatureError
        intro = QLabel(
            self.tr("“%1” says it comes from <b>%2</b>. It is signed with this key:")
            .replace("%1", _escape(campaign.title_for(lang)))
            .replace("%2", _escape(verdict.organiser or self.tr("(no name given)")))
        )
        intro.setWordWrap(True)
        self.key_view = QLineEdit(key)
        self.key_view.setObjectName("campaignKey")
        self.key_view.setReadOnly(True)
        self.key_view.setAccessibleName(self.tr("The campaign's key"))
        intro.setBuddy(self.key_view)  # the sentence introduces the key: read with it
        mono = self.key_view.font()
        mono.setFamily("monospace")
        mono.setStyleHint(mono.StyleHint.Monospace)
        self.key_view.setFont(mono)
        grouped = QLabel(group_key(key))
        grouped.setObjectName("campaignKeyGroups")
        grouped.setFont(mono)
        grouped.setWordWrap(True)
        grouped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        how = QLabel(
            self.tr(
                "Compare it with the key the organiser publishes themselves: on their "
                "website, their social media, or as a QR code on a leaflet. Find that place "
                "on your own, not through this campaign: a forged campaign can point to a "
                "forged page. Once trusted, this campaign's updates are checked against "
                "this key, and a campaign with another key under its name is refused."
            )
        )
        how.setWordWrap(True)
        self.paste_label = QLabel(self.tr("&Published key (optional, to compare):"))
        self.published = QLineEdit()
        self.published.setObjectName("publishedKey")
        self.published.setFont(mono)
        self.published.setPlaceholderText("RW…")
        self.paste_label.setBuddy(self.published)
        self.result = QLabel()
        self.result.setObjectName("compareResult")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.trust_button = self.buttons.addButton(
            self.tr("&Trust This Campaign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.trust_button.setObjectName("trustButton")
        self.trust_button.setAutoDefault(False)
        not_now = self.buttons.addButton(
            self.tr("&Not Now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        not_now.setDefault(True)  # trusting is a choice, never what Enter does by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.published.textChanged.connect(self._compare)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_view)
        layout.addWidget(grouped)
        layout.addWidget(how)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.published)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        self.published.setFocus()

    def expected_key(self) -> str | None:
        """The key pasted to compare with, when one was (pinning then requires it)."""
        text = "".join(self.published.text().split())
        return text or None

    def _compare(self) -> None:
        pasted = self.expected_key()
        if pasted is None:
            self.result.setText("")
            self.trust_button.setEnabled(True)
            return
        try:
            same = self._parse(pasted) == self._parse(self.verdict.key or "")
        except self._error:
            self.result.setText(self.tr("✗ This is not a whole minisign key (it starts with RW)."))
            self.trust_button.setEnabled(False)
            return
        if same:
            self.result.setText(self.tr("✓ The same key: the campaign is signed by it."))
        else:
            self.result.setText(
                self.tr("✗ Not the same key. Do not trust this campaign: it may be a forgery.")
            )
        self.trust_button.setEnabled(same)
