# SPDX-License-Identifier: GPL-3.0-or-later
"""Trust on first use, per campaign: the organiser's key pinned for a campaign id.

The first time a signed campaign is opened the user chooses to trust it (or an organiser
hands out the key ahead, `campaign trust PATH --key RW...`); from then on its id is tied
to that key and to the highest version seen. There is no global list of trusted keys: a
key pinned for one campaign says nothing about another id.

The states (`Verdict.status`), from the signature's verdict and the pins:
- `unsigned`: no signature, and no pin for its id (usable, with a notice);
- `invalid`: the signature or the MANIFEST is wrong (whatever the pins say);
- `new-key`: a valid signature by the key the campaign names, its id not pinned yet;
- `trusted`: a valid signature by the key pinned for its id, the same or a higher
  version (an update: the recorded version rises);
- `key-changed`: its id is pinned to another key, or it is unsigned although its id is
  pinned (an unsigned bundle cannot show that it comes from the pinned key, so it is
  reported as the key having changed, with a reason saying it is unsigned);
- `rollback`: the pinned key, but a version lower than the highest seen.

A campaign that comes with the app is trusted by being part of the installed app (it is
not signed; `Verdict.builtin`), and its id is reserved: a bundle from elsewhere that
claims it is `key-changed`, so nobody can pass a forgery off as the built-in appeal or
slip letters into its drafts and Sent list.

With each pin goes what the supporter saw of that version (`snapshot`: recipients and
addresses, a digest of each appeal and letter, the status), so that an update can show
what changed (`Changes`).

Where the pins live: `pins.json` in the app's data folder, written whole through
`composer.paths.write_atomic` (0600, private folder), like `opened.json`. Not in the
SQLite store (composer/data/store.py): that file holds the user's letters and outbox and
is scrubbed and vacuumed for privacy; pins are a handful of public keys, read on every
open by the command line, which should not need to open (and perhaps migrate) the
letter database to check a signature; and a JSON file can be read, backed up or edited
by hand when an organiser really changes keys. Two processes pinning at the very same
moment may lose one of the two writes, never corrupt the file. A pins file that cannot be
read is an error (TrustError), never taken as "no pins": that would let another key in.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.campaigns.manifest import (
    INVALID,
    KEY_CHANGED,
    NEW_KEY,
    ROLLBACK,
    TRUSTED,
    UNSIGNED,
    Verdict,
)
from composer.paths import data_dir, write_atomic

if TYPE_CHECKING:
    from composer.campaigns.campaign import Campaign

PINS_FILE = "pins.json"
PINS_FORMAT = 1


class TrustError(Exception):
    """The pins cannot be read or written, or a bundle cannot be pinned (the reason)."""


@dataclass(frozen=True)
class Pin:
    key: str  # the organiser's public key, minisign's `RW...` line
    version: int  # the highest version seen signed by it
    seen: dict[str, Any] | None = None  # that version's `snapshot` (None: pinned before)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snapshot(campaign: Campaign) -> dict[str, Any]:
    """What an update is compared with: the recipients with their addresses, a digest of
    each appeal and letter, the status. Public data of the campaign, nothing of the user."""
    return {
        "recipients": [
            {"name": r.name, "email": r.email, "postal": r.postal_address, "fax": r.fax}
            for r in campaign.recipients
        ],
        "appeals": {lang: _digest(text) for lang, text in sorted(campaign.appeals.items())},
        "letters": {
            lang: _digest(letter.source.subject + "\n\n" + letter.source.body)
            for lang, letter in sorted(campaign.letters.items())
        },
        "status": campaign.campaign_status,
    }


@dataclass
class Changes:
    """What an update changed, for the window and `campaign verify`."""

    added: list[tuple[str, str]] = field(default_factory=list)  # (name, address)
    removed: list[tuple[str, str]] = field(default_factory=list)
    readdressed: list[tuple[str, str, str]] = field(default_factory=list)  # name, old, new
    appeals: list[str] = field(default_factory=list)  # languages whose appeal changed
    letters: list[str] = field(default_factory=list)  # languages whose letter changed
    closed: bool = False  # active before, closed now
    reopened: bool = False

    @property
    def empty(self) -> bool:
        return not any(dataclasses.astuple(self))

    def lines(self) -> list[str]:
        """In English, one change a line (the window words them in the user's language)."""
        out = [f"recipient added: {n} <{e}>" for n, e in self.added]
        out += [f"recipient removed: {n} <{e}>" for n, e in self.removed]
        out += [f"address changed: {n}: {old} -> {new}" for n, old, new in self.readdressed]
        if self.appeals:
            out.append(f"appeal changed: {', '.join(self.appeals)}")
        if self.letters:
            out.append(f"letter changed: {', '.join(self.letters)}")
        if self.closed:
            out.append("the campaign is now closed")
        if self.reopened:
            out.append("the campaign is open again")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "recipients_added": [{"name": n, "email": e} for n, e in self.added],
            "recipients_removed": [{"name": n, "email": e} for n, e in self.removed],
            "addresses_changed": [
                {"name": n, "old": old, "new": new} for n, old, new in self.readdressed
            ],
            "appeals_changed": self.appeals,
            "letters_changed": self.letters,
            "closed": self.closed,
            "reopened": self.reopened,
        }


