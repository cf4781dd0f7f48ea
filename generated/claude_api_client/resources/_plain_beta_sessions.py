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
    from ..types._models.managed_agents_deleted_session import ManagedAgentsDeletedSession
    from ..types._models.managed_agents_session import ManagedAgentsSession
    from ..types._params.managed_agents_budget_param import ManagedAgentsBudgetParam
    from ..types._params.managed_agents_create_session_agent_union_params import (
        ManagedAgentsCreateSessionAgentUnionParams,
    )
    from ..types._params.managed_agents_list_order_param import ManagedAgentsListOrderParam
    from ..types._params.managed_agents_session_agent_update_param import (
        ManagedAgentsSessionAgentUpdateParam,
    )
    from ..types._params.managed_agents_session_initial_event_params import (
        ManagedAgentsSessionInitialEventParams,
    )
    from ..types._params.managed_agents_session_resource_params import (
        ManagedAgentsSessionResourceParams,
    )
    from ..types._params.managed_agents_session_status_param import ManagedAgentsSessionStatusParam
    from ._plain_beta_sessions_events import (
        AsyncBetaEvents,
        AsyncBetaEventsWithRawResponse,
        AsyncBetaEventsWithStreamingResponse,
        BetaEvents,
        BetaEventsWithRawResponse,
        BetaEventsWithStreamingResponse,
    )
    from .beta_sessions_resources import (
        AsyncBetaResources,
        AsyncBetaResourcesWithRawResponse,
        AsyncBetaResourcesWithStreamingResponse,
        BetaResources,
        BetaResourcesWithRawResponse,
        BetaResourcesWithStreamingResponse,
    )
    from .beta_sessions_threads import (
        AsyncBetaThreads,
        AsyncBetaThreadsWithRawResponse,
        AsyncBetaThreadsWithStreamingResponse,
        BetaThreads,
        BetaThreadsWithRawResponse,
        BetaThreadsWithStreamingResponse,
    )

__all__ = ["BetaSessions", "AsyncBetaSessions"]

from ._ops_sessions import (
    _load_managed_agents_deleted_session,
    _load_managed_agents_list_sessions,
    _load_managed_agents_session,
    _sessions_archive_options,
    _sessions_create_options,
    _sessions_delete_options,
    _sessions_list_options,
    _sessions_retrieve_options,
    _sessions_update_options,
)


class BetaSessions(SyncResource):
    """`client.beta.sessions`: the beta.sessions operations of the Claude API."""

    @cached_property
    def events(self) -> BetaEvents:
        from ._plain_beta_sessions_events import BetaEvents

        return BetaEvents(self._client)

    @cached_property
    def resources(self) -> BetaResources:
        from .beta_sessions_resources import BetaResources

        return BetaResources(self._client)

    @cached_property
    def threads(self) -> BetaThreads:
        from .beta_sessions_threads import BetaThreads

        return BetaThreads(self._client)

    @cached_property
    def with_raw_response(self) -> BetaSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSessionsWithStreamingResponse(self)

    def archive(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Archive a session: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
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
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_archive_options(
            session_id=session_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_session))

    def create(
        self,
        *,
        agent: ManagedAgentsCreateSessionAgentUnionParams,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsSessionResourceParams] | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        initial_events: Sequence[ManagedAgentsSessionInitialEventParams] | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Create a session.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            agent: The agent the session runs: its ID, or an ID with a pinned version.
            environment_id: ID of the environment.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            resources: Resources attached.
            vault_ids: Vaults whose credentials the session may use.
            initial_events: Events sent when a session starts.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_create_options(
            workspace_id=workspace_id,
            agent=agent,
            environment_id=environment_id,
            title=title,
            metadata=metadata,
            resources=resources,
            vault_ids=vault_ids,
            initial_events=initial_events,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_session))

    def delete(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedSession:
        """Delete a session.

        Args:
            session_id: ID of the session.
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
            workspace_id=workspace_id,
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
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        agent_version: int | NotGiven = NOT_GIVEN,
        order: ManagedAgentsListOrderParam | NotGiven = NOT_GIVEN,
        memory_store_id: str | NotGiven = NOT_GIVEN,
        deployment_id: str | NotGiven = NOT_GIVEN,
        statuses: Sequence[ManagedAgentsSessionStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsSession]:
        """List sessions.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            include_archived: Include archived objects too.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
            agent_id: ID of the agent.
            agent_version: Return only sessions on this version of the agent.
            order: Sort direction by creation time.
            memory_store_id: Return only sessions that use this memory store.
            deployment_id: ID of the deployment.
            statuses: Return only objects with one of these statuses.
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
            Page[ManagedAgentsSession]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

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
            created_at_gte=created_at_gte,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_lt=created_at_lt,
            agent_id=agent_id,
            agent_version=agent_version,
            order=order,
            memory_store_id=memory_store_id,
            deployment_id=deployment_id,
            statuses=statuses,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_managed_agents_list_sessions))

    def retrieve(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Get one session.

        Args:
            session_id: ID of the session.
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
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_retrieve_options(
            session_id=session_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_session))

    def update(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        agent: ManagedAgentsSessionAgentUpdateParam | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Change a session; fields left out keep their value.

        Args:
            session_id: ID of the session.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            vault_ids: Vaults whose credentials the session may use.
            agent: The agent the session runs: its ID, or an ID with a pinned version.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_update_options(
            session_id=session_id,
            workspace_id=workspace_id,
            title=title,
            metadata=metadata,
            vault_ids=vault_ids,
            agent=agent,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_session))


