# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .fallback_credit_usage import FallbackCreditUsage
from .output_tokens_details import OutputTokensDetails
from .server_tool_usage import ServerToolUsage
from .usage_iteration import UsageIteration


class MessageDeltaUsage(APIModel):
    """Cumulative token counts reported in a `message_delta` event."""

    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int
    output_tokens_details: OutputTokensDetails | None = None
    server_tool_use: ServerToolUsage | None = None
    fallback_credit: FallbackCreditUsage | None = None
    iterations: list[UsageIteration] | None = None
