# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    PluginComponentType: TypeAlias = Literal[
        "agent", "cli", "command", "hook", "mcp_server", "skill"
    ]
else:

    class PluginComponentType(OpenEnum):
        """What kind of component it is."""

        AGENT = "agent"
        CLI = "cli"
        COMMAND = "command"
        HOOK = "hook"
        MCP_SERVER = "mcp_server"
        SKILL = "skill"
