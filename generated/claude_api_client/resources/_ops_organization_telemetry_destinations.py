# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_not_none, check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_telemetry_destination import DeletedTelemetryDestination
    from ..types._models.telemetry_destination import TelemetryDestination
    from ..types._models.telemetry_destination_page import TelemetryDestinationPage
    from ..types._models.telemetry_destination_test_response import TelemetryDestinationTestResponse


def _load_deleted_telemetry_destination() -> type[DeletedTelemetryDestination]:
    from ..types._models.deleted_telemetry_destination import DeletedTelemetryDestination

    return DeletedTelemetryDestination


def _load_telemetry_destination() -> type[TelemetryDestination]:
    from ..types._models.telemetry_destination import TelemetryDestination

    return TelemetryDestination


def _load_telemetry_destination_page() -> type[TelemetryDestinationPage]:
    from ..types._models.telemetry_destination_page import TelemetryDestinationPage

    return TelemetryDestinationPage


def _load_telemetry_destination_test_response() -> type[TelemetryDestinationTestResponse]:
    from ..types._models.telemetry_destination_test_response import TelemetryDestinationTestResponse

    return TelemetryDestinationTestResponse


def _organization_telemetry_destinations_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    endpoint_url: object,
    workspaces: object,
    display_name: object = NOT_GIVEN,
    headers: object = NOT_GIVEN,
    traces: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_not_none("workspaces", workspaces)
    check_type("workspace_id", workspace_id, (str,))
    check_type("endpoint_url", endpoint_url, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.telemetry_destinations.create",
        span_route="/v1/organizations/telemetry_destinations",
        span_created_id=["anthropic.organization.telemetry_destination.id", "id"],
        path="/v1/organizations/telemetry_destinations",
        json_body=strip_not_given(
            {
                "endpoint_url": endpoint_url,
                "workspaces": workspaces,
                "display_name": display_name,
                "headers": headers,
                "traces": traces,
            }
        ),
        headers=operation_headers(
            ["telemetry-destinations-2026-08-11"],
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


def _organization_telemetry_destinations_delete_options(
    *,
    destination_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("destination_id", destination_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="delete",
        span_name="anthropic.organization.telemetry_destinations.delete",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}",
        headers=operation_headers(
            ["telemetry-destinations-2026-08-11"],
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


def _organization_telemetry_destinations_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_ids: object = NOT_GIVEN,
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
    check_type("workspace_ids", workspace_ids, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.telemetry_destinations.list",
        span_route="/v1/organizations/telemetry_destinations",
        path="/v1/organizations/telemetry_destinations",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "workspace_ids[]": workspace_ids,
            }
        ),
        headers=operation_headers(
            ["telemetry-destinations-2026-08-11"],
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


def _organization_telemetry_destinations_retrieve_options(
    *,
    destination_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("destination_id", destination_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.telemetry_destinations.retrieve",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}",
        headers=operation_headers(
            ["telemetry-destinations-2026-08-11"],
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


def _organization_telemetry_destinations_test_options(
    *,
    destination_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("destination_id", destination_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.telemetry_destinations.test",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}/test",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}/test",
        headers=operation_headers(
            ["telemetry-destinations-2026-08-11"],
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


def _organization_telemetry_destinations_update_options(
    *,
    destination_id: object,
    workspace_id: object = NOT_GIVEN,
    display_name: object = NOT_GIVEN,
    endpoint_url: object = NOT_GIVEN,
    headers: object = NOT_GIVEN,
    state: object = NOT_GIVEN,
    traces: object = NOT_GIVEN,
    workspaces: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("destination_id", destination_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    check_type("endpoint_url", endpoint_url, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.organization.telemetry_destinations.update",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}",
        json_body=strip_not_given(
            {
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "headers": headers,
                "state": state,
                "traces": traces,
                "workspaces": workspaces,
            }
        ),
        headers=operation_headers(
            ["telemetry-destinations-2026-08-11"],
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
