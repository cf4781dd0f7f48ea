# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_deleted_memory_store import ManagedAgentsDeletedMemoryStore
    from ..types._models.managed_agents_memory_store import ManagedAgentsMemoryStore
    from ..types._models.memory_store_page import MemoryStorePage


def _load_managed_agents_deleted_memory_store() -> type[ManagedAgentsDeletedMemoryStore]:
    from ..types._models.managed_agents_deleted_memory_store import ManagedAgentsDeletedMemoryStore

    return ManagedAgentsDeletedMemoryStore


def _load_managed_agents_memory_store() -> type[ManagedAgentsMemoryStore]:
    from ..types._models.managed_agents_memory_store import ManagedAgentsMemoryStore

    return ManagedAgentsMemoryStore


def _load_memory_store_page() -> type[MemoryStorePage]:
    from ..types._models.memory_store_page import MemoryStorePage

    return MemoryStorePage


def _memory_stores_archive_options(
    *,
    memory_store_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.memory_stores.archive",
        span_route="/v1/memory_stores/{memory_store_id}/archive",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/archive",
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


def _memory_stores_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    backend: object = NOT_GIVEN,
    name: object,
    description: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (str,))
    check_type("description", description, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.memory_stores.create",
        span_route="/v1/memory_stores",
        span_created_id=["gen_ai.memory.store.id", "id"],
        path="/v1/memory_stores",
        json_body=strip_not_given(
            {
                "backend": backend,
                "name": name,
                "description": description,
                "metadata": metadata,
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


def _memory_stores_delete_options(
    *,
    memory_store_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.memory_stores.delete",
        span_route="/v1/memory_stores/{memory_store_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}",
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


def _memory_stores_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
    created_by_me: object = NOT_GIVEN,
    created_at_gte: object = NOT_GIVEN,
    created_at_lte: object = NOT_GIVEN,
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
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.memory_stores.list",
        span_route="/v1/memory_stores",
        path="/v1/memory_stores",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "include_archived": include_archived,
                "created_by_me": created_by_me,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
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


def _memory_stores_retrieve_options(
    *,
    memory_store_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.memory_stores.retrieve",
        span_route="/v1/memory_stores/{memory_store_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}",
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


def _memory_stores_update_options(
    *,
    memory_store_id: object,
    workspace_id: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("name", name, (None.__class__, str))
    check_type("description", description, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.memory_stores.update",
        span_route="/v1/memory_stores/{memory_store_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}",
        json_body=strip_not_given(
            {
                "name": name,
                "description": description,
                "metadata": metadata,
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
