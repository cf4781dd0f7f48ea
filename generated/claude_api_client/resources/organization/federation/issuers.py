# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.federation.issuers` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncIssuers": ("claude_api_client.resources.organization_federation_issuers", "AsyncIssuers"),
    "AsyncIssuersWithRawResponse": (
        "claude_api_client.resources.organization_federation_issuers",
        "AsyncIssuersWithRawResponse",
    ),
    "AsyncIssuersWithStreamingResponse": (
        "claude_api_client.resources.organization_federation_issuers",
        "AsyncIssuersWithStreamingResponse",
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
