# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_state_changes`: the official path of these types."""

from __future__ import annotations

from .._params.state_changes import StateChanges as BetaStateChanges

__all__ = [
    "BetaStateChanges",
]
