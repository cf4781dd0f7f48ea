# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    SkillSourceType: TypeAlias = Literal["custom", "anthropic", "anthropic_example", "plugin"]
else:

    class SkillSourceType(OpenEnum):
        """Who published a skill (your workspace, Anthropic, an Anthropic example, or a plugin)."""

        CUSTOM = "custom"
        ANTHROPIC = "anthropic"
        ANTHROPIC_EXAMPLE = "anthropic_example"
        PLUGIN = "plugin"
