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
    from ..types._models.managed_agents_bedrock_session import ManagedAgentsBedrockSession
    from ..types._models.managed_agents_bedrock_session_list_item import (
        ManagedAgentsBedrockSessionListItem,
    )
    from ..types._models.managed_agents_deleted_session import ManagedAgentsDeletedSession
    from ..types._params.managed_agents_aws_role_execution_identity_params import (
        ManagedAgentsAWSRoleExecutionIdentityParams,
    )
    from ..types._params.managed_agents_bedrock_create_session_agent_params import (
        ManagedAgentsBedrockCreateSessionAgentParams,
    )
    from ..types._params.managed_agents_bedrock_session_agent_update_param import (
        ManagedAgentsBedrockSessionAgentUpdateParam,
    )
    from ..types._params.managed_agents_bedrock_session_resource_params import (
        ManagedAgentsBedrockSessionResourceParams,
    )
    from ..types._params.managed_agents_bedrock_user_message_event_params import (
        ManagedAgentsBedrockUserMessageEventParams,
    )
    from ..types._params.managed_agents_budget_param import ManagedAgentsBudgetParam
    from ..types._params.managed_agents_list_order_param import ManagedAgentsListOrderParam
    from ..types._params.managed_agents_session_status_param import ManagedAgentsSessionStatusParam
    from ._plain_bedrock_sessions_events import (
        AsyncBedrockEvents,
        AsyncBedrockEventsWithRawResponse,
        AsyncBedrockEventsWithStreamingResponse,
        BedrockEvents,
        BedrockEventsWithRawResponse,
        BedrockEventsWithStreamingResponse,
    )
    from .bedrock_sessions_threads import (
        AsyncBedrockThreads,
        AsyncBedrockThreadsWithRawResponse,
        AsyncBedrockThreadsWithStreamingResponse,
        BedrockThreads,
        BedrockThreadsWithRawResponse,
        BedrockThreadsWithStreamingResponse,
    )

__all__ = ["BedrockSessions", "AsyncBedrockSessions"]

from ._ops_bedrock_sessions import (
    _load_managed_agents_bedrock_session,
    _load_managed_agents_bedrock_session_page,
    _load_managed_agents_deleted_session,
    _sessions_archive_options,
    _sessions_create_options,
    _sessions_delete_options,
    _sessions_list_options,
    _sessions_retrieve_options,
    _sessions_update_options,
)


