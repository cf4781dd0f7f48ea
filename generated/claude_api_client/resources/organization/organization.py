# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._core._casts import value_cast
from ..._core._resource import AsyncResource, SyncResource
from ..._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from ..._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from ...types._models.organization_info import OrganizationInfo
    from ..organization_analytics import (
        Analytics,
        AnalyticsWithRawResponse,
        AnalyticsWithStreamingResponse,
        AsyncAnalytics,
        AsyncAnalyticsWithRawResponse,
        AsyncAnalyticsWithStreamingResponse,
    )
    from ..organization_api_keys import (
        ApiKeys,
        ApiKeysWithRawResponse,
        ApiKeysWithStreamingResponse,
        AsyncApiKeys,
        AsyncApiKeysWithRawResponse,
        AsyncApiKeysWithStreamingResponse,
    )
    from ..organization_compliance_settings import (
        AsyncComplianceSettings,
        AsyncComplianceSettingsWithRawResponse,
        AsyncComplianceSettingsWithStreamingResponse,
        ComplianceSettings,
        ComplianceSettingsWithRawResponse,
        ComplianceSettingsWithStreamingResponse,
    )
    from ..organization_external_keys import (
        AsyncExternalKeys,
        AsyncExternalKeysWithRawResponse,
        AsyncExternalKeysWithStreamingResponse,
        ExternalKeys,
        ExternalKeysWithRawResponse,
        ExternalKeysWithStreamingResponse,
    )
    from ..organization_federation import (
        AsyncFederation,
        AsyncFederationWithRawResponse,
        AsyncFederationWithStreamingResponse,
        Federation,
        FederationWithRawResponse,
        FederationWithStreamingResponse,
    )
    from ..organization_invites import (
        AsyncInvites,
        AsyncInvitesWithRawResponse,
        AsyncInvitesWithStreamingResponse,
        Invites,
        InvitesWithRawResponse,
        InvitesWithStreamingResponse,
    )
    from ..organization_rate_limits import (
        AsyncRateLimits,
        AsyncRateLimitsWithRawResponse,
        AsyncRateLimitsWithStreamingResponse,
        RateLimits,
        RateLimitsWithRawResponse,
        RateLimitsWithStreamingResponse,
    )
    from ..organization_rbac_groups import (
        AsyncRbacGroups,
        AsyncRbacGroupsWithRawResponse,
        AsyncRbacGroupsWithStreamingResponse,
        RbacGroups,
        RbacGroupsWithRawResponse,
        RbacGroupsWithStreamingResponse,
    )
    from ..organization_rbac_roles import (
        AsyncRbacRoles,
        AsyncRbacRolesWithRawResponse,
        AsyncRbacRolesWithStreamingResponse,
        RbacRoles,
        RbacRolesWithRawResponse,
        RbacRolesWithStreamingResponse,
    )
    from ..organization_service_accounts import (
        AsyncServiceAccounts,
        AsyncServiceAccountsWithRawResponse,
        AsyncServiceAccountsWithStreamingResponse,
        ServiceAccounts,
        ServiceAccountsWithRawResponse,
        ServiceAccountsWithStreamingResponse,
    )
    from ..organization_spend_limits import (
        AsyncSpendLimits,
        AsyncSpendLimitsWithRawResponse,
        AsyncSpendLimitsWithStreamingResponse,
        SpendLimits,
        SpendLimitsWithRawResponse,
        SpendLimitsWithStreamingResponse,
    )
    from ..organization_users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )
    from ..organization_workspaces import (
        AsyncWorkspaces,
        AsyncWorkspacesWithRawResponse,
        AsyncWorkspacesWithStreamingResponse,
        Workspaces,
        WorkspacesWithRawResponse,
        WorkspacesWithStreamingResponse,
    )

__all__ = ["Organization", "AsyncOrganization"]

from .._ops_organization import (
    _load_organization_info,
    _organization_retrieve_options,
)


