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

if TYPE_CHECKING:
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_plugin_installation_setting import DeletedPluginInstallationSetting
    from ..types._models.plugin_installation_setting import PluginInstallationSetting

__all__ = ["BetaInstallationSettings", "AsyncBetaInstallationSettings"]

from ._ops_organization_plugins_installation_settings import (
    _load_deleted_plugin_installation_setting,
    _load_plugin_installation_setting,
    _load_plugin_installation_setting_page,
    _organization_plugins_installation_settings_list_options,
    _organization_plugins_installation_settings_remove_options,
    _organization_plugins_installation_settings_set_options,
)


class BetaInstallationSettings(SyncResource):
    """`client.beta.organization.plugins.installation_settings`: the beta.organization.plugins.installation_settings operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaInstallationSettingsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaInstallationSettingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaInstallationSettingsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaInstallationSettingsWithStreamingResponse(self)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        target_type: Literal["organization", "rbac_group"] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[PluginInstallationSetting]:
        """List how a plugin is offered to the organization and its groups.

        Args:
            plugin_id: ID of the plugin.
            limit: Items per page.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            page: The `next_page` of the previous page; omit for the first page.
            target_type: Only settings for this kind of target.
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
            Page[PluginInstallationSetting]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugins_installation_settings_list_options(
            plugin_id=plugin_id,
            limit=limit,
            organization_id=organization_id,
            page=page,
            target_type=target_type,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_plugin_installation_setting_page)
        )

    def remove(
        self,
        target: str,
        *,
        plugin_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedPluginInstallationSetting:
        """Remove a target's installation setting, so it falls back to the default.

        Args:
            plugin_id: ID of the plugin.
            target: Whom it applied to: `organization` or a group ID (`rbac_group_…`).
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
            DeletedPluginInstallationSetting: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_installation_settings_remove_options(
            plugin_id=plugin_id,
            target=target,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_plugin_installation_setting))

    def set(
        self,
        target: str,
        *,
        plugin_id: str,
        installation_preference: Literal["auto_install", "available", "not_available", "required"],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginInstallationSetting:
        """Set how a plugin is offered to a target.

        Args:
            plugin_id: ID of the plugin.
            target: Whom it applies to: `organization` or a group ID (`rbac_group_…`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            installation_preference: Installed for them, offered, hidden, or required.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginInstallationSetting: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_installation_settings_set_options(
            plugin_id=plugin_id,
            target=target,
            workspace_id=workspace_id,
            installation_preference=installation_preference,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin_installation_setting))


class BetaInstallationSettingsWithRawResponse:
    """`BetaInstallationSettings`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaInstallationSettings) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.remove = raw_response_wrapper(resource.remove)
        self.set = raw_response_wrapper(resource.set)


class BetaInstallationSettingsWithStreamingResponse:
    """`BetaInstallationSettings`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaInstallationSettings) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.remove = streaming_response_wrapper(resource.remove)
        self.set = streaming_response_wrapper(resource.set)


class AsyncBetaInstallationSettings(AsyncResource):
    """`client.beta.organization.plugins.installation_settings`: the beta.organization.plugins.installation_settings operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaInstallationSettingsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaInstallationSettingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaInstallationSettingsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaInstallationSettingsWithStreamingResponse(self)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        target_type: Literal["organization", "rbac_group"] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[PluginInstallationSetting]:
        """List how a plugin is offered to the organization and its groups.

        Args:
            plugin_id: ID of the plugin.
            limit: Items per page.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            page: The `next_page` of the previous page; omit for the first page.
            target_type: Only settings for this kind of target.
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
            Page[PluginInstallationSetting]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugins_installation_settings_list_options(
            plugin_id=plugin_id,
            limit=limit,
            organization_id=organization_id,
            page=page,
            target_type=target_type,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_plugin_installation_setting_page)
        )

    async def remove(
        self,
        target: str,
        *,
        plugin_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedPluginInstallationSetting:
        """Remove a target's installation setting, so it falls back to the default.

        Args:
            plugin_id: ID of the plugin.
            target: Whom it applied to: `organization` or a group ID (`rbac_group_…`).
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
            DeletedPluginInstallationSetting: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_installation_settings_remove_options(
            plugin_id=plugin_id,
            target=target,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_deleted_plugin_installation_setting)
        )

    async def set(
        self,
        target: str,
        *,
        plugin_id: str,
        installation_preference: Literal["auto_install", "available", "not_available", "required"],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginInstallationSetting:
        """Set how a plugin is offered to a target.

        Args:
            plugin_id: ID of the plugin.
            target: Whom it applies to: `organization` or a group ID (`rbac_group_…`).
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            installation_preference: Installed for them, offered, hidden, or required.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginInstallationSetting: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugins_installation_settings_set_options(
            plugin_id=plugin_id,
            target=target,
            workspace_id=workspace_id,
            installation_preference=installation_preference,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_plugin_installation_setting))


class AsyncBetaInstallationSettingsWithRawResponse:
    """`AsyncBetaInstallationSettings`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaInstallationSettings) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.remove = async_raw_response_wrapper(resource.remove)
        self.set = async_raw_response_wrapper(resource.set)


class AsyncBetaInstallationSettingsWithStreamingResponse:
    """`AsyncBetaInstallationSettings`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaInstallationSettings) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.remove = async_streaming_response_wrapper(resource.remove)
        self.set = async_streaming_response_wrapper(resource.set)
