# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import bytes_cast, model_cast
from .._core._options import RequestOptions
from .._core._resource import AsyncResource, SyncResource
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    import httpx

    from .._core._jsonl import AsyncJSONLStream, JSONLStream
    from .._core._pagination import AsyncPage, AsyncPaginator, SyncPage
    from .._core._response import APIResponse, AsyncAPIResponse
    from ..types._models.deleted_message_batch import DeletedMessageBatch
    from ..types._models.message_batch import MessageBatch
    from ..types._models.message_batch_individual_response import MessageBatchIndividualResponse
    from ..types._models.message_batch_page import MessageBatchPage
    from ..types._params.batch_request_param import BatchRequestParam

__all__ = ["BetaBatches", "AsyncBetaBatches"]


def _load_deleted_message_batch() -> type[DeletedMessageBatch]:
    from ..types._models.deleted_message_batch import DeletedMessageBatch

    return DeletedMessageBatch


def _load_message_batch() -> type[MessageBatch]:
    from ..types._models.message_batch import MessageBatch

    return MessageBatch


def _load_message_batch_individual_response() -> type[MessageBatchIndividualResponse]:
    from ..types._models.message_batch_individual_response import MessageBatchIndividualResponse

    return MessageBatchIndividualResponse


def _load_message_batch_page() -> type[MessageBatchPage]:
    from ..types._models.message_batch_page import MessageBatchPage

    return MessageBatchPage


def _messages_batches_cancel_options(
    message_batch_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    return RequestOptions(
        method="post",
        path=f"/v1/messages/batches/{path_segment(message_batch_id)}/cancel",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _messages_batches_create_options(
    anthropic_user_profile_id: object,
    requests: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("anthropic_user_profile_id", anthropic_user_profile_id, (str,))
    check_type("requests", requests, (list, tuple))
    return RequestOptions(
        method="post",
        path="/v1/messages/batches",
        json_body=strip_not_given(
            {
                "requests": requests,
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
        max_body_bytes=268435456,
    )


def _messages_batches_delete_options(
    message_batch_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    return RequestOptions(
        method="delete",
        path=f"/v1/messages/batches/{path_segment(message_batch_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _messages_batches_list_options(
    before_id: object,
    after_id: object,
    limit: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    return RequestOptions(
        method="get",
        path="/v1/messages/batches",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _messages_batches_results_options(
    message_batch_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/messages/batches/{path_segment(message_batch_id)}/results",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _messages_batches_retrieve_options(
    message_batch_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("message_batch_id", message_batch_id, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/messages/batches/{path_segment(message_batch_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


class BetaBatches(SyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaBatchesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaBatchesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> BetaBatchesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaBatchesWithStreamingResponse(self._client)

    def cancel(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_message_batch))

    def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            anthropic_user_profile_id,
            requests,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request(options, model_cast(_load_message_batch))

    def delete(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedMessageBatch:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MessageBatch]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(
            options, PageSpec(item=_load_message_batch, style="cursor")
        )

    def results(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> JSONLStream[MessageBatchIndividualResponse]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_jsonl(options, _load_message_batch_individual_response)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_message_batch))


class BetaBatchesWithRawResponse(SyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API. Methods return the raw response, parsed on demand."""

    def cancel(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MessageBatch]:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_message_batch))

    def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MessageBatch]:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            anthropic_user_profile_id,
            requests,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_raw(options, model_cast(_load_message_batch))

    def delete(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeletedMessageBatch]:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[MessageBatch]]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_message_batch, style="cursor")),
        )

    def results(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, bytes_cast)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MessageBatch]:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_message_batch))


class BetaBatchesWithStreamingResponse(SyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API. Methods return the response before its body is read."""

    def cancel(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[MessageBatch]]:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_message_batch))

    def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[MessageBatch]]:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            anthropic_user_profile_id,
            requests,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_message_batch))

    def delete(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[DeletedMessageBatch]]:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SyncPage[MessageBatch]]]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_message_batch, style="cursor")),
        )

    def results(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[bytes]]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, bytes_cast)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[MessageBatch]]:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_message_batch))


class AsyncBetaBatches(AsyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaBatchesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaBatchesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaBatchesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaBatchesWithStreamingResponse(self._client)

    async def cancel(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_message_batch))

    async def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            anthropic_user_profile_id,
            requests,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request(options, model_cast(_load_message_batch))

    async def delete(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedMessageBatch:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MessageBatch]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(
            options, PageSpec(item=_load_message_batch, style="cursor")
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncJSONLStream[MessageBatchIndividualResponse]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_jsonl(options, _load_message_batch_individual_response)

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_message_batch))


class AsyncBetaBatchesWithRawResponse(AsyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API. Methods return the raw response, parsed on demand."""

    async def cancel(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[MessageBatch]:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_message_batch))

    async def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[MessageBatch]:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            anthropic_user_profile_id,
            requests,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request_raw(options, model_cast(_load_message_batch))

    async def delete(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[DeletedMessageBatch]:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_deleted_message_batch))

    async def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[MessageBatch]]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_message_batch, style="cursor")),
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[bytes]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, bytes_cast)

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[MessageBatch]:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_message_batch))


class AsyncBetaBatchesWithStreamingResponse(AsyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API. Methods return the response before its body is read."""

    def cancel(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[MessageBatch]]:
        """messages_batches_cancel."""
        options = _messages_batches_cancel_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_message_batch))

    def create(
        self,
        *,
        requests: Sequence[BatchRequestParam],
        anthropic_user_profile_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[MessageBatch]]:
        """messages_batches_create."""
        options = _messages_batches_create_options(
            anthropic_user_profile_id,
            requests,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_message_batch))

    def delete(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[DeletedMessageBatch]]:
        """messages_batches_delete."""
        options = _messages_batches_delete_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[AsyncPage[MessageBatch]]]:
        """messages_batches_list."""
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id, after_id, limit, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_message_batch, style="cursor")),
        )

    def results(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[bytes]]:
        """messages_batches_results."""
        options = _messages_batches_results_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, bytes_cast)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[MessageBatch]]:
        """messages_batches_retrieve."""
        options = _messages_batches_retrieve_options(
            message_batch_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_message_batch))