class Organization(SyncResource):
    """`client.organization`: the organization operations of the Claude API."""

    @cached_property
    def analytics(self) -> Analytics:
        from ..organization_analytics import Analytics

        return Analytics(self._client)

    @cached_property
    def api_keys(self) -> ApiKeys:
        from ..organization_api_keys import ApiKeys

        return ApiKeys(self._client)

    @cached_property
    def compliance_settings(self) -> ComplianceSettings:
        from ..organization_compliance_settings import ComplianceSettings

        return ComplianceSettings(self._client)

    @cached_property
    def external_keys(self) -> ExternalKeys:
        from ..organization_external_keys import ExternalKeys

        return ExternalKeys(self._client)

    @cached_property
    def federation(self) -> Federation:
        from ..organization_federation import Federation

        return Federation(self._client)

    @cached_property
    def invites(self) -> Invites:
        from ..organization_invites import Invites

        return Invites(self._client)

    @cached_property
    def rate_limits(self) -> RateLimits:
        from ..organization_rate_limits import RateLimits

        return RateLimits(self._client)

    @cached_property
    def rbac_groups(self) -> RbacGroups:
        from ..organization_rbac_groups import RbacGroups

        return RbacGroups(self._client)

    @cached_property
    def rbac_roles(self) -> RbacRoles:
        from ..organization_rbac_roles import RbacRoles

        return RbacRoles(self._client)

    @cached_property
    def service_accounts(self) -> ServiceAccounts:
        from ..organization_service_accounts import ServiceAccounts

        return ServiceAccounts(self._client)

    @cached_property
    def spend_limits(self) -> SpendLimits:
        from ..organization_spend_limits import SpendLimits

        return SpendLimits(self._client)

    @cached_property
    def users(self) -> Users:
        from ..organization_users import Users

        return Users(self._client)

    @cached_property
    def workspaces(self) -> Workspaces:
        from ..organization_workspaces import Workspaces

        return Workspaces(self._client)

    @cached_property
    def with_raw_response(self) -> OrganizationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return OrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrganizationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return OrganizationWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationInfo:
        """Get the organization the admin key belongs to.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationInfo: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_retrieve_options(
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_organization_info))


class OrganizationWithRawResponse:
    """`Organization`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Organization) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> AnalyticsWithRawResponse:
        from ..organization_analytics import AnalyticsWithRawResponse

        return AnalyticsWithRawResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> ApiKeysWithRawResponse:
        from ..organization_api_keys import ApiKeysWithRawResponse

        return ApiKeysWithRawResponse(self._resource.api_keys)

    @cached_property
    def compliance_settings(self) -> ComplianceSettingsWithRawResponse:
        from ..organization_compliance_settings import ComplianceSettingsWithRawResponse

        return ComplianceSettingsWithRawResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> ExternalKeysWithRawResponse:
        from ..organization_external_keys import ExternalKeysWithRawResponse

        return ExternalKeysWithRawResponse(self._resource.external_keys)

    @cached_property
    def federation(self) -> FederationWithRawResponse:
        from ..organization_federation import FederationWithRawResponse

        return FederationWithRawResponse(self._resource.federation)

    @cached_property
    def invites(self) -> InvitesWithRawResponse:
        from ..organization_invites import InvitesWithRawResponse

        return InvitesWithRawResponse(self._resource.invites)

    @cached_property
    def rate_limits(self) -> RateLimitsWithRawResponse:
        from ..organization_rate_limits import RateLimitsWithRawResponse

        return RateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> RbacGroupsWithRawResponse:
        from ..organization_rbac_groups import RbacGroupsWithRawResponse

        return RbacGroupsWithRawResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> RbacRolesWithRawResponse:
        from ..organization_rbac_roles import RbacRolesWithRawResponse

        return RbacRolesWithRawResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithRawResponse:
        from ..organization_service_accounts import ServiceAccountsWithRawResponse

        return ServiceAccountsWithRawResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> SpendLimitsWithRawResponse:
        from ..organization_spend_limits import SpendLimitsWithRawResponse

        return SpendLimitsWithRawResponse(self._resource.spend_limits)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from ..organization_users import UsersWithRawResponse

        return UsersWithRawResponse(self._resource.users)

    @cached_property
    def workspaces(self) -> WorkspacesWithRawResponse:
        from ..organization_workspaces import WorkspacesWithRawResponse

        return WorkspacesWithRawResponse(self._resource.workspaces)


