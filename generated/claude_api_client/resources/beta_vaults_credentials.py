# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import model_cast
from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.managed_agents_credential import ManagedAgentsCredential
    from ..types._models.managed_agents_credential_validation import (
        ManagedAgentsCredentialValidation,
    )
    from ..types._models.managed_agents_deleted_credential import ManagedAgentsDeletedCredential
    from ..types._params.managed_agents_credential_create_auth import (
        ManagedAgentsCredentialCreateAuth,
    )
    from ..types._params.managed_agents_credential_update_auth import (
        ManagedAgentsCredentialUpdateAuth,
    )

__all__ = ["BetaCredentials", "AsyncBetaCredentials"]

from ._ops_vaults_credentials import (
    _load_managed_agents_credential,
    _load_managed_agents_credential_validation,
    _load_managed_agents_deleted_credential,
    _vaults_credentials_archive_options,
    _vaults_credentials_create_options,
    _vaults_credentials_delete_options,
    _vaults_credentials_list_options,
    _vaults_credentials_mcp_oauth_validate_options,
    _vaults_credentials_retrieve_options,
    _vaults_credentials_update_options,
)


class BetaCredentials(SyncResource):
    """`client.beta.vaults.credentials`: the beta.vaults.credentials operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaCredentialsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaCredentialsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaCredentialsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaCredentialsWithStreamingResponse(self)

    def archive(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_archive."""
        options = _vaults_credentials_archive_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_credential))

    def create(
        self,
        vault_id: str,
        *,
        auth: ManagedAgentsCredentialCreateAuth,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_create."""
        options = _vaults_credentials_create_options(
            vault_id=vault_id,
            workspace_id=workspace_id,
            auth=auth,
            display_name=display_name,
            metadata=metadata,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_credential))

    def delete(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedCredential:
        """vaults_credentials_delete."""
        options = _vaults_credentials_delete_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_deleted_credential))

    def list(
        self,
        vault_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsCredential]:
        """vaults_credentials_list."""
        from .._core._pagination import PageSpec

        options = _vaults_credentials_list_options(
            vault_id=vault_id,
            limit=limit,
            page=page,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_managed_agents_credential, style="page")
        )

    def mcp_oauth_validate(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredentialValidation:
        """vaults_credentials_mcp_oauth_validate."""
        options = _vaults_credentials_mcp_oauth_validate_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_credential_validation))

    def retrieve(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_retrieve."""
        options = _vaults_credentials_retrieve_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_credential))

    def update(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        auth: ManagedAgentsCredentialUpdateAuth | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_update."""
        options = _vaults_credentials_update_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            display_name=display_name,
            metadata=metadata,
            auth=auth,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_credential))


class BetaCredentialsWithRawResponse:
    """`BetaCredentials`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaCredentials) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.mcp_oauth_validate = raw_response_wrapper(resource.mcp_oauth_validate)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaCredentialsWithStreamingResponse:
    """`BetaCredentials`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaCredentials) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.mcp_oauth_validate = streaming_response_wrapper(resource.mcp_oauth_validate)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaCredentials(AsyncResource):
    """`client.beta.vaults.credentials`: the beta.vaults.credentials operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaCredentialsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaCredentialsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaCredentialsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaCredentialsWithStreamingResponse(self)

    async def archive(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_archive."""
        options = _vaults_credentials_archive_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_credential))

    async def create(
        self,
        vault_id: str,
        *,
        auth: ManagedAgentsCredentialCreateAuth,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_create."""
        options = _vaults_credentials_create_options(
            vault_id=vault_id,
            workspace_id=workspace_id,
            auth=auth,
            display_name=display_name,
            metadata=metadata,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_credential))

    async def delete(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedCredential:
        """vaults_credentials_delete."""
        options = _vaults_credentials_delete_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, model_cast(_load_managed_agents_deleted_credential)
        )

    def list(
        self,
        vault_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsCredential]:
        """vaults_credentials_list."""
        from .._core._pagination import PageSpec

        options = _vaults_credentials_list_options(
            vault_id=vault_id,
            limit=limit,
            page=page,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_managed_agents_credential, style="page")
        )

    async def mcp_oauth_validate(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredentialValidation:
        """vaults_credentials_mcp_oauth_validate."""
        options = _vaults_credentials_mcp_oauth_validate_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, model_cast(_load_managed_agents_credential_validation)
        )

    async def retrieve(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_retrieve."""
        options = _vaults_credentials_retrieve_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_credential))

    async def update(
        self,
        credential_id: str,
        *,
        vault_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        auth: ManagedAgentsCredentialUpdateAuth | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsCredential:
        """vaults_credentials_update."""
        options = _vaults_credentials_update_options(
            vault_id=vault_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            display_name=display_name,
            metadata=metadata,
            auth=auth,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_credential))


class AsyncBetaCredentialsWithRawResponse:
    """`AsyncBetaCredentials`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaCredentials) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.mcp_oauth_validate = async_raw_response_wrapper(resource.mcp_oauth_validate)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaCredentialsWithStreamingResponse:
    """`AsyncBetaCredentials`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaCredentials) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.mcp_oauth_validate = async_streaming_response_wrapper(resource.mcp_oauth_validate)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
