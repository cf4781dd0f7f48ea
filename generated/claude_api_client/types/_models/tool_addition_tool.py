# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .tool_change_mcp_tool_reference import ToolChangeMCPToolReference
    from .tool_change_mcp_toolset_reference import ToolChangeMCPToolsetReference
    from .tool_change_tool_definition import ToolChangeToolDefinition
    from .tool_change_tool_reference import ToolChangeToolReference
    from .unknown_tool_addition_tool import UnknownToolAdditionTool


if TYPE_CHECKING:
    ToolAdditionTool = TypeAliasType(
        "ToolAdditionTool",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ToolChangeToolReference,
                        ToolChangeMCPToolReference,
                        ToolChangeMCPToolsetReference,
                        ToolChangeToolDefinition,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownToolAdditionTool,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "mcp_tool_reference",
                                "mcp_toolset_reference",
                                "tool_definition",
                                "tool_reference",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ToolAdditionTool = lazy_union(
        "ToolAdditionTool",
        "type",
        {
            "tool_reference": ".tool_change_tool_reference:ToolChangeToolReference",
            "mcp_tool_reference": ".tool_change_mcp_tool_reference:ToolChangeMCPToolReference",
            "mcp_toolset_reference": ".tool_change_mcp_toolset_reference:ToolChangeMCPToolsetReference",
            "tool_definition": ".tool_change_tool_definition:ToolChangeToolDefinition",
        },
        ".unknown_tool_addition_tool:UnknownToolAdditionTool",
        __package__,
    )
