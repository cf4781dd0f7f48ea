# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_skill_version import DeletedSkillVersion
    from ..types._models.skill_version import SkillVersion
    from ..types._models.skill_version_page import SkillVersionPage


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
    *,
    skill_id: object,
    workspace_id: object = NOT_GIVEN,
    files: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("files", files, (list, tuple))
    return RequestOptions(
        method="post",
        span_name="anthropic.skills.versions.create",
        span_route="/v1/skills/{skill_id}/versions",
        span_created_id=["anthropic.skill.version.id", "id"],
        span_attributes={
            "anthropic.skill.id": skill_id,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}/versions",
        multipart=[
            ("files", files),
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


def _skills_versions_delete_options(
    *,
    skill_id: object,
    version: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("version", version, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.skills.versions.delete",
        span_route="/v1/skills/{skill_id}/versions/{version}",
        span_attributes={
            "anthropic.skill.id": skill_id,
            "anthropic.skill.version.id": version,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}/versions/{path_segment(version, 'version')}",
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


def _skills_versions_download_options(
    *,
    skill_id: object,
    version: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("version", version, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.skills.versions.download",
        span_route="/v1/skills/{skill_id}/versions/{version}/content",
        span_attributes={
            "anthropic.skill.id": skill_id,
            "anthropic.skill.version.id": version,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}/versions/{path_segment(version, 'version')}/content",
        headers=operation_headers(
            ["skills-2025-10-02"],
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


def _skills_versions_list_options(
    *,
    skill_id: object,
    page: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("page", page, (None.__class__, str))
    check_type("limit", limit, (None.__class__, int))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.skills.versions.list",
        span_route="/v1/skills/{skill_id}/versions",
        span_attributes={
            "anthropic.skill.id": skill_id,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}/versions",
        params=strip_not_given(
            {
                "page": page,
                "limit": limit,
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


def _skills_versions_retrieve_options(
    *,
    skill_id: object,
    version: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("skill_id", skill_id, (str,))
    check_type("version", version, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.skills.versions.retrieve",
        span_route="/v1/skills/{skill_id}/versions/{version}",
        span_attributes={
            "anthropic.skill.id": skill_id,
            "anthropic.skill.version.id": version,
        },
        path=f"/v1/skills/{path_segment(skill_id, 'skill_id')}/versions/{path_segment(version, 'version')}",
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
