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
    from ..types._models.managed_agents_bedrock_agent import ManagedAgentsBedrockAgent
    from ..types._models.managed_agents_bedrock_agent_list_item import (
        ManagedAgentsBedrockAgentListItem,
    )
    from ..types._params.managed_agents_aws_agent_core_gateway_mcp_server_param import (
        ManagedAgentsAWSAgentCoreGatewayMCPServerParam,
    )
    from ..types._params.managed_agents_aws_role_execution_identity_params import (
        ManagedAgentsAWSRoleExecutionIdentityParams,
    )
    from ..types._params.managed_agents_bedrock_agent_tool_params import (
        ManagedAgentsBedrockAgentToolParams,
    )
    from ..types._params.managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams
    from ..types._params.managed_agents_bedrock_multiagent_coordinator_params import (
        ManagedAgentsBedrockMultiagentCoordinatorParams,
    )
    from ..types._params.managed_agents_sandbox_skill_param import ManagedAgentsSandboxSkillParam
    from .bedrock_agents_versions import (
        AsyncBedrockVersions,
        AsyncBedrockVersionsWithRawResponse,
        AsyncBedrockVersionsWithStreamingResponse,
        BedrockVersions,
        BedrockVersionsWithRawResponse,
        BedrockVersionsWithStreamingResponse,
    )

__all__ = ["BedrockAgents", "AsyncBedrockAgents"]

from ._ops_bedrock_agents import (
    _agents_archive_options,
    _agents_create_options,
    _agents_list_options,
    _agents_retrieve_options,
    _agents_update_options,
    _load_managed_agents_bedrock_agent,
    _load_managed_agents_bedrock_agent_page,
)


class BedrockAgents(SyncResource):
    """`client.beta.agents` of the bedrock client: its beta.agents operations."""

    @cached_property
    def versions(self) -> BedrockVersions:
        from .bedrock_agents_versions import BedrockVersions

        return BedrockVersions(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockAgentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockAgentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockAgentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockAgentsWithStreamingResponse(self)

    def archive(
        self,
        agent_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Archive an agent: it stays readable but can no longer be used for new work.

        Args:
            agent_id: ID of the agent.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_archive_options(
            agent_id=agent_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))

    def create(
        self,
        *,
        execution_identity: ManagedAgentsAWSRoleExecutionIdentityParams,
        name: str,
        model: ManagedAgentsBedrockModelParams,
        description: str | None | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsBedrockAgentToolParams] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam]
        | None
        | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSandboxSkillParam] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsBedrockMultiagentCoordinatorParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Create an agent.

        Args:
            execution_identity: The IAM role in your account a session of this agent takes when
                its create-session request names none (an `aws_role` object with its
                `role_arn`); set once (a different role needs a new agent), and only a caller
                signed in as an IAM role can send one.
            name: Name of the agent.
            model: The model the agent runs on.
            description: What the agent is for, in your own words; null when not given.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model (at most 128; null is no tools). Web fetch
                and web search are not served on Bedrock.
            mcp_servers: AgentCore gateways the agent can reach (at most 20, names unique, each
                used by an `mcp_toolset` of `tools`).
            skills: Skills the agent can load, from the sandbox or an S3 prefix.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent hands work to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_create_options(
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
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsBedrockAgentListItem]:
        """List agents.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            include_archived: Include archived objects too.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockAgentListItem]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_agent_page)
        )

    def retrieve(
        self,
        agent_id: str,
        *,
        version: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Get one agent.

        Args:
            agent_id: ID of the agent.
            version: Version to return (default: the latest).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))

    def update(
        self,
        agent_id: str,
        *,
        version: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        model: ManagedAgentsBedrockModelParams | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsBedrockAgentToolParams] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam]
        | None
        | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSandboxSkillParam] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsBedrockMultiagentCoordinatorParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Change an agent; fields left out keep their value.

        Args:
            agent_id: ID of the agent.
            version: Version of the agent.
            name: Name of the agent.
            description: What the agent is for, in your own words; null when not given.
            model: The model the agent runs on from this version.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model (at most 128; null is no tools). Web fetch
                and web search are not served on Bedrock.
            mcp_servers: AgentCore gateways the agent can reach (at most 20, names unique, each
                used by an `mcp_toolset` of `tools`).
            skills: Skills the agent can load, from the sandbox or an S3 prefix.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent hands work to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_update_options(
            agent_id=agent_id,
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
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))


class BedrockAgentsWithRawResponse:
    """`BedrockAgents`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockAgents) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> BedrockVersionsWithRawResponse:
        from .bedrock_agents_versions import BedrockVersionsWithRawResponse

        return BedrockVersionsWithRawResponse(self._resource.versions)


