# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBranchCheckout(APIModel):
    """Branch checkout."""

    type: Literal["branch"]
    """Always `branch`."""
    name: str
    """Name of the branch to check out."""
