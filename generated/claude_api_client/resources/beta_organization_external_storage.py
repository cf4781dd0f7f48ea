# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

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
    from ..types._models.deleted_external_storage import DeletedExternalStorage
    from ..types._models.external_storage import ExternalStorage
    from ..types._params.external_storage_provider_config_param import (
        ExternalStorageProviderConfigParam,
    )

__all__ = ["BetaExternalStorage", "AsyncBetaExternalStorage"]

from ._ops_organization_external_storage import (
    _load_deleted_external_storage,
    _load_external_storage,
    _load_external_storage_page,
    _organization_external_storage_activate_options,
    _organization_external_storage_create_options,
    _organization_external_storage_delete_options,
    _organization_external_storage_list_options,
    _organization_external_storage_retrieve_options,
    _organization_external_storage_update_options,
)


class BetaExternalStorage(SyncResource):
    """`client.beta.organization.external_storage`: the beta.organization.external_storage operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaExternalStorageWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaExternalStorageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaExternalStorageWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaExternalStorageWithStreamingResponse(self)

    def activate(
        self,
        external_storage_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Verify a registered bucket's setup and make it usable by workspaces.

        Args:
            external_storage_id: ID of the external storage registration.
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
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_activate_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_external_storage))

    def create(
        self,
        *,
        provider_config: ExternalStorageProviderConfigParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Register a bucket of the organization's own cloud account (it starts `pending_configuration`).

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            provider_config: Where the storage lives and how the API reaches it.
            display_name: Human-readable name.
            user_profile_id: ID of the user profile it is bound to, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_create_options(
            workspace_id=workspace_id,
            provider_config=provider_config,
            display_name=display_name,
            user_profile_id=user_profile_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_external_storage))

    def delete(
        self,
        external_storage_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedExternalStorage:
        """Delete an external storage registration that no workspace uses.

        Args:
            external_storage_id: ID of the external storage registration.
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
            DeletedExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_delete_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_external_storage))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        user_profile_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ExternalStorage]:
        """List the organization's external storage registrations.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            user_profile_ids: Only rows of these user profiles.
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
            Page[ExternalStorage]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_external_storage_list_options(
            limit=limit,
            page=page,
            user_profile_ids=user_profile_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_external_storage_page))

    def retrieve(
        self,
        external_storage_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Get an external storage registration.

        Args:
            external_storage_id: ID of the external storage registration.
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
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_retrieve_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_external_storage))

    def update(
        self,
        external_storage_id: str,
        *,
        display_name: str | None,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Change an external storage registration.

        Args:
            external_storage_id: ID of the external storage registration.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            display_name: Human-readable name.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_update_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            display_name=display_name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_external_storage))


class BetaExternalStorageWithRawResponse:
    """`BetaExternalStorage`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaExternalStorage) -> None:
        self._resource = resource
        self.activate = raw_response_wrapper(resource.activate)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaExternalStorageWithStreamingResponse:
    """`BetaExternalStorage`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaExternalStorage) -> None:
        self._resource = resource
        self.activate = streaming_response_wrapper(resource.activate)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaExternalStorage(AsyncResource):
    """`client.beta.organization.external_storage`: the beta.organization.external_storage operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaExternalStorageWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaExternalStorageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaExternalStorageWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaExternalStorageWithStreamingResponse(self)

    async def activate(
        self,
        external_storage_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Verify a registered bucket's setup and make it usable by workspaces.

        Args:
            external_storage_id: ID of the external storage registration.
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
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_activate_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_external_storage))

    async def create(
        self,
        *,
        provider_config: ExternalStorageProviderConfigParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Register a bucket of the organization's own cloud account (it starts `pending_configuration`).

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            provider_config: Where the storage lives and how the API reaches it.
            display_name: Human-readable name.
            user_profile_id: ID of the user profile it is bound to, or null.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_create_options(
            workspace_id=workspace_id,
            provider_config=provider_config,
            display_name=display_name,
            user_profile_id=user_profile_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_external_storage))

    async def delete(
        self,
        external_storage_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedExternalStorage:
        """Delete an external storage registration that no workspace uses.

        Args:
            external_storage_id: ID of the external storage registration.
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
            DeletedExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_delete_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_external_storage))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        user_profile_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ExternalStorage]:
        """List the organization's external storage registrations.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            user_profile_ids: Only rows of these user profiles.
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
            Page[ExternalStorage]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_external_storage_list_options(
            limit=limit,
            page=page,
            user_profile_ids=user_profile_ids,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_external_storage_page))

    async def retrieve(
        self,
        external_storage_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Get an external storage registration.

        Args:
            external_storage_id: ID of the external storage registration.
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
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_retrieve_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_external_storage))

    async def update(
        self,
        external_storage_id: str,
        *,
        display_name: str | None,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ExternalStorage:
        """Change an external storage registration.

        Args:
            external_storage_id: ID of the external storage registration.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            display_name: Human-readable name.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ExternalStorage: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_external_storage_update_options(
            external_storage_id=external_storage_id,
            workspace_id=workspace_id,
            display_name=display_name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_external_storage))


class AsyncBetaExternalStorageWithRawResponse:
    """`AsyncBetaExternalStorage`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaExternalStorage) -> None:
        self._resource = resource
        self.activate = async_raw_response_wrapper(resource.activate)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaExternalStorageWithStreamingResponse:
    """`AsyncBetaExternalStorage`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaExternalStorage) -> None:
        self._resource = resource
        self.activate = async_streaming_response_wrapper(resource.activate)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
