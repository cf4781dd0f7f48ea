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
    from ..types._models.managed_agents_bedrock_memory_store import ManagedAgentsBedrockMemoryStore
    from ..types._models.managed_agents_bedrock_memory_store_list_item import (
        ManagedAgentsBedrockMemoryStoreListItem,
    )
    from ..types._models.managed_agents_deleted_memory_store import ManagedAgentsDeletedMemoryStore
    from ..types._params.managed_agents_managed_memory_store_backend_param import (
        ManagedAgentsManagedMemoryStoreBackendParam,
    )
    from .bedrock_memory_stores_memories import (
        AsyncBedrockMemories,
        AsyncBedrockMemoriesWithRawResponse,
        AsyncBedrockMemoriesWithStreamingResponse,
        BedrockMemories,
        BedrockMemoriesWithRawResponse,
        BedrockMemoriesWithStreamingResponse,
    )
    from .bedrock_memory_stores_memory_versions import (
        AsyncBedrockMemoryVersions,
        AsyncBedrockMemoryVersionsWithRawResponse,
        AsyncBedrockMemoryVersionsWithStreamingResponse,
        BedrockMemoryVersions,
        BedrockMemoryVersionsWithRawResponse,
        BedrockMemoryVersionsWithStreamingResponse,
    )

__all__ = ["BedrockMemoryStores", "AsyncBedrockMemoryStores"]

from ._ops_bedrock_memory_stores import (
    _load_managed_agents_bedrock_memory_store,
    _load_managed_agents_bedrock_memory_store_page,
    _load_managed_agents_deleted_memory_store,
    _memory_stores_archive_options,
    _memory_stores_create_options,
    _memory_stores_delete_options,
    _memory_stores_list_options,
    _memory_stores_retrieve_options,
    _memory_stores_update_options,
)


class BedrockMemoryStores(SyncResource):
    """`client.beta.memory_stores` of the bedrock client: its beta.memory_stores operations."""

    @cached_property
    def memories(self) -> BedrockMemories:
        from .bedrock_memory_stores_memories import BedrockMemories

        return BedrockMemories(self._client)

    @cached_property
    def memory_versions(self) -> BedrockMemoryVersions:
        from .bedrock_memory_stores_memory_versions import BedrockMemoryVersions

        return BedrockMemoryVersions(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockMemoryStoresWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockMemoryStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockMemoryStoresWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockMemoryStoresWithStreamingResponse(self)

    def archive(
        self,
        memory_store_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Archive a memory store: it becomes read-only and cannot be attached to new sessions.

        Args:
            memory_store_id: ID of the memory store.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_archive_options(
            memory_store_id=memory_store_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_memory_store))

    def create(
        self,
        *,
        name: str,
        backend: ManagedAgentsManagedMemoryStoreBackendParam | None | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Create a memory store.

        Args:
            backend: Bedrock: where the store keeps its memories; omitted or null means
                `{"type": "managed"}`, fixed at creation.
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
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_create_options(
            backend=backend,
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
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_memory_store))

    def delete(
        self,
        memory_store_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemoryStore:
        """Delete a memory store and every memory in it.

        Args:
            memory_store_id: ID of the memory store.
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
        created_by_me: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsBedrockMemoryStoreListItem]:
        """List memory stores, newest first.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            include_archived: Include archived items (left out by default).
            created_by_me: Bedrock: only what the caller created (default false).
            created_at_gte: Only items created at or after this time.
            created_at_lte: Only items created at or before this time.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockMemoryStoreListItem]: one page; iterating it yields every
                item across pages, fetching the next page as you go.

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
            created_by_me=created_by_me,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_memory_store_page)
        )

    def retrieve(
        self,
        memory_store_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Get a memory store, archived ones included.

        Args:
            memory_store_id: ID of the memory store.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_retrieve_options(
            memory_store_id=memory_store_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_memory_store))

    def update(
        self,
        memory_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Change a memory store's name, description or metadata.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_update_options(
            memory_store_id=memory_store_id,
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
        return self._client.request(options, value_cast(_load_managed_agents_bedrock_memory_store))


class BedrockMemoryStoresWithRawResponse:
    """`BedrockMemoryStores`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockMemoryStores) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> BedrockMemoriesWithRawResponse:
        from .bedrock_memory_stores_memories import BedrockMemoriesWithRawResponse

        return BedrockMemoriesWithRawResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> BedrockMemoryVersionsWithRawResponse:
        from .bedrock_memory_stores_memory_versions import BedrockMemoryVersionsWithRawResponse

        return BedrockMemoryVersionsWithRawResponse(self._resource.memory_versions)


class BedrockMemoryStoresWithStreamingResponse:
    """`BedrockMemoryStores`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockMemoryStores) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> BedrockMemoriesWithStreamingResponse:
        from .bedrock_memory_stores_memories import BedrockMemoriesWithStreamingResponse

        return BedrockMemoriesWithStreamingResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> BedrockMemoryVersionsWithStreamingResponse:
        from .bedrock_memory_stores_memory_versions import (
            BedrockMemoryVersionsWithStreamingResponse,
        )

        return BedrockMemoryVersionsWithStreamingResponse(self._resource.memory_versions)


