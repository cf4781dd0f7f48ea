# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_deleted_vault import ManagedAgentsDeletedVault
    from ..types._models.managed_agents_vault import ManagedAgentsVault
    from ..types._models.vault_page import VaultPage


def _load_managed_agents_deleted_vault() -> type[ManagedAgentsDeletedVault]:
    from ..types._models.managed_agents_deleted_vault import ManagedAgentsDeletedVault

    return ManagedAgentsDeletedVault


def _load_managed_agents_vault() -> type[ManagedAgentsVault]:
    from ..types._models.managed_agents_vault import ManagedAgentsVault

    return ManagedAgentsVault


def _load_vault_page() -> type[VaultPage]:
    from ..types._models.vault_page import VaultPage

    return VaultPage


def _vaults_archive_options(
    *,
    vault_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.archive",
        span_route="/v1/vaults/{vault_id}/archive",
        span_attributes={
            "anthropic.vault.id": vault_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/archive",
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


def _vaults_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    display_name: object,
    metadata: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.create",
        span_route="/v1/vaults",
        span_created_id=["anthropic.vault.id", "id"],
        path="/v1/vaults",
        json_body=strip_not_given(
            {
                "display_name": display_name,
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


def _vaults_delete_options(
    *,
    vault_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.vaults.delete",
        span_route="/v1/vaults/{vault_id}",
        span_attributes={
            "anthropic.vault.id": vault_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}",
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


def _vaults_list_options(
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
    check_type("page", page, (str,))
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.vaults.list",
        span_route="/v1/vaults",
        path="/v1/vaults",
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


def _vaults_retrieve_options(
    *,
    vault_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.vaults.retrieve",
        span_route="/v1/vaults/{vault_id}",
        span_attributes={
            "anthropic.vault.id": vault_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}",
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


def _vaults_update_options(
    *,
    vault_id: object,
    workspace_id: object = NOT_GIVEN,
    display_name: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.update",
        span_route="/v1/vaults/{vault_id}",
        span_attributes={
            "anthropic.vault.id": vault_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}",
        json_body=strip_not_given(
            {
                "display_name": display_name,
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
