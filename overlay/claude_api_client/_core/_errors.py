"""The one place where a failure becomes this package's exception.

- an error status → the class of `_exceptions` its status (or, in a stream, its error type) maps
  to: `status_error`, `stream_error_event`;
- an exception raised while sending or reading (httpx's, or anything a custom transport raises)
  → `APIConnectionError` / `APITimeoutError`, with the request id when response headers had
  arrived: `connection_error`;
- a 2xx body the SDK cannot use (too large, nested too deeply, not what the call expects)
  → `APIResponseValidationError` with the request id: `response_too_large`, `invalid_body`.

The client, the raw responses, the event and JSONL streams all raise through these functions.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ._constants import MAX_RESPONSE_BYTES
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_for_stream_event,
    make_status_error,
    request_of,
    status_error_class,
)

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ResponseTooLargeError",
    "connection_error",
    "decode_json",
    "invalid_body",
    "redirect_refused",
    "request_of",
    "response_too_large",
    "status_error",
    "stream_error_event",
    "stream_expected",
]


class ResponseTooLargeError(APIResponseValidationError):
    """A response body (decompressed), an SSE event or a JSONL line went past its cap."""

    limit: int


def _request_id(response: httpx.Response | None) -> str | None:
    if response is None:
        return None
    value: str | None = response.headers.get("request-id")
    return value


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

    request_id = _request_id(response)
    if isinstance(error, httpx.PoolTimeout):
        return APITimeoutError(
            request,
            message=(
                "Timed out waiting for a free connection in the connection pool (all "
                "connections busy; raise the pool limits or the pool timeout)."
            ),
            request_id=request_id,
        )
    if isinstance(error, httpx.TimeoutException):
        message = "Request timed out."
        if deadline_passed:
            message = "Request timed out: the call's overall deadline (its read timeout) passed."
        return APITimeoutError(request, message=message, request_id=request_id)
    where = "while reading the response" if response is not None else "Connection error"
    text = f"{where}: {error}" if response is None else f"Connection lost {where}: {error}"
    return APIConnectionError(message=text, request=request, request_id=request_id)


def status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error response whose body has been read."""
    return make_status_error(response, decode_json(response.content, fallback_text=True))


def stream_error_event(data: str, response: httpx.Response) -> APIStatusError:
    """The exception for an `event: error` inside a successful stream."""
    return error_for_stream_event(decode_json(data.encode(), fallback_text=True), response)


def decode_json(content: bytes, *, fallback_text: bool = False) -> object:
    """`content` as JSON; None when empty. Not JSON (or nested too deeply to decode): the text
    when `fallback_text`, else the ValueError propagates."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as error:
        if not fallback_text:
            raise ValueError(f"invalid JSON: {error}") from error
        return content.decode("utf-8", errors="replace")


def invalid_body(response: httpx.Response, error: BaseException, body: object = None) -> Exception:
    """A 2xx body that does not parse as what the call returns (bad JSON, too deeply nested,
    a validation error)."""
    if body is None:
        body = decode_json(response.content, fallback_text=True)
    if isinstance(error, RecursionError):
        error = ValueError("the JSON is nested too deeply to decode")
    assert isinstance(error, Exception)
    return APIResponseValidationError(response, body, error=error)


def response_too_large(response: httpx.Response, what: str, limit: int) -> ResponseTooLargeError:
    request_id = _request_id(response)
    error = ResponseTooLargeError(
        response,
        None,
        message=(
            f"{what} is larger than the {limit:,}-byte limit; it was not read further "
            f"(request_id: {request_id or 'none'})."
        ),
    )
    error.limit = limit
    return error


def redirect_refused(response: httpx.Response, target: httpx.URL) -> APIStatusError:
    """A redirect to another origin: not followed, so that credentials stay where they belong."""
    origin = f"{target.scheme}://{target.netloc.decode('ascii', 'replace')}"
    request = request_of(response)
    home = f"{request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}"
    request_id = _request_id(response)
    message = (
        f"Error code: {response.status_code} - the API redirected to another origin ({origin}); "
        f"the redirect was not followed, so that credentials are only sent to {home} "
        f"(request_id: {request_id or 'none'})"
    )
    return status_error_class(response.status_code)(message, response=response, body=None)


def stream_expected(response: httpx.Response) -> APIResponseValidationError:
    """A streaming call answered with a plain JSON body instead of an event stream."""
    from ._reading import read_capped

    read_capped(response, MAX_RESPONSE_BYTES)
    body = decode_json(response.content, fallback_text=True)
    return APIResponseValidationError(
        response,
        body,
        message=(
            f"A stream was requested, but the API answered HTTP {response.status_code} with a "
            f"JSON body (content-type: application/json), not an event stream "
            f"(request_id: {_request_id(response) or 'none'})."
        ),
    )
