# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .api_key_requester_unconfirmed_error_details import (
        APIKeyRequesterUnconfirmedErrorDetails,
    )
    from .approval_required_error_details import ApprovalRequiredErrorDetails
    from .authorization_check_unavailable_error_details import (
        AuthorizationCheckUnavailableErrorDetails,
    )
    from .available_tools_limit_exceeded_error_details import (
        AvailableToolsLimitExceededErrorDetails,
    )
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
    from .concurrent_membership_change_error_details import (
        ConcurrentMembershipChangeErrorDetails,
    )
    from .contract_spend_limit_reached_error_details import (
        ContractSpendLimitReachedErrorDetails,
    )
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
    from .external_key_not_found_error_details import ExternalKeyNotFoundErrorDetails
    from .external_key_provider_mismatch_error_details import (
        ExternalKeyProviderMismatchErrorDetails,
    )
    from .file_expired_error_details import FileExpiredErrorDetails
    from .file_not_downloadable_error_details import FileNotDownloadableErrorDetails
    from .gcp_project_controlled_by_another_organization_error_details import (
        GCPProjectControlledByAnotherOrganizationErrorDetails,
    )
    from .gcp_project_not_verified_error_details import GCPProjectNotVerifiedErrorDetails
    from .heartbeat_precondition_failed_error_details import (
        HeartbeatPreconditionFailedErrorDetails,
    )
    from .human_review_not_available_error_details import (
        HumanReviewNotAvailableErrorDetails,
    )
    from .image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails,
    )
    from .invalid_config_type_change_error_details import (
        InvalidConfigTypeChangeErrorDetails,
    )
    from .invalid_metadata_error_details import InvalidMetadataErrorDetails
    from .linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails,
    )
    from .linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from .org_member_limit_exceeded_error_details import OrgMemberLimitExceededErrorDetails
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
    from .ramp_limit_exceeded_error_details import RampLimitExceededErrorDetails
    from .rbac_group_managed_settings_not_found_error_details import (
        RBACGroupManagedSettingsNotFoundErrorDetails,
    )
    from .rbac_group_order_limit_exceeded_error_details import (
        RBACGroupOrderLimitExceededErrorDetails,
    )
    from .rbac_role_not_found_error_details import RBACRoleNotFoundErrorDetails
    from .region_not_supported_error_details import RegionNotSupportedErrorDetails
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
    from .settings_document_limit_exceeded_error_details import (
        SettingsDocumentLimitExceededErrorDetails,
    )
    from .settings_history_limit_exceeded_error_details import (
        SettingsHistoryLimitExceededErrorDetails,
    )
    from .skill_read_blocked_undecryptable_error_details import (
        SkillReadBlockedUndecryptableErrorDetails,
    )
    from .spend_limits_admin_api_writes_not_enabled_error_details import (
        SpendLimitsAdminAPIWritesNotEnabledErrorDetails,
    )
    from .storage_in_use_error_details import StorageInUseErrorDetails
    from .storage_not_approved_error_details import StorageNotApprovedErrorDetails
    from .storage_not_ready_error_details import StorageNotReadyErrorDetails
    from .storage_quota_exceeded_error_details import StorageQuotaExceededErrorDetails
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
    from .unknown_error_details import UnknownErrorDetails
    from .unsupported_charset_error_details import UnsupportedCharsetErrorDetails
    from .user_profile_billing_not_authorized_error_details import (
        UserProfileBillingNotAuthorizedErrorDetails,
    )
    from .user_profile_not_billable_error_details import UserProfileNotBillableErrorDetails
    from .user_profile_not_found_error_details import UserProfileNotFoundErrorDetails
    from .user_profile_required_error_details import UserProfileRequiredErrorDetails
    from .workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails,
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
                    ],
                    Field(discriminator="error_code"),
                ],
                Annotated[
                    UnknownErrorDetails,
                    AfterValidator(
                        unknown_tag(
                            "error_code",
                            [
                                "api_key_requester_unconfirmed",
                                "approval_required",
                                "authorization_check_unavailable",
                                "available_tools_limit_exceeded",
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
                                "concurrent_membership_change",
                                "contract_spend_limit_reached",
                                "enforced_spend_limit_reached",
                                "environment_archived",
                                "environment_create_disabled",
                                "environment_not_found",
                                "environment_update_disabled",
                                "external_key_not_found",
                                "external_key_provider_mismatch",
                                "file_expired",
                                "file_not_downloadable",
                                "gcp_project_controlled_by_another_organization",
                                "gcp_project_not_verified",
                                "heartbeat_precondition_failed",
                                "human_review_not_available",
                                "image_dimensions_too_large",
                                "invalid_config_type_change",
                                "invalid_metadata",
                                "linked_organization_billing_unavailable",
                                "linked_organization_spend_limit_reached",
                                "org_member_limit_exceeded",
                                "organization_not_eligible",
                                "organization_not_enrolled_in_beta",
                                "organization_on_hold",
                                "organization_type_not_supported",
                                "parent_organization_required",
                                "plugin_name_taken",
                                "ramp_limit_exceeded",
                                "rbac_group_managed_settings_not_found",
                                "rbac_group_order_limit_exceeded",
                                "rbac_role_not_found",
                                "region_not_supported",
                                "report_page_too_large",
                                "request_body_encoding_invalid",
                                "request_body_encoding_unsupported",
                                "request_body_timeout",
                                "request_body_too_large_after_decoding",
                                "sandbox_egress_restricted",
                                "settings_document_limit_exceeded",
                                "settings_history_limit_exceeded",
                                "skill_read_blocked_undecryptable",
                                "spend_limits_admin_api_writes_not_enabled",
                                "storage_in_use",
                                "storage_not_approved",
                                "storage_not_ready",
                                "storage_quota_exceeded",
                                "thread_already_continued",
                                "thread_continue_in_flight",
                                "thread_fingerprint_mismatch",
                                "thread_not_found",
                                "thread_unsupported_request",
                                "too_many_report_groups",
                                "tool_name_conflict",
                                "tool_reference_unresolved",
                                "unsupported_charset",
                                "user_profile_billing_not_authorized",
                                "user_profile_not_billable",
                                "user_profile_not_found",
                                "user_profile_required",
                                "workspace_human_review_disabled",
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
        },
        ".unknown_error_details:UnknownErrorDetails",
        __package__,
    )
