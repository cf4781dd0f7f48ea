# generated from openapi/ by scripts/generate, do not edit
"""The exceptions keyed by the API's `error.details.error_code`: one class a code, each a subclass
of its status's class in `_status_errors` (`x-error-class` on the members of `ErrorDetails`).

A 404 whose code is `file_expired` raises `FileExpiredError`, which is still a `NotFoundError`, so
code that catches by status keeps working; an unknown code raises the status's class. Thin
subclasses, importing nothing else: the core reads `ERROR_CODE_CLASSES` when it maps an error
response that carries a code (docs/internals.md, "The error table").
"""

from __future__ import annotations

from ._core._exceptions import APIStatusError
from ._status_errors import (
    BadRequestError,
    ConflictError,
    ContentTooLargeError,
    NotFoundError,
    OverloadedError,
    PaymentRequiredError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ServiceUnavailableError,
)

__all__ = [
    "AlreadyMemberError",
    "APIKeyRequesterUnconfirmedError",
    "AvailableToolsLimitExceededError",
    "BetaAPIKeyScopeMissingError",
    "BetaApprovalRequiredError",
    "BetaAuthorizationCheckUnavailableError",
    "BetaBundleAttachmentNotSupportedError",
    "BetaBundleOnCallError",
    "BetaCMEKNotApprovedError",
    "BetaComplianceConfigurationRestrictedError",
    "BetaEnvironmentArchivedError",
    "BetaEnvironmentCreateDisabledError",
    "BetaEnvironmentNotFoundError",
    "BetaEnvironmentUpdateDisabledError",
    "BetaExternalKeyNotFoundError",
    "BetaExternalKeyProviderMismatchError",
    "BetaExternalStorageInUseError",
    "BetaExternalStorageInWorkspacePolicyError",
    "BetaExternalStorageNotAvailableError",
    "BetaGCPProjectControlledByAnotherOrganizationError",
    "BetaGCPProjectNotVerifiedError",
    "BetaGrantRequiredError",
    "BetaHeartbeatPreconditionFailedError",
    "BetaHumanReviewNotAvailableError",
    "BetaHumanReviewOnWithExternalStorageError",
    "BetaInvalidConfigTypeChangeError",
    "BetaInvalidMetadataError",
    "BetaInvalidStorageARNError",
    "BetaOrganizationLevelScopedAPIKeyRequiredError",
    "BetaOrganizationNotEligibleError",
    "BetaOrganizationNotEnrolledInBetaError",
    "BetaProviderNotAllowedError",
    "BetaRBACGroupNotFoundError",
    "BetaRegionNotSupportedError",
    "BetaRegistrationPendingError",
    "BetaReportPageTooLargeError",
    "BetaRequestBodyTimeoutError",
    "BetaScanFailedError",
    "BetaScanPendingError",
    "BetaSkillNameTakenError",
    "BetaSlackChannelSetUpEnvironmentNotFoundError",
    "BetaSlackChannelSetUpSettingsConflictError",
    "BetaSlackChannelSetUpSettingsRefusedError",
    "BetaStorageAlreadyRegisteredError",
    "BetaStorageAttachLimitReachedError",
    "BetaStorageChangedConcurrentlyError",
    "BetaStorageInUseError",
    "BetaStorageNotApprovedError",
    "BetaStorageNotAttachableError",
    "BetaStorageProfileStillRequiredError",
    "BetaStorageVerificationFailedError",
    "BetaTooManyReportGroupsError",
    "BetaTranscriptsStorageRequiredError",
    "BetaUnsupportedCharsetError",
    "BetaUnsupportedRegionError",
    "BetaWorkspaceChangedConcurrentlyError",
    "CannotInviteEmailsWithUnverifiedDomainsError",
    "CannotRemoveLastMemberError",
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
    "EmailDomainNotAllowedError",
    "EnforcedSpendLimitReachedError",
    "ExternalKeyChangedError",
    "ExternalKeyInWorkspacePolicyError",
    "ExternalKeyValidationFailedError",
    "ExternalKeyValidationTimedOutError",
    "FileExpiredError",
    "FileNotDownloadableError",
    "ImageDimensionsTooLargeError",
    "InviteAlreadyExistsError",
    "KeyProfileMismatchError",
    "LinkedOrganizationBillingUnavailableError",
    "LinkedOrganizationSpendLimitReachedError",
    "OrganizationOnHoldError",
    "OrganizationTypeNotSupportedError",
    "OrgAPIKeyLimitExceededError",
    "OrgMemberLimitExceededError",
    "ParentOrganizationRequiredError",
    "PluginNameTakenError",
    "RampLimitExceededError",
    "RBACGroupGrantsOwnerAccessError",
    "RBACGroupManagedSettingsNotFoundError",
    "RBACGroupOrderLimitExceededError",
    "RBACGroupOwnerAccessUnconfirmedError",
    "RBACRoleNotFoundError",
    "RequestBodyEncodingInvalidError",
    "RequestBodyEncodingUnsupportedError",
    "RequestBodyTooLargeAfterDecodingError",
    "SandboxEgressRestrictedError",
    "SettingsDocumentLimitExceededError",
    "SettingsHistoryLimitExceededError",
    "SkillReadBlockedUndecryptableError",
    "SpendLimitsAdminAPIWritesNotEnabledError",
    "StorageAttachedDuringArchiveError",
    "StorageNotReadyError",
    "StorageProfileMismatchError",
    "StorageQuotaExceededError",
    "ThreadAlreadyContinuedError",
    "ThreadContinueInFlightError",
    "ThreadFingerprintMismatchError",
    "ThreadNotFoundError",
    "ThreadUnsupportedRequestError",
    "ToolNameConflictError",
    "ToolReferenceUnresolvedError",
    "UserProfileBillingNotAuthorizedError",
    "UserProfileClearedError",
    "UserProfileNotBillableError",
    "UserProfileNotFoundError",
    "UserProfileRequiredError",
    "WorkspaceAPIKeyLimitExceededError",
    "WorkspaceCreatedIncompleteError",
    "WorkspaceHumanReviewDisabledError",
    "WorkspaceMemberLimitExceededError",
    "WorkspacePolicyViolationError",
]


