# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    GoogleManagedStorageFailedCheckCheck: TypeAlias = Literal[
        "label_mismatch",
        "location_mismatch",
        "encryption",
        "versioning",
        "bucket_settings",
        "lifecycle_rules",
        "deletion_policy",
        "grant_mismatch",
        "kms_key_refused",
        "probe_failed",
        "project_not_verified",
    ]
else:

    class GoogleManagedStorageFailedCheckCheck(OpenEnum):
        """Which check failed (more values may come)."""

        LABEL_MISMATCH = "label_mismatch"
        LOCATION_MISMATCH = "location_mismatch"
        ENCRYPTION = "encryption"
        VERSIONING = "versioning"
        BUCKET_SETTINGS = "bucket_settings"
        LIFECYCLE_RULES = "lifecycle_rules"
        DELETION_POLICY = "deletion_policy"
        GRANT_MISMATCH = "grant_mismatch"
        KMS_KEY_REFUSED = "kms_key_refused"
        PROBE_FAILED = "probe_failed"
        PROJECT_NOT_VERIFIED = "project_not_verified"
