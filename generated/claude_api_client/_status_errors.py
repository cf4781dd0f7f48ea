# generated from openapi/ by scripts/generate, do not edit
"""The exception class of each HTTP error status the API answers with, and of each error `type`
(`x-error-class` on the members of `ErrorObject`, `x-status-classes` on the union).

Each is a subclass of the core's `APIStatusError` (a 5xx status's, of the class of 500) whose
`_default_status` is its status: what an error event inside a 200 stream reports. The core raises
by `STATUS_CLASSES` and `TYPE_CLASSES` (`_core/_errors.py`, docs/internals.md, "The error table");
the error-code classes of `_error_classes` subclass these.
"""

from __future__ import annotations

from ._core._exceptions import APIStatusError

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedRequestError",
    "ConflictError",
    "ContentTooLargeError",
    "DeadlineExceededError",
    "GatewayTimeoutError",
    "HTTPNotImplementedError",
    "InternalServerError",
    "NotFoundError",
    "OverloadedError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RequestHeaderFieldsTooLargeError",
    "RequestTimeoutError",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
]


class BadRequestError(APIStatusError):
    """The request was malformed or asked for something impossible.

    Raised for HTTP 400 (error type `invalid_request_error`).
    """

    _default_status = 400


class AuthenticationError(APIStatusError):
    """The API key or token is missing or wrong.

    Raised for HTTP 401 (error type `authentication_error`).
    """

    _default_status = 401


class PaymentRequiredError(APIStatusError):
    """The organisation's billing state does not allow the request.

    Raised for HTTP 402 (error type `billing_error`).
    """

    _default_status = 402


class PermissionDeniedError(APIStatusError):
    """The credentials are valid but may not use this resource.

    Raised for HTTP 403 (error type `permission_error`).
    """

    _default_status = 403


class NotFoundError(APIStatusError):
    """The resource or model does not exist.

    Raised for HTTP 404 (error type `not_found_error`).
    """

    _default_status = 404


class RequestTimeoutError(APIStatusError):
    """The request was not completed in the time the server allows.

    Raised for HTTP 408.
    """

    _default_status = 408


class ConflictError(APIStatusError):
    """The request conflicts with the current state of the resource.

    Raised for HTTP 409.
    """

    _default_status = 409


class PreconditionFailedError(APIStatusError):
    """A precondition of the request (a version or lease the caller holds) no longer holds.

    Raised for HTTP 412.
    """

    _default_status = 412


class ContentTooLargeError(APIStatusError):
    """The request body is larger than the endpoint accepts.

    Raised for HTTP 413 (error type `request_too_large`).
    """

    _default_status = 413


RequestTooLargeError = ContentTooLargeError


class UnprocessableEntityError(APIStatusError):
    """The request is well formed but its content cannot be processed.

    Raised for HTTP 422.
    """

    _default_status = 422


class RateLimitError(APIStatusError):
    """Too many requests or tokens for the current limits.

    Raised for HTTP 429 (error type `rate_limit_error`).
    """

    _default_status = 429


class RequestHeaderFieldsTooLargeError(APIStatusError):
    """The request's headers are larger than the server accepts.

    Raised for HTTP 431.
    """

    _default_status = 431


class ClientClosedRequestError(APIStatusError):
    """The connection was closed before the server answered.

    Raised for HTTP 499.
    """

    _default_status = 499


class InternalServerError(APIStatusError):
    """An unexpected error inside the API.

    Raised for HTTP 500 (error type `api_error`).
    """

    _default_status = 500


class HTTPNotImplementedError(InternalServerError):
    """The server does not support what the request asks for.

    Raised for HTTP 501.
    """

    _default_status = 501


class ServiceUnavailableError(InternalServerError):
    """The service is temporarily unavailable; try again later.

    Raised for HTTP 503.
    """

    _default_status = 503


class GatewayTimeoutError(InternalServerError):
    """The request took too long to process.

    Raised for HTTP 504 (error type `timeout_error`).
    """

    _default_status = 504


DeadlineExceededError = GatewayTimeoutError


class OverloadedError(InternalServerError):
    """The API is temporarily overloaded; try again later.

    Raised for HTTP 529 (error type `overloaded_error`).
    """

    _default_status = 529


# HTTP status → its class: `_error_table.ERROR_STATUSES`.
STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    412: PreconditionFailedError,
    413: ContentTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    431: RequestHeaderFieldsTooLargeError,
    499: ClientClosedRequestError,
    500: InternalServerError,
    501: HTTPNotImplementedError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
    529: OverloadedError,
}

# error `type` → its class: `_error_table.ERROR_TYPES`.
TYPE_CLASSES: dict[str, type[APIStatusError]] = {
    "invalid_request_error": BadRequestError,
    "authentication_error": AuthenticationError,
    "billing_error": PaymentRequiredError,
    "permission_error": PermissionDeniedError,
    "not_found_error": NotFoundError,
    "request_too_large": ContentTooLargeError,
    "rate_limit_error": RateLimitError,
    "api_error": InternalServerError,
    "timeout_error": GatewayTimeoutError,
    "overloaded_error": OverloadedError,
}

# Report the public path (`claude_api_client.NotFoundError`), like the other exceptions.
for _cls in STATUS_CLASSES.values():
    _cls.__module__ = "claude_api_client"
del _cls
