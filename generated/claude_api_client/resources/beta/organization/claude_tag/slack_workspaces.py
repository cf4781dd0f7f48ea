# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_tag.slack_workspaces` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_tag_slack_workspaces import (
        AsyncBetaSlackWorkspaces as AsyncSlackWorkspaces,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_workspaces import (
        AsyncBetaSlackWorkspacesWithRawResponse as AsyncSlackWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_workspaces import (
        AsyncBetaSlackWorkspacesWithStreamingResponse as AsyncSlackWorkspacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_workspaces import (
        BetaSlackWorkspaces as SlackWorkspaces,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_workspaces import (
        BetaSlackWorkspacesWithRawResponse as SlackWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_workspaces import (
        BetaSlackWorkspacesWithStreamingResponse as SlackWorkspacesWithStreamingResponse,
    )

__all__ = [
    "AsyncSlackWorkspaces",
    "AsyncSlackWorkspacesWithRawResponse",
    "AsyncSlackWorkspacesWithStreamingResponse",
    "SlackWorkspaces",
    "SlackWorkspacesWithRawResponse",
    "SlackWorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncSlackWorkspaces": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_workspaces",
        "AsyncBetaSlackWorkspaces",
    ),
    "AsyncSlackWorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_workspaces",
        "AsyncBetaSlackWorkspacesWithRawResponse",
    ),
    "AsyncSlackWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_workspaces",
        "AsyncBetaSlackWorkspacesWithStreamingResponse",
    ),
    "SlackWorkspaces": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_workspaces",
        "BetaSlackWorkspaces",
    ),
    "SlackWorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_workspaces",
        "BetaSlackWorkspacesWithRawResponse",
    ),
    "SlackWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_workspaces",
        "BetaSlackWorkspacesWithStreamingResponse",
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
