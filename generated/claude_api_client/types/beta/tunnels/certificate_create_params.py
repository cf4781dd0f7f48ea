# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnels.certificate_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.certificate_create_params import CertificateCreateParams as CertificateCreateParams

__all__ = [
    "CertificateCreateParams",
]
