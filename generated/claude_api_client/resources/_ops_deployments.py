# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_deployment import ManagedAgentsDeployment
    from ..types._models.managed_agents_deployment_run import ManagedAgentsDeploymentRun
    from ..types._models.managed_agents_list_deployments_data import (
        ManagedAgentsListDeploymentsData,
    )


def _load_managed_agents_deployment() -> type[ManagedAgentsDeployment]:
    from ..types._models.managed_agents_deployment import ManagedAgentsDeployment

    return ManagedAgentsDeployment


def _load_managed_agents_deployment_run() -> type[ManagedAgentsDeploymentRun]:
    from ..types._models.managed_agents_deployment_run import ManagedAgentsDeploymentRun

    return ManagedAgentsDeploymentRun


def _load_managed_agents_list_deployments_data() -> type[ManagedAgentsListDeploymentsData]:
    from ..types._models.managed_agents_list_deployments_data import (
        ManagedAgentsListDeploymentsData,
    )

    return ManagedAgentsListDeploymentsData


def _deployments_archive_options(
    *,
    deployment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_id", deployment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.deployments.archive",
        span_route="/v1/deployments/{deployment_id}/archive",
        span_attributes={
            "anthropic.deployment.id": deployment_id,
        },
        path=f"/v1/deployments/{path_segment(deployment_id, 'deployment_id')}/archive",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    name: object,
    description: object = NOT_GIVEN,
    agent: object,
    environment_id: object,
    vault_ids: object = NOT_GIVEN,
    initial_events: object,
    resources: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    schedule: object = NOT_GIVEN,
    budget: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("agent", agent)
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("environment_id", environment_id, (str,))
    check_type("vault_ids", vault_ids, (list, tuple))
    check_type("initial_events", initial_events, (list, tuple))
    check_type("resources", resources, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.deployments.create",
        span_route="/v1/deployments",
        span_created_id=["anthropic.deployment.id", "id"],
        path="/v1/deployments",
        json_body=strip_not_given(
            {
                "name": name,
                "description": description,
                "agent": agent,
                "environment_id": environment_id,
                "vault_ids": vault_ids,
                "initial_events": initial_events,
                "resources": resources,
                "metadata": metadata,
                "schedule": schedule,
                "budget": budget,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    agent_id: object = NOT_GIVEN,
    status: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("agent_id", agent_id, (str,))
    check_type("status", status, (str,))
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.deployments.list",
        span_route="/v1/deployments",
        path="/v1/deployments",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "agent_id": agent_id,
                "status": status,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_pause_options(
    *,
    deployment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_id", deployment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.deployments.pause",
        span_route="/v1/deployments/{deployment_id}/pause",
        span_attributes={
            "anthropic.deployment.id": deployment_id,
        },
        path=f"/v1/deployments/{path_segment(deployment_id, 'deployment_id')}/pause",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_retrieve_options(
    *,
    deployment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_id", deployment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.deployments.retrieve",
        span_route="/v1/deployments/{deployment_id}",
        span_attributes={
            "anthropic.deployment.id": deployment_id,
        },
        path=f"/v1/deployments/{path_segment(deployment_id, 'deployment_id')}",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_run_options(
    *,
    deployment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_id", deployment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.deployments.run",
        span_route="/v1/deployments/{deployment_id}/run",
        span_attributes={
            "anthropic.deployment.id": deployment_id,
        },
        path=f"/v1/deployments/{path_segment(deployment_id, 'deployment_id')}/run",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_unpause_options(
    *,
    deployment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_id", deployment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.deployments.unpause",
        span_route="/v1/deployments/{deployment_id}/unpause",
        span_attributes={
            "anthropic.deployment.id": deployment_id,
        },
        path=f"/v1/deployments/{path_segment(deployment_id, 'deployment_id')}/unpause",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _deployments_update_options(
    *,
    deployment_id: object,
    workspace_id: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    agent: object = NOT_GIVEN,
    environment_id: object = NOT_GIVEN,
    vault_ids: object = NOT_GIVEN,
    initial_events: object = NOT_GIVEN,
    resources: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    schedule: object = NOT_GIVEN,
    budget: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_id", deployment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("environment_id", environment_id, (str,))
    check_type("vault_ids", vault_ids, (None.__class__, list, tuple))
    check_type("initial_events", initial_events, (list, tuple))
    check_type("resources", resources, (None.__class__, list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.deployments.update",
        span_route="/v1/deployments/{deployment_id}",
        span_attributes={
            "anthropic.deployment.id": deployment_id,
        },
        path=f"/v1/deployments/{path_segment(deployment_id, 'deployment_id')}",
        json_body=strip_not_given(
            {
                "name": name,
                "description": description,
                "agent": agent,
                "environment_id": environment_id,
                "vault_ids": vault_ids,
                "initial_events": initial_events,
                "resources": resources,
                "metadata": metadata,
                "schedule": schedule,
                "budget": budget,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
