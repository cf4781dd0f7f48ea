# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileProgramStatus: TypeAlias = Literal["active", "pending", "rejected"]
else:

    class UserProfileProgramStatus(OpenEnum):
        """A profile's standing in a program: `active` (in it), `pending` (not yet, something is awaited) or `rejected` (not in it, nothing awaited)."""

        ACTIVE = "active"
        PENDING = "pending"
        REJECTED = "rejected"
