# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.compliance_review_notice import ComplianceReviewNotice
    from ..types._params.compliance_review_order_param import ComplianceReviewOrderParam

__all__ = ["BetaNotices", "AsyncBetaNotices"]

from ._ops_compliance_review_notices import (
    _compliance_review_notices_list_options,
    _load_compliance_review_notice_page,
)


class BetaNotices(SyncResource):
    """`client.beta.compliance.review.notices`: the beta.compliance.review.notices operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaNoticesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaNoticesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaNoticesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaNoticesWithStreamingResponse(self)

    def list(
        self,
        *,
        case_id: str | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: ComplianceReviewOrderParam | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ComplianceReviewNotice]:
        """List Anthropic's notices to the organizations the key can reach (newest first unless ordered otherwise); a notice shows only if the key may read all its cases.

        Args:
            case_id: Only notices about this case (`rvc_...`).
            created_at_gt: Only notices whose `created_at` is after this time (RFC 3339).
            created_at_gte: Only notices whose `created_at` is at or after this time (RFC 3339).
            created_at_lt: Only notices whose `created_at` is before this time (RFC 3339).
            created_at_lte: Only notices whose `created_at` is at or before this time (RFC
                3339).
            limit: How many notices per page, 1 to 100 (default 20).
            order: Sort direction by `created_at`, then `id` (default `desc`).
            page: The `next_page` of the previous page; works only with that request's filters
                and order.
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
            Page[ComplianceReviewNotice]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _compliance_review_notices_list_options(
            case_id=case_id,
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            limit=limit,
            order=order,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_compliance_review_notice_page)
        )


class BetaNoticesWithRawResponse:
    """`BetaNotices`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaNotices) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaNoticesWithStreamingResponse:
    """`BetaNotices`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaNotices) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaNotices(AsyncResource):
    """`client.beta.compliance.review.notices`: the beta.compliance.review.notices operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaNoticesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaNoticesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaNoticesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaNoticesWithStreamingResponse(self)

    def list(
        self,
        *,
        case_id: str | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: ComplianceReviewOrderParam | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ComplianceReviewNotice]:
        """List Anthropic's notices to the organizations the key can reach (newest first unless ordered otherwise); a notice shows only if the key may read all its cases.

        Args:
            case_id: Only notices about this case (`rvc_...`).
            created_at_gt: Only notices whose `created_at` is after this time (RFC 3339).
            created_at_gte: Only notices whose `created_at` is at or after this time (RFC 3339).
            created_at_lt: Only notices whose `created_at` is before this time (RFC 3339).
            created_at_lte: Only notices whose `created_at` is at or before this time (RFC
                3339).
            limit: How many notices per page, 1 to 100 (default 20).
            order: Sort direction by `created_at`, then `id` (default `desc`).
            page: The `next_page` of the previous page; works only with that request's filters
                and order.
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
            Page[ComplianceReviewNotice]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _compliance_review_notices_list_options(
            case_id=case_id,
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            limit=limit,
            order=order,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_compliance_review_notice_page)
        )


class AsyncBetaNoticesWithRawResponse:
    """`AsyncBetaNotices`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaNotices) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaNoticesWithStreamingResponse:
    """`AsyncBetaNotices`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaNotices) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
