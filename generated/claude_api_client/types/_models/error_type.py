# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ErrorType: TypeAlias = Literal[
        "invalid_request_error",
        "authentication_error",
        "billing_error",
        "permission_error",
        "not_found_error",
        "rate_limit_error",
        "timeout_error",
        "api_error",
        "overloaded_error",
        "memory_precondition_failed_error",
        "memory_path_conflict_error",
        "conflict_error",
    ]
else:

    class ErrorType(OpenEnum):
        """The `error.type` values the official SDK names; the API may send others (`request_too_large`)."""

        INVALID_REQUEST_ERROR = "invalid_request_error"
        AUTHENTICATION_ERROR = "authentication_error"
        BILLING_ERROR = "billing_error"
        PERMISSION_ERROR = "permission_error"
        NOT_FOUND_ERROR = "not_found_error"
        RATE_LIMIT_ERROR = "rate_limit_error"
        TIMEOUT_ERROR = "timeout_error"
        API_ERROR = "api_error"
        OVERLOADED_ERROR = "overloaded_error"
        MEMORY_PRECONDITION_FAILED_ERROR = "memory_precondition_failed_error"
        MEMORY_PATH_CONFLICT_ERROR = "memory_path_conflict_error"
        CONFLICT_ERROR = "conflict_error"
