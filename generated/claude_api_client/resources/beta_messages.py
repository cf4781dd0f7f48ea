# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .._core._casts import value_cast
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import with_default_betas
from ..lib._mixins import AsyncBetaMessagesHelpers, BetaMessagesHelpers
from . import _plain_beta_messages as _layer2

if TYPE_CHECKING:
    import httpx

    from ..lib._mixins import (
        AsyncMessageStreamManager,
        BetaAsyncRunnableTool,
        BetaAsyncRunnableToolset,
        BetaAsyncStreamingToolRunner,
        BetaAsyncToolRunner,
        BetaRunnableTool,
        BetaRunnableToolset,
        BetaStreamingToolRunner,
        BetaToolRunner,
        MessageStreamManager,
        ParsedMessage,
        ResponseFormatT,
    )
    from ..types._models.message import Message
    from ..types._models.message_tokens_count import MessageTokensCount
    from ..types._params.billing_policy_param import BillingPolicyParam
    from ..types._params.cache_control_ephemeral_param import CacheControlEphemeralParam
    from ..types._params.compaction_config_param import CompactionConfigParam
    from ..types._params.container_param import ContainerParam
    from ..types._params.context_management_config_param import ContextManagementConfigParam
    from ..types._params.diagnostics_param import DiagnosticsParam
    from ..types._params.fallback_config_param import FallbackConfigParam
    from ..types._params.fallback_credit_token_param import FallbackCreditTokenParam
    from ..types._params.mcp_server_url_definition_param import MCPServerURLDefinitionParam
    from ..types._params.message_param import MessageParam
    from ..types._params.message_thread_param import MessageThreadParam
    from ..types._params.metadata_param import MetadataParam
    from ..types._params.model_param import ModelParam
    from ..types._params.output_config_param import OutputConfigParam
    from ..types._params.speed_param import SpeedParam
    from ..types._params.text_block_param import TextBlockParam
    from ..types._params.thinking_config_param import ThinkingConfigParam
    from ..types._params.tool_choice_param import ToolChoiceParam
    from ..types._params.tool_union_param import ToolUnionParam
    from ._stream_events import MessageStreamEvent

__all__ = ["BetaMessages", "AsyncBetaMessages"]

from ._ops_messages import (
    _decode_raw_message_stream_event,
    _load_message,
    _load_message_tokens_count,
    _messages_count_tokens_options,
    _messages_create_options,
)


