"""One POST to the OAuth token endpoint (`/v1/oauth/token`) and the reading of its answer:
used by the jwt-bearer exchange and by a profile's refresh grant."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from ..._core._exceptions import AnthropicError
from ..._version import __version__
from ._constants import MAX_ERROR_BODY_CHARS, MAX_TOKEN_RESPONSE_BYTES, TOKEN_ENDPOINT
from ._secret import NotAnObjectError, Secret, dumps_unwrapped, strip_traceback, wrap_secrets

__all__ = ["WorkloadIdentityError", "TokenAnswer", "post_grant"]


class WorkloadIdentityError(AnthropicError):
    """The token exchange (`POST /v1/oauth/token`) failed; `status_code`, `body` (only the
    OAuth error fields, or a truncated text) and `request_id` say how."""

    status_code: int | None
    body: Any
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} [request_id={self.request_id}]" if self.request_id else text


def _redacted(body: object) -> Any:
    """An error body fit for an exception: the RFC 6749 error fields of an object, or the first
    characters of a text."""
    if isinstance(body, dict):
        return {
            key: body[key] for key in ("error", "error_description", "error_uri") if key in body
        }
    if isinstance(body, str):
        if len(body) <= MAX_ERROR_BODY_CHARS:
            return body
        hidden = len(body) - MAX_ERROR_BODY_CHARS
        return f"{body[:MAX_ERROR_BODY_CHARS]}... <{hidden} more chars>"
    return None


class TokenAnswer:
    """A successful token response: `access_token` (a Secret), its expiry (unix seconds) and the
    rotated `refresh_token`, if any."""

    __slots__ = ("access_token", "expires_at", "refresh_token")

    def __init__(self, access_token: Secret, expires_at: int, refresh_token: Secret | None):
        self.access_token = access_token
        self.expires_at = expires_at
        self.refresh_token = refresh_token


class _Sealed:
    """A response body that may hold tokens, with a repr that does not show it (a traceback
    rendered with its locals shows only the size)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"<token endpoint response, {len(self.data)} bytes>"


def _read_body(response: httpx.Response, what: str, request_id: str | None) -> _Sealed:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_TOKEN_RESPONSE_BYTES:
            chunks.clear()
            del chunk
            raise WorkloadIdentityError(
                f"{what}: the token endpoint's response is larger than "
                f"{MAX_TOKEN_RESPONSE_BYTES} bytes; refusing to read it.",
                status_code=response.status_code,
                request_id=request_id,
            )
        chunks.append(chunk)
    return _Sealed(b"".join(chunks))


def post_grant(
    http: httpx.Client,
    base_url: str,
    body: dict[str, Any],
    *,
    beta: str,
    what: str,
    hint_401: str | None = None,
    default_expires_in: int | None = None,
) -> TokenAnswer:
    """POST `body` (JSON, its Secrets unwrapped only on the wire) to the token endpoint of
    `base_url`; the answer, or a `WorkloadIdentityError` holding nothing secret."""
    url = f"{base_url.rstrip('/')}{TOKEN_ENDPOINT}"
    headers = {
        "anthropic-beta": beta,
        "content-type": "application/json",
        "user-agent": f"claude-api-client-python/{__version__}",
    }
    try:
        with http.stream("POST", url, content=dumps_unwrapped(body), headers=headers) as response:
            request_id = response.headers.get("request-id")
            sealed = _read_body(response, what, request_id)
    except httpx.HTTPError as error:
        # The transport's frames held the request body (the assertion or refresh token).
        raise WorkloadIdentityError(
            f"{what}: could not reach the token endpoint {url}: {type(error).__name__}: {error}"
        ) from strip_traceback(error)
    status = response.status_code
    if status >= 400:
        _raise_status(sealed, status, request_id, what, hint_401 if status == 401 else None)
    try:
        answer = wrap_secrets(json.loads(sealed.data))
    except NotAnObjectError as error:
        raise WorkloadIdentityError(
            f"{what}: the token endpoint returned a JSON {error.type_name}, not an object.",
            status_code=status,
            request_id=request_id,
        ) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise WorkloadIdentityError(
            f"{what}: the token endpoint returned a non-JSON response (HTTP {status}).",
            status_code=status,
            request_id=request_id,
        ) from strip_traceback(error)
    return _token_answer(answer, status, request_id, what, default_expires_in)


def _raise_status(
    sealed: _Sealed, status: int, request_id: str | None, what: str, hint: str | None
) -> None:
    try:
        redacted = _redacted(json.loads(sealed.data))
    except (ValueError, UnicodeDecodeError):
        redacted = _redacted(sealed.data.decode("utf-8", "replace"))
    message = f"{what} (HTTP {status}): {redacted}"
    raise WorkloadIdentityError(
        f"{message} {hint}" if hint else message,
        status_code=status,
        body=redacted,
        request_id=request_id,
    )


def _token_answer(
    answer: dict[str, Any],
    status: int,
    request_id: str | None,
    what: str,
    default_expires_in: int | None,
) -> TokenAnswer:
    token_type = answer.get("token_type")
    if token_type is not None and str(token_type).lower() != "bearer":
        raise WorkloadIdentityError(
            f"{what}: unsupported token_type {token_type!r} (expected 'Bearer').",
            status_code=status,
            body=_redacted(answer),
            request_id=request_id,
        )
    token = answer.get("access_token")
    expires_in = answer.get("expires_in", default_expires_in)
    try:
        if not isinstance(token, Secret) or not token or expires_in is None:
            raise ValueError("missing")
        seconds = int(expires_in)
    except (TypeError, ValueError, OverflowError):
        raise WorkloadIdentityError(
            f"{what}: the token endpoint's response lacks a valid access_token / expires_in.",
            status_code=status,
            body=_redacted(answer),
            request_id=request_id,
        ) from None
    refresh = answer.get("refresh_token")
    return TokenAnswer(
        token, int(time.time()) + seconds, refresh if isinstance(refresh, Secret) else None
    )
