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
    from ..types._models.federation_rule import FederationRule
    from ..types._params.federation_rule_match_param import FederationRuleMatchParam
    from ..types._params.service_account_target_param import ServiceAccountTargetParam
    from .beta_organization_federation_rules_workspaces import (
        AsyncBetaWorkspaces,
        AsyncBetaWorkspacesWithRawResponse,
        AsyncBetaWorkspacesWithStreamingResponse,
        BetaWorkspaces,
        BetaWorkspacesWithRawResponse,
        BetaWorkspacesWithStreamingResponse,
    )

__all__ = ["BetaRules", "AsyncBetaRules"]

from ._ops_organization_federation_rules import (
    _load_federation_rule,
    _load_federation_rule_page,
    _organization_federation_rules_archive_options,
    _organization_federation_rules_create_options,
    _organization_federation_rules_list_options,
    _organization_federation_rules_retrieve_options,
    _organization_federation_rules_update_options,
)


class BetaRules(SyncResource):
    """`client.beta.organization.federation.rules`: the beta.organization.federation.rules operations of the Claude API."""

    @cached_property
    def workspaces(self) -> BetaWorkspaces:
        from .beta_organization_federation_rules_workspaces import BetaWorkspaces

        return BetaWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> BetaRulesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaRulesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRulesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaRulesWithStreamingResponse(self)

    def archive(
        self,
        federation_rule_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Archive a rule; it grants no more access.

        Args:
            federation_rule_id: ID of the rule.
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
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_archive_options(
            federation_rule_id=federation_rule_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_rule))

    def create(
        self,
        *,
        issuer_id: str,
        match: FederationRuleMatchParam,
        name: str,
        oauth_scope: str,
        target: ServiceAccountTargetParam,
        applies_to_all_workspaces: bool | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        token_lifetime_seconds: int | NotGiven = NOT_GIVEN,
        workspace_id: str | None | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Create a rule that turns an issuer's tokens into API access.

        Args:
            issuer_id: ID of the issuer whose tokens it accepts.
            match: Which tokens it accepts.
            name: Its name.
            oauth_scope: The scope of the access it grants.
            target: Whom the access acts as.
            applies_to_all_workspaces: Whether the access reaches every workspace.
            description: What it is for.
            token_lifetime_seconds: How long the access lasts, in seconds.
            workspace_id: A first workspace it reaches.
            attributes: Named values to extract from token claims, as CEL expressions (not
                supported yet).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_create_options(
            issuer_id=issuer_id,
            match=match,
            name=name,
            oauth_scope=oauth_scope,
            target=target,
            applies_to_all_workspaces=applies_to_all_workspaces,
            description=description,
            token_lifetime_seconds=token_lifetime_seconds,
            workspace_id=workspace_id,
            attributes=attributes,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_rule))

    def list(
        self,
        *,
        include_archived: bool | NotGiven = NOT_GIVEN,
        issuer_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FederationRule]:
        """List the organization's rules.

        Args:
            include_archived: Include archived rules (left out by default).
            issuer_id: Only the rules of this issuer.
            limit: Items per page.
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
            Page[FederationRule]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_federation_rules_list_options(
            include_archived=include_archived,
            issuer_id=issuer_id,
            limit=limit,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_federation_rule_page))

    def retrieve(
        self,
        federation_rule_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Get a rule.

        Args:
            federation_rule_id: ID of the rule.
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
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_retrieve_options(
            federation_rule_id=federation_rule_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_rule))

    def update(
        self,
        federation_rule_id: str,
        *,
        applies_to_all_workspaces: bool | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        match: FederationRuleMatchParam | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        oauth_scope: str | None | NotGiven = NOT_GIVEN,
        target: ServiceAccountTargetParam | None | NotGiven = NOT_GIVEN,
        token_lifetime_seconds: int | None | NotGiven = NOT_GIVEN,
        workspace_id: str | None | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Change a rule.

        Args:
            federation_rule_id: ID of the rule.
            applies_to_all_workspaces: Whether the access reaches every workspace.
            description: New description.
            match: New token conditions.
            name: New name.
            oauth_scope: New scope.
            target: New service account.
            token_lifetime_seconds: New access lifetime, in seconds.
            workspace_id: A workspace to reach.
            attributes: Named values to extract from token claims, as CEL expressions (not
                supported yet).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_update_options(
            federation_rule_id=federation_rule_id,
            applies_to_all_workspaces=applies_to_all_workspaces,
            description=description,
            match=match,
            name=name,
            oauth_scope=oauth_scope,
            target=target,
            token_lifetime_seconds=token_lifetime_seconds,
            workspace_id=workspace_id,
            attributes=attributes,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_rule))


class BetaRulesWithRawResponse:
    """`BetaRules`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaRules) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> BetaWorkspacesWithRawResponse:
        from .beta_organization_federation_rules_workspaces import BetaWorkspacesWithRawResponse

        return BetaWorkspacesWithRawResponse(self._resource.workspaces)


