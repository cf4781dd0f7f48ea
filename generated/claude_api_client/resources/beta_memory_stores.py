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
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.managed_agents_deleted_memory_store import ManagedAgentsDeletedMemoryStore
    from ..types._models.managed_agents_memory_store import ManagedAgentsMemoryStore
    from .beta_memory_stores_memories import (
        AsyncBetaMemories,
        AsyncBetaMemoriesWithRawResponse,
        AsyncBetaMemoriesWithStreamingResponse,
        BetaMemories,
        BetaMemoriesWithRawResponse,
        BetaMemoriesWithStreamingResponse,
    )
    from .beta_memory_stores_memory_versions import (
        AsyncBetaMemoryVersions,
        AsyncBetaMemoryVersionsWithRawResponse,
        AsyncBetaMemoryVersionsWithStreamingResponse,
        BetaMemoryVersions,
        BetaMemoryVersionsWithRawResponse,
        BetaMemoryVersionsWithStreamingResponse,
    )

__all__ = ["BetaMemoryStores", "AsyncBetaMemoryStores"]

from ._ops_memory_stores import (
    _load_managed_agents_deleted_memory_store,
    _load_managed_agents_memory_store,
    _load_memory_store_page,
    _memory_stores_archive_options,
    _memory_stores_create_options,
    _memory_stores_delete_options,
    _memory_stores_list_options,
    _memory_stores_retrieve_options,
    _memory_stores_update_options,
)


class BetaMemoryStores(SyncResource):
    """`client.beta.memory_stores`: the beta.memory_stores operations of the Claude API."""

    @cached_property
    def memories(self) -> BetaMemories:
        from .beta_memory_stores_memories import BetaMemories

        return BetaMemories(self._client)

    @cached_property
    def memory_versions(self) -> BetaMemoryVersions:
        from .beta_memory_stores_memory_versions import BetaMemoryVersions

        return BetaMemoryVersions(self._client)

    @cached_property
    def with_raw_response(self) -> BetaMemoryStoresWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaMemoryStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaMemoryStoresWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaMemoryStoresWithStreamingResponse(self)

    def archive(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Archive a memory store: it becomes read-only and cannot be attached to new sessions.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_archive_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory_store))

    def create(
        self,
        *,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Create a memory store.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Name of the store, 1 to 255 characters.
            description: What the store holds, for the agent; up to 1024 characters.
            metadata: Your own key-value labels (up to 16 pairs).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_create_options(
            workspace_id=workspace_id,
            name=name,
            description=description,
            metadata=metadata,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory_store))

    def delete(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemoryStore:
        """Delete a memory store and every memory in it.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsDeletedMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_delete_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deleted_memory_store))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsMemoryStore]:
        """List memory stores, newest first.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            include_archived: Include archived items (left out by default).
            created_at_gte: Only items created at or after this time.
            created_at_lte: Only items created at or before this time.
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
            Page[ManagedAgentsMemoryStore]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _memory_stores_list_options(
            limit=limit,
            page=page,
            include_archived=include_archived,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_memory_store_page))

    def retrieve(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Get a memory store, archived ones included.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_retrieve_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory_store))

    def update(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Change a memory store's name, description or metadata.

        Args:
            memory_store_id: ID of the memory store.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: New name; omit to keep the current one.
            description: New description; omit to keep it, empty string to clear it.
            metadata: Labels to merge in; a null value deletes that key.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_update_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            name=name,
            description=description,
            metadata=metadata,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory_store))


