# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OutputBehaviorCreateNew(APIModel):
    """Write the result into a new memory store cloned from the input (the default)."""

    type: Literal["create_new"]
    """Always `create_new`."""
