# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
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
    from .contract_spend_limit_reached_error_details import (
        ContractSpendLimitReachedErrorDetails,
    )
    from .enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails,
    )
    from .file_expired_error_details import FileExpiredErrorDetails
    from .file_not_downloadable_error_details import FileNotDownloadableErrorDetails
    from .image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails,
    )
    from .linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails,
    )
    from .linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails,
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
    from .request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails,
    )
    from .request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails,
    )
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
    from .tool_name_conflict_error_details import ToolNameConflictErrorDetails
    from .tool_reference_unresolved_error_details import ToolReferenceUnresolvedErrorDetails
    from .unknown_error_details import UnknownErrorDetails
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
                                "available_tools_limit_exceeded",
                                "cannot_sign_out_managed_member",
                                "cannot_sign_out_membership_admin",
                                "cannot_sign_out_owner",
                                "cannot_sign_out_primary_owner",
                                "cannot_sign_out_privileged_member",
                                "cannot_sign_out_self",
                                "claude_code_key_creator_not_member",
                                "claude_code_version_too_old",
                                "claude_tag_writes_not_enabled",
                                "cmek_context_unavailable",
                                "cmek_feature_unsupported",
                                "cmek_key_disabled",
                                "cmek_key_network_blocked",
                                "cmek_key_unreachable",
                                "compaction_block_ambiguous",
                                "compaction_block_misplaced",
                                "compaction_content_mismatch",
                                "compaction_incomplete_turn",
                                "compaction_nothing_to_summarize",
                                "compaction_signature_invalid",
                                "compaction_too_many_tool_references",
                                "compaction_tool_changes_mismatch",
                                "compaction_unavailable",
                                "contract_spend_limit_reached",
                                "enforced_spend_limit_reached",
                                "file_expired",
                                "file_not_downloadable",
                                "image_dimensions_too_large",
                                "linked_organization_billing_unavailable",
                                "linked_organization_spend_limit_reached",
                                "organization_on_hold",
                                "organization_type_not_supported",
                                "parent_organization_required",
                                "plugin_name_taken",
                                "ramp_limit_exceeded",
                                "rbac_group_managed_settings_not_found",
                                "rbac_group_order_limit_exceeded",
                                "request_body_encoding_invalid",
                                "request_body_encoding_unsupported",
                                "request_body_too_large_after_decoding",
                                "sandbox_egress_restricted",
                                "settings_document_limit_exceeded",
                                "settings_history_limit_exceeded",
                                "skill_read_blocked_undecryptable",
                                "spend_limits_admin_api_writes_not_enabled",
                                "storage_not_ready",
                                "storage_quota_exceeded",
                                "thread_already_continued",
                                "thread_continue_in_flight",
                                "thread_fingerprint_mismatch",
                                "thread_not_found",
                                "thread_unsupported_request",
                                "tool_name_conflict",
                                "tool_reference_unresolved",
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
