# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.issuer_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_issuer_list_params import BetaIssuerListParams as IssuerListParams

__all__ = [
    "IssuerListParams",
]
