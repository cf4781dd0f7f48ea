"""Exceptions keyed by the API's `error.details.error_code`, each a subclass of its status's class.

`make_status_error` picks the class from (HTTP status, `error_code`): a 404 whose code is
`file_expired` raises `FileExpiredError`, which is still a `NotFoundError`, so code that catches
by status keeps working. An unknown code falls back to the status's class. The (status, code)
pairs are API facts, read from the document: `x-error-class` on each member of `ErrorDetails`
names the class, generated into `claude_api_client._error_table.ERROR_CODES`; the classes are
written here so that type checkers and users see them.
"""

from __future__ import annotations

from .._error_table import ERROR_CODES
from ._exceptions import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    OverloadedError,
    PaymentRequiredError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
    status_class_in,
)

__all__ = [
    "APIKeyRequesterUnconfirmedError",
    "AvailableToolsLimitExceededError",
    "BetaApprovalRequiredError",
    "BetaAuthorizationCheckUnavailableError",
    "BetaCMEKNotApprovedError",
    "BetaEnvironmentArchivedError",
    "BetaEnvironmentCreateDisabledError",
    "BetaEnvironmentNotFoundError",
    "BetaEnvironmentUpdateDisabledError",
    "BetaExternalKeyNotFoundError",
    "BetaExternalKeyProviderMismatchError",
    "BetaGCPProjectControlledByAnotherOrganizationError",
    "BetaGCPProjectNotVerifiedError",
    "BetaHeartbeatPreconditionFailedError",
    "BetaHumanReviewNotAvailableError",
    "BetaInvalidConfigTypeChangeError",
    "BetaInvalidMetadataError",
    "BetaOrganizationNotEligibleError",
    "BetaOrganizationNotEnrolledInBetaError",
    "BetaRegionNotSupportedError",
    "BetaReportPageTooLargeError",
    "BetaRequestBodyTimeoutError",
    "BetaStorageInUseError",
    "BetaStorageNotApprovedError",
    "BetaTooManyReportGroupsError",
    "BetaUnsupportedCharsetError",
    "CannotSignOutManagedMemberError",
    "CannotSignOutMembershipAdminError",
    "CannotSignOutOwnerError",
    "CannotSignOutPrimaryOwnerError",
    "CannotSignOutPrivilegedMemberError",
    "CannotSignOutSelfError",
    "ChangeOutcomeUnknownError",
    "ClaudeCodeKeyCreatorNotMemberError",
    "ClaudeCodeVersionTooOldError",
    "ClaudeTagWritesNotEnabledError",
    "CMEKContextUnavailableError",
    "CMEKFeatureUnsupportedError",
    "CMEKKeyDisabledError",
    "CMEKKeyNetworkBlockedError",
    "CMEKKeyUnreachableError",
    "CompactionBlockAmbiguousError",
    "CompactionBlockMisplacedError",
    "CompactionContentMismatchError",
    "CompactionIncompleteTurnError",
    "CompactionNothingToSummarizeError",
    "CompactionSignatureInvalidError",
    "CompactionToolChangesMismatchError",
    "CompactionTooManyToolReferencesError",
    "CompactionUnavailableError",
    "ConcurrentMembershipChangeError",
    "ContractSpendLimitReachedError",
    "EnforcedSpendLimitReachedError",
    "FileExpiredError",
    "FileNotDownloadableError",
    "ImageDimensionsTooLargeError",
    "LinkedOrganizationBillingUnavailableError",
    "LinkedOrganizationSpendLimitReachedError",
    "OrganizationOnHoldError",
    "OrganizationTypeNotSupportedError",
    "OrgMemberLimitExceededError",
    "ParentOrganizationRequiredError",
    "PluginNameTakenError",
    "RampLimitExceededError",
    "RBACGroupManagedSettingsNotFoundError",
    "RBACGroupOrderLimitExceededError",
    "RBACRoleNotFoundError",
    "RequestBodyEncodingInvalidError",
    "RequestBodyEncodingUnsupportedError",
    "RequestBodyTooLargeAfterDecodingError",
    "SandboxEgressRestrictedError",
    "SettingsDocumentLimitExceededError",
    "SettingsHistoryLimitExceededError",
    "SkillReadBlockedUndecryptableError",
    "SpendLimitsAdminAPIWritesNotEnabledError",
    "StorageNotReadyError",
    "StorageQuotaExceededError",
    "ThreadAlreadyContinuedError",
    "ThreadContinueInFlightError",
    "ThreadFingerprintMismatchError",
    "ThreadNotFoundError",
    "ThreadUnsupportedRequestError",
    "ToolNameConflictError",
    "ToolReferenceUnresolvedError",
    "UserProfileBillingNotAuthorizedError",
    "UserProfileNotBillableError",
    "UserProfileNotFoundError",
    "UserProfileRequiredError",
    "WorkspaceHumanReviewDisabledError",
]


