"""Exceptions raised by the client.

    AnthropicError
    ├── APIError                          an exchange with the API went wrong
    │   ├── APIStatusError                the API answered with an error (or an error stream event)
    │   │   ├── BadRequestError               400
    │   │   ├── AuthenticationError           401
    │   │   ├── PaymentRequiredError          402
    │   │   ├── PermissionDeniedError         403
    │   │   ├── NotFoundError                 404
    │   │   ├── RequestTimeoutError           408
    │   │   ├── ConflictError                 409
    │   │   ├── PreconditionFailedError       412
    │   │   ├── RequestTooLargeError          413  (alias ContentTooLargeError)
    │   │   ├── UnprocessableEntityError      422
    │   │   ├── RateLimitError                429
    │   │   ├── RequestHeaderFieldsTooLargeError  431
    │   │   ├── ClientClosedRequestError      499
    │   │   └── InternalServerError           >= 500
    │   │       ├── HTTPNotImplementedError   501
    │   │       ├── ServiceUnavailableError   503
    │   │       ├── GatewayTimeoutError       504  (alias DeadlineExceededError)
    │   │       └── OverloadedError           529
    │   ├── APIConnectionError            no answer: DNS, refused, reset, TLS, lost mid-body
    │   │   └── APITimeoutError
    │   ├── APIResponseValidationError    a 2xx body that does not parse as the expected type
    │   └── APIWebhookValidationError     a webhook whose signature or payload does not verify
    ├── RequestBodyTooLargeError          (also ValueError) refused before sending: over the limit
    ├── RetryableError                    raise it from an httpx event hook or transport to retry
    └── CredentialsError                  credentials could not be found or read
        ├── MissingCredentialsError       (also TypeError) no API key and no auth token
        └── IdentityTokenFileError        an identity token file is missing, empty or unreadable

`WebhookVerificationError` (also ValueError) is the `APIWebhookValidationError` that
`webhooks.unwrap` raises for a bad or missing signature, a stale or future timestamp.

Which class an error status or `type` raises is a fact of the document, read from the generated
`_error_table`. A status class has subclasses keyed by the body's `error.details.error_code`
(`FileExpiredError` is a `NotFoundError` whose code is `file_expired`), generated from the
document into `claude_api_client._error_classes`.

Nothing here imports httpx at runtime: importing the package and catching its exceptions must stay
cheap. Every exception pickles (the request and response travel as plain snapshots without request
headers, so the API key never does) and none carries the key in its message or args.
"""

from __future__ import annotations

import json
import pathlib
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .._error_table import ERROR_STATUSES, ERROR_TYPES
from ._ratelimit import RateLimitInfo

if TYPE_CHECKING:
    import httpx

# The package (`claude_api_client.__init__`) lists which of these names are public.

_EXCERPT_CHARS = 200