class BetaRulesWithStreamingResponse:
    """`BetaRules`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaRules) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> BetaWorkspacesWithStreamingResponse:
        from .beta_organization_federation_rules_workspaces import (
            BetaWorkspacesWithStreamingResponse,
        )

        return BetaWorkspacesWithStreamingResponse(self._resource.workspaces)


class AsyncBetaRules(AsyncResource):
    """`client.beta.organization.federation.rules`: the beta.organization.federation.rules operations of the Claude API."""

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspaces:
        from .beta_organization_federation_rules_workspaces import AsyncBetaWorkspaces

        return AsyncBetaWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaRulesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaRulesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRulesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaRulesWithStreamingResponse(self)

    async def archive(
        self,
        federation_rule_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Archive a rule; it grants no more access.

        Args:
            federation_rule_id: ID of the rule.
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
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_archive_options(
            federation_rule_id=federation_rule_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_rule))

    async def create(
        self,
        *,
        issuer_id: str,
        match: FederationRuleMatchParam,
        name: str,
        oauth_scope: str,
        target: ServiceAccountTargetParam,
        applies_to_all_workspaces: bool | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        token_lifetime_seconds: int | NotGiven = NOT_GIVEN,
        workspace_id: str | None | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Create a rule that turns an issuer's tokens into API access.

        Args:
            issuer_id: ID of the issuer whose tokens it accepts.
            match: Which tokens it accepts.
            name: Its name.
            oauth_scope: The scope of the access it grants.
            target: Whom the access acts as.
            applies_to_all_workspaces: Whether the access reaches every workspace.
            description: What it is for.
            token_lifetime_seconds: How long the access lasts, in seconds.
            workspace_id: A first workspace it reaches.
            attributes: Named values to extract from token claims, as CEL expressions (not
                supported yet).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_create_options(
            issuer_id=issuer_id,
            match=match,
            name=name,
            oauth_scope=oauth_scope,
            target=target,
            applies_to_all_workspaces=applies_to_all_workspaces,
            description=description,
            token_lifetime_seconds=token_lifetime_seconds,
            workspace_id=workspace_id,
            attributes=attributes,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_rule))

    def list(
        self,
        *,
        include_archived: bool | NotGiven = NOT_GIVEN,
        issuer_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FederationRule]:
        """List the organization's rules.

        Args:
            include_archived: Include archived rules (left out by default).
            issuer_id: Only the rules of this issuer.
            limit: Items per page.
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
            Page[FederationRule]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_federation_rules_list_options(
            include_archived=include_archived,
            issuer_id=issuer_id,
            limit=limit,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_federation_rule_page))

    async def retrieve(
        self,
        federation_rule_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Get a rule.

        Args:
            federation_rule_id: ID of the rule.
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
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_retrieve_options(
            federation_rule_id=federation_rule_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_rule))

    async def update(
        self,
        federation_rule_id: str,
        *,
        applies_to_all_workspaces: bool | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        match: FederationRuleMatchParam | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        oauth_scope: str | None | NotGiven = NOT_GIVEN,
        target: ServiceAccountTargetParam | None | NotGiven = NOT_GIVEN,
        token_lifetime_seconds: int | None | NotGiven = NOT_GIVEN,
        workspace_id: str | None | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationRule:
        """Change a rule.

        Args:
            federation_rule_id: ID of the rule.
            applies_to_all_workspaces: Whether the access reaches every workspace.
            description: New description.
            match: New token conditions.
            name: New name.
            oauth_scope: New scope.
            target: New service account.
            token_lifetime_seconds: New access lifetime, in seconds.
            workspace_id: A workspace to reach.
            attributes: Named values to extract from token claims, as CEL expressions (not
                supported yet).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationRule: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_rules_update_options(
            federation_rule_id=federation_rule_id,
            applies_to_all_workspaces=applies_to_all_workspaces,
            description=description,
            match=match,
            name=name,
            oauth_scope=oauth_scope,
            target=target,
            token_lifetime_seconds=token_lifetime_seconds,
            workspace_id=workspace_id,
            attributes=attributes,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_rule))


class AsyncBetaRulesWithRawResponse:
    """`AsyncBetaRules`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaRules) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspacesWithRawResponse:
        from .beta_organization_federation_rules_workspaces import (
            AsyncBetaWorkspacesWithRawResponse,
        )

        return AsyncBetaWorkspacesWithRawResponse(self._resource.workspaces)


class AsyncBetaRulesWithStreamingResponse:
    """`AsyncBetaRules`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaRules) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspacesWithStreamingResponse:
        from .beta_organization_federation_rules_workspaces import (
            AsyncBetaWorkspacesWithStreamingResponse,
        )

        return AsyncBetaWorkspacesWithStreamingResponse(self._resource.workspaces)
