# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .organization_federation_issuers import (
        AsyncIssuers,
        AsyncIssuersWithRawResponse,
        AsyncIssuersWithStreamingResponse,
        Issuers,
        IssuersWithRawResponse,
        IssuersWithStreamingResponse,
    )
    from .organization_federation_rules import (
        AsyncRules,
        AsyncRulesWithRawResponse,
        AsyncRulesWithStreamingResponse,
        Rules,
        RulesWithRawResponse,
        RulesWithStreamingResponse,
    )

__all__ = ["Federation", "AsyncFederation"]


class Federation(SyncResource):
    """`client.organization.federation`: the organization.federation operations of the Claude API."""

    @cached_property
    def issuers(self) -> Issuers:
        from .organization_federation_issuers import Issuers

        return Issuers(self._client)

    @cached_property
    def rules(self) -> Rules:
        from .organization_federation_rules import Rules

        return Rules(self._client)

    @cached_property
    def with_raw_response(self) -> FederationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return FederationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FederationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return FederationWithStreamingResponse(self)


class FederationWithRawResponse:
    """`Federation`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Federation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> IssuersWithRawResponse:
        from .organization_federation_issuers import IssuersWithRawResponse

        return IssuersWithRawResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> RulesWithRawResponse:
        from .organization_federation_rules import RulesWithRawResponse

        return RulesWithRawResponse(self._resource.rules)


class FederationWithStreamingResponse:
    """`Federation`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Federation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> IssuersWithStreamingResponse:
        from .organization_federation_issuers import IssuersWithStreamingResponse

        return IssuersWithStreamingResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> RulesWithStreamingResponse:
        from .organization_federation_rules import RulesWithStreamingResponse

        return RulesWithStreamingResponse(self._resource.rules)


class AsyncFederation(AsyncResource):
    """`client.organization.federation`: the organization.federation operations of the Claude API."""

    @cached_property
    def issuers(self) -> AsyncIssuers:
        from .organization_federation_issuers import AsyncIssuers

        return AsyncIssuers(self._client)

    @cached_property
    def rules(self) -> AsyncRules:
        from .organization_federation_rules import AsyncRules

        return AsyncRules(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFederationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncFederationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFederationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncFederationWithStreamingResponse(self)


class AsyncFederationWithRawResponse:
    """`AsyncFederation`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncFederation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> AsyncIssuersWithRawResponse:
        from .organization_federation_issuers import AsyncIssuersWithRawResponse

        return AsyncIssuersWithRawResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> AsyncRulesWithRawResponse:
        from .organization_federation_rules import AsyncRulesWithRawResponse

        return AsyncRulesWithRawResponse(self._resource.rules)


class AsyncFederationWithStreamingResponse:
    """`AsyncFederation`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncFederation) -> None:
        self._resource = resource

    @cached_property
    def issuers(self) -> AsyncIssuersWithStreamingResponse:
        from .organization_federation_issuers import AsyncIssuersWithStreamingResponse

        return AsyncIssuersWithStreamingResponse(self._resource.issuers)

    @cached_property
    def rules(self) -> AsyncRulesWithStreamingResponse:
        from .organization_federation_rules import AsyncRulesWithStreamingResponse

        return AsyncRulesWithStreamingResponse(self._resource.rules)
