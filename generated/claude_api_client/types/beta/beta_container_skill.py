# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_container_skill`: the official path of these types."""

from __future__ import annotations

from .._models.container_skill import ContainerSkill as BetaContainerSkill

__all__ = [
    "BetaContainerSkill",
]
