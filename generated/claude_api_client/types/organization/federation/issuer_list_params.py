# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.issuer_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.issuer_list_params import IssuerListParams as IssuerListParams

__all__ = [
    "IssuerListParams",
]
