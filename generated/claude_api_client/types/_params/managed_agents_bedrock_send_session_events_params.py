# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_bedrock_event_params import ManagedAgentsBedrockEventParams


class ManagedAgentsBedrockSendSessionEventsParams(TypedDict):
    """
    Bedrock: request body carrying the events to send to a session.
    """

    events: Sequence[ManagedAgentsBedrockEventParams]
    """
    The events.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
