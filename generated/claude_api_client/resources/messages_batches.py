# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

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

    from .._core._jsonl import AsyncJSONLStream, JSONLStream
    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_message_batch import DeletedMessageBatch
    from ..types._models.message_batch import MessageBatch
    from ..types._models.message_batch_individual_response import MessageBatchIndividualResponse
    from ..types._params.batch_request_param import BatchRequestParam

__all__ = ["Batches", "AsyncBatches"]

from ._ops_messages_batches import (
    _load_deleted_message_batch,
    _load_message_batch,
    _load_message_batch_individual_response,
    _messages_batches_cancel_options,
    _messages_batches_create_options,
    _messages_batches_delete_options,
    _messages_batches_list_options,
    _messages_batches_results_options,
    _messages_batches_retrieve_options,
)


class Batches(SyncResource):
    """`client.messages.batches`: the messages.batches operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BatchesWithStreamingResponse(self)

    def cancel(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_message_batch))

    def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        user_profile_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            requests=requests,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_message_batch))

    def delete(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedMessageBatch:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MessageBatch]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_message_batch, style="cursor")
        )

    def results(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> JSONLStream[MessageBatchIndividualResponse]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_jsonl(options, _load_message_batch_individual_response)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_message_batch))


class BatchesWithRawResponse:
    """`Batches`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.cancel = raw_response_wrapper(resource.cancel)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.results = raw_response_wrapper(resource.results)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BatchesWithStreamingResponse:
    """`Batches`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.cancel = streaming_response_wrapper(resource.cancel)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.results = streaming_response_wrapper(resource.results)
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBatches(AsyncResource):
    """`client.messages.batches`: the messages.batches operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_message_batch))

    async def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        user_profile_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            requests=requests,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_message_batch))

    async def delete(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedMessageBatch:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MessageBatch]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_message_batch, style="cursor")
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncJSONLStream[MessageBatchIndividualResponse]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request_jsonl(options, _load_message_batch_individual_response)

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_message_batch))


class AsyncBatchesWithRawResponse:
    """`AsyncBatches`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.cancel = async_raw_response_wrapper(resource.cancel)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.results = async_raw_response_wrapper(resource.results)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBatchesWithStreamingResponse:
    """`AsyncBatches`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.cancel = async_streaming_response_wrapper(resource.cancel)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.results = async_streaming_response_wrapper(resource.results)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
