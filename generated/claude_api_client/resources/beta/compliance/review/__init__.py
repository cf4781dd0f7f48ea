# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance.review` of the official package: its names, lazily."""

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
    from claude_api_client.resources.beta_compliance_review_cases import (
        AsyncBetaCases as AsyncCases,
    )
    from claude_api_client.resources.beta_compliance_review_cases import (
        AsyncBetaCasesWithRawResponse as AsyncCasesWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_cases import (
        AsyncBetaCasesWithStreamingResponse as AsyncCasesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance_review_cases import BetaCases as Cases
    from claude_api_client.resources.beta_compliance_review_cases import (
        BetaCasesWithRawResponse as CasesWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_cases import (
        BetaCasesWithStreamingResponse as CasesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        AsyncBetaItems as AsyncItems,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        AsyncBetaItemsWithRawResponse as AsyncItemsWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        AsyncBetaItemsWithStreamingResponse as AsyncItemsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import BetaItems as Items
    from claude_api_client.resources.beta_compliance_review_items import (
        BetaItemsWithRawResponse as ItemsWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        BetaItemsWithStreamingResponse as ItemsWithStreamingResponse,
    )
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
    "AsyncCases",
    "AsyncCasesWithRawResponse",
    "AsyncCasesWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "AsyncNotices",
    "AsyncNoticesWithRawResponse",
    "AsyncNoticesWithStreamingResponse",
    "AsyncReview",
    "AsyncReviewWithRawResponse",
    "AsyncReviewWithStreamingResponse",
    "Cases",
    "CasesWithRawResponse",
    "CasesWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "Notices",
    "NoticesWithRawResponse",
    "NoticesWithStreamingResponse",
    "Review",
    "ReviewWithRawResponse",
    "ReviewWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncCases": ("claude_api_client.resources.beta_compliance_review_cases", "AsyncBetaCases"),
    "AsyncCasesWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_cases",
        "AsyncBetaCasesWithRawResponse",
    ),
    "AsyncCasesWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_cases",
        "AsyncBetaCasesWithStreamingResponse",
    ),
    "AsyncItems": ("claude_api_client.resources.beta_compliance_review_items", "AsyncBetaItems"),
    "AsyncItemsWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "AsyncBetaItemsWithRawResponse",
    ),
    "AsyncItemsWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "AsyncBetaItemsWithStreamingResponse",
    ),
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
    "AsyncReview": ("claude_api_client.resources.beta_compliance_review", "AsyncBetaReview"),
    "AsyncReviewWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "AsyncBetaReviewWithRawResponse",
    ),
    "AsyncReviewWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review",
        "AsyncBetaReviewWithStreamingResponse",
    ),
    "Cases": ("claude_api_client.resources.beta_compliance_review_cases", "BetaCases"),
    "CasesWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_cases",
        "BetaCasesWithRawResponse",
    ),
    "CasesWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_cases",
        "BetaCasesWithStreamingResponse",
    ),
    "Items": ("claude_api_client.resources.beta_compliance_review_items", "BetaItems"),
    "ItemsWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "BetaItemsWithRawResponse",
    ),
    "ItemsWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "BetaItemsWithStreamingResponse",
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
