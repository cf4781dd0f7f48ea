# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_federation_issuers import (
        AsyncBetaIssuers,
        AsyncBetaIssuersWithRawResponse,
        AsyncBetaIssuersWithStreamingResponse,
        BetaIssuers,
        BetaIssuersWithRawResponse,
        BetaIssuersWithStreamingResponse,
    )
    from .beta_organization_federation_rules import (
        AsyncBetaRules,
        AsyncBetaRulesWithRawResponse,
        AsyncBetaRulesWithStreamingResponse,
        BetaRules,
        BetaRulesWithRawResponse,
        BetaRulesWithStreamingResponse,
    )

__all__ = ["BetaFederation", "AsyncBetaFederation"]


class BetaFederation(SyncResource):
    """`client.beta.organization.federation`: the beta.organization.federation operations of the Claude API."""

    @cached_property
    def issuers(self) -> BetaIssuers:
        from .beta_organization_federation_issuers import BetaIssuers

        return BetaIssuers(self._client)

    @cached_property
    def rules(self) -> BetaRules:
        from .beta_organization_federation_rules import BetaRules

        return BetaRules(self._client)

    @cached_property
    def with_raw_response(self) -> BetaFederationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaFederationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaFederationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaFederationWithStreamingResponse(self)


class BetaFederationWithRawResponse:
    """`BetaFederation`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaFederation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> BetaIssuersWithRawResponse:
        from .beta_organization_federation_issuers import BetaIssuersWithRawResponse

        return BetaIssuersWithRawResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> BetaRulesWithRawResponse:
        from .beta_organization_federation_rules import BetaRulesWithRawResponse

        return BetaRulesWithRawResponse(self._resource.rules)


class BetaFederationWithStreamingResponse:
    """`BetaFederation`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaFederation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> BetaIssuersWithStreamingResponse:
        from .beta_organization_federation_issuers import BetaIssuersWithStreamingResponse

        return BetaIssuersWithStreamingResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> BetaRulesWithStreamingResponse:
        from .beta_organization_federation_rules import BetaRulesWithStreamingResponse

        return BetaRulesWithStreamingResponse(self._resource.rules)


class AsyncBetaFederation(AsyncResource):
    """`client.beta.organization.federation`: the beta.organization.federation operations of the Claude API."""

    @cached_property
    def issuers(self) -> AsyncBetaIssuers:
        from .beta_organization_federation_issuers import AsyncBetaIssuers

        return AsyncBetaIssuers(self._client)

    @cached_property
    def rules(self) -> AsyncBetaRules:
        from .beta_organization_federation_rules import AsyncBetaRules

        return AsyncBetaRules(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaFederationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaFederationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaFederationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaFederationWithStreamingResponse(self)


class AsyncBetaFederationWithRawResponse:
    """`AsyncBetaFederation`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaFederation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> AsyncBetaIssuersWithRawResponse:
        from .beta_organization_federation_issuers import AsyncBetaIssuersWithRawResponse

        return AsyncBetaIssuersWithRawResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> AsyncBetaRulesWithRawResponse:
        from .beta_organization_federation_rules import AsyncBetaRulesWithRawResponse

        return AsyncBetaRulesWithRawResponse(self._resource.rules)


class AsyncBetaFederationWithStreamingResponse:
    """`AsyncBetaFederation`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaFederation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> AsyncBetaIssuersWithStreamingResponse:
        from .beta_organization_federation_issuers import AsyncBetaIssuersWithStreamingResponse

        return AsyncBetaIssuersWithStreamingResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> AsyncBetaRulesWithStreamingResponse:
        from .beta_organization_federation_rules import AsyncBetaRulesWithStreamingResponse

        return AsyncBetaRulesWithStreamingResponse(self._resource.rules)
