# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_message_create_params import BetaMessageCreateParams as BetaMessageCreateParams
from .._params.beta_message_create_params_base import (
    BetaMessageCreateParamsBase as MessageCreateParamsBase,
)
from .._params.beta_message_create_params_non_streaming import (
    BetaMessageCreateParamsNonStreaming as MessageCreateParamsNonStreaming,
)
from .._params.beta_message_create_params_streaming import (
    BetaMessageCreateParamsStreaming as MessageCreateParamsStreaming,
)
from .._params.metadata_param import MetadataParam as Metadata
from .._params.tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceToolChoiceAny
from .._params.tool_choice_auto_param import ToolChoiceAutoParam as ToolChoiceToolChoiceAuto
from .._params.tool_choice_param import ToolChoiceParam as ToolChoice
from .._params.tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolChoiceTool

__all__ = [
    "BetaMessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "Metadata",
    "ToolChoice",
    "ToolChoiceToolChoiceAny",
    "ToolChoiceToolChoiceAuto",
    "ToolChoiceToolChoiceTool",
]
