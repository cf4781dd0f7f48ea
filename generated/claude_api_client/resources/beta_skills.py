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
    _load_skill_page,
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
        """Create a skill from its files; they become its first version.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            files: The skill's files, all under one top-level directory that holds a SKILL.md at
                its root.
            display_name: Label for people (at most 255 characters); defaults to the `name` in
                SKILL.md.
            display_title: Label for people, as the beta calls it; never shown to the model.
                (beta: skills-2025-10-02)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Skill: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _skills_create_options(
            workspace_id=workspace_id,
            files=files,
            display_name=display_name,
            display_title=display_title,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_skill))

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
        """Delete a skill; delete all of its versions first.

        Args:
            skill_id: ID of the skill.
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
            DeletedSkill: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _skills_delete_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_skill))

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
        """List the skills you can use, your own and those published by Anthropic.

        Args:
            page: Page token from a previous response's `next_page`.
            limit: Skills per page, 1 to 1000.
            source: Return only skills from this source, `custom` or `anthropic`.
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
            Page[Skill]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page=page,
            limit=limit,
            source=source,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_skill_page))

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
        """Get one skill.

        Args:
            skill_id: ID of the skill.
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
            Skill: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _skills_retrieve_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_skill))


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
        """Create a skill from its files; they become its first version.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            files: The skill's files, all under one top-level directory that holds a SKILL.md at
                its root.
            display_name: Label for people (at most 255 characters); defaults to the `name` in
                SKILL.md.
            display_title: Label for people, as the beta calls it; never shown to the model.
                (beta: skills-2025-10-02)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Skill: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _skills_create_options(
            workspace_id=workspace_id,
            files=files,
            display_name=display_name,
            display_title=display_title,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_skill))

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
        """Delete a skill; delete all of its versions first.

        Args:
            skill_id: ID of the skill.
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
            DeletedSkill: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _skills_delete_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_skill))

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
        """List the skills you can use, your own and those published by Anthropic.

        Args:
            page: Page token from a previous response's `next_page`.
            limit: Skills per page, 1 to 1000.
            source: Return only skills from this source, `custom` or `anthropic`.
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
            Page[Skill]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _skills_list_options(
            page=page,
            limit=limit,
            source=source,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_skill_page))

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
        """Get one skill.

        Args:
            skill_id: ID of the skill.
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
            Skill: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _skills_retrieve_options(
            skill_id=skill_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_skill))


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
