# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentAutoEvaluatedPermissionAsk(APIModel):
    """The server could not judge the call safe: it waits for the client to confirm it."""

    type: Literal["ask"]
    """Always `ask`."""
    reason_code: str
    """Why no judgement was reached, as a machine-readable code meant for branching and audit logs, not for showing to end users. The set of codes is open; `indeterminate` is the one sent today."""
