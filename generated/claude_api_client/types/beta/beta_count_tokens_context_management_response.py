# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_count_tokens_context_management_response`: the official path of these types."""

from __future__ import annotations

from .._models.count_tokens_context_management_response import (
    CountTokensContextManagementResponse as BetaCountTokensContextManagementResponse,
)

__all__ = [
    "BetaCountTokensContextManagementResponse",
]
