# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_file import DeletedFile
    from ..types._models.file_metadata import FileMetadata
    from ..types._models.file_metadata_page import FileMetadataPage


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
    *,
    file_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("file_id", file_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.files.delete",
        span_route="/v1/files/{file_id}",
        span_attributes={
            "anthropic.file.id": file_id,
        },
        path=f"/v1/files/{path_segment(file_id, 'file_id')}",
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _files_download_options(
    *,
    file_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("file_id", file_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.files.download",
        span_route="/v1/files/{file_id}/content",
        span_attributes={
            "anthropic.file.id": file_id,
        },
        path=f"/v1/files/{path_segment(file_id, 'file_id')}/content",
        headers=operation_headers(
            [],
            betas,
            {
                "accept": "*/*",
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _files_list_options(
    *,
    before_id: object = NOT_GIVEN,
    after_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    ids: object = NOT_GIVEN,
    scope_id: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("before_id", before_id, (str,))
    check_type("after_id", after_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (None.__class__, str))
    check_type("ids", ids, (list, tuple))
    check_type("scope_id", scope_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.files.list",
        span_route="/v1/files",
        path="/v1/files",
        params=strip_not_given(
            {
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "page": page,
                "ids[]": ids,
                "scope_id": scope_id,
            }
        ),
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _files_retrieve_metadata_options(
    *,
    file_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("file_id", file_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.files.retrieve_metadata",
        span_route="/v1/files/{file_id}",
        span_attributes={
            "anthropic.file.id": file_id,
        },
        path=f"/v1/files/{path_segment(file_id, 'file_id')}",
        headers=operation_headers(
            [],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _files_upload_options(
    *,
    workspace_id: object = NOT_GIVEN,
    file: object,
    expires_in_seconds: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("file", file)
    check_type("workspace_id", workspace_id, (str,))
    check_type("expires_in_seconds", expires_in_seconds, (int,))
    return RequestOptions(
        method="post",
        span_name="anthropic.files.upload",
        span_route="/v1/files",
        span_created_id=["anthropic.file.id", "id"],
        path="/v1/files",
        multipart=[
            ("file", file),
            ("expires_in_seconds", expires_in_seconds),
        ],
        upload_fields=("file",),
        headers=operation_headers(
            [],
            betas,
            {
                "Content-Type": "multipart/form-data",
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        max_body_bytes=524288000,
    )
