# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.invites` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_invites import (
        AsyncBetaInvites as AsyncInvites,
    )
    from claude_api_client.resources.beta_organization_invites import (
        AsyncBetaInvitesWithRawResponse as AsyncInvitesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_invites import (
        AsyncBetaInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_invites import BetaInvites as Invites
    from claude_api_client.resources.beta_organization_invites import (
        BetaInvitesWithRawResponse as InvitesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_invites import (
        BetaInvitesWithStreamingResponse as InvitesWithStreamingResponse,
    )

__all__ = [
    "AsyncInvites",
    "AsyncInvitesWithRawResponse",
    "AsyncInvitesWithStreamingResponse",
    "Invites",
    "InvitesWithRawResponse",
    "InvitesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncInvites": ("claude_api_client.resources.beta_organization_invites", "AsyncBetaInvites"),
    "AsyncInvitesWithRawResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "AsyncBetaInvitesWithRawResponse",
    ),
    "AsyncInvitesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "AsyncBetaInvitesWithStreamingResponse",
    ),
    "Invites": ("claude_api_client.resources.beta_organization_invites", "BetaInvites"),
    "InvitesWithRawResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "BetaInvitesWithRawResponse",
    ),
    "InvitesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "BetaInvitesWithStreamingResponse",
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
