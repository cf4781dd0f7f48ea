# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_skills`: the official path of these types."""

from __future__ import annotations

from .._params.skills import Skills as BetaSkills

__all__ = [
    "BetaSkills",
]
