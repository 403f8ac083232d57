# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading bundles: folders, archives, and hostile archives that must fail clearly and fast."""

from __future__ import annotations

import os
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from composer.campaigns import bundle as bundle_mod
from composer.campaigns.bundle import read_bundle
from composer.campaigns.campaign import load_campaign
from composer.problems import BundleError

from ..conftest import MINIMAL_FILES


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


NFC_E, NFD_E = "\u00e9", "e\u0301"  # é as one code point, and as e + combining accent


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("campaign.toml", "Campaign.toml"),
        ("appeal/en.md", "APPEAL/en.md"),
        ("letters/en.txt.j2", "letters/EN.txt.j2"),
        (f"appeal/{NFC_E}.md", f"appeal/{NFD_E}.md"),
        (f"appeal/{NFD_E}.md", f"appeal/{NFC_E.upper()}.md"),
        ("appeal/stra\u00dfe.md", "appeal/STRASSE.md"),  # casefold: ß is ss
    ],
)
def test_archive_names_differing_only_in_case_or_accent_encoding(
    make_archive, first: str, second: str
) -> None:
    path = make_archive({**MINIMAL_FILES, first: "one", second: "two"})
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["duplicate-member"]
    assert exc.value.problems[0].file == second
    assert second in str(exc.value)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Campaign.toml", "campaign.toml"),
        ("appeal/Fr.md", "appeal/fr.md"),
        (f"appeal/{NFD_E}.md", f"appeal/{NFC_E}.md"),
    ],
)
def test_folder_names_differing_only_in_case_or_accent_encoding(
    make_campaign, first: str, second: str
) -> None:
    root = make_campaign({first: "one", second: "two"})
    if not {Path(first).name, Path(second).name} <= set(os.listdir((root / first).parent)):
        pytest.skip("this file system already takes the two names for one")
    with pytest.raises(BundleError) as exc:
        read_bundle(root)
    assert codes(exc) == ["duplicate-name"]
    problem = exc.value.problems[0]
    # Sorted by code point, the capital or decomposed name comes first and stays.
    assert (problem.file, problem.args["other"]) == (second, first)


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


# --- The end of central directory records, checked before zipfile reads the directory ---

EOCD = struct.Struct("<4s4H2LH")
LOCATOR = struct.Struct("<4sLQL")
EOCD64 = struct.Struct("<4sQ2H2L4Q")
LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
CENTRAL_ENTRY = struct.Struct("<4s4B4HL2L5H2L")


def end_records(
    count: int,
    cd_size: int,
    cd_offset: int,
    *,
    zip64: bool = False,
    narrow_count: int = 0xFFFF,
    record_at: int | None = None,
    comment: bytes = b"",
) -> bytes:
    """The records that close a zip: the classic one, after a ZIP64 record and locator
    (placed right after the directory unless record_at says where it is)."""
    if not zip64:
        return EOCD.pack(b"PK\x05\x06", 0, 0, count, count, cd_size, cd_offset, len(comment)) + (
            comment
        )
    record = EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size, cd_offset)
    at = cd_offset + cd_size if record_at is None else record_at
    locator = LOCATOR.pack(b"PK\x06\x07", 0, at, 1)
    narrow = EOCD.pack(
        b"PK\x05\x06", 0, 0, narrow_count, narrow_count, 0xFFFFFFFF, 0xFFFFFFFF, len(comment)
    )
    return record + locator + narrow + comment


def rewrite_end(path: Path, **changes: Any) -> None:
    """Replace a zip's end record (written by zipfile, no comment) by one with changes."""
    data = path.read_bytes()
    _, _, _, _, count, cd_size, cd_offset, _ = EOCD.unpack(data[-EOCD.size :])
    end = cd_offset + cd_size
    args = {"count": count, "cd_size": cd_size, "cd_offset": cd_offset, "record_at": end}
    path.write_bytes(data[:end] + end_records(**{**args, **changes}))


def many_entries_zip(path: Path, count: int) -> Path:
    """A ZIP64 archive of `count` empty stored entries, written in well under a second.

    Every entry points at one shared local header (as overlapping-file zip bombs do), so
    200,000 entries fit in 10 MiB: under MAX_ARCHIVE_BYTES, it is the directory that counts.
    """
    local = LOCAL_HEADER.pack(b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0) + b"000000"
    header = CENTRAL_ENTRY.pack(
        b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0o100644 << 16, 0
    )
    directory = b"".join(header + b"%06d" % i for i in range(count))
    path.write_bytes(local + directory + end_records(count, len(directory), len(local), zip64=True))
    return path


