# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_bedrock_mcp_elicitation_accept import (
        ManagedAgentsBedrockMCPElicitationAccept,
    )
    from .managed_agents_bedrock_mcp_elicitation_cancel import (
        ManagedAgentsBedrockMCPElicitationCancel,
    )
    from .managed_agents_bedrock_mcp_elicitation_decline import (
        ManagedAgentsBedrockMCPElicitationDecline,
    )
    from .unknown_managed_agents_bedrock_mcp_elicitation_response import (
        UnknownManagedAgentsBedrockMCPElicitationResponse,
    )


if TYPE_CHECKING:
    ManagedAgentsBedrockMCPElicitationResponse = TypeAliasType(
        "ManagedAgentsBedrockMCPElicitationResponse",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBedrockMCPElicitationAccept,
                        ManagedAgentsBedrockMCPElicitationDecline,
                        ManagedAgentsBedrockMCPElicitationCancel,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBedrockMCPElicitationResponse,
                    AfterValidator(unknown_tag("type", ["accept", "cancel", "decline"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBedrockMCPElicitationResponse = lazy_union(
        "ManagedAgentsBedrockMCPElicitationResponse",
        "type",
        {
            "accept": ".managed_agents_bedrock_mcp_elicitation_accept:ManagedAgentsBedrockMCPElicitationAccept",
            "decline": ".managed_agents_bedrock_mcp_elicitation_decline:ManagedAgentsBedrockMCPElicitationDecline",
            "cancel": ".managed_agents_bedrock_mcp_elicitation_cancel:ManagedAgentsBedrockMCPElicitationCancel",
        },
        ".unknown_managed_agents_bedrock_mcp_elicitation_response:UnknownManagedAgentsBedrockMCPElicitationResponse",
        __package__,
    )
