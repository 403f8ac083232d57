# SPDX-License-Identifier: GPL-3.0-or-later
"""A supporter's draft: their values, chosen recipients, language and any hand edits."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass, field
from typing import Literal

from composer.campaigns.campaign import Campaign, Recipient
from composer.data.store import Store
from composer.templates.letter import Letter


@dataclass
class Draft:
    """What the user has made of a campaign's letter.

    `subject`/`body` are None while the letter follows the template; once the user edits
    one by hand it holds their text, written for the recipient `edited_for`.
    `variant_seed` chooses the template's alternative wordings: fixed for the draft, so the
    letter does not change under the user's eyes; None (drafts saved before there were
    alternatives) keeps the first wordings, the letter those drafts always had.
    """

    campaign_id: str
    letter_lang: str
    values: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)  # e-mail addresses, in campaign order
    subject: str | None = None
    body: str | None = None
    edited_for: str = ""
    variant_seed: int | None = None

    @classmethod
    def new(
        cls,
        campaign: Campaign,
        lang: str | None = None,
        variant_seed: int | Literal["random"] | None = "random",
    ) -> Draft:
        """A fresh draft: a random choice of wordings, or the one given (None: the first
        wordings)."""
        return cls(
            campaign_id=campaign.id,
            letter_lang=lang or campaign.letter_language,
            values={f.key: f.default for f in campaign.fields},
            recipients=[r.email for r in campaign.recipients],
            variant_seed=new_seed() if variant_seed == "random" else variant_seed,
        )

    @property
    def hand_edited(self) -> bool:
        return self.subject is not None or self.body is not None

    def reset_to_template(self) -> None:
        self.subject = self.body = None
        self.edited_for = ""

    def chosen(self, campaign: Campaign) -> list[Recipient]:
        wanted = set(self.recipients)
        return [r for r in campaign.recipients if r.email in wanted]

    def letter_for(
        self, campaign: Campaign, recipient: Recipient, today: dt.date | None = None
    ) -> Letter:
        """The letter this recipient gets: the template's, or the hand edit adapted to them."""
        seed = self.variant_seed
        rendered = campaign.render(self.letter_lang, self.values, recipient, today, seed)
        if not self.hand_edited:
            return rendered
        source = next((r for r in campaign.recipients if r.email == self.edited_for), recipient)
        subject = self.subject if self.subject is not None else rendered.subject
        body = self.body if self.body is not None else rendered.body
        if source != recipient:
            original = campaign.render(self.letter_lang, self.values, source, today, seed)
            subject = readdress(subject, original.subject, rendered.subject, source, recipient)
            body = readdress(body, original.body, rendered.body, source, recipient)
        return Letter(subject, body)


def new_seed() -> int:
    """A fresh choice of alternative wordings (any of 2**31: letters differ across drafts).
    From os.urandom, as `secrets` draws, without importing it: it loads OpenSSL (hmac),
    ~3 ms before a new draft's first paint."""
    return int.from_bytes(os.urandom(4), "big") >> 1


def readdress(
    text: str, source_letter: str, target_letter: str, source: Recipient, target: Recipient
) -> str:
    """Adapt a hand-edited text written for `source` to `target`.

    The lines the template writes differently for the two (the greeting, with its
    fallback) are swapped where the user's text still has them as the template wrote
    them; then the source's name and address are replaced inside the user's sentences.
    """
    source_lines, target_lines = source_letter.split("\n"), target_letter.split("\n")
    swaps: dict[str, str] = {}
    from difflib import SequenceMatcher  # only for hand-edited letters

    matcher = SequenceMatcher(None, source_lines, target_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            for old, new in zip(source_lines[i1:i2], target_lines[j1:j2], strict=True):
                if old.strip():
                    swaps.setdefault(old, new)
    text = "\n".join(swaps.get(line, line) for line in text.split("\n"))
    for old, new in ((source.name, target.name), (source.email, target.email)):
        if old and new and old != new:
            text = text.replace(old, new)
    return text


class DraftStore:
    """Drafts on disk, one per campaign; each save is one atomic SQLite transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, draft: Draft) -> None:
        import json

        data = json.dumps(asdict(draft), ensure_ascii=False)
        now = dt.datetime.now(dt.UTC).isoformat()
        with self.store.write() as db:
            db.execute(
                "INSERT INTO drafts (campaign_id, data, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(campaign_id) DO UPDATE SET data = excluded.data, "
                "updated = excluded.updated",
                (draft.campaign_id, data, now),
            )

    def load(self, campaign: Campaign) -> Draft | None:
        """The saved draft, fitted to the campaign as it is now (fields or recipients may
        have changed since); None when there is none or it cannot be read."""
        rows = self.store.read("SELECT data FROM drafts WHERE campaign_id = ?", (campaign.id,))
        if not rows:
            return None
        try:
            import json

            raw = json.loads(rows[0]["data"])
            draft = Draft(**{k: raw[k] for k in raw if k in Draft.__dataclass_fields__})
        except (ValueError, TypeError):
            return None
        fresh = Draft.new(campaign, variant_seed=None)  # the saved seed is set below
        known = {f.key for f in campaign.fields}
        fresh.values.update({k: str(v) for k, v in draft.values.items() if k in known})
        emails = {r.email for r in campaign.recipients}
        fresh.recipients = [e for e in draft.recipients if e in emails]
        seed = draft.variant_seed
        # A draft without one (saved before alternatives existed) keeps its letter: None.
        valid = isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0
        fresh.variant_seed = seed if valid else None
        if draft.letter_lang in campaign.letters:
            fresh.letter_lang = draft.letter_lang
            fresh.subject, fresh.body = draft.subject, draft.body
            fresh.edited_for = draft.edited_for if draft.edited_for in emails else ""
        return fresh

    def discard(self, campaign_id: str) -> None:
        """Forget the draft: its text is then in no file (see Store.scrub)."""
        with self.store.write() as db:
            db.execute("DELETE FROM drafts WHERE campaign_id = ?", (campaign_id,))
        self.store.scrub()
