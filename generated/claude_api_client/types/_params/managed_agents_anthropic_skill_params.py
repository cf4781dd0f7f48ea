# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsAnthropicSkillParams(TypedDict):
    """
    Request shape of anthropic skill.
    """

    type: Literal["anthropic"]
    """
    Always `anthropic`.
    """
    skill_id: str
    """
    ID of the skill.
    """
    version: NotRequired[str | None]
    """
    Version of the Anthropic skill.
    """
