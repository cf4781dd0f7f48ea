# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentAutoEvaluatedPermissionAllow(APIModel):
    """The server judged the call safe: it runs without asking the client."""

    type: Literal["allow"]
    """Always `allow`."""
