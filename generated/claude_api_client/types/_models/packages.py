# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class Packages(APIModel):
    """Packages installed in the container before a session starts, per package manager."""

    apt: list[str]
    cargo: list[str]
    gem: list[str]
    go: list[str]
    npm: list[str]
    pip: list[str]
    type: Literal["packages"] | None = None
