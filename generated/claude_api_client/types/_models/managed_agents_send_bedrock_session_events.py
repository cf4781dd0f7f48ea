# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_input_event import ManagedAgentsBedrockInputEvent


class ManagedAgentsSendBedrockSessionEvents(APIModel):
    """Bedrock: the events as the session logged them."""

    data: list[ManagedAgentsBedrockInputEvent] | None = None
    """The items of this page."""
