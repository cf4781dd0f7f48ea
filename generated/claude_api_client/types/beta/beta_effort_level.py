# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_effort_level`: the official path of these types."""

from __future__ import annotations

from .._params.effort_level_param import EffortLevelParam as BetaEffortLevel

__all__ = [
    "BetaEffortLevel",
]
