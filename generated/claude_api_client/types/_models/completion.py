# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .model import Model


class Completion(APIModel):
    """A text completion from the legacy Text Completions API."""

    completion: str
    """The generated text."""
    id: str
    """Unique identifier of the completion."""
    model: Model
    """The model that produced the completion."""
    stop_reason: str | None = None
    """Why generation stopped: `stop_sequence` or `max_tokens`; null mid-stream."""
    type: Literal["completion"]
    """Always `completion`."""
