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
    from ..types._models.completion import Completion
    from ..types._models.completion_stream_event import CompletionStreamEvent
    from ..types._params.metadata_param import MetadataParam
    from ..types._params.model_param import ModelParam

__all__ = ["BetaCompletions", "AsyncBetaCompletions"]

from ._ops_completions import (
    _completions_create_options,
    _decode_completion_stream_event,
    _load_completion,
)


class BetaCompletions(SyncResource):
    """`client.beta.completions`: the beta.completions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaCompletionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaCompletionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaCompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        stream: Literal[True],
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        stream: bool,
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[CompletionStreamEvent]: ...

    def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[CompletionStreamEvent]:
        """Complete a prompt with the legacy Text Completions API (prefer Messages).

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            model: The model to complete the prompt.
            prompt: The prompt, written as alternating `\n\nHuman:` and `\n\nAssistant:` turns.
            max_tokens_to_sample: Most tokens to generate before stopping.
            stop_sequences: Extra strings that end generation when produced.
            temperature: Randomness of the output, 0 to 1.
            top_p: Nucleus sampling: keep the smallest token set whose probability reaches this
                mass.
            top_k: Sample only from the k most likely tokens.
            metadata: Facts about the request, such as an opaque user ID.
            stream: Stream the completion as server-sent events.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Completion: the parsed response; `.to_json()` gives back its JSON. With
                `stream=True`: a stream of `CompletionStreamEvent` events.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _completions_create_options(
            workspace_id=workspace_id,
            model=model,
            prompt=prompt,
            max_tokens_to_sample=max_tokens_to_sample,
            stop_sequences=stop_sequences,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            metadata=metadata,
            stream=stream,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return self._client.request_events(options, _decode_completion_stream_event)
        return self._client.request(options, value_cast(_load_completion))


class BetaCompletionsWithRawResponse:
    """`BetaCompletions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaCompletions) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)


class BetaCompletionsWithStreamingResponse:
    """`BetaCompletions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaCompletions) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)


class AsyncBetaCompletions(AsyncResource):
    """`client.beta.completions`: the beta.completions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaCompletionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaCompletionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        stream: Literal[True],
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        stream: bool,
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[CompletionStreamEvent]: ...

    async def create(
        self,
        *,
        model: ModelParam,
        prompt: str,
        max_tokens_to_sample: int,
        workspace_id: str | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[CompletionStreamEvent]:
        """Complete a prompt with the legacy Text Completions API (prefer Messages).

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            model: The model to complete the prompt.
            prompt: The prompt, written as alternating `\n\nHuman:` and `\n\nAssistant:` turns.
            max_tokens_to_sample: Most tokens to generate before stopping.
            stop_sequences: Extra strings that end generation when produced.
            temperature: Randomness of the output, 0 to 1.
            top_p: Nucleus sampling: keep the smallest token set whose probability reaches this
                mass.
            top_k: Sample only from the k most likely tokens.
            metadata: Facts about the request, such as an opaque user ID.
            stream: Stream the completion as server-sent events.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Completion: the parsed response; `.to_json()` gives back its JSON. With
                `stream=True`: a stream of `CompletionStreamEvent` events.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _completions_create_options(
            workspace_id=workspace_id,
            model=model,
            prompt=prompt,
            max_tokens_to_sample=max_tokens_to_sample,
            stop_sequences=stop_sequences,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            metadata=metadata,
            stream=stream,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return await self._client.request_events(options, _decode_completion_stream_event)
        return await self._client.request(options, value_cast(_load_completion))


class AsyncBetaCompletionsWithRawResponse:
    """`AsyncBetaCompletions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaCompletions) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)


class AsyncBetaCompletionsWithStreamingResponse:
    """`AsyncBetaCompletions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaCompletions) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
