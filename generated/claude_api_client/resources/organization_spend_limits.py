# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .organization_spend_limits_effective import (
        AsyncEffective,
        AsyncEffectiveWithRawResponse,
        AsyncEffectiveWithStreamingResponse,
        Effective,
        EffectiveWithRawResponse,
        EffectiveWithStreamingResponse,
    )
    from .organization_spend_limits_increase_requests import (
        AsyncIncreaseRequests,
        AsyncIncreaseRequestsWithRawResponse,
        AsyncIncreaseRequestsWithStreamingResponse,
        IncreaseRequests,
        IncreaseRequestsWithRawResponse,
        IncreaseRequestsWithStreamingResponse,
    )

__all__ = ["SpendLimits", "AsyncSpendLimits"]


class SpendLimits(SyncResource):
    """`client.organization.spend_limits`: the organization.spend_limits operations of the Claude API."""

    @cached_property
    def effective(self) -> Effective:
        from .organization_spend_limits_effective import Effective

        return Effective(self._client)

    @cached_property
    def increase_requests(self) -> IncreaseRequests:
        from .organization_spend_limits_increase_requests import IncreaseRequests

        return IncreaseRequests(self._client)

    @cached_property
    def with_raw_response(self) -> SpendLimitsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return SpendLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpendLimitsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return SpendLimitsWithStreamingResponse(self)


class SpendLimitsWithRawResponse:
    """`SpendLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: SpendLimits) -> None:
        self._resource = resource

    @cached_property
    def effective(self) -> EffectiveWithRawResponse:
        from .organization_spend_limits_effective import EffectiveWithRawResponse

        return EffectiveWithRawResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> IncreaseRequestsWithRawResponse:
        from .organization_spend_limits_increase_requests import IncreaseRequestsWithRawResponse

        return IncreaseRequestsWithRawResponse(self._resource.increase_requests)


class SpendLimitsWithStreamingResponse:
    """`SpendLimits`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: SpendLimits) -> None:
        self._resource = resource

    @cached_property
    def effective(self) -> EffectiveWithStreamingResponse:
        from .organization_spend_limits_effective import EffectiveWithStreamingResponse

        return EffectiveWithStreamingResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> IncreaseRequestsWithStreamingResponse:
        from .organization_spend_limits_increase_requests import (
            IncreaseRequestsWithStreamingResponse,
        )

        return IncreaseRequestsWithStreamingResponse(self._resource.increase_requests)


class AsyncSpendLimits(AsyncResource):
    """`client.organization.spend_limits`: the organization.spend_limits operations of the Claude API."""

    @cached_property
    def effective(self) -> AsyncEffective:
        from .organization_spend_limits_effective import AsyncEffective

        return AsyncEffective(self._client)

    @cached_property
    def increase_requests(self) -> AsyncIncreaseRequests:
        from .organization_spend_limits_increase_requests import AsyncIncreaseRequests

        return AsyncIncreaseRequests(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSpendLimitsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncSpendLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpendLimitsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncSpendLimitsWithStreamingResponse(self)


class AsyncSpendLimitsWithRawResponse:
    """`AsyncSpendLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncSpendLimits) -> None:
        self._resource = resource

    @cached_property
    def effective(self) -> AsyncEffectiveWithRawResponse:
        from .organization_spend_limits_effective import AsyncEffectiveWithRawResponse

        return AsyncEffectiveWithRawResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> AsyncIncreaseRequestsWithRawResponse:
        from .organization_spend_limits_increase_requests import (
            AsyncIncreaseRequestsWithRawResponse,
        )

        return AsyncIncreaseRequestsWithRawResponse(self._resource.increase_requests)


class AsyncSpendLimitsWithStreamingResponse:
    """`AsyncSpendLimits`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncSpendLimits) -> None:
        self._resource = resource

    @cached_property
    def effective(self) -> AsyncEffectiveWithStreamingResponse:
        from .organization_spend_limits_effective import AsyncEffectiveWithStreamingResponse

        return AsyncEffectiveWithStreamingResponse(self._resource.effective)

    @cached_property
    def increase_requests(self) -> AsyncIncreaseRequestsWithStreamingResponse:
        from .organization_spend_limits_increase_requests import (
            AsyncIncreaseRequestsWithStreamingResponse,
        )

        return AsyncIncreaseRequestsWithStreamingResponse(self._resource.increase_requests)
