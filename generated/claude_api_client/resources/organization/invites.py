# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.invites` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_invites import AsyncInvites as AsyncInvites
    from claude_api_client.resources.organization_invites import (
        AsyncInvitesWithRawResponse as AsyncInvitesWithRawResponse,
    )
    from claude_api_client.resources.organization_invites import (
        AsyncInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_invites import Invites as Invites
    from claude_api_client.resources.organization_invites import (
        InvitesWithRawResponse as InvitesWithRawResponse,
    )
    from claude_api_client.resources.organization_invites import (
        InvitesWithStreamingResponse as InvitesWithStreamingResponse,
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
    "AsyncInvites": ("claude_api_client.resources.organization_invites", "AsyncInvites"),
    "AsyncInvitesWithRawResponse": (
        "claude_api_client.resources.organization_invites",
        "AsyncInvitesWithRawResponse",
    ),
    "AsyncInvitesWithStreamingResponse": (
        "claude_api_client.resources.organization_invites",
        "AsyncInvitesWithStreamingResponse",
    ),
    "Invites": ("claude_api_client.resources.organization_invites", "Invites"),
    "InvitesWithRawResponse": (
        "claude_api_client.resources.organization_invites",
        "InvitesWithRawResponse",
    ),
    "InvitesWithStreamingResponse": (
        "claude_api_client.resources.organization_invites",
        "InvitesWithStreamingResponse",
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
