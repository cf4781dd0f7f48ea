# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
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


if TYPE_CHECKING:
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
else:
    ManagedAgentsInputEvent = lazy_union(
        "ManagedAgentsInputEvent",
        "type",
        {
            "user.message": ".managed_agents_user_message_event:ManagedAgentsUserMessageEvent",
            "user.interrupt": ".managed_agents_user_interrupt_event:ManagedAgentsUserInterruptEvent",
            "user.tool_confirmation": ".managed_agents_user_tool_confirmation_event:ManagedAgentsUserToolConfirmationEvent",
            "user.custom_tool_result": ".managed_agents_user_custom_tool_result_event:ManagedAgentsUserCustomToolResultEvent",
            "user.define_outcome": ".managed_agents_user_define_outcome_event:ManagedAgentsUserDefineOutcomeEvent",
            "user.tool_result": ".managed_agents_user_tool_result_event:ManagedAgentsUserToolResultEvent",
            "system.message": ".managed_agents_system_message_event:ManagedAgentsSystemMessageEvent",
        },
        ".unknown_managed_agents_input_event:UnknownManagedAgentsInputEvent",
        __package__,
    )
