# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_deleted_memory import ManagedAgentsDeletedMemory
    from ..types._models.managed_agents_memory import ManagedAgentsMemory
    from ..types._models.memory_list_page import MemoryListPage


def _load_managed_agents_deleted_memory() -> type[ManagedAgentsDeletedMemory]:
    from ..types._models.managed_agents_deleted_memory import ManagedAgentsDeletedMemory

    return ManagedAgentsDeletedMemory


def _load_managed_agents_memory() -> type[ManagedAgentsMemory]:
    from ..types._models.managed_agents_memory import ManagedAgentsMemory

    return ManagedAgentsMemory


def _load_memory_list_page() -> type[MemoryListPage]:
    from ..types._models.memory_list_page import MemoryListPage

    return MemoryListPage


def _memory_stores_memories_create_options(
    *,
    memory_store_id: object,
    view: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    path: object,
    content: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("view", view, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("path", path, (str,))
    check_type("content", content, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.memory_stores.memories.create",
        span_route="/v1/memory_stores/{memory_store_id}/memories",
        span_created_id=["gen_ai.memory.record.id", "id"],
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memories",
        params=strip_not_given(
            {
                "view": view,
            }
        ),
        json_body=strip_not_given(
            {
                "path": path,
                "content": content,
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


def _memory_stores_memories_delete_options(
    *,
    memory_store_id: object,
    memory_id: object,
    expected_content_sha256: object = NOT_GIVEN,
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
    check_type("expected_content_sha256", expected_content_sha256, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.memory_stores.memories.delete",
        span_route="/v1/memory_stores/{memory_store_id}/memories/{memory_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
            "gen_ai.memory.record.id": memory_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memories/{path_segment(memory_id, 'memory_id')}",
        params=strip_not_given(
            {
                "expected_content_sha256": expected_content_sha256,
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


def _memory_stores_memories_list_options(
    *,
    memory_store_id: object,
    path_prefix: object = NOT_GIVEN,
    depth: object = NOT_GIVEN,
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
    check_type("path_prefix", path_prefix, (str,))
    check_type("depth", depth, (int,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("view", view, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.memory_stores.memories.list",
        span_route="/v1/memory_stores/{memory_store_id}/memories",
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memories",
        params=strip_not_given(
            {
                "path_prefix": path_prefix,
                "depth": depth,
                "limit": limit,
                "page": page,
                "view": view,
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


def _memory_stores_memories_retrieve_options(
    *,
    memory_store_id: object,
    memory_id: object,
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
    check_type("view", view, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.memory_stores.memories.retrieve",
        span_route="/v1/memory_stores/{memory_store_id}/memories/{memory_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
            "gen_ai.memory.record.id": memory_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memories/{path_segment(memory_id, 'memory_id')}",
        params=strip_not_given(
            {
                "view": view,
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


def _memory_stores_memories_update_options(
    *,
    memory_store_id: object,
    memory_id: object,
    view: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    content: object = NOT_GIVEN,
    path: object = NOT_GIVEN,
    precondition: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("memory_store_id", memory_store_id, (str,))
    check_type("memory_id", memory_id, (str,))
    check_type("view", view, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("content", content, (None.__class__, str))
    check_type("path", path, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.memory_stores.memories.update",
        span_route="/v1/memory_stores/{memory_store_id}/memories/{memory_id}",
        span_attributes={
            "gen_ai.memory.store.id": memory_store_id,
            "gen_ai.memory.record.id": memory_id,
        },
        path=f"/v1/memory_stores/{path_segment(memory_store_id, 'memory_store_id')}/memories/{path_segment(memory_id, 'memory_id')}",
        params=strip_not_given(
            {
                "view": view,
            }
        ),
        json_body=strip_not_given(
            {
                "content": content,
                "path": path,
                "precondition": precondition,
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
