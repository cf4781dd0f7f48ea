# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core._decoders import UnionDecoder
from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import (
    check_not_none,
    check_type,
    move_deprecated,
    operation_headers,
)
from .._data import warn_model_use

if TYPE_CHECKING:
    import httpx

    from ..types._models.message import Message
    from ..types._models.message_tokens_count import MessageTokensCount


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


_decode_raw_message_stream_event = UnionDecoder(_members_of_raw_message_stream_event)


def _messages_count_tokens_options(
    *,
    workspace_id: object = NOT_GIVEN,
    user_profile_id: object = NOT_GIVEN,
    cache_control: object = NOT_GIVEN,
    messages: object,
    model: object,
    output_config: object = NOT_GIVEN,
    system: object = NOT_GIVEN,
    thinking: object = NOT_GIVEN,
    tool_choice: object = NOT_GIVEN,
    tools: object = NOT_GIVEN,
    context_management: object = NOT_GIVEN,
    mcp_servers: object = NOT_GIVEN,
    output_format: object = NOT_GIVEN,
    speed: object = NOT_GIVEN,
    billing_policy: object = NOT_GIVEN,
    compaction: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("model", model)
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("messages", messages, (list, tuple))
    check_type("system", system, (list, str, tuple))
    check_type("tools", tools, (list, tuple))
    check_type("mcp_servers", mcp_servers, (list, tuple))
    check_type("speed", speed, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.messages.count_tokens",
        span_route="/v1/messages/count_tokens",
        path="/v1/messages/count_tokens",
        json_body=move_deprecated(
            strip_not_given(
                {
                    "cache_control": cache_control,
                    "messages": messages,
                    "model": model,
                    "output_config": output_config,
                    "system": system,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "context_management": context_management,
                    "mcp_servers": mcp_servers,
                    "output_format": output_format,
                    "speed": speed,
                    "billing_policy": billing_policy,
                    "compaction": compaction,
                }
            ),
            [("output_format", "output_config.format")],
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
                "anthropic-user-profile-id": user_profile_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        max_body_bytes=33554432,
    )


def _messages_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    user_profile_id: object = NOT_GIVEN,
    model: object,
    messages: object,
    cache_control: object = NOT_GIVEN,
    container: object = NOT_GIVEN,
    inference_geo: object = NOT_GIVEN,
    max_tokens: object,
    metadata: object = NOT_GIVEN,
    output_config: object = NOT_GIVEN,
    service_tier: object = NOT_GIVEN,
    stop_sequences: object = NOT_GIVEN,
    stream: object = NOT_GIVEN,
    system: object = NOT_GIVEN,
    temperature: object = NOT_GIVEN,
    thinking: object = NOT_GIVEN,
    tool_choice: object = NOT_GIVEN,
    tools: object = NOT_GIVEN,
    top_k: object = NOT_GIVEN,
    top_p: object = NOT_GIVEN,
    context_management: object = NOT_GIVEN,
    diagnostics: object = NOT_GIVEN,
    fallback_credit_token: object = NOT_GIVEN,
    fallbacks: object = NOT_GIVEN,
    mcp_servers: object = NOT_GIVEN,
    output_format: object = NOT_GIVEN,
    speed: object = NOT_GIVEN,
    billing_policy: object = NOT_GIVEN,
    compaction: object = NOT_GIVEN,
    thread: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("model", model)
    check_type("workspace_id", workspace_id, (str,))
    check_type("user_profile_id", user_profile_id, (str,))
    check_type("messages", messages, (list, tuple))
    check_type("inference_geo", inference_geo, (None.__class__, str))
    check_type("max_tokens", max_tokens, (int,))
    check_type("service_tier", service_tier, (str,))
    check_type("stop_sequences", stop_sequences, (list, tuple))
    check_type("stream", stream, (bool,))
    check_type("system", system, (list, str, tuple))
    check_type("temperature", temperature, (int, float))
    check_type("tools", tools, (list, tuple))
    check_type("top_k", top_k, (int,))
    check_type("top_p", top_p, (int, float))
    check_type("fallbacks", fallbacks, (None.__class__, list, str, tuple))
    check_type("mcp_servers", mcp_servers, (list, tuple))
    check_type("speed", speed, (None.__class__, str))
    warn_model_use(model, thinking)
    return RequestOptions(
        method="post",
        span_name="anthropic.messages.create",
        span_route="/v1/messages",
        path="/v1/messages",
        json_body=move_deprecated(
            strip_not_given(
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
                    "context_management": context_management,
                    "diagnostics": diagnostics,
                    "fallback_credit_token": fallback_credit_token,
                    "fallbacks": fallbacks,
                    "mcp_servers": mcp_servers,
                    "output_format": output_format,
                    "speed": speed,
                    "billing_policy": billing_policy,
                    "compaction": compaction,
                    "thread": thread,
                }
            ),
            [("output_format", "output_config.format")],
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
                "anthropic-user-profile-id": user_profile_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        max_body_bytes=33554432,
        stream=stream is True,
        expected_seconds=max_tokens * 3600 / 128000 if isinstance(max_tokens, int) else None,
    )
