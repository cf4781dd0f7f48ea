# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileEnforcementStatus: TypeAlias = Literal[
        "unrestricted", "pending", "restricted", "banned"
    ]
else:

    class UserProfileEnforcementStatus(OpenEnum):
        """Anthropic's enforcement standing of a profile, from its open enforcement actions (more values may come; treat an unknown one as `restricted`)."""

        UNRESTRICTED = "unrestricted"
        PENDING = "pending"
        RESTRICTED = "restricted"
        BANNED = "banned"
