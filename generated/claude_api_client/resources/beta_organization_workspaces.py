# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..types._models.workspace import Workspace
    from ..types._params.data_residency_create_config_param import DataResidencyCreateConfigParam
    from ..types._params.data_residency_update_config_param import DataResidencyUpdateConfigParam
    from ..types._params.inference_data_privacy_param import InferenceDataPrivacyParam
    from .beta_organization_workspaces_members import (
        AsyncBetaMembers,
        AsyncBetaMembersWithRawResponse,
        AsyncBetaMembersWithStreamingResponse,
        BetaMembers,
        BetaMembersWithRawResponse,
        BetaMembersWithStreamingResponse,
    )
    from .beta_organization_workspaces_rate_limits import (
        AsyncBetaRateLimits,
        AsyncBetaRateLimitsWithRawResponse,
        AsyncBetaRateLimitsWithStreamingResponse,
        BetaRateLimits,
        BetaRateLimitsWithRawResponse,
        BetaRateLimitsWithStreamingResponse,
    )
    from .beta_organization_workspaces_service_accounts import (
        AsyncBetaServiceAccounts,
        AsyncBetaServiceAccountsWithRawResponse,
        AsyncBetaServiceAccountsWithStreamingResponse,
        BetaServiceAccounts,
        BetaServiceAccountsWithRawResponse,
        BetaServiceAccountsWithStreamingResponse,
    )

__all__ = ["BetaWorkspaces", "AsyncBetaWorkspaces"]

from ._ops_organization_workspaces import (
    _load_workspace,
    _load_workspace_page,
    _organization_workspaces_archive_options,
    _organization_workspaces_create_options,
    _organization_workspaces_list_options,
    _organization_workspaces_retrieve_options,
    _organization_workspaces_update_options,
)


