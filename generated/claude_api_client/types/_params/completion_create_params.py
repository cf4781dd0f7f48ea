# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .completion_create_params_non_streaming import CompletionCreateParamsNonStreaming
from .completion_create_params_streaming import CompletionCreateParamsStreaming

CompletionCreateParams: TypeAlias = (
    CompletionCreateParamsNonStreaming | CompletionCreateParamsStreaming
)
"""
Body of a legacy text completion request.
"""
