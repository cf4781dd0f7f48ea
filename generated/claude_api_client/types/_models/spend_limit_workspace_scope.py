# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitWorkspaceScope(APIModel):
    """A limit for one workspace."""

    workspace_id: str
    """ID of the workspace."""
    type: Literal["workspace"]
    """Always `workspace`."""
