# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed campaigns: the MANIFEST that lists every file, its minisign signature, and the
verdict on a bundle.

`MANIFEST` sits at the bundle's root in `sha256sum`'s format, `<sha256-hex>  <path>`, one
line per file, sorted by path in byte order (as `LC_ALL=C sort`), listing every file of
the bundle but itself and `MANIFEST.minisig`, its signature. The signature's trusted
comment binds the campaign: `campaign=<id> version=<n>` (other words in it, such as the
timestamp minisign writes by default, are allowed and ignored).

Files the bundle reader skips (`.DS_Store`, `__MACOSX/`, `Thumbs.db`, `._*`, ...) are not
part of the bundle: they are neither listed nor checked, so a folder opened on a Mac and
zipped again keeps its signature. Paths are those the bundle reader gives, the same for a
folder and for its zip (whatever tool packed it, with or without a top folder).
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.campaigns.bundle import Bundle, _safe_member_name, read_bundle
from composer.problems import BundleError, ComposerError, Problem

if TYPE_CHECKING:
    from composer.campaigns.campaign import Campaign
    from composer.campaigns.signing import SecretKey

MANIFEST = "MANIFEST"
SIGNATURE = "MANIFEST.minisig"
_LINE = re.compile(r"([0-9a-f]{64})  (.+)")

# The verdicts: unsigned, invalid, new-key (a valid signature by the key the campaign names,
# not yet pinned). Pinning (composer/campaigns/trust.py) adds trusted (the key pinned for
# the campaign's id, the same or a higher version), key-changed and rollback.
UNSIGNED, INVALID, NEW_KEY = "unsigned", "invalid", "new-key"
TRUSTED, KEY_CHANGED, ROLLBACK = "trusted", "key-changed", "rollback"


def signed_files(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files a MANIFEST covers: all but itself and its signature."""
    return {name: data for name, data in files.items() if name not in (MANIFEST, SIGNATURE)}


def _order(name: str) -> bytes:
    return name.encode("utf-8")


def manifest_bytes(files: dict[str, bytes]) -> bytes:
    """The MANIFEST for these files, exactly as `sha256sum` writes it, in byte order."""
    covered = signed_files(files)
    lines = [
        f"{hashlib.sha256(covered[name]).hexdigest()}  {name}\n"
        for name in sorted(covered, key=_order)
    ]
    return "".join(lines).encode("utf-8")


def check_manifest(data: bytes, files: dict[str, bytes]) -> list[Problem]:
    """Every way MANIFEST disagrees with the bundle's files (empty when it covers them)."""
    problems: list[Problem] = []

    def add(code: str, at: int | None = None, **args: object) -> None:
        problems.append(Problem(code, MANIFEST, at, args))

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [Problem("not-utf8", MANIFEST, None, {"offset": exc.start})]
    if text and not text.endswith("\n"):
        add("manifest-bad-line", line=text.count("\n") + 1, at=text.count("\n") + 1)
    covered = signed_files(files)
    listed: dict[str, str] = {}
    previous: bytes | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        m = _LINE.fullmatch(line)
        if m is None or "\r" in line or "\n" in m.group(2):
            add("manifest-bad-line", line=number, at=number)
            continue
        digest, name = m.groups()
        parts = _safe_member_name(name)
        if parts is None or "/".join(parts) != name or name in (MANIFEST, SIGNATURE):
            add("manifest-unsafe-path", name=name, at=number)
            continue
        if name in listed:
            add("manifest-duplicate", name=name, at=number)
            continue
        if previous is not None and _order(name) < previous:
            add("manifest-unsorted", name=name, at=number)
        previous = _order(name)
        listed[name] = digest
        if name not in covered:
            add("manifest-missing-file", name=name, at=number)
        elif hashlib.sha256(covered[name]).hexdigest() != digest:
            add("manifest-changed-file", name=name, at=number)
    for name in sorted(covered, key=_order):
        if name not in listed:
            add("manifest-unlisted-file", name=name)
    return problems


def trusted_comment(campaign_id: str, version: int) -> str:
    return f"campaign={campaign_id} version={version}"


def _comment_values(comment: str) -> dict[str, str] | None:
    """The key=value words of a trusted comment; None when a key is given twice."""
    values: dict[str, str] = {}
    for word in comment.split():
        key, sep, value = word.partition("=")
        if not sep:
            continue
        if key in values:
            return None
        values[key] = value
    return values


@dataclass
class Verdict:
    """What a bundle's signature says, for the window and `campaign verify`."""

    status: str
    problems: list[Problem] = field(default_factory=list)
    key: str | None = None
    id: str | None = None
    version: int | None = None
    campaign_status: str | None = None
    organiser: str | None = None
    # Set by the pins (composer/campaigns/trust.py): why the state is what it is, and the
    # key and highest version pinned for this id (None when the id is not pinned).
    note: str | None = None
    pinned_key: str | None = None
    pinned_version: int | None = None
    # What a trusted update changed since the version last seen (trust.Changes), and
    # whether the campaign comes with the app (trusted as the app is, not by a signature).
    changes: Any = None
    builtin: bool = False
    signed: bool = False  # the bundle holds a signature (valid or not)

    @property
    def valid(self) -> bool:
        """A valid signature, by a key not yet pinned or by the pinned one."""
        return self.status in (NEW_KEY, TRUSTED)

    @property
    def reason(self) -> str:
        if self.note:
            return self.note
        if self.problems:
            return "; ".join(str(p) for p in self.problems)
        if self.status == UNSIGNED:
            return "the campaign is not signed (no MANIFEST.minisig)"
        return "signed by the organiser's key named in campaign.toml, not yet trusted"

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "reason": self.reason,
            "key": self.key,
            "id": self.id,
            "version": self.version,
            "campaign_status": self.campaign_status,
            "organiser": self.organiser,
            "problems": [str(p) for p in self.problems],
            "builtin": self.builtin,
            "changes": self.changes.to_json() if self.changes is not None else None,
            "pinned_key": self.pinned_key,
            "pinned_version": self.pinned_version,
        }


