# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_bedrock_system_message_event import (
        ManagedAgentsBedrockSystemMessageEvent,
    )
    from .managed_agents_bedrock_user_custom_tool_result_event import (
        ManagedAgentsBedrockUserCustomToolResultEvent,
    )
    from .managed_agents_bedrock_user_interrupt_event import (
        ManagedAgentsBedrockUserInterruptEvent,
    )
    from .managed_agents_bedrock_user_mcp_elicitation_response_event import (
        ManagedAgentsBedrockUserMCPElicitationResponseEvent,
    )
    from .managed_agents_bedrock_user_message_event import (
        ManagedAgentsBedrockUserMessageEvent,
    )
    from .managed_agents_bedrock_user_tool_confirmation_event import (
        ManagedAgentsBedrockUserToolConfirmationEvent,
    )
    from .unknown_managed_agents_bedrock_input_event import (
        UnknownManagedAgentsBedrockInputEvent,
    )


if TYPE_CHECKING:
    ManagedAgentsBedrockInputEvent = TypeAliasType(
        "ManagedAgentsBedrockInputEvent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBedrockUserMessageEvent,
                        ManagedAgentsBedrockUserInterruptEvent,
                        ManagedAgentsBedrockUserToolConfirmationEvent,
                        ManagedAgentsBedrockUserCustomToolResultEvent,
                        ManagedAgentsBedrockSystemMessageEvent,
                        ManagedAgentsBedrockUserMCPElicitationResponseEvent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBedrockInputEvent,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "system.message",
                                "user.custom_tool_result",
                                "user.interrupt",
                                "user.mcp_elicitation_response",
                                "user.message",
                                "user.tool_confirmation",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBedrockInputEvent = lazy_union(
        "ManagedAgentsBedrockInputEvent",
        "type",
        {
            "user.message": ".managed_agents_bedrock_user_message_event:ManagedAgentsBedrockUserMessageEvent",
            "user.interrupt": ".managed_agents_bedrock_user_interrupt_event:ManagedAgentsBedrockUserInterruptEvent",
            "user.tool_confirmation": ".managed_agents_bedrock_user_tool_confirmation_event:ManagedAgentsBedrockUserToolConfirmationEvent",
            "user.custom_tool_result": ".managed_agents_bedrock_user_custom_tool_result_event:ManagedAgentsBedrockUserCustomToolResultEvent",
            "system.message": ".managed_agents_bedrock_system_message_event:ManagedAgentsBedrockSystemMessageEvent",
            "user.mcp_elicitation_response": ".managed_agents_bedrock_user_mcp_elicitation_response_event:ManagedAgentsBedrockUserMCPElicitationResponseEvent",
        },
        ".unknown_managed_agents_bedrock_input_event:UnknownManagedAgentsBedrockInputEvent",
        __package__,
    )