class BetaSessionsWithRawResponse:
    """`BetaSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaSessions) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def events(self) -> BetaEventsWithRawResponse:
        from ._plain_beta_sessions_events import BetaEventsWithRawResponse

        return BetaEventsWithRawResponse(self._resource.events)

    @cached_property
    def resources(self) -> BetaResourcesWithRawResponse:
        from .beta_sessions_resources import BetaResourcesWithRawResponse

        return BetaResourcesWithRawResponse(self._resource.resources)

    @cached_property
    def threads(self) -> BetaThreadsWithRawResponse:
        from .beta_sessions_threads import BetaThreadsWithRawResponse

        return BetaThreadsWithRawResponse(self._resource.threads)


class BetaSessionsWithStreamingResponse:
    """`BetaSessions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaSessions) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def events(self) -> BetaEventsWithStreamingResponse:
        from ._plain_beta_sessions_events import BetaEventsWithStreamingResponse

        return BetaEventsWithStreamingResponse(self._resource.events)

    @cached_property
    def resources(self) -> BetaResourcesWithStreamingResponse:
        from .beta_sessions_resources import BetaResourcesWithStreamingResponse

        return BetaResourcesWithStreamingResponse(self._resource.resources)

    @cached_property
    def threads(self) -> BetaThreadsWithStreamingResponse:
        from .beta_sessions_threads import BetaThreadsWithStreamingResponse

        return BetaThreadsWithStreamingResponse(self._resource.threads)


class AsyncBetaSessions(AsyncResource):
    """`client.beta.sessions`: the beta.sessions operations of the Claude API."""

    @cached_property
    def events(self) -> AsyncBetaEvents:
        from ._plain_beta_sessions_events import AsyncBetaEvents

        return AsyncBetaEvents(self._client)

    @cached_property
    def resources(self) -> AsyncBetaResources:
        from .beta_sessions_resources import AsyncBetaResources

        return AsyncBetaResources(self._client)

    @cached_property
    def threads(self) -> AsyncBetaThreads:
        from .beta_sessions_threads import AsyncBetaThreads

        return AsyncBetaThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSessionsWithStreamingResponse(self)

    async def archive(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Archive a session: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
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
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_archive_options(
            session_id=session_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_session))

    async def create(
        self,
        *,
        agent: ManagedAgentsCreateSessionAgentUnionParams,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsSessionResourceParams] | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        initial_events: Sequence[ManagedAgentsSessionInitialEventParams] | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Create a session.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            agent: The agent the session runs: its ID, or an ID with a pinned version.
            environment_id: ID of the environment.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            resources: Resources attached.
            vault_ids: Vaults whose credentials the session may use.
            initial_events: Events sent when a session starts.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_create_options(
            workspace_id=workspace_id,
            agent=agent,
            environment_id=environment_id,
            title=title,
            metadata=metadata,
            resources=resources,
            vault_ids=vault_ids,
            initial_events=initial_events,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_session))

    async def delete(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedSession:
        """Delete a session.

        Args:
            session_id: ID of the session.
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
            workspace_id=workspace_id,
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
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        agent_version: int | NotGiven = NOT_GIVEN,
        order: ManagedAgentsListOrderParam | NotGiven = NOT_GIVEN,
        memory_store_id: str | NotGiven = NOT_GIVEN,
        deployment_id: str | NotGiven = NOT_GIVEN,
        statuses: Sequence[ManagedAgentsSessionStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsSession]:
        """List sessions.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            include_archived: Include archived objects too.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
            agent_id: ID of the agent.
            agent_version: Return only sessions on this version of the agent.
            order: Sort direction by creation time.
            memory_store_id: Return only sessions that use this memory store.
            deployment_id: ID of the deployment.
            statuses: Return only objects with one of these statuses.
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
            Page[ManagedAgentsSession]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

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
            created_at_gte=created_at_gte,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_lt=created_at_lt,
            agent_id=agent_id,
            agent_version=agent_version,
            order=order,
            memory_store_id=memory_store_id,
            deployment_id=deployment_id,
            statuses=statuses,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_managed_agents_list_sessions))

    async def retrieve(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Get one session.

        Args:
            session_id: ID of the session.
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
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_retrieve_options(
            session_id=session_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_session))

    async def update(
        self,
        session_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        agent: ManagedAgentsSessionAgentUpdateParam | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSession:
        """Change a session; fields left out keep their value.

        Args:
            session_id: ID of the session.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            title: Title of the session; null when none.
            metadata: Your own key-value labels on the session.
            vault_ids: Vaults whose credentials the session may use.
            agent: The agent the session runs: its ID, or an ID with a pinned version.
            budget: Spending limits of the session.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsSession: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_update_options(
            session_id=session_id,
            workspace_id=workspace_id,
            title=title,
            metadata=metadata,
            vault_ids=vault_ids,
            agent=agent,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_session))


class AsyncBetaSessionsWithRawResponse:
    """`AsyncBetaSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaSessions) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def events(self) -> AsyncBetaEventsWithRawResponse:
        from ._plain_beta_sessions_events import AsyncBetaEventsWithRawResponse

        return AsyncBetaEventsWithRawResponse(self._resource.events)

    @cached_property
    def resources(self) -> AsyncBetaResourcesWithRawResponse:
        from .beta_sessions_resources import AsyncBetaResourcesWithRawResponse

        return AsyncBetaResourcesWithRawResponse(self._resource.resources)

    @cached_property
    def threads(self) -> AsyncBetaThreadsWithRawResponse:
        from .beta_sessions_threads import AsyncBetaThreadsWithRawResponse

        return AsyncBetaThreadsWithRawResponse(self._resource.threads)


class AsyncBetaSessionsWithStreamingResponse:
    """`AsyncBetaSessions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaSessions) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def events(self) -> AsyncBetaEventsWithStreamingResponse:
        from ._plain_beta_sessions_events import AsyncBetaEventsWithStreamingResponse

        return AsyncBetaEventsWithStreamingResponse(self._resource.events)

    @cached_property
    def resources(self) -> AsyncBetaResourcesWithStreamingResponse:
        from .beta_sessions_resources import AsyncBetaResourcesWithStreamingResponse

        return AsyncBetaResourcesWithStreamingResponse(self._resource.resources)

    @cached_property
    def threads(self) -> AsyncBetaThreadsWithStreamingResponse:
        from .beta_sessions_threads import AsyncBetaThreadsWithStreamingResponse

        return AsyncBetaThreadsWithStreamingResponse(self._resource.threads)
