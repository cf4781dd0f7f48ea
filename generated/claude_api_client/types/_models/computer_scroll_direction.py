# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ComputerScrollDirection: TypeAlias = Literal["up", "down", "left", "right"]
else:

    class ComputerScrollDirection(OpenEnum):
        """Which way a computer toolset scroll goes."""

        UP = "up"
        DOWN = "down"
        LEFT = "left"
        RIGHT = "right"
