# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_result_block`: the official path of these types."""

from __future__ import annotations

from ._models.advisor_result_block import AdvisorResultBlock as AdvisorResultBlock

__all__ = [
    "AdvisorResultBlock",
]
