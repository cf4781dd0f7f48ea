# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class FederationRuleWorkspaceRemoveResponse(APIModel):
    """Confirms that a rule no longer reaches a workspace."""

    federation_rule_id: str
    """ID of the rule."""
    type: Literal["federation_rule_workspace_deleted"]
    """Always `federation_rule_workspace_deleted`."""
    workspace_id: str
    """ID of the workspace."""
