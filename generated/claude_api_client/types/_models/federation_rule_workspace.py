# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class FederationRuleWorkspace(APIModel):
    """A workspace a rule reaches."""

    created_at: WireDateTime
    """When it was added (RFC 3339)."""
    created_by_actor_id: str | None = None
    """Who added it."""
    federation_rule_id: str
    """ID of the rule."""
    type: Literal["federation_rule_workspace"]
    """Always `federation_rule_workspace`."""
    workspace_id: str
    """ID of the workspace."""
    workspace_name: str | None = None
    """The workspace's name."""
