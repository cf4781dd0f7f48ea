# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileCyberTierStatus: TypeAlias = Literal["active", "inactive"]
else:

    class UserProfileCyberTierStatus(OpenEnum):
        """`active` when the tier applies to the profile; `inactive` says nothing about why not."""

        ACTIVE = "active"
        INACTIVE = "inactive"
