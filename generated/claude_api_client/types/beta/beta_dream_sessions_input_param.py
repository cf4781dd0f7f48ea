# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_sessions_input_param`: the official path of these types."""

from __future__ import annotations

from .._params.dream_sessions_input_param import (
    DreamSessionsInputParam as BetaDreamSessionsInputParam,
)

__all__ = [
    "BetaDreamSessionsInputParam",
]
