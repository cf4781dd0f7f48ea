# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedPlugin(APIModel):
    """Confirms that a plugin was deleted."""

    id: str
    """ID of the deleted plugin."""
    type: Literal["plugin_deleted"]
    """Always `plugin_deleted`."""
