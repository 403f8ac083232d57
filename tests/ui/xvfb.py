# SPDX-License-Identifier: GPL-3.0-or-later
"""A real X screen for the tests where a screen matters: Xvfb with a window manager.

`Screen(width, height)` starts `Xvfb` (it picks a free display itself, `-displayfd`, and
says it is ready by writing the number) and `openbox` on it, and runs the app in a process
of its own on Qt's xcb platform: `run_probe` starts the app by its normal path
(tests/ui/screen_probe.py) and returns what the app process saw, and a screenshot."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[2]


# How long Xvfb and the window manager may take to be ready (long: CI machines are busy).
WAIT_S = 30


class Screen:
    """Xvfb at one size, 24-bit, no TCP, with openbox managing its windows."""

    def __init__(self, width: int, height: int) -> None:
        self.size = (width, height)
        self.display = ""
        self._procs: list[subprocess.Popen[bytes]] = []
        self._wm_log: IO[bytes] | None = None
        self.wm_starts = 1  # how many times openbox was started on this screen

    def __enter__(self) -> Screen:
        missing = [tool for tool in ("Xvfb", "openbox", "xprop") if shutil.which(tool) is None]
        if missing:
            pytest.fail(f"missing {', '.join(missing)}: `make test` installs them (TEST_DEBS)")
        read, write = os.pipe()
        width, height = self.size
        command = ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp"]
        xvfb = subprocess.Popen(
            [*command, "-screen", "0", f"{width}x{height}x24"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._procs.append(xvfb)
        os.close(write)
        # The number comes in more than one write: read to its newline, or a closed pipe
        # makes Xvfb stop ("Cannot write display number").
        said = b""
        deadline = time.monotonic() + 10
        try:
            while not said.endswith(b"\n") and time.monotonic() < deadline:
                ready, _, _ = select.select([read], [], [], 0.1)
                chunk = os.read(read, 16) if ready else b""
                if ready and not chunk:
                    break  # Xvfb exited
                said += chunk
        finally:
            os.close(read)
        number = said.decode().strip()
        if not number:
            self.__exit__()
            pytest.fail("Xvfb did not start")
        self.display = f":{number}"
        # Xvfb names its display a moment before it takes connections on it.
        self._wait_for(lambda out: out.returncode == 0, "Xvfb did not open its display")
        self._wm_log = tempfile.TemporaryFile()
        self._start_wm()
        self._wait_for(lambda out: "window id" in out.stdout, "openbox did not start on Xvfb")
        return self

    def _start_wm(self) -> None:
        self._procs.append(
            subprocess.Popen(
                ["openbox", "--sm-disable"],
                env={**os.environ, "DISPLAY": self.display},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._wm_log,
            )
        )

    def _wait_for(self, done: Callable[[subprocess.CompletedProcess[str]], bool], why: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            out = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                env={**os.environ, "DISPLAY": self.display},
                capture_output=True,
                text=True,
            )
            if done(out):
                return
            wm = self._procs[-1] if len(self._procs) > 1 else None
            if wm is not None and wm.poll() is not None and self.wm_starts < 3:
                # Now and then openbox exits (1, silently) as it starts on a display
                # number an X server of an earlier test used; started again, it runs.
                self.wm_starts += 1
                self._procs.pop()
                self._start_wm()
            time.sleep(0.05)
        said = ""
        if self._wm_log is not None:
            self._wm_log.seek(0)
            said = self._wm_log.read().decode(errors="replace")
        codes = [proc.poll() for proc in self._procs]
        self.__exit__()
        pytest.fail(
            f"{why} on {self.display} (after {WAIT_S} s; the window manager said: {said!r}; "
            f"xprop: {out.stdout.strip()!r} {out.stderr.strip()!r}; exit codes: {codes})"
        )

    def __exit__(self, *exc: object) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._procs = []
        if self._wm_log is not None:
            self._wm_log.close()
            self._wm_log = None

    def run_probe(
        self, out: Path, *args: str, env: dict[str, str] | None = None
    ) -> dict[str, object]:
        """Start the app on this screen (xcb), let it open its window, and report."""
        environ = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        environ.update(
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",
            PYTHONPATH=str(ROOT),
            **(env or {}),
        )
        report = out.with_suffix(".json")
        proc = subprocess.run(
            [sys.executable, "-m", "tests.ui.screen_probe", str(report), str(out), *args],
            cwd=ROOT,
            env=environ,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        return json.loads(report.read_text("utf-8"))
