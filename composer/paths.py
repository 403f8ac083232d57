"""Where things live: built-in resources, and the user's settings, data and cache
(platformdirs' places)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "letter-composer"


def resources_dir() -> Path:
    """The resources/ folder, in a source checkout or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def builtin_campaigns_dir() -> Path:
    return resources_dir() / "campaigns"


def config_dir() -> Path:
    return _user_dir("XDG_CONFIG_HOME", "/.config", "user_config_dir")


def data_dir() -> Path:
    return _user_dir("XDG_DATA_HOME", "/.local/share", "user_data_dir")


def cache_dir() -> Path:
    return _user_dir("XDG_CACHE_HOME", "/.cache", "user_cache_dir")


def _user_dir(variable: str, under_home: str, platformdirs_name: str) -> Path:
    path = _desktop_linux_dir(variable, under_home)
    if path is None:
        import platformdirs

        path = getattr(platformdirs, platformdirs_name)(APP, appauthor=False)
    return Path(path)


def _desktop_linux_dir(variable: str, under_home: str) -> str | None:
    """platformdirs' answer on desktop Linux in the plain cases (the XDG variable, else
    $HOME/...), without importing it (~3 ms of every start). None for anything else
    (other systems, Android, no absolute HOME): platformdirs decides. A test compares."""
    env = os.environ
    android = env.get("ANDROID_DATA") == "/data" and env.get("ANDROID_ROOT") == "/system"
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or android:
        return None
    base = env.get(variable, "")
    if not base.startswith("/"):
        home = env.get("HOME", "")
        if not home.startswith("/"):
            return None
        base = home.rstrip("/") + under_home
    return os.path.join(base, APP)


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file, fsync, rename: a crash leaves the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
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
