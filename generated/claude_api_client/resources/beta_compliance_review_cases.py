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
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.compliance_review_case import ComplianceReviewCase
    from ..types._params.compliance_review_case_order_by_param import (
        ComplianceReviewCaseOrderByParam,
    )
    from ..types._params.compliance_review_case_status_filter_param import (
        ComplianceReviewCaseStatusFilterParam,
    )
    from ..types._params.compliance_review_determination_param import (
        ComplianceReviewDeterminationParam,
    )
    from ..types._params.compliance_review_order_param import ComplianceReviewOrderParam
    from ..types._params.compliance_review_verdict_param import ComplianceReviewVerdictParam
    from ..types._params.compliance_review_violated_policy_category_param import (
        ComplianceReviewViolatedPolicyCategoryParam,
    )

__all__ = ["BetaCases", "AsyncBetaCases"]

from ._ops_compliance_review_cases import (
    _compliance_review_cases_list_options,
    _compliance_review_cases_respond_options,
    _compliance_review_cases_retrieve_options,
    _load_compliance_review_case,
    _load_compliance_review_case_page,
)


class BetaCases(SyncResource):
    """`client.beta.compliance.review.cases`: the beta.compliance.review.cases operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaCasesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaCasesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaCasesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaCasesWithStreamingResponse(self)

    def list(
        self,
        *,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        status: ComplianceReviewCaseStatusFilterParam | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        order_by: ComplianceReviewCaseOrderByParam | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: ComplianceReviewOrderParam | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ComplianceReviewCase]:
        """List the review cases of every organization the key can reach (newest first unless ordered otherwise), open and closed.

        Args:
            created_at_gt: Only cases whose `created_at` is after this time (RFC 3339).
            created_at_gte: Only cases whose `created_at` is at or after this time (RFC 3339).
            created_at_lt: Only cases whose `created_at` is before this time (RFC 3339).
            created_at_lte: Only cases whose `created_at` is at or before this time (RFC 3339).
            updated_at_gt: Only cases whose `updated_at` is after this time (RFC 3339).
            updated_at_gte: Only cases whose `updated_at` is at or after this time (RFC 3339).
            updated_at_lt: Only cases whose `updated_at` is before this time (RFC 3339).
            updated_at_lte: Only cases whose `updated_at` is at or before this time (RFC 3339).
            status: Only cases with this status; both when left out.
            user_profile_id: Only cases with a message of this user profile (`uprof_...`);
                required when the request sends `anthropic-user-profile-id`.
            order_by: What the cases are sorted by (default `created_at`).
            limit: How many cases per page, 1 to 100 (default 20).
            order: Sort direction by `order_by`, then `id` (default `desc`).
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
            Page[ComplianceReviewCase]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _compliance_review_cases_list_options(
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            status=status,
            user_profile_id=user_profile_id,
            order_by=order_by,
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
        return self._client.request_page(options, PageSpec(page=_load_compliance_review_case_page))

    def respond(
        self,
        case_id: str,
        *,
        determination: ComplianceReviewDeterminationParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        policy_categories: Sequence[ComplianceReviewViolatedPolicyCategoryParam]
        | NotGiven = NOT_GIVEN,
        verdicts: Sequence[ComplianceReviewVerdictParam] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ComplianceReviewCase:
        """Send your conclusion on a review case, which closes it; repeating the same response is harmless, a different one is refused (`case_closed`).

        Args:
            case_id: ID of the case (`rvc_...`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            determination: Your conclusion on the case as a whole (not checked against
                `verdicts`).
            policy_categories: Categories you found violated: one to four with `violation`, none
                with `no_violation`, each at most once.
            verdicts: Conclusions on single messages of the case; need not cover all, each
                `item_id` at most once.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ComplianceReviewCase: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _compliance_review_cases_respond_options(
            case_id=case_id,
            workspace_id=workspace_id,
            determination=determination,
            policy_categories=policy_categories,
            verdicts=verdicts,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_compliance_review_case))

    def retrieve(
        self,
        case_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ComplianceReviewCase:
        """Get one review case.

        Args:
            case_id: ID of the case (`rvc_...`).
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
            ComplianceReviewCase: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _compliance_review_cases_retrieve_options(
            case_id=case_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_compliance_review_case))


class BetaCasesWithRawResponse:
    """`BetaCases`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaCases) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.respond = raw_response_wrapper(resource.respond)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BetaCasesWithStreamingResponse:
    """`BetaCases`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaCases) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.respond = streaming_response_wrapper(resource.respond)
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBetaCases(AsyncResource):
    """`client.beta.compliance.review.cases`: the beta.compliance.review.cases operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaCasesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaCasesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaCasesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaCasesWithStreamingResponse(self)

    def list(
        self,
        *,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        updated_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        status: ComplianceReviewCaseStatusFilterParam | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        order_by: ComplianceReviewCaseOrderByParam | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: ComplianceReviewOrderParam | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ComplianceReviewCase]:
        """List the review cases of every organization the key can reach (newest first unless ordered otherwise), open and closed.

        Args:
            created_at_gt: Only cases whose `created_at` is after this time (RFC 3339).
            created_at_gte: Only cases whose `created_at` is at or after this time (RFC 3339).
            created_at_lt: Only cases whose `created_at` is before this time (RFC 3339).
            created_at_lte: Only cases whose `created_at` is at or before this time (RFC 3339).
            updated_at_gt: Only cases whose `updated_at` is after this time (RFC 3339).
            updated_at_gte: Only cases whose `updated_at` is at or after this time (RFC 3339).
            updated_at_lt: Only cases whose `updated_at` is before this time (RFC 3339).
            updated_at_lte: Only cases whose `updated_at` is at or before this time (RFC 3339).
            status: Only cases with this status; both when left out.
            user_profile_id: Only cases with a message of this user profile (`uprof_...`);
                required when the request sends `anthropic-user-profile-id`.
            order_by: What the cases are sorted by (default `created_at`).
            limit: How many cases per page, 1 to 100 (default 20).
            order: Sort direction by `order_by`, then `id` (default `desc`).
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
            Page[ComplianceReviewCase]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _compliance_review_cases_list_options(
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            status=status,
            user_profile_id=user_profile_id,
            order_by=order_by,
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
        return self._client.request_page(options, PageSpec(page=_load_compliance_review_case_page))

    async def respond(
        self,
        case_id: str,
        *,
        determination: ComplianceReviewDeterminationParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        policy_categories: Sequence[ComplianceReviewViolatedPolicyCategoryParam]
        | NotGiven = NOT_GIVEN,
        verdicts: Sequence[ComplianceReviewVerdictParam] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ComplianceReviewCase:
        """Send your conclusion on a review case, which closes it; repeating the same response is harmless, a different one is refused (`case_closed`).

        Args:
            case_id: ID of the case (`rvc_...`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            determination: Your conclusion on the case as a whole (not checked against
                `verdicts`).
            policy_categories: Categories you found violated: one to four with `violation`, none
                with `no_violation`, each at most once.
            verdicts: Conclusions on single messages of the case; need not cover all, each
                `item_id` at most once.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ComplianceReviewCase: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _compliance_review_cases_respond_options(
            case_id=case_id,
            workspace_id=workspace_id,
            determination=determination,
            policy_categories=policy_categories,
            verdicts=verdicts,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_compliance_review_case))

    async def retrieve(
        self,
        case_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ComplianceReviewCase:
        """Get one review case.

        Args:
            case_id: ID of the case (`rvc_...`).
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
            ComplianceReviewCase: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _compliance_review_cases_retrieve_options(
            case_id=case_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_compliance_review_case))


class AsyncBetaCasesWithRawResponse:
    """`AsyncBetaCases`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaCases) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.respond = async_raw_response_wrapper(resource.respond)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBetaCasesWithStreamingResponse:
    """`AsyncBetaCases`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaCases) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.respond = async_streaming_response_wrapper(resource.respond)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
