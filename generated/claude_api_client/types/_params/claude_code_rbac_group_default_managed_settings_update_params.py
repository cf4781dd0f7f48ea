# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict


class ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams(TypedDict):
    """
    Replaces the default settings document.
    """

    settings: Mapping[str, Any] | None
    """
    The new settings document; null clears it.
    """
