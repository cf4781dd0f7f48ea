# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class SkillSourceType(OpenEnum):
    """Who published a skill (your workspace, Anthropic, an Anthropic example, or a plugin)."""

    CUSTOM = "custom"
    ANTHROPIC = "anthropic"
    ANTHROPIC_EXAMPLE = "anthropic_example"
    PLUGIN = "plugin"
