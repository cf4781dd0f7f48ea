"""Exceptions raised by the client.

    AnthropicError
    ├── APIError                          an exchange with the API went wrong
    │   ├── APIStatusError                the API answered with an error (or an error stream event)
    │   │   └── (one class an HTTP error status: BadRequestError 400 … OverloadedError 529,
    │   │        generated into `claude_api_client._status_errors`; one an error code under
    │   │        its status's class, in `claude_api_client._error_classes`)
    │   ├── APIConnectionError            no answer: DNS, refused, reset, TLS, lost mid-body
    │   │   └── APITimeoutError
    │   ├── APIResponseValidationError    a 2xx body that does not parse as the expected type
    │   └── APIWebhookValidationError     a webhook whose signature or payload does not verify
    ├── RequestBodyTooLargeError          (also ValueError) refused before sending: over the limit
    ├── RetryableError                    raise it from an httpx event hook or transport to retry
    └── CredentialsError                  credentials could not be found or read
        ├── MissingCredentialsError       (also TypeError) no API key and no auth token
        └── IdentityTokenFileError        an identity token file is missing, empty or unreadable

The class of each error status, type and code is generated from the document below
`APIStatusError`; `_errors.py` picks the class of a failure (docs/internals.md, "The error
table"). No httpx import at runtime (catching must stay cheap); every exception pickles, its
request and response rebuilt without request headers, so the API key never travels.
"""

from __future__ import annotations

import functools
import pathlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from ._ratelimit import RateLimitInfo

if TYPE_CHECKING:
    import httpx


class AnthropicError(Exception):
    """Root of every exception this package raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Default exception pickling calls cls(*args), which does not fit our keyword-only
        # constructors; and httpx objects carry request headers (the key). Rebuild from state.
        state = {**self.__dict__, "args": self.args}
        for name in ("request", "response"):
            if state.get(name) is not None:
                state[name] = _without_secrets(state[name])
        return (AnthropicError.__new__, (type(self),), state)


class APIError(AnthropicError):
    """An exchange with the API went wrong; `request` is what was sent."""

    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON error body when there is one, else the body text, else None."""

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The API answered with an error status (or sent an error event inside a stream)."""

    _default_status: ClassVar[int | None] = None
    """The status a subclass stands for: what an error event inside a 200 stream reports."""

    response: httpx.Response
    status_code: int
    request_id: str | None
    """The `request-id` of the failed request: quote it when asking for support."""
    organization_id: str | None
    type: str | None
    """The API's error type, e.g. `overloaded_error`; None when the body has none."""
    error_message: str | None
    """The API's own message, e.g. `Overloaded`; `message` is the full text of the exception."""
    api_message: str | None
    """The same as `error_message` (the name the official package uses)."""
    error_code: str | None
    """`error.details.error_code`: a stable name of the cause to branch on; None when absent."""
    workspace_id: str | None
    """The `anthropic-workspace-id` response header: the Workspace the request ran in."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code if status_code is None else status_code
        fields = error_fields(body)
        self.request_id = response.headers.get("request-id") or fields.request_id
        self.organization_id = response.headers.get("anthropic-organization-id")
        self.type = fields.type
        self.error_message = self.api_message = fields.message
        self.workspace_id = response.headers.get("anthropic-workspace-id")
        self._raw_details = fields.details
        self.error_code = fields.code

    @property
    def details(self) -> Any:
        """`error.details` as its typed model (`FileExpiredErrorDetails` …; an unknown code gives
        an `UnknownErrorDetails` that keeps every field), or None when the body has none."""
        raw = self._raw_details
        return raw if raw is None or _details_parser is None else _details_parser(raw)

    @functools.cached_property
    def rate_limit(self) -> RateLimitInfo:
        """Rate-limit state from the response headers, parsed on first access."""
        return RateLimitInfo.from_headers(self.response.headers)


class APIConnectionError(APIError):
    """No usable answer: the connection failed, broke, or was lost in the middle of a body."""

    request_id: str | None
    """The `request-id` of a response that broke off mid-body; None when no answer came."""

    def __init__(
        self,
        *,
        message: str = "Connection error.",
        request: httpx.Request,
        request_id: str | None = None,
    ) -> None:
        if request_id is not None:
            message = f"{message} ({request_id_text(request_id)})"
        super().__init__(message, request, body=None)
        self.request_id = request_id


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, pool or read)."""

    def __init__(
        self,
        request: httpx.Request,
        *,
        message: str = "Request timed out.",
        request_id: str | None = None,
    ) -> None:
        super().__init__(message=message, request=request, request_id=request_id)


