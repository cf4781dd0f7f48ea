# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_compliance_review_cases import (
        AsyncBetaCases,
        AsyncBetaCasesWithRawResponse,
        AsyncBetaCasesWithStreamingResponse,
        BetaCases,
        BetaCasesWithRawResponse,
        BetaCasesWithStreamingResponse,
    )
    from .beta_compliance_review_items import (
        AsyncBetaItems,
        AsyncBetaItemsWithRawResponse,
        AsyncBetaItemsWithStreamingResponse,
        BetaItems,
        BetaItemsWithRawResponse,
        BetaItemsWithStreamingResponse,
    )
    from .beta_compliance_review_notices import (
        AsyncBetaNotices,
        AsyncBetaNoticesWithRawResponse,
        AsyncBetaNoticesWithStreamingResponse,
        BetaNotices,
        BetaNoticesWithRawResponse,
        BetaNoticesWithStreamingResponse,
    )

__all__ = ["BetaReview", "AsyncBetaReview"]


class BetaReview(SyncResource):
    """`client.beta.compliance.review`: the beta.compliance.review operations of the Claude API."""

    @cached_property
    def cases(self) -> BetaCases:
        from .beta_compliance_review_cases import BetaCases

        return BetaCases(self._client)

    @cached_property
    def items(self) -> BetaItems:
        from .beta_compliance_review_items import BetaItems

        return BetaItems(self._client)

    @cached_property
    def notices(self) -> BetaNotices:
        from .beta_compliance_review_notices import BetaNotices

        return BetaNotices(self._client)

    @cached_property
    def with_raw_response(self) -> BetaReviewWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaReviewWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaReviewWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaReviewWithStreamingResponse(self)


class BetaReviewWithRawResponse:
    """`BetaReview`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaReview) -> None:
        self._resource = resource

    @cached_property
    def cases(self) -> BetaCasesWithRawResponse:
        from .beta_compliance_review_cases import BetaCasesWithRawResponse

        return BetaCasesWithRawResponse(self._resource.cases)

    @cached_property
    def items(self) -> BetaItemsWithRawResponse:
        from .beta_compliance_review_items import BetaItemsWithRawResponse

        return BetaItemsWithRawResponse(self._resource.items)

    @cached_property
    def notices(self) -> BetaNoticesWithRawResponse:
        from .beta_compliance_review_notices import BetaNoticesWithRawResponse

        return BetaNoticesWithRawResponse(self._resource.notices)


class BetaReviewWithStreamingResponse:
    """`BetaReview`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaReview) -> None:
        self._resource = resource

    @cached_property
    def cases(self) -> BetaCasesWithStreamingResponse:
        from .beta_compliance_review_cases import BetaCasesWithStreamingResponse

        return BetaCasesWithStreamingResponse(self._resource.cases)

    @cached_property
    def items(self) -> BetaItemsWithStreamingResponse:
        from .beta_compliance_review_items import BetaItemsWithStreamingResponse

        return BetaItemsWithStreamingResponse(self._resource.items)

    @cached_property
    def notices(self) -> BetaNoticesWithStreamingResponse:
        from .beta_compliance_review_notices import BetaNoticesWithStreamingResponse

        return BetaNoticesWithStreamingResponse(self._resource.notices)


class AsyncBetaReview(AsyncResource):
    """`client.beta.compliance.review`: the beta.compliance.review operations of the Claude API."""

    @cached_property
    def cases(self) -> AsyncBetaCases:
        from .beta_compliance_review_cases import AsyncBetaCases

        return AsyncBetaCases(self._client)

    @cached_property
    def items(self) -> AsyncBetaItems:
        from .beta_compliance_review_items import AsyncBetaItems

        return AsyncBetaItems(self._client)

    @cached_property
    def notices(self) -> AsyncBetaNotices:
        from .beta_compliance_review_notices import AsyncBetaNotices

        return AsyncBetaNotices(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaReviewWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaReviewWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaReviewWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaReviewWithStreamingResponse(self)


class AsyncBetaReviewWithRawResponse:
    """`AsyncBetaReview`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaReview) -> None:
        self._resource = resource

    @cached_property
    def cases(self) -> AsyncBetaCasesWithRawResponse:
        from .beta_compliance_review_cases import AsyncBetaCasesWithRawResponse

        return AsyncBetaCasesWithRawResponse(self._resource.cases)

    @cached_property
    def items(self) -> AsyncBetaItemsWithRawResponse:
        from .beta_compliance_review_items import AsyncBetaItemsWithRawResponse

        return AsyncBetaItemsWithRawResponse(self._resource.items)

    @cached_property
    def notices(self) -> AsyncBetaNoticesWithRawResponse:
        from .beta_compliance_review_notices import AsyncBetaNoticesWithRawResponse

        return AsyncBetaNoticesWithRawResponse(self._resource.notices)


class AsyncBetaReviewWithStreamingResponse:
    """`AsyncBetaReview`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaReview) -> None:
        self._resource = resource

    @cached_property
    def cases(self) -> AsyncBetaCasesWithStreamingResponse:
        from .beta_compliance_review_cases import AsyncBetaCasesWithStreamingResponse

        return AsyncBetaCasesWithStreamingResponse(self._resource.cases)

    @cached_property
    def items(self) -> AsyncBetaItemsWithStreamingResponse:
        from .beta_compliance_review_items import AsyncBetaItemsWithStreamingResponse

        return AsyncBetaItemsWithStreamingResponse(self._resource.items)

    @cached_property
    def notices(self) -> AsyncBetaNoticesWithStreamingResponse:
        from .beta_compliance_review_notices import AsyncBetaNoticesWithStreamingResponse

        return AsyncBetaNoticesWithStreamingResponse(self._resource.notices)
