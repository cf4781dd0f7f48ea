# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_memory_version import ManagedAgentsMemoryVersion
    from ..types._models.memory_version_page import MemoryVersionPage


def _load_managed_agents_memory_version() -> type[ManagedAgentsMemoryVersion]:
    from ..types._models.managed_agents_memory_version import ManagedAgentsMemoryVersion

    return ManagedAgentsMemoryVersion


def _load_memory_version_page() -> type[MemoryVersionPage]:
    from ..types._models.memory_version_page import MemoryVersionPage

    return MemoryVersionPage


def _memory_stores_memory_versions_list_options(
    *,
    memory_store_id: object,
    memory_id: object = NOT_GIVEN,
    session_id: object = NOT_GIVEN,
    api_key_id: object = NOT_GIVEN,
    service_account_id: object = NOT_GIVEN,
    created_by_me: object = NOT_GIVEN,
    session_thread_id: object = NOT_GIVEN,
    tool_use_id: object = NOT_GIVEN,
    operation: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    view: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("memory_id", memory_id, (str,))
    check_type("session_id", session_id, (str,))
    check_type("api_key_id", api_key_id, (str,))
    check_type("service_account_id", service_account_id, (str,))
    check_type("created_by_me", created_by_me, (bool,))
    check_type("session_thread_id", session_thread_id, (str,))
    check_type("tool_use_id", tool_use_id, (str,))
    check_type("operation", operation, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("view", view, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.memory_stores.memory_versions.list",
        span_route="/v1/memory_stores/{memory_store_id}/memory_versions",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memory_versions",
        params=strip_not_given(
            {
                "memory_id": memory_id,
                "session_id": session_id,
                "api_key_id": api_key_id,
                "service_account_id": service_account_id,
                "created_by_me": created_by_me,
                "session_thread_id": session_thread_id,
                "tool_use_id": tool_use_id,
                "operation": operation,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "page": page,
                "view": view,
            }
        ),
        headers=operation_headers(
            ["agent-memory-2026-07-22"],
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


def _memory_stores_memory_versions_redact_options(
    *,
    memory_store_id: object,
    memory_version_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("memory_version_id", memory_version_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.memory_stores.memory_versions.redact",
        span_route="/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
            "anthropic.memory_store.memory_version.id": memory_version_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memory_versions/{path_segment(memory_version_id, 'memory_version_id')}/redact",
        headers=operation_headers(
            ["agent-memory-2026-07-22"],
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


def _memory_stores_memory_versions_retrieve_options(
    *,
    memory_store_id: object,
    memory_version_id: object,
    view: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("memory_version_id", memory_version_id, (str,))
    check_type("view", view, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.memory_stores.memory_versions.retrieve",
        span_route="/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
            "anthropic.memory_store.memory_version.id": memory_version_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memory_versions/{path_segment(memory_version_id, 'memory_version_id')}",
        params=strip_not_given(
            {
                "view": view,
            }
        ),
        headers=operation_headers(
            ["agent-memory-2026-07-22"],
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
