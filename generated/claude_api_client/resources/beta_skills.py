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
from .._core._uploads import FileTypes

if TYPE_CHECKING:
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_skill import DeletedSkill
    from ..types._models.skill import Skill
    from .beta_skills_versions import (
        AsyncBetaVersions,
        AsyncBetaVersionsWithRawResponse,
        AsyncBetaVersionsWithStreamingResponse,
        BetaVersions,
        BetaVersionsWithRawResponse,
        BetaVersionsWithStreamingResponse,
    )

__all__ = ["BetaSkills", "AsyncBetaSkills"]

from ._ops_skills import (
    _load_deleted_skill,
    _load_skill,
    _skills_create_options,
    _skills_delete_options,
    _skills_list_options,
    _skills_retrieve_options,
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
        return BetaSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaSkillsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSkillsWithStreamingResponse(self)

    def create(
        self,
        *,
        files: Sequence[FileTypes],
        workspace_id: str | NotGiven = NOT_GIVEN,
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
            workspace_id=workspace_id,
            files=files,
            display_name=display_name,
            display_title=display_title,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_skill))

    def delete(
        self,
        skill_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedSkill:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Skill]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page=page,
            limit=limit,
            source=source,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(item=_load_skill, style="page"))

    def retrieve(
        self,
        skill_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, model_cast(_load_skill))


class BetaSkillsWithRawResponse:
    """`BetaSkills`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaSkills) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)

    @cached_property
    def versions(self) -> BetaVersionsWithRawResponse:
        from .beta_skills_versions import BetaVersionsWithRawResponse

        return BetaVersionsWithRawResponse(self._resource.versions)


class BetaSkillsWithStreamingResponse:
    """`BetaSkills`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaSkills) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)

    @cached_property
    def versions(self) -> BetaVersionsWithStreamingResponse:
        from .beta_skills_versions import BetaVersionsWithStreamingResponse

        return BetaVersionsWithStreamingResponse(self._resource.versions)


class AsyncBetaSkills(AsyncResource):
    """`client.beta.skills`: the beta.skills operations of the Claude API."""

    @cached_property
    def versions(self) -> AsyncBetaVersions:
        from .beta_skills_versions import AsyncBetaVersions

        return AsyncBetaVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSkillsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSkillsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSkillsWithStreamingResponse(self)

    async def create(
        self,
        *,
        files: Sequence[FileTypes],
        workspace_id: str | NotGiven = NOT_GIVEN,
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
            workspace_id=workspace_id,
            files=files,
            display_name=display_name,
            display_title=display_title,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_skill))

    async def delete(
        self,
        skill_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedSkill:
        """skills_delete."""
        options = _skills_delete_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_deleted_skill))

    def list(
        self,
        *,
        page: str | None | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        source: str | None | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Skill]:
        """skills_list."""
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page=page,
            limit=limit,
            source=source,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(item=_load_skill, style="page"))

    async def retrieve(
        self,
        skill_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """skills_retrieve."""
        options = _skills_retrieve_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, model_cast(_load_skill))


class AsyncBetaSkillsWithRawResponse:
    """`AsyncBetaSkills`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaSkills) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithRawResponse:
        from .beta_skills_versions import AsyncBetaVersionsWithRawResponse

        return AsyncBetaVersionsWithRawResponse(self._resource.versions)


class AsyncBetaSkillsWithStreamingResponse:
    """`AsyncBetaSkills`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaSkills) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)

    @cached_property
    def versions(self) -> AsyncBetaVersionsWithStreamingResponse:
        from .beta_skills_versions import AsyncBetaVersionsWithStreamingResponse

        return AsyncBetaVersionsWithStreamingResponse(self._resource.versions)
