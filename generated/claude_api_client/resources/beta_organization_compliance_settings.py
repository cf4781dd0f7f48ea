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

    from ..types._models.organization_compliance_settings import OrganizationComplianceSettings
    from ..types._params.compliance_settings_state_param import ComplianceSettingsStateParam

__all__ = ["BetaComplianceSettings", "AsyncBetaComplianceSettings"]

from ._ops_organization_compliance_settings import (
    _load_organization_compliance_settings,
    _organization_compliance_settings_retrieve_options,
    _organization_compliance_settings_update_options,
)


class BetaComplianceSettings(SyncResource):
    """`client.beta.organization.compliance_settings`: the beta.organization.compliance_settings operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaComplianceSettingsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaComplianceSettingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaComplianceSettingsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaComplianceSettingsWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationComplianceSettings:
        """Get the organization's compliance settings.

        Args:
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
            OrganizationComplianceSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_compliance_settings_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_organization_compliance_settings))

    def update(
        self,
        *,
        state: ComplianceSettingsStateParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationComplianceSettings:
        """Turn compliance features on or off.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            state: The new state (the API also takes the bare strings `enabled` and `disabled`).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationComplianceSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_compliance_settings_update_options(
            workspace_id=workspace_id,
            state=state,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_organization_compliance_settings))


class BetaComplianceSettingsWithRawResponse:
    """`BetaComplianceSettings`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaComplianceSettings) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaComplianceSettingsWithStreamingResponse:
    """`BetaComplianceSettings`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaComplianceSettings) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaComplianceSettings(AsyncResource):
    """`client.beta.organization.compliance_settings`: the beta.organization.compliance_settings operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaComplianceSettingsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaComplianceSettingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaComplianceSettingsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaComplianceSettingsWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationComplianceSettings:
        """Get the organization's compliance settings.

        Args:
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
            OrganizationComplianceSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_compliance_settings_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_organization_compliance_settings)
        )

    async def update(
        self,
        *,
        state: ComplianceSettingsStateParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationComplianceSettings:
        """Turn compliance features on or off.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            state: The new state (the API also takes the bare strings `enabled` and `disabled`).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            OrganizationComplianceSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_compliance_settings_update_options(
            workspace_id=workspace_id,
            state=state,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_organization_compliance_settings)
        )


class AsyncBetaComplianceSettingsWithRawResponse:
    """`AsyncBetaComplianceSettings`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaComplianceSettings) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaComplianceSettingsWithStreamingResponse:
    """`AsyncBetaComplianceSettings`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaComplianceSettings) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
