# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_writes_not_enabled_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.claude_tag_writes_not_enabled_error_details import (
    ClaudeTagWritesNotEnabledErrorDetails as BetaClaudeTagWritesNotEnabledErrorDetails,
)

__all__ = [
    "BetaClaudeTagWritesNotEnabledErrorDetails",
]