class ClaudeCodeKeyCreatorNotMemberError(BadRequestError):
    """`error_code` `claude_code_key_creator_not_member` (400)."""


class ClaudeCodeVersionTooOldError(BadRequestError):
    """`error_code` `claude_code_version_too_old` (400)."""


class CMEKKeyDisabledError(BadRequestError):
    """`error_code` `cmek_key_disabled` (400)."""


class CMEKKeyNetworkBlockedError(BadRequestError):
    """`error_code` `cmek_key_network_blocked` (400)."""


class OrganizationOnHoldError(BadRequestError):
    """`error_code` `organization_on_hold` (400)."""


class OrganizationTypeNotSupportedError(BadRequestError):
    """`error_code` `organization_type_not_supported` (400)."""


class ParentOrganizationRequiredError(BadRequestError):
    """`error_code` `parent_organization_required` (400)."""


class RequestBodyEncodingInvalidError(BadRequestError):
    """`error_code` `request_body_encoding_invalid` (400)."""


class RequestBodyEncodingUnsupportedError(BadRequestError):
    """`error_code` `request_body_encoding_unsupported` (400)."""


class WorkspaceHumanReviewDisabledError(BadRequestError):
    """`error_code` `workspace_human_review_disabled` (400)."""


class LinkedOrganizationBillingUnavailableError(PaymentRequiredError):
    """`error_code` `linked_organization_billing_unavailable` (402)."""


class LinkedOrganizationSpendLimitReachedError(PaymentRequiredError):
    """`error_code` `linked_organization_spend_limit_reached` (402)."""


class SandboxEgressRestrictedError(PermissionDeniedError):
    """`error_code` `sandbox_egress_restricted` (403)."""


class RequestBodyTooLargeAfterDecodingError(RequestTooLargeError):
    """`error_code` `request_body_too_large_after_decoding` (413)."""


class ContractSpendLimitReachedError(RateLimitError):
    """`error_code` `contract_spend_limit_reached` (429)."""


class EnforcedSpendLimitReachedError(RateLimitError):
    """`error_code` `enforced_spend_limit_reached` (429)."""


class RampLimitExceededError(RateLimitError):
    """`error_code` `ramp_limit_exceeded` (429)."""


class CMEKContextUnavailableError(ServiceUnavailableError):
    """`error_code` `cmek_context_unavailable` (503)."""


class CMEKKeyUnreachableError(ServiceUnavailableError):
    """`error_code` `cmek_key_unreachable` (503)."""


class StorageNotReadyError(ServiceUnavailableError):
    """`error_code` `storage_not_ready` (503)."""


class AvailableToolsLimitExceededError(BadRequestError):
    """`error_code` `available_tools_limit_exceeded` (400)."""


class CompactionBlockAmbiguousError(BadRequestError):
    """`error_code` `compaction_block_ambiguous` (400)."""


class CompactionBlockMisplacedError(BadRequestError):
    """`error_code` `compaction_block_misplaced` (400)."""


class CompactionContentMismatchError(BadRequestError):
    """`error_code` `compaction_content_mismatch` (400)."""


class CompactionIncompleteTurnError(BadRequestError):
    """`error_code` `compaction_incomplete_turn` (400)."""


class CompactionNothingToSummarizeError(BadRequestError):
    """`error_code` `compaction_nothing_to_summarize` (400)."""


class CompactionSignatureInvalidError(BadRequestError):
    """`error_code` `compaction_signature_invalid` (400)."""


