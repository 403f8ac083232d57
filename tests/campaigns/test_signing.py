# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed campaigns against the real `minisign` tool (Debian's 0.11), both ways."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from composer import cli
from composer.campaigns.manifest import MANIFEST, SIGNATURE, manifest_bytes, pack, verify_bundle
from composer.campaigns.signing import SecretKey
from composer.paths import builtin_campaigns_dir

MINISIGN = shutil.which("minisign")
pytestmark = pytest.mark.skipif(MINISIGN is None, reason="minisign is not installed")
BUILTIN = builtin_campaigns_dir() / "zhanartu-2012"
# The built-in campaign's id is reserved for it: copies made here take their own.
ID = "zhanartu-2012-signed"


def minisign(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    assert MINISIGN is not None
    return subprocess.run(
        [MINISIGN, *args], input=input, capture_output=True, text=True, timeout=120
    )


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    return code, capsys.readouterr().out


def make_campaign(dest: Path, key_line: str, version: int = 3) -> Path:
    shutil.copytree(BUILTIN, dest)
    toml = dest / "campaign.toml"
    text = toml.read_text("utf-8")
    text = text.replace('id = "zhanartu-2012"\n', f'id = "{ID}"\nversion = {version}\n', 1)
    text = text.replace(
        'name = "Lutte Socialiste"\n', f'name = "Lutte Socialiste"\nkey = "{key_line}"\n', 1
    )
    toml.write_text(text, "utf-8")
    return dest


@pytest.fixture(scope="module")
def minisign_keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """An unencrypted key pair made by `minisign -G -W`."""
    where = tmp_path_factory.mktemp("keys")
    pub, sec = where / "k.pub", where / "k.key"
    assert minisign("-G", "-W", "-p", str(pub), "-s", str(sec)).returncode == 0
    return pub, sec, pub.read_text().splitlines()[-1]


def minisign_sign(folder: Path, sec: Path, comment: str, *extra: str) -> None:
    """MANIFEST written by sha256sum, signed by minisign: no code of the app involved."""
    names = sorted(
        (str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()),
        key=lambda n: n.encode(),
    )
    names = [n for n in names if n not in (MANIFEST, SIGNATURE)]
    out = subprocess.run(
        ["sha256sum", "--", *names], cwd=folder, capture_output=True, check=True
    ).stdout
    (folder / MANIFEST).write_bytes(out)
    done = minisign("-S", *extra, "-s", str(sec), "-m", str(folder / MANIFEST), "-t", comment)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def signed_by_minisign(tmp_path: Path, minisign_keys: tuple[Path, Path, str]) -> Path:
    _, sec, line = minisign_keys
    folder = make_campaign(tmp_path / "c", line)
    minisign_sign(folder, sec, f"campaign={ID} version=3")
    return folder


def test_a_bundle_signed_by_minisign_verifies_in_the_app(
    signed_by_minisign: Path, minisign_keys: tuple[Path, Path, str], capsys
) -> None:
    verdict = verify_bundle(signed_by_minisign)
    assert verdict.status == "new-key", verdict.reason
    code, out = run_cli(capsys, "campaign", "verify", str(signed_by_minisign), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "new-key"
    assert data["key"] == minisign_keys[2]
    assert (data["id"], data["version"], data["campaign_status"]) == (ID, 3, "active")
    assert data["organiser"] == "Lutte Socialiste"
    assert isinstance(data["reason"], str)


def test_the_manifest_the_app_writes_is_the_one_sha256sum_writes(signed_by_minisign) -> None:
    from composer.campaigns.bundle import read_bundle

    written = (signed_by_minisign / MANIFEST).read_bytes()
    assert manifest_bytes(read_bundle(signed_by_minisign).files) == written


def test_a_bundle_the_app_signs_passes_minisign_and_sha256sum(tmp_path: Path, capsys) -> None:
    key = tmp_path / "org.key"
    code, out = run_cli(capsys, "campaign", "keygen", "-o", str(key))
    assert code == 0
    line = out.strip()
    assert line.startswith("RW") and (tmp_path / "org.key.pub").read_text().endswith(line + "\n")
    assert os.stat(key).st_mode & 0o077 == 0
    folder = make_campaign(tmp_path / "c", line)
    code, _ = run_cli(capsys, "campaign", "sign", str(folder), "--key", str(key))
    assert code == 0
    done = minisign("-V", "-p", str(key) + ".pub", "-m", str(folder / MANIFEST))
    assert done.returncode == 0, done.stderr
    assert f"campaign={ID} version=3" in done.stdout
    subprocess.run(["sha256sum", "-c", "--quiet", MANIFEST], cwd=folder, check=True)
    # minisign signs with the key the app made, and the app accepts it
    minisign_sign(folder, key, f"campaign={ID} version=3")
    assert verify_bundle(folder).status == "new-key"


def test_keygen_never_overwrites(tmp_path: Path, capsys) -> None:
    key = tmp_path / "k"
    key.write_text("precious")
    code, _ = run_cli(capsys, "campaign", "keygen", "-o", str(key))
    assert code == 1 and key.read_text() == "precious"


def test_a_password_protected_minisign_key_signs_with_password_stdin(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    import io

    pub, sec = tmp_path / "p.pub", tmp_path / "p.key"
    done = minisign("-G", "-p", str(pub), "-s", str(sec), input="s3cret pass\ns3cret pass\n")
    assert done.returncode == 0, done.stderr
    folder = make_campaign(tmp_path / "c", pub.read_text().splitlines()[-1])
    args = ("campaign", "sign", str(folder), "--key", str(sec), "--password-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    code, _ = run_cli(capsys, *args)
    assert code == 1
    assert "wrong password" in capsys.readouterr().err or not (folder / SIGNATURE).exists()
    assert not (folder / SIGNATURE).exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    code, _ = run_cli(capsys, *args)
    assert code == 0
    assert minisign("-V", "-p", str(pub), "-m", str(folder / MANIFEST)).returncode == 0
    # without the password: refused with the reason
    code, _ = run_cli(capsys, "campaign", "sign", str(folder), "--key", str(sec))
    assert code == 1


def test_an_encrypted_key_the_app_writes_is_read_back() -> None:
    key = SecretKey.generate()
    text = key.file_text("pw").encode()
    assert SecretKey.parse(text, "pw") == key
    with pytest.raises(Exception, match="wrong password"):
        SecretKey.parse(text, "not it")


def _codes(folder: Path) -> tuple[str, set[str]]:
    verdict = verify_bundle(folder)
    return verdict.status, {p.code for p in verdict.problems}


def test_an_address_changed_after_signing_is_invalid(signed_by_minisign: Path) -> None:
    toml = signed_by_minisign / "campaign.toml"
    text = toml.read_text("utf-8")
    first = text.index('email = "', text.index("[[recipients]]"))
    toml.write_text(text[:first] + 'email = "forger@example.org"' + text[text.index("\n", first) :])
    status, codes = _codes(signed_by_minisign)
    assert (status, codes) == ("invalid", {"manifest-changed-file"})


def test_an_extra_file_is_invalid(signed_by_minisign: Path) -> None:
    (signed_by_minisign / "extra.txt").write_text("added later")
    assert _codes(signed_by_minisign) == ("invalid", {"manifest-unlisted-file"})


def test_a_listed_file_missing_is_invalid(signed_by_minisign: Path) -> None:
    (signed_by_minisign / "appeal" / "de.md").unlink()
    assert _codes(signed_by_minisign) == ("invalid", {"manifest-missing-file"})


def test_files_the_reader_skips_are_not_part_of_the_bundle(signed_by_minisign: Path) -> None:
    (signed_by_minisign / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    assert _codes(signed_by_minisign) == ("new-key", set())


@pytest.mark.parametrize("path", ["../outside.txt", "appeal/../campaign.toml", "/etc/passwd"])
def test_an_unsafe_path_in_the_manifest_is_invalid(
    signed_by_minisign: Path, minisign_keys, path: str
) -> None:
    manifest = signed_by_minisign / MANIFEST
    line = f"{'0' * 64}  {path}\n".encode()
    manifest.write_bytes(line + manifest.read_bytes())
    done = minisign(
        "-S", "-s", str(minisign_keys[1]), "-m", str(manifest), "-t", f"campaign={ID} version=3"
    )
    assert done.returncode == 0
    status, codes = _codes(signed_by_minisign)
    assert status == "invalid" and "manifest-unsafe-path" in codes


def test_a_duplicate_or_unsorted_manifest_line_is_invalid(
    signed_by_minisign: Path, minisign_keys
) -> None:
    manifest = signed_by_minisign / MANIFEST
    lines = manifest.read_bytes().splitlines(keepends=True)
    manifest.write_bytes(b"".join([*lines, lines[0]]))
    comment = f"campaign={ID} version=3"
    minisign("-S", "-s", str(minisign_keys[1]), "-m", str(manifest), "-t", comment)
    assert _codes(signed_by_minisign) == ("invalid", {"manifest-duplicate"})
    manifest.write_bytes(b"".join(reversed(lines)))
    minisign("-S", "-s", str(minisign_keys[1]), "-m", str(manifest), "-t", comment)
    assert _codes(signed_by_minisign)[1] == {"manifest-unsorted"}


def test_a_trusted_comment_changed_is_invalid(signed_by_minisign: Path) -> None:
    sig = signed_by_minisign / SIGNATURE
    sig.write_text(sig.read_text().replace("version=3", "version=4"))
    assert _codes(signed_by_minisign) == ("invalid", {"trusted-comment-mismatch"})


def test_an_untrusted_comment_changed_is_still_valid(signed_by_minisign: Path) -> None:
    sig = signed_by_minisign / SIGNATURE
    lines = sig.read_text().splitlines(keepends=True)
    sig.write_text("untrusted comment: anything at all\n" + "".join(lines[1:]))
    assert _codes(signed_by_minisign) == ("new-key", set())


@pytest.mark.parametrize(
    "comment", [f"campaign={ID} version=2", "campaign=other version=3", "timestamp:1 file:M"]
)
def test_a_trusted_comment_that_disagrees_with_campaign_toml_is_invalid(
    tmp_path: Path, minisign_keys, comment: str
) -> None:
    folder = make_campaign(tmp_path / "c", minisign_keys[2])
    minisign_sign(folder, minisign_keys[1], comment)
    assert _codes(folder) == ("invalid", {"trusted-comment-disagrees"})


def test_minisigns_own_words_in_the_trusted_comment_are_allowed(
    tmp_path: Path, minisign_keys
) -> None:
    folder = make_campaign(tmp_path / "c", minisign_keys[2])
    minisign_sign(folder, minisign_keys[1], f"timestamp:1700000000\tcampaign={ID}\tversion=3")
    assert _codes(folder) == ("new-key", set())


def test_a_legacy_signature_is_refused(tmp_path: Path, minisign_keys) -> None:
    folder = make_campaign(tmp_path / "c", minisign_keys[2])
    minisign_sign(folder, minisign_keys[1], f"campaign={ID} version=3", "-l")
    assert _codes(folder) == ("invalid", {"legacy-signature"})


def test_another_key_is_refused(tmp_path: Path, minisign_keys) -> None:
    other = SecretKey.generate()
    folder = make_campaign(tmp_path / "c", other.public.line)
    minisign_sign(folder, minisign_keys[1], f"campaign={ID} version=3")
    assert _codes(folder) == ("invalid", {"signature-other-key"})


def test_half_a_signature_is_invalid(signed_by_minisign: Path) -> None:
    (signed_by_minisign / SIGNATURE).unlink()
    assert _codes(signed_by_minisign) == ("invalid", {"manifest-without-signature"})


def test_an_unsigned_campaign_says_so(tmp_path: Path, capsys) -> None:
    copy = shutil.copytree(BUILTIN, tmp_path / "copy")
    text = (copy / "campaign.toml").read_text("utf-8")
    (copy / "campaign.toml").write_text(text.replace("zhanartu-2012", ID, 1), "utf-8")
    code, out = run_cli(capsys, "campaign", "verify", str(copy), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["status"] == "unsigned" and data["id"] == ID and data["key"] is None
    assert data["builtin"] is False


def test_the_builtin_campaign_is_trusted_as_the_app_is(capsys) -> None:
    """Not signed (exit 1: no valid signature), but marked as part of the installed app."""
    code, out = run_cli(capsys, "campaign", "verify", str(BUILTIN), "--json")
    data = json.loads(out)
    assert (code, data["status"], data["builtin"]) == (1, "unsigned", True)
    assert "installed app" in data["reason"]


def test_a_duplicate_zip_entry_is_invalid(signed_by_minisign: Path, tmp_path: Path) -> None:
    out = tmp_path / "dup.campaign"
    with pytest.warns(UserWarning), zipfile.ZipFile(out, "w") as zf:
        for p in sorted(signed_by_minisign.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(signed_by_minisign).as_posix())
        zf.writestr("campaign.toml", "format = 1\n")
    assert verify_bundle(out).status == "invalid"


def test_the_folder_and_its_zips_give_the_same_verdict(
    signed_by_minisign: Path, tmp_path: Path
) -> None:
    packed = tmp_path / "a.campaign"
    pack(signed_by_minisign, packed)
    # another tool, another layout: a top folder, the files' own times, stored
    other = Path(shutil.make_archive(str(tmp_path / "b"), "zip", signed_by_minisign.parent, "c"))
    for path in (signed_by_minisign, packed, other):
        assert _codes(path) == ("new-key", set()), path
    (signed_by_minisign / "appeal" / "en.md").write_text("changed", "utf-8")
    pack(signed_by_minisign, packed)
    assert _codes(signed_by_minisign) == _codes(packed) == ("invalid", {"manifest-changed-file"})


def test_pack_gives_the_same_bytes_whatever_the_times(
    signed_by_minisign: Path, tmp_path: Path, capsys
) -> None:
    first, second = tmp_path / "1.campaign", tmp_path / "2.campaign"
    assert run_cli(capsys, "campaign", "pack", str(signed_by_minisign), "-o", str(first))[0] == 0
    for p in signed_by_minisign.rglob("*"):
        os.utime(p, (1_000_000_000, 1_000_000_000))
    assert run_cli(capsys, "campaign", "pack", str(signed_by_minisign), "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('status = "paused"', "bad-campaign-status"),
        ("version = 0", "wrong-type"),
        ('version = "3"', "wrong-type"),
    ],
)
def test_campaign_toml_new_keys_are_checked(tmp_path: Path, line: str, code: str) -> None:
    from composer.campaigns.campaign import validate

    folder = tmp_path / "c"
    shutil.copytree(BUILTIN, folder)
    toml = folder / "campaign.toml"
    old = 'id = "zhanartu-2012"\n'
    toml.write_text(toml.read_text("utf-8").replace(old, f"{old}{line}\n"))
    assert [p.code for p in validate(folder)] == [code]


def test_a_bad_organiser_key_and_a_closed_campaign(tmp_path: Path) -> None:
    from composer.campaigns.campaign import load_campaign, validate

    folder = make_campaign(tmp_path / "c", "RWnotakey")
    assert [p.code for p in validate(folder)] == ["bad-organiser-key"]
    toml = folder / "campaign.toml"
    text = toml.read_text("utf-8").replace("RWnotakey", SecretKey.generate().public.line)
    text = text.replace("version = 3\n", 'version = 3\nstatus = "closed"\n')
    toml.write_text(text + '\n[closed_note]\nen = "Released on 1 May."\n', "utf-8")
    campaign = load_campaign(folder)
    assert campaign.campaign_status == "closed"
    assert campaign.closed_note == {"en": "Released on 1 May."}
