# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.federation.issuers` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

__all__ = [
    "AsyncIssuers",
    "AsyncIssuersWithRawResponse",
    "AsyncIssuersWithStreamingResponse",
    "Issuers",
    "IssuersWithRawResponse",
    "IssuersWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
    "Issuers": ("claude_api_client.resources.beta_organization_federation_issuers", "BetaIssuers"),
    "IssuersWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "BetaIssuersWithRawResponse",
    ),
    "IssuersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation_issuers",
        "BetaIssuersWithStreamingResponse",
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
