# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.federation.rules.rules` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_federation_rules import (
        AsyncBetaRules as AsyncRules,
    )
    from claude_api_client.resources.beta_organization_federation_rules import (
        AsyncBetaRulesWithRawResponse as AsyncRulesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules import (
        AsyncBetaRulesWithStreamingResponse as AsyncRulesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules import BetaRules as Rules
    from claude_api_client.resources.beta_organization_federation_rules import (
        BetaRulesWithRawResponse as RulesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_rules import (
        BetaRulesWithStreamingResponse as RulesWithStreamingResponse,
    )

__all__ = [
    "AsyncRules",
    "AsyncRulesWithRawResponse",
    "AsyncRulesWithStreamingResponse",
    "Rules",
    "RulesWithRawResponse",
    "RulesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRules": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "AsyncBetaRules",
    ),
    "AsyncRulesWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "AsyncBetaRulesWithRawResponse",
    ),
    "AsyncRulesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "AsyncBetaRulesWithStreamingResponse",
    ),
    "Rules": ("claude_api_client.resources.beta_organization_federation_rules", "BetaRules"),
    "RulesWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "BetaRulesWithRawResponse",
    ),
    "RulesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_rules",
        "BetaRulesWithStreamingResponse",
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
