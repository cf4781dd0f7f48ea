# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel, WireDateTime

from .container_skill import ContainerSkill


class Container(APIModel):
    """The code execution container used by the request."""

    expires_at: WireDateTime
    id: str
    skills: list[ContainerSkill] | None = None
