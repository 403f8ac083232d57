# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 14's "done when" cases, each both ways with the real `minisign`: the key made and
the campaign signed by the stock tools (minisign, sha256sum) and checked by the app, or
made and signed by the app and checked by the stock tools too. The campaigns are
skeletons from `campaign new`; pins live in each test's own home (conftest)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from composer import cli
from composer.campaigns.campaign import load_campaign
from composer.campaigns.manifest import MANIFEST, SIGNATURE, pack, trusted_comment, verify_bundle
from composer.campaigns.signing import SecretKey
from composer.campaigns.skeleton import new_campaign

from .test_campaign_new import add_key
from .test_signing import minisign, minisign_sign

pytestmark = pytest.mark.skipif(shutil.which("minisign") is None, reason="needs minisign")
ID = "ana-lima"
WAYS = ("minisign", "app")


@dataclass(frozen=True)
class Organiser:
    way: str  # who made the key and signs: the stock tools, or the app
    secret: Path
    public: Path

    @property
    def line(self) -> str:
        return self.public.read_text().splitlines()[-1]


def make_organiser(where: Path, way: str) -> Organiser:
    where.mkdir(parents=True)
    secret = where / "organiser.key"
    if way == "minisign":
        public = where / "organiser.pub"
        done = minisign("-G", "-W", "-p", str(public), "-s", str(secret))
        assert done.returncode == 0, done.stderr
    else:
        assert cli.main(["campaign", "keygen", "-o", str(secret)]) == 0
        public = where / "organiser.key.pub"
    return Organiser(way, secret, public)


@pytest.fixture(params=WAYS)
def org(request: pytest.FixtureRequest, tmp_path: Path) -> Organiser:
    return make_organiser(tmp_path / "keys", request.param)


def write(folder: Path, org: Organiser, version: int = 1, closed: bool = False) -> Path:
    """A skeleton with the organiser's key, at this version; closed as the guide says."""
    new_campaign(folder, ID)
    add_key(folder, org.line)
    toml = folder / "campaign.toml"
    text = toml.read_text("utf-8").replace("\nversion = 1 ", f"\nversion = {version} ", 1)
    if closed:
        text = text.replace('status = "active"', 'status = "closed"', 1)
        text = text.replace("# [closed_note]\n# en = ", "[closed_note]\nen = ", 1)
    toml.write_text(text, "utf-8")
    return folder


def sign(folder: Path, org: Organiser) -> Path:
    """Signed by the stock tools alone (sha256sum, minisign -S), or by `campaign sign`."""
    version = load_campaign(folder).version
    assert version is not None
    if org.way == "minisign":
        minisign_sign(folder, org.secret, trusted_comment(ID, version))
    else:
        assert cli.main(["campaign", "sign", str(folder), "--key", str(org.secret)]) == 0
    return folder


def signed(folder: Path, org: Organiser, version: int = 1, closed: bool = False) -> Path:
    return sign(write(folder, org, version, closed), org)


def resign_manifest(folder: Path, org: Organiser) -> None:
    """A MANIFEST changed by hand, signed again by the organiser's own tool."""
    comment = trusted_comment(ID, load_campaign(folder).version or 0)
    if org.way == "minisign":
        done = minisign("-S", "-s", str(org.secret), "-m", str(folder / MANIFEST), "-t", comment)
        assert done.returncode == 0, done.stderr
    else:
        key = SecretKey.parse(org.secret.read_bytes())
        (folder / SIGNATURE).write_bytes(key.sign((folder / MANIFEST).read_bytes(), comment))


def stock_signature(folder: Path, org: Organiser, prehashed_only: bool = True) -> bool:
    """`minisign -V -H` on the folder's MANIFEST with the organiser's public key (without
    -H when prehashed_only is False: the old kind of signature accepted too)."""
    flags = ["-H"] if prehashed_only else []
    done = minisign("-V", *flags, "-p", str(org.public), "-m", str(folder / MANIFEST))
    return done.returncode == 0


def stock_files(folder: Path) -> bool:
    done = subprocess.run(
        ["sha256sum", "-c", "--quiet", MANIFEST], cwd=folder, capture_output=True, check=False
    )
    return done.returncode == 0


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def verify(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, object]]:
    code, out, _ = run(capsys, "campaign", "verify", str(path), "--json")
    return code, json.loads(out)


