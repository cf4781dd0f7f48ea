# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .._core._casts import model_cast
from .._core._decoders import union_decoder
from .._core._message_stream import AsyncMessageStreamManager, MessageStreamManager
from .._core._options import RequestOptions
from .._core._resource import AsyncResource, SyncResource
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    import httpx

    from .._core._response import APIResponse, AsyncAPIResponse
    from .._core._streaming import AsyncStream, Stream
    from ..types._models.message import Message
    from ..types._models.message_tokens_count import MessageTokensCount
    from ..types._models.raw_message_stream_event import RawMessageStreamEvent
    from ..types._params.cache_control_ephemeral_param import CacheControlEphemeralParam
    from ..types._params.container_param import ContainerParam
    from ..types._params.message_param import MessageParam
    from ..types._params.metadata_param import MetadataParam
    from ..types._params.model import Model
    from ..types._params.output_config_param import OutputConfigParam
    from ..types._params.text_block_param import TextBlockParam
    from ..types._params.thinking_config_param import ThinkingConfigParam
    from ..types._params.tool_choice_param import ToolChoiceParam
    from ..types._params.tool_union_param import ToolUnionParam
    from .messages_batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )

__all__ = ["Messages", "AsyncMessages"]


def _load_message() -> type[Message]:
    from ..types._models.message import Message

    return Message


def _load_message_tokens_count() -> type[MessageTokensCount]:
    from ..types._models.message_tokens_count import MessageTokensCount

    return MessageTokensCount


def _members_of_raw_message_stream_event() -> tuple[dict[str, type[Any]], Any]:
    from ..types._models.error_event import ErrorEvent
    from ..types._models.ping_event import PingEvent
    from ..types._models.raw_content_block_delta_event import RawContentBlockDeltaEvent
    from ..types._models.raw_content_block_start_event import RawContentBlockStartEvent
    from ..types._models.raw_content_block_stop_event import RawContentBlockStopEvent
    from ..types._models.raw_message_delta_event import RawMessageDeltaEvent
    from ..types._models.raw_message_start_event import RawMessageStartEvent
    from ..types._models.raw_message_stop_event import RawMessageStopEvent
    from ..types._models.raw_message_stream_event import RawMessageStreamEvent

    return {
        "content_block_delta": RawContentBlockDeltaEvent,
        "content_block_start": RawContentBlockStartEvent,
        "content_block_stop": RawContentBlockStopEvent,
        "error": ErrorEvent,
        "message_delta": RawMessageDeltaEvent,
        "message_start": RawMessageStartEvent,
        "message_stop": RawMessageStopEvent,
        "ping": PingEvent,
    }, RawMessageStreamEvent


_decode_raw_message_stream_event = union_decoder(_members_of_raw_message_stream_event)


