# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._error_classes import BetaAPIKeyScopeMissingError as BetaAPIKeyScopeMissingError
    from ...._error_classes import (
        BetaBundleAttachmentNotSupportedError as BetaBundleAttachmentNotSupportedError,
    )
    from ...._error_classes import BetaBundleOnCallError as BetaBundleOnCallError
    from ...._error_classes import (
        BetaComplianceConfigurationRestrictedError as BetaComplianceConfigurationRestrictedError,
    )
    from ...._error_classes import BetaExternalStorageInUseError as BetaExternalStorageInUseError
    from ...._error_classes import (
        BetaExternalStorageInWorkspacePolicyError as BetaExternalStorageInWorkspacePolicyError,
    )
    from ...._error_classes import (
        BetaExternalStorageNotAvailableError as BetaExternalStorageNotAvailableError,
    )
    from ...._error_classes import BetaGrantRequiredError as BetaGrantRequiredError
    from ...._error_classes import (
        BetaHumanReviewOnWithExternalStorageError as BetaHumanReviewOnWithExternalStorageError,
    )
    from ...._error_classes import BetaInvalidStorageARNError as BetaInvalidStorageARNError
    from ...._error_classes import (
        BetaOrganizationLevelScopedAPIKeyRequiredError as BetaOrganizationLevelScopedAPIKeyRequiredError,
    )
    from ...._error_classes import BetaProviderNotAllowedError as BetaProviderNotAllowedError
    from ...._error_classes import BetaRBACGroupNotFoundError as BetaRBACGroupNotFoundError
    from ...._error_classes import BetaRegistrationPendingError as BetaRegistrationPendingError
    from ...._error_classes import BetaScanFailedError as BetaScanFailedError
    from ...._error_classes import BetaScanPendingError as BetaScanPendingError
    from ...._error_classes import BetaSkillNameTakenError as BetaSkillNameTakenError
    from ...._error_classes import (
        BetaSlackChannelSetUpEnvironmentNotFoundError as BetaSlackChannelSetUpEnvironmentNotFoundError,
    )
    from ...._error_classes import (
        BetaSlackChannelSetUpSettingsConflictError as BetaSlackChannelSetUpSettingsConflictError,
    )
    from ...._error_classes import (
        BetaSlackChannelSetUpSettingsRefusedError as BetaSlackChannelSetUpSettingsRefusedError,
    )
    from ...._error_classes import (
        BetaStorageAlreadyRegisteredError as BetaStorageAlreadyRegisteredError,
    )
    from ...._error_classes import (
        BetaStorageAttachLimitReachedError as BetaStorageAttachLimitReachedError,
    )
    from ...._error_classes import (
        BetaStorageChangedConcurrentlyError as BetaStorageChangedConcurrentlyError,
    )
    from ...._error_classes import BetaStorageNotAttachableError as BetaStorageNotAttachableError
    from ...._error_classes import (
        BetaStorageProfileStillRequiredError as BetaStorageProfileStillRequiredError,
    )
    from ...._error_classes import (
        BetaStorageVerificationFailedError as BetaStorageVerificationFailedError,
    )
    from ...._error_classes import (
        BetaTranscriptsStorageRequiredError as BetaTranscriptsStorageRequiredError,
    )
    from ...._error_classes import BetaUnsupportedRegionError as BetaUnsupportedRegionError
    from ...._error_classes import (
        BetaWorkspaceChangedConcurrentlyError as BetaWorkspaceChangedConcurrentlyError,
    )
    from ...._error_classes import (
        CannotSignOutManagedMemberError as BetaCannotSignOutManagedMemberError,
    )
    from ...._error_classes import (
        CannotSignOutMembershipAdminError as BetaCannotSignOutMembershipAdminError,
    )
    from ...._error_classes import CannotSignOutOwnerError as BetaCannotSignOutOwnerError
    from ...._error_classes import (
        CannotSignOutPrimaryOwnerError as BetaCannotSignOutPrimaryOwnerError,
    )
    from ...._error_classes import (
        CannotSignOutPrivilegedMemberError as BetaCannotSignOutPrivilegedMemberError,
    )
    from ...._error_classes import CannotSignOutSelfError as BetaCannotSignOutSelfError
    from ...._error_classes import (
        ClaudeTagWritesNotEnabledError as BetaClaudeTagWritesNotEnabledError,
    )
    from ...._error_classes import PluginNameTakenError as BetaPluginNameTakenError
    from ...._error_classes import (
        SpendLimitsAdminAPIWritesNotEnabledError as BetaSpendLimitsAdminAPIWritesNotEnabledError,
    )
    from ..._models.access_transparency import AccessTransparency as BetaAccessTransparency
    from ..._models.active_external_storage_status import (
        ActiveExternalStorageStatus as BetaActiveExternalStorageStatus,
    )
    from ..._models.allowed_inference_geo import AllowedInferenceGeo as BetaAllowedInferenceGeo
    from ..._models.analytics_actor import AnalyticsActor as BetaAnalyticsActor
    from ..._models.analytics_actor_type import AnalyticsActorType as BetaAnalyticsActorType
    from ..._models.analytics_api_actor import AnalyticsAPIActor as BetaAnalyticsAPIActor
    from ..._models.analytics_artifact_activity import (
        AnalyticsArtifactActivity as BetaAnalyticsArtifactActivity,
    )
    from ..._models.analytics_chat_cowork_unified_chat_metrics import (
        AnalyticsChatCoworkUnifiedChatMetrics as BetaAnalyticsChatCoworkUnifiedChatMetrics,
    )
    from ..._models.analytics_chat_cowork_unified_metrics import (
        AnalyticsChatCoworkUnifiedMetrics as BetaAnalyticsChatCoworkUnifiedMetrics,
    )
    from ..._models.analytics_chat_cowork_unified_sessions_metrics import (
        AnalyticsChatCoworkUnifiedSessionsMetrics as BetaAnalyticsChatCoworkUnifiedSessionsMetrics,
    )
    from ..._models.analytics_chat_metrics import AnalyticsChatMetrics as BetaAnalyticsChatMetrics
    from ..._models.analytics_claude_code_metrics import (
        AnalyticsClaudeCodeMetrics as BetaAnalyticsClaudeCodeMetrics,
    )
    from ..._models.analytics_claude_tag_category import (
        AnalyticsClaudeTagCategory as BetaAnalyticsClaudeTagCategory,
    )
    from ..._models.analytics_claude_tag_metrics import (
        AnalyticsClaudeTagMetrics as BetaAnalyticsClaudeTagMetrics,
    )
    from ..._models.analytics_connector_activity import (
        AnalyticsConnectorActivity as BetaAnalyticsConnectorActivity,
    )
    from ..._models.analytics_connector_chat_cowork_unified_chat_metrics import (
        AnalyticsConnectorChatCoworkUnifiedChatMetrics as BetaAnalyticsConnectorChatCoworkUnifiedChatMetrics,
    )
    from ..._models.analytics_connector_chat_cowork_unified_metrics import (
        AnalyticsConnectorChatCoworkUnifiedMetrics as BetaAnalyticsConnectorChatCoworkUnifiedMetrics,
    )
    from ..._models.analytics_connector_chat_cowork_unified_sessions_metrics import (
        AnalyticsConnectorChatCoworkUnifiedSessionsMetrics as BetaAnalyticsConnectorChatCoworkUnifiedSessionsMetrics,
    )
    from ..._models.analytics_connector_chat_metrics import (
        AnalyticsConnectorChatMetrics as BetaAnalyticsConnectorChatMetrics,
    )
    from ..._models.analytics_connector_claude_code_metrics import (
        AnalyticsConnectorClaudeCodeMetrics as BetaAnalyticsConnectorClaudeCodeMetrics,
    )
    from ..._models.analytics_connector_cowork_metrics import (
        AnalyticsConnectorCoworkMetrics as BetaAnalyticsConnectorCoworkMetrics,
    )
    from ..._models.analytics_connector_office_metrics import (
        AnalyticsConnectorOfficeMetrics as BetaAnalyticsConnectorOfficeMetrics,
    )
    from ..._models.analytics_connector_office_product_metrics import (
        AnalyticsConnectorOfficeProductMetrics as BetaAnalyticsConnectorOfficeProductMetrics,
    )
    from ..._models.analytics_context_window import (
        AnalyticsContextWindow as BetaAnalyticsContextWindow,
    )
    from ..._models.analytics_core_code_metrics import (
        AnalyticsCoreCodeMetrics as BetaAnalyticsCoreCodeMetrics,
    )
    from ..._models.analytics_cost_bucketed_result import (
        AnalyticsCostBucketedResult as BetaAnalyticsCostBucketedResult,
    )
    from ..._models.analytics_cost_report_time_bucket import (
        AnalyticsCostReportTimeBucket as BetaAnalyticsCostReportTimeBucket,
    )
    from ..._models.analytics_cost_type import AnalyticsCostType as BetaAnalyticsCostType
    from ..._models.analytics_cost_users_item import (
        AnalyticsCostUsersItem as BetaAnalyticsCostUsersItem,
    )
    from ..._models.analytics_cowork_metrics import (
        AnalyticsCoworkMetrics as BetaAnalyticsCoworkMetrics,
    )
    from ..._models.analytics_design_metrics import (
        AnalyticsDesignMetrics as BetaAnalyticsDesignMetrics,
    )
    from ..._models.analytics_federated_actor import (
        AnalyticsFederatedActor as BetaAnalyticsFederatedActor,
    )
    from ..._models.analytics_federated_actor_aws_provider import (
        AnalyticsFederatedActorAWSProvider as BetaAnalyticsFederatedActorAWSProvider,
    )
    from ..._models.analytics_federated_actor_azure_provider import (
        AnalyticsFederatedActorAzureProvider as BetaAnalyticsFederatedActorAzureProvider,
    )
    from ..._models.analytics_federated_actor_gcp_provider import (
        AnalyticsFederatedActorGCPProvider as BetaAnalyticsFederatedActorGCPProvider,
    )
    from ..._models.analytics_federated_actor_oidc_provider import (
        AnalyticsFederatedActorOIDCProvider as BetaAnalyticsFederatedActorOIDCProvider,
    )
    from ..._models.analytics_federated_actor_provider import (
        AnalyticsFederatedActorProvider as BetaAnalyticsFederatedActorProvider,
    )
    from ..._models.analytics_grouped_cost_type import (
        AnalyticsGroupedCostType as BetaAnalyticsGroupedCostType,
    )
    from ..._models.analytics_lines_of_code import AnalyticsLinesOfCode as BetaAnalyticsLinesOfCode
    from ..._models.analytics_office_metrics import (
        AnalyticsOfficeMetrics as BetaAnalyticsOfficeMetrics,
    )
    from ..._models.analytics_office_product_metrics import (
        AnalyticsOfficeProductMetrics as BetaAnalyticsOfficeProductMetrics,
    )
    from ..._models.analytics_plugin_activity import (
        AnalyticsPluginActivity as BetaAnalyticsPluginActivity,
    )
    from ..._models.analytics_plugin_chat_cowork_unified_metrics import (
        AnalyticsPluginChatCoworkUnifiedMetrics as BetaAnalyticsPluginChatCoworkUnifiedMetrics,
    )
    from ..._models.analytics_plugin_claude_code_metrics import (
        AnalyticsPluginClaudeCodeMetrics as BetaAnalyticsPluginClaudeCodeMetrics,
    )
    from ..._models.analytics_plugin_cowork_metrics import (
        AnalyticsPluginCoworkMetrics as BetaAnalyticsPluginCoworkMetrics,
    )
    from ..._models.analytics_project_activity import (
        AnalyticsProjectActivity as BetaAnalyticsProjectActivity,
    )
    from ..._models.analytics_report_user_actor import (
        AnalyticsReportUserActor as BetaAnalyticsReportUserActor,
    )
    from ..._models.analytics_science_metrics import (
        AnalyticsScienceMetrics as BetaAnalyticsScienceMetrics,
    )
    from ..._models.analytics_server_tool_use import (
        AnalyticsServerToolUse as BetaAnalyticsServerToolUse,
    )
    from ..._models.analytics_service_account_actor import (
        AnalyticsServiceAccountActor as BetaAnalyticsServiceAccountActor,
    )
    from ..._models.analytics_service_tier import AnalyticsServiceTier as BetaAnalyticsServiceTier
    from ..._models.analytics_single_day_activity_summary import (
        AnalyticsSingleDayActivitySummary as BetaAnalyticsSingleDayActivitySummary,
    )
    from ..._models.analytics_skill_activity import (
        AnalyticsSkillActivity as BetaAnalyticsSkillActivity,
    )
    from ..._models.analytics_skill_chat_cowork_unified_chat_metrics import (
        AnalyticsSkillChatCoworkUnifiedChatMetrics as BetaAnalyticsSkillChatCoworkUnifiedChatMetrics,
    )
    from ..._models.analytics_skill_chat_cowork_unified_metrics import (
        AnalyticsSkillChatCoworkUnifiedMetrics as BetaAnalyticsSkillChatCoworkUnifiedMetrics,
    )
    from ..._models.analytics_skill_chat_cowork_unified_sessions_metrics import (
        AnalyticsSkillChatCoworkUnifiedSessionsMetrics as BetaAnalyticsSkillChatCoworkUnifiedSessionsMetrics,
    )
    from ..._models.analytics_skill_chat_metrics import (
        AnalyticsSkillChatMetrics as BetaAnalyticsSkillChatMetrics,
    )
    from ..._models.analytics_skill_claude_code_metrics import (
        AnalyticsSkillClaudeCodeMetrics as BetaAnalyticsSkillClaudeCodeMetrics,
    )
    from ..._models.analytics_skill_cowork_metrics import (
        AnalyticsSkillCoworkMetrics as BetaAnalyticsSkillCoworkMetrics,
    )
    from ..._models.analytics_skill_office_metrics import (
        AnalyticsSkillOfficeMetrics as BetaAnalyticsSkillOfficeMetrics,
    )
    from ..._models.analytics_skill_office_product_metrics import (
        AnalyticsSkillOfficeProductMetrics as BetaAnalyticsSkillOfficeProductMetrics,
    )
    from ..._models.analytics_speed import AnalyticsSpeed as BetaAnalyticsSpeed
    from ..._models.analytics_token_type import AnalyticsTokenType as BetaAnalyticsTokenType
    from ..._models.analytics_tool_action_counts import (
        AnalyticsToolActionCounts as BetaAnalyticsToolActionCounts,
    )
    from ..._models.analytics_tool_actions import AnalyticsToolActions as BetaAnalyticsToolActions
    from ..._models.analytics_usage_bucketed_result import (
        AnalyticsUsageBucketedResult as BetaAnalyticsUsageBucketedResult,
    )
    from ..._models.analytics_usage_cost_inference_geo import (
        AnalyticsUsageCostInferenceGeo as BetaAnalyticsUsageCostInferenceGeo,
    )
    from ..._models.analytics_usage_report_time_bucket import (
        AnalyticsUsageReportTimeBucket as BetaAnalyticsUsageReportTimeBucket,
    )
    from ..._models.analytics_usage_users_item import (
        AnalyticsUsageUsersItem as BetaAnalyticsUsageUsersItem,
    )
    from ..._models.analytics_user import AnalyticsUser as BetaAnalyticsUser
    from ..._models.analytics_user_activity import (
        AnalyticsUserActivity as BetaAnalyticsUserActivity,
    )
    from ..._models.analytics_user_actor import AnalyticsUserActor as BetaAnalyticsUserActor
    from ..._models.anthropic_human_review import AnthropicHumanReview as BetaAnthropicHumanReview
    from ..._models.api_key import APIKey as BetaAPIKey
    from ..._models.api_key_created_by import APIKeyCreatedBy as BetaAPIKeyCreatedBy
    from ..._models.api_key_organization_scope import (
        APIKeyOrganizationScope as BetaAPIKeyOrganizationScope,
    )
    from ..._models.api_key_scope_missing_error_details import (
        APIKeyScopeMissingErrorDetails as BetaAPIKeyScopeMissingErrorDetails,
    )
    from ..._models.api_key_service_account_actor import (
        APIKeyServiceAccountActor as BetaAPIKeyServiceAccountActor,
    )
    from ..._models.api_key_user_actor import APIKeyUserActor as BetaAPIKeyUserActor
    from ..._models.api_key_workspace_scope import APIKeyWorkspaceScope as BetaAPIKeyWorkspaceScope
    from ..._models.available_external_storage_status import (
        AvailableExternalStorageStatus as BetaAvailableExternalStorageStatus,
    )
    from ..._models.aws_external_key_config import AWSExternalKeyConfig as BetaAWSExternalKeyConfig
    from ..._models.aws_external_storage_config import (
        AWSExternalStorageConfig as BetaAWSExternalStorageConfig,
    )
    from ..._models.azure_external_key_config import (
        AzureExternalKeyConfig as BetaAzureExternalKeyConfig,
    )
    from ..._models.bundle_attachment_not_supported_error_details import (
        BundleAttachmentNotSupportedErrorDetails as BetaBundleAttachmentNotSupportedErrorDetails,
    )
    from ..._models.bundle_on_call_error_details import (
        BundleOnCallErrorDetails as BetaBundleOnCallErrorDetails,
    )
    from ..._models.cannot_sign_out_managed_member_error_details import (
        CannotSignOutManagedMemberErrorDetails as BetaCannotSignOutManagedMemberErrorDetails,
    )
    from ..._models.cannot_sign_out_membership_admin_error_details import (
        CannotSignOutMembershipAdminErrorDetails as BetaCannotSignOutMembershipAdminErrorDetails,
    )
    from ..._models.cannot_sign_out_owner_error_details import (
        CannotSignOutOwnerErrorDetails as BetaCannotSignOutOwnerErrorDetails,
    )
    from ..._models.cannot_sign_out_primary_owner_error_details import (
        CannotSignOutPrimaryOwnerErrorDetails as BetaCannotSignOutPrimaryOwnerErrorDetails,
    )
    from ..._models.cannot_sign_out_privileged_member_error_details import (
        CannotSignOutPrivilegedMemberErrorDetails as BetaCannotSignOutPrivilegedMemberErrorDetails,
    )
    from ..._models.cannot_sign_out_self_error_details import (
        CannotSignOutSelfErrorDetails as BetaCannotSignOutSelfErrorDetails,
    )
    from ..._models.claude_tag_default_setting_source import (
        ClaudeTagDefaultSettingSource as BetaClaudeTagDefaultSettingSource,
    )
    from ..._models.claude_tag_guest_policy import ClaudeTagGuestPolicy as BetaClaudeTagGuestPolicy
    from ..._models.claude_tag_guest_policy_allow import (
        ClaudeTagGuestPolicyAllow as BetaClaudeTagGuestPolicyAllow,
    )
    from ..._models.claude_tag_guest_policy_channel_only import (
        ClaudeTagGuestPolicyChannelOnly as BetaClaudeTagGuestPolicyChannelOnly,
    )
    from ..._models.claude_tag_guest_policy_restrict import (
        ClaudeTagGuestPolicyRestrict as BetaClaudeTagGuestPolicyRestrict,
    )
    from ..._models.claude_tag_reply_mode import ClaudeTagReplyMode as BetaClaudeTagReplyMode
    from ..._models.claude_tag_reply_mode_always_awake import (
        ClaudeTagReplyModeAlwaysAwake as BetaClaudeTagReplyModeAlwaysAwake,
    )
    from ..._models.claude_tag_reply_mode_automatic import (
        ClaudeTagReplyModeAutomatic as BetaClaudeTagReplyModeAutomatic,
    )
    from ..._models.claude_tag_reply_mode_mention_only import (
        ClaudeTagReplyModeMentionOnly as BetaClaudeTagReplyModeMentionOnly,
    )
    from ..._models.claude_tag_reply_mode_thread import (
        ClaudeTagReplyModeThread as BetaClaudeTagReplyModeThread,
    )
    from ..._models.claude_tag_setting_source import (
        ClaudeTagSettingSource as BetaClaudeTagSettingSource,
    )
    from ..._models.claude_tag_setting_sources import (
        ClaudeTagSettingSources as BetaClaudeTagSettingSources,
    )
    from ..._models.claude_tag_settings import ClaudeTagSettings as BetaClaudeTagSettings
    from ..._models.claude_tag_slack_channel_identifiers import (
        ClaudeTagSlackChannelIdentifiers as BetaClaudeTagSlackChannelIdentifiers,
    )
    from ..._models.claude_tag_slack_channel_setting_source import (
        ClaudeTagSlackChannelSettingSource as BetaClaudeTagSlackChannelSettingSource,
    )
    from ..._models.claude_tag_slack_default_setting_source import (
        ClaudeTagSlackDefaultSettingSource as BetaClaudeTagSlackDefaultSettingSource,
    )
    from ..._models.claude_tag_slack_grid_channel_setting_source import (
        ClaudeTagSlackGridChannelSettingSource as BetaClaudeTagSlackGridChannelSettingSource,
    )
    from ..._models.claude_tag_slack_parent_channel_setting_source import (
        ClaudeTagSlackParentChannelSettingSource as BetaClaudeTagSlackParentChannelSettingSource,
    )
    from ..._models.claude_tag_slack_workspace_identifiers import (
        ClaudeTagSlackWorkspaceIdentifiers as BetaClaudeTagSlackWorkspaceIdentifiers,
    )
    from ..._models.claude_tag_slack_workspace_setting_source import (
        ClaudeTagSlackWorkspaceSettingSource as BetaClaudeTagSlackWorkspaceSettingSource,
    )
    from ..._models.claude_tag_writes_not_enabled_error_details import (
        ClaudeTagWritesNotEnabledErrorDetails as BetaClaudeTagWritesNotEnabledErrorDetails,
    )
    from ..._models.compliance_configuration_restricted_error_details import (
        ComplianceConfigurationRestrictedErrorDetails as BetaComplianceConfigurationRestrictedErrorDetails,
    )
    from ..._models.compliance_settings_state import (
        ComplianceSettingsState as BetaComplianceSettingsState,
    )
    from ..._models.compliance_settings_state_disabled import (
        ComplianceSettingsStateDisabled as BetaComplianceSettingsStateDisabled,
    )
    from ..._models.compliance_settings_state_enabled import (
        ComplianceSettingsStateEnabled as BetaComplianceSettingsStateEnabled,
    )
    from ..._models.data_residency import DataResidency as BetaDataResidency
    from ..._models.deleted_external_storage import (
        DeletedExternalStorage as BetaDeletedExternalStorage,
    )
    from ..._models.deleted_organization_webhook_endpoint import (
        DeletedOrganizationWebhookEndpoint as BetaDeletedOrganizationWebhookEndpoint,
    )
    from ..._models.deleted_plugin import DeletedPlugin as BetaDeletedPlugin
    from ..._models.deleted_rbac_group import DeletedRBACGroup as BetaDeletedRBACGroup
    from ..._models.deleted_telemetry_destination import (
        DeletedTelemetryDestination as BetaDeletedTelemetryDestination,
    )
    from ..._models.draining_external_storage_status import (
        DrainingExternalStorageStatus as BetaDrainingExternalStorageStatus,
    )
    from ..._models.external_key import ExternalKey as BetaExternalKey
    from ..._models.external_key_attached_attachment import (
        ExternalKeyAttachedAttachment as BetaExternalKeyAttachedAttachment,
    )
    from ..._models.external_key_delete_response import (
        ExternalKeyDeleteResponse as ExternalKeyDeleteResponse,
    )
    from ..._models.external_key_unattached_attachment import (
        ExternalKeyUnattachedAttachment as BetaExternalKeyUnattachedAttachment,
    )
    from ..._models.external_key_validate_response import (
        ExternalKeyValidateResponse as ExternalKeyValidateResponse,
    )
    from ..._models.external_storage import ExternalStorage as BetaExternalStorage
    from ..._models.external_storage_failed_check import (
        ExternalStorageFailedCheck as BetaExternalStorageFailedCheck,
    )
    from ..._models.external_storage_in_use_error_details import (
        ExternalStorageInUseErrorDetails as BetaExternalStorageInUseErrorDetails,
    )
    from ..._models.external_storage_in_workspace_policy_error_details import (
        ExternalStorageInWorkspacePolicyErrorDetails as BetaExternalStorageInWorkspacePolicyErrorDetails,
    )
    from ..._models.external_storage_member import (
        ExternalStorageMember as BetaExternalStorageMember,
    )
    from ..._models.external_storage_not_available_error_details import (
        ExternalStorageNotAvailableErrorDetails as BetaExternalStorageNotAvailableErrorDetails,
    )
    from ..._models.gcp_external_key_config import GCPExternalKeyConfig as BetaGCPExternalKeyConfig
    from ..._models.gcp_external_storage_config import (
        GCPExternalStorageConfig as BetaGCPExternalStorageConfig,
    )
    from ..._models.grant_required_error_details import (
        GrantRequiredErrorDetails as BetaGrantRequiredErrorDetails,
    )
    from ..._models.human_review_on_with_external_storage_error_details import (
        HumanReviewOnWithExternalStorageErrorDetails as BetaHumanReviewOnWithExternalStorageErrorDetails,
    )
    from ..._models.inference_data_privacy import InferenceDataPrivacy as BetaInferenceDataPrivacy
    from ..._models.internal_storage import InternalStorage as BetaInternalStorage
    from ..._models.invalid_storage_arn_error_details import (
        InvalidStorageARNErrorDetails as BetaInvalidStorageARNErrorDetails,
    )
    from ..._models.invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from ..._models.new_organization_webhook_endpoint import (
        NewOrganizationWebhookEndpoint as BetaNewOrganizationWebhookEndpoint,
    )
    from ..._models.organization_compliance_settings import (
        OrganizationComplianceSettings as BetaComplianceSettings,
    )
    from ..._models.organization_invite import OrganizationInvite as BetaOrganizationInvite
    from ..._models.organization_level_scoped_api_key_required_error_details import (
        OrganizationLevelScopedAPIKeyRequiredErrorDetails as BetaOrganizationLevelScopedAPIKeyRequiredErrorDetails,
    )
    from ..._models.organization_rate_limit import (
        OrganizationRateLimit as BetaOrganizationRateLimit,
    )
    from ..._models.organization_rate_limit_batch_group import (
        OrganizationRateLimitBatchGroup as BetaOrganizationRateLimitBatchGroup,
    )
    from ..._models.organization_rate_limit_files_group import (
        OrganizationRateLimitFilesGroup as BetaOrganizationRateLimitFilesGroup,
    )
    from ..._models.organization_rate_limit_model_group import (
        OrganizationRateLimitModelGroup as BetaOrganizationRateLimitModelGroup,
    )
    from ..._models.organization_rate_limit_skills_group import (
        OrganizationRateLimitSkillsGroup as BetaOrganizationRateLimitSkillsGroup,
    )
    from ..._models.organization_rate_limit_token_count_group import (
        OrganizationRateLimitTokenCountGroup as BetaOrganizationRateLimitTokenCountGroup,
    )
    from ..._models.organization_rate_limit_value import (
        OrganizationRateLimitValue as BetaOrganizationRateLimitValue,
    )
    from ..._models.organization_rate_limit_web_search_group import (
        OrganizationRateLimitWebSearchGroup as BetaOrganizationRateLimitWebSearchGroup,
    )
    from ..._models.organization_user import OrganizationUser as BetaOrganizationUser
    from ..._models.organization_webhook_endpoint import (
        OrganizationWebhookEndpoint as BetaOrganizationWebhookEndpoint,
    )
    from ..._models.organization_webhook_endpoint_signing_secret import (
        OrganizationWebhookEndpointSigningSecret as BetaOrganizationWebhookEndpointSigningSecret,
    )
    from ..._models.organization_webhook_endpoint_state import (
        OrganizationWebhookEndpointState as BetaOrganizationWebhookEndpointState,
    )
    from ..._models.pending_configuration_external_storage_status import (
        PendingConfigurationExternalStorageStatus as BetaPendingConfigurationExternalStorageStatus,
    )
    from ..._models.plugin import Plugin as BetaPlugin
    from ..._models.plugin_api_actor import PluginAPIActor as BetaPluginAPIActor
    from ..._models.plugin_component import PluginComponent as BetaPluginComponent
    from ..._models.plugin_content_scan import PluginContentScan as BetaPluginContentScan
    from ..._models.plugin_marketplace import PluginMarketplace as BetaPluginMarketplace
    from ..._models.plugin_marketplace_validation_plugin_error_object import (
        PluginMarketplaceValidationPluginErrorObject as BetaPluginMarketplaceValidationPluginError,
    )
    from ..._models.plugin_marketplace_validation_plugin_error_object import (
        PluginMarketplaceValidationPluginErrorObject as BetaPluginMarketplaceValidationPluginErrorObject,
    )
    from ..._models.plugin_marketplace_validation_plugin_warning import (
        PluginMarketplaceValidationPluginWarning as BetaPluginMarketplaceValidationPluginWarning,
    )
    from ..._models.plugin_marketplace_validation_plugin_warnings import (
        PluginMarketplaceValidationPluginWarnings as BetaPluginMarketplaceValidationPluginWarnings,
    )
    from ..._models.plugin_marketplace_validation_report import (
        PluginMarketplaceValidationReport as BetaPluginMarketplaceValidationReport,
    )
    from ..._models.plugin_name_taken_error_details import (
        PluginNameTakenErrorDetails as BetaPluginNameTakenErrorDetails,
    )
    from ..._models.plugin_owner_organization import (
        PluginOwnerOrganization as BetaPluginOwnerOrganization,
    )
    from ..._models.plugin_owner_user import PluginOwnerUser as BetaPluginOwnerUser
    from ..._models.plugin_target_organization import (
        PluginTargetOrganization as BetaPluginTargetOrganization,
    )
    from ..._models.plugin_target_organization_member import (
        PluginTargetOrganizationMember as BetaPluginTargetOrganizationMember,
    )
    from ..._models.plugin_target_rbac_group import (
        PluginTargetRBACGroup as BetaPluginTargetRBACGroup,
    )
    from ..._models.plugin_user_actor import PluginUserActor as BetaPluginUserActor
    from ..._models.provider_not_allowed_error_details import (
        ProviderNotAllowedErrorDetails as BetaProviderNotAllowedErrorDetails,
    )
    from ..._models.rbac_group import RBACGroup as BetaRBACGroup
    from ..._models.rbac_group_not_found_error_details import (
        RBACGroupNotFoundErrorDetails as BetaRBACGroupNotFoundErrorDetails,
    )
    from ..._models.rbac_role import RBACRole as BetaRBACRole
    from ..._models.rbac_role_source import RBACRoleSource as BetaRBACRoleSource
    from ..._models.rbac_role_source_built_in import (
        RBACRoleSourceBuiltIn as BetaRBACRoleSourceBuiltIn,
    )
    from ..._models.rbac_role_source_custom import RBACRoleSourceCustom as BetaRBACRoleSourceCustom
    from ..._models.registration_pending_error_details import (
        RegistrationPendingErrorDetails as BetaRegistrationPendingErrorDetails,
    )
    from ..._models.scan_failed_error_details import (
        ScanFailedErrorDetails as BetaScanFailedErrorDetails,
    )
    from ..._models.scan_pending_error_details import (
        ScanPendingErrorDetails as BetaScanPendingErrorDetails,
    )
    from ..._models.service_account import ServiceAccount as BetaServiceAccount
    from ..._models.service_account_workspace_member import (
        ServiceAccountWorkspaceMember as BetaServiceAccountWorkspaceMember,
    )
    from ..._models.skill_name_taken_error_details import (
        SkillNameTakenErrorDetails as BetaSkillNameTakenErrorDetails,
    )
    from ..._models.slack_channel_set_up_environment_not_found_error_details import (
        SlackChannelSetUpEnvironmentNotFoundErrorDetails as BetaSlackChannelSetUpEnvironmentNotFoundErrorDetails,
    )
    from ..._models.slack_channel_set_up_settings_conflict_error_details import (
        SlackChannelSetUpSettingsConflictErrorDetails as BetaSlackChannelSetUpSettingsConflictErrorDetails,
    )
    from ..._models.slack_channel_set_up_settings_refused_error_details import (
        SlackChannelSetUpSettingsRefusedErrorDetails as BetaSlackChannelSetUpSettingsRefusedErrorDetails,
    )
    from ..._models.spend_limit import SpendLimit as BetaSpendLimit
    from ..._models.spend_limit_delete_response import (
        SpendLimitDeleteResponse as SpendLimitDeleteResponse,
    )
    from ..._models.spend_limit_organization_scope import (
        SpendLimitOrganizationScope as BetaSpendLimitOrganizationScope,
    )
    from ..._models.spend_limit_organization_service_scope import (
        SpendLimitOrganizationServiceScope as BetaSpendLimitOrganizationServiceScope,
    )
    from ..._models.spend_limit_period import SpendLimitPeriod as BetaSpendLimitPeriod
    from ..._models.spend_limit_rbac_group_scope import (
        SpendLimitRBACGroupScope as BetaSpendLimitRBACGroupScope,
    )
    from ..._models.spend_limit_scoped_api_key_actor import (
        SpendLimitScopedAPIKeyActor as BetaSpendLimitScopedAPIKeyActor,
    )
    from ..._models.spend_limit_seat_tier_scope import (
        SpendLimitSeatTierScope as BetaSpendLimitSeatTierScope,
    )
    from ..._models.spend_limit_usage_tier_scope import (
        SpendLimitUsageTierScope as BetaSpendLimitUsageTierScope,
    )
    from ..._models.spend_limit_user_actor import SpendLimitUserActor as BetaSpendLimitUserActor
    from ..._models.spend_limit_user_scope import SpendLimitUserScope as BetaSpendLimitUserScope
    from ..._models.spend_limit_workspace_scope import (
        SpendLimitWorkspaceScope as BetaSpendLimitWorkspaceScope,
    )
    from ..._models.spend_limits_admin_api_writes_not_enabled_error_details import (
        SpendLimitsAdminAPIWritesNotEnabledErrorDetails as BetaSpendLimitsAdminAPIWritesNotEnabledErrorDetails,
    )
    from ..._models.spend_summary import SpendSummary as BetaSpendSummary
    from ..._models.storage_already_registered_error_details import (
        StorageAlreadyRegisteredErrorDetails as BetaStorageAlreadyRegisteredErrorDetails,
    )
    from ..._models.storage_attach_limit_reached_error_details import (
        StorageAttachLimitReachedErrorDetails as BetaStorageAttachLimitReachedErrorDetails,
    )
    from ..._models.storage_changed_concurrently_error_details import (
        StorageChangedConcurrentlyErrorDetails as BetaStorageChangedConcurrentlyErrorDetails,
    )
    from ..._models.storage_member import StorageMember as BetaStorageMember
    from ..._models.storage_not_attachable_error_details import (
        StorageNotAttachableErrorDetails as BetaStorageNotAttachableErrorDetails,
    )
    from ..._models.storage_profile_still_required_error_details import (
        StorageProfileStillRequiredErrorDetails as BetaStorageProfileStillRequiredErrorDetails,
    )
    from ..._models.storage_verification_failed_error_details import (
        StorageVerificationFailedErrorDetails as BetaStorageVerificationFailedErrorDetails,
    )
    from ..._models.telemetry_destination import TelemetryDestination as BetaTelemetryDestination
    from ..._models.telemetry_destination_content_mode import (
        TelemetryDestinationContentMode as BetaTelemetryDestinationContentMode,
    )
    from ..._models.telemetry_destination_delivery_health import (
        TelemetryDestinationDeliveryHealth as BetaTelemetryDestinationDeliveryHealth,
    )
    from ..._models.telemetry_destination_disabled_reason import (
        TelemetryDestinationDisabledReason as BetaTelemetryDestinationDisabledReason,
    )
    from ..._models.telemetry_destination_disabled_reason_caller import (
        TelemetryDestinationDisabledReasonCaller as BetaTelemetryDestinationDisabledReasonCaller,
    )
    from ..._models.telemetry_destination_disabled_reason_invalid_address import (
        TelemetryDestinationDisabledReasonInvalidAddress as BetaTelemetryDestinationDisabledReasonInvalidAddress,
    )
    from ..._models.telemetry_destination_disabled_reason_redirect import (
        TelemetryDestinationDisabledReasonRedirect as BetaTelemetryDestinationDisabledReasonRedirect,
    )
    from ..._models.telemetry_destination_disabled_reason_sustained_failure import (
        TelemetryDestinationDisabledReasonSustainedFailure as BetaTelemetryDestinationDisabledReasonSustainedFailure,
    )
    from ..._models.telemetry_destination_state import (
        TelemetryDestinationState as BetaTelemetryDestinationState,
    )
    from ..._models.telemetry_destination_state_disabled import (
        TelemetryDestinationStateDisabled as BetaTelemetryDestinationStateDisabled,
    )
    from ..._models.telemetry_destination_state_enabled import (
        TelemetryDestinationStateEnabled as BetaTelemetryDestinationStateEnabled,
    )
    from ..._models.telemetry_destination_test_failure import (
        TelemetryDestinationTestFailure as BetaTelemetryDestinationTestFailure,
    )
    from ..._models.telemetry_destination_test_response import (
        TelemetryDestinationTestResponse as BetaTelemetryDestinationTestResponse,
    )
    from ..._models.telemetry_destination_test_result import (
        TelemetryDestinationTestResult as BetaTelemetryDestinationTestResult,
    )
    from ..._models.telemetry_destination_test_success import (
        TelemetryDestinationTestSuccess as BetaTelemetryDestinationTestSuccess,
    )
    from ..._models.telemetry_destination_traces import (
        TelemetryDestinationTraces as BetaTelemetryDestinationTraces,
    )
    from ..._models.telemetry_destination_workspaces import (
        TelemetryDestinationWorkspaces as BetaTelemetryDestinationWorkspaces,
    )
    from ..._models.telemetry_destination_workspaces_all import (
        TelemetryDestinationWorkspacesAll as BetaTelemetryDestinationWorkspacesAll,
    )
    from ..._models.telemetry_destination_workspaces_exclude import (
        TelemetryDestinationWorkspacesExclude as BetaTelemetryDestinationWorkspacesExclude,
    )
    from ..._models.telemetry_destination_workspaces_include import (
        TelemetryDestinationWorkspacesInclude as BetaTelemetryDestinationWorkspacesInclude,
    )
    from ..._models.transcripts_storage_required_error_details import (
        TranscriptsStorageRequiredErrorDetails as BetaTranscriptsStorageRequiredErrorDetails,
    )
    from ..._models.unsupported_region_error_details import (
        UnsupportedRegionErrorDetails as BetaUnsupportedRegionErrorDetails,
    )
    from ..._models.user_remove_response import UserRemoveResponse as UserRemoveResponse
    from ..._models.workspace import Workspace as BetaWorkspace
    from ..._models.workspace_changed_concurrently_error_details import (
        WorkspaceChangedConcurrentlyErrorDetails as BetaWorkspaceChangedConcurrentlyErrorDetails,
    )
    from ..._models.workspace_changed_concurrently_field import (
        WorkspaceChangedConcurrentlyField as BetaWorkspaceChangedConcurrentlyField,
    )
    from ..._models.workspace_member import WorkspaceMember as BetaWorkspaceMember
    from ..._models.workspace_role import WorkspaceRole as BetaWorkspaceRole
    from ..._params.analytics_artifact_group_by_param import (
        AnalyticsArtifactGroupByParam as BetaAnalyticsArtifactGroupBy,
    )
    from ..._params.analytics_connector_group_by_param import (
        AnalyticsConnectorGroupByParam as BetaAnalyticsConnectorGroupBy,
    )
    from ..._params.analytics_inference_geo_filter_param import (
        AnalyticsInferenceGeoFilterParam as BetaAnalyticsInferenceGeoFilter,
    )
    from ..._params.analytics_order_param import AnalyticsOrderParam as BetaAnalyticsOrder
    from ..._params.analytics_plugin_group_by_param import (
        AnalyticsPluginGroupByParam as BetaAnalyticsPluginGroupBy,
    )
    from ..._params.analytics_product_filter_param import (
        AnalyticsProductFilterParam as BetaAnalyticsProductFilter,
    )
    from ..._params.analytics_project_group_by_param import (
        AnalyticsProjectGroupByParam as BetaAnalyticsProjectGroupBy,
    )
    from ..._params.analytics_skill_group_by_param import (
        AnalyticsSkillGroupByParam as BetaAnalyticsSkillGroupBy,
    )
    from ..._params.analytics_time_bucket_width_param import (
        AnalyticsTimeBucketWidthParam as BetaAnalyticsTimeBucketWidth,
    )
    from ..._params.analytics_usage_cost_product_filter_param import (
        AnalyticsUsageCostProductFilterParam as BetaAnalyticsUsageCostProductFilter,
    )
    from ..._params.analytics_usage_cost_sort_order_param import (
        AnalyticsUsageCostSortOrderParam as BetaAnalyticsUsageCostSortOrder,
    )
    from ..._params.analytics_user_group_by_param import (
        AnalyticsUserGroupByParam as BetaAnalyticsUserGroupBy,
    )
    from ..._params.anthropic_human_review_param import (
        AnthropicHumanReviewParam as BetaAnthropicHumanReviewParam,
    )
    from ..._params.aws_external_key_config_param import (
        AWSExternalKeyConfigParam as BetaAWSExternalKeyConfigParam,
    )
    from ..._params.aws_external_storage_config_param import (
        AWSExternalStorageConfigParam as BetaAWSExternalStorageConfigParam,
    )
    from ..._params.azure_external_key_config_param import (
        AzureExternalKeyConfigParam as BetaAzureExternalKeyConfigParam,
    )
    from ..._params.beta_api_key_list_params import BetaApiKeyListParams as APIKeyListParams
    from ..._params.beta_api_key_update_params import BetaAPIKeyUpdateParams as APIKeyUpdateParams
    from ..._params.beta_compliance_setting_update_params import (
        BetaComplianceSettingUpdateParams as ComplianceSettingUpdateParams,
    )
    from ..._params.beta_external_key_create_params import (
        BetaExternalKeyCreateParams as ExternalKeyCreateParams,
    )
    from ..._params.beta_external_key_list_params import (
        BetaExternalKeyListParams as ExternalKeyListParams,
    )
    from ..._params.beta_external_key_update_params import (
        BetaExternalKeyUpdateParams as ExternalKeyUpdateParams,
    )
    from ..._params.beta_invite_create_params import BetaInviteCreateParams as InviteCreateParams
    from ..._params.beta_invite_list_params import BetaInviteListParams as InviteListParams
    from ..._params.beta_organization_rate_limit_list_params import (
        BetaOrganizationRateLimitListParams as RateLimitListParams,
    )
    from ..._params.beta_organization_service_account_list_params import (
        BetaOrganizationServiceAccountListParams as ServiceAccountListParams,
    )
    from ..._params.beta_rbac_group_create_params import (
        BetaRBACGroupCreateParams as RBACGroupCreateParams,
    )
    from ..._params.beta_rbac_group_list_params import (
        BetaRbacGroupListParams as RBACGroupListParams,
    )
    from ..._params.beta_rbac_group_update_params import (
        BetaRBACGroupUpdateParams as RBACGroupUpdateParams,
    )
    from ..._params.beta_rbac_role_list_params import BetaRbacRoleListParams as RBACRoleListParams
    from ..._params.beta_service_account_create_params import (
        BetaServiceAccountCreateParams as ServiceAccountCreateParams,
    )
    from ..._params.beta_service_account_update_params import (
        BetaServiceAccountUpdateParams as ServiceAccountUpdateParams,
    )
    from ..._params.beta_user_list_params import BetaUserListParams as UserListParams
    from ..._params.beta_user_update_params import BetaUserUpdateParams as UserUpdateParams
    from ..._params.beta_workspace_create_params import (
        BetaWorkspaceCreateParams as WorkspaceCreateParams,
    )
    from ..._params.beta_workspace_list_params import BetaWorkspaceListParams as WorkspaceListParams
    from ..._params.beta_workspace_update_params import (
        BetaWorkspaceUpdateParams as WorkspaceUpdateParams,
    )
    from ..._params.claude_tag_guest_policy_allow_param import (
        ClaudeTagGuestPolicyAllowParam as BetaClaudeTagGuestPolicyAllowParam,
    )
    from ..._params.claude_tag_guest_policy_channel_only_param import (
        ClaudeTagGuestPolicyChannelOnlyParam as BetaClaudeTagGuestPolicyChannelOnlyParam,
    )
    from ..._params.claude_tag_guest_policy_param import (
        ClaudeTagGuestPolicyParam as BetaClaudeTagGuestPolicyParam,
    )
    from ..._params.claude_tag_guest_policy_restrict_param import (
        ClaudeTagGuestPolicyRestrictParam as BetaClaudeTagGuestPolicyRestrictParam,
    )
    from ..._params.claude_tag_reply_mode_always_awake_param import (
        ClaudeTagReplyModeAlwaysAwakeParam as BetaClaudeTagReplyModeAlwaysAwakeParam,
    )
    from ..._params.claude_tag_reply_mode_automatic_param import (
        ClaudeTagReplyModeAutomaticParam as BetaClaudeTagReplyModeAutomaticParam,
    )
    from ..._params.claude_tag_reply_mode_mention_only_param import (
        ClaudeTagReplyModeMentionOnlyParam as BetaClaudeTagReplyModeMentionOnlyParam,
    )
    from ..._params.claude_tag_reply_mode_param import (
        ClaudeTagReplyModeParam as BetaClaudeTagReplyModeParam,
    )
    from ..._params.claude_tag_reply_mode_thread_param import (
        ClaudeTagReplyModeThreadParam as BetaClaudeTagReplyModeThreadParam,
    )
    from ..._params.claude_tag_settings_create_param import (
        ClaudeTagSettingsCreateParam as BetaClaudeTagSettingsCreateParam,
    )
    from ..._params.claude_tag_settings_update_param import (
        ClaudeTagSettingsUpdateParam as BetaClaudeTagSettingsUpdateParam,
    )
    from ..._params.claude_tag_slack_channel_identifiers_param import (
        ClaudeTagSlackChannelIdentifiersParam as BetaClaudeTagSlackChannelIdentifiersParam,
    )
    from ..._params.compliance_settings_state_disabled_param import (
        ComplianceSettingsStateDisabledParam as BetaComplianceSettingsStateDisabledParam,
    )
    from ..._params.compliance_settings_state_enabled_param import (
        ComplianceSettingsStateEnabledParam as BetaComplianceSettingsStateEnabledParam,
    )
    from ..._params.compliance_settings_state_param import (
        ComplianceSettingsStateParam as BetaComplianceSettingsStateParam,
    )
    from ..._params.data_residency_create_config_param import (
        DataResidencyCreateConfigParam as BetaDataResidencyCreateConfigParam,
    )
    from ..._params.data_residency_update_config_param import (
        DataResidencyUpdateConfigParam as BetaDataResidencyUpdateConfigParam,
    )
    from ..._params.external_storage_create_params import (
        ExternalStorageCreateParams as ExternalStorageCreateParams,
    )
    from ..._params.external_storage_list_params import (
        ExternalStorageListParams as ExternalStorageListParams,
    )
    from ..._params.external_storage_member_param import (
        ExternalStorageMemberParam as BetaExternalStorageMemberParam,
    )
    from ..._params.external_storage_update_params import (
        ExternalStorageUpdateParams as ExternalStorageUpdateParams,
    )
    from ..._params.gcp_external_key_config_param import (
        GCPExternalKeyConfigParam as BetaGCPExternalKeyConfigParam,
    )
    from ..._params.gcp_external_storage_config_param import (
        GCPExternalStorageConfigParam as BetaGCPExternalStorageConfigParam,
    )
    from ..._params.inference_data_privacy_param import (
        InferenceDataPrivacyParam as BetaInferenceDataPrivacyCreateParam,
    )
    from ..._params.inference_data_privacy_param import (
        InferenceDataPrivacyParam as BetaInferenceDataPrivacyUpdateParam,
    )
    from ..._params.internal_storage_param import InternalStorageParam as BetaInternalStorageParam
    from ..._params.no_billing_workspace_role_param import (
        NoBillingWorkspaceRoleParam as BetaNoBillingWorkspaceRole,
    )
    from ..._params.plugin_create_params import PluginCreateParams as PluginCreateParams
    from ..._params.plugin_list_params import PluginListParams as PluginListParams
    from ..._params.plugin_marketplace_list_params import (
        PluginMarketplaceListParams as PluginMarketplaceListParams,
    )
    from ..._params.plugin_marketplace_retrieve_params import (
        PluginMarketplaceRetrieveParams as PluginMarketplaceRetrieveParams,
    )
    from ..._params.plugin_marketplace_update_params import (
        PluginMarketplaceUpdateParams as PluginMarketplaceUpdateParams,
    )
    from ..._params.plugin_marketplace_validate_archive_params import (
        PluginMarketplaceValidateArchiveParams as PluginMarketplaceValidateArchiveParams,
    )
    from ..._params.plugin_marketplace_validate_repository_params import (
        PluginMarketplaceValidateRepositoryParams as PluginMarketplaceValidateRepositoryParams,
    )
    from ..._params.plugin_retrieve_params import PluginRetrieveParams as PluginRetrieveParams
    from ..._params.plugin_update_params import PluginUpdateParams as PluginUpdateParams
    from ..._params.spend_limit_list_params import SpendLimitListParams as SpendLimitListParams
    from ..._params.spend_limit_organization_scope_param import (
        SpendLimitOrganizationScopeParam as BetaSpendLimitOrganizationScopeParam,
    )
    from ..._params.spend_limit_set_params import SpendLimitSetParams as SpendLimitSetParams
    from ..._params.spend_limit_user_scope_param import (
        SpendLimitUserScopeParam as BetaSpendLimitUserScopeParam,
    )
    from ..._params.spend_limit_workspace_scope_param import (
        SpendLimitWorkspaceScopeParam as BetaSpendLimitWorkspaceScopeParam,
    )
    from ..._params.storage_member_param import StorageMemberParam as BetaStorageMemberParam
    from ..._params.telemetry_destination_create_params import (
        TelemetryDestinationCreateParams as TelemetryDestinationCreateParams,
    )
    from ..._params.telemetry_destination_list_params import (
        TelemetryDestinationListParams as TelemetryDestinationListParams,
    )
    from ..._params.telemetry_destination_state_disabled_param import (
        TelemetryDestinationStateDisabledParam as BetaTelemetryDestinationStateDisabledParams,
    )
    from ..._params.telemetry_destination_state_enabled_param import (
        TelemetryDestinationStateEnabledParam as BetaTelemetryDestinationStateEnabledParams,
    )
    from ..._params.telemetry_destination_state_param import (
        TelemetryDestinationStateParam as BetaTelemetryDestinationStateParams,
    )
    from ..._params.telemetry_destination_traces_param import (
        TelemetryDestinationTracesParam as BetaTelemetryDestinationTracesParams,
    )
    from ..._params.telemetry_destination_update_params import (
        TelemetryDestinationUpdateParams as TelemetryDestinationUpdateParams,
    )
    from ..._params.telemetry_destination_workspaces_all_param import (
        TelemetryDestinationWorkspacesAllParam as BetaTelemetryDestinationWorkspacesAllParams,
    )
    from ..._params.telemetry_destination_workspaces_exclude_param import (
        TelemetryDestinationWorkspacesExcludeParam as BetaTelemetryDestinationWorkspacesExcludeParams,
    )
    from ..._params.telemetry_destination_workspaces_include_param import (
        TelemetryDestinationWorkspacesIncludeParam as BetaTelemetryDestinationWorkspacesIncludeParams,
    )
    from ..._params.telemetry_destination_workspaces_param import (
        TelemetryDestinationWorkspacesParam as BetaTelemetryDestinationWorkspacesParams,
    )
    from ..._params.webhook_create_params import WebhookCreateParams as WebhookCreateParams
    from ..._params.webhook_list_params import WebhookListParams as WebhookListParams
    from ..._params.webhook_update_params import WebhookUpdateParams as WebhookUpdateParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "APIKeyListParams": ("_params.beta_api_key_list_params", "BetaApiKeyListParams"),
    "APIKeyUpdateParams": ("_params.beta_api_key_update_params", "BetaAPIKeyUpdateParams"),
    "BetaAPIKey": ("_models.api_key", "APIKey"),
    "BetaAPIKeyCreatedBy": ("_models.api_key_created_by", "APIKeyCreatedBy"),
    "BetaAPIKeyOrganizationScope": (
        "_models.api_key_organization_scope",
        "APIKeyOrganizationScope",
    ),
    "BetaAPIKeyScopeMissingError": ("._error_classes", "BetaAPIKeyScopeMissingError"),
    "BetaAPIKeyScopeMissingErrorDetails": (
        "_models.api_key_scope_missing_error_details",
        "APIKeyScopeMissingErrorDetails",
    ),
    "BetaAPIKeyServiceAccountActor": (
        "_models.api_key_service_account_actor",
        "APIKeyServiceAccountActor",
    ),
    "BetaAPIKeyUserActor": ("_models.api_key_user_actor", "APIKeyUserActor"),
    "BetaAPIKeyWorkspaceScope": ("_models.api_key_workspace_scope", "APIKeyWorkspaceScope"),
    "BetaAWSExternalKeyConfig": ("_models.aws_external_key_config", "AWSExternalKeyConfig"),
    "BetaAWSExternalKeyConfigParam": (
        "_params.aws_external_key_config_param",
        "AWSExternalKeyConfigParam",
    ),
    "BetaAWSExternalStorageConfig": (
        "_models.aws_external_storage_config",
        "AWSExternalStorageConfig",
    ),
    "BetaAWSExternalStorageConfigParam": (
        "_params.aws_external_storage_config_param",
        "AWSExternalStorageConfigParam",
    ),
    "BetaAccessTransparency": ("_models.access_transparency", "AccessTransparency"),
    "BetaActiveExternalStorageStatus": (
        "_models.active_external_storage_status",
        "ActiveExternalStorageStatus",
    ),
    "BetaAllowedInferenceGeo": ("_models.allowed_inference_geo", "AllowedInferenceGeo"),
    "BetaAnalyticsAPIActor": ("_models.analytics_api_actor", "AnalyticsAPIActor"),
    "BetaAnalyticsActor": ("_models.analytics_actor", "AnalyticsActor"),
    "BetaAnalyticsActorType": ("_models.analytics_actor_type", "AnalyticsActorType"),
    "BetaAnalyticsArtifactActivity": (
        "_models.analytics_artifact_activity",
        "AnalyticsArtifactActivity",
    ),
    "BetaAnalyticsArtifactGroupBy": (
        "_params.analytics_artifact_group_by_param",
        "AnalyticsArtifactGroupByParam",
    ),
    "BetaAnalyticsChatCoworkUnifiedChatMetrics": (
        "_models.analytics_chat_cowork_unified_chat_metrics",
        "AnalyticsChatCoworkUnifiedChatMetrics",
    ),
    "BetaAnalyticsChatCoworkUnifiedMetrics": (
        "_models.analytics_chat_cowork_unified_metrics",
        "AnalyticsChatCoworkUnifiedMetrics",
    ),
    "BetaAnalyticsChatCoworkUnifiedSessionsMetrics": (
        "_models.analytics_chat_cowork_unified_sessions_metrics",
        "AnalyticsChatCoworkUnifiedSessionsMetrics",
    ),
    "BetaAnalyticsChatMetrics": ("_models.analytics_chat_metrics", "AnalyticsChatMetrics"),
    "BetaAnalyticsClaudeCodeMetrics": (
        "_models.analytics_claude_code_metrics",
        "AnalyticsClaudeCodeMetrics",
    ),
    "BetaAnalyticsClaudeTagCategory": (
        "_models.analytics_claude_tag_category",
        "AnalyticsClaudeTagCategory",
    ),
    "BetaAnalyticsClaudeTagMetrics": (
        "_models.analytics_claude_tag_metrics",
        "AnalyticsClaudeTagMetrics",
    ),
    "BetaAnalyticsConnectorActivity": (
        "_models.analytics_connector_activity",
        "AnalyticsConnectorActivity",
    ),
    "BetaAnalyticsConnectorChatCoworkUnifiedChatMetrics": (
        "_models.analytics_connector_chat_cowork_unified_chat_metrics",
        "AnalyticsConnectorChatCoworkUnifiedChatMetrics",
    ),
    "BetaAnalyticsConnectorChatCoworkUnifiedMetrics": (
        "_models.analytics_connector_chat_cowork_unified_metrics",
        "AnalyticsConnectorChatCoworkUnifiedMetrics",
    ),
    "BetaAnalyticsConnectorChatCoworkUnifiedSessionsMetrics": (
        "_models.analytics_connector_chat_cowork_unified_sessions_metrics",
        "AnalyticsConnectorChatCoworkUnifiedSessionsMetrics",
    ),
    "BetaAnalyticsConnectorChatMetrics": (
        "_models.analytics_connector_chat_metrics",
        "AnalyticsConnectorChatMetrics",
    ),
    "BetaAnalyticsConnectorClaudeCodeMetrics": (
        "_models.analytics_connector_claude_code_metrics",
        "AnalyticsConnectorClaudeCodeMetrics",
    ),
    "BetaAnalyticsConnectorCoworkMetrics": (
        "_models.analytics_connector_cowork_metrics",
        "AnalyticsConnectorCoworkMetrics",
    ),
    "BetaAnalyticsConnectorGroupBy": (
        "_params.analytics_connector_group_by_param",
        "AnalyticsConnectorGroupByParam",
    ),
    "BetaAnalyticsConnectorOfficeMetrics": (
        "_models.analytics_connector_office_metrics",
        "AnalyticsConnectorOfficeMetrics",
    ),
    "BetaAnalyticsConnectorOfficeProductMetrics": (
        "_models.analytics_connector_office_product_metrics",
        "AnalyticsConnectorOfficeProductMetrics",
    ),
    "BetaAnalyticsContextWindow": ("_models.analytics_context_window", "AnalyticsContextWindow"),
    "BetaAnalyticsCoreCodeMetrics": (
        "_models.analytics_core_code_metrics",
        "AnalyticsCoreCodeMetrics",
    ),
    "BetaAnalyticsCostBucketedResult": (
        "_models.analytics_cost_bucketed_result",
        "AnalyticsCostBucketedResult",
    ),
    "BetaAnalyticsCostReportTimeBucket": (
        "_models.analytics_cost_report_time_bucket",
        "AnalyticsCostReportTimeBucket",
    ),
    "BetaAnalyticsCostType": ("_models.analytics_cost_type", "AnalyticsCostType"),
    "BetaAnalyticsCostUsersItem": ("_models.analytics_cost_users_item", "AnalyticsCostUsersItem"),
    "BetaAnalyticsCoworkMetrics": ("_models.analytics_cowork_metrics", "AnalyticsCoworkMetrics"),
    "BetaAnalyticsDesignMetrics": ("_models.analytics_design_metrics", "AnalyticsDesignMetrics"),
    "BetaAnalyticsFederatedActor": ("_models.analytics_federated_actor", "AnalyticsFederatedActor"),
    "BetaAnalyticsFederatedActorAWSProvider": (
        "_models.analytics_federated_actor_aws_provider",
        "AnalyticsFederatedActorAWSProvider",
    ),
    "BetaAnalyticsFederatedActorAzureProvider": (
        "_models.analytics_federated_actor_azure_provider",
        "AnalyticsFederatedActorAzureProvider",
    ),
    "BetaAnalyticsFederatedActorGCPProvider": (
        "_models.analytics_federated_actor_gcp_provider",
        "AnalyticsFederatedActorGCPProvider",
    ),
    "BetaAnalyticsFederatedActorOIDCProvider": (
        "_models.analytics_federated_actor_oidc_provider",
        "AnalyticsFederatedActorOIDCProvider",
    ),
    "BetaAnalyticsFederatedActorProvider": (
        "_models.analytics_federated_actor_provider",
        "AnalyticsFederatedActorProvider",
    ),
    "BetaAnalyticsGroupedCostType": (
        "_models.analytics_grouped_cost_type",
        "AnalyticsGroupedCostType",
    ),
    "BetaAnalyticsInferenceGeoFilter": (
        "_params.analytics_inference_geo_filter_param",
        "AnalyticsInferenceGeoFilterParam",
    ),
    "BetaAnalyticsLinesOfCode": ("_models.analytics_lines_of_code", "AnalyticsLinesOfCode"),
    "BetaAnalyticsOfficeMetrics": ("_models.analytics_office_metrics", "AnalyticsOfficeMetrics"),
    "BetaAnalyticsOfficeProductMetrics": (
        "_models.analytics_office_product_metrics",
        "AnalyticsOfficeProductMetrics",
    ),
    "BetaAnalyticsOrder": ("_params.analytics_order_param", "AnalyticsOrderParam"),
    "BetaAnalyticsPluginActivity": ("_models.analytics_plugin_activity", "AnalyticsPluginActivity"),
    "BetaAnalyticsPluginChatCoworkUnifiedMetrics": (
        "_models.analytics_plugin_chat_cowork_unified_metrics",
        "AnalyticsPluginChatCoworkUnifiedMetrics",
    ),
    "BetaAnalyticsPluginClaudeCodeMetrics": (
        "_models.analytics_plugin_claude_code_metrics",
        "AnalyticsPluginClaudeCodeMetrics",
    ),
    "BetaAnalyticsPluginCoworkMetrics": (
        "_models.analytics_plugin_cowork_metrics",
        "AnalyticsPluginCoworkMetrics",
    ),
    "BetaAnalyticsPluginGroupBy": (
        "_params.analytics_plugin_group_by_param",
        "AnalyticsPluginGroupByParam",
    ),
    "BetaAnalyticsProductFilter": (
        "_params.analytics_product_filter_param",
        "AnalyticsProductFilterParam",
    ),
    "BetaAnalyticsProjectActivity": (
        "_models.analytics_project_activity",
        "AnalyticsProjectActivity",
    ),
    "BetaAnalyticsProjectGroupBy": (
        "_params.analytics_project_group_by_param",
        "AnalyticsProjectGroupByParam",
    ),
    "BetaAnalyticsReportUserActor": (
        "_models.analytics_report_user_actor",
        "AnalyticsReportUserActor",
    ),
    "BetaAnalyticsScienceMetrics": ("_models.analytics_science_metrics", "AnalyticsScienceMetrics"),
    "BetaAnalyticsServerToolUse": ("_models.analytics_server_tool_use", "AnalyticsServerToolUse"),
    "BetaAnalyticsServiceAccountActor": (
        "_models.analytics_service_account_actor",
        "AnalyticsServiceAccountActor",
    ),
    "BetaAnalyticsServiceTier": ("_models.analytics_service_tier", "AnalyticsServiceTier"),
    "BetaAnalyticsSingleDayActivitySummary": (
        "_models.analytics_single_day_activity_summary",
        "AnalyticsSingleDayActivitySummary",
    ),
    "BetaAnalyticsSkillActivity": ("_models.analytics_skill_activity", "AnalyticsSkillActivity"),
    "BetaAnalyticsSkillChatCoworkUnifiedChatMetrics": (
        "_models.analytics_skill_chat_cowork_unified_chat_metrics",
        "AnalyticsSkillChatCoworkUnifiedChatMetrics",
    ),
    "BetaAnalyticsSkillChatCoworkUnifiedMetrics": (
        "_models.analytics_skill_chat_cowork_unified_metrics",
        "AnalyticsSkillChatCoworkUnifiedMetrics",
    ),
    "BetaAnalyticsSkillChatCoworkUnifiedSessionsMetrics": (
        "_models.analytics_skill_chat_cowork_unified_sessions_metrics",
        "AnalyticsSkillChatCoworkUnifiedSessionsMetrics",
    ),
    "BetaAnalyticsSkillChatMetrics": (
        "_models.analytics_skill_chat_metrics",
        "AnalyticsSkillChatMetrics",
    ),
    "BetaAnalyticsSkillClaudeCodeMetrics": (
        "_models.analytics_skill_claude_code_metrics",
        "AnalyticsSkillClaudeCodeMetrics",
    ),
    "BetaAnalyticsSkillCoworkMetrics": (
        "_models.analytics_skill_cowork_metrics",
        "AnalyticsSkillCoworkMetrics",
    ),
    "BetaAnalyticsSkillGroupBy": (
        "_params.analytics_skill_group_by_param",
        "AnalyticsSkillGroupByParam",
    ),
    "BetaAnalyticsSkillOfficeMetrics": (
        "_models.analytics_skill_office_metrics",
        "AnalyticsSkillOfficeMetrics",
    ),
    "BetaAnalyticsSkillOfficeProductMetrics": (
        "_models.analytics_skill_office_product_metrics",
        "AnalyticsSkillOfficeProductMetrics",
    ),
    "BetaAnalyticsSpeed": ("_models.analytics_speed", "AnalyticsSpeed"),
    "BetaAnalyticsTimeBucketWidth": (
        "_params.analytics_time_bucket_width_param",
        "AnalyticsTimeBucketWidthParam",
    ),
    "BetaAnalyticsTokenType": ("_models.analytics_token_type", "AnalyticsTokenType"),
    "BetaAnalyticsToolActionCounts": (
        "_models.analytics_tool_action_counts",
        "AnalyticsToolActionCounts",
    ),
    "BetaAnalyticsToolActions": ("_models.analytics_tool_actions", "AnalyticsToolActions"),
    "BetaAnalyticsUsageBucketedResult": (
        "_models.analytics_usage_bucketed_result",
        "AnalyticsUsageBucketedResult",
    ),
    "BetaAnalyticsUsageCostInferenceGeo": (
        "_models.analytics_usage_cost_inference_geo",
        "AnalyticsUsageCostInferenceGeo",
    ),
    "BetaAnalyticsUsageCostProductFilter": (
        "_params.analytics_usage_cost_product_filter_param",
        "AnalyticsUsageCostProductFilterParam",
    ),
    "BetaAnalyticsUsageCostSortOrder": (
        "_params.analytics_usage_cost_sort_order_param",
        "AnalyticsUsageCostSortOrderParam",
    ),
    "BetaAnalyticsUsageReportTimeBucket": (
        "_models.analytics_usage_report_time_bucket",
        "AnalyticsUsageReportTimeBucket",
    ),
    "BetaAnalyticsUsageUsersItem": (
        "_models.analytics_usage_users_item",
        "AnalyticsUsageUsersItem",
    ),
    "BetaAnalyticsUser": ("_models.analytics_user", "AnalyticsUser"),
    "BetaAnalyticsUserActivity": ("_models.analytics_user_activity", "AnalyticsUserActivity"),
    "BetaAnalyticsUserActor": ("_models.analytics_user_actor", "AnalyticsUserActor"),
    "BetaAnalyticsUserGroupBy": (
        "_params.analytics_user_group_by_param",
        "AnalyticsUserGroupByParam",
    ),
    "BetaAnthropicHumanReview": ("_models.anthropic_human_review", "AnthropicHumanReview"),
    "BetaAnthropicHumanReviewParam": (
        "_params.anthropic_human_review_param",
        "AnthropicHumanReviewParam",
    ),
    "BetaAvailableExternalStorageStatus": (
        "_models.available_external_storage_status",
        "AvailableExternalStorageStatus",
    ),
    "BetaAzureExternalKeyConfig": ("_models.azure_external_key_config", "AzureExternalKeyConfig"),
    "BetaAzureExternalKeyConfigParam": (
        "_params.azure_external_key_config_param",
        "AzureExternalKeyConfigParam",
    ),
    "BetaBundleAttachmentNotSupportedError": (
        "._error_classes",
        "BetaBundleAttachmentNotSupportedError",
    ),
    "BetaBundleAttachmentNotSupportedErrorDetails": (
        "_models.bundle_attachment_not_supported_error_details",
        "BundleAttachmentNotSupportedErrorDetails",
    ),
    "BetaBundleOnCallError": ("._error_classes", "BetaBundleOnCallError"),
    "BetaBundleOnCallErrorDetails": (
        "_models.bundle_on_call_error_details",
        "BundleOnCallErrorDetails",
    ),
    "BetaCannotSignOutManagedMemberError": ("._error_classes", "CannotSignOutManagedMemberError"),
    "BetaCannotSignOutManagedMemberErrorDetails": (
        "_models.cannot_sign_out_managed_member_error_details",
        "CannotSignOutManagedMemberErrorDetails",
    ),
    "BetaCannotSignOutMembershipAdminError": (
        "._error_classes",
        "CannotSignOutMembershipAdminError",
    ),
    "BetaCannotSignOutMembershipAdminErrorDetails": (
        "_models.cannot_sign_out_membership_admin_error_details",
        "CannotSignOutMembershipAdminErrorDetails",
    ),
    "BetaCannotSignOutOwnerError": ("._error_classes", "CannotSignOutOwnerError"),
    "BetaCannotSignOutOwnerErrorDetails": (
        "_models.cannot_sign_out_owner_error_details",
        "CannotSignOutOwnerErrorDetails",
    ),
    "BetaCannotSignOutPrimaryOwnerError": ("._error_classes", "CannotSignOutPrimaryOwnerError"),
    "BetaCannotSignOutPrimaryOwnerErrorDetails": (
        "_models.cannot_sign_out_primary_owner_error_details",
        "CannotSignOutPrimaryOwnerErrorDetails",
    ),
    "BetaCannotSignOutPrivilegedMemberError": (
        "._error_classes",
        "CannotSignOutPrivilegedMemberError",
    ),
    "BetaCannotSignOutPrivilegedMemberErrorDetails": (
        "_models.cannot_sign_out_privileged_member_error_details",
        "CannotSignOutPrivilegedMemberErrorDetails",
    ),
    "BetaCannotSignOutSelfError": ("._error_classes", "CannotSignOutSelfError"),
    "BetaCannotSignOutSelfErrorDetails": (
        "_models.cannot_sign_out_self_error_details",
        "CannotSignOutSelfErrorDetails",
    ),
    "BetaClaudeTagDefaultSettingSource": (
        "_models.claude_tag_default_setting_source",
        "ClaudeTagDefaultSettingSource",
    ),
    "BetaClaudeTagGuestPolicy": ("_models.claude_tag_guest_policy", "ClaudeTagGuestPolicy"),
    "BetaClaudeTagGuestPolicyAllow": (
        "_models.claude_tag_guest_policy_allow",
        "ClaudeTagGuestPolicyAllow",
    ),
    "BetaClaudeTagGuestPolicyAllowParam": (
        "_params.claude_tag_guest_policy_allow_param",
        "ClaudeTagGuestPolicyAllowParam",
    ),
    "BetaClaudeTagGuestPolicyChannelOnly": (
        "_models.claude_tag_guest_policy_channel_only",
        "ClaudeTagGuestPolicyChannelOnly",
    ),
    "BetaClaudeTagGuestPolicyChannelOnlyParam": (
        "_params.claude_tag_guest_policy_channel_only_param",
        "ClaudeTagGuestPolicyChannelOnlyParam",
    ),
    "BetaClaudeTagGuestPolicyParam": (
        "_params.claude_tag_guest_policy_param",
        "ClaudeTagGuestPolicyParam",
    ),
    "BetaClaudeTagGuestPolicyRestrict": (
        "_models.claude_tag_guest_policy_restrict",
        "ClaudeTagGuestPolicyRestrict",
    ),
    "BetaClaudeTagGuestPolicyRestrictParam": (
        "_params.claude_tag_guest_policy_restrict_param",
        "ClaudeTagGuestPolicyRestrictParam",
    ),
    "BetaClaudeTagReplyMode": ("_models.claude_tag_reply_mode", "ClaudeTagReplyMode"),
    "BetaClaudeTagReplyModeAlwaysAwake": (
        "_models.claude_tag_reply_mode_always_awake",
        "ClaudeTagReplyModeAlwaysAwake",
    ),
    "BetaClaudeTagReplyModeAlwaysAwakeParam": (
        "_params.claude_tag_reply_mode_always_awake_param",
        "ClaudeTagReplyModeAlwaysAwakeParam",
    ),
    "BetaClaudeTagReplyModeAutomatic": (
        "_models.claude_tag_reply_mode_automatic",
        "ClaudeTagReplyModeAutomatic",
    ),
    "BetaClaudeTagReplyModeAutomaticParam": (
        "_params.claude_tag_reply_mode_automatic_param",
        "ClaudeTagReplyModeAutomaticParam",
    ),
    "BetaClaudeTagReplyModeMentionOnly": (
        "_models.claude_tag_reply_mode_mention_only",
        "ClaudeTagReplyModeMentionOnly",
    ),
    "BetaClaudeTagReplyModeMentionOnlyParam": (
        "_params.claude_tag_reply_mode_mention_only_param",
        "ClaudeTagReplyModeMentionOnlyParam",
    ),
    "BetaClaudeTagReplyModeParam": (
        "_params.claude_tag_reply_mode_param",
        "ClaudeTagReplyModeParam",
    ),
    "BetaClaudeTagReplyModeThread": (
        "_models.claude_tag_reply_mode_thread",
        "ClaudeTagReplyModeThread",
    ),
    "BetaClaudeTagReplyModeThreadParam": (
        "_params.claude_tag_reply_mode_thread_param",
        "ClaudeTagReplyModeThreadParam",
    ),
    "BetaClaudeTagSettingSource": ("_models.claude_tag_setting_source", "ClaudeTagSettingSource"),
    "BetaClaudeTagSettingSources": (
        "_models.claude_tag_setting_sources",
        "ClaudeTagSettingSources",
    ),
    "BetaClaudeTagSettings": ("_models.claude_tag_settings", "ClaudeTagSettings"),
    "BetaClaudeTagSettingsCreateParam": (
        "_params.claude_tag_settings_create_param",
        "ClaudeTagSettingsCreateParam",
    ),
    "BetaClaudeTagSettingsUpdateParam": (
        "_params.claude_tag_settings_update_param",
        "ClaudeTagSettingsUpdateParam",
    ),
    "BetaClaudeTagSlackChannelIdentifiers": (
        "_models.claude_tag_slack_channel_identifiers",
        "ClaudeTagSlackChannelIdentifiers",
    ),
    "BetaClaudeTagSlackChannelIdentifiersParam": (
        "_params.claude_tag_slack_channel_identifiers_param",
        "ClaudeTagSlackChannelIdentifiersParam",
    ),
    "BetaClaudeTagSlackChannelSettingSource": (
        "_models.claude_tag_slack_channel_setting_source",
        "ClaudeTagSlackChannelSettingSource",
    ),
    "BetaClaudeTagSlackDefaultSettingSource": (
        "_models.claude_tag_slack_default_setting_source",
        "ClaudeTagSlackDefaultSettingSource",
    ),
    "BetaClaudeTagSlackGridChannelSettingSource": (
        "_models.claude_tag_slack_grid_channel_setting_source",
        "ClaudeTagSlackGridChannelSettingSource",
    ),
    "BetaClaudeTagSlackParentChannelSettingSource": (
        "_models.claude_tag_slack_parent_channel_setting_source",
        "ClaudeTagSlackParentChannelSettingSource",
    ),
    "BetaClaudeTagSlackWorkspaceIdentifiers": (
        "_models.claude_tag_slack_workspace_identifiers",
        "ClaudeTagSlackWorkspaceIdentifiers",
    ),
    "BetaClaudeTagSlackWorkspaceSettingSource": (
        "_models.claude_tag_slack_workspace_setting_source",
        "ClaudeTagSlackWorkspaceSettingSource",
    ),
    "BetaClaudeTagWritesNotEnabledError": ("._error_classes", "ClaudeTagWritesNotEnabledError"),
    "BetaClaudeTagWritesNotEnabledErrorDetails": (
        "_models.claude_tag_writes_not_enabled_error_details",
        "ClaudeTagWritesNotEnabledErrorDetails",
    ),
    "BetaComplianceConfigurationRestrictedError": (
        "._error_classes",
        "BetaComplianceConfigurationRestrictedError",
    ),
    "BetaComplianceConfigurationRestrictedErrorDetails": (
        "_models.compliance_configuration_restricted_error_details",
        "ComplianceConfigurationRestrictedErrorDetails",
    ),
    "BetaComplianceSettings": (
        "_models.organization_compliance_settings",
        "OrganizationComplianceSettings",
    ),
    "BetaComplianceSettingsState": ("_models.compliance_settings_state", "ComplianceSettingsState"),
    "BetaComplianceSettingsStateDisabled": (
        "_models.compliance_settings_state_disabled",
        "ComplianceSettingsStateDisabled",
    ),
    "BetaComplianceSettingsStateDisabledParam": (
        "_params.compliance_settings_state_disabled_param",
        "ComplianceSettingsStateDisabledParam",
    ),
    "BetaComplianceSettingsStateEnabled": (
        "_models.compliance_settings_state_enabled",
        "ComplianceSettingsStateEnabled",
    ),
    "BetaComplianceSettingsStateEnabledParam": (
        "_params.compliance_settings_state_enabled_param",
        "ComplianceSettingsStateEnabledParam",
    ),
    "BetaComplianceSettingsStateParam": (
        "_params.compliance_settings_state_param",
        "ComplianceSettingsStateParam",
    ),
    "BetaDataResidency": ("_models.data_residency", "DataResidency"),
    "BetaDataResidencyCreateConfigParam": (
        "_params.data_residency_create_config_param",
        "DataResidencyCreateConfigParam",
    ),
    "BetaDataResidencyUpdateConfigParam": (
        "_params.data_residency_update_config_param",
        "DataResidencyUpdateConfigParam",
    ),
    "BetaDeletedExternalStorage": ("_models.deleted_external_storage", "DeletedExternalStorage"),
    "BetaDeletedOrganizationWebhookEndpoint": (
        "_models.deleted_organization_webhook_endpoint",
        "DeletedOrganizationWebhookEndpoint",
    ),
    "BetaDeletedPlugin": ("_models.deleted_plugin", "DeletedPlugin"),
    "BetaDeletedRBACGroup": ("_models.deleted_rbac_group", "DeletedRBACGroup"),
    "BetaDeletedTelemetryDestination": (
        "_models.deleted_telemetry_destination",
        "DeletedTelemetryDestination",
    ),
    "BetaDrainingExternalStorageStatus": (
        "_models.draining_external_storage_status",
        "DrainingExternalStorageStatus",
    ),
    "BetaExternalKey": ("_models.external_key", "ExternalKey"),
    "BetaExternalKeyAttachedAttachment": (
        "_models.external_key_attached_attachment",
        "ExternalKeyAttachedAttachment",
    ),
    "BetaExternalKeyUnattachedAttachment": (
        "_models.external_key_unattached_attachment",
        "ExternalKeyUnattachedAttachment",
    ),
    "BetaExternalStorage": ("_models.external_storage", "ExternalStorage"),
    "BetaExternalStorageFailedCheck": (
        "_models.external_storage_failed_check",
        "ExternalStorageFailedCheck",
    ),
    "BetaExternalStorageInUseError": ("._error_classes", "BetaExternalStorageInUseError"),
    "BetaExternalStorageInUseErrorDetails": (
        "_models.external_storage_in_use_error_details",
        "ExternalStorageInUseErrorDetails",
    ),
    "BetaExternalStorageInWorkspacePolicyError": (
        "._error_classes",
        "BetaExternalStorageInWorkspacePolicyError",
    ),
    "BetaExternalStorageInWorkspacePolicyErrorDetails": (
        "_models.external_storage_in_workspace_policy_error_details",
        "ExternalStorageInWorkspacePolicyErrorDetails",
    ),
    "BetaExternalStorageMember": ("_models.external_storage_member", "ExternalStorageMember"),
    "BetaExternalStorageMemberParam": (
        "_params.external_storage_member_param",
        "ExternalStorageMemberParam",
    ),
    "BetaExternalStorageNotAvailableError": (
        "._error_classes",
        "BetaExternalStorageNotAvailableError",
    ),
    "BetaExternalStorageNotAvailableErrorDetails": (
        "_models.external_storage_not_available_error_details",
        "ExternalStorageNotAvailableErrorDetails",
    ),
    "BetaGCPExternalKeyConfig": ("_models.gcp_external_key_config", "GCPExternalKeyConfig"),
    "BetaGCPExternalKeyConfigParam": (
        "_params.gcp_external_key_config_param",
        "GCPExternalKeyConfigParam",
    ),
    "BetaGCPExternalStorageConfig": (
        "_models.gcp_external_storage_config",
        "GCPExternalStorageConfig",
    ),
    "BetaGCPExternalStorageConfigParam": (
        "_params.gcp_external_storage_config_param",
        "GCPExternalStorageConfigParam",
    ),
    "BetaGrantRequiredError": ("._error_classes", "BetaGrantRequiredError"),
    "BetaGrantRequiredErrorDetails": (
        "_models.grant_required_error_details",
        "GrantRequiredErrorDetails",
    ),
    "BetaHumanReviewOnWithExternalStorageError": (
        "._error_classes",
        "BetaHumanReviewOnWithExternalStorageError",
    ),
    "BetaHumanReviewOnWithExternalStorageErrorDetails": (
        "_models.human_review_on_with_external_storage_error_details",
        "HumanReviewOnWithExternalStorageErrorDetails",
    ),
    "BetaInferenceDataPrivacy": ("_models.inference_data_privacy", "InferenceDataPrivacy"),
    "BetaInferenceDataPrivacyCreateParam": (
        "_params.inference_data_privacy_param",
        "InferenceDataPrivacyParam",
    ),
    "BetaInferenceDataPrivacyUpdateParam": (
        "_params.inference_data_privacy_param",
        "InferenceDataPrivacyParam",
    ),
    "BetaInternalStorage": ("_models.internal_storage", "InternalStorage"),
    "BetaInternalStorageParam": ("_params.internal_storage_param", "InternalStorageParam"),
    "BetaInvalidStorageARNError": ("._error_classes", "BetaInvalidStorageARNError"),
    "BetaInvalidStorageARNErrorDetails": (
        "_models.invalid_storage_arn_error_details",
        "InvalidStorageARNErrorDetails",
    ),
    "BetaNewOrganizationWebhookEndpoint": (
        "_models.new_organization_webhook_endpoint",
        "NewOrganizationWebhookEndpoint",
    ),
    "BetaNoBillingWorkspaceRole": (
        "_params.no_billing_workspace_role_param",
        "NoBillingWorkspaceRoleParam",
    ),
    "BetaOrganizationInvite": ("_models.organization_invite", "OrganizationInvite"),
    "BetaOrganizationLevelScopedAPIKeyRequiredError": (
        "._error_classes",
        "BetaOrganizationLevelScopedAPIKeyRequiredError",
    ),
    "BetaOrganizationLevelScopedAPIKeyRequiredErrorDetails": (
        "_models.organization_level_scoped_api_key_required_error_details",
        "OrganizationLevelScopedAPIKeyRequiredErrorDetails",
    ),
    "BetaOrganizationRateLimit": ("_models.organization_rate_limit", "OrganizationRateLimit"),
    "BetaOrganizationRateLimitBatchGroup": (
        "_models.organization_rate_limit_batch_group",
        "OrganizationRateLimitBatchGroup",
    ),
    "BetaOrganizationRateLimitFilesGroup": (
        "_models.organization_rate_limit_files_group",
        "OrganizationRateLimitFilesGroup",
    ),
    "BetaOrganizationRateLimitModelGroup": (
        "_models.organization_rate_limit_model_group",
        "OrganizationRateLimitModelGroup",
    ),
    "BetaOrganizationRateLimitSkillsGroup": (
        "_models.organization_rate_limit_skills_group",
        "OrganizationRateLimitSkillsGroup",
    ),
    "BetaOrganizationRateLimitTokenCountGroup": (
        "_models.organization_rate_limit_token_count_group",
        "OrganizationRateLimitTokenCountGroup",
    ),
    "BetaOrganizationRateLimitValue": (
        "_models.organization_rate_limit_value",
        "OrganizationRateLimitValue",
    ),
    "BetaOrganizationRateLimitWebSearchGroup": (
        "_models.organization_rate_limit_web_search_group",
        "OrganizationRateLimitWebSearchGroup",
    ),
    "BetaOrganizationUser": ("_models.organization_user", "OrganizationUser"),
    "BetaOrganizationWebhookEndpoint": (
        "_models.organization_webhook_endpoint",
        "OrganizationWebhookEndpoint",
    ),
    "BetaOrganizationWebhookEndpointSigningSecret": (
        "_models.organization_webhook_endpoint_signing_secret",
        "OrganizationWebhookEndpointSigningSecret",
    ),
    "BetaOrganizationWebhookEndpointState": (
        "_models.organization_webhook_endpoint_state",
        "OrganizationWebhookEndpointState",
    ),
    "BetaPendingConfigurationExternalStorageStatus": (
        "_models.pending_configuration_external_storage_status",
        "PendingConfigurationExternalStorageStatus",
    ),
    "BetaPlugin": ("_models.plugin", "Plugin"),
    "BetaPluginAPIActor": ("_models.plugin_api_actor", "PluginAPIActor"),
    "BetaPluginComponent": ("_models.plugin_component", "PluginComponent"),
    "BetaPluginContentScan": ("_models.plugin_content_scan", "PluginContentScan"),
    "BetaPluginMarketplace": ("_models.plugin_marketplace", "PluginMarketplace"),
    "BetaPluginMarketplaceValidationPluginError": (
        "_models.plugin_marketplace_validation_plugin_error_object",
        "PluginMarketplaceValidationPluginErrorObject",
    ),
    "BetaPluginMarketplaceValidationPluginErrorObject": (
        "_models.plugin_marketplace_validation_plugin_error_object",
        "PluginMarketplaceValidationPluginErrorObject",
    ),
    "BetaPluginMarketplaceValidationPluginWarning": (
        "_models.plugin_marketplace_validation_plugin_warning",
        "PluginMarketplaceValidationPluginWarning",
    ),
    "BetaPluginMarketplaceValidationPluginWarnings": (
        "_models.plugin_marketplace_validation_plugin_warnings",
        "PluginMarketplaceValidationPluginWarnings",
    ),
    "BetaPluginMarketplaceValidationReport": (
        "_models.plugin_marketplace_validation_report",
        "PluginMarketplaceValidationReport",
    ),
    "BetaPluginNameTakenError": ("._error_classes", "PluginNameTakenError"),
    "BetaPluginNameTakenErrorDetails": (
        "_models.plugin_name_taken_error_details",
        "PluginNameTakenErrorDetails",
    ),
    "BetaPluginOwnerOrganization": ("_models.plugin_owner_organization", "PluginOwnerOrganization"),
    "BetaPluginOwnerUser": ("_models.plugin_owner_user", "PluginOwnerUser"),
    "BetaPluginTargetOrganization": (
        "_models.plugin_target_organization",
        "PluginTargetOrganization",
    ),
    "BetaPluginTargetOrganizationMember": (
        "_models.plugin_target_organization_member",
        "PluginTargetOrganizationMember",
    ),
    "BetaPluginTargetRBACGroup": ("_models.plugin_target_rbac_group", "PluginTargetRBACGroup"),
    "BetaPluginUserActor": ("_models.plugin_user_actor", "PluginUserActor"),
    "BetaProviderNotAllowedError": ("._error_classes", "BetaProviderNotAllowedError"),
    "BetaProviderNotAllowedErrorDetails": (
        "_models.provider_not_allowed_error_details",
        "ProviderNotAllowedErrorDetails",
    ),
    "BetaRBACGroup": ("_models.rbac_group", "RBACGroup"),
    "BetaRBACGroupNotFoundError": ("._error_classes", "BetaRBACGroupNotFoundError"),
    "BetaRBACGroupNotFoundErrorDetails": (
        "_models.rbac_group_not_found_error_details",
        "RBACGroupNotFoundErrorDetails",
    ),
    "BetaRBACRole": ("_models.rbac_role", "RBACRole"),
    "BetaRBACRoleSource": ("_models.rbac_role_source", "RBACRoleSource"),
    "BetaRBACRoleSourceBuiltIn": ("_models.rbac_role_source_built_in", "RBACRoleSourceBuiltIn"),
    "BetaRBACRoleSourceCustom": ("_models.rbac_role_source_custom", "RBACRoleSourceCustom"),
    "BetaRegistrationPendingError": ("._error_classes", "BetaRegistrationPendingError"),
    "BetaRegistrationPendingErrorDetails": (
        "_models.registration_pending_error_details",
        "RegistrationPendingErrorDetails",
    ),
    "BetaScanFailedError": ("._error_classes", "BetaScanFailedError"),
    "BetaScanFailedErrorDetails": ("_models.scan_failed_error_details", "ScanFailedErrorDetails"),
    "BetaScanPendingError": ("._error_classes", "BetaScanPendingError"),
    "BetaScanPendingErrorDetails": (
        "_models.scan_pending_error_details",
        "ScanPendingErrorDetails",
    ),
    "BetaServiceAccount": ("_models.service_account", "ServiceAccount"),
    "BetaServiceAccountWorkspaceMember": (
        "_models.service_account_workspace_member",
        "ServiceAccountWorkspaceMember",
    ),
    "BetaSkillNameTakenError": ("._error_classes", "BetaSkillNameTakenError"),
    "BetaSkillNameTakenErrorDetails": (
        "_models.skill_name_taken_error_details",
        "SkillNameTakenErrorDetails",
    ),
    "BetaSlackChannelSetUpEnvironmentNotFoundError": (
        "._error_classes",
        "BetaSlackChannelSetUpEnvironmentNotFoundError",
    ),
    "BetaSlackChannelSetUpEnvironmentNotFoundErrorDetails": (
        "_models.slack_channel_set_up_environment_not_found_error_details",
        "SlackChannelSetUpEnvironmentNotFoundErrorDetails",
    ),
    "BetaSlackChannelSetUpSettingsConflictError": (
        "._error_classes",
        "BetaSlackChannelSetUpSettingsConflictError",
    ),
    "BetaSlackChannelSetUpSettingsConflictErrorDetails": (
        "_models.slack_channel_set_up_settings_conflict_error_details",
        "SlackChannelSetUpSettingsConflictErrorDetails",
    ),
    "BetaSlackChannelSetUpSettingsRefusedError": (
        "._error_classes",
        "BetaSlackChannelSetUpSettingsRefusedError",
    ),
    "BetaSlackChannelSetUpSettingsRefusedErrorDetails": (
        "_models.slack_channel_set_up_settings_refused_error_details",
        "SlackChannelSetUpSettingsRefusedErrorDetails",
    ),
    "BetaSpendLimit": ("_models.spend_limit", "SpendLimit"),
    "BetaSpendLimitOrganizationScope": (
        "_models.spend_limit_organization_scope",
        "SpendLimitOrganizationScope",
    ),
    "BetaSpendLimitOrganizationScopeParam": (
        "_params.spend_limit_organization_scope_param",
        "SpendLimitOrganizationScopeParam",
    ),
    "BetaSpendLimitOrganizationServiceScope": (
        "_models.spend_limit_organization_service_scope",
        "SpendLimitOrganizationServiceScope",
    ),
    "BetaSpendLimitPeriod": ("_models.spend_limit_period", "SpendLimitPeriod"),
    "BetaSpendLimitRBACGroupScope": (
        "_models.spend_limit_rbac_group_scope",
        "SpendLimitRBACGroupScope",
    ),
    "BetaSpendLimitScopedAPIKeyActor": (
        "_models.spend_limit_scoped_api_key_actor",
        "SpendLimitScopedAPIKeyActor",
    ),
    "BetaSpendLimitSeatTierScope": (
        "_models.spend_limit_seat_tier_scope",
        "SpendLimitSeatTierScope",
    ),
    "BetaSpendLimitUsageTierScope": (
        "_models.spend_limit_usage_tier_scope",
        "SpendLimitUsageTierScope",
    ),
    "BetaSpendLimitUserActor": ("_models.spend_limit_user_actor", "SpendLimitUserActor"),
    "BetaSpendLimitUserScope": ("_models.spend_limit_user_scope", "SpendLimitUserScope"),
    "BetaSpendLimitUserScopeParam": (
        "_params.spend_limit_user_scope_param",
        "SpendLimitUserScopeParam",
    ),
    "BetaSpendLimitWorkspaceScope": (
        "_models.spend_limit_workspace_scope",
        "SpendLimitWorkspaceScope",
    ),
    "BetaSpendLimitWorkspaceScopeParam": (
        "_params.spend_limit_workspace_scope_param",
        "SpendLimitWorkspaceScopeParam",
    ),
    "BetaSpendLimitsAdminAPIWritesNotEnabledError": (
        "._error_classes",
        "SpendLimitsAdminAPIWritesNotEnabledError",
    ),
    "BetaSpendLimitsAdminAPIWritesNotEnabledErrorDetails": (
        "_models.spend_limits_admin_api_writes_not_enabled_error_details",
        "SpendLimitsAdminAPIWritesNotEnabledErrorDetails",
    ),
    "BetaSpendSummary": ("_models.spend_summary", "SpendSummary"),
    "BetaStorageAlreadyRegisteredError": ("._error_classes", "BetaStorageAlreadyRegisteredError"),
    "BetaStorageAlreadyRegisteredErrorDetails": (
        "_models.storage_already_registered_error_details",
        "StorageAlreadyRegisteredErrorDetails",
    ),
    "BetaStorageAttachLimitReachedError": ("._error_classes", "BetaStorageAttachLimitReachedError"),
    "BetaStorageAttachLimitReachedErrorDetails": (
        "_models.storage_attach_limit_reached_error_details",
        "StorageAttachLimitReachedErrorDetails",
    ),
    "BetaStorageChangedConcurrentlyError": (
        "._error_classes",
        "BetaStorageChangedConcurrentlyError",
    ),
    "BetaStorageChangedConcurrentlyErrorDetails": (
        "_models.storage_changed_concurrently_error_details",
        "StorageChangedConcurrentlyErrorDetails",
    ),
    "BetaStorageMember": ("_models.storage_member", "StorageMember"),
    "BetaStorageMemberParam": ("_params.storage_member_param", "StorageMemberParam"),
    "BetaStorageNotAttachableError": ("._error_classes", "BetaStorageNotAttachableError"),
    "BetaStorageNotAttachableErrorDetails": (
        "_models.storage_not_attachable_error_details",
        "StorageNotAttachableErrorDetails",
    ),
    "BetaStorageProfileStillRequiredError": (
        "._error_classes",
        "BetaStorageProfileStillRequiredError",
    ),
    "BetaStorageProfileStillRequiredErrorDetails": (
        "_models.storage_profile_still_required_error_details",
        "StorageProfileStillRequiredErrorDetails",
    ),
    "BetaStorageVerificationFailedError": ("._error_classes", "BetaStorageVerificationFailedError"),
    "BetaStorageVerificationFailedErrorDetails": (
        "_models.storage_verification_failed_error_details",
        "StorageVerificationFailedErrorDetails",
    ),
    "BetaTelemetryDestination": ("_models.telemetry_destination", "TelemetryDestination"),
    "BetaTelemetryDestinationContentMode": (
        "_models.telemetry_destination_content_mode",
        "TelemetryDestinationContentMode",
    ),
    "BetaTelemetryDestinationDeliveryHealth": (
        "_models.telemetry_destination_delivery_health",
        "TelemetryDestinationDeliveryHealth",
    ),
    "BetaTelemetryDestinationDisabledReason": (
        "_models.telemetry_destination_disabled_reason",
        "TelemetryDestinationDisabledReason",
    ),
    "BetaTelemetryDestinationDisabledReasonCaller": (
        "_models.telemetry_destination_disabled_reason_caller",
        "TelemetryDestinationDisabledReasonCaller",
    ),
    "BetaTelemetryDestinationDisabledReasonInvalidAddress": (
        "_models.telemetry_destination_disabled_reason_invalid_address",
        "TelemetryDestinationDisabledReasonInvalidAddress",
    ),
    "BetaTelemetryDestinationDisabledReasonRedirect": (
        "_models.telemetry_destination_disabled_reason_redirect",
        "TelemetryDestinationDisabledReasonRedirect",
    ),
    "BetaTelemetryDestinationDisabledReasonSustainedFailure": (
        "_models.telemetry_destination_disabled_reason_sustained_failure",
        "TelemetryDestinationDisabledReasonSustainedFailure",
    ),
    "BetaTelemetryDestinationState": (
        "_models.telemetry_destination_state",
        "TelemetryDestinationState",
    ),
    "BetaTelemetryDestinationStateDisabled": (
        "_models.telemetry_destination_state_disabled",
        "TelemetryDestinationStateDisabled",
    ),
    "BetaTelemetryDestinationStateDisabledParams": (
        "_params.telemetry_destination_state_disabled_param",
        "TelemetryDestinationStateDisabledParam",
    ),
    "BetaTelemetryDestinationStateEnabled": (
        "_models.telemetry_destination_state_enabled",
        "TelemetryDestinationStateEnabled",
    ),
    "BetaTelemetryDestinationStateEnabledParams": (
        "_params.telemetry_destination_state_enabled_param",
        "TelemetryDestinationStateEnabledParam",
    ),
    "BetaTelemetryDestinationStateParams": (
        "_params.telemetry_destination_state_param",
        "TelemetryDestinationStateParam",
    ),
    "BetaTelemetryDestinationTestFailure": (
        "_models.telemetry_destination_test_failure",
        "TelemetryDestinationTestFailure",
    ),
    "BetaTelemetryDestinationTestResponse": (
        "_models.telemetry_destination_test_response",
        "TelemetryDestinationTestResponse",
    ),
    "BetaTelemetryDestinationTestResult": (
        "_models.telemetry_destination_test_result",
        "TelemetryDestinationTestResult",
    ),
    "BetaTelemetryDestinationTestSuccess": (
        "_models.telemetry_destination_test_success",
        "TelemetryDestinationTestSuccess",
    ),
    "BetaTelemetryDestinationTraces": (
        "_models.telemetry_destination_traces",
        "TelemetryDestinationTraces",
    ),
    "BetaTelemetryDestinationTracesParams": (
        "_params.telemetry_destination_traces_param",
        "TelemetryDestinationTracesParam",
    ),
    "BetaTelemetryDestinationWorkspaces": (
        "_models.telemetry_destination_workspaces",
        "TelemetryDestinationWorkspaces",
    ),
    "BetaTelemetryDestinationWorkspacesAll": (
        "_models.telemetry_destination_workspaces_all",
        "TelemetryDestinationWorkspacesAll",
    ),
    "BetaTelemetryDestinationWorkspacesAllParams": (
        "_params.telemetry_destination_workspaces_all_param",
        "TelemetryDestinationWorkspacesAllParam",
    ),
    "BetaTelemetryDestinationWorkspacesExclude": (
        "_models.telemetry_destination_workspaces_exclude",
        "TelemetryDestinationWorkspacesExclude",
    ),
    "BetaTelemetryDestinationWorkspacesExcludeParams": (
        "_params.telemetry_destination_workspaces_exclude_param",
        "TelemetryDestinationWorkspacesExcludeParam",
    ),
    "BetaTelemetryDestinationWorkspacesInclude": (
        "_models.telemetry_destination_workspaces_include",
        "TelemetryDestinationWorkspacesInclude",
    ),
    "BetaTelemetryDestinationWorkspacesIncludeParams": (
        "_params.telemetry_destination_workspaces_include_param",
        "TelemetryDestinationWorkspacesIncludeParam",
    ),
    "BetaTelemetryDestinationWorkspacesParams": (
        "_params.telemetry_destination_workspaces_param",
        "TelemetryDestinationWorkspacesParam",
    ),
    "BetaTranscriptsStorageRequiredError": (
        "._error_classes",
        "BetaTranscriptsStorageRequiredError",
    ),
    "BetaTranscriptsStorageRequiredErrorDetails": (
        "_models.transcripts_storage_required_error_details",
        "TranscriptsStorageRequiredErrorDetails",
    ),
    "BetaUnsupportedRegionError": ("._error_classes", "BetaUnsupportedRegionError"),
    "BetaUnsupportedRegionErrorDetails": (
        "_models.unsupported_region_error_details",
        "UnsupportedRegionErrorDetails",
    ),
    "BetaWorkspace": ("_models.workspace", "Workspace"),
    "BetaWorkspaceChangedConcurrentlyError": (
        "._error_classes",
        "BetaWorkspaceChangedConcurrentlyError",
    ),
    "BetaWorkspaceChangedConcurrentlyErrorDetails": (
        "_models.workspace_changed_concurrently_error_details",
        "WorkspaceChangedConcurrentlyErrorDetails",
    ),
    "BetaWorkspaceChangedConcurrentlyField": (
        "_models.workspace_changed_concurrently_field",
        "WorkspaceChangedConcurrentlyField",
    ),
    "BetaWorkspaceMember": ("_models.workspace_member", "WorkspaceMember"),
    "BetaWorkspaceRole": ("_models.workspace_role", "WorkspaceRole"),
    "ComplianceSettingUpdateParams": (
        "_params.beta_compliance_setting_update_params",
        "BetaComplianceSettingUpdateParams",
    ),
    "ExternalKeyCreateParams": (
        "_params.beta_external_key_create_params",
        "BetaExternalKeyCreateParams",
    ),
    "ExternalKeyDeleteResponse": (
        "_models.external_key_delete_response",
        "ExternalKeyDeleteResponse",
    ),
    "ExternalKeyListParams": ("_params.beta_external_key_list_params", "BetaExternalKeyListParams"),
    "ExternalKeyUpdateParams": (
        "_params.beta_external_key_update_params",
        "BetaExternalKeyUpdateParams",
    ),
    "ExternalKeyValidateResponse": (
        "_models.external_key_validate_response",
        "ExternalKeyValidateResponse",
    ),
    "ExternalStorageCreateParams": (
        "_params.external_storage_create_params",
        "ExternalStorageCreateParams",
    ),
    "ExternalStorageListParams": (
        "_params.external_storage_list_params",
        "ExternalStorageListParams",
    ),
    "ExternalStorageUpdateParams": (
        "_params.external_storage_update_params",
        "ExternalStorageUpdateParams",
    ),
    "InviteCreateParams": ("_params.beta_invite_create_params", "BetaInviteCreateParams"),
    "InviteDeleteResponse": ("_models.invite_delete_response", "InviteDeleteResponse"),
    "InviteListParams": ("_params.beta_invite_list_params", "BetaInviteListParams"),
    "PluginCreateParams": ("_params.plugin_create_params", "PluginCreateParams"),
    "PluginListParams": ("_params.plugin_list_params", "PluginListParams"),
    "PluginMarketplaceListParams": (
        "_params.plugin_marketplace_list_params",
        "PluginMarketplaceListParams",
    ),
    "PluginMarketplaceRetrieveParams": (
        "_params.plugin_marketplace_retrieve_params",
        "PluginMarketplaceRetrieveParams",
    ),
    "PluginMarketplaceUpdateParams": (
        "_params.plugin_marketplace_update_params",
        "PluginMarketplaceUpdateParams",
    ),
    "PluginMarketplaceValidateArchiveParams": (
        "_params.plugin_marketplace_validate_archive_params",
        "PluginMarketplaceValidateArchiveParams",
    ),
    "PluginMarketplaceValidateRepositoryParams": (
        "_params.plugin_marketplace_validate_repository_params",
        "PluginMarketplaceValidateRepositoryParams",
    ),
    "PluginRetrieveParams": ("_params.plugin_retrieve_params", "PluginRetrieveParams"),
    "PluginUpdateParams": ("_params.plugin_update_params", "PluginUpdateParams"),
    "RBACGroupCreateParams": ("_params.beta_rbac_group_create_params", "BetaRBACGroupCreateParams"),
    "RBACGroupListParams": ("_params.beta_rbac_group_list_params", "BetaRbacGroupListParams"),
    "RBACGroupUpdateParams": ("_params.beta_rbac_group_update_params", "BetaRBACGroupUpdateParams"),
    "RBACRoleListParams": ("_params.beta_rbac_role_list_params", "BetaRbacRoleListParams"),
    "RateLimitListParams": (
        "_params.beta_organization_rate_limit_list_params",
        "BetaOrganizationRateLimitListParams",
    ),
    "ServiceAccountCreateParams": (
        "_params.beta_service_account_create_params",
        "BetaServiceAccountCreateParams",
    ),
    "ServiceAccountListParams": (
        "_params.beta_organization_service_account_list_params",
        "BetaOrganizationServiceAccountListParams",
    ),
    "ServiceAccountUpdateParams": (
        "_params.beta_service_account_update_params",
        "BetaServiceAccountUpdateParams",
    ),
    "SpendLimitDeleteResponse": ("_models.spend_limit_delete_response", "SpendLimitDeleteResponse"),
    "SpendLimitListParams": ("_params.spend_limit_list_params", "SpendLimitListParams"),
    "SpendLimitSetParams": ("_params.spend_limit_set_params", "SpendLimitSetParams"),
    "TelemetryDestinationCreateParams": (
        "_params.telemetry_destination_create_params",
        "TelemetryDestinationCreateParams",
    ),
    "TelemetryDestinationListParams": (
        "_params.telemetry_destination_list_params",
        "TelemetryDestinationListParams",
    ),
    "TelemetryDestinationUpdateParams": (
        "_params.telemetry_destination_update_params",
        "TelemetryDestinationUpdateParams",
    ),
    "UserListParams": ("_params.beta_user_list_params", "BetaUserListParams"),
    "UserRemoveResponse": ("_models.user_remove_response", "UserRemoveResponse"),
    "UserUpdateParams": ("_params.beta_user_update_params", "BetaUserUpdateParams"),
    "WebhookCreateParams": ("_params.webhook_create_params", "WebhookCreateParams"),
    "WebhookListParams": ("_params.webhook_list_params", "WebhookListParams"),
    "WebhookUpdateParams": ("_params.webhook_update_params", "WebhookUpdateParams"),
    "WorkspaceCreateParams": ("_params.beta_workspace_create_params", "BetaWorkspaceCreateParams"),
    "WorkspaceListParams": ("_params.beta_workspace_list_params", "BetaWorkspaceListParams"),
    "WorkspaceUpdateParams": ("_params.beta_workspace_update_params", "BetaWorkspaceUpdateParams"),
}