class AnthropicError(Exception):
    """Root of every exception this package raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Default exception pickling calls cls(*args), which does not fit our keyword-only
        # constructors; and httpx objects carry request headers (the key). Rebuild from state.
        state = dict(self.__dict__)
        for name in ("request", "response"):
            if state.get(name) is not None:
                state[name] = _snapshot(state[name])
        return (_restore, (type(self), self.args, state))


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
        self.request_id = response.headers.get("request-id") or _body_request_id(body)
        self.organization_id = response.headers.get("anthropic-organization-id")
        self.type, self.error_message = _error_fields(body)
        self.api_message = self.error_message
        self.workspace_id = response.headers.get("anthropic-workspace-id")
        self._raw_details = _error_details(body)
        code = self._raw_details.get("error_code") if self._raw_details is not None else None
        self.error_code = code if isinstance(code, str) else None
        self._rate_limit: RateLimitInfo | None = None

    @property
    def details(self) -> Any:
        """`error.details` as its typed model (`FileExpiredErrorDetails` …; an unknown code gives
        an `UnknownErrorDetails` that keeps every field), or None when the body has none."""
        raw = self._raw_details
        if raw is None or _details_parser is None:
            return raw
        return _details_parser(raw)

    @property
    def rate_limit(self) -> RateLimitInfo:
        """Rate-limit state from the response headers, parsed on first access."""
        if self._rate_limit is None:
            self._rate_limit = RateLimitInfo.from_headers(self.response.headers)
        return self._rate_limit


# The class of each HTTP error status; the status each stands for is the document's (set below).
class BadRequestError(APIStatusError): ...


class AuthenticationError(APIStatusError): ...


class PaymentRequiredError(APIStatusError): ...


class PermissionDeniedError(APIStatusError): ...


class NotFoundError(APIStatusError): ...


class RequestTimeoutError(APIStatusError): ...


class ConflictError(APIStatusError): ...


class PreconditionFailedError(APIStatusError): ...


class RequestTooLargeError(APIStatusError):
    """The API answered 413. (A body refused before sending raises RequestBodyTooLargeError.)"""


ContentTooLargeError = RequestTooLargeError


class UnprocessableEntityError(APIStatusError): ...


class RateLimitError(APIStatusError): ...


class RequestHeaderFieldsTooLargeError(APIStatusError): ...


class ClientClosedRequestError(APIStatusError): ...


class InternalServerError(APIStatusError): ...


class HTTPNotImplementedError(InternalServerError): ...


class ServiceUnavailableError(InternalServerError): ...


class GatewayTimeoutError(InternalServerError): ...


DeadlineExceededError = GatewayTimeoutError


class OverloadedError(InternalServerError): ...


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
            message = f"{message} ({_request_id_text(request_id)})"
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
                f"match the expected type: {detail} ({_request_id_text(request_id)})"
            )
        super().__init__(message, request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id
        self.error = error


class RequestBodyTooLargeError(AnthropicError, ValueError):
    """Refused before sending: the body is larger than the endpoint accepts (for an upload,
    the content of its parts: the multipart envelope does not count)."""

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


class WebhookVerificationError(APIWebhookValidationError, ValueError):
    """`webhooks.unwrap` refused a delivery; `reason` says why, without echoing any secret.

    Reasons: `missing_headers`, `bad_timestamp`, `timestamp_too_old` (outside the replay
    window), `timestamp_too_new`, `no_matching_signature`, `bad_key`. There was no HTTP exchange
    of ours, so `request` is None.
    """

    reason: str

    def __init__(self, message: str, *, reason: str) -> None:
        AnthropicError.__init__(self, message)
        self.message = message
        self.request = None  # type: ignore[assignment]
        self.body = None
        self.reason = reason


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


def status_class_in(namespace: Mapping[str, object], name: str) -> type[APIStatusError]:
    """The status error class `name` of a module's namespace (a name of the error table)."""
    cls = namespace.get(name)
    if not (isinstance(cls, type) and issubclass(cls, APIStatusError)):
        raise LookupError(f"the error table names {name!r}, which is no status error class here")
    return cls


# The class of each error status and error type is the document's (`_error_table`).
_TYPE_CLASSES: Mapping[str, type[APIStatusError]] = {
    error_type: status_class_in(globals(), name) for error_type, (_, name) in ERROR_TYPES.items()
}
_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    status: status_class_in(globals(), name) for status, name in ERROR_STATUSES.items()
}
for _status, _cls in _STATUS_CLASSES.items():
    _cls._default_status = _status  # what an error event in a stream reports as its status
del _status, _cls


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    if status >= 500:
        return InternalServerError
    return APIStatusError


_UNREAD: Any = object()


def make_status_error(response: httpx.Response, body: object = _UNREAD) -> APIStatusError:
    """The exception for an error response, whose body must already be read.

    `body` is the decoded JSON when the caller has it; by default it is decoded from the response
    (JSON when possible, else the text).
    """
    if body is _UNREAD:
        body = _decode_body(response)
    request_id = response.headers.get("request-id") or _body_request_id(body)
    message = (
        f"Error code: {response.status_code} - {_describe(body)} ({_request_id_text(request_id)})"
    )
    cls = _by_code(response.status_code, body) or status_error_class(response.status_code)
    return cls(message, response=response, body=body)


def error_for_stream_event(body: object, response: httpx.Response) -> APIStatusError:
    """The exception for an `event: error` received inside a successful (200) stream.

    The class follows the error's `type` (an `overloaded_error` raises OverloadedError), and
    `status_code` is the status that class stands for, since the HTTP status was 200.
    """
    error_type, _ = _error_fields(body)
    cls = _TYPE_CLASSES.get(error_type or "", APIStatusError)
    if cls._default_status is not None:
        cls = _by_code(cls._default_status, body) or cls
    request_id = _body_request_id(body) or response.headers.get("request-id")
    message = f"Error event in stream - {_describe(body)} ({_request_id_text(request_id)})"
    return cls(message, response=response, body=body, status_code=cls._default_status)


# --- error details -----------------------------------------------------------------------

_details_parser: Callable[[Mapping[str, Any]], Any] | None = None


def set_details_parser(parser: Callable[[Mapping[str, Any]], Any] | None) -> None:
    """Install the function that turns `error.details` into its model. The client module installs
    it (this layer knows no model); without one, `details` is the plain mapping."""
    global _details_parser
    _details_parser = parser


