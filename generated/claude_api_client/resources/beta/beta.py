# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _plain_beta as _layer2

if TYPE_CHECKING:
    from ..beta_environments import (
        AsyncBetaEnvironments,
        AsyncBetaEnvironmentsWithRawResponse,
        AsyncBetaEnvironmentsWithStreamingResponse,
        BetaEnvironments,
        BetaEnvironmentsWithRawResponse,
        BetaEnvironmentsWithStreamingResponse,
    )
    from ..beta_messages import (
        AsyncBetaMessages,
        AsyncBetaMessagesWithRawResponse,
        AsyncBetaMessagesWithStreamingResponse,
        BetaMessages,
        BetaMessagesWithRawResponse,
        BetaMessagesWithStreamingResponse,
    )
    from ..beta_sessions import (
        AsyncBetaSessions,
        AsyncBetaSessionsWithRawResponse,
        AsyncBetaSessionsWithStreamingResponse,
        BetaSessions,
        BetaSessionsWithRawResponse,
        BetaSessionsWithStreamingResponse,
    )

__all__ = ["Beta", "AsyncBeta"]


class Beta(_layer2.Beta):
    """`client.beta`: the beta operations of the Claude API."""

    @cached_property
    def environments(self) -> BetaEnvironments:
        from ..beta_environments import BetaEnvironments

        return BetaEnvironments(self._client)

    @cached_property
    def messages(self) -> BetaMessages:
        from ..beta_messages import BetaMessages

        return BetaMessages(self._client)

    @cached_property
    def sessions(self) -> BetaSessions:
        from ..beta_sessions import BetaSessions

        return BetaSessions(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse(_layer2.BetaWithRawResponse):
    """`Beta`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: Beta

    @cached_property
    def environments(self) -> BetaEnvironmentsWithRawResponse:
        from ..beta_environments import BetaEnvironmentsWithRawResponse

        return BetaEnvironmentsWithRawResponse(self._resource.environments)

    @cached_property
    def messages(self) -> BetaMessagesWithRawResponse:
        from ..beta_messages import BetaMessagesWithRawResponse

        return BetaMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def sessions(self) -> BetaSessionsWithRawResponse:
        from ..beta_sessions import BetaSessionsWithRawResponse

        return BetaSessionsWithRawResponse(self._resource.sessions)


class BetaWithStreamingResponse(_layer2.BetaWithStreamingResponse):
    """`Beta`'s methods, each returning a context manager over the response, its body unread."""

    _resource: Beta

    @cached_property
    def environments(self) -> BetaEnvironmentsWithStreamingResponse:
        from ..beta_environments import BetaEnvironmentsWithStreamingResponse

        return BetaEnvironmentsWithStreamingResponse(self._resource.environments)

    @cached_property
    def messages(self) -> BetaMessagesWithStreamingResponse:
        from ..beta_messages import BetaMessagesWithStreamingResponse

        return BetaMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def sessions(self) -> BetaSessionsWithStreamingResponse:
        from ..beta_sessions import BetaSessionsWithStreamingResponse

        return BetaSessionsWithStreamingResponse(self._resource.sessions)


class AsyncBeta(_layer2.AsyncBeta):
    """`client.beta`: the beta operations of the Claude API."""

    @cached_property
    def environments(self) -> AsyncBetaEnvironments:
        from ..beta_environments import AsyncBetaEnvironments

        return AsyncBetaEnvironments(self._client)

    @cached_property
    def messages(self) -> AsyncBetaMessages:
        from ..beta_messages import AsyncBetaMessages

        return AsyncBetaMessages(self._client)

    @cached_property
    def sessions(self) -> AsyncBetaSessions:
        from ..beta_sessions import AsyncBetaSessions

        return AsyncBetaSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse(_layer2.AsyncBetaWithRawResponse):
    """`AsyncBeta`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBeta

    @cached_property
    def environments(self) -> AsyncBetaEnvironmentsWithRawResponse:
        from ..beta_environments import AsyncBetaEnvironmentsWithRawResponse

        return AsyncBetaEnvironmentsWithRawResponse(self._resource.environments)

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithRawResponse:
        from ..beta_messages import AsyncBetaMessagesWithRawResponse

        return AsyncBetaMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def sessions(self) -> AsyncBetaSessionsWithRawResponse:
        from ..beta_sessions import AsyncBetaSessionsWithRawResponse

        return AsyncBetaSessionsWithRawResponse(self._resource.sessions)


class AsyncBetaWithStreamingResponse(_layer2.AsyncBetaWithStreamingResponse):
    """`AsyncBeta`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBeta

    @cached_property
    def environments(self) -> AsyncBetaEnvironmentsWithStreamingResponse:
        from ..beta_environments import AsyncBetaEnvironmentsWithStreamingResponse

        return AsyncBetaEnvironmentsWithStreamingResponse(self._resource.environments)

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithStreamingResponse:
        from ..beta_messages import AsyncBetaMessagesWithStreamingResponse

        return AsyncBetaMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def sessions(self) -> AsyncBetaSessionsWithStreamingResponse:
        from ..beta_sessions import AsyncBetaSessionsWithStreamingResponse

        return AsyncBetaSessionsWithStreamingResponse(self._resource.sessions)
