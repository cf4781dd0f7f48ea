# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class PluginNameTakenErrorDetails(APIModel):
    """A plugin of that name already exists in the marketplace."""

    error_code: Literal["plugin_name_taken"]
    """Always `plugin_name_taken`."""
    plugin_id: str | None = None
    """ID of the plugin that has the name."""
