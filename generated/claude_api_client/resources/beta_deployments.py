# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..types._models.managed_agents_deployment import ManagedAgentsDeployment
    from ..types._models.managed_agents_deployment_run import ManagedAgentsDeploymentRun
    from ..types._params.managed_agents_agent_union_params import ManagedAgentsAgentUnionParams
    from ..types._params.managed_agents_budget_param import ManagedAgentsBudgetParam
    from ..types._params.managed_agents_deployment_initial_event_params import (
        ManagedAgentsDeploymentInitialEventParams,
    )
    from ..types._params.managed_agents_deployment_status_param import (
        ManagedAgentsDeploymentStatusParam,
    )
    from ..types._params.managed_agents_schedule_params import ManagedAgentsScheduleParams
    from ..types._params.managed_agents_session_resource_params import (
        ManagedAgentsSessionResourceParams,
    )

__all__ = ["BetaDeployments", "AsyncBetaDeployments"]

from ._ops_deployments import (
    _deployments_archive_options,
    _deployments_create_options,
    _deployments_list_options,
    _deployments_pause_options,
    _deployments_retrieve_options,
    _deployments_run_options,
    _deployments_unpause_options,
    _deployments_update_options,
    _load_managed_agents_deployment,
    _load_managed_agents_deployment_run,
    _load_managed_agents_list_deployments_data,
)


class BetaDeployments(SyncResource):
    """`client.beta.deployments`: the beta.deployments operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaDeploymentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaDeploymentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaDeploymentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaDeploymentsWithStreamingResponse(self)

    def archive(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Archive a deployment: it stays readable but can no longer be used for new work.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_archive_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment))

    def create(
        self,
        *,
        name: str,
        agent: ManagedAgentsAgentUnionParams,
        environment_id: str,
        initial_events: Sequence[ManagedAgentsDeploymentInitialEventParams],
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsSessionResourceParams] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        schedule: ManagedAgentsScheduleParams | None | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Create a deployment.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Name of the deployment.
            description: What the deployment is for, in your own words; null when not given.
            agent: The agent the deployment runs: its ID, or an ID with a pinned version.
            environment_id: ID of the environment.
            vault_ids: Vaults whose credentials the session may use.
            initial_events: Events sent when a session starts.
            resources: Resources attached.
            metadata: Your own key-value labels on the deployment.
            schedule: When runs start.
            budget: Spending limits of the deployment.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_create_options(
            workspace_id=workspace_id,
            name=name,
            description=description,
            agent=agent,
            environment_id=environment_id,
            vault_ids=vault_ids,
            initial_events=initial_events,
            resources=resources,
            metadata=metadata,
            schedule=schedule,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        status: ManagedAgentsDeploymentStatusParam | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsDeployment]:
        """List deployments.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            agent_id: ID of the agent.
            status: Return only deployments in this status.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            include_archived: Include archived objects too.
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
            Page[ManagedAgentsDeployment]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _deployments_list_options(
            limit=limit,
            page=page,
            agent_id=agent_id,
            status=status,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_list_deployments_data)
        )

    def pause(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Pause a deployment: its schedule stops starting runs.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_pause_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment))

    def retrieve(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Get one deployment.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_retrieve_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment))

    def run(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeploymentRun:
        """Start a run of a deployment now, outside its schedule.

        Args:
            deployment_id: ID of the deployment.
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
        options = _deployments_run_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment_run))

    def unpause(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Resume a paused deployment.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_unpause_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment))

    def update(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        agent: ManagedAgentsAgentUnionParams | NotGiven = NOT_GIVEN,
        environment_id: str | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | None | NotGiven = NOT_GIVEN,
        initial_events: Sequence[ManagedAgentsDeploymentInitialEventParams] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsSessionResourceParams] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        schedule: ManagedAgentsScheduleParams | None | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Change a deployment; fields left out keep their value.

        Args:
            deployment_id: ID of the deployment.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Name of the deployment.
            description: What the deployment is for, in your own words; null when not given.
            agent: The agent the deployment runs: its ID, or an ID with a pinned version.
            environment_id: ID of the environment.
            vault_ids: Vaults whose credentials the session may use.
            initial_events: Events sent when a session starts.
            resources: Resources attached.
            metadata: Your own key-value labels on the deployment.
            schedule: When runs start.
            budget: Spending limits of the deployment.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_update_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            name=name,
            description=description,
            agent=agent,
            environment_id=environment_id,
            vault_ids=vault_ids,
            initial_events=initial_events,
            resources=resources,
            metadata=metadata,
            schedule=schedule,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deployment))


class BetaDeploymentsWithRawResponse:
    """`BetaDeployments`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaDeployments) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.pause = raw_response_wrapper(resource.pause)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.run = raw_response_wrapper(resource.run)
        self.unpause = raw_response_wrapper(resource.unpause)
        self.update = raw_response_wrapper(resource.update)


