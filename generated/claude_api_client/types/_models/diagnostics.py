# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .cache_miss_reason import CacheMissReason


class Diagnostics(APIModel):
    """Prompt-cache diagnostics of the request."""

    cache_miss_reason: CacheMissReason | None = None
    """Why the prompt cache missed; null while the diagnosis is pending or when it hit."""
