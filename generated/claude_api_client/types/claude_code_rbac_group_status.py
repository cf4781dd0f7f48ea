# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_code_rbac_group_status`: the official path of these types."""

from __future__ import annotations

from ._models.claude_code_rbac_group_status import (
    ClaudeCodeRBACGroupStatus as ClaudeCodeRBACGroupStatus,
)

__all__ = [
    "ClaudeCodeRBACGroupStatus",
]
