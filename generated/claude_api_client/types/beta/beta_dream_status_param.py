# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_status_param`: the official path of these types."""

from __future__ import annotations

from .._params.dream_status_param import DreamStatusParam as BetaDreamStatusParam

__all__ = [
    "BetaDreamStatusParam",
]
