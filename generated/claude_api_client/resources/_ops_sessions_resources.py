# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_add_session_resource import ManagedAgentsAddSessionResource
    from ..types._models.managed_agents_delete_session_resource import (
        ManagedAgentsDeleteSessionResource,
    )
    from ..types._models.managed_agents_get_session_resource import ManagedAgentsGetSessionResource
    from ..types._models.managed_agents_list_session_resources import (
        ManagedAgentsListSessionResources,
    )
    from ..types._models.managed_agents_update_session_resource import (
        ManagedAgentsUpdateSessionResource,
    )


def _load_managed_agents_add_session_resource() -> type[ManagedAgentsAddSessionResource]:
    from ..types._models.managed_agents_add_session_resource import ManagedAgentsAddSessionResource

    # A union alias: mypy reads it as the union of its members' types, which it is at runtime
    # only through a TypeAdapter (the casts build one).
    return cast("type[ManagedAgentsAddSessionResource]", ManagedAgentsAddSessionResource)


def _load_managed_agents_delete_session_resource() -> type[ManagedAgentsDeleteSessionResource]:
    from ..types._models.managed_agents_delete_session_resource import (
        ManagedAgentsDeleteSessionResource,
    )

    return ManagedAgentsDeleteSessionResource


def _load_managed_agents_get_session_resource() -> type[ManagedAgentsGetSessionResource]:
    from ..types._models.managed_agents_get_session_resource import ManagedAgentsGetSessionResource

    # A union alias: mypy reads it as the union of its members' types, which it is at runtime
    # only through a TypeAdapter (the casts build one).
    return cast("type[ManagedAgentsGetSessionResource]", ManagedAgentsGetSessionResource)


def _load_managed_agents_list_session_resources() -> type[ManagedAgentsListSessionResources]:
    from ..types._models.managed_agents_list_session_resources import (
        ManagedAgentsListSessionResources,
    )

    return ManagedAgentsListSessionResources


def _load_managed_agents_update_session_resource() -> type[ManagedAgentsUpdateSessionResource]:
    from ..types._models.managed_agents_update_session_resource import (
        ManagedAgentsUpdateSessionResource,
    )

    # A union alias: mypy reads it as the union of its members' types, which it is at runtime
    # only through a TypeAdapter (the casts build one).
    return cast("type[ManagedAgentsUpdateSessionResource]", ManagedAgentsUpdateSessionResource)


def _sessions_resources_add_options(
    *,
    session_id: object,
    workspace_id: object = NOT_GIVEN,
    type: object,
    file_id: object,
    mount_path: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("type", type, (str,))
    check_type("file_id", file_id, (str,))
    check_type("mount_path", mount_path, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.sessions.resources.add",
        span_route="/v1/sessions/{session_id}/resources",
        span_created_id=["anthropic.session.resource.id", "id"],
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/resources",
        json_body=strip_not_given(
            {
                "type": type,
                "file_id": file_id,
                "mount_path": mount_path,
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


def _sessions_resources_delete_options(
    *,
    session_id: object,
    resource_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("resource_id", resource_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.sessions.resources.delete",
        span_route="/v1/sessions/{session_id}/resources/{resource_id}",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.resource.id": resource_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/resources/{path_segment(resource_id, 'resource_id')}",
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


def _sessions_resources_list_options(
    *,
    session_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.resources.list",
        span_route="/v1/sessions/{session_id}/resources",
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/resources",
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
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _sessions_resources_retrieve_options(
    *,
    session_id: object,
    resource_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("resource_id", resource_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.resources.retrieve",
        span_route="/v1/sessions/{session_id}/resources/{resource_id}",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.resource.id": resource_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/resources/{path_segment(resource_id, 'resource_id')}",
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


def _sessions_resources_update_options(
    *,
    session_id: object,
    resource_id: object,
    workspace_id: object = NOT_GIVEN,
    authorization_token: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("resource_id", resource_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("authorization_token", authorization_token, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.sessions.resources.update",
        span_route="/v1/sessions/{session_id}/resources/{resource_id}",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.resource.id": resource_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/resources/{path_segment(resource_id, 'resource_id')}",
        json_body=strip_not_given(
            {
                "authorization_token": authorization_token,
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