class AlreadyMemberError(BadRequestError):
    """The user is already a member of the organization.

    Raised for `error_code` `already_member` with HTTP 400.
    """


class BetaApprovalRequiredError(BadRequestError):
    """Turning human review off needs an approval from Anthropic that the organization lacks; ask
    Anthropic support for it.

    Raised for `error_code` `approval_required` with HTTP 400.
    """


class AvailableToolsLimitExceededError(BadRequestError):
    """The request makes more tools available than allowed.

    Raised for `error_code` `available_tools_limit_exceeded` with HTTP 400.
    """


class BetaBundleAttachmentNotSupportedError(BadRequestError):
    """This bundle cannot be attached where it was asked to be.

    Raised for `error_code` `bundle_attachment_not_supported` with HTTP 400.
    """


class BetaBundleOnCallError(BadRequestError):
    """The bundle is in use by a call and cannot be changed now.

    Raised for `error_code` `bundle_on_call` with HTTP 400.
    """


class CannotInviteEmailsWithUnverifiedDomainsError(BadRequestError):
    """Emails of domains the organization has not verified cannot be invited.

    Raised for `error_code` `cannot_invite_emails_with_unverified_domains` with HTTP 400.
    """


class CannotRemoveLastMemberError(BadRequestError):
    """The last member of the organization cannot be removed.

    Raised for `error_code` `cannot_remove_last_member` with HTTP 400.
    """


class CannotSignOutPrimaryOwnerError(BadRequestError):
    """The organization's primary owner cannot be signed out.

    Raised for `error_code` `cannot_sign_out_primary_owner` with HTTP 400.
    """


class CannotSignOutSelfError(BadRequestError):
    """The member the key acts for cannot sign themselves out.

    Raised for `error_code` `cannot_sign_out_self` with HTTP 400.
    """


class ClaudeCodeKeyCreatorNotMemberError(BadRequestError):
    """The Claude Code key was made by someone who is no longer a member.

    Raised for `error_code` `claude_code_key_creator_not_member` with HTTP 400.
    """


class ClaudeCodeVersionTooOldError(BadRequestError):
    """The Claude Code client is older than the organisation allows.

    Raised for `error_code` `claude_code_version_too_old` with HTTP 400.
    """


class CMEKFeatureUnsupportedError(BadRequestError):
    """The organization's customer-managed encryption key does not cover this Claude Code feature.

    Raised for `error_code` `cmek_feature_unsupported` with HTTP 400.
    """


class CMEKKeyDisabledError(BadRequestError):
    """The organisation's customer-managed encryption key is disabled.

    Raised for `error_code` `cmek_key_disabled` with HTTP 400.
    """


class CMEKKeyNetworkBlockedError(BadRequestError):
    """The customer-managed encryption key cannot be reached through the key owner's network rules.

    Raised for `error_code` `cmek_key_network_blocked` with HTTP 400.
    """


class BetaCMEKNotApprovedError(BadRequestError):
    """Customer-managed encryption keys are not (or no longer) approved for the organization, project
    or user profile the request applies to.

    Raised for `error_code` `cmek_not_approved` with HTTP 400.
    """


class CompactionBlockAmbiguousError(BadRequestError):
    """More than one `compaction` block could apply.

    Raised for `error_code` `compaction_block_ambiguous` with HTTP 400.
    """


class CompactionBlockMisplacedError(BadRequestError):
    """A `compaction` block is not where it must be (first in `messages`).

    Raised for `error_code` `compaction_block_misplaced` with HTTP 400.
    """


class CompactionContentMismatchError(BadRequestError):
    """A `compaction` block's content does not match what was returned.

    Raised for `error_code` `compaction_content_mismatch` with HTTP 400.
    """


class CompactionIncompleteTurnError(BadRequestError):
    """The conversation to compact ends in an unfinished turn.

    Raised for `error_code` `compaction_incomplete_turn` with HTTP 400.
    """


class CompactionNothingToSummarizeError(BadRequestError):
    """There is nothing to compact.

    Raised for `error_code` `compaction_nothing_to_summarize` with HTTP 400.
    """


class CompactionSignatureInvalidError(BadRequestError):
    """A `compaction` block's `signature` does not verify.

    Raised for `error_code` `compaction_signature_invalid` with HTTP 400.
    """


class CompactionTooManyToolReferencesError(BadRequestError):
    """The compacted range refers to too many tools.

    Raised for `error_code` `compaction_too_many_tool_references` with HTTP 400.
    """


class CompactionToolChangesMismatchError(BadRequestError):
    """A `compaction` block's `tool_changes` do not match what was returned.

    Raised for `error_code` `compaction_tool_changes_mismatch` with HTTP 400.
    """


class EmailDomainNotAllowedError(BadRequestError):
    """The email address's domain is not allowed for this organization.

    Raised for `error_code` `email_domain_not_allowed` with HTTP 400.
    """


class BetaEnvironmentArchivedError(BadRequestError):
    """The environment is archived and can no longer be updated.

    Raised for `error_code` `environment_archived` with HTTP 400.
    """


class ExternalKeyInWorkspacePolicyError(BadRequestError):
    """The encryption key configuration is named by a workspace policy and cannot be removed.

    Raised for `error_code` `external_key_in_workspace_policy` with HTTP 400.
    """


class BetaExternalKeyNotFoundError(BadRequestError):
    """The organization has no active External Key with the ID given (the message names the field).

    Raised for `error_code` `external_key_not_found` with HTTP 400.
    """


