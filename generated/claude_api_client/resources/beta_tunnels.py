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
    from ..types._models.tunnel import Tunnel
    from ..types._models.tunnel_token import TunnelToken
    from .beta_tunnels_certificates import (
        AsyncBetaCertificates,
        AsyncBetaCertificatesWithRawResponse,
        AsyncBetaCertificatesWithStreamingResponse,
        BetaCertificates,
        BetaCertificatesWithRawResponse,
        BetaCertificatesWithStreamingResponse,
    )

__all__ = ["BetaTunnels", "AsyncBetaTunnels"]

from ._ops_tunnels import (
    _load_tunnel,
    _load_tunnel_page,
    _load_tunnel_token,
    _tunnels_archive_options,
    _tunnels_create_options,
    _tunnels_list_options,
    _tunnels_retrieve_options,
    _tunnels_reveal_token_options,
    _tunnels_rotate_token_options,
)


class BetaTunnels(SyncResource):
    """`client.beta.tunnels`: the beta.tunnels operations of the Claude API."""

    @cached_property
    def certificates(self) -> BetaCertificates:
        from .beta_tunnels_certificates import BetaCertificates

        return BetaCertificates(self._client)

    @cached_property
    def with_raw_response(self) -> BetaTunnelsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaTunnelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaTunnelsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaTunnelsWithStreamingResponse(self)

    def archive(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tunnel:
        """Archive a tunnel.

        Args:
            tunnel_id: ID of the tunnel.
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
            Tunnel: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_archive_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_tunnel))

    def create(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tunnel:
        """Create a tunnel.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            display_name: Name for people to read, 1 to 255 characters.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Tunnel: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_create_options(
            workspace_id=workspace_id,
            display_name=display_name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_tunnel))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Tunnel]:
        """List tunnels.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            include_archived: Include archived items (left out by default).
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
            Page[Tunnel]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _tunnels_list_options(
            limit=limit,
            page=page,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_tunnel_page))

    def retrieve(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tunnel:
        """Get a tunnel.

        Args:
            tunnel_id: ID of the tunnel.
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
            Tunnel: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_retrieve_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_tunnel))

    def reveal_token(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TunnelToken:
        """Get the tunnel's current connector token.

        Args:
            tunnel_id: ID of the tunnel.
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
            TunnelToken: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_reveal_token_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_tunnel_token))

    def rotate_token(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        reason: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TunnelToken:
        """Replace the tunnel's connector token with a new one.

        Args:
            tunnel_id: ID of the tunnel.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            reason: Why the token is rotated, kept for audit.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            TunnelToken: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_rotate_token_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            reason=reason,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_tunnel_token))


class BetaTunnelsWithRawResponse:
    """`BetaTunnels`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaTunnels) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.reveal_token = raw_response_wrapper(resource.reveal_token)
        self.rotate_token = raw_response_wrapper(resource.rotate_token)

    @cached_property
    def certificates(self) -> BetaCertificatesWithRawResponse:
        from .beta_tunnels_certificates import BetaCertificatesWithRawResponse

        return BetaCertificatesWithRawResponse(self._resource.certificates)


class BetaTunnelsWithStreamingResponse:
    """`BetaTunnels`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaTunnels) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.reveal_token = streaming_response_wrapper(resource.reveal_token)
        self.rotate_token = streaming_response_wrapper(resource.rotate_token)

    @cached_property
    def certificates(self) -> BetaCertificatesWithStreamingResponse:
        from .beta_tunnels_certificates import BetaCertificatesWithStreamingResponse

        return BetaCertificatesWithStreamingResponse(self._resource.certificates)


class AsyncBetaTunnels(AsyncResource):
    """`client.beta.tunnels`: the beta.tunnels operations of the Claude API."""

    @cached_property
    def certificates(self) -> AsyncBetaCertificates:
        from .beta_tunnels_certificates import AsyncBetaCertificates

        return AsyncBetaCertificates(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaTunnelsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaTunnelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaTunnelsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaTunnelsWithStreamingResponse(self)

    async def archive(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tunnel:
        """Archive a tunnel.

        Args:
            tunnel_id: ID of the tunnel.
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
            Tunnel: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_archive_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_tunnel))

    async def create(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        display_name: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tunnel:
        """Create a tunnel.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            display_name: Name for people to read, 1 to 255 characters.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Tunnel: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_create_options(
            workspace_id=workspace_id,
            display_name=display_name,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_tunnel))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Tunnel]:
        """List tunnels.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            include_archived: Include archived items (left out by default).
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
            Page[Tunnel]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _tunnels_list_options(
            limit=limit,
            page=page,
            include_archived=include_archived,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_tunnel_page))

    async def retrieve(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tunnel:
        """Get a tunnel.

        Args:
            tunnel_id: ID of the tunnel.
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
            Tunnel: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_retrieve_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_tunnel))

    async def reveal_token(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TunnelToken:
        """Get the tunnel's current connector token.

        Args:
            tunnel_id: ID of the tunnel.
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
            TunnelToken: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_reveal_token_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_tunnel_token))

    async def rotate_token(
        self,
        tunnel_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        reason: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TunnelToken:
        """Replace the tunnel's connector token with a new one.

        Args:
            tunnel_id: ID of the tunnel.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            reason: Why the token is rotated, kept for audit.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            TunnelToken: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _tunnels_rotate_token_options(
            tunnel_id=tunnel_id,
            workspace_id=workspace_id,
            reason=reason,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_tunnel_token))


class AsyncBetaTunnelsWithRawResponse:
    """`AsyncBetaTunnels`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaTunnels) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.reveal_token = async_raw_response_wrapper(resource.reveal_token)
        self.rotate_token = async_raw_response_wrapper(resource.rotate_token)

    @cached_property
    def certificates(self) -> AsyncBetaCertificatesWithRawResponse:
        from .beta_tunnels_certificates import AsyncBetaCertificatesWithRawResponse

        return AsyncBetaCertificatesWithRawResponse(self._resource.certificates)


class AsyncBetaTunnelsWithStreamingResponse:
    """`AsyncBetaTunnels`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaTunnels) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.reveal_token = async_streaming_response_wrapper(resource.reveal_token)
        self.rotate_token = async_streaming_response_wrapper(resource.rotate_token)

    @cached_property
    def certificates(self) -> AsyncBetaCertificatesWithStreamingResponse:
        from .beta_tunnels_certificates import AsyncBetaCertificatesWithStreamingResponse

        return AsyncBetaCertificatesWithStreamingResponse(self._resource.certificates)
