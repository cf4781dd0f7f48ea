# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_deleted_session import ManagedAgentsDeletedSession
    from ..types._models.managed_agents_list_sessions import ManagedAgentsListSessions
    from ..types._models.managed_agents_session import ManagedAgentsSession


def _load_managed_agents_deleted_session() -> type[ManagedAgentsDeletedSession]:
    from ..types._models.managed_agents_deleted_session import ManagedAgentsDeletedSession

    return ManagedAgentsDeletedSession


def _load_managed_agents_list_sessions() -> type[ManagedAgentsListSessions]:
    from ..types._models.managed_agents_list_sessions import ManagedAgentsListSessions

    return ManagedAgentsListSessions


def _load_managed_agents_session() -> type[ManagedAgentsSession]:
    from ..types._models.managed_agents_session import ManagedAgentsSession

    return ManagedAgentsSession


def _sessions_archive_options(
    *,
    session_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.sessions.archive",
        span_route="/v1/sessions/{session_id}/archive",
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/archive",
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


def _sessions_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    agent: object,
    environment_id: object,
    title: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    resources: object = NOT_GIVEN,
    vault_ids: object = NOT_GIVEN,
    initial_events: object = NOT_GIVEN,
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
    check_type("environment_id", environment_id, (str,))
    check_type("title", title, (None.__class__, str))
    check_type("resources", resources, (list, tuple))
    check_type("vault_ids", vault_ids, (list, tuple))
    check_type("initial_events", initial_events, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.sessions.create",
        span_route="/v1/sessions",
        span_created_id=["anthropic.session.id", "id"],
        path="/v1/sessions",
        json_body=strip_not_given(
            {
                "agent": agent,
                "environment_id": environment_id,
                "title": title,
                "metadata": metadata,
                "resources": resources,
                "vault_ids": vault_ids,
                "initial_events": initial_events,
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


def _sessions_delete_options(
    *,
    session_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.sessions.delete",
        span_route="/v1/sessions/{session_id}",
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}",
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


def _sessions_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
    created_by_me: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_gt: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    created_at_lt: object = NOT_GIVEN,
    agent_id: object = NOT_GIVEN,
    agent_version: object = NOT_GIVEN,
    order: object = NOT_GIVEN,
    memory_store_id: object = NOT_GIVEN,
    deployment_id: object = NOT_GIVEN,
    statuses: object = NOT_GIVEN,
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
    check_type("include_archived", include_archived, (bool,))
    check_type("created_by_me", created_by_me, (bool,))
    check_type("agent_id", agent_id, (str,))
    check_type("agent_version", agent_version, (int,))
    check_type("order", order, (str,))
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("deployment_id", deployment_id, (str,))
    check_type("statuses", statuses, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.list",
        span_route="/v1/sessions",
        path="/v1/sessions",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "include_archived": include_archived,
                "created_by_me": created_by_me,
                "created_at[gte]": created_at_gte,
                "created_at[gt]": created_at_gt,
                "created_at[lte]": created_at_lte,
                "created_at[lt]": created_at_lt,
                "agent_id": agent_id,
                "agent_version": agent_version,
                "order": order,
                "memory_store_id": memory_store_id,
                "deployment_id": deployment_id,
                "statuses[]": statuses,
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


def _sessions_retrieve_options(
    *,
    session_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.retrieve",
        span_route="/v1/sessions/{session_id}",
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}",
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


def _sessions_update_options(
    *,
    session_id: object,
    workspace_id: object = NOT_GIVEN,
    title: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    vault_ids: object = NOT_GIVEN,
    agent: object = NOT_GIVEN,
    budget: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("title", title, (None.__class__, str))
    check_type("vault_ids", vault_ids, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.sessions.update",
        span_route="/v1/sessions/{session_id}",
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}",
        json_body=strip_not_given(
            {
                "title": title,
                "metadata": metadata,
                "vault_ids": vault_ids,
                "agent": agent,
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
