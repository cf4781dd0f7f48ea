# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.input_tokens_clear_at_least_param`: the official path of these types."""

from __future__ import annotations

from ._params.input_tokens_clear_at_least_param import (
    InputTokensClearAtLeastParam as InputTokensClearAtLeastParam,
)

__all__ = [
    "InputTokensClearAtLeastParam",
]
