# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SOCKS5 proxy on 127.0.0.1 for tests: Debian's microsocks, started and stopped here.

microsocks logs each connection with the target as the client gave it: "connected to
localhost:2525" when the name was sent for the proxy to resolve, an address otherwise.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .mailserver import free_port


class MicroSocks:
    def __init__(self, folder: Path) -> None:
        binary = shutil.which("microsocks")
        assert binary, "microsocks is missing: ./scripts/ensure-debs.sh microsocks (make test)"
        self.binary = binary
        self.port = free_port()
        self.log_path = folder / f"microsocks-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"socks5://127.0.0.1:{self.port}"

    def start(self) -> MicroSocks:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [self.binary, "-i", "127.0.0.1", "-p", str(self.port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # listening once a connection is accepted
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("microsocks did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace")

    def __enter__(self) -> MicroSocks:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# What this thread's sockets do, seen through Python's audit events (the interpreter raises
# them inside socket.getaddrinfo and socket.connect themselves, whatever library calls them).
_SEEN: dict[int, list[tuple[str, tuple[object, ...]]]] = {}


def _audit(event: str, args: tuple[object, ...]) -> None:
    seen = _SEEN.get(threading.get_ident())
    if seen is not None and event in ("socket.getaddrinfo", "socket.connect"):
        seen.append((event, args))


sys.addaudithook(_audit)  # once per process; records only inside `watched`


@contextlib.contextmanager
def watched() -> Iterator[list[tuple[str, tuple[object, ...]]]]:
    seen: list[tuple[str, tuple[object, ...]]] = []
    _SEEN[threading.get_ident()] = seen
    try:
        yield seen
    finally:
        del _SEEN[threading.get_ident()]


def looked_up(seen: list[tuple[str, tuple[object, ...]]]) -> set[object]:
    return {args[0] for event, args in seen if event == "socket.getaddrinfo"}


def connected(seen: list[tuple[str, tuple[object, ...]]]) -> set[object]:
    return {tuple(args[1])[:2] for event, args in seen if event == "socket.connect"}  # type: ignore[arg-type]
