# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._core._casts import value_cast
from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from .._core._uploads import FileTypes

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_plugin import DeletedPlugin
    from ..types._models.plugin import Plugin
    from .beta_organization_plugins_installation_settings import (
        AsyncBetaInstallationSettings,
        AsyncBetaInstallationSettingsWithRawResponse,
        AsyncBetaInstallationSettingsWithStreamingResponse,
        BetaInstallationSettings,
        BetaInstallationSettingsWithRawResponse,
        BetaInstallationSettingsWithStreamingResponse,
    )
    from .beta_organization_plugins_shares import (
        AsyncBetaShares,
        AsyncBetaSharesWithRawResponse,
        AsyncBetaSharesWithStreamingResponse,
        BetaShares,
        BetaSharesWithRawResponse,
        BetaSharesWithStreamingResponse,
    )
    from .beta_organization_plugins_versions import (
        AsyncBetaVersions,
        AsyncBetaVersionsWithRawResponse,
        AsyncBetaVersionsWithStreamingResponse,
        BetaVersions,
        BetaVersionsWithRawResponse,
        BetaVersionsWithStreamingResponse,
    )

__all__ = ["BetaPlugins", "AsyncBetaPlugins"]

from ._ops_organization_plugins import (
    _load_deleted_plugin,
    _load_plugin,
    _load_plugin_page,
    _organization_plugins_create_options,
    _organization_plugins_delete_options,
    _organization_plugins_list_options,
    _organization_plugins_retrieve_options,
    _organization_plugins_update_options,
)


class BetaPlugins(SyncResource):
    """`client.beta.organization.plugins`: the beta.organization.plugins operations of the Claude API."""

    @cached_property
    def installation_settings(self) -> BetaInstallationSettings:
        from .beta_organization_plugins_installation_settings import BetaInstallationSettings

        return BetaInstallationSettings(self._client)

    @cached_property
    def shares(self) -> BetaShares:
        from .beta_organization_plugins_shares import BetaShares

        return BetaShares(self._client)

    @cached_property
    def versions(self) -> BetaVersions:
        from .beta_organization_plugins_versions import BetaVersions

        return BetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> BetaPluginsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaPluginsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaPluginsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaPluginsWithStreamingResponse(self)

    def create(
        self,
        *,
        files: Sequence[FileTypes],
        workspace_id: str | NotGiven = NOT_GIVEN,
        marketplace_id: str | NotGiven = NOT_GIVEN,
        release_notes: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Plugin:
        """Upload a plugin; its files become its first version.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            files: The plugin's files, with their paths as file names.
            marketplace_id: ID of the marketplace to add it to; the organization's own by
                default.
            release_notes: Notes for the first version.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Plugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_create_options(
            workspace_id=workspace_id,
            files=files,
            marketplace_id=marketplace_id,
            release_notes=release_notes,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin))

    def delete(
        self,
        plugin_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedPlugin:
        """Delete a plugin and its versions.

        Args:
            plugin_id: ID of the plugin.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            DeletedPlugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_delete_options(
            plugin_id=plugin_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_plugin))

    def list(
        self,
        *,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marketplace_id: str | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        owner_type: Literal["organization", "user"] | NotGiven = NOT_GIVEN,
        owner_user_id: str | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Plugin]:
        """List the plugins the organization can use.

        Args:
            created_at_gt: Only plugins created after this time (RFC 3339).
            created_at_gte: Only plugins created at or after this time (RFC 3339).
            created_at_lt: Only plugins created before this time (RFC 3339).
            created_at_lte: Only plugins created at or before this time (RFC 3339).
            limit: Items per page.
            marketplace_id: Only plugins of this marketplace.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            owner_type: Only plugins with this kind of owner.
            owner_user_id: Only plugins owned by this member.
            page: The `next_page` of the previous page; omit for the first page.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[Plugin]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugins_list_options(
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            limit=limit,
            marketplace_id=marketplace_id,
            organization_id=organization_id,
            owner_type=owner_type,
            owner_user_id=owner_user_id,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_plugin_page))

    def retrieve(
        self,
        plugin_id: str,
        *,
        organization_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Plugin:
        """Get a plugin.

        Args:
            plugin_id: ID of the plugin.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Plugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_retrieve_options(
            plugin_id=plugin_id,
            organization_id=organization_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin))

    def update(
        self,
        plugin_id: str,
        *,
        served_version_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Plugin:
        """Choose the version of a plugin that members get.

        Args:
            plugin_id: ID of the plugin.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            served_version_id: ID of the version members should get.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Plugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_update_options(
            plugin_id=plugin_id,
            workspace_id=workspace_id,
            served_version_id=served_version_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin))


class BetaPluginsWithRawResponse:
    """`BetaPlugins`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaPlugins) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def installation_settings(self) -> BetaInstallationSettingsWithRawResponse:
        from .beta_organization_plugins_installation_settings import (
            BetaInstallationSettingsWithRawResponse,
        )

        return BetaInstallationSettingsWithRawResponse(self._resource.installation_settings)

    @cached_property
    def shares(self) -> BetaSharesWithRawResponse:
        from .beta_organization_plugins_shares import BetaSharesWithRawResponse

        return BetaSharesWithRawResponse(self._resource.shares)

    @cached_property
    def versions(self) -> BetaVersionsWithRawResponse:
        from .beta_organization_plugins_versions import BetaVersionsWithRawResponse

        return BetaVersionsWithRawResponse(self._resource.versions)


