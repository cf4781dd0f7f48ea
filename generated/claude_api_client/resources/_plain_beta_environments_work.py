# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import optional_cast, value_cast
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
    from ..types._models.self_hosted_work import SelfHostedWork
    from ..types._models.self_hosted_work_heartbeat_response import SelfHostedWorkHeartbeatResponse
    from ..types._models.self_hosted_work_queue_stats import SelfHostedWorkQueueStats

__all__ = ["BetaWork", "AsyncBetaWork"]

from ._ops_environments_work import (
    _environments_work_ack_options,
    _environments_work_heartbeat_options,
    _environments_work_list_options,
    _environments_work_poll_options,
    _environments_work_retrieve_options,
    _environments_work_stats_options,
    _environments_work_stop_options,
    _environments_work_update_options,
    _load_self_hosted_work,
    _load_self_hosted_work_heartbeat_response,
    _load_self_hosted_work_list_response,
    _load_self_hosted_work_queue_stats,
)


class BetaWork(SyncResource):
    """`client.beta.environments.work`: the beta.environments.work operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaWorkWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWorkWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWorkWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWorkWithStreamingResponse(self)

    def ack(
        self,
        work_id: str,
        *,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Acknowledge a polled work item: the worker has taken it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            work_id: ID of the work.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_ack_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            work_id=work_id,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_self_hosted_work))

    def heartbeat(
        self,
        work_id: str,
        *,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        desired_ttl_seconds: int | None | NotGiven = NOT_GIVEN,
        expected_last_heartbeat: str | None | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWorkHeartbeatResponse:
        """Extend the lease on a work item the worker holds.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            work_id: ID of the work.
            desired_ttl_seconds: Lease length the worker asks for, in seconds.
            expected_last_heartbeat: The `last_heartbeat` the worker saw last (`NO_HEARTBEAT`
                for the first): the heartbeat fails with 412 if it changed since.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWorkHeartbeatResponse: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_heartbeat_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            work_id=work_id,
            desired_ttl_seconds=desired_ttl_seconds,
            expected_last_heartbeat=expected_last_heartbeat,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_self_hosted_work_heartbeat_response))

    def list(
        self,
        environment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SelfHostedWork]:
        """List work items.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[SelfHostedWork]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _environments_work_list_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            limit=limit,
            page=page,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_self_hosted_work_list_response)
        )

    def poll(
        self,
        environment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        block_ms: int | None | NotGiven = NOT_GIVEN,
        reclaim_older_than_ms: int | None | NotGiven = NOT_GIVEN,
        anthropic_worker_id: str | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork | None:
        """Take the next queued work item, waiting up to `block_ms` for one to arrive; null when none came.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            block_ms: How long the server may wait for work to arrive, in milliseconds (1-999);
                without it the call returns at once.
            reclaim_older_than_ms: Hand out again work items polled but not acknowledged for
                this many milliseconds.
            anthropic_worker_id: Identifies the polling worker in the console's queue metrics.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork | None: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_poll_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            block_ms=block_ms,
            reclaim_older_than_ms=reclaim_older_than_ms,
            anthropic_worker_id=anthropic_worker_id,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, optional_cast(_load_self_hosted_work))

    def retrieve(
        self,
        work_id: str,
        *,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Get one work item.

        Args:
            environment_id: ID of the environment.
            work_id: ID of the work.
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
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_retrieve_options(
            environment_id=environment_id,
            work_id=work_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_self_hosted_work))

    def stats(
        self,
        environment_id: str,
        *,
        authorization: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWorkQueueStats:
        """Queue statistics of an environment's work queue.

        Args:
            environment_id: ID of the environment.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
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
            SelfHostedWorkQueueStats: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_stats_options(
            environment_id=environment_id,
            authorization=authorization,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_self_hosted_work_queue_stats))

    def stop(
        self,
        work_id: str,
        *,
        environment_id: str,
        authorization: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Ask for a work item to stop.

        Args:
            environment_id: ID of the environment.
            work_id: ID of the work.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            force: Stop at once instead of asking the worker to wind down.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_stop_options(
            environment_id=environment_id,
            work_id=work_id,
            authorization=authorization,
            workspace_id=workspace_id,
            force=force,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_self_hosted_work))

    def update(
        self,
        work_id: str,
        *,
        environment_id: str,
        metadata: Mapping[str, object],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Change a work item; fields left out keep their value.

        Args:
            environment_id: ID of the environment.
            work_id: ID of the work.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            metadata: Your own key-value labels on the self hosted work.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_update_options(
            environment_id=environment_id,
            work_id=work_id,
            workspace_id=workspace_id,
            metadata=metadata,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_self_hosted_work))


class BetaWorkWithRawResponse:
    """`BetaWork`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaWork) -> None:
        self._resource = resource
        self.ack = raw_response_wrapper(resource.ack)
        self.heartbeat = raw_response_wrapper(resource.heartbeat)
        self.list = raw_response_wrapper(resource.list)
        self.poll = raw_response_wrapper(resource.poll)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.stats = raw_response_wrapper(resource.stats)
        self.stop = raw_response_wrapper(resource.stop)
        self.update = raw_response_wrapper(resource.update)