class BedrockSessions(SyncResource):
    """`client.beta.sessions` of the bedrock client: its beta.sessions operations."""

    @cached_property
    def events(self) -> BedrockEvents:
        from ._plain_bedrock_sessions_events import BedrockEvents

        return BedrockEvents(self._client)

    @cached_property
    def threads(self) -> BedrockThreads:
        from .bedrock_sessions_threads import BedrockThreads

        return BedrockThreads(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockSessionsWithStreamingResponse(self)

    def archive(
        self,
        session_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Archive a session: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_archive_options(
            session_id=session_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_session))

    def create(
        self,
        *,
        agent: ManagedAgentsBedrockCreateSessionAgentParams,
        environment_id: str,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsBedrockSessionResourceParams]
        | None
        | NotGiven = NOT_GIVEN,
        execution_identity: ManagedAgentsAWSRoleExecutionIdentityParams | NotGiven = NOT_GIVEN,
        role_arn: str | NotGiven = NOT_GIVEN,
        working_directory: str | None | NotGiven = NOT_GIVEN,
        initial_events: Sequence[ManagedAgentsBedrockUserMessageEventParams]
        | None
        | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Create a session.

        Args:
            agent: The agent the session runs: its ID, the ID with a pinned version, or an agent
                with overrides.
            environment_id: ID of the environment.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            resources: Resources the session starts with.
            execution_identity: The IAM role in your account that the session runs as
                (`role_arn` is its older name; give one of them).
            role_arn: Bedrock: the older name of `execution_identity`, as a bare role ARN (up to
                2048 characters).
            working_directory: Bedrock: absolute path in the sandbox where the built-in tools
                start (default `/mnt/workspace`, which null also selects).
            initial_events: Events sent when the session starts.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_create_options(
            agent=agent,
            environment_id=environment_id,
            title=title,
            metadata=metadata,
            resources=resources,
            execution_identity=execution_identity,
            role_arn=role_arn,
            working_directory=working_directory,
            initial_events=initial_events,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_session))

    def delete(
        self,
        session_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedSession:
        """Delete a session.

        Args:
            session_id: ID of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeletedSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_delete_options(
            session_id=session_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deleted_session))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        created_by_me: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        agent_version: int | NotGiven = NOT_GIVEN,
        order: ManagedAgentsListOrderParam | NotGiven = NOT_GIVEN,
        memory_store_id: str | NotGiven = NOT_GIVEN,
        statuses: Sequence[ManagedAgentsSessionStatusParam] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsBedrockSessionListItem]:
        """List sessions.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            include_archived: Include archived objects too.
            created_by_me: Bedrock: only what the caller created (default false).
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
            agent_id: ID of the agent.
            agent_version: Return only sessions on this version of the agent.
            order: Sort direction by creation time.
            memory_store_id: Return only sessions that use this memory store.
            statuses: Return only objects with one of these statuses.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockSessionListItem]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _sessions_list_options(
            limit=limit,
            page=page,
            include_archived=include_archived,
            created_by_me=created_by_me,
            created_at_gte=created_at_gte,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_lt=created_at_lt,
            agent_id=agent_id,
            agent_version=agent_version,
            order=order,
            memory_store_id=memory_store_id,
            statuses=statuses,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_session_page)
        )

    def retrieve(
        self,
        session_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Get one session.

        Args:
            session_id: ID of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_retrieve_options(
            session_id=session_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_session))

    def update(
        self,
        session_id: str,
        *,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        agent: ManagedAgentsBedrockSessionAgentUpdateParam | None | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Change a session; fields left out keep their value.

        Args:
            session_id: ID of the session.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            agent: What changes of the agent the session runs (only its tools and MCP servers,
                while the session is not running); null changes nothing.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_update_options(
            session_id=session_id,
            title=title,
            metadata=metadata,
            agent=agent,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_session))


