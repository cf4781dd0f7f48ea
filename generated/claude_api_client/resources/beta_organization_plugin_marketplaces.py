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
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.plugin_marketplace import PluginMarketplace
    from ..types._models.plugin_marketplace_validation_report import (
        PluginMarketplaceValidationReport,
    )

__all__ = ["BetaPluginMarketplaces", "AsyncBetaPluginMarketplaces"]

from ._ops_organization_plugin_marketplaces import (
    _load_plugin_marketplace,
    _load_plugin_marketplace_page,
    _load_plugin_marketplace_validation_report,
    _organization_plugin_marketplaces_list_options,
    _organization_plugin_marketplaces_retrieve_options,
    _organization_plugin_marketplaces_update_options,
    _organization_plugin_marketplaces_validate_archive_options,
    _organization_plugin_marketplaces_validate_repository_options,
)


class BetaPluginMarketplaces(SyncResource):
    """`client.beta.organization.plugin_marketplaces`: the beta.organization.plugin_marketplaces operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaPluginMarketplacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaPluginMarketplacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaPluginMarketplacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaPluginMarketplacesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        owner_type: Literal["organization", "user"] | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        source: Literal["directory", "github", "gitlab", "manual", "public_git"]
        | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[PluginMarketplace]:
        """List the organization's plugin marketplaces.

        Args:
            limit: Items per page.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            owner_type: Only marketplaces with this kind of owner.
            page: The `next_page` of the previous page; omit for the first page.
            source: Only marketplaces of this source.
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
            Page[PluginMarketplace]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugin_marketplaces_list_options(
            limit=limit,
            organization_id=organization_id,
            owner_type=owner_type,
            page=page,
            source=source,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_plugin_marketplace_page))

    def retrieve(
        self,
        marketplace_id: str,
        *,
        organization_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplace:
        """Get a plugin marketplace.

        Args:
            marketplace_id: ID of the marketplace.
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
            PluginMarketplace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_retrieve_options(
            marketplace_id=marketplace_id,
            organization_id=organization_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin_marketplace))

    def update(
        self,
        marketplace_id: str,
        *,
        default_installation_preference: Literal[
            "auto_install", "available", "not_available", "required"
        ],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplace:
        """Change the installation preference a marketplace's plugins get by default.

        Args:
            marketplace_id: ID of the marketplace.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            default_installation_preference: The installation preference its plugins get unless
                set otherwise.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginMarketplace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_update_options(
            marketplace_id=marketplace_id,
            workspace_id=workspace_id,
            default_installation_preference=default_installation_preference,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin_marketplace))

    def validate_archive(
        self,
        *,
        archive: FileTypes,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplaceValidationReport:
        """Check a marketplace given as a zip archive without adding it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            archive: The marketplace as a zip archive.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginMarketplaceValidationReport: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_validate_archive_options(
            workspace_id=workspace_id,
            archive=archive,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin_marketplace_validation_report))

    def validate_repository(
        self,
        *,
        repository_url: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        ref: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplaceValidationReport:
        """Check a marketplace in a Git repository without adding it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            repository_url: URL of the Git repository.
            ref: Branch, tag or commit to read; the default branch when left out.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginMarketplaceValidationReport: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_validate_repository_options(
            workspace_id=workspace_id,
            repository_url=repository_url,
            ref=ref,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_plugin_marketplace_validation_report))


class BetaPluginMarketplacesWithRawResponse:
    """`BetaPluginMarketplaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaPluginMarketplaces) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)
        self.validate_archive = raw_response_wrapper(resource.validate_archive)
        self.validate_repository = raw_response_wrapper(resource.validate_repository)


class BetaPluginMarketplacesWithStreamingResponse:
    """`BetaPluginMarketplaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaPluginMarketplaces) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)
        self.validate_archive = streaming_response_wrapper(resource.validate_archive)
        self.validate_repository = streaming_response_wrapper(resource.validate_repository)


class AsyncBetaPluginMarketplaces(AsyncResource):
    """`client.beta.organization.plugin_marketplaces`: the beta.organization.plugin_marketplaces operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaPluginMarketplacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaPluginMarketplacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaPluginMarketplacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaPluginMarketplacesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        owner_type: Literal["organization", "user"] | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        source: Literal["directory", "github", "gitlab", "manual", "public_git"]
        | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[PluginMarketplace]:
        """List the organization's plugin marketplaces.

        Args:
            limit: Items per page.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            owner_type: Only marketplaces with this kind of owner.
            page: The `next_page` of the previous page; omit for the first page.
            source: Only marketplaces of this source.
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
            Page[PluginMarketplace]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugin_marketplaces_list_options(
            limit=limit,
            organization_id=organization_id,
            owner_type=owner_type,
            page=page,
            source=source,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_plugin_marketplace_page))

    async def retrieve(
        self,
        marketplace_id: str,
        *,
        organization_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplace:
        """Get a plugin marketplace.

        Args:
            marketplace_id: ID of the marketplace.
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
            PluginMarketplace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_retrieve_options(
            marketplace_id=marketplace_id,
            organization_id=organization_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_plugin_marketplace))

    async def update(
        self,
        marketplace_id: str,
        *,
        default_installation_preference: Literal[
            "auto_install", "available", "not_available", "required"
        ],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplace:
        """Change the installation preference a marketplace's plugins get by default.

        Args:
            marketplace_id: ID of the marketplace.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            default_installation_preference: The installation preference its plugins get unless
                set otherwise.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginMarketplace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_update_options(
            marketplace_id=marketplace_id,
            workspace_id=workspace_id,
            default_installation_preference=default_installation_preference,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_plugin_marketplace))

    async def validate_archive(
        self,
        *,
        archive: FileTypes,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplaceValidationReport:
        """Check a marketplace given as a zip archive without adding it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            archive: The marketplace as a zip archive.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginMarketplaceValidationReport: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_validate_archive_options(
            workspace_id=workspace_id,
            archive=archive,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_plugin_marketplace_validation_report)
        )

    async def validate_repository(
        self,
        *,
        repository_url: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        ref: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PluginMarketplaceValidationReport:
        """Check a marketplace in a Git repository without adding it.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            repository_url: URL of the Git repository.
            ref: Branch, tag or commit to read; the default branch when left out.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            PluginMarketplaceValidationReport: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_plugin_marketplaces_validate_repository_options(
            workspace_id=workspace_id,
            repository_url=repository_url,
            ref=ref,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_plugin_marketplace_validation_report)
        )


class AsyncBetaPluginMarketplacesWithRawResponse:
    """`AsyncBetaPluginMarketplaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaPluginMarketplaces) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)
        self.validate_archive = async_raw_response_wrapper(resource.validate_archive)
        self.validate_repository = async_raw_response_wrapper(resource.validate_repository)


class AsyncBetaPluginMarketplacesWithStreamingResponse:
    """`AsyncBetaPluginMarketplaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaPluginMarketplaces) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
        self.validate_archive = async_streaming_response_wrapper(resource.validate_archive)
        self.validate_repository = async_streaming_response_wrapper(resource.validate_repository)