__all__ = [
    "APIKeyListParams",
    "APIKeyUpdateParams",
    "BetaAPIKey",
    "BetaAPIKeyCreatedBy",
    "BetaAPIKeyOrganizationScope",
    "BetaAPIKeyScopeMissingError",
    "BetaAPIKeyScopeMissingErrorDetails",
    "BetaAPIKeyServiceAccountActor",
    "BetaAPIKeyUserActor",
    "BetaAPIKeyWorkspaceScope",
    "BetaAWSExternalKeyConfig",
    "BetaAWSExternalKeyConfigParam",
    "BetaAWSExternalStorageConfig",
    "BetaAWSExternalStorageConfigParam",
    "BetaAccessTransparency",
    "BetaActiveExternalStorageStatus",
    "BetaAllowedInferenceGeo",
    "BetaAnalyticsAPIActor",
    "BetaAnalyticsActor",
    "BetaAnalyticsActorType",
    "BetaAnalyticsArtifactActivity",
    "BetaAnalyticsArtifactGroupBy",
    "BetaAnalyticsChatCoworkUnifiedChatMetrics",
    "BetaAnalyticsChatCoworkUnifiedMetrics",
    "BetaAnalyticsChatCoworkUnifiedSessionsMetrics",
    "BetaAnalyticsChatMetrics",
    "BetaAnalyticsClaudeCodeMetrics",
    "BetaAnalyticsClaudeTagCategory",
    "BetaAnalyticsClaudeTagMetrics",
    "BetaAnalyticsConnectorActivity",
    "BetaAnalyticsConnectorChatCoworkUnifiedChatMetrics",
    "BetaAnalyticsConnectorChatCoworkUnifiedMetrics",
    "BetaAnalyticsConnectorChatCoworkUnifiedSessionsMetrics",
    "BetaAnalyticsConnectorChatMetrics",
    "BetaAnalyticsConnectorClaudeCodeMetrics",
    "BetaAnalyticsConnectorCoworkMetrics",
    "BetaAnalyticsConnectorGroupBy",
    "BetaAnalyticsConnectorOfficeMetrics",
    "BetaAnalyticsConnectorOfficeProductMetrics",
    "BetaAnalyticsContextWindow",
    "BetaAnalyticsCoreCodeMetrics",
    "BetaAnalyticsCostBucketedResult",
    "BetaAnalyticsCostReportTimeBucket",
    "BetaAnalyticsCostType",
    "BetaAnalyticsCostUsersItem",
    "BetaAnalyticsCoworkMetrics",
    "BetaAnalyticsDesignMetrics",
    "BetaAnalyticsFederatedActor",
    "BetaAnalyticsFederatedActorAWSProvider",
    "BetaAnalyticsFederatedActorAzureProvider",
    "BetaAnalyticsFederatedActorGCPProvider",
    "BetaAnalyticsFederatedActorOIDCProvider",
    "BetaAnalyticsFederatedActorProvider",
    "BetaAnalyticsGroupedCostType",
    "BetaAnalyticsInferenceGeoFilter",
    "BetaAnalyticsLinesOfCode",
    "BetaAnalyticsOfficeMetrics",
    "BetaAnalyticsOfficeProductMetrics",
    "BetaAnalyticsOrder",
    "BetaAnalyticsPluginActivity",
    "BetaAnalyticsPluginChatCoworkUnifiedMetrics",
    "BetaAnalyticsPluginClaudeCodeMetrics",
    "BetaAnalyticsPluginCoworkMetrics",
    "BetaAnalyticsPluginGroupBy",
    "BetaAnalyticsProductFilter",
    "BetaAnalyticsProjectActivity",
    "BetaAnalyticsProjectGroupBy",
    "BetaAnalyticsReportUserActor",
    "BetaAnalyticsScienceMetrics",
    "BetaAnalyticsServerToolUse",
    "BetaAnalyticsServiceAccountActor",
    "BetaAnalyticsServiceTier",
    "BetaAnalyticsSingleDayActivitySummary",
    "BetaAnalyticsSkillActivity",
    "BetaAnalyticsSkillChatCoworkUnifiedChatMetrics",
    "BetaAnalyticsSkillChatCoworkUnifiedMetrics",
    "BetaAnalyticsSkillChatCoworkUnifiedSessionsMetrics",
    "BetaAnalyticsSkillChatMetrics",
    "BetaAnalyticsSkillClaudeCodeMetrics",
    "BetaAnalyticsSkillCoworkMetrics",
    "BetaAnalyticsSkillGroupBy",
    "BetaAnalyticsSkillOfficeMetrics",
    "BetaAnalyticsSkillOfficeProductMetrics",
    "BetaAnalyticsSpeed",
    "BetaAnalyticsTimeBucketWidth",
    "BetaAnalyticsTokenType",
    "BetaAnalyticsToolActionCounts",
    "BetaAnalyticsToolActions",
    "BetaAnalyticsUsageBucketedResult",
    "BetaAnalyticsUsageCostInferenceGeo",
    "BetaAnalyticsUsageCostProductFilter",
    "BetaAnalyticsUsageCostSortOrder",
    "BetaAnalyticsUsageReportTimeBucket",
    "BetaAnalyticsUsageUsersItem",
    "BetaAnalyticsUser",
    "BetaAnalyticsUserActivity",
    "BetaAnalyticsUserActor",
    "BetaAnalyticsUserGroupBy",
    "BetaAnthropicHumanReview",
    "BetaAnthropicHumanReviewParam",
    "BetaAvailableExternalStorageStatus",
    "BetaAzureExternalKeyConfig",
    "BetaAzureExternalKeyConfigParam",
    "BetaBundleAttachmentNotSupportedError",
    "BetaBundleAttachmentNotSupportedErrorDetails",
    "BetaBundleOnCallError",
    "BetaBundleOnCallErrorDetails",
    "BetaCannotSignOutManagedMemberError",
    "BetaCannotSignOutManagedMemberErrorDetails",
    "BetaCannotSignOutMembershipAdminError",
    "BetaCannotSignOutMembershipAdminErrorDetails",
    "BetaCannotSignOutOwnerError",
    "BetaCannotSignOutOwnerErrorDetails",
    "BetaCannotSignOutPrimaryOwnerError",
    "BetaCannotSignOutPrimaryOwnerErrorDetails",
    "BetaCannotSignOutPrivilegedMemberError",
    "BetaCannotSignOutPrivilegedMemberErrorDetails",
    "BetaCannotSignOutSelfError",
    "BetaCannotSignOutSelfErrorDetails",
    "BetaClaudeTagDefaultSettingSource",
    "BetaClaudeTagGuestPolicy",
    "BetaClaudeTagGuestPolicyAllow",
    "BetaClaudeTagGuestPolicyAllowParam",
    "BetaClaudeTagGuestPolicyChannelOnly",
    "BetaClaudeTagGuestPolicyChannelOnlyParam",
    "BetaClaudeTagGuestPolicyParam",
    "BetaClaudeTagGuestPolicyRestrict",
    "BetaClaudeTagGuestPolicyRestrictParam",
    "BetaClaudeTagReplyMode",
    "BetaClaudeTagReplyModeAlwaysAwake",
    "BetaClaudeTagReplyModeAlwaysAwakeParam",
    "BetaClaudeTagReplyModeAutomatic",
    "BetaClaudeTagReplyModeAutomaticParam",
    "BetaClaudeTagReplyModeMentionOnly",
    "BetaClaudeTagReplyModeMentionOnlyParam",
    "BetaClaudeTagReplyModeParam",
    "BetaClaudeTagReplyModeThread",
    "BetaClaudeTagReplyModeThreadParam",
    "BetaClaudeTagSettingSource",
    "BetaClaudeTagSettingSources",
    "BetaClaudeTagSettings",
    "BetaClaudeTagSettingsCreateParam",
    "BetaClaudeTagSettingsUpdateParam",
    "BetaClaudeTagSlackChannelIdentifiers",
    "BetaClaudeTagSlackChannelIdentifiersParam",
    "BetaClaudeTagSlackChannelSettingSource",
    "BetaClaudeTagSlackDefaultSettingSource",
    "BetaClaudeTagSlackGridChannelSettingSource",
    "BetaClaudeTagSlackParentChannelSettingSource",
    "BetaClaudeTagSlackWorkspaceIdentifiers",
    "BetaClaudeTagSlackWorkspaceSettingSource",
    "BetaClaudeTagWritesNotEnabledError",
    "BetaClaudeTagWritesNotEnabledErrorDetails",
    "BetaComplianceConfigurationRestrictedError",
    "BetaComplianceConfigurationRestrictedErrorDetails",
    "BetaComplianceSettings",
    "BetaComplianceSettingsState",
    "BetaComplianceSettingsStateDisabled",
    "BetaComplianceSettingsStateDisabledParam",
    "BetaComplianceSettingsStateEnabled",
    "BetaComplianceSettingsStateEnabledParam",
    "BetaComplianceSettingsStateParam",
    "BetaDataResidency",
    "BetaDataResidencyCreateConfigParam",
    "BetaDataResidencyUpdateConfigParam",
    "BetaDeletedExternalStorage",
    "BetaDeletedOrganizationWebhookEndpoint",
    "BetaDeletedPlugin",
    "BetaDeletedRBACGroup",
    "BetaDeletedTelemetryDestination",
    "BetaDrainingExternalStorageStatus",
    "BetaExternalKey",
    "BetaExternalKeyAttachedAttachment",
    "BetaExternalKeyUnattachedAttachment",
    "BetaExternalStorage",
    "BetaExternalStorageFailedCheck",
    "BetaExternalStorageInUseError",
    "BetaExternalStorageInUseErrorDetails",
    "BetaExternalStorageInWorkspacePolicyError",
    "BetaExternalStorageInWorkspacePolicyErrorDetails",
    "BetaExternalStorageMember",
    "BetaExternalStorageMemberParam",
    "BetaExternalStorageNotAvailableError",
    "BetaExternalStorageNotAvailableErrorDetails",
    "BetaGCPExternalKeyConfig",
    "BetaGCPExternalKeyConfigParam",
    "BetaGCPExternalStorageConfig",
    "BetaGCPExternalStorageConfigParam",
    "BetaGrantRequiredError",
    "BetaGrantRequiredErrorDetails",
    "BetaHumanReviewOnWithExternalStorageError",
    "BetaHumanReviewOnWithExternalStorageErrorDetails",
    "BetaInferenceDataPrivacy",
    "BetaInferenceDataPrivacyCreateParam",
    "BetaInferenceDataPrivacyUpdateParam",
    "BetaInternalStorage",
    "BetaInternalStorageParam",
    "BetaInvalidStorageARNError",
    "BetaInvalidStorageARNErrorDetails",
    "BetaNewOrganizationWebhookEndpoint",
    "BetaNoBillingWorkspaceRole",
    "BetaOrganizationInvite",
    "BetaOrganizationLevelScopedAPIKeyRequiredError",
    "BetaOrganizationLevelScopedAPIKeyRequiredErrorDetails",
    "BetaOrganizationRateLimit",
    "BetaOrganizationRateLimitBatchGroup",
    "BetaOrganizationRateLimitFilesGroup",
    "BetaOrganizationRateLimitModelGroup",
    "BetaOrganizationRateLimitSkillsGroup",
    "BetaOrganizationRateLimitTokenCountGroup",
    "BetaOrganizationRateLimitValue",
    "BetaOrganizationRateLimitWebSearchGroup",
    "BetaOrganizationUser",
    "BetaOrganizationWebhookEndpoint",
    "BetaOrganizationWebhookEndpointSigningSecret",
    "BetaOrganizationWebhookEndpointState",
    "BetaPendingConfigurationExternalStorageStatus",
    "BetaPlugin",
    "BetaPluginAPIActor",
    "BetaPluginComponent",
    "BetaPluginContentScan",
    "BetaPluginMarketplace",
    "BetaPluginMarketplaceValidationPluginError",
    "BetaPluginMarketplaceValidationPluginErrorObject",
    "BetaPluginMarketplaceValidationPluginWarning",
    "BetaPluginMarketplaceValidationPluginWarnings",
    "BetaPluginMarketplaceValidationReport",
    "BetaPluginNameTakenError",
    "BetaPluginNameTakenErrorDetails",
    "BetaPluginOwnerOrganization",
    "BetaPluginOwnerUser",
    "BetaPluginTargetOrganization",
    "BetaPluginTargetOrganizationMember",
    "BetaPluginTargetRBACGroup",
    "BetaPluginUserActor",
    "BetaProviderNotAllowedError",
    "BetaProviderNotAllowedErrorDetails",
    "BetaRBACGroup",
    "BetaRBACGroupNotFoundError",
    "BetaRBACGroupNotFoundErrorDetails",
    "BetaRBACRole",
    "BetaRBACRoleSource",
    "BetaRBACRoleSourceBuiltIn",
    "BetaRBACRoleSourceCustom",
    "BetaRegistrationPendingError",
    "BetaRegistrationPendingErrorDetails",
    "BetaScanFailedError",
    "BetaScanFailedErrorDetails",
    "BetaScanPendingError",
    "BetaScanPendingErrorDetails",
    "BetaServiceAccount",
    "BetaServiceAccountWorkspaceMember",
    "BetaSkillNameTakenError",
    "BetaSkillNameTakenErrorDetails",
    "BetaSlackChannelSetUpEnvironmentNotFoundError",
    "BetaSlackChannelSetUpEnvironmentNotFoundErrorDetails",
    "BetaSlackChannelSetUpSettingsConflictError",
    "BetaSlackChannelSetUpSettingsConflictErrorDetails",
    "BetaSlackChannelSetUpSettingsRefusedError",
    "BetaSlackChannelSetUpSettingsRefusedErrorDetails",
    "BetaSpendLimit",
    "BetaSpendLimitOrganizationScope",
    "BetaSpendLimitOrganizationScopeParam",
    "BetaSpendLimitOrganizationServiceScope",
    "BetaSpendLimitPeriod",
    "BetaSpendLimitRBACGroupScope",
    "BetaSpendLimitScopedAPIKeyActor",
    "BetaSpendLimitSeatTierScope",
    "BetaSpendLimitUsageTierScope",
    "BetaSpendLimitUserActor",
    "BetaSpendLimitUserScope",
    "BetaSpendLimitUserScopeParam",
    "BetaSpendLimitWorkspaceScope",
    "BetaSpendLimitWorkspaceScopeParam",
    "BetaSpendLimitsAdminAPIWritesNotEnabledError",
    "BetaSpendLimitsAdminAPIWritesNotEnabledErrorDetails",
    "BetaSpendSummary",
    "BetaStorageAlreadyRegisteredError",
    "BetaStorageAlreadyRegisteredErrorDetails",
    "BetaStorageAttachLimitReachedError",
    "BetaStorageAttachLimitReachedErrorDetails",
    "BetaStorageChangedConcurrentlyError",
    "BetaStorageChangedConcurrentlyErrorDetails",
    "BetaStorageMember",
    "BetaStorageMemberParam",
    "BetaStorageNotAttachableError",
    "BetaStorageNotAttachableErrorDetails",
    "BetaStorageProfileStillRequiredError",
    "BetaStorageProfileStillRequiredErrorDetails",
    "BetaStorageVerificationFailedError",
    "BetaStorageVerificationFailedErrorDetails",
    "BetaTelemetryDestination",
    "BetaTelemetryDestinationContentMode",
    "BetaTelemetryDestinationDeliveryHealth",
    "BetaTelemetryDestinationDisabledReason",
    "BetaTelemetryDestinationDisabledReasonCaller",
    "BetaTelemetryDestinationDisabledReasonInvalidAddress",
    "BetaTelemetryDestinationDisabledReasonRedirect",
    "BetaTelemetryDestinationDisabledReasonSustainedFailure",
    "BetaTelemetryDestinationState",
    "BetaTelemetryDestinationStateDisabled",
    "BetaTelemetryDestinationStateDisabledParams",
    "BetaTelemetryDestinationStateEnabled",
    "BetaTelemetryDestinationStateEnabledParams",
    "BetaTelemetryDestinationStateParams",
    "BetaTelemetryDestinationTestFailure",
    "BetaTelemetryDestinationTestResponse",
    "BetaTelemetryDestinationTestResult",
    "BetaTelemetryDestinationTestSuccess",
    "BetaTelemetryDestinationTraces",
    "BetaTelemetryDestinationTracesParams",
    "BetaTelemetryDestinationWorkspaces",
    "BetaTelemetryDestinationWorkspacesAll",
    "BetaTelemetryDestinationWorkspacesAllParams",
    "BetaTelemetryDestinationWorkspacesExclude",
    "BetaTelemetryDestinationWorkspacesExcludeParams",
    "BetaTelemetryDestinationWorkspacesInclude",
    "BetaTelemetryDestinationWorkspacesIncludeParams",
    "BetaTelemetryDestinationWorkspacesParams",
    "BetaTranscriptsStorageRequiredError",
    "BetaTranscriptsStorageRequiredErrorDetails",
    "BetaUnsupportedRegionError",
    "BetaUnsupportedRegionErrorDetails",
    "BetaWorkspace",
    "BetaWorkspaceChangedConcurrentlyError",
    "BetaWorkspaceChangedConcurrentlyErrorDetails",
    "BetaWorkspaceChangedConcurrentlyField",
    "BetaWorkspaceMember",
    "BetaWorkspaceRole",
    "ComplianceSettingUpdateParams",
    "ExternalKeyCreateParams",
    "ExternalKeyDeleteResponse",
    "ExternalKeyListParams",
    "ExternalKeyUpdateParams",
    "ExternalKeyValidateResponse",
    "ExternalStorageCreateParams",
    "ExternalStorageListParams",
    "ExternalStorageUpdateParams",
    "InviteCreateParams",
    "InviteDeleteResponse",
    "InviteListParams",
    "PluginCreateParams",
    "PluginListParams",
    "PluginMarketplaceListParams",
    "PluginMarketplaceRetrieveParams",
    "PluginMarketplaceUpdateParams",
    "PluginMarketplaceValidateArchiveParams",
    "PluginMarketplaceValidateRepositoryParams",
    "PluginRetrieveParams",
    "PluginUpdateParams",
    "RBACGroupCreateParams",
    "RBACGroupListParams",
    "RBACGroupUpdateParams",
    "RBACRoleListParams",
    "RateLimitListParams",
    "ServiceAccountCreateParams",
    "ServiceAccountListParams",
    "ServiceAccountUpdateParams",
    "SpendLimitDeleteResponse",
    "SpendLimitListParams",
    "SpendLimitSetParams",
    "TelemetryDestinationCreateParams",
    "TelemetryDestinationListParams",
    "TelemetryDestinationUpdateParams",
    "UserListParams",
    "UserRemoveResponse",
    "UserUpdateParams",
    "WebhookCreateParams",
    "WebhookListParams",
    "WebhookUpdateParams",
    "WorkspaceCreateParams",
    "WorkspaceListParams",
    "WorkspaceUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
