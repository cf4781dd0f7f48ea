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
    from ..types._models.managed_agents_deleted_memory import ManagedAgentsDeletedMemory
    from ..types._models.managed_agents_memory import ManagedAgentsMemory
    from ..types._models.managed_agents_memory_list_item import ManagedAgentsMemoryListItem
    from ..types._params.managed_agents_content_sha256_precondition_param import (
        ManagedAgentsContentSha256PreconditionParam,
    )
    from ..types._params.managed_agents_memory_view_param import ManagedAgentsMemoryViewParam

__all__ = ["BedrockMemories", "AsyncBedrockMemories"]

from ._ops_bedrock_memory_stores_memories import (
    _load_managed_agents_deleted_memory,
    _load_managed_agents_memory,
    _load_memory_list_page,
    _memory_stores_memories_create_options,
    _memory_stores_memories_delete_options,
    _memory_stores_memories_list_options,
    _memory_stores_memories_retrieve_options,
    _memory_stores_memories_update_options,
)


class BedrockMemories(SyncResource):
    """`client.beta.memory_stores.memories` of the bedrock client: its beta.memory_stores.memories operations."""

    @cached_property
    def with_raw_response(self) -> BedrockMemoriesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockMemoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockMemoriesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockMemoriesWithStreamingResponse(self)

    def create(
        self,
        memory_store_id: str,
        *,
        path: str,
        content: str | None,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """Write a new memory at a path that is not taken yet.

        Args:
            memory_store_id: ID of the memory store.
            view: `basic` leaves `content` null, `full` includes it.
            path: Where to store the memory, starting with `/`.
            content: The memory's text (UTF-8, at most 100 kB).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_create_options(
            memory_store_id=memory_store_id,
            view=view,
            path=path,
            content=content,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory))

    def delete(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        expected_content_sha256: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemory:
        """Delete a memory (its history stays).

        Args:
            memory_store_id: ID of the memory store.
            memory_id: ID of the memory.
            expected_content_sha256: Delete only if the memory's content still has this SHA-256.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeletedMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_delete_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            expected_content_sha256=expected_content_sha256,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_deleted_memory))

    def list(
        self,
        memory_store_id: str,
        *,
        path_prefix: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsMemoryListItem]:
        """List the memories of a store, optionally under a path prefix.

        Args:
            memory_store_id: ID of the memory store.
            path_prefix: Only memories under this prefix (ending with `/`).
            depth: How many levels below `path_prefix` to list; deeper entries are rolled up
                into prefixes. 0 lists everything.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            view: `basic` leaves `content` null, `full` includes it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsMemoryListItem]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _memory_stores_memories_list_options(
            memory_store_id=memory_store_id,
            path_prefix=path_prefix,
            depth=depth,
            limit=limit,
            page=page,
            view=view,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_memory_list_page))

    def retrieve(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """Get a memory.

        Args:
            memory_store_id: ID of the memory store.
            memory_id: ID of the memory.
            view: `basic` leaves `content` null, `full` includes it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_retrieve_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory))

    def update(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        content: str | None | NotGiven = NOT_GIVEN,
        path: str | None | NotGiven = NOT_GIVEN,
        precondition: ManagedAgentsContentSha256PreconditionParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """Change a memory's content or move it to another path.

        Args:
            memory_store_id: ID of the memory store.
            memory_id: ID of the memory.
            view: `basic` leaves `content` null, `full` includes it.
            content: New text; omit to keep it.
            path: New path; omit to keep it.
            precondition: Apply the update only if this holds.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_update_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            content=content,
            path=path,
            precondition=precondition,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_managed_agents_memory))


class BedrockMemoriesWithRawResponse:
    """`BedrockMemories`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockMemories) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BedrockMemoriesWithStreamingResponse:
    """`BedrockMemories`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockMemories) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBedrockMemories(AsyncResource):
    """`client.beta.memory_stores.memories` of the bedrock client: its beta.memory_stores.memories operations."""

    @cached_property
    def with_raw_response(self) -> AsyncBedrockMemoriesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockMemoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockMemoriesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockMemoriesWithStreamingResponse(self)

    async def create(
        self,
        memory_store_id: str,
        *,
        path: str,
        content: str | None,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """Write a new memory at a path that is not taken yet.

        Args:
            memory_store_id: ID of the memory store.
            view: `basic` leaves `content` null, `full` includes it.
            path: Where to store the memory, starting with `/`.
            content: The memory's text (UTF-8, at most 100 kB).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_create_options(
            memory_store_id=memory_store_id,
            view=view,
            path=path,
            content=content,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory))

    async def delete(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        expected_content_sha256: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsDeletedMemory:
        """Delete a memory (its history stays).

        Args:
            memory_store_id: ID of the memory store.
            memory_id: ID of the memory.
            expected_content_sha256: Delete only if the memory's content still has this SHA-256.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsDeletedMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_delete_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            expected_content_sha256=expected_content_sha256,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_deleted_memory))

    def list(
        self,
        memory_store_id: str,
        *,
        path_prefix: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsMemoryListItem]:
        """List the memories of a store, optionally under a path prefix.

        Args:
            memory_store_id: ID of the memory store.
            path_prefix: Only memories under this prefix (ending with `/`).
            depth: How many levels below `path_prefix` to list; deeper entries are rolled up
                into prefixes. 0 lists everything.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            view: `basic` leaves `content` null, `full` includes it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsMemoryListItem]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _memory_stores_memories_list_options(
            memory_store_id=memory_store_id,
            path_prefix=path_prefix,
            depth=depth,
            limit=limit,
            page=page,
            view=view,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_memory_list_page))

    async def retrieve(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """Get a memory.

        Args:
            memory_store_id: ID of the memory store.
            memory_id: ID of the memory.
            view: `basic` leaves `content` null, `full` includes it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_retrieve_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory))

    async def update(
        self,
        memory_id: str,
        *,
        memory_store_id: str,
        view: ManagedAgentsMemoryViewParam | NotGiven = NOT_GIVEN,
        content: str | None | NotGiven = NOT_GIVEN,
        path: str | None | NotGiven = NOT_GIVEN,
        precondition: ManagedAgentsContentSha256PreconditionParam | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ManagedAgentsMemory:
        """Change a memory's content or move it to another path.

        Args:
            memory_store_id: ID of the memory store.
            memory_id: ID of the memory.
            view: `basic` leaves `content` null, `full` includes it.
            content: New text; omit to keep it.
            path: New path; omit to keep it.
            precondition: Apply the update only if this holds.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ManagedAgentsMemory: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _memory_stores_memories_update_options(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            view=view,
            content=content,
            path=path,
            precondition=precondition,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_managed_agents_memory))


class AsyncBedrockMemoriesWithRawResponse:
    """`AsyncBedrockMemories`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockMemories) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBedrockMemoriesWithStreamingResponse:
    """`AsyncBedrockMemories`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockMemories) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