class BetaWorkWithStreamingResponse:
    """`BetaWork`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaWork) -> None:
        self._resource = resource
        self.ack = streaming_response_wrapper(resource.ack)
        self.heartbeat = streaming_response_wrapper(resource.heartbeat)
        self.list = streaming_response_wrapper(resource.list)
        self.poll = streaming_response_wrapper(resource.poll)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.stats = streaming_response_wrapper(resource.stats)
        self.stop = streaming_response_wrapper(resource.stop)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaWork(AsyncResource):
    """`client.beta.environments.work`: the beta.environments.work operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaWorkWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWorkWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWorkWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWorkWithStreamingResponse(self)

    async def ack(
        self,
        work_id: str,
        *,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Acknowledge a polled work item: the worker has taken it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            work_id: ID of the work.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_ack_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            work_id=work_id,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_self_hosted_work))

    async def heartbeat(
        self,
        work_id: str,
        *,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        desired_ttl_seconds: int | None | NotGiven = NOT_GIVEN,
        expected_last_heartbeat: str | None | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWorkHeartbeatResponse:
        """Extend the lease on a work item the worker holds.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            work_id: ID of the work.
            desired_ttl_seconds: Lease length the worker asks for, in seconds.
            expected_last_heartbeat: The `last_heartbeat` the worker saw last (`NO_HEARTBEAT`
                for the first): the heartbeat fails with 412 if it changed since.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWorkHeartbeatResponse: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_heartbeat_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            work_id=work_id,
            desired_ttl_seconds=desired_ttl_seconds,
            expected_last_heartbeat=expected_last_heartbeat,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_self_hosted_work_heartbeat_response)
        )

    def list(
        self,
        environment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SelfHostedWork]:
        """List work items.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[SelfHostedWork]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _environments_work_list_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            limit=limit,
            page=page,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_self_hosted_work_list_response)
        )

    async def poll(
        self,
        environment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        block_ms: int | None | NotGiven = NOT_GIVEN,
        reclaim_older_than_ms: int | None | NotGiven = NOT_GIVEN,
        anthropic_worker_id: str | NotGiven = NOT_GIVEN,
        authorization: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork | None:
        """Take the next queued work item, waiting up to `block_ms` for one to arrive; null when none came.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            environment_id: ID of the environment.
            block_ms: How long the server may wait for work to arrive, in milliseconds (1-999);
                without it the call returns at once.
            reclaim_older_than_ms: Hand out again work items polled but not acknowledged for
                this many milliseconds.
            anthropic_worker_id: Identifies the polling worker in the console's queue metrics.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork | None: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_poll_options(
            workspace_id=workspace_id,
            environment_id=environment_id,
            block_ms=block_ms,
            reclaim_older_than_ms=reclaim_older_than_ms,
            anthropic_worker_id=anthropic_worker_id,
            authorization=authorization,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, optional_cast(_load_self_hosted_work))

    async def retrieve(
        self,
        work_id: str,
        *,
        environment_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Get one work item.

        Args:
            environment_id: ID of the environment.
            work_id: ID of the work.
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
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_retrieve_options(
            environment_id=environment_id,
            work_id=work_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_self_hosted_work))

    async def stats(
        self,
        environment_id: str,
        *,
        authorization: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWorkQueueStats:
        """Queue statistics of an environment's work queue.

        Args:
            environment_id: ID of the environment.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
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
            SelfHostedWorkQueueStats: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_stats_options(
            environment_id=environment_id,
            authorization=authorization,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_self_hosted_work_queue_stats))

    async def stop(
        self,
        work_id: str,
        *,
        environment_id: str,
        authorization: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Ask for a work item to stop.

        Args:
            environment_id: ID of the environment.
            work_id: ID of the work.
            authorization: `Bearer <key>`: the environment's key, for workers that act on its
                queue.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            force: Stop at once instead of asking the worker to wind down.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_stop_options(
            environment_id=environment_id,
            work_id=work_id,
            authorization=authorization,
            workspace_id=workspace_id,
            force=force,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_self_hosted_work))

    async def update(
        self,
        work_id: str,
        *,
        environment_id: str,
        metadata: Mapping[str, object],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SelfHostedWork:
        """Change a work item; fields left out keep their value.

        Args:
            environment_id: ID of the environment.
            work_id: ID of the work.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            metadata: Your own key-value labels on the self hosted work.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            SelfHostedWork: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _environments_work_update_options(
            environment_id=environment_id,
            work_id=work_id,
            workspace_id=workspace_id,
            metadata=metadata,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_self_hosted_work))


class AsyncBetaWorkWithRawResponse:
    """`AsyncBetaWork`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaWork) -> None:
        self._resource = resource
        self.ack = async_raw_response_wrapper(resource.ack)
        self.heartbeat = async_raw_response_wrapper(resource.heartbeat)
        self.list = async_raw_response_wrapper(resource.list)
        self.poll = async_raw_response_wrapper(resource.poll)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.stats = async_raw_response_wrapper(resource.stats)
        self.stop = async_raw_response_wrapper(resource.stop)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaWorkWithStreamingResponse:
    """`AsyncBetaWork`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaWork) -> None:
        self._resource = resource
        self.ack = async_streaming_response_wrapper(resource.ack)
        self.heartbeat = async_streaming_response_wrapper(resource.heartbeat)
        self.list = async_streaming_response_wrapper(resource.list)
        self.poll = async_streaming_response_wrapper(resource.poll)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.stats = async_streaming_response_wrapper(resource.stats)
        self.stop = async_streaming_response_wrapper(resource.stop)
        self.update = async_streaming_response_wrapper(resource.update)
