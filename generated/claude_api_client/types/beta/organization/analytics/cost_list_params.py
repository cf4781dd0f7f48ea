# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.cost_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.cost_list_params import CostListParams as CostListParams

__all__ = [
    "CostListParams",
]
