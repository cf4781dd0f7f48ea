# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .advisor_tool20260301 import AdvisorTool20260301
    from .browser_toolset20260801 import BrowserToolset20260801
    from .code_execution_tool20250522 import CodeExecutionTool20250522
    from .code_execution_tool20250825 import CodeExecutionTool20250825
    from .code_execution_tool20260120 import CodeExecutionTool20260120
    from .code_execution_tool20260521 import CodeExecutionTool20260521
    from .computer_toolset20260801 import ComputerToolset20260801
    from .mcp_toolset import MCPToolset
    from .memory_tool20250818 import MemoryTool20250818
    from .tool_bash20241022 import ToolBash20241022
    from .tool_bash20250124 import ToolBash20250124
    from .tool_computer_use20241022 import ToolComputerUse20241022
    from .tool_computer_use20250124 import ToolComputerUse20250124
    from .tool_computer_use20251124 import ToolComputerUse20251124
    from .tool_text_editor20241022 import ToolTextEditor20241022
    from .tool_text_editor20250124 import ToolTextEditor20250124
    from .tool_text_editor20250429 import ToolTextEditor20250429
    from .tool_text_editor20250728 import ToolTextEditor20250728
    from .unknown_versioned_tool_union import UnknownVersionedToolUnion
    from .web_fetch_tool20250910 import WebFetchTool20250910
    from .web_fetch_tool20260209 import WebFetchTool20260209
    from .web_fetch_tool20260309 import WebFetchTool20260309
    from .web_fetch_tool20260318 import WebFetchTool20260318
    from .web_search_tool20250305 import WebSearchTool20250305
    from .web_search_tool20260209 import WebSearchTool20260209
    from .web_search_tool20260318 import WebSearchTool20260318


if TYPE_CHECKING:
    VersionedToolUnion = TypeAliasType(
        "VersionedToolUnion",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ToolBash20250124,
                        CodeExecutionTool20250522,
                        CodeExecutionTool20250825,
                        CodeExecutionTool20260120,
                        CodeExecutionTool20260521,
                        BrowserToolset20260801,
                        MemoryTool20250818,
                        ComputerToolset20260801,
                        ToolTextEditor20250124,
                        ToolTextEditor20250429,
                        ToolTextEditor20250728,
                        WebSearchTool20250305,
                        WebFetchTool20250910,
                        WebSearchTool20260209,
                        WebFetchTool20260209,
                        WebFetchTool20260309,
                        WebSearchTool20260318,
                        WebFetchTool20260318,
                        ToolBash20241022,
                        ToolComputerUse20241022,
                        ToolComputerUse20250124,
                        ToolTextEditor20241022,
                        ToolComputerUse20251124,
                        AdvisorTool20260301,
                        MCPToolset,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownVersionedToolUnion,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "advisor_20260301",
                                "bash_20241022",
                                "bash_20250124",
                                "browser_toolset_20260801",
                                "code_execution_20250522",
                                "code_execution_20250825",
                                "code_execution_20260120",
                                "code_execution_20260521",
                                "computer_20241022",
                                "computer_20250124",
                                "computer_20251124",
                                "computer_toolset_20260801",
                                "mcp_toolset",
                                "memory_20250818",
                                "text_editor_20241022",
                                "text_editor_20250124",
                                "text_editor_20250429",
                                "text_editor_20250728",
                                "web_fetch_20250910",
                                "web_fetch_20260209",
                                "web_fetch_20260309",
                                "web_fetch_20260318",
                                "web_search_20250305",
                                "web_search_20260209",
                                "web_search_20260318",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    VersionedToolUnion = lazy_union(
        "VersionedToolUnion",
        "type",
        {
            "bash_20250124": ".tool_bash20250124:ToolBash20250124",
            "code_execution_20250522": ".code_execution_tool20250522:CodeExecutionTool20250522",
            "code_execution_20250825": ".code_execution_tool20250825:CodeExecutionTool20250825",
            "code_execution_20260120": ".code_execution_tool20260120:CodeExecutionTool20260120",
            "code_execution_20260521": ".code_execution_tool20260521:CodeExecutionTool20260521",
            "browser_toolset_20260801": ".browser_toolset20260801:BrowserToolset20260801",
            "memory_20250818": ".memory_tool20250818:MemoryTool20250818",
            "computer_toolset_20260801": ".computer_toolset20260801:ComputerToolset20260801",
            "text_editor_20250124": ".tool_text_editor20250124:ToolTextEditor20250124",
            "text_editor_20250429": ".tool_text_editor20250429:ToolTextEditor20250429",
            "text_editor_20250728": ".tool_text_editor20250728:ToolTextEditor20250728",
            "web_search_20250305": ".web_search_tool20250305:WebSearchTool20250305",
            "web_fetch_20250910": ".web_fetch_tool20250910:WebFetchTool20250910",
            "web_search_20260209": ".web_search_tool20260209:WebSearchTool20260209",
            "web_fetch_20260209": ".web_fetch_tool20260209:WebFetchTool20260209",
            "web_fetch_20260309": ".web_fetch_tool20260309:WebFetchTool20260309",
            "web_search_20260318": ".web_search_tool20260318:WebSearchTool20260318",
            "web_fetch_20260318": ".web_fetch_tool20260318:WebFetchTool20260318",
            "bash_20241022": ".tool_bash20241022:ToolBash20241022",
            "computer_20241022": ".tool_computer_use20241022:ToolComputerUse20241022",
            "computer_20250124": ".tool_computer_use20250124:ToolComputerUse20250124",
            "text_editor_20241022": ".tool_text_editor20241022:ToolTextEditor20241022",
            "computer_20251124": ".tool_computer_use20251124:ToolComputerUse20251124",
            "advisor_20260301": ".advisor_tool20260301:AdvisorTool20260301",
            "mcp_toolset": ".mcp_toolset:MCPToolset",
        },
        ".unknown_versioned_tool_union:UnknownVersionedToolUnion",
        __package__,
    )
