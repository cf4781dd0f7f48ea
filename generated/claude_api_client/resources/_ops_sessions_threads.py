# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_list_session_threads import ManagedAgentsListSessionThreads
    from ..types._models.managed_agents_session_thread import ManagedAgentsSessionThread


def _load_managed_agents_list_session_threads() -> type[ManagedAgentsListSessionThreads]:
    from ..types._models.managed_agents_list_session_threads import ManagedAgentsListSessionThreads

    return ManagedAgentsListSessionThreads


def _load_managed_agents_session_thread() -> type[ManagedAgentsSessionThread]:
    from ..types._models.managed_agents_session_thread import ManagedAgentsSessionThread

    return ManagedAgentsSessionThread


def _sessions_threads_archive_options(
    *,
    session_id: object,
    thread_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("thread_id", thread_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.sessions.threads.archive",
        span_route="/v1/sessions/{session_id}/threads/{thread_id}/archive",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.thread.id": thread_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/threads/{path_segment(thread_id, 'thread_id')}/archive",
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


def _sessions_threads_list_options(
    *,
    session_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    statuses: object = NOT_GIVEN,
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
    check_type("statuses", statuses, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.threads.list",
        span_route="/v1/sessions/{session_id}/threads",
        span_attributes={
            "anthropic.session.id": session_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/threads",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
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


def _sessions_threads_retrieve_options(
    *,
    session_id: object,
    thread_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("thread_id", thread_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.threads.retrieve",
        span_route="/v1/sessions/{session_id}/threads/{thread_id}",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.thread.id": thread_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/threads/{path_segment(thread_id, 'thread_id')}",
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
