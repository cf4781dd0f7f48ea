# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeCodeManagedSettingsRBACGroupsModeParam(TypedDict):
    """
    Settings per group, with a default for members of no configured group.
    """

    type: Literal["rbac_groups"]
    """
    Always `rbac_groups`.
    """