def refused_by_render(capsys: pytest.CaptureFixture[str], path: Path, why: str) -> bool:
    """`render` refuses the campaign: exit 1, nothing written, one line saying why."""
    code, out, err = run(capsys, "render", "--campaign", str(path), "--set", "name=Test Person")
    return code == 1 and out == "" and why in err and len(err.splitlines()) == 1


def assert_invalid(capsys: pytest.CaptureFixture[str], path: Path, *problems: str) -> None:
    """`verify` says invalid (exit 1) for these problems, and `render` refuses it."""
    code, data = verify(capsys, path)
    assert (code, data["status"]) == (1, "invalid")
    assert {p.code for p in verify_bundle(path).problems} == set(problems)
    why = "appears twice in the archive" if "duplicate-member" in problems else ": invalid: "
    assert refused_by_render(capsys, path, why)


def test_valid_new_key_then_trusted(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    assert stock_signature(folder, org) and stock_files(folder)
    code, data = verify(capsys, folder)
    assert (code, data["status"], data["key"], data["version"]) == (0, "new-key", org.line, 1)
    code, out, _ = run(capsys, "campaign", "trust", str(folder), "--key", org.line)
    assert code == 0 and "trusted" in out
    code, data = verify(capsys, folder)
    assert (code, data["status"], data["pinned_key"], data["pinned_version"]) == (
        0,
        "trusted",
        org.line,
        1,
    )
    code, out, err = run(capsys, "render", "--campaign", str(folder), "--set", "name=Test Person")
    assert code == 0 and "Test Person" in out and err == ""


def test_an_address_changed_after_signing(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    toml = folder / "campaign.toml"
    text = toml.read_text("utf-8")
    assert 'email = "minister@example.org"' in text
    toml.write_text(text.replace("minister@example.org", "forger@example.net"), "utf-8")
    assert stock_signature(folder, org) and not stock_files(folder)
    assert_invalid(capsys, folder, "manifest-changed-file")


def test_an_extra_file(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    # a translation added on the way, saying something else
    (folder / "appeal" / "fr.md").write_text("# Autre chose\n\nÉcrivez à quelqu'un d'autre.\n")
    # sha256sum -c sees nothing wrong: it checks only the files listed
    assert stock_signature(folder, org) and stock_files(folder)
    assert_invalid(capsys, folder, "manifest-unlisted-file")


def test_a_duplicate_zip_entry(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    packed = tmp_path / "c.campaign"
    if org.way == "minisign":
        names = ["campaign.toml", "appeal", "letters", MANIFEST, SIGNATURE]
        subprocess.run(["zip", "-q", "-r", "-X", packed, *names], cwd=folder, check=True)
    else:
        pack(folder, packed)
    assert verify(capsys, packed)[1]["status"] == "new-key"
    forged = (folder / "campaign.toml").read_text("utf-8").replace("minister@", "forger@")
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(packed, "a") as zf:
        zf.writestr("campaign.toml", forged)
    assert_invalid(capsys, packed, "duplicate-member")


def test_a_path_out_of_the_folder(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    outside = tmp_path / "outside.txt"
    outside.write_text("not part of the campaign")
    digest = hashlib.sha256(outside.read_bytes()).hexdigest()
    manifest = folder / MANIFEST
    manifest.write_bytes(f"{digest}  ../outside.txt\n".encode() + manifest.read_bytes())
    resign_manifest(folder, org)
    # the stock tools are content: a good signature, and sha256sum reads ../outside.txt
    assert stock_signature(folder, org) and stock_files(folder)
    assert_invalid(capsys, folder, "manifest-unsafe-path")


def test_the_trusted_comment_changed(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    sig = folder / SIGNATURE
    text = sig.read_text()
    assert f"trusted comment: campaign={ID} version=1\n" in text
    sig.write_text(text.replace("version=1", "version=2"))
    assert not stock_signature(folder, org, prehashed_only=False)
    assert_invalid(capsys, folder, "trusted-comment-mismatch")


def test_the_untrusted_comment_changed_is_still_valid(
    tmp_path: Path, org: Organiser, capsys
) -> None:
    folder = signed(tmp_path / "c", org)
    sig = folder / SIGNATURE
    lines = sig.read_text().splitlines(keepends=True)
    sig.write_text(
        "untrusted comment: changed on the way, and that is allowed\n" + "".join(lines[1:])
    )
    assert stock_signature(folder, org) and stock_files(folder)
    code, data = verify(capsys, folder)
    assert (code, data["status"]) == (0, "new-key")


def test_a_legacy_signature(tmp_path: Path, org: Organiser, capsys) -> None:
    folder = signed(tmp_path / "c", org)
    # minisign -l: the old kind, over the file itself rather than its hash
    comment = trusted_comment(ID, 1)
    done = minisign("-S", "-l", "-s", str(org.secret), "-m", str(folder / MANIFEST), "-t", comment)
    assert done.returncode == 0, done.stderr
    # plain `minisign -V` still accepts it; -H (as the guide says) refuses it, as the app does
    assert stock_signature(folder, org, prehashed_only=False)
    assert not stock_signature(folder, org)
    assert_invalid(capsys, folder, "legacy-signature")


def test_the_signature_removed_from_a_pinned_campaign(
    tmp_path: Path, org: Organiser, capsys
) -> None:
    folder = signed(tmp_path / "c", org)
    assert run(capsys, "campaign", "trust", str(folder))[0] == 0
    (folder / SIGNATURE).unlink()
    assert not stock_signature(folder, org)
    assert_invalid(capsys, folder, "manifest-without-signature")
    (folder / MANIFEST).unlink()  # no trace of a signature at all
    code, data = verify(capsys, folder)
    assert (code, data["status"], data["pinned_key"]) == (1, "key-changed", org.line)
    assert "not signed" in str(data["reason"])
    assert refused_by_render(capsys, folder, ": key-changed: ")
    assert run(capsys, "campaign", "trust", str(folder))[0] == 1


def test_the_same_id_signed_by_another_key(tmp_path: Path, org: Organiser, capsys) -> None:
    pinned = signed(tmp_path / "pinned", org)
    assert run(capsys, "campaign", "trust", str(pinned))[0] == 0
    # the other key made by the other tool
    other = make_organiser(tmp_path / "other", WAYS[1 - WAYS.index(org.way)])
    forged = signed(tmp_path / "forged", other, version=2)
    assert stock_signature(forged, other) and stock_files(forged)
    assert not stock_signature(forged, org)  # not by the key the supporter pinned
    code, data = verify(capsys, forged)
    assert (code, data["status"], data["key"], data["pinned_key"]) == (
        1,
        "key-changed",
        other.line,
        org.line,
    )
    assert refused_by_render(capsys, forged, ": key-changed: ")
    code, _, err = run(capsys, "campaign", "trust", str(forged))
    assert code == 1 and "key-changed" in err
    assert verify(capsys, pinned)[1]["status"] == "trusted"


def test_a_rollback(tmp_path: Path, org: Organiser, capsys) -> None:
    older = signed(tmp_path / "v1", org, version=1)
    newer = signed(tmp_path / "v2", org, version=2)
    assert run(capsys, "campaign", "trust", str(newer))[0] == 0
    # both are good signatures for the stock tools: only the pins know which came last
    assert stock_signature(older, org) and stock_files(older)
    code, data = verify(capsys, older)
    assert (code, data["status"], data["version"], data["pinned_version"]) == (
        1,
        "rollback",
        1,
        2,
    )
    assert refused_by_render(capsys, older, ": rollback: ")
    assert run(capsys, "campaign", "trust", str(older))[0] == 1


def test_a_closed_update_is_trusted_and_send_refuses_it_first(
    tmp_path: Path, org: Organiser, capsys
) -> None:
    first = signed(tmp_path / "v1", org, version=1)
    assert run(capsys, "campaign", "trust", str(first))[0] == 0
    closed = signed(tmp_path / "v2", org, version=2, closed=True)
    assert stock_signature(closed, org) and stock_files(closed)
    code, data = verify(capsys, closed)
    assert (code, data["status"], data["campaign_status"], data["pinned_version"]) == (
        0,
        "trusted",
        "closed",
        2,
    )
    assert "update" in str(data["reason"])
    # no account is set up: the refusal comes before the account is looked for
    code, out, err = run(capsys, "send", "--campaign", str(closed), "--set", "name=Ana", "--yes")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{cli.PROG}: campaign {ID} is closed; it asks for no more letters: "
        "Ana Lima was released on 1 May. Thank you for your letters."
    ]
