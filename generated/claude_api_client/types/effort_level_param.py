# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.effort_level_param`: the official path of these types."""

from __future__ import annotations

from ._params.effort_level_param import EffortLevelParam as EffortLevelParam

__all__ = [
    "EffortLevelParam",
]
