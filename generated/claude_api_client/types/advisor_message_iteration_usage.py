# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_message_iteration_usage`: the official path of these types."""

from __future__ import annotations

from ._models.advisor_message_iteration_usage import (
    AdvisorMessageIterationUsage as AdvisorMessageIterationUsage,
)

__all__ = [
    "AdvisorMessageIterationUsage",
]
