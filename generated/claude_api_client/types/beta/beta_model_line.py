# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_model_line`: the official path of these types."""

from __future__ import annotations

from .._models.model_line import ModelLine as BetaModelLine

__all__ = [
    "BetaModelLine",
]
