# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance.review.review` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_compliance_review import AsyncBetaReview as AsyncReview
    from claude_api_client.resources.beta_compliance_review import (
        AsyncBetaReviewWithRawResponse as AsyncReviewWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review import (
        AsyncBetaReviewWithStreamingResponse as AsyncReviewWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance_review import BetaReview as Review
    from claude_api_client.resources.beta_compliance_review import (
        BetaReviewWithRawResponse as ReviewWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review import (
        BetaReviewWithStreamingResponse as ReviewWithStreamingResponse,
    )

__all__ = [
    "AsyncReview",
    "AsyncReviewWithRawResponse",
    "AsyncReviewWithStreamingResponse",
    "Review",
    "ReviewWithRawResponse",
    "ReviewWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncReview": ("claude_api_client.resources.beta_compliance_review", "AsyncBetaReview"),
    "AsyncReviewWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "AsyncBetaReviewWithRawResponse",
    ),
    "AsyncReviewWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "AsyncBetaReviewWithStreamingResponse",
    ),
    "Review": ("claude_api_client.resources.beta_compliance_review", "BetaReview"),
    "ReviewWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "BetaReviewWithRawResponse",
    ),
    "ReviewWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "BetaReviewWithStreamingResponse",
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
