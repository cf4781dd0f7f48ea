# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnels.certificate_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.certificate_list_params import CertificateListParams as CertificateListParams

__all__ = [
    "CertificateListParams",
]
