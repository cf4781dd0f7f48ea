# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import value_cast
from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.managed_agents_agent import ManagedAgentsAgent
    from ..types._params.managed_agents_agent_tool_params import ManagedAgentsAgentToolParams
    from ..types._params.managed_agents_execution_identity_params import (
        ManagedAgentsExecutionIdentityParams,
    )
    from ..types._params.managed_agents_mcp_server_params import ManagedAgentsMCPServerParams
    from ..types._params.managed_agents_model_params import ManagedAgentsModelParams
    from ..types._params.managed_agents_multiagent_params import ManagedAgentsMultiagentParams
    from ..types._params.managed_agents_skill_params import ManagedAgentsSkillParams
    from .beta_agents_versions import (
        AsyncBetaVersions,
        AsyncBetaVersionsWithRawResponse,
        AsyncBetaVersionsWithStreamingResponse,
        BetaVersions,
        BetaVersionsWithRawResponse,
        BetaVersionsWithStreamingResponse,
    )

__all__ = ["BetaAgents", "AsyncBetaAgents"]

from ._ops_agents import (
    _agents_archive_options,
    _agents_create_options,
    _agents_list_options,
    _agents_retrieve_options,
    _agents_update_options,
    _load_managed_agents_agent,
    _load_managed_agents_list_agents,
)


class BetaAgents(SyncResource):
    """`client.beta.agents`: the beta.agents operations of the Claude API."""

    @cached_property
    def versions(self) -> BetaVersions:
        from .beta_agents_versions import BetaVersions

        return BetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> BetaAgentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaAgentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaAgentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaAgentsWithStreamingResponse(self)

    def archive(
        self,
        agent_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Archive an agent: it stays readable but can no longer be used for new work.

        Args:
            agent_id: ID of the agent.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_archive_options(
            agent_id=agent_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_agent))

    def create(
        self,
        *,
        name: str,
        model: ManagedAgentsModelParams,
        workspace_id: str | NotGiven = NOT_GIVEN,
        execution_identity: ManagedAgentsExecutionIdentityParams | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsAgentToolParams] | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsMCPServerParams] | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSkillParams] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsMultiagentParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Create an agent.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            execution_identity: Whose identity the agent's runs act under (default
                `service_account`); added from the official 2.16 package, not in the 2026-08
                reference.
            name: Name of the agent.
            model: The model the agent runs on.
            description: What the agent is for, in your own words; null when not given.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model.
            mcp_servers: MCP servers the agent can reach.
            skills: Skills the agent can load.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent delegates to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_create_options(
            workspace_id=workspace_id,
            execution_identity=execution_identity,
            name=name,
            model=model,
            description=description,
            system=system,
            tools=tools,
            mcp_servers=mcp_servers,
            skills=skills,
            metadata=metadata,
            multiagent=multiagent,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_agent))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsAgent]:
        """List agents.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            include_archived: Include archived objects too.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsAgent]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _agents_list_options(
            limit=limit,
            page=page,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_managed_agents_list_agents))

    def retrieve(
        self,
        agent_id: str,
        *,
        version: int | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Get one agent.

        Args:
            agent_id: ID of the agent.
            version: Version to return (default: the latest).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_retrieve_options(
            agent_id=agent_id,
            version=version,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_agent))

    def update(
        self,
        agent_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        execution_identity: ManagedAgentsExecutionIdentityParams | None | NotGiven = NOT_GIVEN,
        version: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        model: ManagedAgentsModelParams | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsAgentToolParams] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsMCPServerParams] | None | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSkillParams] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsMultiagentParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Change an agent; fields left out keep their value.

        Args:
            agent_id: ID of the agent.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            execution_identity: Whose identity the agent's runs act under; null resets it to the
                default.
            version: Version of the agent.
            name: Name of the agent.
            description: What the agent is for, in your own words; null when not given.
            model: The model the agent runs on.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model.
            mcp_servers: MCP servers the agent can reach.
            skills: Skills the agent can load.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent delegates to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_update_options(
            agent_id=agent_id,
            workspace_id=workspace_id,
            execution_identity=execution_identity,
            version=version,
            name=name,
            description=description,
            model=model,
            system=system,
            tools=tools,
            mcp_servers=mcp_servers,
            skills=skills,
            metadata=metadata,
            multiagent=multiagent,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_agent))


class BetaAgentsWithRawResponse:
    """`BetaAgents`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaAgents) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> BetaVersionsWithRawResponse:
        from .beta_agents_versions import BetaVersionsWithRawResponse

        return BetaVersionsWithRawResponse(self._resource.versions)


