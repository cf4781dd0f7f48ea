# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.credential_page import CredentialPage
    from ..types._models.managed_agents_credential import ManagedAgentsCredential
    from ..types._models.managed_agents_credential_validation import (
        ManagedAgentsCredentialValidation,
    )
    from ..types._models.managed_agents_deleted_credential import ManagedAgentsDeletedCredential


def _load_credential_page() -> type[CredentialPage]:
    from ..types._models.credential_page import CredentialPage

    return CredentialPage


def _load_managed_agents_credential() -> type[ManagedAgentsCredential]:
    from ..types._models.managed_agents_credential import ManagedAgentsCredential

    return ManagedAgentsCredential


def _load_managed_agents_credential_validation() -> type[ManagedAgentsCredentialValidation]:
    from ..types._models.managed_agents_credential_validation import (
        ManagedAgentsCredentialValidation,
    )

    return ManagedAgentsCredentialValidation


def _load_managed_agents_deleted_credential() -> type[ManagedAgentsDeletedCredential]:
    from ..types._models.managed_agents_deleted_credential import ManagedAgentsDeletedCredential

    return ManagedAgentsDeletedCredential


def _vaults_credentials_archive_options(
    *,
    vault_id: object,
    credential_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("credential_id", credential_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.credentials.archive",
        span_route="/v1/vaults/{vault_id}/credentials/{credential_id}/archive",
        span_attributes={
            "anthropic.vault.id": vault_id,
            "anthropic.vault.credential.id": credential_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials/{path_segment(credential_id, 'credential_id')}/archive",
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


def _vaults_credentials_create_options(
    *,
    vault_id: object,
    workspace_id: object = NOT_GIVEN,
    auth: object,
    display_name: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("auth", auth)
    check_type("vault_id", vault_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.credentials.create",
        span_route="/v1/vaults/{vault_id}/credentials",
        span_created_id=["anthropic.vault.credential.id", "id"],
        span_attributes={
            "anthropic.vault.id": vault_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials",
        json_body=strip_not_given(
            {
                "auth": auth,
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


def _vaults_credentials_delete_options(
    *,
    vault_id: object,
    credential_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("credential_id", credential_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.vaults.credentials.delete",
        span_route="/v1/vaults/{vault_id}/credentials/{credential_id}",
        span_attributes={
            "anthropic.vault.id": vault_id,
            "anthropic.vault.credential.id": credential_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials/{path_segment(credential_id, 'credential_id')}",
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


def _vaults_credentials_list_options(
    *,
    vault_id: object,
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
    check_type("vault_id", vault_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.vaults.credentials.list",
        span_route="/v1/vaults/{vault_id}/credentials",
        span_attributes={
            "anthropic.vault.id": vault_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials",
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


def _vaults_credentials_mcp_oauth_validate_options(
    *,
    vault_id: object,
    credential_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("credential_id", credential_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.credentials.mcp_oauth_validate",
        span_route="/v1/vaults/{vault_id}/credentials/{credential_id}/mcp_oauth_validate",
        span_attributes={
            "anthropic.vault.id": vault_id,
            "anthropic.vault.credential.id": credential_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials/{path_segment(credential_id, 'credential_id')}/mcp_oauth_validate",
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


def _vaults_credentials_retrieve_options(
    *,
    vault_id: object,
    credential_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("credential_id", credential_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.vaults.credentials.retrieve",
        span_route="/v1/vaults/{vault_id}/credentials/{credential_id}",
        span_attributes={
            "anthropic.vault.id": vault_id,
            "anthropic.vault.credential.id": credential_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials/{path_segment(credential_id, 'credential_id')}",
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


def _vaults_credentials_update_options(
    *,
    vault_id: object,
    credential_id: object,
    workspace_id: object = NOT_GIVEN,
    display_name: object = NOT_GIVEN,
    metadata: object = NOT_GIVEN,
    auth: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("vault_id", vault_id, (str,))
    check_type("credential_id", credential_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.vaults.credentials.update",
        span_route="/v1/vaults/{vault_id}/credentials/{credential_id}",
        span_attributes={
            "anthropic.vault.id": vault_id,
            "anthropic.vault.credential.id": credential_id,
        },
        path=f"/v1/vaults/{path_segment(vault_id, 'vault_id')}/credentials/{path_segment(credential_id, 'credential_id')}",
        json_body=strip_not_given(
            {
                "display_name": display_name,
                "metadata": metadata,
                "auth": auth,
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
