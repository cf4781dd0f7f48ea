# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_text_rubric`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_text_rubric import ManagedAgentsTextRubric as ManagedAgentsTextRubric

__all__ = [
    "ManagedAgentsTextRubric",
]