class BetaMemoryStoresWithRawResponse:
    """`BetaMemoryStores`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaMemoryStores) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> BetaMemoriesWithRawResponse:
        from .beta_memory_stores_memories import BetaMemoriesWithRawResponse

        return BetaMemoriesWithRawResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> BetaMemoryVersionsWithRawResponse:
        from .beta_memory_stores_memory_versions import BetaMemoryVersionsWithRawResponse

        return BetaMemoryVersionsWithRawResponse(self._resource.memory_versions)


class BetaMemoryStoresWithStreamingResponse:
    """`BetaMemoryStores`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaMemoryStores) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> BetaMemoriesWithStreamingResponse:
        from .beta_memory_stores_memories import BetaMemoriesWithStreamingResponse

        return BetaMemoriesWithStreamingResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> BetaMemoryVersionsWithStreamingResponse:
        from .beta_memory_stores_memory_versions import BetaMemoryVersionsWithStreamingResponse

        return BetaMemoryVersionsWithStreamingResponse(self._resource.memory_versions)


class AsyncBetaMemoryStores(AsyncResource):
    """`client.beta.memory_stores`: the beta.memory_stores operations of the Claude API."""

    @cached_property
    def memories(self) -> AsyncBetaMemories:
        from .beta_memory_stores_memories import AsyncBetaMemories

        return AsyncBetaMemories(self._client)

    @cached_property
    def memory_versions(self) -> AsyncBetaMemoryVersions:
        from .beta_memory_stores_memory_versions import AsyncBetaMemoryVersions

        return AsyncBetaMemoryVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaMemoryStoresWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaMemoryStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaMemoryStoresWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaMemoryStoresWithStreamingResponse(self)

    async def archive(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Archive a memory store: it becomes read-only and cannot be attached to new sessions.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_archive_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory_store))

    async def create(
        self,
        *,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Create a memory store.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Name of the store, 1 to 255 characters.
            description: What the store holds, for the agent; up to 1024 characters.
            metadata: Your own key-value labels (up to 16 pairs).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_create_options(
            workspace_id=workspace_id,
            name=name,
            description=description,
            metadata=metadata,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory_store))

    async def delete(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemoryStore:
        """Delete a memory store and every memory in it.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsDeletedMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_delete_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_managed_agents_deleted_memory_store)
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsMemoryStore]:
        """List memory stores, newest first.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            include_archived: Include archived items (left out by default).
            created_at_gte: Only items created at or after this time.
            created_at_lte: Only items created at or before this time.
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
            Page[ManagedAgentsMemoryStore]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _memory_stores_list_options(
            limit=limit,
            page=page,
            include_archived=include_archived,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_memory_store_page))

    async def retrieve(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Get a memory store, archived ones included.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_retrieve_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory_store))

    async def update(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemoryStore:
        """Change a memory store's name, description or metadata.

        Args:
            memory_store_id: ID of the memory store.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: New name; omit to keep the current one.
            description: New description; omit to keep it, empty string to clear it.
            metadata: Labels to merge in; a null value deletes that key.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemoryStore: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_update_options(
            memory_store_id=memory_store_id,
            workspace_id=workspace_id,
            name=name,
            description=description,
            metadata=metadata,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory_store))


class AsyncBetaMemoryStoresWithRawResponse:
    """`AsyncBetaMemoryStores`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaMemoryStores) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> AsyncBetaMemoriesWithRawResponse:
        from .beta_memory_stores_memories import AsyncBetaMemoriesWithRawResponse

        return AsyncBetaMemoriesWithRawResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> AsyncBetaMemoryVersionsWithRawResponse:
        from .beta_memory_stores_memory_versions import AsyncBetaMemoryVersionsWithRawResponse

        return AsyncBetaMemoryVersionsWithRawResponse(self._resource.memory_versions)


class AsyncBetaMemoryStoresWithStreamingResponse:
    """`AsyncBetaMemoryStores`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaMemoryStores) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> AsyncBetaMemoriesWithStreamingResponse:
        from .beta_memory_stores_memories import AsyncBetaMemoriesWithStreamingResponse

        return AsyncBetaMemoriesWithStreamingResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> AsyncBetaMemoryVersionsWithStreamingResponse:
        from .beta_memory_stores_memory_versions import AsyncBetaMemoryVersionsWithStreamingResponse

        return AsyncBetaMemoryVersionsWithStreamingResponse(self._resource.memory_versions)
