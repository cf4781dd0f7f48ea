# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .cache_creation import CacheCreation
from .model import Model


class MessageIterationUsage(APIModel):
    """Token usage of one ordinary sampling iteration."""

    cache_creation: CacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int
    model: Model | None = None
    output_tokens: int
    type: Literal["message"]
