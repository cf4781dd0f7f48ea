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
    from .unknown_managed_agents_agent_tool import UnknownManagedAgentsAgentTool


if TYPE_CHECKING:
    ManagedAgentsAgentTool = TypeAliasType(
        "ManagedAgentsAgentTool",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsAgentToolset20260401,
                        ManagedAgentsMCPToolset,
                        ManagedAgentsCustomTool,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsAgentTool,
                    AfterValidator(
                        unknown_tag("type", ["agent_toolset_20260401", "custom", "mcp_toolset"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsAgentTool = lazy_union(
        "ManagedAgentsAgentTool",
        "type",
        {
            "agent_toolset_20260401": ".managed_agents_agent_toolset20260401:ManagedAgentsAgentToolset20260401",
            "mcp_toolset": ".managed_agents_mcp_toolset:ManagedAgentsMCPToolset",
            "custom": ".managed_agents_custom_tool:ManagedAgentsCustomTool",
        },
        ".unknown_managed_agents_agent_tool:UnknownManagedAgentsAgentTool",
        __package__,
    )
