# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.spend_limit import SpendLimit
    from ..types._models.spend_limit_delete_response import SpendLimitDeleteResponse
    from ..types._params.spend_limit_period_param import SpendLimitPeriodParam
    from ..types._params.spend_limit_set_scope_param import SpendLimitSetScopeParam
    from .beta_organization_spend_limits_effective import (
        AsyncBetaEffective,
        AsyncBetaEffectiveWithRawResponse,
        AsyncBetaEffectiveWithStreamingResponse,
        BetaEffective,
        BetaEffectiveWithRawResponse,
        BetaEffectiveWithStreamingResponse,
    )
    from .beta_organization_spend_limits_increase_requests import (
        AsyncBetaIncreaseRequests,
        AsyncBetaIncreaseRequestsWithRawResponse,
        AsyncBetaIncreaseRequestsWithStreamingResponse,
        BetaIncreaseRequests,
        BetaIncreaseRequestsWithRawResponse,
        BetaIncreaseRequestsWithStreamingResponse,
    )

__all__ = ["BetaSpendLimits", "AsyncBetaSpendLimits"]

from ._ops_organization_spend_limits import (
    _load_spend_limit,
    _load_spend_limit_delete_response,
    _load_spend_limit_page,
    _organization_spend_limits_delete_options,
    _organization_spend_limits_list_options,
    _organization_spend_limits_retrieve_options,
    _organization_spend_limits_set_options,
)


class BetaSpendLimits(SyncResource):
    """`client.beta.organization.spend_limits`: the beta.organization.spend_limits operations of the Claude API."""

    @cached_property
    def effective(self) -> BetaEffective:
        from .beta_organization_spend_limits_effective import BetaEffective

        return BetaEffective(self._client)

    @cached_property
    def increase_requests(self) -> BetaIncreaseRequests:
        from .beta_organization_spend_limits_increase_requests import BetaIncreaseRequests

        return BetaIncreaseRequests(self._client)

    @cached_property
    def with_raw_response(self) -> BetaSpendLimitsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaSpendLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaSpendLimitsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSpendLimitsWithStreamingResponse(self)

    def delete(
        self,
        spend_limit_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimitDeleteResponse:
        """Delete a spend limit.

        Args:
            spend_limit_id: ID of the limit.
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
            SpendLimitDeleteResponse: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_delete_options(
            spend_limit_id=spend_limit_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_spend_limit_delete_response))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        scope_type: Sequence[
            Literal[
                "organization",
                "organization_service",
                "rbac_group",
                "seat_tier",
                "usage_tier",
                "user",
                "workspace",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SpendLimit]:
        """List the spend limits that are set.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            scope_type: Only limits with one of these scope types.
            workspace_id: Only limits of this workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[SpendLimit]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_spend_limits_list_options(
            limit=limit,
            page=page,
            scope_type=scope_type,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_spend_limit_page))

    def retrieve(
        self,
        spend_limit_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimit:
        """Get a spend limit.

        Args:
            spend_limit_id: ID of the limit.
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
            SpendLimit: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_retrieve_options(
            spend_limit_id=spend_limit_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_spend_limit))

    def set(
        self,
        *,
        amount: str | None,
        scope: SpendLimitSetScopeParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        period: SpendLimitPeriodParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimit:
        """Create or replace the spend limit of a scope and period.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            amount: The cap in the billing currency's minor unit as an integer string (`"50000"`
                is 500.00 USD); null for an explicit no-limit.
            scope: What the limit applies to.
            period: The period it resets over.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SpendLimit: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_set_options(
            workspace_id=workspace_id,
            amount=amount,
            scope=scope,
            period=period,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_spend_limit))


class BetaSpendLimitsWithRawResponse:
    """`BetaSpendLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaSpendLimits) -> None:
        self._resource = resource
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.set = raw_response_wrapper(resource.set)

    @cached_property
    def effective(self) -> BetaEffectiveWithRawResponse:
        from .beta_organization_spend_limits_effective import BetaEffectiveWithRawResponse

        return BetaEffectiveWithRawResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> BetaIncreaseRequestsWithRawResponse:
        from .beta_organization_spend_limits_increase_requests import (
            BetaIncreaseRequestsWithRawResponse,
        )

        return BetaIncreaseRequestsWithRawResponse(self._resource.increase_requests)


class BetaSpendLimitsWithStreamingResponse:
    """`BetaSpendLimits`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaSpendLimits) -> None:
        self._resource = resource
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.set = streaming_response_wrapper(resource.set)

    @cached_property
    def effective(self) -> BetaEffectiveWithStreamingResponse:
        from .beta_organization_spend_limits_effective import BetaEffectiveWithStreamingResponse

        return BetaEffectiveWithStreamingResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> BetaIncreaseRequestsWithStreamingResponse:
        from .beta_organization_spend_limits_increase_requests import (
            BetaIncreaseRequestsWithStreamingResponse,
        )

        return BetaIncreaseRequestsWithStreamingResponse(self._resource.increase_requests)


