# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window says about the campaign it shows: who signed it (composer/campaigns/
trust.py), what an update changed, that it is closed; the dialog to trust an organiser's
key, and the message that refuses a campaign that is not safe to use.

Trust is shown in words with an icon, never by colour alone; the colours are quiet tints
behind dark text (contrast over 7:1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.campaigns.campaign import pick
from composer.campaigns.manifest import INVALID, KEY_CHANGED, NEW_KEY, ROLLBACK, TRUSTED, UNSIGNED

from .colours import TONES  # background, border and text of each kind of row
from .i18n import problem_text

if TYPE_CHECKING:
    from composer.campaigns.campaign import Campaign
    from composer.campaigns.manifest import Verdict
    from composer.campaigns.trust import Changes

REFUSED = (INVALID, KEY_CHANGED, ROLLBACK)

# The words of changes and refusals, shared by the banner and the window's messages.
translate = QCoreApplication.translate


class BannerRow(QFrame):
    """One notice: an icon, a bold title, a sentence, and perhaps a button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName(name + "Title")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text = QLabel()
        self.text.setObjectName(name + "Text")
        # Names and notes come from the bundle: shown as text, never read as HTML.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName(name + "Button")
        self.button.hide()
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.kind = ""

    def show_notice(self, kind: str, title: str, text: str, button: str = "") -> None:
        self.kind = kind
        background, border, ink = TONES[kind]
        name = self.objectName()
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"#{name} QLabel {{ color: {ink}; }}"
        )
        # QStyle here, not above: its enums are large (~5 ms to build), and a campaign that
        # comes with the app shows no notice before the window is first drawn.
        from PySide6.QtWidgets import QStyle

        icon = {
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "good": QStyle.StandardPixmap.SP_DialogApplyButton,
            "closed": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[kind]
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        # A screen reader hears the notice as one: what it is, then what it says.
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.show()


class CampaignBanner(QWidget):
    """Above the panes: how far the campaign may be trusted, and whether it is closed.
    Nothing for a campaign that comes with the app (it is trusted as the app is)."""

    check_key = Signal()  # the user wants to check (and perhaps trust) the key
    show_changes = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignBanner")
        self.trust = BannerRow("trustBanner")
        self.closed = BannerRow("closedBanner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.trust)
        layout.addWidget(self.closed)
        self.trust.button.clicked.connect(self._trust_button)
        self.campaign: Campaign | None = None
        self.verdict: Verdict | None = None
        self.lang = "en"
        self.hide()

    def _trust_button(self) -> None:
        if self.verdict is not None and self.verdict.status == NEW_KEY:
            self.check_key.emit()
        else:
            self.show_changes.emit()

    def show_for(self, campaign: Campaign, verdict: Verdict, lang: str) -> None:
        self.campaign, self.verdict, self.lang = campaign, verdict, lang
        self.retranslate()

    def retranslate(self, lang: str | None = None) -> None:
        if lang is not None:
            self.lang = lang
        campaign, verdict = self.campaign, self.verdict
        if campaign is None or verdict is None:
            return
        self._show_trust(campaign, verdict)
        if campaign.campaign_status == "closed":
            note = pick(campaign.closed_note, (self.lang, "en", campaign.original_language))
            after = self.tr(
                "Please send no more letters. Letters for it still waiting in the outbox "
                "are held, not sent."
            )
            self.closed.show_notice(
                "closed",
                self.tr("This campaign is closed"),
                f"{note}\n{after}" if note else after,
            )
        else:
            self.closed.hide()
        self.setVisible(not self.trust.isHidden() or not self.closed.isHidden())

    def _show_trust(self, campaign: Campaign, verdict: Verdict) -> None:
        organiser = verdict.organiser or self.tr("(no name given)")
        if verdict.builtin:
            self.trust.hide()
        elif verdict.status == UNSIGNED:
            self.trust.show_notice(
                "warning",
                self.tr("Not signed: anyone could have made or changed this campaign"),
                self.tr(
                    "Before you send, check that the addresses under “Send to” are the "
                    "real ones, for example on the recipients' own website."
                ),
            )
        elif verdict.status == NEW_KEY:
            self.trust.show_notice(
                "info",
                self.tr("Signed, but not yet trusted"),
                self.tr(
                    "It says it comes from “%1”. Check its key against the one the "
                    "organiser publishes before you trust it."
                ).replace("%1", organiser),
                self.tr("&Check the Key…"),
            )
        elif verdict.status == TRUSTED and verdict.changes is not None:
            summary = change_summary(verdict.changes)
            self.trust.show_notice(
                "good",
                self.tr("Updated by the organiser you trusted"),
                self.tr("Version %1, signed by “%2”: %3.")
                .replace("%1", str(verdict.version))
                .replace("%2", organiser)
                .replace("%3", summary),
                self.tr("What &Changed…") if not verdict.changes.empty else "",
            )
        elif verdict.status == TRUSTED:
            self.trust.show_notice(
                "good",
                self.tr("Signed by the organiser you trusted"),
                self.tr("Signed by “%1” with the key you trusted for this campaign (version %2).")
                .replace("%1", organiser)
                .replace("%2", str(verdict.version)),
            )
        else:  # refused campaigns are never shown (MainWindow.show_campaign)
            self.trust.hide()


def change_summary(changes: Changes) -> str:
    """A few words for the banner: what kinds of things an update changed."""
    parts = []
    if changes.added:
        parts.append(
            translate("TrustWords", "recipients added: %1").replace("%1", str(len(changes.added)))
        )
    if changes.removed:
        parts.append(
            translate("TrustWords", "recipients removed: %1").replace(
                "%1", str(len(changes.removed))
            )
        )
    if changes.readdressed:
        parts.append(
            translate("TrustWords", "addresses changed: %1").replace(
                "%1", str(len(changes.readdressed))
            )
        )
    if changes.appeals:
        parts.append(translate("TrustWords", "the appeal changed"))
    if changes.letters:
        parts.append(translate("TrustWords", "the letter changed"))
    if changes.closed:
        parts.append(translate("TrustWords", "the campaign is now closed"))
    if changes.reopened:
        parts.append(translate("TrustWords", "the campaign is open again"))
    return ", ".join(parts) if parts else translate("TrustWords", "nothing you would see changed")


def change_lines(changes: Changes) -> list[str]:
    """Every change, one a line, for the What Changed dialog."""
    lines = [
        translate("TrustWords", "Recipient added: %1 <%2>").replace("%1", n).replace("%2", e)
        for n, e in changes.added
    ]
    lines += [
        translate("TrustWords", "Recipient removed: %1 <%2>").replace("%1", n).replace("%2", e)
        for n, e in changes.removed
    ]
    lines += [
        translate("TrustWords", "Address changed: %1, was %2, now %3")
        .replace("%1", n)
        .replace("%2", old)
        .replace("%3", new)
        for n, old, new in changes.readdressed
    ]
    if changes.appeals:
        lines.append(
            translate("TrustWords", "The appeal changed (%1).").replace(
                "%1", ", ".join(changes.appeals)
            )
        )
    if changes.letters:
        lines.append(
            translate("TrustWords", "The letter changed (%1).").replace(
                "%1", ", ".join(changes.letters)
            )
        )
    if changes.closed:
        lines.append(translate("TrustWords", "The campaign is now closed."))
    if changes.reopened:
        lines.append(translate("TrustWords", "The campaign is open again."))
    return lines


def refusal_text(name: str, verdict: Verdict) -> tuple[str, str]:
    """Why a campaign is refused, in the user's words: (text, what it means)."""
    if verdict.status == INVALID:
        return (
            translate(
                "TrustWords",
                "“%1” has been changed since it was signed, or its signature is damaged.",
            ).replace("%1", name),
            translate(
                "TrustWords",
                "Its recipients or its letter may not be what the organiser wrote. Do not "
                "use it; ask the organiser for the campaign again.",
            ),
        )
    if verdict.status == ROLLBACK:
        return (
            translate(
                "TrustWords", "“%1” is version %2 of a campaign you already have in version %3."
            )
            .replace("%1", name)
            .replace("%2", str(verdict.version))
            .replace("%3", str(verdict.pinned_version)),
            translate(
                "TrustWords",
                "An older version may send letters to addresses no longer in use, or be a "
                "forgery made from one. It is not used; the newer version is.",
            ),
        )
    if verdict.pinned_key is None:  # key-changed without a pin: the id of a built-in one
        return (
            translate(
                "TrustWords", "“%1” claims to be a campaign that comes with Letter Composer."
            ).replace("%1", name),
            translate("TrustWords", "It may be a forgery. Use the campaign in the app itself."),
        )
    if not verdict.signed:
        first = translate(
            "TrustWords", "“%1” is not signed, but the campaign it claims to be was signed."
        )
    else:
        first = translate(
            "TrustWords",
            "“%1” claims to be a campaign you trusted, but it is signed with another key.",
        )
    return (
        first.replace("%1", name),
        translate(
            "TrustWords",
            "It may be a forgery. Do not use it unless the organiser has told you, in a way "
            "you trust, that they changed their key.",
        ),
    )


def refusal_details(verdict: Verdict) -> str:
    """The technical reasons, under Details."""
    lines = [problem_text(p) for p in verdict.problems]
    if verdict.note:
        lines.append(verdict.note)
    if verdict.key:
        lines.append(f"key: {verdict.key}")
    if verdict.pinned_key:
        lines.append(f"pinned: {verdict.pinned_key}")
    return "\n".join(lines)