def _address(r: dict[str, Any]) -> str:
    """A recipient's address as the user sees it: the email, else the postal or fax."""
    return str(r.get("email") or r.get("postal") or r.get("fax") or "")


def compare(before: dict[str, Any], after: dict[str, Any]) -> Changes:
    """The changes from one snapshot to the next. Recipients are matched by name: the
    same name at another address (email, postal or fax) is an address changed."""
    changes = Changes()
    old = {str(r.get("name")): r for r in before.get("recipients", []) if isinstance(r, dict)}
    new = {str(r.get("name")): r for r in after.get("recipients", []) if isinstance(r, dict)}
    for name, r in new.items():
        if name not in old:
            changes.added.append((name, _address(r)))
        elif any(old[name].get(k) != r.get(k) for k in ("email", "postal", "fax")):
            changes.readdressed.append((name, _address(old[name]), _address(r)))
    changes.removed = [(name, _address(r)) for name, r in old.items() if name not in new]
    for kind in ("appeals", "letters"):
        a, b = before.get(kind) or {}, after.get(kind) or {}
        changed = sorted(lang for lang in set(a) | set(b) if a.get(lang) != b.get(lang))
        setattr(changes, kind, changed)
    was, now = before.get("status"), after.get("status")
    changes.closed = was == "active" and now == "closed"
    changes.reopened = was == "closed" and now == "active"
    return changes


def _same_key(a: str, b: str) -> bool:
    # The signature code here and in pin(), not above: a campaign that is not signed (the
    # built-in one) is judged without it.
    from composer.campaigns.signing import PublicKey, SignatureError

    try:
        return PublicKey.parse(a) == PublicKey.parse(b)
    except SignatureError:
        return False


@dataclass
class PinStore:
    path: Path

    @classmethod
    def default(cls) -> PinStore:
        return cls(data_dir() / PINS_FILE)

    def all(self) -> dict[str, Pin]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise TrustError(f"cannot read the pinned keys ({self.path}): {exc.strerror}") from None
        try:
            doc = json.loads(data)
            if doc.get("format") != PINS_FORMAT:
                raise ValueError("unknown format")
            pins: dict[str, Pin] = {}
            for cid, item in doc["campaigns"].items():
                key, version, seen = item["key"], item["version"], item.get("seen")
                if not isinstance(key, str) or type(version) is not int:
                    raise ValueError(cid)
                # A damaged snapshot only loses the list of changes, never the pin.
                pins[str(cid)] = Pin(key, version, seen if isinstance(seen, dict) else None)
        except (ValueError, TypeError, KeyError, AttributeError):
            raise TrustError(
                f"the pinned keys ({self.path}) are damaged; no campaign can be trusted "
                "until the file is repaired or removed"
            ) from None
        return pins

    def get(self, campaign_id: str) -> Pin | None:
        return self.all().get(campaign_id)

    def _save(self, pins: dict[str, Pin]) -> None:
        doc = {
            "format": PINS_FORMAT,
            "campaigns": {
                cid: {"key": p.key, "version": p.version}
                | ({"seen": p.seen} if p.seen is not None else {})
                for cid, p in sorted(pins.items())
            },
        }
        write_atomic(self.path, (json.dumps(doc, indent=1) + "\n").encode("utf-8"))

    def set(
        self, campaign_id: str, key: str, version: int, seen: dict[str, Any] | None = None
    ) -> None:
        pins = self.all()
        if seen is None and campaign_id in pins:
            seen = pins[campaign_id].seen  # the last version the user saw, kept
        pins[campaign_id] = Pin(key, version, seen)
        self._save(pins)

    def remove(self, campaign_id: str) -> bool:
        """Forget the key pinned for a campaign (when its organiser really changed keys)."""
        pins = self.all()
        if pins.pop(campaign_id, None) is None:
            return False
        self._save(pins)
        return True


