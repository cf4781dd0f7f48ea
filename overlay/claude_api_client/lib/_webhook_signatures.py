"""Standard Webhooks signatures: verify a delivery, or sign one (for tests and the simulator).

A delivery carries three headers: `webhook-id`, `webhook-timestamp` (Unix seconds) and
`webhook-signature`, a space-separated list of `v1,<base64 HMAC-SHA256>` entries computed over
`"<id>.<timestamp>.<body>"`. The secret is written `whsec_<base64 key>`; raw key bytes are
accepted too. A delivery is accepted when its timestamp is within `tolerance` seconds of now
(both ways: this is the replay window) and one of its `v1` signatures matches, compared in
constant time. Knows no model: parsing the body is the caller's business.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping

from ._webhook_errors import WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE_SECONDS",
    "MAX_SIGNATURE_HEADER_CHARS",
    "decode_key",
    "generate_key",
    "sign",
    "signed_headers",
    "verify",
]

DEFAULT_TOLERANCE_SECONDS = 5 * 60
"""How far a delivery's timestamp may be from now, either way (the Standard Webhooks value)."""

MAX_SIGNATURE_HEADER_CHARS = 8 * 1024
"""Cap on the `webhook-signature` header we are willing to scan (a few dozen signatures)."""

_PREFIX = "whsec_"


def decode_key(key: str | bytes) -> bytes:
    """The HMAC key: `whsec_`-prefixed (or bare) base64 text, or raw bytes as they are."""
    if isinstance(key, bytes):
        if not key:
            raise WebhookVerificationError("The webhook signing key is empty.", reason="bad_key")
        return key
    text = key.strip()
    if text.startswith(_PREFIX):
        text = text[len(_PREFIX) :]
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        # Never echo the key: it is a secret.
        raise WebhookVerificationError(
            "The webhook signing key is not valid base64 (expected `whsec_<base64>`).",
            reason="bad_key",
        ) from None
    if not raw:
        raise WebhookVerificationError("The webhook signing key is empty.", reason="bad_key")
    return raw


def generate_key() -> str:
    """A fresh random secret in the `whsec_<base64>` form (for tests)."""
    return _PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def _body_bytes(payload: str | bytes) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else payload


def sign(payload: str | bytes, *, key: str | bytes, msg_id: str, timestamp: int) -> str:
    """The `v1,<base64>` signature of one delivery."""
    signed = f"{msg_id}.{timestamp}.".encode() + _body_bytes(payload)
    digest = hmac.new(decode_key(key), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signed_headers(
    payload: str | bytes,
    *,
    key: str | bytes,
    msg_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, str]:
    """The three headers a real delivery of `payload` would carry, signed with `key`."""
    msg_id = msg_id or "msg_" + secrets.token_hex(12)
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(payload, key=key, msg_id=msg_id, timestamp=timestamp),
    }


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    for key, candidate in headers.items():  # HTTP header names are case-insensitive
        if key.lower() == name:
            return candidate
    return None


def verify(
    payload: str | bytes,
    headers: Mapping[str, str],
    *,
    key: str | bytes,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> None:
    """Return quietly when the delivery is authentic and fresh; raise WebhookVerificationError."""
    msg_id = _header(headers, "webhook-id")
    stamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    if not msg_id or not stamp or not signatures:
        missing = [
            name
            for name, value in (
                ("webhook-id", msg_id),
                ("webhook-timestamp", stamp),
                ("webhook-signature", signatures),
            )
            if not value
        ]
        raise WebhookVerificationError(
            f"The webhook is missing the {', '.join(missing)} header(s).", reason="missing_headers"
        )
    try:
        timestamp = int(stamp.strip())
    except ValueError:
        raise WebhookVerificationError(
            "The webhook-timestamp header is not a Unix time in seconds.", reason="bad_timestamp"
        ) from None
    current = time.time() if now is None else now
    if timestamp < current - tolerance:
        raise WebhookVerificationError(
            f"The webhook timestamp is more than {tolerance} s old; refusing a possible replay.",
            reason="timestamp_too_old",
        )
    if timestamp > current + tolerance:
        raise WebhookVerificationError(
            f"The webhook timestamp is more than {tolerance} s in the future.",
            reason="timestamp_too_new",
        )
    if len(signatures) > MAX_SIGNATURE_HEADER_CHARS:
        raise WebhookVerificationError(
            "The webhook-signature header is too long.", reason="no_matching_signature"
        )
    expected = sign(payload, key=key, msg_id=msg_id, timestamp=timestamp).encode("ascii")
    matched = False
    for entry in signatures.split():
        version, _, _value = entry.partition(",")
        if version != "v1":
            continue  # other schemes (e.g. asymmetric v1a) are not ours to check
        # Keep scanning after a match so the time taken does not depend on which entry matched.
        matched |= hmac.compare_digest(entry.encode("ascii", "replace"), expected)
    if not matched:
        raise WebhookVerificationError(
            "No webhook signature matches this payload and key.", reason="no_matching_signature"
        )