class AsyncBedrockMemoryStores(AsyncResource):
    """`client.beta.memory_stores` of the bedrock client: its beta.memory_stores operations."""

    @cached_property
    def memories(self) -> AsyncBedrockMemories:
        from .bedrock_memory_stores_memories import AsyncBedrockMemories

        return AsyncBedrockMemories(self._client)

    @cached_property
    def memory_versions(self) -> AsyncBedrockMemoryVersions:
        from .bedrock_memory_stores_memory_versions import AsyncBedrockMemoryVersions

        return AsyncBedrockMemoryVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockMemoryStoresWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockMemoryStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockMemoryStoresWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockMemoryStoresWithStreamingResponse(self)

    async def archive(
        self,
        memory_store_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Archive a memory store: it becomes read-only and cannot be attached to new sessions.

        Args:
            memory_store_id: ID of the memory store.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_archive_options(
            memory_store_id=memory_store_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_managed_agents_bedrock_memory_store)
        )

    async def create(
        self,
        *,
        name: str,
        backend: ManagedAgentsManagedMemoryStoreBackendParam | None | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Create a memory store.

        Args:
            backend: Bedrock: where the store keeps its memories; omitted or null means
                `{"type": "managed"}`, fixed at creation.
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
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_create_options(
            backend=backend,
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
        return await self._client.request(
            options, value_cast(_load_managed_agents_bedrock_memory_store)
        )

    async def delete(
        self,
        memory_store_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemoryStore:
        """Delete a memory store and every memory in it.

        Args:
            memory_store_id: ID of the memory store.
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
        created_by_me: bool | NotGiven = NOT_GIVEN,
        created_at_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_at_lte: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsBedrockMemoryStoreListItem]:
        """List memory stores, newest first.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            include_archived: Include archived items (left out by default).
            created_by_me: Bedrock: only what the caller created (default false).
            created_at_gte: Only items created at or after this time.
            created_at_lte: Only items created at or before this time.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockMemoryStoreListItem]: one page; iterating it yields every
                item across pages, fetching the next page as you go.

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
            created_by_me=created_by_me,
            created_at_gte=created_at_gte,
            created_at_lte=created_at_lte,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_memory_store_page)
        )

    async def retrieve(
        self,
        memory_store_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Get a memory store, archived ones included.

        Args:
            memory_store_id: ID of the memory store.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_retrieve_options(
            memory_store_id=memory_store_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_managed_agents_bedrock_memory_store)
        )

    async def update(
        self,
        memory_store_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsBedrockMemoryStore:
        """Change a memory store's name, description or metadata.

        Args:
            memory_store_id: ID of the memory store.
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
            ManagedAgentsBedrockMemoryStore: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_update_options(
            memory_store_id=memory_store_id,
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
        return await self._client.request(
            options, value_cast(_load_managed_agents_bedrock_memory_store)
        )


class AsyncBedrockMemoryStoresWithRawResponse:
    """`AsyncBedrockMemoryStores`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockMemoryStores) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> AsyncBedrockMemoriesWithRawResponse:
        from .bedrock_memory_stores_memories import AsyncBedrockMemoriesWithRawResponse

        return AsyncBedrockMemoriesWithRawResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> AsyncBedrockMemoryVersionsWithRawResponse:
        from .bedrock_memory_stores_memory_versions import AsyncBedrockMemoryVersionsWithRawResponse

        return AsyncBedrockMemoryVersionsWithRawResponse(self._resource.memory_versions)


class AsyncBedrockMemoryStoresWithStreamingResponse:
    """`AsyncBedrockMemoryStores`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockMemoryStores) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def memories(self) -> AsyncBedrockMemoriesWithStreamingResponse:
        from .bedrock_memory_stores_memories import AsyncBedrockMemoriesWithStreamingResponse

        return AsyncBedrockMemoriesWithStreamingResponse(self._resource.memories)

    @cached_property
    def memory_versions(self) -> AsyncBedrockMemoryVersionsWithStreamingResponse:
        from .bedrock_memory_stores_memory_versions import (
            AsyncBedrockMemoryVersionsWithStreamingResponse,
        )

        return AsyncBedrockMemoryVersionsWithStreamingResponse(self._resource.memory_versions)
