# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ContainerSkillType: TypeAlias = Literal["anthropic", "custom"]
else:

    class ContainerSkillType(OpenEnum):
        """Where the skill comes from: `anthropic` (built in) or `custom`."""

        ANTHROPIC = "anthropic"
        CUSTOM = "custom"
