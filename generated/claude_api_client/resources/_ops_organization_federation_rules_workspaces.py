# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.federation_rule_workspace import FederationRuleWorkspace
    from ..types._models.federation_rule_workspace_page import FederationRuleWorkspacePage
    from ..types._models.federation_rule_workspace_remove_response import (
        FederationRuleWorkspaceRemoveResponse,
    )


def _load_federation_rule_workspace() -> type[FederationRuleWorkspace]:
    from ..types._models.federation_rule_workspace import FederationRuleWorkspace

    return FederationRuleWorkspace


def _load_federation_rule_workspace_page() -> type[FederationRuleWorkspacePage]:
    from ..types._models.federation_rule_workspace_page import FederationRuleWorkspacePage

    return FederationRuleWorkspacePage


def _load_federation_rule_workspace_remove_response() -> type[
    FederationRuleWorkspaceRemoveResponse
]:
    from ..types._models.federation_rule_workspace_remove_response import (
        FederationRuleWorkspaceRemoveResponse,
    )

    return FederationRuleWorkspaceRemoveResponse


def _organization_federation_rules_workspaces_add_options(
    *,
    federation_rule_id: object,
    workspace_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("federation_rule_id", federation_rule_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.federation.rules.workspaces.add",
        span_route="/v1/organizations/federation_rules/{federation_rule_id}/workspaces",
        span_created_id=["anthropic.organization.federation_rule.workspace.id", "workspace_id"],
        span_attributes={
            "anthropic.organization.federation_rule.id": federation_rule_id,
        },
        path=f"/v1/organizations/federation_rules/{path_segment(federation_rule_id, 'federation_rule_id')}/workspaces",
        json_body=strip_not_given(
            {
                "workspace_id": workspace_id,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_federation_rules_workspaces_list_options(
    *,
    federation_rule_id: object,
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
    check_type("federation_rule_id", federation_rule_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.federation.rules.workspaces.list",
        span_route="/v1/organizations/federation_rules/{federation_rule_id}/workspaces",
        span_attributes={
            "anthropic.organization.federation_rule.id": federation_rule_id,
        },
        path=f"/v1/organizations/federation_rules/{path_segment(federation_rule_id, 'federation_rule_id')}/workspaces",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
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


def _organization_federation_rules_workspaces_remove_options(
    *,
    federation_rule_id: object,
    workspace_id: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("federation_rule_id", federation_rule_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.federation.rules.workspaces.remove",
        span_route="/v1/organizations/federation_rules/{federation_rule_id}/workspaces/{workspace_id}",
        span_attributes={
            "anthropic.organization.federation_rule.id": federation_rule_id,
            "anthropic.organization.federation_rule.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/federation_rules/{path_segment(federation_rule_id, 'federation_rule_id')}/workspaces/{path_segment(workspace_id, 'workspace_id')}",
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
