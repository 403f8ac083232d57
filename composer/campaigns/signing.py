# SPDX-License-Identifier: GPL-3.0-or-later
"""minisign keys and signatures, read and written in the stock tool's formats.

Only the pre-hashed kind (`ED`: Ed25519 over the file's BLAKE2b-512) is accepted; the
legacy kind (`Ed`: Ed25519 over the file itself) is refused, as `minisign -V -H` does
(plain `minisign -V`, 0.11, still accepts it). Every failure is a SignatureError naming
what is wrong, never a crash.

Formats (minisign's own, all little-endian):
- public key: base64 of `Ed` ‖ key id (8) ‖ Ed25519 public key (32);
- signature file: `untrusted comment: ...`, base64 of `ED` ‖ key id ‖ signature (64),
  `trusted comment: ...`, base64 of a signature over signature ‖ trusted comment;
- secret key: base64 of `Ed` ‖ kdf (`Sc` for scrypt, or two zero bytes: unencrypted) ‖
  `B2` ‖ salt (32) ‖ opslimit (8) ‖ memlimit (8) ‖ key id (8) ‖ secret key (64) ‖
  checksum (32), the last three XORed with scrypt(password) when encrypted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass

from composer.problems import ComposerError, Problem

SIG_ALG = b"Ed"  # in keys; and the legacy signature kind
SIG_ALG_HASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CHK_ALG = b"B2"
COMMENT_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
# minisign's own limits on a comment line (COMMENTMAXBYTES, TRUSTEDCOMMENTMAXBYTES).
COMMENT_MAX = 1024
TRUSTED_COMMENT_MAX = 8192
SIGNATURE_FILE_MAX = 16 * 1024
# libsodium's crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE, minisign's choice.
OPSLIMIT = 33554432
MEMLIMIT = 1073741824
# A key file may ask for more; beyond this it is refused rather than exhaust memory.
MAX_SCRYPT_MEMORY = 2 * MEMLIMIT

_SECRET = struct.Struct("<2s2s2s32sQQ8s64s32s")


class SignatureError(ComposerError):
    """A key or signature is unreadable, of the wrong kind, or does not verify."""


def _fail(code: str, **args: object) -> SignatureError:
    return SignatureError(Problem(code, "", None, args))


def _b64(text: str, size: int, code: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise _fail(code) from None
    if len(raw) != size:
        raise _fail(code)
    return raw


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as in the file
    key: bytes  # the Ed25519 public key, 32 bytes

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """The `RW...` line (a whole .pub file is accepted too: its last line counts)."""
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if not lines or (len(lines) == 2 and not lines[0].startswith(COMMENT_PREFIX)):
            raise _fail("bad-public-key")
        if len(lines) > 2:
            raise _fail("bad-public-key")
        raw = _b64(lines[-1], 42, "bad-public-key")
        if raw[:2] != SIG_ALG:
            raise _fail("bad-public-key")
        return cls(raw[2:10], raw[10:])

    @property
    def line(self) -> str:
        """The base64 line minisign prints and `-P` takes."""
        return base64.b64encode(SIG_ALG + self.key_id + self.key).decode("ascii")

    @property
    def id_hex(self) -> str:
        """The key id as minisign shows it (a little-endian number in hex)."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    def file_text(self) -> str:
        return f"{COMMENT_PREFIX}minisign public key {self.id_hex}\n{self.line}\n"


