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
    from ..types._models.managed_agents_bedrock_session_thread import (
        ManagedAgentsBedrockSessionThread,
    )
    from .bedrock_sessions_threads_events import (
        AsyncBedrockEvents,
        AsyncBedrockEventsWithRawResponse,
        AsyncBedrockEventsWithStreamingResponse,
        BedrockEvents,
        BedrockEventsWithRawResponse,
        BedrockEventsWithStreamingResponse,
    )

__all__ = ["BedrockThreads", "AsyncBedrockThreads"]

from ._ops_bedrock_sessions_threads import (
    _load_managed_agents_bedrock_session_thread,
    _load_managed_agents_bedrock_session_thread_page,
    _sessions_threads_archive_options,
    _sessions_threads_list_options,
    _sessions_threads_retrieve_options,
)


class BedrockThreads(SyncResource):
    """`client.beta.sessions.threads` of the bedrock client: its beta.sessions.threads operations."""

    @cached_property
    def events(self) -> BedrockEvents:
        from .bedrock_sessions_threads_events import BedrockEvents

        return BedrockEvents(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockThreadsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockThreadsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockThreadsWithStreamingResponse(self)

    def archive(
        self,
        thread_id: str,
        *,
        session_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSessionThread:
        """Archive a session thread: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSessionThread: the parsed response; `.to_json()` gives back its
                JSON.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_managed_agents_bedrock_session_thread)
        )

    def list(
        self,
        session_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsBedrockSessionThread]:
        """List session threads.

        Args:
            session_id: ID of the session.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockSessionThread]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_session_thread_page)
        )

    def retrieve(
        self,
        thread_id: str,
        *,
        session_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSessionThread:
        """Get one session thread.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSessionThread: the parsed response; `.to_json()` gives back its
                JSON.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_managed_agents_bedrock_session_thread)
        )


class BedrockThreadsWithRawResponse:
    """`BedrockThreads`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockThreads) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> BedrockEventsWithRawResponse:
        from .bedrock_sessions_threads_events import BedrockEventsWithRawResponse

        return BedrockEventsWithRawResponse(self._resource.events)


class BedrockThreadsWithStreamingResponse:
    """`BedrockThreads`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockThreads) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> BedrockEventsWithStreamingResponse:
        from .bedrock_sessions_threads_events import BedrockEventsWithStreamingResponse

        return BedrockEventsWithStreamingResponse(self._resource.events)


class AsyncBedrockThreads(AsyncResource):
    """`client.beta.sessions.threads` of the bedrock client: its beta.sessions.threads operations."""

    @cached_property
    def events(self) -> AsyncBedrockEvents:
        from .bedrock_sessions_threads_events import AsyncBedrockEvents

        return AsyncBedrockEvents(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockThreadsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockThreadsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockThreadsWithStreamingResponse(self)

    async def archive(
        self,
        thread_id: str,
        *,
        session_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSessionThread:
        """Archive a session thread: it stays readable but can no longer be used for new work.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSessionThread: the parsed response; `.to_json()` gives back its
                JSON.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_managed_agents_bedrock_session_thread)
        )

    def list(
        self,
        session_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsBedrockSessionThread]:
        """List session threads.

        Args:
            session_id: ID of the session.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockSessionThread]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_session_thread_page)
        )

    async def retrieve(
        self,
        thread_id: str,
        *,
        session_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockSessionThread:
        """Get one session thread.

        Args:
            session_id: ID of the session.
            thread_id: ID of the thread.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockSessionThread: the parsed response; `.to_json()` gives back its
                JSON.

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
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_managed_agents_bedrock_session_thread)
        )


class AsyncBedrockThreadsWithRawResponse:
    """`AsyncBedrockThreads`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockThreads) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> AsyncBedrockEventsWithRawResponse:
        from .bedrock_sessions_threads_events import AsyncBedrockEventsWithRawResponse

        return AsyncBedrockEventsWithRawResponse(self._resource.events)


class AsyncBedrockThreadsWithStreamingResponse:
    """`AsyncBedrockThreads`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockThreads) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> AsyncBedrockEventsWithStreamingResponse:
        from .bedrock_sessions_threads_events import AsyncBedrockEventsWithStreamingResponse

        return AsyncBedrockEventsWithStreamingResponse(self._resource.events)
