# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import _plain_beta_environments as _layer2

if TYPE_CHECKING:
    from .beta_environments_work import (
        AsyncBetaWork,
        AsyncBetaWorkWithRawResponse,
        AsyncBetaWorkWithStreamingResponse,
        BetaWork,
        BetaWorkWithRawResponse,
        BetaWorkWithStreamingResponse,
    )

__all__ = ["BetaEnvironments", "AsyncBetaEnvironments"]


class BetaEnvironments(_layer2.BetaEnvironments):
    """`client.beta.environments`: the beta.environments operations of the Claude API."""

    @cached_property
    def work(self) -> BetaWork:
        from .beta_environments_work import BetaWork

        return BetaWork(self._client)

    @cached_property
    def with_raw_response(self) -> BetaEnvironmentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaEnvironmentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaEnvironmentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaEnvironmentsWithStreamingResponse(self)


class BetaEnvironmentsWithRawResponse(_layer2.BetaEnvironmentsWithRawResponse):
    """`BetaEnvironments`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BetaEnvironments

    @cached_property
    def work(self) -> BetaWorkWithRawResponse:
        from .beta_environments_work import BetaWorkWithRawResponse

        return BetaWorkWithRawResponse(self._resource.work)


class BetaEnvironmentsWithStreamingResponse(_layer2.BetaEnvironmentsWithStreamingResponse):
    """`BetaEnvironments`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BetaEnvironments

    @cached_property
    def work(self) -> BetaWorkWithStreamingResponse:
        from .beta_environments_work import BetaWorkWithStreamingResponse

        return BetaWorkWithStreamingResponse(self._resource.work)


class AsyncBetaEnvironments(_layer2.AsyncBetaEnvironments):
    """`client.beta.environments`: the beta.environments operations of the Claude API."""

    @cached_property
    def work(self) -> AsyncBetaWork:
        from .beta_environments_work import AsyncBetaWork

        return AsyncBetaWork(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaEnvironmentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaEnvironmentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaEnvironmentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaEnvironmentsWithStreamingResponse(self)


class AsyncBetaEnvironmentsWithRawResponse(_layer2.AsyncBetaEnvironmentsWithRawResponse):
    """`AsyncBetaEnvironments`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBetaEnvironments

    @cached_property
    def work(self) -> AsyncBetaWorkWithRawResponse:
        from .beta_environments_work import AsyncBetaWorkWithRawResponse

        return AsyncBetaWorkWithRawResponse(self._resource.work)


class AsyncBetaEnvironmentsWithStreamingResponse(
    _layer2.AsyncBetaEnvironmentsWithStreamingResponse
):
    """`AsyncBetaEnvironments`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBetaEnvironments

    @cached_property
    def work(self) -> AsyncBetaWorkWithStreamingResponse:
        from .beta_environments_work import AsyncBetaWorkWithStreamingResponse

        return AsyncBetaWorkWithStreamingResponse(self._resource.work)
