# SPDX-License-Identifier: GPL-3.0-or-later
"""Where things live: built-in resources, and the user's settings, data and cache
(where platformdirs puts them)."""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path

import platformdirs

APP = "letter-composer"


def package_data(package: str, name: str) -> Path:
    """The data folder `name` of an imported `package`, found through importlib.resources:
    inside the package where the app is installed (the wheel, the frozen app: both put it
    there), else beside it at the top of the source tree (a checkout, an editable
    install), where the repository keeps it."""
    base = resources.files(package)
    if not isinstance(base, Path):
        # Qt and the campaign library open these by file name: a zipped app cannot work.
        raise RuntimeError(f"{package} is not installed as files ({base})")
    inside = base / name
    return inside if inside.is_dir() else base.parent / name


def resources_dir() -> Path:
    """The built-in resources (campaigns, provider table, icons): composer/resources once
    installed, the top-level resources/ of a checkout."""
    return package_data("composer", "resources")


def builtin_campaigns_dir() -> Path:
    return resources_dir() / "campaigns"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def private_dir(path: Path) -> Path:
    """`path` as a folder only the user can open (0700). Missing folders are made so, its
    parents too (as the XDG spec asks of the folders it names); an existing one is
    tightened, and so are the folders between it and the app's own folder above it (an
    earlier version made them 0755)."""
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except FileNotFoundError:
        _make_private_parents(path.parent)
        path.mkdir(mode=0o700, exist_ok=True)
    own = (config_dir(), data_dir(), cache_dir())
    top = next((p for p in (path, *path.parents) if p in own), path)
    folder = path
    while True:
        _tighten(folder)
        if folder == top or folder == folder.parent:
            return path
        folder = folder.parent


def _make_private_parents(path: Path) -> None:
    if not path.exists():
        _make_private_parents(path.parent)
        path.mkdir(mode=0o700, exist_ok=True)


def private_file(path: Path) -> Path:
    """`path` as a file only the user can read (0600), in a private folder: made empty if
    missing, so that what writes it later keeps that mode (SQLite gives its -wal and
    -shm files the database's; QSettings' QSaveFile copies the file's); else tightened."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        _tighten(path)
    else:
        os.close(fd)
    return path


def _tighten(path: Path) -> None:
    """No access for the group or others (the owner's bits stay as they are)."""
    if os.name == "nt":
        return  # the user's profile folders are private by their ACLs; chmod cannot say more
    try:
        mode = os.stat(path).st_mode & 0o7777
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)
    except OSError:
        pass  # not ours to change (a shared folder the user chose): it stays as it is


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write via a temporary file and rename it: a crash leaves the old or the new file.
    The file is the user's alone (0600, in a private folder). `durable`: the file and the
    rename are synced to disk first (a cache can do without: a lost write costs time)."""
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)  # left by a crash, perhaps with a looser mode: O_EXCL makes it anew
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with open(os.open(tmp, flags, 0o600), "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if not durable:
        return
    try:  # make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
