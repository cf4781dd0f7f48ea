# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.rules.workspace_remove_response`: the official path of these types."""

from __future__ import annotations

from ...._models.federation_rule_workspace_remove_response import (
    FederationRuleWorkspaceRemoveResponse as WorkspaceRemoveResponse,
)

__all__ = [
    "WorkspaceRemoveResponse",
]