class BetaWorkspaces(SyncResource):
    """`client.beta.organization.workspaces`: the beta.organization.workspaces operations of the Claude API."""

    @cached_property
    def members(self) -> BetaMembers:
        from .beta_organization_workspaces_members import BetaMembers

        return BetaMembers(self._client)

    @cached_property
    def rate_limits(self) -> BetaRateLimits:
        from .beta_organization_workspaces_rate_limits import BetaRateLimits

        return BetaRateLimits(self._client)

    @cached_property
    def service_accounts(self) -> BetaServiceAccounts:
        from .beta_organization_workspaces_service_accounts import BetaServiceAccounts

        return BetaServiceAccounts(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWorkspacesWithStreamingResponse(self)

    def archive(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Archive a workspace; its API keys stop working.

        Args:
            workspace_id: ID of the workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_archive_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))

    def create(
        self,
        *,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        data_residency: DataResidencyCreateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | None | NotGiven = NOT_GIVEN,
        inference_data_privacy: InferenceDataPrivacyParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Create a workspace.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: The workspace's name.
            data_residency: Where the workspace keeps its data and runs its requests.
            display_color: Colour of the workspace in the Console, as a hex code.
            external_key_id: A customer-managed encryption key configuration to encrypt the
                workspace's data with (needs CMEK enabled for the organization).
            tags: Your own key-value labels; keys may not start with `anthropic`.
            user_profile_id: A user profile that every request through the workspace must then
                name.
            inference_data_privacy: Where the workspace's retained inference data and
                transcripts are kept, and whether Anthropic's human review applies. (beta:
                efs-2026-10-01)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_create_options(
            workspace_id=workspace_id,
            name=name,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            tags=tags,
            user_profile_id=user_profile_id,
            inference_data_privacy=inference_data_privacy,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        include_default: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Workspace]:
        """List the organization's workspaces.

        Args:
            before_id: Return the page that ends just before this ID.
            after_id: Return the page that starts just after this ID.
            limit: Items per page, 1 to 1000 (default 20).
            ids: Only the workspaces with these IDs (at most 100).
            include_archived: Include archived workspaces (left out by default).
            include_default: Include the organization's default workspace.
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
            Page[Workspace]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            ids=ids,
            include_archived=include_archived,
            include_default=include_default,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_page))

    def retrieve(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Get a workspace.

        Args:
            workspace_id: ID of the workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))

    def update(
        self,
        workspace_id: str,
        *,
        data_residency: DataResidencyUpdateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | NotGiven = NOT_GIVEN,
        external_key_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        inference_data_privacy: InferenceDataPrivacyParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Change a workspace.

        Args:
            workspace_id: ID of the workspace.
            data_residency: New data residency settings.
            display_color: New Console colour, as a hex code.
            external_key_id: A customer-managed encryption key configuration to attach; once
                attached it cannot be detached or replaced.
            name: New name.
            tags: Labels to set; a null value removes that key.
            user_profile_id: A user profile to attach; once set it cannot be replaced or
                removed.
            inference_data_privacy: Changes to where the workspace's retained inference data and
                transcripts are kept, and whether; members left out stay as they are, and
                whether Anthropic's human review applies. (beta: efs-2026-10-01)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_update_options(
            workspace_id=workspace_id,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            name=name,
            tags=tags,
            user_profile_id=user_profile_id,
            inference_data_privacy=inference_data_privacy,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))


class BetaWorkspacesWithRawResponse:
    """`BetaWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaWorkspaces) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def members(self) -> BetaMembersWithRawResponse:
        from .beta_organization_workspaces_members import BetaMembersWithRawResponse

        return BetaMembersWithRawResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> BetaRateLimitsWithRawResponse:
        from .beta_organization_workspaces_rate_limits import BetaRateLimitsWithRawResponse

        return BetaRateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> BetaServiceAccountsWithRawResponse:
        from .beta_organization_workspaces_service_accounts import (
            BetaServiceAccountsWithRawResponse,
        )

        return BetaServiceAccountsWithRawResponse(self._resource.service_accounts)


class BetaWorkspacesWithStreamingResponse:
    """`BetaWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaWorkspaces) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def members(self) -> BetaMembersWithStreamingResponse:
        from .beta_organization_workspaces_members import BetaMembersWithStreamingResponse

        return BetaMembersWithStreamingResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> BetaRateLimitsWithStreamingResponse:
        from .beta_organization_workspaces_rate_limits import BetaRateLimitsWithStreamingResponse

        return BetaRateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> BetaServiceAccountsWithStreamingResponse:
        from .beta_organization_workspaces_service_accounts import (
            BetaServiceAccountsWithStreamingResponse,
        )

        return BetaServiceAccountsWithStreamingResponse(self._resource.service_accounts)


