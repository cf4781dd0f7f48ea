# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_code_rbac_group_default_managed_settings`: the official path of these types."""

from __future__ import annotations

from ._models.claude_code_rbac_group_default_managed_settings import (
    ClaudeCodeRBACGroupDefaultManagedSettings as ClaudeCodeRBACGroupDefaultManagedSettings,
)

__all__ = [
    "ClaudeCodeRBACGroupDefaultManagedSettings",
]
