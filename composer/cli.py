# SPDX-License-Identifier: GPL-3.0-or-later
"""Command line: campaigns, validate, render, pdf, mailto, account, providers, send, outbox,
forget, campaign (new, keygen, sign, verify, trust, pack).

Exit codes: 0 done, 1 a user-facing error (reason on stderr, no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from composer import __version__
from composer.account import oauthconfig
from composer.account.accounts import Account, AccountError, AccountStore
from composer.account.keystore import KeyringError, PasswordStore
from composer.account.oauth import (
    AccessTokens,
    OAuthError,
    RefreshTokens,
    sign_in,
    stored_sign_in,
)
from composer.account.providers import lookup
from composer.addresses import normalise_email
from composer.campaigns.campaign import Campaign, Recipient
from composer.campaigns.library import Library
from composer.campaigns.trust import TrustError
from composer.data.drafts import Draft
from composer.data.store import Store
from composer.delivery.links import mailto_url
from composer.delivery.postal import (
    PAPERS,
    PostalLetter,
    default_paper,
    letters_to_json,
    postal_letters,
)
from composer.mail.message import build_message, mbox_entry
from composer.mail.outbox import Item, Outbox
from composer.mail.sending import Earlier, earlier, plan, send, sent_when
from composer.mail.smtp import OAuthRequired, Secret, check_connection
from composer.network import TOR, ProxySettingError, parse_proxy
from composer.problems import ComposerError, InputError, Problem

PROG = "letter-composer-cli"
PLACEHOLDER_SENDER = "sender@example.invalid"


def _letter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--campaign", metavar="ID|PATH", help="campaign id or path (default: built-in)")
    p.add_argument("--letter-lang", metavar="LANG", help="language of the letter")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        dest="values",
        help="a field value, e.g. --set name='Ana Lima' (repeatable)",
    )
    p.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="N",
        help="only recipient N (1-based, as in `campaigns`) or this address",
    )
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=dt.date.fromisoformat,
        help="the letter's date (default: today)",
    )
    p.add_argument(
        "--variant-seed",
        metavar="N",
        type=_seed,
        help="choose the template's alternative wordings with this number (0 or more): "
        "the same N gives the same letters (default: the first wording of each)",
    )


def _seed(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number, 0 or more")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Letter Composer, from the command line.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("campaigns", help="list the campaigns found (built-in and opened)")
    c.add_argument("--json", action="store_true", help="print JSON")

    v = sub.add_parser("validate", help="check a campaign folder or .campaign file")
    v.add_argument("path", metavar="PATH")

    r = sub.add_parser("render", help="print the letters as mbox messages, without sending")
    _letter_options(r)
    r.add_argument(
        "--from",
        dest="sender",
        metavar="ADDR",
        help=f"sender address (default: the account's, else {PLACEHOLDER_SENDER})",
    )

    pdf = sub.add_parser("pdf", help="write the letters for the post as a PDF, one per recipient")
    _letter_options(pdf)
    pdf.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    pdf.add_argument("--paper", choices=PAPERS, help="paper size (default: your locale's, else A4)")

    mt = sub.add_parser("mailto", help="print a mailto: link per recipient, body included")
    _letter_options(mt)

    a = sub.add_parser("account", help="set up, show or test your mail account")
    asub = a.add_subparsers(dest="action", required=True, metavar="ACTION")
    aset = asub.add_parser("set", help="save the account (the password goes to the keyring)")
    aset.add_argument("--email", required=True, metavar="ADDR")
    aset.add_argument(
        "--name", required=True, metavar="NAME", help="your name as recipients see it"
    )
    aset.add_argument("--host", metavar="H", help="outgoing server (default: provider table)")
    aset.add_argument("--port", type=int, metavar="N")
    aset.add_argument("--security", choices=("tls", "starttls"))
    aset.add_argument("--username", metavar="U", help="log-in name (default: provider table)")
    aset.add_argument("--cafile", metavar="PEM", help="trust this certificate (self-hosted)")
    how = aset.add_mutually_exclusive_group()
    how.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    how.add_argument(
        "--oauth",
        action="store_true",
        help="sign in at the provider in your browser instead of a password (OAuth2)",
    )
    aset.add_argument(
        "--oauth-config",
        metavar="FILE",
        help="the providers' sign-in settings to use (see docs/oauth.md)",
    )
    aset.add_argument(
        "--ask-password",
        action="store_true",
        help="never store the password; give it with each send",
    )
    aset.add_argument(
        "--proxy",
        metavar="socks5://HOST:PORT|tor|none",
        help="make every connection through this SOCKS5 proxy, which also looks up the "
        "server's name (tor: the Tor running on this computer; none: direct). Default: "
        "as it was",
    )
    ashow = asub.add_parser("show", help="print the account (never the password)")
    ashow.add_argument("--json", action="store_true")
    atest = asub.add_parser("test", help="connect and log in, then leave")
    atest.add_argument("--password-stdin", action="store_true")

    pr = sub.add_parser("providers", help="the server settings the provider table gives")
    pr.add_argument("email", metavar="EMAIL")
    pr.add_argument("--json", action="store_true")

    snd = sub.add_parser("send", help="send the letters from your account")
    _letter_options(snd)
    snd.add_argument("--yes", action="store_true", help="really send (without it: show the plan)")
    snd.add_argument(
        "--again",
        action="store_true",
        help="send again to recipients who already got this campaign's letter",
    )
    snd.add_argument(
        "--cc-organiser", action="store_true", help="send the campaign's organiser a copy"
    )
    snd.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (when it is not stored)",
    )

    ob = sub.add_parser("outbox", help="letters waiting to be sent, and those sent")
    obsub = ob.add_subparsers(dest="action", required=True, metavar="ACTION")
    oblist = obsub.add_parser("list", help="every letter with its state")
    oblist.add_argument("--json", action="store_true")
    obsend = obsub.add_parser("send", help="try every queued letter now")
    obsend.add_argument("--password-stdin", action="store_true")
    obsend.add_argument(
        "--resend-unknown",
        action="store_true",
        help="also resend letters whose delivery is unknown (may double them)",
    )
    obrm = obsub.add_parser("remove", help="take a letter out of the outbox")
    obrm.add_argument("id", metavar="ID")
    obkeep = obsub.add_parser(
        "keep-sent",
        help="keep a Sent list (on, the default) or only what prevents sending a letter "
        "twice (off); without on/off, say which",
    )
    obkeep.add_argument("choice", nargs="?", choices=("on", "off"))

    fg = sub.add_parser(
        "forget", help="remove what the app keeps: everything, or one campaign's letters"
    )
    what = fg.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--everything",
        action="store_true",
        help="drafts, outbox, Sent list, account, stored passwords, opened campaigns, "
        "trusted keys, caches and window settings",
    )
    what.add_argument(
        "--campaign", metavar="ID", help="this campaign's draft and its Sent list entries"
    )
    fg.add_argument(
        "--yes",
        action="store_true",
        help="do it without asking (without it: asked on a terminal, refused otherwise)",
    )

    cp = sub.add_parser("campaign", help="sign, verify and pack campaigns (for organisers)")
    csub = cp.add_subparsers(dest="action", required=True, metavar="ACTION")
    _campaign_new_parser(csub)
    kg = csub.add_parser("keygen", help="make a minisign key pair (KEYFILE and KEYFILE.pub)")
    kg.add_argument("-o", "--output", required=True, metavar="KEYFILE")
    kg.add_argument(
        "--password-stdin",
        action="store_true",
        help="protect the secret key with the password on standard input's first line",
    )
    cs = csub.add_parser("sign", help="write MANIFEST and MANIFEST.minisig into a folder")
    cs.add_argument("path", metavar="DIR")
    cs.add_argument("--key", required=True, metavar="SECRET_KEY_FILE")
    cs.add_argument("--password-stdin", action="store_true")
    cv = csub.add_parser("verify", help="check a campaign's signature (exit 0 when valid)")
    cv.add_argument("path", metavar="PATH")
    cv.add_argument("--json", action="store_true")
    ct = csub.add_parser(
        "trust", help="pin a signed campaign's key for its id (exit 0 when pinned)"
    )
    ct.add_argument("path", metavar="PATH")
    ct.add_argument(
        "--key", metavar="RW...", help="pin only if the campaign is signed by this public key"
    )
    cpk = csub.add_parser("pack", help="zip a folder as a .campaign file, reproducibly")
    cpk.add_argument("path", metavar="DIR")
    cpk.add_argument("-o", "--output", required=True, metavar="FILE.campaign")
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
        if args.command == "providers":
            return _providers(args.email, args.json, out)
        if args.command == "account":
            return _account(args, out)
        if args.command == "outbox":
            return _outbox(args, out)
        if args.command == "forget":
            return _forget(args, out)
        if args.command == "campaign":
            return _campaign(lib, args, out)
        values = _parse_sets(parser, args.values)
        if args.command == "render":
            return _render(lib, args, values)
        if args.command == "send":
            return _send(lib, args, values, out)
        if args.command == "pdf":
            return _pdf(lib, args, values, out)
        if args.command == "mailto":
            return _mailto(lib, args, values, out)
    except ComposerError as exc:
        for problem in exc.problems:
            print(f"{PROG}: {problem}", file=sys.stderr)
        return 1
    except (TrustError, Refused) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
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
    from composer.campaigns.campaign import validate

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


class Refused(Exception):
    """A campaign that is not to be used for this command (the reason, one line)."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _usable(lib: Library, args: argparse.Namespace, *, sending: bool = False) -> Campaign:
    """The campaign asked for, once it may be used: a closed one is refused first when
    sending (its letters waiting in the outbox are held); then an invalid, key-changed or
    rollback bundle; an unsigned one gets a notice on stderr. The built-in campaign is
    trusted by being part of the installed app."""
    from composer.campaigns import manifest

    campaign = lib.resolve(args.campaign)
    verdict = lib.trust(campaign)
    refused = verdict.status in (manifest.INVALID, manifest.KEY_CHANGED, manifest.ROLLBACK)
    if campaign.campaign_status == "closed" and not refused:
        note = campaign.closed_note.get("en") or next(iter(campaign.closed_note.values()), "")
        _hold_closed(campaign.id, note)
        if sending:
            why = f": {_one_line(note)}" if note else ""
            raise Refused(f"campaign {campaign.id} is closed; it asks for no more letters{why}")
    if refused:
        raise Refused(f"{campaign.source}: {verdict.status}: {_one_line(verdict.reason)}")
    if verdict.status == manifest.UNSIGNED and not verdict.builtin:
        print(
            f"{PROG}: note: campaign {campaign.id} is not signed; "
            "nothing shows who made it or that it was not changed",
            file=sys.stderr,
        )
    return campaign


