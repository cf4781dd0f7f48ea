# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .message_param import MessageParam
from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .speed_param import SpeedParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_param import ToolChoiceParam
from .tool_union_param import ToolUnionParam


class MessageCountTokensParams(TypedDict):
    """
    Body of a request that counts the input tokens of a would-be message.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Cache breakpoint applied automatically to the last cacheable block of the request.
    """
    messages: Sequence[MessageParam]
    """
    The conversation so far: alternating user and assistant turns.
    """
    model: ModelParam
    """
    Model that will reply.
    """
    output_config: NotRequired[OutputConfigParam]
    """
    Output settings: format, effort and task budget.
    """
    system: NotRequired[str | Sequence[TextBlockParam]]
    """
    System prompt: a string or a list of text blocks.
    """
    thinking: NotRequired[ThinkingConfigParam]
    """
    Extended-thinking configuration.
    """
    tool_choice: NotRequired[ToolChoiceParam]
    """
    How the model should choose among the tools.
    """
    tools: NotRequired[Sequence[ToolUnionParam]]
    """
    Tools the model may use.
    """
    speed: NotRequired[SpeedParam | None]
    """
    Inference speed mode; `fast` trades price for output speed.
    """
    user_profile_id: NotRequired[str]
    """
    User profile to attribute the request to, when acting for someone other than your organisation (needs a user-profiles beta).
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