class AsyncBetaSpendLimits(AsyncResource):
    """`client.beta.organization.spend_limits`: the beta.organization.spend_limits operations of the Claude API."""

    @cached_property
    def effective(self) -> AsyncBetaEffective:
        from .beta_organization_spend_limits_effective import AsyncBetaEffective

        return AsyncBetaEffective(self._client)

    @cached_property
    def increase_requests(self) -> AsyncBetaIncreaseRequests:
        from .beta_organization_spend_limits_increase_requests import AsyncBetaIncreaseRequests

        return AsyncBetaIncreaseRequests(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSpendLimitsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSpendLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSpendLimitsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSpendLimitsWithStreamingResponse(self)

    async def delete(
        self,
        spend_limit_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimitDeleteResponse:
        """Delete a spend limit.

        Args:
            spend_limit_id: ID of the limit.
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
            SpendLimitDeleteResponse: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_delete_options(
            spend_limit_id=spend_limit_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_spend_limit_delete_response))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        scope_type: Sequence[
            Literal[
                "organization",
                "organization_service",
                "rbac_group",
                "seat_tier",
                "usage_tier",
                "user",
                "workspace",
            ]
        ]
        | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SpendLimit]:
        """List the spend limits that are set.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            scope_type: Only limits with one of these scope types.
            workspace_id: Only limits of this workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[SpendLimit]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_spend_limits_list_options(
            limit=limit,
            page=page,
            scope_type=scope_type,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_spend_limit_page))

    async def retrieve(
        self,
        spend_limit_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimit:
        """Get a spend limit.

        Args:
            spend_limit_id: ID of the limit.
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
            SpendLimit: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_retrieve_options(
            spend_limit_id=spend_limit_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_spend_limit))

    async def set(
        self,
        *,
        amount: str | None,
        scope: SpendLimitSetScopeParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        period: SpendLimitPeriodParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SpendLimit:
        """Create or replace the spend limit of a scope and period.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            amount: The cap in the billing currency's minor unit as an integer string (`"50000"`
                is 500.00 USD); null for an explicit no-limit.
            scope: What the limit applies to.
            period: The period it resets over.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SpendLimit: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_spend_limits_set_options(
            workspace_id=workspace_id,
            amount=amount,
            scope=scope,
            period=period,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_spend_limit))


class AsyncBetaSpendLimitsWithRawResponse:
    """`AsyncBetaSpendLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaSpendLimits) -> None:
        self._resource = resource
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.set = async_raw_response_wrapper(resource.set)

    @cached_property
    def effective(self) -> AsyncBetaEffectiveWithRawResponse:
        from .beta_organization_spend_limits_effective import AsyncBetaEffectiveWithRawResponse

        return AsyncBetaEffectiveWithRawResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> AsyncBetaIncreaseRequestsWithRawResponse:
        from .beta_organization_spend_limits_increase_requests import (
            AsyncBetaIncreaseRequestsWithRawResponse,
        )

        return AsyncBetaIncreaseRequestsWithRawResponse(self._resource.increase_requests)


class AsyncBetaSpendLimitsWithStreamingResponse:
    """`AsyncBetaSpendLimits`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaSpendLimits) -> None:
        self._resource = resource
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.set = async_streaming_response_wrapper(resource.set)

    @cached_property
    def effective(self) -> AsyncBetaEffectiveWithStreamingResponse:
        from .beta_organization_spend_limits_effective import (
            AsyncBetaEffectiveWithStreamingResponse,
        )

        return AsyncBetaEffectiveWithStreamingResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> AsyncBetaIncreaseRequestsWithStreamingResponse:
        from .beta_organization_spend_limits_increase_requests import (
            AsyncBetaIncreaseRequestsWithStreamingResponse,
        )

        return AsyncBetaIncreaseRequestsWithStreamingResponse(self._resource.increase_requests)
