# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance.review.notices` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_compliance_review_notices import (
        AsyncBetaNotices as AsyncNotices,
    )
    from claude_api_client.resources.beta_compliance_review_notices import (
        AsyncBetaNoticesWithRawResponse as AsyncNoticesWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_notices import (
        AsyncBetaNoticesWithStreamingResponse as AsyncNoticesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance_review_notices import BetaNotices as Notices
    from claude_api_client.resources.beta_compliance_review_notices import (
        BetaNoticesWithRawResponse as NoticesWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_notices import (
        BetaNoticesWithStreamingResponse as NoticesWithStreamingResponse,
    )

__all__ = [
    "AsyncNotices",
    "AsyncNoticesWithRawResponse",
    "AsyncNoticesWithStreamingResponse",
    "Notices",
    "NoticesWithRawResponse",
    "NoticesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncNotices": (
        "claude_api_client.resources.beta_compliance_review_notices",
        "AsyncBetaNotices",
    ),
    "AsyncNoticesWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_notices",
        "AsyncBetaNoticesWithRawResponse",
    ),
    "AsyncNoticesWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_notices",
        "AsyncBetaNoticesWithStreamingResponse",
    ),
    "Notices": ("claude_api_client.resources.beta_compliance_review_notices", "BetaNotices"),
    "NoticesWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_notices",
        "BetaNoticesWithRawResponse",
    ),
    "NoticesWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_notices",
        "BetaNoticesWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
