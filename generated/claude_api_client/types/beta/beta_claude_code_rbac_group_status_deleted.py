# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_code_rbac_group_status_deleted`: the official path of these types."""

from __future__ import annotations

from .._models.claude_code_rbac_group_status_deleted import (
    ClaudeCodeRBACGroupStatusDeleted as BetaClaudeCodeRBACGroupStatusDeleted,
)

__all__ = [
    "BetaClaudeCodeRBACGroupStatusDeleted",
]
