# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .cache_creation import CacheCreation
from .fallback_credit_usage import FallbackCreditUsage
from .output_tokens_details import OutputTokensDetails
from .server_tool_usage import ServerToolUsage
from .speed import Speed
from .usage_iteration import UsageIteration
from .usage_service_tier import UsageServiceTier


class Usage(APIModel):
    """Token counts of a request, for billing and rate limits."""

    cache_creation: CacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    inference_geo: str | None = None
    input_tokens: int
    output_tokens: int
    output_tokens_details: OutputTokensDetails | None = None
    server_tool_use: ServerToolUsage | None = None
    service_tier: UsageServiceTier | None = None
    fallback_credit: FallbackCreditUsage | None = None
    iterations: list[UsageIteration] | None = None
    speed: Speed | None = None
