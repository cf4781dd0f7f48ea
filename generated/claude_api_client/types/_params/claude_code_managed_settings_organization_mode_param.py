# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeCodeManagedSettingsOrganizationModeParam(TypedDict):
    """
    One settings document for the whole organization.
    """

    type: Literal["organization"]
    """
    Always `organization`.
    """
