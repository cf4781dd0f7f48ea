# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.environment import Environment
    from ..types._models.environment_delete_response import EnvironmentDeleteResponse
    from ..types._models.environment_list_response import EnvironmentListResponse


def _load_environment() -> type[Environment]:
    from ..types._models.environment import Environment

    return Environment


def _load_environment_delete_response() -> type[EnvironmentDeleteResponse]:
    from ..types._models.environment_delete_response import EnvironmentDeleteResponse

    return EnvironmentDeleteResponse


def _load_environment_list_response() -> type[EnvironmentListResponse]:
    from ..types._models.environment_list_response import EnvironmentListResponse

    return EnvironmentListResponse


def _environments_archive_options(
    *,
    environment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.archive",
        span_route="/v1/environments/{environment_id}/archive",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}/archive",
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


def _environments_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    config: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    name: object,
    scope: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("name", name, (str,))
    check_type("scope", scope, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.create",
        span_route="/v1/environments",
        span_created_id=["anthropic.environment.id", "id"],
        path="/v1/environments",
        json_body=strip_not_given(
            {
                "config": config,
                "description": description,
                "metadata": metadata,
                "name": name,
                "scope": scope,
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


def _environments_delete_options(
    *,
    environment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.environments.delete",
        span_route="/v1/environments/{environment_id}",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}",
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


def _environments_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
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
    check_type("page", page, (None.__class__, str))
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.environments.list",
        span_route="/v1/environments",
        path="/v1/environments",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
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


def _environments_retrieve_options(
    *,
    environment_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.environments.retrieve",
        span_route="/v1/environments/{environment_id}",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}",
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


def _environments_update_options(
    *,
    environment_id: object,
    workspace_id: object = NOT_GIVEN,
    config: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    scope: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("environment_id", environment_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("description", description, (None.__class__, str))
    check_type("name", name, (None.__class__, str))
    check_type("scope", scope, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.environments.update",
        span_route="/v1/environments/{environment_id}",
        span_attributes={
            "anthropic.environment.id": environment_id,
        },
        path=f"/v1/environments/{path_segment(environment_id, 'environment_id')}",
        json_body=strip_not_given(
            {
                "config": config,
                "description": description,
                "metadata": metadata,
                "name": name,
                "scope": scope,
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