class APIResponseValidationError(APIError):
    """A successful response whose body does not parse as the type the SDK expected."""

    response: httpx.Response
    status_code: int
    request_id: str | None
    error: Exception | None
    """The underlying error (usually a pydantic ValidationError), also the `__cause__`."""

    def __init__(
        self,
        response: httpx.Response,
        body: object | None,
        *,
        message: str | None = None,
        error: Exception | None = None,
    ) -> None:
        request_id = response.headers.get("request-id")
        if message is None:
            detail = _first_line(str(error)) if error is not None else "unexpected body"
            message = (
                f"The API returned HTTP {response.status_code} with a body that does not "
                f"match the expected type: {detail} ({request_id_text(request_id)})"
            )
        super().__init__(message, request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id
        self.error = error


class RequestBodyTooLargeError(AnthropicError, ValueError):
    """Refused before sending: the body is larger than the endpoint accepts (for an upload,
    the content of its parts: the multipart envelope does not count). The API's own 413 raises
    `ContentTooLargeError`."""

    size: int
    limit: int

    def __init__(self, *, size: int, limit: int, endpoint: str | None = None) -> None:
        where = f" of {endpoint}" if endpoint else ""
        super().__init__(
            f"The request body is {size:,} bytes, over the {limit:,}-byte limit{where}; "
            "the API would reject it with 413, so it was not sent."
        )
        self.size = size
        self.limit = limit
        self.endpoint = endpoint


class APIWebhookValidationError(APIError):
    """A webhook delivery whose signature, timestamp or payload does not verify."""


class RetryableError(AnthropicError):
    """Raise it from an httpx event hook or transport to have the attempt retried under the
    client's retry policy; once retries are used up it reaches the caller as it was raised."""


class CredentialsError(AnthropicError):
    """Credentials could not be found or read (arguments, environment, files)."""


class IdentityTokenFileError(CredentialsError):
    """An identity token file does not exist, is empty, or cannot be read; `path` names it."""

    path: pathlib.Path | None

    def __init__(self, message: str, *, path: pathlib.Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class MissingCredentialsError(CredentialsError, TypeError):
    """No API key and no auth token: raised at the first request, not when the client is built."""


_details_parser: Callable[[Mapping[str, Any]], Any] | None = None


def set_details_parser(parser: Callable[[Mapping[str, Any]], Any] | None) -> None:
    """Install the function that turns `error.details` into its model. The client module installs
    it (this layer knows no model); without one, `details` is the plain mapping."""
    global _details_parser
    _details_parser = parser


class ErrorFields(NamedTuple):
    """What an API error body `{"type": "error", "error": {...}, "request_id": ...}` says; None
    for each part it lacks or that is not of its type."""

    type: str | None
    message: str | None
    details: Mapping[str, Any] | None
    code: str | None
    """`error.details.error_code`"""
    request_id: str | None


def error_fields(body: object) -> ErrorFields:
    """The parts of an error body (any decoded JSON, or text, or None)."""
    top: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    error = top.get("error")
    if not isinstance(error, Mapping):
        error = {}
    details = error.get("details")
    if not isinstance(details, Mapping):
        details = None
    return ErrorFields(
        _str(error.get("type")),
        _str(error.get("message")),
        details,
        _str(details.get("error_code")) if details is not None else None,
        _str(top.get("request_id")),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def request_id_text(request_id: str | None) -> str:
    return f"request_id: {request_id}" if request_id else "no request_id"


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return "; ".join(lines[:3]) if lines else text


def request_of(response: httpx.Response) -> httpx.Request:
    """The request of `response`, or a placeholder for a response built by hand."""
    try:
        return response.request
    except RuntimeError:  # a response built by hand, without a request
        import httpx

        return httpx.Request("GET", "http://unknown.invalid/")


def _without_secrets(message: Any) -> Any:
    """A copy of an httpx request or response to pickle: a request keeps only its method and URL
    (its headers hold the key), a response its status, headers and (decoded) content."""
    import httpx

    if not isinstance(message, httpx.Response):
        return httpx.Request(message.method, message.url)
    try:
        content = bytes(message.content)
    except Exception:
        content = b""
    # `content` is decoded already: drop the headers that describe the encoded form.
    encoding = ("content-encoding", "content-length", "transfer-encoding")
    headers = [(k, v) for k, v in message.headers.multi_items() if k.lower() not in encoding]
    copy = httpx.Response(message.status_code, headers=headers, content=content)
    try:
        copy.request = _without_secrets(message.request)
    except RuntimeError:  # built by hand, without a request
        pass
    return copy


# Report the public path (`claude_api_client.APIError`) in tracebacks, reprs and pickles.
for _obj in list(globals().values()):
    if isinstance(_obj, type) and issubclass(_obj, AnthropicError) and _obj.__module__ == __name__:
        _obj.__module__ = "claude_api_client"
del _obj
