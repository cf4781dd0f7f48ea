# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class ContainerSkillType(OpenEnum):
    """Where the skill comes from: `anthropic` (built in) or `custom`."""

    ANTHROPIC = "anthropic"
    CUSTOM = "custom"
