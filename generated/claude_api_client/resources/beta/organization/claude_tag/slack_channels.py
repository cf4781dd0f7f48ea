# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_tag.slack_channels` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

__all__ = [
    "AsyncSlackChannels",
    "AsyncSlackChannelsWithRawResponse",
    "AsyncSlackChannelsWithStreamingResponse",
    "SlackChannels",
    "SlackChannelsWithRawResponse",
    "SlackChannelsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
