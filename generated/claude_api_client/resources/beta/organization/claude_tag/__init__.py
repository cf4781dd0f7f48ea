# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_tag` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTag as AsyncClaudeTag,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTagWithRawResponse as AsyncClaudeTagWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTagWithStreamingResponse as AsyncClaudeTagWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import BetaClaudeTag as ClaudeTag
    from claude_api_client.resources.beta_organization_claude_tag import (
        BetaClaudeTagWithRawResponse as ClaudeTagWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        BetaClaudeTagWithStreamingResponse as ClaudeTagWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        AsyncBetaBundles as AsyncBundles,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        AsyncBetaBundlesWithRawResponse as AsyncBundlesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        AsyncBetaBundlesWithStreamingResponse as AsyncBundlesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        BetaBundles as Bundles,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        BetaBundlesWithRawResponse as BundlesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        BetaBundlesWithStreamingResponse as BundlesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_channels import (
        AsyncBetaSlackChannels as AsyncSlackChannels,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_channels import (
        AsyncBetaSlackChannelsWithRawResponse as AsyncSlackChannelsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_channels import (
        AsyncBetaSlackChannelsWithStreamingResponse as AsyncSlackChannelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_channels import (
        BetaSlackChannels as SlackChannels,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_channels import (
        BetaSlackChannelsWithRawResponse as SlackChannelsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_slack_channels import (
        BetaSlackChannelsWithStreamingResponse as SlackChannelsWithStreamingResponse,
    )
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
    "AsyncBundles",
    "AsyncBundlesWithRawResponse",
    "AsyncBundlesWithStreamingResponse",
    "AsyncClaudeTag",
    "AsyncClaudeTagWithRawResponse",
    "AsyncClaudeTagWithStreamingResponse",
    "AsyncSlackChannels",
    "AsyncSlackChannelsWithRawResponse",
    "AsyncSlackChannelsWithStreamingResponse",
    "AsyncSlackWorkspaces",
    "AsyncSlackWorkspacesWithRawResponse",
    "AsyncSlackWorkspacesWithStreamingResponse",
    "Bundles",
    "BundlesWithRawResponse",
    "BundlesWithStreamingResponse",
    "ClaudeTag",
    "ClaudeTagWithRawResponse",
    "ClaudeTagWithStreamingResponse",
    "SlackChannels",
    "SlackChannelsWithRawResponse",
    "SlackChannelsWithStreamingResponse",
    "SlackWorkspaces",
    "SlackWorkspacesWithRawResponse",
    "SlackWorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBundles": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "AsyncBetaBundles",
    ),
    "AsyncBundlesWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "AsyncBetaBundlesWithRawResponse",
    ),
    "AsyncBundlesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "AsyncBetaBundlesWithStreamingResponse",
    ),
    "AsyncClaudeTag": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTag",
    ),
    "AsyncClaudeTagWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTagWithRawResponse",
    ),
    "AsyncClaudeTagWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTagWithStreamingResponse",
    ),
    "AsyncSlackChannels": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_channels",
        "AsyncBetaSlackChannels",
    ),
    "AsyncSlackChannelsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_channels",
        "AsyncBetaSlackChannelsWithRawResponse",
    ),
    "AsyncSlackChannelsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_channels",
        "AsyncBetaSlackChannelsWithStreamingResponse",
    ),
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
    "Bundles": ("claude_api_client.resources.beta_organization_claude_tag_bundles", "BetaBundles"),
    "BundlesWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "BetaBundlesWithRawResponse",
    ),
    "BundlesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "BetaBundlesWithStreamingResponse",
    ),
    "ClaudeTag": ("claude_api_client.resources.beta_organization_claude_tag", "BetaClaudeTag"),
    "ClaudeTagWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "BetaClaudeTagWithRawResponse",
    ),
    "ClaudeTagWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "BetaClaudeTagWithStreamingResponse",
    ),
    "SlackChannels": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_channels",
        "BetaSlackChannels",
    ),
    "SlackChannelsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_channels",
        "BetaSlackChannelsWithRawResponse",
    ),
    "SlackChannelsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_slack_channels",
        "BetaSlackChannelsWithStreamingResponse",
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
