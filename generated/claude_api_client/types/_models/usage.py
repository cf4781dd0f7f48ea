# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

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
    cache_creation_input_tokens: Annotated[int | None, Field(ge=0)] = None
    cache_read_input_tokens: Annotated[int | None, Field(ge=0)] = None
    inference_geo: str | None = None
    input_tokens: Annotated[int, Field(ge=0)]
    output_tokens: Annotated[int, Field(ge=0)]
    output_tokens_details: OutputTokensDetails | None = None
    server_tool_use: ServerToolUsage | None = None
    service_tier: UsageServiceTier | None = None
    fallback_credit: FallbackCreditUsage | None = None
    iterations: list[UsageIteration] | None = None
    speed: Speed | None = None
