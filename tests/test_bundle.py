"""Reading bundles: folders, archives, and hostile archives that must fail clearly and fast."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from composer import bundle as bundle_mod
from composer.bundle import read_bundle
from composer.campaign import load_campaign
from composer.problems import BundleError

from .conftest import MINIMAL_FILES


def codes(exc: pytest.ExceptionInfo[BundleError]) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_folder_and_archive_hold_the_same_files(make_campaign, make_archive) -> None:
    folder = read_bundle(make_campaign())
    archive = read_bundle(make_archive())
    assert folder.kind == "folder" and archive.kind == "archive"
    assert folder.files == archive.files
    assert set(folder.files) == set(MINIMAL_FILES)


def test_zipped_folder_with_one_top_directory(make_archive) -> None:
    campaign = load_campaign(make_archive(prefix="test-campaign/"))
    assert campaign.id == "test-campaign"
    assert campaign.appeal_languages == ["en", "fr"]


def test_archive_leftovers_of_macos_are_ignored(make_archive) -> None:
    files = {**MINIMAL_FILES, "__MACOSX/._campaign.toml": b"\x00\x05junk", ".DS_Store": b"\x00"}
    assert load_campaign(make_archive(files)).id == "test-campaign"


def test_bom_and_crlf_are_tolerated(make_campaign) -> None:
    toml = "\ufeff" + MINIMAL_FILES["campaign.toml"].replace("\n", "\r\n")
    root = make_campaign({"campaign.toml": toml.encode("utf-8")})
    assert load_campaign(root).title["en"] == "A test campaign"


def test_missing_path() -> None:
    with pytest.raises(BundleError) as exc:
        read_bundle("/nonexistent/campaign")
    assert codes(exc) == ["not-found"]


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04truncated"])
def test_not_a_zip(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.campaign"
    path.write_bytes(content)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]
    assert "broken.campaign" in str(exc.value)


def test_truncated_archive(make_archive) -> None:
    path = make_archive()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "/etc/passwd",
        "appeal/../../evil.md",
        "C:/evil.md",
        "appeal\\en.md",
        "a/b/c/d/e/f.md",
    ],
)
def test_unsafe_member_names(make_archive, name: str) -> None:
    path = make_archive({**MINIMAL_FILES, name: "x"})
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert "unsafe-name" in codes(exc)


def test_too_many_members(make_archive) -> None:
    files = {f"extra/{i}.txt": "x" for i in range(bundle_mod.MAX_FILES + 1)}
    with pytest.raises(BundleError) as exc:
        read_bundle(make_archive(files))
    assert codes(exc) == ["too-many-files"]


def test_too_many_members_is_refused_before_reading_them(make_archive, monkeypatch) -> None:
    # A central directory of 20,000 entries must be refused without opening any member.
    files = {f"m{i}": "" for i in range(20_000)}
    path = make_archive(files, compression=zipfile.ZIP_STORED)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, *a, **k: opened.append("x") or real_open(self, *a, **k),
    )
    with pytest.raises(BundleError):
        read_bundle(path)
    assert opened == []


def test_zip_bomb_by_ratio(make_archive) -> None:
    # 1 MiB of zeros deflates to about 1 KiB: far beyond any text's ratio.
    files = {**MINIMAL_FILES, "appeal/de.md": b"\x00" * (1024 * 1024)}
    with pytest.raises(BundleError) as exc:
        read_bundle(make_archive(files))
    assert codes(exc) == ["ratio-too-high"]
    assert exc.value.problems[0].file == "appeal/de.md"


def test_member_larger_than_cap(make_archive, monkeypatch) -> None:
    monkeypatch.setattr(bundle_mod, "MAX_FILE_BYTES", 1000)
    files = {**MINIMAL_FILES, "appeal/de.md": os.urandom(1500).hex()}
    with pytest.raises(BundleError) as exc:
        read_bundle(make_archive(files))
    assert codes(exc) == ["file-too-large"]


def test_total_larger_than_cap(make_archive, monkeypatch) -> None:
    monkeypatch.setattr(bundle_mod, "MAX_TOTAL_BYTES", 2000)
    files = {**MINIMAL_FILES, **{f"appeal/x{i}.md": os.urandom(400).hex() for i in range(3)}}
    with pytest.raises(BundleError) as exc:
        read_bundle(make_archive(files))
    assert "bundle-too-large" in codes(exc)


def test_archive_file_larger_than_cap(make_archive, monkeypatch) -> None:
    monkeypatch.setattr(bundle_mod, "MAX_ARCHIVE_BYTES", 100)
    with pytest.raises(BundleError) as exc:
        read_bundle(make_archive())
    assert codes(exc) == ["file-too-large"]


def _patch_central_sizes(path: Path, member: str, file_size: int) -> None:
    """Make the central directory lie about a member's uncompressed size."""
    data = bytearray(path.read_bytes())
    sig = b"PK\x01\x02"
    pos = data.find(sig)
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        name = bytes(data[pos + 46 : pos + 46 + name_len]).decode()
        if name == member:
            struct.pack_into("<I", data, pos + 24, file_size)
        pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))


