# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
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
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.managed_agents_session_thread import ManagedAgentsSessionThread
    from ..types._params.managed_agents_session_thread_status_param import (
        ManagedAgentsSessionThreadStatusParam,
    )
    from .beta_sessions_threads_events import (
        AsyncBetaEvents,
        AsyncBetaEventsWithRawResponse,
        AsyncBetaEventsWithStreamingResponse,
        BetaEvents,
        BetaEventsWithRawResponse,
        BetaEventsWithStreamingResponse,
    )

__all__ = ["BetaThreads", "AsyncBetaThreads"]

from ._ops_sessions_threads import (
    _load_managed_agents_list_session_threads,
    _load_managed_agents_session_thread,
    _sessions_threads_archive_options,
    _sessions_threads_list_options,
    _sessions_threads_retrieve_options,
)


class BetaThreads(SyncResource):
    """`client.beta.sessions.threads`: the beta.sessions.threads operations of the Claude API."""

    @cached_property
    def events(self) -> BetaEvents:
        from .beta_sessions_threads_events import BetaEvents

        return BetaEvents(self._client)

    @cached_property
    def with_raw_response(self) -> BetaThreadsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaThreadsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaThreadsWithStreamingResponse(self)

    def archive(
        self,
        thread_id: str,
        *,
        session_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSessionThread:
        """Archive a session thread: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
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
            ManagedAgentsSessionThread: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_threads_archive_options(
            session_id=session_id,
            thread_id=thread_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_session_thread))

    def list(
        self,
        session_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        statuses: Sequence[ManagedAgentsSessionThreadStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsSessionThread]:
        """List session threads.

        Args:
            session_id: ID of the session.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
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
            Page[ManagedAgentsSessionThread]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _sessions_threads_list_options(
            session_id=session_id,
            limit=limit,
            page=page,
            statuses=statuses,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_list_session_threads)
        )

    def retrieve(
        self,
        thread_id: str,
        *,
        session_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSessionThread:
        """Get one session thread.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
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
            ManagedAgentsSessionThread: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_threads_retrieve_options(
            session_id=session_id,
            thread_id=thread_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_session_thread))


class BetaThreadsWithRawResponse:
    """`BetaThreads`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaThreads) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> BetaEventsWithRawResponse:
        from .beta_sessions_threads_events import BetaEventsWithRawResponse

        return BetaEventsWithRawResponse(self._resource.events)


class BetaThreadsWithStreamingResponse:
    """`BetaThreads`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaThreads) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> BetaEventsWithStreamingResponse:
        from .beta_sessions_threads_events import BetaEventsWithStreamingResponse

        return BetaEventsWithStreamingResponse(self._resource.events)


class AsyncBetaThreads(AsyncResource):
    """`client.beta.sessions.threads`: the beta.sessions.threads operations of the Claude API."""

    @cached_property
    def events(self) -> AsyncBetaEvents:
        from .beta_sessions_threads_events import AsyncBetaEvents

        return AsyncBetaEvents(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaThreadsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaThreadsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaThreadsWithStreamingResponse(self)

    async def archive(
        self,
        thread_id: str,
        *,
        session_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSessionThread:
        """Archive a session thread: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
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
            ManagedAgentsSessionThread: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_threads_archive_options(
            session_id=session_id,
            thread_id=thread_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_session_thread))

    def list(
        self,
        session_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        statuses: Sequence[ManagedAgentsSessionThreadStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsSessionThread]:
        """List session threads.

        Args:
            session_id: ID of the session.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
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
            Page[ManagedAgentsSessionThread]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _sessions_threads_list_options(
            session_id=session_id,
            limit=limit,
            page=page,
            statuses=statuses,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_list_session_threads)
        )

    async def retrieve(
        self,
        thread_id: str,
        *,
        session_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSessionThread:
        """Get one session thread.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
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
            ManagedAgentsSessionThread: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_threads_retrieve_options(
            session_id=session_id,
            thread_id=thread_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_session_thread))


class AsyncBetaThreadsWithRawResponse:
    """`AsyncBetaThreads`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaThreads) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> AsyncBetaEventsWithRawResponse:
        from .beta_sessions_threads_events import AsyncBetaEventsWithRawResponse

        return AsyncBetaEventsWithRawResponse(self._resource.events)


class AsyncBetaThreadsWithStreamingResponse:
    """`AsyncBetaThreads`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaThreads) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> AsyncBetaEventsWithStreamingResponse:
        from .beta_sessions_threads_events import AsyncBetaEventsWithStreamingResponse

        return AsyncBetaEventsWithStreamingResponse(self._resource.events)
