# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_coordinate_target`: the official path of these types."""

from __future__ import annotations

from ._models.browser_coordinate_target import BrowserCoordinateTarget as BrowserCoordinateTarget

__all__ = [
    "BrowserCoordinateTarget",
]