def _hold_closed(campaign_id: str, note: str) -> None:
    """A closed campaign's letters still waiting in the outbox are held, not sent (and
    not deleted). Only where an outbox exists: a closed campaign makes no new file."""
    from composer.paths import data_dir

    if not (data_dir() / "letters.db").exists():
        return
    held = Outbox(Store()).hold_campaign(campaign_id, _one_line(note) or "campaign closed")
    if held:
        print(
            f"{PROG}: {held} letter(s) of campaign {campaign_id} waiting in the outbox are "
            "held: the campaign is closed",
            file=sys.stderr,
        )


def _draft(
    lib: Library, args: argparse.Namespace, values: dict[str, str], *, sending: bool = False
) -> tuple[Campaign, Draft]:
    campaign = _usable(lib, args, sending=sending)
    # Not a random seed: the same command gives the same letters.
    draft = Draft.new(campaign, args.letter_lang, variant_seed=args.variant_seed)
    draft.values.update(values)
    if draft.letter_lang not in campaign.letters:
        raise InputError(Problem("no-such-language", args={"lang": draft.letter_lang}))
    problems = campaign.check_values(draft.values)
    if problems:
        raise InputError(problems)
    return campaign, draft


def _render(lib: Library, args: argparse.Namespace, values: dict[str, str]) -> int:
    campaign, draft = _draft(lib, args, values)
    today = args.date or dt.date.today()
    account = AccountStore().load()
    sender = args.sender or (account.email if account else PLACEHOLDER_SENDER)
    sender_name = account.name if account and not args.sender else draft.values.get("name", "")
    # Every message is built before any is written: an error leaves no partial mbox.
    entries = []
    for recipient in _pick_recipients(campaign, args.to):
        letter = draft.letter_for(campaign, recipient, today)
        msg = build_message(letter, sender_name, sender, recipient.name, recipient.email)
        entries.append(mbox_entry(msg, normalise_email(sender) or sender))
    out = sys.stdout.buffer
    out.write(b"".join(entries))
    out.flush()
    return 0


