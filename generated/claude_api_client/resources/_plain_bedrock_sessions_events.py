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
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from .._core._streaming import AsyncStream, Stream
    from ..types._models.managed_agents_bedrock_session_event import (
        ManagedAgentsBedrockSessionEvent,
    )
    from ..types._models.managed_agents_send_bedrock_session_events import (
        ManagedAgentsSendBedrockSessionEvents,
    )
    from ..types._models.managed_agents_stream_bedrock_session_events import (
        ManagedAgentsStreamBedrockSessionEvents,
    )
    from ..types._params.managed_agents_bedrock_event_params import ManagedAgentsBedrockEventParams
    from ..types._params.managed_agents_bedrock_session_event_type_param import (
        ManagedAgentsBedrockSessionEventTypeParam,
    )
    from ..types._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam,
    )
    from ..types._params.managed_agents_list_order_param import ManagedAgentsListOrderParam

__all__ = ["BedrockEvents", "AsyncBedrockEvents"]

from ._ops_bedrock_sessions_events import (
    _decode_managed_agents_stream_bedrock_session_events,
    _load_managed_agents_bedrock_session_event_page,
    _load_managed_agents_send_bedrock_session_events,
    _sessions_events_list_options,
    _sessions_events_send_options,
    _sessions_events_stream_options,
)


class BedrockEvents(SyncResource):
    """`client.beta.sessions.events` of the bedrock client: its beta.sessions.events operations."""

    @cached_property
    def with_raw_response(self) -> BedrockEventsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockEventsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockEventsWithStreamingResponse(self)

    def list(
        self,
        session_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        order: ManagedAgentsListOrderParam | NotGiven = NOT_GIVEN,
        types: Sequence[ManagedAgentsBedrockSessionEventTypeParam] | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsBedrockSessionEvent]:
        """List session events.

        Args:
            session_id: ID of the session.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            order: Sort direction by creation time.
            types: Return only events of these types.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockSessionEvent]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _sessions_events_list_options(
            session_id=session_id,
            limit=limit,
            page=page,
            order=order,
            types=types,
            created_at_gte=created_at_gte,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_lt=created_at_lt,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_session_event_page)
        )

    def send(
        self,
        session_id: str,
        *,
        events: Sequence[ManagedAgentsBedrockEventParams],
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSendBedrockSessionEvents:
        """Send events (user messages, interrupts, tool results) to a session.

        Args:
            session_id: ID of the session.
            events: The events.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsSendBedrockSessionEvents: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_events_send_options(
            session_id=session_id,
            events=events,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_managed_agents_send_bedrock_session_events)
        )

    def stream(
        self,
        session_id: str,
        *,
        event_deltas: Sequence[ManagedAgentsEventDeltaTypeParam] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ManagedAgentsStreamBedrockSessionEvents]:
        """Follow a session's events as they happen (server-sent events that stay open).

        Args:
            session_id: ID of the session.
            event_deltas: Event types to preview while they are produced (`event_start` /
                `event_delta`).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Stream[ManagedAgentsStreamBedrockSessionEvents]: the open event stream, handed out
                once the response headers arrive; iterate it for each event as it comes.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_events_stream_options(
            session_id=session_id,
            event_deltas=event_deltas,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_events(
            options, _decode_managed_agents_stream_bedrock_session_events
        )


class BedrockEventsWithRawResponse:
    """`BedrockEvents`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockEvents) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.send = raw_response_wrapper(resource.send)
        self.stream = raw_response_wrapper(resource.stream)


class BedrockEventsWithStreamingResponse:
    """`BedrockEvents`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockEvents) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.send = streaming_response_wrapper(resource.send)
        self.stream = streaming_response_wrapper(resource.stream)


class AsyncBedrockEvents(AsyncResource):
    """`client.beta.sessions.events` of the bedrock client: its beta.sessions.events operations."""

    @cached_property
    def with_raw_response(self) -> AsyncBedrockEventsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockEventsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockEventsWithStreamingResponse(self)

    def list(
        self,
        session_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        order: ManagedAgentsListOrderParam | NotGiven = NOT_GIVEN,
        types: Sequence[ManagedAgentsBedrockSessionEventTypeParam] | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsBedrockSessionEvent]:
        """List session events.

        Args:
            session_id: ID of the session.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            order: Sort direction by creation time.
            types: Return only events of these types.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockSessionEvent]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _sessions_events_list_options(
            session_id=session_id,
            limit=limit,
            page=page,
            order=order,
            types=types,
            created_at_gte=created_at_gte,
            created_at_gt=created_at_gt,
            created_at_lte=created_at_lte,
            created_at_lt=created_at_lt,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_session_event_page)
        )

    async def send(
        self,
        session_id: str,
        *,
        events: Sequence[ManagedAgentsBedrockEventParams],
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsSendBedrockSessionEvents:
        """Send events (user messages, interrupts, tool results) to a session.

        Args:
            session_id: ID of the session.
            events: The events.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsSendBedrockSessionEvents: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_events_send_options(
            session_id=session_id,
            events=events,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_managed_agents_send_bedrock_session_events)
        )

    async def stream(
        self,
        session_id: str,
        *,
        event_deltas: Sequence[ManagedAgentsEventDeltaTypeParam] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ManagedAgentsStreamBedrockSessionEvents]:
        """Follow a session's events as they happen (server-sent events that stay open).

        Args:
            session_id: ID of the session.
            event_deltas: Event types to preview while they are produced (`event_start` /
                `event_delta`).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Stream[ManagedAgentsStreamBedrockSessionEvents]: the open event stream, handed out
                once the response headers arrive; iterate it for each event as it comes.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _sessions_events_stream_options(
            session_id=session_id,
            event_deltas=event_deltas,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request_events(
            options, _decode_managed_agents_stream_bedrock_session_events
        )


class AsyncBedrockEventsWithRawResponse:
    """`AsyncBedrockEvents`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockEvents) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.send = async_raw_response_wrapper(resource.send)
        self.stream = async_raw_response_wrapper(resource.stream)


class AsyncBedrockEventsWithStreamingResponse:
    """`AsyncBedrockEvents`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockEvents) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.send = async_streaming_response_wrapper(resource.send)
        self.stream = async_streaming_response_wrapper(resource.stream)
