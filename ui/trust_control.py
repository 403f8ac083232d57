# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign's trust seen from the window: whether a campaign is shown or refused,
the banner above the panes, trusting a key, an update's changes, and what a closed
campaign stops (composer/campaigns/trust.py decides; this module shows and asks)."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from .campaign_banner import CampaignBanner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from composer.campaigns.campaign import Campaign
    from composer.campaigns.manifest import Verdict

    from .main_window import MainWindow


class TrustControl(QObject):
    """Owned by the window; its banner sits above the panes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.trust_dialog: QDialog | None = None  # the last Check the Key dialog opened
        self.banner = CampaignBanner()
        self.banner.check_key.connect(self.check_key)
        self.banner.show_changes.connect(self.show_changes)

    def record_update(self) -> None:
        """The update is on screen, with what changed: from now on it is the version
        pinned, and an older one is refused."""
        window = self.window
        from composer.campaigns import trust

        assert window.verdict is not None
        with contextlib.suppress(trust.TrustError, OSError):
            trust.record_update(window.verdict, trust.PinStore.default(), window.campaign)

    def apply_campaign_status(self) -> None:
        """A closed campaign takes no more letters: the ways to deliver are off, and its
        letters waiting in the outbox are held (an open one releases those it held)."""
        window = self.window
        campaign = window.campaign
        if campaign is None:
            return
        closed = campaign.campaign_status == "closed"
        window.letter.send_button.setEnabled(not closed)
        window.letter.more_button.setEnabled(not closed)
        window.menus.set_delivery_enabled(not closed)
        if window.screenshot or (not closed and window._outbox is None):
            # Loading the outbox only to release held letters would slow every
            # start: the outbox's start, after the first paint, calls this again.
            return
        from composer.campaigns.campaign import pick

        try:
            if closed:
                note = pick(campaign.closed_note, (window.ui_lang, "en"), "")
                reason = " ".join(note.split()) or self.tr("The campaign is closed.")
                changed = window.outbox.hold_campaign(campaign.id, reason)
            else:
                changed = window.outbox.release_campaign(campaign.id)
        except (OSError, sqlite3.Error):
            return
        if changed:
            window.outbox_control.refresh()

    def refuse(self, campaign: Campaign, verdict: Verdict | None) -> None:
        """Say, over what is shown, why this campaign is not used."""
        window = self.window
        from PySide6.QtWidgets import QMessageBox

        from .campaign_banner import refusal_details, refusal_text

        name = campaign.title_for(window.ui_lang)
        box = QMessageBox(window)
        box.setObjectName("refusal")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the campaign's own title: never HTML
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("This campaign is not safe to use"))
        if verdict is None:
            box.setText(self.tr("The keys you trusted for campaigns cannot be read."))
            box.setInformativeText(
                self.tr("No signed campaign can be checked until the file is repaired.")
            )
        else:
            text, meaning = refusal_text(name, verdict)
            box.setText(text)
            box.setInformativeText(meaning)
            box.setDetailedText(refusal_details(verdict))
        window.statusBar().showMessage(
            self.tr("Not opened: %1").replace("%1", str(campaign.source)), 10_000
        )
        box.open()
        window.notice = box

    def check_key(self) -> QDialog | None:
        """The campaign's key, a way to compare it, and the choice to trust it."""
        window = self.window
        from .trust_dialog import TrustDialog

        campaign, verdict = window.campaign, window.verdict
        if campaign is None or verdict is None or verdict.status != "new-key":
            return None
        dialog = TrustDialog(campaign, verdict, window.ui_lang, window)
        dialog.accepted.connect(lambda: self._trust(dialog))
        dialog.open()
        self.trust_dialog = dialog
        return dialog

    def _trust(self, dialog: QDialog) -> None:
        window = self.window
        from composer.campaigns import trust

        from .trust_dialog import TrustDialog

        assert isinstance(dialog, TrustDialog)
        campaign = dialog.campaign
        if campaign is not window.campaign:
            return
        try:
            trust.pin(
                window.library.verdict(campaign),
                trust.PinStore.default(),
                dialog.expected_key(),
                campaign,
            )
        except (trust.TrustError, OSError) as exc:
            window.notify(self.tr("The key was not trusted"), str(exc), warning=True)
            return
        verdict = self.judge(campaign)
        if verdict is not None:
            window.verdict = verdict
            self.banner.show_for(campaign, verdict, window.letter.ui_lang)
        window.statusBar().showMessage(
            self.tr("The key is trusted: this campaign's updates are checked against it."),
            10_000,
        )

    def show_changes(self) -> None:
        """What the update shown changed, one change a line."""
        window = self.window
        from .campaign_banner import change_lines

        verdict = window.verdict
        if verdict is None or verdict.changes is None:
            return
        window.notify(
            self.tr("What changed in version %1").replace("%1", str(verdict.version)),
            "\n".join(change_lines(verdict.changes)),
        )

    def judge(self, campaign: Campaign) -> Verdict | None:
        """How far the campaign may be trusted (None when the pinned keys cannot be read:
        then it is refused, as no pin could be checked)."""
        window = self.window
        from composer.campaigns.trust import TrustError

        try:
            return window.library.trust(campaign, record=False)
        except TrustError:
            return None