class AsyncBetaWorkspaces(AsyncResource):
    """`client.beta.organization.workspaces`: the beta.organization.workspaces operations of the Claude API."""

    @cached_property
    def members(self) -> AsyncBetaMembers:
        from .beta_organization_workspaces_members import AsyncBetaMembers

        return AsyncBetaMembers(self._client)

    @cached_property
    def rate_limits(self) -> AsyncBetaRateLimits:
        from .beta_organization_workspaces_rate_limits import AsyncBetaRateLimits

        return AsyncBetaRateLimits(self._client)

    @cached_property
    def service_accounts(self) -> AsyncBetaServiceAccounts:
        from .beta_organization_workspaces_service_accounts import AsyncBetaServiceAccounts

        return AsyncBetaServiceAccounts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWorkspacesWithStreamingResponse(self)

    async def archive(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Archive a workspace; its API keys stop working.

        Args:
            workspace_id: ID of the workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_archive_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))

    async def create(
        self,
        *,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        data_residency: DataResidencyCreateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | None | NotGiven = NOT_GIVEN,
        inference_data_privacy: InferenceDataPrivacyParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Create a workspace.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: The workspace's name.
            data_residency: Where the workspace keeps its data and runs its requests.
            display_color: Colour of the workspace in the Console, as a hex code.
            external_key_id: A customer-managed encryption key configuration to encrypt the
                workspace's data with (needs CMEK enabled for the organization).
            tags: Your own key-value labels; keys may not start with `anthropic`.
            user_profile_id: A user profile that every request through the workspace must then
                name.
            inference_data_privacy: Where the workspace's retained inference data and
                transcripts are kept, and whether Anthropic's human review applies. (beta:
                efs-2026-10-01)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_create_options(
            workspace_id=workspace_id,
            name=name,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            tags=tags,
            user_profile_id=user_profile_id,
            inference_data_privacy=inference_data_privacy,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        include_default: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Workspace]:
        """List the organization's workspaces.

        Args:
            before_id: Return the page that ends just before this ID.
            after_id: Return the page that starts just after this ID.
            limit: Items per page, 1 to 1000 (default 20).
            ids: Only the workspaces with these IDs (at most 100).
            include_archived: Include archived workspaces (left out by default).
            include_default: Include the organization's default workspace.
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
            Page[Workspace]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            ids=ids,
            include_archived=include_archived,
            include_default=include_default,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_page))

    async def retrieve(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Get a workspace.

        Args:
            workspace_id: ID of the workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))

    async def update(
        self,
        workspace_id: str,
        *,
        data_residency: DataResidencyUpdateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | NotGiven = NOT_GIVEN,
        external_key_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        inference_data_privacy: InferenceDataPrivacyParam | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Change a workspace.

        Args:
            workspace_id: ID of the workspace.
            data_residency: New data residency settings.
            display_color: New Console colour, as a hex code.
            external_key_id: A customer-managed encryption key configuration to attach; once
                attached it cannot be detached or replaced.
            name: New name.
            tags: Labels to set; a null value removes that key.
            user_profile_id: A user profile to attach; once set it cannot be replaced or
                removed.
            inference_data_privacy: Changes to where the workspace's retained inference data and
                transcripts are kept, and whether; members left out stay as they are, and
                whether Anthropic's human review applies. (beta: efs-2026-10-01)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_update_options(
            workspace_id=workspace_id,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            name=name,
            tags=tags,
            user_profile_id=user_profile_id,
            inference_data_privacy=inference_data_privacy,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))


class AsyncBetaWorkspacesWithRawResponse:
    """`AsyncBetaWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaWorkspaces) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def members(self) -> AsyncBetaMembersWithRawResponse:
        from .beta_organization_workspaces_members import AsyncBetaMembersWithRawResponse

        return AsyncBetaMembersWithRawResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> AsyncBetaRateLimitsWithRawResponse:
        from .beta_organization_workspaces_rate_limits import AsyncBetaRateLimitsWithRawResponse

        return AsyncBetaRateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> AsyncBetaServiceAccountsWithRawResponse:
        from .beta_organization_workspaces_service_accounts import (
            AsyncBetaServiceAccountsWithRawResponse,
        )

        return AsyncBetaServiceAccountsWithRawResponse(self._resource.service_accounts)


class AsyncBetaWorkspacesWithStreamingResponse:
    """`AsyncBetaWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaWorkspaces) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def members(self) -> AsyncBetaMembersWithStreamingResponse:
        from .beta_organization_workspaces_members import AsyncBetaMembersWithStreamingResponse

        return AsyncBetaMembersWithStreamingResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> AsyncBetaRateLimitsWithStreamingResponse:
        from .beta_organization_workspaces_rate_limits import (
            AsyncBetaRateLimitsWithStreamingResponse,
        )

        return AsyncBetaRateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> AsyncBetaServiceAccountsWithStreamingResponse:
        from .beta_organization_workspaces_service_accounts import (
            AsyncBetaServiceAccountsWithStreamingResponse,
        )

        return AsyncBetaServiceAccountsWithStreamingResponse(self._resource.service_accounts)