class OrganizationWithStreamingResponse:
    """`Organization`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Organization) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> AnalyticsWithStreamingResponse:
        from ..organization_analytics import AnalyticsWithStreamingResponse

        return AnalyticsWithStreamingResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> ApiKeysWithStreamingResponse:
        from ..organization_api_keys import ApiKeysWithStreamingResponse

        return ApiKeysWithStreamingResponse(self._resource.api_keys)

    @cached_property
    def compliance_settings(self) -> ComplianceSettingsWithStreamingResponse:
        from ..organization_compliance_settings import ComplianceSettingsWithStreamingResponse

        return ComplianceSettingsWithStreamingResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> ExternalKeysWithStreamingResponse:
        from ..organization_external_keys import ExternalKeysWithStreamingResponse

        return ExternalKeysWithStreamingResponse(self._resource.external_keys)

    @cached_property
    def federation(self) -> FederationWithStreamingResponse:
        from ..organization_federation import FederationWithStreamingResponse

        return FederationWithStreamingResponse(self._resource.federation)

    @cached_property
    def invites(self) -> InvitesWithStreamingResponse:
        from ..organization_invites import InvitesWithStreamingResponse

        return InvitesWithStreamingResponse(self._resource.invites)

    @cached_property
    def rate_limits(self) -> RateLimitsWithStreamingResponse:
        from ..organization_rate_limits import RateLimitsWithStreamingResponse

        return RateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> RbacGroupsWithStreamingResponse:
        from ..organization_rbac_groups import RbacGroupsWithStreamingResponse

        return RbacGroupsWithStreamingResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> RbacRolesWithStreamingResponse:
        from ..organization_rbac_roles import RbacRolesWithStreamingResponse

        return RbacRolesWithStreamingResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithStreamingResponse:
        from ..organization_service_accounts import ServiceAccountsWithStreamingResponse

        return ServiceAccountsWithStreamingResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> SpendLimitsWithStreamingResponse:
        from ..organization_spend_limits import SpendLimitsWithStreamingResponse

        return SpendLimitsWithStreamingResponse(self._resource.spend_limits)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from ..organization_users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._resource.users)

    @cached_property
    def workspaces(self) -> WorkspacesWithStreamingResponse:
        from ..organization_workspaces import WorkspacesWithStreamingResponse

        return WorkspacesWithStreamingResponse(self._resource.workspaces)


class AsyncOrganization(AsyncResource):
    """`client.organization`: the organization operations of the Claude API."""

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        from ..organization_analytics import AsyncAnalytics

        return AsyncAnalytics(self._client)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        from ..organization_api_keys import AsyncApiKeys

        return AsyncApiKeys(self._client)

    @cached_property
    def compliance_settings(self) -> AsyncComplianceSettings:
        from ..organization_compliance_settings import AsyncComplianceSettings

        return AsyncComplianceSettings(self._client)

    @cached_property
    def external_keys(self) -> AsyncExternalKeys:
        from ..organization_external_keys import AsyncExternalKeys

        return AsyncExternalKeys(self._client)

    @cached_property
    def federation(self) -> AsyncFederation:
        from ..organization_federation import AsyncFederation

        return AsyncFederation(self._client)

    @cached_property
    def invites(self) -> AsyncInvites:
        from ..organization_invites import AsyncInvites

        return AsyncInvites(self._client)

    @cached_property
    def rate_limits(self) -> AsyncRateLimits:
        from ..organization_rate_limits import AsyncRateLimits

        return AsyncRateLimits(self._client)

    @cached_property
    def rbac_groups(self) -> AsyncRbacGroups:
        from ..organization_rbac_groups import AsyncRbacGroups

        return AsyncRbacGroups(self._client)

    @cached_property
    def rbac_roles(self) -> AsyncRbacRoles:
        from ..organization_rbac_roles import AsyncRbacRoles

        return AsyncRbacRoles(self._client)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccounts:
        from ..organization_service_accounts import AsyncServiceAccounts

        return AsyncServiceAccounts(self._client)

    @cached_property
    def spend_limits(self) -> AsyncSpendLimits:
        from ..organization_spend_limits import AsyncSpendLimits

        return AsyncSpendLimits(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        from ..organization_users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        from ..organization_workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrganizationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncOrganizationWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationInfo:
        """Get the organization the admin key belongs to.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationInfo: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_retrieve_options(
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_organization_info))


