# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_claude_tag_bundles import (
        AsyncBetaBundles,
        AsyncBetaBundlesWithRawResponse,
        AsyncBetaBundlesWithStreamingResponse,
        BetaBundles,
        BetaBundlesWithRawResponse,
        BetaBundlesWithStreamingResponse,
    )
    from .beta_organization_claude_tag_slack_channels import (
        AsyncBetaSlackChannels,
        AsyncBetaSlackChannelsWithRawResponse,
        AsyncBetaSlackChannelsWithStreamingResponse,
        BetaSlackChannels,
        BetaSlackChannelsWithRawResponse,
        BetaSlackChannelsWithStreamingResponse,
    )
    from .beta_organization_claude_tag_slack_workspaces import (
        AsyncBetaSlackWorkspaces,
        AsyncBetaSlackWorkspacesWithRawResponse,
        AsyncBetaSlackWorkspacesWithStreamingResponse,
        BetaSlackWorkspaces,
        BetaSlackWorkspacesWithRawResponse,
        BetaSlackWorkspacesWithStreamingResponse,
    )

__all__ = ["BetaClaudeTag", "AsyncBetaClaudeTag"]


class BetaClaudeTag(SyncResource):
    """`client.beta.organization.claude_tag`: the beta.organization.claude_tag operations of the Claude API."""

    @cached_property
    def bundles(self) -> BetaBundles:
        from .beta_organization_claude_tag_bundles import BetaBundles

        return BetaBundles(self._client)

    @cached_property
    def slack_channels(self) -> BetaSlackChannels:
        from .beta_organization_claude_tag_slack_channels import BetaSlackChannels

        return BetaSlackChannels(self._client)

    @cached_property
    def slack_workspaces(self) -> BetaSlackWorkspaces:
        from .beta_organization_claude_tag_slack_workspaces import BetaSlackWorkspaces

        return BetaSlackWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> BetaClaudeTagWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaClaudeTagWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaClaudeTagWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaClaudeTagWithStreamingResponse(self)


class BetaClaudeTagWithRawResponse:
    """`BetaClaudeTag`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaClaudeTag) -> None:
        self._resource = resource

    @cached_property
    def bundles(self) -> BetaBundlesWithRawResponse:
        from .beta_organization_claude_tag_bundles import BetaBundlesWithRawResponse

        return BetaBundlesWithRawResponse(self._resource.bundles)

    @cached_property
    def slack_channels(self) -> BetaSlackChannelsWithRawResponse:
        from .beta_organization_claude_tag_slack_channels import BetaSlackChannelsWithRawResponse

        return BetaSlackChannelsWithRawResponse(self._resource.slack_channels)

    @cached_property
    def slack_workspaces(self) -> BetaSlackWorkspacesWithRawResponse:
        from .beta_organization_claude_tag_slack_workspaces import (
            BetaSlackWorkspacesWithRawResponse,
        )

        return BetaSlackWorkspacesWithRawResponse(self._resource.slack_workspaces)


class BetaClaudeTagWithStreamingResponse:
    """`BetaClaudeTag`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaClaudeTag) -> None:
        self._resource = resource

    @cached_property
    def bundles(self) -> BetaBundlesWithStreamingResponse:
        from .beta_organization_claude_tag_bundles import BetaBundlesWithStreamingResponse

        return BetaBundlesWithStreamingResponse(self._resource.bundles)

    @cached_property
    def slack_channels(self) -> BetaSlackChannelsWithStreamingResponse:
        from .beta_organization_claude_tag_slack_channels import (
            BetaSlackChannelsWithStreamingResponse,
        )

        return BetaSlackChannelsWithStreamingResponse(self._resource.slack_channels)

    @cached_property
    def slack_workspaces(self) -> BetaSlackWorkspacesWithStreamingResponse:
        from .beta_organization_claude_tag_slack_workspaces import (
            BetaSlackWorkspacesWithStreamingResponse,
        )

        return BetaSlackWorkspacesWithStreamingResponse(self._resource.slack_workspaces)


class AsyncBetaClaudeTag(AsyncResource):
    """`client.beta.organization.claude_tag`: the beta.organization.claude_tag operations of the Claude API."""

    @cached_property
    def bundles(self) -> AsyncBetaBundles:
        from .beta_organization_claude_tag_bundles import AsyncBetaBundles

        return AsyncBetaBundles(self._client)

    @cached_property
    def slack_channels(self) -> AsyncBetaSlackChannels:
        from .beta_organization_claude_tag_slack_channels import AsyncBetaSlackChannels

        return AsyncBetaSlackChannels(self._client)

    @cached_property
    def slack_workspaces(self) -> AsyncBetaSlackWorkspaces:
        from .beta_organization_claude_tag_slack_workspaces import AsyncBetaSlackWorkspaces

        return AsyncBetaSlackWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaClaudeTagWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaClaudeTagWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaClaudeTagWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaClaudeTagWithStreamingResponse(self)


class AsyncBetaClaudeTagWithRawResponse:
    """`AsyncBetaClaudeTag`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaClaudeTag) -> None:
        self._resource = resource

    @cached_property
    def bundles(self) -> AsyncBetaBundlesWithRawResponse:
        from .beta_organization_claude_tag_bundles import AsyncBetaBundlesWithRawResponse

        return AsyncBetaBundlesWithRawResponse(self._resource.bundles)

    @cached_property
    def slack_channels(self) -> AsyncBetaSlackChannelsWithRawResponse:
        from .beta_organization_claude_tag_slack_channels import (
            AsyncBetaSlackChannelsWithRawResponse,
        )

        return AsyncBetaSlackChannelsWithRawResponse(self._resource.slack_channels)

    @cached_property
    def slack_workspaces(self) -> AsyncBetaSlackWorkspacesWithRawResponse:
        from .beta_organization_claude_tag_slack_workspaces import (
            AsyncBetaSlackWorkspacesWithRawResponse,
        )

        return AsyncBetaSlackWorkspacesWithRawResponse(self._resource.slack_workspaces)


class AsyncBetaClaudeTagWithStreamingResponse:
    """`AsyncBetaClaudeTag`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaClaudeTag) -> None:
        self._resource = resource

    @cached_property
    def bundles(self) -> AsyncBetaBundlesWithStreamingResponse:
        from .beta_organization_claude_tag_bundles import AsyncBetaBundlesWithStreamingResponse

        return AsyncBetaBundlesWithStreamingResponse(self._resource.bundles)

    @cached_property
    def slack_channels(self) -> AsyncBetaSlackChannelsWithStreamingResponse:
        from .beta_organization_claude_tag_slack_channels import (
            AsyncBetaSlackChannelsWithStreamingResponse,
        )

        return AsyncBetaSlackChannelsWithStreamingResponse(self._resource.slack_channels)

    @cached_property
    def slack_workspaces(self) -> AsyncBetaSlackWorkspacesWithStreamingResponse:
        from .beta_organization_claude_tag_slack_workspaces import (
            AsyncBetaSlackWorkspacesWithStreamingResponse,
        )

        return AsyncBetaSlackWorkspacesWithStreamingResponse(self._resource.slack_workspaces)
