# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_agent_toolset20260401 import ManagedAgentsAgentToolset20260401
    from .managed_agents_custom_tool import ManagedAgentsCustomTool
    from .managed_agents_mcp_toolset import ManagedAgentsMCPToolset
    from .managed_agents_memory_toolset20261030 import ManagedAgentsMemoryToolset20261030
    from .unknown_managed_agents_bedrock_agent_tool import (
        UnknownManagedAgentsBedrockAgentTool,
    )


if TYPE_CHECKING:
    ManagedAgentsBedrockAgentTool = TypeAliasType(
        "ManagedAgentsBedrockAgentTool",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAgentToolset20260401,
                        ManagedAgentsMCPToolset,
                        ManagedAgentsCustomTool,
                        ManagedAgentsMemoryToolset20261030,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBedrockAgentTool,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "agent_toolset_20260401",
                                "custom",
                                "mcp_toolset",
                                "memory_toolset_20261030",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBedrockAgentTool = lazy_union(
        "ManagedAgentsBedrockAgentTool",
        "type",
        {
            "agent_toolset_20260401": ".managed_agents_agent_toolset20260401:ManagedAgentsAgentToolset20260401",
            "mcp_toolset": ".managed_agents_mcp_toolset:ManagedAgentsMCPToolset",
            "custom": ".managed_agents_custom_tool:ManagedAgentsCustomTool",
            "memory_toolset_20261030": ".managed_agents_memory_toolset20261030:ManagedAgentsMemoryToolset20261030",
        },
        ".unknown_managed_agents_bedrock_agent_tool:UnknownManagedAgentsBedrockAgentTool",
        __package__,
    )
