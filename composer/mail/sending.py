# SPDX-License-Identifier: GPL-3.0-or-later
"""From a draft to messages on their way: one per recipient, from the supporter's account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from composer.account.accounts import Account
from composer.addresses import normalise_email
from composer.campaigns.campaign import Campaign, Recipient
from composer.data.drafts import Draft
from composer.mail.message import build_message
from composer.mail.outbox import WAITING, Item, Outbox, Planned
from composer.mail.smtp import Outgoing, Secret
from composer.problems import InputError, Problem

__all__ = ["Earlier", "Planned", "earlier", "plan", "send"]  # Planned lives with the outbox


@dataclass(frozen=True)
class Earlier:
    """The chosen recipients as this user's letters for the campaign left them: each letter
    once. `sent`: got it already (the latest letter, by any route: the app, or marked sent
    after the mail app, webmail, post, fax); `waiting`: a letter to them is still in the
    outbox or being sent (queued, sending, failed, unknown, held), never to be queued a
    second time; `fresh`: neither. Addresses are compared lower-cased."""

    chosen: list[Recipient]
    fresh: list[Recipient]
    sent: list[tuple[Recipient, Item]]
    waiting: list[tuple[Recipient, Item]]

    def to_send(self, again: bool = False) -> list[Recipient]:
        """The recipients to send to, in the order chosen: the fresh ones, and with `again`
        (the user said so) those who already got it too; never one with a letter waiting."""
        keep = {r.email.lower() for r in self.fresh}
        if again:
            keep |= {r.email.lower() for r, _ in self.sent}
        return [r for r in self.chosen if r.email.lower() in keep]


def earlier(outbox: Outbox, campaign_id: str, recipients: list[Recipient]) -> Earlier:
    """What this user already sent or queued for this campaign to each of `recipients`."""
    waiting: dict[str, Item] = {}
    for item in outbox.items((*WAITING, "sending"), campaign_id):
        waiting.setdefault(item.email.lower(), item)
    sent: dict[str, Item] = {}
    for item in outbox.items(("sent",), campaign_id):
        known = sent.get(item.email.lower())
        if known is None or (item.sent_at or item.updated) >= (known.sent_at or known.updated):
            sent[item.email.lower()] = item  # the latest
    fresh, got, wait = [], [], []
    for r in recipients:
        key = r.email.lower()
        if key in waiting:
            wait.append((r, waiting[key]))
        elif key in sent:
            got.append((r, sent[key]))
        else:
            fresh.append(r)
    return Earlier(list(recipients), fresh, got, wait)


def sent_when(item: Item) -> dt.datetime:
    """When a letter went (or was marked sent), in local time."""
    return dt.datetime.fromisoformat(item.sent_at or item.updated).astimezone()


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
    password: Secret,
    outbox: Outbox,
    progress: Callable[[Item], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Item]:
    """Put the letters in the outbox (on disk first), then try to send them now.

    Whatever cannot go now stays queued and is retried later; nothing is ever sent twice.
    """
    return outbox.send_now(campaign.id, planned, account.server(), password, progress, cancelled)