class BetaExternalKeyProviderMismatchError(BadRequestError):
    """The External Key lives in a key management service this endpoint does not accept (the message
    names the one it does).

    Raised for `error_code` `external_key_provider_mismatch` with HTTP 400.
    """


class ExternalKeyValidationFailedError(BadRequestError):
    """The customer-managed encryption key failed its validation.

    Raised for `error_code` `external_key_validation_failed` with HTTP 400.
    """


class ExternalKeyValidationTimedOutError(BadRequestError):
    """Validating the customer-managed encryption key took too long.

    Raised for `error_code` `external_key_validation_timed_out` with HTTP 400.
    """


class BetaExternalStorageInUseError(BadRequestError):
    """The External Storage is still used and cannot be removed.

    Raised for `error_code` `external_storage_in_use` with HTTP 400.
    """


class BetaExternalStorageInWorkspacePolicyError(BadRequestError):
    """The External Storage is named by a workspace policy and cannot be removed.

    Raised for `error_code` `external_storage_in_workspace_policy` with HTTP 400.
    """


class BetaExternalStorageNotAvailableError(BadRequestError):
    """External Storage is not available to this organization.

    Raised for `error_code` `external_storage_not_available` with HTTP 400.
    """


class FileNotDownloadableError(BadRequestError):
    """This file cannot be downloaded (only files the API produced can).

    Raised for `error_code` `file_not_downloadable` with HTTP 400.
    """


class BetaGCPProjectNotVerifiedError(BadRequestError):
    """The organization has not proved it owns the Google Cloud project holding the key or bucket (the
    message names the field).

    Raised for `error_code` `gcp_project_not_verified` with HTTP 400.
    """


class BetaGrantRequiredError(BadRequestError):
    """The change needs an access grant that has not been given.

    Raised for `error_code` `grant_required` with HTTP 400.
    """


class BetaHumanReviewNotAvailableError(BadRequestError):
    """Human review cannot be set that way on this Workspace, so nothing changed (the message says what
    to do instead).

    Raised for `error_code` `human_review_not_available` with HTTP 400.
    """


class BetaHumanReviewOnWithExternalStorageError(BadRequestError):
    """Human review cannot be on while External Storage keeps the data.

    Raised for `error_code` `human_review_on_with_external_storage` with HTTP 400.
    """


class ImageDimensionsTooLargeError(BadRequestError):
    """Images are larger than allowed: scale those at `paths` to `max_side_length_pixels`.

    Raised for `error_code` `image_dimensions_too_large` with HTTP 400.
    """


class BetaInvalidConfigTypeChangeError(BadRequestError):
    """`config.type` differs from the environment's, which is fixed when the environment is created.

    Raised for `error_code` `invalid_config_type_change` with HTTP 400.
    """


class BetaInvalidMetadataError(BadRequestError):
    """`metadata` has too many keys, a key or value that is too long, or a reserved key (the message
    names each problem).

    Raised for `error_code` `invalid_metadata` with HTTP 400.
    """


class BetaInvalidStorageARNError(BadRequestError):
    """The storage ARN given is not a valid one.

    Raised for `error_code` `invalid_storage_arn` with HTTP 400.
    """


class InviteAlreadyExistsError(BadRequestError):
    """An invite for this email address is already pending.

    Raised for `error_code` `invite_already_exists` with HTTP 400.
    """


class KeyProfileMismatchError(BadRequestError):
    """The API key belongs to another user profile than the request names.

    Raised for `error_code` `key_profile_mismatch` with HTTP 400.
    """


class OrgAPIKeyLimitExceededError(BadRequestError):
    """The organization has as many API keys as it may have.

    Raised for `error_code` `org_api_key_limit_exceeded` with HTTP 400.
    """


class OrgMemberLimitExceededError(BadRequestError):
    """The organization is at the member limit Anthropic set for it (pending invites count).

    Raised for `error_code` `org_member_limit_exceeded` with HTTP 400.
    """


class BetaOrganizationNotEligibleError(BadRequestError):
    """The feature is not offered to this organization (the message says which kind of organization it
    is for).

    Raised for `error_code` `organization_not_eligible` with HTTP 400.
    """


class BetaOrganizationNotEnrolledInBetaError(BadRequestError):
    """The beta this endpoint needs is not turned on for the organization (the message names it).

    Raised for `error_code` `organization_not_enrolled_in_beta` with HTTP 400.
    """


class OrganizationOnHoldError(BadRequestError):
    """The organisation is on hold.

    Raised for `error_code` `organization_on_hold` with HTTP 400.
    """


class OrganizationTypeNotSupportedError(BadRequestError):
    """This kind of organisation cannot make this request.

    Raised for `error_code` `organization_type_not_supported` with HTTP 400.
    """


class ParentOrganizationRequiredError(BadRequestError):
    """The request must be made by the parent organisation.

    Raised for `error_code` `parent_organization_required` with HTTP 400.
    """


class BetaProviderNotAllowedError(BadRequestError):
    """This storage provider is not allowed for the organization.

    Raised for `error_code` `provider_not_allowed` with HTTP 400.
    """


class RBACGroupGrantsOwnerAccessError(BadRequestError):
    """The group would give owner access; confirm that to go on.

    Raised for `error_code` `rbac_group_grants_owner_access` with HTTP 400.
    """


class RBACGroupOrderLimitExceededError(BadRequestError):
    """The group order lists more groups than allowed.

    Raised for `error_code` `rbac_group_order_limit_exceeded` with HTTP 400.
    """


class RBACGroupOwnerAccessUnconfirmedError(BadRequestError):
    """Owner access given through the group was not confirmed.

    Raised for `error_code` `rbac_group_owner_access_unconfirmed` with HTTP 400.
    """


