# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.organization` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganization as AsyncOrganization,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization import BetaOrganization as Organization
    from claude_api_client.resources.beta_organization import (
        BetaOrganizationWithRawResponse as OrganizationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization import (
        BetaOrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
    )

__all__ = [
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncOrganization": ("claude_api_client.resources.beta_organization", "AsyncBetaOrganization"),
    "AsyncOrganizationWithRawResponse": (
        "claude_api_client.resources.beta_organization",
        "AsyncBetaOrganizationWithRawResponse",
    ),
    "AsyncOrganizationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization",
        "AsyncBetaOrganizationWithStreamingResponse",
    ),
    "Organization": ("claude_api_client.resources.beta_organization", "BetaOrganization"),
    "OrganizationWithRawResponse": (
        "claude_api_client.resources.beta_organization",
        "BetaOrganizationWithRawResponse",
    ),
    "OrganizationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization",
        "BetaOrganizationWithStreamingResponse",
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
