# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerLeftMouseUpConfig(APIModel):
    """Settings of the computer toolset's `left_mouse_up` action."""

    defer_loading: bool | None = None
    """Defer loading this action; must agree across all enabled actions of the toolset."""
    enabled: bool | None = None
    """Offer this action to the model; the default depends on the action."""
