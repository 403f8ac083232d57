#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The tests' $BROWSER: takes the sign-in address as its argument, as a browser does, and
in the background (a launcher returns at once) follows it with an HTTP client: the
provider's login page (oidc-provider's development pages), its consent page, and the
redirect to the app's loopback listener.

Environment:
  RIG_BROWSER_LOG    a file where the address and what happened are appended
  RIG_LOGIN          the account to sign in as (default: the address's login_hint)
  RIG_BROWSER_MODE   "follow" (default); "never" (the page is closed: nothing is done);
                     "deny" (cancels on the consent page)
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import sys
import urllib.parse
import urllib.request

FORM = re.compile(r'<form[^>]*action="([^"]+)"', re.IGNORECASE)


def _log(text: str) -> None:
    path = os.environ.get("RIG_BROWSER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")


def follow(url: str) -> None:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    login = os.environ.get("RIG_LOGIN") or query.get("login_hint", [""])[0]
    mode = os.environ.get("RIG_BROWSER_MODE", "follow")
    if mode == "never":
        _log("closed")
        return
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(jar)
    )
    with opener.open(url, timeout=30) as reply:
        page, at = reply.read().decode("utf-8"), reply.geturl()
    for _ in range(4):
        if at.startswith(("http://127.0.0.1:", "http://[::1]:")) and "state=" in at:
            _log(f"landed {reply.status}")
            return
        match = FORM.search(page)
        if match is None:
            _log(f"no form at {at}: {page[:500]}")
            return
        action = urllib.parse.urljoin(at, match.group(1).replace("&amp;", "&"))
        if 'value="login"' in page:
            form = {"prompt": "login", "login": login, "password": "any"}
        elif mode == "deny":
            action = action.rstrip("/") + "/abort"  # the page's cancel link
            form = None
        else:
            form = {"prompt": "consent"}
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        with opener.open(action, data, timeout=30) as reply:
            page, at = reply.read().decode("utf-8"), reply.geturl()
    _log(f"stuck at {at}")


def main() -> int:
    url = sys.argv[1]
    _log(url)
    if os.fork():  # a browser launcher returns at once; the page goes on in its window
        return 0
    try:
        follow(url)
    except Exception as exc:  # noqa: BLE001 - told to the test through the log
        _log(f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
