# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolEvaluationAlwaysAsk(APIModel):
    """The call's permission policy was `always_ask` (its `evaluated_permission` is `ask`)."""

    type: Literal["always_ask"]
    """Always `always_ask`."""
