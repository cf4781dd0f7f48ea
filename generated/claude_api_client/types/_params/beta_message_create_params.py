# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .beta_message_create_params_non_streaming import (
    BetaMessageCreateParamsNonStreaming,
)
from .beta_message_create_params_streaming import BetaMessageCreateParamsStreaming

BetaMessageCreateParams: TypeAlias = (
    BetaMessageCreateParamsNonStreaming | BetaMessageCreateParamsStreaming
)
"""
Body of a request that creates a message.
"""
