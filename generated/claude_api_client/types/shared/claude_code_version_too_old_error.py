# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.claude_code_version_too_old_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import ClaudeCodeVersionTooOldError as ClaudeCodeVersionTooOldError

__all__ = [
    "ClaudeCodeVersionTooOldError",
]
