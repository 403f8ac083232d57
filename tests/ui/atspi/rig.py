# SPDX-License-Identifier: GPL-3.0-or-later
"""The app on a real accessibility bus, read by a real client in another process.

`Desktop(tmp_path)` starts, in this order (the order matters: the bus's registry must
find the display, or the keys it synthesises go nowhere): Xvfb with openbox
(tests/ui/xvfb.py), a private D-Bus session with a keyring and the at-spi2-core bus
launcher (the accessibility bus and its registry), the app by its normal path
(`python -m ui.app`) on Qt's xcb platform with a home of its own and the built-in
campaign, and the client (tests/ui/atspi/client.py, Debian's python3 with Atspi). The
test then asks the client what a screen reader would read, and types real keys."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest

from ..xvfb import ROOT, Screen

CLIENT = Path(__file__).with_name("client.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, which has gi (python3-gi)
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
DEBS = "xvfb openbox xdotool dbus at-spi2-core python3-gi gir1.2-atspi-2.0 orca"


class Desktop:
    """A screen, a session bus with the accessibility bus, the app, and a client."""

    def __init__(
        self,
        tmp: Path,
        size: tuple[int, int] = (1366, 768),
        args: tuple[str, ...] = ("--lang", "en"),
        env: dict[str, str] | None = None,
        prepare: str = "",
        command: tuple[str, ...] = (sys.executable, "-m", "ui.app"),
    ) -> None:
        """`prepare`: Python run (in the app's environment: its home, its keyring) before
        the app starts, e.g. to save a mail account. `command`: how the app is started
        (the installed one: its path)."""
        self.tmp = tmp
        self.screen = Screen(*size)
        self.args = args
        self.app_env = env or {}
        self.prepare = prepare
        self.command = command
        self.home = tmp / "home"
        self._groups: list[subprocess.Popen[bytes]] = []  # each in a process group of its own
        self._all: list[subprocess.Popen[bytes]] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.client: subprocess.Popen[bytes] | None = None
        self._files: list[IO[bytes]] = []  # logs and pipes, closed at the end
        self._client_pending = b""

    def __enter__(self) -> Desktop:
        missing = [p for p in ("xdotool", "dbus-daemon", BUS_LAUNCHER) if not shutil.which(p)]
        if missing or not Path(SYSTEM_PYTHON).exists():
            pytest.fail(f"missing {missing}: `make test` installs {DEBS} (TEST_DEBS)")
        self.screen.__enter__()
        try:
            self._start_session()
            self._start_app()
            self._start_client()
            if not self.request({"cmd": "wait_app", "timeout": 40}, timeout=60):
                raise AssertionError(f"the app did not show a window on the bus: {self.app_log()}")
        except BaseException:
            self.__exit__()
            raise
        return self

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
        run = self.tmp / "run"
        for folder in (self.home, run):
            folder.mkdir(parents=True, exist_ok=True)
        run.chmod(0o700)
        env.update(
            DISPLAY=self.screen.display,
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local/state"),
            XDG_RUNTIME_DIR=str(run),
        )
        if hasattr(self, "bus"):
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus
        return env

    def _log(self, name: str) -> IO[bytes]:
        log = (self.tmp / name).open("wb")
        self._files.append(log)
        return log

    def _spawn(self, command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(command, start_new_session=True, **kwargs)
        self._groups.append(proc)
        self._all.append(proc)
        return proc

    def _start_session(self) -> None:
        daemon = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=self.environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert daemon.stdout is not None
        ready, _, _ = select.select([daemon.stdout], [], [], 10)
        address = daemon.stdout.readline().decode().strip() if ready else ""
        if not address:
            raise AssertionError("dbus-daemon gave no address")
        self.bus = address
        env = self.environment()
        # A real keyring on this session, as on a desktop (the app asks it at start).
        keyring = subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
            input=b"test-keyring-password",
            env=env,
            capture_output=True,
            start_new_session=True,
            timeout=20,
        )
        assert keyring.returncode == 0, keyring.stderr
        # The accessibility bus and its registry (at-spi2-core), as a desktop session has.
        self._spawn(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _start_app(self) -> None:
        env = self.environment()
        env["PYTHONPATH"] = str(ROOT)
        if self.prepare:
            done = subprocess.run(
                [sys.executable, "-c", self.prepare],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 0, done.stderr
        env.update(
            QT_QPA_PLATFORM="xcb",
            # What Orca's "screen reader on" flag does; without it Qt stays off the bus.
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            **self.app_env,
        )
        self.app = self._spawn(
            [*self.command, *self.args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log("app.log"),
            stderr=subprocess.STDOUT,
        )

    def _start_client(self) -> None:
        self.client = self._spawn(
            [SYSTEM_PYTHON, str(CLIENT)],
            env=self.environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log("client.log"),
        )

    def app_log(self) -> str:
        path = self.tmp / "app.log"
        return path.read_text("utf-8", errors="replace") if path.exists() else ""

    def request(self, cmd: dict[str, Any], timeout: float = 30) -> Any:
        """Ask the client; its answer (or an AssertionError saying what went wrong)."""
        client = self.client
        assert client is not None and client.stdin is not None and client.stdout is not None
        client.stdin.write(json.dumps(cmd).encode() + b"\n")
        client.stdin.flush()
        fd = client.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._client_pending:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(left, 0))
            chunk = os.read(fd, 1 << 20) if ready else b""
            if not chunk:
                log = (self.tmp / "client.log").read_text("utf-8", errors="replace")
                raise AssertionError(f"the client did not answer {cmd}: {log}")
            self._client_pending += chunk
        line, self._client_pending = self._client_pending.split(b"\n", 1)
        answer = json.loads(line)
        if "error" in answer:
            raise AssertionError(f"{cmd}: {answer['error']}")
        result = answer["ok"]
        if isinstance(result, dict) and "error" in result:
            raise AssertionError(f"{cmd}: {result['error']}")
        return result

    # What a test asks most.
    def tree(self, window: str | None = None) -> dict[str, Any]:
        found = self.request({"cmd": "tree", "window": window})
        assert found is not None, f"no window {window!r}: {self.request({'cmd': 'windows'})}"
        return found

    def type(self, text: str) -> None:
        """Type ASCII text with the keyboard, into what has the focus."""
        subprocess.run(
            ["xdotool", "type", "--delay", "20", text],
            env={**os.environ, "DISPLAY": self.screen.display},
            check=True,
        )

    def press(self, keys: str, **kw: Any) -> dict[str, Any] | None:
        return self.request({"cmd": "press", "keys": keys, **kw})

    def focused(self) -> dict[str, Any] | None:
        return self.request({"cmd": "focused"})

    def action(self, action: str = "Press", **find: Any) -> None:
        self.request({"cmd": "action", "find": find, "action": action})

    def grab_focus(self, **find: Any) -> None:
        self.request({"cmd": "grab_focus", "find": find})

    def find(self, **find: Any) -> dict[str, Any] | None:
        return self.request({"cmd": "find", "find": find})

    def events(self, clear: bool = True) -> list[dict[str, Any]]:
        return self.request({"cmd": "events", "clear": clear})

    def wait_event(self, kind: str, contains: str = "", timeout: float = 10) -> dict | None:
        return self.request(
            {"cmd": "wait_event", "type": kind, "contains": contains, "timeout": timeout},
            timeout=timeout + 10,
        )

    def wait_window(self, title: str, timeout: float = 10) -> dict[str, Any]:
        """The window whose title contains `title`, once it is active (has the focus)."""
        deadline = time.monotonic() + timeout
        while True:
            wins = self.request({"cmd": "windows"})
            for win in wins:
                if title in win["name"] and "active" in win["states"]:
                    return win
            if time.monotonic() > deadline:
                raise AssertionError(f"no active window {title!r}: {wins}")
            time.sleep(0.1)

    def start_orca(self, timeout: float = 30) -> Path:
        """Orca, the screen reader, on this session; the file where it writes what it says
        (with no speech server it speaks nowhere, but writes each line down)."""
        log = self.tmp / "orca.log"
        self._spawn(
            ["orca", "--replace", f"--debug-file={log}"],
            env=self.environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log("orca.err"),
        )
        self.wait_spoken(log, "Screen reader on.", timeout=timeout)
        return log

    @staticmethod
    def spoken(log: Path) -> list[str]:
        """What Orca said, line by line."""
        text = log.read_text("utf-8", errors="replace") if log.exists() else ""
        # 12:00:00.000 - SPEECH OUTPUT: 'Town text.'{'established': False}
        line = re.compile(r" - SPEECH OUTPUT: '(.*?)'\s*(\{.*\})?$")
        return [m.group(1) for m in map(line.search, text.splitlines()) if m]

    @staticmethod
    def wait_orca_idle(log: Path, quiet: float = 0.7, timeout: float = 15) -> None:
        """Until Orca has written nothing for `quiet` seconds: a key typed while it is
        still busy with the last one reaches it, but its focus change is not spoken."""
        deadline = time.monotonic() + timeout
        size, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            now = log.stat().st_size if log.exists() else 0
            if now != size:
                size, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.05)
        raise AssertionError("Orca did not settle")

    def wait_spoken(self, log: Path, words: str, since: int = 0, timeout: float = 10) -> int:
        """Wait for Orca to say `words` (a whole line) after its first `since` lines;
        the number of lines said by then."""
        deadline = time.monotonic() + timeout
        while words not in self.spoken(log)[since:]:
            if time.monotonic() > deadline:
                raise AssertionError(f"Orca did not say {words!r}: {self.spoken(log)[since:]}")
            time.sleep(0.1)
        return len(self.spoken(log))

    def tab_cycle(self, key: str = "Tab", limit: int = 60) -> list[tuple[str, str, str]]:
        """Press `key` from where the focus is until it comes back there; each stop as
        (role, name, selected text). Fails on a trap: a stop the bus cannot see (the
        focus on a hidden widget), or one met twice before the focus comes back."""
        start = self.focused()
        assert start is not None, "nothing has the focus"
        first = (start["role"], start["name"], start["selection"])
        stops: list[tuple[str, str, str]] = []
        for _ in range(limit):
            # A link in a text takes the focus without a focus event: wait less for one.
            now = self.press(key, timeout=0.7)
            assert now is not None, f"{key} after {stops[-1:]} put the focus where no one sees it"
            stop = (now["role"], now["name"], now["selection"])
            if stop == first:
                return stops
            assert stop not in stops, f"{key} is caught in a loop: {[*stops, stop]}"
            stops.append(stop)
        raise AssertionError(f"{key} did not come back to {first} in {limit} steps: {stops}")

    def __exit__(self, *exc: object) -> None:
        if self.client is not None and self.client.poll() is None:
            try:
                assert self.client.stdin is not None
                self.client.stdin.write(b'{"cmd": "quit"}\n')
                self.client.stdin.flush()
                self.client.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        for proc in reversed(self._groups):
            if proc.poll() is not None:
                continue
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        for proc in self._all:
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()
        self._groups = []
        for log in self._files:
            log.close()
        self._files = []
        self.screen.__exit__()
