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
    from ..types._models.deleted_skill import DeletedSkill
    from ..types._models.skill import Skill
    from ..types._models.skill_page import SkillPage
    from .beta_skills_versions import (
        AsyncBetaVersions,
        AsyncBetaVersionsWithRawResponse,
        AsyncBetaVersionsWithStreamingResponse,
        BetaVersions,
        BetaVersionsWithRawResponse,
        BetaVersionsWithStreamingResponse,
    )

__all__ = ["BetaSkills", "AsyncBetaSkills"]


def _load_deleted_skill() -> type[DeletedSkill]:
    from ..types._models.deleted_skill import DeletedSkill

    return DeletedSkill


def _load_skill() -> type[Skill]:
    from ..types._models.skill import Skill

    return Skill


def _load_skill_page() -> type[SkillPage]:
    from ..types._models.skill_page import SkillPage

    return SkillPage


def _skills_create_options(
    files: object,
    display_name: object,
    display_title: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("files", files, (list, tuple))
    check_type("display_name", display_name, (str, type(None)))
    check_type("display_title", display_title, (str, type(None)))
    return RequestOptions(
        method="post",
        path="/v1/skills",
        multipart=[
            (k, v)
            for k, v in strip_not_given(
                {
                    "files": files,
                    "display_name": display_name,
                    "display_title": display_title,
                }
            ).items()
        ],
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _skills_delete_options(
    skill_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    return RequestOptions(
        method="delete",
        path=f"/v1/skills/{path_segment(skill_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _skills_list_options(
    page: object,
    limit: object,
    source: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("page", page, (str, type(None)))
    check_type("limit", limit, (int,))
    check_type("source", source, (str, type(None)))
    return RequestOptions(
        method="get",
        path="/v1/skills",
        params=strip_not_given(
            {
                "page": page,
                "limit": limit,
                "source": source,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def _skills_retrieve_options(
    skill_id: object,
    betas: object,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | httpx.Timeout | None | NotGiven,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    return RequestOptions(
        method="get",
        path=f"/v1/skills/{path_segment(skill_id)}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


class BetaSkills(SyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API."""

    @cached_property
    def versions(self) -> BetaVersions:
        from .beta_skills_versions import BetaVersions

        return BetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> BetaSkillsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaSkillsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> BetaSkillsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSkillsWithStreamingResponse(self._client)

    def create(
        self,
        *,
        files: Sequence[FileTypes],
        display_name: str | None | NotGiven = NOT_GIVEN,
        display_title: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """skills_create."""
        options = _skills_create_options(
            files,
            display_name,
            display_title,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request(options, model_cast(_load_skill))

    def delete(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedSkill:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Skill]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page, limit, source, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(options, PageSpec(item=_load_skill, style="page"))

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request(options, model_cast(_load_skill))


class BetaSkillsWithRawResponse(SyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API. Methods return the raw response, parsed on demand."""

    @cached_property
    def versions(self) -> BetaVersionsWithRawResponse:
        from .beta_skills_versions import BetaVersionsWithRawResponse

        return BetaVersionsWithRawResponse(self._client)

    def create(
        self,
        *,
        files: Sequence[FileTypes],
        display_name: str | None | NotGiven = NOT_GIVEN,
        display_title: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Skill]:
        """skills_create."""
        options = _skills_create_options(
            files,
            display_name,
            display_title,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_raw(options, model_cast(_load_skill))

    def delete(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeletedSkill]:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Skill]]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page, limit, source, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(
            options, self._client.page_cast(options, PageSpec(item=_load_skill, style="page"))
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Skill]:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_raw(options, model_cast(_load_skill))


class BetaSkillsWithStreamingResponse(SyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API. Methods return the response before its body is read."""

    @cached_property
    def versions(self) -> BetaVersionsWithStreamingResponse:
        from .beta_skills_versions import BetaVersionsWithStreamingResponse

        return BetaVersionsWithStreamingResponse(self._client)

    def create(
        self,
        *,
        files: Sequence[FileTypes],
        display_name: str | None | NotGiven = NOT_GIVEN,
        display_title: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[Skill]]:
        """skills_create."""
        options = _skills_create_options(
            files,
            display_name,
            display_title,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_skill))

    def delete(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[DeletedSkill]]:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[SyncPage[Skill]]]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page, limit, source, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options, self._client.page_cast(options, PageSpec(item=_load_skill, style="page"))
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractContextManager[APIResponse[Skill]]:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_skill))


class AsyncBetaSkills(AsyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API."""

    @cached_property
    def versions(self) -> AsyncBetaVersions:
        from .beta_skills_versions import AsyncBetaVersions

        return AsyncBetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSkillsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSkillsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSkillsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSkillsWithStreamingResponse(self._client)

    async def create(
        self,
        *,
        files: Sequence[FileTypes],
        display_name: str | None | NotGiven = NOT_GIVEN,
        display_title: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """skills_create."""
        options = _skills_create_options(
            files,
            display_name,
            display_title,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request(options, model_cast(_load_skill))

    async def delete(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedSkill:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Skill]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page, limit, source, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_page(options, PageSpec(item=_load_skill, style="page"))

    async def retrieve(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request(options, model_cast(_load_skill))


class AsyncBetaSkillsWithRawResponse(AsyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API. Methods return the raw response, parsed on demand."""

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithRawResponse:
        from .beta_skills_versions import AsyncBetaVersionsWithRawResponse

        return AsyncBetaVersionsWithRawResponse(self._client)

    async def create(
        self,
        *,
        files: Sequence[FileTypes],
        display_name: str | None | NotGiven = NOT_GIVEN,
        display_title: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[Skill]:
        """skills_create."""
        options = _skills_create_options(
            files,
            display_name,
            display_title,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return await self._client.request_raw(options, model_cast(_load_skill))

    async def delete(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[DeletedSkill]:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_deleted_skill))

    async def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[Skill]]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page, limit, source, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(
            options, self._client.page_cast(options, PageSpec(item=_load_skill, style="page"))
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncAPIResponse[Skill]:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return await self._client.request_raw(options, model_cast(_load_skill))


class AsyncBetaSkillsWithStreamingResponse(AsyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API. Methods return the response before its body is read."""

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithStreamingResponse:
        from .beta_skills_versions import AsyncBetaVersionsWithStreamingResponse

        return AsyncBetaVersionsWithStreamingResponse(self._client)

    def create(
        self,
        *,
        files: Sequence[FileTypes],
        display_name: str | None | NotGiven = NOT_GIVEN,
        display_title: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[Skill]]:
        """skills_create."""
        options = _skills_create_options(
            files,
            display_name,
            display_title,
            betas,
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return self._client.request_streamed(options, model_cast(_load_skill))

    def delete(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[DeletedSkill]]:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[AsyncPage[Skill]]]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page, limit, source, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(
            options, self._client.page_cast(options, PageSpec(item=_load_skill, style="page"))
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AbstractAsyncContextManager[AsyncAPIResponse[Skill]]:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id, betas, extra_headers, extra_query, extra_body, timeout
        )
        return self._client.request_streamed(options, model_cast(_load_skill))