class BedrockAgentsWithStreamingResponse:
    """`BedrockAgents`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockAgents) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> BedrockVersionsWithStreamingResponse:
        from .bedrock_agents_versions import BedrockVersionsWithStreamingResponse

        return BedrockVersionsWithStreamingResponse(self._resource.versions)


class AsyncBedrockAgents(AsyncResource):
    """`client.beta.agents` of the bedrock client: its beta.agents operations."""

    @cached_property
    def versions(self) -> AsyncBedrockVersions:
        from .bedrock_agents_versions import AsyncBedrockVersions

        return AsyncBedrockVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockAgentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockAgentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockAgentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockAgentsWithStreamingResponse(self)

    async def archive(
        self,
        agent_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Archive an agent: it stays readable but can no longer be used for new work.

        Args:
            agent_id: ID of the agent.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_archive_options(
            agent_id=agent_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))

    async def create(
        self,
        *,
        execution_identity: ManagedAgentsAWSRoleExecutionIdentityParams,
        name: str,
        model: ManagedAgentsBedrockModelParams,
        description: str | None | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsBedrockAgentToolParams] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam]
        | None
        | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSandboxSkillParam] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsBedrockMultiagentCoordinatorParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Create an agent.

        Args:
            execution_identity: The IAM role in your account a session of this agent takes when
                its create-session request names none (an `aws_role` object with its
                `role_arn`); set once (a different role needs a new agent), and only a caller
                signed in as an IAM role can send one.
            name: Name of the agent.
            model: The model the agent runs on.
            description: What the agent is for, in your own words; null when not given.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model (at most 128; null is no tools). Web fetch
                and web search are not served on Bedrock.
            mcp_servers: AgentCore gateways the agent can reach (at most 20, names unique, each
                used by an `mcp_toolset` of `tools`).
            skills: Skills the agent can load, from the sandbox or an S3 prefix.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent hands work to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_create_options(
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
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsBedrockAgentListItem]:
        """List agents.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            include_archived: Include archived objects too.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockAgentListItem]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_agent_page)
        )

    async def retrieve(
        self,
        agent_id: str,
        *,
        version: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Get one agent.

        Args:
            agent_id: ID of the agent.
            version: Version to return (default: the latest).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))

    async def update(
        self,
        agent_id: str,
        *,
        version: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        model: ManagedAgentsBedrockModelParams | NotGiven = NOT_GIVEN,
        system: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[ManagedAgentsBedrockAgentToolParams] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam]
        | None
        | NotGiven = NOT_GIVEN,
        skills: Sequence[ManagedAgentsSandboxSkillParam] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        multiagent: ManagedAgentsBedrockMultiagentCoordinatorParams | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockAgent:
        """Change an agent; fields left out keep their value.

        Args:
            agent_id: ID of the agent.
            version: Version of the agent.
            name: Name of the agent.
            description: What the agent is for, in your own words; null when not given.
            model: The model the agent runs on from this version.
            system: System prompt of the agent; null when none.
            tools: Tools the agent offers the model (at most 128; null is no tools). Web fetch
                and web search are not served on Bedrock.
            mcp_servers: AgentCore gateways the agent can reach (at most 20, names unique, each
                used by an `mcp_toolset` of `tools`).
            skills: Skills the agent can load, from the sandbox or an S3 prefix.
            metadata: Your own key-value labels on the agent.
            multiagent: How the agent hands work to other agents, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockAgent: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _agents_update_options(
            agent_id=agent_id,
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
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_agent))


class AsyncBedrockAgentsWithRawResponse:
    """`AsyncBedrockAgents`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockAgents) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> AsyncBedrockVersionsWithRawResponse:
        from .bedrock_agents_versions import AsyncBedrockVersionsWithRawResponse

        return AsyncBedrockVersionsWithRawResponse(self._resource.versions)


class AsyncBedrockAgentsWithStreamingResponse:
    """`AsyncBedrockAgents`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockAgents) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def versions(self) -> AsyncBedrockVersionsWithStreamingResponse:
        from .bedrock_agents_versions import AsyncBedrockVersionsWithStreamingResponse

        return AsyncBedrockVersionsWithStreamingResponse(self._resource.versions)
