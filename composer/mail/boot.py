# SPDX-License-Identifier: GPL-3.0-or-later
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
from pathlib import Path


@functools.cache
def boot_id() -> str:
    """An id that names this boot exactly and never changes within it, or '' when this
    system has none we can read (then every mark is synced, as before)."""
    try:
        if sys.platform.startswith("linux"):
            return "id:" + Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        if sys.platform == "darwin":
            return "id:" + _macos_boot_session()
    except (OSError, ValueError, AttributeError):
        pass
    # Windows has no such id at hand: its boot time moves with clock changes, and a boot
    # that seemed new would settle a live sender's letters as unknown.
    return ""


def same_boot(a: str, b: str) -> bool:
    """Were marks written in boot `a` still there in boot `b`? False when unsure."""
    return bool(a) and a == b


def _macos_boot_session() -> str:
    """kern.bootsessionuuid: set at boot, unlike kern.boottime (moved by clock steps)."""
    import ctypes

    libc = ctypes.CDLL("libc.dylib", use_errno=True)
    libc.sysctlbyname.argtypes = [
        ctypes.c_char_p,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_size_t),
        ctypes.c_void_p,
        ctypes.c_size_t,
    ]
    buf = ctypes.create_string_buffer(64)
    size = ctypes.c_size_t(len(buf))
    if libc.sysctlbyname(b"kern.bootsessionuuid", buf, ctypes.byref(size), None, 0):
        raise OSError(ctypes.get_errno(), "sysctl kern.bootsessionuuid")
    value = buf.value.decode("ascii").strip()
    if not value:
        raise ValueError("empty boot session id")
    return value
