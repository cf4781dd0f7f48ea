# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.federation_rule import FederationRule
    from ..types._models.federation_rule_page import FederationRulePage


def _load_federation_rule() -> type[FederationRule]:
    from ..types._models.federation_rule import FederationRule

    return FederationRule


def _load_federation_rule_page() -> type[FederationRulePage]:
    from ..types._models.federation_rule_page import FederationRulePage

    return FederationRulePage


def _organization_federation_rules_archive_options(
    *,
    federation_rule_id: object,
    workspace_id: object = NOT_GIVEN,
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
        span_name="anthropic.organization.federation.rules.archive",
        span_route="/v1/organizations/federation_rules/{federation_rule_id}/archive",
        span_attributes={
            "anthropic.organization.federation_rule.id": federation_rule_id,
        },
        path=f"/v1/organizations/federation_rules/{path_segment(federation_rule_id, 'federation_rule_id')}/archive",
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


def _organization_federation_rules_create_options(
    *,
    issuer_id: object,
    match: object,
    name: object,
    oauth_scope: object,
    target: object,
    applies_to_all_workspaces: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    token_lifetime_seconds: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    attributes: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("match", match)
    check_not_none("target", target)
    check_type("issuer_id", issuer_id, (str,))
    check_type("name", name, (str,))
    check_type("oauth_scope", oauth_scope, (str,))
    check_type("applies_to_all_workspaces", applies_to_all_workspaces, (bool,))
    check_type("description", description, (None.__class__, str))
    check_type("token_lifetime_seconds", token_lifetime_seconds, (int,))
    check_type("workspace_id", workspace_id, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.federation.rules.create",
        span_route="/v1/organizations/federation_rules",
        span_created_id=["anthropic.organization.federation_rule.id", "id"],
        path="/v1/organizations/federation_rules",
        json_body=strip_not_given(
            {
                "issuer_id": issuer_id,
                "match": match,
                "name": name,
                "oauth_scope": oauth_scope,
                "target": target,
                "applies_to_all_workspaces": applies_to_all_workspaces,
                "description": description,
                "token_lifetime_seconds": token_lifetime_seconds,
                "workspace_id": workspace_id,
                "attributes": attributes,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_federation_rules_list_options(
    *,
    include_archived: object = NOT_GIVEN,
    issuer_id: object = NOT_GIVEN,
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
    check_type("include_archived", include_archived, (bool,))
    check_type("issuer_id", issuer_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.federation.rules.list",
        span_route="/v1/organizations/federation_rules",
        path="/v1/organizations/federation_rules",
        params=strip_not_given(
            {
                "include_archived": include_archived,
                "issuer_id": issuer_id,
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


def _organization_federation_rules_retrieve_options(
    *,
    federation_rule_id: object,
    workspace_id: object = NOT_GIVEN,
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
        method="get",
        span_name="anthropic.organization.federation.rules.retrieve",
        span_route="/v1/organizations/federation_rules/{federation_rule_id}",
        span_attributes={
            "anthropic.organization.federation_rule.id": federation_rule_id,
        },
        path=f"/v1/organizations/federation_rules/{path_segment(federation_rule_id, 'federation_rule_id')}",
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


def _organization_federation_rules_update_options(
    *,
    federation_rule_id: object,
    applies_to_all_workspaces: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    match: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    oauth_scope: object = NOT_GIVEN,
    target: object = NOT_GIVEN,
    token_lifetime_seconds: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    attributes: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("federation_rule_id", federation_rule_id, (str,))
    check_type("applies_to_all_workspaces", applies_to_all_workspaces, (None.__class__, bool))
    check_type("description", description, (None.__class__, str))
    check_type("name", name, (None.__class__, str))
    check_type("oauth_scope", oauth_scope, (None.__class__, str))
    check_type("token_lifetime_seconds", token_lifetime_seconds, (None.__class__, int))
    check_type("workspace_id", workspace_id, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.federation.rules.update",
        span_route="/v1/organizations/federation_rules/{federation_rule_id}",
        span_attributes={
            "anthropic.organization.federation_rule.id": federation_rule_id,
        },
        path=f"/v1/organizations/federation_rules/{path_segment(federation_rule_id, 'federation_rule_id')}",
        json_body=strip_not_given(
            {
                "applies_to_all_workspaces": applies_to_all_workspaces,
                "description": description,
                "match": match,
                "name": name,
                "oauth_scope": oauth_scope,
                "target": target,
                "token_lifetime_seconds": token_lifetime_seconds,
                "workspace_id": workspace_id,
                "attributes": attributes,
            }
        ),
        headers=operation_headers([], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
