# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_iteration_usage`: the official path of these types."""

from __future__ import annotations

from ._models.message_iteration_usage import MessageIterationUsage as MessageIterationUsage

__all__ = [
    "MessageIterationUsage",
]
