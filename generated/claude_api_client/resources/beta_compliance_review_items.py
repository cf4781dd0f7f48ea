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

    from ..types._models.compliance_review_item import ComplianceReviewItem

__all__ = ["BetaItems", "AsyncBetaItems"]

from ._ops_compliance_review_items import (
    _compliance_review_items_retrieve_options,
    _load_compliance_review_item,
)


class BetaItems(SyncResource):
    """`client.beta.compliance.review.items`: the beta.compliance.review.items operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaItemsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaItemsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaItemsWithStreamingResponse(self)

    def retrieve(
        self,
        item_id: str,
        *,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ComplianceReviewItem:
        """Read one flagged message with its stored request and response; one the key may not read answers 404 like a missing one.

        Args:
            item_id: ID of the item, for a message as the client got it or as a case lists it
                (`msg_...`).
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
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
            ComplianceReviewItem: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _compliance_review_items_retrieve_options(
            item_id=item_id,
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_compliance_review_item))


class BetaItemsWithRawResponse:
    """`BetaItems`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaItems) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BetaItemsWithStreamingResponse:
    """`BetaItems`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaItems) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBetaItems(AsyncResource):
    """`client.beta.compliance.review.items`: the beta.compliance.review.items operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaItemsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaItemsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaItemsWithStreamingResponse(self)

    async def retrieve(
        self,
        item_id: str,
        *,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ComplianceReviewItem:
        """Read one flagged message with its stored request and response; one the key may not read answers 404 like a missing one.

        Args:
            item_id: ID of the item, for a message as the client got it or as a case lists it
                (`msg_...`).
            user_profile_id: User profile to attribute the request to, when acting for someone
                other than your organisation (needs a user-profiles beta).
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
            ComplianceReviewItem: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _compliance_review_items_retrieve_options(
            item_id=item_id,
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_compliance_review_item))


class AsyncBetaItemsWithRawResponse:
    """`AsyncBetaItems`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaItems) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBetaItemsWithStreamingResponse:
    """`AsyncBetaItems`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaItems) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
