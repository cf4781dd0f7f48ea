# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class PluginMarketplaceValidationPluginWarning(APIModel):
    """One problem that does not stop a plugin from being used."""

    error_code: str
    """Machine-readable code of the problem."""
    message: str
    """What is wrong."""
