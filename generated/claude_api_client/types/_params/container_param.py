# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .skills import Skills


class ContainerParam(TypedDict):
    """
    Container settings: an existing container to reuse and skills to load.
    """

    id: NotRequired[str | None]
    """
    Id of an existing container to reuse.
    """
    skills: NotRequired[Skills | None]
    """
    Skills to load into the container.
    """
