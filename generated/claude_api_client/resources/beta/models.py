# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.models` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_models import AsyncBetaModels as AsyncModels
    from claude_api_client.resources.beta_models import (
        AsyncBetaModelsWithRawResponse as AsyncModelsWithRawResponse,
    )
    from claude_api_client.resources.beta_models import (
        AsyncBetaModelsWithStreamingResponse as AsyncModelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_models import BetaModels as Models
    from claude_api_client.resources.beta_models import (
        BetaModelsWithRawResponse as ModelsWithRawResponse,
    )
    from claude_api_client.resources.beta_models import (
        BetaModelsWithStreamingResponse as ModelsWithStreamingResponse,
    )

__all__ = [
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncModels": ("claude_api_client.resources.beta_models", "AsyncBetaModels"),
    "AsyncModelsWithRawResponse": (
        "claude_api_client.resources.beta_models",
        "AsyncBetaModelsWithRawResponse",
    ),
    "AsyncModelsWithStreamingResponse": (
        "claude_api_client.resources.beta_models",
        "AsyncBetaModelsWithStreamingResponse",
    ),
    "Models": ("claude_api_client.resources.beta_models", "BetaModels"),
    "ModelsWithRawResponse": (
        "claude_api_client.resources.beta_models",
        "BetaModelsWithRawResponse",
    ),
    "ModelsWithStreamingResponse": (
        "claude_api_client.resources.beta_models",
        "BetaModelsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