def _pdf(lib: Library, args: argparse.Namespace, values: dict[str, str], out: TextIO) -> int:
    campaign, draft = _draft(lib, args, values)
    letters = postal_letters(campaign, draft, _pick_recipients(campaign, args.to), args.date)
    path = Path(args.output)
    try:
        _write_pdf(letters, path, args.paper or default_paper(), letters[0].subject)
    except OSError as exc:
        print(f"{PROG}: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{path}: {len(letters)} letter(s)", file=out)
    return 0


def _write_pdf(letters: list[PostalLetter], path: Path, paper: str, title: str) -> None:
    """Setting text on paper needs a font engine: Qt's, so the PDF is the page the app
    prints, with the same fonts found and embedded. The core never loads Qt, so the
    window's PDF writer (ui/pdf_command.py) runs as a process of its own."""
    import subprocess

    # Offscreen always: no screen is needed, and a desktop's QT_QPA_PLATFORM=xcb inherited
    # over ssh or cron would abort the writer when no display is there.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui.pdf_command", str(path), paper, title],
        input=letters_to_json(letters),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        raise OSError(0, reason[0])


def _mailto(lib: Library, args: argparse.Namespace, values: dict[str, str], out: TextIO) -> int:
    campaign, draft = _draft(lib, args, values)
    # Every link built before any is printed: an error leaves no partial output.
    links = []
    for recipient in _pick_recipients(campaign, args.to):
        letter = draft.letter_for(campaign, recipient, args.date)
        links.append(mailto_url(recipient.email, letter.subject, letter.body))
    for link in links:
        print(link, file=out)
    return 0


