"""Tools the SDK runs for you: functions as tools, the tool runner, the memory tool, and the
runnable-toolset protocol (`BetaRunnableToolset`) of the browser and computer toolsets.

Names load on first use::

    from claude_api_client.lib.tools import beta_tool, BetaLocalFilesystemMemoryTool

MCP servers' tools, prompts and resources are converted by the submodule `mcp` (the `mcp`
extra), which nothing here imports: `from claude_api_client.lib.tools.mcp import mcp_tool`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import by_module, lazy_names

if TYPE_CHECKING:
    from ._functions import BetaAsyncBuiltinFunctionTool as BetaAsyncBuiltinFunctionTool
    from ._functions import BetaAsyncFunctionTool as BetaAsyncFunctionTool
    from ._functions import BetaBuiltinFunctionTool as BetaBuiltinFunctionTool
    from ._functions import BetaFunctionTool as BetaFunctionTool
    from ._functions import BetaFunctionToolResultType as BetaFunctionToolResultType
    from ._functions import ToolError as ToolError
    from ._functions import beta_async_tool as beta_async_tool
    from ._functions import beta_tool as beta_tool
    from ._memory import BetaAbstractMemoryTool as BetaAbstractMemoryTool
    from ._memory import BetaAsyncAbstractMemoryTool as BetaAsyncAbstractMemoryTool
    from ._memory import BetaAsyncLocalFilesystemMemoryTool as BetaAsyncLocalFilesystemMemoryTool
    from ._memory import BetaLocalFilesystemMemoryTool as BetaLocalFilesystemMemoryTool
    from ._runner import BetaAsyncStreamingToolRunner as BetaAsyncStreamingToolRunner
    from ._runner import BetaAsyncToolRunner as BetaAsyncToolRunner
    from ._runner import BetaRunnableTool as BetaRunnableTool
    from ._runner import BetaStreamingToolRunner as BetaStreamingToolRunner
    from ._runner import BetaToolRunner as BetaToolRunner
    from ._tool_like import BetaToolLike as BetaToolLike
    from ._toolsets._contract import BetaAsyncRunnableToolset as BetaAsyncRunnableToolset
    from ._toolsets._contract import BetaRunnableToolset as BetaRunnableToolset

# Each module's names, a sync name beside its async twin.
_LAZY = by_module(
    {
        "._functions": (
            "beta_tool",
            "beta_async_tool",
            "BetaFunctionTool",
            "BetaAsyncFunctionTool",
            "BetaBuiltinFunctionTool",
            "BetaAsyncBuiltinFunctionTool",
            "BetaFunctionToolResultType",
            "ToolError",
        ),
        "._memory": (
            "BetaAbstractMemoryTool",
            "BetaAsyncAbstractMemoryTool",
            "BetaLocalFilesystemMemoryTool",
            "BetaAsyncLocalFilesystemMemoryTool",
        ),
        "._runner": (
            "BetaToolRunner",
            "BetaAsyncToolRunner",
            "BetaStreamingToolRunner",
            "BetaAsyncStreamingToolRunner",
            "BetaRunnableTool",
        ),
        "._toolsets._contract": ("BetaRunnableToolset", "BetaAsyncRunnableToolset"),
        "._tool_like": ("BetaToolLike",),
    }
)

__all__ = sorted(_LAZY)


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
