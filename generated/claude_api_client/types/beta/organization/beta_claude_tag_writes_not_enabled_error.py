# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_writes_not_enabled_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import ClaudeTagWritesNotEnabledError as BetaClaudeTagWritesNotEnabledError

__all__ = [
    "BetaClaudeTagWritesNotEnabledError",
]
