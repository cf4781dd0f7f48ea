# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_cost_group`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_cost_group import AnalyticsCostGroup as AnalyticsCostGroup

__all__ = [
    "AnalyticsCostGroup",
]