class BetaAgentsWithStreamingResponse:
    """`BetaAgents`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaAgents) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> BetaVersionsWithStreamingResponse:
        from .beta_agents_versions import BetaVersionsWithStreamingResponse

        return BetaVersionsWithStreamingResponse(self._resource.versions)


class AsyncBetaAgents(AsyncResource):
    """`client.beta.agents`: the beta.agents operations of the Claude API."""

    @cached_property
    def versions(self) -> AsyncBetaVersions:
        from .beta_agents_versions import AsyncBetaVersions

        return AsyncBetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaAgentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaAgentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaAgentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaAgentsWithStreamingResponse(self)

    async def archive(
        self,
        agent_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Archive an agent: it stays readable but can no longer be used for new work.

        Args:
            agent_id: ID of the agent.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_archive_options(
            agent_id=agent_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_agent))

    async def create(
        self,
        *,
        name: str,
        model: ManagedAgentsModelParams,
        workspace_id: str | NotGiven = NOT_GIVEN,
        execution_identity: ManagedAgentsExecutionIdentityParams | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsAgentToolParams] | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsMCPServerParams] | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSkillParams] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsMultiagentParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Create an agent.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            execution_identity: Whose identity the agent's runs act under (default
                `service_account`); added from the official 2.16 package, not in the 2026-08
                reference.
            name: Name of the agent.
            model: The model the agent runs on.
            description: What the agent is for, in your own words; null when not given.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model.
            mcp_servers: MCP servers the agent can reach.
            skills: Skills the agent can load.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent delegates to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_create_options(
            workspace_id=workspace_id,
            execution_identity=execution_identity,
            name=name,
            model=model,
            description=description,
            system=system,
            tools=tools,
            mcp_servers=mcp_servers,
            skills=skills,
            metadata=metadata,
            multiagent=multiagent,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_agent))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsAgent]:
        """List agents.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            include_archived: Include archived objects too.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsAgent]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _agents_list_options(
            limit=limit,
            page=page,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_managed_agents_list_agents))

    async def retrieve(
        self,
        agent_id: str,
        *,
        version: int | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Get one agent.

        Args:
            agent_id: ID of the agent.
            version: Version to return (default: the latest).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_retrieve_options(
            agent_id=agent_id,
            version=version,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_agent))

    async def update(
        self,
        agent_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        execution_identity: ManagedAgentsExecutionIdentityParams | None | NotGiven = NOT_GIVEN,
        version: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        model: ManagedAgentsModelParams | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsAgentToolParams] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsMCPServerParams] | None | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSkillParams] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsMultiagentParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsAgent:
        """Change an agent; fields left out keep their value.

        Args:
            agent_id: ID of the agent.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            execution_identity: Whose identity the agent's runs act under; null resets it to the
                default.
            version: Version of the agent.
            name: Name of the agent.
            description: What the agent is for, in your own words; null when not given.
            model: The model the agent runs on.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model.
            mcp_servers: MCP servers the agent can reach.
            skills: Skills the agent can load.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent delegates to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_update_options(
            agent_id=agent_id,
            workspace_id=workspace_id,
            execution_identity=execution_identity,
            version=version,
            name=name,
            description=description,
            model=model,
            system=system,
            tools=tools,
            mcp_servers=mcp_servers,
            skills=skills,
            metadata=metadata,
            multiagent=multiagent,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_agent))


class AsyncBetaAgentsWithRawResponse:
    """`AsyncBetaAgents`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaAgents) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithRawResponse:
        from .beta_agents_versions import AsyncBetaVersionsWithRawResponse

        return AsyncBetaVersionsWithRawResponse(self._resource.versions)


class AsyncBetaAgentsWithStreamingResponse:
    """`AsyncBetaAgents`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaAgents) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithStreamingResponse:
        from .beta_agents_versions import AsyncBetaVersionsWithStreamingResponse

        return AsyncBetaVersionsWithStreamingResponse(self._resource.versions)
