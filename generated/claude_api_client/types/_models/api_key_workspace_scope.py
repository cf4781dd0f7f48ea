# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class APIKeyWorkspaceScope(APIModel):
    """An API key that belongs to a workspace (the default workspace's real ID included)."""

    type: Literal["workspace"]
    """Always `workspace`."""
    workspace_id: str
    """ID of the workspace."""
