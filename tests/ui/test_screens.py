# SPDX-License-Identifier: GPL-3.0-or-later
"""The window on real screens (Xvfb, the xcb platform, a window manager): small ones, and
large text. It must fit the screen it opens on, with Send and the status bar in view.

Each case starts the app in a process of its own (tests/ui/screen_probe.py) and saves a
screenshot of the whole screen; set LETTER_COMPOSER_SHOTS=DIR to keep them to look at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .xvfb import Screen

CASES = {
    # name: (screen, environment of the app)
    "1024x600": ((1024, 600), {}),
    "1366x768": ((1366, 768), {}),
    "1366x768-150": ((1366, 768), {"QT_SCALE_FACTOR": "1.5"}),
    "1366x768-font144": ((1366, 768), {"QT_FONT_DPI": "144"}),
    "1920x1080-200": ((1920, 1080), {"QT_SCALE_FACTOR": "2"}),
}


def keep(shot: Path, name: str) -> None:
    where = os.environ.get("LETTER_COMPOSER_SHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(where) / f"{name}.png")


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def assert_reachable(seen: dict, frame_too: bool = True) -> None:
    free = seen["available"]
    assert inside(seen["geometry"], free), seen
    if frame_too:  # a maximised window's borders may lie off the screen, by design
        assert inside(seen["frame"], free), seen
    for part in ("send", "more", "status_bar", "body", "first_field"):
        where = seen[part]
        assert where["shown"] and where["whole"] and where["inside_screen"], (part, seen)
    minimum_w, minimum_h = seen["minimum"]
    assert minimum_w <= free[2] and minimum_h <= free[3], seen


@pytest.mark.parametrize("name", list(CASES))
def test_the_window_fits_the_screen_it_opens_on(tmp_path: Path, name: str) -> None:
    (width, height), env = CASES[name]
    maximise = ["--maximise"] if name == "1024x600" else []
    with Screen(width, height) as screen:
        seen = screen.run_probe(tmp_path / "shot.png", *maximise, env=env)
    keep(tmp_path / "shot.png", name)
    assert_reachable(seen["opened"])
    if maximise:  # maximised, the bottom is not cut either
        assert_reachable(seen["maximised"], frame_too=False)


def test_a_window_saved_on_a_big_screen_opens_inside_a_small_one(tmp_path: Path) -> None:
    with Screen(1920, 1080) as screen:
        screen.run_probe(tmp_path / "big.png", "--leave-at=600,300,1300,760")
    with Screen(1024, 600) as screen:
        seen = screen.run_probe(tmp_path / "small.png")
    keep(tmp_path / "small.png", "restored-1024x600")
    assert_reachable(seen["opened"])