@dataclass(frozen=True)
class Signature:
    """A parsed `.minisig` file."""

    untrusted_comment: str
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @classmethod
    def parse(cls, data: bytes) -> Signature:
        if len(data) > SIGNATURE_FILE_MAX:
            raise _fail("bad-signature-file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise _fail("bad-signature-file") from None
        lines = [line.removesuffix("\r") for line in text.split("\n")]
        while lines and lines[-1] == "":
            lines.pop()
        if len(lines) != 4:
            raise _fail("bad-signature-file")
        comment, sig_line, trusted, global_line = lines
        if not comment.startswith(COMMENT_PREFIX) or len(comment.encode()) >= COMMENT_MAX:
            raise _fail("bad-signature-file")
        if not trusted.startswith(TRUSTED_PREFIX):
            raise _fail("bad-signature-file")
        trusted = trusted[len(TRUSTED_PREFIX) :]
        if len(trusted.encode()) >= TRUSTED_COMMENT_MAX or any(
            (ord(ch) < 0x20 and ch != "\t") or ord(ch) == 0x7F for ch in trusted
        ):
            raise _fail("bad-signature-file")
        raw = _b64(sig_line, 74, "bad-signature-file")
        if raw[:2] == SIG_ALG:
            raise _fail("legacy-signature")
        if raw[:2] != SIG_ALG_HASHED:
            raise _fail("bad-signature-file")
        global_sig = _b64(global_line, 64, "bad-signature-file")
        return cls(
            comment[len(COMMENT_PREFIX) :], raw[:2], raw[2:10], raw[10:], trusted, global_sig
        )

    def file_text(self) -> str:
        sig = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        glob = base64.b64encode(self.global_signature).decode("ascii")
        return (
            f"{COMMENT_PREFIX}{self.untrusted_comment}\n{sig}\n"
            f"{TRUSTED_PREFIX}{self.trusted_comment}\n{glob}\n"
        )


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def verify(public: PublicKey, message: bytes, signature_file: bytes) -> str:
    """The trusted comment, once the signature file holds a valid pre-hashed signature of
    message by this key; SignatureError otherwise."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    sig = Signature.parse(signature_file)
    if not hmac.compare_digest(sig.key_id, public.key_id):
        raise _fail("signature-other-key")
    try:
        key = Ed25519PublicKey.from_public_bytes(public.key)
    except ValueError:
        raise _fail("bad-public-key") from None
    try:
        key.verify(sig.signature, _prehash(message))
    except InvalidSignature:
        raise _fail("signature-mismatch") from None
    try:
        key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise _fail("trusted-comment-mismatch") from None
    return sig.trusted_comment


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    secret: bytes  # libsodium's 64 bytes: seed ‖ public key

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.key_id, self.secret[32:])

    @classmethod
    def generate(cls) -> SecretKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        private = Ed25519PrivateKey.generate()
        seed = private.private_bytes_raw()
        pub = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(os.urandom(8), seed + pub)

    def _checksum(self) -> bytes:
        return hashlib.blake2b(SIG_ALG + self.key_id + self.secret, digest_size=32).digest()

    @classmethod
    def parse(cls, data: bytes, password: str | None = None) -> SecretKey:
        """A minisign secret key file, decrypted with password when it is encrypted."""
        try:
            lines = data.decode("utf-8").strip().splitlines()
        except UnicodeDecodeError:
            raise _fail("bad-secret-key") from None
        if len(lines) != 2 or not lines[0].startswith(COMMENT_PREFIX):
            raise _fail("bad-secret-key")
        raw = _b64(lines[1], _SECRET.size, "bad-secret-key")
        alg, kdf, chk_alg, salt, ops, mem, key_id, secret, chk = _SECRET.unpack(raw)
        if alg != SIG_ALG or chk_alg != CHK_ALG:
            raise _fail("bad-secret-key")
        if kdf == KDF_SCRYPT:
            if password is None:
                raise _fail("key-needs-password")
            stream = _scrypt(password, salt, ops, mem, 104)
            plain = bytes(a ^ b for a, b in zip(key_id + secret + chk, stream, strict=True))
            key_id, secret, chk = plain[:8], plain[8:72], plain[72:]
            key = cls(key_id, secret)
            if not hmac.compare_digest(chk, key._checksum()):
                raise _fail("wrong-key-password")
        elif kdf == KDF_NONE:
            key = cls(key_id, secret)
            # minisign -W leaves the checksum zero; one that is there must be right.
            if chk != bytes(32) and not hmac.compare_digest(chk, key._checksum()):
                raise _fail("bad-secret-key")
        else:
            raise _fail("bad-secret-key")
        key._check_pair()
        return key

    def _check_pair(self) -> None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        derived = (
            Ed25519PrivateKey.from_private_bytes(self.secret[:32])
            .public_key()
            .public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
        if derived != self.secret[32:]:
            raise _fail("bad-secret-key")

    def file_text(self, password: str | None = None) -> str:
        """The key file; encrypted as `minisign -G` does it when a password is given, else
        unencrypted as `minisign -G -W` writes it."""
        chk = self._checksum()
        if password is None:
            raw = _SECRET.pack(
                SIG_ALG, KDF_NONE, CHK_ALG, bytes(32), 0, 0, self.key_id, self.secret, chk
            )
            comment = "minisign secret key"
        else:
            salt = os.urandom(32)
            stream = _scrypt(password, salt, OPSLIMIT, MEMLIMIT, 104)
            enc = bytes(a ^ b for a, b in zip(self.key_id + self.secret + chk, stream, strict=True))
            raw = _SECRET.pack(
                SIG_ALG, KDF_SCRYPT, CHK_ALG, salt, OPSLIMIT, MEMLIMIT, enc[:8], enc[8:72], enc[72:]
            )
            comment = "minisign encrypted secret key"
        return f"{COMMENT_PREFIX}{comment}\n{base64.b64encode(raw).decode('ascii')}\n"

    def sign(self, message: bytes, trusted_comment: str, untrusted_comment: str = "") -> bytes:
        """A pre-hashed (`ED`) signature file for message."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        private = Ed25519PrivateKey.from_private_bytes(self.secret[:32])
        signature = private.sign(_prehash(message))
        global_sig = private.sign(signature + trusted_comment.encode("utf-8"))
        sig = Signature(
            untrusted_comment or f"signature from minisign secret key {self.public.id_hex}",
            SIG_ALG_HASHED,
            self.key_id,
            signature,
            trusted_comment,
            global_sig,
        )
        return sig.file_text().encode("utf-8")


def scrypt_parameters(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """(N, r, p) as libsodium's pickparams derives them for scryptsalsa208sha256."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
    else:
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if opslimit >= memlimit // 32:
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _scrypt(password: str, salt: bytes, opslimit: int, memlimit: int, size: int) -> bytes:
    n, r, p = scrypt_parameters(opslimit, memlimit)
    need = 128 * r * n + 128 * r * p + 1024 * 1024
    if need > MAX_SCRYPT_MEMORY or p < 1:
        raise _fail("bad-secret-key")
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=need, dklen=size
    )
