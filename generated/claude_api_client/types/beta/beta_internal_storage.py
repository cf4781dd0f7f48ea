# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_internal_storage`: the official path of these types."""

from __future__ import annotations

from .._models.internal_storage import InternalStorage as BetaInternalStorage

__all__ = [
    "BetaInternalStorage",
]
