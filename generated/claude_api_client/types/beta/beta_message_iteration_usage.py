# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_iteration_usage`: the official path of these types."""

from __future__ import annotations

from .._models.message_iteration_usage import MessageIterationUsage as BetaMessageIterationUsage

__all__ = [
    "BetaMessageIterationUsage",
]
