# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._casts import model_cast
from .._core._options import RequestOptions
from .._core._resource import AsyncResource, SyncResource
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._uploads import FileTypes
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    import httpx

    from .._core._pagination import AsyncPage, AsyncPaginator, SyncPage
    from .._core._response import APIResponse, AsyncAPIResponse
    from ..types._models.deleted_skill_version import DeletedSkillVersion
    from ..types._models.skill_version import SkillVersion
    from ..types._models.skill_version_page import SkillVersionPage

__all__ = ["Versions", "AsyncVersions"]


def _load_deleted_skill_version() -> type[DeletedSkillVersion]:
    from ..types._models.deleted_skill_version import DeletedSkillVersion

    return DeletedSkillVersion


def _load_skill_version() -> type[SkillVersion]:
    from ..types._models.skill_version import SkillVersion

    return SkillVersion


def _load_skill_version_page() -> type[SkillVersionPage]:
    from ..types._models.skill_version_page import SkillVersionPage

    return SkillVersionPage


def _skills_versions_create_options(
    skill_id: object,
    files: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("files", files, (list, tuple))
    return RequestOptions(
        method="post",
        path=f"/v1/skills/{path_segment(skill_id)}/versions",
        multipart=[
            (k, v)
            for k, v in strip_not_given(
                {
                    "files": files,
                }
            ).items()
        ],
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _skills_versions_delete_options(
    skill_id: object,
    version: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("version", version, (str,))
    return RequestOptions(
        method="delete",
        path=f"/v1/skills/{path_segment(skill_id)}/versions/{path_segment(version)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _skills_versions_list_options(
    skill_id: object,
    page: object,
    limit: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("page", page, (str, type(None)))
    check_type("limit", limit, (int, type(None)))
    return RequestOptions(
        method="get",
        path=f"/v1/skills/{path_segment(skill_id)}/versions",
        params=strip_not_given(
            {
                "page": page,
                "limit": limit,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _skills_versions_retrieve_options(
    skill_id: object,
    version: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("version", version, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/skills/{path_segment(skill_id)}/versions/{path_segment(version)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


class Versions(SyncResource):
    """`client.skills.versions`: the skills.versions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> VersionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return VersionsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> VersionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return VersionsWithStreamingResponse(self._client)

    def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """skills_versions_create."""
        options = _skills_versions_create_options(
            skill_id, files, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_skill_version))

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedSkillVersion:
        """skills_versions_delete."""
        options = _skills_versions_delete_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_deleted_skill_version))

    def list(
        self,
        skill_id: str,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SkillVersion]:
        """skills_versions_list."""
        from .._core._pagination import PageSpec

        options = _skills_versions_list_options(
            skill_id, page, limit, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(options, PageSpec(item=_load_skill_version, style="page"))

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """skills_versions_retrieve."""
        options = _skills_versions_retrieve_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_skill_version))


class VersionsWithRawResponse(SyncResource):
    """`client.skills.versions`: the skills.versions operations of the Claude API. Methods return the raw response, parsed on demand."""

    def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillVersion]:
        """skills_versions_create."""
        options = _skills_versions_create_options(
            skill_id, files, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_skill_version))

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeletedSkillVersion]:
        """skills_versions_delete."""
        options = _skills_versions_delete_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_deleted_skill_version))

    def list(
        self,
        skill_id: str,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[SkillVersion]]:
        """skills_versions_list."""
        from .._core._pagination import PageSpec

        options = _skills_versions_list_options(
            skill_id, page, limit, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_skill_version, style="page")),
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillVersion]:
        """skills_versions_retrieve."""
        options = _skills_versions_retrieve_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_skill_version))


class VersionsWithStreamingResponse(SyncResource):
    """`client.skills.versions`: the skills.versions operations of the Claude API. Methods return the response before its body is read."""

    def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SkillVersion]]:
        """skills_versions_create."""
        options = _skills_versions_create_options(
            skill_id, files, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_skill_version))

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[DeletedSkillVersion]]:
        """skills_versions_delete."""
        options = _skills_versions_delete_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_skill_version))

    def list(
        self,
        skill_id: str,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SyncPage[SkillVersion]]]:
        """skills_versions_list."""
        from .._core._pagination import PageSpec

        options = _skills_versions_list_options(
            skill_id, page, limit, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_skill_version, style="page")),
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SkillVersion]]:
        """skills_versions_retrieve."""
        options = _skills_versions_retrieve_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_skill_version))


class AsyncVersions(AsyncResource):
    """`client.skills.versions`: the skills.versions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncVersionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncVersionsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncVersionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncVersionsWithStreamingResponse(self._client)

    async def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """skills_versions_create."""
        options = _skills_versions_create_options(
            skill_id, files, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_skill_version))

    async def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedSkillVersion:
        """skills_versions_delete."""
        options = _skills_versions_delete_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_deleted_skill_version))

    def list(
        self,
        skill_id: str,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SkillVersion]:
        """skills_versions_list."""
        from .._core._pagination import PageSpec

        options = _skills_versions_list_options(
            skill_id, page, limit, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(options, PageSpec(item=_load_skill_version, style="page"))

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """skills_versions_retrieve."""
        options = _skills_versions_retrieve_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_skill_version))


class AsyncVersionsWithRawResponse(AsyncResource):
    """`client.skills.versions`: the skills.versions operations of the Claude API. Methods return the raw response, parsed on demand."""

    async def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[SkillVersion]:
        """skills_versions_create."""
        options = _skills_versions_create_options(
            skill_id, files, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_skill_version))

    async def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[DeletedSkillVersion]:
        """skills_versions_delete."""
        options = _skills_versions_delete_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_deleted_skill_version))

    async def list(
        self,
        skill_id: str,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[SkillVersion]]:
        """skills_versions_list."""
        from .._core._pagination import PageSpec

        options = _skills_versions_list_options(
            skill_id, page, limit, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(
            options,
            self._client.page_cast(options, PageSpec(item=_load_skill_version, style="page")),
        )

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[SkillVersion]:
        """skills_versions_retrieve."""
        options = _skills_versions_retrieve_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_skill_version))


class AsyncVersionsWithStreamingResponse(AsyncResource):
    """`client.skills.versions`: the skills.versions operations of the Claude API. Methods return the response before its body is read."""

    def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileTypes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[SkillVersion]]:
        """skills_versions_create."""
        options = _skills_versions_create_options(
            skill_id, files, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_skill_version))

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[DeletedSkillVersion]]:
        """skills_versions_delete."""
        options = _skills_versions_delete_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_skill_version))

    def list(
        self,
        skill_id: str,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[AsyncPage[SkillVersion]]]:
        """skills_versions_list."""
        from .._core._pagination import PageSpec

        options = _skills_versions_list_options(
            skill_id, page, limit, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options,
            self._client.page_cast(options, PageSpec(item=_load_skill_version, style="page")),
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[SkillVersion]]:
        """skills_versions_retrieve."""
        options = _skills_versions_retrieve_options(
            skill_id, version, NOT_GIVEN, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_skill_version))