class BetaDeploymentsWithStreamingResponse:
    """`BetaDeployments`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaDeployments) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.pause = streaming_response_wrapper(resource.pause)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.run = streaming_response_wrapper(resource.run)
        self.unpause = streaming_response_wrapper(resource.unpause)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaDeployments(AsyncResource):
    """`client.beta.deployments`: the beta.deployments operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaDeploymentsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaDeploymentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaDeploymentsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaDeploymentsWithStreamingResponse(self)

    async def archive(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Archive a deployment: it stays readable but can no longer be used for new work.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_archive_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment))

    async def create(
        self,
        *,
        name: str,
        agent: ManagedAgentsAgentUnionParams,
        environment_id: str,
        initial_events: Sequence[ManagedAgentsDeploymentInitialEventParams],
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsSessionResourceParams] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        schedule: ManagedAgentsScheduleParams | None | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Create a deployment.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Name of the deployment.
            description: What the deployment is for, in your own words; null when not given.
            agent: The agent the deployment runs: its ID, or an ID with a pinned version.
            environment_id: ID of the environment.
            vault_ids: Vaults whose credentials the session may use.
            initial_events: Events sent when a session starts.
            resources: Resources attached.
            metadata: Your own key-value labels on the deployment.
            schedule: When runs start.
            budget: Spending limits of the deployment.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_create_options(
            workspace_id=workspace_id,
            name=name,
            description=description,
            agent=agent,
            environment_id=environment_id,
            vault_ids=vault_ids,
            initial_events=initial_events,
            resources=resources,
            metadata=metadata,
            schedule=schedule,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        status: ManagedAgentsDeploymentStatusParam | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsDeployment]:
        """List deployments.

        Args:
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            agent_id: ID of the agent.
            status: Return only deployments in this status.
            created_at_gte: Return only objects created at or after this time (RFC 3339).
            created_at_lte: Return only objects created at or before this time (RFC 3339).
            include_archived: Include archived objects too.
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
            Page[ManagedAgentsDeployment]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _deployments_list_options(
            limit=limit,
            page=page,
            agent_id=agent_id,
            status=status,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_list_deployments_data)
        )

    async def pause(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Pause a deployment: its schedule stops starting runs.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_pause_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment))

    async def retrieve(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Get one deployment.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_retrieve_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment))

    async def run(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeploymentRun:
        """Start a run of a deployment now, outside its schedule.

        Args:
            deployment_id: ID of the deployment.
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
        options = _deployments_run_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment_run))

    async def unpause(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Resume a paused deployment.

        Args:
            deployment_id: ID of the deployment.
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
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_unpause_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment))

    async def update(
        self,
        deployment_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        agent: ManagedAgentsAgentUnionParams | NotGiven = NOT_GIVEN,
        environment_id: str | NotGiven = NOT_GIVEN,
        vault_ids: Sequence[str] | None | NotGiven = NOT_GIVEN,
        initial_events: Sequence[ManagedAgentsDeploymentInitialEventParams] | NotGiven = NOT_GIVEN,
        resources: Sequence[ManagedAgentsSessionResourceParams] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        schedule: ManagedAgentsScheduleParams | None | NotGiven = NOT_GIVEN,
        budget: ManagedAgentsBudgetParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeployment:
        """Change a deployment; fields left out keep their value.

        Args:
            deployment_id: ID of the deployment.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Name of the deployment.
            description: What the deployment is for, in your own words; null when not given.
            agent: The agent the deployment runs: its ID, or an ID with a pinned version.
            environment_id: ID of the environment.
            vault_ids: Vaults whose credentials the session may use.
            initial_events: Events sent when a session starts.
            resources: Resources attached.
            metadata: Your own key-value labels on the deployment.
            schedule: When runs start.
            budget: Spending limits of the deployment.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeployment: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _deployments_update_options(
            deployment_id=deployment_id,
            workspace_id=workspace_id,
            name=name,
            description=description,
            agent=agent,
            environment_id=environment_id,
            vault_ids=vault_ids,
            initial_events=initial_events,
            resources=resources,
            metadata=metadata,
            schedule=schedule,
            budget=budget,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deployment))


class AsyncBetaDeploymentsWithRawResponse:
    """`AsyncBetaDeployments`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaDeployments) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.pause = async_raw_response_wrapper(resource.pause)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.run = async_raw_response_wrapper(resource.run)
        self.unpause = async_raw_response_wrapper(resource.unpause)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaDeploymentsWithStreamingResponse:
    """`AsyncBetaDeployments`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaDeployments) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.pause = async_streaming_response_wrapper(resource.pause)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.run = async_streaming_response_wrapper(resource.run)
        self.unpause = async_streaming_response_wrapper(resource.unpause)
        self.update = async_streaming_response_wrapper(resource.update)
