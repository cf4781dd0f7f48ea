# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code.managed_settings.beta_claude_code_rbac_group_status_active`: the official path of these types."""

from __future__ import annotations

from ....._models.claude_code_rbac_group_status_active import (
    ClaudeCodeRBACGroupStatusActive as BetaClaudeCodeRBACGroupStatusActive,
)

__all__ = [
    "BetaClaudeCodeRBACGroupStatusActive",
]
