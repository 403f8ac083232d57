"""A supporter's draft: their values, chosen recipients, language and any hand edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .campaign import Campaign, Recipient
from .letter import Letter


@dataclass
class Draft:
    """What the user has made of a campaign's letter.

    `subject`/`body` are None while the letter follows the template; once the user edits
    one by hand it holds their text, written for the recipient `edited_for`.
    """

    campaign_id: str
    letter_lang: str
    values: dict[str, str] = field(default_factory=dict)
    recipients: list[str] = field(default_factory=list)  # e-mail addresses, in campaign order
    subject: str | None = None
    body: str | None = None
    edited_for: str = ""

    @classmethod
    def new(cls, campaign: Campaign, lang: str | None = None) -> Draft:
        return cls(
            campaign_id=campaign.id,
            letter_lang=lang or campaign.letter_language,
            values={f.key: f.default for f in campaign.fields},
            recipients=[r.email for r in campaign.recipients],
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
        rendered = campaign.render(self.letter_lang, self.values, recipient, today)
        if not self.hand_edited:
            return rendered
        source = next((r for r in campaign.recipients if r.email == self.edited_for), recipient)
        subject = self.subject if self.subject is not None else rendered.subject
        body = self.body if self.body is not None else rendered.body
        if source != recipient:
            subject = readdress(subject, source, recipient, self.letter_lang)
            body = readdress(body, source, recipient, self.letter_lang)
        return Letter(subject, body)


def readdress(text: str, source: Recipient, target: Recipient, lang: str) -> str:
    """Swap the greeting, name and address of source for target's in a hand-edited text,
    so one edit serves every recipient while each is still addressed by name."""
    pairs = [
        (source.salutation.get(lang, ""), target.salutation.get(lang, "")),
        (source.name, target.name),
        (source.email, target.email),
    ]
    for old, new in pairs:
        if old and new and old != new:
            text = text.replace(old, new)
    return text