def assess(
    verdict: Verdict,
    pins: PinStore,
    *,
    record: bool = True,
    campaign: Campaign | None = None,
    builtin: bool = False,
    reserved: Collection[str] = (),
) -> Verdict:
    """The verdict with the pins applied (a copy: the one given is left as it is).

    `campaign` is the one the bundle gave: with it an update lists its changes against the
    version last seen. With `record`, a trusted update raises the recorded version (and
    keeps what it holds as the version seen). `builtin`: the campaign comes with the app;
    `reserved`: the ids of those that do, which no other bundle may claim."""
    verdict = dataclasses.replace(verdict)
    if builtin:
        verdict.builtin = True
        verdict.note = "part of the installed app, trusted as the app itself is"
        return verdict
    if verdict.id is not None and verdict.id in reserved and verdict.status != INVALID:
        verdict.status = KEY_CHANGED
        verdict.note = (
            f"campaign {verdict.id} comes with the app; a bundle from elsewhere that "
            "claims its id is not usable"
        )
        return verdict
    pin = pins.get(verdict.id) if verdict.id is not None else None
    if pin is None:
        return verdict
    verdict.pinned_key, verdict.pinned_version = pin.key, pin.version
    if verdict.status == INVALID:
        return verdict
    if verdict.status == UNSIGNED:
        verdict.status = KEY_CHANGED
        verdict.note = (
            f"the campaign is not signed, but campaign {verdict.id} is pinned to the key "
            f"{pin.key}: it cannot be shown to come from the same organiser"
        )
        return verdict
    if verdict.status not in (NEW_KEY, TRUSTED) or verdict.key is None or verdict.version is None:
        return verdict
    if not _same_key(verdict.key, pin.key):
        verdict.status = KEY_CHANGED
        verdict.note = (
            f"signed by the key {verdict.key}, but campaign {verdict.id} is pinned to the "
            f"key {pin.key}: not usable (if the organiser really changed keys, they will "
            "say so; remove the pin only then)"
        )
        return verdict
    if verdict.version < pin.version:
        verdict.status = ROLLBACK
        verdict.note = (
            f"version {verdict.version} is older than version {pin.version}, already seen "
            f"for campaign {verdict.id}: refused as a rollback"
        )
        return verdict
    verdict.status = TRUSTED
    if verdict.version > pin.version:
        verdict.note = (
            f"an update (version {verdict.version}, was {pin.version}) signed by the key "
            f"pinned for campaign {verdict.id}"
        )
        if campaign is not None and pin.seen is not None:
            verdict.changes = compare(pin.seen, snapshot(campaign))
        if record:
            record_update(verdict, pins, campaign)
    else:
        verdict.note = f"signed by the key pinned for campaign {verdict.id}"
    return verdict


def record_update(verdict: Verdict, pins: PinStore, campaign: Campaign | None) -> None:
    """The user has been shown this trusted update: its version becomes the one pinned
    (a rollback below it is refused from now on), and what it holds the version seen."""
    if verdict.status != TRUSTED or verdict.id is None or verdict.version is None:
        return
    pin = pins.get(verdict.id)
    if pin is None or verdict.version < pin.version:
        return
    pins.set(verdict.id, pin.key, verdict.version, snapshot(campaign) if campaign else None)
    verdict.pinned_version = verdict.version


def pin(
    verdict: Verdict,
    pins: PinStore,
    expected_key: str | None = None,
    campaign: Campaign | None = None,
) -> Verdict:
    """Trust the bundle's key for its id (the verdict before the pins, as verify_bundle
    gives it); with `expected_key`, only when the bundle is signed by that key. The
    verdict after pinning (`trusted`); TrustError with the reason when it is refused.
    `campaign` (the one the bundle gave) is kept as the version seen."""
    from composer.campaigns.signing import PublicKey, SignatureError

    if expected_key is not None:
        try:
            PublicKey.parse(expected_key)
        except SignatureError:
            raise TrustError(f"--key {expected_key!r} is not a minisign public key") from None
    if verdict.builtin:
        raise TrustError("the campaign comes with the app: it is trusted as the app is")
    if verdict.status == UNSIGNED and (verdict.id is None or pins.get(verdict.id) is None):
        raise TrustError("the campaign is not signed: there is no key to trust")
    verdict = assess(verdict, pins, campaign=campaign)
    if verdict.status in (INVALID, KEY_CHANGED, ROLLBACK):
        raise TrustError(f"{verdict.status}: {verdict.reason}")
    assert verdict.key is not None and verdict.id is not None and verdict.version is not None
    if expected_key is not None and not _same_key(verdict.key, expected_key):
        raise TrustError(
            f"key mismatch: the campaign is signed by {verdict.key}, not by {expected_key}"
        )
    if verdict.status == NEW_KEY:
        seen = snapshot(campaign) if campaign is not None else None
        pins.set(verdict.id, PublicKey.parse(verdict.key).line, verdict.version, seen)
        verdict.status = TRUSTED
        verdict.pinned_key, verdict.pinned_version = verdict.key, verdict.version
        verdict.note = f"the key is now pinned for campaign {verdict.id}"
    return verdict


def read(path: str | os.PathLike[str]) -> tuple[Verdict, Campaign | None]:
    """A bundle's signature verdict before the pins, and the campaign it gives (None when
    it gives none: then the verdict is invalid)."""
    from composer.campaigns.bundle import read_bundle
    from composer.campaigns.campaign import from_bundle
    from composer.campaigns.manifest import verify_read_bundle
    from composer.problems import ComposerError

    try:
        bundle = read_bundle(path)
        campaign = from_bundle(bundle)
    except ComposerError as exc:
        return Verdict(INVALID, exc.problems), None
    return verify_read_bundle(bundle, campaign), campaign


def verify(
    path: str | os.PathLike[str],
    pins: PinStore | None = None,
    *,
    builtin: bool = False,
    reserved: Collection[str] = (),
) -> Verdict:
    """A bundle's signature verdict with the pins applied (a trusted update recorded)."""
    verdict, campaign = read(path)
    return assess(
        verdict,
        pins or PinStore.default(),
        campaign=campaign,
        builtin=builtin and campaign is not None,
        reserved=reserved,
    )
