# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._models.api_error_object import APIErrorObject as APIErrorObject
    from .._models.authentication_error import AuthenticationError as AuthenticationErrorObject
    from .._models.billing_error import BillingError as BillingErrorObject
    from .._models.error_object import ErrorObject as ErrorObject
    from .._models.error_response import ErrorResponse as ErrorResponse
    from .._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutErrorObject
    from .._models.invalid_request_error import InvalidRequestError as InvalidRequestErrorObject
    from .._models.not_found_error import NotFoundError as NotFoundErrorObject
    from .._models.overloaded_error import OverloadedError as OverloadedErrorObject
    from .._models.permission_error import PermissionError as PermissionErrorObject
    from .._models.rate_limit_error import RateLimitError as RateLimitErrorObject

# Public name → (module under `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "APIErrorObject": ("_models.api_error_object", "APIErrorObject"),
    "AuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "BillingErrorObject": ("_models.billing_error", "BillingError"),
    "ErrorObject": ("_models.error_object", "ErrorObject"),
    "ErrorResponse": ("_models.error_response", "ErrorResponse"),
    "GatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "InvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "NotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "OverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "PermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "RateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
}

__all__ = [
    "APIErrorObject",
    "AuthenticationErrorObject",
    "BillingErrorObject",
    "ErrorObject",
    "ErrorResponse",
    "GatewayTimeoutErrorObject",
    "InvalidRequestErrorObject",
    "NotFoundErrorObject",
    "OverloadedErrorObject",
    "PermissionErrorObject",
    "RateLimitErrorObject",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"claude_api_client.types.{target[0]}"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
