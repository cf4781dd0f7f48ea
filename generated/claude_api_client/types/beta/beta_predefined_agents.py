# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_predefined_agents`: the official path of these types."""

from __future__ import annotations

from .._params.predefined_agents1 import PredefinedAgents as BetaPredefinedAgents

__all__ = [
    "BetaPredefinedAgents",
]
