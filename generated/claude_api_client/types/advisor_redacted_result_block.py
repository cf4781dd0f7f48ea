# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_redacted_result_block`: the official path of these types."""

from __future__ import annotations

from ._models.advisor_redacted_result_block import (
    AdvisorRedactedResultBlock as AdvisorRedactedResultBlock,
)

__all__ = [
    "AdvisorRedactedResultBlock",
]
