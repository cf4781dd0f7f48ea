# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_zoom_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_zoom_input import ComputerZoomInput as ComputerZoomInput

__all__ = [
    "ComputerZoomInput",
]
