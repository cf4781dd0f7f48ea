# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_auto_evaluated_permission import (
    ManagedAgentsAgentAutoEvaluatedPermission,
)


class ManagedAgentsAgentToolEvaluationAuto(APIModel):
    """The call's permission policy was `auto`, so the server judged this call on its own."""

    type: Literal["auto"]
    """Always `auto`."""
    evaluated_permission: ManagedAgentsAgentAutoEvaluatedPermission
    """The server's judgement of the call."""
