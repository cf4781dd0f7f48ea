# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

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

    from .._core._streaming import AsyncStream, Stream
    from ..types._models.message import Message
    from ..types._models.message_tokens_count import MessageTokensCount
    from ..types._models.raw_message_stream_event import RawMessageStreamEvent
    from ..types._params.cache_control_ephemeral_param import CacheControlEphemeralParam
    from ..types._params.container_param import ContainerParam
    from ..types._params.diagnostics_param import DiagnosticsParam
    from ..types._params.message_param import MessageParam
    from ..types._params.metadata_param import MetadataParam
    from ..types._params.model_param import ModelParam
    from ..types._params.output_config_param import OutputConfigParam
    from ..types._params.speed_param import SpeedParam
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

from ._ops_messages import (
    _decode_raw_message_stream_event,
    _load_message,
    _load_message_tokens_count,
    _messages_count_tokens_options,
    _messages_create_options,
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
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return MessagesWithStreamingResponse(self)

    def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: ModelParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Count the tokens of a message.

        Count the input tokens that a Messages request would use, tools, images and documents
        included, without running it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
            cache_control: Cache breakpoint applied automatically to the last cacheable block of
                the request.
            messages: The conversation so far: alternating user and assistant turns.
            model: Model that will reply.
            output_config: Output settings: format, effort and task budget.
            system: System prompt: a string or a list of text blocks.
            thinking: Extended-thinking configuration.
            tool_choice: How the model should choose among the tools.
            tools: Tools the model may use.
            speed: Inference speed mode; `fast` trades price for output speed.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageTokensCount: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_count_tokens_options(
            workspace_id=workspace_id,
            user_profile_id=user_profile_id,
            cache_control=cache_control,
            messages=messages,
            model=model,
            output_config=output_config,
            system=system,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            speed=speed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_message_tokens_count))

    @overload
    def create(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
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
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: Literal[True],
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[RawMessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: bool,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[RawMessageStreamEvent]: ...

    def create(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[RawMessageStreamEvent]:
        """Create a message.

        Send a conversation to a model and receive the next assistant message, whole or as a
        stream of events.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
            model: Model that will reply.
            messages: The conversation so far: alternating user and assistant turns.
            cache_control: Cache breakpoint applied automatically to the last cacheable block of
                the request.
            container: Container to reuse (its id) or to configure for this request.
            inference_geo: Region to run inference in; defaults to the workspace setting.
            max_tokens: Maximum number of tokens to generate; 0 only warms the prompt cache.
            metadata: Information about the request, such as an opaque end-user id.
            output_config: Output settings: format, effort and task budget.
            service_tier: Use priority capacity when available (`auto`) or standard capacity
                only.
            stop_sequences: Custom strings that end generation when the model produces one.
            stream: Stream the reply as server-sent events.
            system: System prompt: a string or a list of text blocks.
            temperature: Sampling randomness from 0 to 1 (default 1).
            thinking: Extended-thinking configuration.
            tool_choice: How the model should choose among the tools.
            tools: Tools the model may use.
            top_k: Sample only from the K most likely tokens.
            top_p: Nucleus sampling: sample from the smallest token set whose probability
                reaches this value.
            diagnostics: Ask for a prompt-cache diagnosis relative to an earlier message.
            speed: Inference speed mode; `fast` trades price for output speed.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Message: the parsed response; `.to_json()` gives back its JSON. With `stream=True`:
                a stream of `RawMessageStreamEvent` events.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_create_options(
            workspace_id=workspace_id,
            user_profile_id=user_profile_id,
            model=model,
            messages=messages,
            cache_control=cache_control,
            container=container,
            inference_geo=inference_geo,
            max_tokens=max_tokens,
            metadata=metadata,
            output_config=output_config,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            diagnostics=diagnostics,
            speed=speed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return self._client.request_events(options, _decode_raw_message_stream_event)
        return self._client.request(options, value_cast(_load_message))


class MessagesWithRawResponse:
    """`Messages`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from .messages_batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._resource.batches)


class MessagesWithStreamingResponse:
    """`Messages`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from .messages_batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._resource.batches)


class AsyncMessages(AsyncResource):
    """`client.messages`: the messages operations of the Claude API."""

    @cached_property
    def batches(self) -> AsyncBatches:
        from .messages_batches import AsyncBatches

        return AsyncBatches(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncMessagesWithStreamingResponse(self)

    async def count_tokens(
        self,
        *,
        messages: Sequence[MessageParam],
        model: ModelParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        cache_control: CacheControlEphemeralParam | None | NotGiven = NOT_GIVEN,
        output_config: OutputConfigParam | NotGiven = NOT_GIVEN,
        system: str | Sequence[TextBlockParam] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Sequence[ToolUnionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Count the tokens of a message.

        Count the input tokens that a Messages request would use, tools, images and documents
        included, without running it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
            cache_control: Cache breakpoint applied automatically to the last cacheable block of
                the request.
            messages: The conversation so far: alternating user and assistant turns.
            model: Model that will reply.
            output_config: Output settings: format, effort and task budget.
            system: System prompt: a string or a list of text blocks.
            thinking: Extended-thinking configuration.
            tool_choice: How the model should choose among the tools.
            tools: Tools the model may use.
            speed: Inference speed mode; `fast` trades price for output speed.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageTokensCount: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_count_tokens_options(
            workspace_id=workspace_id,
            user_profile_id=user_profile_id,
            cache_control=cache_control,
            messages=messages,
            model=model,
            output_config=output_config,
            system=system,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            speed=speed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_message_tokens_count))

    @overload
    async def create(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
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
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: Literal[True],
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[RawMessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        stream: bool,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[RawMessageStreamEvent]: ...

    async def create(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
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
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[RawMessageStreamEvent]:
        """Create a message.

        Send a conversation to a model and receive the next assistant message, whole or as a
        stream of events.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
            model: Model that will reply.
            messages: The conversation so far: alternating user and assistant turns.
            cache_control: Cache breakpoint applied automatically to the last cacheable block of
                the request.
            container: Container to reuse (its id) or to configure for this request.
            inference_geo: Region to run inference in; defaults to the workspace setting.
            max_tokens: Maximum number of tokens to generate; 0 only warms the prompt cache.
            metadata: Information about the request, such as an opaque end-user id.
            output_config: Output settings: format, effort and task budget.
            service_tier: Use priority capacity when available (`auto`) or standard capacity
                only.
            stop_sequences: Custom strings that end generation when the model produces one.
            stream: Stream the reply as server-sent events.
            system: System prompt: a string or a list of text blocks.
            temperature: Sampling randomness from 0 to 1 (default 1).
            thinking: Extended-thinking configuration.
            tool_choice: How the model should choose among the tools.
            tools: Tools the model may use.
            top_k: Sample only from the K most likely tokens.
            top_p: Nucleus sampling: sample from the smallest token set whose probability
                reaches this value.
            diagnostics: Ask for a prompt-cache diagnosis relative to an earlier message.
            speed: Inference speed mode; `fast` trades price for output speed.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Message: the parsed response; `.to_json()` gives back its JSON. With `stream=True`:
                a stream of `RawMessageStreamEvent` events.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_create_options(
            workspace_id=workspace_id,
            user_profile_id=user_profile_id,
            model=model,
            messages=messages,
            cache_control=cache_control,
            container=container,
            inference_geo=inference_geo,
            max_tokens=max_tokens,
            metadata=metadata,
            output_config=output_config,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            diagnostics=diagnostics,
            speed=speed,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return await self._client.request_events(options, _decode_raw_message_stream_event)
        return await self._client.request(options, value_cast(_load_message))


class AsyncMessagesWithRawResponse:
    """`AsyncMessages`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from .messages_batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._resource.batches)


class AsyncMessagesWithStreamingResponse:
    """`AsyncMessages`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from .messages_batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._resource.batches)
