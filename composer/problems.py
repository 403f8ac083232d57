# SPDX-License-Identifier: GPL-3.0-or-later
"""Problems found in user input, each with its place and a stable code for translation."""

from __future__ import annotations

from dataclasses import dataclass, field

# English source text for every problem code. The UI translates by code (issue: languages);
# the CLI prints the English text. Keep the {placeholders} identical in translations.
MESSAGES: dict[str, str] = {
    # bundle / archive
    "not-found": "no campaign at this path",
    "bad-zip": "the .campaign file is damaged or not a zip archive ({detail})",
    "too-many-files": "holds more than {limit} files",
    "zip-directory-too-large": "the archive's list of files takes more than {limit} bytes; "
    "a campaign needs far less",
    "file-too-large": "is larger than {limit} bytes",
    "bundle-too-large": "the campaign is larger than {limit} bytes in all",
    "ratio-too-high": "is compressed more than {limit}:1, which only hostile archives do",
    "unsafe-name": "unsafe file name in the archive: {name}",
    "encrypted": "is encrypted; campaign archives must not be",
    "not-a-file": "is a link or a special file; campaigns hold plain files only",
    "unreadable": "cannot be read ({detail})",
    "not-utf8": "is not UTF-8 text (byte {offset})",
    "duplicate-member": "appears twice in the archive",
    "duplicate-name": "differs from '{other}' only in letter case or in how an accent is "
    "encoded, which many computers take for the same name; keep only one of them",
    # campaign.toml
    "missing-file": "is missing",
    "toml-syntax": "TOML syntax error: {detail}",
    "missing-key": "missing required key '{key}'",
    "wrong-type": "'{key}' must be {expected}",
    "bad-format": "format {value} is not supported (this version reads format 1)",
    "bad-id": "id '{value}' must be lowercase letters, digits and hyphens",
    "bad-language": "'{value}' is not a language code (like en, fr or pt-br)",
    "unknown-key": "unknown key '{key}' (misspelt?)",
    "no-appeal-original": "the original language '{lang}' has no appeal/{lang}.md",
    "no-letters": "the campaign has no letter template in letters/",
    "no-recipients": "the campaign names no recipients",
    "bad-email": "'{value}' is not an e-mail address",
    "line-break": "'{key}' must be on one line",
    "bad-field-key": "field key '{value}' must start with a letter and hold only a-z, 0-9, _",
    "reserved-field-key": "field key '{value}' is reserved for the template",
    "duplicate-key": "field key '{value}' is used twice",
    "too-many-recipients": "more than {limit} recipients",
    "too-many-fields": "more than {limit} fields",
    "bad-default": "the default value must fit the field (one line, at most {limit} characters)",
    "duplicate-email": "recipient address '{value}' is listed twice",
    "missing-title": "no title for language '{lang}'",
    "missing-label": "field '{field}' has no label in language '{lang}'",
    "bad-status": "translation status '{value}' must be one of original, reviewed, draft",
    "bad-date": "'{key}' must be a date like 2026-12-31",
    "stray-file": "is not part of a campaign bundle (appeal/<lang>.md, letters/<lang>.txt.j2)",
    "bad-primary": "letter language '{lang}' has no template in letters/",
    "letter-fields-differ": "uses other fields than the '{lang}' letter (missing: {missing}; "
    "extra: {extra})",
    "postal-address-control": "the postal address may hold text and line breaks only, no "
    "other control characters",
    "postal-address-too-long": "the postal address is longer than {lines} lines or {limit} "
    "characters",
    "bad-fax": "'{value}' is not a fax number (digits, spaces, +, -, (, ) and dots)",
    "bad-campaign-status": "status '{value}' must be active or closed",
    "bad-organiser-key": "the organiser's key must be a minisign public key (the line "
    "starting with RW that minisign prints)",
    # signatures (minisign) and the MANIFEST they sign
    "bad-public-key": "this is not a minisign public key",
    "bad-secret-key": "this is not a minisign secret key, or it is damaged",
    "key-needs-password": "this secret key is protected by a password: give it (--password-stdin)",
    "wrong-key-password": "wrong password for this secret key",
    "bad-signature-file": "is not a minisign signature file, or it is damaged",
    "legacy-signature": "holds a legacy minisign signature; sign again with a current "
    "minisign (without -l)",
    "signature-other-key": "was made with another key than the organiser's key in campaign.toml",
    "signature-mismatch": "the signature does not match: MANIFEST was changed after signing",
    "trusted-comment-mismatch": "the signature's trusted comment was changed after signing",
    "manifest-without-signature": "MANIFEST is there but MANIFEST.minisig is missing",
    "signature-without-manifest": "MANIFEST.minisig is there but MANIFEST is missing",
    "no-organiser-key": "the campaign is signed but campaign.toml names no organiser key "
    "([organiser] key)",
    "no-version": "a signed campaign needs a version in campaign.toml",
    "manifest-bad-line": "line {line} is not '<sha256>  <path>'",
    "manifest-unsafe-path": "lists an unsafe path: {name}",
    "manifest-unsorted": "is not sorted by path (as LC_ALL=C sort): {name}",
    "manifest-duplicate": "lists {name} twice",
    "manifest-missing-file": "lists {name}, which is not in the campaign",
    "manifest-changed-file": "{name} was changed after signing",
    "manifest-unlisted-file": "does not list {name}, which the campaign holds",
    "trusted-comment-disagrees": "the signature says {signed}, but campaign.toml says {actual}",
    "key-not-organisers": "this secret key is not the organiser's key in campaign.toml",
    "file-exists": "{value} already exists; it is not overwritten",
    # templates
    "no-subject": "first line must be 'Subject: ...' followed by a blank line",
    "template-syntax": "template error: {detail}",
    "template-undefined": "template uses something that does not exist: {detail}",
    "template-security": "template does something a campaign may not do: {detail}",
    "template-error": "template failed: {detail}",
    "template-too-complex": "template is too complex: more than {limit} tags, names and signs",
    "template-timeout": "template takes too long to fill in (more than two seconds); "
    "it probably loops without end",
    "empty-appeal": "the appeal text is empty",
    # alternative wordings: [[ first | second ]]
    "variant-unopened": "']]' ends a group of alternative wordings, but no group was "
    "opened with '[[' before it",
    "variant-unclosed": "the group of alternative wordings opened here with '[[' is never "
    "closed with ']]'",
    "variant-nested": "'[[' opens a group of wordings inside another group; close the first "
    "group with ']]' before opening the next",
    "variant-single": "this group of alternative wordings has only one wording: give at "
    "least two wordings separated by |",
    "variant-too-many-groups": "more than {limit} groups of alternative wordings",
    "variant-too-many-wordings": "a group of alternative wordings has more than {limit} wordings",
    "variant-crosses-block": "a block tag here (if, for, else, endif, ...) reaches across "
    "the edge of a wording; each wording must hold whole blocks, from if to endif",
    # values given by the user
    "required-field": "'{label}' is required",
    "unknown-field": "the campaign has no field '{key}'",
    "value-line-break": "'{label}' must be on one line",
    "value-too-long": "'{label}' is longer than {limit} characters",
    "no-such-language": "the campaign has no letter in '{lang}'",
    "no-such-recipient": "the campaign has no recipient {value}",
    "no-such-campaign": "no campaign '{value}' (see the campaigns command)",
    "header-line-break": "the {header} must be on one line",
    "header-bad-address": "'{value}' is not a usable e-mail address",
    # sending (the text says what to do next)
    "smtp-error": "the mail server failed: {detail}",
    "smtp-unreachable": "cannot reach the mail server ({detail}): check your internet "
    "connection and the server's name and port",
    "smtp-timeout": "the mail server did not answer in time ({detail}): try again later",
    "smtp-certificate": "the mail server's certificate cannot be trusted ({detail}); your "
    "password was not sent. Check the server name, or give the server's certificate file",
    "smtp-tls": "the secure connection to the mail server failed ({detail}); your password "
    "was not sent. Check the port and security setting",
    "smtp-no-starttls": "the mail server does not offer encryption (STARTTLS), so your "
    "password was not sent: choose implicit TLS (usually port 465)",
    "smtp-no-auth": "the mail server offers no password log-in over this connection "
    "(it offers: {detail}); check the port and security setting",
    "smtp-auth-failed": "the mail server refused your user name or password ({detail}): "
    "check them; some providers need an app password",
    "smtp-oauth-required": "{provider} accepts only its own sign-in (OAuth2) for sending: "
    "sign in with it (account set --oauth) where an organisation has set that up for this "
    "app, or copy the letter into your mail app, or use another mail account",
    "smtp-oauth-refused": "the mail server refused a fresh sign-in ({detail}): sending by "
    "SMTP may be turned off for this account, or your organisation must approve the app "
    "first. Ask your administrator, or deliver the letter another way",
    "smtp-proxy-unreachable": "the proxy {proxy} does not answer ({detail}); nothing was "
    "sent, not even directly: start the proxy, or change the network settings",
    "smtp-no-tor": "Tor is not running on this computer ({detail}); nothing was sent, not "
    "even directly: start Tor or Tor Browser, then try again",
    "smtp-proxy-failed": "the proxy {proxy} could not reach the mail server ({detail}): try "
    "again later; some providers refuse connections that come through Tor",
    "smtp-connection-lost": "the mail server closed the connection ({detail}): try again later",
    "smtp-delivery-unknown": "the connection broke after the letter was handed over, so it "
    "may have been delivered; it will not be sent again unless you choose to",
    "smtp-refused": "the mail server refused {who}: {code} {detail}",
    "smtp-rejected": "the mail server did not accept it: {code} {detail}",
    "smtp-no-smtputf8": "the mail server does not take addresses with letters beyond ASCII, "
    "like {who} (it does not offer SMTPUTF8), so this letter was not sent: send it from "
    "another mail account, or deliver it another way",
    # accounts and passwords
    "no-account": "no mail account is set up yet (letter-composer-cli account set ...)",
    "no-provider": "the provider table does not know {domain}: give the server (--host, "
    "--port, --security)",
    "insecure-keyring": "this computer has no secure password store ({backend}); the "
    "password was not saved. Choose to be asked for it each time",
    "keyring-failed": "the password store failed: {detail}",
    "no-password": "no password is stored for {username}: give it (--password-stdin)",
    "bad-account": "the account settings are not valid: {detail}",
    # signing in at the provider (OAuth2)
    "oauth-config": "the sign-in settings are not valid: {detail}",
    "oauth-not-registered": "signing in with {provider} is not set up in this copy of the "
    "app (an organisation must register it with {provider} first): send with a password or "
    "an app password, from your mail app or webmail, or by post",
    "oauth-no-provider": "no sign-in is known for {domain}: use a password, or deliver the "
    "letter another way",
    "oauth-timeout": "the sign-in in the browser did not finish within {minutes} minutes "
    "(was the page closed?): try again",
    "oauth-cancelled": "the sign-in with {provider} was cancelled",
    "oauth-denied": "{provider} did not allow the sign-in ({detail}): try again, and accept "
    "the request on {provider}'s page",
    "oauth-grant-invalid": "{provider} no longer accepts the saved sign-in ({detail}): sign "
    "in again",
    "oauth-provider-error": "{provider} refused the sign-in ({detail})",
    "oauth-unreachable": "cannot reach {provider} to sign in ({detail}): check your "
    "internet connection",
    "oauth-proxy-failed": "cannot reach {provider} through the proxy {proxy} to sign in "
    "({detail}); nothing was sent, not even directly: start the proxy or Tor, or change "
    "the network settings",
    "oauth-wrong-issuer": "the answer in the browser did not come from {provider} but from "
    "{detail}; nothing was saved: try again",
    "oauth-signed-out": "{username} is not signed in with {provider}: sign in again",
    "no-such-letter": "the outbox has no letter {value} (see: outbox list)",
    "letter-busy": "letter {value} is being sent right now; try again in a moment",
}


def _short(value: object) -> object:
    """A value as it can be shown in one line: hostile input may be huge."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**100:
        return "(a very long number)"
    if isinstance(value, str) and len(value) > 120:
        return value[:117] + "..."
    return value


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where it is, and why."""

    code: str
    file: str = ""
    line: int | None = None
    args: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", {k: _short(v) for k, v in self.args.items()})

    @property
    def text(self) -> str:
        return MESSAGES[self.code].format(**self.args)

    @property
    def where(self) -> str:
        if not self.file:
            return ""
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.text}" if self.where else self.text


class ComposerError(Exception):
    """A user-facing failure carrying one or more Problems (never a traceback to the user)."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class BundleError(ComposerError):
    """The campaign bundle could not be read or is not valid."""


class TemplateError(ComposerError):
    """A letter template could not be compiled or rendered."""


class InputError(ComposerError):
    """Values typed by the user cannot make a letter (missing, multi-line, unknown)."""
