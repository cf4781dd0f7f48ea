# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.telemetry_destinations.workspaces` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_telemetry_destinations_workspaces import (
        AsyncBetaWorkspaces as AsyncWorkspaces,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations_workspaces import (
        AsyncBetaWorkspacesWithRawResponse as AsyncWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations_workspaces import (
        AsyncBetaWorkspacesWithStreamingResponse as AsyncWorkspacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations_workspaces import (
        BetaWorkspaces as Workspaces,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations_workspaces import (
        BetaWorkspacesWithRawResponse as WorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations_workspaces import (
        BetaWorkspacesWithStreamingResponse as WorkspacesWithStreamingResponse,
    )

__all__ = [
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "AsyncWorkspacesWithStreamingResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
    "WorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncWorkspaces": (
        "claude_api_client.resources.beta_organization_telemetry_destinations_workspaces",
        "AsyncBetaWorkspaces",
    ),
    "AsyncWorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations_workspaces",
        "AsyncBetaWorkspacesWithRawResponse",
    ),
    "AsyncWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations_workspaces",
        "AsyncBetaWorkspacesWithStreamingResponse",
    ),
    "Workspaces": (
        "claude_api_client.resources.beta_organization_telemetry_destinations_workspaces",
        "BetaWorkspaces",
    ),
    "WorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations_workspaces",
        "BetaWorkspacesWithRawResponse",
    ),
    "WorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations_workspaces",
        "BetaWorkspacesWithStreamingResponse",
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
