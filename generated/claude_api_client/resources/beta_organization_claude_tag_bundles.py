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
    from ..types._models.claude_tag_bundle import ClaudeTagBundle
    from .beta_organization_claude_tag_bundles_targets import (
        AsyncBetaTargets,
        AsyncBetaTargetsWithRawResponse,
        AsyncBetaTargetsWithStreamingResponse,
        BetaTargets,
        BetaTargetsWithRawResponse,
        BetaTargetsWithStreamingResponse,
    )

__all__ = ["BetaBundles", "AsyncBetaBundles"]

from ._ops_organization_claude_tag_bundles import (
    _load_claude_tag_bundle,
    _load_claude_tag_bundle_page,
    _organization_claude_tag_bundles_list_options,
    _organization_claude_tag_bundles_retrieve_options,
    _organization_claude_tag_bundles_update_options,
)


class BetaBundles(SyncResource):
    """`client.beta.organization.claude_tag.bundles`: the beta.organization.claude_tag.bundles operations of the Claude API."""

    @cached_property
    def targets(self) -> BetaTargets:
        from .beta_organization_claude_tag_bundles_targets import BetaTargets

        return BetaTargets(self._client)

    @cached_property
    def with_raw_response(self) -> BetaBundlesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaBundlesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaBundlesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaBundlesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ClaudeTagBundle]:
        """List the organization's Claude bundles.

        Args:
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
            Page[ClaudeTagBundle]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_claude_tag_bundles_list_options(
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
        return self._client.request_page(options, PageSpec(page=_load_claude_tag_bundle_page))

    def retrieve(
        self,
        bundle_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagBundle:
        """Get a bundle.

        Args:
            bundle_id: ID of the bundle.
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
            ClaudeTagBundle: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_bundles_retrieve_options(
            bundle_id=bundle_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_claude_tag_bundle))

    def update(
        self,
        bundle_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagBundle:
        """Change a bundle's instructions.

        Args:
            bundle_id: ID of the bundle.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            instructions: The new instructions; null clears them.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeTagBundle: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_bundles_update_options(
            bundle_id=bundle_id,
            workspace_id=workspace_id,
            instructions=instructions,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_claude_tag_bundle))


class BetaBundlesWithRawResponse:
    """`BetaBundles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaBundles) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def targets(self) -> BetaTargetsWithRawResponse:
        from .beta_organization_claude_tag_bundles_targets import BetaTargetsWithRawResponse

        return BetaTargetsWithRawResponse(self._resource.targets)


class BetaBundlesWithStreamingResponse:
    """`BetaBundles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaBundles) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def targets(self) -> BetaTargetsWithStreamingResponse:
        from .beta_organization_claude_tag_bundles_targets import BetaTargetsWithStreamingResponse

        return BetaTargetsWithStreamingResponse(self._resource.targets)


class AsyncBetaBundles(AsyncResource):
    """`client.beta.organization.claude_tag.bundles`: the beta.organization.claude_tag.bundles operations of the Claude API."""

    @cached_property
    def targets(self) -> AsyncBetaTargets:
        from .beta_organization_claude_tag_bundles_targets import AsyncBetaTargets

        return AsyncBetaTargets(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaBundlesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaBundlesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaBundlesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaBundlesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ClaudeTagBundle]:
        """List the organization's Claude bundles.

        Args:
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
            Page[ClaudeTagBundle]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_claude_tag_bundles_list_options(
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
        return self._client.request_page(options, PageSpec(page=_load_claude_tag_bundle_page))

    async def retrieve(
        self,
        bundle_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagBundle:
        """Get a bundle.

        Args:
            bundle_id: ID of the bundle.
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
            ClaudeTagBundle: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_bundles_retrieve_options(
            bundle_id=bundle_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_claude_tag_bundle))

    async def update(
        self,
        bundle_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagBundle:
        """Change a bundle's instructions.

        Args:
            bundle_id: ID of the bundle.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            instructions: The new instructions; null clears them.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeTagBundle: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_bundles_update_options(
            bundle_id=bundle_id,
            workspace_id=workspace_id,
            instructions=instructions,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_claude_tag_bundle))


class AsyncBetaBundlesWithRawResponse:
    """`AsyncBetaBundles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaBundles) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def targets(self) -> AsyncBetaTargetsWithRawResponse:
        from .beta_organization_claude_tag_bundles_targets import AsyncBetaTargetsWithRawResponse

        return AsyncBetaTargetsWithRawResponse(self._resource.targets)


class AsyncBetaBundlesWithStreamingResponse:
    """`AsyncBetaBundles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaBundles) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def targets(self) -> AsyncBetaTargetsWithStreamingResponse:
        from .beta_organization_claude_tag_bundles_targets import (
            AsyncBetaTargetsWithStreamingResponse,
        )

        return AsyncBetaTargetsWithStreamingResponse(self._resource.targets)
