# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_output_behavior`: the official path of these types."""

from __future__ import annotations

from .._models.output_behavior import OutputBehavior as BetaOutputBehavior

__all__ = [
    "BetaOutputBehavior",
]
