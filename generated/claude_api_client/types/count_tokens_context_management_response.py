# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.count_tokens_context_management_response`: the official path of these types."""

from __future__ import annotations

from ._models.count_tokens_context_management_response import (
    CountTokensContextManagementResponse as CountTokensContextManagementResponse,
)

__all__ = [
    "CountTokensContextManagementResponse",
]
