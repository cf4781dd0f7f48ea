# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.spend_limit_workspace_scope`: the official path of these types."""

from __future__ import annotations

from .._models.spend_limit_workspace_scope import (
    SpendLimitWorkspaceScope as SpendLimitWorkspaceScope,
)

__all__ = [
    "SpendLimitWorkspaceScope",
]
