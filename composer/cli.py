"""Command line: campaigns, validate, render. Errors become one-line reasons and exit codes.

Exit codes: 0 done, 1 a user-facing error (reason on stderr, no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TextIO

from . import __version__
from .addresses import normalise_email
from .campaign import Campaign, Recipient
from .drafts import Draft
from .library import Library
from .message import build_message, mbox_entry
from .problems import ComposerError, InputError, Problem

PROG = "letter-composer-cli"
PLACEHOLDER_SENDER = "sender@example.invalid"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Letter Composer, from the command line.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("campaigns", help="list the campaigns found (built-in and opened)")
    c.add_argument("--json", action="store_true", help="print JSON")

    v = sub.add_parser("validate", help="check a campaign folder or .campaign file")
    v.add_argument("path", metavar="PATH")

    r = sub.add_parser("render", help="print the letters as mbox messages, without sending")
    r.add_argument("--campaign", metavar="ID|PATH", help="campaign id or path (default: built-in)")
    r.add_argument("--letter-lang", metavar="LANG", help="language of the letter")
    r.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        dest="values",
        help="a field value, e.g. --set name='Ana Lima' (repeatable)",
    )
    r.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="N",
        help="only recipient N (1-based, as in `campaigns`) or this address",
    )
    r.add_argument(
        "--from",
        dest="sender",
        metavar="ADDR",
        default=PLACEHOLDER_SENDER,
        help="sender address to show (default: %(default)s)",
    )
    r.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=dt.date.fromisoformat,
        help="the letter's date (default: today)",
    )
    return p


def main(argv: list[str] | None = None, library: Library | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    lib = library or Library.default()
    out = sys.stdout
    try:
        if args.command == "campaigns":
            return _campaigns(lib, args.json, out)
        if args.command == "validate":
            return _validate(args.path, out)
        if args.command == "render":
            values = _parse_sets(parser, args.values)
            return _render(lib, args, values)
    except ComposerError as exc:
        for problem in exc.problems:
            print(f"{PROG}: {problem}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command}")
    return 2


def _parse_sets(parser: argparse.ArgumentParser, items: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            parser.error(f"--set needs KEY=VALUE, got {item!r}")
        values[key.strip()] = value
    return values


def campaign_summary(c: Campaign) -> dict[str, object]:
    return {
        "id": c.id,
        "title": c.title_for("en"),
        "titles": dict(c.title),
        "path": str(c.source),
        "kind": c.kind,
        "builtin": c.builtin,
        "original_language": c.original_language,
        "letter_language": c.letter_language,
        "appeal_languages": c.appeal_languages,
        "letter_languages": c.letter_languages,
        "recipients": [{"name": r.name, "email": r.email} for r in c.recipients],
    }


def _campaigns(lib: Library, as_json: bool, out: TextIO) -> int:
    found = lib.campaigns()
    if as_json:
        json.dump([campaign_summary(c) for c in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for c in found:
        where = "built-in" if c.builtin else str(c.source)
        print(f"{c.id}\t{c.title_for('en')}\t({where})", file=out)
        for i, r in enumerate(c.recipients, start=1):
            print(f"  {i}. {r.name} <{r.email}>", file=out)
    return 0


def _validate(path: str, out: TextIO) -> int:
    from .campaign import validate

    problems = validate(path)
    if not problems:
        print(f"{path}: valid", file=out)
        return 0
    for problem in problems:
        where = problem.where or path
        print(f"{where}: {problem.text}", file=sys.stderr)
    print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
    return 1


def _pick_recipients(campaign: Campaign, wanted: list[str]) -> list[Recipient]:
    if not wanted:
        return list(campaign.recipients)
    chosen: list[Recipient] = []
    for item in wanted:
        if item.isascii() and item.isdigit() and 1 <= int(item) <= len(campaign.recipients):
            r = campaign.recipients[int(item) - 1]
        else:
            r = next((r for r in campaign.recipients if r.email.lower() == item.lower()), None)
        if r is None:
            raise InputError(Problem("no-such-recipient", args={"value": item}))
        if r not in chosen:
            chosen.append(r)
    return chosen


def _render(lib: Library, args: argparse.Namespace, values: dict[str, str]) -> int:
    campaign = lib.resolve(args.campaign)
    draft = Draft.new(campaign, args.letter_lang)
    draft.values.update(values)
    if draft.letter_lang not in campaign.letters:
        raise InputError(Problem("no-such-language", args={"lang": draft.letter_lang}))
    problems = campaign.check_values(draft.values)
    if problems:
        raise InputError(problems)
    today = args.date or dt.date.today()
    sender_name = campaign.template_values(draft.values).get("name", "")
    # Every message is built before any is written: an error leaves no partial mbox.
    entries = []
    for recipient in _pick_recipients(campaign, args.to):
        letter = draft.letter_for(campaign, recipient, today)
        msg = build_message(letter, sender_name, args.sender, recipient.name, recipient.email)
        entries.append(mbox_entry(msg, normalise_email(args.sender) or args.sender))
    out = sys.stdout.buffer
    out.write(b"".join(entries))
    out.flush()
    return 0
