# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import model_cast
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
    from ..types._models.managed_agents_deleted_memory import ManagedAgentsDeletedMemory
    from ..types._models.managed_agents_memory import ManagedAgentsMemory
    from ..types._models.managed_agents_memory_list_item import ManagedAgentsMemoryListItem
    from ..types._params.managed_agents_content_sha256_precondition import (
        ManagedAgentsContentSha256Precondition,
    )
    from ..types._params.managed_agents_memory_view import ManagedAgentsMemoryView

__all__ = ["BetaMemories", "AsyncBetaMemories"]

from ._ops_memory_stores_memories import (
    _load_managed_agents_deleted_memory,
    _load_managed_agents_memory,
    _load_managed_agents_memory_list_item,
    _memory_stores_memories_create_options,
    _memory_stores_memories_delete_options,
    _memory_stores_memories_list_options,
    _memory_stores_memories_retrieve_options,
    _memory_stores_memories_update_options,
)


class BetaMemories(SyncResource):
    """`client.beta.memory_stores.memories`: the beta.memory_stores.memories operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaMemoriesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaMemoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaMemoriesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaMemoriesWithStreamingResponse(self)

    def create(
        self,
        memory_store_id: str,
        *,
        path: str,
        content: str | None,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """memory_stores_memories_create."""
        options = _memory_stores_memories_create_options(
            memory_store_id=memory_store_id,
            view=view,
            workspace_id=workspace_id,
            path=path,
            content=content,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_memory))

    def delete(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        expected_content_sha256: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemory:
        """memory_stores_memories_delete."""
        options = _memory_stores_memories_delete_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            expected_content_sha256=expected_content_sha256,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_deleted_memory))

    def list(
        self,
        memory_store_id: str,
        *,
        path_prefix: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsMemoryListItem]:
        """memory_stores_memories_list."""
        from .._core._pagination import PageSpec

        options = _memory_stores_memories_list_options(
            memory_store_id=memory_store_id,
            path_prefix=path_prefix,
            depth=depth,
            limit=limit,
            page=page,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_managed_agents_memory_list_item, style="page")
        )

    def retrieve(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """memory_stores_memories_retrieve."""
        options = _memory_stores_memories_retrieve_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_memory))

    def update(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        content: str | None | NotGiven = NOT_GIVEN,
        path: str | None | NotGiven = NOT_GIVEN,
        precondition: ManagedAgentsContentSha256Precondition | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """memory_stores_memories_update."""
        options = _memory_stores_memories_update_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            workspace_id=workspace_id,
            content=content,
            path=path,
            precondition=precondition,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_managed_agents_memory))


class BetaMemoriesWithRawResponse:
    """`BetaMemories`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaMemories) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaMemoriesWithStreamingResponse:
    """`BetaMemories`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaMemories) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaMemories(AsyncResource):
    """`client.beta.memory_stores.memories`: the beta.memory_stores.memories operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaMemoriesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaMemoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaMemoriesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaMemoriesWithStreamingResponse(self)

    async def create(
        self,
        memory_store_id: str,
        *,
        path: str,
        content: str | None,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """memory_stores_memories_create."""
        options = _memory_stores_memories_create_options(
            memory_store_id=memory_store_id,
            view=view,
            workspace_id=workspace_id,
            path=path,
            content=content,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_memory))

    async def delete(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        expected_content_sha256: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemory:
        """memory_stores_memories_delete."""
        options = _memory_stores_memories_delete_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            expected_content_sha256=expected_content_sha256,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_deleted_memory))

    def list(
        self,
        memory_store_id: str,
        *,
        path_prefix: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsMemoryListItem]:
        """memory_stores_memories_list."""
        from .._core._pagination import PageSpec

        options = _memory_stores_memories_list_options(
            memory_store_id=memory_store_id,
            path_prefix=path_prefix,
            depth=depth,
            limit=limit,
            page=page,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_managed_agents_memory_list_item, style="page")
        )

    async def retrieve(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """memory_stores_memories_retrieve."""
        options = _memory_stores_memories_retrieve_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_memory))

    async def update(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryView | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        content: str | None | NotGiven = NOT_GIVEN,
        path: str | None | NotGiven = NOT_GIVEN,
        precondition: ManagedAgentsContentSha256Precondition | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """memory_stores_memories_update."""
        options = _memory_stores_memories_update_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            workspace_id=workspace_id,
            content=content,
            path=path,
            precondition=precondition,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_managed_agents_memory))


class AsyncBetaMemoriesWithRawResponse:
    """`AsyncBetaMemories`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaMemories) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaMemoriesWithStreamingResponse:
    """`AsyncBetaMemories`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaMemories) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
