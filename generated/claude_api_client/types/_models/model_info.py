# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime

from claude_api_client._core._model_base import APIModel

from .model_capabilities import ModelCapabilities


class ModelInfo(APIModel):
    """A model you can send requests to, with its limits and capabilities."""

    id: str
    type: Literal["model"]
    display_name: str
    created_at: AwareDatetime
    capabilities: ModelCapabilities | None
    max_input_tokens: int | None
    max_tokens: int | None
    allowed_fallback_models: list[str] | None = None
