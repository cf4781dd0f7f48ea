# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .plugin_target import PluginTarget


class PluginShare(APIModel):
    """A plugin shared with a target."""

    granted_at: WireDateTime
    """When it was shared (RFC 3339)."""
    plugin_id: str
    """ID of the plugin."""
    target: PluginTarget
    """Whom it is shared with."""
    type: Literal["plugin_share"]
    """Always `plugin_share`."""
