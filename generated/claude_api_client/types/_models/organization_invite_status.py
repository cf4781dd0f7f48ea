# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    OrganizationInviteStatus: TypeAlias = Literal["accepted", "deleted", "expired", "pending"]
else:

    class OrganizationInviteStatus(OpenEnum):
        """Where the invite stands."""

        ACCEPTED = "accepted"
        DELETED = "deleted"
        EXPIRED = "expired"
        PENDING = "pending"
