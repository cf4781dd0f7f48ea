# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_skill import DeletedSkill
    from ..types._models.skill import Skill
    from ..types._models.skill_page import SkillPage


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
    *,
    workspace_id: object = NOT_GIVEN,
    files: object,
    display_name: object = NOT_GIVEN,
    display_title: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("files", files, (list, tuple))
    check_type("display_name", display_name, (None.__class__, str))
    check_type("display_title", display_title, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.skills.create",
        span_route="/v1/skills",
        span_created_id=["anthropic.skill.id", "id"],
        path="/v1/skills",
        multipart=[
            ("files", files),
            ("display_name", display_name),
            ("display_title", display_title),
        ],
        upload_fields=("files",),
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
    )


def _skills_delete_options(
    *,
    skill_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.skills.delete",
        span_route="/v1/skills/{skill_id}",
        span_attributes={
            "anthropic.skill.id": skill_id,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}",
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


def _skills_list_options(
    *,
    page: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    source: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("page", page, (None.__class__, str))
    check_type("limit", limit, (int,))
    check_type("source", source, (None.__class__, str))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.skills.list",
        span_route="/v1/skills",
        path="/v1/skills",
        params=strip_not_given(
            {
                "page": page,
                "limit": limit,
                "source": source,
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


def _skills_retrieve_options(
    *,
    skill_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.skills.retrieve",
        span_route="/v1/skills/{skill_id}",
        span_attributes={
            "anthropic.skill.id": skill_id,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}",
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
