# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsCredentialValidationStatus: TypeAlias = Literal["valid", "invalid", "unknown"]
else:

    class ManagedAgentsCredentialValidationStatus(OpenEnum):
        """Verdict of a credential test."""

        VALID = "valid"
        INVALID = "invalid"
        UNKNOWN = "unknown"
