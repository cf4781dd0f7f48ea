# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .model_capabilities import ModelCapabilities
from .model_lifecycle import ModelLifecycle
from .model_line import ModelLine


class ModelInfo(APIModel):
    """A model you can send requests to, with its limits and capabilities."""

    id: str
    type: Literal["model"]
    display_name: str
    created_at: WireDateTime
    capabilities: ModelCapabilities | None = None
    max_input_tokens: int | None = None
    max_tokens: int | None = None
    lifecycle: ModelLifecycle | None = None
    line: ModelLine | None = None
    deprecated_at: WireDateTime | None = None
    retires_at: WireDateTime | None = None
    allowed_fallback_models: list[str] | None = None
