# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.federation` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_federation import (
        AsyncFederation as AsyncFederation,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederationWithRawResponse as AsyncFederationWithRawResponse,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederationWithStreamingResponse as AsyncFederationWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation import Federation as Federation
    from claude_api_client.resources.organization_federation import (
        FederationWithRawResponse as FederationWithRawResponse,
    )
    from claude_api_client.resources.organization_federation import (
        FederationWithStreamingResponse as FederationWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation_issuers import (
        AsyncIssuers as AsyncIssuers,
    )
    from claude_api_client.resources.organization_federation_issuers import (
        AsyncIssuersWithRawResponse as AsyncIssuersWithRawResponse,
    )
    from claude_api_client.resources.organization_federation_issuers import (
        AsyncIssuersWithStreamingResponse as AsyncIssuersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation_issuers import Issuers as Issuers
    from claude_api_client.resources.organization_federation_issuers import (
        IssuersWithRawResponse as IssuersWithRawResponse,
    )
    from claude_api_client.resources.organization_federation_issuers import (
        IssuersWithStreamingResponse as IssuersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation_rules import AsyncRules as AsyncRules
    from claude_api_client.resources.organization_federation_rules import (
        AsyncRulesWithRawResponse as AsyncRulesWithRawResponse,
    )
    from claude_api_client.resources.organization_federation_rules import (
        AsyncRulesWithStreamingResponse as AsyncRulesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation_rules import Rules as Rules
    from claude_api_client.resources.organization_federation_rules import (
        RulesWithRawResponse as RulesWithRawResponse,
    )
    from claude_api_client.resources.organization_federation_rules import (
        RulesWithStreamingResponse as RulesWithStreamingResponse,
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
    "AsyncFederation": ("claude_api_client.resources.organization_federation", "AsyncFederation"),
    "AsyncFederationWithRawResponse": (
        "claude_api_client.resources.organization_federation",
        "AsyncFederationWithRawResponse",
    ),
    "AsyncFederationWithStreamingResponse": (
        "claude_api_client.resources.organization_federation",
        "AsyncFederationWithStreamingResponse",
    ),
    "AsyncIssuers": ("claude_api_client.resources.organization_federation_issuers", "AsyncIssuers"),
    "AsyncIssuersWithRawResponse": (
        "claude_api_client.resources.organization_federation_issuers",
        "AsyncIssuersWithRawResponse",
    ),
    "AsyncIssuersWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_issuers",
        "AsyncIssuersWithStreamingResponse",
    ),
    "AsyncRules": ("claude_api_client.resources.organization_federation_rules", "AsyncRules"),
    "AsyncRulesWithRawResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "AsyncRulesWithRawResponse",
    ),
    "AsyncRulesWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "AsyncRulesWithStreamingResponse",
    ),
    "Federation": ("claude_api_client.resources.organization_federation", "Federation"),
    "FederationWithRawResponse": (
        "claude_api_client.resources.organization_federation",
        "FederationWithRawResponse",
    ),
    "FederationWithStreamingResponse": (
        "claude_api_client.resources.organization_federation",
        "FederationWithStreamingResponse",
    ),
    "Issuers": ("claude_api_client.resources.organization_federation_issuers", "Issuers"),
    "IssuersWithRawResponse": (
        "claude_api_client.resources.organization_federation_issuers",
        "IssuersWithRawResponse",
    ),
    "IssuersWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_issuers",
        "IssuersWithStreamingResponse",
    ),
    "Rules": ("claude_api_client.resources.organization_federation_rules", "Rules"),
    "RulesWithRawResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "RulesWithRawResponse",
    ),
    "RulesWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_rules",
        "RulesWithStreamingResponse",
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