def _error_details(body: object) -> Mapping[str, Any] | None:
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping):
            details = error.get("details")
            if isinstance(details, Mapping):
                return details
    return None


def error_code_class(status: int, error_code: str) -> type[APIStatusError] | None:
    """The class of this status and `error_code`, or None for a pair the document does not know."""
    # Generated thin subclasses of the status classes above, loaded with the first coded error.
    from .._error_classes import ERROR_CODE_CLASSES

    return ERROR_CODE_CLASSES.get((status, error_code))


def _by_code(status: int, body: object) -> type[APIStatusError] | None:
    details = _error_details(body)
    code = details.get("error_code") if details is not None else None
    return error_code_class(status, code) if isinstance(code, str) else None


# --- helpers -------------------------------------------------------------------------------


def _error_fields(body: object) -> tuple[str | None, str | None]:
    """(type, message) from `{"type": "error", "error": {"type": ..., "message": ...}}`."""
    if not isinstance(body, Mapping):
        return None, None
    error = body.get("error")
    if not isinstance(error, Mapping):
        return None, None
    error_type = error.get("type")
    error_message = error.get("message")
    return (
        error_type if isinstance(error_type, str) else None,
        error_message if isinstance(error_message, str) else None,
    )


def _body_request_id(body: object) -> str | None:
    if isinstance(body, Mapping):
        value = body.get("request_id")
        if isinstance(value, str):
            return value
    return None


def _describe(body: object) -> str:
    error_type, error_message = _error_fields(body)
    if error_type is not None or error_message is not None:
        return f"{error_type or 'error'}: {error_message or '(no message)'}"
    if body is None or body == "":
        return "(empty body)"
    if isinstance(body, str):
        return _excerpt(body)
    return _excerpt(json.dumps(body, ensure_ascii=False, default=str))


def _excerpt(text: str) -> str:
    """A short, one-line, readable excerpt of a body that is not an API error (e.g. HTML)."""
    readable = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    readable = re.sub(r"<[^>]*>", " ", readable)
    readable = " ".join(readable.split()) or " ".join(text.split())
    if len(readable) > _EXCERPT_CHARS:
        readable = readable[: _EXCERPT_CHARS - 1] + "…"
    return readable


def _request_id_text(request_id: str | None) -> str:
    return f"request_id: {request_id}" if request_id else "no request_id"


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return "; ".join(lines[:3]) if lines else text


def _decode_body(response: httpx.Response) -> object:
    try:
        content = response.content
    except Exception:  # not read (a streamed response): describe it without a body
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return content.decode(response.encoding or "utf-8", errors="replace")


def request_of(response: httpx.Response) -> httpx.Request:
    """The request of `response`, or a placeholder for a response built by hand."""
    try:
        return response.request
    except RuntimeError:  # a response built by hand, without a request
        import httpx

        return httpx.Request("GET", "http://unknown.invalid/")


# --- pickling --------------------------------------------------------------------------------


def _snapshot(obj: Any) -> tuple[Any, ...]:
    """httpx.Request/Response as plain data. Request headers are left out: they hold the key."""
    if hasattr(obj, "status_code"):
        try:
            content = bytes(obj.content)
        except Exception:
            content = b""
        try:
            request = _snapshot(obj.request)
        except RuntimeError:
            request = None
        # `content` is already decoded: drop the headers that describe the encoded form.
        headers = [
            (key, value)
            for key, value in obj.headers.multi_items()
            if key.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return ("response", obj.status_code, headers, content, request)
    return ("request", str(obj.method), str(obj.url))


def _rebuild(snapshot: tuple[Any, ...]) -> Any:
    import httpx

    if snapshot[0] == "request":
        return httpx.Request(snapshot[1], snapshot[2])
    _, status, headers, content, request = snapshot
    response = httpx.Response(status, headers=headers, content=content)
    if request is not None:
        response.request = _rebuild(request)
    return response


def _restore(cls: type[AnthropicError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    for name in ("request", "response"):
        if isinstance(state.get(name), tuple):
            state[name] = _rebuild(state[name])
    error.__dict__.update(state)
    return error


# Report the public path (`claude_api_client.APIError`) in tracebacks, reprs and pickles.
for _obj in list(globals().values()):
    if isinstance(_obj, type) and issubclass(_obj, AnthropicError) and _obj.__module__ == __name__:
        _obj.__module__ = "claude_api_client"
del _obj
# Not a top-level name of the official package: public where the webhook helpers are.
WebhookVerificationError.__module__ = "claude_api_client.lib.webhooks"
