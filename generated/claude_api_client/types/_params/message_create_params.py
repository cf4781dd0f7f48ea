# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .message_create_params_non_streaming import MessageCreateParamsNonStreaming
from .message_create_params_streaming import MessageCreateParamsStreaming

MessageCreateParams: TypeAlias = MessageCreateParamsNonStreaming | MessageCreateParamsStreaming
"""
Body of a request that creates a message.
"""
