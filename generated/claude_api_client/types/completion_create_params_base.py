# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.completion_create_params_base`: the official path of these types."""

from __future__ import annotations

from ._params.completion_create_params_base import (
    CompletionCreateParamsBase as CompletionCreateParamsBase,
)

__all__ = [
    "CompletionCreateParamsBase",
]
