# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_create_params_base`: the official path of these types."""

from __future__ import annotations

from .._params.beta_message_create_params_base import (
    BetaMessageCreateParamsBase as BetaMessageCreateParamsBase,
)

__all__ = [
    "BetaMessageCreateParamsBase",
]
