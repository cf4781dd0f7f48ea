# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_system_message_event_params import (
    ManagedAgentsSystemMessageEventParams,
)
from .managed_agents_user_custom_tool_result_event_params import (
    ManagedAgentsUserCustomToolResultEventParams,
)
from .managed_agents_user_define_outcome_event_params import (
    ManagedAgentsUserDefineOutcomeEventParams,
)
from .managed_agents_user_interrupt_event_params import (
    ManagedAgentsUserInterruptEventParams,
)
from .managed_agents_user_message_event_params import (
    ManagedAgentsUserMessageEventParams,
)
from .managed_agents_user_tool_confirmation_event_params import (
    ManagedAgentsUserToolConfirmationEventParams,
)
from .managed_agents_user_tool_result_event_params import (
    ManagedAgentsUserToolResultEventParams,
)

ManagedAgentsEventParams: TypeAlias = (
    ManagedAgentsUserMessageEventParams
    | ManagedAgentsUserInterruptEventParams
    | ManagedAgentsUserToolConfirmationEventParams
    | ManagedAgentsUserCustomToolResultEventParams
    | ManagedAgentsUserDefineOutcomeEventParams
    | ManagedAgentsUserToolResultEventParams
    | ManagedAgentsSystemMessageEventParams
)
"""
One of the event params shapes, told apart by `type`.
"""
