# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import value_cast
from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_download_streaming_wrapper,
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    download_streaming_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from .._core._uploads import FileTypes

if TYPE_CHECKING:
    import httpx

    from .._core._binary import AsyncBinaryResponse, BinaryResponse
    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_file import DeletedFile
    from ..types._models.file_metadata import FileMetadata

__all__ = ["BetaFiles", "AsyncBetaFiles"]

from ._ops_files import (
    _files_delete_options,
    _files_download_options,
    _files_list_options,
    _files_retrieve_metadata_options,
    _files_upload_options,
    _load_deleted_file,
    _load_file_metadata,
    _load_file_metadata_page,
)


class BetaFiles(SyncResource):
    """`client.beta.files`: the beta.files operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaFilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaFilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaFilesWithStreamingResponse(self)

    def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedFile:
        """Delete a file; requests that refer to it afterwards fail.

        Args:
            file_id: ID of the file.
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
            DeletedFile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_delete_options(
            file_id=file_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_file))

    def download(
        self,
        file_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download the content of a file; only files marked downloadable (those made by tools) can be fetched.

        Args:
            file_id: ID of the file.
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
            bytes: the response with its body unread; `.write_to_file()` or `.read()` it.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_download_options(
            file_id=file_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_binary(options)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        scope_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FileMetadata]:
        """List the files of your workspace, newest first.

        Args:
            before_id: Return the page that ends just before this file ID.
            after_id: Return the page that starts just after this file ID.
            limit: Files per page, 1 to 1000.
            page: Page token from a previous response's `next_page`.
            ids: Return only these files (at most 100, in one page); unknown or deleted IDs are
                left out.
            scope_id: Return only the files that belong to this scope, for example a session ID.
                (beta: files-api-2025-04-14)
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
            Page[FileMetadata]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            page=page,
            ids=ids,
            scope_id=scope_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_file_metadata_page))

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Get the metadata of one file (not its content).

        Args:
            file_id: ID of the file.
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
            FileMetadata: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_retrieve_metadata_options(
            file_id=file_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_file_metadata))

    def upload(
        self,
        *,
        file: FileTypes,
        workspace_id: str | NotGiven = NOT_GIVEN,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Upload a file once so that Messages requests can refer to it by ID.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            file: The file's bytes; the part's filename and content type become the file's
                metadata.
            expires_in_seconds: Delete the file's content this many seconds after upload (one
                hour to ninety days).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FileMetadata: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_upload_options(
            workspace_id=workspace_id,
            file=file,
            expires_in_seconds=expires_in_seconds,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_file_metadata))


class BetaFilesWithRawResponse:
    """`BetaFiles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaFiles) -> None:
        self._resource = resource
        self.delete = raw_response_wrapper(resource.delete)
        self.download = raw_response_wrapper(resource.download)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve_metadata = raw_response_wrapper(resource.retrieve_metadata)
        self.upload = raw_response_wrapper(resource.upload)


class BetaFilesWithStreamingResponse:
    """`BetaFiles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaFiles) -> None:
        self._resource = resource
        self.delete = streaming_response_wrapper(resource.delete)
        self.download = download_streaming_wrapper(resource.download)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve_metadata = streaming_response_wrapper(resource.retrieve_metadata)
        self.upload = streaming_response_wrapper(resource.upload)


class AsyncBetaFiles(AsyncResource):
    """`client.beta.files`: the beta.files operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaFilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaFilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaFilesWithStreamingResponse(self)

    async def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedFile:
        """Delete a file; requests that refer to it afterwards fail.

        Args:
            file_id: ID of the file.
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
            DeletedFile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_delete_options(
            file_id=file_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_file))

    async def download(
        self,
        file_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download the content of a file; only files marked downloadable (those made by tools) can be fetched.

        Args:
            file_id: ID of the file.
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
            bytes: the response with its body unread; `.write_to_file()` or `.read()` it.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_download_options(
            file_id=file_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request_binary(options)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        scope_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileMetadata]:
        """List the files of your workspace, newest first.

        Args:
            before_id: Return the page that ends just before this file ID.
            after_id: Return the page that starts just after this file ID.
            limit: Files per page, 1 to 1000.
            page: Page token from a previous response's `next_page`.
            ids: Return only these files (at most 100, in one page); unknown or deleted IDs are
                left out.
            scope_id: Return only the files that belong to this scope, for example a session ID.
                (beta: files-api-2025-04-14)
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
            Page[FileMetadata]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            page=page,
            ids=ids,
            scope_id=scope_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_file_metadata_page))

    async def retrieve_metadata(
        self,
        file_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Get the metadata of one file (not its content).

        Args:
            file_id: ID of the file.
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
            FileMetadata: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_retrieve_metadata_options(
            file_id=file_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_file_metadata))

    async def upload(
        self,
        *,
        file: FileTypes,
        workspace_id: str | NotGiven = NOT_GIVEN,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Upload a file once so that Messages requests can refer to it by ID.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            file: The file's bytes; the part's filename and content type become the file's
                metadata.
            expires_in_seconds: Delete the file's content this many seconds after upload (one
                hour to ninety days).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            FileMetadata: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _files_upload_options(
            workspace_id=workspace_id,
            file=file,
            expires_in_seconds=expires_in_seconds,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_file_metadata))


class AsyncBetaFilesWithRawResponse:
    """`AsyncBetaFiles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaFiles) -> None:
        self._resource = resource
        self.delete = async_raw_response_wrapper(resource.delete)
        self.download = async_raw_response_wrapper(resource.download)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve_metadata = async_raw_response_wrapper(resource.retrieve_metadata)
        self.upload = async_raw_response_wrapper(resource.upload)


class AsyncBetaFilesWithStreamingResponse:
    """`AsyncBetaFiles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaFiles) -> None:
        self._resource = resource
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.download = async_download_streaming_wrapper(resource.download)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve_metadata = async_streaming_response_wrapper(resource.retrieve_metadata)
        self.upload = async_streaming_response_wrapper(resource.upload)
