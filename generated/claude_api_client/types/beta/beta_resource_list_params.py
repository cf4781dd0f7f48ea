# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_resource_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.resource_list_params import ResourceListParams as BetaResourceListParams

__all__ = [
    "BetaResourceListParams",
]
