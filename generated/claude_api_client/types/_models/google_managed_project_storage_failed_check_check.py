# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    GoogleManagedProjectStorageFailedCheckCheck: TypeAlias = Literal[
        "bucket_settings",
        "deletion_policy",
        "encryption",
        "grant_mismatch",
        "kms_key_refused",
        "label_mismatch",
        "lifecycle_rules",
        "location_mismatch",
        "probe_failed",
        "project_not_verified",
        "versioning",
    ]
else:

    class GoogleManagedProjectStorageFailedCheckCheck(OpenEnum):
        """Which check failed."""

        BUCKET_SETTINGS = "bucket_settings"
        DELETION_POLICY = "deletion_policy"
        ENCRYPTION = "encryption"
        GRANT_MISMATCH = "grant_mismatch"
        KMS_KEY_REFUSED = "kms_key_refused"
        LABEL_MISMATCH = "label_mismatch"
        LIFECYCLE_RULES = "lifecycle_rules"
        LOCATION_MISMATCH = "location_mismatch"
        PROBE_FAILED = "probe_failed"
        PROJECT_NOT_VERIFIED = "project_not_verified"
        VERSIONING = "versioning"
