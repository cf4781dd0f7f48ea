# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_image_source import ManagedAgentsImageSource


class ManagedAgentsImageBlock(APIModel):
    """Image block."""

    type: Literal["image"]
    """Always `image`."""
    source: ManagedAgentsImageSource
    """Where the content comes from."""
