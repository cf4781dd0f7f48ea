# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_system_message_event import ManagedAgentsSystemMessageEvent
from .managed_agents_user_custom_tool_result_event import (
    ManagedAgentsUserCustomToolResultEvent,
)
from .managed_agents_user_define_outcome_event import (
    ManagedAgentsUserDefineOutcomeEvent,
)
from .managed_agents_user_interrupt_event import ManagedAgentsUserInterruptEvent
from .managed_agents_user_message_event import ManagedAgentsUserMessageEvent
from .managed_agents_user_tool_confirmation_event import (
    ManagedAgentsUserToolConfirmationEvent,
)
from .managed_agents_user_tool_result_event import ManagedAgentsUserToolResultEvent
from .unknown_managed_agents_input_event import UnknownManagedAgentsInputEvent

ManagedAgentsInputEvent = TypeAliasType(
    "ManagedAgentsInputEvent",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsUserMessageEvent,
                    ManagedAgentsUserInterruptEvent,
                    ManagedAgentsUserToolConfirmationEvent,
                    ManagedAgentsUserCustomToolResultEvent,
                    ManagedAgentsUserDefineOutcomeEvent,
                    ManagedAgentsUserToolResultEvent,
                    ManagedAgentsSystemMessageEvent,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsInputEvent,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "system.message",
                            "user.custom_tool_result",
                            "user.define_outcome",
                            "user.interrupt",
                            "user.message",
                            "user.tool_confirmation",
                            "user.tool_result",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
