# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentAutoEvaluatedPermissionDeny(APIModel):
    """The call does not run: the server judged it high-risk, or reached no judgement and did not hold it for the client (out of credits, a spend limit); the tool result is an error."""

    type: Literal["deny"]
    """Always `deny`."""
    reason_code: str
    """Why: `high_risk` or `indeterminate` today; other codes may appear."""
