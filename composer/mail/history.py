# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent list: which letter went to whom, when, by which route (the outbox's sent rows)."""

from __future__ import annotations

from dataclasses import dataclass

from composer.data.store import Store
from composer.mail.outbox import Outbox


@dataclass(frozen=True)
class SentEntry:
    campaign: str
    recipient: str
    email: str
    time: str  # ISO 8601, UTC
    message_id: str = ""
    route: str = "smtp"  # also the ways a user marks a letter sent by hand


class History:
    """A view of the letters that went; the user can look at it and forget it."""

    def __init__(self, store: Store | None = None) -> None:
        self.outbox = Outbox(store or Store())

    def entries(self, campaign: str | None = None) -> list[SentEntry]:
        return [
            SentEntry(
                i.campaign_id, i.recipient, i.email, i.sent_at or i.updated, i.message_id, i.route
            )
            for i in self.outbox.items(("sent",), campaign)
        ]

    def forget(self, campaign: str | None = None) -> int:
        return self.outbox.forget_sent(campaign)