def _read_password() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def _campaign(lib: Library, args: argparse.Namespace, out: TextIO) -> int:
    from composer.campaigns import manifest, trust
    from composer.campaigns.signing import SecretKey

    if args.action == "new":
        return _campaign_new(args, out)
    if args.action == "keygen":
        secret_path = Path(args.output)
        public_path = secret_path.with_name(secret_path.name + ".pub")
        for p in (secret_path, public_path):
            if p.exists():
                raise ComposerError(Problem("file-exists", args={"value": str(p)}))
        password = _read_password() if args.password_stdin else None
        if password == "":
            raise InputError(Problem("key-needs-password"))
        key = SecretKey.generate()
        fd = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.file_text(password))
        public_path.write_text(key.public.file_text(), "ascii")
        if password is None:  # as `minisign -G -W`: say it, so it is a choice
            print(
                f"{PROG}: note: {secret_path} is not protected by a password; keep it "
                "offline, or make the key with --password-stdin",
                file=sys.stderr,
            )
        print(key.public.line, file=out)
        return 0
    if args.action == "sign":
        data = Path(args.key).read_bytes()
        key = SecretKey.parse(data, _read_password() if args.password_stdin else None)
        verdict = manifest.sign_folder(args.path, key)
        print(f"{args.path}: signed, {verdict.id} version {verdict.version}", file=out)
        return 0 if verdict.valid else 1
    if args.action == "verify":
        verdict = trust.verify(
            args.path, builtin=lib.is_builtin(args.path), reserved=lib.builtin_ids()
        )
        if args.json:
            json.dump(verdict.to_json(), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            print(f"{args.path}: {verdict.status}", file=out)
            for problem in verdict.problems:
                print(f"  {problem}", file=out)
            if verdict.note:
                print(f"  {verdict.note}", file=out)
            if verdict.valid:
                print(f"  key: {verdict.key}", file=out)
            for line in verdict.changes.lines() if verdict.changes is not None else []:
                print(f"  changed: {line}", file=out)
        return 0 if verdict.valid else 1
    if args.action == "trust":
        read, campaign = trust.read(args.path)
        if lib.is_builtin(args.path):
            read.builtin = True
        elif read.id in lib.builtin_ids():
            raise TrustError(f"campaign {read.id} comes with the app; this bundle claims its id")
        verdict = trust.pin(read, trust.PinStore.default(), args.key, campaign)
        print(
            f"{args.path}: trusted, {verdict.id} version {verdict.version}, key {verdict.key}",
            file=out,
        )
        return 0
    if args.action == "pack":
        manifest.pack(args.path, args.output)
        print(args.output, file=out)
        return 0
    return 2


def _campaign_new_parser(csub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cn = csub.add_parser("new", help="write a new campaign's files, to change into yours")
    cn.add_argument("path", metavar="DIR", help="a new or empty folder")
    cn.add_argument("--id", metavar="ID", help="the campaign's id (default: from DIR's name)")
    cn.add_argument(
        "--language",
        metavar="LANG",
        default="en",
        help="the language of the appeal and the letter (default: en; texts in en and fr, "
        "English texts for another)",
    )


def _campaign_new(args: argparse.Namespace, out: TextIO) -> int:
    from composer.campaigns.skeleton import LANGUAGES, SkeletonError, new_campaign

    try:
        made = new_campaign(args.path, args.id, args.language)
    except SkeletonError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    print(f"{made.folder}: new campaign {made.id} ({made.language})", file=out)
    for name in made.files:
        print(f"  {made.folder / name}", file=out)
    if not made.translated:
        print(
            f"{PROG}: note: the texts are in English ({', '.join(LANGUAGES)} have their own); "
            f"translate them into {made.language}",
            file=sys.stderr,
        )
    print(
        f"replace the example texts, then: {PROG} validate {made.folder} (see docs/organisers.md)",
        file=out,
    )
    return 0


def _account(args: argparse.Namespace, out: TextIO) -> int:
    store, passwords = AccountStore(), PasswordStore()
    if args.action == "set":
        return _account_set(args, store, passwords, out)
    account = store.load()
    if account is None:
        raise AccountError(Problem("no-account"))
    if args.action == "show":
        return _account_show(account, passwords, args.json, out)
    # test
    secret = _secret_for(account, passwords, args.password_stdin, out)
    check_connection(account.server(), secret)
    print(f"OK: logged in to {account.host}:{account.port} as {account.username}", file=out)
    return 0


def _account_show(account: Account, passwords: PasswordStore, as_json: bool, out: TextIO) -> int:
    provider = account.sign_in
    if provider is None:
        stored = not account.ask_password and passwords.secure and passwords.get(account.key)
        state = (
            "stored" if stored else ("asked each time" if account.ask_password else "not stored")
        )
        signed = ""
    else:  # never a token: only whether one is kept
        key = RefreshTokens.key(account.username, provider)
        stored = (
            not account.ask_password
            and passwords.secure
            and RefreshTokens(passwords).get(key) is not None
        )
        state = "not used"
        signed = (
            "signed in"
            if stored
            else ("signs in each time" if account.ask_password else "not signed in")
        )
    info = {
        "email": account.email,
        "name": account.name,
        "host": account.host,
        "port": account.port,
        "security": account.security,
        "username": account.username,
        "cafile": account.cafile,
        "ask_password": account.ask_password,
        "provider": account.provider,
        "proxy": account.proxy,
        "password": state,
        "keyring": passwords.describe(),
        "sign_in": "oauth" if provider else "password",
        "oauth_provider": provider.name if provider else "",
        "oauth": signed,
    }
    if as_json:
        json.dump(info, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    security = "implicit TLS" if account.security == "tls" else "STARTTLS"
    print(f"email:     {account.name} <{account.email}>", file=out)
    print(f"server:    {account.host}:{account.port} ({security})", file=out)
    print(f"user name: {account.username}", file=out)
    if account.cafile:
        print(f"trusts:    {account.cafile}", file=out)
    where = f" in {info['keyring']}" if stored else ""
    if provider is None:
        print(f"password:  {state}{where}", file=out)
    else:
        print(f"sign-in:   with {provider.name} in the browser (OAuth2), {signed}{where}", file=out)
    print(f"network:   {_network_words(account.proxy)}", file=out)
    return 0


def _account_set(
    args: argparse.Namespace, store: AccountStore, passwords: PasswordStore, out: TextIO
) -> int:
    email = normalise_email(args.email)
    if email is None:
        raise AccountError(Problem("header-bad-address", args={"value": args.email}))
    proxy = _proxy_setting(args.proxy, store)
    if args.oauth:
        return _account_set_oauth(args, email, store, passwords, out, proxy)
    found = lookup(email)
    if args.host is None:
        if found is None:
            raise AccountError(Problem("no-provider", args={"domain": email.partition("@")[2]}))
        if found.oauth_only:
            raise OAuthRequired(provider=found.name)
    account = Account(
        email=email,
        name=args.name,
        host=args.host or (found.host if found else ""),
        port=args.port
        or (found.port if found and not args.host else 0)
        or (465 if (args.security or "tls") == "tls" else 587),
        security=args.security or (found.security if found and not args.host else "tls"),
        username=args.username or (found.username if found and not args.host else email),
        cafile=str(Path(args.cafile).resolve()) if args.cafile else "",
        ask_password=args.ask_password,
        provider=found.provider if found and not args.host else "",
        proxy=proxy,
    )
    problems = account.check()
    if problems:
        raise AccountError(Problem("bad-account", args={"detail": "; ".join(problems)}))
    if args.password_stdin and not args.ask_password:
        passwords.save(account.key, _read_password())  # refused on an insecure keyring
    _forget_old(store, account, passwords)
    store.save(account)
    print(f"saved: {account.name} <{account.email}> via {account.host}:{account.port}", file=out)
    if account.proxy:
        print(f"network: {_network_words(account.proxy)}", file=out)
    if found and found.app_password and not args.host:
        print(
            f"note: {found.name} needs an app password (made in your account's security "
            "settings), not your usual password",
            file=out,
        )
    return 0


def _proxy_setting(given: str | None, store: AccountStore) -> str:
    """--proxy in its stored form; without it, the account's present one: setting the
    account again (a new password) must never drop a proxy and go direct."""
    if given is None:
        try:
            before = store.load()
        except AccountError:
            before = None
        return before.proxy if before is not None else ""
    try:
        return parse_proxy(given)
    except ProxySettingError as exc:
        raise AccountError(Problem("bad-account", args={"detail": str(exc)})) from None


def _network_words(proxy: str) -> str:
    if proxy == TOR:
        return "through Tor (the Tor running on this computer, port 9050 or 9150)"
    return f"through the SOCKS5 proxy {proxy}" if proxy else "direct (no proxy)"


def _account_set_oauth(
    args: argparse.Namespace,
    email: str,
    store: AccountStore,
    passwords: PasswordStore,
    out: TextIO,
    proxy: str,
) -> int:
    """Sign in at the provider serving the address, then save the account."""
    extra = Path(args.oauth_config) if args.oauth_config else None
    provider = oauthconfig.for_address(email, oauthconfig.load(extra))
    if provider is None:
        raise OAuthError("oauth-no-provider", domain=email.partition("@")[2])
    if not provider.configured:
        raise OAuthError("oauth-not-registered", provider=provider.name)
    security = args.security or provider.smtp_security
    account = Account(
        email=email,
        name=args.name,
        host=args.host or provider.smtp_host,
        port=args.port
        or (provider.smtp_port if not args.host else (465 if security == "tls" else 587)),
        security=security,
        username=args.username or email,
        cafile=str(Path(args.cafile).resolve()) if args.cafile else "",
        ask_password=args.ask_password,
        proxy=proxy,
        oauth=provider.to_json(),
    )
    problems = account.check()
    if problems:
        raise AccountError(Problem("bad-account", args={"detail": "; ".join(problems)}))
    if args.ask_password:
        note = f"you will sign in with {provider.name} each time you send"
        if passwords.secure:  # a sign-in kept from before is not to be used any more
            RefreshTokens(passwords).forget(RefreshTokens.key(account.username, provider))
    else:
        if not passwords.secure:  # said before the browser, not after the sign-in
            raise KeyringError(Problem("insecure-keyring", args={"backend": passwords.describe()}))
        tokens = sign_in(provider, account.email, _browser(provider.name, out), proxy=proxy)
        AccessTokens(provider, account.username, RefreshTokens(passwords), tokens, proxy=proxy)
        note = f"signed in with {provider.name}"
        if not tokens.refresh_token:
            note += f" ({provider.name} gave nothing to keep: you will sign in each time)"
    _forget_old(store, account, passwords)
    store.save(account)
    print(
        f"saved: {account.name} <{account.email}> via {account.host}:{account.port}; {note}",
        file=out,
    )
    if account.proxy:
        print(f"network: {_network_words(account.proxy)}", file=out)
    return 0


def _forget_old(store: AccountStore, new: Account, passwords: PasswordStore) -> None:
    """The old account's secret, when the new one does not use it (another server, another
    sign-in): nothing is left behind in the keyring."""
    try:
        old = store.load()
    except AccountError:
        return
    if old is None or not passwords.secure:
        return
    old_provider = old.sign_in
    if old_provider is None and (new.sign_in is not None or new.key != old.key):
        passwords.forget(old.key)
    if old_provider is not None:
        new_provider = new.sign_in
        if new_provider is None or RefreshTokens.key(
            old.username, old_provider
        ) != RefreshTokens.key(new.username, new_provider):
            RefreshTokens(passwords).forget(RefreshTokens.key(old.username, old_provider))


def _browser(provider: str, out: TextIO) -> Callable[[str], object]:
    """Opens the sign-in page with the standard launcher ($BROWSER is honoured), after
    printing its address for when no browser opens."""

    def open_page(url: str) -> object:
        print(f"Sign in with {provider} in your browser. If it does not open, go to:", file=out)
        print(f"  {url}", file=out, flush=True)
        return webbrowser.open(url)

    return open_page


def _secret_for(
    account: Account, passwords: PasswordStore, from_stdin: bool, out: TextIO
) -> Secret:
    """What logs in: the password, or the account's sign-in (signing in now when it is
    done each time)."""
    provider = account.sign_in
    if provider is None:
        return _password_for(account, passwords, from_stdin)
    if account.ask_password:
        tokens = sign_in(provider, account.email, _browser(provider.name, out), proxy=account.proxy)
        return AccessTokens(provider, account.username, None, tokens, proxy=account.proxy)
    return stored_sign_in(provider, account.username, passwords, proxy=account.proxy)


def _password_for(account: Account, passwords: PasswordStore, from_stdin: bool) -> str:
    if from_stdin:
        return _read_password()
    password = None if account.ask_password else passwords.get(account.key)
    if password is None:
        raise AccountError(Problem("no-password", args={"username": account.username}))
    return password


def _providers(email: str, as_json: bool, out: TextIO) -> int:
    found = lookup(email)
    if found is None:
        raise AccountError(Problem("no-provider", args={"domain": email.rpartition("@")[2]}))
    info = {
        "provider": found.provider,
        "name": found.name,
        "host": found.host,
        "port": found.port,
        "security": found.security,
        "username": found.username,
        "oauth_only": found.oauth_only,
        "app_password": found.app_password,
    }
    if as_json:
        json.dump(info, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    security = "implicit TLS" if found.security == "tls" else "STARTTLS"
    print(
        f"{found.name}: {found.host}:{found.port} ({security}), user name {found.username}",
        file=out,
    )
    if found.oauth_only:
        print(
            f"note: {Problem('smtp-oauth-required', args={'provider': found.name}).text}", file=out
        )
    elif found.app_password:
        print("note: needs an app password, made in the account's security settings", file=out)
    return 0


def _send(lib: Library, args: argparse.Namespace, values: dict[str, str], out: TextIO) -> int:
    campaign, draft = _draft(lib, args, values, sending=True)
    account = AccountStore().load()
    if account is None:
        raise AccountError(Problem("no-account"))
    recipients = _pick_recipients(campaign, args.to)
    # Each letter once: not again to who already got it (unless --again), and never a second
    # copy of a letter still waiting in the outbox.
    outbox = Outbox(Store())
    outbox.recover()
    before = earlier(outbox, campaign.id, recipients)
    todo = before.to_send(args.again)
    if not todo:
        _skipped(before, args.again, out)
        print(
            "nothing sent: each recipient already got this letter or has it waiting",
            file=sys.stderr,
        )
        return 1
    planned = plan(campaign, draft, account, todo, args.cc_organiser, args.date)
    subject = planned[0].outgoing.message["Subject"] if planned[0].outgoing.message else ""
    if not args.yes:
        print(f'would send "{subject}" from {account.email} to:', file=out)
        for p in planned:
            print(f"  {p.recipient.name} <{p.recipient.email}>", file=out)
        _skipped(before, args.again, out)
        print("add --yes to send", file=sys.stderr)
        return 1
    secret = _secret_for(account, PasswordStore(), args.password_stdin, out)
    _skipped(before, args.again, out)
    items = send(campaign, planned, account, secret, outbox)
    return _report(items, out)


def _skipped(before: Earlier, again: bool, out: TextIO) -> None:
    """A line for each recipient left out: already sent (without --again), already waiting."""
    left_out = [(r, i) for r, i in before.sent if not again] + before.waiting
    for r, item in sorted(left_out, key=lambda pair: before.chosen.index(pair[0])):
        who = f"{r.name} <{r.email}>"
        if item.state == "sent":
            how = "" if item.route == "smtp" else f" (via {item.route})"
            when = sent_when(item).strftime("%Y-%m-%d %H:%M")
            print(f"skipped: {who}: already sent on {when}{how}; --again sends it anyway", file=out)
        else:
            print(
                f"skipped: {who}: already waiting in the outbox ({item.state});"
                f" see {PROG} outbox list",
                file=out,
            )


def _forget(args: argparse.Namespace, out: TextIO) -> int:
    """forget --everything | --campaign ID. Without --yes: asked on a terminal; refused
    (exit 2) when no one can answer, so a script never forgets by accident."""
    from composer import forget

    if args.everything:
        found = forget.inventory()
        lines = [
            f"{found.drafts} draft(s), {found.sent} letter(s) in the Sent list",
            f"{found.waiting} letter(s) still waiting in the outbox: they will NOT be sent"
            if found.waiting
            else "no letter waiting in the outbox",
            f"the mail account {found.account} and its stored password"
            if found.account
            else "no mail account",
            "every password or token the app stored in the keyring",
            f"{found.opened} opened campaign(s) remembered, {found.pinned} trusted key(s)",
            "caches and window settings",
            f"in all {len(found.files)} file(s) under: "
            + ", ".join(str(f) for f in forget.app_folders()),
        ]
        question = "forget everything"
    else:
        lines = [
            f"campaign {args.campaign}: its draft and its Sent list entries; afterwards "
            "the app no longer knows these letters went, so it will not warn before "
            "sending them again (letters waiting in the outbox stay)"
        ]
        question = f"forget the letters of campaign {args.campaign}"
    print("This removes from this computer:", file=out)
    for line in lines:
        print(f"  - {line}", file=out)
    if not args.yes and not _confirmed(question, out):
        return 2
    if args.everything:
        done = forget.forget_everything()
        print(
            f"forgotten: {done.files} file(s) removed, {done.keyring_entries} keyring "
            "entr(y/ies) deleted",
            file=out,
        )
    else:
        gone = forget.forget_campaign(args.campaign)
        print(f"forgotten: {gone.drafts} draft(s), {gone.sent} Sent list entr(y/ies)", file=out)
    return 0


def _confirmed(question: str, out: TextIO) -> bool:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(
            f"{PROG}: nothing was removed: add --yes to {question} (no terminal to ask on)",
            file=sys.stderr,
        )
        return False
    print(f"Type yes to {question}: ", end="", file=out, flush=True)
    if sys.stdin.readline().strip().lower() == "yes":
        return True
    print("nothing was removed", file=out)
    return False


def _report(items: list[Item], out: TextIO) -> int:
    """One line per letter; 0 only when every one was delivered."""
    bad = 0
    for item in items:
        who = f"{item.recipient} <{item.email}>"
        if item.state == "sent":
            print(f"sent: {who}", file=out)
            continue
        bad += 1
        reason = item.last_error or "not sent"
        if item.state == "queued":
            print(f"queued: {who}: {reason} (retry: {PROG} outbox send)", file=sys.stderr)
        elif item.state == "account":  # retrying as it is cannot help
            print(
                f"account: {who}: the mail account needs attention: {reason} (fix it with"
                f" {PROG} account set, then {PROG} outbox send)",
                file=sys.stderr,
            )
        else:
            print(f"{item.state}: {who}: {reason}", file=sys.stderr)
    return 1 if bad else 0


def _outbox(args: argparse.Namespace, out: TextIO) -> int:
    outbox = Outbox(Store())
    outbox.recover()
    if args.action == "list":
        items = outbox.items()
        if args.json:
            json.dump([i.as_json() for i in items], out, ensure_ascii=False, indent=2)
            out.write("\n")
            return 0
        for i in items:
            error = f"  ({i.last_error})" if i.last_error and i.state != "sent" else ""
            if i.route != "smtp":  # marked sent by the user after another way
                error = f"  (via {i.route})"
            print(f"{i.id}  {i.state:8} {i.attempts}x  {i.email}  {i.subject}{error}", file=out)
        if not items:
            print("the outbox is empty", file=out)
        return 0
    if args.action == "remove":
        if outbox.get(args.id) is None:
            raise InputError(Problem("no-such-letter", args={"value": args.id}))
        if not outbox.remove(args.id):
            raise InputError(Problem("letter-busy", args={"value": args.id}))
        print(f"removed {args.id}", file=out)
        return 0
    if args.action == "keep-sent":
        if args.choice is not None:
            stripped = outbox.set_keep_sent(args.choice == "on")
            if stripped:
                print(f"{stripped} sent letter(s) reduced to address and date", file=out)
        if outbox.keep_sent:
            print("keep-sent: on (the Sent list keeps each letter sent)", file=out)
        else:
            print(
                "keep-sent: off (only which address got each campaign's letter, and when, "
                "so that none is sent twice)",
                file=out,
            )
        return 0
    # send
    if args.resend_unknown:
        for item in outbox.items(("unknown",)):
            outbox.retry(item.id)
    outbox.release_all()  # the user asks: letters waiting for the account are tried too
    waiting = outbox.items(("queued",))
    if waiting:
        account = AccountStore().load()
        if account is None:
            raise AccountError(Problem("no-account"))
        secret = _secret_for(account, PasswordStore(), args.password_stdin, out)
        outbox.process(account.server(), secret, [i.id for i in waiting])
    left = outbox.items(("queued", "failed", "account"))
    done = [d for i in waiting if (d := outbox.get(i.id)) is not None]
    _report(done, out)
    if not waiting:
        print("nothing is waiting to be sent", file=out)
    return 1 if left else 0
