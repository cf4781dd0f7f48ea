"""vcrpy configuration shared by the cassette tests and scripts/record.

Replay (the default): `record_mode="none"`, matching on method, path, query and body, where the
body matcher compares JSON semantically and multipart bodies byte for byte once the boundary is
normalised. Recording (`CLAUDE_API_CLIENT_RECORD=1`, set by scripts/record): `record_mode="all"`
with every secret filtered out before vcrpy writes anything.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import vcr

RECORD_ENV = "CLAUDE_API_CLIENT_RECORD"
MATCH_ON = ["method", "path", "query", "body"]
SECRET_HEADERS = (
    "x-api-key",
    "authorization",
    "cookie",
    "set-cookie",
    "anthropic-organization-id",
)
REDACTED = "<redacted>"


def recording() -> bool:
    return os.environ.get(RECORD_ENV, "") not in ("", "0")


# --- the body matcher ------------------------------------------------------------------------


def _header(request: Any, name: str) -> str:
    value = request.headers.get(name) or ""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return str(value)


def _boundary(content_type: str) -> str | None:
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    return match.group(1) if match else None


def _as_bytes(body: object) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    return bytes(body)  # type: ignore[arg-type]


def same_json(a: object, b: object) -> bool:
    """JSON equality where `true` is not `1` (Python's == says it is)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


def normalised_multipart(request: Any) -> bytes | None:
    boundary = _boundary(_header(request, "content-type"))
    if boundary is None or "multipart/form-data" not in _header(request, "content-type"):
        return None
    return _as_bytes(request.body).replace(boundary.encode(), b"BOUNDARY")


def body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: raise AssertionError when the two bodies differ."""
    m1, m2 = normalised_multipart(r1), normalised_multipart(r2)
    if m1 is not None or m2 is not None:
        if m1 != m2:
            raise AssertionError(f"multipart bodies differ:\n  sent    {m1!r}\n  recorded {m2!r}")
        return
    b1, b2 = _as_bytes(r1.body), _as_bytes(r2.body)
    if b1 == b2:
        return
    try:
        j1, j2 = json.loads(b1), json.loads(b2)
    except ValueError:
        raise AssertionError(f"bodies differ:\n  {b1[:500]!r}\n  {b2[:500]!r}") from None
    if not same_json(j1, j2):
        raise AssertionError(f"JSON bodies differ:\n  {j1!r}\n  {j2!r}")


# --- secrets -----------------------------------------------------------------------------------


def _scrub_headers(headers: dict[str, Any], secrets: tuple[str, ...]) -> None:
    for name in list(headers):
        values = headers[name]
        listed = values if isinstance(values, list) else [values]
        if name.lower() in SECRET_HEADERS or any(
            s and s in str(v) for v in listed for s in secrets
        ):
            del headers[name]


def _secret_values(secrets: tuple[str | None, ...]) -> tuple[str, ...]:
    return tuple(s for s in secrets if s)


def request_filter(*secrets: str | None) -> Callable[[Any], Any]:
    """before_record_request: drop any header whose value holds a secret (the named ones are
    already gone through filter_headers); scrub secrets out of the body too."""
    values = _secret_values(secrets)

    def before(request: Any) -> Any:
        for name in list(request.headers):
            if any(s in str(request.headers[name]) for s in values):
                del request.headers[name]
        if request.body and values:
            body = _as_bytes(request.body)
            for s in values:
                body = body.replace(s.encode(), REDACTED.encode())
            request.body = body
        return request

    return before


def response_filter(*secrets: str | None) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """before_record_response: drop cookies, organisation ids and any header holding a secret;
    scrub secrets out of the body."""
    values = _secret_values(secrets)

    def before(response: dict[str, Any]) -> dict[str, Any]:
        _scrub_headers(response["headers"], values)
        body = response.get("body", {}).get("string")
        if body and values:
            raw = _as_bytes(body)
            for s in values:
                raw = raw.replace(s.encode(), REDACTED.encode())
            response["body"]["string"] = raw
        return response

    return before


def make_vcr(*, record: bool = False, secrets: tuple[str | None, ...] = ()) -> vcr.VCR:
    """The project's vcrpy configuration; `record` switches to record_mode="all"."""
    config = vcr.VCR(
        record_mode="all" if record else "none",
        match_on=MATCH_ON,
        # vcrpy also runs these on cassettes it loads: replay keeps the cassette as written.
        filter_headers=list(SECRET_HEADERS) if record else [],
        before_record_request=request_filter(*secrets) if record else None,
        before_record_response=response_filter(*secrets) if record else None,
        decode_compressed_response=record,
    )
    config.register_matcher("body", body_matcher)
    return config


def cassette_path(directory: Path, name: str) -> str:
    return str(directory / f"{name}.yaml")