def _messages_count_tokens_options(
    anthropic_user_profile_id: object,
    cache_control: object,
    messages: object,
    model: object,
    output_config: object,
    system: object,
    thinking: object,
    tool_choice: object,
    tools: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("anthropic_user_profile_id", anthropic_user_profile_id, (str,))
    check_type("messages", messages, (list, tuple))
    check_type("system", system, (list, str, tuple))
    check_type("tools", tools, (list, tuple))
    return RequestOptions(
        method="post",
        path="/v1/messages/count_tokens",
        json_body=strip_not_given(
            {
                "cache_control": cache_control,
                "messages": messages,
                "model": model,
                "output_config": output_config,
                "system": system,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
            }
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-user-profile-id": anthropic_user_profile_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        max_body_bytes=33554432,
    )


def _messages_create_options(
    anthropic_user_profile_id: object,
    model: object,
    messages: object,
    cache_control: object,
    container: object,
    inference_geo: object,
    max_tokens: object,
    metadata: object,
    output_config: object,
    service_tier: object,
    stop_sequences: object,
    stream: object,
    system: object,
    temperature: object,
    thinking: object,
    tool_choice: object,
    tools: object,
    top_k: object,
    top_p: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("anthropic_user_profile_id", anthropic_user_profile_id, (str,))
    check_type("messages", messages, (list, tuple))
    check_type("inference_geo", inference_geo, (str, type(None)))
    check_type("max_tokens", max_tokens, (int,))
    check_type("service_tier", service_tier, (str,))
    check_type("stop_sequences", stop_sequences, (list, tuple))
    check_type("stream", stream, (bool,))
    check_type("system", system, (list, str, tuple))
    check_type("temperature", temperature, (int, float))
    check_type("tools", tools, (list, tuple))
    check_type("top_k", top_k, (int,))
    check_type("top_p", top_p, (int, float))
    return RequestOptions(
        method="post",
        path="/v1/messages",
        json_body=strip_not_given(
            {
                "model": model,
                "messages": messages,
                "cache_control": cache_control,
                "container": container,
                "inference_geo": inference_geo,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "output_config": output_config,
                "service_tier": service_tier,
                "stop_sequences": stop_sequences,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
            }
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-user-profile-id": anthropic_user_profile_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        max_body_bytes=33554432,
        stream=stream is True,
        max_tokens_hint=max_tokens if isinstance(max_tokens, int) else None,
    )


class Messages(SyncResource):
    """`client.messages`: the messages operations of the Claude API."""

    @cached_property
    def batches(self) -> Batches:
        from .messages_batches import Batches

        return Batches(self._client)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return MessagesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return MessagesWithStreamingResponse(self._client)

    def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: Model,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Count the tokens of a message."""
        options = _messages_count_tokens_options(
            anthropic_user_profile_id,
            cache_control,
            messages,
            model,
            output_config,
            system,
            thinking,
            tool_choice,
            tools,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request(options, model_cast(_load_message_tokens_count))

    @overload
    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: Literal[True],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[RawMessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: bool,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[RawMessageStreamEvent]: ...

    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[RawMessageStreamEvent]:
        """Create a message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        if stream is True:
            return self._client.request_events(options, _decode_raw_message_stream_event)
        return self._client.request(options, model_cast(_load_message))

    def stream(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageStreamManager[Message, RawMessageStreamEvent]:
        """Like `create(..., stream=True)`, as a context manager that also accumulates the final message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            True,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return MessageStreamManager(
            lambda: self._client.request_events(options, _decode_raw_message_stream_event),
            _load_message,
        )


class MessagesWithRawResponse(SyncResource):
    """`client.messages`: the messages operations of the Claude API. Methods return the raw response, parsed on demand."""

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from .messages_batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._client)

    def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: Model,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MessageTokensCount]:
        """Count the tokens of a message."""
        options = _messages_count_tokens_options(
            anthropic_user_profile_id,
            cache_control,
            messages,
            model,
            output_config,
            system,
            thinking,
            tool_choice,
            tools,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_raw(options, model_cast(_load_message_tokens_count))

    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Message]:
        """Create a message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_raw(options, model_cast(_load_message))


class MessagesWithStreamingResponse(SyncResource):
    """`client.messages`: the messages operations of the Claude API. Methods return the response before its body is read."""

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from .messages_batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._client)

    def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: Model,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[MessageTokensCount]]:
        """Count the tokens of a message."""
        options = _messages_count_tokens_options(
            anthropic_user_profile_id,
            cache_control,
            messages,
            model,
            output_config,
            system,
            thinking,
            tool_choice,
            tools,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_message_tokens_count))

    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[Message]]:
        """Create a message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_message))


class AsyncMessages(AsyncResource):
    """`client.messages`: the messages operations of the Claude API."""

    @cached_property
    def batches(self) -> AsyncBatches:
        from .messages_batches import AsyncBatches

        return AsyncBatches(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncMessagesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncMessagesWithStreamingResponse(self._client)

    async def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: Model,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Count the tokens of a message."""
        options = _messages_count_tokens_options(
            anthropic_user_profile_id,
            cache_control,
            messages,
            model,
            output_config,
            system,
            thinking,
            tool_choice,
            tools,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request(options, model_cast(_load_message_tokens_count))

    @overload
    async def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message: ...

    @overload
    async def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: Literal[True],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[RawMessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: bool,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[RawMessageStreamEvent]: ...

    async def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[RawMessageStreamEvent]:
        """Create a message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        if stream is True:
            return await self._client.request_events(options, _decode_raw_message_stream_event)
        return await self._client.request(options, model_cast(_load_message))

    def stream(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncMessageStreamManager[Message, RawMessageStreamEvent]:
        """Like `create(..., stream=True)`, as a context manager that also accumulates the final message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            True,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return AsyncMessageStreamManager(
            lambda: self._client.request_events(options, _decode_raw_message_stream_event),
            _load_message,
        )


class AsyncMessagesWithRawResponse(AsyncResource):
    """`client.messages`: the messages operations of the Claude API. Methods return the raw response, parsed on demand."""

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from .messages_batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._client)

    async def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: Model,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[MessageTokensCount]:
        """Count the tokens of a message."""
        options = _messages_count_tokens_options(
            anthropic_user_profile_id,
            cache_control,
            messages,
            model,
            output_config,
            system,
            thinking,
            tool_choice,
            tools,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request_raw(options, model_cast(_load_message_tokens_count))

    async def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[Message]:
        """Create a message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request_raw(options, model_cast(_load_message))


class AsyncMessagesWithStreamingResponse(AsyncResource):
    """`client.messages`: the messages operations of the Claude API. Methods return the response before its body is read."""

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from .messages_batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._client)

    def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: Model,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[MessageTokensCount]]:
        """Count the tokens of a message."""
        options = _messages_count_tokens_options(
            anthropic_user_profile_id,
            cache_control,
            messages,
            model,
            output_config,
            system,
            thinking,
            tool_choice,
            tools,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_message_tokens_count))

    def create(
        self,
        *,
        model: Model,
        messages: Sequence[MessageParam],
        max_tokens: int,
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        container: ContainerParam | str | None | NotGiven = NOT_GIVEN,
        inference_geo: str | None | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "standard_only"] | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[Message]]:
        """Create a message."""
        options = _messages_create_options(
            anthropic_user_profile_id,
            model,
            messages,
            cache_control,
            container,
            inference_geo,
            max_tokens,
            metadata,
            output_config,
            service_tier,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_message))
