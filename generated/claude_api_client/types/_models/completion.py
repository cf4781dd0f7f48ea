# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .model import Model


class Completion(APIModel):
    """A text completion from the legacy Text Completions API."""

    completion: str
    id: str
    model: Model
    stop_reason: str | None = None
    type: Literal["completion"]
