# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeCodeRBACGroupStatusDeleted(APIModel):
    """The group was deleted; its settings remain until removed."""

    type: Literal["deleted"]
    """Always `deleted`."""