def verify_bundle(path: str | os.PathLike[str]) -> Verdict:
    """Read and check the bundle at path: its campaign, its MANIFEST and signature."""
    try:
        bundle = read_bundle(path)
    except BundleError as exc:
        return Verdict(INVALID, exc.problems)
    return verify_read_bundle(bundle)


def verify_read_bundle(bundle: Bundle, campaign: Campaign | None = None) -> Verdict:
    """The verdict on a bundle already read; `campaign`, when given, is the one these very
    bytes gave (the Library's, perhaps prepared): it is not validated again."""
    from composer.campaigns.campaign import from_bundle

    if campaign is None:
        try:
            campaign = from_bundle(bundle)
        except ComposerError as exc:
            return Verdict(INVALID, exc.problems)
    organiser = campaign.organiser
    verdict = Verdict(
        UNSIGNED,
        key=(organiser.key or None) if organiser else None,
        id=campaign.id,
        version=campaign.version,
        campaign_status=campaign.campaign_status,
        organiser=organiser.name if organiser else None,
    )
    has_manifest, has_signature = MANIFEST in bundle.files, SIGNATURE in bundle.files
    verdict.signed = has_signature
    if not has_manifest and not has_signature:
        return verdict
    problems = verdict.problems
    if not has_signature:
        problems.append(Problem("manifest-without-signature", SIGNATURE))
    elif not has_manifest:
        problems.append(Problem("signature-without-manifest", MANIFEST))
    elif verdict.key is None:
        problems.append(Problem("no-organiser-key", "campaign.toml"))
    else:
        problems.extend(_check_signature(bundle, verdict))
    if has_manifest:
        problems.extend(check_manifest(bundle.files[MANIFEST], bundle.files))
    verdict.status = INVALID if problems else NEW_KEY
    return verdict


def _check_signature(bundle: Bundle, verdict: Verdict) -> list[Problem]:
    # Here, not above: an unsigned bundle (the built-in campaign) is opened without the
    # signature code (~3 ms of a start).
    from composer.campaigns.signing import PublicKey, SignatureError, verify

    assert verdict.key is not None
    try:
        comment = verify(
            PublicKey.parse(verdict.key), bundle.files[MANIFEST], bundle.files[SIGNATURE]
        )
    except SignatureError as exc:
        return [Problem(p.code, SIGNATURE, None, p.args) for p in exc.problems]
    if verdict.version is None:
        return [Problem("no-version", "campaign.toml")]
    values = _comment_values(comment) or {}
    signed = {"campaign": values.get("campaign"), "version": values.get("version")}
    actual = {"campaign": verdict.id, "version": str(verdict.version)}
    if signed != actual:
        shown = comment if len(comment) <= 100 else comment[:97] + "..."
        expected = trusted_comment(verdict.id or "", verdict.version)
        args = {"signed": repr(shown), "actual": repr(expected)}
        return [Problem("trusted-comment-disagrees", SIGNATURE, None, args)]
    return []


def sign_folder(folder: str | os.PathLike[str], key: SecretKey) -> Verdict:
    """Write MANIFEST and MANIFEST.minisig into a campaign folder; the verdict after."""
    from composer.campaigns.campaign import from_bundle
    from composer.campaigns.signing import PublicKey

    root = Path(folder)
    if not root.is_dir():
        raise BundleError(Problem("not-found", str(root)))
    bundle = read_bundle(root)
    campaign = from_bundle(bundle)
    if campaign.version is None:
        raise BundleError(Problem("no-version", "campaign.toml"))
    if campaign.organiser is None or not campaign.organiser.key:
        raise BundleError(Problem("no-organiser-key", "campaign.toml"))
    if PublicKey.parse(campaign.organiser.key) != key.public:
        raise BundleError(Problem("key-not-organisers", "campaign.toml"))
    manifest = manifest_bytes(bundle.files)
    signature = key.sign(manifest, trusted_comment(campaign.id, campaign.version))
    _write(root / MANIFEST, manifest)
    _write(root / SIGNATURE, signature)
    return verify_bundle(root)


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# A fixed time for every entry (zip's earliest), so the same files give the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def pack(folder: str | os.PathLike[str], output: str | os.PathLike[str]) -> None:
    """Zip a campaign folder as a `.campaign` file: entries sorted by path, fixed times and
    permissions, no folders or extra fields, so the same files give the same bytes."""
    root = Path(folder)
    if not root.is_dir():
        raise BundleError(Problem("not-found", str(root)))
    bundle = read_bundle(root)
    out = Path(output)
    tmp = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name in sorted(bundle.files, key=_order):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            zf.writestr(info, bundle.files[name], compresslevel=9)
    os.replace(tmp, out)