def test_the_many_entries_builder_makes_a_zip_that_zipfile_reads(tmp_path: Path) -> None:
    with zipfile.ZipFile(many_entries_zip(tmp_path / "small.zip", 300)) as zf:
        assert len(zf.infolist()) == 300
        assert zf.read("000000") == b""


def test_200000_entries_are_refused_from_the_end_record_alone(tmp_path: Path, monkeypatch) -> None:
    path = many_entries_zip(tmp_path / "huge.campaign", 200_000)
    assert path.stat().st_size < bundle_mod.MAX_ARCHIVE_BYTES

    def no_zipfile(*args: object, **kwargs: object) -> None:
        raise AssertionError("the central directory was parsed")

    monkeypatch.setattr(zipfile, "ZipFile", no_zipfile)
    started = time.perf_counter()
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    elapsed = time.perf_counter() - started
    assert codes(exc) == ["too-many-files"]
    assert elapsed < 0.25, f"took {elapsed:.3f} s"

    tracemalloc.start()
    try:
        with pytest.raises(BundleError):
            read_bundle(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The tail of the file (64 KiB and a little) is all that is read.
    assert peak < 1024 * 1024, f"peak {peak} bytes"


def test_zip64_claiming_a_huge_entry_count(make_archive) -> None:
    path = make_archive()
    rewrite_end(path, zip64=True, count=2**62)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["too-many-files"]


def test_honest_zip64_end_records_are_read(make_archive) -> None:
    path = make_archive()
    rewrite_end(path, zip64=True)
    assert set(read_bundle(path).files) == set(MINIMAL_FILES)


def test_zip64_record_disagreeing_with_the_classic_one(make_archive) -> None:
    path = make_archive()
    rewrite_end(path, zip64=True, narrow_count=3)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]


@pytest.mark.parametrize(
    "change",
    [
        {"cd_offset": 0xFFFF_FF00},
        {"cd_size": 0xFFFF_FF00},
        {"cd_offset": 1},
        {"zip64": True, "cd_offset": 2**60},
        {"zip64": True, "cd_size": 2**60},
    ],
)
def test_end_record_pointing_outside_the_file(make_archive, change: dict[str, int]) -> None:
    path = make_archive()
    rewrite_end(path, **change)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]
    assert "not where the end record says" in str(exc.value)


@pytest.mark.parametrize("record_at", [0, 2**60])
def test_zip64_locator_pointing_elsewhere(make_archive, record_at: int) -> None:
    path = make_archive()
    rewrite_end(path, zip64=True, record_at=record_at)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]


@pytest.mark.parametrize("extra", [0, bundle_mod.MAX_FILES + 10])
def test_end_record_that_lies_about_the_count(make_archive, extra: int) -> None:
    # zipfile ignores the count; a small one must not smuggle a large directory through.
    files = {**MINIMAL_FILES, **{f"extra/{i}.txt": "x" for i in range(extra)}}
    path = make_archive(files)
    rewrite_end(path, count=2)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]
    assert "says 2" in str(exc.value)


def test_central_directory_larger_than_cap(tmp_path: Path) -> None:
    # A few entries whose comments swell the directory that zipfile would read and parse.
    path = tmp_path / "swollen.campaign"
    files = {**MINIMAL_FILES, "appeal/de.md": "Der Aufruf.", "appeal/nl.md": "De oproep."}
    with zipfile.ZipFile(path, "w") as zf:
        for rel, content in files.items():
            info = zipfile.ZipInfo(rel)
            info.comment = b"c" * 60_000
            zf.writestr(info, content)
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["zip-directory-too-large"]


def test_archive_comment_is_fine_but_trailing_bytes_are_not(make_archive) -> None:
    path = make_archive()
    with zipfile.ZipFile(path, "a") as zf:
        zf.comment = b"made by hand"
    assert set(read_bundle(path).files) == set(MINIMAL_FILES)
    path.write_bytes(path.read_bytes() + b"junk")
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]


def test_spanned_archive_is_refused(make_archive) -> None:
    path = make_archive()
    data = bytearray(path.read_bytes())
    struct.pack_into("<H", data, len(data) - EOCD.size + 4, 1)  # "this is disk 1"
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError) as exc:
        read_bundle(path)
    assert codes(exc) == ["bad-zip"]
