# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance.review.cases` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

__all__ = [
    "AsyncCases",
    "AsyncCasesWithRawResponse",
    "AsyncCasesWithStreamingResponse",
    "Cases",
    "CasesWithRawResponse",
    "CasesWithStreamingResponse",
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
    "Cases": ("claude_api_client.resources.beta_compliance_review_cases", "BetaCases"),
    "CasesWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_cases",
        "BetaCasesWithRawResponse",
    ),
    "CasesWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_cases",
        "BetaCasesWithStreamingResponse",
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
