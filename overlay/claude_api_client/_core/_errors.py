"""The one place where a failure becomes this package's exception: an error status or stream error
event (`status_error`, `stream_error_event`), an exception raised while sending or reading
(`connection_error`), a 2xx body the SDK cannot use (`invalid_body`, `response_too_large`).
docs/internals.md, "The runtime core, module by module" and "The error table".
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ErrorFields,
    error_fields,
    request_id_text,
    request_of,
)

if TYPE_CHECKING:
    import httpx


class ResponseTooLargeError(APIResponseValidationError):
    """A response body (decompressed), an SSE event or a JSONL line went past its cap."""

    limit: int


def connection_error(
    error: BaseException,
    request: httpx.Request,
    response: httpx.Response | None = None,
    *,
    deadline_passed: bool = False,
) -> APIConnectionError:
    """The typed error for `error`, raised while sending `request` or reading `response`.

    Any exception qualifies (a custom transport may raise its own); the request id of
    `response` is carried when the failure came after its headers.
    """
    import httpx

    request_id = response.headers.get("request-id") if response is not None else None
    if isinstance(error, httpx.PoolTimeout):
        message = (
            "Timed out waiting for a free connection in the connection pool (all "
            "connections busy; raise the pool limits or the pool timeout)."
        )
        return APITimeoutError(request, message=message, request_id=request_id)
    if isinstance(error, httpx.TimeoutException):
        message = "Request timed out."
        if deadline_passed:
            message = "Request timed out: the call's overall deadline (its read timeout) passed."
        return APITimeoutError(request, message=message, request_id=request_id)
    if response is None:
        message = f"Connection error: {error}"
    else:
        message = f"Connection lost while reading the response: {error}"
    return APIConnectionError(message=message, request=request, request_id=request_id)


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status (an unknown 5xx: `InternalServerError`)."""
    from .._status_errors import STATUS_CLASSES, InternalServerError

    cls = STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    return InternalServerError if status >= 500 else APIStatusError


def error_code_class(status: int, error_code: str | None) -> type[APIStatusError] | None:
    """The class of this status and `error_code`, or None for a pair the document does not know."""
    if error_code is None:
        return None
    from .._error_classes import ERROR_CODE_CLASSES

    return ERROR_CODE_CLASSES.get((status, error_code))


def status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error response (its body read; an unread one counts as empty)."""
    try:
        content = response.content
    except Exception:  # not read (a streamed response): described without a body
        content = b""
    body = decode_json(content)
    fields = error_fields(body)
    status = response.status_code
    request_id = response.headers.get("request-id") or fields.request_id
    message = f"Error code: {status} - {_describe(body, fields)} ({request_id_text(request_id)})"
    cls = error_code_class(status, fields.code) or status_error_class(status)
    return cls(message, response=response, body=body)


def stream_error_event(data: str, response: httpx.Response) -> APIStatusError:
    """The exception for an `event: error` inside a successful (200) stream.

    The class follows the error's `type` (an `overloaded_error` raises OverloadedError), and
    `status_code` is the status that class stands for, since the HTTP status was 200.
    """
    from .._status_errors import TYPE_CLASSES

    body = decode_json(data.encode())
    fields = error_fields(body)
    cls = TYPE_CLASSES.get(fields.type or "", APIStatusError)
    status = cls._default_status
    if status is not None:
        cls = error_code_class(status, fields.code) or cls
    request_id = fields.request_id or response.headers.get("request-id")
    message = f"Error event in stream - {_describe(body, fields)} ({request_id_text(request_id)})"
    return cls(message, response=response, body=body, status_code=status)


def _describe(body: object, fields: ErrorFields) -> str:
    """The API's error type and message; else a short, one-line, readable excerpt of the body (an
    HTML page, say)."""
    if fields.type is not None or fields.message is not None:
        return f"{fields.type or 'error'}: {fields.message or '(no message)'}"
    if body is None or body == "":
        return "(empty body)"
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, default=str)
    readable = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    readable = " ".join(re.sub(r"<[^>]*>", " ", readable).split()) or " ".join(text.split())
    return readable if len(readable) <= 200 else readable[:199] + "…"


def decode_json(content: bytes) -> object:
    """`content` as JSON; None when empty; its text when it is not JSON (or nested too deeply)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return content.decode("utf-8", errors="replace")


def invalid_body(response: httpx.Response, error: BaseException, body: object = None) -> Exception:
    """A 2xx body that does not parse as what the call returns (bad JSON, too deeply nested,
    a validation error)."""
    if body is None:
        body = decode_json(response.content)
    if isinstance(error, RecursionError):
        error = ValueError("the JSON is nested too deeply to decode")
    assert isinstance(error, Exception)
    return APIResponseValidationError(response, body, error=error)


def response_too_large(response: httpx.Response, what: str, limit: int) -> ResponseTooLargeError:
    message = (
        f"{what} is larger than the {limit:,}-byte limit; it was not read further "
        f"(request_id: {response.headers.get('request-id') or 'none'})."
    )
    error = ResponseTooLargeError(response, None, message=message)
    error.limit = limit
    return error


def redirect_refused(response: httpx.Response, target: httpx.URL) -> APIStatusError:
    """A redirect to another origin: not followed, so that credentials stay where they belong."""
    origin = f"{target.scheme}://{target.netloc.decode('ascii', 'replace')}"
    url = request_of(response).url
    home = f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}"
    message = (
        f"Error code: {response.status_code} - the API redirected to another origin ({origin}); "
        f"the redirect was not followed, so that credentials are only sent to {home} "
        f"(request_id: {response.headers.get('request-id') or 'none'})"
    )
    return status_error_class(response.status_code)(message, response=response, body=None)


def stream_expected(response: httpx.Response) -> APIResponseValidationError:
    """A streaming call answered with a plain JSON body (read) instead of an event stream."""
    message = (
        f"A stream was requested, but the API answered HTTP {response.status_code} with a "
        f"JSON body (content-type: application/json), not an event stream "
        f"(request_id: {response.headers.get('request-id') or 'none'})."
    )
    return APIResponseValidationError(response, decode_json(response.content), message=message)
