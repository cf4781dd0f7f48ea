# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_deployment_run import ManagedAgentsDeploymentRun
    from ..types._models.managed_agents_list_deployment_runs_data import (
        ManagedAgentsListDeploymentRunsData,
    )


def _load_managed_agents_deployment_run() -> type[ManagedAgentsDeploymentRun]:
    from ..types._models.managed_agents_deployment_run import ManagedAgentsDeploymentRun

    return ManagedAgentsDeploymentRun


def _load_managed_agents_list_deployment_runs_data() -> type[ManagedAgentsListDeploymentRunsData]:
    from ..types._models.managed_agents_list_deployment_runs_data import (
        ManagedAgentsListDeploymentRunsData,
    )

    return ManagedAgentsListDeploymentRunsData


def _deployment_runs_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    deployment_id: object = NOT_GIVEN,
    trigger_type: object = NOT_GIVEN,
    has_error: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    created_at_gt: object = NOT_GIVEN,
    created_at_lt: object = NOT_GIVEN,
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
    check_type("deployment_id", deployment_id, (str,))
    check_type("trigger_type", trigger_type, (str,))
    check_type("has_error", has_error, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.deployment_runs.list",
        span_route="/v1/deployment_runs",
        path="/v1/deployment_runs",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "deployment_id": deployment_id,
                "trigger_type": trigger_type,
                "has_error": has_error,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "created_at[gt]": created_at_gt,
                "created_at[lt]": created_at_lt,
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


def _deployment_runs_retrieve_options(
    *,
    deployment_run_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("deployment_run_id", deployment_run_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.deployment_runs.retrieve",
        span_route="/v1/deployment_runs/{deployment_run_id}",
        span_attributes={
            "anthropic.deployment_run.id": deployment_run_id,
        },
        path=f"/v1/deployment_runs/{path_segment(deployment_run_id, 'deployment_run_id')}",
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