class CompactionTooManyToolReferencesError(BadRequestError):
    """`error_code` `compaction_too_many_tool_references` (400)."""


class CompactionToolChangesMismatchError(BadRequestError):
    """`error_code` `compaction_tool_changes_mismatch` (400)."""


class CompactionUnavailableError(OverloadedError):
    """`error_code` `compaction_unavailable` (529)."""


class ImageDimensionsTooLargeError(BadRequestError):
    """`error_code` `image_dimensions_too_large` (400)."""


class ThreadAlreadyContinuedError(BadRequestError):
    """`error_code` `thread_already_continued` (400)."""


class ThreadContinueInFlightError(BadRequestError):
    """`error_code` `thread_continue_in_flight` (400)."""


class ThreadFingerprintMismatchError(BadRequestError):
    """`error_code` `thread_fingerprint_mismatch` (400)."""


class ThreadUnsupportedRequestError(BadRequestError):
    """`error_code` `thread_unsupported_request` (400)."""


class ThreadNotFoundError(NotFoundError):
    """`error_code` `thread_not_found` (404)."""


class ToolNameConflictError(BadRequestError):
    """`error_code` `tool_name_conflict` (400)."""


class ToolReferenceUnresolvedError(BadRequestError):
    """`error_code` `tool_reference_unresolved` (400)."""


class UserProfileRequiredError(BadRequestError):
    """`error_code` `user_profile_required` (400)."""


class UserProfileNotFoundError(BadRequestError):
    """`error_code` `user_profile_not_found` (400)."""


class UserProfileBillingNotAuthorizedError(PermissionDeniedError):
    """`error_code` `user_profile_billing_not_authorized` (403)."""


class UserProfileNotBillableError(PermissionDeniedError):
    """`error_code` `user_profile_not_billable` (403)."""


class SkillReadBlockedUndecryptableError(ConflictError):
    """`error_code` `skill_read_blocked_undecryptable` (409)."""


class StorageQuotaExceededError(BadRequestError):
    """`error_code` `storage_quota_exceeded` (400)."""


class FileNotDownloadableError(BadRequestError):
    """`error_code` `file_not_downloadable` (400)."""


class FileExpiredError(NotFoundError):
    """`error_code` `file_expired` (404)."""


class APIKeyRequesterUnconfirmedError(PermissionDeniedError):
    """`error_code` `api_key_requester_unconfirmed` (403)."""


class BetaCMEKNotApprovedError(BadRequestError):
    """`error_code` `cmek_not_approved` (400)."""


class BetaExternalKeyNotFoundError(BadRequestError):
    """`error_code` `external_key_not_found` (400)."""


class BetaExternalKeyProviderMismatchError(BadRequestError):
    """`error_code` `external_key_provider_mismatch` (400)."""


class BetaGCPProjectControlledByAnotherOrganizationError(ConflictError):
    """`error_code` `gcp_project_controlled_by_another_organization` (409)."""


class BetaGCPProjectNotVerifiedError(BadRequestError):
    """`error_code` `gcp_project_not_verified` (400)."""


class BetaOrganizationNotEnrolledInBetaError(BadRequestError):
    """`error_code` `organization_not_enrolled_in_beta` (400)."""


class BetaRegionNotSupportedError(BadRequestError):
    """`error_code` `region_not_supported` (400)."""


class BetaRequestBodyTimeoutError(BadRequestError):
    """`error_code` `request_body_timeout` (400)."""


class BetaStorageInUseError(ConflictError):
    """`error_code` `storage_in_use` (409)."""


class BetaStorageNotApprovedError(BadRequestError):
    """`error_code` `storage_not_approved` (400)."""


class BetaUnsupportedCharsetError(BadRequestError):
    """`error_code` `unsupported_charset` (400)."""


class ChangeOutcomeUnknownError(ServiceUnavailableError):
    """`error_code` `change_outcome_unknown` (503)."""


class ConcurrentMembershipChangeError(ConflictError):
    """`error_code` `concurrent_membership_change` (409)."""


class OrgMemberLimitExceededError(BadRequestError):
    """`error_code` `org_member_limit_exceeded` (400)."""


