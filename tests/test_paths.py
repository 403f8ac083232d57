"""The user's folders: on desktop Linux found without importing platformdirs, and always
where platformdirs would put them."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import platformdirs
import pytest

from composer import paths

FOLDERS = [
    (paths.config_dir, "XDG_CONFIG_HOME", platformdirs.user_config_dir),
    (paths.data_dir, "XDG_DATA_HOME", platformdirs.user_data_dir),
    (paths.cache_dir, "XDG_CACHE_HOME", platformdirs.user_cache_dir),
]


@pytest.mark.parametrize(
    ("home", "xdg"),
    list(
        itertools.product(
            ["/home/ana", "/home/ana/", "/", "relative/home", "", None],
            ["/data/x", "/data/x/", "relative", "", " ", None],
        )
    ),
)
def test_same_folders_as_platformdirs(monkeypatch, home, xdg) -> None:
    for name, value in (("HOME", home), *((var, xdg) for _, var, _ in FOLDERS)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    for ours, _, theirs in FOLDERS:
        try:
            expected = theirs("letter-composer", appauthor=False)
        except RuntimeError:  # platformdirs finds no home either
            continue
        assert str(ours()) == str(Path(expected))


@pytest.mark.skipif(sys.platform != "linux", reason="the quick way is for desktop Linux")
def test_plain_linux_needs_no_platformdirs(monkeypatch) -> None:
    monkeypatch.setenv("HOME", "/home/ana")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert paths._desktop_linux_dir("XDG_DATA_HOME", "/.local/share") == (
        "/home/ana/.local/share/letter-composer"
    )
    monkeypatch.setenv("ANDROID_DATA", "/data")
    monkeypatch.setenv("ANDROID_ROOT", "/system")
    assert paths._desktop_linux_dir("XDG_DATA_HOME", "/.local/share") is None
