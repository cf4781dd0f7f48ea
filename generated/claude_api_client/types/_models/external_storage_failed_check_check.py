# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ExternalStorageFailedCheckCheck: TypeAlias = Literal[
        "already_registered",
        "assume_role",
        "bucket_empty",
        "bucket_not_confirmed",
        "bucket_policy",
        "bucket_settings",
        "default_encryption",
        "deletion_policy",
        "encryption",
        "grant_mismatch",
        "key_usable",
        "kms_key_refused",
        "lifecycle_no_archive",
        "lifecycle_rules",
        "lifecycle_template",
        "location_mismatch",
        "object_lock",
        "other",
        "ownership_enforced",
        "probe_failed",
        "probe_object",
        "probe_storage_class",
        "public_access_block",
        "region",
        "replication",
        "request_metrics",
        "request_payment",
        "transcripts_support",
        "trust_ingest_role",
        "trust_maintenance_role",
        "trust_media_erasure_role",
        "trust_read_role",
        "trust_transcripts_role",
        "trust_transcripts_verify_role",
        "trust_verify_role",
        "versioning",
    ]
else:

    class ExternalStorageFailedCheckCheck(OpenEnum):
        """Which check failed (`other` for one the API does not name); new names may come."""

        ALREADY_REGISTERED = "already_registered"
        ASSUME_ROLE = "assume_role"
        BUCKET_EMPTY = "bucket_empty"
        BUCKET_NOT_CONFIRMED = "bucket_not_confirmed"
        BUCKET_POLICY = "bucket_policy"
        BUCKET_SETTINGS = "bucket_settings"
        DEFAULT_ENCRYPTION = "default_encryption"
        DELETION_POLICY = "deletion_policy"
        ENCRYPTION = "encryption"
        GRANT_MISMATCH = "grant_mismatch"
        KEY_USABLE = "key_usable"
        KMS_KEY_REFUSED = "kms_key_refused"
        LIFECYCLE_NO_ARCHIVE = "lifecycle_no_archive"
        LIFECYCLE_RULES = "lifecycle_rules"
        LIFECYCLE_TEMPLATE = "lifecycle_template"
        LOCATION_MISMATCH = "location_mismatch"
        OBJECT_LOCK = "object_lock"
        OTHER = "other"
        OWNERSHIP_ENFORCED = "ownership_enforced"
        PROBE_FAILED = "probe_failed"
        PROBE_OBJECT = "probe_object"
        PROBE_STORAGE_CLASS = "probe_storage_class"
        PUBLIC_ACCESS_BLOCK = "public_access_block"
        REGION = "region"
        REPLICATION = "replication"
        REQUEST_METRICS = "request_metrics"
        REQUEST_PAYMENT = "request_payment"
        TRANSCRIPTS_SUPPORT = "transcripts_support"
        TRUST_INGEST_ROLE = "trust_ingest_role"
        TRUST_MAINTENANCE_ROLE = "trust_maintenance_role"
        TRUST_MEDIA_ERASURE_ROLE = "trust_media_erasure_role"
        TRUST_READ_ROLE = "trust_read_role"
        TRUST_TRANSCRIPTS_ROLE = "trust_transcripts_role"
        TRUST_TRANSCRIPTS_VERIFY_ROLE = "trust_transcripts_verify_role"
        TRUST_VERIFY_ROLE = "trust_verify_role"
        VERSIONING = "versioning"
