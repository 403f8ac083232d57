"""The user's folders: on desktop Linux found without importing platformdirs, and always
where platformdirs would put them."""

from __future__ import annotations

import itertools
import os
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


def test_package_data_inside_the_package_first(tmp_path, monkeypatch) -> None:
    """Installed (wheel, frozen app), a package carries its data; a checkout keeps it at
    the top of the tree, beside the package."""
    tree = tmp_path / "tree"
    (tree / "datapkg").mkdir(parents=True)
    (tree / "datapkg" / "__init__.py").write_text("")
    (tree / "things").mkdir()
    monkeypatch.syspath_prepend(str(tree))
    try:
        assert paths.package_data("datapkg", "things") == tree / "things"
        (tree / "datapkg" / "things").mkdir()
        assert paths.package_data("datapkg", "things") == tree / "datapkg" / "things"
    finally:
        sys.modules.pop("datapkg", None)  # imported by importlib.resources


# -- the app's files are the user's alone -------------------------------------------------


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_write_atomic_makes_private_files_and_folders(tmp_path, usual_umask) -> None:
    (tmp_path / "shared").mkdir()  # a parent that is not the app's: left as it is
    path = tmp_path / "shared" / "new" / "deeper" / "account.json"
    paths.write_atomic(path, b"{}")
    assert path.read_bytes() == b"{}"
    assert (mode(path), mode(path.parent), mode(path.parent.parent)) == (0o600, 0o700, 0o700)
    assert mode(tmp_path / "shared") == 0o755
    path.chmod(0o644)  # written by an earlier version
    paths.write_atomic(path, b"[]", durable=False)
    assert (path.read_bytes(), mode(path)) == (b"[]", 0o600)
    assert [p.name for p in path.parent.iterdir()] == ["account.json"]  # no temporary left


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_apps_folders_of_an_earlier_version_are_tightened(usual_umask) -> None:
    cache = paths.cache_dir()
    (cache / "templates").mkdir(parents=True)  # 0755, as an earlier version left them
    assert mode(cache) == mode(cache / "templates") == 0o755
    paths.write_atomic(cache / "templates" / "t.bin", b"code")
    assert mode(cache) == mode(cache / "templates") == 0o700
    assert mode(cache.parent) == 0o755  # $XDG_CACHE_HOME is not the app's own


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_private_file_is_made_or_tightened(tmp_path, usual_umask) -> None:
    made = paths.private_file(tmp_path / "a" / "window.ini")
    assert (made.read_bytes(), mode(made), mode(made.parent)) == (b"", 0o600, 0o700)
    old = tmp_path / "old.db"
    old.write_bytes(b"kept")
    old.chmod(0o644)
    assert paths.private_file(old).read_bytes() == b"kept" and mode(old) == 0o600