class RBACRoleNotFoundError(NotFoundError):
    """`error_code` `rbac_role_not_found` (404)."""


class BetaApprovalRequiredError(BadRequestError):
    """`error_code` `approval_required` (400)."""


class BetaAuthorizationCheckUnavailableError(ServiceUnavailableError):
    """`error_code` `authorization_check_unavailable` (503)."""


class BetaEnvironmentArchivedError(BadRequestError):
    """`error_code` `environment_archived` (400)."""


class BetaEnvironmentCreateDisabledError(PermissionDeniedError):
    """`error_code` `environment_create_disabled` (403)."""


class BetaEnvironmentNotFoundError(NotFoundError):
    """`error_code` `environment_not_found` (404)."""


class BetaEnvironmentUpdateDisabledError(PermissionDeniedError):
    """`error_code` `environment_update_disabled` (403)."""


class BetaHumanReviewNotAvailableError(BadRequestError):
    """`error_code` `human_review_not_available` (400)."""


class BetaInvalidConfigTypeChangeError(BadRequestError):
    """`error_code` `invalid_config_type_change` (400)."""


class BetaInvalidMetadataError(BadRequestError):
    """`error_code` `invalid_metadata` (400)."""


class BetaOrganizationNotEligibleError(BadRequestError):
    """`error_code` `organization_not_eligible` (400)."""


class BetaReportPageTooLargeError(BadRequestError):
    """`error_code` `report_page_too_large` (400)."""


class BetaTooManyReportGroupsError(BadRequestError):
    """`error_code` `too_many_report_groups` (400)."""


class BetaHeartbeatPreconditionFailedError(PreconditionFailedError):
    """`error_code` `heartbeat_precondition_failed` (412)."""


# The Admin API, beta only (Claude Code settings, Claude tag, plugins, sign-out, spend limits).


class CMEKFeatureUnsupportedError(BadRequestError):
    """`error_code` `cmek_feature_unsupported` (400)."""


class RBACGroupManagedSettingsNotFoundError(NotFoundError):
    """`error_code` `rbac_group_managed_settings_not_found` (404)."""


class RBACGroupOrderLimitExceededError(BadRequestError):
    """`error_code` `rbac_group_order_limit_exceeded` (400)."""


class SettingsDocumentLimitExceededError(BadRequestError):
    """`error_code` `settings_document_limit_exceeded` (400)."""


class SettingsHistoryLimitExceededError(BadRequestError):
    """`error_code` `settings_history_limit_exceeded` (400)."""


class ClaudeTagWritesNotEnabledError(PermissionDeniedError):
    """`error_code` `claude_tag_writes_not_enabled` (403)."""


class PluginNameTakenError(ConflictError):
    """`error_code` `plugin_name_taken` (409)."""


class CannotSignOutManagedMemberError(PermissionDeniedError):
    """`error_code` `cannot_sign_out_managed_member` (403)."""


class CannotSignOutMembershipAdminError(PermissionDeniedError):
    """`error_code` `cannot_sign_out_membership_admin` (403)."""


class CannotSignOutOwnerError(PermissionDeniedError):
    """`error_code` `cannot_sign_out_owner` (403)."""


class CannotSignOutPrimaryOwnerError(BadRequestError):
    """`error_code` `cannot_sign_out_primary_owner` (400)."""


class CannotSignOutPrivilegedMemberError(PermissionDeniedError):
    """`error_code` `cannot_sign_out_privileged_member` (403)."""


class CannotSignOutSelfError(BadRequestError):
    """`error_code` `cannot_sign_out_self` (400)."""


class SpendLimitsAdminAPIWritesNotEnabledError(PermissionDeniedError):
    """`error_code` `spend_limits_admin_api_writes_not_enabled` (403)."""


def error_code_class(status: int, error_code: str | None) -> type[APIStatusError] | None:
    """The class for this status and `error_code`, or None when the pair is not known."""
    name = ERROR_CODES.get((status, error_code)) if error_code is not None else None
    if name is None:
        return None
    return status_class_in(globals(), name)


# Report the public path (`claude_api_client.FileExpiredError`), like the other exceptions.
for _name in ERROR_CODES.values():
    globals()[_name].__module__ = "claude_api_client"
del _name
