# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_organization_webhook_endpoint import (
        DeletedOrganizationWebhookEndpoint,
    )
    from ..types._models.new_organization_webhook_endpoint import NewOrganizationWebhookEndpoint
    from ..types._models.organization_webhook_endpoint import OrganizationWebhookEndpoint
    from ..types._models.organization_webhook_endpoint_page import OrganizationWebhookEndpointPage
    from ..types._models.organization_webhook_endpoint_signing_secret import (
        OrganizationWebhookEndpointSigningSecret,
    )


def _load_deleted_organization_webhook_endpoint() -> type[DeletedOrganizationWebhookEndpoint]:
    from ..types._models.deleted_organization_webhook_endpoint import (
        DeletedOrganizationWebhookEndpoint,
    )

    return DeletedOrganizationWebhookEndpoint


def _load_new_organization_webhook_endpoint() -> type[NewOrganizationWebhookEndpoint]:
    from ..types._models.new_organization_webhook_endpoint import NewOrganizationWebhookEndpoint

    return NewOrganizationWebhookEndpoint


def _load_organization_webhook_endpoint() -> type[OrganizationWebhookEndpoint]:
    from ..types._models.organization_webhook_endpoint import OrganizationWebhookEndpoint

    return OrganizationWebhookEndpoint


def _load_organization_webhook_endpoint_page() -> type[OrganizationWebhookEndpointPage]:
    from ..types._models.organization_webhook_endpoint_page import OrganizationWebhookEndpointPage

    return OrganizationWebhookEndpointPage


def _load_organization_webhook_endpoint_signing_secret() -> type[
    OrganizationWebhookEndpointSigningSecret
]:
    from ..types._models.organization_webhook_endpoint_signing_secret import (
        OrganizationWebhookEndpointSigningSecret,
    )

    return OrganizationWebhookEndpointSigningSecret


def _organization_webhooks_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    enabled_events: object,
    url: object,
    name: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("description", description, (str,))
    check_type("enabled_events", enabled_events, (list, tuple))
    check_type("url", url, (str,))
    check_type("name", name, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.webhooks.create",
        span_route="/v1/organizations/webhooks",
        span_created_id=["anthropic.organization.webhook.id", "id"],
        path="/v1/organizations/webhooks",
        json_body=strip_not_given(
            {
                "description": description,
                "enabled_events": enabled_events,
                "url": url,
                "name": name,
            }
        ),
        headers=operation_headers(
            ["webhooks-2026-10-07"],
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


def _organization_webhooks_delete_options(
    *,
    webhook_endpoint_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("webhook_endpoint_id", webhook_endpoint_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.webhooks.delete",
        span_route="/v1/organizations/webhooks/{webhook_endpoint_id}",
        span_attributes={
            "anthropic.organization.webhook.id": webhook_endpoint_id,
        },
        path=f"/v1/organizations/webhooks/{path_segment(webhook_endpoint_id, 'webhook_endpoint_id')}",
        headers=operation_headers(
            ["webhooks-2026-10-07"],
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


def _organization_webhooks_list_options(
    *,
    after_id: object = NOT_GIVEN,
    before_id: object = NOT_GIVEN,
    limit: object = NOT_GIVEN,
    order: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("after_id", after_id, (str,))
    check_type("before_id", before_id, (str,))
    check_type("limit", limit, (int,))
    check_type("order", order, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.webhooks.list",
        span_route="/v1/organizations/webhooks",
        path="/v1/organizations/webhooks",
        params=strip_not_given(
            {
                "after_id": after_id,
                "before_id": before_id,
                "limit": limit,
                "order": order,
            }
        ),
        headers=operation_headers(
            ["webhooks-2026-10-07"],
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


def _organization_webhooks_regenerate_signing_secret_options(
    *,
    webhook_endpoint_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("webhook_endpoint_id", webhook_endpoint_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.webhooks.regenerate_signing_secret",
        span_route="/v1/organizations/webhooks/{webhook_endpoint_id}/regenerate_signing_secret",
        span_attributes={
            "anthropic.organization.webhook.id": webhook_endpoint_id,
        },
        path=f"/v1/organizations/webhooks/{path_segment(webhook_endpoint_id, 'webhook_endpoint_id')}/regenerate_signing_secret",
        headers=operation_headers(
            ["webhooks-2026-10-07"],
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


def _organization_webhooks_retrieve_options(
    *,
    webhook_endpoint_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("webhook_endpoint_id", webhook_endpoint_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.webhooks.retrieve",
        span_route="/v1/organizations/webhooks/{webhook_endpoint_id}",
        span_attributes={
            "anthropic.organization.webhook.id": webhook_endpoint_id,
        },
        path=f"/v1/organizations/webhooks/{path_segment(webhook_endpoint_id, 'webhook_endpoint_id')}",
        headers=operation_headers(
            ["webhooks-2026-10-07"],
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


def _organization_webhooks_update_options(
    *,
    webhook_endpoint_id: object,
    workspace_id: object = NOT_GIVEN,
    description: object = NOT_GIVEN,
    enabled_events: object = NOT_GIVEN,
    name: object = NOT_GIVEN,
    state: object = NOT_GIVEN,
    url: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("webhook_endpoint_id", webhook_endpoint_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("description", description, (str,))
    check_type("enabled_events", enabled_events, (list, tuple))
    check_type("name", name, (str,))
    check_type("state", state, (str,))
    check_type("url", url, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.webhooks.update",
        span_route="/v1/organizations/webhooks/{webhook_endpoint_id}",
        span_attributes={
            "anthropic.organization.webhook.id": webhook_endpoint_id,
        },
        path=f"/v1/organizations/webhooks/{path_segment(webhook_endpoint_id, 'webhook_endpoint_id')}",
        json_body=strip_not_given(
            {
                "description": description,
                "enabled_events": enabled_events,
                "name": name,
                "state": state,
                "url": url,
            }
        ),
        headers=operation_headers(
            ["webhooks-2026-10-07"],
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
