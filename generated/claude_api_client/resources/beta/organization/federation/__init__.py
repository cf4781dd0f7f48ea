# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.federation` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederation as AsyncFederation,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederationWithRawResponse as AsyncFederationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederationWithStreamingResponse as AsyncFederationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederation as Federation,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederationWithRawResponse as FederationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederationWithStreamingResponse as FederationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation_issuers import (
        AsyncBetaIssuers as AsyncIssuers,
    )
    from claude_api_client.resources.beta_organization_federation_issuers import (
        AsyncBetaIssuersWithRawResponse as AsyncIssuersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_issuers import (
        AsyncBetaIssuersWithStreamingResponse as AsyncIssuersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation_issuers import (
        BetaIssuers as Issuers,
    )
    from claude_api_client.resources.beta_organization_federation_issuers import (
        BetaIssuersWithRawResponse as IssuersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation_issuers import (
        BetaIssuersWithStreamingResponse as IssuersWithStreamingResponse,
    )
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
    "AsyncFederation",
    "AsyncFederationWithRawResponse",
    "AsyncFederationWithStreamingResponse",
    "AsyncIssuers",
    "AsyncIssuersWithRawResponse",
    "AsyncIssuersWithStreamingResponse",
    "AsyncRules",
    "AsyncRulesWithRawResponse",
    "AsyncRulesWithStreamingResponse",
    "Federation",
    "FederationWithRawResponse",
    "FederationWithStreamingResponse",
    "Issuers",
    "IssuersWithRawResponse",
    "IssuersWithStreamingResponse",
    "Rules",
    "RulesWithRawResponse",
    "RulesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncFederation": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederation",
    ),
    "AsyncFederationWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederationWithRawResponse",
    ),
    "AsyncFederationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederationWithStreamingResponse",
    ),
    "AsyncIssuers": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "AsyncBetaIssuers",
    ),
    "AsyncIssuersWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "AsyncBetaIssuersWithRawResponse",
    ),
    "AsyncIssuersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "AsyncBetaIssuersWithStreamingResponse",
    ),
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
    "Federation": ("claude_api_client.resources.beta_organization_federation", "BetaFederation"),
    "FederationWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "BetaFederationWithRawResponse",
    ),
    "FederationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "BetaFederationWithStreamingResponse",
    ),
    "Issuers": ("claude_api_client.resources.beta_organization_federation_issuers", "BetaIssuers"),
    "IssuersWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "BetaIssuersWithRawResponse",
    ),
    "IssuersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "BetaIssuersWithStreamingResponse",
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
