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
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.managed_agents_memory_version import ManagedAgentsMemoryVersion
    from ..types._params.managed_agents_memory_version_operation_param import (
        ManagedAgentsMemoryVersionOperationParam,
    )
    from ..types._params.managed_agents_memory_view_param import ManagedAgentsMemoryViewParam

__all__ = ["BetaMemoryVersions", "AsyncBetaMemoryVersions"]

from ._ops_memory_stores_memory_versions import (
    _load_managed_agents_memory_version,
    _load_memory_version_page,
    _memory_stores_memory_versions_list_options,
    _memory_stores_memory_versions_redact_options,
    _memory_stores_memory_versions_retrieve_options,
)


class BetaMemoryVersions(SyncResource):
    """`client.beta.memory_stores.memory_versions`: the beta.memory_stores.memory_versions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaMemoryVersionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaMemoryVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaMemoryVersionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaMemoryVersionsWithStreamingResponse(self)

    def list(
        self,
        memory_store_id: str,
        *,
        memory_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        api_key_id: str | NotGiven = NOT_GIVEN,
        service_account_id: str | NotGiven = NOT_GIVEN,
        operation: ManagedAgentsMemoryVersionOperationParam | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsMemoryVersion]:
        """List the change history of a store's memories, newest first.

        Args:
            memory_store_id: ID of the memory store.
            memory_id: Only versions of this memory.
            session_id: Only versions written by this session.
            api_key_id: Only versions written with this API key.
            service_account_id: Only versions written by this service account.
            operation: Only versions recording this kind of change.
            created_at_gte: Only items created at or after this time.
            created_at_lte: Only items created at or before this time.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            view: `basic` leaves `content` null, `full` includes it.
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
            Page[ManagedAgentsMemoryVersion]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _memory_stores_memory_versions_list_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            session_id=session_id,
            api_key_id=api_key_id,
            service_account_id=service_account_id,
            operation=operation,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            limit=limit,
            page=page,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_memory_version_page))

    def redact(
        self,
        memory_version_id: str,
        *,
        memory_store_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryVersion:
        """Erase the content and path of a memory version, keeping the record that it existed.

        Args:
            memory_store_id: ID of the memory store.
            memory_version_id: ID of the memory version.
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
            ManagedAgentsMemoryVersion: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memory_versions_redact_options(
            memory_store_id=memory_store_id,
            memory_version_id=memory_version_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory_version))

    def retrieve(
        self,
        memory_version_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryVersion:
        """Get one memory version.

        Args:
            memory_store_id: ID of the memory store.
            memory_version_id: ID of the memory version.
            view: `basic` leaves `content` null, `full` includes it.
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
            ManagedAgentsMemoryVersion: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memory_versions_retrieve_options(
            memory_store_id=memory_store_id,
            memory_version_id=memory_version_id,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory_version))


class BetaMemoryVersionsWithRawResponse:
    """`BetaMemoryVersions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaMemoryVersions) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.redact = raw_response_wrapper(resource.redact)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class BetaMemoryVersionsWithStreamingResponse:
    """`BetaMemoryVersions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaMemoryVersions) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.redact = streaming_response_wrapper(resource.redact)
        self.retrieve = streaming_response_wrapper(resource.retrieve)


class AsyncBetaMemoryVersions(AsyncResource):
    """`client.beta.memory_stores.memory_versions`: the beta.memory_stores.memory_versions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaMemoryVersionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaMemoryVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaMemoryVersionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaMemoryVersionsWithStreamingResponse(self)

    def list(
        self,
        memory_store_id: str,
        *,
        memory_id: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        api_key_id: str | NotGiven = NOT_GIVEN,
        service_account_id: str | NotGiven = NOT_GIVEN,
        operation: ManagedAgentsMemoryVersionOperationParam | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsMemoryVersion]:
        """List the change history of a store's memories, newest first.

        Args:
            memory_store_id: ID of the memory store.
            memory_id: Only versions of this memory.
            session_id: Only versions written by this session.
            api_key_id: Only versions written with this API key.
            service_account_id: Only versions written by this service account.
            operation: Only versions recording this kind of change.
            created_at_gte: Only items created at or after this time.
            created_at_lte: Only items created at or before this time.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            view: `basic` leaves `content` null, `full` includes it.
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
            Page[ManagedAgentsMemoryVersion]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _memory_stores_memory_versions_list_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            session_id=session_id,
            api_key_id=api_key_id,
            service_account_id=service_account_id,
            operation=operation,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            limit=limit,
            page=page,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_memory_version_page))

    async def redact(
        self,
        memory_version_id: str,
        *,
        memory_store_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryVersion:
        """Erase the content and path of a memory version, keeping the record that it existed.

        Args:
            memory_store_id: ID of the memory store.
            memory_version_id: ID of the memory version.
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
            ManagedAgentsMemoryVersion: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memory_versions_redact_options(
            memory_store_id=memory_store_id,
            memory_version_id=memory_version_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory_version))

    async def retrieve(
        self,
        memory_version_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryVersion:
        """Get one memory version.

        Args:
            memory_store_id: ID of the memory store.
            memory_version_id: ID of the memory version.
            view: `basic` leaves `content` null, `full` includes it.
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
            ManagedAgentsMemoryVersion: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memory_versions_retrieve_options(
            memory_store_id=memory_store_id,
            memory_version_id=memory_version_id,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory_version))


class AsyncBetaMemoryVersionsWithRawResponse:
    """`AsyncBetaMemoryVersions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaMemoryVersions) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.redact = async_raw_response_wrapper(resource.redact)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncBetaMemoryVersionsWithStreamingResponse:
    """`AsyncBetaMemoryVersions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaMemoryVersions) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.redact = async_streaming_response_wrapper(resource.redact)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
