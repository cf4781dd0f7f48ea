# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    FallbackCreditNotAppliedReason: TypeAlias = Literal[
        "body_mismatch",
        "continuation_excluded",
        "continuation_only",
        "expired",
        "invalid_target_model",
        "not_enabled",
        "reprice_unavailable",
        "temporarily_unavailable",
        "variant_fields_present",
        "wrong_organization",
        "wrong_platform",
        "wrong_workspace",
    ]
else:

    class FallbackCreditNotAppliedReason(OpenEnum):
        """Why the discount was not applied."""

        BODY_MISMATCH = "body_mismatch"
        CONTINUATION_EXCLUDED = "continuation_excluded"
        CONTINUATION_ONLY = "continuation_only"
        EXPIRED = "expired"
        INVALID_TARGET_MODEL = "invalid_target_model"
        NOT_ENABLED = "not_enabled"
        REPRICE_UNAVAILABLE = "reprice_unavailable"
        TEMPORARILY_UNAVAILABLE = "temporarily_unavailable"
        VARIANT_FIELDS_PRESENT = "variant_fields_present"
        WRONG_ORGANIZATION = "wrong_organization"
        WRONG_PLATFORM = "wrong_platform"
        WRONG_WORKSPACE = "wrong_workspace"
