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
import json
import os
from dataclasses import dataclass
from pathlib import Path

from composer.campaigns.manifest import (
    INVALID,
    KEY_CHANGED,
    NEW_KEY,
    ROLLBACK,
    TRUSTED,
    UNSIGNED,
    Verdict,
)
from composer.campaigns.signing import PublicKey, SignatureError
from composer.paths import data_dir, write_atomic

PINS_FILE = "pins.json"
PINS_FORMAT = 1


class TrustError(Exception):
    """The pins cannot be read or written, or a bundle cannot be pinned (the reason)."""


@dataclass(frozen=True)
class Pin:
    key: str  # the organiser's public key, minisign's `RW...` line
    version: int  # the highest version seen signed by it


def _same_key(a: str, b: str) -> bool:
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
                key, version = item["key"], item["version"]
                if not isinstance(key, str) or type(version) is not int:
                    raise ValueError(cid)
                pins[str(cid)] = Pin(key, version)
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
                cid: {"key": p.key, "version": p.version} for cid, p in sorted(pins.items())
            },
        }
        write_atomic(self.path, (json.dumps(doc, indent=1) + "\n").encode("utf-8"))

    def set(self, campaign_id: str, key: str, version: int) -> None:
        pins = self.all()
        pins[campaign_id] = Pin(key, version)
        self._save(pins)


def assess(verdict: Verdict, pins: PinStore, *, record: bool = True) -> Verdict:
    """The verdict with the pins applied (a copy: the one given is left as it is). With
    `record`, a trusted bundle of a higher version than the one pinned raises the recorded
    version."""
    verdict = dataclasses.replace(verdict)
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
        if record:
            pins.set(verdict.id or "", pin.key, verdict.version)
            verdict.pinned_version = verdict.version
    else:
        verdict.note = f"signed by the key pinned for campaign {verdict.id}"
    return verdict


def pin(verdict: Verdict, pins: PinStore, expected_key: str | None = None) -> Verdict:
    """Trust the bundle's key for its id (the verdict before the pins, as verify_bundle
    gives it); with `expected_key`, only when the bundle is signed by that key. The
    verdict after pinning (`trusted`); TrustError with the reason when it is refused."""
    if expected_key is not None:
        try:
            PublicKey.parse(expected_key)
        except SignatureError:
            raise TrustError(f"--key {expected_key!r} is not a minisign public key") from None
    if verdict.status == UNSIGNED and (verdict.id is None or pins.get(verdict.id) is None):
        raise TrustError("the campaign is not signed: there is no key to trust")
    verdict = assess(verdict, pins)
    if verdict.status in (INVALID, KEY_CHANGED, ROLLBACK):
        raise TrustError(f"{verdict.status}: {verdict.reason}")
    assert verdict.key is not None and verdict.id is not None and verdict.version is not None
    if expected_key is not None and not _same_key(verdict.key, expected_key):
        raise TrustError(
            f"key mismatch: the campaign is signed by {verdict.key}, not by {expected_key}"
        )
    if verdict.status == NEW_KEY:
        pins.set(verdict.id, PublicKey.parse(verdict.key).line, verdict.version)
        verdict.status = TRUSTED
        verdict.pinned_key, verdict.pinned_version = verdict.key, verdict.version
        verdict.note = f"the key is now pinned for campaign {verdict.id}"
    return verdict


def verify(path: str | os.PathLike[str], pins: PinStore | None = None) -> Verdict:
    """A bundle's signature verdict with the pins applied (a trusted update recorded)."""
    from composer.campaigns.manifest import verify_bundle

    return assess(verify_bundle(path), pins or PinStore.default())
