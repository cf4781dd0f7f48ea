# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.known_model_param`: the official path of these types."""

from __future__ import annotations

from ._params.known_model_param import KnownModelParam as KnownModelParam

__all__ = [
    "KnownModelParam",
]
