# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.input_tokens_trigger_param`: the official path of these types."""

from __future__ import annotations

from ._params.input_tokens_trigger_param import InputTokensTriggerParam as InputTokensTriggerParam

__all__ = [
    "InputTokensTriggerParam",
]
