# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_compliance_review import (
        AsyncBetaReview,
        AsyncBetaReviewWithRawResponse,
        AsyncBetaReviewWithStreamingResponse,
        BetaReview,
        BetaReviewWithRawResponse,
        BetaReviewWithStreamingResponse,
    )

__all__ = ["BetaCompliance", "AsyncBetaCompliance"]


class BetaCompliance(SyncResource):
    """`client.beta.compliance`: the beta.compliance operations of the Claude API."""

    @cached_property
    def review(self) -> BetaReview:
        from .beta_compliance_review import BetaReview

        return BetaReview(self._client)

    @cached_property
    def with_raw_response(self) -> BetaComplianceWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaComplianceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaComplianceWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaComplianceWithStreamingResponse(self)


class BetaComplianceWithRawResponse:
    """`BetaCompliance`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaCompliance) -> None:
        self._resource = resource

    @cached_property
    def review(self) -> BetaReviewWithRawResponse:
        from .beta_compliance_review import BetaReviewWithRawResponse

        return BetaReviewWithRawResponse(self._resource.review)


class BetaComplianceWithStreamingResponse:
    """`BetaCompliance`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaCompliance) -> None:
        self._resource = resource

    @cached_property
    def review(self) -> BetaReviewWithStreamingResponse:
        from .beta_compliance_review import BetaReviewWithStreamingResponse

        return BetaReviewWithStreamingResponse(self._resource.review)


class AsyncBetaCompliance(AsyncResource):
    """`client.beta.compliance`: the beta.compliance operations of the Claude API."""

    @cached_property
    def review(self) -> AsyncBetaReview:
        from .beta_compliance_review import AsyncBetaReview

        return AsyncBetaReview(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaComplianceWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaComplianceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaComplianceWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaComplianceWithStreamingResponse(self)


class AsyncBetaComplianceWithRawResponse:
    """`AsyncBetaCompliance`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaCompliance) -> None:
        self._resource = resource

    @cached_property
    def review(self) -> AsyncBetaReviewWithRawResponse:
        from .beta_compliance_review import AsyncBetaReviewWithRawResponse

        return AsyncBetaReviewWithRawResponse(self._resource.review)


class AsyncBetaComplianceWithStreamingResponse:
    """`AsyncBetaCompliance`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaCompliance) -> None:
        self._resource = resource

    @cached_property
    def review(self) -> AsyncBetaReviewWithStreamingResponse:
        from .beta_compliance_review import AsyncBetaReviewWithStreamingResponse

        return AsyncBetaReviewWithStreamingResponse(self._resource.review)
