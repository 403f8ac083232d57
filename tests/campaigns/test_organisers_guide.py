# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisers' guide (docs/organisers.md): its tested command blocks, run as written
against a new campaign, with the app and with the stock tools alone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from composer.campaigns.manifest import MANIFEST, SIGNATURE, verify_bundle

from ..conftest import ROOT
from .test_campaign_new import new

pytestmark = pytest.mark.skipif(shutil.which("minisign") is None, reason="needs minisign")
GUIDE = ROOT / "docs" / "organisers.md"

# The guide's command blocks, run as written. Blocks marked `<!-- tested -->` use the app,
# those marked `<!-- tested: stock -->` only the stock tools.


def guide_blocks(tag: str) -> list[str]:
    text = GUIDE.read_text("utf-8")
    return re.findall(rf"<!-- {re.escape(tag)} -->\n```sh\n(.*?)```", text, flags=re.S)


def shell(script: str, cwd: Path, path_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{path_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def cli_on_path(tmp_path: Path) -> Path:
    """`letter-composer-cli` on PATH: this checkout's, whatever is installed."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "letter-composer-cli"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m composer "$@"\n')
    exe.chmod(0o755)
    return bin_dir


def test_the_guides_commands_work_as_written(tmp_path: Path, cli_on_path: Path) -> None:
    blocks = guide_blocks("tested")
    assert len(blocks) == 5
    work = tmp_path / "work"
    work.mkdir()

    def step(script: str) -> str:
        done = shell(script, work, cli_on_path)
        assert done.returncode == 0, f"{script}\n{done.stdout}\n{done.stderr}"
        return done.stdout

    step(blocks[0])  # campaign new
    assert "Test Person" in step(blocks[1])  # validate, render
    # keygen and sign ask for a password (scrypt, a GiB of memory): here without one
    step("letter-composer-cli campaign keygen -o organiser.key")
    step(blocks[2])  # the key into campaign.toml
    step("letter-composer-cli campaign sign free-ana-lima --key organiser.key")
    assert "new-key" in step(blocks[3])  # verify
    assert step(blocks[4]).count("new-key") == 1  # pack, verify the .campaign
    assert verify_bundle(work / "free-ana-lima.campaign").status == "new-key"


def test_the_guides_stock_minisign_recipe_gives_a_campaign_the_app_verifies(
    tmp_path: Path, cli_on_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = guide_blocks("tested: stock")
    assert len(blocks) == 4
    work = tmp_path / "work"
    work.mkdir()
    new(capsys, work / "free-ana-lima")
    # things the MANIFEST must leave out
    (work / "free-ana-lima" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (work / "free-ana-lima" / "appeal" / "._en.md").write_bytes(b"\0\5\26\7")

    def step(script: str) -> str:
        done = shell(script, work, cli_on_path)
        assert done.returncode == 0, f"{script}\n{done.stdout}\n{done.stderr}"
        return done.stdout

    keygen = blocks[0]
    assert keygen.startswith("minisign -G ")
    step(keygen.replace("minisign -G ", "minisign -G -W ", 1))  # no password asked
    step(blocks[1])  # the key into campaign.toml, MANIFEST by sha256sum, minisign -S
    folder = work / "free-ana-lima"
    assert (folder / SIGNATURE).is_file()
    assert (folder / MANIFEST).read_text().count("\n") == 3
    line = (work / "organiser.pub").read_text().splitlines()[-1]
    verdict = verify_bundle(folder)
    assert (verdict.status, verdict.key, verdict.version) == ("new-key", line, 1), verdict.reason
    step(blocks[2])  # zip
    assert verify_bundle(work / "free-ana-lima.campaign").status == "new-key"
    assert "campaign=free-ana-lima version=1" in step(blocks[3])  # minisign -V, sha256sum -c
