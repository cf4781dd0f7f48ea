# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .container_skill import ContainerSkill


class Container(APIModel):
    """The code execution container used by the request."""

    expires_at: WireDateTime
    """When the container expires."""
    id: str
    """Id of the container."""
    skills: list[ContainerSkill] | None = None
    """Skills loaded in the container."""