class AsyncOrganizationWithRawResponse:
    """`AsyncOrganization`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncOrganization) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> AsyncAnalyticsWithRawResponse:
        from ..organization_analytics import AsyncAnalyticsWithRawResponse

        return AsyncAnalyticsWithRawResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> AsyncApiKeysWithRawResponse:
        from ..organization_api_keys import AsyncApiKeysWithRawResponse

        return AsyncApiKeysWithRawResponse(self._resource.api_keys)

    @cached_property
    def compliance_settings(self) -> AsyncComplianceSettingsWithRawResponse:
        from ..organization_compliance_settings import AsyncComplianceSettingsWithRawResponse

        return AsyncComplianceSettingsWithRawResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> AsyncExternalKeysWithRawResponse:
        from ..organization_external_keys import AsyncExternalKeysWithRawResponse

        return AsyncExternalKeysWithRawResponse(self._resource.external_keys)

    @cached_property
    def federation(self) -> AsyncFederationWithRawResponse:
        from ..organization_federation import AsyncFederationWithRawResponse

        return AsyncFederationWithRawResponse(self._resource.federation)

    @cached_property
    def invites(self) -> AsyncInvitesWithRawResponse:
        from ..organization_invites import AsyncInvitesWithRawResponse

        return AsyncInvitesWithRawResponse(self._resource.invites)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithRawResponse:
        from ..organization_rate_limits import AsyncRateLimitsWithRawResponse

        return AsyncRateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> AsyncRbacGroupsWithRawResponse:
        from ..organization_rbac_groups import AsyncRbacGroupsWithRawResponse

        return AsyncRbacGroupsWithRawResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> AsyncRbacRolesWithRawResponse:
        from ..organization_rbac_roles import AsyncRbacRolesWithRawResponse

        return AsyncRbacRolesWithRawResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithRawResponse:
        from ..organization_service_accounts import AsyncServiceAccountsWithRawResponse

        return AsyncServiceAccountsWithRawResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> AsyncSpendLimitsWithRawResponse:
        from ..organization_spend_limits import AsyncSpendLimitsWithRawResponse

        return AsyncSpendLimitsWithRawResponse(self._resource.spend_limits)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from ..organization_users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._resource.users)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesWithRawResponse:
        from ..organization_workspaces import AsyncWorkspacesWithRawResponse

        return AsyncWorkspacesWithRawResponse(self._resource.workspaces)


class AsyncOrganizationWithStreamingResponse:
    """`AsyncOrganization`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncOrganization) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> AsyncAnalyticsWithStreamingResponse:
        from ..organization_analytics import AsyncAnalyticsWithStreamingResponse

        return AsyncAnalyticsWithStreamingResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> AsyncApiKeysWithStreamingResponse:
        from ..organization_api_keys import AsyncApiKeysWithStreamingResponse

        return AsyncApiKeysWithStreamingResponse(self._resource.api_keys)

    @cached_property
    def compliance_settings(self) -> AsyncComplianceSettingsWithStreamingResponse:
        from ..organization_compliance_settings import AsyncComplianceSettingsWithStreamingResponse

        return AsyncComplianceSettingsWithStreamingResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> AsyncExternalKeysWithStreamingResponse:
        from ..organization_external_keys import AsyncExternalKeysWithStreamingResponse

        return AsyncExternalKeysWithStreamingResponse(self._resource.external_keys)

    @cached_property
    def federation(self) -> AsyncFederationWithStreamingResponse:
        from ..organization_federation import AsyncFederationWithStreamingResponse

        return AsyncFederationWithStreamingResponse(self._resource.federation)

    @cached_property
    def invites(self) -> AsyncInvitesWithStreamingResponse:
        from ..organization_invites import AsyncInvitesWithStreamingResponse

        return AsyncInvitesWithStreamingResponse(self._resource.invites)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithStreamingResponse:
        from ..organization_rate_limits import AsyncRateLimitsWithStreamingResponse

        return AsyncRateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> AsyncRbacGroupsWithStreamingResponse:
        from ..organization_rbac_groups import AsyncRbacGroupsWithStreamingResponse

        return AsyncRbacGroupsWithStreamingResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> AsyncRbacRolesWithStreamingResponse:
        from ..organization_rbac_roles import AsyncRbacRolesWithStreamingResponse

        return AsyncRbacRolesWithStreamingResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithStreamingResponse:
        from ..organization_service_accounts import AsyncServiceAccountsWithStreamingResponse

        return AsyncServiceAccountsWithStreamingResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> AsyncSpendLimitsWithStreamingResponse:
        from ..organization_spend_limits import AsyncSpendLimitsWithStreamingResponse

        return AsyncSpendLimitsWithStreamingResponse(self._resource.spend_limits)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from ..organization_users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._resource.users)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesWithStreamingResponse:
        from ..organization_workspaces import AsyncWorkspacesWithStreamingResponse

        return AsyncWorkspacesWithStreamingResponse(self._resource.workspaces)
