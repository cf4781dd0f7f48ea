# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_usage_iteration`: the official path of these types."""

from __future__ import annotations

from .._models.usage_iteration import UsageIteration as BetaUsageIteration

__all__ = [
    "BetaUsageIteration",
]