class BetaRegionNotSupportedError(BadRequestError):
    """The organization may not use the region code given for this control (the message names the
    field).

    Raised for `error_code` `region_not_supported` with HTTP 400.
    """


class BetaReportPageTooLargeError(BadRequestError):
    """The page of the report asked for holds more usage than a page can; ask for a lower `limit` and
    page on.

    Raised for `error_code` `report_page_too_large` with HTTP 400.
    """


class RequestBodyEncodingInvalidError(BadRequestError):
    """The request body does not decode with its `content-encoding`.

    Raised for `error_code` `request_body_encoding_invalid` with HTTP 400.
    """


class RequestBodyEncodingUnsupportedError(BadRequestError):
    """The request body's `content-encoding` is not supported.

    Raised for `error_code` `request_body_encoding_unsupported` with HTTP 400.
    """


class BetaRequestBodyTimeoutError(BadRequestError):
    """The request body took too long to arrive, so nothing was done; send less, or over a faster link.

    Raised for `error_code` `request_body_timeout` with HTTP 400.
    """


class BetaScanFailedError(BadRequestError):
    """The security scan of the plugin version failed.

    Raised for `error_code` `scan_failed` with HTTP 400.
    """


class SettingsDocumentLimitExceededError(BadRequestError):
    """The settings document is larger than allowed.

    Raised for `error_code` `settings_document_limit_exceeded` with HTTP 400.
    """


class SettingsHistoryLimitExceededError(BadRequestError):
    """The settings changed more often than their history can keep.

    Raised for `error_code` `settings_history_limit_exceeded` with HTTP 400.
    """


class BetaSlackChannelSetUpSettingsRefusedError(BadRequestError):
    """The settings for the Slack channel were refused.

    Raised for `error_code` `slack_channel_set_up_settings_refused` with HTTP 400.
    """


class BetaStorageAttachLimitReachedError(BadRequestError):
    """The workspace has as many External Storages attached as it may have.

    Raised for `error_code` `storage_attach_limit_reached` with HTTP 400.
    """


class BetaStorageNotApprovedError(BadRequestError):
    """Keeping data in a customer-owned bucket is not (or no longer) approved for the organization,
    project or user profile the request applies to.

    Raised for `error_code` `storage_not_approved` with HTTP 400.
    """


class BetaStorageNotAttachableError(BadRequestError):
    """The External Storage cannot be attached as asked.

    Raised for `error_code` `storage_not_attachable` with HTTP 400.
    """


class StorageProfileMismatchError(BadRequestError):
    """The External Storage belongs to another user profile than the workspace.

    Raised for `error_code` `storage_profile_mismatch` with HTTP 400.
    """


class BetaStorageProfileStillRequiredError(BadRequestError):
    """A user profile is still needed by the attached storage.

    Raised for `error_code` `storage_profile_still_required` with HTTP 400.
    """


class StorageQuotaExceededError(BadRequestError):
    """The storage quota is used up.

    Raised for `error_code` `storage_quota_exceeded` with HTTP 400.
    """


class BetaStorageVerificationFailedError(BadRequestError):
    """Verifying the External Storage failed; `failed_checks` says which checks.

    Raised for `error_code` `storage_verification_failed` with HTTP 400.
    """


class ThreadAlreadyContinuedError(BadRequestError):
    """The thread was already continued from this message.

    Raised for `error_code` `thread_already_continued` with HTTP 400.
    """


class ThreadContinueInFlightError(BadRequestError):
    """Another request is continuing this thread right now.

    Raised for `error_code` `thread_continue_in_flight` with HTTP 400.
    """


class ThreadFingerprintMismatchError(BadRequestError):
    """The request does not match the conversation the thread holds.

    Raised for `error_code` `thread_fingerprint_mismatch` with HTTP 400.
    """


class ThreadUnsupportedRequestError(BadRequestError):
    """The request uses features a thread cannot carry (listed in `unsupported`).

    Raised for `error_code` `thread_unsupported_request` with HTTP 400.
    """


class BetaTooManyReportGroupsError(BadRequestError):
    """A day of the report has usage in more groups than the report can return (the message names the
    endpoint to use).

    Raised for `error_code` `too_many_report_groups` with HTTP 400.
    """


class ToolNameConflictError(BadRequestError):
    """Two tools of the request have the same name.

    Raised for `error_code` `tool_name_conflict` with HTTP 400.
    """


class ToolReferenceUnresolvedError(BadRequestError):
    """A tool reference names no tool of the request.

    Raised for `error_code` `tool_reference_unresolved` with HTTP 400.
    """


class BetaTranscriptsStorageRequiredError(BadRequestError):
    """Transcripts need an External Storage before this can be turned on.

    Raised for `error_code` `transcripts_storage_required` with HTTP 400.
    """


class BetaUnsupportedCharsetError(BadRequestError):
    """The `Content-Type` charset is not UTF-8, ISO-8859-1 or US-ASCII; send one of those, or none.

    Raised for `error_code` `unsupported_charset` with HTTP 400.
    """


class BetaUnsupportedRegionError(BadRequestError):
    """The storage is in a region the API does not support.

    Raised for `error_code` `unsupported_region` with HTTP 400.
    """


class UserProfileClearedError(BadRequestError):
    """The workspace's user profile was cleared and cannot be set again.

    Raised for `error_code` `user_profile_cleared` with HTTP 400.
    """


class UserProfileNotFoundError(BadRequestError):
    """The user profile of `anthropic-user-profile-id` does not exist.

    Raised for `error_code` `user_profile_not_found` with HTTP 400.
    """


class UserProfileRequiredError(BadRequestError):
    """The request needs an `anthropic-user-profile-id` header.

    Raised for `error_code` `user_profile_required` with HTTP 400.
    """


class WorkspaceAPIKeyLimitExceededError(BadRequestError):
    """The workspace has as many API keys as it may have.

    Raised for `error_code` `workspace_api_key_limit_exceeded` with HTTP 400.
    """


