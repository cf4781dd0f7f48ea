# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deleted_claude_code_rbac_group_managed_settings`: the official path of these types."""

from __future__ import annotations

from .._models.deleted_claude_code_rbac_group_managed_settings import (
    DeletedClaudeCodeRBACGroupManagedSettings as BetaDeletedClaudeCodeRBACGroupManagedSettings,
)

__all__ = [
    "BetaDeletedClaudeCodeRBACGroupManagedSettings",
]
