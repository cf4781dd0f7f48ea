# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .beta_completion_create_params_non_streaming import (
    BetaCompletionCreateParamsNonStreaming,
)
from .beta_completion_create_params_streaming import BetaCompletionCreateParamsStreaming

BetaCompletionCreateParams: TypeAlias = (
    BetaCompletionCreateParamsNonStreaming | BetaCompletionCreateParamsStreaming
)
"""
Body of a legacy text completion request.
"""
