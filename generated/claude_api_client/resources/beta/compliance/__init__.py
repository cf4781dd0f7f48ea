# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_compliance import AsyncBetaCompliance as AsyncCompliance
    from claude_api_client.resources.beta_compliance import (
        AsyncBetaComplianceWithRawResponse as AsyncComplianceWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance import (
        AsyncBetaComplianceWithStreamingResponse as AsyncComplianceWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance import BetaCompliance as Compliance
    from claude_api_client.resources.beta_compliance import (
        BetaComplianceWithRawResponse as ComplianceWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance import (
        BetaComplianceWithStreamingResponse as ComplianceWithStreamingResponse,
    )
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
    "AsyncCompliance",
    "AsyncComplianceWithRawResponse",
    "AsyncComplianceWithStreamingResponse",
    "AsyncReview",
    "AsyncReviewWithRawResponse",
    "AsyncReviewWithStreamingResponse",
    "Compliance",
    "ComplianceWithRawResponse",
    "ComplianceWithStreamingResponse",
    "Review",
    "ReviewWithRawResponse",
    "ReviewWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncCompliance": ("claude_api_client.resources.beta_compliance", "AsyncBetaCompliance"),
    "AsyncComplianceWithRawResponse": (
        "claude_api_client.resources.beta_compliance",
        "AsyncBetaComplianceWithRawResponse",
    ),
    "AsyncComplianceWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance",
        "AsyncBetaComplianceWithStreamingResponse",
    ),
    "AsyncReview": ("claude_api_client.resources.beta_compliance_review", "AsyncBetaReview"),
    "AsyncReviewWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "AsyncBetaReviewWithRawResponse",
    ),
    "AsyncReviewWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "AsyncBetaReviewWithStreamingResponse",
    ),
    "Compliance": ("claude_api_client.resources.beta_compliance", "BetaCompliance"),
    "ComplianceWithRawResponse": (
        "claude_api_client.resources.beta_compliance",
        "BetaComplianceWithRawResponse",
    ),
    "ComplianceWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance",
        "BetaComplianceWithStreamingResponse",
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
