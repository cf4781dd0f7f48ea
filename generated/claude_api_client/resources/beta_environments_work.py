# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property

from ..lib._mixins import AsyncBetaEnvironmentWorkHelpers, BetaEnvironmentWorkHelpers
from . import _plain_beta_environments_work as _layer2

__all__ = ["BetaWork", "AsyncBetaWork"]


class BetaWork(_layer2.BetaWork, BetaEnvironmentWorkHelpers):
    """`client.beta.environments.work`: the beta.environments.work operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaWorkWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWorkWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWorkWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWorkWithStreamingResponse(self)


class BetaWorkWithRawResponse(_layer2.BetaWorkWithRawResponse):
    """`BetaWork`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BetaWork


class BetaWorkWithStreamingResponse(_layer2.BetaWorkWithStreamingResponse):
    """`BetaWork`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BetaWork


class AsyncBetaWork(_layer2.AsyncBetaWork, AsyncBetaEnvironmentWorkHelpers):
    """`client.beta.environments.work`: the beta.environments.work operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaWorkWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWorkWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWorkWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWorkWithStreamingResponse(self)


class AsyncBetaWorkWithRawResponse(_layer2.AsyncBetaWorkWithRawResponse):
    """`AsyncBetaWork`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBetaWork


class AsyncBetaWorkWithStreamingResponse(_layer2.AsyncBetaWorkWithStreamingResponse):
    """`AsyncBetaWork`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBetaWork
