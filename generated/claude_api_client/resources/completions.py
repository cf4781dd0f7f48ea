# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

from .._core._casts import model_cast
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
    from ..types._params.model import Model

__all__ = ["Completions", "AsyncCompletions"]

from ._ops_completions import (
    _completions_create_options,
    _decode_completion_stream_event,
    _load_completion,
)


class Completions(SyncResource):
    """`client.completions`: the completions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return CompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stream: Literal[True],
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stream: bool,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[CompletionStreamEvent]: ...

    def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[CompletionStreamEvent]:
        """completions_create."""
        options = _completions_create_options(
            model=model,
            prompt=prompt,
            max_tokens_to_sample=max_tokens_to_sample,
            stop_sequences=stop_sequences,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            metadata=metadata,
            stream=stream,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return self._client.request_events(options, _decode_completion_stream_event)
        return self._client.request(options, model_cast(_load_completion))


class CompletionsWithRawResponse:
    """`Completions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Completions) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)


class CompletionsWithStreamingResponse:
    """`Completions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Completions) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)


class AsyncCompletions(AsyncResource):
    """`client.completions`: the completions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stream: Literal[True],
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stream: bool,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[CompletionStreamEvent]: ...

    async def create(
        self,
        *,
        model: Model,
        prompt: str,
        max_tokens_to_sample: int,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[CompletionStreamEvent]:
        """completions_create."""
        options = _completions_create_options(
            model=model,
            prompt=prompt,
            max_tokens_to_sample=max_tokens_to_sample,
            stop_sequences=stop_sequences,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            metadata=metadata,
            stream=stream,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return await self._client.request_events(options, _decode_completion_stream_event)
        return await self._client.request(options, model_cast(_load_completion))


class AsyncCompletionsWithRawResponse:
    """`AsyncCompletions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncCompletions) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)


class AsyncCompletionsWithStreamingResponse:
    """`AsyncCompletions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncCompletions) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
