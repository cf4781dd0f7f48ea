# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.deleted_telemetry_destination_workspace import (
        DeletedTelemetryDestinationWorkspace,
    )
    from ..types._models.telemetry_destination_workspace import TelemetryDestinationWorkspace
    from ..types._models.telemetry_destination_workspace_page import (
        TelemetryDestinationWorkspacePage,
    )


def _load_deleted_telemetry_destination_workspace() -> type[DeletedTelemetryDestinationWorkspace]:
    from ..types._models.deleted_telemetry_destination_workspace import (
        DeletedTelemetryDestinationWorkspace,
    )

    return DeletedTelemetryDestinationWorkspace


def _load_telemetry_destination_workspace() -> type[TelemetryDestinationWorkspace]:
    from ..types._models.telemetry_destination_workspace import TelemetryDestinationWorkspace

    return TelemetryDestinationWorkspace


def _load_telemetry_destination_workspace_page() -> type[TelemetryDestinationWorkspacePage]:
    from ..types._models.telemetry_destination_workspace_page import (
        TelemetryDestinationWorkspacePage,
    )

    return TelemetryDestinationWorkspacePage


def _organization_telemetry_destinations_workspaces_add_options(
    *,
    destination_id: object,
    workspace_id: object,
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
        span_name="anthropic.organization.telemetry_destinations.workspaces.add",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}/workspaces/{workspace_id}",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
            "anthropic.organization.telemetry_destination.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}/workspaces/{path_segment(workspace_id, 'workspace_id')}",
        headers=operation_headers(["telemetry-destinations-2026-08-11"], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _organization_telemetry_destinations_workspaces_list_options(
    *,
    destination_id: object,
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
    check_type("destination_id", destination_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.organization.telemetry_destinations.workspaces.list",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}/workspaces",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}/workspaces",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
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


def _organization_telemetry_destinations_workspaces_remove_options(
    *,
    destination_id: object,
    workspace_id: object,
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
        span_name="anthropic.organization.telemetry_destinations.workspaces.remove",
        span_route="/v1/organizations/telemetry_destinations/{destination_id}/workspaces/{workspace_id}",
        span_attributes={
            "anthropic.organization.telemetry_destination.id": destination_id,
            "anthropic.organization.telemetry_destination.workspace.id": workspace_id,
        },
        path=f"/v1/organizations/telemetry_destinations/{path_segment(destination_id, 'destination_id')}/workspaces/{path_segment(workspace_id, 'workspace_id')}",
        headers=operation_headers(["telemetry-destinations-2026-08-11"], betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )
