# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolEvaluationAlwaysAllow(APIModel):
    """The call's permission policy was `always_allow` (its `evaluated_permission` is `allow`)."""

    type: Literal["always_allow"]
    """Always `always_allow`."""
