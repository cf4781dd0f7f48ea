# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .already_member_error_details import AlreadyMemberErrorDetails
    from .api_key_requester_unconfirmed_error_details import (
        APIKeyRequesterUnconfirmedErrorDetails,
    )
    from .api_key_scope_missing_error_details import APIKeyScopeMissingErrorDetails
    from .approval_required_error_details import ApprovalRequiredErrorDetails
    from .authorization_check_unavailable_error_details import (
        AuthorizationCheckUnavailableErrorDetails,
    )
    from .available_tools_limit_exceeded_error_details import (
        AvailableToolsLimitExceededErrorDetails,
    )
    from .bundle_attachment_not_supported_error_details import (
        BundleAttachmentNotSupportedErrorDetails,
    )
    from .bundle_on_call_error_details import BundleOnCallErrorDetails
    from .cannot_invite_emails_with_unverified_domains_error_details import (
        CannotInviteEmailsWithUnverifiedDomainsErrorDetails,
    )
    from .cannot_remove_last_member_error_details import CannotRemoveLastMemberErrorDetails
    from .cannot_sign_out_managed_member_error_details import (
        CannotSignOutManagedMemberErrorDetails,
    )
    from .cannot_sign_out_membership_admin_error_details import (
        CannotSignOutMembershipAdminErrorDetails,
    )
    from .cannot_sign_out_owner_error_details import CannotSignOutOwnerErrorDetails
    from .cannot_sign_out_primary_owner_error_details import (
        CannotSignOutPrimaryOwnerErrorDetails,
    )
    from .cannot_sign_out_privileged_member_error_details import (
        CannotSignOutPrivilegedMemberErrorDetails,
    )
    from .cannot_sign_out_self_error_details import CannotSignOutSelfErrorDetails
    from .change_outcome_unknown_error_details import ChangeOutcomeUnknownErrorDetails
    from .claude_code_key_creator_not_member_error_details import (
        ClaudeCodeKeyCreatorNotMemberErrorDetails,
    )
    from .claude_code_version_too_old_error_details import (
        ClaudeCodeVersionTooOldErrorDetails,
    )
    from .claude_tag_writes_not_enabled_error_details import (
        ClaudeTagWritesNotEnabledErrorDetails,
    )
    from .cmek_context_unavailable_error_details import CMEKContextUnavailableErrorDetails
    from .cmek_feature_unsupported_error_details import CMEKFeatureUnsupportedErrorDetails
    from .cmek_key_disabled_error_details import CMEKKeyDisabledErrorDetails
    from .cmek_key_network_blocked_error_details import CMEKKeyNetworkBlockedErrorDetails
    from .cmek_key_unreachable_error_details import CMEKKeyUnreachableErrorDetails
    from .cmek_not_approved_error_details import CMEKNotApprovedErrorDetails
    from .compaction_block_ambiguous_error_details import (
        CompactionBlockAmbiguousErrorDetails,
    )
    from .compaction_block_misplaced_error_details import (
        CompactionBlockMisplacedErrorDetails,
    )
    from .compaction_content_mismatch_error_details import (
        CompactionContentMismatchErrorDetails,
    )
    from .compaction_incomplete_turn_error_details import (
        CompactionIncompleteTurnErrorDetails,
    )
    from .compaction_nothing_to_summarize_error_details import (
        CompactionNothingToSummarizeErrorDetails,
    )
    from .compaction_signature_invalid_error_details import (
        CompactionSignatureInvalidErrorDetails,
    )
    from .compaction_too_many_tool_references_error_details import (
        CompactionTooManyToolReferencesErrorDetails,
    )
    from .compaction_tool_changes_mismatch_error_details import (
        CompactionToolChangesMismatchErrorDetails,
    )
    from .compaction_unavailable_error_details import CompactionUnavailableErrorDetails
    from .compliance_configuration_restricted_error_details import (
        ComplianceConfigurationRestrictedErrorDetails,
    )
    from .concurrent_membership_change_error_details import (
        ConcurrentMembershipChangeErrorDetails,
    )
    from .contract_spend_limit_reached_error_details import (
        ContractSpendLimitReachedErrorDetails,
    )
    from .email_domain_not_allowed_error_details import EmailDomainNotAllowedErrorDetails
    from .enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails,
    )
    from .environment_archived_error_details import EnvironmentArchivedErrorDetails
    from .environment_create_disabled_error_details import (
        EnvironmentCreateDisabledErrorDetails,
    )
    from .environment_not_found_error_details import EnvironmentNotFoundErrorDetails
    from .environment_update_disabled_error_details import (
        EnvironmentUpdateDisabledErrorDetails,
    )
    from .external_key_changed_error_details import ExternalKeyChangedErrorDetails
    from .external_key_in_workspace_policy_error_details import (
        ExternalKeyInWorkspacePolicyErrorDetails,
    )
    from .external_key_not_found_error_details import ExternalKeyNotFoundErrorDetails
    from .external_key_provider_mismatch_error_details import (
        ExternalKeyProviderMismatchErrorDetails,
    )
    from .external_key_validation_failed_error_details import (
        ExternalKeyValidationFailedErrorDetails,
    )
    from .external_key_validation_timed_out_error_details import (
        ExternalKeyValidationTimedOutErrorDetails,
    )
    from .external_storage_in_use_error_details import ExternalStorageInUseErrorDetails
    from .external_storage_in_workspace_policy_error_details import (
        ExternalStorageInWorkspacePolicyErrorDetails,
    )
    from .external_storage_not_available_error_details import (
        ExternalStorageNotAvailableErrorDetails,
    )
    from .file_expired_error_details import FileExpiredErrorDetails
    from .file_not_downloadable_error_details import FileNotDownloadableErrorDetails
    from .gcp_project_controlled_by_another_organization_error_details import (
        GCPProjectControlledByAnotherOrganizationErrorDetails,
    )
    from .gcp_project_not_verified_error_details import GCPProjectNotVerifiedErrorDetails
    from .grant_required_error_details import GrantRequiredErrorDetails
    from .heartbeat_precondition_failed_error_details import (
        HeartbeatPreconditionFailedErrorDetails,
    )
    from .human_review_not_available_error_details import (
        HumanReviewNotAvailableErrorDetails,
    )
    from .human_review_on_with_external_storage_error_details import (
        HumanReviewOnWithExternalStorageErrorDetails,
    )
    from .image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails,
    )
    from .invalid_config_type_change_error_details import (
        InvalidConfigTypeChangeErrorDetails,
    )
    from .invalid_metadata_error_details import InvalidMetadataErrorDetails
    from .invalid_storage_arn_error_details import InvalidStorageARNErrorDetails
    from .invite_already_exists_error_details import InviteAlreadyExistsErrorDetails
    from .key_profile_mismatch_error_details import KeyProfileMismatchErrorDetails
    from .linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails,
    )
    from .linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from .org_api_key_limit_exceeded_error_details import OrgAPIKeyLimitExceededErrorDetails
    from .org_member_limit_exceeded_error_details import OrgMemberLimitExceededErrorDetails
    from .organization_level_scoped_api_key_required_error_details import (
        OrganizationLevelScopedAPIKeyRequiredErrorDetails,
    )
    from .organization_not_eligible_error_details import OrganizationNotEligibleErrorDetails
    from .organization_not_enrolled_in_beta_error_details import (
        OrganizationNotEnrolledInBetaErrorDetails,
    )
    from .organization_on_hold_error_details import OrganizationOnHoldErrorDetails
    from .organization_type_not_supported_error_details import (
        OrganizationTypeNotSupportedErrorDetails,
    )
    from .parent_organization_required_error_details import (
        ParentOrganizationRequiredErrorDetails,
    )
    from .plugin_name_taken_error_details import PluginNameTakenErrorDetails
    from .provider_not_allowed_error_details import ProviderNotAllowedErrorDetails
    from .ramp_limit_exceeded_error_details import RampLimitExceededErrorDetails
    from .rbac_group_grants_owner_access_error_details import (
        RBACGroupGrantsOwnerAccessErrorDetails,
    )
    from .rbac_group_managed_settings_not_found_error_details import (
        RBACGroupManagedSettingsNotFoundErrorDetails,
    )
    from .rbac_group_not_found_error_details import RBACGroupNotFoundErrorDetails
    from .rbac_group_order_limit_exceeded_error_details import (
        RBACGroupOrderLimitExceededErrorDetails,
    )
    from .rbac_group_owner_access_unconfirmed_error_details import (
        RBACGroupOwnerAccessUnconfirmedErrorDetails,
    )
    from .rbac_role_not_found_error_details import RBACRoleNotFoundErrorDetails
    from .region_not_supported_error_details import RegionNotSupportedErrorDetails
    from .registration_pending_error_details import RegistrationPendingErrorDetails
    from .report_page_too_large_error_details import ReportPageTooLargeErrorDetails
    from .request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails,
    )
    from .request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails,
    )
    from .request_body_timeout_error_details import RequestBodyTimeoutErrorDetails
    from .request_body_too_large_after_decoding_error_details import (
        RequestBodyTooLargeAfterDecodingErrorDetails,
    )
    from .sandbox_egress_restricted_error_details import SandboxEgressRestrictedErrorDetails
    from .scan_failed_error_details import ScanFailedErrorDetails
    from .scan_pending_error_details import ScanPendingErrorDetails
    from .settings_document_limit_exceeded_error_details import (
        SettingsDocumentLimitExceededErrorDetails,
    )
    from .settings_history_limit_exceeded_error_details import (
        SettingsHistoryLimitExceededErrorDetails,
    )
    from .skill_name_taken_error_details import SkillNameTakenErrorDetails
    from .skill_read_blocked_undecryptable_error_details import (
        SkillReadBlockedUndecryptableErrorDetails,
    )
    from .slack_channel_set_up_environment_not_found_error_details import (
        SlackChannelSetUpEnvironmentNotFoundErrorDetails,
    )
    from .slack_channel_set_up_settings_conflict_error_details import (
        SlackChannelSetUpSettingsConflictErrorDetails,
    )
    from .slack_channel_set_up_settings_refused_error_details import (
        SlackChannelSetUpSettingsRefusedErrorDetails,
    )
    from .spend_limits_admin_api_writes_not_enabled_error_details import (
        SpendLimitsAdminAPIWritesNotEnabledErrorDetails,
    )
    from .storage_already_registered_error_details import (
        StorageAlreadyRegisteredErrorDetails,
    )
    from .storage_attach_limit_reached_error_details import (
        StorageAttachLimitReachedErrorDetails,
    )
    from .storage_attached_during_archive_error_details import (
        StorageAttachedDuringArchiveErrorDetails,
    )
    from .storage_changed_concurrently_error_details import (
        StorageChangedConcurrentlyErrorDetails,
    )
    from .storage_in_use_error_details import StorageInUseErrorDetails
    from .storage_not_approved_error_details import StorageNotApprovedErrorDetails
    from .storage_not_attachable_error_details import StorageNotAttachableErrorDetails
    from .storage_not_ready_error_details import StorageNotReadyErrorDetails
    from .storage_profile_mismatch_error_details import StorageProfileMismatchErrorDetails
    from .storage_profile_still_required_error_details import (
        StorageProfileStillRequiredErrorDetails,
    )
    from .storage_quota_exceeded_error_details import StorageQuotaExceededErrorDetails
    from .storage_verification_failed_error_details import (
        StorageVerificationFailedErrorDetails,
    )
    from .thread_already_continued_error_details import ThreadAlreadyContinuedErrorDetails
    from .thread_continue_in_flight_error_details import ThreadContinueInFlightErrorDetails
    from .thread_fingerprint_mismatch_error_details import (
        ThreadFingerprintMismatchErrorDetails,
    )
    from .thread_not_found_error_details import ThreadNotFoundErrorDetails
    from .thread_unsupported_request_error_details import (
        ThreadUnsupportedRequestErrorDetails,
    )
    from .too_many_report_groups_error_details import TooManyReportGroupsErrorDetails
    from .tool_name_conflict_error_details import ToolNameConflictErrorDetails
    from .tool_reference_unresolved_error_details import ToolReferenceUnresolvedErrorDetails
    from .transcripts_storage_required_error_details import (
        TranscriptsStorageRequiredErrorDetails,
    )
    from .unknown_error_details import UnknownErrorDetails
    from .unsupported_charset_error_details import UnsupportedCharsetErrorDetails
    from .unsupported_region_error_details import UnsupportedRegionErrorDetails
    from .user_profile_billing_not_authorized_error_details import (
        UserProfileBillingNotAuthorizedErrorDetails,
    )
    from .user_profile_cleared_error_details import UserProfileClearedErrorDetails
    from .user_profile_not_billable_error_details import UserProfileNotBillableErrorDetails
    from .user_profile_not_found_error_details import UserProfileNotFoundErrorDetails
    from .user_profile_required_error_details import UserProfileRequiredErrorDetails
    from .workspace_api_key_limit_exceeded_error_details import (
        WorkspaceAPIKeyLimitExceededErrorDetails,
    )
    from .workspace_changed_concurrently_error_details import (
        WorkspaceChangedConcurrentlyErrorDetails,
    )
    from .workspace_created_incomplete_error_details import (
        WorkspaceCreatedIncompleteErrorDetails,
    )
    from .workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails,
    )
    from .workspace_member_limit_exceeded_error_details import (
        WorkspaceMemberLimitExceededErrorDetails,
    )
    from .workspace_policy_violation_error_details import (
        WorkspacePolicyViolationErrorDetails,
    )


