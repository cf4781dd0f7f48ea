# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_iterations_usage`: the official path of these types."""

from __future__ import annotations

from .._models.iterations_usage import IterationsUsage as BetaIterationsUsage
from .._models.usage_iteration import UsageIteration as BetaIterationsUsageItem

__all__ = [
    "BetaIterationsUsage",
    "BetaIterationsUsageItem",
]
