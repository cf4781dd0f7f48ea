# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core._decoders import UnionDecoder
from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers

if TYPE_CHECKING:
    import httpx

    from ..types._models.completion import Completion


def _load_completion() -> type[Completion]:
    from ..types._models.completion import Completion

    return Completion


def _members_of_completion_stream_event() -> tuple[dict[str, type[Any]], Any]:
    from ..types._models.completion import Completion
    from ..types._models.completion_stream_event import CompletionStreamEvent
    from ..types._models.error_event import ErrorEvent
    from ..types._models.ping_event import PingEvent

    return {
        "completion": Completion,
        "error": ErrorEvent,
        "ping": PingEvent,
    }, CompletionStreamEvent


_decode_completion_stream_event = UnionDecoder(_members_of_completion_stream_event)


def _completions_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    model: object,
    prompt: object,
    max_tokens_to_sample: object,
    stop_sequences: object = NOT_GIVEN,
    temperature: object = NOT_GIVEN,
    top_p: object = NOT_GIVEN,
    top_k: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    stream: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("model", model)
    check_type("workspace_id", workspace_id, (str,))
    check_type("prompt", prompt, (str,))
    check_type("max_tokens_to_sample", max_tokens_to_sample, (int,))
    check_type("stop_sequences", stop_sequences, (list, tuple))
    check_type("temperature", temperature, (int, float))
    check_type("top_p", top_p, (int, float))
    check_type("top_k", top_k, (int,))
    check_type("stream", stream, (bool,))
    return RequestOptions(
        method="post",
        span_name="anthropic.completions.create",
        span_route="/v1/complete",
        path="/v1/complete",
        json_body=strip_not_given(
            {
                "model": model,
                "prompt": prompt,
                "max_tokens_to_sample": max_tokens_to_sample,
                "stop_sequences": stop_sequences,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
                "metadata": metadata,
                "stream": stream,
            }
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        stream=stream is True,
        terminal_event=None,
    )