class BetaPluginsWithStreamingResponse:
    """`BetaPlugins`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaPlugins) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def installation_settings(self) -> BetaInstallationSettingsWithStreamingResponse:
        from .beta_organization_plugins_installation_settings import (
            BetaInstallationSettingsWithStreamingResponse,
        )

        return BetaInstallationSettingsWithStreamingResponse(self._resource.installation_settings)

    @cached_property
    def shares(self) -> BetaSharesWithStreamingResponse:
        from .beta_organization_plugins_shares import BetaSharesWithStreamingResponse

        return BetaSharesWithStreamingResponse(self._resource.shares)

    @cached_property
    def versions(self) -> BetaVersionsWithStreamingResponse:
        from .beta_organization_plugins_versions import BetaVersionsWithStreamingResponse

        return BetaVersionsWithStreamingResponse(self._resource.versions)


class AsyncBetaPlugins(AsyncResource):
    """`client.beta.organization.plugins`: the beta.organization.plugins operations of the Claude API."""

    @cached_property
    def installation_settings(self) -> AsyncBetaInstallationSettings:
        from .beta_organization_plugins_installation_settings import AsyncBetaInstallationSettings

        return AsyncBetaInstallationSettings(self._client)

    @cached_property
    def shares(self) -> AsyncBetaShares:
        from .beta_organization_plugins_shares import AsyncBetaShares

        return AsyncBetaShares(self._client)

    @cached_property
    def versions(self) -> AsyncBetaVersions:
        from .beta_organization_plugins_versions import AsyncBetaVersions

        return AsyncBetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaPluginsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaPluginsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaPluginsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaPluginsWithStreamingResponse(self)

    async def create(
        self,
        *,
        files: Sequence[FileTypes],
        workspace_id: str | NotGiven = NOT_GIVEN,
        marketplace_id: str | NotGiven = NOT_GIVEN,
        release_notes: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Plugin:
        """Upload a plugin; its files become its first version.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            files: The plugin's files, with their paths as file names.
            marketplace_id: ID of the marketplace to add it to; the organization's own by
                default.
            release_notes: Notes for the first version.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Plugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_create_options(
            workspace_id=workspace_id,
            files=files,
            marketplace_id=marketplace_id,
            release_notes=release_notes,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_plugin))

    async def delete(
        self,
        plugin_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedPlugin:
        """Delete a plugin and its versions.

        Args:
            plugin_id: ID of the plugin.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            DeletedPlugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_delete_options(
            plugin_id=plugin_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_plugin))

    def list(
        self,
        *,
        created_at_gt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lt: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        marketplace_id: str | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        owner_type: Literal["organization", "user"] | NotGiven = NOT_GIVEN,
        owner_user_id: str | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Plugin]:
        """List the plugins the organization can use.

        Args:
            created_at_gt: Only plugins created after this time (RFC 3339).
            created_at_gte: Only plugins created at or after this time (RFC 3339).
            created_at_lt: Only plugins created before this time (RFC 3339).
            created_at_lte: Only plugins created at or before this time (RFC 3339).
            limit: Items per page.
            marketplace_id: Only plugins of this marketplace.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            owner_type: Only plugins with this kind of owner.
            owner_user_id: Only plugins owned by this member.
            page: The `next_page` of the previous page; omit for the first page.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[Plugin]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugins_list_options(
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            limit=limit,
            marketplace_id=marketplace_id,
            organization_id=organization_id,
            owner_type=owner_type,
            owner_user_id=owner_user_id,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_plugin_page))

    async def retrieve(
        self,
        plugin_id: str,
        *,
        organization_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Plugin:
        """Get a plugin.

        Args:
            plugin_id: ID of the plugin.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Plugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_retrieve_options(
            plugin_id=plugin_id,
            organization_id=organization_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_plugin))

    async def update(
        self,
        plugin_id: str,
        *,
        served_version_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Plugin:
        """Choose the version of a plugin that members get.

        Args:
            plugin_id: ID of the plugin.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            served_version_id: ID of the version members should get.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Plugin: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_update_options(
            plugin_id=plugin_id,
            workspace_id=workspace_id,
            served_version_id=served_version_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_plugin))


class AsyncBetaPluginsWithRawResponse:
    """`AsyncBetaPlugins`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaPlugins) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def installation_settings(self) -> AsyncBetaInstallationSettingsWithRawResponse:
        from .beta_organization_plugins_installation_settings import (
            AsyncBetaInstallationSettingsWithRawResponse,
        )

        return AsyncBetaInstallationSettingsWithRawResponse(self._resource.installation_settings)

    @cached_property
    def shares(self) -> AsyncBetaSharesWithRawResponse:
        from .beta_organization_plugins_shares import AsyncBetaSharesWithRawResponse

        return AsyncBetaSharesWithRawResponse(self._resource.shares)

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithRawResponse:
        from .beta_organization_plugins_versions import AsyncBetaVersionsWithRawResponse

        return AsyncBetaVersionsWithRawResponse(self._resource.versions)


class AsyncBetaPluginsWithStreamingResponse:
    """`AsyncBetaPlugins`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaPlugins) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def installation_settings(self) -> AsyncBetaInstallationSettingsWithStreamingResponse:
        from .beta_organization_plugins_installation_settings import (
            AsyncBetaInstallationSettingsWithStreamingResponse,
        )

        return AsyncBetaInstallationSettingsWithStreamingResponse(
            self._resource.installation_settings
        )

    @cached_property
    def shares(self) -> AsyncBetaSharesWithStreamingResponse:
        from .beta_organization_plugins_shares import AsyncBetaSharesWithStreamingResponse

        return AsyncBetaSharesWithStreamingResponse(self._resource.shares)

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithStreamingResponse:
        from .beta_organization_plugins_versions import AsyncBetaVersionsWithStreamingResponse

        return AsyncBetaVersionsWithStreamingResponse(self._resource.versions)