class BetaMessages(_layer2.BetaMessages, BetaMessagesHelpers):
    """`client.beta.messages`: the beta.messages operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaMessagesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaMessagesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaMessagesWithStreamingResponse(self)

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
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        compaction: CompactionConfigParam | None | NotGiven = NOT_GIVEN,
        output_format: type[Any] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            context_management: Strategies the API applies to keep a long conversation within
                the context window. (beta: context-management-2025-06-27, compact-2026-01-12)
            mcp_servers: Remote MCP servers whose tools the model may use. (beta: mcp-
                client-2025-04-04, mcp-client-2025-11-20)
            output_format: Deprecated: structured output format; use `output_config.format`.
                (beta: structured-outputs-2025-11-13)
            speed: Inference speed mode; `fast` trades price for output speed.
            billing_policy: Which organisation is billed for this request. (beta: user-profiles-
                billing-2026-10-01)
            compaction: Compact the conversation instead of answering it (cannot be combined
                with `context_management`). (beta: compact-2026-09-04)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
        output_config, wire_format = self._with_output_format(output_config, output_format)
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
            context_management=context_management,
            mcp_servers=mcp_servers,
            output_format=wire_format,
            speed=speed,
            billing_policy=billing_policy,
            compaction=compaction,
            betas=with_default_betas(betas, ["token-counting-2024-11-01"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_message_tokens_count))

    def stream(
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
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        compaction: CompactionConfigParam | None | NotGiven = NOT_GIVEN,
        thread: MessageThreadParam | None | NotGiven = NOT_GIVEN,
        output_format: type[Any] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageStreamManager[Message, MessageStreamEvent]:
        """Like `create(..., stream=True)`, as a context manager that also accumulates the final message; it yields the raw events and the helper's own (`text`, `input_json` …, see `lib.streaming`).

        With `output_format` (a pydantic model, TypedDict, dataclass or JSON schema), the request
        asks for JSON of that shape and the final message's text blocks carry `parsed_output`."""
        output_config, wire_format = self._with_output_format(output_config, output_format)
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
            stream=True,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            context_management=context_management,
            diagnostics=diagnostics,
            fallback_credit_token=fallback_credit_token,
            fallbacks=fallbacks,
            mcp_servers=mcp_servers,
            output_format=wire_format,
            speed=speed,
            billing_policy=billing_policy,
            compaction=compaction,
            thread=thread,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._format_stream(
            lambda: self._client.request_events(options, _decode_raw_message_stream_event),
            _load_message,
            output_format,
        )

    def parse(
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
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        compaction: CompactionConfigParam | None | NotGiven = NOT_GIVEN,
        thread: MessageThreadParam | None | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParsedMessage[ResponseFormatT]:
        """Like `create()`, asking for JSON shaped like `output_format` and returning it parsed.

        Each text block carries `parsed_output` (so does the message); a reply that does not
        validate raises `ParsedOutputError`, which carries the raw text.

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
            context_management: Strategies the API applies to keep a long conversation within
                the context window. (beta: context-management-2025-06-27, compact-2026-01-12)
            diagnostics: Ask for a prompt-cache diagnosis relative to an earlier message.
            fallback_credit_token: Token from a refused request that discounts the retry on the
                fallback model. (beta: fallback-credit-2026-07-01)
            fallbacks: Models to retry on when the requested one declines for policy reasons, or
                `default`. (beta: server-side-fallback-2026-07-01)
            mcp_servers: Remote MCP servers whose tools the model may use. (beta: mcp-
                client-2025-04-04, mcp-client-2025-11-20)
            output_format: Deprecated: structured output format; use `output_config.format`.
                (beta: structured-outputs-2025-11-13)
            speed: Inference speed mode; `fast` trades price for output speed.
            billing_policy: Which organisation is billed for this request. (beta: user-profiles-
                billing-2026-10-01)
            compaction: Compact the conversation instead of answering it (cannot be combined
                with `context_management`). (beta: compact-2026-09-04)
            thread: Server-held conversation state (a thread) to create or continue. (beta:
                message-threads-2026-08-12)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ParsedMessage[T]: the message, its text blocks parsed as `output_format`.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        output_config, wire_format = self._with_output_format(output_config, output_format)
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
            stream=NOT_GIVEN,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            context_management=context_management,
            diagnostics=diagnostics,
            fallback_credit_token=fallback_credit_token,
            fallbacks=fallbacks,
            mcp_servers=mcp_servers,
            output_format=wire_format,
            speed=speed,
            billing_policy=billing_policy,
            compaction=compaction,
            thread=thread,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._parse_message(options, output_format)  # type: ignore[no-any-return]

    @overload
    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaRunnableTool | BetaRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaRunnableTool | BetaRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaStreamingToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaRunnableTool | BetaRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaToolRunner[ResponseFormatT] | BetaStreamingToolRunner[ResponseFormatT]: ...

    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaRunnableTool | BetaRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaToolRunner[ResponseFormatT] | BetaStreamingToolRunner[ResponseFormatT]:
        """Call the model in a loop, running the tools it asks for, until it asks for none.

        Iterate the runner for each reply (an open stream with `stream=True`), or call
        `until_done()` for the last one. `tools` mixes `@beta_tool` functions and runnable tools
        (run here) with plain tool definitions (sent, not run); a tool that raises is answered
        with an `is_error` result.

        The loop runs over a message thread (the server holds the conversation, so each turn
        sends only what is new) unless `thread=False` is given or the client has no message
        threads.

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
            context_management: Strategies the API applies to keep a long conversation within
                the context window. (beta: context-management-2025-06-27, compact-2026-01-12)
            diagnostics: Ask for a prompt-cache diagnosis relative to an earlier message.
            fallback_credit_token: Token from a refused request that discounts the retry on the
                fallback model. (beta: fallback-credit-2026-07-01)
            fallbacks: Models to retry on when the requested one declines for policy reasons, or
                `default`. (beta: server-side-fallback-2026-07-01)
            mcp_servers: Remote MCP servers whose tools the model may use. (beta: mcp-
                client-2025-04-04, mcp-client-2025-11-20)
            output_format: Deprecated: structured output format; use `output_config.format`.
                (beta: structured-outputs-2025-11-13)
            speed: Inference speed mode; `fast` trades price for output speed.
            billing_policy: Which organisation is billed for this request. (beta: user-profiles-
                billing-2026-10-01)
            compaction: Compact the conversation instead of answering it (cannot be combined
                with `context_management`). (beta: compact-2026-09-04)
            thread: Server-held conversation state (a thread) to create or continue. (beta:
                message-threads-2026-08-12)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            max_iterations: Stop after this many requests, even if the model still asks for
                tools.
            run_tools_eagerly: With `stream=True`: run each tool call while the rest of the
                reply still streams, once the model has moved on from it (one call at a time;
                reading waits); `runner.defer_tool_call()` holds the calls that must wait for
                the whole reply.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            BetaToolRunner: iterable per reply (a streaming runner with `stream=True`);
                `until_done()` gives the last message.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        params = strip_not_given(
            {
                "workspace_id": workspace_id,
                "user_profile_id": user_profile_id,
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
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "top_k": top_k,
                "top_p": top_p,
                "context_management": context_management,
                "diagnostics": diagnostics,
                "fallback_credit_token": fallback_credit_token,
                "fallbacks": fallbacks,
                "mcp_servers": mcp_servers,
                "speed": speed,
                "billing_policy": billing_policy,
                "thread": thread,
                "betas": betas,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return self._tool_runner(  # type: ignore[no-any-return]
            params,
            tools=tools,
            max_iterations=max_iterations,
            stream=stream,
            output_format=output_format,
            run_tools_eagerly=run_tools_eagerly,
        )


class BetaMessagesWithRawResponse(_layer2.BetaMessagesWithRawResponse):
    """`BetaMessages`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BetaMessages

    def __init__(self, resource: BetaMessages) -> None:
        super().__init__(resource)
        self.count_tokens = raw_response_wrapper(resource.count_tokens)


class BetaMessagesWithStreamingResponse(_layer2.BetaMessagesWithStreamingResponse):
    """`BetaMessages`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BetaMessages

    def __init__(self, resource: BetaMessages) -> None:
        super().__init__(resource)
        self.count_tokens = streaming_response_wrapper(resource.count_tokens)


class AsyncBetaMessages(_layer2.AsyncBetaMessages, AsyncBetaMessagesHelpers):
    """`client.beta.messages`: the beta.messages operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaMessagesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaMessagesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaMessagesWithStreamingResponse(self)

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
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        compaction: CompactionConfigParam | None | NotGiven = NOT_GIVEN,
        output_format: type[Any] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            context_management: Strategies the API applies to keep a long conversation within
                the context window. (beta: context-management-2025-06-27, compact-2026-01-12)
            mcp_servers: Remote MCP servers whose tools the model may use. (beta: mcp-
                client-2025-04-04, mcp-client-2025-11-20)
            output_format: Deprecated: structured output format; use `output_config.format`.
                (beta: structured-outputs-2025-11-13)
            speed: Inference speed mode; `fast` trades price for output speed.
            billing_policy: Which organisation is billed for this request. (beta: user-profiles-
                billing-2026-10-01)
            compaction: Compact the conversation instead of answering it (cannot be combined
                with `context_management`). (beta: compact-2026-09-04)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
        output_config, wire_format = self._with_output_format(output_config, output_format)
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
            context_management=context_management,
            mcp_servers=mcp_servers,
            output_format=wire_format,
            speed=speed,
            billing_policy=billing_policy,
            compaction=compaction,
            betas=with_default_betas(betas, ["token-counting-2024-11-01"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_message_tokens_count))

    def stream(
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
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        compaction: CompactionConfigParam | None | NotGiven = NOT_GIVEN,
        thread: MessageThreadParam | None | NotGiven = NOT_GIVEN,
        output_format: type[Any] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncMessageStreamManager[Message, MessageStreamEvent]:
        """Like `create(..., stream=True)`, as a context manager that also accumulates the final message; it yields the raw events and the helper's own (`text`, `input_json` …, see `lib.streaming`).

        With `output_format` (a pydantic model, TypedDict, dataclass or JSON schema), the request
        asks for JSON of that shape and the final message's text blocks carry `parsed_output`."""
        output_config, wire_format = self._with_output_format(output_config, output_format)
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
            stream=True,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            context_management=context_management,
            diagnostics=diagnostics,
            fallback_credit_token=fallback_credit_token,
            fallbacks=fallbacks,
            mcp_servers=mcp_servers,
            output_format=wire_format,
            speed=speed,
            billing_policy=billing_policy,
            compaction=compaction,
            thread=thread,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._format_stream(
            lambda: self._client.request_events(options, _decode_raw_message_stream_event),
            _load_message,
            output_format,
        )

    async def parse(
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
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        compaction: CompactionConfigParam | None | NotGiven = NOT_GIVEN,
        thread: MessageThreadParam | None | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParsedMessage[ResponseFormatT]:
        """Like `create()`, asking for JSON shaped like `output_format` and returning it parsed.

        Each text block carries `parsed_output` (so does the message); a reply that does not
        validate raises `ParsedOutputError`, which carries the raw text.

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
            context_management: Strategies the API applies to keep a long conversation within
                the context window. (beta: context-management-2025-06-27, compact-2026-01-12)
            diagnostics: Ask for a prompt-cache diagnosis relative to an earlier message.
            fallback_credit_token: Token from a refused request that discounts the retry on the
                fallback model. (beta: fallback-credit-2026-07-01)
            fallbacks: Models to retry on when the requested one declines for policy reasons, or
                `default`. (beta: server-side-fallback-2026-07-01)
            mcp_servers: Remote MCP servers whose tools the model may use. (beta: mcp-
                client-2025-04-04, mcp-client-2025-11-20)
            output_format: Deprecated: structured output format; use `output_config.format`.
                (beta: structured-outputs-2025-11-13)
            speed: Inference speed mode; `fast` trades price for output speed.
            billing_policy: Which organisation is billed for this request. (beta: user-profiles-
                billing-2026-10-01)
            compaction: Compact the conversation instead of answering it (cannot be combined
                with `context_management`). (beta: compact-2026-09-04)
            thread: Server-held conversation state (a thread) to create or continue. (beta:
                message-threads-2026-08-12)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ParsedMessage[T]: the message, its text blocks parsed as `output_format`.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        output_config, wire_format = self._with_output_format(output_config, output_format)
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
            stream=NOT_GIVEN,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            context_management=context_management,
            diagnostics=diagnostics,
            fallback_credit_token=fallback_credit_token,
            fallbacks=fallbacks,
            mcp_servers=mcp_servers,
            output_format=wire_format,
            speed=speed,
            billing_policy=billing_policy,
            compaction=compaction,
            thread=thread,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._parse_message(options, output_format)  # type: ignore[no-any-return]

    @overload
    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaAsyncRunnableTool | BetaAsyncRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAsyncToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaAsyncRunnableTool | BetaAsyncRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAsyncStreamingToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaAsyncRunnableTool | BetaAsyncRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAsyncToolRunner[ResponseFormatT] | BetaAsyncStreamingToolRunner[ResponseFormatT]: ...

    def tool_runner(
        self,
        *,
        model: ModelParam,
        messages: Sequence[MessageParam],
        max_tokens: int,
        tools: Iterable[BetaAsyncRunnableTool | BetaAsyncRunnableToolset | ToolUnionParam],
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
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        context_management: ContextManagementConfigParam | None | NotGiven = NOT_GIVEN,
        diagnostics: DiagnosticsParam | None | NotGiven = NOT_GIVEN,
        fallback_credit_token: str | FallbackCreditTokenParam | None | NotGiven = NOT_GIVEN,
        fallbacks: Sequence[FallbackConfigParam] | Literal["default"] | None | NotGiven = NOT_GIVEN,
        mcp_servers: Sequence[MCPServerURLDefinitionParam] | NotGiven = NOT_GIVEN,
        speed: SpeedParam | None | NotGiven = NOT_GIVEN,
        billing_policy: BillingPolicyParam | None | NotGiven = NOT_GIVEN,
        thread: Literal[False] | None | NotGiven = NOT_GIVEN,
        max_iterations: int | NotGiven = NOT_GIVEN,
        run_tools_eagerly: bool | NotGiven = NOT_GIVEN,
        output_format: type[ResponseFormatT] | Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAsyncToolRunner[ResponseFormatT] | BetaAsyncStreamingToolRunner[ResponseFormatT]:
        """Call the model in a loop, running the tools it asks for, until it asks for none.

        Iterate the runner for each reply (an open stream with `stream=True`), or call
        `until_done()` for the last one. `tools` mixes `@beta_tool` functions and runnable tools
        (run here) with plain tool definitions (sent, not run); a tool that raises is answered
        with an `is_error` result.

        The loop runs over a message thread (the server holds the conversation, so each turn
        sends only what is new) unless `thread=False` is given or the client has no message
        threads.

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
            context_management: Strategies the API applies to keep a long conversation within
                the context window. (beta: context-management-2025-06-27, compact-2026-01-12)
            diagnostics: Ask for a prompt-cache diagnosis relative to an earlier message.
            fallback_credit_token: Token from a refused request that discounts the retry on the
                fallback model. (beta: fallback-credit-2026-07-01)
            fallbacks: Models to retry on when the requested one declines for policy reasons, or
                `default`. (beta: server-side-fallback-2026-07-01)
            mcp_servers: Remote MCP servers whose tools the model may use. (beta: mcp-
                client-2025-04-04, mcp-client-2025-11-20)
            output_format: Deprecated: structured output format; use `output_config.format`.
                (beta: structured-outputs-2025-11-13)
            speed: Inference speed mode; `fast` trades price for output speed.
            billing_policy: Which organisation is billed for this request. (beta: user-profiles-
                billing-2026-10-01)
            compaction: Compact the conversation instead of answering it (cannot be combined
                with `context_management`). (beta: compact-2026-09-04)
            thread: Server-held conversation state (a thread) to create or continue. (beta:
                message-threads-2026-08-12)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            max_iterations: Stop after this many requests, even if the model still asks for
                tools.
            run_tools_eagerly: With `stream=True`: run each tool call while the rest of the
                reply still streams, once the model has moved on from it (one call at a time;
                reading waits); `runner.defer_tool_call()` holds the calls that must wait for
                the whole reply.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            BetaToolRunner: iterable per reply (a streaming runner with `stream=True`);
                `until_done()` gives the last message.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        params = strip_not_given(
            {
                "workspace_id": workspace_id,
                "user_profile_id": user_profile_id,
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
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "top_k": top_k,
                "top_p": top_p,
                "context_management": context_management,
                "diagnostics": diagnostics,
                "fallback_credit_token": fallback_credit_token,
                "fallbacks": fallbacks,
                "mcp_servers": mcp_servers,
                "speed": speed,
                "billing_policy": billing_policy,
                "thread": thread,
                "betas": betas,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return self._tool_runner(  # type: ignore[no-any-return]
            params,
            tools=tools,
            max_iterations=max_iterations,
            stream=stream,
            output_format=output_format,
            run_tools_eagerly=run_tools_eagerly,
        )


class AsyncBetaMessagesWithRawResponse(_layer2.AsyncBetaMessagesWithRawResponse):
    """`AsyncBetaMessages`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBetaMessages

    def __init__(self, resource: AsyncBetaMessages) -> None:
        super().__init__(resource)
        self.count_tokens = async_raw_response_wrapper(resource.count_tokens)


class AsyncBetaMessagesWithStreamingResponse(_layer2.AsyncBetaMessagesWithStreamingResponse):
    """`AsyncBetaMessages`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBetaMessages

    def __init__(self, resource: AsyncBetaMessages) -> None:
        super().__init__(resource)
        self.count_tokens = async_streaming_response_wrapper(resource.count_tokens)
