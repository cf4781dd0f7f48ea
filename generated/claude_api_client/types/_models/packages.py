# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class Packages(APIModel):
    """Packages installed in the container before a session starts, per package manager."""

    apt: list[str]
    """Debian packages (apt)."""
    cargo: list[str]
    """Rust crates (cargo)."""
    gem: list[str]
    """Ruby gems."""
    go: list[str]
    """Go modules."""
    npm: list[str]
    """Node packages (npm)."""
    pip: list[str]
    """Python packages (pip)."""
    type: Literal["packages"] | None = None
    """Always `packages`."""
