# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
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


class BetaSpendLimitsWithRawResponse:
    """`BetaSpendLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaSpendLimits) -> None:
        self._resource = resource

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


class AsyncBetaSpendLimitsWithRawResponse:
    """`AsyncBetaSpendLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaSpendLimits) -> None:
        self._resource = resource

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
