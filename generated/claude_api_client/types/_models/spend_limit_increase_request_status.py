# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    SpendLimitIncreaseRequestStatus: TypeAlias = Literal["approved", "denied", "pending"]
else:

    class SpendLimitIncreaseRequestStatus(OpenEnum):
        """Where a request for more spend stands."""

        APPROVED = "approved"
        DENIED = "denied"
        PENDING = "pending"
