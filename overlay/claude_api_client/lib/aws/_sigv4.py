"""AWS Signature Version 4 for an httpx request, with the standard library only.

Written from the algorithm AWS documents ("Create a signed AWS API request"): a canonical
request, a string to sign over its hash, and an HMAC key derived from the secret key, the date,
the region and the service. We sign ourselves (botocore only resolves credentials, when it has
to) so that a client with explicit or environment credentials never imports botocore.

Choices the documentation leaves to the signer:

- The path is encoded a second time (every service but S3 expects this): the wire path is
  already percent-encoded, so `%2F` in a model ARN is signed as `%252F` and `:` as `%3A`.
- Every header the request carries is signed except those a proxy or the transport may change
  or drop (`UNSIGNED_HEADERS`); `host` and `x-amz-date` are always among them.
- The payload hash is of the exact body bytes the request will send.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote_plus

if TYPE_CHECKING:
    import httpx

__all__ = ["ALGORITHM", "UNSIGNED_HEADERS", "AWSCredentials", "sign_request"]

ALGORITHM = "AWS4-HMAC-SHA256"

# Headers a hop may add, change or drop; signing them would break the signature in transit.
UNSIGNED_HEADERS = frozenset(
    {
        "authorization",
        "connection",
        "expect",
        "transfer-encoding",
        "user-agent",
        "x-amzn-trace-id",
    }
)


@dataclass(frozen=True)
class AWSCredentials:
    """One set of AWS credentials; the secrets never appear in a repr."""

    access_key: str
    secret_key: str = field(repr=False)
    session_token: str | None = field(default=None, repr=False)


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def signing_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    """The derived key: HMAC chain over date, region, service and the terminator."""
    key = _hmac(("AWS4" + secret_key).encode("utf-8"), date)
    key = _hmac(key, region)
    key = _hmac(key, service)
    return _hmac(key, "aws4_request")


def _canonical_path(raw_path: str) -> str:
    # The wire path is already percent-encoded once; the canonical form encodes it again
    # (the documented rule for every service except S3), keeping "/" and unreserved characters.
    return quote(raw_path or "/", safe="/-_.~")


def _canonical_query(raw_query: str) -> str:
    # Names and values decoded, then encoded the one documented way, sorted by name then value.
    # httpx writes a space in a query as "+" (a literal "+" goes as %2B), so "+" decodes to " ".
    pairs: list[tuple[str, str]] = []
    for item in raw_query.split("&") if raw_query else ():
        name, _, value = item.partition("=")
        pairs.append(
            (quote(unquote_plus(name), safe="-_.~"), quote(unquote_plus(value), safe="-_.~"))
        )
    return "&".join(f"{k}={v}" for k, v in sorted(pairs))


def _canonical_value(value: str) -> str:
    return " ".join(value.split())


def sign_request(
    request: httpx.Request,
    credentials: AWSCredentials,
    *,
    region: str,
    service: str,
    now: _dt.datetime | None = None,
) -> None:
    """Sign `request` in place: sets `x-amz-date`, `x-amz-security-token` (with a session token)
    and `authorization`. The body must be final (it is read and hashed)."""
    moment = (now or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    amz_date = moment.strftime("%Y%m%dT%H%M%SZ")
    date = amz_date[:8]
    headers = request.headers
    headers.pop("authorization", None)
    headers["x-amz-date"] = amz_date
    if credentials.session_token:
        headers["x-amz-security-token"] = credentials.session_token
    else:
        headers.pop("x-amz-security-token", None)
    if "host" not in headers:
        headers["host"] = request.url.netloc.decode("ascii")

    signed: dict[str, list[str]] = {}
    for name, value in headers.multi_items():
        lowered = name.lower()
        if lowered not in UNSIGNED_HEADERS:
            signed.setdefault(lowered, []).append(_canonical_value(value))
    names = sorted(signed)
    canonical_headers = "".join(f"{n}:{','.join(signed[n])}\n" for n in names)
    signed_headers = ";".join(names)
    body = request.read()
    canonical_request = "\n".join(
        [
            request.method.upper(),
            _canonical_path(request.url.raw_path.decode("ascii").partition("?")[0]),
            _canonical_query(request.url.query.decode("ascii")),
            canonical_headers,
            signed_headers,
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = f"{date}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(
        [ALGORITHM, amz_date, scope, hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()]
    )
    key = signing_key(credentials.secret_key, date, region, service)
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )
