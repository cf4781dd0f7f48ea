# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    BrowserScrollDirection: TypeAlias = Literal["up", "down", "left", "right"]
else:

    class BrowserScrollDirection(OpenEnum):
        """Which way a browser toolset scroll goes."""

        UP = "up"
        DOWN = "down"
        LEFT = "left"
        RIGHT = "right"
