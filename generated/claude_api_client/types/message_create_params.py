# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_create_params`: the official path of these types."""

from __future__ import annotations

from ._params.message_create_params import MessageCreateParams as MessageCreateParams
from ._params.message_create_params_base import MessageCreateParamsBase as MessageCreateParamsBase
from ._params.message_create_params_non_streaming import (
    MessageCreateParamsNonStreaming as MessageCreateParamsNonStreaming,
)
from ._params.message_create_params_streaming import (
    MessageCreateParamsStreaming as MessageCreateParamsStreaming,
)
from ._params.metadata_param import MetadataParam as Metadata
from ._params.tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceToolChoiceAny
from ._params.tool_choice_auto_param import ToolChoiceAutoParam as ToolChoiceToolChoiceAuto
from ._params.tool_choice_param import ToolChoiceParam as ToolChoice
from ._params.tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolChoiceTool

__all__ = [
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "Metadata",
    "ToolChoice",
    "ToolChoiceToolChoiceAny",
    "ToolChoiceToolChoiceAuto",
    "ToolChoiceToolChoiceTool",
]
