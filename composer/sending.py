"""From a draft to messages on their way: one per recipient, from the supporter's account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .accounts import Account
from .campaign import Campaign, Recipient
from .drafts import Draft
from .history import History, SentEntry, now_utc
from .message import build_message
from .problems import InputError, Problem
from .smtp import Outgoing, Result, send_all


@dataclass
class Planned:
    """One letter ready to go, with the recipient it is for."""

    recipient: Recipient
    outgoing: Outgoing


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
        rcpts = [r.email] + ([cc[1]] if cc else [])
        out.append(Planned(r, Outgoing(msg, account.email, rcpts, key=r.email)))
    return out


def send(
    campaign: Campaign,
    planned: list[Planned],
    account: Account,
    password: str,
    history: History | None = None,
    progress: Callable[[Result], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Result]:
    """Send the planned letters; each one accepted is written to the Sent list at once."""
    by_key = {p.outgoing.key: p.recipient for p in planned}
    history = history or History()

    def record(result: Result) -> None:
        if result.ok:
            r = by_key[result.item.key]
            history.add(
                SentEntry(
                    campaign.id, r.name, r.email, now_utc(), str(result.item.message["Message-ID"])
                )
            )
        if progress:
            progress(result)

    return send_all(account.server(), password, [p.outgoing for p in planned], record, cancelled)
