# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsAgentEvaluatedPermission: TypeAlias = Literal["allow", "ask", "deny"]
else:

    class ManagedAgentsAgentEvaluatedPermission(OpenEnum):
        """Values of agent evaluated permission."""

        ALLOW = "allow"
        ASK = "ask"
        DENY = "deny"
