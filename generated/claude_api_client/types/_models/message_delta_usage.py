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
    """Input tokens written to the prompt cache so far."""
    cache_read_input_tokens: int | None = None
    """Input tokens read from the prompt cache so far."""
    input_tokens: int | None = None
    """Input tokens processed so far."""
    output_tokens: int
    """Output tokens generated so far."""
    output_tokens_details: OutputTokensDetails | None = None
    """Output tokens split by category (the total stays in `output_tokens`)."""
    server_tool_use: ServerToolUsage | None = None
    """Number of server tool requests."""
    fallback_credit: FallbackCreditUsage | None = None
    """Result of redeeming the `fallback_credit_token` sent with the request."""
    iterations: list[UsageIteration] | None = None
    """Token usage of each sampling iteration."""
