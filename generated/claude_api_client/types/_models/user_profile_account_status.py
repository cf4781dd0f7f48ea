# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileAccountStatus: TypeAlias = Literal["active", "suspended", "blocked"]
else:

    class UserProfileAccountStatus(OpenEnum):
        """Standing of an account with the platform: `active`, `suspended` (restricted) or `blocked` (barred)."""

        ACTIVE = "active"
        SUSPENDED = "suspended"
        BLOCKED = "blocked"
