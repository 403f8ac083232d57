"""From a draft to messages on their way: one per recipient, from the supporter's account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from composer.account.accounts import Account
from composer.addresses import normalise_email
from composer.campaigns.campaign import Campaign, Recipient
from composer.data.drafts import Draft
from composer.mail.message import build_message
from composer.mail.outbox import Item, Outbox, Planned
from composer.mail.smtp import Outgoing
from composer.problems import InputError, Problem

__all__ = ["Planned", "plan", "send"]  # Planned lives with the outbox that keeps it


def plan(
    campaign: Campaign,
    draft: Draft,
    account: Account,
    recipients: list[Recipient] | None = None,
    cc_organiser: bool = False,
    today: dt.date | None = None,
) -> list[Planned]:
    """Build every message first: an invalid value stops everything before anything is sent."""
    problems = campaign.check_values(draft.values)
    if problems:
        raise InputError(problems)
    chosen = recipients if recipients is not None else draft.chosen(campaign)
    if not chosen:
        raise InputError(Problem("no-such-recipient", args={"value": "(none chosen)"}))
    organiser = campaign.organiser
    cc = (
        (organiser.name, organiser.email)
        if cc_organiser and organiser and organiser.email
        else None
    )
    out = []
    for r in chosen:
        letter = draft.letter_for(campaign, r, today)
        msg = build_message(letter, account.name, account.email, r.name, r.email, cc=cc)
        # The envelope as the headers have it (build_message accepted every address): an
        # account file edited by hand may still hold straße.de, not xn--strae-oqa.de.
        sender = normalise_email(account.email) or account.email
        rcpts = [normalise_email(a) or a for a in [r.email] + ([cc[1]] if cc else [])]
        out.append(Planned(r, Outgoing(msg, sender, rcpts, key=r.email)))
    return out


def send(
    campaign: Campaign,
    planned: list[Planned],
    account: Account,
    password: str,
    outbox: Outbox,
    progress: Callable[[Item], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Item]:
    """Put the letters in the outbox (on disk first), then try to send them now.

    Whatever cannot go now stays queued and is retried later; nothing is ever sent twice.
    """
    return outbox.send_now(campaign.id, planned, account.server(), password, progress, cancelled)