class BedrockSessionsWithRawResponse:
    """`BedrockSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockSessions) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def events(self) -> BedrockEventsWithRawResponse:
        from ._plain_bedrock_sessions_events import BedrockEventsWithRawResponse

        return BedrockEventsWithRawResponse(self._resource.events)

    @cached_property
    def threads(self) -> BedrockThreadsWithRawResponse:
        from .bedrock_sessions_threads import BedrockThreadsWithRawResponse

        return BedrockThreadsWithRawResponse(self._resource.threads)


class BedrockSessionsWithStreamingResponse:
    """`BedrockSessions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockSessions) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def events(self) -> BedrockEventsWithStreamingResponse:
        from ._plain_bedrock_sessions_events import BedrockEventsWithStreamingResponse

        return BedrockEventsWithStreamingResponse(self._resource.events)

    @cached_property
    def threads(self) -> BedrockThreadsWithStreamingResponse:
        from .bedrock_sessions_threads import BedrockThreadsWithStreamingResponse

        return BedrockThreadsWithStreamingResponse(self._resource.threads)


class AsyncBedrockSessions(AsyncResource):
    """`client.beta.sessions` of the bedrock client: its beta.sessions operations."""

    @cached_property
    def events(self) -> AsyncBedrockEvents:
        from ._plain_bedrock_sessions_events import AsyncBedrockEvents

        return AsyncBedrockEvents(self._client)

    @cached_property
    def threads(self) -> AsyncBedrockThreads:
        from .bedrock_sessions_threads import AsyncBedrockThreads

        return AsyncBedrockThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockSessionsWithStreamingResponse(self)

    async def archive(
        self,
        session_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Archive a session: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_archive_options(
            session_id=session_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_session))

    async def create(
        self,
        *,
        agent: ManagedAgentsBedrockCreateSessionAgentParams,
        environment_id: str,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsBedrockSessionResourceParams]
        | None
        | NotGiven = NOT_GIVEN,
        execution_identity: ManagedAgentsAWSRoleExecutionIdentityParams | NotGiven = NOT_GIVEN,
        role_arn: str | NotGiven = NOT_GIVEN,
        working_directory: str | None | NotGiven = NOT_GIVEN,
        initial_events: Sequence[ManagedAgentsBedrockUserMessageEventParams]
        | None
        | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Create a session.

        Args:
            agent: The agent the session runs: its ID, the ID with a pinned version, or an agent
                with overrides.
            environment_id: ID of the environment.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            resources: Resources the session starts with.
            execution_identity: The IAM role in your account that the session runs as
                (`role_arn` is its older name; give one of them).
            role_arn: Bedrock: the older name of `execution_identity`, as a bare role ARN (up to
                2048 characters).
            working_directory: Bedrock: absolute path in the sandbox where the built-in tools
                start (default `/mnt/workspace`, which null also selects).
            initial_events: Events sent when the session starts.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_create_options(
            agent=agent,
            environment_id=environment_id,
            title=title,
            metadata=metadata,
            resources=resources,
            execution_identity=execution_identity,
            role_arn=role_arn,
            working_directory=working_directory,
            initial_events=initial_events,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_session))

    async def delete(
        self,
        session_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedSession:
        """Delete a session.

        Args:
            session_id: ID of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeletedSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_delete_options(
            session_id=session_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deleted_session))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        created_by_me: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        agent_version: int | NotGiven = NOT_GIVEN,
        order: ManagedAgentsListOrderParam | NotGiven = NOT_GIVEN,
        memory_store_id: str | NotGiven = NOT_GIVEN,
        statuses: Sequence[ManagedAgentsSessionStatusParam] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsBedrockSessionListItem]:
        """List sessions.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            include_archived: Include archived objects too.
            created_by_me: Bedrock: only what the caller created (default false).
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
            agent_id: ID of the agent.
            agent_version: Return only sessions on this version of the agent.
            order: Sort direction by creation time.
            memory_store_id: Return only sessions that use this memory store.
            statuses: Return only objects with one of these statuses.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockSessionListItem]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _sessions_list_options(
            limit=limit,
            page=page,
            include_archived=include_archived,
            created_by_me=created_by_me,
            created_at_gte=created_at_gte,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_lt=created_at_lt,
            agent_id=agent_id,
            agent_version=agent_version,
            order=order,
            memory_store_id=memory_store_id,
            statuses=statuses,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_session_page)
        )

    async def retrieve(
        self,
        session_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Get one session.

        Args:
            session_id: ID of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_retrieve_options(
            session_id=session_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_session))

    async def update(
        self,
        session_id: str,
        *,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        agent: ManagedAgentsBedrockSessionAgentUpdateParam | None | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSession:
        """Change a session; fields left out keep their value.

        Args:
            session_id: ID of the session.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            agent: What changes of the agent the session runs (only its tools and MCP servers,
                while the session is not running); null changes nothing.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_update_options(
            session_id=session_id,
            title=title,
            metadata=metadata,
            agent=agent,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_bedrock_session))


class AsyncBedrockSessionsWithRawResponse:
    """`AsyncBedrockSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockSessions) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def events(self) -> AsyncBedrockEventsWithRawResponse:
        from ._plain_bedrock_sessions_events import AsyncBedrockEventsWithRawResponse

        return AsyncBedrockEventsWithRawResponse(self._resource.events)

    @cached_property
    def threads(self) -> AsyncBedrockThreadsWithRawResponse:
        from .bedrock_sessions_threads import AsyncBedrockThreadsWithRawResponse

        return AsyncBedrockThreadsWithRawResponse(self._resource.threads)


class AsyncBedrockSessionsWithStreamingResponse:
    """`AsyncBedrockSessions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockSessions) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def events(self) -> AsyncBedrockEventsWithStreamingResponse:
        from ._plain_bedrock_sessions_events import AsyncBedrockEventsWithStreamingResponse

        return AsyncBedrockEventsWithStreamingResponse(self._resource.events)

    @cached_property
    def threads(self) -> AsyncBedrockThreadsWithStreamingResponse:
        from .bedrock_sessions_threads import AsyncBedrockThreadsWithStreamingResponse

        return AsyncBedrockThreadsWithStreamingResponse(self._resource.threads)
