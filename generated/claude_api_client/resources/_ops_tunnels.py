# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.tunnel import Tunnel
    from ..types._models.tunnel_page import TunnelPage
    from ..types._models.tunnel_token import TunnelToken


def _load_tunnel() -> type[Tunnel]:
    from ..types._models.tunnel import Tunnel

    return Tunnel


def _load_tunnel_page() -> type[TunnelPage]:
    from ..types._models.tunnel_page import TunnelPage

    return TunnelPage


def _load_tunnel_token() -> type[TunnelToken]:
    from ..types._models.tunnel_token import TunnelToken

    return TunnelToken


def _tunnels_archive_options(
    *,
    tunnel_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.tunnels.archive",
        span_route="/v1/tunnels/{tunnel_id}/archive",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/archive",
        headers=operation_headers(
            ["mcp-tunnels-2026-06-22"],
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


def _tunnels_create_options(
    *,
    workspace_id: object = NOT_GIVEN,
    display_name: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("workspace_id", workspace_id, (str,))
    check_type("display_name", display_name, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.tunnels.create",
        span_route="/v1/tunnels",
        span_created_id=["anthropic.tunnel.id", "id"],
        path="/v1/tunnels",
        json_body=strip_not_given(
            {
                "display_name": display_name,
            }
        ),
        headers=operation_headers(
            ["mcp-tunnels-2026-06-22"],
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


def _tunnels_list_options(
    *,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    include_archived: object = NOT_GIVEN,
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
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.tunnels.list",
        span_route="/v1/tunnels",
        path="/v1/tunnels",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
                "include_archived": include_archived,
            }
        ),
        headers=operation_headers(
            ["mcp-tunnels-2026-06-22"],
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


def _tunnels_retrieve_options(
    *,
    tunnel_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.tunnels.retrieve",
        span_route="/v1/tunnels/{tunnel_id}",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}",
        headers=operation_headers(
            ["mcp-tunnels-2026-06-22"],
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


def _tunnels_reveal_token_options(
    *,
    tunnel_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.tunnels.reveal_token",
        span_route="/v1/tunnels/{tunnel_id}/reveal_token",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/reveal_token",
        headers=operation_headers(
            ["mcp-tunnels-2026-06-22"],
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


def _tunnels_rotate_token_options(
    *,
    tunnel_id: object,
    workspace_id: object = NOT_GIVEN,
    reason: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("reason", reason, (None.__class__, str))
    return RequestOptions(
        method="post",
        span_name="anthropic.tunnels.rotate_token",
        span_route="/v1/tunnels/{tunnel_id}/rotate_token",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/rotate_token",
        json_body=strip_not_given(
            {
                "reason": reason,
            }
        ),
        headers=operation_headers(
            ["mcp-tunnels-2026-06-22"],
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
