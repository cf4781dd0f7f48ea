# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.output_behavior_update_existing`: the official path of these types."""

from __future__ import annotations

from ._models.output_behavior_update_existing import (
    OutputBehaviorUpdateExisting as OutputBehaviorUpdateExisting,
)

__all__ = [
    "OutputBehaviorUpdateExisting",
]
