# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import bytes_cast, model_cast
from .._core._options import RequestOptions
from .._core._resource import AsyncResource, SyncResource
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._uploads import FileTypes
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    import httpx

    from .._core._binary import AsyncBinaryResponse, BinaryResponse
    from .._core._pagination import AsyncPage, AsyncPaginator, SyncPage
    from .._core._response import APIResponse, AsyncAPIResponse
    from ..types._models.deleted_file import DeletedFile
    from ..types._models.file_metadata import FileMetadata
    from ..types._models.file_metadata_page import FileMetadataPage

__all__ = ["Files", "AsyncFiles"]


def _load_deleted_file() -> type[DeletedFile]:
    from ..types._models.deleted_file import DeletedFile

    return DeletedFile


def _load_file_metadata() -> type[FileMetadata]:
    from ..types._models.file_metadata import FileMetadata

    return FileMetadata


def _load_file_metadata_page() -> type[FileMetadataPage]:
    from ..types._models.file_metadata_page import FileMetadataPage

    return FileMetadataPage


def _files_delete_options(
    file_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("file_id", file_id, (str,))
    return RequestOptions(
        method="delete",
        path=f"/v1/files/{path_segment(file_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _files_download_options(
    file_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("file_id", file_id, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/files/{path_segment(file_id)}/content",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _files_list_options(
    before_id: object,
    after_id: object,
    limit: object,
    page: object,
    ids: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str, type(None)))
    check_type("ids", ids, (list, tuple))
    return RequestOptions(
        method="get",
        path="/v1/files",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "page": page,
                "ids[]": ids,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _files_retrieve_metadata_options(
    file_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("file_id", file_id, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/files/{path_segment(file_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _files_upload_options(
    file: object,
    expires_in_seconds: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("expires_in_seconds", expires_in_seconds, (int,))
    return RequestOptions(
        method="post",
        path="/v1/files",
        multipart=[
            (k, v)
            for k, v in strip_not_given(
                {
                    "file": file,
                    "expires_in_seconds": expires_in_seconds,
                }
            ).items()
        ],
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        max_body_bytes=524288000,
    )


class Files(SyncResource):
    """`client.files`: the files operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return FilesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return FilesWithStreamingResponse(self._client)

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedFile:
        """files_delete."""
        options = _files_delete_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_deleted_file))

    def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """files_download."""
        options = _files_download_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FileMetadata]:
        """files_list."""
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id,
            after_id,
            limit,
            page,
            ids,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_file_metadata, style="cursor")
        )

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """files_retrieve_metadata."""
        options = _files_retrieve_metadata_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_file_metadata))

    def upload(
        self,
        *,
        file: FileTypes,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """files_upload."""
        options = _files_upload_options(
            file, expires_in_seconds, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_file_metadata))


class FilesWithRawResponse(SyncResource):
    """`client.files`: the files operations of the Claude API. Methods return the raw response, parsed on demand."""

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeletedFile]:
        """files_delete."""
        options = _files_delete_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_deleted_file))

    def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """files_download."""
        options = _files_download_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, bytes_cast)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[FileMetadata]]:
        """files_list."""
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id,
            after_id,
            limit,
            page,
            ids,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_file_metadata, style="cursor")),
        )

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FileMetadata]:
        """files_retrieve_metadata."""
        options = _files_retrieve_metadata_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_file_metadata))

    def upload(
        self,
        *,
        file: FileTypes,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FileMetadata]:
        """files_upload."""
        options = _files_upload_options(
            file, expires_in_seconds, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_file_metadata))


class FilesWithStreamingResponse(SyncResource):
    """`client.files`: the files operations of the Claude API. Methods return the response before its body is read."""

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[DeletedFile]]:
        """files_delete."""
        options = _files_delete_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_file))

    def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[bytes]]:
        """files_download."""
        options = _files_download_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, bytes_cast)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SyncPage[FileMetadata]]]:
        """files_list."""
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id,
            after_id,
            limit,
            page,
            ids,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_file_metadata, style="cursor")),
        )

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[FileMetadata]]:
        """files_retrieve_metadata."""
        options = _files_retrieve_metadata_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_file_metadata))

    def upload(
        self,
        *,
        file: FileTypes,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[FileMetadata]]:
        """files_upload."""
        options = _files_upload_options(
            file, expires_in_seconds, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_file_metadata))


class AsyncFiles(AsyncResource):
    """`client.files`: the files operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncFilesWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncFilesWithStreamingResponse(self._client)

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedFile:
        """files_delete."""
        options = _files_delete_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_deleted_file))

    async def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """files_download."""
        options = _files_download_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileMetadata]:
        """files_list."""
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id,
            after_id,
            limit,
            page,
            ids,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_page(
            options, PageSpec(item=_load_file_metadata, style="cursor")
        )

    async def retrieve_metadata(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """files_retrieve_metadata."""
        options = _files_retrieve_metadata_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_file_metadata))

    async def upload(
        self,
        *,
        file: FileTypes,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """files_upload."""
        options = _files_upload_options(
            file, expires_in_seconds, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_file_metadata))


class AsyncFilesWithRawResponse(AsyncResource):
    """`client.files`: the files operations of the Claude API. Methods return the raw response, parsed on demand."""

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[DeletedFile]:
        """files_delete."""
        options = _files_delete_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_deleted_file))

    async def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[bytes]:
        """files_download."""
        options = _files_download_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, bytes_cast)

    async def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[FileMetadata]]:
        """files_list."""
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id,
            after_id,
            limit,
            page,
            ids,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_file_metadata, style="cursor")),
        )

    async def retrieve_metadata(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[FileMetadata]:
        """files_retrieve_metadata."""
        options = _files_retrieve_metadata_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_file_metadata))

    async def upload(
        self,
        *,
        file: FileTypes,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[FileMetadata]:
        """files_upload."""
        options = _files_upload_options(
            file, expires_in_seconds, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_file_metadata))


class AsyncFilesWithStreamingResponse(AsyncResource):
    """`client.files`: the files operations of the Claude API. Methods return the response before its body is read."""

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[DeletedFile]]:
        """files_delete."""
        options = _files_delete_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_file))

    def download(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[bytes]]:
        """files_download."""
        options = _files_download_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, bytes_cast)

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | None | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[AsyncPage[FileMetadata]]]:
        """files_list."""
        from .._core._pagination import PageSpec

        options = _files_list_options(
            before_id,
            after_id,
            limit,
            page,
            ids,
            NOT_GIVEN,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_file_metadata, style="cursor")),
        )

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[FileMetadata]]:
        """files_retrieve_metadata."""
        options = _files_retrieve_metadata_options(
            file_id, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_file_metadata))

    def upload(
        self,
        *,
        file: FileTypes,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[FileMetadata]]:
        """files_upload."""
        options = _files_upload_options(
            file, expires_in_seconds, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_file_metadata))
