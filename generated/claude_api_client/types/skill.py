# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.skill`: the official path of these types."""

from __future__ import annotations

from ._models.skill import Skill as Skill

__all__ = [
    "Skill",
]
