# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_redacted_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.advisor_redacted_result_block_param import (
    AdvisorRedactedResultBlockParam as AdvisorRedactedResultBlockParam,
)

__all__ = [
    "AdvisorRedactedResultBlockParam",
]
