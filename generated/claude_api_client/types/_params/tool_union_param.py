# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .advisor_tool20260301_param import AdvisorTool20260301Param
from .browser_toolset20260801_param import BrowserToolset20260801Param
from .code_execution_tool20250522_param import CodeExecutionTool20250522Param
from .code_execution_tool20250825_param import CodeExecutionTool20250825Param
from .code_execution_tool20260120_param import CodeExecutionTool20260120Param
from .code_execution_tool20260521_param import CodeExecutionTool20260521Param
from .computer_toolset20260801_param import ComputerToolset20260801Param
from .mcp_toolset_param import MCPToolsetParam
from .memory_tool20250818_param import MemoryTool20250818Param
from .tool_bash20241022_param import ToolBash20241022Param
from .tool_bash20250124_param import ToolBash20250124Param
from .tool_computer_use20241022_param import ToolComputerUse20241022Param
from .tool_computer_use20250124_param import ToolComputerUse20250124Param
from .tool_computer_use20251124_param import ToolComputerUse20251124Param
from .tool_param import ToolParam
from .tool_search_tool_bm2520251119_param import ToolSearchToolBm2520251119Param
from .tool_search_tool_regex20251119_param import ToolSearchToolRegex20251119Param
from .tool_text_editor20241022_param import ToolTextEditor20241022Param
from .tool_text_editor20250124_param import ToolTextEditor20250124Param
from .tool_text_editor20250429_param import ToolTextEditor20250429Param
from .tool_text_editor20250728_param import ToolTextEditor20250728Param
from .web_fetch_tool20250910_param import WebFetchTool20250910Param
from .web_fetch_tool20260209_param import WebFetchTool20260209Param
from .web_fetch_tool20260309_param import WebFetchTool20260309Param
from .web_fetch_tool20260318_param import WebFetchTool20260318Param
from .web_search_tool20250305_param import WebSearchTool20250305Param
from .web_search_tool20260209_param import WebSearchTool20260209Param
from .web_search_tool20260318_param import WebSearchTool20260318Param

ToolUnionParam: TypeAlias = (
    ToolParam
    | ToolBash20250124Param
    | CodeExecutionTool20250522Param
    | CodeExecutionTool20250825Param
    | CodeExecutionTool20260120Param
    | CodeExecutionTool20260521Param
    | BrowserToolset20260801Param
    | MemoryTool20250818Param
    | ComputerToolset20260801Param
    | ToolTextEditor20250124Param
    | ToolTextEditor20250429Param
    | ToolTextEditor20250728Param
    | WebSearchTool20250305Param
    | WebFetchTool20250910Param
    | WebSearchTool20260209Param
    | WebFetchTool20260209Param
    | WebFetchTool20260309Param
    | WebSearchTool20260318Param
    | WebFetchTool20260318Param
    | ToolSearchToolBm2520251119Param
    | ToolSearchToolRegex20251119Param
    | ToolBash20241022Param
    | ToolComputerUse20241022Param
    | ToolComputerUse20250124Param
    | ToolTextEditor20241022Param
    | ToolComputerUse20251124Param
    | AdvisorTool20260301Param
    | MCPToolsetParam
)
"""
A tool the model may use: a custom tool or one of the versioned Anthropic tools.
"""
