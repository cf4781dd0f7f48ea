# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_screenshot_config`: the official path of these types."""

from __future__ import annotations

from ._models.computer_screenshot_config import ComputerScreenshotConfig as ComputerScreenshotConfig

__all__ = [
    "ComputerScreenshotConfig",
]
