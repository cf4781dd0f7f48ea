# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.output_behavior_param`: the official path of these types."""

from __future__ import annotations

from ._params.output_behavior_param import OutputBehaviorParam as OutputBehaviorParam

__all__ = [
    "OutputBehaviorParam",
]
