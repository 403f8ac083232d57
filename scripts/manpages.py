# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the manual pages of letter-composer and letter-composer-cli (roff, section 1) from
their argparse parsers, so that the options are described once, in the code.

    python scripts/manpages.py OUTDIR     # OUTDIR/letter-composer.1, letter-composer-cli.1
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from composer import __version__  # noqa: E402
from composer.cli import _parser as cli_parser  # noqa: E402
from ui.app import _parser as app_parser  # noqa: E402

PAGES = {
    "letter-composer": (
        app_parser,
        "write and send a campaign's protest letter from your own mailbox",
        "Letter Composer shows a human-rights or solidarity campaign's appeal beside its "
        "protest letter, fills the letter with your details, and sends one message per "
        "recipient from your own mail account, over verified TLS. It sends no telemetry and "
        "talks to no server but your own mail server; passwords stay in the system keyring.",
    ),
    "letter-composer-cli": (
        cli_parser,
        "Letter Composer from the command line",
        "The command line of Letter Composer: list and check campaigns, render, print or "
        "send their letters, set up the mail account, manage the outbox, and, for "
        "organisers, make, sign and pack campaigns. It needs no screen. Exit status: 0 "
        "done, 1 a user-facing error (the reason on standard error), 2 a usage error.",
    ),
}


def roff(text: str) -> str:
    """Text safe in roff: backslashes and hyphens escaped, no line starting with a dot."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        "\\&" + line if line.startswith((".", "'")) else line for line in text.split("\n")
    )


def options(parser: argparse.ArgumentParser) -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.option_strings:
            metavar = "" if action.nargs == 0 else " " + (action.metavar or action.dest.upper())
            name = ", ".join(f"\\fB{roff(o)}\\fR{roff(metavar)}" for o in action.option_strings)
        else:
            name = f"\\fI{roff(action.metavar or action.dest)}\\fR"
        out += [".TP", name, roff(action.help or "")]
    return out


def commands(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
    """Each subcommand, its usage and options, its own subcommands after it."""
    out: list[str] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {a.dest: a.help for a in action._choices_actions}
        for name, sub in action.choices.items():
            usage = sub.format_usage().removeprefix("usage: ").strip()
            out += [".SS " + roff(f"{prefix} {name}"), roff(helps.get(name) or ""), ".PP"]
            out += [".nf", roff(usage), ".fi", *options(sub), *commands(sub, f"{prefix} {name}")]
    return out


def page(name: str) -> str:
    make, summary, description = PAGES[name]
    parser = make()
    # SOURCE_DATE_EPOCH, when set, makes the page the same on every build.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()
    date = day.isoformat()
    usage = parser.format_usage().removeprefix("usage: ").strip()
    lines = [
        f'.TH {name.upper()} 1 "{date}" "Letter Composer {__version__}" "User Commands"',
        ".SH NAME",
        f"{roff(name)} \\- {roff(summary)}",
        ".SH SYNOPSIS",
        ".nf",
        roff(usage),
        ".fi",
        ".SH DESCRIPTION",
        roff(description),
        ".SH OPTIONS",
        *options(parser),
        ".TP",
        "\\fB\\-h\\fR, \\fB\\-\\-help\\fR",
        "show the help and exit",
    ]
    subs = commands(parser, name)
    if subs:
        lines += [".SH COMMANDS", *subs]
    other = "letter-composer-cli" if name == "letter-composer" else "letter-composer"
    lines += [
        ".SH FILES",
        "Settings, drafts and the outbox are kept in the folders of the XDG base directory "
        "specification, under \\fIletter\\-composer\\fR; passwords in the system keyring.",
        ".SH LICENCE",
        "GPL\\-3.0\\-or\\-later. The licences of what the app includes are in Help \\(fc "
        "About \\(fc Licences and /usr/share/doc/letter\\-composer/copyright.",
        ".SH SEE ALSO",
        f"\\fB{roff(other)}\\fR(1)",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("outdir", type=Path)
    args = p.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for name in PAGES:
        (args.outdir / f"{name}.1").write_text(page(name), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
