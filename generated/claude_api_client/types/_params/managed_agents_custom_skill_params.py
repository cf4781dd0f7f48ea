# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsCustomSkillParams(TypedDict):
    """
    Request shape of custom skill.
    """

    type: Literal["custom"]
    """
    Always `custom`.
    """
    skill_id: str
    """
    ID of the skill.
    """
    version: NotRequired[str | None]
    """
    Version of the custom skill.
    """
