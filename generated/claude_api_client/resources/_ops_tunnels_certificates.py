# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.tunnel_certificate import TunnelCertificate
    from ..types._models.tunnel_certificate_page import TunnelCertificatePage


def _load_tunnel_certificate() -> type[TunnelCertificate]:
    from ..types._models.tunnel_certificate import TunnelCertificate

    return TunnelCertificate


def _load_tunnel_certificate_page() -> type[TunnelCertificatePage]:
    from ..types._models.tunnel_certificate_page import TunnelCertificatePage

    return TunnelCertificatePage


def _tunnels_certificates_archive_options(
    *,
    tunnel_id: object,
    certificate_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("certificate_id", certificate_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.tunnels.certificates.archive",
        span_route="/v1/tunnels/{tunnel_id}/certificates/{certificate_id}/archive",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
            "anthropic.tunnel.certificate.id": certificate_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/certificates/{path_segment(certificate_id, 'certificate_id')}/archive",
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


def _tunnels_certificates_create_options(
    *,
    tunnel_id: object,
    workspace_id: object = NOT_GIVEN,
    ca_certificate_pem: object,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    check_type("ca_certificate_pem", ca_certificate_pem, (str,))
    return RequestOptions(
        method="post",
        span_name="anthropic.tunnels.certificates.create",
        span_route="/v1/tunnels/{tunnel_id}/certificates",
        span_created_id=["anthropic.tunnel.certificate.id", "id"],
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/certificates",
        json_body=strip_not_given(
            {
                "ca_certificate_pem": ca_certificate_pem,
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


def _tunnels_certificates_list_options(
    *,
    tunnel_id: object,
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
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("include_archived", include_archived, (bool,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.tunnels.certificates.list",
        span_route="/v1/tunnels/{tunnel_id}/certificates",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/certificates",
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


def _tunnels_certificates_retrieve_options(
    *,
    tunnel_id: object,
    certificate_id: object,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("tunnel_id", tunnel_id, (str,))
    check_type("certificate_id", certificate_id, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.tunnels.certificates.retrieve",
        span_route="/v1/tunnels/{tunnel_id}/certificates/{certificate_id}",
        span_attributes={
            "anthropic.tunnel.id": tunnel_id,
            "anthropic.tunnel.certificate.id": certificate_id,
        },
        path=f"/v1/tunnels/{path_segment(tunnel_id, 'tunnel_id')}/certificates/{path_segment(certificate_id, 'certificate_id')}",
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
