# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class PluginMarketplaceValidationPluginErrorObject(APIModel):
    """A plugin that fails validation."""

    error: str
    """What is wrong."""
    error_code: str
    """Machine-readable code of the problem."""
    name: str
    """The plugin's name."""
