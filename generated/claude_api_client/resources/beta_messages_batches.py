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
    import httpx

    from .._core._jsonl import AsyncJSONLStream, JSONLStream
    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_message_batch import DeletedMessageBatch
    from ..types._models.message_batch import MessageBatch
    from ..types._models.message_batch_individual_response import MessageBatchIndividualResponse
    from ..types._params.beta_batch_request_param import BetaBatchRequestParam

__all__ = ["BetaBatches", "AsyncBetaBatches"]

from ._ops_messages_batches import (
    _load_deleted_message_batch,
    _load_message_batch,
    _load_message_batch_individual_response,
    _load_message_batch_page,
    _messages_batches_cancel_options,
    _messages_batches_create_options,
    _messages_batches_delete_options,
    _messages_batches_list_options,
    _messages_batches_results_options,
    _messages_batches_retrieve_options,
)


class BetaBatches(SyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaBatchesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaBatchesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaBatchesWithStreamingResponse(self)

    def cancel(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """Stop a running batch; requests not yet processed end as canceled once it reaches ended.

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_cancel_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_message_batch))

    def create(
        self,
        *,
        requests: Sequence[BetaBatchRequestParam],
        user_profile_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """Queue many Messages requests at once; they run asynchronously and finish within 24 hours.

        Args:
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            requests: The Messages requests to process, each with its own `custom_id`.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_create_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            requests=requests,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_message_batch))

    def delete(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedMessageBatch:
        """Delete a Message Batch that has finished processing (cancel a running one first).

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            DeletedMessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_delete_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MessageBatch]:
        """List the Message Batches of your workspace, newest first.

        Args:
            before_id: Return the page that ends just before this batch ID.
            after_id: Return the page that starts just after this batch ID.
            limit: Batches per page, 1 to 1000.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[MessageBatch]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_message_batch_page))

    def results(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> JSONLStream[MessageBatchIndividualResponse]:
        """Stream the results of an ended batch as JSON Lines, one object per request, in no particular order.

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Stream[MessageBatchIndividualResponse]: the result lines, read one at a time.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_results_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
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
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """Get a Message Batch and its progress; poll it until processing_status is ended.

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_retrieve_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_message_batch))


class BetaBatchesWithRawResponse:
    """`BetaBatches`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaBatches) -> None:
        self._resource = resource
        self.cancel = raw_response_wrapper(resource.cancel)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.results = raw_response_wrapper(resource.results)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BetaBatchesWithStreamingResponse:
    """`BetaBatches`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaBatches) -> None:
        self._resource = resource
        self.cancel = streaming_response_wrapper(resource.cancel)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.results = streaming_response_wrapper(resource.results)
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBetaBatches(AsyncResource):
    """`client.beta.messages.batches`: the beta.messages.batches operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaBatchesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaBatchesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """Stop a running batch; requests not yet processed end as canceled once it reaches ended.

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_cancel_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_message_batch))

    async def create(
        self,
        *,
        requests: Sequence[BetaBatchRequestParam],
        user_profile_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """Queue many Messages requests at once; they run asynchronously and finish within 24 hours.

        Args:
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            requests: The Messages requests to process, each with its own `custom_id`.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_create_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            requests=requests,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_message_batch))

    async def delete(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedMessageBatch:
        """Delete a Message Batch that has finished processing (cancel a running one first).

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            DeletedMessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_delete_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_message_batch))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MessageBatch]:
        """List the Message Batches of your workspace, newest first.

        Args:
            before_id: Return the page that ends just before this batch ID.
            after_id: Return the page that starts just after this batch ID.
            limit: Batches per page, 1 to 1000.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[MessageBatch]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _messages_batches_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_message_batch_page))

    async def results(
        self,
        message_batch_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncJSONLStream[MessageBatchIndividualResponse]:
        """Stream the results of an ended batch as JSON Lines, one object per request, in no particular order.

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Stream[MessageBatchIndividualResponse]: the result lines, read one at a time.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_results_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
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
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """Get a Message Batch and its progress; poll it until processing_status is ended.

        Args:
            message_batch_id: ID of the Message Batch.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MessageBatch: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _messages_batches_retrieve_options(
            message_batch_id=message_batch_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_message_batch))


class AsyncBetaBatchesWithRawResponse:
    """`AsyncBetaBatches`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaBatches) -> None:
        self._resource = resource
        self.cancel = async_raw_response_wrapper(resource.cancel)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.results = async_raw_response_wrapper(resource.results)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBetaBatchesWithStreamingResponse:
    """`AsyncBetaBatches`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaBatches) -> None:
        self._resource = resource
        self.cancel = async_streaming_response_wrapper(resource.cancel)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.results = async_streaming_response_wrapper(resource.results)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
