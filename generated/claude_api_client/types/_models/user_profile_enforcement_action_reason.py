# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileEnforcementActionReason: TypeAlias = Literal[
        "unsupported_region",
        "fraud_or_abuse",
        "high_harm",
        "usage_policy_violation",
        "account_compromise",
        "unspecified",
    ]
else:

    class UserProfileEnforcementActionReason(OpenEnum):
        """Why Anthropic placed an enforcement action (more values may come; treat an unknown one as `unspecified`)."""

        UNSUPPORTED_REGION = "unsupported_region"
        FRAUD_OR_ABUSE = "fraud_or_abuse"
        HIGH_HARM = "high_harm"
        USAGE_POLICY_VIOLATION = "usage_policy_violation"
        ACCOUNT_COMPROMISE = "account_compromise"
        UNSPECIFIED = "unspecified"
