# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ContainerSkillParam(TypedDict):
    """
    A skill to load into the container.
    """

    skill_id: str
    """
    Id of the skill.
    """
    type: Literal["anthropic", "custom"]
    """
    Where the skill comes from: `anthropic` (built in) or `custom`.
    """
    version: NotRequired[str]
    """
    Version to load, or `latest`.
    """
