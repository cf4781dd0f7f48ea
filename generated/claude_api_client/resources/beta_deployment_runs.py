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
    from ..types._models.managed_agents_deployment_run import ManagedAgentsDeploymentRun
    from ..types._params.managed_agents_trigger_type_param import ManagedAgentsTriggerTypeParam

__all__ = ["BetaDeploymentRuns", "AsyncBetaDeploymentRuns"]

from ._ops_deployment_runs import (
    _deployment_runs_list_options,
    _deployment_runs_retrieve_options,
    _load_managed_agents_deployment_run,
    _load_managed_agents_list_deployment_runs_data,
)


class BetaDeploymentRuns(SyncResource):
    """`client.beta.deployment_runs`: the beta.deployment_runs operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaDeploymentRunsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaDeploymentRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaDeploymentRunsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaDeploymentRunsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        deployment_id: str | NotGiven = NOT_GIVEN,
        trigger_type: ManagedAgentsTriggerTypeParam | NotGiven = NOT_GIVEN,
        has_error: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsDeploymentRun]:
        """List deployment runs.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            deployment_id: ID of the deployment.
            trigger_type: Return only runs started this way.
            has_error: Return only runs that failed (true) or did not (false).
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
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
            Page[ManagedAgentsDeploymentRun]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _deployment_runs_list_options(
            limit=limit,
            page=page,
            deployment_id=deployment_id,
            trigger_type=trigger_type,
            has_error=has_error,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            created_at_gt=created_at_gt,
            created_at_lt=created_at_lt,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_list_deployment_runs_data)
        )

    def retrieve(
        self,
        deployment_run_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeploymentRun:
        """Get one deployment run.

        Args:
            deployment_run_id: ID of the deployment run.
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
            ManagedAgentsDeploymentRun: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployment_runs_retrieve_options(
            deployment_run_id=deployment_run_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment_run))


class BetaDeploymentRunsWithRawResponse:
    """`BetaDeploymentRuns`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaDeploymentRuns) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BetaDeploymentRunsWithStreamingResponse:
    """`BetaDeploymentRuns`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaDeploymentRuns) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBetaDeploymentRuns(AsyncResource):
    """`client.beta.deployment_runs`: the beta.deployment_runs operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaDeploymentRunsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaDeploymentRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaDeploymentRunsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaDeploymentRunsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        deployment_id: str | NotGiven = NOT_GIVEN,
        trigger_type: ManagedAgentsTriggerTypeParam | NotGiven = NOT_GIVEN,
        has_error: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsDeploymentRun]:
        """List deployment runs.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            deployment_id: ID of the deployment.
            trigger_type: Return only runs started this way.
            has_error: Return only runs that failed (true) or did not (false).
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            created_at_gt: Return only objects created after this time (RFC 3339).
            created_at_lt: Return only objects created before this time (RFC 3339).
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
            Page[ManagedAgentsDeploymentRun]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _deployment_runs_list_options(
            limit=limit,
            page=page,
            deployment_id=deployment_id,
            trigger_type=trigger_type,
            has_error=has_error,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            created_at_gt=created_at_gt,
            created_at_lt=created_at_lt,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_list_deployment_runs_data)
        )

    async def retrieve(
        self,
        deployment_run_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeploymentRun:
        """Get one deployment run.

        Args:
            deployment_run_id: ID of the deployment run.
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
            ManagedAgentsDeploymentRun: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployment_runs_retrieve_options(
            deployment_run_id=deployment_run_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment_run))


class AsyncBetaDeploymentRunsWithRawResponse:
    """`AsyncBetaDeploymentRuns`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaDeploymentRuns) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBetaDeploymentRunsWithStreamingResponse:
    """`AsyncBetaDeploymentRuns`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaDeploymentRuns) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
