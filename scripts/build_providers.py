# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert Thunderbird's provider database (ISPDB) into the app's compact provider table.

    python scripts/build_providers.py [ISPDB_DIR] [OUT_DIR]

Defaults: ../shared/data/ispdb -> resources/providers/. Writes providers.json and copies
the MPL-2.0 licence beside it. The app reads only the JSON; nothing is fetched at run time.
"""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECURITY = {"SSL": "tls", "STARTTLS": "starttls", "plain": "plain"}


def convert(ispdb: Path) -> dict[str, object]:
    providers: dict[str, dict[str, object]] = {}
    domains: dict[str, str] = {}
    for path in sorted(ispdb.glob("*.xml")):
        root = ET.parse(path).getroot()
        for prov in root.iter("emailProvider"):
            pid = prov.get("id") or path.stem
            servers = []
            for out in prov.findall("outgoingServer"):
                if out.get("type") != "smtp":
                    continue
                servers.append(
                    {
                        "host": (out.findtext("hostname") or "").strip(),
                        "port": int(out.findtext("port") or 0),
                        "security": SECURITY.get(
                            (out.findtext("socketType") or "").strip(), "plain"
                        ),
                        "auth": [a.text.strip() for a in out.findall("authentication") if a.text],
                        "username": (out.findtext("username") or "%EMAILADDRESS%").strip(),
                    }
                )
            providers[pid] = {
                "name": (prov.findtext("displayName") or pid).strip(),
                "short": (prov.findtext("displayShortName") or "").strip(),
                "smtp": servers,
            }
            for d in prov.findall("domain"):
                if d.text and d.text.strip().lower() not in domains:
                    domains[d.text.strip().lower()] = pid
    return {
        "source": "Thunderbird ISPDB (thunderbird/autoconfig, ispdb/), MPL-2.0",
        "providers": providers,
        "domains": dict(sorted(domains.items())),
    }


def main(argv: list[str]) -> int:
    ispdb = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data" / "ispdb"
    out = Path(argv[2]) if len(argv) > 2 else ROOT / "resources" / "providers"
    out.mkdir(parents=True, exist_ok=True)
    table = convert(ispdb)
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    (out / "providers.json").write_text(text + "\n", "utf-8")
    shutil.copyfile(ispdb / "LICENSE.MPL-2.0", out / "LICENSE.MPL-2.0")
    (out / "NOTICE").write_text(
        "providers.json is derived from the Thunderbird ISPDB (https://github.com/thunderbird/"
        "autoconfig, folder ispdb/), licensed under the Mozilla Public License 2.0 "
        "(LICENSE.MPL-2.0 beside this file).\n",
        "utf-8",
    )
    print(f"{len(table['providers'])} providers, {len(table['domains'])} domains -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
