"""An independent AWS Signature Version 4 verifier, for the tests only.

Written from AWS's "Signature Version 4 signing process" documentation, deliberately not from the
client's signer: it starts from what a server receives (the raw request line, header lines and
body) and rebuilds the canonical request, the string to sign and the derived key itself.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from typing import Any

_AUTH = re.compile(
    r"^AWS4-HMAC-SHA256 Credential=(?P<key>[^/]+)/(?P<date>\d{8})/(?P<region>[^/]+)/"
    r"(?P<service>[^/]+)/aws4_request, SignedHeaders=(?P<signed>[a-z0-9;-]+), "
    r"Signature=(?P<signature>[0-9a-f]{64})$"
)


class SignatureMismatch(AssertionError):
    pass


def _uri_encode(text: str, keep_slash: bool) -> str:
    # The documented UriEncode: every byte except A-Z a-z 0-9 - _ . ~ (and "/" in paths) as %XY.
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char.isascii() and (char.isalnum() or char in "-_.~" or (keep_slash and char == "/")):
            out.append(char)
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def verify(
    *,
    method: str,
    raw_path: str,
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    body: bytes,
    access_key: str,
    secret_key: str,
    region: str,
    service: str,
) -> dict[str, str]:
    """Check the request's SigV4 signature; return the parsed Authorization fields."""
    found = _AUTH.match(headers.get("authorization", ""))
    if found is None:
        raise SignatureMismatch(f"not a SigV4 authorization: {headers.get('authorization')!r}")
    fields = found.groupdict()
    if (fields["key"], fields["region"], fields["service"]) != (access_key, region, service):
        raise SignatureMismatch(f"wrong credential scope: {fields}")
    amz_date = headers["x-amz-date"]
    if amz_date[:8] != fields["date"]:
        raise SignatureMismatch("x-amz-date and the credential scope disagree")
    signed = fields["signed"].split(";")
    if "host" not in signed or "x-amz-date" not in signed:
        raise SignatureMismatch("host and x-amz-date must be signed")
    if "x-amz-security-token" in headers and "x-amz-security-token" not in signed:
        raise SignatureMismatch("the session token must be signed")
    canonical = "\n".join(
        [
            method,
            # The server sees the path as sent (encoded once) and encodes it once more.
            _uri_encode(raw_path, keep_slash=True),
            "&".join(
                sorted(
                    f"{_uri_encode(k, False)}={_uri_encode(v, False)}"
                    for k, values in query.items()
                    for v in values
                )
            ),
            "".join(f"{name}:{' '.join(headers[name].split())}\n" for name in signed),
            fields["signed"],
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = f"{fields['date']}/{region}/{service}/aws4_request"
    to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("AWS4" + secret_key).encode()
    for part in (fields["date"], region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, fields["signature"]):
        raise SignatureMismatch(f"signature mismatch; canonical request was:\n{canonical}")
    return fields


def verify_sent(request: Any, **credentials: str) -> dict[str, str]:
    """Verify a request recorded by the local server (`request.sent` for platform routes)."""
    sent = request.sent or request
    return verify(
        method=sent.method,
        raw_path=sent.path,
        query=sent.query,
        headers=sent.headers,
        body=sent.body,
        **credentials,
    )
