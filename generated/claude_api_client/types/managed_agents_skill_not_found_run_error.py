# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_skill_not_found_run_error`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_skill_not_found_run_error import (
    ManagedAgentsSkillNotFoundRunError as ManagedAgentsSkillNotFoundRunError,
)

__all__ = [
    "ManagedAgentsSkillNotFoundRunError",
]
