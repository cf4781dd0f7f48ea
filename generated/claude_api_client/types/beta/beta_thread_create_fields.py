# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thread_create_fields`: the official path of these types."""

from __future__ import annotations

from .._params.thread_fields import ThreadCreateFields as BetaThreadCreateFields

__all__ = [
    "BetaThreadCreateFields",
]