class WorkspaceHumanReviewDisabledError(BadRequestError):
    """Human review is turned off for this Workspace.

    Raised for `error_code` `workspace_human_review_disabled` with HTTP 400.
    """


class WorkspaceMemberLimitExceededError(BadRequestError):
    """The workspace has as many members as it may have.

    Raised for `error_code` `workspace_member_limit_exceeded` with HTTP 400.
    """


class WorkspacePolicyViolationError(BadRequestError):
    """The change breaks a workspace policy; `field` names the setting.

    Raised for `error_code` `workspace_policy_violation` with HTTP 400.
    """


class LinkedOrganizationBillingUnavailableError(PaymentRequiredError):
    """The linked organisation that pays for this request cannot be billed.

    Raised for `error_code` `linked_organization_billing_unavailable` with HTTP 402.
    """


class LinkedOrganizationSpendLimitReachedError(PaymentRequiredError):
    """The linked organisation that pays for this request reached its spend limit.

    Raised for `error_code` `linked_organization_spend_limit_reached` with HTTP 402.
    """


class APIKeyRequesterUnconfirmedError(PermissionDeniedError):
    """The API could not confirm the request came from your organization, so it refused to change an
    API key; sending the same request again is safe.

    Raised for `error_code` `api_key_requester_unconfirmed` with HTTP 403.
    """


class BetaAPIKeyScopeMissingError(PermissionDeniedError):
    """The API key lacks the scope this operation needs.

    Raised for `error_code` `api_key_scope_missing` with HTTP 403.
    """


class CannotSignOutManagedMemberError(PermissionDeniedError):
    """The member's account is managed elsewhere and cannot be signed out here.

    Raised for `error_code` `cannot_sign_out_managed_member` with HTTP 403.
    """


class CannotSignOutMembershipAdminError(PermissionDeniedError):
    """A membership admin cannot be signed out by this caller.

    Raised for `error_code` `cannot_sign_out_membership_admin` with HTTP 403.
    """


class CannotSignOutOwnerError(PermissionDeniedError):
    """An owner cannot be signed out by this caller.

    Raised for `error_code` `cannot_sign_out_owner` with HTTP 403.
    """


class CannotSignOutPrivilegedMemberError(PermissionDeniedError):
    """A member with owner permissions cannot be signed out by this caller.

    Raised for `error_code` `cannot_sign_out_privileged_member` with HTTP 403.
    """


class ClaudeTagWritesNotEnabledError(PermissionDeniedError):
    """Changing Claude in Slack through the API is not enabled for the organization.

    Raised for `error_code` `claude_tag_writes_not_enabled` with HTTP 403.
    """


class BetaComplianceConfigurationRestrictedError(PermissionDeniedError):
    """The organization's compliance settings do not allow this.

    Raised for `error_code` `compliance_configuration_restricted` with HTTP 403.
    """


class BetaEnvironmentCreateDisabledError(PermissionDeniedError):
    """Anthropic has turned off creating environments for the organization; existing ones keep working.

    Raised for `error_code` `environment_create_disabled` with HTTP 403.
    """


class BetaEnvironmentUpdateDisabledError(PermissionDeniedError):
    """Anthropic has turned off updating environments for the organization; existing ones keep working
    as they are.

    Raised for `error_code` `environment_update_disabled` with HTTP 403.
    """


class BetaOrganizationLevelScopedAPIKeyRequiredError(PermissionDeniedError):
    """This operation needs an API key scoped to the whole organization.

    Raised for `error_code` `organization_level_scoped_api_key_required` with HTTP 403.
    """


class SandboxEgressRestrictedError(PermissionDeniedError):
    """The sandbox's outbound network access is restricted.

    Raised for `error_code` `sandbox_egress_restricted` with HTTP 403.
    """


class SpendLimitsAdminAPIWritesNotEnabledError(PermissionDeniedError):
    """Setting these spend limits through the API is not enabled for the organization.

    Raised for `error_code` `spend_limits_admin_api_writes_not_enabled` with HTTP 403.
    """


class UserProfileBillingNotAuthorizedError(PermissionDeniedError):
    """The user profile's customer does not let your organisation bill it.

    Raised for `error_code` `user_profile_billing_not_authorized` with HTTP 403.
    """


class UserProfileNotBillableError(PermissionDeniedError):
    """The user profile's customer has no billable organisation linked.

    Raised for `error_code` `user_profile_not_billable` with HTTP 403.
    """


class BetaEnvironmentNotFoundError(NotFoundError):
    """`settings.environment_id` names no environment the organization can reach.

    Raised for `error_code` `environment_not_found` with HTTP 404.
    """


class FileExpiredError(NotFoundError):
    """The file's `expires_at` has passed; its content is gone.

    Raised for `error_code` `file_expired` with HTTP 404.
    """


class RBACGroupManagedSettingsNotFoundError(NotFoundError):
    """The group has no Claude Code settings of its own.

    Raised for `error_code` `rbac_group_managed_settings_not_found` with HTTP 404.
    """


class BetaRBACGroupNotFoundError(NotFoundError):
    """No RBAC group has that ID.

    Raised for `error_code` `rbac_group_not_found` with HTTP 404.
    """


class RBACRoleNotFoundError(NotFoundError):
    """No RBAC role has the ID given.

    Raised for `error_code` `rbac_role_not_found` with HTTP 404.
    """


class BetaSlackChannelSetUpEnvironmentNotFoundError(NotFoundError):
    """The environment named for the Slack channel does not exist.

    Raised for `error_code` `slack_channel_set_up_environment_not_found` with HTTP 404.
    """


class ThreadNotFoundError(NotFoundError):
    """No thread state exists for `previous_message_id`; start a new thread.

    Raised for `error_code` `thread_not_found` with HTTP 404.
    """


