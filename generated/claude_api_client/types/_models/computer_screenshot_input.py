# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerScreenshotInput(APIModel):
    """Arguments of the computer toolset's `screenshot` action: take a screenshot of the screen."""
