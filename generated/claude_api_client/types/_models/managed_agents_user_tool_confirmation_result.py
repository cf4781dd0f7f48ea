# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsUserToolConfirmationResult: TypeAlias = Literal["allow", "deny"]
else:

    class ManagedAgentsUserToolConfirmationResult(OpenEnum):
        """Values of user tool confirmation result."""

        ALLOW = "allow"
        DENY = "deny"