class ConcurrentMembershipChangeError(ConflictError):
    """Another change to the organization's members is under way; retry once it is done.

    Raised for `error_code` `concurrent_membership_change` with HTTP 409.
    """


class ExternalKeyChangedError(ConflictError):
    """The encryption key configuration changed while the request ran.

    Raised for `error_code` `external_key_changed` with HTTP 409.
    """


class BetaGCPProjectControlledByAnotherOrganizationError(ConflictError):
    """Another organization has (or recently had) data controls on this Google Cloud project; the
    message says how long to wait.

    Raised for `error_code` `gcp_project_controlled_by_another_organization` with HTTP 409.
    """


class PluginNameTakenError(ConflictError):
    """A plugin of that name already exists in the marketplace.

    Raised for `error_code` `plugin_name_taken` with HTTP 409.
    """


class BetaScanPendingError(ConflictError):
    """The plugin version's security scan has not finished yet.

    Raised for `error_code` `scan_pending` with HTTP 409.
    """


class BetaSkillNameTakenError(ConflictError):
    """Another skill already has that name.

    Raised for `error_code` `skill_name_taken` with HTTP 409.
    """


class SkillReadBlockedUndecryptableError(ConflictError):
    """The skill cannot be read: its content cannot be decrypted.

    Raised for `error_code` `skill_read_blocked_undecryptable` with HTTP 409.
    """


class BetaSlackChannelSetUpSettingsConflictError(ConflictError):
    """The Slack channel's settings conflict with its current ones.

    Raised for `error_code` `slack_channel_set_up_settings_conflict` with HTTP 409.
    """


class BetaStorageAlreadyRegisteredError(ConflictError):
    """The storage is already registered.

    Raised for `error_code` `storage_already_registered` with HTTP 409.
    """


class StorageAttachedDuringArchiveError(ConflictError):
    """Storage was attached while the workspace was being archived.

    Raised for `error_code` `storage_attached_during_archive` with HTTP 409.
    """


class BetaStorageChangedConcurrentlyError(ConflictError):
    """The External Storage changed while the request ran; `field` names what.

    Raised for `error_code` `storage_changed_concurrently` with HTTP 409.
    """


class BetaStorageInUseError(ConflictError):
    """The bucket is in use, or was recently; name another bucket.

    Raised for `error_code` `storage_in_use` with HTTP 409.
    """


class BetaWorkspaceChangedConcurrentlyError(ConflictError):
    """The workspace changed while the request ran; `field` names what.

    Raised for `error_code` `workspace_changed_concurrently` with HTTP 409.
    """


class BetaHeartbeatPreconditionFailedError(PreconditionFailedError):
    """`expected_last_heartbeat` is not the stored heartbeat, so another worker may hold the lease.

    Raised for `error_code` `heartbeat_precondition_failed` with HTTP 412.
    """


class RequestBodyTooLargeAfterDecodingError(ContentTooLargeError):
    """The request body is over the size limit once decompressed.

    Raised for `error_code` `request_body_too_large_after_decoding` with HTTP 413.
    """


class ContractSpendLimitReachedError(RateLimitError):
    """The contract's spend limit is reached.

    Raised for `error_code` `contract_spend_limit_reached` with HTTP 429.
    """


class EnforcedSpendLimitReachedError(RateLimitError):
    """A spend limit set for the organisation or Workspace is reached.

    Raised for `error_code` `enforced_spend_limit_reached` with HTTP 429.
    """


class RampLimitExceededError(RateLimitError):
    """Usage grew faster than the account is allowed to ramp up.

    Raised for `error_code` `ramp_limit_exceeded` with HTTP 429.
    """


class BetaAuthorizationCheckUnavailableError(ServiceUnavailableError):
    """One of the organization's approvals could not be read just now, so nothing was done; retry after
    `Retry-After`.

    Raised for `error_code` `authorization_check_unavailable` with HTTP 503.
    """


class ChangeOutcomeUnknownError(ServiceUnavailableError):
    """Only part of the request's changes may have been saved; send the same request again to finish
    it.

    Raised for `error_code` `change_outcome_unknown` with HTTP 503.
    """


class CMEKContextUnavailableError(ServiceUnavailableError):
    """The customer-managed encryption context is unavailable for now.

    Raised for `error_code` `cmek_context_unavailable` with HTTP 503.
    """


class CMEKKeyUnreachableError(ServiceUnavailableError):
    """The customer-managed encryption key is unreachable for now.

    Raised for `error_code` `cmek_key_unreachable` with HTTP 503.
    """


class BetaRegistrationPendingError(ServiceUnavailableError):
    """The plugin version's registration has not finished yet.

    Raised for `error_code` `registration_pending` with HTTP 503.
    """


class StorageNotReadyError(ServiceUnavailableError):
    """The Workspace is still being connected to its storage; retry in a few minutes.

    Raised for `error_code` `storage_not_ready` with HTTP 503.
    """


class WorkspaceCreatedIncompleteError(ServiceUnavailableError):
    """The workspace was created but its setup did not finish.

    Raised for `error_code` `workspace_created_incomplete` with HTTP 503.
    """


class CompactionUnavailableError(OverloadedError):
    """Compaction is overloaded for now; retry later.

    Raised for `error_code` `compaction_unavailable` with HTTP 529.
    """


