# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict


class ClaudeCodeRBACGroupManagedSettingsSetParams(TypedDict):
    """
    The settings document to give a group.
    """

    settings: Mapping[str, Any]
    """
    The Claude Code settings document (a JSON object).
    """
