# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace`: the official path of these types."""

from __future__ import annotations

from .._models.workspace import Workspace as BetaWorkspace

__all__ = [
    "BetaWorkspace",
]
