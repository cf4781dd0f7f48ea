# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileEnforcementActionNextStep: TypeAlias = Literal["verify"]
else:

    class UserProfileEnforcementActionNextStep(OpenEnum):
        """What the end user can do now to lift an enforcement action: `verify` is passing an identity check (treat an unknown value as null)."""

        VERIFY = "verify"
