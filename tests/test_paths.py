# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's files in the user's folders are the user's alone."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from composer import paths


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
