"""Which boot of the machine this is: lets the outbox write its per-letter marks without
waiting for the disk, and still never send a letter twice.

SQLite in WAL mode with synchronous=NORMAL keeps every committed transaction when the app
is killed (the OS still holds the writes) but may lose the last ones when the machine
itself stops (power cut, OS crash). Such a stop means a new boot. So a letter claimed in
the same boot can trust its marks after a crash; one claimed in an earlier boot cannot,
and goes to 'unknown' for the user to decide. Without a way to tell boots apart, the
outbox waits for the disk at every mark, as before.
"""

from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

# A boot measured by its start time (Windows): starts this close are the same boot.
_SAME_START_SECONDS = 30.0


@functools.cache
def boot_id() -> str:
    """'id:...' (exact), 't:<start time>' (approximate), or '' when unknown."""
    try:
        if sys.platform.startswith("linux"):
            return "id:" + Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        if sys.platform == "darwin":
            return "id:" + _macos_boot_time()
        if sys.platform == "win32":
            return f"t:{_windows_boot_time():.1f}"
    except (OSError, ValueError, AttributeError):
        pass
    return ""


def same_boot(a: str, b: str) -> bool:
    """Were marks written in boot `a` still there in boot `b`? False when unsure."""
    if not a or not b:
        return False
    if a.startswith("t:") and b.startswith("t:"):
        return abs(float(a[2:]) - float(b[2:])) < _SAME_START_SECONDS
    return a == b


def _macos_boot_time() -> str:
    import ctypes

    class Timeval(ctypes.Structure):
        _fields_ = [("sec", ctypes.c_long), ("usec", ctypes.c_int32)]

    libc = ctypes.CDLL("libc.dylib", use_errno=True)
    tv, size = Timeval(), ctypes.c_size_t(ctypes.sizeof(Timeval))
    if libc.sysctlbyname(b"kern.boottime", ctypes.byref(tv), ctypes.byref(size), None, 0):
        raise OSError(ctypes.get_errno(), "sysctl kern.boottime")
    return f"{tv.sec}.{tv.usec}"


def _windows_boot_time() -> float:
    import ctypes

    ticks = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
    ticks.restype = ctypes.c_ulonglong
    return time.time() - ticks() / 1000.0
