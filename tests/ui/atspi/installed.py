# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed app keeps Qt's accessibility bridge: its window on the bus, read by the
client, passes the audit (packaging/linux/smoke-test.sh runs this after installing the
.deb). Usage: python -m tests.ui.atspi.installed /usr/bin/letter-composer"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from .audit import audit, focusable
from .rig import Desktop


def main() -> int:
    app = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp, Desktop(Path(tmp), command=(app,)) as desktop:
        tree = desktop.tree()
        problems = audit(tree)
        controls = [(n["role"], n["name"]) for n in focusable(tree)]
        moved = desktop.press("Tab")
    print(f"on the accessibility bus: {tree['name']!r}, {len(controls)} controls")
    if problems or len(controls) < 10 or moved is None:
        print("\n".join(problems) or f"too few controls, or Tab went nowhere: {controls}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
