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
    from ..types._models.federation_issuer import FederationIssuer
    from ..types._params.federation_jwks_param import FederationJWKSParam

__all__ = ["BetaIssuers", "AsyncBetaIssuers"]

from ._ops_organization_federation_issuers import (
    _load_federation_issuer,
    _load_federation_issuer_page,
    _organization_federation_issuers_archive_options,
    _organization_federation_issuers_create_options,
    _organization_federation_issuers_list_options,
    _organization_federation_issuers_retrieve_options,
    _organization_federation_issuers_update_options,
)


class BetaIssuers(SyncResource):
    """`client.beta.organization.federation.issuers`: the beta.organization.federation.issuers operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaIssuersWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaIssuersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaIssuersWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaIssuersWithStreamingResponse(self)

    def archive(
        self,
        federation_issuer_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Archive an issuer; its tokens are no longer accepted.

        Args:
            federation_issuer_id: ID of the issuer.
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
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_archive_options(
            federation_issuer_id=federation_issuer_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_issuer))

    def create(
        self,
        *,
        issuer_url: str,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        check_jti: bool | None | NotGiven = NOT_GIVEN,
        jwks: FederationJWKSParam | NotGiven = NOT_GIVEN,
        max_jwt_lifetime_seconds: int | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Register an identity provider for workload identity federation.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            issuer_url: The `iss` its tokens carry.
            name: Its name.
            check_jti: Whether a token's `jti` may be used only once.
            jwks: Where its signing keys come from (OpenID Connect discovery by default).
            max_jwt_lifetime_seconds: The longest token lifetime to accept, in seconds.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_create_options(
            workspace_id=workspace_id,
            issuer_url=issuer_url,
            name=name,
            check_jti=check_jti,
            jwks=jwks,
            max_jwt_lifetime_seconds=max_jwt_lifetime_seconds,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_issuer))

    def list(
        self,
        *,
        include_archived: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FederationIssuer]:
        """List the organization's issuers.

        Args:
            include_archived: Include archived issuers (left out by default).
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
            Page[FederationIssuer]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_federation_issuers_list_options(
            include_archived=include_archived,
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
        return self._client.request_page(options, PageSpec(page=_load_federation_issuer_page))

    def retrieve(
        self,
        federation_issuer_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Get an issuer.

        Args:
            federation_issuer_id: ID of the issuer.
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
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_retrieve_options(
            federation_issuer_id=federation_issuer_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_issuer))

    def update(
        self,
        federation_issuer_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        check_jti: bool | None | NotGiven = NOT_GIVEN,
        issuer_url: str | None | NotGiven = NOT_GIVEN,
        jwks: FederationJWKSParam | None | NotGiven = NOT_GIVEN,
        jwks_polling_disabled: bool | None | NotGiven = NOT_GIVEN,
        max_jwt_lifetime_seconds: int | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Change an issuer.

        Args:
            federation_issuer_id: ID of the issuer.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            check_jti: Whether a token's `jti` may be used only once.
            issuer_url: New `iss`.
            jwks: A new key source, replacing the old one whole.
            jwks_polling_disabled: Stop (true) or resume (false) fetching its keys.
            max_jwt_lifetime_seconds: The longest token lifetime to accept, in seconds.
            name: New name.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_update_options(
            federation_issuer_id=federation_issuer_id,
            workspace_id=workspace_id,
            check_jti=check_jti,
            issuer_url=issuer_url,
            jwks=jwks,
            jwks_polling_disabled=jwks_polling_disabled,
            max_jwt_lifetime_seconds=max_jwt_lifetime_seconds,
            name=name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_federation_issuer))


class BetaIssuersWithRawResponse:
    """`BetaIssuers`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaIssuers) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaIssuersWithStreamingResponse:
    """`BetaIssuers`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaIssuers) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaIssuers(AsyncResource):
    """`client.beta.organization.federation.issuers`: the beta.organization.federation.issuers operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaIssuersWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaIssuersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaIssuersWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaIssuersWithStreamingResponse(self)

    async def archive(
        self,
        federation_issuer_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Archive an issuer; its tokens are no longer accepted.

        Args:
            federation_issuer_id: ID of the issuer.
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
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_archive_options(
            federation_issuer_id=federation_issuer_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_issuer))

    async def create(
        self,
        *,
        issuer_url: str,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        check_jti: bool | None | NotGiven = NOT_GIVEN,
        jwks: FederationJWKSParam | NotGiven = NOT_GIVEN,
        max_jwt_lifetime_seconds: int | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Register an identity provider for workload identity federation.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            issuer_url: The `iss` its tokens carry.
            name: Its name.
            check_jti: Whether a token's `jti` may be used only once.
            jwks: Where its signing keys come from (OpenID Connect discovery by default).
            max_jwt_lifetime_seconds: The longest token lifetime to accept, in seconds.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_create_options(
            workspace_id=workspace_id,
            issuer_url=issuer_url,
            name=name,
            check_jti=check_jti,
            jwks=jwks,
            max_jwt_lifetime_seconds=max_jwt_lifetime_seconds,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_issuer))

    def list(
        self,
        *,
        include_archived: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FederationIssuer]:
        """List the organization's issuers.

        Args:
            include_archived: Include archived issuers (left out by default).
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
            Page[FederationIssuer]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_federation_issuers_list_options(
            include_archived=include_archived,
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
        return self._client.request_page(options, PageSpec(page=_load_federation_issuer_page))

    async def retrieve(
        self,
        federation_issuer_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Get an issuer.

        Args:
            federation_issuer_id: ID of the issuer.
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
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_retrieve_options(
            federation_issuer_id=federation_issuer_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_issuer))

    async def update(
        self,
        federation_issuer_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        check_jti: bool | None | NotGiven = NOT_GIVEN,
        issuer_url: str | None | NotGiven = NOT_GIVEN,
        jwks: FederationJWKSParam | None | NotGiven = NOT_GIVEN,
        jwks_polling_disabled: bool | None | NotGiven = NOT_GIVEN,
        max_jwt_lifetime_seconds: int | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FederationIssuer:
        """Change an issuer.

        Args:
            federation_issuer_id: ID of the issuer.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            check_jti: Whether a token's `jti` may be used only once.
            issuer_url: New `iss`.
            jwks: A new key source, replacing the old one whole.
            jwks_polling_disabled: Stop (true) or resume (false) fetching its keys.
            max_jwt_lifetime_seconds: The longest token lifetime to accept, in seconds.
            name: New name.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FederationIssuer: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_federation_issuers_update_options(
            federation_issuer_id=federation_issuer_id,
            workspace_id=workspace_id,
            check_jti=check_jti,
            issuer_url=issuer_url,
            jwks=jwks,
            jwks_polling_disabled=jwks_polling_disabled,
            max_jwt_lifetime_seconds=max_jwt_lifetime_seconds,
            name=name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_federation_issuer))


class AsyncBetaIssuersWithRawResponse:
    """`AsyncBetaIssuers`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaIssuers) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaIssuersWithStreamingResponse:
    """`AsyncBetaIssuers`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaIssuers) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
