# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.message_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.container_param import ContainerParam as Container
from .._params.fallback_credit_token_param import FallbackCreditTokenParam as FallbackCreditToken
from .._params.json_output_format_param import JSONOutputFormatParam as OutputFormat
from .._params.message_create_params import MessageCreateParams as MessageCreateParams
from .._params.message_create_params import MessageCreateParams as MessageCreateParamsBase
from .._params.message_create_params import MessageCreateParams as MessageCreateParamsNonStreaming
from .._params.message_create_params import MessageCreateParams as MessageCreateParamsStreaming

__all__ = [
    "Container",
    "FallbackCreditToken",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "OutputFormat",
]