def test_member_that_lies_about_its_size(make_archive) -> None:
    text = "appeal text " * 2000
    path = make_archive({**MINIMAL_FILES, "appeal/de.md": text})
    _patch_central_sizes(path, "appeal/de.md", 10)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc)[0] in ("file-too-large", "bad-zip")


def test_symlink_member(make_archive) -> None:
    path = make_archive()
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo("appeal/de.md")
        info.external_attr = 0o120777 << 16  # a symbolic link
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["not-a-file"]


def test_encrypted_member(make_archive) -> None:
    path = make_archive()
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag bit on every central directory entry.
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        flags = struct.unpack_from("<H", data, pos + 8)[0]
        struct.pack_into("<H", data, pos + 8, flags | 1)
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert set(codes(exc)) == {"encrypted"}


def test_duplicate_member(make_archive, tmp_path: Path) -> None:
    path = tmp_path / "dup.campaign"
    with zipfile.ZipFile(path, "w") as zf:
        for rel, content in MINIMAL_FILES.items():
            zf.writestr(rel, content)
        with pytest.warns(UserWarning):
            zf.writestr("campaign.toml", "format = 1")
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["duplicate-member"]


def test_folder_symlink_is_refused(make_campaign) -> None:
    root = make_campaign()
    (root / "appeal" / "de.md").symlink_to("/etc/hostname")
    with pytest.raises(BundleError) as exc:
        read_bundle(root)
    assert codes(exc) == ["not-a-file"]
    assert exc.value.problems[0].file == "appeal/de.md"


def test_folder_file_too_large(make_campaign, monkeypatch) -> None:
    monkeypatch.setattr(bundle_mod, "MAX_FILE_BYTES", 50)
    with pytest.raises(BundleError) as exc:
        read_bundle(make_campaign())
    assert "file-too-large" in codes(exc)


def test_not_utf8(make_campaign) -> None:
    root = make_campaign({"appeal/fr.md": "Le texte de l'appel, été".encode("latin-1")})
    with pytest.raises(BundleError) as exc:
        load_campaign(root)
    assert codes(exc) == ["not-utf8"]
    assert exc.value.problems[0].file == "appeal/fr.md"


def test_corrupt_member_data_is_a_clear_error(make_archive) -> None:
    path = make_archive({**MINIMAL_FILES, "appeal/de.md": "Der Aufruf. " * 200})
    data = bytearray(path.read_bytes())
    # The deflate stream of appeal/de.md starts right after its local header and name.
    start = data.find(b"appeal/de.md") + len("appeal/de.md")
    data[start] = 0x07  # an invalid deflate block type
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]


def test_member_shorter_than_declared(make_archive) -> None:
    path = make_archive({**MINIMAL_FILES, "appeal/de.md": "kurz"}, compression=zipfile.ZIP_STORED)
    _patch_central_sizes(path, "appeal/de.md", 400)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]


def test_empty_path_is_not_the_current_folder() -> None:
    with pytest.raises(BundleError) as exc:
        read_bundle("")
    assert codes(exc) == ["not-found"]