# (HTTP status, `error_code`) → its class: the pairs of `_error_table.ERROR_CODES`.
ERROR_CODE_CLASSES: dict[tuple[int, str], type[APIStatusError]] = {
    (400, "already_member"): AlreadyMemberError,
    (400, "approval_required"): BetaApprovalRequiredError,
    (400, "available_tools_limit_exceeded"): AvailableToolsLimitExceededError,
    (400, "bundle_attachment_not_supported"): BetaBundleAttachmentNotSupportedError,
    (400, "bundle_on_call"): BetaBundleOnCallError,
    (
        400,
        "cannot_invite_emails_with_unverified_domains",
    ): CannotInviteEmailsWithUnverifiedDomainsError,
    (400, "cannot_remove_last_member"): CannotRemoveLastMemberError,
    (400, "cannot_sign_out_primary_owner"): CannotSignOutPrimaryOwnerError,
    (400, "cannot_sign_out_self"): CannotSignOutSelfError,
    (400, "claude_code_key_creator_not_member"): ClaudeCodeKeyCreatorNotMemberError,
    (400, "claude_code_version_too_old"): ClaudeCodeVersionTooOldError,
    (400, "cmek_feature_unsupported"): CMEKFeatureUnsupportedError,
    (400, "cmek_key_disabled"): CMEKKeyDisabledError,
    (400, "cmek_key_network_blocked"): CMEKKeyNetworkBlockedError,
    (400, "cmek_not_approved"): BetaCMEKNotApprovedError,
    (400, "compaction_block_ambiguous"): CompactionBlockAmbiguousError,
    (400, "compaction_block_misplaced"): CompactionBlockMisplacedError,
    (400, "compaction_content_mismatch"): CompactionContentMismatchError,
    (400, "compaction_incomplete_turn"): CompactionIncompleteTurnError,
    (400, "compaction_nothing_to_summarize"): CompactionNothingToSummarizeError,
    (400, "compaction_signature_invalid"): CompactionSignatureInvalidError,
    (400, "compaction_too_many_tool_references"): CompactionTooManyToolReferencesError,
    (400, "compaction_tool_changes_mismatch"): CompactionToolChangesMismatchError,
    (400, "email_domain_not_allowed"): EmailDomainNotAllowedError,
    (400, "environment_archived"): BetaEnvironmentArchivedError,
    (400, "external_key_in_workspace_policy"): ExternalKeyInWorkspacePolicyError,
    (400, "external_key_not_found"): BetaExternalKeyNotFoundError,
    (400, "external_key_provider_mismatch"): BetaExternalKeyProviderMismatchError,
    (400, "external_key_validation_failed"): ExternalKeyValidationFailedError,
    (400, "external_key_validation_timed_out"): ExternalKeyValidationTimedOutError,
    (400, "external_storage_in_use"): BetaExternalStorageInUseError,
    (400, "external_storage_in_workspace_policy"): BetaExternalStorageInWorkspacePolicyError,
    (400, "external_storage_not_available"): BetaExternalStorageNotAvailableError,
    (400, "file_not_downloadable"): FileNotDownloadableError,
    (400, "gcp_project_not_verified"): BetaGCPProjectNotVerifiedError,
    (400, "grant_required"): BetaGrantRequiredError,
    (400, "human_review_not_available"): BetaHumanReviewNotAvailableError,
    (400, "human_review_on_with_external_storage"): BetaHumanReviewOnWithExternalStorageError,
    (400, "image_dimensions_too_large"): ImageDimensionsTooLargeError,
    (400, "invalid_config_type_change"): BetaInvalidConfigTypeChangeError,
    (400, "invalid_metadata"): BetaInvalidMetadataError,
    (400, "invalid_storage_arn"): BetaInvalidStorageARNError,
    (400, "invite_already_exists"): InviteAlreadyExistsError,
    (400, "key_profile_mismatch"): KeyProfileMismatchError,
    (400, "org_api_key_limit_exceeded"): OrgAPIKeyLimitExceededError,
    (400, "org_member_limit_exceeded"): OrgMemberLimitExceededError,
    (400, "organization_not_eligible"): BetaOrganizationNotEligibleError,
    (400, "organization_not_enrolled_in_beta"): BetaOrganizationNotEnrolledInBetaError,
    (400, "organization_on_hold"): OrganizationOnHoldError,
    (400, "organization_type_not_supported"): OrganizationTypeNotSupportedError,
    (400, "parent_organization_required"): ParentOrganizationRequiredError,
    (400, "provider_not_allowed"): BetaProviderNotAllowedError,
    (400, "rbac_group_grants_owner_access"): RBACGroupGrantsOwnerAccessError,
    (400, "rbac_group_order_limit_exceeded"): RBACGroupOrderLimitExceededError,
    (400, "rbac_group_owner_access_unconfirmed"): RBACGroupOwnerAccessUnconfirmedError,
    (400, "region_not_supported"): BetaRegionNotSupportedError,
    (400, "report_page_too_large"): BetaReportPageTooLargeError,
    (400, "request_body_encoding_invalid"): RequestBodyEncodingInvalidError,
    (400, "request_body_encoding_unsupported"): RequestBodyEncodingUnsupportedError,
    (400, "request_body_timeout"): BetaRequestBodyTimeoutError,
    (400, "scan_failed"): BetaScanFailedError,
    (400, "settings_document_limit_exceeded"): SettingsDocumentLimitExceededError,
    (400, "settings_history_limit_exceeded"): SettingsHistoryLimitExceededError,
    (400, "slack_channel_set_up_settings_refused"): BetaSlackChannelSetUpSettingsRefusedError,
    (400, "storage_attach_limit_reached"): BetaStorageAttachLimitReachedError,
    (400, "storage_not_approved"): BetaStorageNotApprovedError,
    (400, "storage_not_attachable"): BetaStorageNotAttachableError,
    (400, "storage_profile_mismatch"): StorageProfileMismatchError,
    (400, "storage_profile_still_required"): BetaStorageProfileStillRequiredError,
    (400, "storage_quota_exceeded"): StorageQuotaExceededError,
    (400, "storage_verification_failed"): BetaStorageVerificationFailedError,
    (400, "thread_already_continued"): ThreadAlreadyContinuedError,
    (400, "thread_continue_in_flight"): ThreadContinueInFlightError,
    (400, "thread_fingerprint_mismatch"): ThreadFingerprintMismatchError,
    (400, "thread_unsupported_request"): ThreadUnsupportedRequestError,
    (400, "too_many_report_groups"): BetaTooManyReportGroupsError,
    (400, "tool_name_conflict"): ToolNameConflictError,
    (400, "tool_reference_unresolved"): ToolReferenceUnresolvedError,
    (400, "transcripts_storage_required"): BetaTranscriptsStorageRequiredError,
    (400, "unsupported_charset"): BetaUnsupportedCharsetError,
    (400, "unsupported_region"): BetaUnsupportedRegionError,
    (400, "user_profile_cleared"): UserProfileClearedError,
    (400, "user_profile_not_found"): UserProfileNotFoundError,
    (400, "user_profile_required"): UserProfileRequiredError,
    (400, "workspace_api_key_limit_exceeded"): WorkspaceAPIKeyLimitExceededError,
    (400, "workspace_human_review_disabled"): WorkspaceHumanReviewDisabledError,
    (400, "workspace_member_limit_exceeded"): WorkspaceMemberLimitExceededError,
    (400, "workspace_policy_violation"): WorkspacePolicyViolationError,
    (402, "linked_organization_billing_unavailable"): LinkedOrganizationBillingUnavailableError,
    (402, "linked_organization_spend_limit_reached"): LinkedOrganizationSpendLimitReachedError,
    (403, "api_key_requester_unconfirmed"): APIKeyRequesterUnconfirmedError,
    (403, "api_key_scope_missing"): BetaAPIKeyScopeMissingError,
    (403, "cannot_sign_out_managed_member"): CannotSignOutManagedMemberError,
    (403, "cannot_sign_out_membership_admin"): CannotSignOutMembershipAdminError,
    (403, "cannot_sign_out_owner"): CannotSignOutOwnerError,
    (403, "cannot_sign_out_privileged_member"): CannotSignOutPrivilegedMemberError,
    (403, "claude_tag_writes_not_enabled"): ClaudeTagWritesNotEnabledError,
    (403, "compliance_configuration_restricted"): BetaComplianceConfigurationRestrictedError,
    (403, "environment_create_disabled"): BetaEnvironmentCreateDisabledError,
    (403, "environment_update_disabled"): BetaEnvironmentUpdateDisabledError,
    (
        403,
        "organization_level_scoped_api_key_required",
    ): BetaOrganizationLevelScopedAPIKeyRequiredError,
    (403, "sandbox_egress_restricted"): SandboxEgressRestrictedError,
    (403, "spend_limits_admin_api_writes_not_enabled"): SpendLimitsAdminAPIWritesNotEnabledError,
    (403, "user_profile_billing_not_authorized"): UserProfileBillingNotAuthorizedError,
    (403, "user_profile_not_billable"): UserProfileNotBillableError,
    (404, "environment_not_found"): BetaEnvironmentNotFoundError,
    (404, "file_expired"): FileExpiredError,
    (404, "rbac_group_managed_settings_not_found"): RBACGroupManagedSettingsNotFoundError,
    (404, "rbac_group_not_found"): BetaRBACGroupNotFoundError,
    (404, "rbac_role_not_found"): RBACRoleNotFoundError,
    (
        404,
        "slack_channel_set_up_environment_not_found",
    ): BetaSlackChannelSetUpEnvironmentNotFoundError,
    (404, "thread_not_found"): ThreadNotFoundError,
    (409, "concurrent_membership_change"): ConcurrentMembershipChangeError,
    (409, "external_key_changed"): ExternalKeyChangedError,
    (
        409,
        "gcp_project_controlled_by_another_organization",
    ): BetaGCPProjectControlledByAnotherOrganizationError,
    (409, "plugin_name_taken"): PluginNameTakenError,
    (409, "scan_pending"): BetaScanPendingError,
    (409, "skill_name_taken"): BetaSkillNameTakenError,
    (409, "skill_read_blocked_undecryptable"): SkillReadBlockedUndecryptableError,
    (409, "slack_channel_set_up_settings_conflict"): BetaSlackChannelSetUpSettingsConflictError,
    (409, "storage_already_registered"): BetaStorageAlreadyRegisteredError,
    (409, "storage_attached_during_archive"): StorageAttachedDuringArchiveError,
    (409, "storage_changed_concurrently"): BetaStorageChangedConcurrentlyError,
    (409, "storage_in_use"): BetaStorageInUseError,
    (409, "workspace_changed_concurrently"): BetaWorkspaceChangedConcurrentlyError,
    (412, "heartbeat_precondition_failed"): BetaHeartbeatPreconditionFailedError,
    (413, "request_body_too_large_after_decoding"): RequestBodyTooLargeAfterDecodingError,
    (429, "contract_spend_limit_reached"): ContractSpendLimitReachedError,
    (429, "enforced_spend_limit_reached"): EnforcedSpendLimitReachedError,
    (429, "ramp_limit_exceeded"): RampLimitExceededError,
    (503, "authorization_check_unavailable"): BetaAuthorizationCheckUnavailableError,
    (503, "change_outcome_unknown"): ChangeOutcomeUnknownError,
    (503, "cmek_context_unavailable"): CMEKContextUnavailableError,
    (503, "cmek_key_unreachable"): CMEKKeyUnreachableError,
    (503, "registration_pending"): BetaRegistrationPendingError,
    (503, "storage_not_ready"): StorageNotReadyError,
    (503, "workspace_created_incomplete"): WorkspaceCreatedIncompleteError,
    (529, "compaction_unavailable"): CompactionUnavailableError,
}

# Report the public path (`claude_api_client.FileExpiredError`), like the other exceptions.
for _cls in ERROR_CODE_CLASSES.values():
    _cls.__module__ = "claude_api_client"
del _cls
