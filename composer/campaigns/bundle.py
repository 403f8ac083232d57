# SPDX-License-Identifier: GPL-3.0-or-later
"""Read a campaign folder or `.campaign` zip into memory, safely, without extracting."""

from __future__ import annotations

import os
import stat
import struct
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from composer.problems import BundleError, Problem

# Caps: a campaign is a handful of small text files. These leave room for dozens of
# languages while keeping a hostile archive from eating memory or time.
MAX_ARCHIVE_BYTES = 16 * 1024 * 1024
MAX_FILES = 256
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 16 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 64 * 1024  # tiny members may compress well legitimately
MAX_DEPTH = 4
# The central directory is read whole and parsed entry by entry, so its size is capped too.
# An entry is 46 fixed bytes plus its name and extra fields (times, owner, ZIP64 sizes, a
# Unicode copy of the name): real archivers stay well under 1 KiB, while a name, an extra
# field and a comment may each claim 64 KiB.
MAX_DIRECTORY_BYTES = MAX_FILES * 1024

ARCHIVE_SUFFIX = ".campaign"
# Leftovers that archivers on macOS and Windows add; never part of a campaign.
IGNORED_PARTS = {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini", ".git"}


@dataclass
class Bundle:
    """The files of one campaign, keyed by their POSIX path inside the bundle."""

    source: Path
    kind: str  # "folder" or "archive"
    files: dict[str, bytes] = field(default_factory=dict)

    def text(self, name: str) -> str:
        """Decode a member as UTF-8 (a BOM is tolerated); BundleError otherwise."""
        data = self.files[name]
        try:
            return data.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError as exc:
            raise BundleError(Problem("not-utf8", name, None, {"offset": exc.start})) from None


def read_bundle(path: str | os.PathLike[str]) -> Bundle:
    """Read a campaign folder or archive; raise BundleError with every problem found."""
    if not str(path).strip():
        raise BundleError(Problem("not-found", "(empty path)"))
    p = Path(path)
    if p.is_dir():
        return _read_folder(p)
    if p.is_file():
        return _read_archive(p)
    raise BundleError(Problem("not-found", str(p)))


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(part in IGNORED_PARTS or part.startswith("._") for part in parts)


def _folded(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The path as file systems may compare it: without letter case (Windows, macOS) or the
    way an accent is encoded, one code point or a letter and a combining mark (macOS)."""
    return tuple(
        unicodedata.normalize("NFC", unicodedata.normalize("NFC", part).casefold())
        for part in parts
    )


def _read_folder(root: Path) -> Bundle:
    bundle = Bundle(root.resolve(), "folder")
    problems: list[Problem] = []
    # A case-sensitive file system can hold campaign.toml and Campaign.toml side by side;
    # which one counts would then depend on the computer, so such a folder is refused.
    seen: dict[tuple[str, ...], str] = {}
    total = 0
    # Walk without following links: a link could lead out of the bundle.
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            raise BundleError(
                Problem("unreadable", str(folder), None, {"detail": exc.strerror})
            ) from None
        for entry in entries:
            parts = (*prefix, entry.name)
            name = "/".join(parts)
            if _ignored(parts):
                continue
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(st.st_mode):
                if len(parts) >= MAX_DEPTH:
                    problems.append(Problem("unsafe-name", name, None, {"name": name}))
                else:
                    stack.append((Path(entry.path), parts))
                continue
            if not stat.S_ISREG(st.st_mode):
                problems.append(Problem("not-a-file", name))
                continue
            key = _folded(parts)
            if key in seen:
                problems.append(Problem("duplicate-name", name, None, {"other": seen[key]}))
                continue
            seen[key] = name
            if len(bundle.files) >= MAX_FILES:
                raise BundleError(Problem("too-many-files", str(root), None, {"limit": MAX_FILES}))
            if st.st_size > MAX_FILE_BYTES:
                problems.append(Problem("file-too-large", name, None, {"limit": MAX_FILE_BYTES}))
                continue
            total += st.st_size
            if total > MAX_TOTAL_BYTES:
                raise BundleError(
                    Problem("bundle-too-large", str(root), None, {"limit": MAX_TOTAL_BYTES})
                )
            try:
                with open(entry.path, "rb") as fh:
                    data = fh.read(MAX_FILE_BYTES + 1)
            except OSError as exc:
                problems.append(Problem("unreadable", name, None, {"detail": exc.strerror}))
                continue
            if len(data) > MAX_FILE_BYTES:
                problems.append(Problem("file-too-large", name, None, {"limit": MAX_FILE_BYTES}))
                continue
            bundle.files[name] = data
    if problems:
        raise BundleError(problems)
    return bundle


def _safe_member_name(raw: str) -> tuple[str, ...] | None:
    """The member's path parts, or None when the name could escape or confuse."""
    if not raw or "\\" in raw or "\x00" in raw or raw.startswith("/"):
        return None
    parts = tuple(p for p in PurePosixPath(raw).parts if p not in ("", "."))
    if not parts or any(p == ".." or ":" in p for p in parts) or len(parts) > MAX_DEPTH:
        return None
    return parts


def _read_archive(path: Path) -> Bundle:
    where = path.name
    # One open file for the check and the reading: what was checked is what is read.
    try:
        with open(path, "rb") as fh:
            return _read_open_archive(fh, path, where)
    except OSError as exc:
        raise BundleError(Problem("unreadable", where, None, {"detail": exc.strerror})) from None


def _read_open_archive(fh: BinaryIO, path: Path, where: str) -> Bundle:
    size = os.fstat(fh.fileno()).st_size
    if size > MAX_ARCHIVE_BYTES:
        raise BundleError(Problem("file-too-large", where, None, {"limit": MAX_ARCHIVE_BYTES}))
    declared = _check_end_record(fh, size, where)
    try:
        zf = zipfile.ZipFile(fh)
    except OSError:
        raise  # unreadable, as the caller says
    except Exception as exc:  # noqa: BLE001 - a damaged archive fails in many ways
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise BundleError(Problem("bad-zip", where, None, {"detail": detail})) from None
    with zf:
        return _read_members(zf, path, where, declared)


def _read_members(zf: zipfile.ZipFile, path: Path, where: str, declared: int) -> Bundle:
    infos = zf.infolist()
    # zipfile reads entries until the directory's bytes run out and ignores the count:
    # a count that disagrees is a lie meant to slip past the check of the end record.
    if len(infos) != declared:
        detail = f"it holds {len(infos)} entries but says {declared}"
        raise BundleError(Problem("bad-zip", where, None, {"detail": detail}))
    members, problems = _check_members(infos, where)
    if problems:
        raise BundleError(problems)
    prefix = _common_root(list(members))
    bundle = Bundle(path.resolve(), "archive")
    total = 0
    for parts, info in members.items():
        name = "/".join(parts[prefix:])
        try:
            data = _bounded_read(zf, info)
        except _TooLargeError:
            raise BundleError(
                Problem("file-too-large", name, None, {"limit": MAX_FILE_BYTES})
            ) from None
        except Exception as exc:  # noqa: BLE001 - zlib, lzma, bz2 each fail their own way
            detail = f"{name}: {type(exc).__name__}: {exc}"[:200]
            raise BundleError(Problem("bad-zip", where, None, {"detail": detail})) from None
        if len(data) != info.file_size:
            detail = f"{name} is not the size the archive says"
            raise BundleError(Problem("bad-zip", where, None, {"detail": detail}))
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise BundleError(Problem("bundle-too-large", where, None, {"limit": MAX_TOTAL_BYTES}))
        bundle.files[name] = data
    return bundle


# The records at the end of a zip (APPNOTE 4.3.14-4.3.16), as zipfile reads them.
_EOCD = struct.Struct("<4s4H2LH")  # signature, disk, directory's disk, entries here, entries,
# directory size, directory offset, comment length
_EOCD_SIG = b"PK\x05\x06"
_LOCATOR = struct.Struct("<4sLQL")  # signature, ZIP64 record's disk, its offset, disks
_LOCATOR_SIG = b"PK\x06\x07"
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # signature, record size - 12, versions, disk,
# directory's disk, entries here, entries, directory size, directory offset
_EOCD64_SIG = b"PK\x06\x06"


def _check_end_record(fh: BinaryIO, size: int, where: str) -> int:
    """The entry count the end records declare, once they are consistent and within the caps.

    Reads only the file's tail: zipfile.ZipFile parses the whole central directory before
    anyone can count it, about a second and 100 MiB for 200,000 entries.
    """

    def bad(detail: str) -> BundleError:
        return BundleError(Problem("bad-zip", where, None, {"detail": detail}))

    # The same search as zipfile's: a comment-less record at the very end, else the last
    # signature in the last 64 KiB; plus room for the ZIP64 locator just before it.
    window = _EOCD.size + (1 << 16)
    base = max(size - window - _LOCATOR.size, 0)
    fh.seek(base)
    tail = fh.read(size - base)
    if len(tail) != size - base:
        raise bad("the file ended early while it was read")
    if len(tail) >= _EOCD.size and tail[-_EOCD.size :][:4] == _EOCD_SIG and tail[-2:] == b"\0\0":
        start = size - _EOCD.size
    else:
        found = tail[-window:].rfind(_EOCD_SIG)
        if found < 0:
            raise bad("no end of central directory record")
        start = max(size - window, 0) + found
    if start + _EOCD.size > size:
        raise bad("the end of central directory record is cut short")
    _, disk, cd_disk, here, count, cd_size, cd_offset, comment = _EOCD.unpack_from(
        tail, start - base
    )
    # Only the comment may follow the record: anything else means two readers could
    # disagree on where the archive ends.
    if start + _EOCD.size + comment != size:
        raise bad("the archive comment does not end the file")
    cd_end = start
    locator = start - _LOCATOR.size
    if locator >= 0 and tail[locator - base : locator - base + 4] == _LOCATOR_SIG:
        _, loc_disk, record, disks = _LOCATOR.unpack_from(tail, locator - base)
        if loc_disk != 0 or disks > 1:
            raise bad("archives spread over several disks are not supported")
        # zipfile assumes the ZIP64 record sits right before the locator: insist on it.
        if record != locator - _EOCD64.size:
            raise bad("the ZIP64 end record is not where its locator says")
        fh.seek(record)
        raw = fh.read(_EOCD64.size)
        if len(raw) != _EOCD64.size:
            raise bad("the ZIP64 end record is cut short")
        sig, rec_size, _, _, *wide = _EOCD64.unpack(raw)
        if sig != _EOCD64_SIG or rec_size != _EOCD64.size - 12:
            raise bad("the ZIP64 end record is damaged")
        # The old record holds either the same values or "see ZIP64" (all bits set).
        narrow = (disk, cd_disk, here, count, cd_size, cd_offset)
        full = (0xFFFF,) * 4 + (0xFFFFFFFF,) * 2
        if any(old not in (new, f) for old, new, f in zip(narrow, wide, full, strict=True)):
            raise bad("the end records disagree")
        disk, cd_disk, here, count, cd_size, cd_offset = wide
        cd_end = record
    if disk != 0 or cd_disk != 0 or here != count:
        raise bad("archives spread over several disks are not supported")
    # The directory must end exactly where the end records begin: this keeps it inside the
    # file, and zipfile (which would shift it by any difference) reads the same bytes.
    if cd_offset + cd_size != cd_end:
        raise bad("the central directory is not where the end record says")
    if count > MAX_FILES:
        raise BundleError(Problem("too-many-files", where, None, {"limit": MAX_FILES}))
    if cd_size > MAX_DIRECTORY_BYTES:
        raise BundleError(
            Problem("zip-directory-too-large", where, None, {"limit": MAX_DIRECTORY_BYTES})
        )
    return count


def _check_members(
    infos: list[zipfile.ZipInfo], where: str
) -> tuple[dict[tuple[str, ...], zipfile.ZipInfo], list[Problem]]:
    members: dict[tuple[str, ...], zipfile.ZipInfo] = {}
    # Names that differ only in case or accent encoding are one file once extracted on
    # Windows or macOS, and readers disagree on which one wins.
    seen: set[tuple[str, ...]] = set()
    problems: list[Problem] = []
    declared = 0
    for info in infos:
        parts = _safe_member_name(info.filename)
        if parts is None:
            problems.append(Problem("unsafe-name", where, None, {"name": info.filename[:200]}))
            continue
        if info.is_dir() or _ignored(parts):
            continue
        name = "/".join(parts)
        # Only Unix-made archives carry a file type; 0 means "plain file" for the others.
        kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0
        if kind and kind != stat.S_IFREG:
            problems.append(Problem("not-a-file", name))
            continue
        if info.flag_bits & 0x1:
            problems.append(Problem("encrypted", name))
            continue
        key = _folded(parts)
        if key in seen:
            problems.append(Problem("duplicate-member", name))
            continue
        seen.add(key)
        if info.file_size > MAX_FILE_BYTES:
            problems.append(Problem("file-too-large", name, None, {"limit": MAX_FILE_BYTES}))
            continue
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            problems.append(Problem("ratio-too-high", name, None, {"limit": MAX_RATIO}))
            continue
        declared += info.file_size
        members[parts] = info
    if declared > MAX_TOTAL_BYTES:
        problems.append(Problem("bundle-too-large", where, None, {"limit": MAX_TOTAL_BYTES}))
    return members, problems


def _common_root(paths: list[tuple[str, ...]]) -> int:
    """1 when every member sits in one top folder holding campaign.toml (a zipped folder)."""
    if not paths or any(p == ("campaign.toml",) for p in paths):
        return 0
    tops = {p[0] for p in paths}
    if len(tops) == 1 and all(len(p) > 1 for p in paths):
        return 1
    return 0


class _TooLargeError(Exception):
    pass


def _bounded_read(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one member, stopping as soon as it grows past what it declared or the cap."""
    limit = min(info.file_size, MAX_FILE_BYTES)
    chunks: list[bytes] = []
    got = 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(64 * 1024)
            if not chunk:
                break
            got += len(chunk)
            if got > limit:
                raise _TooLargeError
            chunks.append(chunk)
    return b"".join(chunks)
