# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance.compliance` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncCompliance",
    "AsyncComplianceWithRawResponse",
    "AsyncComplianceWithStreamingResponse",
    "Compliance",
    "ComplianceWithRawResponse",
    "ComplianceWithStreamingResponse",
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
    "Compliance": ("claude_api_client.resources.beta_compliance", "BetaCompliance"),
    "ComplianceWithRawResponse": (
        "claude_api_client.resources.beta_compliance",
        "BetaComplianceWithRawResponse",
    ),
    "ComplianceWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance",
        "BetaComplianceWithStreamingResponse",
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
