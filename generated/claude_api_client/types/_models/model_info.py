# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .model_capabilities import ModelCapabilities
from .model_lifecycle import ModelLifecycle
from .model_line import ModelLine


class ModelInfo(APIModel):
    """A model you can send requests to, with its limits and capabilities."""

    id: str
    """Model identifier, the value to pass as `model` in requests."""
    type: Literal["model"]
    """Always `model`."""
    display_name: str
    """Name of the model for people to read."""
    created_at: WireDateTime
    """When the model was released (an epoch timestamp when the date is not known)."""
    capabilities: ModelCapabilities | None = None
    """Features the model supports; null when not reported."""
    max_input_tokens: int | None = None
    """Largest context window the model accepts, in tokens."""
    max_tokens: int | None = None
    """Highest `max_tokens` value the model accepts."""
    lifecycle: ModelLifecycle | None = None
    """Whether the model is active, deprecated (callable, closed to new users) or retired."""
    line: ModelLine | None = None
    """The model family; null for a model outside every family (never guess it from `id`)."""
    deprecated_at: WireDateTime | None = None
    """When the model was last deprecated; null while it is active."""
    retires_at: WireDateTime | None = None
    """When the model is scheduled to retire (the schedule may move); `lifecycle` says whether it has."""
    allowed_fallback_models: list[str] | None = None
    """Models this one accepts as `fallbacks[].model` in Messages requests; empty when it takes no fallbacks."""
