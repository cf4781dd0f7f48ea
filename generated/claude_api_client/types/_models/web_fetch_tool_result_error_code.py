# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WebFetchToolResultErrorCode: TypeAlias = Literal[
        "invalid_tool_input",
        "url_too_long",
        "url_not_allowed",
        "url_not_in_prior_context",
        "url_not_accessible",
        "unsupported_content_type",
        "too_many_requests",
        "max_uses_exceeded",
        "unavailable",
        "content_too_large",
    ]
else:

    class WebFetchToolResultErrorCode(OpenEnum):
        """Why a web fetch failed."""

        INVALID_TOOL_INPUT = "invalid_tool_input"
        URL_TOO_LONG = "url_too_long"
        URL_NOT_ALLOWED = "url_not_allowed"
        URL_NOT_IN_PRIOR_CONTEXT = "url_not_in_prior_context"
        URL_NOT_ACCESSIBLE = "url_not_accessible"
        UNSUPPORTED_CONTENT_TYPE = "unsupported_content_type"
        TOO_MANY_REQUESTS = "too_many_requests"
        MAX_USES_EXCEEDED = "max_uses_exceeded"
        UNAVAILABLE = "unavailable"
        CONTENT_TOO_LARGE = "content_too_large"
