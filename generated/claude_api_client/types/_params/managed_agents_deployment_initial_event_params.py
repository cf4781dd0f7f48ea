# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_system_message_event_params import (
    ManagedAgentsSystemMessageEventParams,
)
from .managed_agents_user_define_outcome_event_params import (
    ManagedAgentsUserDefineOutcomeEventParams,
)
from .managed_agents_user_message_event_params import (
    ManagedAgentsUserMessageEventParams,
)

ManagedAgentsDeploymentInitialEventParams: TypeAlias = (
    ManagedAgentsUserMessageEventParams
    | ManagedAgentsUserDefineOutcomeEventParams
    | ManagedAgentsSystemMessageEventParams
)
"""
One of the deployment initial event params shapes, told apart by `type`.
"""
