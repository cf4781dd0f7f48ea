# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_cost_group_by_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_cost_group_by_param import (
    AnalyticsCostGroupByParam as AnalyticsCostGroupByParam,
)

__all__ = [
    "AnalyticsCostGroupByParam",
]
