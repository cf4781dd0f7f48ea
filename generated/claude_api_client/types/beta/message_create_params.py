# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.message_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_message_create_params import BetaMessageCreateParams as MessageCreateParams
from .._params.beta_message_create_params_base import (
    BetaMessageCreateParamsBase as MessageCreateParamsBase,
)
from .._params.beta_message_create_params_non_streaming import (
    BetaMessageCreateParamsNonStreaming as MessageCreateParamsNonStreaming,
)
from .._params.beta_message_create_params_streaming import (
    BetaMessageCreateParamsStreaming as MessageCreateParamsStreaming,
)
from .._params.container_param import ContainerParam as Container
from .._params.fallback_credit_token_param import FallbackCreditTokenParam as FallbackCreditToken
from .._params.json_output_format_param import JSONOutputFormatParam as OutputFormat

__all__ = [
    "Container",
    "FallbackCreditToken",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "OutputFormat",
]
