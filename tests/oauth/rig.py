# SPDX-License-Identifier: GPL-3.0-or-later
"""The real sign-in rig on loopback: an OpenID provider (the npm package oidc-provider),
Dovecot checking each token by introspection at it, and Postfix taking letters for
submission with Dovecot's SASL, delivering them into a Maildir. Started by the tests as
their own processes, with their own configuration folders and ports; nothing leaves
127.0.0.1.

Postfix offers two submission ports: STARTTLS with OAUTHBEARER and XOAUTH2, and implicit
TLS with XOAUTH2 only (as Microsoft's servers), so both mechanisms are used.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import grp
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from tests.mailserver import free_port, make_certificate

HERE = Path(__file__).resolve().parent
RIG = HERE / "rig"
BROWSER = HERE / "browser.py"
NATIVE_CLIENT = "letter-composer"
LONG_TOKEN_CLIENT = "letter-composer-long"
MAILBOX_USER = "nobody"  # Postfix's virtual delivery writes as this user


def _wait_port(port: int, proc: subprocess.Popen[bytes], what: str, log: Path | None) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            text = log.read_text("utf-8", "replace") if log and log.exists() else ""
            raise RuntimeError(f"{what} stopped ({proc.returncode}): {text[-3000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} is not listening on {port}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def provider_json(issuer: str, client_id: str = NATIVE_CLIENT, **extra: object) -> dict:
    """The provider configuration entry for the rig's provider (the file's form)."""
    return {
        "name": "Rig",
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/auth",
        "token_endpoint": f"{issuer}/token",
        "client_id": client_id,
        "scopes": ["openid", "offline_access", "mail.send"],
        "domains": ["example.org", "example.net"],
        "smtp_host": "127.0.0.1",
        **extra,
    }


@dataclass
class Provider:
    """oidc-provider on 127.0.0.1."""

    port: int
    proc: subprocess.Popen[bytes]
    dovecot_secret: str
    log: Path

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def start(cls, folder: Path, access_ttl: int = 3600) -> Provider:
        if not (RIG / "node_modules" / "oidc-provider").is_dir():
            # `make test` installs it (npm ci); a developer's first run does it here.
            subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=RIG, check=True
            )
        port, secret = free_port(), secrets.token_urlsafe(24)
        log = folder / "provider.log"
        env = {**os.environ, "RIG_ACCESS_TTL": str(access_ttl)}
        with log.open("wb") as out:
            proc = subprocess.Popen(
                ["node", str(RIG / "server.js"), str(port), secret],
                cwd=RIG,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )
        _wait_port(port, proc, "oidc-provider", log)
        return cls(port, proc, secret, log)

    def stop(self) -> None:
        _stop(self.proc)


class Dovecot:
    """Dovecot's auth service only, checking tokens at the provider; on an inet port."""

    def __init__(self, folder: Path, provider: Provider) -> None:
        self.folder = folder
        self.port = free_port()
        for name in ("run", "state"):
            (folder / name).mkdir(parents=True, exist_ok=True)
        introspection = (
            f"http://dovecot:{provider.dovecot_secret}@127.0.0.1:{provider.port}"
            "/token/introspection"
        )
        (folder / "oauth2.conf.ext").write_text(
            f"introspection_mode = post\n"
            f"introspection_url = {introspection}\n"
            "username_attribute = sub\n"
            "active_attribute = active\n"
            "active_value = true\n"
            "timeout_msecs = 10000\n"
        )
        self.log = folder / "dovecot.log"
        (folder / "dovecot.conf").write_text(
            f"base_dir = {folder}/run\n"
            f"state_dir = {folder}/state\n"
            f"log_path = {self.log}\n"
            "protocols = none\n"
            "listen = 127.0.0.1\n"
            "ssl = no\n"
            "disable_plaintext_auth = no\n"
            "auth_mechanisms = xoauth2 oauthbearer\n"
            "auth_verbose = yes\n"
            "auth_failure_delay = 0\n"
            "default_internal_user = dovecot\n"
            "default_login_user = dovenull\n"
            "passdb {\n"
            "  driver = oauth2\n"
            "  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {folder}/oauth2.conf.ext\n"
            "}\n"
            "userdb {\n"
            "  driver = static\n"
            "  args = uid=nobody gid=nogroup home=/nonexistent\n"
            "}\n"
            # No growing delay after each failure from 127.0.0.1 (auth penalty): the tests
            # fail on purpose, one after another, from the same address.
            "service anvil {\n"
            "  unix_listener anvil-auth-penalty {\n"
            "    mode = 0\n"
            "  }\n"
            "}\n"
            "service auth {\n"
            "  inet_listener {\n"
            f"    port = {self.port}\n"
            "  }\n"
            "}\n"
        )
        with (folder / "dovecot.err").open("wb") as err:
            self.proc = subprocess.Popen(
                ["dovecot", "-F", "-c", str(folder / "dovecot.conf")],
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
        _wait_port(self.port, self.proc, "dovecot", folder / "dovecot.err")

    def tail(self) -> str:
        return self.log.read_text("utf-8", "replace")[-3000:] if self.log.exists() else ""

    def stop(self) -> None:
        _stop(self.proc)


MASTER_CF = """\
{starttls} inet n - n - - smtpd
  -o smtpd_tls_security_level=encrypt
{tls} inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_mechanism_filter=xoauth2
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
virtual unix - n n - - virtual
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""


class Postfix:
    """A Postfix instance of the test's own (config, queue, Maildir), for submission."""

    def __init__(self, folder: Path, dovecot: Dovecot) -> None:
        self.folder = folder
        self.starttls_port, self.tls_port = free_port(), free_port()
        conf, queue, data = folder / "conf", folder / "queue", folder / "data"
        self.maildir = folder / "mail" / "inbox"
        for path in (conf, queue, data, folder / "mail"):
            path.mkdir(parents=True, exist_ok=True)
        nobody = pwd.getpwnam(MAILBOX_USER)
        os.chown(folder / "mail", nobody.pw_uid, nobody.pw_gid)
        postfix = pwd.getpwnam("postfix")
        os.chown(data, postfix.pw_uid, postfix.pw_gid)
        self.cafile, key = make_certificate(folder)
        self.log = folder / "postfix.log"
        (conf / "main.cf").write_text(
            "compatibility_level = 3.6\n"
            f"queue_directory = {queue}\n"
            f"data_directory = {data}\n"
            "mail_owner = postfix\n"
            "setgid_group = postdrop\n"
            "daemon_directory = /usr/lib/postfix/sbin\n"
            "shlib_directory = /usr/lib/postfix\n"
            "meta_directory = /etc/postfix\n"
            "command_directory = /usr/sbin\n"
            "inet_interfaces = 127.0.0.1\n"
            "inet_protocols = ipv4\n"
            "myhostname = mx.test\n"
            "mydomain = mx.test\n"
            "myorigin = mx.test\n"
            "mydestination =\n"
            "mynetworks =\n"
            "relayhost =\n"
            "alias_maps =\n"
            "alias_database =\n"
            "local_recipient_maps =\n"
            "smtputf8_enable = yes\n"
            "virtual_mailbox_domains = example.org example.net example.com\n"
            f"virtual_mailbox_base = {folder}/mail\n"
            "virtual_mailbox_maps = static:inbox/\n"
            f"virtual_uid_maps = static:{nobody.pw_uid}\n"
            f"virtual_gid_maps = static:{nobody.pw_gid}\n"
            "virtual_minimum_uid = 1\n"
            f"smtpd_tls_cert_file = {self.cafile}\n"
            f"smtpd_tls_key_file = {key}\n"
            "smtpd_tls_auth_only = yes\n"
            "smtpd_sasl_auth_enable = yes\n"
            "smtpd_sasl_type = dovecot\n"
            f"smtpd_sasl_path = inet:127.0.0.1:{dovecot.port}\n"
            "smtpd_relay_restrictions = permit_sasl_authenticated, reject\n"
            "smtpd_recipient_restrictions = permit_sasl_authenticated, reject\n"
            f"maillog_file = {self.log}\n"
            f"maillog_file_prefixes = {folder}\n"
            "disable_dns_lookups = yes\n"
            "smtp_dns_support_level = disabled\n"
        )
        (conf / "master.cf").write_text(
            MASTER_CF.format(starttls=self.starttls_port, tls=self.tls_port)
        )
        # The log file is written by postlogd as root; the queue folders by set-permissions.
        subprocess.run(
            ["postfix", "-c", str(conf), "set-permissions"],
            check=True,
            capture_output=True,
        )
        with (folder / "master.err").open("wb") as err:
            self.proc = subprocess.Popen(
                ["/usr/lib/postfix/sbin/master", "-c", str(conf), "-d"],
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,  # its own process group, which it ends when stopped
            )
        _wait_port(self.starttls_port, self.proc, "postfix", self.log)
        _wait_port(self.tls_port, self.proc, "postfix", self.log)

    def messages(self) -> list[EmailMessage]:
        new = self.maildir / "new"
        if not new.is_dir():
            return []
        out = []
        for path in sorted(new.iterdir()):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            out.append(msg)  # type: ignore[arg-type]
        return out

    def wait_for(self, subject: str, count: int = 1, timeout: float = 20.0) -> list[EmailMessage]:
        """The delivered letters with this subject, once there are `count` of them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [m for m in self.messages() if m["Subject"] == subject]
            if len(found) >= count:
                return found
            time.sleep(0.1)
        raise AssertionError(f"no letter {subject!r} in the Maildir; log:\n{self.tail()}")

    def tail(self) -> str:
        return self.log.read_text("utf-8", "replace")[-3000:] if self.log.exists() else ""

    def stop(self) -> None:
        _stop(self.proc)


def available() -> str:
    """What is missing for the rig, or "" (the tests say what to install, never skip
    silently: make test installs all of it)."""
    missing = [t for t in ("node", "npm", "dovecot", "postfix") if shutil.which(t) is None]
    if missing:
        return "missing: " + ", ".join(missing)
    try:
        grp.getgrnam("postdrop")
        pwd.getpwnam(MAILBOX_USER)
    except KeyError as exc:
        return str(exc)
    return ""
