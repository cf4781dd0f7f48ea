# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.self_hosted_work import SelfHostedWork
    from ..types._models.self_hosted_work_heartbeat_response import SelfHostedWorkHeartbeatResponse
    from ..types._models.self_hosted_work_list_response import SelfHostedWorkListResponse
    from ..types._models.self_hosted_work_queue_stats import SelfHostedWorkQueueStats


def _load_self_hosted_work() -> type[SelfHostedWork]:
    from ..types._models.self_hosted_work import SelfHostedWork

    return SelfHostedWork


def _load_self_hosted_work_heartbeat_response() -> type[SelfHostedWorkHeartbeatResponse]:
    from ..types._models.self_hosted_work_heartbeat_response import SelfHostedWorkHeartbeatResponse

    return SelfHostedWorkHeartbeatResponse


def _load_self_hosted_work_list_response() -> type[SelfHostedWorkListResponse]:
    from ..types._models.self_hosted_work_list_response import SelfHostedWorkListResponse

    return SelfHostedWorkListResponse


def _load_self_hosted_work_queue_stats() -> type[SelfHostedWorkQueueStats]:
    from ..types._models.self_hosted_work_queue_stats import SelfHostedWorkQueueStats

    return SelfHostedWorkQueueStats


def _environments_work_ack_options(
    *,
    workspace_id: object = NOT_GIVEN,
    environment_id: object,
    work_id: object,
    authorization: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("environment_id", environment_id, (str,))
    check_type("work_id", work_id, (str,))
    check_type("authorization", authorization, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.work.ack",
        span_route="/v1/environments/{environment_id}/work/{work_id}/ack",
        span_attributes={
            "anthropic.environment.id": environment_id,
            "anthropic.environment.work.id": work_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/{path_segment(work_id, 'work_id')}/ack",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
                "authorization": authorization,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _environments_work_heartbeat_options(
    *,
    workspace_id: object = NOT_GIVEN,
    environment_id: object,
    work_id: object,
    desired_ttl_seconds: object = NOT_GIVEN,
    expected_last_heartbeat: object = NOT_GIVEN,
    authorization: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("environment_id", environment_id, (str,))
    check_type("work_id", work_id, (str,))
    check_type("desired_ttl_seconds", desired_ttl_seconds, (None.__class__, int))
    check_type("expected_last_heartbeat", expected_last_heartbeat, (None.__class__, str))
    check_type("authorization", authorization, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.work.heartbeat",
        span_route="/v1/environments/{environment_id}/work/{work_id}/heartbeat",
        span_attributes={
            "anthropic.environment.id": environment_id,
            "anthropic.environment.work.id": work_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/{path_segment(work_id, 'work_id')}/heartbeat",
        params=strip_not_given(
            {
                "desired_ttl_seconds": desired_ttl_seconds,
                "expected_last_heartbeat": expected_last_heartbeat,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
                "authorization": authorization,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _environments_work_list_options(
    *,
    workspace_id: object = NOT_GIVEN,
    environment_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    authorization: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("environment_id", environment_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (None.__class__, str))
    check_type("authorization", authorization, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.environments.work.list",
        span_route="/v1/environments/{environment_id}/work",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
                "authorization": authorization,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _environments_work_poll_options(
    *,
    workspace_id: object = NOT_GIVEN,
    environment_id: object,
    block_ms: object = NOT_GIVEN,
    reclaim_older_than_ms: object = NOT_GIVEN,
    anthropic_worker_id: object = NOT_GIVEN,
    authorization: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("environment_id", environment_id, (str,))
    check_type("block_ms", block_ms, (None.__class__, int))
    check_type("reclaim_older_than_ms", reclaim_older_than_ms, (None.__class__, int))
    check_type("anthropic_worker_id", anthropic_worker_id, (str,))
    check_type("authorization", authorization, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.environments.work.poll",
        span_route="/v1/environments/{environment_id}/work/poll",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/poll",
        params=strip_not_given(
            {
                "block_ms": block_ms,
                "reclaim_older_than_ms": reclaim_older_than_ms,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
                "Anthropic-Worker-ID": anthropic_worker_id,
                "authorization": authorization,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        long_poll_seconds=block_ms * 0.001 if isinstance(block_ms, int) else None,
    )


def _environments_work_retrieve_options(
    *,
    environment_id: object,
    work_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("work_id", work_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.environments.work.retrieve",
        span_route="/v1/environments/{environment_id}/work/{work_id}",
        span_attributes={
            "anthropic.environment.id": environment_id,
            "anthropic.environment.work.id": work_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/{path_segment(work_id, 'work_id')}",
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


def _environments_work_stats_options(
    *,
    environment_id: object,
    authorization: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("authorization", authorization, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.environments.work.stats",
        span_route="/v1/environments/{environment_id}/work/stats",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/stats",
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "authorization": authorization,
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _environments_work_stop_options(
    *,
    environment_id: object,
    work_id: object,
    authorization: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    force: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("work_id", work_id, (str,))
    check_type("authorization", authorization, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("force", force, (bool,))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.work.stop",
        span_route="/v1/environments/{environment_id}/work/{work_id}/stop",
        span_attributes={
            "anthropic.environment.id": environment_id,
            "anthropic.environment.work.id": work_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/{path_segment(work_id, 'work_id')}/stop",
        json_body=strip_not_given(
            {
                "force": force,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "authorization": authorization,
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _environments_work_update_options(
    *,
    environment_id: object,
    work_id: object,
    workspace_id: object = NOT_GIVEN,
    metadata: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("metadata", metadata)
    check_type("environment_id", environment_id, (str,))
    check_type("work_id", work_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.work.update",
        span_route="/v1/environments/{environment_id}/work/{work_id}",
        span_attributes={
            "anthropic.environment.id": environment_id,
            "anthropic.environment.work.id": work_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/work/{path_segment(work_id, 'work_id')}",
        json_body=strip_not_given(
            {
                "metadata": metadata,
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
