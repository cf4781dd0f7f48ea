# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolset20260401BashInput(APIModel):
    """The input of the agent toolset's `bash` tool (agent_toolset_20260401)."""

    command: str | None = None
    """The shell command to run; left out only to restart."""
    restart: bool | None = None
    """Restart the bash session instead of running a command."""
    timeout_ms: int | None = None
    """How long the command may run, in milliseconds."""
