# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .cache_creation import CacheCreation
from .fallback_credit_usage import FallbackCreditUsage
from .iterations_usage import IterationsUsage
from .output_tokens_details import OutputTokensDetails
from .server_tool_usage import ServerToolUsage
from .speed import Speed
from .usage_service_tier import UsageServiceTier


class Usage(APIModel):
    """Token counts of a request, for billing and rate limits."""

    cache_creation: CacheCreation | None = None
    """Tokens written to the prompt cache, split by cache lifetime."""
    cache_creation_input_tokens: int | None = None
    """Input tokens written to the prompt cache."""
    cache_read_input_tokens: int | None = None
    """Input tokens read from the prompt cache."""
    inference_geo: str | None = None
    """Region where inference ran."""
    input_tokens: int
    """Input tokens processed, not counting cache reads and writes."""
    output_tokens: int
    """Output tokens generated."""
    output_tokens_details: OutputTokensDetails | None = None
    """Output tokens split by category (the total stays in `output_tokens`)."""
    server_tool_use: ServerToolUsage | None = None
    """Number of server tool requests."""
    service_tier: UsageServiceTier | None = None
    """Capacity tier that served the request."""
    fallback_credit: FallbackCreditUsage | None = None
    """Result of redeeming the `fallback_credit_token` sent with the request."""
    iterations: IterationsUsage | None = None
    """Token usage of each sampling iteration."""
    speed: Speed | None = None
    """Inference speed mode used."""
