# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMemoryPrefix(APIModel):
    """A folder-like path prefix that stands for the memories below it in a depth-limited listing."""

    type: Literal["memory_prefix"]
    """Always `memory_prefix`."""
    path: str
    """The prefix, ending with `/`."""
