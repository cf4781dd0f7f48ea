# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_tag_bundle_target import ClaudeTagBundleTarget
    from ..types._models.claude_tag_bundle_target_page import ClaudeTagBundleTargetPage
    from ..types._models.claude_tag_deleted_bundle_target import ClaudeTagDeletedBundleTarget


def _load_claude_tag_bundle_target() -> type[ClaudeTagBundleTarget]:
    from ..types._models.claude_tag_bundle_target import ClaudeTagBundleTarget

    # A union alias: mypy reads it as the union of its members' types, which it is at runtime
    # only through a TypeAdapter (the casts build one).
    return cast("type[ClaudeTagBundleTarget]", ClaudeTagBundleTarget)


def _load_claude_tag_bundle_target_page() -> type[ClaudeTagBundleTargetPage]:
    from ..types._models.claude_tag_bundle_target_page import ClaudeTagBundleTargetPage

    return ClaudeTagBundleTargetPage


def _load_claude_tag_deleted_bundle_target() -> type[ClaudeTagDeletedBundleTarget]:
    from ..types._models.claude_tag_deleted_bundle_target import ClaudeTagDeletedBundleTarget

    return ClaudeTagDeletedBundleTarget


def _organization_claude_tag_bundles_targets_create_options(
    *,
    bundle_id: object,
    workspace_id: object = NOT_GIVEN,
    target: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("target", target)
    check_type("bundle_id", bundle_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.claude_tag.bundles.targets.create",
        span_route="/v1/organizations/claude_tag/bundles/{bundle_id}/targets",
        span_attributes={
            "anthropic.organization.claude_tag.bundle.id": bundle_id,
        },
        path=f"/v1/organizations/claude_tag/bundles/{path_segment(bundle_id, 'bundle_id')}/targets",
        json_body=target,
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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


def _organization_claude_tag_bundles_targets_delete_options(
    *,
    bundle_id: object,
    target_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("bundle_id", bundle_id, (str,))
    check_type("target_id", target_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.claude_tag.bundles.targets.delete",
        span_route="/v1/organizations/claude_tag/bundles/{bundle_id}/targets/{target_id}",
        span_attributes={
            "anthropic.organization.claude_tag.bundle.id": bundle_id,
            "anthropic.organization.claude_tag.bundle.target.id": target_id,
        },
        path=f"/v1/organizations/claude_tag/bundles/{path_segment(bundle_id, 'bundle_id')}/targets/{path_segment(target_id, 'target_id')}",
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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


def _organization_claude_tag_bundles_targets_list_options(
    *,
    bundle_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("bundle_id", bundle_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.bundles.targets.list",
        span_route="/v1/organizations/claude_tag/bundles/{bundle_id}/targets",
        span_attributes={
            "anthropic.organization.claude_tag.bundle.id": bundle_id,
        },
        path=f"/v1/organizations/claude_tag/bundles/{path_segment(bundle_id, 'bundle_id')}/targets",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
            }
        ),
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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


def _organization_claude_tag_bundles_targets_retrieve_options(
    *,
    bundle_id: object,
    target_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("bundle_id", bundle_id, (str,))
    check_type("target_id", target_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.bundles.targets.retrieve",
        span_route="/v1/organizations/claude_tag/bundles/{bundle_id}/targets/{target_id}",
        span_attributes={
            "anthropic.organization.claude_tag.bundle.id": bundle_id,
            "anthropic.organization.claude_tag.bundle.target.id": target_id,
        },
        path=f"/v1/organizations/claude_tag/bundles/{path_segment(bundle_id, 'bundle_id')}/targets/{path_segment(target_id, 'target_id')}",
        headers=operation_headers(
            ["experimental-claude-tag-2026-10-21"],
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
