# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_bedrock_user_mcp_elicitation_response_event_params import (
    ManagedAgentsBedrockUserMCPElicitationResponseEventParams,
)
from .managed_agents_bedrock_user_message_event_params import (
    ManagedAgentsBedrockUserMessageEventParams,
)
from .managed_agents_system_message_event_params import (
    ManagedAgentsSystemMessageEventParams,
)
from .managed_agents_user_custom_tool_result_event_params import (
    ManagedAgentsUserCustomToolResultEventParams,
)
from .managed_agents_user_interrupt_event_params import (
    ManagedAgentsUserInterruptEventParams,
)
from .managed_agents_user_tool_confirmation_event_params import (
    ManagedAgentsUserToolConfirmationEventParams,
)

ManagedAgentsBedrockEventParams: TypeAlias = (
    ManagedAgentsBedrockUserMessageEventParams
    | ManagedAgentsUserInterruptEventParams
    | ManagedAgentsUserToolConfirmationEventParams
    | ManagedAgentsUserCustomToolResultEventParams
    | ManagedAgentsSystemMessageEventParams
    | ManagedAgentsBedrockUserMCPElicitationResponseEventParams
)
"""
Bedrock: one event a client sends to a session, told apart by `type`.
"""
