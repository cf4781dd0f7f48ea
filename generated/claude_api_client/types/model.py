# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model`: the official path of these types."""

from __future__ import annotations

from ._models.model import Model as Model

__all__ = [
    "Model",
]
