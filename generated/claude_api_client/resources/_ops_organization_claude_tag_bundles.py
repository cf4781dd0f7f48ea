# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.claude_tag_bundle import ClaudeTagBundle
    from ..types._models.claude_tag_bundle_page import ClaudeTagBundlePage


def _load_claude_tag_bundle() -> type[ClaudeTagBundle]:
    from ..types._models.claude_tag_bundle import ClaudeTagBundle

    return ClaudeTagBundle


def _load_claude_tag_bundle_page() -> type[ClaudeTagBundlePage]:
    from ..types._models.claude_tag_bundle_page import ClaudeTagBundlePage

    return ClaudeTagBundlePage


def _organization_claude_tag_bundles_list_options(
    *,
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
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.bundles.list",
        span_route="/v1/organizations/claude_tag/bundles",
        path="/v1/organizations/claude_tag/bundles",
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


def _organization_claude_tag_bundles_retrieve_options(
    *,
    bundle_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("bundle_id", bundle_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.claude_tag.bundles.retrieve",
        span_route="/v1/organizations/claude_tag/bundles/{bundle_id}",
        span_attributes={
            "anthropic.organization.claude_tag.bundle.id": bundle_id,
        },
        path=f"/v1/organizations/claude_tag/bundles/{path_segment(bundle_id, 'bundle_id')}",
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


def _organization_claude_tag_bundles_update_options(
    *,
    bundle_id: object,
    workspace_id: object = NOT_GIVEN,
    instructions: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("bundle_id", bundle_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("instructions", instructions, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.claude_tag.bundles.update",
        span_route="/v1/organizations/claude_tag/bundles/{bundle_id}",
        span_attributes={
            "anthropic.organization.claude_tag.bundle.id": bundle_id,
        },
        path=f"/v1/organizations/claude_tag/bundles/{path_segment(bundle_id, 'bundle_id')}",
        json_body=strip_not_given(
            {
                "instructions": instructions,
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
