# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_screenshot_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_screenshot_input import ComputerScreenshotInput as ComputerScreenshotInput

__all__ = [
    "ComputerScreenshotInput",
]