if TYPE_CHECKING:
    ErrorDetails = TypeAliasType(
        "ErrorDetails",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeCodeKeyCreatorNotMemberErrorDetails,
                        ClaudeCodeVersionTooOldErrorDetails,
                        CMEKKeyDisabledErrorDetails,
                        CMEKKeyNetworkBlockedErrorDetails,
                        OrganizationOnHoldErrorDetails,
                        OrganizationTypeNotSupportedErrorDetails,
                        ParentOrganizationRequiredErrorDetails,
                        RequestBodyEncodingInvalidErrorDetails,
                        RequestBodyEncodingUnsupportedErrorDetails,
                        WorkspaceHumanReviewDisabledErrorDetails,
                        LinkedOrganizationBillingUnavailableErrorDetails,
                        LinkedOrganizationSpendLimitReachedErrorDetails,
                        SandboxEgressRestrictedErrorDetails,
                        RequestBodyTooLargeAfterDecodingErrorDetails,
                        ContractSpendLimitReachedErrorDetails,
                        EnforcedSpendLimitReachedErrorDetails,
                        RampLimitExceededErrorDetails,
                        CMEKContextUnavailableErrorDetails,
                        CMEKKeyUnreachableErrorDetails,
                        StorageNotReadyErrorDetails,
                        AvailableToolsLimitExceededErrorDetails,
                        CompactionBlockAmbiguousErrorDetails,
                        CompactionBlockMisplacedErrorDetails,
                        CompactionContentMismatchErrorDetails,
                        CompactionIncompleteTurnErrorDetails,
                        CompactionNothingToSummarizeErrorDetails,
                        CompactionSignatureInvalidErrorDetails,
                        CompactionTooManyToolReferencesErrorDetails,
                        CompactionToolChangesMismatchErrorDetails,
                        CompactionUnavailableErrorDetails,
                        ImageDimensionsTooLargeErrorDetails,
                        ThreadAlreadyContinuedErrorDetails,
                        ThreadContinueInFlightErrorDetails,
                        ThreadFingerprintMismatchErrorDetails,
                        ThreadUnsupportedRequestErrorDetails,
                        ThreadNotFoundErrorDetails,
                        ToolNameConflictErrorDetails,
                        ToolReferenceUnresolvedErrorDetails,
                        UserProfileRequiredErrorDetails,
                        UserProfileNotFoundErrorDetails,
                        UserProfileBillingNotAuthorizedErrorDetails,
                        UserProfileNotBillableErrorDetails,
                        SkillReadBlockedUndecryptableErrorDetails,
                        StorageQuotaExceededErrorDetails,
                        FileNotDownloadableErrorDetails,
                        FileExpiredErrorDetails,
                        APIKeyRequesterUnconfirmedErrorDetails,
                        CMEKNotApprovedErrorDetails,
                        ExternalKeyNotFoundErrorDetails,
                        ExternalKeyProviderMismatchErrorDetails,
                        GCPProjectControlledByAnotherOrganizationErrorDetails,
                        GCPProjectNotVerifiedErrorDetails,
                        OrganizationNotEnrolledInBetaErrorDetails,
                        RegionNotSupportedErrorDetails,
                        RequestBodyTimeoutErrorDetails,
                        StorageInUseErrorDetails,
                        StorageNotApprovedErrorDetails,
                        UnsupportedCharsetErrorDetails,
                        ChangeOutcomeUnknownErrorDetails,
                        ConcurrentMembershipChangeErrorDetails,
                        OrgMemberLimitExceededErrorDetails,
                        RBACRoleNotFoundErrorDetails,
                        ApprovalRequiredErrorDetails,
                        AuthorizationCheckUnavailableErrorDetails,
                        EnvironmentArchivedErrorDetails,
                        EnvironmentCreateDisabledErrorDetails,
                        EnvironmentNotFoundErrorDetails,
                        EnvironmentUpdateDisabledErrorDetails,
                        HumanReviewNotAvailableErrorDetails,
                        InvalidConfigTypeChangeErrorDetails,
                        InvalidMetadataErrorDetails,
                        OrganizationNotEligibleErrorDetails,
                        ReportPageTooLargeErrorDetails,
                        TooManyReportGroupsErrorDetails,
                        HeartbeatPreconditionFailedErrorDetails,
                        CMEKFeatureUnsupportedErrorDetails,
                        RBACGroupManagedSettingsNotFoundErrorDetails,
                        RBACGroupOrderLimitExceededErrorDetails,
                        SettingsDocumentLimitExceededErrorDetails,
                        SettingsHistoryLimitExceededErrorDetails,
                        ClaudeTagWritesNotEnabledErrorDetails,
                        PluginNameTakenErrorDetails,
                        CannotSignOutManagedMemberErrorDetails,
                        CannotSignOutMembershipAdminErrorDetails,
                        CannotSignOutOwnerErrorDetails,
                        CannotSignOutPrimaryOwnerErrorDetails,
                        CannotSignOutPrivilegedMemberErrorDetails,
                        CannotSignOutSelfErrorDetails,
                        SpendLimitsAdminAPIWritesNotEnabledErrorDetails,
                        APIKeyScopeMissingErrorDetails,
                        AlreadyMemberErrorDetails,
                        BundleAttachmentNotSupportedErrorDetails,
                        BundleOnCallErrorDetails,
                        CannotInviteEmailsWithUnverifiedDomainsErrorDetails,
                        CannotRemoveLastMemberErrorDetails,
                        ComplianceConfigurationRestrictedErrorDetails,
                        EmailDomainNotAllowedErrorDetails,
                        ExternalKeyChangedErrorDetails,
                        ExternalKeyInWorkspacePolicyErrorDetails,
                        ExternalKeyValidationFailedErrorDetails,
                        ExternalKeyValidationTimedOutErrorDetails,
                        ExternalStorageInUseErrorDetails,
                        ExternalStorageInWorkspacePolicyErrorDetails,
                        ExternalStorageNotAvailableErrorDetails,
                        GrantRequiredErrorDetails,
                        HumanReviewOnWithExternalStorageErrorDetails,
                        InvalidStorageARNErrorDetails,
                        InviteAlreadyExistsErrorDetails,
                        KeyProfileMismatchErrorDetails,
                        OrgAPIKeyLimitExceededErrorDetails,
                        OrganizationLevelScopedAPIKeyRequiredErrorDetails,
                        ProviderNotAllowedErrorDetails,
                        RBACGroupGrantsOwnerAccessErrorDetails,
                        RBACGroupNotFoundErrorDetails,
                        RBACGroupOwnerAccessUnconfirmedErrorDetails,
                        RegistrationPendingErrorDetails,
                        ScanFailedErrorDetails,
                        ScanPendingErrorDetails,
                        SkillNameTakenErrorDetails,
                        SlackChannelSetUpEnvironmentNotFoundErrorDetails,
                        SlackChannelSetUpSettingsConflictErrorDetails,
                        SlackChannelSetUpSettingsRefusedErrorDetails,
                        StorageAlreadyRegisteredErrorDetails,
                        StorageAttachLimitReachedErrorDetails,
                        StorageAttachedDuringArchiveErrorDetails,
                        StorageChangedConcurrentlyErrorDetails,
                        StorageNotAttachableErrorDetails,
                        StorageProfileMismatchErrorDetails,
                        StorageProfileStillRequiredErrorDetails,
                        StorageVerificationFailedErrorDetails,
                        TranscriptsStorageRequiredErrorDetails,
                        UnsupportedRegionErrorDetails,
                        UserProfileClearedErrorDetails,
                        WorkspaceAPIKeyLimitExceededErrorDetails,
                        WorkspaceChangedConcurrentlyErrorDetails,
                        WorkspaceCreatedIncompleteErrorDetails,
                        WorkspaceMemberLimitExceededErrorDetails,
                        WorkspacePolicyViolationErrorDetails,
                    ],
                    Field(discriminator="error_code"),
                ],
                Annotated[
                    UnknownErrorDetails,
                    AfterValidator(
                        unknown_tag(
                            "error_code",
                            [
                                "already_member",
                                "api_key_requester_unconfirmed",
                                "api_key_scope_missing",
                                "approval_required",
                                "authorization_check_unavailable",
                                "available_tools_limit_exceeded",
                                "bundle_attachment_not_supported",
                                "bundle_on_call",
                                "cannot_invite_emails_with_unverified_domains",
                                "cannot_remove_last_member",
                                "cannot_sign_out_managed_member",
                                "cannot_sign_out_membership_admin",
                                "cannot_sign_out_owner",
                                "cannot_sign_out_primary_owner",
                                "cannot_sign_out_privileged_member",
                                "cannot_sign_out_self",
                                "change_outcome_unknown",
                                "claude_code_key_creator_not_member",
                                "claude_code_version_too_old",
                                "claude_tag_writes_not_enabled",
                                "cmek_context_unavailable",
                                "cmek_feature_unsupported",
                                "cmek_key_disabled",
                                "cmek_key_network_blocked",
                                "cmek_key_unreachable",
                                "cmek_not_approved",
                                "compaction_block_ambiguous",
                                "compaction_block_misplaced",
                                "compaction_content_mismatch",
                                "compaction_incomplete_turn",
                                "compaction_nothing_to_summarize",
                                "compaction_signature_invalid",
                                "compaction_too_many_tool_references",
                                "compaction_tool_changes_mismatch",
                                "compaction_unavailable",
                                "compliance_configuration_restricted",
                                "concurrent_membership_change",
                                "contract_spend_limit_reached",
                                "email_domain_not_allowed",
                                "enforced_spend_limit_reached",
                                "environment_archived",
                                "environment_create_disabled",
                                "environment_not_found",
                                "environment_update_disabled",
                                "external_key_changed",
                                "external_key_in_workspace_policy",
                                "external_key_not_found",
                                "external_key_provider_mismatch",
                                "external_key_validation_failed",
                                "external_key_validation_timed_out",
                                "external_storage_in_use",
                                "external_storage_in_workspace_policy",
                                "external_storage_not_available",
                                "file_expired",
                                "file_not_downloadable",
                                "gcp_project_controlled_by_another_organization",
                                "gcp_project_not_verified",
                                "grant_required",
                                "heartbeat_precondition_failed",
                                "human_review_not_available",
                                "human_review_on_with_external_storage",
                                "image_dimensions_too_large",
                                "invalid_config_type_change",
                                "invalid_metadata",
                                "invalid_storage_arn",
                                "invite_already_exists",
                                "key_profile_mismatch",
                                "linked_organization_billing_unavailable",
                                "linked_organization_spend_limit_reached",
                                "org_api_key_limit_exceeded",
                                "org_member_limit_exceeded",
                                "organization_level_scoped_api_key_required",
                                "organization_not_eligible",
                                "organization_not_enrolled_in_beta",
                                "organization_on_hold",
                                "organization_type_not_supported",
                                "parent_organization_required",
                                "plugin_name_taken",
                                "provider_not_allowed",
                                "ramp_limit_exceeded",
                                "rbac_group_grants_owner_access",
                                "rbac_group_managed_settings_not_found",
                                "rbac_group_not_found",
                                "rbac_group_order_limit_exceeded",
                                "rbac_group_owner_access_unconfirmed",
                                "rbac_role_not_found",
                                "region_not_supported",
                                "registration_pending",
                                "report_page_too_large",
                                "request_body_encoding_invalid",
                                "request_body_encoding_unsupported",
                                "request_body_timeout",
                                "request_body_too_large_after_decoding",
                                "sandbox_egress_restricted",
                                "scan_failed",
                                "scan_pending",
                                "settings_document_limit_exceeded",
                                "settings_history_limit_exceeded",
                                "skill_name_taken",
                                "skill_read_blocked_undecryptable",
                                "slack_channel_set_up_environment_not_found",
                                "slack_channel_set_up_settings_conflict",
                                "slack_channel_set_up_settings_refused",
                                "spend_limits_admin_api_writes_not_enabled",
                                "storage_already_registered",
                                "storage_attach_limit_reached",
                                "storage_attached_during_archive",
                                "storage_changed_concurrently",
                                "storage_in_use",
                                "storage_not_approved",
                                "storage_not_attachable",
                                "storage_not_ready",
                                "storage_profile_mismatch",
                                "storage_profile_still_required",
                                "storage_quota_exceeded",
                                "storage_verification_failed",
                                "thread_already_continued",
                                "thread_continue_in_flight",
                                "thread_fingerprint_mismatch",
                                "thread_not_found",
                                "thread_unsupported_request",
                                "too_many_report_groups",
                                "tool_name_conflict",
                                "tool_reference_unresolved",
                                "transcripts_storage_required",
                                "unsupported_charset",
                                "unsupported_region",
                                "user_profile_billing_not_authorized",
                                "user_profile_cleared",
                                "user_profile_not_billable",
                                "user_profile_not_found",
                                "user_profile_required",
                                "workspace_api_key_limit_exceeded",
                                "workspace_changed_concurrently",
                                "workspace_created_incomplete",
                                "workspace_human_review_disabled",
                                "workspace_member_limit_exceeded",
                                "workspace_policy_violation",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ErrorDetails = lazy_union(
        "ErrorDetails",
        "error_code",
        {
            "claude_code_key_creator_not_member": ".claude_code_key_creator_not_member_error_details:ClaudeCodeKeyCreatorNotMemberErrorDetails",
            "claude_code_version_too_old": ".claude_code_version_too_old_error_details:ClaudeCodeVersionTooOldErrorDetails",
            "cmek_key_disabled": ".cmek_key_disabled_error_details:CMEKKeyDisabledErrorDetails",
            "cmek_key_network_blocked": ".cmek_key_network_blocked_error_details:CMEKKeyNetworkBlockedErrorDetails",
            "organization_on_hold": ".organization_on_hold_error_details:OrganizationOnHoldErrorDetails",
            "organization_type_not_supported": ".organization_type_not_supported_error_details:OrganizationTypeNotSupportedErrorDetails",
            "parent_organization_required": ".parent_organization_required_error_details:ParentOrganizationRequiredErrorDetails",
            "request_body_encoding_invalid": ".request_body_encoding_invalid_error_details:RequestBodyEncodingInvalidErrorDetails",
            "request_body_encoding_unsupported": ".request_body_encoding_unsupported_error_details:RequestBodyEncodingUnsupportedErrorDetails",
            "workspace_human_review_disabled": ".workspace_human_review_disabled_error_details:WorkspaceHumanReviewDisabledErrorDetails",
            "linked_organization_billing_unavailable": ".linked_organization_billing_unavailable_error_details:LinkedOrganizationBillingUnavailableErrorDetails",
            "linked_organization_spend_limit_reached": ".linked_organization_spend_limit_reached_error_details:LinkedOrganizationSpendLimitReachedErrorDetails",
            "sandbox_egress_restricted": ".sandbox_egress_restricted_error_details:SandboxEgressRestrictedErrorDetails",
            "request_body_too_large_after_decoding": ".request_body_too_large_after_decoding_error_details:RequestBodyTooLargeAfterDecodingErrorDetails",
            "contract_spend_limit_reached": ".contract_spend_limit_reached_error_details:ContractSpendLimitReachedErrorDetails",
            "enforced_spend_limit_reached": ".enforced_spend_limit_reached_error_details:EnforcedSpendLimitReachedErrorDetails",
            "ramp_limit_exceeded": ".ramp_limit_exceeded_error_details:RampLimitExceededErrorDetails",
            "cmek_context_unavailable": ".cmek_context_unavailable_error_details:CMEKContextUnavailableErrorDetails",
            "cmek_key_unreachable": ".cmek_key_unreachable_error_details:CMEKKeyUnreachableErrorDetails",
            "storage_not_ready": ".storage_not_ready_error_details:StorageNotReadyErrorDetails",
            "available_tools_limit_exceeded": ".available_tools_limit_exceeded_error_details:AvailableToolsLimitExceededErrorDetails",
            "compaction_block_ambiguous": ".compaction_block_ambiguous_error_details:CompactionBlockAmbiguousErrorDetails",
            "compaction_block_misplaced": ".compaction_block_misplaced_error_details:CompactionBlockMisplacedErrorDetails",
            "compaction_content_mismatch": ".compaction_content_mismatch_error_details:CompactionContentMismatchErrorDetails",
            "compaction_incomplete_turn": ".compaction_incomplete_turn_error_details:CompactionIncompleteTurnErrorDetails",
            "compaction_nothing_to_summarize": ".compaction_nothing_to_summarize_error_details:CompactionNothingToSummarizeErrorDetails",
            "compaction_signature_invalid": ".compaction_signature_invalid_error_details:CompactionSignatureInvalidErrorDetails",
            "compaction_too_many_tool_references": ".compaction_too_many_tool_references_error_details:CompactionTooManyToolReferencesErrorDetails",
            "compaction_tool_changes_mismatch": ".compaction_tool_changes_mismatch_error_details:CompactionToolChangesMismatchErrorDetails",
            "compaction_unavailable": ".compaction_unavailable_error_details:CompactionUnavailableErrorDetails",
            "image_dimensions_too_large": ".image_dimensions_too_large_error_details:ImageDimensionsTooLargeErrorDetails",
            "thread_already_continued": ".thread_already_continued_error_details:ThreadAlreadyContinuedErrorDetails",
            "thread_continue_in_flight": ".thread_continue_in_flight_error_details:ThreadContinueInFlightErrorDetails",
            "thread_fingerprint_mismatch": ".thread_fingerprint_mismatch_error_details:ThreadFingerprintMismatchErrorDetails",
            "thread_unsupported_request": ".thread_unsupported_request_error_details:ThreadUnsupportedRequestErrorDetails",
            "thread_not_found": ".thread_not_found_error_details:ThreadNotFoundErrorDetails",
            "tool_name_conflict": ".tool_name_conflict_error_details:ToolNameConflictErrorDetails",
            "tool_reference_unresolved": ".tool_reference_unresolved_error_details:ToolReferenceUnresolvedErrorDetails",
            "user_profile_required": ".user_profile_required_error_details:UserProfileRequiredErrorDetails",
            "user_profile_not_found": ".user_profile_not_found_error_details:UserProfileNotFoundErrorDetails",
            "user_profile_billing_not_authorized": ".user_profile_billing_not_authorized_error_details:UserProfileBillingNotAuthorizedErrorDetails",
            "user_profile_not_billable": ".user_profile_not_billable_error_details:UserProfileNotBillableErrorDetails",
            "skill_read_blocked_undecryptable": ".skill_read_blocked_undecryptable_error_details:SkillReadBlockedUndecryptableErrorDetails",
            "storage_quota_exceeded": ".storage_quota_exceeded_error_details:StorageQuotaExceededErrorDetails",
            "file_not_downloadable": ".file_not_downloadable_error_details:FileNotDownloadableErrorDetails",
            "file_expired": ".file_expired_error_details:FileExpiredErrorDetails",
            "api_key_requester_unconfirmed": ".api_key_requester_unconfirmed_error_details:APIKeyRequesterUnconfirmedErrorDetails",
            "cmek_not_approved": ".cmek_not_approved_error_details:CMEKNotApprovedErrorDetails",
            "external_key_not_found": ".external_key_not_found_error_details:ExternalKeyNotFoundErrorDetails",
            "external_key_provider_mismatch": ".external_key_provider_mismatch_error_details:ExternalKeyProviderMismatchErrorDetails",
            "gcp_project_controlled_by_another_organization": ".gcp_project_controlled_by_another_organization_error_details:GCPProjectControlledByAnotherOrganizationErrorDetails",
            "gcp_project_not_verified": ".gcp_project_not_verified_error_details:GCPProjectNotVerifiedErrorDetails",
            "organization_not_enrolled_in_beta": ".organization_not_enrolled_in_beta_error_details:OrganizationNotEnrolledInBetaErrorDetails",
            "region_not_supported": ".region_not_supported_error_details:RegionNotSupportedErrorDetails",
            "request_body_timeout": ".request_body_timeout_error_details:RequestBodyTimeoutErrorDetails",
            "storage_in_use": ".storage_in_use_error_details:StorageInUseErrorDetails",
            "storage_not_approved": ".storage_not_approved_error_details:StorageNotApprovedErrorDetails",
            "unsupported_charset": ".unsupported_charset_error_details:UnsupportedCharsetErrorDetails",
            "change_outcome_unknown": ".change_outcome_unknown_error_details:ChangeOutcomeUnknownErrorDetails",
            "concurrent_membership_change": ".concurrent_membership_change_error_details:ConcurrentMembershipChangeErrorDetails",
            "org_member_limit_exceeded": ".org_member_limit_exceeded_error_details:OrgMemberLimitExceededErrorDetails",
            "rbac_role_not_found": ".rbac_role_not_found_error_details:RBACRoleNotFoundErrorDetails",
            "approval_required": ".approval_required_error_details:ApprovalRequiredErrorDetails",
            "authorization_check_unavailable": ".authorization_check_unavailable_error_details:AuthorizationCheckUnavailableErrorDetails",
            "environment_archived": ".environment_archived_error_details:EnvironmentArchivedErrorDetails",
            "environment_create_disabled": ".environment_create_disabled_error_details:EnvironmentCreateDisabledErrorDetails",
            "environment_not_found": ".environment_not_found_error_details:EnvironmentNotFoundErrorDetails",
            "environment_update_disabled": ".environment_update_disabled_error_details:EnvironmentUpdateDisabledErrorDetails",
            "human_review_not_available": ".human_review_not_available_error_details:HumanReviewNotAvailableErrorDetails",
            "invalid_config_type_change": ".invalid_config_type_change_error_details:InvalidConfigTypeChangeErrorDetails",
            "invalid_metadata": ".invalid_metadata_error_details:InvalidMetadataErrorDetails",
            "organization_not_eligible": ".organization_not_eligible_error_details:OrganizationNotEligibleErrorDetails",
            "report_page_too_large": ".report_page_too_large_error_details:ReportPageTooLargeErrorDetails",
            "too_many_report_groups": ".too_many_report_groups_error_details:TooManyReportGroupsErrorDetails",
            "heartbeat_precondition_failed": ".heartbeat_precondition_failed_error_details:HeartbeatPreconditionFailedErrorDetails",
            "cmek_feature_unsupported": ".cmek_feature_unsupported_error_details:CMEKFeatureUnsupportedErrorDetails",
            "rbac_group_managed_settings_not_found": ".rbac_group_managed_settings_not_found_error_details:RBACGroupManagedSettingsNotFoundErrorDetails",
            "rbac_group_order_limit_exceeded": ".rbac_group_order_limit_exceeded_error_details:RBACGroupOrderLimitExceededErrorDetails",
            "settings_document_limit_exceeded": ".settings_document_limit_exceeded_error_details:SettingsDocumentLimitExceededErrorDetails",
            "settings_history_limit_exceeded": ".settings_history_limit_exceeded_error_details:SettingsHistoryLimitExceededErrorDetails",
            "claude_tag_writes_not_enabled": ".claude_tag_writes_not_enabled_error_details:ClaudeTagWritesNotEnabledErrorDetails",
            "plugin_name_taken": ".plugin_name_taken_error_details:PluginNameTakenErrorDetails",
            "cannot_sign_out_managed_member": ".cannot_sign_out_managed_member_error_details:CannotSignOutManagedMemberErrorDetails",
            "cannot_sign_out_membership_admin": ".cannot_sign_out_membership_admin_error_details:CannotSignOutMembershipAdminErrorDetails",
            "cannot_sign_out_owner": ".cannot_sign_out_owner_error_details:CannotSignOutOwnerErrorDetails",
            "cannot_sign_out_primary_owner": ".cannot_sign_out_primary_owner_error_details:CannotSignOutPrimaryOwnerErrorDetails",
            "cannot_sign_out_privileged_member": ".cannot_sign_out_privileged_member_error_details:CannotSignOutPrivilegedMemberErrorDetails",
            "cannot_sign_out_self": ".cannot_sign_out_self_error_details:CannotSignOutSelfErrorDetails",
            "spend_limits_admin_api_writes_not_enabled": ".spend_limits_admin_api_writes_not_enabled_error_details:SpendLimitsAdminAPIWritesNotEnabledErrorDetails",
            "api_key_scope_missing": ".api_key_scope_missing_error_details:APIKeyScopeMissingErrorDetails",
            "already_member": ".already_member_error_details:AlreadyMemberErrorDetails",
            "bundle_attachment_not_supported": ".bundle_attachment_not_supported_error_details:BundleAttachmentNotSupportedErrorDetails",
            "bundle_on_call": ".bundle_on_call_error_details:BundleOnCallErrorDetails",
            "cannot_invite_emails_with_unverified_domains": ".cannot_invite_emails_with_unverified_domains_error_details:CannotInviteEmailsWithUnverifiedDomainsErrorDetails",
            "cannot_remove_last_member": ".cannot_remove_last_member_error_details:CannotRemoveLastMemberErrorDetails",
            "compliance_configuration_restricted": ".compliance_configuration_restricted_error_details:ComplianceConfigurationRestrictedErrorDetails",
            "email_domain_not_allowed": ".email_domain_not_allowed_error_details:EmailDomainNotAllowedErrorDetails",
            "external_key_changed": ".external_key_changed_error_details:ExternalKeyChangedErrorDetails",
            "external_key_in_workspace_policy": ".external_key_in_workspace_policy_error_details:ExternalKeyInWorkspacePolicyErrorDetails",
            "external_key_validation_failed": ".external_key_validation_failed_error_details:ExternalKeyValidationFailedErrorDetails",
            "external_key_validation_timed_out": ".external_key_validation_timed_out_error_details:ExternalKeyValidationTimedOutErrorDetails",
            "external_storage_in_use": ".external_storage_in_use_error_details:ExternalStorageInUseErrorDetails",
            "external_storage_in_workspace_policy": ".external_storage_in_workspace_policy_error_details:ExternalStorageInWorkspacePolicyErrorDetails",
            "external_storage_not_available": ".external_storage_not_available_error_details:ExternalStorageNotAvailableErrorDetails",
            "grant_required": ".grant_required_error_details:GrantRequiredErrorDetails",
            "human_review_on_with_external_storage": ".human_review_on_with_external_storage_error_details:HumanReviewOnWithExternalStorageErrorDetails",
            "invalid_storage_arn": ".invalid_storage_arn_error_details:InvalidStorageARNErrorDetails",
            "invite_already_exists": ".invite_already_exists_error_details:InviteAlreadyExistsErrorDetails",
            "key_profile_mismatch": ".key_profile_mismatch_error_details:KeyProfileMismatchErrorDetails",
            "org_api_key_limit_exceeded": ".org_api_key_limit_exceeded_error_details:OrgAPIKeyLimitExceededErrorDetails",
            "organization_level_scoped_api_key_required": ".organization_level_scoped_api_key_required_error_details:OrganizationLevelScopedAPIKeyRequiredErrorDetails",
            "provider_not_allowed": ".provider_not_allowed_error_details:ProviderNotAllowedErrorDetails",
            "rbac_group_grants_owner_access": ".rbac_group_grants_owner_access_error_details:RBACGroupGrantsOwnerAccessErrorDetails",
            "rbac_group_not_found": ".rbac_group_not_found_error_details:RBACGroupNotFoundErrorDetails",
            "rbac_group_owner_access_unconfirmed": ".rbac_group_owner_access_unconfirmed_error_details:RBACGroupOwnerAccessUnconfirmedErrorDetails",
            "registration_pending": ".registration_pending_error_details:RegistrationPendingErrorDetails",
            "scan_failed": ".scan_failed_error_details:ScanFailedErrorDetails",
            "scan_pending": ".scan_pending_error_details:ScanPendingErrorDetails",
            "skill_name_taken": ".skill_name_taken_error_details:SkillNameTakenErrorDetails",
            "slack_channel_set_up_environment_not_found": ".slack_channel_set_up_environment_not_found_error_details:SlackChannelSetUpEnvironmentNotFoundErrorDetails",
            "slack_channel_set_up_settings_conflict": ".slack_channel_set_up_settings_conflict_error_details:SlackChannelSetUpSettingsConflictErrorDetails",
            "slack_channel_set_up_settings_refused": ".slack_channel_set_up_settings_refused_error_details:SlackChannelSetUpSettingsRefusedErrorDetails",
            "storage_already_registered": ".storage_already_registered_error_details:StorageAlreadyRegisteredErrorDetails",
            "storage_attach_limit_reached": ".storage_attach_limit_reached_error_details:StorageAttachLimitReachedErrorDetails",
            "storage_attached_during_archive": ".storage_attached_during_archive_error_details:StorageAttachedDuringArchiveErrorDetails",
            "storage_changed_concurrently": ".storage_changed_concurrently_error_details:StorageChangedConcurrentlyErrorDetails",
            "storage_not_attachable": ".storage_not_attachable_error_details:StorageNotAttachableErrorDetails",
            "storage_profile_mismatch": ".storage_profile_mismatch_error_details:StorageProfileMismatchErrorDetails",
            "storage_profile_still_required": ".storage_profile_still_required_error_details:StorageProfileStillRequiredErrorDetails",
            "storage_verification_failed": ".storage_verification_failed_error_details:StorageVerificationFailedErrorDetails",
            "transcripts_storage_required": ".transcripts_storage_required_error_details:TranscriptsStorageRequiredErrorDetails",
            "unsupported_region": ".unsupported_region_error_details:UnsupportedRegionErrorDetails",
            "user_profile_cleared": ".user_profile_cleared_error_details:UserProfileClearedErrorDetails",
            "workspace_api_key_limit_exceeded": ".workspace_api_key_limit_exceeded_error_details:WorkspaceAPIKeyLimitExceededErrorDetails",
            "workspace_changed_concurrently": ".workspace_changed_concurrently_error_details:WorkspaceChangedConcurrentlyErrorDetails",
            "workspace_created_incomplete": ".workspace_created_incomplete_error_details:WorkspaceCreatedIncompleteErrorDetails",
            "workspace_member_limit_exceeded": ".workspace_member_limit_exceeded_error_details:WorkspaceMemberLimitExceededErrorDetails",
            "workspace_policy_violation": ".workspace_policy_violation_error_details:WorkspacePolicyViolationErrorDetails",
        },
        ".unknown_error_details:UnknownErrorDetails",
        __package__,
    )
