# generated from openapi/ by scripts/generate, do not edit
"""Every model and request type of the API, loaded on first use.

Response models (pydantic) and request types (TypedDicts) live one per module under `_models/`
and `_params/`; this module maps each public name to its module, so that importing one type
loads only what that type refers to.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._error_classes import APIKeyRequesterUnconfirmedError as APIKeyRequesterUnconfirmedError  # noqa: F401
    from .._error_classes import (
        AvailableToolsLimitExceededError as AvailableToolsLimitExceededError,  # noqa: F401
    )
    from .._error_classes import BetaCMEKNotApprovedError as BetaCMEKNotApprovedError  # noqa: F401
    from .._error_classes import BetaExternalKeyNotFoundError as BetaExternalKeyNotFoundError  # noqa: F401
    from .._error_classes import (
        BetaExternalKeyProviderMismatchError as BetaExternalKeyProviderMismatchError,  # noqa: F401
    )
    from .._error_classes import (
        BetaGCPProjectControlledByAnotherOrganizationError as BetaGCPProjectControlledByAnotherOrganizationError,  # noqa: F401
    )
    from .._error_classes import BetaGCPProjectNotVerifiedError as BetaGCPProjectNotVerifiedError  # noqa: F401
    from .._error_classes import (
        BetaOrganizationNotEnrolledInBetaError as BetaOrganizationNotEnrolledInBetaError,  # noqa: F401
    )
    from .._error_classes import BetaRegionNotSupportedError as BetaRegionNotSupportedError  # noqa: F401
    from .._error_classes import BetaRequestBodyTimeoutError as BetaRequestBodyTimeoutError  # noqa: F401
    from .._error_classes import BetaStorageInUseError as BetaStorageInUseError  # noqa: F401
    from .._error_classes import BetaStorageNotApprovedError as BetaStorageNotApprovedError  # noqa: F401
    from .._error_classes import BetaUnsupportedCharsetError as BetaUnsupportedCharsetError  # noqa: F401
    from .._error_classes import ChangeOutcomeUnknownError as ChangeOutcomeUnknownError  # noqa: F401
    from .._error_classes import (
        ClaudeCodeKeyCreatorNotMemberError as ClaudeCodeKeyCreatorNotMemberError,  # noqa: F401
    )
    from .._error_classes import ClaudeCodeVersionTooOldError as ClaudeCodeVersionTooOldError  # noqa: F401
    from .._error_classes import CMEKContextUnavailableError as CMEKContextUnavailableError  # noqa: F401
    from .._error_classes import CMEKKeyDisabledError as CMEKKeyDisabledError  # noqa: F401
    from .._error_classes import CMEKKeyNetworkBlockedError as CMEKKeyNetworkBlockedError  # noqa: F401
    from .._error_classes import CMEKKeyUnreachableError as CMEKKeyUnreachableError  # noqa: F401
    from .._error_classes import CompactionBlockAmbiguousError as CompactionBlockAmbiguousError  # noqa: F401
    from .._error_classes import CompactionBlockMisplacedError as CompactionBlockMisplacedError  # noqa: F401
    from .._error_classes import CompactionContentMismatchError as CompactionContentMismatchError  # noqa: F401
    from .._error_classes import CompactionIncompleteTurnError as CompactionIncompleteTurnError  # noqa: F401
    from .._error_classes import (
        CompactionNothingToSummarizeError as CompactionNothingToSummarizeError,  # noqa: F401
    )
    from .._error_classes import CompactionSignatureInvalidError as CompactionSignatureInvalidError  # noqa: F401
    from .._error_classes import (
        CompactionToolChangesMismatchError as CompactionToolChangesMismatchError,  # noqa: F401
    )
    from .._error_classes import (
        CompactionTooManyToolReferencesError as CompactionTooManyToolReferencesError,  # noqa: F401
    )
    from .._error_classes import CompactionUnavailableError as CompactionUnavailableError  # noqa: F401
    from .._error_classes import ConcurrentMembershipChangeError as ConcurrentMembershipChangeError  # noqa: F401
    from .._error_classes import ContractSpendLimitReachedError as ContractSpendLimitReachedError  # noqa: F401
    from .._error_classes import EnforcedSpendLimitReachedError as EnforcedSpendLimitReachedError  # noqa: F401
    from .._error_classes import FileExpiredError as FileExpiredError  # noqa: F401
    from .._error_classes import FileNotDownloadableError as FileNotDownloadableError  # noqa: F401
    from .._error_classes import ImageDimensionsTooLargeError as ImageDimensionsTooLargeError  # noqa: F401
    from .._error_classes import (
        LinkedOrganizationBillingUnavailableError as LinkedOrganizationBillingUnavailableError,  # noqa: F401
    )
    from .._error_classes import (
        LinkedOrganizationSpendLimitReachedError as LinkedOrganizationSpendLimitReachedError,  # noqa: F401
    )
    from .._error_classes import OrganizationOnHoldError as OrganizationOnHoldError  # noqa: F401
    from .._error_classes import (
        OrganizationTypeNotSupportedError as OrganizationTypeNotSupportedError,  # noqa: F401
    )
    from .._error_classes import OrgMemberLimitExceededError as OrgMemberLimitExceededError  # noqa: F401
    from .._error_classes import ParentOrganizationRequiredError as ParentOrganizationRequiredError  # noqa: F401
    from .._error_classes import RampLimitExceededError as RampLimitExceededError  # noqa: F401
    from .._error_classes import RBACRoleNotFoundError as RBACRoleNotFoundError  # noqa: F401
    from .._error_classes import RequestBodyEncodingInvalidError as RequestBodyEncodingInvalidError  # noqa: F401
    from .._error_classes import (
        RequestBodyEncodingUnsupportedError as RequestBodyEncodingUnsupportedError,  # noqa: F401
    )
    from .._error_classes import (
        RequestBodyTooLargeAfterDecodingError as RequestBodyTooLargeAfterDecodingError,  # noqa: F401
    )
    from .._error_classes import SandboxEgressRestrictedError as SandboxEgressRestrictedError  # noqa: F401
    from .._error_classes import (
        SkillReadBlockedUndecryptableError as SkillReadBlockedUndecryptableError,  # noqa: F401
    )
    from .._error_classes import StorageNotReadyError as StorageNotReadyError  # noqa: F401
    from .._error_classes import StorageQuotaExceededError as StorageQuotaExceededError  # noqa: F401
    from .._error_classes import ThreadAlreadyContinuedError as ThreadAlreadyContinuedError  # noqa: F401
    from .._error_classes import ThreadContinueInFlightError as ThreadContinueInFlightError  # noqa: F401
    from .._error_classes import ThreadFingerprintMismatchError as ThreadFingerprintMismatchError  # noqa: F401
    from .._error_classes import ThreadNotFoundError as ThreadNotFoundError  # noqa: F401
    from .._error_classes import ThreadUnsupportedRequestError as ThreadUnsupportedRequestError  # noqa: F401
    from .._error_classes import ToolNameConflictError as ToolNameConflictError  # noqa: F401
    from .._error_classes import ToolReferenceUnresolvedError as ToolReferenceUnresolvedError  # noqa: F401
    from .._error_classes import (
        UserProfileBillingNotAuthorizedError as UserProfileBillingNotAuthorizedError,  # noqa: F401
    )
    from .._error_classes import UserProfileNotBillableError as UserProfileNotBillableError  # noqa: F401
    from .._error_classes import UserProfileNotFoundError as UserProfileNotFoundError  # noqa: F401
    from .._error_classes import UserProfileRequiredError as UserProfileRequiredError  # noqa: F401
    from .._error_classes import (
        WorkspaceHumanReviewDisabledError as WorkspaceHumanReviewDisabledError,  # noqa: F401
    )
    from ._models.access_transparency import AccessTransparency as AccessTransparency
    from ._models.access_transparency_type import AccessTransparencyType as AccessTransparencyType
    from ._models.active_external_storage_status import (
        ActiveExternalStorageStatus as ActiveExternalStorageStatus,
    )
    from ._models.advisor_message_iteration_usage import (
        AdvisorMessageIterationUsage as AdvisorMessageIterationUsage,
    )
    from ._models.advisor_redacted_result_block import (
        AdvisorRedactedResultBlock as AdvisorRedactedResultBlock,
    )
    from ._models.advisor_result_block import AdvisorResultBlock as AdvisorResultBlock
    from ._models.advisor_tool20260301 import AdvisorTool20260301 as AdvisorTool20260301
    from ._models.advisor_tool_result_block import AdvisorToolResultBlock as AdvisorToolResultBlock
    from ._models.advisor_tool_result_content import (
        AdvisorToolResultContent as AdvisorToolResultContent,
    )
    from ._models.advisor_tool_result_error import AdvisorToolResultError as AdvisorToolResultError
    from ._models.advisor_tool_result_error import (
        AdvisorToolResultError as AdvisorToolResultErrorObject,  # noqa: F401
    )
    from ._models.advisor_tool_result_error_code import (
        AdvisorToolResultErrorCode as AdvisorToolResultErrorCode,
    )
    from ._models.allowed_caller import AllowedCaller as AllowedCaller
    from ._models.allowed_inference_geo import AllowedInferenceGeo as AllowedInferenceGeo
    from ._models.already_member_error_details import (
        AlreadyMemberErrorDetails as AlreadyMemberErrorDetails,
    )
    from ._models.analytics_actor import AnalyticsActor as AnalyticsActor
    from ._models.analytics_actor_type import AnalyticsActorType as AnalyticsActorType
    from ._models.analytics_api_actor import AnalyticsAPIActor as AnalyticsAPIActor
    from ._models.analytics_artifact_activity import (
        AnalyticsArtifactActivity as AnalyticsArtifactActivity,
    )
    from ._models.analytics_artifact_activity_page import (
        AnalyticsArtifactActivityPage as AnalyticsArtifactActivityPage,
    )
    from ._models.analytics_chat_cowork_unified_chat_metrics import (
        AnalyticsChatCoworkUnifiedChatMetrics as AnalyticsChatCoworkUnifiedChatMetrics,
    )
    from ._models.analytics_chat_cowork_unified_metrics import (
        AnalyticsChatCoworkUnifiedMetrics as AnalyticsChatCoworkUnifiedMetrics,
    )
    from ._models.analytics_chat_cowork_unified_sessions_metrics import (
        AnalyticsChatCoworkUnifiedSessionsMetrics as AnalyticsChatCoworkUnifiedSessionsMetrics,
    )
    from ._models.analytics_chat_metrics import AnalyticsChatMetrics as AnalyticsChatMetrics
    from ._models.analytics_claude_code_metrics import (
        AnalyticsClaudeCodeMetrics as AnalyticsClaudeCodeMetrics,
    )
    from ._models.analytics_claude_tag_category import (
        AnalyticsClaudeTagCategory as AnalyticsClaudeTagCategory,
    )
    from ._models.analytics_claude_tag_metrics import (
        AnalyticsClaudeTagMetrics as AnalyticsClaudeTagMetrics,
    )
    from ._models.analytics_connector_activity import (
        AnalyticsConnectorActivity as AnalyticsConnectorActivity,
    )
    from ._models.analytics_connector_activity_page import (
        AnalyticsConnectorActivityPage as AnalyticsConnectorActivityPage,
    )
    from ._models.analytics_connector_chat_cowork_unified_chat_metrics import (
        AnalyticsConnectorChatCoworkUnifiedChatMetrics as AnalyticsConnectorChatCoworkUnifiedChatMetrics,
    )
    from ._models.analytics_connector_chat_cowork_unified_metrics import (
        AnalyticsConnectorChatCoworkUnifiedMetrics as AnalyticsConnectorChatCoworkUnifiedMetrics,
    )
    from ._models.analytics_connector_chat_cowork_unified_sessions_metrics import (
        AnalyticsConnectorChatCoworkUnifiedSessionsMetrics as AnalyticsConnectorChatCoworkUnifiedSessionsMetrics,
    )
    from ._models.analytics_connector_chat_metrics import (
        AnalyticsConnectorChatMetrics as AnalyticsConnectorChatMetrics,
    )
    from ._models.analytics_connector_claude_code_metrics import (
        AnalyticsConnectorClaudeCodeMetrics as AnalyticsConnectorClaudeCodeMetrics,
    )
    from ._models.analytics_connector_cowork_metrics import (
        AnalyticsConnectorCoworkMetrics as AnalyticsConnectorCoworkMetrics,
    )
    from ._models.analytics_connector_office_metrics import (
        AnalyticsConnectorOfficeMetrics as AnalyticsConnectorOfficeMetrics,
    )
    from ._models.analytics_connector_office_product_metrics import (
        AnalyticsConnectorOfficeProductMetrics as AnalyticsConnectorOfficeProductMetrics,
    )
    from ._models.analytics_context_window import AnalyticsContextWindow as AnalyticsContextWindow
    from ._models.analytics_core_code_metrics import (
        AnalyticsCoreCodeMetrics as AnalyticsCoreCodeMetrics,
    )
    from ._models.analytics_cost_bucketed_result import (
        AnalyticsCostBucketedResult as AnalyticsCostBucketedResult,
    )
    from ._models.analytics_cost_bucketed_result_inference_geo import (
        AnalyticsCostBucketedResultInferenceGeo as AnalyticsCostBucketedResultInferenceGeo,
    )
    from ._models.analytics_cost_bucketed_result_speed import (
        AnalyticsCostBucketedResultSpeed as AnalyticsCostBucketedResultSpeed,
    )
    from ._models.analytics_cost_group import AnalyticsCostGroup as AnalyticsCostGroup
    from ._models.analytics_cost_item import AnalyticsCostItem as AnalyticsCostItem
    from ._models.analytics_cost_item_page import AnalyticsCostItemPage as AnalyticsCostItemPage
    from ._models.analytics_cost_metrics import AnalyticsCostMetrics as AnalyticsCostMetrics
    from ._models.analytics_cost_report_time_bucket import (
        AnalyticsCostReportTimeBucket as AnalyticsCostReportTimeBucket,
    )
    from ._models.analytics_cost_report_time_bucket_page import (
        AnalyticsCostReportTimeBucketPage as AnalyticsCostReportTimeBucketPage,
    )
    from ._models.analytics_cost_type import AnalyticsCostType as AnalyticsCostType
    from ._models.analytics_cost_users_item import AnalyticsCostUsersItem as AnalyticsCostUsersItem
    from ._models.analytics_cost_users_item_inference_geo import (
        AnalyticsCostUsersItemInferenceGeo as AnalyticsCostUsersItemInferenceGeo,
    )
    from ._models.analytics_cost_users_item_page import (
        AnalyticsCostUsersItemPage as AnalyticsCostUsersItemPage,
    )
    from ._models.analytics_cost_users_item_speed import (
        AnalyticsCostUsersItemSpeed as AnalyticsCostUsersItemSpeed,
    )
    from ._models.analytics_cowork_metrics import AnalyticsCoworkMetrics as AnalyticsCoworkMetrics
    from ._models.analytics_design_metrics import AnalyticsDesignMetrics as AnalyticsDesignMetrics
    from ._models.analytics_federated_actor import (
        AnalyticsFederatedActor as AnalyticsFederatedActor,
    )
    from ._models.analytics_federated_actor_aws_provider import (
        AnalyticsFederatedActorAWSProvider as AnalyticsFederatedActorAWSProvider,
    )
    from ._models.analytics_federated_actor_azure_provider import (
        AnalyticsFederatedActorAzureProvider as AnalyticsFederatedActorAzureProvider,
    )
    from ._models.analytics_federated_actor_gcp_provider import (
        AnalyticsFederatedActorGCPProvider as AnalyticsFederatedActorGCPProvider,
    )
    from ._models.analytics_federated_actor_oidc_provider import (
        AnalyticsFederatedActorOIDCProvider as AnalyticsFederatedActorOIDCProvider,
    )
    from ._models.analytics_federated_actor_provider import (
        AnalyticsFederatedActorProvider as AnalyticsFederatedActorProvider,
    )
    from ._models.analytics_grouped_cost_type import (
        AnalyticsGroupedCostType as AnalyticsGroupedCostType,
    )
    from ._models.analytics_lines_of_code import AnalyticsLinesOfCode as AnalyticsLinesOfCode
    from ._models.analytics_office_metrics import AnalyticsOfficeMetrics as AnalyticsOfficeMetrics
    from ._models.analytics_office_product_metrics import (
        AnalyticsOfficeProductMetrics as AnalyticsOfficeProductMetrics,
    )
    from ._models.analytics_plugin_activity import (
        AnalyticsPluginActivity as AnalyticsPluginActivity,
    )
    from ._models.analytics_plugin_activity_page import (
        AnalyticsPluginActivityPage as AnalyticsPluginActivityPage,
    )
    from ._models.analytics_plugin_chat_cowork_unified_metrics import (
        AnalyticsPluginChatCoworkUnifiedMetrics as AnalyticsPluginChatCoworkUnifiedMetrics,
    )
    from ._models.analytics_plugin_claude_code_metrics import (
        AnalyticsPluginClaudeCodeMetrics as AnalyticsPluginClaudeCodeMetrics,
    )
    from ._models.analytics_plugin_cowork_metrics import (
        AnalyticsPluginCoworkMetrics as AnalyticsPluginCoworkMetrics,
    )
    from ._models.analytics_project_activity import (
        AnalyticsProjectActivity as AnalyticsProjectActivity,
    )
    from ._models.analytics_project_activity_page import (
        AnalyticsProjectActivityPage as AnalyticsProjectActivityPage,
    )
    from ._models.analytics_report_user_actor import (
        AnalyticsReportUserActor as AnalyticsReportUserActor,
    )
    from ._models.analytics_science_metrics import (
        AnalyticsScienceMetrics as AnalyticsScienceMetrics,
    )
    from ._models.analytics_server_tool_use import AnalyticsServerToolUse as AnalyticsServerToolUse
    from ._models.analytics_service_account_actor import (
        AnalyticsServiceAccountActor as AnalyticsServiceAccountActor,
    )
    from ._models.analytics_service_tier import AnalyticsServiceTier as AnalyticsServiceTier
    from ._models.analytics_single_day_activity_summary import (
        AnalyticsSingleDayActivitySummary as AnalyticsSingleDayActivitySummary,
    )
    from ._models.analytics_skill_activity import AnalyticsSkillActivity as AnalyticsSkillActivity
    from ._models.analytics_skill_activity_page import (
        AnalyticsSkillActivityPage as AnalyticsSkillActivityPage,
    )
    from ._models.analytics_skill_activity_share_status import (
        AnalyticsSkillActivityShareStatus as AnalyticsSkillActivityShareStatus,
    )
    from ._models.analytics_skill_chat_cowork_unified_chat_metrics import (
        AnalyticsSkillChatCoworkUnifiedChatMetrics as AnalyticsSkillChatCoworkUnifiedChatMetrics,
    )
    from ._models.analytics_skill_chat_cowork_unified_metrics import (
        AnalyticsSkillChatCoworkUnifiedMetrics as AnalyticsSkillChatCoworkUnifiedMetrics,
    )
    from ._models.analytics_skill_chat_cowork_unified_sessions_metrics import (
        AnalyticsSkillChatCoworkUnifiedSessionsMetrics as AnalyticsSkillChatCoworkUnifiedSessionsMetrics,
    )
    from ._models.analytics_skill_chat_metrics import (
        AnalyticsSkillChatMetrics as AnalyticsSkillChatMetrics,
    )
    from ._models.analytics_skill_claude_code_metrics import (
        AnalyticsSkillClaudeCodeMetrics as AnalyticsSkillClaudeCodeMetrics,
    )
    from ._models.analytics_skill_cowork_metrics import (
        AnalyticsSkillCoworkMetrics as AnalyticsSkillCoworkMetrics,
    )
    from ._models.analytics_skill_office_metrics import (
        AnalyticsSkillOfficeMetrics as AnalyticsSkillOfficeMetrics,
    )
    from ._models.analytics_skill_office_product_metrics import (
        AnalyticsSkillOfficeProductMetrics as AnalyticsSkillOfficeProductMetrics,
    )
    from ._models.analytics_speed import AnalyticsSpeed as AnalyticsSpeed
    from ._models.analytics_summary_page import AnalyticsSummaryPage as AnalyticsSummaryPage
    from ._models.analytics_token_type import AnalyticsTokenType as AnalyticsTokenType
    from ._models.analytics_tool_action_counts import (
        AnalyticsToolActionCounts as AnalyticsToolActionCounts,
    )
    from ._models.analytics_tool_actions import AnalyticsToolActions as AnalyticsToolActions
    from ._models.analytics_usage_bucketed_result import (
        AnalyticsUsageBucketedResult as AnalyticsUsageBucketedResult,
    )
    from ._models.analytics_usage_bucketed_result_inference_geo import (
        AnalyticsUsageBucketedResultInferenceGeo as AnalyticsUsageBucketedResultInferenceGeo,
    )
    from ._models.analytics_usage_bucketed_result_speed import (
        AnalyticsUsageBucketedResultSpeed as AnalyticsUsageBucketedResultSpeed,
    )
    from ._models.analytics_usage_cost_inference_geo import (
        AnalyticsUsageCostInferenceGeo as AnalyticsUsageCostInferenceGeo,
    )
    from ._models.analytics_usage_group import AnalyticsUsageGroup as AnalyticsUsageGroup
    from ._models.analytics_usage_item import AnalyticsUsageItem as AnalyticsUsageItem
    from ._models.analytics_usage_item_page import AnalyticsUsageItemPage as AnalyticsUsageItemPage
    from ._models.analytics_usage_metrics import AnalyticsUsageMetrics as AnalyticsUsageMetrics
    from ._models.analytics_usage_report_time_bucket import (
        AnalyticsUsageReportTimeBucket as AnalyticsUsageReportTimeBucket,
    )
    from ._models.analytics_usage_report_time_bucket_page import (
        AnalyticsUsageReportTimeBucketPage as AnalyticsUsageReportTimeBucketPage,
    )
    from ._models.analytics_usage_users_item import (
        AnalyticsUsageUsersItem as AnalyticsUsageUsersItem,
    )
    from ._models.analytics_usage_users_item_inference_geo import (
        AnalyticsUsageUsersItemInferenceGeo as AnalyticsUsageUsersItemInferenceGeo,
    )
    from ._models.analytics_usage_users_item_page import (
        AnalyticsUsageUsersItemPage as AnalyticsUsageUsersItemPage,
    )
    from ._models.analytics_usage_users_item_speed import (
        AnalyticsUsageUsersItemSpeed as AnalyticsUsageUsersItemSpeed,
    )
    from ._models.analytics_user import AnalyticsUser as AnalyticsUser
    from ._models.analytics_user_activity import AnalyticsUserActivity as AnalyticsUserActivity
    from ._models.analytics_user_activity_page import (
        AnalyticsUserActivityPage as AnalyticsUserActivityPage,
    )
    from ._models.analytics_user_actor import AnalyticsUserActor as AnalyticsUserActor
    from ._models.analytics_user_type import AnalyticsUserType as AnalyticsUserType
    from ._models.anthropic_human_review import AnthropicHumanReview as AnthropicHumanReview
    from ._models.anthropic_human_review_type import (
        AnthropicHumanReviewType as AnthropicHumanReviewType,
    )
    from ._models.api_error_object import APIErrorObject as APIErrorObject
    from ._models.api_error_object import APIErrorObject as BetaAPIError  # noqa: F401
    from ._models.api_error_object import APIErrorObject as BetaAPIErrorObject  # noqa: F401
    from ._models.api_key import APIKey as APIKey
    from ._models.api_key_created_by import APIKeyCreatedBy as APIKeyCreatedBy
    from ._models.api_key_created_by_type import APIKeyCreatedByType as APIKeyCreatedByType
    from ._models.api_key_organization_scope import (
        APIKeyOrganizationScope as APIKeyOrganizationScope,
    )
    from ._models.api_key_page import APIKeyPage as APIKeyPage
    from ._models.api_key_principal import APIKeyPrincipal as APIKeyPrincipal
    from ._models.api_key_requester_unconfirmed_error_details import (
        APIKeyRequesterUnconfirmedErrorDetails as APIKeyRequesterUnconfirmedErrorDetails,
    )
    from ._models.api_key_scope import APIKeyScope as APIKeyScope
    from ._models.api_key_scope_missing_error_details import (
        APIKeyScopeMissingErrorDetails as APIKeyScopeMissingErrorDetails,
    )
    from ._models.api_key_service_account_actor import (
        APIKeyServiceAccountActor as APIKeyServiceAccountActor,
    )
    from ._models.api_key_status import APIKeyStatus as APIKeyStatus
    from ._models.api_key_user_actor import APIKeyUserActor as APIKeyUserActor
    from ._models.api_key_workspace_scope import APIKeyWorkspaceScope as APIKeyWorkspaceScope
    from ._models.applied_context_management_edit import (
        AppliedContextManagementEdit as AppliedContextManagementEdit,
    )
    from ._models.approval_required_error_details import (
        ApprovalRequiredErrorDetails as ApprovalRequiredErrorDetails,
    )
    from ._models.authentication_error import AuthenticationError as AuthenticationError
    from ._models.authentication_error import AuthenticationError as AuthenticationErrorObject  # noqa: F401
    from ._models.authentication_error import AuthenticationError as BetaAuthenticationError  # noqa: F401
    from ._models.authentication_error import AuthenticationError as BetaAuthenticationErrorObject  # noqa: F401
    from ._models.authorization_check_unavailable_error_details import (
        AuthorizationCheckUnavailableErrorDetails as AuthorizationCheckUnavailableErrorDetails,
    )
    from ._models.available_external_storage_status import (
        AvailableExternalStorageStatus as AvailableExternalStorageStatus,
    )
    from ._models.available_tools_limit_exceeded_error_details import (
        AvailableToolsLimitExceededErrorDetails as AvailableToolsLimitExceededErrorDetails,
    )
    from ._models.aws_external_key_config import AWSExternalKeyConfig as AWSExternalKeyConfig
    from ._models.aws_external_storage_config import (
        AWSExternalStorageConfig as AWSExternalStorageConfig,
    )
    from ._models.azure_external_key_config import AzureExternalKeyConfig as AzureExternalKeyConfig
    from ._models.base64_pdf_source import Base64PDFSource as Base64PDFSource
    from ._models.bash_code_execution_output_block import (
        BashCodeExecutionOutputBlock as BashCodeExecutionOutputBlock,
    )
    from ._models.bash_code_execution_result_block import (
        BashCodeExecutionResultBlock as BashCodeExecutionResultBlock,
    )
    from ._models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock as BashCodeExecutionToolResultBlock,
    )
    from ._models.bash_code_execution_tool_result_content import (
        BashCodeExecutionToolResultContent as BashCodeExecutionToolResultContent,
    )
    from ._models.bash_code_execution_tool_result_error import (
        BashCodeExecutionToolResultError as BashCodeExecutionToolResultError,
    )
    from ._models.bash_code_execution_tool_result_error import (
        BashCodeExecutionToolResultError as BashCodeExecutionToolResultErrorObject,  # noqa: F401
    )
    from ._models.bash_code_execution_tool_result_error_code import (
        BashCodeExecutionToolResultErrorCode as BashCodeExecutionToolResultErrorCode,
    )
    from ._models.billing_error import BillingError as BetaBillingError  # noqa: F401
    from ._models.billing_error import BillingError as BetaBillingErrorObject  # noqa: F401
    from ._models.billing_error import BillingError as BillingError
    from ._models.billing_error import BillingError as BillingErrorObject  # noqa: F401
    from ._models.browser_click_target import BrowserClickTarget as BrowserClickTarget
    from ._models.browser_close_tab_config import BrowserCloseTabConfig as BrowserCloseTabConfig
    from ._models.browser_close_tab_input import BrowserCloseTabInput as BrowserCloseTabInput
    from ._models.browser_close_tab_tool_use_block import (
        BrowserCloseTabToolUseBlock as BrowserCloseTabToolUseBlock,
    )
    from ._models.browser_close_tab_tool_use_block import (
        BrowserCloseTabToolUseBlock as ResponseBrowserCloseTabToolUseBlock,  # noqa: F401
    )
    from ._models.browser_coordinate_target import (
        BrowserCoordinateTarget as BrowserCoordinateTarget,
    )
    from ._models.browser_double_click_config import (
        BrowserDoubleClickConfig as BrowserDoubleClickConfig,
    )
    from ._models.browser_double_click_input import (
        BrowserDoubleClickInput as BrowserDoubleClickInput,
    )
    from ._models.browser_double_click_tool_use_block import (
        BrowserDoubleClickToolUseBlock as BrowserDoubleClickToolUseBlock,
    )
    from ._models.browser_double_click_tool_use_block import (
        BrowserDoubleClickToolUseBlock as ResponseBrowserDoubleClickToolUseBlock,  # noqa: F401
    )
    from ._models.browser_file_upload_config import (
        BrowserFileUploadConfig as BrowserFileUploadConfig,
    )
    from ._models.browser_file_upload_input import BrowserFileUploadInput as BrowserFileUploadInput
    from ._models.browser_file_upload_tool_use_block import (
        BrowserFileUploadToolUseBlock as BrowserFileUploadToolUseBlock,
    )
    from ._models.browser_file_upload_tool_use_block import (
        BrowserFileUploadToolUseBlock as ResponseBrowserFileUploadToolUseBlock,  # noqa: F401
    )
    from ._models.browser_find_config import BrowserFindConfig as BrowserFindConfig
    from ._models.browser_find_input import BrowserFindInput as BrowserFindInput
    from ._models.browser_find_tool_use_block import (
        BrowserFindToolUseBlock as BrowserFindToolUseBlock,
    )
    from ._models.browser_find_tool_use_block import (
        BrowserFindToolUseBlock as ResponseBrowserFindToolUseBlock,  # noqa: F401
    )
    from ._models.browser_form_input_config import BrowserFormInputConfig as BrowserFormInputConfig
    from ._models.browser_form_input_input import BrowserFormInputInput as BrowserFormInputInput
    from ._models.browser_form_input_tool_use_block import (
        BrowserFormInputToolUseBlock as BrowserFormInputToolUseBlock,
    )
    from ._models.browser_form_input_tool_use_block import (
        BrowserFormInputToolUseBlock as ResponseBrowserFormInputToolUseBlock,  # noqa: F401
    )
    from ._models.browser_form_input_value import BrowserFormInputValue as BrowserFormInputValue
    from ._models.browser_get_page_text_config import (
        BrowserGetPageTextConfig as BrowserGetPageTextConfig,
    )
    from ._models.browser_get_page_text_input import (
        BrowserGetPageTextInput as BrowserGetPageTextInput,
    )
    from ._models.browser_get_page_text_tool_use_block import (
        BrowserGetPageTextToolUseBlock as BrowserGetPageTextToolUseBlock,
    )
    from ._models.browser_get_page_text_tool_use_block import (
        BrowserGetPageTextToolUseBlock as ResponseBrowserGetPageTextToolUseBlock,  # noqa: F401
    )
    from ._models.browser_hold_key_config import BrowserHoldKeyConfig as BrowserHoldKeyConfig
    from ._models.browser_hold_key_input import BrowserHoldKeyInput as BrowserHoldKeyInput
    from ._models.browser_hold_key_tool_use_block import (
        BrowserHoldKeyToolUseBlock as BrowserHoldKeyToolUseBlock,
    )
    from ._models.browser_hold_key_tool_use_block import (
        BrowserHoldKeyToolUseBlock as ResponseBrowserHoldKeyToolUseBlock,  # noqa: F401
    )
    from ._models.browser_hover_config import BrowserHoverConfig as BrowserHoverConfig
    from ._models.browser_hover_input import BrowserHoverInput as BrowserHoverInput
    from ._models.browser_hover_tool_use_block import (
        BrowserHoverToolUseBlock as BrowserHoverToolUseBlock,
    )
    from ._models.browser_hover_tool_use_block import (
        BrowserHoverToolUseBlock as ResponseBrowserHoverToolUseBlock,  # noqa: F401
    )
    from ._models.browser_javascript_exec_config import (
        BrowserJavascriptExecConfig as BrowserJavascriptExecConfig,
    )
    from ._models.browser_javascript_exec_input import (
        BrowserJavascriptExecInput as BrowserJavascriptExecInput,
    )
    from ._models.browser_javascript_exec_tool_use_block import (
        BrowserJavascriptExecToolUseBlock as BrowserJavascriptExecToolUseBlock,
    )
    from ._models.browser_javascript_exec_tool_use_block import (
        BrowserJavascriptExecToolUseBlock as ResponseBrowserJavascriptExecToolUseBlock,  # noqa: F401
    )
    from ._models.browser_key_config import BrowserKeyConfig as BrowserKeyConfig
    from ._models.browser_key_input import BrowserKeyInput as BrowserKeyInput
    from ._models.browser_key_tool_use_block import BrowserKeyToolUseBlock as BrowserKeyToolUseBlock
    from ._models.browser_key_tool_use_block import (
        BrowserKeyToolUseBlock as ResponseBrowserKeyToolUseBlock,  # noqa: F401
    )
    from ._models.browser_left_click_config import BrowserLeftClickConfig as BrowserLeftClickConfig
    from ._models.browser_left_click_drag_config import (
        BrowserLeftClickDragConfig as BrowserLeftClickDragConfig,
    )
    from ._models.browser_left_click_drag_input import (
        BrowserLeftClickDragInput as BrowserLeftClickDragInput,
    )
    from ._models.browser_left_click_drag_tool_use_block import (
        BrowserLeftClickDragToolUseBlock as BrowserLeftClickDragToolUseBlock,
    )
    from ._models.browser_left_click_drag_tool_use_block import (
        BrowserLeftClickDragToolUseBlock as ResponseBrowserLeftClickDragToolUseBlock,  # noqa: F401
    )
    from ._models.browser_left_click_input import BrowserLeftClickInput as BrowserLeftClickInput
    from ._models.browser_left_click_tool_use_block import (
        BrowserLeftClickToolUseBlock as BrowserLeftClickToolUseBlock,
    )
    from ._models.browser_left_click_tool_use_block import (
        BrowserLeftClickToolUseBlock as ResponseBrowserLeftClickToolUseBlock,  # noqa: F401
    )
    from ._models.browser_left_mouse_down_config import (
        BrowserLeftMouseDownConfig as BrowserLeftMouseDownConfig,
    )
    from ._models.browser_left_mouse_down_input import (
        BrowserLeftMouseDownInput as BrowserLeftMouseDownInput,
    )
    from ._models.browser_left_mouse_down_tool_use_block import (
        BrowserLeftMouseDownToolUseBlock as BrowserLeftMouseDownToolUseBlock,
    )
    from ._models.browser_left_mouse_down_tool_use_block import (
        BrowserLeftMouseDownToolUseBlock as ResponseBrowserLeftMouseDownToolUseBlock,  # noqa: F401
    )
    from ._models.browser_left_mouse_up_config import (
        BrowserLeftMouseUpConfig as BrowserLeftMouseUpConfig,
    )
    from ._models.browser_left_mouse_up_input import (
        BrowserLeftMouseUpInput as BrowserLeftMouseUpInput,
    )
    from ._models.browser_left_mouse_up_tool_use_block import (
        BrowserLeftMouseUpToolUseBlock as BrowserLeftMouseUpToolUseBlock,
    )
    from ._models.browser_left_mouse_up_tool_use_block import (
        BrowserLeftMouseUpToolUseBlock as ResponseBrowserLeftMouseUpToolUseBlock,  # noqa: F401
    )
    from ._models.browser_list_tabs_config import BrowserListTabsConfig as BrowserListTabsConfig
    from ._models.browser_list_tabs_input import BrowserListTabsInput as BrowserListTabsInput
    from ._models.browser_list_tabs_tool_use_block import (
        BrowserListTabsToolUseBlock as BrowserListTabsToolUseBlock,
    )
    from ._models.browser_list_tabs_tool_use_block import (
        BrowserListTabsToolUseBlock as ResponseBrowserListTabsToolUseBlock,  # noqa: F401
    )
    from ._models.browser_member_input import BrowserMemberInput as BrowserMemberInput
    from ._models.browser_member_name import (
        BROWSER_MEMBER_NAME_VALUES as BROWSER_MEMBER_NAME_VALUES,
    )
    from ._models.browser_member_name import BrowserMemberName as BrowserMemberName
    from ._models.browser_middle_click_config import (
        BrowserMiddleClickConfig as BrowserMiddleClickConfig,
    )
    from ._models.browser_middle_click_input import (
        BrowserMiddleClickInput as BrowserMiddleClickInput,
    )
    from ._models.browser_middle_click_tool_use_block import (
        BrowserMiddleClickToolUseBlock as BrowserMiddleClickToolUseBlock,
    )
    from ._models.browser_middle_click_tool_use_block import (
        BrowserMiddleClickToolUseBlock as ResponseBrowserMiddleClickToolUseBlock,  # noqa: F401
    )
    from ._models.browser_mouse_move_config import BrowserMouseMoveConfig as BrowserMouseMoveConfig
    from ._models.browser_mouse_move_input import BrowserMouseMoveInput as BrowserMouseMoveInput
    from ._models.browser_mouse_move_tool_use_block import (
        BrowserMouseMoveToolUseBlock as BrowserMouseMoveToolUseBlock,
    )
    from ._models.browser_mouse_move_tool_use_block import (
        BrowserMouseMoveToolUseBlock as ResponseBrowserMouseMoveToolUseBlock,  # noqa: F401
    )
    from ._models.browser_navigate_config import BrowserNavigateConfig as BrowserNavigateConfig
    from ._models.browser_navigate_input import BrowserNavigateInput as BrowserNavigateInput
    from ._models.browser_navigate_tool_use_block import (
        BrowserNavigateToolUseBlock as BrowserNavigateToolUseBlock,
    )
    from ._models.browser_navigate_tool_use_block import (
        BrowserNavigateToolUseBlock as ResponseBrowserNavigateToolUseBlock,  # noqa: F401
    )
    from ._models.browser_new_tab_config import BrowserNewTabConfig as BrowserNewTabConfig
    from ._models.browser_new_tab_input import BrowserNewTabInput as BrowserNewTabInput
    from ._models.browser_new_tab_tool_use_block import (
        BrowserNewTabToolUseBlock as BrowserNewTabToolUseBlock,
    )
    from ._models.browser_new_tab_tool_use_block import (
        BrowserNewTabToolUseBlock as ResponseBrowserNewTabToolUseBlock,  # noqa: F401
    )
    from ._models.browser_read_console_config import (
        BrowserReadConsoleConfig as BrowserReadConsoleConfig,
    )
    from ._models.browser_read_console_input import (
        BrowserReadConsoleInput as BrowserReadConsoleInput,
    )
    from ._models.browser_read_console_tool_use_block import (
        BrowserReadConsoleToolUseBlock as BrowserReadConsoleToolUseBlock,
    )
    from ._models.browser_read_console_tool_use_block import (
        BrowserReadConsoleToolUseBlock as ResponseBrowserReadConsoleToolUseBlock,  # noqa: F401
    )
    from ._models.browser_read_network_config import (
        BrowserReadNetworkConfig as BrowserReadNetworkConfig,
    )
    from ._models.browser_read_network_input import (
        BrowserReadNetworkInput as BrowserReadNetworkInput,
    )
    from ._models.browser_read_network_tool_use_block import (
        BrowserReadNetworkToolUseBlock as BrowserReadNetworkToolUseBlock,
    )
    from ._models.browser_read_network_tool_use_block import (
        BrowserReadNetworkToolUseBlock as ResponseBrowserReadNetworkToolUseBlock,  # noqa: F401
    )
    from ._models.browser_read_page_config import BrowserReadPageConfig as BrowserReadPageConfig
    from ._models.browser_read_page_filter import BrowserReadPageFilter as BrowserReadPageFilter
    from ._models.browser_read_page_input import BrowserReadPageInput as BrowserReadPageInput
    from ._models.browser_read_page_tool_use_block import (
        BrowserReadPageToolUseBlock as BrowserReadPageToolUseBlock,
    )
    from ._models.browser_read_page_tool_use_block import (
        BrowserReadPageToolUseBlock as ResponseBrowserReadPageToolUseBlock,  # noqa: F401
    )
    from ._models.browser_ref_target import BrowserRefTarget as BrowserRefTarget
    from ._models.browser_right_click_config import (
        BrowserRightClickConfig as BrowserRightClickConfig,
    )
    from ._models.browser_right_click_input import BrowserRightClickInput as BrowserRightClickInput
    from ._models.browser_right_click_tool_use_block import (
        BrowserRightClickToolUseBlock as BrowserRightClickToolUseBlock,
    )
    from ._models.browser_right_click_tool_use_block import (
        BrowserRightClickToolUseBlock as ResponseBrowserRightClickToolUseBlock,  # noqa: F401
    )
    from ._models.browser_screenshot_config import (
        BrowserScreenshotConfig as BrowserScreenshotConfig,
    )
    from ._models.browser_screenshot_input import BrowserScreenshotInput as BrowserScreenshotInput
    from ._models.browser_screenshot_tool_use_block import (
        BrowserScreenshotToolUseBlock as BrowserScreenshotToolUseBlock,
    )
    from ._models.browser_screenshot_tool_use_block import (
        BrowserScreenshotToolUseBlock as ResponseBrowserScreenshotToolUseBlock,  # noqa: F401
    )
    from ._models.browser_scroll_config import BrowserScrollConfig as BrowserScrollConfig
    from ._models.browser_scroll_direction import BrowserScrollDirection as BrowserScrollDirection
    from ._models.browser_scroll_input import BrowserScrollInput as BrowserScrollInput
    from ._models.browser_scroll_to_config import BrowserScrollToConfig as BrowserScrollToConfig
    from ._models.browser_scroll_to_input import BrowserScrollToInput as BrowserScrollToInput
    from ._models.browser_scroll_to_tool_use_block import (
        BrowserScrollToToolUseBlock as BrowserScrollToToolUseBlock,
    )
    from ._models.browser_scroll_to_tool_use_block import (
        BrowserScrollToToolUseBlock as ResponseBrowserScrollToToolUseBlock,  # noqa: F401
    )
    from ._models.browser_scroll_tool_use_block import (
        BrowserScrollToolUseBlock as BrowserScrollToolUseBlock,
    )
    from ._models.browser_scroll_tool_use_block import (
        BrowserScrollToolUseBlock as ResponseBrowserScrollToolUseBlock,  # noqa: F401
    )
    from ._models.browser_switch_tab_config import BrowserSwitchTabConfig as BrowserSwitchTabConfig
    from ._models.browser_switch_tab_input import BrowserSwitchTabInput as BrowserSwitchTabInput
    from ._models.browser_switch_tab_tool_use_block import (
        BrowserSwitchTabToolUseBlock as BrowserSwitchTabToolUseBlock,
    )
    from ._models.browser_switch_tab_tool_use_block import (
        BrowserSwitchTabToolUseBlock as ResponseBrowserSwitchTabToolUseBlock,  # noqa: F401
    )
    from ._models.browser_tool_use_block import BrowserToolUseBlock as BrowserToolUseBlock
    from ._models.browser_tool_use_block import BrowserToolUseBlock as ResponseBrowserToolUseBlock  # noqa: F401
    from ._models.browser_toolset20260801 import BrowserToolset20260801 as BrowserToolset20260801
    from ._models.browser_toolset_configs import BrowserToolsetConfigs as BrowserToolsetConfigs
    from ._models.browser_triple_click_config import (
        BrowserTripleClickConfig as BrowserTripleClickConfig,
    )
    from ._models.browser_triple_click_input import (
        BrowserTripleClickInput as BrowserTripleClickInput,
    )
    from ._models.browser_triple_click_tool_use_block import (
        BrowserTripleClickToolUseBlock as BrowserTripleClickToolUseBlock,
    )
    from ._models.browser_triple_click_tool_use_block import (
        BrowserTripleClickToolUseBlock as ResponseBrowserTripleClickToolUseBlock,  # noqa: F401
    )
    from ._models.browser_type_config import BrowserTypeConfig as BrowserTypeConfig
    from ._models.browser_type_input import BrowserTypeInput as BrowserTypeInput
    from ._models.browser_type_tool_use_block import (
        BrowserTypeToolUseBlock as BrowserTypeToolUseBlock,
    )
    from ._models.browser_type_tool_use_block import (
        BrowserTypeToolUseBlock as ResponseBrowserTypeToolUseBlock,  # noqa: F401
    )
    from ._models.browser_wait_config import BrowserWaitConfig as BrowserWaitConfig
    from ._models.browser_wait_input import BrowserWaitInput as BrowserWaitInput
    from ._models.browser_wait_tool_use_block import (
        BrowserWaitToolUseBlock as BrowserWaitToolUseBlock,
    )
    from ._models.browser_wait_tool_use_block import (
        BrowserWaitToolUseBlock as ResponseBrowserWaitToolUseBlock,  # noqa: F401
    )
    from ._models.browser_zoom_config import BrowserZoomConfig as BrowserZoomConfig
    from ._models.browser_zoom_input import BrowserZoomInput as BrowserZoomInput
    from ._models.browser_zoom_tool_use_block import (
        BrowserZoomToolUseBlock as BrowserZoomToolUseBlock,
    )
    from ._models.browser_zoom_tool_use_block import (
        BrowserZoomToolUseBlock as ResponseBrowserZoomToolUseBlock,  # noqa: F401
    )
    from ._models.bundle_attachment_not_supported_error_details import (
        BundleAttachmentNotSupportedErrorDetails as BundleAttachmentNotSupportedErrorDetails,
    )
    from ._models.bundle_on_call_error_details import (
        BundleOnCallErrorDetails as BundleOnCallErrorDetails,
    )
    from ._models.cache_control_ephemeral import CacheControlEphemeral as CacheControlEphemeral
    from ._models.cache_control_ephemeral_ttl import (
        CacheControlEphemeralTtl as CacheControlEphemeralTtl,
    )
    from ._models.cache_creation import CacheCreation as CacheCreation
    from ._models.cache_miss_messages_changed import (
        CacheMissMessagesChanged as CacheMissMessagesChanged,
    )
    from ._models.cache_miss_model_changed import CacheMissModelChanged as CacheMissModelChanged
    from ._models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound as CacheMissPreviousMessageNotFound,
    )
    from ._models.cache_miss_reason import CacheMissReason as CacheMissReason
    from ._models.cache_miss_system_changed import CacheMissSystemChanged as CacheMissSystemChanged
    from ._models.cache_miss_tools_changed import CacheMissToolsChanged as CacheMissToolsChanged
    from ._models.cache_miss_unavailable import CacheMissUnavailable as CacheMissUnavailable
    from ._models.cannot_invite_emails_with_unverified_domains_error_details import (
        CannotInviteEmailsWithUnverifiedDomainsErrorDetails as CannotInviteEmailsWithUnverifiedDomainsErrorDetails,
    )
    from ._models.cannot_remove_last_member_error_details import (
        CannotRemoveLastMemberErrorDetails as CannotRemoveLastMemberErrorDetails,
    )
    from ._models.cannot_sign_out_managed_member_error_details import (
        CannotSignOutManagedMemberErrorDetails as CannotSignOutManagedMemberErrorDetails,
    )
    from ._models.cannot_sign_out_membership_admin_error_details import (
        CannotSignOutMembershipAdminErrorDetails as CannotSignOutMembershipAdminErrorDetails,
    )
    from ._models.cannot_sign_out_owner_error_details import (
        CannotSignOutOwnerErrorDetails as CannotSignOutOwnerErrorDetails,
    )
    from ._models.cannot_sign_out_primary_owner_error_details import (
        CannotSignOutPrimaryOwnerErrorDetails as CannotSignOutPrimaryOwnerErrorDetails,
    )
    from ._models.cannot_sign_out_privileged_member_error_details import (
        CannotSignOutPrivilegedMemberErrorDetails as CannotSignOutPrivilegedMemberErrorDetails,
    )
    from ._models.cannot_sign_out_self_error_details import (
        CannotSignOutSelfErrorDetails as CannotSignOutSelfErrorDetails,
    )
    from ._models.capability_support import CapabilitySupport as CapabilitySupport
    from ._models.change_outcome_unknown_error_details import (
        ChangeOutcomeUnknownErrorDetails as ChangeOutcomeUnknownErrorDetails,
    )
    from ._models.citation_char_location import CitationCharLocation as CitationCharLocation
    from ._models.citation_content_block_location import (
        CitationContentBlockLocation as CitationContentBlockLocation,
    )
    from ._models.citation_page_location import CitationPageLocation as CitationPageLocation
    from ._models.citations_config import CitationsConfig as CitationConfig  # noqa: F401
    from ._models.citations_config import CitationsConfig as CitationsConfig
    from ._models.citations_delta import CitationsDelta as CitationsDelta
    from ._models.citations_search_result_location import (
        CitationsSearchResultLocation as CitationSearchResultLocation,  # noqa: F401
    )
    from ._models.citations_search_result_location import (
        CitationsSearchResultLocation as CitationsSearchResultLocation,
    )
    from ._models.citations_web_search_result_location import (
        CitationsWebSearchResultLocation as CitationsWebSearchResultLocation,
    )
    from ._models.claude_code_key_creator_not_member_error_details import (
        ClaudeCodeKeyCreatorNotMemberErrorDetails as ClaudeCodeKeyCreatorNotMemberErrorDetails,
    )
    from ._models.claude_code_managed_settings_configuration import (
        ClaudeCodeManagedSettingsConfiguration as ClaudeCodeManagedSettingsConfiguration,
    )
    from ._models.claude_code_managed_settings_mode import (
        ClaudeCodeManagedSettingsMode as ClaudeCodeManagedSettingsMode,
    )
    from ._models.claude_code_managed_settings_organization_mode import (
        ClaudeCodeManagedSettingsOrganizationMode as ClaudeCodeManagedSettingsOrganizationMode,
    )
    from ._models.claude_code_managed_settings_rbac_groups_mode import (
        ClaudeCodeManagedSettingsRBACGroupsMode as ClaudeCodeManagedSettingsRBACGroupsMode,
    )
    from ._models.claude_code_rbac_group_default_managed_settings import (
        ClaudeCodeRBACGroupDefaultManagedSettings as ClaudeCodeRBACGroupDefaultManagedSettings,
    )
    from ._models.claude_code_rbac_group_managed_settings import (
        ClaudeCodeRBACGroupManagedSettings as ClaudeCodeRBACGroupManagedSettings,
    )
    from ._models.claude_code_rbac_group_managed_settings_summary import (
        ClaudeCodeRBACGroupManagedSettingsSummary as ClaudeCodeRBACGroupManagedSettingsSummary,
    )
    from ._models.claude_code_rbac_group_managed_settings_summary_page import (
        ClaudeCodeRBACGroupManagedSettingsSummaryPage as ClaudeCodeRBACGroupManagedSettingsSummaryPage,
    )
    from ._models.claude_code_rbac_group_status import (
        ClaudeCodeRBACGroupStatus as ClaudeCodeRBACGroupStatus,
    )
    from ._models.claude_code_rbac_group_status_active import (
        ClaudeCodeRBACGroupStatusActive as ClaudeCodeRBACGroupStatusActive,
    )
    from ._models.claude_code_rbac_group_status_deleted import (
        ClaudeCodeRBACGroupStatusDeleted as ClaudeCodeRBACGroupStatusDeleted,
    )
    from ._models.claude_code_rbac_group_status_unknown import (
        ClaudeCodeRBACGroupStatusUnknown as ClaudeCodeRBACGroupStatusUnknown,
    )
    from ._models.claude_code_version_too_old_error_details import (
        ClaudeCodeVersionTooOldErrorDetails as ClaudeCodeVersionTooOldErrorDetails,
    )
    from ._models.claude_tag_bundle import ClaudeTagBundle as ClaudeTagBundle
    from ._models.claude_tag_bundle_page import ClaudeTagBundlePage as ClaudeTagBundlePage
    from ._models.claude_tag_bundle_target import ClaudeTagBundleTarget as ClaudeTagBundleTarget
    from ._models.claude_tag_bundle_target_page import (
        ClaudeTagBundleTargetPage as ClaudeTagBundleTargetPage,
    )
    from ._models.claude_tag_default_setting_source import (
        ClaudeTagDefaultSettingSource as ClaudeTagDefaultSettingSource,
    )
    from ._models.claude_tag_deleted_bundle_target import (
        ClaudeTagDeletedBundleTarget as ClaudeTagDeletedBundleTarget,
    )
    from ._models.claude_tag_deleted_slack_channel import (
        ClaudeTagDeletedSlackChannel as ClaudeTagDeletedSlackChannel,
    )
    from ._models.claude_tag_guest_policy import ClaudeTagGuestPolicy as ClaudeTagGuestPolicy
    from ._models.claude_tag_guest_policy_allow import (
        ClaudeTagGuestPolicyAllow as ClaudeTagGuestPolicyAllow,
    )
    from ._models.claude_tag_guest_policy_channel_only import (
        ClaudeTagGuestPolicyChannelOnly as ClaudeTagGuestPolicyChannelOnly,
    )
    from ._models.claude_tag_guest_policy_restrict import (
        ClaudeTagGuestPolicyRestrict as ClaudeTagGuestPolicyRestrict,
    )
    from ._models.claude_tag_reply_mode import ClaudeTagReplyMode as ClaudeTagReplyMode
    from ._models.claude_tag_reply_mode_always_awake import (
        ClaudeTagReplyModeAlwaysAwake as ClaudeTagReplyModeAlwaysAwake,
    )
    from ._models.claude_tag_reply_mode_automatic import (
        ClaudeTagReplyModeAutomatic as ClaudeTagReplyModeAutomatic,
    )
    from ._models.claude_tag_reply_mode_mention_only import (
        ClaudeTagReplyModeMentionOnly as ClaudeTagReplyModeMentionOnly,
    )
    from ._models.claude_tag_reply_mode_thread import (
        ClaudeTagReplyModeThread as ClaudeTagReplyModeThread,
    )
    from ._models.claude_tag_setting_source import ClaudeTagSettingSource as ClaudeTagSettingSource
    from ._models.claude_tag_setting_sources import (
        ClaudeTagSettingSources as ClaudeTagSettingSources,
    )
    from ._models.claude_tag_settings import ClaudeTagSettings as ClaudeTagSettings
    from ._models.claude_tag_slack_channel import ClaudeTagSlackChannel as ClaudeTagSlackChannel
    from ._models.claude_tag_slack_channel_bundle_target import (
        ClaudeTagSlackChannelBundleTarget as ClaudeTagSlackChannelBundleTarget,
    )
    from ._models.claude_tag_slack_channel_identifiers import (
        ClaudeTagSlackChannelIdentifiers as ClaudeTagSlackChannelIdentifiers,
    )
    from ._models.claude_tag_slack_channel_page import (
        ClaudeTagSlackChannelPage as ClaudeTagSlackChannelPage,
    )
    from ._models.claude_tag_slack_channel_setting_source import (
        ClaudeTagSlackChannelSettingSource as ClaudeTagSlackChannelSettingSource,
    )
    from ._models.claude_tag_slack_default_setting_source import (
        ClaudeTagSlackDefaultSettingSource as ClaudeTagSlackDefaultSettingSource,
    )
    from ._models.claude_tag_slack_grid_channel_setting_source import (
        ClaudeTagSlackGridChannelSettingSource as ClaudeTagSlackGridChannelSettingSource,
    )
    from ._models.claude_tag_slack_parent_channel_setting_source import (
        ClaudeTagSlackParentChannelSettingSource as ClaudeTagSlackParentChannelSettingSource,
    )
    from ._models.claude_tag_slack_workspace import (
        ClaudeTagSlackWorkspace as ClaudeTagSlackWorkspace,
    )
    from ._models.claude_tag_slack_workspace_bundle_target import (
        ClaudeTagSlackWorkspaceBundleTarget as ClaudeTagSlackWorkspaceBundleTarget,
    )
    from ._models.claude_tag_slack_workspace_identifiers import (
        ClaudeTagSlackWorkspaceIdentifiers as ClaudeTagSlackWorkspaceIdentifiers,
    )
    from ._models.claude_tag_slack_workspace_page import (
        ClaudeTagSlackWorkspacePage as ClaudeTagSlackWorkspacePage,
    )
    from ._models.claude_tag_slack_workspace_setting_source import (
        ClaudeTagSlackWorkspaceSettingSource as ClaudeTagSlackWorkspaceSettingSource,
    )
    from ._models.claude_tag_writes_not_enabled_error_details import (
        ClaudeTagWritesNotEnabledErrorDetails as ClaudeTagWritesNotEnabledErrorDetails,
    )
    from ._models.clear_thinking20251015_edit_response import (
        ClearThinking20251015EditResponse as ClearThinking20251015EditResponse,
    )
    from ._models.clear_tool_uses20250919_edit_response import (
        ClearToolUses20250919EditResponse as ClearToolUses20250919EditResponse,
    )
    from ._models.cloud_config import CloudConfig as CloudConfig
    from ._models.cloud_networking import CloudNetworking as CloudNetworking
    from ._models.cmek_context_unavailable_error_details import (
        CMEKContextUnavailableErrorDetails as CMEKContextUnavailableErrorDetails,
    )
    from ._models.cmek_feature_unsupported_error_details import (
        CMEKFeatureUnsupportedErrorDetails as CMEKFeatureUnsupportedErrorDetails,
    )
    from ._models.cmek_key_disabled_error_details import (
        CMEKKeyDisabledErrorDetails as CMEKKeyDisabledErrorDetails,
    )
    from ._models.cmek_key_network_blocked_error_details import (
        CMEKKeyNetworkBlockedErrorDetails as CMEKKeyNetworkBlockedErrorDetails,
    )
    from ._models.cmek_key_unreachable_error_details import (
        CMEKKeyUnreachableErrorDetails as CMEKKeyUnreachableErrorDetails,
    )
    from ._models.cmek_not_approved_error_details import (
        CMEKNotApprovedErrorDetails as BetaCMEKNotApprovedErrorDetails,  # noqa: F401
    )
    from ._models.cmek_not_approved_error_details import (
        CMEKNotApprovedErrorDetails as CMEKNotApprovedErrorDetails,
    )
    from ._models.code_execution_output_block import (
        CodeExecutionOutputBlock as CodeExecutionOutputBlock,
    )
    from ._models.code_execution_result_block import (
        CodeExecutionResultBlock as CodeExecutionResultBlock,
    )
    from ._models.code_execution_tool20250522 import (
        CodeExecutionTool20250522 as CodeExecutionTool20250522,
    )
    from ._models.code_execution_tool20250825 import (
        CodeExecutionTool20250825 as CodeExecutionTool20250825,
    )
    from ._models.code_execution_tool20260120 import (
        CodeExecutionTool20260120 as CodeExecutionTool20260120,
    )
    from ._models.code_execution_tool20260521 import (
        CodeExecutionTool20260521 as CodeExecutionTool20260521,
    )
    from ._models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock as CodeExecutionToolResultBlock,
    )
    from ._models.code_execution_tool_result_content import (
        CodeExecutionToolResultContent as CodeExecutionToolResultBlockContent,  # noqa: F401
    )
    from ._models.code_execution_tool_result_content import (
        CodeExecutionToolResultContent as CodeExecutionToolResultContent,
    )
    from ._models.code_execution_tool_result_error import (
        CodeExecutionToolResultError as CodeExecutionToolResultError,
    )
    from ._models.code_execution_tool_result_error import (
        CodeExecutionToolResultError as CodeExecutionToolResultErrorObject,  # noqa: F401
    )
    from ._models.code_execution_tool_result_error_code import (
        CodeExecutionToolResultErrorCode as CodeExecutionToolResultErrorCode,
    )
    from ._models.compaction_block import CompactionBlock as CompactionBlock
    from ._models.compaction_block_ambiguous_error_details import (
        CompactionBlockAmbiguousErrorDetails as CompactionBlockAmbiguousErrorDetails,
    )
    from ._models.compaction_block_misplaced_error_details import (
        CompactionBlockMisplacedErrorDetails as CompactionBlockMisplacedErrorDetails,
    )
    from ._models.compaction_capability import CompactionCapability as CompactionCapability
    from ._models.compaction_content_mismatch_error_details import (
        CompactionContentMismatchErrorDetails as CompactionContentMismatchErrorDetails,
    )
    from ._models.compaction_delta import CompactionDelta as CompactionContentBlockDelta  # noqa: F401
    from ._models.compaction_delta import CompactionDelta as CompactionDelta
    from ._models.compaction_incomplete_turn_error_details import (
        CompactionIncompleteTurnErrorDetails as CompactionIncompleteTurnErrorDetails,
    )
    from ._models.compaction_iteration_usage import (
        CompactionIterationUsage as CompactionIterationUsage,
    )
    from ._models.compaction_nothing_to_summarize_error_details import (
        CompactionNothingToSummarizeErrorDetails as CompactionNothingToSummarizeErrorDetails,
    )
    from ._models.compaction_signature_invalid_error_details import (
        CompactionSignatureInvalidErrorDetails as CompactionSignatureInvalidErrorDetails,
    )
    from ._models.compaction_too_many_tool_references_error_details import (
        CompactionTooManyToolReferencesErrorDetails as CompactionTooManyToolReferencesErrorDetails,
    )
    from ._models.compaction_tool_change import CompactionToolChange as CompactionToolChange
    from ._models.compaction_tool_changes_mismatch_error_details import (
        CompactionToolChangesMismatchErrorDetails as CompactionToolChangesMismatchErrorDetails,
    )
    from ._models.compaction_unavailable_error_details import (
        CompactionUnavailableErrorDetails as CompactionUnavailableErrorDetails,
    )
    from ._models.completion import Completion as Completion
    from ._models.completion_stream_event import CompletionStreamEvent as CompletionStreamEvent
    from ._models.compliance_configuration_restricted_error_details import (
        ComplianceConfigurationRestrictedErrorDetails as ComplianceConfigurationRestrictedErrorDetails,
    )
    from ._models.compliance_review_actor import ComplianceReviewActor as ComplianceReviewActor
    from ._models.compliance_review_api_actor import (
        ComplianceReviewAPIActor as ComplianceReviewAPIActor,
    )
    from ._models.compliance_review_case import ComplianceReviewCase as ComplianceReviewCase
    from ._models.compliance_review_case_close_reason import (
        ComplianceReviewCaseCloseReason as ComplianceReviewCaseCloseReason,
    )
    from ._models.compliance_review_case_close_reason_type import (
        ComplianceReviewCaseCloseReasonType as ComplianceReviewCaseCloseReasonType,
    )
    from ._models.compliance_review_case_closed import (
        ComplianceReviewCaseClosed as ComplianceReviewCaseClosed,
    )
    from ._models.compliance_review_case_open import (
        ComplianceReviewCaseOpen as ComplianceReviewCaseOpen,
    )
    from ._models.compliance_review_case_page import (
        ComplianceReviewCasePage as ComplianceReviewCasePage,
    )
    from ._models.compliance_review_case_status import (
        ComplianceReviewCaseStatus as ComplianceReviewCaseStatus,
    )
    from ._models.compliance_review_content_not_captured import (
        ComplianceReviewContentNotCaptured as ComplianceReviewContentNotCaptured,
    )
    from ._models.compliance_review_content_unavailable_reason import (
        ComplianceReviewContentUnavailableReason as ComplianceReviewContentUnavailableReason,
    )
    from ._models.compliance_review_create_message_content import (
        ComplianceReviewCreateMessageContent as ComplianceReviewCreateMessageContent,
    )
    from ._models.compliance_review_enforcement_action import (
        ComplianceReviewEnforcementAction as ComplianceReviewEnforcementAction,
    )
    from ._models.compliance_review_item import ComplianceReviewItem as ComplianceReviewItem
    from ._models.compliance_review_message_details import (
        ComplianceReviewMessageDetails as ComplianceReviewMessageDetails,
    )
    from ._models.compliance_review_notice import ComplianceReviewNotice as ComplianceReviewNotice
    from ._models.compliance_review_notice_kind import (
        ComplianceReviewNoticeKind as ComplianceReviewNoticeKind,
    )
    from ._models.compliance_review_notice_kind_type import (
        ComplianceReviewNoticeKindType as ComplianceReviewNoticeKindType,
    )
    from ._models.compliance_review_notice_page import (
        ComplianceReviewNoticePage as ComplianceReviewNoticePage,
    )
    from ._models.compliance_review_policy_category import (
        ComplianceReviewPolicyCategory as ComplianceReviewPolicyCategory,
    )
    from ._models.compliance_review_safeguards_reason import (
        ComplianceReviewSafeguardsReason as ComplianceReviewSafeguardsReason,
    )
    from ._models.compliance_review_service_account_actor import (
        ComplianceReviewServiceAccountActor as ComplianceReviewServiceAccountActor,
    )
    from ._models.compliance_review_stored_copy_unavailable import (
        ComplianceReviewStoredCopyUnavailable as ComplianceReviewStoredCopyUnavailable,
    )
    from ._models.compliance_review_transcript import (
        ComplianceReviewTranscript as ComplianceReviewTranscript,
    )
    from ._models.compliance_review_user_actor import (
        ComplianceReviewUserActor as ComplianceReviewUserActor,
    )
    from ._models.compliance_settings_state import (
        ComplianceSettingsState as ComplianceSettingsState,
    )
    from ._models.compliance_settings_state_disabled import (
        ComplianceSettingsStateDisabled as ComplianceSettingsStateDisabled,
    )
    from ._models.compliance_settings_state_enabled import (
        ComplianceSettingsStateEnabled as ComplianceSettingsStateEnabled,
    )
    from ._models.computer_cursor_position_config import (
        ComputerCursorPositionConfig as ComputerCursorPositionConfig,
    )
    from ._models.computer_cursor_position_input import (
        ComputerCursorPositionInput as ComputerCursorPositionInput,
    )
    from ._models.computer_cursor_position_tool_use_block import (
        ComputerCursorPositionToolUseBlock as ComputerCursorPositionToolUseBlock,
    )
    from ._models.computer_cursor_position_tool_use_block import (
        ComputerCursorPositionToolUseBlock as ResponseComputerCursorPositionToolUseBlock,  # noqa: F401
    )
    from ._models.computer_double_click_config import (
        ComputerDoubleClickConfig as ComputerDoubleClickConfig,
    )
    from ._models.computer_double_click_input import (
        ComputerDoubleClickInput as ComputerDoubleClickInput,
    )
    from ._models.computer_double_click_tool_use_block import (
        ComputerDoubleClickToolUseBlock as ComputerDoubleClickToolUseBlock,
    )
    from ._models.computer_double_click_tool_use_block import (
        ComputerDoubleClickToolUseBlock as ResponseComputerDoubleClickToolUseBlock,  # noqa: F401
    )
    from ._models.computer_hold_key_config import ComputerHoldKeyConfig as ComputerHoldKeyConfig
    from ._models.computer_hold_key_input import ComputerHoldKeyInput as ComputerHoldKeyInput
    from ._models.computer_hold_key_tool_use_block import (
        ComputerHoldKeyToolUseBlock as ComputerHoldKeyToolUseBlock,
    )
    from ._models.computer_hold_key_tool_use_block import (
        ComputerHoldKeyToolUseBlock as ResponseComputerHoldKeyToolUseBlock,  # noqa: F401
    )
    from ._models.computer_key_config import ComputerKeyConfig as ComputerKeyConfig
    from ._models.computer_key_input import ComputerKeyInput as ComputerKeyInput
    from ._models.computer_key_tool_use_block import (
        ComputerKeyToolUseBlock as ComputerKeyToolUseBlock,
    )
    from ._models.computer_key_tool_use_block import (
        ComputerKeyToolUseBlock as ResponseComputerKeyToolUseBlock,  # noqa: F401
    )
    from ._models.computer_left_click_config import (
        ComputerLeftClickConfig as ComputerLeftClickConfig,
    )
    from ._models.computer_left_click_drag_config import (
        ComputerLeftClickDragConfig as ComputerLeftClickDragConfig,
    )
    from ._models.computer_left_click_drag_input import (
        ComputerLeftClickDragInput as ComputerLeftClickDragInput,
    )
    from ._models.computer_left_click_drag_tool_use_block import (
        ComputerLeftClickDragToolUseBlock as ComputerLeftClickDragToolUseBlock,
    )
    from ._models.computer_left_click_drag_tool_use_block import (
        ComputerLeftClickDragToolUseBlock as ResponseComputerLeftClickDragToolUseBlock,  # noqa: F401
    )
    from ._models.computer_left_click_input import ComputerLeftClickInput as ComputerLeftClickInput
    from ._models.computer_left_click_tool_use_block import (
        ComputerLeftClickToolUseBlock as ComputerLeftClickToolUseBlock,
    )
    from ._models.computer_left_click_tool_use_block import (
        ComputerLeftClickToolUseBlock as ResponseComputerLeftClickToolUseBlock,  # noqa: F401
    )
    from ._models.computer_left_mouse_down_config import (
        ComputerLeftMouseDownConfig as ComputerLeftMouseDownConfig,
    )
    from ._models.computer_left_mouse_down_input import (
        ComputerLeftMouseDownInput as ComputerLeftMouseDownInput,
    )
    from ._models.computer_left_mouse_down_tool_use_block import (
        ComputerLeftMouseDownToolUseBlock as ComputerLeftMouseDownToolUseBlock,
    )
    from ._models.computer_left_mouse_down_tool_use_block import (
        ComputerLeftMouseDownToolUseBlock as ResponseComputerLeftMouseDownToolUseBlock,  # noqa: F401
    )
    from ._models.computer_left_mouse_up_config import (
        ComputerLeftMouseUpConfig as ComputerLeftMouseUpConfig,
    )
    from ._models.computer_left_mouse_up_input import (
        ComputerLeftMouseUpInput as ComputerLeftMouseUpInput,
    )
    from ._models.computer_left_mouse_up_tool_use_block import (
        ComputerLeftMouseUpToolUseBlock as ComputerLeftMouseUpToolUseBlock,
    )
    from ._models.computer_left_mouse_up_tool_use_block import (
        ComputerLeftMouseUpToolUseBlock as ResponseComputerLeftMouseUpToolUseBlock,  # noqa: F401
    )
    from ._models.computer_member_input import ComputerMemberInput as ComputerMemberInput
    from ._models.computer_member_name import (
        COMPUTER_MEMBER_NAME_VALUES as COMPUTER_MEMBER_NAME_VALUES,
    )
    from ._models.computer_member_name import ComputerMemberName as ComputerMemberName
    from ._models.computer_middle_click_config import (
        ComputerMiddleClickConfig as ComputerMiddleClickConfig,
    )
    from ._models.computer_middle_click_input import (
        ComputerMiddleClickInput as ComputerMiddleClickInput,
    )
    from ._models.computer_middle_click_tool_use_block import (
        ComputerMiddleClickToolUseBlock as ComputerMiddleClickToolUseBlock,
    )
    from ._models.computer_middle_click_tool_use_block import (
        ComputerMiddleClickToolUseBlock as ResponseComputerMiddleClickToolUseBlock,  # noqa: F401
    )
    from ._models.computer_mouse_move_config import (
        ComputerMouseMoveConfig as ComputerMouseMoveConfig,
    )
    from ._models.computer_mouse_move_input import ComputerMouseMoveInput as ComputerMouseMoveInput
    from ._models.computer_mouse_move_tool_use_block import (
        ComputerMouseMoveToolUseBlock as ComputerMouseMoveToolUseBlock,
    )
    from ._models.computer_mouse_move_tool_use_block import (
        ComputerMouseMoveToolUseBlock as ResponseComputerMouseMoveToolUseBlock,  # noqa: F401
    )
    from ._models.computer_right_click_config import (
        ComputerRightClickConfig as ComputerRightClickConfig,
    )
    from ._models.computer_right_click_input import (
        ComputerRightClickInput as ComputerRightClickInput,
    )
    from ._models.computer_right_click_tool_use_block import (
        ComputerRightClickToolUseBlock as ComputerRightClickToolUseBlock,
    )
    from ._models.computer_right_click_tool_use_block import (
        ComputerRightClickToolUseBlock as ResponseComputerRightClickToolUseBlock,  # noqa: F401
    )
    from ._models.computer_screenshot_config import (
        ComputerScreenshotConfig as ComputerScreenshotConfig,
    )
    from ._models.computer_screenshot_input import (
        ComputerScreenshotInput as ComputerScreenshotInput,
    )
    from ._models.computer_screenshot_tool_use_block import (
        ComputerScreenshotToolUseBlock as ComputerScreenshotToolUseBlock,
    )
    from ._models.computer_screenshot_tool_use_block import (
        ComputerScreenshotToolUseBlock as ResponseComputerScreenshotToolUseBlock,  # noqa: F401
    )
    from ._models.computer_scroll_config import ComputerScrollConfig as ComputerScrollConfig
    from ._models.computer_scroll_direction import (
        ComputerScrollDirection as ComputerScrollDirection,
    )
    from ._models.computer_scroll_input import ComputerScrollInput as ComputerScrollInput
    from ._models.computer_scroll_tool_use_block import (
        ComputerScrollToolUseBlock as ComputerScrollToolUseBlock,
    )
    from ._models.computer_scroll_tool_use_block import (
        ComputerScrollToolUseBlock as ResponseComputerScrollToolUseBlock,  # noqa: F401
    )
    from ._models.computer_tool_use_block import ComputerToolUseBlock as ComputerToolUseBlock
    from ._models.computer_tool_use_block import (
        ComputerToolUseBlock as ResponseComputerToolUseBlock,  # noqa: F401
    )
    from ._models.computer_toolset20260801 import ComputerToolset20260801 as ComputerToolset20260801
    from ._models.computer_toolset_configs import ComputerToolsetConfigs as ComputerToolsetConfigs
    from ._models.computer_triple_click_config import (
        ComputerTripleClickConfig as ComputerTripleClickConfig,
    )
    from ._models.computer_triple_click_input import (
        ComputerTripleClickInput as ComputerTripleClickInput,
    )
    from ._models.computer_triple_click_tool_use_block import (
        ComputerTripleClickToolUseBlock as ComputerTripleClickToolUseBlock,
    )
    from ._models.computer_triple_click_tool_use_block import (
        ComputerTripleClickToolUseBlock as ResponseComputerTripleClickToolUseBlock,  # noqa: F401
    )
    from ._models.computer_type_config import ComputerTypeConfig as ComputerTypeConfig
    from ._models.computer_type_input import ComputerTypeInput as ComputerTypeInput
    from ._models.computer_type_tool_use_block import (
        ComputerTypeToolUseBlock as ComputerTypeToolUseBlock,
    )
    from ._models.computer_type_tool_use_block import (
        ComputerTypeToolUseBlock as ResponseComputerTypeToolUseBlock,  # noqa: F401
    )
    from ._models.computer_wait_config import ComputerWaitConfig as ComputerWaitConfig
    from ._models.computer_wait_input import ComputerWaitInput as ComputerWaitInput
    from ._models.computer_wait_tool_use_block import (
        ComputerWaitToolUseBlock as ComputerWaitToolUseBlock,
    )
    from ._models.computer_wait_tool_use_block import (
        ComputerWaitToolUseBlock as ResponseComputerWaitToolUseBlock,  # noqa: F401
    )
    from ._models.computer_zoom_config import ComputerZoomConfig as ComputerZoomConfig
    from ._models.computer_zoom_input import ComputerZoomInput as ComputerZoomInput
    from ._models.computer_zoom_tool_use_block import (
        ComputerZoomToolUseBlock as ComputerZoomToolUseBlock,
    )
    from ._models.computer_zoom_tool_use_block import (
        ComputerZoomToolUseBlock as ResponseComputerZoomToolUseBlock,  # noqa: F401
    )
    from ._models.concurrent_membership_change_error_details import (
        ConcurrentMembershipChangeErrorDetails as ConcurrentMembershipChangeErrorDetails,
    )
    from ._models.container import Container as Container
    from ._models.container_skill import ContainerSkill as ContainerSkill
    from ._models.container_skill_type import ContainerSkillType as ContainerSkillType
    from ._models.container_upload_block import ContainerUploadBlock as ContainerUploadBlock
    from ._models.content_block import ContentBlock as ContentBlock
    from ._models.context_management_capability import (
        ContextManagementCapability as ContextManagementCapability,
    )
    from ._models.context_management_response import (
        ContextManagementResponse as ContextManagementResponse,
    )
    from ._models.contract_spend_limit_reached_error_details import (
        ContractSpendLimitReachedErrorDetails as ContractSpendLimitReachedErrorDetails,
    )
    from ._models.count_tokens_context_management_response import (
        CountTokensContextManagementResponse as CountTokensContextManagementResponse,
    )
    from ._models.credential_page import CredentialPage as CredentialPage
    from ._models.currency import Currency as BetaCurrency  # noqa: F401
    from ._models.currency import Currency as Currency
    from ._models.data_residency import DataResidency as DataResidency
    from ._models.data_residency_default_inference_geo import (
        DataResidencyDefaultInferenceGeo as DataResidencyDefaultInferenceGeo,
    )
    from ._models.data_residency_workspace_geo import (
        DataResidencyWorkspaceGeo as DataResidencyWorkspaceGeo,
    )
    from ._models.deleted_claude_code_rbac_group_managed_settings import (
        DeletedClaudeCodeRBACGroupManagedSettings as DeletedClaudeCodeRBACGroupManagedSettings,
    )
    from ._models.deleted_external_storage import DeletedExternalStorage as DeletedExternalStorage
    from ._models.deleted_file import DeletedFile as DeletedFile
    from ._models.deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch
    from ._models.deleted_organization_webhook_endpoint import (
        DeletedOrganizationWebhookEndpoint as DeletedOrganizationWebhookEndpoint,
    )
    from ._models.deleted_plugin import DeletedPlugin as DeletedPlugin
    from ._models.deleted_plugin_installation_setting import (
        DeletedPluginInstallationSetting as DeletedPluginInstallationSetting,
    )
    from ._models.deleted_rbac_group import DeletedRBACGroup as DeletedRBACGroup
    from ._models.deleted_rbac_group_member import DeletedRBACGroupMember as DeletedRBACGroupMember
    from ._models.deleted_skill import DeletedSkill as DeletedSkill
    from ._models.deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from ._models.deleted_telemetry_destination import (
        DeletedTelemetryDestination as DeletedTelemetryDestination,
    )
    from ._models.deleted_telemetry_destination_workspace import (
        DeletedTelemetryDestinationWorkspace as DeletedTelemetryDestinationWorkspace,
    )
    from ._models.deleted_user_profile import DeletedUserProfile as DeletedUserProfile
    from ._models.diagnostics import Diagnostics as Diagnostics
    from ._models.direct_caller import DirectCaller as DirectCaller
    from ._models.document_block import DocumentBlock as DocumentBlock
    from ._models.document_source import DocumentSource as DocumentSource
    from ._models.draining_external_storage_status import (
        DrainingExternalStorageStatus as DrainingExternalStorageStatus,
    )
    from ._models.dream import Dream as Dream
    from ._models.dream_error import DreamError as DreamError
    from ._models.dream_input import DreamInput as DreamInput
    from ._models.dream_memory_store_input import DreamMemoryStoreInput as DreamMemoryStoreInput
    from ._models.dream_memory_store_output import DreamMemoryStoreOutput as DreamMemoryStoreOutput
    from ._models.dream_model_config import DreamModelConfig as DreamModelConfig
    from ._models.dream_page import DreamPage as DreamPage
    from ._models.dream_sessions_input import DreamSessionsInput as DreamSessionsInput
    from ._models.dream_status import DreamStatus as DreamStatus
    from ._models.dream_usage import DreamUsage as DreamUsage
    from ._models.effort_capability import EffortCapability as EffortCapability
    from ._models.email_domain_not_allowed_error_details import (
        EmailDomainNotAllowedErrorDetails as EmailDomainNotAllowedErrorDetails,
    )
    from ._models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock as EncryptedCodeExecutionResultBlock,
    )
    from ._models.enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails as EnforcedSpendLimitReachedErrorDetails,
    )
    from ._models.environment import Environment as Environment
    from ._models.environment_archived_error_details import (
        EnvironmentArchivedErrorDetails as EnvironmentArchivedErrorDetails,
    )
    from ._models.environment_config import EnvironmentConfig as EnvironmentConfig
    from ._models.environment_create_disabled_error_details import (
        EnvironmentCreateDisabledErrorDetails as EnvironmentCreateDisabledErrorDetails,
    )
    from ._models.environment_delete_response import (
        EnvironmentDeleteResponse as EnvironmentDeleteResponse,
    )
    from ._models.environment_list_response import (
        EnvironmentListResponse as EnvironmentListResponse,
    )
    from ._models.environment_not_found_error_details import (
        EnvironmentNotFoundErrorDetails as EnvironmentNotFoundErrorDetails,
    )
    from ._models.environment_scope import EnvironmentScope as EnvironmentScope
    from ._models.environment_update_disabled_error_details import (
        EnvironmentUpdateDisabledErrorDetails as EnvironmentUpdateDisabledErrorDetails,
    )
    from ._models.error_details import ErrorDetails as ErrorDetails
    from ._models.error_event import ErrorEvent as ErrorEvent
    from ._models.error_object import ErrorObject as BetaError  # noqa: F401
    from ._models.error_object import ErrorObject as BetaErrorObject  # noqa: F401
    from ._models.error_object import ErrorObject as ErrorObject
    from ._models.error_response import ErrorResponse as BetaErrorResponse  # noqa: F401
    from ._models.error_response import ErrorResponse as ErrorResponse
    from ._models.error_type import ErrorType as ErrorType
    from ._models.external_key import ExternalKey as ExternalKey
    from ._models.external_key_attached_attachment import (
        ExternalKeyAttachedAttachment as ExternalKeyAttachedAttachment,
    )
    from ._models.external_key_attachment import ExternalKeyAttachment as ExternalKeyAttachment
    from ._models.external_key_changed_error_details import (
        ExternalKeyChangedErrorDetails as ExternalKeyChangedErrorDetails,
    )
    from ._models.external_key_delete_response import (
        ExternalKeyDeleteResponse as ExternalKeyDeleteResponse,
    )
    from ._models.external_key_in_workspace_policy_error_details import (
        ExternalKeyInWorkspacePolicyErrorDetails as ExternalKeyInWorkspacePolicyErrorDetails,
    )
    from ._models.external_key_not_found_error_details import (
        ExternalKeyNotFoundErrorDetails as BetaExternalKeyNotFoundErrorDetails,  # noqa: F401
    )
    from ._models.external_key_not_found_error_details import (
        ExternalKeyNotFoundErrorDetails as ExternalKeyNotFoundErrorDetails,
    )
    from ._models.external_key_page import ExternalKeyPage as ExternalKeyPage
    from ._models.external_key_provider_config import (
        ExternalKeyProviderConfig as ExternalKeyProviderConfig,
    )
    from ._models.external_key_provider_mismatch_error_details import (
        ExternalKeyProviderMismatchErrorDetails as BetaExternalKeyProviderMismatchErrorDetails,  # noqa: F401
    )
    from ._models.external_key_provider_mismatch_error_details import (
        ExternalKeyProviderMismatchErrorDetails as ExternalKeyProviderMismatchErrorDetails,
    )
    from ._models.external_key_unattached_attachment import (
        ExternalKeyUnattachedAttachment as ExternalKeyUnattachedAttachment,
    )
    from ._models.external_key_validate_response import (
        ExternalKeyValidateResponse as ExternalKeyValidateResponse,
    )
    from ._models.external_key_validate_response_status import (
        ExternalKeyValidateResponseStatus as ExternalKeyValidateResponseStatus,
    )
    from ._models.external_key_validation_failed_error_details import (
        ExternalKeyValidationFailedErrorDetails as ExternalKeyValidationFailedErrorDetails,
    )
    from ._models.external_key_validation_timed_out_error_details import (
        ExternalKeyValidationTimedOutErrorDetails as ExternalKeyValidationTimedOutErrorDetails,
    )
    from ._models.external_storage import ExternalStorage as ExternalStorage
    from ._models.external_storage_failed_check import (
        ExternalStorageFailedCheck as ExternalStorageFailedCheck,
    )
    from ._models.external_storage_failed_check_check import (
        ExternalStorageFailedCheckCheck as ExternalStorageFailedCheckCheck,
    )
    from ._models.external_storage_failed_check_role import (
        ExternalStorageFailedCheckRole as ExternalStorageFailedCheckRole,
    )
    from ._models.external_storage_in_use_error_details import (
        ExternalStorageInUseErrorDetails as ExternalStorageInUseErrorDetails,
    )
    from ._models.external_storage_in_workspace_policy_error_details import (
        ExternalStorageInWorkspacePolicyErrorDetails as ExternalStorageInWorkspacePolicyErrorDetails,
    )
    from ._models.external_storage_member import ExternalStorageMember as ExternalStorageMember
    from ._models.external_storage_not_available_error_details import (
        ExternalStorageNotAvailableErrorDetails as ExternalStorageNotAvailableErrorDetails,
    )
    from ._models.external_storage_page import ExternalStoragePage as ExternalStoragePage
    from ._models.external_storage_provider_config import (
        ExternalStorageProviderConfig as ExternalStorageProviderConfig,
    )
    from ._models.external_storage_status import ExternalStorageStatus as ExternalStorageStatus
    from ._models.fallback_block import FallbackBlock as FallbackBlock
    from ._models.fallback_credit_not_applied import (
        FallbackCreditNotApplied as FallbackCreditNotApplied,
    )
    from ._models.fallback_credit_not_applied_reason import (
        FallbackCreditNotAppliedReason as FallbackCreditNotAppliedReason,
    )
    from ._models.fallback_credit_redeemed import FallbackCreditRedeemed as FallbackCreditRedeemed
    from ._models.fallback_credit_status import FallbackCreditStatus as FallbackCreditStatus
    from ._models.fallback_credit_usage import FallbackCreditUsage as FallbackCreditUsage
    from ._models.fallback_hop_info import FallbackHopInfo as FallbackHopInfo
    from ._models.fallback_message_iteration_usage import (
        FallbackMessageIterationUsage as FallbackMessageIterationUsage,
    )
    from ._models.fallback_refusal_trigger import FallbackRefusalTrigger as FallbackRefusalTrigger
    from ._models.federation_issuer import FederationIssuer as FederationIssuer
    from ._models.federation_issuer_page import FederationIssuerPage as FederationIssuerPage
    from ._models.federation_issuer_poll_status import (
        FederationIssuerPollStatus as FederationIssuerPollStatus,
    )
    from ._models.federation_jwks import FederationJWKS as FederationJWKS
    from ._models.federation_rule import FederationRule as FederationRule
    from ._models.federation_rule_match import FederationRuleMatch as FederationRuleMatch
    from ._models.federation_rule_page import FederationRulePage as FederationRulePage
    from ._models.federation_rule_workspace import (
        FederationRuleWorkspace as FederationRuleWorkspace,
    )
    from ._models.federation_rule_workspace_page import (
        FederationRuleWorkspacePage as FederationRuleWorkspacePage,
    )
    from ._models.federation_rule_workspace_remove_response import (
        FederationRuleWorkspaceRemoveResponse as FederationRuleWorkspaceRemoveResponse,
    )
    from ._models.file_expired_error_details import (
        FileExpiredErrorDetails as FileExpiredErrorDetails,
    )
    from ._models.file_metadata import FileMetadata as FileMetadata
    from ._models.file_metadata_page import FileMetadataPage as FileMetadataPage
    from ._models.file_not_downloadable_error_details import (
        FileNotDownloadableErrorDetails as FileNotDownloadableErrorDetails,
    )
    from ._models.file_scope import FileScope as FileScope
    from ._models.gateway_timeout_error import GatewayTimeoutError as BetaGatewayTimeoutError  # noqa: F401
    from ._models.gateway_timeout_error import GatewayTimeoutError as BetaGatewayTimeoutErrorObject  # noqa: F401
    from ._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from ._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutErrorObject  # noqa: F401
    from ._models.gcp_external_key_config import GCPExternalKeyConfig as GCPExternalKeyConfig
    from ._models.gcp_external_storage_config import (
        GCPExternalStorageConfig as GCPExternalStorageConfig,
    )
    from ._models.gcp_project_controlled_by_another_organization_error_details import (
        GCPProjectControlledByAnotherOrganizationErrorDetails as BetaGCPProjectControlledByAnotherOrganizationErrorDetails,  # noqa: F401
    )
    from ._models.gcp_project_controlled_by_another_organization_error_details import (
        GCPProjectControlledByAnotherOrganizationErrorDetails as GCPProjectControlledByAnotherOrganizationErrorDetails,
    )
    from ._models.gcp_project_not_verified_error_details import (
        GCPProjectNotVerifiedErrorDetails as BetaGCPProjectNotVerifiedErrorDetails,  # noqa: F401
    )
    from ._models.gcp_project_not_verified_error_details import (
        GCPProjectNotVerifiedErrorDetails as GCPProjectNotVerifiedErrorDetails,
    )
    from ._models.google_managed_bucket_reference import (
        GoogleManagedBucketReference as GoogleManagedBucketReference,
    )
    from ._models.google_managed_cmek_control import (
        GoogleManagedCMEKControl as GoogleManagedCMEKControl,
    )
    from ._models.google_managed_cmek_disabled import (
        GoogleManagedCMEKDisabled as GoogleManagedCMEKDisabled,
    )
    from ._models.google_managed_cmek_enabled import (
        GoogleManagedCMEKEnabled as GoogleManagedCMEKEnabled,
    )
    from ._models.google_managed_cmek_region_active import (
        GoogleManagedCMEKRegionActive as GoogleManagedCMEKRegionActive,
    )
    from ._models.google_managed_cmek_region_failed import (
        GoogleManagedCMEKRegionFailed as GoogleManagedCMEKRegionFailed,
    )
    from ._models.google_managed_cmek_region_not_configured import (
        GoogleManagedCMEKRegionNotConfigured as GoogleManagedCMEKRegionNotConfigured,
    )
    from ._models.google_managed_cmek_region_pending import (
        GoogleManagedCMEKRegionPending as GoogleManagedCMEKRegionPending,
    )
    from ._models.google_managed_cmek_region_status import (
        GoogleManagedCMEKRegionStatus as GoogleManagedCMEKRegionStatus,
    )
    from ._models.google_managed_cmek_region_suspended import (
        GoogleManagedCMEKRegionSuspended as GoogleManagedCMEKRegionSuspended,
    )
    from ._models.google_managed_data_controls import (
        GoogleManagedDataControls as GoogleManagedDataControls,
    )
    from ._models.google_managed_project_cmek_control import (
        GoogleManagedProjectCMEKControl as GoogleManagedProjectCMEKControl,
    )
    from ._models.google_managed_project_cmek_disabled import (
        GoogleManagedProjectCMEKDisabled as GoogleManagedProjectCMEKDisabled,
    )
    from ._models.google_managed_project_cmek_enabled import (
        GoogleManagedProjectCMEKEnabled as GoogleManagedProjectCMEKEnabled,
    )
    from ._models.google_managed_project_cmek_region_active import (
        GoogleManagedProjectCMEKRegionActive as GoogleManagedProjectCMEKRegionActive,
    )
    from ._models.google_managed_project_cmek_region_failed import (
        GoogleManagedProjectCMEKRegionFailed as GoogleManagedProjectCMEKRegionFailed,
    )
    from ._models.google_managed_project_cmek_region_not_configured import (
        GoogleManagedProjectCMEKRegionNotConfigured as GoogleManagedProjectCMEKRegionNotConfigured,
    )
    from ._models.google_managed_project_cmek_region_pending import (
        GoogleManagedProjectCMEKRegionPending as GoogleManagedProjectCMEKRegionPending,
    )
    from ._models.google_managed_project_cmek_region_status import (
        GoogleManagedProjectCMEKRegionStatus as GoogleManagedProjectCMEKRegionStatus,
    )
    from ._models.google_managed_project_cmek_region_suspended import (
        GoogleManagedProjectCMEKRegionSuspended as GoogleManagedProjectCMEKRegionSuspended,
    )
    from ._models.google_managed_project_data_controls import (
        GoogleManagedProjectDataControls as GoogleManagedProjectDataControls,
    )
    from ._models.google_managed_project_effective_bucket import (
        GoogleManagedProjectEffectiveBucket as GoogleManagedProjectEffectiveBucket,
    )
    from ._models.google_managed_project_retired_bucket import (
        GoogleManagedProjectRetiredBucket as GoogleManagedProjectRetiredBucket,
    )
    from ._models.google_managed_project_retired_key import (
        GoogleManagedProjectRetiredKey as GoogleManagedProjectRetiredKey,
    )
    from ._models.google_managed_project_storage_bucket import (
        GoogleManagedProjectStorageBucket as GoogleManagedProjectStorageBucket,
    )
    from ._models.google_managed_project_storage_control import (
        GoogleManagedProjectStorageControl as GoogleManagedProjectStorageControl,
    )
    from ._models.google_managed_project_storage_disabled import (
        GoogleManagedProjectStorageDisabled as GoogleManagedProjectStorageDisabled,
    )
    from ._models.google_managed_project_storage_enabled import (
        GoogleManagedProjectStorageEnabled as GoogleManagedProjectStorageEnabled,
    )
    from ._models.google_managed_project_storage_failed_check import (
        GoogleManagedProjectStorageFailedCheck as GoogleManagedProjectStorageFailedCheck,
    )
    from ._models.google_managed_project_storage_failed_check_check import (
        GoogleManagedProjectStorageFailedCheckCheck as GoogleManagedProjectStorageFailedCheckCheck,
    )
    from ._models.google_managed_project_storage_failed_check_role import (
        GoogleManagedProjectStorageFailedCheckRole as GoogleManagedProjectStorageFailedCheckRole,
    )
    from ._models.google_managed_project_storage_region_active import (
        GoogleManagedProjectStorageRegionActive as GoogleManagedProjectStorageRegionActive,
    )
    from ._models.google_managed_project_storage_region_failed import (
        GoogleManagedProjectStorageRegionFailed as GoogleManagedProjectStorageRegionFailed,
    )
    from ._models.google_managed_project_storage_region_not_configured import (
        GoogleManagedProjectStorageRegionNotConfigured as GoogleManagedProjectStorageRegionNotConfigured,
    )
    from ._models.google_managed_project_storage_region_pending import (
        GoogleManagedProjectStorageRegionPending as GoogleManagedProjectStorageRegionPending,
    )
    from ._models.google_managed_project_storage_region_status import (
        GoogleManagedProjectStorageRegionStatus as GoogleManagedProjectStorageRegionStatus,
    )
    from ._models.google_managed_project_storage_region_suspended import (
        GoogleManagedProjectStorageRegionSuspended as GoogleManagedProjectStorageRegionSuspended,
    )
    from ._models.google_managed_retired_bucket import (
        GoogleManagedRetiredBucket as GoogleManagedRetiredBucket,
    )
    from ._models.google_managed_retired_key import (
        GoogleManagedRetiredKey as GoogleManagedRetiredKey,
    )
    from ._models.google_managed_storage_bucket import (
        GoogleManagedStorageBucket as GoogleManagedStorageBucket,
    )
    from ._models.google_managed_storage_control import (
        GoogleManagedStorageControl as GoogleManagedStorageControl,
    )
    from ._models.google_managed_storage_disabled import (
        GoogleManagedStorageDisabled as GoogleManagedStorageDisabled,
    )
    from ._models.google_managed_storage_enabled import (
        GoogleManagedStorageEnabled as GoogleManagedStorageEnabled,
    )
    from ._models.google_managed_storage_failed_check import (
        GoogleManagedStorageFailedCheck as GoogleManagedStorageFailedCheck,
    )
    from ._models.google_managed_storage_failed_check_check import (
        GoogleManagedStorageFailedCheckCheck as GoogleManagedStorageFailedCheckCheck,
    )
    from ._models.google_managed_storage_failed_check_role import (
        GoogleManagedStorageFailedCheckRole as GoogleManagedStorageFailedCheckRole,
    )
    from ._models.google_managed_storage_region_active import (
        GoogleManagedStorageRegionActive as GoogleManagedStorageRegionActive,
    )
    from ._models.google_managed_storage_region_failed import (
        GoogleManagedStorageRegionFailed as GoogleManagedStorageRegionFailed,
    )
    from ._models.google_managed_storage_region_not_configured import (
        GoogleManagedStorageRegionNotConfigured as GoogleManagedStorageRegionNotConfigured,
    )
    from ._models.google_managed_storage_region_pending import (
        GoogleManagedStorageRegionPending as GoogleManagedStorageRegionPending,
    )
    from ._models.google_managed_storage_region_status import (
        GoogleManagedStorageRegionStatus as GoogleManagedStorageRegionStatus,
    )
    from ._models.google_managed_storage_region_suspended import (
        GoogleManagedStorageRegionSuspended as GoogleManagedStorageRegionSuspended,
    )
    from ._models.grant_required_error_details import (
        GrantRequiredErrorDetails as GrantRequiredErrorDetails,
    )
    from ._models.heartbeat_precondition_failed_error_details import (
        HeartbeatPreconditionFailedErrorDetails as HeartbeatPreconditionFailedErrorDetails,
    )
    from ._models.human_review_not_available_error_details import (
        HumanReviewNotAvailableErrorDetails as HumanReviewNotAvailableErrorDetails,
    )
    from ._models.human_review_on_with_external_storage_error_details import (
        HumanReviewOnWithExternalStorageErrorDetails as HumanReviewOnWithExternalStorageErrorDetails,
    )
    from ._models.image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails as ImageDimensionsTooLargeErrorDetails,
    )
    from ._models.increase_request_approve_response import (
        IncreaseRequestApproveResponse as IncreaseRequestApproveResponse,
    )
    from ._models.inference_data_privacy import InferenceDataPrivacy as InferenceDataPrivacy
    from ._models.input_json_delta import InputJSONDelta as InputJSONDelta
    from ._models.input_json_delta import InputJSONDelta as InputJsonDelta  # noqa: F401
    from ._models.input_transformation import InputTransformation as InputTransformation
    from ._models.input_transformation_reason import (
        InputTransformationReason as InputTransformationReason,
    )
    from ._models.internal_storage import InternalStorage as InternalStorage
    from ._models.invalid_config_type_change_error_details import (
        InvalidConfigTypeChangeErrorDetails as InvalidConfigTypeChangeErrorDetails,
    )
    from ._models.invalid_metadata_error_details import (
        InvalidMetadataErrorDetails as InvalidMetadataErrorDetails,
    )
    from ._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestError  # noqa: F401
    from ._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestErrorObject  # noqa: F401
    from ._models.invalid_request_error import InvalidRequestError as InvalidRequestError
    from ._models.invalid_request_error import InvalidRequestError as InvalidRequestErrorObject  # noqa: F401
    from ._models.invalid_storage_arn_error_details import (
        InvalidStorageARNErrorDetails as InvalidStorageARNErrorDetails,
    )
    from ._models.invite_already_exists_error_details import (
        InviteAlreadyExistsErrorDetails as InviteAlreadyExistsErrorDetails,
    )
    from ._models.invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from ._models.iterations_usage import IterationsUsage as IterationsUsage
    from ._models.jwks_discovery import JWKSDiscovery as JWKSDiscovery
    from ._models.jwks_explicit_url import JWKSExplicitURL as JWKSExplicitURL
    from ._models.jwks_inline import JWKSInline as JWKSInline
    from ._models.key_profile_mismatch_error_details import (
        KeyProfileMismatchErrorDetails as KeyProfileMismatchErrorDetails,
    )
    from ._models.known_model import KnownModel as KnownModel
    from ._models.limited_network import LimitedNetwork as LimitedNetwork
    from ._models.linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails as LinkedOrganizationBillingUnavailableErrorDetails,
    )
    from ._models.linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails as LinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from ._models.managed_agents_actor import ManagedAgentsActor as ManagedAgentsActor
    from ._models.managed_agents_add_session_resource import (
        ManagedAgentsAddSessionResource as ManagedAgentsAddSessionResource,
    )
    from ._models.managed_agents_advisor import ManagedAgentsAdvisor as ManagedAgentsAdvisor
    from ._models.managed_agents_agent import ManagedAgentsAgent as ManagedAgentsAgent
    from ._models.managed_agents_agent_archived_deployment_paused_reason_error import (
        ManagedAgentsAgentArchivedDeploymentPausedReasonError as ManagedAgentsAgentArchivedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_agent_archived_run_error import (
        ManagedAgentsAgentArchivedRunError as ManagedAgentsAgentArchivedRunError,
    )
    from ._models.managed_agents_agent_auto_evaluated_permission import (
        ManagedAgentsAgentAutoEvaluatedPermission as ManagedAgentsAgentAutoEvaluatedPermission,
    )
    from ._models.managed_agents_agent_auto_evaluated_permission_allow import (
        ManagedAgentsAgentAutoEvaluatedPermissionAllow as ManagedAgentsAgentAutoEvaluatedPermissionAllow,
    )
    from ._models.managed_agents_agent_auto_evaluated_permission_ask import (
        ManagedAgentsAgentAutoEvaluatedPermissionAsk as ManagedAgentsAgentAutoEvaluatedPermissionAsk,
    )
    from ._models.managed_agents_agent_auto_evaluated_permission_deny import (
        ManagedAgentsAgentAutoEvaluatedPermissionDeny as ManagedAgentsAgentAutoEvaluatedPermissionDeny,
    )
    from ._models.managed_agents_agent_custom_tool_use_event import (
        ManagedAgentsAgentCustomToolUseEvent as ManagedAgentsAgentCustomToolUseEvent,
    )
    from ._models.managed_agents_agent_evaluated_permission import (
        ManagedAgentsAgentEvaluatedPermission as ManagedAgentsAgentEvaluatedPermission,
    )
    from ._models.managed_agents_agent_mcp_tool_result_event import (
        ManagedAgentsAgentMcpToolResultEvent as ManagedAgentsAgentMcpToolResultEvent,
    )
    from ._models.managed_agents_agent_mcp_tool_use_event import (
        ManagedAgentsAgentMcpToolUseEvent as ManagedAgentsAgentMcpToolUseEvent,
    )
    from ._models.managed_agents_agent_message_content_block import (
        ManagedAgentsAgentMessageContentBlock as ManagedAgentsAgentMessageContentBlock,
    )
    from ._models.managed_agents_agent_message_event import (
        ManagedAgentsAgentMessageEvent as ManagedAgentsAgentMessageEvent,
    )
    from ._models.managed_agents_agent_reference import (
        ManagedAgentsAgentReference as ManagedAgentsAgentReference,
    )
    from ._models.managed_agents_agent_thinking_event import (
        ManagedAgentsAgentThinkingEvent as ManagedAgentsAgentThinkingEvent,
    )
    from ._models.managed_agents_agent_thread_context_compacted_event import (
        ManagedAgentsAgentThreadContextCompactedEvent as ManagedAgentsAgentThreadContextCompactedEvent,
    )
    from ._models.managed_agents_agent_thread_message_received_event import (
        ManagedAgentsAgentThreadMessageReceivedEvent as ManagedAgentsAgentThreadMessageReceivedEvent,
    )
    from ._models.managed_agents_agent_thread_message_sent_event import (
        ManagedAgentsAgentThreadMessageSentEvent as ManagedAgentsAgentThreadMessageSentEvent,
    )
    from ._models.managed_agents_agent_tool import ManagedAgentsAgentTool as ManagedAgentsAgentTool
    from ._models.managed_agents_agent_tool_config_union import (
        ManagedAgentsAgentToolConfigUnion as ManagedAgentsAgentToolConfigUnion,
    )
    from ._models.managed_agents_agent_tool_evaluation import (
        ManagedAgentsAgentToolEvaluation as ManagedAgentsAgentToolEvaluation,
    )
    from ._models.managed_agents_agent_tool_evaluation_always_allow import (
        ManagedAgentsAgentToolEvaluationAlwaysAllow as ManagedAgentsAgentToolEvaluationAlwaysAllow,
    )
    from ._models.managed_agents_agent_tool_evaluation_always_ask import (
        ManagedAgentsAgentToolEvaluationAlwaysAsk as ManagedAgentsAgentToolEvaluationAlwaysAsk,
    )
    from ._models.managed_agents_agent_tool_evaluation_auto import (
        ManagedAgentsAgentToolEvaluationAuto as ManagedAgentsAgentToolEvaluationAuto,
    )
    from ._models.managed_agents_agent_tool_result_event import (
        ManagedAgentsAgentToolResultEvent as ManagedAgentsAgentToolResultEvent,
    )
    from ._models.managed_agents_agent_tool_use_event import (
        ManagedAgentsAgentToolUseEvent as ManagedAgentsAgentToolUseEvent,
    )
    from ._models.managed_agents_agent_toolset20260401 import (
        ManagedAgentsAgentToolset20260401 as ManagedAgentsAgentToolset20260401,
    )
    from ._models.managed_agents_agent_toolset20260401_bash_input import (
        ManagedAgentsAgentToolset20260401BashInput as ManagedAgentsAgentToolset20260401BashInput,
    )
    from ._models.managed_agents_agent_toolset20260401_edit_input import (
        ManagedAgentsAgentToolset20260401EditInput as ManagedAgentsAgentToolset20260401EditInput,
    )
    from ._models.managed_agents_agent_toolset20260401_glob_input import (
        ManagedAgentsAgentToolset20260401GlobInput as ManagedAgentsAgentToolset20260401GlobInput,
    )
    from ._models.managed_agents_agent_toolset20260401_grep_input import (
        ManagedAgentsAgentToolset20260401GrepInput as ManagedAgentsAgentToolset20260401GrepInput,
    )
    from ._models.managed_agents_agent_toolset20260401_read_input import (
        ManagedAgentsAgentToolset20260401ReadInput as ManagedAgentsAgentToolset20260401ReadInput,
    )
    from ._models.managed_agents_agent_toolset20260401_write_input import (
        ManagedAgentsAgentToolset20260401WriteInput as ManagedAgentsAgentToolset20260401WriteInput,
    )
    from ._models.managed_agents_agent_toolset_default_config import (
        ManagedAgentsAgentToolsetDefaultConfig as ManagedAgentsAgentToolsetDefaultConfig,
    )
    from ._models.managed_agents_always_allow_policy import (
        ManagedAgentsAlwaysAllowPolicy as ManagedAgentsAlwaysAllowPolicy,
    )
    from ._models.managed_agents_always_ask_policy import (
        ManagedAgentsAlwaysAskPolicy as ManagedAgentsAlwaysAskPolicy,
    )
    from ._models.managed_agents_anthropic_skill import (
        ManagedAgentsAnthropicSkill as ManagedAgentsAnthropicSkill,
    )
    from ._models.managed_agents_api_actor import ManagedAgentsApiActor as ManagedAgentsApiActor
    from ._models.managed_agents_auto_policy import (
        ManagedAgentsAutoPolicy as ManagedAgentsAutoPolicy,
    )
    from ._models.managed_agents_aws_agent_core_gateway_mcp_server import (
        ManagedAgentsAWSAgentCoreGatewayMCPServer as ManagedAgentsAWSAgentCoreGatewayMCPServer,
    )
    from ._models.managed_agents_aws_role_execution_identity import (
        ManagedAgentsAWSRoleExecutionIdentity as ManagedAgentsAWSRoleExecutionIdentity,
    )
    from ._models.managed_agents_base64_document_source import (
        ManagedAgentsBase64DocumentSource as ManagedAgentsBase64DocumentSource,
    )
    from ._models.managed_agents_base64_image_source import (
        ManagedAgentsBase64ImageSource as ManagedAgentsBase64ImageSource,
    )
    from ._models.managed_agents_bash_tool_config import (
        ManagedAgentsBashToolConfig as ManagedAgentsBashToolConfig,
    )
    from ._models.managed_agents_bedrock_agent import (
        ManagedAgentsBedrockAgent as ManagedAgentsBedrockAgent,
    )
    from ._models.managed_agents_bedrock_agent_list_item import (
        ManagedAgentsBedrockAgentListItem as ManagedAgentsBedrockAgentListItem,
    )
    from ._models.managed_agents_bedrock_agent_list_item_model import (
        ManagedAgentsBedrockAgentListItemModel as ManagedAgentsBedrockAgentListItemModel,
    )
    from ._models.managed_agents_bedrock_agent_mcp_elicitation_event import (
        ManagedAgentsBedrockAgentMCPElicitationEvent as ManagedAgentsBedrockAgentMCPElicitationEvent,
    )
    from ._models.managed_agents_bedrock_agent_mcp_tool_result_event import (
        ManagedAgentsBedrockAgentMCPToolResultEvent as ManagedAgentsBedrockAgentMCPToolResultEvent,
    )
    from ._models.managed_agents_bedrock_agent_page import (
        ManagedAgentsBedrockAgentPage as ManagedAgentsBedrockAgentPage,
    )
    from ._models.managed_agents_bedrock_agent_tool import (
        ManagedAgentsBedrockAgentTool as ManagedAgentsBedrockAgentTool,
    )
    from ._models.managed_agents_bedrock_agent_tool_result_event import (
        ManagedAgentsBedrockAgentToolResultEvent as ManagedAgentsBedrockAgentToolResultEvent,
    )
    from ._models.managed_agents_bedrock_input_event import (
        ManagedAgentsBedrockInputEvent as ManagedAgentsBedrockInputEvent,
    )
    from ._models.managed_agents_bedrock_mcp_elicitation_accept import (
        ManagedAgentsBedrockMCPElicitationAccept as ManagedAgentsBedrockMCPElicitationAccept,
    )
    from ._models.managed_agents_bedrock_mcp_elicitation_cancel import (
        ManagedAgentsBedrockMCPElicitationCancel as ManagedAgentsBedrockMCPElicitationCancel,
    )
    from ._models.managed_agents_bedrock_mcp_elicitation_decline import (
        ManagedAgentsBedrockMCPElicitationDecline as ManagedAgentsBedrockMCPElicitationDecline,
    )
    from ._models.managed_agents_bedrock_mcp_elicitation_response import (
        ManagedAgentsBedrockMCPElicitationResponse as ManagedAgentsBedrockMCPElicitationResponse,
    )
    from ._models.managed_agents_bedrock_mcp_elicitation_url_request import (
        ManagedAgentsBedrockMCPElicitationURLRequest as ManagedAgentsBedrockMCPElicitationURLRequest,
    )
    from ._models.managed_agents_bedrock_memory_actor import (
        ManagedAgentsBedrockMemoryActor as ManagedAgentsBedrockMemoryActor,
    )
    from ._models.managed_agents_bedrock_memory_store import (
        ManagedAgentsBedrockMemoryStore as ManagedAgentsBedrockMemoryStore,
    )
    from ._models.managed_agents_bedrock_memory_store_list_item import (
        ManagedAgentsBedrockMemoryStoreListItem as ManagedAgentsBedrockMemoryStoreListItem,
    )
    from ._models.managed_agents_bedrock_memory_store_page import (
        ManagedAgentsBedrockMemoryStorePage as ManagedAgentsBedrockMemoryStorePage,
    )
    from ._models.managed_agents_bedrock_memory_store_resource import (
        ManagedAgentsBedrockMemoryStoreResource as ManagedAgentsBedrockMemoryStoreResource,
    )
    from ._models.managed_agents_bedrock_memory_store_resource_access import (
        ManagedAgentsBedrockMemoryStoreResourceAccess as ManagedAgentsBedrockMemoryStoreResourceAccess,
    )
    from ._models.managed_agents_bedrock_memory_version import (
        ManagedAgentsBedrockMemoryVersion as ManagedAgentsBedrockMemoryVersion,
    )
    from ._models.managed_agents_bedrock_memory_version_page import (
        ManagedAgentsBedrockMemoryVersionPage as ManagedAgentsBedrockMemoryVersionPage,
    )
    from ._models.managed_agents_bedrock_multiagent_coordinator import (
        ManagedAgentsBedrockMultiagentCoordinator as ManagedAgentsBedrockMultiagentCoordinator,
    )
    from ._models.managed_agents_bedrock_session import (
        ManagedAgentsBedrockSession as ManagedAgentsBedrockSession,
    )
    from ._models.managed_agents_bedrock_session_actor import (
        ManagedAgentsBedrockSessionActor as ManagedAgentsBedrockSessionActor,
    )
    from ._models.managed_agents_bedrock_session_agent import (
        ManagedAgentsBedrockSessionAgent as ManagedAgentsBedrockSessionAgent,
    )
    from ._models.managed_agents_bedrock_session_error_event import (
        ManagedAgentsBedrockSessionErrorEvent as ManagedAgentsBedrockSessionErrorEvent,
    )
    from ._models.managed_agents_bedrock_session_error_event_error import (
        ManagedAgentsBedrockSessionErrorEventError as ManagedAgentsBedrockSessionErrorEventError,
    )
    from ._models.managed_agents_bedrock_session_event import (
        ManagedAgentsBedrockSessionEvent as ManagedAgentsBedrockSessionEvent,
    )
    from ._models.managed_agents_bedrock_session_event_page import (
        ManagedAgentsBedrockSessionEventPage as ManagedAgentsBedrockSessionEventPage,
    )
    from ._models.managed_agents_bedrock_session_list_item import (
        ManagedAgentsBedrockSessionListItem as ManagedAgentsBedrockSessionListItem,
    )
    from ._models.managed_agents_bedrock_session_list_item_agent import (
        ManagedAgentsBedrockSessionListItemAgent as ManagedAgentsBedrockSessionListItemAgent,
    )
    from ._models.managed_agents_bedrock_session_list_item_memory_store_resource import (
        ManagedAgentsBedrockSessionListItemMemoryStoreResource as ManagedAgentsBedrockSessionListItemMemoryStoreResource,
    )
    from ._models.managed_agents_bedrock_session_list_item_usage import (
        ManagedAgentsBedrockSessionListItemUsage as ManagedAgentsBedrockSessionListItemUsage,
    )
    from ._models.managed_agents_bedrock_session_multiagent_coordinator import (
        ManagedAgentsBedrockSessionMultiagentCoordinator as ManagedAgentsBedrockSessionMultiagentCoordinator,
    )
    from ._models.managed_agents_bedrock_session_page import (
        ManagedAgentsBedrockSessionPage as ManagedAgentsBedrockSessionPage,
    )
    from ._models.managed_agents_bedrock_session_resource import (
        ManagedAgentsBedrockSessionResource as ManagedAgentsBedrockSessionResource,
    )
    from ._models.managed_agents_bedrock_session_thread import (
        ManagedAgentsBedrockSessionThread as ManagedAgentsBedrockSessionThread,
    )
    from ._models.managed_agents_bedrock_session_thread_agent import (
        ManagedAgentsBedrockSessionThreadAgent as ManagedAgentsBedrockSessionThreadAgent,
    )
    from ._models.managed_agents_bedrock_session_thread_page import (
        ManagedAgentsBedrockSessionThreadPage as ManagedAgentsBedrockSessionThreadPage,
    )
    from ._models.managed_agents_bedrock_session_updated_event import (
        ManagedAgentsBedrockSessionUpdatedEvent as ManagedAgentsBedrockSessionUpdatedEvent,
    )
    from ._models.managed_agents_bedrock_system_message_event import (
        ManagedAgentsBedrockSystemMessageEvent as ManagedAgentsBedrockSystemMessageEvent,
    )
    from ._models.managed_agents_bedrock_user_custom_tool_result_event import (
        ManagedAgentsBedrockUserCustomToolResultEvent as ManagedAgentsBedrockUserCustomToolResultEvent,
    )
    from ._models.managed_agents_bedrock_user_define_outcome_event import (
        ManagedAgentsBedrockUserDefineOutcomeEvent as ManagedAgentsBedrockUserDefineOutcomeEvent,
    )
    from ._models.managed_agents_bedrock_user_interrupt_event import (
        ManagedAgentsBedrockUserInterruptEvent as ManagedAgentsBedrockUserInterruptEvent,
    )
    from ._models.managed_agents_bedrock_user_mcp_elicitation_response_event import (
        ManagedAgentsBedrockUserMCPElicitationResponseEvent as ManagedAgentsBedrockUserMCPElicitationResponseEvent,
    )
    from ._models.managed_agents_bedrock_user_message_event import (
        ManagedAgentsBedrockUserMessageEvent as ManagedAgentsBedrockUserMessageEvent,
    )
    from ._models.managed_agents_bedrock_user_tool_confirmation_event import (
        ManagedAgentsBedrockUserToolConfirmationEvent as ManagedAgentsBedrockUserToolConfirmationEvent,
    )
    from ._models.managed_agents_billing_error import (
        ManagedAgentsBillingError as ManagedAgentsBillingError,
    )
    from ._models.managed_agents_branch_checkout import (
        ManagedAgentsBranchCheckout as ManagedAgentsBranchCheckout,
    )
    from ._models.managed_agents_budget import ManagedAgentsBudget as ManagedAgentsBudget
    from ._models.managed_agents_budget_limit import (
        ManagedAgentsBudgetLimit as ManagedAgentsBudgetLimit,
    )
    from ._models.managed_agents_cache_creation_usage import (
        ManagedAgentsCacheCreationUsage as ManagedAgentsCacheCreationUsage,
    )
    from ._models.managed_agents_caller_identity import (
        ManagedAgentsCallerIdentity as ManagedAgentsCallerIdentity,
    )
    from ._models.managed_agents_commit_checkout import (
        ManagedAgentsCommitCheckout as ManagedAgentsCommitCheckout,
    )
    from ._models.managed_agents_compaction_limit_reached_error import (
        ManagedAgentsCompactionLimitReachedError as ManagedAgentsCompactionLimitReachedError,
    )
    from ._models.managed_agents_credential import (
        ManagedAgentsCredential as ManagedAgentsCredential,
    )
    from ._models.managed_agents_credential_auth import (
        ManagedAgentsCredentialAuth as ManagedAgentsCredentialAuth,
    )
    from ._models.managed_agents_credential_host_unreachable_error import (
        ManagedAgentsCredentialHostUnreachableError as ManagedAgentsCredentialHostUnreachableError,
    )
    from ._models.managed_agents_credential_networking_response import (
        ManagedAgentsCredentialNetworkingResponse as ManagedAgentsCredentialNetworkingResponse,
    )
    from ._models.managed_agents_credential_refresh_status import (
        ManagedAgentsCredentialRefreshStatus as ManagedAgentsCredentialRefreshStatus,
    )
    from ._models.managed_agents_credential_validation import (
        ManagedAgentsCredentialValidation as ManagedAgentsCredentialValidation,
    )
    from ._models.managed_agents_credential_validation_status import (
        ManagedAgentsCredentialValidationStatus as ManagedAgentsCredentialValidationStatus,
    )
    from ._models.managed_agents_cron_schedule import (
        ManagedAgentsCronSchedule as ManagedAgentsCronSchedule,
    )
    from ._models.managed_agents_custom_skill import (
        ManagedAgentsCustomSkill as ManagedAgentsCustomSkill,
    )
    from ._models.managed_agents_custom_tool import (
        ManagedAgentsCustomTool as ManagedAgentsCustomTool,
    )
    from ._models.managed_agents_custom_tool_input_schema import (
        ManagedAgentsCustomToolInputSchema as ManagedAgentsCustomToolInputSchema,
    )
    from ._models.managed_agents_delete_session_resource import (
        ManagedAgentsDeleteSessionResource as ManagedAgentsDeleteSessionResource,
    )
    from ._models.managed_agents_deleted_credential import (
        ManagedAgentsDeletedCredential as ManagedAgentsDeletedCredential,
    )
    from ._models.managed_agents_deleted_memory import (
        ManagedAgentsDeletedMemory as ManagedAgentsDeletedMemory,
    )
    from ._models.managed_agents_deleted_memory_store import (
        ManagedAgentsDeletedMemoryStore as ManagedAgentsDeletedMemoryStore,
    )
    from ._models.managed_agents_deleted_session import (
        ManagedAgentsDeletedSession as ManagedAgentsDeletedSession,
    )
    from ._models.managed_agents_deleted_vault import (
        ManagedAgentsDeletedVault as ManagedAgentsDeletedVault,
    )
    from ._models.managed_agents_deployment import (
        ManagedAgentsDeployment as ManagedAgentsDeployment,
    )
    from ._models.managed_agents_deployment_initial_event import (
        ManagedAgentsDeploymentInitialEvent as ManagedAgentsDeploymentInitialEvent,
    )
    from ._models.managed_agents_deployment_paused_reason import (
        ManagedAgentsDeploymentPausedReason as ManagedAgentsDeploymentPausedReason,
    )
    from ._models.managed_agents_deployment_paused_reason_error import (
        ManagedAgentsDeploymentPausedReasonError as ManagedAgentsDeploymentPausedReasonError,
    )
    from ._models.managed_agents_deployment_run import (
        ManagedAgentsDeploymentRun as ManagedAgentsDeploymentRun,
    )
    from ._models.managed_agents_deployment_status import (
        ManagedAgentsDeploymentStatus as ManagedAgentsDeploymentStatus,
    )
    from ._models.managed_agents_deployment_system_message_event import (
        ManagedAgentsDeploymentSystemMessageEvent as ManagedAgentsDeploymentSystemMessageEvent,
    )
    from ._models.managed_agents_deployment_user_define_outcome_event import (
        ManagedAgentsDeploymentUserDefineOutcomeEvent as ManagedAgentsDeploymentUserDefineOutcomeEvent,
    )
    from ._models.managed_agents_deployment_user_message_event import (
        ManagedAgentsDeploymentUserMessageEvent as ManagedAgentsDeploymentUserMessageEvent,
    )
    from ._models.managed_agents_document_block import (
        ManagedAgentsDocumentBlock as ManagedAgentsDocumentBlock,
    )
    from ._models.managed_agents_document_source import (
        ManagedAgentsDocumentSource as ManagedAgentsDocumentSource,
    )
    from ._models.managed_agents_edit_tool_config import (
        ManagedAgentsEditToolConfig as ManagedAgentsEditToolConfig,
    )
    from ._models.managed_agents_effort import ManagedAgentsEffort as ManagedAgentsEffort
    from ._models.managed_agents_effort_high import (
        ManagedAgentsEffortHigh as ManagedAgentsEffortHigh,
    )
    from ._models.managed_agents_effort_low import ManagedAgentsEffortLow as ManagedAgentsEffortLow
    from ._models.managed_agents_effort_max import ManagedAgentsEffortMax as ManagedAgentsEffortMax
    from ._models.managed_agents_effort_medium import (
        ManagedAgentsEffortMedium as ManagedAgentsEffortMedium,
    )
    from ._models.managed_agents_effort_xhigh import (
        ManagedAgentsEffortXhigh as ManagedAgentsEffortXhigh,
    )
    from ._models.managed_agents_environment_archived_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError as ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_environment_archived_run_error import (
        ManagedAgentsEnvironmentArchivedRunError as ManagedAgentsEnvironmentArchivedRunError,
    )
    from ._models.managed_agents_environment_not_found_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError as ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError,
    )
    from ._models.managed_agents_environment_not_found_run_error import (
        ManagedAgentsEnvironmentNotFoundRunError as ManagedAgentsEnvironmentNotFoundRunError,
    )
    from ._models.managed_agents_environment_variable_auth_response import (
        ManagedAgentsEnvironmentVariableAuthResponse as ManagedAgentsEnvironmentVariableAuthResponse,
    )
    from ._models.managed_agents_error_deployment_paused_reason import (
        ManagedAgentsErrorDeploymentPausedReason as ManagedAgentsErrorDeploymentPausedReason,
    )
    from ._models.managed_agents_event_delta_event import (
        ManagedAgentsEventDeltaEvent as ManagedAgentsEventDeltaEvent,
    )
    from ._models.managed_agents_event_delta_event_content_delta import (
        ManagedAgentsEventDeltaEventContentDelta as ManagedAgentsEventDeltaEventContentDelta,
    )
    from ._models.managed_agents_event_delta_event_delta import (
        ManagedAgentsEventDeltaEventDelta as ManagedAgentsEventDeltaEventDelta,
    )
    from ._models.managed_agents_event_start_event import (
        ManagedAgentsEventStartEvent as ManagedAgentsEventStartEvent,
    )
    from ._models.managed_agents_event_start_event_agent_message_preview import (
        ManagedAgentsEventStartEventAgentMessagePreview as ManagedAgentsEventStartEventAgentMessagePreview,
    )
    from ._models.managed_agents_event_start_event_agent_thinking_preview import (
        ManagedAgentsEventStartEventAgentThinkingPreview as ManagedAgentsEventStartEventAgentThinkingPreview,
    )
    from ._models.managed_agents_event_start_event_event import (
        ManagedAgentsEventStartEventEvent as ManagedAgentsEventStartEventEvent,
    )
    from ._models.managed_agents_execution_identity import (
        ManagedAgentsExecutionIdentity as ManagedAgentsExecutionIdentity,
    )
    from ._models.managed_agents_file_document_source import (
        ManagedAgentsFileDocumentSource as ManagedAgentsFileDocumentSource,
    )
    from ._models.managed_agents_file_image_source import (
        ManagedAgentsFileImageSource as ManagedAgentsFileImageSource,
    )
    from ._models.managed_agents_file_not_found_deployment_paused_reason_error import (
        ManagedAgentsFileNotFoundDeploymentPausedReasonError as ManagedAgentsFileNotFoundDeploymentPausedReasonError,
    )
    from ._models.managed_agents_file_not_found_run_error import (
        ManagedAgentsFileNotFoundRunError as ManagedAgentsFileNotFoundRunError,
    )
    from ._models.managed_agents_file_resource import (
        ManagedAgentsFileResource as ManagedAgentsFileResource,
    )
    from ._models.managed_agents_file_resource_config import (
        ManagedAgentsFileResourceConfig as ManagedAgentsFileResourceConfig,
    )
    from ._models.managed_agents_file_rubric import (
        ManagedAgentsFileRubric as ManagedAgentsFileRubric,
    )
    from ._models.managed_agents_get_session_resource import (
        ManagedAgentsGetSessionResource as ManagedAgentsGetSessionResource,
    )
    from ._models.managed_agents_git_hub_repository_resource import (
        ManagedAgentsGitHubRepositoryResource as ManagedAgentsGitHubRepositoryResource,
    )
    from ._models.managed_agents_git_hub_repository_resource_config import (
        ManagedAgentsGitHubRepositoryResourceConfig as ManagedAgentsGitHubRepositoryResourceConfig,
    )
    from ._models.managed_agents_glob_tool_config import (
        ManagedAgentsGlobToolConfig as ManagedAgentsGlobToolConfig,
    )
    from ._models.managed_agents_grep_tool_config import (
        ManagedAgentsGrepToolConfig as ManagedAgentsGrepToolConfig,
    )
    from ._models.managed_agents_image_block import (
        ManagedAgentsImageBlock as ManagedAgentsImageBlock,
    )
    from ._models.managed_agents_image_source import (
        ManagedAgentsImageSource as ManagedAgentsImageSource,
    )
    from ._models.managed_agents_injection_location_response import (
        ManagedAgentsInjectionLocationResponse as ManagedAgentsInjectionLocationResponse,
    )
    from ._models.managed_agents_inline_agent import (
        ManagedAgentsInlineAgent as ManagedAgentsInlineAgent,
    )
    from ._models.managed_agents_input_event import (
        ManagedAgentsInputEvent as ManagedAgentsInputEvent,
    )
    from ._models.managed_agents_limited_credential_networking_response import (
        ManagedAgentsLimitedCredentialNetworkingResponse as ManagedAgentsLimitedCredentialNetworkingResponse,
    )
    from ._models.managed_agents_list_agent_versions import (
        ManagedAgentsListAgentVersions as ManagedAgentsListAgentVersions,
    )
    from ._models.managed_agents_list_agents import (
        ManagedAgentsListAgents as ManagedAgentsListAgents,
    )
    from ._models.managed_agents_list_deployment_runs_data import (
        ManagedAgentsListDeploymentRunsData as ManagedAgentsListDeploymentRunsData,
    )
    from ._models.managed_agents_list_deployments_data import (
        ManagedAgentsListDeploymentsData as ManagedAgentsListDeploymentsData,
    )
    from ._models.managed_agents_list_session_events import (
        ManagedAgentsListSessionEvents as ManagedAgentsListSessionEvents,
    )
    from ._models.managed_agents_list_session_resources import (
        ManagedAgentsListSessionResources as ManagedAgentsListSessionResources,
    )
    from ._models.managed_agents_list_session_thread_events import (
        ManagedAgentsListSessionThreadEvents as ManagedAgentsListSessionThreadEvents,
    )
    from ._models.managed_agents_list_session_threads import (
        ManagedAgentsListSessionThreads as ManagedAgentsListSessionThreads,
    )
    from ._models.managed_agents_list_sessions import (
        ManagedAgentsListSessions as ManagedAgentsListSessions,
    )
    from ._models.managed_agents_managed_memory_store_backend import (
        ManagedAgentsManagedMemoryStoreBackend as ManagedAgentsManagedMemoryStoreBackend,
    )
    from ._models.managed_agents_manual_deployment_paused_reason import (
        ManagedAgentsManualDeploymentPausedReason as ManagedAgentsManualDeploymentPausedReason,
    )
    from ._models.managed_agents_manual_trigger_context import (
        ManagedAgentsManualTriggerContext as ManagedAgentsManualTriggerContext,
    )
    from ._models.managed_agents_max_workflow_runs_workflow_run_error import (
        ManagedAgentsMaxWorkflowRunsWorkflowRunError as ManagedAgentsMaxWorkflowRunsWorkflowRunError,
    )
    from ._models.managed_agents_mcp_authentication_failed_error import (
        ManagedAgentsMcpAuthenticationFailedError as ManagedAgentsMcpAuthenticationFailedError,
    )
    from ._models.managed_agents_mcp_connection_failed_error import (
        ManagedAgentsMcpConnectionFailedError as ManagedAgentsMcpConnectionFailedError,
    )
    from ._models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
        ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError as ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_mcp_egress_blocked_run_error import (
        ManagedAgentsMcpEgressBlockedRunError as ManagedAgentsMcpEgressBlockedRunError,
    )
    from ._models.managed_agents_mcp_oauth_auth_response import (
        ManagedAgentsMcpOauthAuthResponse as ManagedAgentsMcpOauthAuthResponse,
    )
    from ._models.managed_agents_mcp_oauth_refresh_response import (
        ManagedAgentsMcpOauthRefreshResponse as ManagedAgentsMcpOauthRefreshResponse,
    )
    from ._models.managed_agents_mcp_probe import ManagedAgentsMcpProbe as ManagedAgentsMcpProbe
    from ._models.managed_agents_mcp_server import ManagedAgentsMCPServer as ManagedAgentsMCPServer
    from ._models.managed_agents_mcp_server_url_definition import (
        ManagedAgentsMCPServerURLDefinition as ManagedAgentsMCPServerURLDefinition,
    )
    from ._models.managed_agents_mcp_tool_config import (
        ManagedAgentsMCPToolConfig as ManagedAgentsMCPToolConfig,
    )
    from ._models.managed_agents_mcp_toolset import (
        ManagedAgentsMCPToolset as ManagedAgentsMCPToolset,
    )
    from ._models.managed_agents_mcp_toolset_default_config import (
        ManagedAgentsMCPToolsetDefaultConfig as ManagedAgentsMCPToolsetDefaultConfig,
    )
    from ._models.managed_agents_memory import ManagedAgentsMemory as ManagedAgentsMemory
    from ._models.managed_agents_memory_list_item import (
        ManagedAgentsMemoryListItem as ManagedAgentsMemoryListItem,
    )
    from ._models.managed_agents_memory_prefix import (
        ManagedAgentsMemoryPrefix as ManagedAgentsMemoryPrefix,
    )
    from ._models.managed_agents_memory_store import (
        ManagedAgentsMemoryStore as ManagedAgentsMemoryStore,
    )
    from ._models.managed_agents_memory_store_archived_deployment_paused_reason_error import (
        ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError as ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_memory_store_archived_run_error import (
        ManagedAgentsMemoryStoreArchivedRunError as ManagedAgentsMemoryStoreArchivedRunError,
    )
    from ._models.managed_agents_memory_store_resource import (
        ManagedAgentsMemoryStoreResource as ManagedAgentsMemoryStoreResource,
    )
    from ._models.managed_agents_memory_store_resource_config import (
        ManagedAgentsMemoryStoreResourceConfig as ManagedAgentsMemoryStoreResourceConfig,
    )
    from ._models.managed_agents_memory_tool_config import (
        ManagedAgentsMemoryToolConfig as ManagedAgentsMemoryToolConfig,
    )
    from ._models.managed_agents_memory_tool_config_permission_policy import (
        ManagedAgentsMemoryToolConfigPermissionPolicy as ManagedAgentsMemoryToolConfigPermissionPolicy,
    )
    from ._models.managed_agents_memory_tool_name import (
        ManagedAgentsMemoryToolName as ManagedAgentsMemoryToolName,
    )
    from ._models.managed_agents_memory_toolset20261030 import (
        ManagedAgentsMemoryToolset20261030 as ManagedAgentsMemoryToolset20261030,
    )
    from ._models.managed_agents_memory_version import (
        ManagedAgentsMemoryVersion as ManagedAgentsMemoryVersion,
    )
    from ._models.managed_agents_memory_version_operation import (
        ManagedAgentsMemoryVersionOperation as ManagedAgentsMemoryVersionOperation,
    )
    from ._models.managed_agents_model import ManagedAgentsModel as ManagedAgentsModel
    from ._models.managed_agents_model_config import (
        ManagedAgentsModelConfig as ManagedAgentsModelConfig,
    )
    from ._models.managed_agents_model_overloaded_error import (
        ManagedAgentsModelOverloadedError as ManagedAgentsModelOverloadedError,
    )
    from ._models.managed_agents_model_rate_limited_error import (
        ManagedAgentsModelRateLimitedError as ManagedAgentsModelRateLimitedError,
    )
    from ._models.managed_agents_model_request_failed_error import (
        ManagedAgentsModelRequestFailedError as ManagedAgentsModelRequestFailedError,
    )
    from ._models.managed_agents_mount_mode import ManagedAgentsMountMode as ManagedAgentsMountMode
    from ._models.managed_agents_mount_path_conflict_error_object import (
        ManagedAgentsMountPathConflictErrorObject as ManagedAgentsMountPathConflictErrorObject,
    )
    from ._models.managed_agents_multiagent import (
        ManagedAgentsMultiagent as ManagedAgentsMultiagent,
    )
    from ._models.managed_agents_multiagent20261001 import (
        ManagedAgentsMultiagent20261001 as ManagedAgentsMultiagent20261001,
    )
    from ._models.managed_agents_multiagent_advisor import (
        ManagedAgentsMultiagentAdvisor as ManagedAgentsMultiagentAdvisor,
    )
    from ._models.managed_agents_multiagent_advisor_disabled import (
        ManagedAgentsMultiagentAdvisorDisabled as ManagedAgentsMultiagentAdvisorDisabled,
    )
    from ._models.managed_agents_multiagent_advisor_enabled import (
        ManagedAgentsMultiagentAdvisorEnabled as ManagedAgentsMultiagentAdvisorEnabled,
    )
    from ._models.managed_agents_multiagent_coordinator import (
        ManagedAgentsMultiagentCoordinator as ManagedAgentsMultiagentCoordinator,
    )
    from ._models.managed_agents_multiagent_inline_agents import (
        ManagedAgentsMultiagentInlineAgents as ManagedAgentsMultiagentInlineAgents,
    )
    from ._models.managed_agents_multiagent_inline_agents_disabled import (
        ManagedAgentsMultiagentInlineAgentsDisabled as ManagedAgentsMultiagentInlineAgentsDisabled,
    )
    from ._models.managed_agents_multiagent_inline_agents_enabled import (
        ManagedAgentsMultiagentInlineAgentsEnabled as ManagedAgentsMultiagentInlineAgentsEnabled,
    )
    from ._models.managed_agents_multiagent_roster_entry import (
        ManagedAgentsMultiagentRosterEntry as ManagedAgentsMultiagentRosterEntry,
    )
    from ._models.managed_agents_multiagent_subagents import (
        ManagedAgentsMultiagentSubagents as ManagedAgentsMultiagentSubagents,
    )
    from ._models.managed_agents_multiagent_subagents_disabled import (
        ManagedAgentsMultiagentSubagentsDisabled as ManagedAgentsMultiagentSubagentsDisabled,
    )
    from ._models.managed_agents_multiagent_subagents_enabled import (
        ManagedAgentsMultiagentSubagentsEnabled as ManagedAgentsMultiagentSubagentsEnabled,
    )
    from ._models.managed_agents_multiagent_workflows import (
        ManagedAgentsMultiagentWorkflows as ManagedAgentsMultiagentWorkflows,
    )
    from ._models.managed_agents_multiagent_workflows_disabled import (
        ManagedAgentsMultiagentWorkflowsDisabled as ManagedAgentsMultiagentWorkflowsDisabled,
    )
    from ._models.managed_agents_multiagent_workflows_enabled import (
        ManagedAgentsMultiagentWorkflowsEnabled as ManagedAgentsMultiagentWorkflowsEnabled,
    )
    from ._models.managed_agents_organization_disabled_deployment_paused_reason_error import (
        ManagedAgentsOrganizationDisabledDeploymentPausedReasonError as ManagedAgentsOrganizationDisabledDeploymentPausedReasonError,
    )
    from ._models.managed_agents_organization_disabled_run_error import (
        ManagedAgentsOrganizationDisabledRunError as ManagedAgentsOrganizationDisabledRunError,
    )
    from ._models.managed_agents_outcome_evaluation_resource import (
        ManagedAgentsOutcomeEvaluationResource as ManagedAgentsOutcomeEvaluationResource,
    )
    from ._models.managed_agents_permission_policy import (
        ManagedAgentsPermissionPolicy as ManagedAgentsPermissionPolicy,
    )
    from ._models.managed_agents_person_actor import (
        ManagedAgentsPersonActor as ManagedAgentsPersonActor,
    )
    from ._models.managed_agents_plain_text_document_source import (
        ManagedAgentsPlainTextDocumentSource as ManagedAgentsPlainTextDocumentSource,
    )
    from ._models.managed_agents_plain_text_document_source_media_type import (
        ManagedAgentsPlainTextDocumentSourceMediaType as ManagedAgentsPlainTextDocumentSourceMediaType,
    )
    from ._models.managed_agents_program_workflow_run_error import (
        ManagedAgentsProgramWorkflowRunError as ManagedAgentsProgramWorkflowRunError,
    )
    from ._models.managed_agents_read_tool_config import (
        ManagedAgentsReadToolConfig as ManagedAgentsReadToolConfig,
    )
    from ._models.managed_agents_redacted_block import (
        ManagedAgentsRedactedBlock as ManagedAgentsRedactedBlock,
    )
    from ._models.managed_agents_refresh_http_response import (
        ManagedAgentsRefreshHttpResponse as ManagedAgentsRefreshHttpResponse,
    )
    from ._models.managed_agents_refresh_object import (
        ManagedAgentsRefreshObject as ManagedAgentsRefreshObject,
    )
    from ._models.managed_agents_repository_authentication_error import (
        ManagedAgentsRepositoryAuthenticationError as ManagedAgentsRepositoryAuthenticationError,
    )
    from ._models.managed_agents_repository_checkout import (
        ManagedAgentsRepositoryCheckout as ManagedAgentsRepositoryCheckout,
    )
    from ._models.managed_agents_repository_checkout_error import (
        ManagedAgentsRepositoryCheckoutError as ManagedAgentsRepositoryCheckoutError,
    )
    from ._models.managed_agents_repository_clone_error import (
        ManagedAgentsRepositoryCloneError as ManagedAgentsRepositoryCloneError,
    )
    from ._models.managed_agents_repository_forbidden_error import (
        ManagedAgentsRepositoryForbiddenError as ManagedAgentsRepositoryForbiddenError,
    )
    from ._models.managed_agents_repository_not_found_error import (
        ManagedAgentsRepositoryNotFoundError as ManagedAgentsRepositoryNotFoundError,
    )
    from ._models.managed_agents_retry_status import (
        ManagedAgentsRetryStatus as ManagedAgentsRetryStatus,
    )
    from ._models.managed_agents_retry_status_exhausted import (
        ManagedAgentsRetryStatusExhausted as ManagedAgentsRetryStatusExhausted,
    )
    from ._models.managed_agents_retry_status_retrying import (
        ManagedAgentsRetryStatusRetrying as ManagedAgentsRetryStatusRetrying,
    )
    from ._models.managed_agents_retry_status_terminal import (
        ManagedAgentsRetryStatusTerminal as ManagedAgentsRetryStatusTerminal,
    )
    from ._models.managed_agents_role_actor import ManagedAgentsRoleActor as ManagedAgentsRoleActor
    from ._models.managed_agents_rubric import ManagedAgentsRubric as ManagedAgentsRubric
    from ._models.managed_agents_run_error import ManagedAgentsRunError as ManagedAgentsRunError
    from ._models.managed_agents_s3_access_denied_error_object import (
        ManagedAgentsS3AccessDeniedErrorObject as ManagedAgentsS3AccessDeniedErrorObject,
    )
    from ._models.managed_agents_s3_copy_error_object import (
        ManagedAgentsS3CopyErrorObject as ManagedAgentsS3CopyErrorObject,
    )
    from ._models.managed_agents_s3_mount_error_object import (
        ManagedAgentsS3MountErrorObject as ManagedAgentsS3MountErrorObject,
    )
    from ._models.managed_agents_s3_mount_resource import (
        ManagedAgentsS3MountResource as ManagedAgentsS3MountResource,
    )
    from ._models.managed_agents_s3_mount_resource_mount_as import (
        ManagedAgentsS3MountResourceMountAs as ManagedAgentsS3MountResourceMountAs,
    )
    from ._models.managed_agents_s3_mount_skill import (
        ManagedAgentsS3MountSkill as ManagedAgentsS3MountSkill,
    )
    from ._models.managed_agents_s3_not_found_error_object import (
        ManagedAgentsS3NotFoundErrorObject as ManagedAgentsS3NotFoundErrorObject,
    )
    from ._models.managed_agents_s3_object_resource import (
        ManagedAgentsS3ObjectResource as ManagedAgentsS3ObjectResource,
    )
    from ._models.managed_agents_sandbox_path_resource import (
        ManagedAgentsSandboxPathResource as ManagedAgentsSandboxPathResource,
    )
    from ._models.managed_agents_sandbox_path_skill import (
        ManagedAgentsSandboxPathSkill as ManagedAgentsSandboxPathSkill,
    )
    from ._models.managed_agents_sandbox_skill import (
        ManagedAgentsSandboxSkill as ManagedAgentsSandboxSkill,
    )
    from ._models.managed_agents_schedule import ManagedAgentsSchedule as ManagedAgentsSchedule
    from ._models.managed_agents_schedule_trigger_context import (
        ManagedAgentsScheduleTriggerContext as ManagedAgentsScheduleTriggerContext,
    )
    from ._models.managed_agents_search_result_block import (
        ManagedAgentsSearchResultBlock as ManagedAgentsSearchResultBlock,
    )
    from ._models.managed_agents_search_result_citations import (
        ManagedAgentsSearchResultCitations as ManagedAgentsSearchResultCitations,
    )
    from ._models.managed_agents_search_result_content import (
        ManagedAgentsSearchResultContent as ManagedAgentsSearchResultContent,
    )
    from ._models.managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError as ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_self_hosted_resources_unsupported_run_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedRunError as ManagedAgentsSelfHostedResourcesUnsupportedRunError,
    )
    from ._models.managed_agents_send_bedrock_session_events import (
        ManagedAgentsSendBedrockSessionEvents as ManagedAgentsSendBedrockSessionEvents,
    )
    from ._models.managed_agents_send_session_events import (
        ManagedAgentsSendSessionEvents as ManagedAgentsSendSessionEvents,
    )
    from ._models.managed_agents_server_tool_usage import (
        ManagedAgentsServerToolUsage as ManagedAgentsServerToolUsage,
    )
    from ._models.managed_agents_service_account_actor import (
        ManagedAgentsServiceAccountActor as ManagedAgentsServiceAccountActor,
    )
    from ._models.managed_agents_service_account_execution_identity import (
        ManagedAgentsServiceAccountExecutionIdentity as ManagedAgentsServiceAccountExecutionIdentity,
    )
    from ._models.managed_agents_session import ManagedAgentsSession as ManagedAgentsSession
    from ._models.managed_agents_session_actor import (
        ManagedAgentsSessionActor as ManagedAgentsSessionActor,
    )
    from ._models.managed_agents_session_agent import (
        ManagedAgentsSessionAgent as ManagedAgentsSessionAgent,
    )
    from ._models.managed_agents_session_budget_reached import (
        ManagedAgentsSessionBudgetReached as ManagedAgentsSessionBudgetReached,
    )
    from ._models.managed_agents_session_creation_rejected_run_error import (
        ManagedAgentsSessionCreationRejectedRunError as ManagedAgentsSessionCreationRejectedRunError,
    )
    from ._models.managed_agents_session_deleted_event import (
        ManagedAgentsSessionDeletedEvent as ManagedAgentsSessionDeletedEvent,
    )
    from ._models.managed_agents_session_end_turn import (
        ManagedAgentsSessionEndTurn as ManagedAgentsSessionEndTurn,
    )
    from ._models.managed_agents_session_error_event import (
        ManagedAgentsSessionErrorEvent as ManagedAgentsSessionErrorEvent,
    )
    from ._models.managed_agents_session_error_event_error import (
        ManagedAgentsSessionErrorEventError as ManagedAgentsSessionErrorEventError,
    )
    from ._models.managed_agents_session_event import (
        ManagedAgentsSessionEvent as ManagedAgentsSessionEvent,
    )
    from ._models.managed_agents_session_multiagent import (
        ManagedAgentsSessionMultiagent as ManagedAgentsSessionMultiagent,
    )
    from ._models.managed_agents_session_multiagent20261001 import (
        ManagedAgentsSessionMultiagent20261001 as ManagedAgentsSessionMultiagent20261001,
    )
    from ._models.managed_agents_session_multiagent_coordinator import (
        ManagedAgentsSessionMultiagentCoordinator as ManagedAgentsSessionMultiagentCoordinator,
    )
    from ._models.managed_agents_session_multiagent_subagents import (
        ManagedAgentsSessionMultiagentSubagents as ManagedAgentsSessionMultiagentSubagents,
    )
    from ._models.managed_agents_session_multiagent_subagents_enabled import (
        ManagedAgentsSessionMultiagentSubagentsEnabled as ManagedAgentsSessionMultiagentSubagentsEnabled,
    )
    from ._models.managed_agents_session_multiagent_workflows import (
        ManagedAgentsSessionMultiagentWorkflows as ManagedAgentsSessionMultiagentWorkflows,
    )
    from ._models.managed_agents_session_multiagent_workflows_enabled import (
        ManagedAgentsSessionMultiagentWorkflowsEnabled as ManagedAgentsSessionMultiagentWorkflowsEnabled,
    )
    from ._models.managed_agents_session_rate_limited_run_error import (
        ManagedAgentsSessionRateLimitedRunError as ManagedAgentsSessionRateLimitedRunError,
    )
    from ._models.managed_agents_session_refusal import (
        ManagedAgentsSessionRefusal as ManagedAgentsSessionRefusal,
    )
    from ._models.managed_agents_session_refusal_stop_details import (
        ManagedAgentsSessionRefusalStopDetails as ManagedAgentsSessionRefusalStopDetails,
    )
    from ._models.managed_agents_session_requires_action import (
        ManagedAgentsSessionRequiresAction as ManagedAgentsSessionRequiresAction,
    )
    from ._models.managed_agents_session_resource import (
        ManagedAgentsSessionResource as ManagedAgentsSessionResource,
    )
    from ._models.managed_agents_session_resource_config import (
        ManagedAgentsSessionResourceConfig as ManagedAgentsSessionResourceConfig,
    )
    from ._models.managed_agents_session_resource_not_found_deployment_paused_reason_error import (
        ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError as ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError,
    )
    from ._models.managed_agents_session_resource_not_found_run_error import (
        ManagedAgentsSessionResourceNotFoundRunError as ManagedAgentsSessionResourceNotFoundRunError,
    )
    from ._models.managed_agents_session_retries_exhausted import (
        ManagedAgentsSessionRetriesExhausted as ManagedAgentsSessionRetriesExhausted,
    )
    from ._models.managed_agents_session_roster_entry import (
        ManagedAgentsSessionRosterEntry as ManagedAgentsSessionRosterEntry,
    )
    from ._models.managed_agents_session_stats import (
        ManagedAgentsSessionStats as ManagedAgentsSessionStats,
    )
    from ._models.managed_agents_session_status import (
        ManagedAgentsSessionStatus as ManagedAgentsSessionStatus,
    )
    from ._models.managed_agents_session_status_idle_event import (
        ManagedAgentsSessionStatusIdleEvent as ManagedAgentsSessionStatusIdleEvent,
    )
    from ._models.managed_agents_session_status_rescheduled_event import (
        ManagedAgentsSessionStatusRescheduledEvent as ManagedAgentsSessionStatusRescheduledEvent,
    )
    from ._models.managed_agents_session_status_running_event import (
        ManagedAgentsSessionStatusRunningEvent as ManagedAgentsSessionStatusRunningEvent,
    )
    from ._models.managed_agents_session_status_terminated_event import (
        ManagedAgentsSessionStatusTerminatedEvent as ManagedAgentsSessionStatusTerminatedEvent,
    )
    from ._models.managed_agents_session_stop_reason import (
        ManagedAgentsSessionStopReason as ManagedAgentsSessionStopReason,
    )
    from ._models.managed_agents_session_thread import (
        ManagedAgentsSessionThread as ManagedAgentsSessionThread,
    )
    from ._models.managed_agents_session_thread_agent import (
        ManagedAgentsSessionThreadAgent as ManagedAgentsSessionThreadAgent,
    )
    from ._models.managed_agents_session_thread_created_event import (
        ManagedAgentsSessionThreadCreatedEvent as ManagedAgentsSessionThreadCreatedEvent,
    )
    from ._models.managed_agents_session_thread_resolved_agent import (
        ManagedAgentsSessionThreadResolvedAgent as ManagedAgentsSessionThreadResolvedAgent,
    )
    from ._models.managed_agents_session_thread_stats import (
        ManagedAgentsSessionThreadStats as ManagedAgentsSessionThreadStats,
    )
    from ._models.managed_agents_session_thread_status import (
        ManagedAgentsSessionThreadStatus as ManagedAgentsSessionThreadStatus,
    )
    from ._models.managed_agents_session_thread_status_idle_event import (
        ManagedAgentsSessionThreadStatusIdleEvent as ManagedAgentsSessionThreadStatusIdleEvent,
    )
    from ._models.managed_agents_session_thread_status_rescheduled_event import (
        ManagedAgentsSessionThreadStatusRescheduledEvent as ManagedAgentsSessionThreadStatusRescheduledEvent,
    )
    from ._models.managed_agents_session_thread_status_running_event import (
        ManagedAgentsSessionThreadStatusRunningEvent as ManagedAgentsSessionThreadStatusRunningEvent,
    )
    from ._models.managed_agents_session_thread_status_terminated_event import (
        ManagedAgentsSessionThreadStatusTerminatedEvent as ManagedAgentsSessionThreadStatusTerminatedEvent,
    )
    from ._models.managed_agents_session_thread_usage import (
        ManagedAgentsSessionThreadUsage as ManagedAgentsSessionThreadUsage,
    )
    from ._models.managed_agents_session_updated_event import (
        ManagedAgentsSessionUpdatedEvent as ManagedAgentsSessionUpdatedEvent,
    )
    from ._models.managed_agents_session_usage import (
        ManagedAgentsSessionUsage as ManagedAgentsSessionUsage,
    )
    from ._models.managed_agents_session_usage_event import (
        ManagedAgentsSessionUsageEvent as ManagedAgentsSessionUsageEvent,
    )
    from ._models.managed_agents_session_usage_snapshot import (
        ManagedAgentsSessionUsageSnapshot as ManagedAgentsSessionUsageSnapshot,
    )
    from ._models.managed_agents_skill import ManagedAgentsSkill as ManagedAgentsSkill
    from ._models.managed_agents_skill_not_found_deployment_paused_reason_error import (
        ManagedAgentsSkillNotFoundDeploymentPausedReasonError as ManagedAgentsSkillNotFoundDeploymentPausedReasonError,
    )
    from ._models.managed_agents_skill_not_found_run_error import (
        ManagedAgentsSkillNotFoundRunError as ManagedAgentsSkillNotFoundRunError,
    )
    from ._models.managed_agents_span_model_request_end_event import (
        ManagedAgentsSpanModelRequestEndEvent as ManagedAgentsSpanModelRequestEndEvent,
    )
    from ._models.managed_agents_span_model_request_start_event import (
        ManagedAgentsSpanModelRequestStartEvent as ManagedAgentsSpanModelRequestStartEvent,
    )
    from ._models.managed_agents_span_model_usage import (
        ManagedAgentsSpanModelUsage as ManagedAgentsSpanModelUsage,
    )
    from ._models.managed_agents_span_outcome_evaluation_end_event import (
        ManagedAgentsSpanOutcomeEvaluationEndEvent as ManagedAgentsSpanOutcomeEvaluationEndEvent,
    )
    from ._models.managed_agents_span_outcome_evaluation_ongoing_event import (
        ManagedAgentsSpanOutcomeEvaluationOngoingEvent as ManagedAgentsSpanOutcomeEvaluationOngoingEvent,
    )
    from ._models.managed_agents_span_outcome_evaluation_start_event import (
        ManagedAgentsSpanOutcomeEvaluationStartEvent as ManagedAgentsSpanOutcomeEvaluationStartEvent,
    )
    from ._models.managed_agents_speed import ManagedAgentsSpeed as ManagedAgentsSpeed
    from ._models.managed_agents_static_bearer_auth_response import (
        ManagedAgentsStaticBearerAuthResponse as ManagedAgentsStaticBearerAuthResponse,
    )
    from ._models.managed_agents_stream_bedrock_session_events import (
        ManagedAgentsStreamBedrockSessionEvents as ManagedAgentsStreamBedrockSessionEvents,
    )
    from ._models.managed_agents_stream_bedrock_session_thread_events import (
        ManagedAgentsStreamBedrockSessionThreadEvents as ManagedAgentsStreamBedrockSessionThreadEvents,
    )
    from ._models.managed_agents_stream_session_events import (
        ManagedAgentsStreamSessionEvents as ManagedAgentsStreamSessionEvents,
    )
    from ._models.managed_agents_stream_session_thread_events import (
        ManagedAgentsStreamSessionThreadEvents as ManagedAgentsStreamSessionThreadEvents,
    )
    from ._models.managed_agents_struct import ManagedAgentsStruct as ManagedAgentsStruct
    from ._models.managed_agents_system_content_block import (
        ManagedAgentsSystemContentBlock as ManagedAgentsSystemContentBlock,
    )
    from ._models.managed_agents_system_message_event import (
        ManagedAgentsSystemMessageEvent as ManagedAgentsSystemMessageEvent,
    )
    from ._models.managed_agents_text_block import ManagedAgentsTextBlock as ManagedAgentsTextBlock
    from ._models.managed_agents_text_rubric import (
        ManagedAgentsTextRubric as ManagedAgentsTextRubric,
    )
    from ._models.managed_agents_thread_limit_workflow_run_error import (
        ManagedAgentsThreadLimitWorkflowRunError as ManagedAgentsThreadLimitWorkflowRunError,
    )
    from ._models.managed_agents_timeout_workflow_run_error import (
        ManagedAgentsTimeoutWorkflowRunError as ManagedAgentsTimeoutWorkflowRunError,
    )
    from ._models.managed_agents_token_endpoint_auth_basic_response import (
        ManagedAgentsTokenEndpointAuthBasicResponse as ManagedAgentsTokenEndpointAuthBasicResponse,
    )
    from ._models.managed_agents_token_endpoint_auth_none_response import (
        ManagedAgentsTokenEndpointAuthNoneResponse as ManagedAgentsTokenEndpointAuthNoneResponse,
    )
    from ._models.managed_agents_token_endpoint_auth_post_response import (
        ManagedAgentsTokenEndpointAuthPostResponse as ManagedAgentsTokenEndpointAuthPostResponse,
    )
    from ._models.managed_agents_token_endpoint_auth_response import (
        ManagedAgentsTokenEndpointAuthResponse as ManagedAgentsTokenEndpointAuthResponse,
    )
    from ._models.managed_agents_tool_result_content_block import (
        ManagedAgentsToolResultContentBlock as ManagedAgentsToolResultContentBlock,
    )
    from ._models.managed_agents_tool_use_limit_reached_error import (
        ManagedAgentsToolUseLimitReachedError as ManagedAgentsToolUseLimitReachedError,
    )
    from ._models.managed_agents_trigger_context import (
        ManagedAgentsTriggerContext as ManagedAgentsTriggerContext,
    )
    from ._models.managed_agents_unknown_deployment_paused_reason_error import (
        ManagedAgentsUnknownDeploymentPausedReasonError as ManagedAgentsUnknownDeploymentPausedReasonError,
    )
    from ._models.managed_agents_unknown_error import (
        ManagedAgentsUnknownError as ManagedAgentsUnknownError,
    )
    from ._models.managed_agents_unknown_run_error import (
        ManagedAgentsUnknownRunError as ManagedAgentsUnknownRunError,
    )
    from ._models.managed_agents_unknown_workflow_run_error import (
        ManagedAgentsUnknownWorkflowRunError as ManagedAgentsUnknownWorkflowRunError,
    )
    from ._models.managed_agents_unrestricted_credential_networking_response import (
        ManagedAgentsUnrestrictedCredentialNetworkingResponse as ManagedAgentsUnrestrictedCredentialNetworkingResponse,
    )
    from ._models.managed_agents_update_session_resource import (
        ManagedAgentsUpdateSessionResource as ManagedAgentsUpdateSessionResource,
    )
    from ._models.managed_agents_url_document_source import (
        ManagedAgentsURLDocumentSource as ManagedAgentsURLDocumentSource,
    )
    from ._models.managed_agents_url_image_source import (
        ManagedAgentsURLImageSource as ManagedAgentsURLImageSource,
    )
    from ._models.managed_agents_user_actor import ManagedAgentsUserActor as ManagedAgentsUserActor
    from ._models.managed_agents_user_content_block import (
        ManagedAgentsUserContentBlock as ManagedAgentsUserContentBlock,
    )
    from ._models.managed_agents_user_custom_tool_result_event import (
        ManagedAgentsUserCustomToolResultEvent as ManagedAgentsUserCustomToolResultEvent,
    )
    from ._models.managed_agents_user_define_outcome_event import (
        ManagedAgentsUserDefineOutcomeEvent as ManagedAgentsUserDefineOutcomeEvent,
    )
    from ._models.managed_agents_user_interrupt_event import (
        ManagedAgentsUserInterruptEvent as ManagedAgentsUserInterruptEvent,
    )
    from ._models.managed_agents_user_location import (
        ManagedAgentsUserLocation as ManagedAgentsUserLocation,
    )
    from ._models.managed_agents_user_message_event import (
        ManagedAgentsUserMessageEvent as ManagedAgentsUserMessageEvent,
    )
    from ._models.managed_agents_user_tool_confirmation_event import (
        ManagedAgentsUserToolConfirmationEvent as ManagedAgentsUserToolConfirmationEvent,
    )
    from ._models.managed_agents_user_tool_confirmation_result import (
        ManagedAgentsUserToolConfirmationResult as ManagedAgentsUserToolConfirmationResult,
    )
    from ._models.managed_agents_user_tool_result_event import (
        ManagedAgentsUserToolResultEvent as ManagedAgentsUserToolResultEvent,
    )
    from ._models.managed_agents_vault import ManagedAgentsVault as ManagedAgentsVault
    from ._models.managed_agents_vault_archived_deployment_paused_reason_error import (
        ManagedAgentsVaultArchivedDeploymentPausedReasonError as ManagedAgentsVaultArchivedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_vault_archived_run_error import (
        ManagedAgentsVaultArchivedRunError as ManagedAgentsVaultArchivedRunError,
    )
    from ._models.managed_agents_vault_not_found_deployment_paused_reason_error import (
        ManagedAgentsVaultNotFoundDeploymentPausedReasonError as ManagedAgentsVaultNotFoundDeploymentPausedReasonError,
    )
    from ._models.managed_agents_vault_not_found_run_error import (
        ManagedAgentsVaultNotFoundRunError as ManagedAgentsVaultNotFoundRunError,
    )
    from ._models.managed_agents_web_fetch_tool_config import (
        ManagedAgentsWebFetchToolConfig as ManagedAgentsWebFetchToolConfig,
    )
    from ._models.managed_agents_web_fetch_url_sources import (
        ManagedAgentsWebFetchURLSources as ManagedAgentsWebFetchURLSources,
    )
    from ._models.managed_agents_web_search_tool_config import (
        ManagedAgentsWebSearchToolConfig as ManagedAgentsWebSearchToolConfig,
    )
    from ._models.managed_agents_workflow_run_created_event import (
        ManagedAgentsWorkflowRunCreatedEvent as ManagedAgentsWorkflowRunCreatedEvent,
    )
    from ._models.managed_agents_workflow_run_error import (
        ManagedAgentsWorkflowRunError as ManagedAgentsWorkflowRunError,
    )
    from ._models.managed_agents_workflow_run_error_event import (
        ManagedAgentsWorkflowRunErrorEvent as ManagedAgentsWorkflowRunErrorEvent,
    )
    from ._models.managed_agents_workflow_run_phase import (
        ManagedAgentsWorkflowRunPhase as ManagedAgentsWorkflowRunPhase,
    )
    from ._models.managed_agents_workflow_run_phase_ended_event import (
        ManagedAgentsWorkflowRunPhaseEndedEvent as ManagedAgentsWorkflowRunPhaseEndedEvent,
    )
    from ._models.managed_agents_workflow_run_phase_started_event import (
        ManagedAgentsWorkflowRunPhaseStartedEvent as ManagedAgentsWorkflowRunPhaseStartedEvent,
    )
    from ._models.managed_agents_workflow_run_result import (
        ManagedAgentsWorkflowRunResult as ManagedAgentsWorkflowRunResult,
    )
    from ._models.managed_agents_workflow_run_result_completed import (
        ManagedAgentsWorkflowRunResultCompleted as ManagedAgentsWorkflowRunResultCompleted,
    )
    from ._models.managed_agents_workflow_run_result_error import (
        ManagedAgentsWorkflowRunResultError as ManagedAgentsWorkflowRunResultError,
    )
    from ._models.managed_agents_workflow_run_result_stopped import (
        ManagedAgentsWorkflowRunResultStopped as ManagedAgentsWorkflowRunResultStopped,
    )
    from ._models.managed_agents_workflow_run_status_ended_event import (
        ManagedAgentsWorkflowRunStatusEndedEvent as ManagedAgentsWorkflowRunStatusEndedEvent,
    )
    from ._models.managed_agents_workflow_run_status_idle_event import (
        ManagedAgentsWorkflowRunStatusIdleEvent as ManagedAgentsWorkflowRunStatusIdleEvent,
    )
    from ._models.managed_agents_workflow_run_status_running_event import (
        ManagedAgentsWorkflowRunStatusRunningEvent as ManagedAgentsWorkflowRunStatusRunningEvent,
    )
    from ._models.managed_agents_working_directory_error_object import (
        ManagedAgentsWorkingDirectoryErrorObject as ManagedAgentsWorkingDirectoryErrorObject,
    )
    from ._models.managed_agents_workspace_archived_deployment_paused_reason_error import (
        ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError as ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError,
    )
    from ._models.managed_agents_workspace_archived_run_error import (
        ManagedAgentsWorkspaceArchivedRunError as ManagedAgentsWorkspaceArchivedRunError,
    )
    from ._models.managed_agents_write_tool_config import (
        ManagedAgentsWriteToolConfig as ManagedAgentsWriteToolConfig,
    )
    from ._models.mcp_tool import MCPTool as MCPTool
    from ._models.mcp_tool_config import MCPToolConfig as MCPToolConfig
    from ._models.mcp_tool_default_config import MCPToolDefaultConfig as MCPToolDefaultConfig
    from ._models.mcp_tool_listing_block import MCPToolListingBlock as MCPToolListingBlock
    from ._models.mcp_tool_result_block import MCPToolResultBlock as MCPToolResultBlock
    from ._models.mcp_tool_use_block import MCPToolUseBlock as MCPToolUseBlock
    from ._models.mcp_toolset import MCPToolset as MCPToolset
    from ._models.member_remove_response import MemberRemoveResponse as MemberRemoveResponse
    from ._models.memory_list_page import MemoryListPage as MemoryListPage
    from ._models.memory_store_page import MemoryStorePage as MemoryStorePage
    from ._models.memory_tool20250818 import MemoryTool20250818 as MemoryTool20250818
    from ._models.memory_tool20250818_command import (
        MemoryTool20250818Command as MemoryTool20250818Command,
    )
    from ._models.memory_tool20250818_create_command import (
        MemoryTool20250818CreateCommand as MemoryTool20250818CreateCommand,
    )
    from ._models.memory_tool20250818_delete_command import (
        MemoryTool20250818DeleteCommand as MemoryTool20250818DeleteCommand,
    )
    from ._models.memory_tool20250818_insert_command import (
        MemoryTool20250818InsertCommand as MemoryTool20250818InsertCommand,
    )
    from ._models.memory_tool20250818_rename_command import (
        MemoryTool20250818RenameCommand as MemoryTool20250818RenameCommand,
    )
    from ._models.memory_tool20250818_str_replace_command import (
        MemoryTool20250818StrReplaceCommand as MemoryTool20250818StrReplaceCommand,
    )
    from ._models.memory_tool20250818_view_command import (
        MemoryTool20250818ViewCommand as MemoryTool20250818ViewCommand,
    )
    from ._models.memory_version_page import MemoryVersionPage as MemoryVersionPage
    from ._models.message import Message as Message
    from ._models.message_batch import MessageBatch as MessageBatch
    from ._models.message_batch_canceled_result import (
        MessageBatchCanceledResult as MessageBatchCanceledResult,
    )
    from ._models.message_batch_errored_result import (
        MessageBatchErroredResult as MessageBatchErroredResult,
    )
    from ._models.message_batch_expired_result import (
        MessageBatchExpiredResult as MessageBatchExpiredResult,
    )
    from ._models.message_batch_individual_response import (
        MessageBatchIndividualResponse as MessageBatchIndividualResponse,
    )
    from ._models.message_batch_page import MessageBatchPage as MessageBatchPage
    from ._models.message_batch_processing_status import (
        MessageBatchProcessingStatus as MessageBatchProcessingStatus,
    )
    from ._models.message_batch_request_counts import (
        MessageBatchRequestCounts as MessageBatchRequestCounts,
    )
    from ._models.message_batch_result import MessageBatchResult as MessageBatchResult
    from ._models.message_batch_succeeded_result import (
        MessageBatchSucceededResult as MessageBatchSucceededResult,
    )
    from ._models.message_delta import MessageDelta as MessageDelta
    from ._models.message_delta_usage import MessageDeltaUsage as MessageDeltaUsage
    from ._models.message_iteration_usage import MessageIterationUsage as MessageIterationUsage
    from ._models.message_tokens_count import MessageTokensCount as MessageTokensCount
    from ._models.model import Model as Model
    from ._models.model_capabilities import ModelCapabilities as ModelCapabilities
    from ._models.model_info import ModelInfo as ModelInfo
    from ._models.model_info_page import ModelInfoPage as ModelInfoPage
    from ._models.model_lifecycle import ModelLifecycle as ModelLifecycle
    from ._models.model_line import ModelLine as ModelLine
    from ._models.monetary_amount import MonetaryAmount as BetaMonetaryAmount  # noqa: F401
    from ._models.monetary_amount import MonetaryAmount as MonetaryAmount
    from ._models.new_organization_webhook_endpoint import (
        NewOrganizationWebhookEndpoint as NewOrganizationWebhookEndpoint,
    )
    from ._models.new_organization_webhook_endpoint_enabled_events import (
        NewOrganizationWebhookEndpointEnabledEvents as NewOrganizationWebhookEndpointEnabledEvents,
    )
    from ._models.not_found_error import NotFoundError as BetaNotFoundError  # noqa: F401
    from ._models.not_found_error import NotFoundError as BetaNotFoundErrorObject  # noqa: F401
    from ._models.not_found_error import NotFoundError as NotFoundError
    from ._models.not_found_error import NotFoundError as NotFoundErrorObject  # noqa: F401
    from ._models.org_api_key_limit_exceeded_error_details import (
        OrgAPIKeyLimitExceededErrorDetails as OrgAPIKeyLimitExceededErrorDetails,
    )
    from ._models.org_member_limit_exceeded_error_details import (
        OrgMemberLimitExceededErrorDetails as OrgMemberLimitExceededErrorDetails,
    )
    from ._models.organization_compliance_settings import (
        OrganizationComplianceSettings as OrganizationComplianceSettings,
    )
    from ._models.organization_info import OrganizationInfo as OrganizationInfo
    from ._models.organization_invite import OrganizationInvite as OrganizationInvite
    from ._models.organization_invite_page import OrganizationInvitePage as OrganizationInvitePage
    from ._models.organization_invite_status import (
        OrganizationInviteStatus as OrganizationInviteStatus,
    )
    from ._models.organization_level_scoped_api_key_required_error_details import (
        OrganizationLevelScopedAPIKeyRequiredErrorDetails as OrganizationLevelScopedAPIKeyRequiredErrorDetails,
    )
    from ._models.organization_not_eligible_error_details import (
        OrganizationNotEligibleErrorDetails as OrganizationNotEligibleErrorDetails,
    )
    from ._models.organization_not_enrolled_in_beta_error_details import (
        OrganizationNotEnrolledInBetaErrorDetails as BetaOrganizationNotEnrolledInBetaErrorDetails,  # noqa: F401
    )
    from ._models.organization_not_enrolled_in_beta_error_details import (
        OrganizationNotEnrolledInBetaErrorDetails as OrganizationNotEnrolledInBetaErrorDetails,
    )
    from ._models.organization_on_hold_error_details import (
        OrganizationOnHoldErrorDetails as OrganizationOnHoldErrorDetails,
    )
    from ._models.organization_rate_limit import OrganizationRateLimit as OrganizationRateLimit
    from ._models.organization_rate_limit_batch_group import (
        OrganizationRateLimitBatchGroup as OrganizationRateLimitBatchGroup,
    )
    from ._models.organization_rate_limit_files_group import (
        OrganizationRateLimitFilesGroup as OrganizationRateLimitFilesGroup,
    )
    from ._models.organization_rate_limit_model_group import (
        OrganizationRateLimitModelGroup as OrganizationRateLimitModelGroup,
    )
    from ._models.organization_rate_limit_page import (
        OrganizationRateLimitPage as OrganizationRateLimitPage,
    )
    from ._models.organization_rate_limit_skills_group import (
        OrganizationRateLimitSkillsGroup as OrganizationRateLimitSkillsGroup,
    )
    from ._models.organization_rate_limit_token_count_group import (
        OrganizationRateLimitTokenCountGroup as OrganizationRateLimitTokenCountGroup,
    )
    from ._models.organization_rate_limit_value import (
        OrganizationRateLimitValue as OrganizationRateLimitValue,
    )
    from ._models.organization_rate_limit_web_search_group import (
        OrganizationRateLimitWebSearchGroup as OrganizationRateLimitWebSearchGroup,
    )
    from ._models.organization_role import OrganizationRole as OrganizationRole
    from ._models.organization_type_not_supported_error_details import (
        OrganizationTypeNotSupportedErrorDetails as OrganizationTypeNotSupportedErrorDetails,
    )
    from ._models.organization_user import OrganizationUser as OrganizationUser
    from ._models.organization_user_page import OrganizationUserPage as OrganizationUserPage
    from ._models.organization_webhook_endpoint import (
        OrganizationWebhookEndpoint as OrganizationWebhookEndpoint,
    )
    from ._models.organization_webhook_endpoint_enabled_events import (
        OrganizationWebhookEndpointEnabledEvents as OrganizationWebhookEndpointEnabledEvents,
    )
    from ._models.organization_webhook_endpoint_page import (
        OrganizationWebhookEndpointPage as OrganizationWebhookEndpointPage,
    )
    from ._models.organization_webhook_endpoint_signing_secret import (
        OrganizationWebhookEndpointSigningSecret as OrganizationWebhookEndpointSigningSecret,
    )
    from ._models.organization_webhook_endpoint_state import (
        OrganizationWebhookEndpointState as OrganizationWebhookEndpointState,
    )
    from ._models.output_behavior import OutputBehavior as OutputBehavior
    from ._models.output_behavior_create_new import (
        OutputBehaviorCreateNew as OutputBehaviorCreateNew,
    )
    from ._models.output_behavior_update_existing import (
        OutputBehaviorUpdateExisting as OutputBehaviorUpdateExisting,
    )
    from ._models.output_tokens_details import OutputTokensDetails as OutputTokensDetails
    from ._models.overloaded_error import OverloadedError as BetaOverloadedError  # noqa: F401
    from ._models.overloaded_error import OverloadedError as BetaOverloadedErrorObject  # noqa: F401
    from ._models.overloaded_error import OverloadedError as OverloadedError
    from ._models.overloaded_error import OverloadedError as OverloadedErrorObject  # noqa: F401
    from ._models.packages import Packages as Packages
    from ._models.parent_organization_required_error_details import (
        ParentOrganizationRequiredErrorDetails as ParentOrganizationRequiredErrorDetails,
    )
    from ._models.parsed_message import ParsedContentBlock as ParsedContentBlock
    from ._models.parsed_message import ParsedMessage as ParsedMessage
    from ._models.parsed_message import ParsedTextBlock as ParsedTextBlock
    from ._models.pending_configuration_external_storage_status import (
        PendingConfigurationExternalStorageStatus as PendingConfigurationExternalStorageStatus,
    )
    from ._models.permission_error import PermissionError as BetaPermissionError  # noqa: F401
    from ._models.permission_error import PermissionError as BetaPermissionErrorObject  # noqa: F401
    from ._models.permission_error import PermissionError as PermissionError
    from ._models.permission_error import PermissionError as PermissionErrorObject  # noqa: F401
    from ._models.ping_event import PingEvent as PingEvent
    from ._models.plain_text_source import PlainTextSource as PlainTextSource
    from ._models.plugin import Plugin as Plugin
    from ._models.plugin_actor import PluginActor as PluginActor
    from ._models.plugin_api_actor import PluginAPIActor as PluginAPIActor
    from ._models.plugin_component import PluginComponent as PluginComponent
    from ._models.plugin_component_type import PluginComponentType as PluginComponentType
    from ._models.plugin_content_scan import PluginContentScan as PluginContentScan
    from ._models.plugin_content_scan_assessment import (
        PluginContentScanAssessment as PluginContentScanAssessment,
    )
    from ._models.plugin_content_scan_status import (
        PluginContentScanStatus as PluginContentScanStatus,
    )
    from ._models.plugin_installation_setting import (
        PluginInstallationSetting as PluginInstallationSetting,
    )
    from ._models.plugin_installation_setting_installation_preference import (
        PluginInstallationSettingInstallationPreference as PluginInstallationSettingInstallationPreference,
    )
    from ._models.plugin_installation_setting_page import (
        PluginInstallationSettingPage as PluginInstallationSettingPage,
    )
    from ._models.plugin_marketplace import PluginMarketplace as PluginMarketplace
    from ._models.plugin_marketplace_default_installation_preference import (
        PluginMarketplaceDefaultInstallationPreference as PluginMarketplaceDefaultInstallationPreference,
    )
    from ._models.plugin_marketplace_page import PluginMarketplacePage as PluginMarketplacePage
    from ._models.plugin_marketplace_source import (
        PluginMarketplaceSource as PluginMarketplaceSource,
    )
    from ._models.plugin_marketplace_sync_status import (
        PluginMarketplaceSyncStatus as PluginMarketplaceSyncStatus,
    )
    from ._models.plugin_marketplace_validation_plugin_error_object import (
        PluginMarketplaceValidationPluginErrorObject as PluginMarketplaceValidationPluginErrorObject,
    )
    from ._models.plugin_marketplace_validation_plugin_warning import (
        PluginMarketplaceValidationPluginWarning as PluginMarketplaceValidationPluginWarning,
    )
    from ._models.plugin_marketplace_validation_plugin_warnings import (
        PluginMarketplaceValidationPluginWarnings as PluginMarketplaceValidationPluginWarnings,
    )
    from ._models.plugin_marketplace_validation_report import (
        PluginMarketplaceValidationReport as PluginMarketplaceValidationReport,
    )
    from ._models.plugin_name_taken_error_details import (
        PluginNameTakenErrorDetails as PluginNameTakenErrorDetails,
    )
    from ._models.plugin_organization_installation_preference import (
        PluginOrganizationInstallationPreference as PluginOrganizationInstallationPreference,
    )
    from ._models.plugin_owner import PluginOwner as PluginOwner
    from ._models.plugin_owner_organization import (
        PluginOwnerOrganization as PluginOwnerOrganization,
    )
    from ._models.plugin_owner_user import PluginOwnerUser as PluginOwnerUser
    from ._models.plugin_page import PluginPage as PluginPage
    from ._models.plugin_reach import PluginReach as PluginReach
    from ._models.plugin_share import PluginShare as PluginShare
    from ._models.plugin_share_page import PluginSharePage as PluginSharePage
    from ._models.plugin_target import PluginTarget as PluginTarget
    from ._models.plugin_target_organization import (
        PluginTargetOrganization as PluginTargetOrganization,
    )
    from ._models.plugin_target_organization_member import (
        PluginTargetOrganizationMember as PluginTargetOrganizationMember,
    )
    from ._models.plugin_target_rbac_group import PluginTargetRBACGroup as PluginTargetRBACGroup
    from ._models.plugin_user_actor import PluginUserActor as PluginUserActor
    from ._models.plugin_version import PluginVersion as PluginVersion
    from ._models.plugin_version_page import PluginVersionPage as PluginVersionPage
    from ._models.plugin_version_reach import PluginVersionReach as PluginVersionReach
    from ._models.provider_not_allowed_error_details import (
        ProviderNotAllowedErrorDetails as ProviderNotAllowedErrorDetails,
    )
    from ._models.ramp_limit_exceeded_error_details import (
        RampLimitExceededErrorDetails as RampLimitExceededErrorDetails,
    )
    from ._models.rate_limit_error import RateLimitError as BetaRateLimitError  # noqa: F401
    from ._models.rate_limit_error import RateLimitError as BetaRateLimitErrorObject  # noqa: F401
    from ._models.rate_limit_error import RateLimitError as RateLimitError
    from ._models.rate_limit_error import RateLimitError as RateLimitErrorObject  # noqa: F401
    from ._models.rate_limit_group import RateLimitGroup as RateLimitGroup
    from ._models.raw_content_block_delta import RawContentBlockDelta as RawContentBlockDelta
    from ._models.raw_content_block_delta_event import (
        RawContentBlockDeltaEvent as ContentBlockDeltaEvent,  # noqa: F401
    )
    from ._models.raw_content_block_delta_event import (
        RawContentBlockDeltaEvent as RawContentBlockDeltaEvent,
    )
    from ._models.raw_content_block_start_event import (
        RawContentBlockStartEvent as ContentBlockStartEvent,  # noqa: F401
    )
    from ._models.raw_content_block_start_event import (
        RawContentBlockStartEvent as RawContentBlockStartEvent,
    )
    from ._models.raw_content_block_stop_event import (
        RawContentBlockStopEvent as ContentBlockStopEvent,  # noqa: F401
    )
    from ._models.raw_content_block_stop_event import (
        RawContentBlockStopEvent as RawContentBlockStopEvent,
    )
    from ._models.raw_message_delta_event import RawMessageDeltaEvent as MessageDeltaEvent  # noqa: F401
    from ._models.raw_message_delta_event import RawMessageDeltaEvent as RawMessageDeltaEvent
    from ._models.raw_message_start_event import RawMessageStartEvent as MessageStartEvent  # noqa: F401
    from ._models.raw_message_start_event import RawMessageStartEvent as RawMessageStartEvent
    from ._models.raw_message_stop_event import RawMessageStopEvent as MessageStopEvent  # noqa: F401
    from ._models.raw_message_stop_event import RawMessageStopEvent as RawMessageStopEvent
    from ._models.raw_message_stream_event import RawMessageStreamEvent as MessageStreamEvent  # noqa: F401
    from ._models.raw_message_stream_event import RawMessageStreamEvent as RawMessageStreamEvent
    from ._models.rbac_all_connectors_permission_resource import (
        RBACAllConnectorsPermissionResource as RBACAllConnectorsPermissionResource,
    )
    from ._models.rbac_connector_permission_resource import (
        RBACConnectorPermissionResource as RBACConnectorPermissionResource,
    )
    from ._models.rbac_connector_scope_permission_resource import (
        RBACConnectorScopePermissionResource as RBACConnectorScopePermissionResource,
    )
    from ._models.rbac_connector_tool_permission_resource import (
        RBACConnectorToolPermissionResource as RBACConnectorToolPermissionResource,
    )
    from ._models.rbac_group import RBACGroup as RBACGroup
    from ._models.rbac_group_grants_owner_access_error_details import (
        RBACGroupGrantsOwnerAccessErrorDetails as RBACGroupGrantsOwnerAccessErrorDetails,
    )
    from ._models.rbac_group_managed_settings_not_found_error_details import (
        RBACGroupManagedSettingsNotFoundErrorDetails as RBACGroupManagedSettingsNotFoundErrorDetails,
    )
    from ._models.rbac_group_member import RBACGroupMember as RBACGroupMember
    from ._models.rbac_group_member_page import RBACGroupMemberPage as RBACGroupMemberPage
    from ._models.rbac_group_not_found_error_details import (
        RBACGroupNotFoundErrorDetails as RBACGroupNotFoundErrorDetails,
    )
    from ._models.rbac_group_order_limit_exceeded_error_details import (
        RBACGroupOrderLimitExceededErrorDetails as RBACGroupOrderLimitExceededErrorDetails,
    )
    from ._models.rbac_group_owner_access_unconfirmed_error_details import (
        RBACGroupOwnerAccessUnconfirmedErrorDetails as RBACGroupOwnerAccessUnconfirmedErrorDetails,
    )
    from ._models.rbac_group_page import RBACGroupPage as RBACGroupPage
    from ._models.rbac_group_source_type import RBACGroupSourceType as RBACGroupSourceType
    from ._models.rbac_organization_permission_resource import (
        RBACOrganizationPermissionResource as RBACOrganizationPermissionResource,
    )
    from ._models.rbac_permission_resource import RBACPermissionResource as RBACPermissionResource
    from ._models.rbac_role import RBACRole as RBACRole
    from ._models.rbac_role_not_found_error_details import (
        RBACRoleNotFoundErrorDetails as RBACRoleNotFoundErrorDetails,
    )
    from ._models.rbac_role_page import RBACRolePage as RBACRolePage
    from ._models.rbac_role_permission import RBACRolePermission as RBACRolePermission
    from ._models.rbac_role_permission_page import RBACRolePermissionPage as RBACRolePermissionPage
    from ._models.rbac_role_source import RBACRoleSource as RBACRoleSource
    from ._models.rbac_role_source_built_in import RBACRoleSourceBuiltIn as RBACRoleSourceBuiltIn
    from ._models.rbac_role_source_custom import RBACRoleSourceCustom as RBACRoleSourceCustom
    from ._models.redacted_thinking_block import RedactedThinkingBlock as RedactedThinkingBlock
    from ._models.refusal_category import RefusalCategory as RefusalCategory
    from ._models.refusal_stop_details import RefusalStopDetails as RefusalStopDetails
    from ._models.region_not_supported_error_details import (
        RegionNotSupportedErrorDetails as BetaRegionNotSupportedErrorDetails,  # noqa: F401
    )
    from ._models.region_not_supported_error_details import (
        RegionNotSupportedErrorDetails as RegionNotSupportedErrorDetails,
    )
    from ._models.registration_pending_error_details import (
        RegistrationPendingErrorDetails as RegistrationPendingErrorDetails,
    )
    from ._models.report_page_too_large_error_details import (
        ReportPageTooLargeErrorDetails as ReportPageTooLargeErrorDetails,
    )
    from ._models.request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails as RequestBodyEncodingInvalidErrorDetails,
    )
    from ._models.request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails as RequestBodyEncodingUnsupportedErrorDetails,
    )
    from ._models.request_body_timeout_error_details import (
        RequestBodyTimeoutErrorDetails as BetaRequestBodyTimeoutErrorDetails,  # noqa: F401
    )
    from ._models.request_body_timeout_error_details import (
        RequestBodyTimeoutErrorDetails as RequestBodyTimeoutErrorDetails,
    )
    from ._models.request_body_too_large_after_decoding_error_details import (
        RequestBodyTooLargeAfterDecodingErrorDetails as RequestBodyTooLargeAfterDecodingErrorDetails,
    )
    from ._models.request_too_large_error import RequestTooLargeError as RequestTooLargeError
    from ._models.response_tool_union import ResponseToolUnion as ResponseToolUnion
    from ._models.sandbox_egress_restricted_error_details import (
        SandboxEgressRestrictedErrorDetails as SandboxEgressRestrictedErrorDetails,
    )
    from ._models.scan_failed_error_details import ScanFailedErrorDetails as ScanFailedErrorDetails
    from ._models.scan_pending_error_details import (
        ScanPendingErrorDetails as ScanPendingErrorDetails,
    )
    from ._models.self_hosted_config import SelfHostedConfig as SelfHostedConfig
    from ._models.self_hosted_work import SelfHostedWork as SelfHostedWork
    from ._models.self_hosted_work_heartbeat_response import (
        SelfHostedWorkHeartbeatResponse as SelfHostedWorkHeartbeatResponse,
    )
    from ._models.self_hosted_work_heartbeat_response_state import (
        SelfHostedWorkHeartbeatResponseState as SelfHostedWorkHeartbeatResponseState,
    )
    from ._models.self_hosted_work_list_response import (
        SelfHostedWorkListResponse as SelfHostedWorkListResponse,
    )
    from ._models.self_hosted_work_queue_stats import (
        SelfHostedWorkQueueStats as SelfHostedWorkQueueStats,
    )
    from ._models.self_hosted_work_state import SelfHostedWorkState as SelfHostedWorkState
    from ._models.server_tool_caller import ServerToolCaller as ServerToolCaller
    from ._models.server_tool_caller20260120 import (
        ServerToolCaller20260120 as ServerToolCaller20260120,
    )
    from ._models.server_tool_usage import ServerToolUsage as ServerToolUsage
    from ._models.server_tool_use_block import ServerToolUseBlock as ServerToolUseBlock
    from ._models.server_tool_use_block_name import ServerToolUseBlockName as ServerToolUseBlockName
    from ._models.server_tools_capability import ServerToolsCapability as ServerToolsCapability
    from ._models.service_account import ServiceAccount as ServiceAccount
    from ._models.service_account_organization_role import (
        ServiceAccountOrganizationRole as ServiceAccountOrganizationRole,
    )
    from ._models.service_account_page import ServiceAccountPage as ServiceAccountPage
    from ._models.service_account_target import ServiceAccountTarget as ServiceAccountTarget
    from ._models.service_account_workspace_member import (
        ServiceAccountWorkspaceMember as ServiceAccountWorkspaceMember,
    )
    from ._models.service_account_workspace_member_page import (
        ServiceAccountWorkspaceMemberPage as ServiceAccountWorkspaceMemberPage,
    )
    from ._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse as ServiceAccountWorkspaceRemoveResponse,
    )
    from ._models.session_work_data import SessionWorkData as SessionWorkData
    from ._models.settings_document_limit_exceeded_error_details import (
        SettingsDocumentLimitExceededErrorDetails as SettingsDocumentLimitExceededErrorDetails,
    )
    from ._models.settings_history_limit_exceeded_error_details import (
        SettingsHistoryLimitExceededErrorDetails as SettingsHistoryLimitExceededErrorDetails,
    )
    from ._models.signature_delta import SignatureDelta as SignatureDelta
    from ._models.skill import Skill as Skill
    from ._models.skill_name_taken_error_details import (
        SkillNameTakenErrorDetails as SkillNameTakenErrorDetails,
    )
    from ._models.skill_page import SkillPage as SkillPage
    from ._models.skill_read_blocked_undecryptable_error_details import (
        SkillReadBlockedUndecryptableErrorDetails as SkillReadBlockedUndecryptableErrorDetails,
    )
    from ._models.skill_source import SkillSource as SkillSource
    from ._models.skill_source_type import SkillSourceType as SkillSourceType
    from ._models.skill_version import SkillVersion as SkillVersion
    from ._models.skill_version_page import SkillVersionPage as SkillVersionPage
    from ._models.slack_channel_set_up_environment_not_found_error_details import (
        SlackChannelSetUpEnvironmentNotFoundErrorDetails as SlackChannelSetUpEnvironmentNotFoundErrorDetails,
    )
    from ._models.slack_channel_set_up_settings_conflict_error_details import (
        SlackChannelSetUpSettingsConflictErrorDetails as SlackChannelSetUpSettingsConflictErrorDetails,
    )
    from ._models.slack_channel_set_up_settings_refused_error_details import (
        SlackChannelSetUpSettingsRefusedErrorDetails as SlackChannelSetUpSettingsRefusedErrorDetails,
    )
    from ._models.speed import Speed as Speed
    from ._models.spend_limit import SpendLimit as SpendLimit
    from ._models.spend_limit_actor import SpendLimitActor as SpendLimitActor
    from ._models.spend_limit_delete_response import (
        SpendLimitDeleteResponse as SpendLimitDeleteResponse,
    )
    from ._models.spend_limit_increase_request import (
        SpendLimitIncreaseRequest as SpendLimitIncreaseRequest,
    )
    from ._models.spend_limit_increase_request_page import (
        SpendLimitIncreaseRequestPage as SpendLimitIncreaseRequestPage,
    )
    from ._models.spend_limit_increase_request_status import (
        SpendLimitIncreaseRequestStatus as SpendLimitIncreaseRequestStatus,
    )
    from ._models.spend_limit_organization_scope import (
        SpendLimitOrganizationScope as SpendLimitOrganizationScope,
    )
    from ._models.spend_limit_organization_service_scope import (
        SpendLimitOrganizationServiceScope as SpendLimitOrganizationServiceScope,
    )
    from ._models.spend_limit_page import SpendLimitPage as SpendLimitPage
    from ._models.spend_limit_period import SpendLimitPeriod as SpendLimitPeriod
    from ._models.spend_limit_rbac_group_scope import (
        SpendLimitRBACGroupScope as SpendLimitRBACGroupScope,
    )
    from ._models.spend_limit_scope import SpendLimitScope as SpendLimitScope
    from ._models.spend_limit_scoped_api_key_actor import (
        SpendLimitScopedAPIKeyActor as SpendLimitScopedAPIKeyActor,
    )
    from ._models.spend_limit_seat_tier_scope import (
        SpendLimitSeatTierScope as SpendLimitSeatTierScope,
    )
    from ._models.spend_limit_usage_tier_scope import (
        SpendLimitUsageTierScope as SpendLimitUsageTierScope,
    )
    from ._models.spend_limit_user_actor import SpendLimitUserActor as SpendLimitUserActor
    from ._models.spend_limit_user_scope import SpendLimitUserScope as SpendLimitUserScope
    from ._models.spend_limit_workspace_scope import (
        SpendLimitWorkspaceScope as SpendLimitWorkspaceScope,
    )
    from ._models.spend_limits_admin_api_writes_not_enabled_error_details import (
        SpendLimitsAdminAPIWritesNotEnabledErrorDetails as SpendLimitsAdminAPIWritesNotEnabledErrorDetails,
    )
    from ._models.spend_summary import SpendSummary as SpendSummary
    from ._models.spend_summary_page import SpendSummaryPage as SpendSummaryPage
    from ._models.stop_reason import StopReason as StopReason
    from ._models.storage_already_registered_error_details import (
        StorageAlreadyRegisteredErrorDetails as StorageAlreadyRegisteredErrorDetails,
    )
    from ._models.storage_attach_limit_reached_error_details import (
        StorageAttachLimitReachedErrorDetails as StorageAttachLimitReachedErrorDetails,
    )
    from ._models.storage_attached_during_archive_error_details import (
        StorageAttachedDuringArchiveErrorDetails as StorageAttachedDuringArchiveErrorDetails,
    )
    from ._models.storage_changed_concurrently_error_details import (
        StorageChangedConcurrentlyErrorDetails as StorageChangedConcurrentlyErrorDetails,
    )
    from ._models.storage_in_use_error_details import (
        StorageInUseErrorDetails as BetaStorageInUseErrorDetails,  # noqa: F401
    )
    from ._models.storage_in_use_error_details import (
        StorageInUseErrorDetails as StorageInUseErrorDetails,
    )
    from ._models.storage_member import StorageMember as StorageMember
    from ._models.storage_not_approved_error_details import (
        StorageNotApprovedErrorDetails as BetaStorageNotApprovedErrorDetails,  # noqa: F401
    )
    from ._models.storage_not_approved_error_details import (
        StorageNotApprovedErrorDetails as StorageNotApprovedErrorDetails,
    )
    from ._models.storage_not_attachable_error_details import (
        StorageNotAttachableErrorDetails as StorageNotAttachableErrorDetails,
    )
    from ._models.storage_not_ready_error_details import (
        StorageNotReadyErrorDetails as StorageNotReadyErrorDetails,
    )
    from ._models.storage_profile_mismatch_error_details import (
        StorageProfileMismatchErrorDetails as StorageProfileMismatchErrorDetails,
    )
    from ._models.storage_profile_still_required_error_details import (
        StorageProfileStillRequiredErrorDetails as StorageProfileStillRequiredErrorDetails,
    )
    from ._models.storage_quota_exceeded_error_details import (
        StorageQuotaExceededErrorDetails as StorageQuotaExceededErrorDetails,
    )
    from ._models.storage_verification_failed_error_details import (
        StorageVerificationFailedErrorDetails as StorageVerificationFailedErrorDetails,
    )
    from ._models.telemetry_destination import TelemetryDestination as TelemetryDestination
    from ._models.telemetry_destination_content_mode import (
        TelemetryDestinationContentMode as TelemetryDestinationContentMode,
    )
    from ._models.telemetry_destination_delivery_health import (
        TelemetryDestinationDeliveryHealth as TelemetryDestinationDeliveryHealth,
    )
    from ._models.telemetry_destination_disabled_reason import (
        TelemetryDestinationDisabledReason as TelemetryDestinationDisabledReason,
    )
    from ._models.telemetry_destination_disabled_reason_caller import (
        TelemetryDestinationDisabledReasonCaller as TelemetryDestinationDisabledReasonCaller,
    )
    from ._models.telemetry_destination_disabled_reason_invalid_address import (
        TelemetryDestinationDisabledReasonInvalidAddress as TelemetryDestinationDisabledReasonInvalidAddress,
    )
    from ._models.telemetry_destination_disabled_reason_redirect import (
        TelemetryDestinationDisabledReasonRedirect as TelemetryDestinationDisabledReasonRedirect,
    )
    from ._models.telemetry_destination_disabled_reason_sustained_failure import (
        TelemetryDestinationDisabledReasonSustainedFailure as TelemetryDestinationDisabledReasonSustainedFailure,
    )
    from ._models.telemetry_destination_page import (
        TelemetryDestinationPage as TelemetryDestinationPage,
    )
    from ._models.telemetry_destination_state import (
        TelemetryDestinationState as TelemetryDestinationState,
    )
    from ._models.telemetry_destination_state_disabled import (
        TelemetryDestinationStateDisabled as TelemetryDestinationStateDisabled,
    )
    from ._models.telemetry_destination_state_enabled import (
        TelemetryDestinationStateEnabled as TelemetryDestinationStateEnabled,
    )
    from ._models.telemetry_destination_test_failure import (
        TelemetryDestinationTestFailure as TelemetryDestinationTestFailure,
    )
    from ._models.telemetry_destination_test_response import (
        TelemetryDestinationTestResponse as TelemetryDestinationTestResponse,
    )
    from ._models.telemetry_destination_test_result import (
        TelemetryDestinationTestResult as TelemetryDestinationTestResult,
    )
    from ._models.telemetry_destination_test_success import (
        TelemetryDestinationTestSuccess as TelemetryDestinationTestSuccess,
    )
    from ._models.telemetry_destination_traces import (
        TelemetryDestinationTraces as TelemetryDestinationTraces,
    )
    from ._models.telemetry_destination_workspace import (
        TelemetryDestinationWorkspace as TelemetryDestinationWorkspace,
    )
    from ._models.telemetry_destination_workspace_page import (
        TelemetryDestinationWorkspacePage as TelemetryDestinationWorkspacePage,
    )
    from ._models.telemetry_destination_workspaces import (
        TelemetryDestinationWorkspaces as TelemetryDestinationWorkspaces,
    )
    from ._models.telemetry_destination_workspaces_all import (
        TelemetryDestinationWorkspacesAll as TelemetryDestinationWorkspacesAll,
    )
    from ._models.telemetry_destination_workspaces_exclude import (
        TelemetryDestinationWorkspacesExclude as TelemetryDestinationWorkspacesExclude,
    )
    from ._models.telemetry_destination_workspaces_include import (
        TelemetryDestinationWorkspacesInclude as TelemetryDestinationWorkspacesInclude,
    )
    from ._models.text_block import TextBlock as TextBlock
    from ._models.text_citation import TextCitation as TextCitation
    from ._models.text_delta import TextDelta as TextDelta
    from ._models.text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock as TextEditorCodeExecutionCreateResultBlock,
    )
    from ._models.text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock as TextEditorCodeExecutionStrReplaceResultBlock,
    )
    from ._models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock as TextEditorCodeExecutionToolResultBlock,
    )
    from ._models.text_editor_code_execution_tool_result_content import (
        TextEditorCodeExecutionToolResultContent as TextEditorCodeExecutionToolResultContent,
    )
    from ._models.text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError as TextEditorCodeExecutionToolResultError,
    )
    from ._models.text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError as TextEditorCodeExecutionToolResultErrorObject,  # noqa: F401
    )
    from ._models.text_editor_code_execution_tool_result_error_code import (
        TextEditorCodeExecutionToolResultErrorCode as TextEditorCodeExecutionToolResultErrorCode,
    )
    from ._models.text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock as TextEditorCodeExecutionViewResultBlock,
    )
    from ._models.text_editor_code_execution_view_result_block_file_type import (
        TextEditorCodeExecutionViewResultBlockFileType as TextEditorCodeExecutionViewResultBlockFileType,
    )
    from ._models.thinking_block import ThinkingBlock as ThinkingBlock
    from ._models.thinking_capability import ThinkingCapability as ThinkingCapability
    from ._models.thinking_delta import ThinkingDelta as ThinkingDelta
    from ._models.thinking_dropped_input_transformation import (
        ThinkingDroppedInputTransformation as ThinkingDroppedInputTransformation,
    )
    from ._models.thinking_mismatch_allowed_input_transformation import (
        ThinkingMismatchAllowedInputTransformation as ThinkingMismatchAllowedInputTransformation,
    )
    from ._models.thinking_types import ThinkingTypes as ThinkingTypes
    from ._models.thread_already_continued_error_details import (
        ThreadAlreadyContinuedErrorDetails as ThreadAlreadyContinuedErrorDetails,
    )
    from ._models.thread_continue_in_flight_error_details import (
        ThreadContinueInFlightErrorDetails as ThreadContinueInFlightErrorDetails,
    )
    from ._models.thread_fingerprint_mismatch_error_details import (
        ThreadFingerprintMismatchErrorDetails as ThreadFingerprintMismatchErrorDetails,
    )
    from ._models.thread_not_found_error_details import (
        ThreadNotFoundErrorDetails as ThreadNotFoundErrorDetails,
    )
    from ._models.thread_unsupported_request_error_details import (
        ThreadUnsupportedRequestErrorDetails as ThreadUnsupportedRequestErrorDetails,
    )
    from ._models.thread_unsupported_request_error_details_unsupported import (
        ThreadUnsupportedRequestErrorDetailsUnsupported as ThreadUnsupportedFeatureName,  # noqa: F401
    )
    from ._models.thread_unsupported_request_error_details_unsupported import (
        ThreadUnsupportedRequestErrorDetailsUnsupported as ThreadUnsupportedRequestErrorDetailsUnsupported,
    )
    from ._models.timestamp import Timestamp as Timestamp
    from ._models.too_many_report_groups_error_details import (
        TooManyReportGroupsErrorDetails as TooManyReportGroupsErrorDetails,
    )
    from ._models.tool import Tool as Tool
    from ._models.tool_addition_block import ToolAdditionBlock as ToolAdditionBlock
    from ._models.tool_addition_tool import ToolAdditionTool as ToolAdditionTool
    from ._models.tool_bash20241022 import ToolBash20241022 as ToolBash20241022
    from ._models.tool_bash20250124 import ToolBash20250124 as ToolBash20250124
    from ._models.tool_caller import ToolCaller as ToolCaller
    from ._models.tool_caller import ToolCaller as ToolUseCaller  # noqa: F401
    from ._models.tool_change_mcp_tool_reference import (
        ToolChangeMCPToolReference as ResponseToolChangeMCPToolReference,  # noqa: F401
    )
    from ._models.tool_change_mcp_tool_reference import (
        ToolChangeMCPToolReference as ToolChangeMCPToolReference,
    )
    from ._models.tool_change_mcp_toolset_reference import (
        ToolChangeMCPToolsetReference as ResponseToolChangeMCPToolsetReference,  # noqa: F401
    )
    from ._models.tool_change_mcp_toolset_reference import (
        ToolChangeMCPToolsetReference as ToolChangeMCPToolsetReference,
    )
    from ._models.tool_change_reference import ToolChangeReference as ToolChangeReference
    from ._models.tool_change_tool_definition import (
        ToolChangeToolDefinition as ToolChangeToolDefinition,
    )
    from ._models.tool_change_tool_reference import (
        ToolChangeToolReference as ResponseToolChangeToolReference,  # noqa: F401
    )
    from ._models.tool_change_tool_reference import (
        ToolChangeToolReference as ToolChangeToolReference,
    )
    from ._models.tool_computer_use20241022 import (
        ToolComputerUse20241022 as ToolComputerUse20241022,
    )
    from ._models.tool_computer_use20250124 import (
        ToolComputerUse20250124 as ToolComputerUse20250124,
    )
    from ._models.tool_computer_use20251124 import (
        ToolComputerUse20251124 as ToolComputerUse20251124,
    )
    from ._models.tool_input_schema import ToolInputSchema as ToolInputSchema
    from ._models.tool_name_conflict_error_details import (
        ToolNameConflictErrorDetails as ToolNameConflictErrorDetails,
    )
    from ._models.tool_reference_block import ToolReferenceBlock as ToolReferenceBlock
    from ._models.tool_reference_unresolved_error_details import (
        ToolReferenceUnresolvedErrorDetails as ToolReferenceUnresolvedErrorDetails,
    )
    from ._models.tool_removal_block import ToolRemovalBlock as ToolRemovalBlock
    from ._models.tool_search_tool_bm2520251119 import (
        ToolSearchToolBm2520251119 as ToolSearchToolBm2520251119,
    )
    from ._models.tool_search_tool_bm2520251119_type import (
        ToolSearchToolBm2520251119Type as ToolSearchToolBm2520251119Type,
    )
    from ._models.tool_search_tool_regex20251119 import (
        ToolSearchToolRegex20251119 as ToolSearchToolRegex20251119,
    )
    from ._models.tool_search_tool_regex20251119_type import (
        ToolSearchToolRegex20251119Type as ToolSearchToolRegex20251119Type,
    )
    from ._models.tool_search_tool_result_block import (
        ToolSearchToolResultBlock as ToolSearchToolResultBlock,
    )
    from ._models.tool_search_tool_result_content import (
        ToolSearchToolResultContent as ToolSearchToolResultContent,
    )
    from ._models.tool_search_tool_result_error import (
        ToolSearchToolResultError as ToolSearchToolResultError,
    )
    from ._models.tool_search_tool_result_error import (
        ToolSearchToolResultError as ToolSearchToolResultErrorObject,  # noqa: F401
    )
    from ._models.tool_search_tool_result_error_code import (
        ToolSearchToolResultErrorCode as ToolSearchToolResultErrorCode,
    )
    from ._models.tool_search_tool_search_result_block import (
        ToolSearchToolSearchResultBlock as ToolSearchToolSearchResultBlock,
    )
    from ._models.tool_text_editor20241022 import ToolTextEditor20241022 as ToolTextEditor20241022
    from ._models.tool_text_editor20250124 import ToolTextEditor20250124 as ToolTextEditor20250124
    from ._models.tool_text_editor20250429 import ToolTextEditor20250429 as ToolTextEditor20250429
    from ._models.tool_text_editor20250728 import ToolTextEditor20250728 as ToolTextEditor20250728
    from ._models.tool_use_block import ToolUseBlock as ToolUseBlock
    from ._models.toolset_tool_use_block import ToolsetToolUseBlock as ResponseToolUseBlockUnion  # noqa: F401
    from ._models.toolset_tool_use_block import ToolsetToolUseBlock as ToolsetToolUseBlock
    from ._models.transcripts_storage_required_error_details import (
        TranscriptsStorageRequiredErrorDetails as TranscriptsStorageRequiredErrorDetails,
    )
    from ._models.tunnel import Tunnel as Tunnel
    from ._models.tunnel_certificate import TunnelCertificate as TunnelCertificate
    from ._models.tunnel_certificate_page import TunnelCertificatePage as TunnelCertificatePage
    from ._models.tunnel_page import TunnelPage as TunnelPage
    from ._models.tunnel_token import TunnelToken as TunnelToken
    from ._models.unknown_advisor_tool_result_content import (
        UnknownAdvisorToolResultContent as UnknownAdvisorToolResultContent,
    )
    from ._models.unknown_analytics_actor import UnknownAnalyticsActor as UnknownAnalyticsActor
    from ._models.unknown_analytics_federated_actor_provider import (
        UnknownAnalyticsFederatedActorProvider as UnknownAnalyticsFederatedActorProvider,
    )
    from ._models.unknown_api_key_principal import UnknownAPIKeyPrincipal as UnknownAPIKeyPrincipal
    from ._models.unknown_api_key_scope import UnknownAPIKeyScope as UnknownAPIKeyScope
    from ._models.unknown_applied_context_management_edit import (
        UnknownAppliedContextManagementEdit as UnknownAppliedContextManagementEdit,
    )
    from ._models.unknown_bash_code_execution_tool_result_content import (
        UnknownBashCodeExecutionToolResultContent as UnknownBashCodeExecutionToolResultContent,
    )
    from ._models.unknown_browser_click_target import (
        UnknownBrowserClickTarget as UnknownBrowserClickTarget,
    )
    from ._models.unknown_cache_miss_reason import UnknownCacheMissReason as UnknownCacheMissReason
    from ._models.unknown_claude_code_managed_settings_mode import (
        UnknownClaudeCodeManagedSettingsMode as UnknownClaudeCodeManagedSettingsMode,
    )
    from ._models.unknown_claude_code_rbac_group_status import (
        UnknownClaudeCodeRBACGroupStatus as UnknownClaudeCodeRBACGroupStatus,
    )
    from ._models.unknown_claude_tag_bundle_target import (
        UnknownClaudeTagBundleTarget as UnknownClaudeTagBundleTarget,
    )
    from ._models.unknown_claude_tag_guest_policy import (
        UnknownClaudeTagGuestPolicy as UnknownClaudeTagGuestPolicy,
    )
    from ._models.unknown_claude_tag_reply_mode import (
        UnknownClaudeTagReplyMode as UnknownClaudeTagReplyMode,
    )
    from ._models.unknown_claude_tag_setting_source import (
        UnknownClaudeTagSettingSource as UnknownClaudeTagSettingSource,
    )
    from ._models.unknown_cloud_networking import UnknownCloudNetworking as UnknownCloudNetworking
    from ._models.unknown_code_execution_tool_result_content import (
        UnknownCodeExecutionToolResultContent as UnknownCodeExecutionToolResultContent,
    )
    from ._models.unknown_compaction_tool_change import (
        UnknownCompactionToolChange as UnknownCompactionToolChange,
    )
    from ._models.unknown_completion_stream_event import (
        UnknownCompletionStreamEvent as UnknownCompletionStreamEvent,
    )
    from ._models.unknown_compliance_review_actor import (
        UnknownComplianceReviewActor as UnknownComplianceReviewActor,
    )
    from ._models.unknown_compliance_review_case_status import (
        UnknownComplianceReviewCaseStatus as UnknownComplianceReviewCaseStatus,
    )
    from ._models.unknown_compliance_review_content_unavailable_reason import (
        UnknownComplianceReviewContentUnavailableReason as UnknownComplianceReviewContentUnavailableReason,
    )
    from ._models.unknown_compliance_settings_state import (
        UnknownComplianceSettingsState as UnknownComplianceSettingsState,
    )
    from ._models.unknown_content_block import UnknownContentBlock as UnknownContentBlock
    from ._models.unknown_document_source import UnknownDocumentSource as UnknownDocumentSource
    from ._models.unknown_dream_input import UnknownDreamInput as UnknownDreamInput
    from ._models.unknown_environment_config import (
        UnknownEnvironmentConfig as UnknownEnvironmentConfig,
    )
    from ._models.unknown_error_details import UnknownErrorDetails as UnknownErrorDetails
    from ._models.unknown_error_object import UnknownErrorObject as UnknownErrorObject
    from ._models.unknown_external_key_attachment import (
        UnknownExternalKeyAttachment as UnknownExternalKeyAttachment,
    )
    from ._models.unknown_external_key_provider_config import (
        UnknownExternalKeyProviderConfig as UnknownExternalKeyProviderConfig,
    )
    from ._models.unknown_external_storage_provider_config import (
        UnknownExternalStorageProviderConfig as UnknownExternalStorageProviderConfig,
    )
    from ._models.unknown_external_storage_status import (
        UnknownExternalStorageStatus as UnknownExternalStorageStatus,
    )
    from ._models.unknown_fallback_credit_status import (
        UnknownFallbackCreditStatus as UnknownFallbackCreditStatus,
    )
    from ._models.unknown_federation_jwks import UnknownFederationJWKS as UnknownFederationJWKS
    from ._models.unknown_google_managed_cmek_control import (
        UnknownGoogleManagedCMEKControl as UnknownGoogleManagedCMEKControl,
    )
    from ._models.unknown_google_managed_cmek_region_status import (
        UnknownGoogleManagedCMEKRegionStatus as UnknownGoogleManagedCMEKRegionStatus,
    )
    from ._models.unknown_google_managed_project_cmek_control import (
        UnknownGoogleManagedProjectCMEKControl as UnknownGoogleManagedProjectCMEKControl,
    )
    from ._models.unknown_google_managed_project_cmek_region_status import (
        UnknownGoogleManagedProjectCMEKRegionStatus as UnknownGoogleManagedProjectCMEKRegionStatus,
    )
    from ._models.unknown_google_managed_project_storage_control import (
        UnknownGoogleManagedProjectStorageControl as UnknownGoogleManagedProjectStorageControl,
    )
    from ._models.unknown_google_managed_project_storage_region_status import (
        UnknownGoogleManagedProjectStorageRegionStatus as UnknownGoogleManagedProjectStorageRegionStatus,
    )
    from ._models.unknown_google_managed_storage_control import (
        UnknownGoogleManagedStorageControl as UnknownGoogleManagedStorageControl,
    )
    from ._models.unknown_google_managed_storage_region_status import (
        UnknownGoogleManagedStorageRegionStatus as UnknownGoogleManagedStorageRegionStatus,
    )
    from ._models.unknown_input_transformation import (
        UnknownInputTransformation as UnknownInputTransformation,
    )
    from ._models.unknown_managed_agents_actor import (
        UnknownManagedAgentsActor as UnknownManagedAgentsActor,
    )
    from ._models.unknown_managed_agents_add_session_resource import (
        UnknownManagedAgentsAddSessionResource as UnknownManagedAgentsAddSessionResource,
    )
    from ._models.unknown_managed_agents_agent_auto_evaluated_permission import (
        UnknownManagedAgentsAgentAutoEvaluatedPermission as UnknownManagedAgentsAgentAutoEvaluatedPermission,
    )
    from ._models.unknown_managed_agents_agent_message_content_block import (
        UnknownManagedAgentsAgentMessageContentBlock as UnknownManagedAgentsAgentMessageContentBlock,
    )
    from ._models.unknown_managed_agents_agent_tool import (
        UnknownManagedAgentsAgentTool as UnknownManagedAgentsAgentTool,
    )
    from ._models.unknown_managed_agents_agent_tool_config_union import (
        UnknownManagedAgentsAgentToolConfigUnion as UnknownManagedAgentsAgentToolConfigUnion,
    )
    from ._models.unknown_managed_agents_agent_tool_evaluation import (
        UnknownManagedAgentsAgentToolEvaluation as UnknownManagedAgentsAgentToolEvaluation,
    )
    from ._models.unknown_managed_agents_bedrock_agent_tool import (
        UnknownManagedAgentsBedrockAgentTool as UnknownManagedAgentsBedrockAgentTool,
    )
    from ._models.unknown_managed_agents_bedrock_input_event import (
        UnknownManagedAgentsBedrockInputEvent as UnknownManagedAgentsBedrockInputEvent,
    )
    from ._models.unknown_managed_agents_bedrock_mcp_elicitation_response import (
        UnknownManagedAgentsBedrockMCPElicitationResponse as UnknownManagedAgentsBedrockMCPElicitationResponse,
    )
    from ._models.unknown_managed_agents_bedrock_memory_actor import (
        UnknownManagedAgentsBedrockMemoryActor as UnknownManagedAgentsBedrockMemoryActor,
    )
    from ._models.unknown_managed_agents_bedrock_session_error_event_error import (
        UnknownManagedAgentsBedrockSessionErrorEventError as UnknownManagedAgentsBedrockSessionErrorEventError,
    )
    from ._models.unknown_managed_agents_bedrock_session_event import (
        UnknownManagedAgentsBedrockSessionEvent as UnknownManagedAgentsBedrockSessionEvent,
    )
    from ._models.unknown_managed_agents_bedrock_session_resource import (
        UnknownManagedAgentsBedrockSessionResource as UnknownManagedAgentsBedrockSessionResource,
    )
    from ._models.unknown_managed_agents_budget import (
        UnknownManagedAgentsBudget as UnknownManagedAgentsBudget,
    )
    from ._models.unknown_managed_agents_caller_identity import (
        UnknownManagedAgentsCallerIdentity as UnknownManagedAgentsCallerIdentity,
    )
    from ._models.unknown_managed_agents_credential_auth import (
        UnknownManagedAgentsCredentialAuth as UnknownManagedAgentsCredentialAuth,
    )
    from ._models.unknown_managed_agents_credential_networking_response import (
        UnknownManagedAgentsCredentialNetworkingResponse as UnknownManagedAgentsCredentialNetworkingResponse,
    )
    from ._models.unknown_managed_agents_deployment_initial_event import (
        UnknownManagedAgentsDeploymentInitialEvent as UnknownManagedAgentsDeploymentInitialEvent,
    )
    from ._models.unknown_managed_agents_deployment_paused_reason import (
        UnknownManagedAgentsDeploymentPausedReason as UnknownManagedAgentsDeploymentPausedReason,
    )
    from ._models.unknown_managed_agents_deployment_paused_reason_error import (
        UnknownManagedAgentsDeploymentPausedReasonError as UnknownManagedAgentsDeploymentPausedReasonError,
    )
    from ._models.unknown_managed_agents_document_source import (
        UnknownManagedAgentsDocumentSource as UnknownManagedAgentsDocumentSource,
    )
    from ._models.unknown_managed_agents_effort import (
        UnknownManagedAgentsEffort as UnknownManagedAgentsEffort,
    )
    from ._models.unknown_managed_agents_event_delta_event_delta import (
        UnknownManagedAgentsEventDeltaEventDelta as UnknownManagedAgentsEventDeltaEventDelta,
    )
    from ._models.unknown_managed_agents_event_start_event_event import (
        UnknownManagedAgentsEventStartEventEvent as UnknownManagedAgentsEventStartEventEvent,
    )
    from ._models.unknown_managed_agents_execution_identity import (
        UnknownManagedAgentsExecutionIdentity as UnknownManagedAgentsExecutionIdentity,
    )
    from ._models.unknown_managed_agents_get_session_resource import (
        UnknownManagedAgentsGetSessionResource as UnknownManagedAgentsGetSessionResource,
    )
    from ._models.unknown_managed_agents_image_source import (
        UnknownManagedAgentsImageSource as UnknownManagedAgentsImageSource,
    )
    from ._models.unknown_managed_agents_input_event import (
        UnknownManagedAgentsInputEvent as UnknownManagedAgentsInputEvent,
    )
    from ._models.unknown_managed_agents_mcp_server import (
        UnknownManagedAgentsMCPServer as UnknownManagedAgentsMCPServer,
    )
    from ._models.unknown_managed_agents_memory_list_item import (
        UnknownManagedAgentsMemoryListItem as UnknownManagedAgentsMemoryListItem,
    )
    from ._models.unknown_managed_agents_memory_tool_config_permission_policy import (
        UnknownManagedAgentsMemoryToolConfigPermissionPolicy as UnknownManagedAgentsMemoryToolConfigPermissionPolicy,
    )
    from ._models.unknown_managed_agents_multiagent import (
        UnknownManagedAgentsMultiagent as UnknownManagedAgentsMultiagent,
    )
    from ._models.unknown_managed_agents_multiagent_advisor import (
        UnknownManagedAgentsMultiagentAdvisor as UnknownManagedAgentsMultiagentAdvisor,
    )
    from ._models.unknown_managed_agents_multiagent_inline_agents import (
        UnknownManagedAgentsMultiagentInlineAgents as UnknownManagedAgentsMultiagentInlineAgents,
    )
    from ._models.unknown_managed_agents_multiagent_roster_entry import (
        UnknownManagedAgentsMultiagentRosterEntry as UnknownManagedAgentsMultiagentRosterEntry,
    )
    from ._models.unknown_managed_agents_multiagent_subagents import (
        UnknownManagedAgentsMultiagentSubagents as UnknownManagedAgentsMultiagentSubagents,
    )
    from ._models.unknown_managed_agents_multiagent_workflows import (
        UnknownManagedAgentsMultiagentWorkflows as UnknownManagedAgentsMultiagentWorkflows,
    )
    from ._models.unknown_managed_agents_permission_policy import (
        UnknownManagedAgentsPermissionPolicy as UnknownManagedAgentsPermissionPolicy,
    )
    from ._models.unknown_managed_agents_repository_checkout import (
        UnknownManagedAgentsRepositoryCheckout as UnknownManagedAgentsRepositoryCheckout,
    )
    from ._models.unknown_managed_agents_retry_status import (
        UnknownManagedAgentsRetryStatus as UnknownManagedAgentsRetryStatus,
    )
    from ._models.unknown_managed_agents_rubric import (
        UnknownManagedAgentsRubric as UnknownManagedAgentsRubric,
    )
    from ._models.unknown_managed_agents_run_error import (
        UnknownManagedAgentsRunError as UnknownManagedAgentsRunError,
    )
    from ._models.unknown_managed_agents_sandbox_skill import (
        UnknownManagedAgentsSandboxSkill as UnknownManagedAgentsSandboxSkill,
    )
    from ._models.unknown_managed_agents_schedule import (
        UnknownManagedAgentsSchedule as UnknownManagedAgentsSchedule,
    )
    from ._models.unknown_managed_agents_session_error_event_error import (
        UnknownManagedAgentsSessionErrorEventError as UnknownManagedAgentsSessionErrorEventError,
    )
    from ._models.unknown_managed_agents_session_event import (
        UnknownManagedAgentsSessionEvent as UnknownManagedAgentsSessionEvent,
    )
    from ._models.unknown_managed_agents_session_multiagent import (
        UnknownManagedAgentsSessionMultiagent as UnknownManagedAgentsSessionMultiagent,
    )
    from ._models.unknown_managed_agents_session_multiagent_subagents import (
        UnknownManagedAgentsSessionMultiagentSubagents as UnknownManagedAgentsSessionMultiagentSubagents,
    )
    from ._models.unknown_managed_agents_session_multiagent_workflows import (
        UnknownManagedAgentsSessionMultiagentWorkflows as UnknownManagedAgentsSessionMultiagentWorkflows,
    )
    from ._models.unknown_managed_agents_session_resource import (
        UnknownManagedAgentsSessionResource as UnknownManagedAgentsSessionResource,
    )
    from ._models.unknown_managed_agents_session_resource_config import (
        UnknownManagedAgentsSessionResourceConfig as UnknownManagedAgentsSessionResourceConfig,
    )
    from ._models.unknown_managed_agents_session_roster_entry import (
        UnknownManagedAgentsSessionRosterEntry as UnknownManagedAgentsSessionRosterEntry,
    )
    from ._models.unknown_managed_agents_session_stop_reason import (
        UnknownManagedAgentsSessionStopReason as UnknownManagedAgentsSessionStopReason,
    )
    from ._models.unknown_managed_agents_session_thread_resolved_agent import (
        UnknownManagedAgentsSessionThreadResolvedAgent as UnknownManagedAgentsSessionThreadResolvedAgent,
    )
    from ._models.unknown_managed_agents_skill import (
        UnknownManagedAgentsSkill as UnknownManagedAgentsSkill,
    )
    from ._models.unknown_managed_agents_stream_bedrock_session_events import (
        UnknownManagedAgentsStreamBedrockSessionEvents as UnknownManagedAgentsStreamBedrockSessionEvents,
    )
    from ._models.unknown_managed_agents_stream_bedrock_session_thread_events import (
        UnknownManagedAgentsStreamBedrockSessionThreadEvents as UnknownManagedAgentsStreamBedrockSessionThreadEvents,
    )
    from ._models.unknown_managed_agents_stream_session_events import (
        UnknownManagedAgentsStreamSessionEvents as UnknownManagedAgentsStreamSessionEvents,
    )
    from ._models.unknown_managed_agents_stream_session_thread_events import (
        UnknownManagedAgentsStreamSessionThreadEvents as UnknownManagedAgentsStreamSessionThreadEvents,
    )
    from ._models.unknown_managed_agents_system_content_block import (
        UnknownManagedAgentsSystemContentBlock as UnknownManagedAgentsSystemContentBlock,
    )
    from ._models.unknown_managed_agents_token_endpoint_auth_response import (
        UnknownManagedAgentsTokenEndpointAuthResponse as UnknownManagedAgentsTokenEndpointAuthResponse,
    )
    from ._models.unknown_managed_agents_tool_result_content_block import (
        UnknownManagedAgentsToolResultContentBlock as UnknownManagedAgentsToolResultContentBlock,
    )
    from ._models.unknown_managed_agents_trigger_context import (
        UnknownManagedAgentsTriggerContext as UnknownManagedAgentsTriggerContext,
    )
    from ._models.unknown_managed_agents_update_session_resource import (
        UnknownManagedAgentsUpdateSessionResource as UnknownManagedAgentsUpdateSessionResource,
    )
    from ._models.unknown_managed_agents_user_content_block import (
        UnknownManagedAgentsUserContentBlock as UnknownManagedAgentsUserContentBlock,
    )
    from ._models.unknown_managed_agents_workflow_run_error import (
        UnknownManagedAgentsWorkflowRunError as UnknownManagedAgentsWorkflowRunError,
    )
    from ._models.unknown_managed_agents_workflow_run_result import (
        UnknownManagedAgentsWorkflowRunResult as UnknownManagedAgentsWorkflowRunResult,
    )
    from ._models.unknown_memory_tool20250818_command import (
        UnknownMemoryTool20250818Command as UnknownMemoryTool20250818Command,
    )
    from ._models.unknown_message_batch_result import (
        UnknownMessageBatchResult as UnknownMessageBatchResult,
    )
    from ._models.unknown_output_behavior import UnknownOutputBehavior as UnknownOutputBehavior
    from ._models.unknown_plugin_actor import UnknownPluginActor as UnknownPluginActor
    from ._models.unknown_plugin_owner import UnknownPluginOwner as UnknownPluginOwner
    from ._models.unknown_plugin_target import UnknownPluginTarget as UnknownPluginTarget
    from ._models.unknown_rate_limit_group import UnknownRateLimitGroup as UnknownRateLimitGroup
    from ._models.unknown_raw_content_block_delta import (
        UnknownRawContentBlockDelta as UnknownRawContentBlockDelta,
    )
    from ._models.unknown_raw_message_stream_event import (
        UnknownRawMessageStreamEvent as UnknownRawMessageStreamEvent,
    )
    from ._models.unknown_rbac_permission_resource import (
        UnknownRBACPermissionResource as UnknownRBACPermissionResource,
    )
    from ._models.unknown_rbac_role_source import UnknownRBACRoleSource as UnknownRBACRoleSource
    from ._models.unknown_spend_limit_actor import UnknownSpendLimitActor as UnknownSpendLimitActor
    from ._models.unknown_spend_limit_scope import UnknownSpendLimitScope as UnknownSpendLimitScope
    from ._models.unknown_storage_member import UnknownStorageMember as UnknownStorageMember
    from ._models.unknown_telemetry_destination_disabled_reason import (
        UnknownTelemetryDestinationDisabledReason as UnknownTelemetryDestinationDisabledReason,
    )
    from ._models.unknown_telemetry_destination_state import (
        UnknownTelemetryDestinationState as UnknownTelemetryDestinationState,
    )
    from ._models.unknown_telemetry_destination_test_result import (
        UnknownTelemetryDestinationTestResult as UnknownTelemetryDestinationTestResult,
    )
    from ._models.unknown_telemetry_destination_workspaces import (
        UnknownTelemetryDestinationWorkspaces as UnknownTelemetryDestinationWorkspaces,
    )
    from ._models.unknown_text_citation import UnknownTextCitation as UnknownTextCitation
    from ._models.unknown_text_editor_code_execution_tool_result_content import (
        UnknownTextEditorCodeExecutionToolResultContent as UnknownTextEditorCodeExecutionToolResultContent,
    )
    from ._models.unknown_tool_addition_tool import (
        UnknownToolAdditionTool as UnknownToolAdditionTool,
    )
    from ._models.unknown_tool_caller import UnknownToolCaller as UnknownToolCaller
    from ._models.unknown_tool_change_reference import (
        UnknownToolChangeReference as UnknownToolChangeReference,
    )
    from ._models.unknown_tool_search_tool_result_content import (
        UnknownToolSearchToolResultContent as UnknownToolSearchToolResultContent,
    )
    from ._models.unknown_usage_iteration import UnknownUsageIteration as UnknownUsageIteration
    from ._models.unknown_user_profile_enforcement_action import (
        UnknownUserProfileEnforcementAction as UnknownUserProfileEnforcementAction,
    )
    from ._models.unknown_versioned_tool_union import (
        UnknownVersionedToolUnion as UnknownVersionedToolUnion,
    )
    from ._models.unknown_web_fetch_tool_result_content import (
        UnknownWebFetchToolResultContent as UnknownWebFetchToolResultContent,
    )
    from ._models.unknown_web_fetch_url_source_tool_filter import (
        UnknownWebFetchURLSourceToolFilter as UnknownWebFetchURLSourceToolFilter,
    )
    from ._models.unknown_web_fetch_url_source_user_input import (
        UnknownWebFetchURLSourceUserInput as UnknownWebFetchURLSourceUserInput,
    )
    from ._models.unknown_webhook_event_data import (
        UnknownWebhookEventData as UnknownWebhookEventData,
    )
    from ._models.unknown_workspace_rate_limit_source import (
        UnknownWorkspaceRateLimitSource as UnknownWorkspaceRateLimitSource,
    )
    from ._models.unrestricted_network import UnrestrictedNetwork as UnrestrictedNetwork
    from ._models.unsupported_charset_error_details import (
        UnsupportedCharsetErrorDetails as BetaUnsupportedCharsetErrorDetails,  # noqa: F401
    )
    from ._models.unsupported_charset_error_details import (
        UnsupportedCharsetErrorDetails as UnsupportedCharsetErrorDetails,
    )
    from ._models.unsupported_region_error_details import (
        UnsupportedRegionErrorDetails as UnsupportedRegionErrorDetails,
    )
    from ._models.usage import Usage as Usage
    from ._models.usage_iteration import UsageIteration as UsageIteration
    from ._models.usage_service_tier import UsageServiceTier as UsageServiceTier
    from ._models.user_location import UserLocation as UserLocation
    from ._models.user_profile import UserProfile as UserProfile
    from ._models.user_profile_access_type import UserProfileAccessType as UserProfileAccessType
    from ._models.user_profile_account_status import (
        UserProfileAccountStatus as UserProfileAccountStatus,
    )
    from ._models.user_profile_account_status import (
        UserProfileAccountStatus as UserProfileExternalUserAccountStatus,  # noqa: F401
    )
    from ._models.user_profile_action_url import UserProfileActionURL as UserProfileActionURL
    from ._models.user_profile_billing_not_authorized_error_details import (
        UserProfileBillingNotAuthorizedErrorDetails as UserProfileBillingNotAuthorizedErrorDetails,
    )
    from ._models.user_profile_cleared_error_details import (
        UserProfileClearedErrorDetails as UserProfileClearedErrorDetails,
    )
    from ._models.user_profile_cyber_program import (
        UserProfileCyberProgram as UserProfileCyberProgram,
    )
    from ._models.user_profile_cyber_requirements import (
        UserProfileCyberRequirements as UserProfileCyberRequirements,
    )
    from ._models.user_profile_cyber_tier import UserProfileCyberTier as UserProfileCyberTier
    from ._models.user_profile_cyber_tier_status import (
        UserProfileCyberTierStatus as UserProfileCyberTierStatus,
    )
    from ._models.user_profile_efs_feature import UserProfileEfsFeature as UserProfileEfsFeature
    from ._models.user_profile_efs_feature_status import (
        UserProfileEfsFeatureStatus as UserProfileEfsFeatureStatus,
    )
    from ._models.user_profile_efs_program import UserProfileEfsProgram as UserProfileEfsProgram
    from ._models.user_profile_enforcement_action import (
        UserProfileEnforcementAction as UserProfileEnforcementAction,
    )
    from ._models.user_profile_enforcement_action_ban import (
        UserProfileEnforcementActionBan as UserProfileEnforcementActionBan,
    )
    from ._models.user_profile_enforcement_action_next_step import (
        UserProfileEnforcementActionNextStep as UserProfileEnforcementActionNextStep,
    )
    from ._models.user_profile_enforcement_action_reason import (
        UserProfileEnforcementActionReason as UserProfileEnforcementActionReason,
    )
    from ._models.user_profile_enforcement_action_restriction import (
        UserProfileEnforcementActionRestriction as UserProfileEnforcementActionRestriction,
    )
    from ._models.user_profile_enforcement_status import (
        UserProfileEnforcementStatus as UserProfileEnforcementStatus,
    )
    from ._models.user_profile_enrollment_url import (
        UserProfileEnrollmentURL as UserProfileEnrollmentURL,
    )
    from ._models.user_profile_entity_type import UserProfileEntityType as UserProfileEntityType
    from ._models.user_profile_entity_type import (
        UserProfileEntityType as UserProfileExternalUserEntityType,  # noqa: F401
    )
    from ._models.user_profile_external_user_details import (
        UserProfileExternalUserDetails as UserProfileExternalUserDetails,
    )
    from ._models.user_profile_not_billable_error_details import (
        UserProfileNotBillableErrorDetails as UserProfileNotBillableErrorDetails,
    )
    from ._models.user_profile_not_found_error_details import (
        UserProfileNotFoundErrorDetails as UserProfileNotFoundErrorDetails,
    )
    from ._models.user_profile_page import UserProfilePage as UserProfilePage
    from ._models.user_profile_program_status import (
        UserProfileProgramStatus as UserProfileProgramStatus,
    )
    from ._models.user_profile_programs import UserProfilePrograms as UserProfilePrograms
    from ._models.user_profile_relationship import (
        UserProfileRelationship as UserProfileRelationship,
    )
    from ._models.user_profile_required_error_details import (
        UserProfileRequiredErrorDetails as UserProfileRequiredErrorDetails,
    )
    from ._models.user_profile_trust_grant import UserProfileTrustGrant as UserProfileTrustGrant
    from ._models.user_profile_trust_grant_status import (
        UserProfileTrustGrantStatus as UserProfileTrustGrantStatus,
    )
    from ._models.user_remove_response import UserRemoveResponse as UserRemoveResponse
    from ._models.vault_page import VaultPage as VaultPage
    from ._models.versioned_tool_union import VersionedToolUnion as VersionedToolUnion
    from ._models.web_fetch_block import WebFetchBlock as WebFetchBlock
    from ._models.web_fetch_tool20250910 import WebFetchTool20250910 as WebFetchTool20250910
    from ._models.web_fetch_tool20260209 import WebFetchTool20260209 as WebFetchTool20260209
    from ._models.web_fetch_tool20260309 import WebFetchTool20260309 as WebFetchTool20260309
    from ._models.web_fetch_tool20260318 import WebFetchTool20260318 as WebFetchTool20260318
    from ._models.web_fetch_tool20260318_response_inclusion import (
        WebFetchTool20260318ResponseInclusion as WebFetchTool20260318ResponseInclusion,
    )
    from ._models.web_fetch_tool_result_block import (
        WebFetchToolResultBlock as WebFetchToolResultBlock,
    )
    from ._models.web_fetch_tool_result_content import (
        WebFetchToolResultContent as WebFetchToolResultContent,
    )
    from ._models.web_fetch_tool_result_error_block import (
        WebFetchToolResultErrorBlock as WebFetchToolResultErrorBlock,
    )
    from ._models.web_fetch_tool_result_error_code import (
        WebFetchToolResultErrorCode as WebFetchToolResultErrorCode,
    )
    from ._models.web_fetch_url_source_all import WebFetchURLSourceAll as WebFetchURLSourceAll
    from ._models.web_fetch_url_source_except import (
        WebFetchURLSourceExcept as WebFetchURLSourceExcept,
    )
    from ._models.web_fetch_url_source_none import WebFetchURLSourceNone as WebFetchURLSourceNone
    from ._models.web_fetch_url_source_only import WebFetchURLSourceOnly as WebFetchURLSourceOnly
    from ._models.web_fetch_url_source_tool_filter import (
        WebFetchURLSourceToolFilter as WebFetchURLSourceToolFilter,
    )
    from ._models.web_fetch_url_source_tool_reference import (
        WebFetchURLSourceToolReference as WebFetchURLSourceToolReference,
    )
    from ._models.web_fetch_url_source_user_input import (
        WebFetchURLSourceUserInput as WebFetchURLSourceUserInput,
    )
    from ._models.web_fetch_url_sources import WebFetchURLSources as WebFetchURLSources
    from ._models.web_search_result_block import WebSearchResultBlock as WebSearchResultBlock
    from ._models.web_search_tool20250305 import WebSearchTool20250305 as WebSearchTool20250305
    from ._models.web_search_tool20260209 import WebSearchTool20260209 as WebSearchTool20260209
    from ._models.web_search_tool20260318 import WebSearchTool20260318 as WebSearchTool20260318
    from ._models.web_search_tool20260318_response_inclusion import (
        WebSearchTool20260318ResponseInclusion as WebSearchTool20260318ResponseInclusion,
    )
    from ._models.web_search_tool_result_block import (
        WebSearchToolResultBlock as WebSearchToolResultBlock,
    )
    from ._models.web_search_tool_result_content import (
        WebSearchToolResultContent as WebSearchToolResultBlockContent,  # noqa: F401
    )
    from ._models.web_search_tool_result_content import (
        WebSearchToolResultContent as WebSearchToolResultContent,
    )
    from ._models.web_search_tool_result_error import (
        WebSearchToolResultError as WebSearchToolResultError,
    )
    from ._models.web_search_tool_result_error import (
        WebSearchToolResultError as WebSearchToolResultErrorObject,  # noqa: F401
    )
    from ._models.web_search_tool_result_error_code import (
        WebSearchToolResultErrorCode as WebSearchToolResultErrorCode,
    )
    from ._models.webhook_agent_archived_event_data import (
        WebhookAgentArchivedEventData as WebhookAgentArchivedEventData,
    )
    from ._models.webhook_agent_created_event_data import (
        WebhookAgentCreatedEventData as WebhookAgentCreatedEventData,
    )
    from ._models.webhook_agent_deleted_event_data import (
        WebhookAgentDeletedEventData as WebhookAgentDeletedEventData,
    )
    from ._models.webhook_agent_updated_event_data import (
        WebhookAgentUpdatedEventData as WebhookAgentUpdatedEventData,
    )
    from ._models.webhook_deployment_archived_event_data import (
        WebhookDeploymentArchivedEventData as WebhookDeploymentArchivedEventData,
    )
    from ._models.webhook_deployment_created_event_data import (
        WebhookDeploymentCreatedEventData as WebhookDeploymentCreatedEventData,
    )
    from ._models.webhook_deployment_deleted_event_data import (
        WebhookDeploymentDeletedEventData as WebhookDeploymentDeletedEventData,
    )
    from ._models.webhook_deployment_paused_event_data import (
        WebhookDeploymentPausedEventData as WebhookDeploymentPausedEventData,
    )
    from ._models.webhook_deployment_run_failed_event_data import (
        WebhookDeploymentRunFailedEventData as WebhookDeploymentRunFailedEventData,
    )
    from ._models.webhook_deployment_run_started_event_data import (
        WebhookDeploymentRunStartedEventData as WebhookDeploymentRunStartedEventData,
    )
    from ._models.webhook_deployment_run_succeeded_event_data import (
        WebhookDeploymentRunSucceededEventData as WebhookDeploymentRunSucceededEventData,
    )
    from ._models.webhook_deployment_unpaused_event_data import (
        WebhookDeploymentUnpausedEventData as WebhookDeploymentUnpausedEventData,
    )
    from ._models.webhook_deployment_updated_event_data import (
        WebhookDeploymentUpdatedEventData as WebhookDeploymentUpdatedEventData,
    )
    from ._models.webhook_environment_archived_event_data import (
        WebhookEnvironmentArchivedEventData as WebhookEnvironmentArchivedEventData,
    )
    from ._models.webhook_environment_created_event_data import (
        WebhookEnvironmentCreatedEventData as WebhookEnvironmentCreatedEventData,
    )
    from ._models.webhook_environment_deleted_event_data import (
        WebhookEnvironmentDeletedEventData as WebhookEnvironmentDeletedEventData,
    )
    from ._models.webhook_environment_updated_event_data import (
        WebhookEnvironmentUpdatedEventData as WebhookEnvironmentUpdatedEventData,
    )
    from ._models.webhook_event import WebhookEvent as WebhookEvent
    from ._models.webhook_event_data import WebhookEventData as WebhookEventData
    from ._models.webhook_external_key_failed_event_data import (
        WebhookExternalKeyFailedEventData as WebhookExternalKeyFailedEventData,
    )
    from ._models.webhook_external_key_recovered_event_data import (
        WebhookExternalKeyRecoveredEventData as WebhookExternalKeyRecoveredEventData,
    )
    from ._models.webhook_external_storage_failed_event_data import (
        WebhookExternalStorageFailedEventData as WebhookExternalStorageFailedEventData,
    )
    from ._models.webhook_external_storage_recovered_event_data import (
        WebhookExternalStorageRecoveredEventData as WebhookExternalStorageRecoveredEventData,
    )
    from ._models.webhook_memory_store_archived_event_data import (
        WebhookMemoryStoreArchivedEventData as WebhookMemoryStoreArchivedEventData,
    )
    from ._models.webhook_memory_store_created_event_data import (
        WebhookMemoryStoreCreatedEventData as WebhookMemoryStoreCreatedEventData,
    )
    from ._models.webhook_memory_store_deleted_event_data import (
        WebhookMemoryStoreDeletedEventData as WebhookMemoryStoreDeletedEventData,
    )
    from ._models.webhook_session_archived_event_data import (
        WebhookSessionArchivedEventData as WebhookSessionArchivedEventData,
    )
    from ._models.webhook_session_budget_reached_event_data import (
        WebhookSessionBudgetReachedEventData as WebhookSessionBudgetReachedEventData,
    )
    from ._models.webhook_session_created_event_data import (
        WebhookSessionCreatedEventData as WebhookSessionCreatedEventData,
    )
    from ._models.webhook_session_deleted_event_data import (
        WebhookSessionDeletedEventData as WebhookSessionDeletedEventData,
    )
    from ._models.webhook_session_idled_event_data import (
        WebhookSessionIdledEventData as WebhookSessionIdledEventData,
    )
    from ._models.webhook_session_outcome_evaluation_ended_event_data import (
        WebhookSessionOutcomeEvaluationEndedEventData as WebhookSessionOutcomeEvaluationEndedEventData,
    )
    from ._models.webhook_session_pending_event_data import (
        WebhookSessionPendingEventData as WebhookSessionPendingEventData,
    )
    from ._models.webhook_session_requires_action_event_data import (
        WebhookSessionRequiresActionEventData as WebhookSessionRequiresActionEventData,
    )
    from ._models.webhook_session_running_event_data import (
        WebhookSessionRunningEventData as WebhookSessionRunningEventData,
    )
    from ._models.webhook_session_status_idled_event_data import (
        WebhookSessionStatusIdledEventData as WebhookSessionStatusIdledEventData,
    )
    from ._models.webhook_session_status_rescheduled_event_data import (
        WebhookSessionStatusRescheduledEventData as WebhookSessionStatusRescheduledEventData,
    )
    from ._models.webhook_session_status_run_started_event_data import (
        WebhookSessionStatusRunStartedEventData as WebhookSessionStatusRunStartedEventData,
    )
    from ._models.webhook_session_status_terminated_event_data import (
        WebhookSessionStatusTerminatedEventData as WebhookSessionStatusTerminatedEventData,
    )
    from ._models.webhook_session_thread_created_event_data import (
        WebhookSessionThreadCreatedEventData as WebhookSessionThreadCreatedEventData,
    )
    from ._models.webhook_session_thread_idled_event_data import (
        WebhookSessionThreadIdledEventData as WebhookSessionThreadIdledEventData,
    )
    from ._models.webhook_session_thread_terminated_event_data import (
        WebhookSessionThreadTerminatedEventData as WebhookSessionThreadTerminatedEventData,
    )
    from ._models.webhook_session_updated_event_data import (
        WebhookSessionUpdatedEventData as WebhookSessionUpdatedEventData,
    )
    from ._models.webhook_user_profile_enforcement_action_opened_event_data import (
        WebhookUserProfileEnforcementActionOpenedEventData as WebhookUserProfileEnforcementActionOpenedEventData,
    )
    from ._models.webhook_user_profile_enforcement_action_resolved_event_data import (
        WebhookUserProfileEnforcementActionResolvedEventData as WebhookUserProfileEnforcementActionResolvedEventData,
    )
    from ._models.webhook_user_profile_program_status_updated_event_data import (
        WebhookUserProfileProgramStatusUpdatedEventData as WebhookUserProfileProgramStatusUpdatedEventData,
    )
    from ._models.webhook_vault_archived_event_data import (
        WebhookVaultArchivedEventData as WebhookVaultArchivedEventData,
    )
    from ._models.webhook_vault_created_event_data import (
        WebhookVaultCreatedEventData as WebhookVaultCreatedEventData,
    )
    from ._models.webhook_vault_credential_archived_event_data import (
        WebhookVaultCredentialArchivedEventData as WebhookVaultCredentialArchivedEventData,
    )
    from ._models.webhook_vault_credential_created_event_data import (
        WebhookVaultCredentialCreatedEventData as WebhookVaultCredentialCreatedEventData,
    )
    from ._models.webhook_vault_credential_deleted_event_data import (
        WebhookVaultCredentialDeletedEventData as WebhookVaultCredentialDeletedEventData,
    )
    from ._models.webhook_vault_credential_refresh_failed_event_data import (
        WebhookVaultCredentialRefreshFailedEventData as WebhookVaultCredentialRefreshFailedEventData,
    )
    from ._models.webhook_vault_deleted_event_data import (
        WebhookVaultDeletedEventData as WebhookVaultDeletedEventData,
    )
    from ._models.work_lease_state import WorkLeaseState as WorkLeaseState
    from ._models.work_lease_state_state import WorkLeaseStateState as WorkLeaseStateState
    from ._models.workspace import Workspace as Workspace
    from ._models.workspace_api_key_limit_exceeded_error_details import (
        WorkspaceAPIKeyLimitExceededErrorDetails as WorkspaceAPIKeyLimitExceededErrorDetails,
    )
    from ._models.workspace_changed_concurrently_error_details import (
        WorkspaceChangedConcurrentlyErrorDetails as WorkspaceChangedConcurrentlyErrorDetails,
    )
    from ._models.workspace_changed_concurrently_field import (
        WorkspaceChangedConcurrentlyField as WorkspaceChangedConcurrentlyField,
    )
    from ._models.workspace_created_incomplete_error_details import (
        WorkspaceCreatedIncompleteErrorDetails as WorkspaceCreatedIncompleteErrorDetails,
    )
    from ._models.workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails as WorkspaceHumanReviewDisabledErrorDetails,
    )
    from ._models.workspace_member import WorkspaceMember as WorkspaceMember
    from ._models.workspace_member_limit_exceeded_error_details import (
        WorkspaceMemberLimitExceededErrorDetails as WorkspaceMemberLimitExceededErrorDetails,
    )
    from ._models.workspace_member_page import WorkspaceMemberPage as WorkspaceMemberPage
    from ._models.workspace_page import WorkspacePage as WorkspacePage
    from ._models.workspace_policy_field import WorkspacePolicyField as WorkspacePolicyField
    from ._models.workspace_policy_violation_error_details import (
        WorkspacePolicyViolationErrorDetails as WorkspacePolicyViolationErrorDetails,
    )
    from ._models.workspace_rate_limit import WorkspaceRateLimit as WorkspaceRateLimit
    from ._models.workspace_rate_limit_organization_source import (
        WorkspaceRateLimitOrganizationSource as WorkspaceRateLimitOrganizationSource,
    )
    from ._models.workspace_rate_limit_page import WorkspaceRateLimitPage as WorkspaceRateLimitPage
    from ._models.workspace_rate_limit_source import (
        WorkspaceRateLimitSource as WorkspaceRateLimitSource,
    )
    from ._models.workspace_rate_limit_value import (
        WorkspaceRateLimitValue as WorkspaceRateLimitValue,
    )
    from ._models.workspace_rate_limit_workspace_source import (
        WorkspaceRateLimitWorkspaceSource as WorkspaceRateLimitWorkspaceSource,
    )
    from ._models.workspace_role import WorkspaceRole as WorkspaceRole
    from ._params.action_url_create_params import ActionURLCreateParams as ActionURLCreateParams
    from ._params.advisor_redacted_result_block_param import (
        AdvisorRedactedResultBlockParam as AdvisorRedactedResultBlockParam,
    )
    from ._params.advisor_result_block_param import (
        AdvisorResultBlockParam as AdvisorResultBlockParam,
    )
    from ._params.advisor_tool20260301_param import (
        AdvisorTool20260301Param as AdvisorTool20260301Param,
    )
    from ._params.advisor_tool_result_block_param import (
        AdvisorToolResultBlockParam as AdvisorToolResultBlockParam,
    )
    from ._params.advisor_tool_result_content_param import (
        AdvisorToolResultContentParam as AdvisorToolResultContentParam,
    )
    from ._params.advisor_tool_result_error_code_param import (
        AdvisorToolResultErrorCodeParam as AdvisorToolResultErrorCodeParam,
    )
    from ._params.advisor_tool_result_error_param import (
        AdvisorToolResultErrorParam as AdvisorToolResultErrorParam,
    )
    from ._params.agent_list_params import AgentListParams as AgentListParams
    from ._params.agent_retrieve_params import AgentRetrieveParams as AgentRetrieveParams
    from ._params.agents_version_list_params import (
        AgentsVersionListParams as AgentsVersionListParams,
    )
    from ._params.all_thinking_turns_param import AllThinkingTurnsParam as AllThinkingTurnsParam
    from ._params.allowed_caller_param import AllowedCallerParam as AllowedCallerParam
    from ._params.allowed_inference_geo_param import (
        AllowedInferenceGeoParam as AllowedInferenceGeoParam,
    )
    from ._params.analytics_actor_type_param import (
        AnalyticsActorTypeParam as AnalyticsActorTypeParam,
    )
    from ._params.analytics_artifact_group_by_param import (
        AnalyticsArtifactGroupByParam as AnalyticsArtifactGroupBy,  # noqa: F401
    )
    from ._params.analytics_artifact_group_by_param import (
        AnalyticsArtifactGroupByParam as AnalyticsArtifactGroupByParam,
    )
    from ._params.analytics_claude_tag_category_param import (
        AnalyticsClaudeTagCategoryParam as AnalyticsClaudeTagCategoryParam,
    )
    from ._params.analytics_connector_group_by_param import (
        AnalyticsConnectorGroupByParam as AnalyticsConnectorGroupBy,  # noqa: F401
    )
    from ._params.analytics_connector_group_by_param import (
        AnalyticsConnectorGroupByParam as AnalyticsConnectorGroupByParam,
    )
    from ._params.analytics_context_window_param import (
        AnalyticsContextWindowParam as AnalyticsContextWindowParam,
    )
    from ._params.analytics_cost_group_by_param import (
        AnalyticsCostGroupByParam as AnalyticsCostGroupByParam,
    )
    from ._params.analytics_cost_order_by_param import (
        AnalyticsCostOrderByParam as AnalyticsCostOrderByParam,
    )
    from ._params.analytics_inference_geo_filter_param import (
        AnalyticsInferenceGeoFilterParam as AnalyticsInferenceGeoFilterParam,
    )
    from ._params.analytics_order_param import AnalyticsOrderParam as AnalyticsOrder  # noqa: F401
    from ._params.analytics_order_param import AnalyticsOrderParam as AnalyticsOrderParam
    from ._params.analytics_plugin_group_by_param import (
        AnalyticsPluginGroupByParam as AnalyticsPluginGroupBy,  # noqa: F401
    )
    from ._params.analytics_plugin_group_by_param import (
        AnalyticsPluginGroupByParam as AnalyticsPluginGroupByParam,
    )
    from ._params.analytics_product_filter_param import (
        AnalyticsProductFilterParam as AnalyticsProductFilterParam,
    )
    from ._params.analytics_project_group_by_param import (
        AnalyticsProjectGroupByParam as AnalyticsProjectGroupBy,  # noqa: F401
    )
    from ._params.analytics_project_group_by_param import (
        AnalyticsProjectGroupByParam as AnalyticsProjectGroupByParam,
    )
    from ._params.analytics_service_tier_param import (
        AnalyticsServiceTierParam as AnalyticsServiceTierParam,
    )
    from ._params.analytics_skill_group_by_param import (
        AnalyticsSkillGroupByParam as AnalyticsSkillGroupBy,  # noqa: F401
    )
    from ._params.analytics_skill_group_by_param import (
        AnalyticsSkillGroupByParam as AnalyticsSkillGroupByParam,
    )
    from ._params.analytics_speed_param import AnalyticsSpeedParam as AnalyticsSpeedParam
    from ._params.analytics_time_bucket_width_param import (
        AnalyticsTimeBucketWidthParam as AnalyticsTimeBucketWidthParam,
    )
    from ._params.analytics_usage_cost_product_filter_param import (
        AnalyticsUsageCostProductFilterParam as AnalyticsUsageCostProductFilterParam,
    )
    from ._params.analytics_usage_cost_sort_order_param import (
        AnalyticsUsageCostSortOrderParam as AnalyticsUsageCostSortOrderParam,
    )
    from ._params.analytics_usage_group_by_param import (
        AnalyticsUsageGroupByParam as AnalyticsUsageGroupByParam,
    )
    from ._params.analytics_usage_order_by_param import (
        AnalyticsUsageOrderByParam as AnalyticsUsageOrderByParam,
    )
    from ._params.analytics_user_group_by_param import (
        AnalyticsUserGroupByParam as AnalyticsUserGroupBy,  # noqa: F401
    )
    from ._params.analytics_user_group_by_param import (
        AnalyticsUserGroupByParam as AnalyticsUserGroupByParam,
    )
    from ._params.anthropic_beta_param import AnthropicBetaParam as AnthropicBetaParam
    from ._params.anthropic_human_review_param import (
        AnthropicHumanReviewParam as AnthropicHumanReviewParam,
    )
    from ._params.api_key_list_params import ApiKeyListParams as ApiKeyListParams
    from ._params.api_key_update_params import APIKeyUpdateParams as APIKeyUpdateParams
    from ._params.artifact_list_params import ArtifactListParams as ArtifactListParams
    from ._params.aws_external_key_config_param import (
        AWSExternalKeyConfigParam as AWSExternalKeyConfigParam,
    )
    from ._params.aws_external_storage_config_param import (
        AWSExternalStorageConfigParam as AWSExternalStorageConfigParam,
    )
    from ._params.azure_external_key_config_param import (
        AzureExternalKeyConfigParam as AzureExternalKeyConfigParam,
    )
    from ._params.base64_image_source_param import Base64ImageSourceParam as Base64ImageSourceParam
    from ._params.base64_pdf_source_param import Base64PDFSourceParam as Base64PDFSourceParam
    from ._params.bash_code_execution_output_block_param import (
        BashCodeExecutionOutputBlockParam as BashCodeExecutionOutputBlockParam,
    )
    from ._params.bash_code_execution_result_block_param import (
        BashCodeExecutionResultBlockParam as BashCodeExecutionResultBlockParam,
    )
    from ._params.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam as BashCodeExecutionToolResultBlockParam,
    )
    from ._params.bash_code_execution_tool_result_content_param import (
        BashCodeExecutionToolResultContentParam as BashCodeExecutionToolResultContentParam,
    )
    from ._params.bash_code_execution_tool_result_error_code_param import (
        BashCodeExecutionToolResultErrorCodeParam as BashCodeExecutionToolResultErrorCodeParam,
    )
    from ._params.bash_code_execution_tool_result_error_param import (
        BashCodeExecutionToolResultErrorParam as BashCodeExecutionToolResultErrorParam,
    )
    from ._params.batch_create_params import BatchCreateParams as BatchCreateParams
    from ._params.batch_list_params import BatchListParams as BatchListParams
    from ._params.batch_request_param import BatchRequestParam as BatchRequestParam
    from ._params.bedrock_agent_list_params import BedrockAgentListParams as BedrockAgentListParams
    from ._params.bedrock_agent_retrieve_params import (
        BedrockAgentRetrieveParams as BedrockAgentRetrieveParams,
    )
    from ._params.bedrock_event_list_params import BedrockEventListParams as BedrockEventListParams
    from ._params.bedrock_event_stream_params import (
        BedrockEventStreamParams as BedrockEventStreamParams,
    )
    from ._params.bedrock_memory_delete_params import (
        BedrockMemoryDeleteParams as BedrockMemoryDeleteParams,
    )
    from ._params.bedrock_memory_list_params import (
        BedrockMemoryListParams as BedrockMemoryListParams,
    )
    from ._params.bedrock_memory_retrieve_params import (
        BedrockMemoryRetrieveParams as BedrockMemoryRetrieveParams,
    )
    from ._params.bedrock_memory_store_list_params import (
        BedrockMemoryStoreListParams as BedrockMemoryStoreListParams,
    )
    from ._params.bedrock_memory_version_list_params import (
        BedrockMemoryVersionListParams as BedrockMemoryVersionListParams,
    )
    from ._params.bedrock_memory_version_retrieve_params import (
        BedrockMemoryVersionRetrieveParams as BedrockMemoryVersionRetrieveParams,
    )
    from ._params.bedrock_session_list_params import (
        BedrockSessionListParams as BedrockSessionListParams,
    )
    from ._params.bedrock_sessions_event_list_params import (
        BedrockSessionsEventListParams as BedrockSessionsEventListParams,
    )
    from ._params.bedrock_sessions_event_stream_params import (
        BedrockSessionsEventStreamParams as BedrockSessionsEventStreamParams,
    )
    from ._params.bedrock_thread_list_params import (
        BedrockThreadListParams as BedrockThreadListParams,
    )
    from ._params.bedrock_version_list_params import (
        BedrockVersionListParams as BedrockVersionListParams,
    )
    from ._params.beta_action_url_create_params import (
        BetaActionURLCreateParams as BetaActionURLCreateParams,
    )
    from ._params.beta_api_key_list_params import BetaApiKeyListParams as BetaApiKeyListParams
    from ._params.beta_api_key_update_params import BetaAPIKeyUpdateParams as BetaAPIKeyUpdateParams
    from ._params.beta_artifact_list_params import BetaArtifactListParams as BetaArtifactListParams
    from ._params.beta_batch_create_params import BetaBatchCreateParams as BetaBatchCreateParams
    from ._params.beta_batch_list_params import BetaBatchListParams as BetaBatchListParams
    from ._params.beta_batch_request_param import BetaBatchRequestParam as BetaBatchRequestParam
    from ._params.beta_completion_create_params import (
        BetaCompletionCreateParams as BetaCompletionCreateParams,
    )
    from ._params.beta_completion_create_params_base import (
        BetaCompletionCreateParamsBase as BetaCompletionCreateParamsBase,
    )
    from ._params.beta_completion_create_params_non_streaming import (
        BetaCompletionCreateParamsNonStreaming as BetaCompletionCreateParamsNonStreaming,
    )
    from ._params.beta_completion_create_params_streaming import (
        BetaCompletionCreateParamsStreaming as BetaCompletionCreateParamsStreaming,
    )
    from ._params.beta_compliance_setting_update_params import (
        BetaComplianceSettingUpdateParams as BetaComplianceSettingUpdateParams,
    )
    from ._params.beta_connector_list_params import (
        BetaConnectorListParams as BetaConnectorListParams,
    )
    from ._params.beta_effective_list_params import (
        BetaEffectiveListParams as BetaEffectiveListParams,
    )
    from ._params.beta_external_key_create_params import (
        BetaExternalKeyCreateParams as BetaExternalKeyCreateParams,
    )
    from ._params.beta_external_key_list_params import (
        BetaExternalKeyListParams as BetaExternalKeyListParams,
    )
    from ._params.beta_external_key_update_params import (
        BetaExternalKeyUpdateParams as BetaExternalKeyUpdateParams,
    )
    from ._params.beta_federation_rule_workspace_add_params import (
        BetaFederationRuleWorkspaceAddParams as BetaFederationRuleWorkspaceAddParams,
    )
    from ._params.beta_file_list_params import BetaFileListParams as BetaFileListParams
    from ._params.beta_file_upload_params import BetaFileUploadParams as BetaFileUploadParams
    from ._params.beta_increase_request_approve_params import (
        BetaIncreaseRequestApproveParams as BetaIncreaseRequestApproveParams,
    )
    from ._params.beta_increase_request_deny_params import (
        BetaIncreaseRequestDenyParams as BetaIncreaseRequestDenyParams,
    )
    from ._params.beta_increase_request_list_params import (
        BetaIncreaseRequestListParams as BetaIncreaseRequestListParams,
    )
    from ._params.beta_invite_create_params import BetaInviteCreateParams as BetaInviteCreateParams
    from ._params.beta_invite_list_params import BetaInviteListParams as BetaInviteListParams
    from ._params.beta_issuer_create_params import BetaIssuerCreateParams as BetaIssuerCreateParams
    from ._params.beta_issuer_list_params import BetaIssuerListParams as BetaIssuerListParams
    from ._params.beta_issuer_update_params import BetaIssuerUpdateParams as BetaIssuerUpdateParams
    from ._params.beta_member_list_params import BetaMemberListParams as BetaMemberListParams
    from ._params.beta_message_count_tokens_params import (
        BetaMessageCountTokensParams as BetaMessageCountTokensParams,
    )
    from ._params.beta_message_create_params import (
        BetaMessageCreateParams as BetaMessageCreateParams,
    )
    from ._params.beta_message_create_params_base import (
        BetaMessageCreateParamsBase as BetaMessageCreateParamsBase,
    )
    from ._params.beta_message_create_params_non_streaming import (
        BetaMessageCreateParamsNonStreaming as BetaMessageCreateParamsNonStreaming,
    )
    from ._params.beta_message_create_params_streaming import (
        BetaMessageCreateParamsStreaming as BetaMessageCreateParamsStreaming,
    )
    from ._params.beta_model_list_params import BetaModelListParams as BetaModelListParams
    from ._params.beta_organization_analytics_plugin_list_params import (
        BetaOrganizationAnalyticsPluginListParams as BetaOrganizationAnalyticsPluginListParams,
    )
    from ._params.beta_organization_analytics_skill_list_params import (
        BetaOrganizationAnalyticsSkillListParams as BetaOrganizationAnalyticsSkillListParams,
    )
    from ._params.beta_organization_analytics_user_list_params import (
        BetaOrganizationAnalyticsUserListParams as BetaOrganizationAnalyticsUserListParams,
    )
    from ._params.beta_organization_federation_rules_workspace_list_params import (
        BetaOrganizationFederationRulesWorkspaceListParams as BetaOrganizationFederationRulesWorkspaceListParams,
    )
    from ._params.beta_organization_rate_limit_list_params import (
        BetaOrganizationRateLimitListParams as BetaOrganizationRateLimitListParams,
    )
    from ._params.beta_organization_rbac_groups_member_list_params import (
        BetaOrganizationRbacGroupsMemberListParams as BetaOrganizationRbacGroupsMemberListParams,
    )
    from ._params.beta_organization_service_account_list_params import (
        BetaOrganizationServiceAccountListParams as BetaOrganizationServiceAccountListParams,
    )
    from ._params.beta_organization_service_accounts_workspace_list_params import (
        BetaOrganizationServiceAccountsWorkspaceListParams as BetaOrganizationServiceAccountsWorkspaceListParams,
    )
    from ._params.beta_permission_list_params import (
        BetaPermissionListParams as BetaPermissionListParams,
    )
    from ._params.beta_project_list_params import BetaProjectListParams as BetaProjectListParams
    from ._params.beta_rate_limit_list_params import (
        BetaRateLimitListParams as BetaRateLimitListParams,
    )
    from ._params.beta_rbac_group_create_params import (
        BetaRBACGroupCreateParams as BetaRBACGroupCreateParams,
    )
    from ._params.beta_rbac_group_list_params import (
        BetaRbacGroupListParams as BetaRbacGroupListParams,
    )
    from ._params.beta_rbac_group_member_add_params import (
        BetaRBACGroupMemberAddParams as BetaRBACGroupMemberAddParams,
    )
    from ._params.beta_rbac_group_update_params import (
        BetaRBACGroupUpdateParams as BetaRBACGroupUpdateParams,
    )
    from ._params.beta_rbac_role_list_params import BetaRbacRoleListParams as BetaRbacRoleListParams
    from ._params.beta_rule_create_params import BetaRuleCreateParams as BetaRuleCreateParams
    from ._params.beta_rule_list_params import BetaRuleListParams as BetaRuleListParams
    from ._params.beta_rule_update_params import BetaRuleUpdateParams as BetaRuleUpdateParams
    from ._params.beta_service_account_create_params import (
        BetaServiceAccountCreateParams as BetaServiceAccountCreateParams,
    )
    from ._params.beta_service_account_list_params import (
        BetaServiceAccountListParams as BetaServiceAccountListParams,
    )
    from ._params.beta_service_account_update_params import (
        BetaServiceAccountUpdateParams as BetaServiceAccountUpdateParams,
    )
    from ._params.beta_service_account_workspace_add_params import (
        BetaServiceAccountWorkspaceAddParams as BetaServiceAccountWorkspaceAddParams,
    )
    from ._params.beta_skill_create_params import BetaSkillCreateParams as BetaSkillCreateParams
    from ._params.beta_skill_list_params import BetaSkillListParams as BetaSkillListParams
    from ._params.beta_skill_version_create_params import (
        BetaSkillVersionCreateParams as BetaSkillVersionCreateParams,
    )
    from ._params.beta_summary_list_params import BetaSummaryListParams as BetaSummaryListParams
    from ._params.beta_user_list_params import BetaUserListParams as BetaUserListParams
    from ._params.beta_user_profile_create_params import (
        BetaUserProfileCreateParams as BetaUserProfileCreateParams,
    )
    from ._params.beta_user_profile_list_params import (
        BetaUserProfileListParams as BetaUserProfileListParams,
    )
    from ._params.beta_user_profile_update_params import (
        BetaUserProfileUpdateParams as BetaUserProfileUpdateParams,
    )
    from ._params.beta_user_update_params import BetaUserUpdateParams as BetaUserUpdateParams
    from ._params.beta_version_list_params import BetaVersionListParams as BetaVersionListParams
    from ._params.beta_workspace_create_params import (
        BetaWorkspaceCreateParams as BetaWorkspaceCreateParams,
    )
    from ._params.beta_workspace_list_params import (
        BetaWorkspaceListParams as BetaWorkspaceListParams,
    )
    from ._params.beta_workspace_member_add_params import (
        BetaWorkspaceMemberAddParams as BetaWorkspaceMemberAddParams,
    )
    from ._params.beta_workspace_member_update_params import (
        BetaWorkspaceMemberUpdateParams as BetaWorkspaceMemberUpdateParams,
    )
    from ._params.beta_workspace_rate_limit_update_params import (
        BetaWorkspaceRateLimitUpdateParams as BetaWorkspaceRateLimitUpdateParams,
    )
    from ._params.beta_workspace_service_account_add_params import (
        BetaWorkspaceServiceAccountAddParams as BetaWorkspaceServiceAccountAddParams,
    )
    from ._params.beta_workspace_service_account_update_params import (
        BetaWorkspaceServiceAccountUpdateParams as BetaWorkspaceServiceAccountUpdateParams,
    )
    from ._params.beta_workspace_update_params import (
        BetaWorkspaceUpdateParams as BetaWorkspaceUpdateParams,
    )
    from ._params.bill_to_param import BillToParam as BillTo  # noqa: F401
    from ._params.bill_to_param import BillToParam as BillToParam
    from ._params.billing_policy_param import BillingPolicyParam as BillingPolicyParam
    from ._params.browser_close_tab_config_param import (
        BrowserCloseTabConfigParam as BrowserCloseTabConfigParam,
    )
    from ._params.browser_double_click_config_param import (
        BrowserDoubleClickConfigParam as BrowserDoubleClickConfigParam,
    )
    from ._params.browser_file_upload_config_param import (
        BrowserFileUploadConfigParam as BrowserFileUploadConfigParam,
    )
    from ._params.browser_find_config_param import BrowserFindConfigParam as BrowserFindConfigParam
    from ._params.browser_form_input_config_param import (
        BrowserFormInputConfigParam as BrowserFormInputConfigParam,
    )
    from ._params.browser_get_page_text_config_param import (
        BrowserGetPageTextConfigParam as BrowserGetPageTextConfigParam,
    )
    from ._params.browser_hold_key_config_param import (
        BrowserHoldKeyConfigParam as BrowserHoldKeyConfigParam,
    )
    from ._params.browser_hover_config_param import (
        BrowserHoverConfigParam as BrowserHoverConfigParam,
    )
    from ._params.browser_javascript_exec_config_param import (
        BrowserJavascriptExecConfigParam as BrowserJavascriptExecConfigParam,
    )
    from ._params.browser_key_config_param import BrowserKeyConfigParam as BrowserKeyConfigParam
    from ._params.browser_left_click_config_param import (
        BrowserLeftClickConfigParam as BrowserLeftClickConfigParam,
    )
    from ._params.browser_left_click_drag_config_param import (
        BrowserLeftClickDragConfigParam as BrowserLeftClickDragConfigParam,
    )
    from ._params.browser_left_mouse_down_config_param import (
        BrowserLeftMouseDownConfigParam as BrowserLeftMouseDownConfigParam,
    )
    from ._params.browser_left_mouse_up_config_param import (
        BrowserLeftMouseUpConfigParam as BrowserLeftMouseUpConfigParam,
    )
    from ._params.browser_list_tabs_config_param import (
        BrowserListTabsConfigParam as BrowserListTabsConfigParam,
    )
    from ._params.browser_middle_click_config_param import (
        BrowserMiddleClickConfigParam as BrowserMiddleClickConfigParam,
    )
    from ._params.browser_mouse_move_config_param import (
        BrowserMouseMoveConfigParam as BrowserMouseMoveConfigParam,
    )
    from ._params.browser_navigate_config_param import (
        BrowserNavigateConfigParam as BrowserNavigateConfigParam,
    )
    from ._params.browser_new_tab_config_param import (
        BrowserNewTabConfigParam as BrowserNewTabConfigParam,
    )
    from ._params.browser_read_console_config_param import (
        BrowserReadConsoleConfigParam as BrowserReadConsoleConfigParam,
    )
    from ._params.browser_read_network_config_param import (
        BrowserReadNetworkConfigParam as BrowserReadNetworkConfigParam,
    )
    from ._params.browser_read_page_config_param import (
        BrowserReadPageConfigParam as BrowserReadPageConfigParam,
    )
    from ._params.browser_right_click_config_param import (
        BrowserRightClickConfigParam as BrowserRightClickConfigParam,
    )
    from ._params.browser_screenshot_config_param import (
        BrowserScreenshotConfigParam as BrowserScreenshotConfigParam,
    )
    from ._params.browser_scroll_config_param import (
        BrowserScrollConfigParam as BrowserScrollConfigParam,
    )
    from ._params.browser_scroll_to_config_param import (
        BrowserScrollToConfigParam as BrowserScrollToConfigParam,
    )
    from ._params.browser_state_block_param import BrowserStateBlockParam as BrowserStateBlockParam
    from ._params.browser_state_change_download_completed_param import (
        BrowserStateChangeDownloadCompletedParam as BrowserStateChangeDownloadCompletedParam,
    )
    from ._params.browser_state_change_download_failed_param import (
        BrowserStateChangeDownloadFailedParam as BrowserStateChangeDownloadFailedParam,
    )
    from ._params.browser_state_change_download_started_param import (
        BrowserStateChangeDownloadStartedParam as BrowserStateChangeDownloadStartedParam,
    )
    from ._params.browser_state_change_param import (
        BrowserStateChangeParam as BrowserStateChangeParam,
    )
    from ._params.browser_state_change_tab_opened_param import (
        BrowserStateChangeTabOpenedParam as BrowserStateChangeTabOpenedParam,
    )
    from ._params.browser_state_tab_entry_param import (
        BrowserStateTabEntryParam as BrowserStateTabEntryParam,
    )
    from ._params.browser_switch_tab_config_param import (
        BrowserSwitchTabConfigParam as BrowserSwitchTabConfigParam,
    )
    from ._params.browser_toolset20260801_param import (
        BrowserToolset20260801Param as BrowserToolset20260801Param,
    )
    from ._params.browser_toolset_configs_param import (
        BrowserToolsetConfigsParam as BrowserToolsetConfigsParam,
    )
    from ._params.browser_triple_click_config_param import (
        BrowserTripleClickConfigParam as BrowserTripleClickConfigParam,
    )
    from ._params.browser_type_config_param import BrowserTypeConfigParam as BrowserTypeConfigParam
    from ._params.browser_wait_config_param import BrowserWaitConfigParam as BrowserWaitConfigParam
    from ._params.browser_zoom_config_param import BrowserZoomConfigParam as BrowserZoomConfigParam
    from ._params.bundle_list_params import BundleListParams as BundleListParams
    from ._params.cache_control_ephemeral_param import (
        CacheControlEphemeralParam as CacheControlEphemeralParam,
    )
    from ._params.case_list_params import CaseListParams as CaseListParams
    from ._params.certificate_create_params import (
        CertificateCreateParams as CertificateCreateParams,
    )
    from ._params.certificate_list_params import CertificateListParams as CertificateListParams
    from ._params.citation_char_location_param import (
        CitationCharLocationParam as CitationCharLocationParam,
    )
    from ._params.citation_content_block_location_param import (
        CitationContentBlockLocationParam as CitationContentBlockLocationParam,
    )
    from ._params.citation_page_location_param import (
        CitationPageLocationParam as CitationPageLocationParam,
    )
    from ._params.citation_search_result_location_param import (
        CitationSearchResultLocationParam as CitationSearchResultLocationParam,
    )
    from ._params.citation_web_search_result_location_param import (
        CitationWebSearchResultLocationParam as CitationWebSearchResultLocationParam,
    )
    from ._params.citations_config_param import CitationsConfigParam as CitationsConfigParam
    from ._params.citations_config_param import CitationsConfigParam as CitationsConfigParamParam  # noqa: F401
    from ._params.claude_code_managed_settings_configuration_update_params import (
        ClaudeCodeManagedSettingsConfigurationUpdateParams as ClaudeCodeManagedSettingsConfigurationUpdateParams,
    )
    from ._params.claude_code_managed_settings_mode_param import (
        ClaudeCodeManagedSettingsModeParam as ClaudeCodeManagedSettingsModeParam,
    )
    from ._params.claude_code_managed_settings_organization_mode_param import (
        ClaudeCodeManagedSettingsOrganizationModeParam as ClaudeCodeManagedSettingsOrganizationModeParam,
    )
    from ._params.claude_code_managed_settings_rbac_groups_mode_param import (
        ClaudeCodeManagedSettingsRBACGroupsModeParam as ClaudeCodeManagedSettingsRBACGroupsModeParam,
    )
    from ._params.claude_code_rbac_group_default_managed_settings_update_params import (
        ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams as ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams,
    )
    from ._params.claude_code_rbac_group_managed_settings_set_params import (
        ClaudeCodeRBACGroupManagedSettingsSetParams as ClaudeCodeRBACGroupManagedSettingsSetParams,
    )
    from ._params.claude_tag_bundle_target_create_param import (
        ClaudeTagBundleTargetCreateParam as ClaudeTagBundleTargetCreateParam,
    )
    from ._params.claude_tag_bundle_update_params import (
        ClaudeTagBundleUpdateParams as ClaudeTagBundleUpdateParams,
    )
    from ._params.claude_tag_guest_policy_allow_param import (
        ClaudeTagGuestPolicyAllowParam as ClaudeTagGuestPolicyAllowParam,
    )
    from ._params.claude_tag_guest_policy_channel_only_param import (
        ClaudeTagGuestPolicyChannelOnlyParam as ClaudeTagGuestPolicyChannelOnlyParam,
    )
    from ._params.claude_tag_guest_policy_param import (
        ClaudeTagGuestPolicyParam as ClaudeTagGuestPolicyParam,
    )
    from ._params.claude_tag_guest_policy_restrict_param import (
        ClaudeTagGuestPolicyRestrictParam as ClaudeTagGuestPolicyRestrictParam,
    )
    from ._params.claude_tag_reply_mode_always_awake_param import (
        ClaudeTagReplyModeAlwaysAwakeParam as ClaudeTagReplyModeAlwaysAwakeParam,
    )
    from ._params.claude_tag_reply_mode_automatic_param import (
        ClaudeTagReplyModeAutomaticParam as ClaudeTagReplyModeAutomaticParam,
    )
    from ._params.claude_tag_reply_mode_mention_only_param import (
        ClaudeTagReplyModeMentionOnlyParam as ClaudeTagReplyModeMentionOnlyParam,
    )
    from ._params.claude_tag_reply_mode_param import (
        ClaudeTagReplyModeParam as ClaudeTagReplyModeParam,
    )
    from ._params.claude_tag_reply_mode_thread_param import (
        ClaudeTagReplyModeThreadParam as ClaudeTagReplyModeThreadParam,
    )
    from ._params.claude_tag_settings_create_param import (
        ClaudeTagSettingsCreateParam as ClaudeTagSettingsCreateParam,
    )
    from ._params.claude_tag_settings_update_param import (
        ClaudeTagSettingsUpdateParam as ClaudeTagSettingsUpdateParam,
    )
    from ._params.claude_tag_slack_channel_bundle_target_create_param import (
        ClaudeTagSlackChannelBundleTargetCreateParam as ClaudeTagSlackChannelBundleTargetCreateParam,
    )
    from ._params.claude_tag_slack_channel_create_params import (
        ClaudeTagSlackChannelCreateParams as ClaudeTagSlackChannelCreateParams,
    )
    from ._params.claude_tag_slack_channel_identifiers_param import (
        ClaudeTagSlackChannelIdentifiersParam as ClaudeTagSlackChannelIdentifiersParam,
    )
    from ._params.claude_tag_slack_channel_update_params import (
        ClaudeTagSlackChannelUpdateParams as ClaudeTagSlackChannelUpdateParams,
    )
    from ._params.claude_tag_slack_workspace_bundle_target_create_param import (
        ClaudeTagSlackWorkspaceBundleTargetCreateParam as ClaudeTagSlackWorkspaceBundleTargetCreateParam,
    )
    from ._params.claude_tag_slack_workspace_update_params import (
        ClaudeTagSlackWorkspaceUpdateParams as ClaudeTagSlackWorkspaceUpdateParams,
    )
    from ._params.clear_thinking20251015_edit_param import (
        ClearThinking20251015EditParam as ClearThinking20251015EditParam,
    )
    from ._params.clear_thinking_keep_param import ClearThinkingKeepParam as ClearThinkingKeepParam
    from ._params.clear_tool_uses20250919_edit_param import (
        ClearToolUses20250919EditParam as ClearToolUses20250919EditParam,
    )
    from ._params.clear_tool_uses_trigger_param import (
        ClearToolUsesTriggerParam as ClearToolUsesTriggerParam,
    )
    from ._params.cloud_config_params import CloudConfigParams as CloudConfigParams
    from ._params.cloud_networking_params import CloudNetworkingParams as CloudNetworkingParams
    from ._params.code_execution_output_block_param import (
        CodeExecutionOutputBlockParam as CodeExecutionOutputBlockParam,
    )
    from ._params.code_execution_result_block_param import (
        CodeExecutionResultBlockParam as CodeExecutionResultBlockParam,
    )
    from ._params.code_execution_tool20250522_param import (
        CodeExecutionTool20250522Param as CodeExecutionTool20250522Param,
    )
    from ._params.code_execution_tool20250825_param import (
        CodeExecutionTool20250825Param as CodeExecutionTool20250825Param,
    )
    from ._params.code_execution_tool20260120_param import (
        CodeExecutionTool20260120Param as CodeExecutionTool20260120Param,
    )
    from ._params.code_execution_tool20260521_param import (
        CodeExecutionTool20260521Param as CodeExecutionTool20260521Param,
    )
    from ._params.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam as CodeExecutionToolResultBlockParam,
    )
    from ._params.code_execution_tool_result_content_param import (
        CodeExecutionToolResultContentParam as CodeExecutionToolResultBlockParamContentParam,  # noqa: F401
    )
    from ._params.code_execution_tool_result_content_param import (
        CodeExecutionToolResultContentParam as CodeExecutionToolResultContentParam,
    )
    from ._params.code_execution_tool_result_error_code_param import (
        CodeExecutionToolResultErrorCodeParam as CodeExecutionToolResultErrorCodeParam,
    )
    from ._params.code_execution_tool_result_error_param import (
        CodeExecutionToolResultErrorParam as CodeExecutionToolResultErrorParam,
    )
    from ._params.compact20260112_edit_param import (
        Compact20260112EditParam as Compact20260112EditParam,
    )
    from ._params.compaction_block_param import CompactionBlockParam as CompactionBlockParam
    from ._params.compaction_config_param import CompactionConfigParam as CompactionConfigParam
    from ._params.compaction_tool_change_param import (
        CompactionToolChangeParam as CompactionToolChangeParam,
    )
    from ._params.completion_create_params import CompletionCreateParams as CompletionCreateParams
    from ._params.completion_create_params_base import (
        CompletionCreateParamsBase as CompletionCreateParamsBase,
    )
    from ._params.completion_create_params_non_streaming import (
        CompletionCreateParamsNonStreaming as CompletionCreateParamsNonStreaming,
    )
    from ._params.completion_create_params_streaming import (
        CompletionCreateParamsStreaming as CompletionCreateParamsStreaming,
    )
    from ._params.compliance_review_case_order_by_param import (
        ComplianceReviewCaseOrderByParam as ComplianceReviewCaseOrderBy,  # noqa: F401
    )
    from ._params.compliance_review_case_order_by_param import (
        ComplianceReviewCaseOrderByParam as ComplianceReviewCaseOrderByParam,
    )
    from ._params.compliance_review_case_respond_params import (
        ComplianceReviewCaseRespondParams as ComplianceReviewCaseRespondParams,
    )
    from ._params.compliance_review_case_status_filter_param import (
        ComplianceReviewCaseStatusFilterParam as ComplianceReviewCaseStatusFilter,  # noqa: F401
    )
    from ._params.compliance_review_case_status_filter_param import (
        ComplianceReviewCaseStatusFilterParam as ComplianceReviewCaseStatusFilterParam,
    )
    from ._params.compliance_review_determination_param import (
        ComplianceReviewDeterminationParam as ComplianceReviewDetermination,  # noqa: F401
    )
    from ._params.compliance_review_determination_param import (
        ComplianceReviewDeterminationParam as ComplianceReviewDeterminationParam,
    )
    from ._params.compliance_review_order_param import (
        ComplianceReviewOrderParam as ComplianceReviewOrder,  # noqa: F401
    )
    from ._params.compliance_review_order_param import (
        ComplianceReviewOrderParam as ComplianceReviewOrderParam,
    )
    from ._params.compliance_review_verdict_param import (
        ComplianceReviewVerdictParam as ComplianceReviewVerdictParam,
    )
    from ._params.compliance_review_violated_policy_category_param import (
        ComplianceReviewViolatedPolicyCategoryParam as ComplianceReviewViolatedPolicyCategory,  # noqa: F401
    )
    from ._params.compliance_review_violated_policy_category_param import (
        ComplianceReviewViolatedPolicyCategoryParam as ComplianceReviewViolatedPolicyCategoryParam,
    )
    from ._params.compliance_setting_update_params import (
        ComplianceSettingUpdateParams as ComplianceSettingUpdateParams,
    )
    from ._params.compliance_settings_state_disabled_param import (
        ComplianceSettingsStateDisabledParam as ComplianceSettingsStateDisabledParam,
    )
    from ._params.compliance_settings_state_enabled_param import (
        ComplianceSettingsStateEnabledParam as ComplianceSettingsStateEnabledParam,
    )
    from ._params.compliance_settings_state_param import (
        ComplianceSettingsStateParam as ComplianceSettingsStateParam,
    )
    from ._params.computer_cursor_position_config_param import (
        ComputerCursorPositionConfigParam as ComputerCursorPositionConfigParam,
    )
    from ._params.computer_double_click_config_param import (
        ComputerDoubleClickConfigParam as ComputerDoubleClickConfigParam,
    )
    from ._params.computer_hold_key_config_param import (
        ComputerHoldKeyConfigParam as ComputerHoldKeyConfigParam,
    )
    from ._params.computer_key_config_param import ComputerKeyConfigParam as ComputerKeyConfigParam
    from ._params.computer_left_click_config_param import (
        ComputerLeftClickConfigParam as ComputerLeftClickConfigParam,
    )
    from ._params.computer_left_click_drag_config_param import (
        ComputerLeftClickDragConfigParam as ComputerLeftClickDragConfigParam,
    )
    from ._params.computer_left_mouse_down_config_param import (
        ComputerLeftMouseDownConfigParam as ComputerLeftMouseDownConfigParam,
    )
    from ._params.computer_left_mouse_up_config_param import (
        ComputerLeftMouseUpConfigParam as ComputerLeftMouseUpConfigParam,
    )
    from ._params.computer_middle_click_config_param import (
        ComputerMiddleClickConfigParam as ComputerMiddleClickConfigParam,
    )
    from ._params.computer_mouse_move_config_param import (
        ComputerMouseMoveConfigParam as ComputerMouseMoveConfigParam,
    )
    from ._params.computer_right_click_config_param import (
        ComputerRightClickConfigParam as ComputerRightClickConfigParam,
    )
    from ._params.computer_screenshot_config_param import (
        ComputerScreenshotConfigParam as ComputerScreenshotConfigParam,
    )
    from ._params.computer_scroll_config_param import (
        ComputerScrollConfigParam as ComputerScrollConfigParam,
    )
    from ._params.computer_toolset20260801_param import (
        ComputerToolset20260801Param as ComputerToolset20260801Param,
    )
    from ._params.computer_toolset_configs_param import (
        ComputerToolsetConfigsParam as ComputerToolsetConfigsParam,
    )
    from ._params.computer_triple_click_config_param import (
        ComputerTripleClickConfigParam as ComputerTripleClickConfigParam,
    )
    from ._params.computer_type_config_param import (
        ComputerTypeConfigParam as ComputerTypeConfigParam,
    )
    from ._params.computer_wait_config_param import (
        ComputerWaitConfigParam as ComputerWaitConfigParam,
    )
    from ._params.computer_zoom_config_param import (
        ComputerZoomConfigParam as ComputerZoomConfigParam,
    )
    from ._params.connector_list_params import ConnectorListParams as ConnectorListParams
    from ._params.container_param import ContainerParam as ContainerParam
    from ._params.container_param import ContainerParam as ContainerParams  # noqa: F401
    from ._params.container_param import ContainerParam as MessageCreateParamsContainerParam  # noqa: F401
    from ._params.container_skill_param import ContainerSkillParam as ContainerSkillParam
    from ._params.container_skill_param import ContainerSkillParam as SkillParams  # noqa: F401
    from ._params.container_upload_block_param import (
        ContainerUploadBlockParam as ContainerUploadBlockParam,
    )
    from ._params.content_block_param import ContentBlockParam as ContentBlockParam
    from ._params.content_block_source_content_param import (
        ContentBlockSourceContentParam as ContentBlockSourceContentParam,
    )
    from ._params.content_block_source_param import (
        ContentBlockSourceParam as ContentBlockSourceParam,
    )
    from ._params.context_management_config_param import (
        ContextManagementConfigParam as ContextManagementConfigParam,
    )
    from ._params.context_management_edit_param import (
        ContextManagementEditParam as ContextManagementEditParam,
    )
    from ._params.cost_list_params import CostListParams as CostListParams
    from ._params.cost_report_list_params import CostReportListParams as CostReportListParams
    from ._params.credential_create_params import CredentialCreateParams as CredentialCreateParams
    from ._params.credential_list_params import CredentialListParams as CredentialListParams
    from ._params.credential_update_params import CredentialUpdateParams as CredentialUpdateParams
    from ._params.currency_param import CurrencyParam as CurrencyParam
    from ._params.data_control_update_params import (
        DataControlUpdateParams as DataControlUpdateParams,
    )
    from ._params.data_residency_create_config_param import (
        DataResidencyCreateConfigParam as DataResidencyCreateConfigParam,
    )
    from ._params.data_residency_update_config_param import (
        DataResidencyUpdateConfigParam as DataResidencyUpdateConfigParam,
    )
    from ._params.deployment_list_params import DeploymentListParams as DeploymentListParams
    from ._params.deployment_run_list_params import (
        DeploymentRunListParams as DeploymentRunListParams,
    )
    from ._params.diagnostics_param import DiagnosticsParam as DiagnosticsParam
    from ._params.direct_caller_param import DirectCallerParam as DirectCallerParam
    from ._params.document_block_param import DocumentBlockParam as DocumentBlockParam
    from ._params.document_block_param import DocumentBlockParam as RequestDocumentBlockParam  # noqa: F401
    from ._params.document_source_param import DocumentSourceParam as DocumentSourceParam
    from ._params.dream_create_params import DreamCreateParams as DreamCreateParams
    from ._params.dream_input_param import DreamInputParam as DreamInputParam
    from ._params.dream_list_params import DreamListParams as DreamListParams
    from ._params.dream_memory_store_input_param import (
        DreamMemoryStoreInputParam as DreamMemoryStoreInputParam,
    )
    from ._params.dream_model_config_params import DreamModelConfigParams as DreamModelConfigParams
    from ._params.dream_model_params import DreamModelParams as DreamModelParams
    from ._params.dream_sessions_input_param import (
        DreamSessionsInputParam as DreamSessionsInputParam,
    )
    from ._params.dream_status_param import DreamStatusParam as DreamStatusParam
    from ._params.effective_list_params import EffectiveListParams as EffectiveListParams
    from ._params.effort_level_param import EffortLevelParam as EffortLevel  # noqa: F401
    from ._params.effort_level_param import EffortLevelParam as EffortLevelParam
    from ._params.encrypted_code_execution_result_block_param import (
        EncryptedCodeExecutionResultBlockParam as EncryptedCodeExecutionResultBlockParam,
    )
    from ._params.environment_config_params import (
        EnvironmentConfigParams as EnvironmentConfigParams,
    )
    from ._params.environment_list_params import EnvironmentListParams as EnvironmentListParams
    from ._params.event_list_params import EventListParams as EventListParams
    from ._params.event_stream_params import EventStreamParams as EventStreamParams
    from ._params.external_key_create_params import (
        ExternalKeyCreateParams as ExternalKeyCreateParams,
    )
    from ._params.external_key_list_params import ExternalKeyListParams as ExternalKeyListParams
    from ._params.external_key_provider_config_param import (
        ExternalKeyProviderConfigParam as ExternalKeyProviderConfigParam,
    )
    from ._params.external_key_update_params import (
        ExternalKeyUpdateParams as ExternalKeyUpdateParams,
    )
    from ._params.external_storage_create_params import (
        ExternalStorageCreateParams as ExternalStorageCreateParams,
    )
    from ._params.external_storage_list_params import (
        ExternalStorageListParams as ExternalStorageListParams,
    )
    from ._params.external_storage_member_param import (
        ExternalStorageMemberParam as ExternalStorageMemberParam,
    )
    from ._params.external_storage_provider_config_param import (
        ExternalStorageProviderConfigParam as ExternalStorageProviderConfigParam,
    )
    from ._params.external_storage_update_params import (
        ExternalStorageUpdateParams as ExternalStorageUpdateParams,
    )
    from ._params.fallback_block_param import FallbackBlockParam as FallbackBlockParam
    from ._params.fallback_config_param import FallbackConfigParam as FallbackConfigParam
    from ._params.fallback_credit_token import FallbackCreditToken as FallbackCreditToken
    from ._params.fallback_credit_token_param import (
        FallbackCreditTokenParam as FallbackCreditTokenParam,
    )
    from ._params.fallback_hop_info_param import FallbackHopInfoParam as FallbackHopInfoParam
    from ._params.fallbacks import Fallbacks as Fallbacks
    from ._params.federation_jwks_param import FederationJWKSParam as FederationJWKSParam
    from ._params.federation_rule_match_param import (
        FederationRuleMatchParam as FederationRuleMatchParam,
    )
    from ._params.federation_rule_workspace_add_params import (
        FederationRuleWorkspaceAddParams as FederationRuleWorkspaceAddParams,
    )
    from ._params.file_document_source_param import (
        FileDocumentSourceParam as FileDocumentSourceParam,
    )
    from ._params.file_image_source_param import FileImageSourceParam as FileImageSourceParam
    from ._params.file_list_params import FileListParams as FileListParams
    from ._params.file_upload_params import FileUploadParams as FileUploadParams
    from ._params.gcp_external_key_config_param import (
        GCPExternalKeyConfigParam as GCPExternalKeyConfigParam,
    )
    from ._params.gcp_external_storage_config_param import (
        GCPExternalStorageConfigParam as GCPExternalStorageConfigParam,
    )
    from ._params.google_managed_bucket_reference_param import (
        GoogleManagedBucketReferenceParam as GoogleManagedBucketReferenceParam,
    )
    from ._params.google_managed_cmek_control_params import (
        GoogleManagedCMEKControlParams as GoogleManagedCMEKControlParams,
    )
    from ._params.google_managed_cmek_disabled_params import (
        GoogleManagedCMEKDisabledParams as GoogleManagedCMEKDisabledParams,
    )
    from ._params.google_managed_cmek_enabled_params import (
        GoogleManagedCMEKEnabledParams as GoogleManagedCMEKEnabledParams,
    )
    from ._params.google_managed_data_controls_update_params import (
        GoogleManagedDataControlsUpdateParams as GoogleManagedDataControlsUpdateParams,
    )
    from ._params.google_managed_project_bucket_reference_param import (
        GoogleManagedProjectBucketReferenceParam as GoogleManagedProjectBucketReferenceParam,
    )
    from ._params.google_managed_project_cmek_control_param import (
        GoogleManagedProjectCMEKControlParam as GoogleManagedProjectCMEKControlParam,
    )
    from ._params.google_managed_project_cmek_disabled_param import (
        GoogleManagedProjectCMEKDisabledParam as GoogleManagedProjectCMEKDisabledParam,
    )
    from ._params.google_managed_project_cmek_enabled_param import (
        GoogleManagedProjectCMEKEnabledParam as GoogleManagedProjectCMEKEnabledParam,
    )
    from ._params.google_managed_project_storage_control_param import (
        GoogleManagedProjectStorageControlParam as GoogleManagedProjectStorageControlParam,
    )
    from ._params.google_managed_project_storage_disabled_param import (
        GoogleManagedProjectStorageDisabledParam as GoogleManagedProjectStorageDisabledParam,
    )
    from ._params.google_managed_project_storage_enabled_param import (
        GoogleManagedProjectStorageEnabledParam as GoogleManagedProjectStorageEnabledParam,
    )
    from ._params.google_managed_storage_control_params import (
        GoogleManagedStorageControlParams as GoogleManagedStorageControlParams,
    )
    from ._params.google_managed_storage_disabled_params import (
        GoogleManagedStorageDisabledParams as GoogleManagedStorageDisabledParams,
    )
    from ._params.google_managed_storage_enabled_params import (
        GoogleManagedStorageEnabledParams as GoogleManagedStorageEnabledParams,
    )
    from ._params.image_block_param import ImageBlockParam as ImageBlockParam
    from ._params.image_source_param import ImageSourceParam as ImageSourceParam
    from ._params.image_transformations_param import (
        ImageTransformationsParam as ImageTransformationsParam,
    )
    from ._params.increase_request_approve_params import (
        IncreaseRequestApproveParams as IncreaseRequestApproveParams,
    )
    from ._params.increase_request_deny_params import (
        IncreaseRequestDenyParams as IncreaseRequestDenyParams,
    )
    from ._params.increase_request_list_params import (
        IncreaseRequestListParams as IncreaseRequestListParams,
    )
    from ._params.inference_data_privacy_param import (
        InferenceDataPrivacyParam as InferenceDataPrivacyParam,
    )
    from ._params.input_tokens_clear_at_least_param import (
        InputTokensClearAtLeastParam as InputTokensClearAtLeastParam,
    )
    from ._params.input_tokens_trigger_param import (
        InputTokensTriggerParam as InputTokensTriggerParam,
    )
    from ._params.installation_setting_list_params import (
        InstallationSettingListParams as InstallationSettingListParams,
    )
    from ._params.internal_storage_param import InternalStorageParam as InternalStorageParam
    from ._params.invite_create_params import InviteCreateParams as InviteCreateParams
    from ._params.invite_list_params import InviteListParams as InviteListParams
    from ._params.issuer_create_params import IssuerCreateParams as IssuerCreateParams
    from ._params.issuer_list_params import IssuerListParams as IssuerListParams
    from ._params.issuer_update_params import IssuerUpdateParams as IssuerUpdateParams
    from ._params.json_output_format_param import JSONOutputFormatParam as JSONOutputFormatParam
    from ._params.jwks_discovery_param import JWKSDiscoveryParam as JWKSDiscoveryParam
    from ._params.jwks_explicit_url_param import JWKSExplicitURLParam as JWKSExplicitURLParam
    from ._params.jwks_inline_param import JWKSInlineParam as JWKSInlineParam
    from ._params.known_beta_param import KnownBetaParam as KnownBeta  # noqa: F401
    from ._params.known_beta_param import KnownBetaParam as KnownBetaParam
    from ._params.known_model_param import KnownModelParam as KnownModelParam
    from ._params.limited_network_params import LimitedNetworkParams as LimitedNetworkParams
    from ._params.managed_agents_add_session_resource_params import (
        ManagedAgentsAddSessionResourceParams as ManagedAgentsAddSessionResourceParams,
    )
    from ._params.managed_agents_advisor_params import (
        ManagedAgentsAdvisorParams as ManagedAgentsAdvisorParams,
    )
    from ._params.managed_agents_agent_params import (
        ManagedAgentsAgentParams as ManagedAgentsAgentParams,
    )
    from ._params.managed_agents_agent_tool_config_union_params import (
        ManagedAgentsAgentToolConfigUnionParams as ManagedAgentsAgentToolConfigUnionParams,
    )
    from ._params.managed_agents_agent_tool_params import (
        ManagedAgentsAgentToolParams as ManagedAgentsAgentToolParams,
    )
    from ._params.managed_agents_agent_toolset20260401_params import (
        ManagedAgentsAgentToolset20260401Params as ManagedAgentsAgentToolset20260401Params,
    )
    from ._params.managed_agents_agent_toolset_default_config_params import (
        ManagedAgentsAgentToolsetDefaultConfigParams as ManagedAgentsAgentToolsetDefaultConfigParams,
    )
    from ._params.managed_agents_agent_union_params import (
        ManagedAgentsAgentUnionParams as ManagedAgentsAgentUnionParams,
    )
    from ._params.managed_agents_agent_with_overrides_params import (
        ManagedAgentsAgentWithOverridesParams as ManagedAgentsAgentWithOverridesParams,
    )
    from ._params.managed_agents_always_allow_policy_param import (
        ManagedAgentsAlwaysAllowPolicyParam as ManagedAgentsAlwaysAllowPolicyParam,
    )
    from ._params.managed_agents_always_ask_policy_param import (
        ManagedAgentsAlwaysAskPolicyParam as ManagedAgentsAlwaysAskPolicyParam,
    )
    from ._params.managed_agents_anthropic_skill_params import (
        ManagedAgentsAnthropicSkillParams as ManagedAgentsAnthropicSkillParams,
    )
    from ._params.managed_agents_auto_policy_param import (
        ManagedAgentsAutoPolicyParam as ManagedAgentsAutoPolicyParam,
    )
    from ._params.managed_agents_aws_agent_core_gateway_mcp_server_param import (
        ManagedAgentsAWSAgentCoreGatewayMCPServerParam as ManagedAgentsAWSAgentCoreGatewayMCPServerParam,
    )
    from ._params.managed_agents_aws_role_execution_identity_params import (
        ManagedAgentsAWSRoleExecutionIdentityParams as ManagedAgentsAWSRoleExecutionIdentityParams,
    )
    from ._params.managed_agents_base64_document_source_param import (
        ManagedAgentsBase64DocumentSourceParam as ManagedAgentsBase64DocumentSourceParam,
    )
    from ._params.managed_agents_base64_image_source_param import (
        ManagedAgentsBase64ImageSourceParam as ManagedAgentsBase64ImageSourceParam,
    )
    from ._params.managed_agents_bash_tool_config_params import (
        ManagedAgentsBashToolConfigParams as ManagedAgentsBashToolConfigParams,
    )
    from ._params.managed_agents_bedrock_agent_tool_params import (
        ManagedAgentsBedrockAgentToolParams as ManagedAgentsBedrockAgentToolParams,
    )
    from ._params.managed_agents_bedrock_agent_with_overrides_params import (
        ManagedAgentsBedrockAgentWithOverridesParams as ManagedAgentsBedrockAgentWithOverridesParams,
    )
    from ._params.managed_agents_bedrock_create_agent_params import (
        ManagedAgentsBedrockCreateAgentParams as ManagedAgentsBedrockCreateAgentParams,
    )
    from ._params.managed_agents_bedrock_create_session_agent_params import (
        ManagedAgentsBedrockCreateSessionAgentParams as ManagedAgentsBedrockCreateSessionAgentParams,
    )
    from ._params.managed_agents_bedrock_create_session_params import (
        ManagedAgentsBedrockCreateSessionParams as ManagedAgentsBedrockCreateSessionParams,
    )
    from ._params.managed_agents_bedrock_document_block_param import (
        ManagedAgentsBedrockDocumentBlockParam as ManagedAgentsBedrockDocumentBlockParam,
    )
    from ._params.managed_agents_bedrock_document_source_param import (
        ManagedAgentsBedrockDocumentSourceParam as ManagedAgentsBedrockDocumentSourceParam,
    )
    from ._params.managed_agents_bedrock_event_params import (
        ManagedAgentsBedrockEventParams as ManagedAgentsBedrockEventParams,
    )
    from ._params.managed_agents_bedrock_image_block_param import (
        ManagedAgentsBedrockImageBlockParam as ManagedAgentsBedrockImageBlockParam,
    )
    from ._params.managed_agents_bedrock_mcp_elicitation_accept_param import (
        ManagedAgentsBedrockMCPElicitationAcceptParam as ManagedAgentsBedrockMCPElicitationAcceptParam,
    )
    from ._params.managed_agents_bedrock_mcp_elicitation_cancel_param import (
        ManagedAgentsBedrockMCPElicitationCancelParam as ManagedAgentsBedrockMCPElicitationCancelParam,
    )
    from ._params.managed_agents_bedrock_mcp_elicitation_decline_param import (
        ManagedAgentsBedrockMCPElicitationDeclineParam as ManagedAgentsBedrockMCPElicitationDeclineParam,
    )
    from ._params.managed_agents_bedrock_mcp_elicitation_response_param import (
        ManagedAgentsBedrockMCPElicitationResponseParam as ManagedAgentsBedrockMCPElicitationResponseParam,
    )
    from ._params.managed_agents_bedrock_model_config_params import (
        ManagedAgentsBedrockModelConfigParams as ManagedAgentsBedrockModelConfigParams,
    )
    from ._params.managed_agents_bedrock_model_params import (
        ManagedAgentsBedrockModelParams as ManagedAgentsBedrockModelParams,
    )
    from ._params.managed_agents_bedrock_multiagent_coordinator_params import (
        ManagedAgentsBedrockMultiagentCoordinatorParams as ManagedAgentsBedrockMultiagentCoordinatorParams,
    )
    from ._params.managed_agents_bedrock_multiagent_roster_entry_params import (
        ManagedAgentsBedrockMultiagentRosterEntryParams as ManagedAgentsBedrockMultiagentRosterEntryParams,
    )
    from ._params.managed_agents_bedrock_send_session_events_params import (
        ManagedAgentsBedrockSendSessionEventsParams as ManagedAgentsBedrockSendSessionEventsParams,
    )
    from ._params.managed_agents_bedrock_session_agent_update_param import (
        ManagedAgentsBedrockSessionAgentUpdateParam as ManagedAgentsBedrockSessionAgentUpdateParam,
    )
    from ._params.managed_agents_bedrock_session_event_type_param import (
        ManagedAgentsBedrockSessionEventTypeParam as ManagedAgentsBedrockSessionEventTypeParam,
    )
    from ._params.managed_agents_bedrock_session_resource_params import (
        ManagedAgentsBedrockSessionResourceParams as ManagedAgentsBedrockSessionResourceParams,
    )
    from ._params.managed_agents_bedrock_update_agent_params import (
        ManagedAgentsBedrockUpdateAgentParams as ManagedAgentsBedrockUpdateAgentParams,
    )
    from ._params.managed_agents_bedrock_update_session_params import (
        ManagedAgentsBedrockUpdateSessionParams as ManagedAgentsBedrockUpdateSessionParams,
    )
    from ._params.managed_agents_bedrock_user_content_block_param import (
        ManagedAgentsBedrockUserContentBlockParam as ManagedAgentsBedrockUserContentBlockParam,
    )
    from ._params.managed_agents_bedrock_user_mcp_elicitation_response_event_params import (
        ManagedAgentsBedrockUserMCPElicitationResponseEventParams as ManagedAgentsBedrockUserMCPElicitationResponseEventParams,
    )
    from ._params.managed_agents_bedrock_user_message_event_params import (
        ManagedAgentsBedrockUserMessageEventParams as ManagedAgentsBedrockUserMessageEventParams,
    )
    from ._params.managed_agents_branch_checkout_param import (
        ManagedAgentsBranchCheckoutParam as ManagedAgentsBranchCheckoutParam,
    )
    from ._params.managed_agents_budget_limit_param import (
        ManagedAgentsBudgetLimitParam as ManagedAgentsBudgetLimitParam,
    )
    from ._params.managed_agents_budget_param import (
        ManagedAgentsBudgetParam as ManagedAgentsBudgetParam,
    )
    from ._params.managed_agents_commit_checkout_param import (
        ManagedAgentsCommitCheckoutParam as ManagedAgentsCommitCheckoutParam,
    )
    from ._params.managed_agents_content_sha256_precondition_param import (
        ManagedAgentsContentSha256PreconditionParam as ManagedAgentsContentSha256Precondition,  # noqa: F401
    )
    from ._params.managed_agents_content_sha256_precondition_param import (
        ManagedAgentsContentSha256PreconditionParam as ManagedAgentsContentSha256PreconditionParam,
    )
    from ._params.managed_agents_create_agent_params import (
        ManagedAgentsCreateAgentParams as ManagedAgentsCreateAgentParams,
    )
    from ._params.managed_agents_create_deployment_params import (
        ManagedAgentsCreateDeploymentParams as ManagedAgentsCreateDeploymentParams,
    )
    from ._params.managed_agents_create_session_agent_union_params import (
        ManagedAgentsCreateSessionAgentUnionParams as ManagedAgentsCreateSessionAgentUnionParams,
    )
    from ._params.managed_agents_create_session_params import (
        ManagedAgentsCreateSessionParams as ManagedAgentsCreateSessionParams,
    )
    from ._params.managed_agents_credential_create_auth_param import (
        ManagedAgentsCredentialCreateAuthParam as ManagedAgentsCredentialCreateAuth,  # noqa: F401
    )
    from ._params.managed_agents_credential_create_auth_param import (
        ManagedAgentsCredentialCreateAuthParam as ManagedAgentsCredentialCreateAuthParam,
    )
    from ._params.managed_agents_credential_networking_params import (
        ManagedAgentsCredentialNetworkingParams as ManagedAgentsCredentialNetworkingParams,
    )
    from ._params.managed_agents_credential_update_auth_param import (
        ManagedAgentsCredentialUpdateAuthParam as ManagedAgentsCredentialUpdateAuth,  # noqa: F401
    )
    from ._params.managed_agents_credential_update_auth_param import (
        ManagedAgentsCredentialUpdateAuthParam as ManagedAgentsCredentialUpdateAuthParam,
    )
    from ._params.managed_agents_cron_schedule_params import (
        ManagedAgentsCronScheduleParams as ManagedAgentsCronScheduleParams,
    )
    from ._params.managed_agents_custom_skill_params import (
        ManagedAgentsCustomSkillParams as ManagedAgentsCustomSkillParams,
    )
    from ._params.managed_agents_custom_tool_input_schema_param import (
        ManagedAgentsCustomToolInputSchemaParam as ManagedAgentsCustomToolInputSchemaParam,
    )
    from ._params.managed_agents_custom_tool_params import (
        ManagedAgentsCustomToolParams as ManagedAgentsCustomToolParams,
    )
    from ._params.managed_agents_deployment_initial_event_params import (
        ManagedAgentsDeploymentInitialEventParams as ManagedAgentsDeploymentInitialEventParams,
    )
    from ._params.managed_agents_deployment_status_param import (
        ManagedAgentsDeploymentStatusParam as ManagedAgentsDeploymentStatusParam,
    )
    from ._params.managed_agents_document_block_param import (
        ManagedAgentsDocumentBlockParam as ManagedAgentsDocumentBlockParam,
    )
    from ._params.managed_agents_document_source_param import (
        ManagedAgentsDocumentSourceParam as ManagedAgentsDocumentSourceParam,
    )
    from ._params.managed_agents_edit_tool_config_params import (
        ManagedAgentsEditToolConfigParams as ManagedAgentsEditToolConfigParams,
    )
    from ._params.managed_agents_effort_high_param import (
        ManagedAgentsEffortHighParam as ManagedAgentsEffortHighParam,
    )
    from ._params.managed_agents_effort_level_param import (
        ManagedAgentsEffortLevelParam as ManagedAgentsEffortLevel,  # noqa: F401
    )
    from ._params.managed_agents_effort_level_param import (
        ManagedAgentsEffortLevelParam as ManagedAgentsEffortLevelParam,
    )
    from ._params.managed_agents_effort_low_param import (
        ManagedAgentsEffortLowParam as ManagedAgentsEffortLowParam,
    )
    from ._params.managed_agents_effort_max_param import (
        ManagedAgentsEffortMaxParam as ManagedAgentsEffortMaxParam,
    )
    from ._params.managed_agents_effort_medium_param import (
        ManagedAgentsEffortMediumParam as ManagedAgentsEffortMediumParam,
    )
    from ._params.managed_agents_effort_param import (
        ManagedAgentsEffortParam as ManagedAgentsEffortParam,
    )
    from ._params.managed_agents_effort_params import (
        ManagedAgentsEffortParams as ManagedAgentsEffortParams,
    )
    from ._params.managed_agents_effort_xhigh_param import (
        ManagedAgentsEffortXhighParam as ManagedAgentsEffortXhighParam,
    )
    from ._params.managed_agents_environment_variable_create_params import (
        ManagedAgentsEnvironmentVariableCreateParams as ManagedAgentsEnvironmentVariableCreateParams,
    )
    from ._params.managed_agents_environment_variable_update_params import (
        ManagedAgentsEnvironmentVariableUpdateParams as ManagedAgentsEnvironmentVariableUpdateParams,
    )
    from ._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam as ManagedAgentsEventDeltaType,  # noqa: F401
    )
    from ._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam as ManagedAgentsEventDeltaTypeParam,
    )
    from ._params.managed_agents_event_params import (
        ManagedAgentsEventParams as ManagedAgentsEventParams,
    )
    from ._params.managed_agents_execution_identity_params import (
        ManagedAgentsExecutionIdentityParams as ManagedAgentsExecutionIdentityParams,
    )
    from ._params.managed_agents_file_document_source_param import (
        ManagedAgentsFileDocumentSourceParam as ManagedAgentsFileDocumentSourceParam,
    )
    from ._params.managed_agents_file_image_source_param import (
        ManagedAgentsFileImageSourceParam as ManagedAgentsFileImageSourceParam,
    )
    from ._params.managed_agents_file_resource_params import (
        ManagedAgentsFileResourceParams as ManagedAgentsFileResourceParams,
    )
    from ._params.managed_agents_file_rubric_params import (
        ManagedAgentsFileRubricParams as ManagedAgentsFileRubricParams,
    )
    from ._params.managed_agents_git_hub_repository_resource_params import (
        ManagedAgentsGitHubRepositoryResourceParams as ManagedAgentsGitHubRepositoryResourceParams,
    )
    from ._params.managed_agents_glob_tool_config_params import (
        ManagedAgentsGlobToolConfigParams as ManagedAgentsGlobToolConfigParams,
    )
    from ._params.managed_agents_grep_tool_config_params import (
        ManagedAgentsGrepToolConfigParams as ManagedAgentsGrepToolConfigParams,
    )
    from ._params.managed_agents_image_block_param import (
        ManagedAgentsImageBlockParam as ManagedAgentsImageBlockParam,
    )
    from ._params.managed_agents_image_source_param import (
        ManagedAgentsImageSourceParam as ManagedAgentsImageSourceParam,
    )
    from ._params.managed_agents_injection_location_params import (
        ManagedAgentsInjectionLocationParams as ManagedAgentsInjectionLocationParams,
    )
    from ._params.managed_agents_injection_location_update_params import (
        ManagedAgentsInjectionLocationUpdateParams as ManagedAgentsInjectionLocationUpdateParams,
    )
    from ._params.managed_agents_limited_credential_networking_params import (
        ManagedAgentsLimitedCredentialNetworkingParams as ManagedAgentsLimitedCredentialNetworkingParams,
    )
    from ._params.managed_agents_list_order_param import (
        ManagedAgentsListOrderParam as ManagedAgentsListOrder,  # noqa: F401
    )
    from ._params.managed_agents_list_order_param import (
        ManagedAgentsListOrderParam as ManagedAgentsListOrderParam,
    )
    from ._params.managed_agents_managed_memory_store_backend_param import (
        ManagedAgentsManagedMemoryStoreBackendParam as ManagedAgentsManagedMemoryStoreBackendParam,
    )
    from ._params.managed_agents_mcp_oauth_create_params import (
        ManagedAgentsMcpOauthCreateParams as ManagedAgentsMcpOauthCreateParams,
    )
    from ._params.managed_agents_mcp_oauth_refresh_params import (
        ManagedAgentsMcpOauthRefreshParams as ManagedAgentsMcpOauthRefreshParams,
    )
    from ._params.managed_agents_mcp_oauth_refresh_update_params import (
        ManagedAgentsMcpOauthRefreshUpdateParams as ManagedAgentsMcpOauthRefreshUpdateParams,
    )
    from ._params.managed_agents_mcp_oauth_update_params import (
        ManagedAgentsMcpOauthUpdateParams as ManagedAgentsMcpOauthUpdateParams,
    )
    from ._params.managed_agents_mcp_server_params import (
        ManagedAgentsMCPServerParams as ManagedAgentsMCPServerParams,
    )
    from ._params.managed_agents_mcp_tool_config_params import (
        ManagedAgentsMCPToolConfigParams as ManagedAgentsMCPToolConfigParams,
    )
    from ._params.managed_agents_mcp_toolset_default_config_params import (
        ManagedAgentsMCPToolsetDefaultConfigParams as ManagedAgentsMCPToolsetDefaultConfigParams,
    )
    from ._params.managed_agents_mcp_toolset_params import (
        ManagedAgentsMCPToolsetParams as ManagedAgentsMCPToolsetParams,
    )
    from ._params.managed_agents_memory_store_resource_param import (
        ManagedAgentsMemoryStoreResourceParam as ManagedAgentsMemoryStoreResourceParam,
    )
    from ._params.managed_agents_memory_tool_config_params import (
        ManagedAgentsMemoryToolConfigParams as ManagedAgentsMemoryToolConfigParams,
    )
    from ._params.managed_agents_memory_tool_config_permission_policy_param import (
        ManagedAgentsMemoryToolConfigPermissionPolicyParam as ManagedAgentsMemoryToolConfigPermissionPolicyParam,
    )
    from ._params.managed_agents_memory_tool_name_param import (
        ManagedAgentsMemoryToolNameParam as ManagedAgentsMemoryToolNameParam,
    )
    from ._params.managed_agents_memory_toolset20261030_params import (
        ManagedAgentsMemoryToolset20261030Params as ManagedAgentsMemoryToolset20261030Params,
    )
    from ._params.managed_agents_memory_version_operation_param import (
        ManagedAgentsMemoryVersionOperationParam as ManagedAgentsMemoryVersionOperationParam,
    )
    from ._params.managed_agents_memory_view_param import (
        ManagedAgentsMemoryViewParam as ManagedAgentsMemoryView,  # noqa: F401
    )
    from ._params.managed_agents_memory_view_param import (
        ManagedAgentsMemoryViewParam as ManagedAgentsMemoryViewParam,
    )
    from ._params.managed_agents_model_config_params import (
        ManagedAgentsModelConfigParams as ManagedAgentsModelConfigParams,
    )
    from ._params.managed_agents_model_param import (
        ManagedAgentsModelParam as ManagedAgentsModelParam,
    )
    from ._params.managed_agents_model_params import (
        ManagedAgentsModelParams as ManagedAgentsModelParams,
    )
    from ._params.managed_agents_mount_mode_param import (
        ManagedAgentsMountModeParam as ManagedAgentsMountModeParam,
    )
    from ._params.managed_agents_multiagent20261001_params import (
        ManagedAgentsMultiagent20261001Params as ManagedAgentsMultiagent20261001Params,
    )
    from ._params.managed_agents_multiagent_advisor_disabled_params import (
        ManagedAgentsMultiagentAdvisorDisabledParams as ManagedAgentsMultiagentAdvisorDisabledParams,
    )
    from ._params.managed_agents_multiagent_advisor_enabled_params import (
        ManagedAgentsMultiagentAdvisorEnabledParams as ManagedAgentsMultiagentAdvisorEnabledParams,
    )
    from ._params.managed_agents_multiagent_advisor_params import (
        ManagedAgentsMultiagentAdvisorParams as ManagedAgentsMultiagentAdvisorParams,
    )
    from ._params.managed_agents_multiagent_coordinator_params import (
        ManagedAgentsMultiagentCoordinatorParams as ManagedAgentsMultiagentCoordinatorParams,
    )
    from ._params.managed_agents_multiagent_inline_agents_disabled_params import (
        ManagedAgentsMultiagentInlineAgentsDisabledParams as ManagedAgentsMultiagentInlineAgentsDisabledParams,
    )
    from ._params.managed_agents_multiagent_inline_agents_enabled_params import (
        ManagedAgentsMultiagentInlineAgentsEnabledParams as ManagedAgentsMultiagentInlineAgentsEnabledParams,
    )
    from ._params.managed_agents_multiagent_inline_agents_params import (
        ManagedAgentsMultiagentInlineAgentsParams as ManagedAgentsMultiagentInlineAgentsParams,
    )
    from ._params.managed_agents_multiagent_params import (
        ManagedAgentsMultiagentParams as ManagedAgentsMultiagentParams,
    )
    from ._params.managed_agents_multiagent_predefined_agent_params import (
        ManagedAgentsMultiagentPredefinedAgentParams as ManagedAgentsMultiagentPredefinedAgentParams,
    )
    from ._params.managed_agents_multiagent_roster_entry_params import (
        ManagedAgentsMultiagentRosterEntryParams as ManagedAgentsMultiagentRosterEntryParams,
    )
    from ._params.managed_agents_multiagent_self_params import (
        ManagedAgentsMultiagentSelfParams as ManagedAgentsMultiagentSelfParams,
    )
    from ._params.managed_agents_multiagent_subagents_disabled_params import (
        ManagedAgentsMultiagentSubagentsDisabledParams as ManagedAgentsMultiagentSubagentsDisabledParams,
    )
    from ._params.managed_agents_multiagent_subagents_enabled_params import (
        ManagedAgentsMultiagentSubagentsEnabledParams as ManagedAgentsMultiagentSubagentsEnabledParams,
    )
    from ._params.managed_agents_multiagent_subagents_params import (
        ManagedAgentsMultiagentSubagentsParams as ManagedAgentsMultiagentSubagentsParams,
    )
    from ._params.managed_agents_multiagent_workflows_disabled_params import (
        ManagedAgentsMultiagentWorkflowsDisabledParams as ManagedAgentsMultiagentWorkflowsDisabledParams,
    )
    from ._params.managed_agents_multiagent_workflows_enabled_params import (
        ManagedAgentsMultiagentWorkflowsEnabledParams as ManagedAgentsMultiagentWorkflowsEnabledParams,
    )
    from ._params.managed_agents_multiagent_workflows_params import (
        ManagedAgentsMultiagentWorkflowsParams as ManagedAgentsMultiagentWorkflowsParams,
    )
    from ._params.managed_agents_permission_policy_param import (
        ManagedAgentsPermissionPolicyParam as ManagedAgentsPermissionPolicyParam,
    )
    from ._params.managed_agents_plain_text_document_source_param import (
        ManagedAgentsPlainTextDocumentSourceParam as ManagedAgentsPlainTextDocumentSourceParam,
    )
    from ._params.managed_agents_read_tool_config_params import (
        ManagedAgentsReadToolConfigParams as ManagedAgentsReadToolConfigParams,
    )
    from ._params.managed_agents_redacted_block_param import (
        ManagedAgentsRedactedBlockParam as ManagedAgentsRedactedBlockParam,
    )
    from ._params.managed_agents_repository_checkout_param import (
        ManagedAgentsRepositoryCheckoutParam as ManagedAgentsRepositoryCheckoutParam,
    )
    from ._params.managed_agents_rubric_params import (
        ManagedAgentsRubricParams as ManagedAgentsRubricParams,
    )
    from ._params.managed_agents_s3_mount_resource_params import (
        ManagedAgentsS3MountResourceParams as ManagedAgentsS3MountResourceParams,
    )
    from ._params.managed_agents_s3_mount_skill_param import (
        ManagedAgentsS3MountSkillParam as ManagedAgentsS3MountSkillParam,
    )
    from ._params.managed_agents_s3_object_resource_params import (
        ManagedAgentsS3ObjectResourceParams as ManagedAgentsS3ObjectResourceParams,
    )
    from ._params.managed_agents_sandbox_path_resource_params import (
        ManagedAgentsSandboxPathResourceParams as ManagedAgentsSandboxPathResourceParams,
    )
    from ._params.managed_agents_sandbox_path_skill_param import (
        ManagedAgentsSandboxPathSkillParam as ManagedAgentsSandboxPathSkillParam,
    )
    from ._params.managed_agents_sandbox_skill_param import (
        ManagedAgentsSandboxSkillParam as ManagedAgentsSandboxSkillParam,
    )
    from ._params.managed_agents_schedule_params import (
        ManagedAgentsScheduleParams as ManagedAgentsScheduleParams,
    )
    from ._params.managed_agents_search_result_block_param import (
        ManagedAgentsSearchResultBlockParam as ManagedAgentsSearchResultBlockParam,
    )
    from ._params.managed_agents_search_result_citations_param import (
        ManagedAgentsSearchResultCitationsParam as ManagedAgentsSearchResultCitationsParam,
    )
    from ._params.managed_agents_search_result_content_param import (
        ManagedAgentsSearchResultContentParam as ManagedAgentsSearchResultContentParam,
    )
    from ._params.managed_agents_send_session_events_params import (
        ManagedAgentsSendSessionEventsParams as ManagedAgentsSendSessionEventsParams,
    )
    from ._params.managed_agents_service_account_execution_identity_params import (
        ManagedAgentsServiceAccountExecutionIdentityParams as ManagedAgentsServiceAccountExecutionIdentityParams,
    )
    from ._params.managed_agents_session_agent_update_param import (
        ManagedAgentsSessionAgentUpdateParam as ManagedAgentsSessionAgentUpdate,  # noqa: F401
    )
    from ._params.managed_agents_session_agent_update_param import (
        ManagedAgentsSessionAgentUpdateParam as ManagedAgentsSessionAgentUpdateParam,
    )
    from ._params.managed_agents_session_event_type_param import (
        ManagedAgentsSessionEventTypeParam as ManagedAgentsSessionEventTypeParam,
    )
    from ._params.managed_agents_session_initial_event_params import (
        ManagedAgentsSessionInitialEventParams as ManagedAgentsSessionInitialEventParams,
    )
    from ._params.managed_agents_session_resource_params import (
        ManagedAgentsSessionResourceParams as ManagedAgentsSessionResourceParams,
    )
    from ._params.managed_agents_session_status_param import (
        ManagedAgentsSessionStatusParam as ManagedAgentsSessionStatusParam,
    )
    from ._params.managed_agents_session_thread_status_param import (
        ManagedAgentsSessionThreadStatusParam as ManagedAgentsSessionThreadStatusParam,
    )
    from ._params.managed_agents_skill_params import (
        ManagedAgentsSkillParams as ManagedAgentsSkillParams,
    )
    from ._params.managed_agents_speed_param import (
        ManagedAgentsSpeedParam as ManagedAgentsSpeedParam,
    )
    from ._params.managed_agents_static_bearer_create_params import (
        ManagedAgentsStaticBearerCreateParams as ManagedAgentsStaticBearerCreateParams,
    )
    from ._params.managed_agents_static_bearer_update_params import (
        ManagedAgentsStaticBearerUpdateParams as ManagedAgentsStaticBearerUpdateParams,
    )
    from ._params.managed_agents_system_content_block_param import (
        ManagedAgentsSystemContentBlockParam as ManagedAgentsSystemContentBlockParam,
    )
    from ._params.managed_agents_system_message_event_params import (
        ManagedAgentsSystemMessageEventParams as ManagedAgentsSystemMessageEventParams,
    )
    from ._params.managed_agents_text_block_param import (
        ManagedAgentsTextBlockParam as ManagedAgentsTextBlockParam,
    )
    from ._params.managed_agents_text_rubric_params import (
        ManagedAgentsTextRubricParams as ManagedAgentsTextRubricParams,
    )
    from ._params.managed_agents_token_endpoint_auth_basic_param import (
        ManagedAgentsTokenEndpointAuthBasicParam as ManagedAgentsTokenEndpointAuthBasicParam,
    )
    from ._params.managed_agents_token_endpoint_auth_basic_update_param import (
        ManagedAgentsTokenEndpointAuthBasicUpdateParam as ManagedAgentsTokenEndpointAuthBasicUpdateParam,
    )
    from ._params.managed_agents_token_endpoint_auth_none_param import (
        ManagedAgentsTokenEndpointAuthNoneParam as ManagedAgentsTokenEndpointAuthNoneParam,
    )
    from ._params.managed_agents_token_endpoint_auth_params import (
        ManagedAgentsTokenEndpointAuthParams as ManagedAgentsTokenEndpointAuthParams,
    )
    from ._params.managed_agents_token_endpoint_auth_post_param import (
        ManagedAgentsTokenEndpointAuthPostParam as ManagedAgentsTokenEndpointAuthPostParam,
    )
    from ._params.managed_agents_token_endpoint_auth_post_update_param import (
        ManagedAgentsTokenEndpointAuthPostUpdateParam as ManagedAgentsTokenEndpointAuthPostUpdateParam,
    )
    from ._params.managed_agents_token_endpoint_auth_update_params import (
        ManagedAgentsTokenEndpointAuthUpdateParams as ManagedAgentsTokenEndpointAuthUpdateParams,
    )
    from ._params.managed_agents_tool_result_content_block_param import (
        ManagedAgentsToolResultContentBlockParam as ManagedAgentsToolResultContentBlockParam,
    )
    from ._params.managed_agents_trigger_type_param import (
        ManagedAgentsTriggerTypeParam as ManagedAgentsTriggerType,  # noqa: F401
    )
    from ._params.managed_agents_trigger_type_param import (
        ManagedAgentsTriggerTypeParam as ManagedAgentsTriggerTypeParam,
    )
    from ._params.managed_agents_unrestricted_credential_networking_params import (
        ManagedAgentsUnrestrictedCredentialNetworkingParams as ManagedAgentsUnrestrictedCredentialNetworkingParams,
    )
    from ._params.managed_agents_update_agent_params import (
        ManagedAgentsUpdateAgentParams as ManagedAgentsUpdateAgentParams,
    )
    from ._params.managed_agents_update_deployment_params import (
        ManagedAgentsUpdateDeploymentParams as ManagedAgentsUpdateDeploymentParams,
    )
    from ._params.managed_agents_update_session_params import (
        ManagedAgentsUpdateSessionParams as ManagedAgentsUpdateSessionParams,
    )
    from ._params.managed_agents_update_session_resource_params import (
        ManagedAgentsUpdateSessionResourceParams as ManagedAgentsUpdateSessionResourceParams,
    )
    from ._params.managed_agents_url_document_source_param import (
        ManagedAgentsURLDocumentSourceParam as ManagedAgentsURLDocumentSourceParam,
    )
    from ._params.managed_agents_url_image_source_param import (
        ManagedAgentsURLImageSourceParam as ManagedAgentsURLImageSourceParam,
    )
    from ._params.managed_agents_urlmcp_server_params import (
        ManagedAgentsURLMCPServerParams as ManagedAgentsURLMCPServerParams,
    )
    from ._params.managed_agents_user_content_block_param import (
        ManagedAgentsUserContentBlockParam as ManagedAgentsUserContentBlockParam,
    )
    from ._params.managed_agents_user_custom_tool_result_event_params import (
        ManagedAgentsUserCustomToolResultEventParams as ManagedAgentsUserCustomToolResultEventParams,
    )
    from ._params.managed_agents_user_define_outcome_event_params import (
        ManagedAgentsUserDefineOutcomeEventParams as ManagedAgentsUserDefineOutcomeEventParams,
    )
    from ._params.managed_agents_user_interrupt_event_params import (
        ManagedAgentsUserInterruptEventParams as ManagedAgentsUserInterruptEventParams,
    )
    from ._params.managed_agents_user_location_param import (
        ManagedAgentsUserLocationParam as ManagedAgentsUserLocationParam,
    )
    from ._params.managed_agents_user_message_event_params import (
        ManagedAgentsUserMessageEventParams as ManagedAgentsUserMessageEventParams,
    )
    from ._params.managed_agents_user_tool_confirmation_event_params import (
        ManagedAgentsUserToolConfirmationEventParams as ManagedAgentsUserToolConfirmationEventParams,
    )
    from ._params.managed_agents_user_tool_confirmation_result_param import (
        ManagedAgentsUserToolConfirmationResultParam as ManagedAgentsUserToolConfirmationResultParam,
    )
    from ._params.managed_agents_user_tool_result_event_params import (
        ManagedAgentsUserToolResultEventParams as ManagedAgentsUserToolResultEventParams,
    )
    from ._params.managed_agents_web_fetch_tool_config_params import (
        ManagedAgentsWebFetchToolConfigParams as ManagedAgentsWebFetchToolConfigParams,
    )
    from ._params.managed_agents_web_fetch_url_source_shorthand_param import (
        ManagedAgentsWebFetchURLSourceShorthandParam as ManagedAgentsWebFetchURLSourceShorthandParam,
    )
    from ._params.managed_agents_web_fetch_url_source_tool_filter_params import (
        ManagedAgentsWebFetchURLSourceToolFilterParams as ManagedAgentsWebFetchURLSourceToolFilterParams,
    )
    from ._params.managed_agents_web_fetch_url_source_user_input_params import (
        ManagedAgentsWebFetchURLSourceUserInputParams as ManagedAgentsWebFetchURLSourceUserInputParams,
    )
    from ._params.managed_agents_web_fetch_url_sources_params import (
        ManagedAgentsWebFetchURLSourcesParams as ManagedAgentsWebFetchURLSourcesParams,
    )
    from ._params.managed_agents_web_search_tool_config_params import (
        ManagedAgentsWebSearchToolConfigParams as ManagedAgentsWebSearchToolConfigParams,
    )
    from ._params.managed_agents_write_tool_config_params import (
        ManagedAgentsWriteToolConfigParams as ManagedAgentsWriteToolConfigParams,
    )
    from ._params.mcp_server_tool_configuration_param import (
        MCPServerToolConfigurationParam as MCPServerToolConfigurationParam,
    )
    from ._params.mcp_server_tool_configuration_param import (
        MCPServerToolConfigurationParam as RequestMCPServerToolConfigurationParam,  # noqa: F401
    )
    from ._params.mcp_server_url_definition_param import (
        MCPServerURLDefinitionParam as MCPServerURLDefinitionParam,
    )
    from ._params.mcp_server_url_definition_param import (
        MCPServerURLDefinitionParam as RequestMCPServerURLDefinitionParam,  # noqa: F401
    )
    from ._params.mcp_tool_config_param import MCPToolConfigParam as MCPToolConfigParam
    from ._params.mcp_tool_default_config_param import (
        MCPToolDefaultConfigParam as MCPToolDefaultConfigParam,
    )
    from ._params.mcp_tool_listing_block_param import (
        MCPToolListingBlockParam as MCPToolListingBlockParam,
    )
    from ._params.mcp_tool_param import MCPToolParam as MCPToolParam
    from ._params.mcp_tool_result_block_param import (
        MCPToolResultBlockParam as MCPToolResultBlockParam,
    )
    from ._params.mcp_tool_result_block_param import (
        MCPToolResultBlockParam as RequestMCPToolResultBlockParam,  # noqa: F401
    )
    from ._params.mcp_tool_use_block_param import MCPToolUseBlockParam as MCPToolUseBlockParam
    from ._params.mcp_toolset_param import MCPToolsetParam as MCPToolsetParam
    from ._params.member_list_params import MemberListParams as MemberListParams
    from ._params.memory_create_params import MemoryCreateParams as MemoryCreateParams
    from ._params.memory_delete_params import MemoryDeleteParams as MemoryDeleteParams
    from ._params.memory_list_params import MemoryListParams as MemoryListParams
    from ._params.memory_retrieve_params import MemoryRetrieveParams as MemoryRetrieveParams
    from ._params.memory_store_create_params import (
        MemoryStoreCreateParams as MemoryStoreCreateParams,
    )
    from ._params.memory_store_list_params import MemoryStoreListParams as MemoryStoreListParams
    from ._params.memory_store_update_params import (
        MemoryStoreUpdateParams as MemoryStoreUpdateParams,
    )
    from ._params.memory_tool20250818_param import (
        MemoryTool20250818Param as MemoryTool20250818Param,
    )
    from ._params.memory_update_params import MemoryUpdateParams as MemoryUpdateParams
    from ._params.memory_version_list_params import (
        MemoryVersionListParams as MemoryVersionListParams,
    )
    from ._params.memory_version_retrieve_params import (
        MemoryVersionRetrieveParams as MemoryVersionRetrieveParams,
    )
    from ._params.message_content_param import MessageContentParam as MessageContentParam
    from ._params.message_count_tokens_params import (
        MessageCountTokensParams as MessageCountTokensParams,
    )
    from ._params.message_create_params import MessageCreateParams as MessageCreateParams
    from ._params.message_create_params_base import (
        MessageCreateParamsBase as MessageCreateParamsBase,
    )
    from ._params.message_create_params_non_streaming import (
        MessageCreateParamsNonStreaming as MessageCreateParamsNonStreaming,
    )
    from ._params.message_create_params_streaming import (
        MessageCreateParamsStreaming as MessageCreateParamsStreaming,
    )
    from ._params.message_param import MessageParam as AssistantMessageParam  # noqa: F401
    from ._params.message_param import MessageParam as MessageParam
    from ._params.message_param import MessageParam as SystemMessageParam  # noqa: F401
    from ._params.message_param import MessageParam as UserMessageParam  # noqa: F401
    from ._params.message_thread_continue_param import (
        MessageThreadContinueParam as MessageThreadContinueParam,
    )
    from ._params.message_thread_continue_param import (
        MessageThreadContinueParam as ThreadContinueParams,  # noqa: F401
    )
    from ._params.message_thread_create_param import (
        MessageThreadCreateParam as MessageThreadCreateParam,
    )
    from ._params.message_thread_create_param import MessageThreadCreateParam as ThreadCreateParams  # noqa: F401
    from ._params.message_thread_param import MessageThreadParam as MessageThreadParam
    from ._params.metadata_param import MetadataParam as MetadataParam
    from ._params.model_lifecycle_param import ModelLifecycleParam as ModelLifecycleParam
    from ._params.model_list_params import ModelListParams as ModelListParams
    from ._params.model_param import ModelParam as ModelParam
    from ._params.monetary_amount_param import MonetaryAmountParam as BetaMonetaryAmountParam  # noqa: F401
    from ._params.monetary_amount_param import MonetaryAmountParam as MonetaryAmountParam
    from ._params.no_billing_workspace_role_param import (
        NoBillingWorkspaceRoleParam as NoBillingWorkspaceRole,  # noqa: F401
    )
    from ._params.no_billing_workspace_role_param import (
        NoBillingWorkspaceRoleParam as NoBillingWorkspaceRoleParam,
    )
    from ._params.notice_list_params import NoticeListParams as NoticeListParams
    from ._params.organization_analytics_plugin_list_params import (
        OrganizationAnalyticsPluginListParams as OrganizationAnalyticsPluginListParams,
    )
    from ._params.organization_analytics_skill_list_params import (
        OrganizationAnalyticsSkillListParams as OrganizationAnalyticsSkillListParams,
    )
    from ._params.organization_analytics_user_list_params import (
        OrganizationAnalyticsUserListParams as OrganizationAnalyticsUserListParams,
    )
    from ._params.organization_claude_code_managed_settings_rbac_group_list_params import (
        OrganizationClaudeCodeManagedSettingsRbacGroupListParams as OrganizationClaudeCodeManagedSettingsRbacGroupListParams,
    )
    from ._params.organization_federation_rules_workspace_list_params import (
        OrganizationFederationRulesWorkspaceListParams as OrganizationFederationRulesWorkspaceListParams,
    )
    from ._params.organization_plugins_version_list_params import (
        OrganizationPluginsVersionListParams as OrganizationPluginsVersionListParams,
    )
    from ._params.organization_rate_limit_list_params import (
        OrganizationRateLimitListParams as OrganizationRateLimitListParams,
    )
    from ._params.organization_rbac_groups_member_list_params import (
        OrganizationRbacGroupsMemberListParams as OrganizationRbacGroupsMemberListParams,
    )
    from ._params.organization_service_account_list_params import (
        OrganizationServiceAccountListParams as OrganizationServiceAccountListParams,
    )
    from ._params.organization_service_accounts_workspace_list_params import (
        OrganizationServiceAccountsWorkspaceListParams as OrganizationServiceAccountsWorkspaceListParams,
    )
    from ._params.organization_telemetry_destinations_workspace_list_params import (
        OrganizationTelemetryDestinationsWorkspaceListParams as OrganizationTelemetryDestinationsWorkspaceListParams,
    )
    from ._params.output_behavior_create_new_param import (
        OutputBehaviorCreateNewParam as OutputBehaviorCreateNewParam,
    )
    from ._params.output_behavior_param import OutputBehaviorParam as OutputBehaviorParam
    from ._params.output_behavior_update_existing_param import (
        OutputBehaviorUpdateExistingParam as OutputBehaviorUpdateExistingParam,
    )
    from ._params.output_config_param import OutputConfigParam as OutputConfigParam
    from ._params.packages_params import PackagesParams as PackagesParams
    from ._params.permission_list_params import PermissionListParams as PermissionListParams
    from ._params.plain_text_source_param import PlainTextSourceParam as PlainTextSourceParam
    from ._params.plugin_create_params import PluginCreateParams as PluginCreateParams
    from ._params.plugin_installation_setting_set_params import (
        PluginInstallationSettingSetParams as PluginInstallationSettingSetParams,
    )
    from ._params.plugin_list_params import PluginListParams as PluginListParams
    from ._params.plugin_marketplace_list_params import (
        PluginMarketplaceListParams as PluginMarketplaceListParams,
    )
    from ._params.plugin_marketplace_retrieve_params import (
        PluginMarketplaceRetrieveParams as PluginMarketplaceRetrieveParams,
    )
    from ._params.plugin_marketplace_update_params import (
        PluginMarketplaceUpdateParams as PluginMarketplaceUpdateParams,
    )
    from ._params.plugin_marketplace_validate_archive_params import (
        PluginMarketplaceValidateArchiveParams as PluginMarketplaceValidateArchiveParams,
    )
    from ._params.plugin_marketplace_validate_repository_params import (
        PluginMarketplaceValidateRepositoryParams as PluginMarketplaceValidateRepositoryParams,
    )
    from ._params.plugin_retrieve_params import PluginRetrieveParams as PluginRetrieveParams
    from ._params.plugin_update_params import PluginUpdateParams as PluginUpdateParams
    from ._params.plugin_version_create_params import (
        PluginVersionCreateParams as PluginVersionCreateParams,
    )
    from ._params.predefined_agents1 import PredefinedAgents as PredefinedAgents
    from ._params.project_list_params import ProjectListParams as ProjectListParams
    from ._params.public_environment_create_request_param import (
        PublicEnvironmentCreateRequestParam as PublicEnvironmentCreateRequest,  # noqa: F401
    )
    from ._params.public_environment_create_request_param import (
        PublicEnvironmentCreateRequestParam as PublicEnvironmentCreateRequestParam,
    )
    from ._params.public_environment_update_request_param import (
        PublicEnvironmentUpdateRequestParam as PublicEnvironmentUpdateRequest,  # noqa: F401
    )
    from ._params.public_environment_update_request_param import (
        PublicEnvironmentUpdateRequestParam as PublicEnvironmentUpdateRequestParam,
    )
    from ._params.rate_limit_list_params import RateLimitListParams as RateLimitListParams
    from ._params.rbac_group_create_params import RBACGroupCreateParams as RBACGroupCreateParams
    from ._params.rbac_group_list_params import RbacGroupListParams as RbacGroupListParams
    from ._params.rbac_group_member_add_params import (
        RBACGroupMemberAddParams as RBACGroupMemberAddParams,
    )
    from ._params.rbac_group_update_params import RBACGroupUpdateParams as RBACGroupUpdateParams
    from ._params.rbac_role_list_params import RbacRoleListParams as RbacRoleListParams
    from ._params.redacted_thinking_block_param import (
        RedactedThinkingBlockParam as RedactedThinkingBlockParam,
    )
    from ._params.resource_add_params import ResourceAddParams as ResourceAddParams
    from ._params.resource_list_params import ResourceListParams as ResourceListParams
    from ._params.rule_create_params import RuleCreateParams as RuleCreateParams
    from ._params.rule_list_params import RuleListParams as RuleListParams
    from ._params.rule_update_params import RuleUpdateParams as RuleUpdateParams
    from ._params.search_result_block_param import SearchResultBlockParam as SearchResultBlockParam
    from ._params.self_hosted_config_params import SelfHostedConfigParams as SelfHostedConfigParams
    from ._params.self_hosted_work_stop_request_param import (
        SelfHostedWorkStopRequestParam as SelfHostedWorkStopRequest,  # noqa: F401
    )
    from ._params.self_hosted_work_stop_request_param import (
        SelfHostedWorkStopRequestParam as SelfHostedWorkStopRequestParam,
    )
    from ._params.self_hosted_work_update_request_param import (
        SelfHostedWorkUpdateRequestParam as SelfHostedWorkUpdateRequest,  # noqa: F401
    )
    from ._params.self_hosted_work_update_request_param import (
        SelfHostedWorkUpdateRequestParam as SelfHostedWorkUpdateRequestParam,
    )
    from ._params.server_tool_caller20260120_param import (
        ServerToolCaller20260120Param as ServerToolCaller20260120Param,
    )
    from ._params.server_tool_caller_param import ServerToolCallerParam as ServerToolCallerParam
    from ._params.server_tool_use_block_param import (
        ServerToolUseBlockParam as ServerToolUseBlockParam,
    )
    from ._params.service_account_create_params import (
        ServiceAccountCreateParams as ServiceAccountCreateParams,
    )
    from ._params.service_account_list_params import (
        ServiceAccountListParams as ServiceAccountListParams,
    )
    from ._params.service_account_target_param import (
        ServiceAccountTargetParam as ServiceAccountTargetParam,
    )
    from ._params.service_account_update_params import (
        ServiceAccountUpdateParams as ServiceAccountUpdateParams,
    )
    from ._params.service_account_workspace_add_params import (
        ServiceAccountWorkspaceAddParams as ServiceAccountWorkspaceAddParams,
    )
    from ._params.session_list_params import SessionListParams as SessionListParams
    from ._params.sessions_event_list_params import (
        SessionsEventListParams as SessionsEventListParams,
    )
    from ._params.sessions_event_stream_params import (
        SessionsEventStreamParams as SessionsEventStreamParams,
    )
    from ._params.share_list_params import ShareListParams as ShareListParams
    from ._params.skill_create_params import SkillCreateParams as SkillCreateParams
    from ._params.skill_list_params import SkillListParams as SkillListParams
    from ._params.skill_version_create_params import (
        SkillVersionCreateParams as SkillVersionCreateParams,
    )
    from ._params.skill_version_create_params import SkillVersionCreateParams as VersionCreateParams  # noqa: F401
    from ._params.skills import Skills as Skills
    from ._params.slack_channel_list_params import SlackChannelListParams as SlackChannelListParams
    from ._params.slack_channel_retrieve_params import (
        SlackChannelRetrieveParams as SlackChannelRetrieveParams,
    )
    from ._params.slack_workspace_list_params import (
        SlackWorkspaceListParams as SlackWorkspaceListParams,
    )
    from ._params.slack_workspace_retrieve_params import (
        SlackWorkspaceRetrieveParams as SlackWorkspaceRetrieveParams,
    )
    from ._params.speed_param import SpeedParam as SpeedParam
    from ._params.spend_limit_increase_request_status_param import (
        SpendLimitIncreaseRequestStatusParam as SpendLimitIncreaseRequestStatusParam,
    )
    from ._params.spend_limit_list_params import SpendLimitListParams as SpendLimitListParams
    from ._params.spend_limit_organization_scope_param import (
        SpendLimitOrganizationScopeParam as SpendLimitOrganizationScopeParam,
    )
    from ._params.spend_limit_period_param import SpendLimitPeriodParam as SpendLimitPeriodParam
    from ._params.spend_limit_set_params import SpendLimitSetParams as SpendLimitSetParams
    from ._params.spend_limit_set_scope_param import (
        SpendLimitSetScopeParam as SpendLimitSetScopeParam,
    )
    from ._params.spend_limit_user_scope_param import (
        SpendLimitUserScopeParam as SpendLimitUserScopeParam,
    )
    from ._params.spend_limit_workspace_scope_param import (
        SpendLimitWorkspaceScopeParam as SpendLimitWorkspaceScopeParam,
    )
    from ._params.state_changes import StateChanges as StateChanges
    from ._params.storage_member_param import StorageMemberParam as StorageMemberParam
    from ._params.summary_list_params import SummaryListParams as SummaryListParams
    from ._params.system_message_clear_at_param import (
        SystemMessageClearAtParam as SystemMessageClearAt,  # noqa: F401
    )
    from ._params.system_message_clear_at_param import (
        SystemMessageClearAtParam as SystemMessageClearAtParam,
    )
    from ._params.system_message_output_config_param import (
        SystemMessageOutputConfigParam as SystemMessageOutputConfigParam,
    )
    from ._params.target_create_params import TargetCreateParams as TargetCreateParams
    from ._params.target_list_params import TargetListParams as TargetListParams
    from ._params.telemetry_destination_content_mode_param import (
        TelemetryDestinationContentModeParam as TelemetryDestinationContentModeParam,
    )
    from ._params.telemetry_destination_create_params import (
        TelemetryDestinationCreateParams as TelemetryDestinationCreateParams,
    )
    from ._params.telemetry_destination_list_params import (
        TelemetryDestinationListParams as TelemetryDestinationListParams,
    )
    from ._params.telemetry_destination_state_disabled_param import (
        TelemetryDestinationStateDisabledParam as TelemetryDestinationStateDisabledParam,
    )
    from ._params.telemetry_destination_state_enabled_param import (
        TelemetryDestinationStateEnabledParam as TelemetryDestinationStateEnabledParam,
    )
    from ._params.telemetry_destination_state_param import (
        TelemetryDestinationStateParam as TelemetryDestinationStateParam,
    )
    from ._params.telemetry_destination_traces_param import (
        TelemetryDestinationTracesParam as TelemetryDestinationTracesParam,
    )
    from ._params.telemetry_destination_update_params import (
        TelemetryDestinationUpdateParams as TelemetryDestinationUpdateParams,
    )
    from ._params.telemetry_destination_workspaces_all_param import (
        TelemetryDestinationWorkspacesAllParam as TelemetryDestinationWorkspacesAllParam,
    )
    from ._params.telemetry_destination_workspaces_exclude_param import (
        TelemetryDestinationWorkspacesExcludeParam as TelemetryDestinationWorkspacesExcludeParam,
    )
    from ._params.telemetry_destination_workspaces_include_param import (
        TelemetryDestinationWorkspacesIncludeParam as TelemetryDestinationWorkspacesIncludeParam,
    )
    from ._params.telemetry_destination_workspaces_param import (
        TelemetryDestinationWorkspacesParam as TelemetryDestinationWorkspacesParam,
    )
    from ._params.text_block_param import TextBlockParam as TextBlockParam
    from ._params.text_citation_param import TextCitationParam as TextCitationParam
    from ._params.text_editor_code_execution_create_result_block_param import (
        TextEditorCodeExecutionCreateResultBlockParam as TextEditorCodeExecutionCreateResultBlockParam,
    )
    from ._params.text_editor_code_execution_str_replace_result_block_param import (
        TextEditorCodeExecutionStrReplaceResultBlockParam as TextEditorCodeExecutionStrReplaceResultBlockParam,
    )
    from ._params.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam as TextEditorCodeExecutionToolResultBlockParam,
    )
    from ._params.text_editor_code_execution_tool_result_content_param import (
        TextEditorCodeExecutionToolResultContentParam as TextEditorCodeExecutionToolResultContentParam,
    )
    from ._params.text_editor_code_execution_tool_result_error_code_param import (
        TextEditorCodeExecutionToolResultErrorCodeParam as TextEditorCodeExecutionToolResultErrorCodeParam,
    )
    from ._params.text_editor_code_execution_tool_result_error_param import (
        TextEditorCodeExecutionToolResultErrorParam as TextEditorCodeExecutionToolResultErrorParam,
    )
    from ._params.text_editor_code_execution_view_result_block_param import (
        TextEditorCodeExecutionViewResultBlockParam as TextEditorCodeExecutionViewResultBlockParam,
    )
    from ._params.thinking_block_binding_param import (
        ThinkingBlockBindingParam as ThinkingBlockBindingParam,
    )
    from ._params.thinking_block_param import ThinkingBlockParam as ThinkingBlockParam
    from ._params.thinking_config_adaptive_param import (
        ThinkingConfigAdaptiveParam as ThinkingConfigAdaptiveParam,
    )
    from ._params.thinking_config_between_tools_param import (
        ThinkingConfigBetweenToolsParam as ThinkingConfigBetweenToolsParam,
    )
    from ._params.thinking_config_disabled_param import (
        ThinkingConfigDisabledParam as ThinkingConfigDisabledParam,
    )
    from ._params.thinking_config_enabled_param import (
        ThinkingConfigEnabledParam as ThinkingConfigEnabledParam,
    )
    from ._params.thinking_config_param import ThinkingConfigParam as ThinkingConfigParam
    from ._params.thinking_display_mode_param import ThinkingDisplayModeParam as ThinkingDisplayMode  # noqa: F401
    from ._params.thinking_display_mode_param import (
        ThinkingDisplayModeParam as ThinkingDisplayModeParam,
    )
    from ._params.thinking_prefix_mismatch_behavior_param import (
        ThinkingPrefixMismatchBehaviorParam as ThinkingPrefixMismatchBehavior,  # noqa: F401
    )
    from ._params.thinking_prefix_mismatch_behavior_param import (
        ThinkingPrefixMismatchBehaviorParam as ThinkingPrefixMismatchBehaviorParam,
    )
    from ._params.thinking_turns_param import ThinkingTurnsParam as ThinkingTurnsParam
    from ._params.thread_fields import ThreadCreateFields as ThreadCreateFields
    from ._params.thread_fields import ThreadSendFields as ThreadSendFields
    from ._params.thread_list_params import ThreadListParams as ThreadListParams
    from ._params.token_task_budget_param import TokenTaskBudgetParam as TokenTaskBudgetParam
    from ._params.tool_addition_block_param import (
        ToolAdditionBlockParam as RequestToolAdditionBlockParam,  # noqa: F401
    )
    from ._params.tool_addition_block_param import ToolAdditionBlockParam as ToolAdditionBlockParam
    from ._params.tool_addition_tool_param import ToolAdditionToolParam as ToolAdditionToolParam
    from ._params.tool_bash20241022_param import ToolBash20241022Param as ToolBash20241022Param
    from ._params.tool_bash20250124_param import ToolBash20250124Param as ToolBash20250124Param
    from ._params.tool_caller_param import ToolCallerParam as ToolCallerParam
    from ._params.tool_change_mcp_tool_reference_param import (
        ToolChangeMCPToolReferenceParam as ToolChangeMCPToolReferenceParam,
    )
    from ._params.tool_change_mcp_toolset_reference_param import (
        ToolChangeMCPToolsetReferenceParam as ToolChangeMCPToolsetReferenceParam,
    )
    from ._params.tool_change_reference_param import (
        ToolChangeReferenceParam as ToolChangeReferenceParam,
    )
    from ._params.tool_change_tool_definition_param import (
        ToolChangeToolDefinitionParam as ToolChangeToolDefinitionParam,
    )
    from ._params.tool_change_tool_reference_param import (
        ToolChangeToolReferenceParam as ToolChangeToolReferenceParam,
    )
    from ._params.tool_choice_any_param import ToolChoiceAnyParam as ToolChoiceAnyParam
    from ._params.tool_choice_auto_param import ToolChoiceAutoParam as ToolChoiceAutoParam
    from ._params.tool_choice_none_param import ToolChoiceNoneParam as ToolChoiceNoneParam
    from ._params.tool_choice_param import ToolChoiceParam as ToolChoiceParam
    from ._params.tool_choice_tool_param import ToolChoiceToolParam as ToolChoiceToolParam
    from ._params.tool_computer_use20241022_param import (
        ToolComputerUse20241022Param as ToolComputerUse20241022Param,
    )
    from ._params.tool_computer_use20250124_param import (
        ToolComputerUse20250124Param as ToolComputerUse20250124Param,
    )
    from ._params.tool_computer_use20251124_param import (
        ToolComputerUse20251124Param as ToolComputerUse20251124Param,
    )
    from ._params.tool_input_schema_param import ToolInputSchemaParam as ToolInputSchemaParam
    from ._params.tool_param import ToolParam as ToolParam
    from ._params.tool_reference_block_param import (
        ToolReferenceBlockParam as ToolReferenceBlockParam,
    )
    from ._params.tool_removal_block_param import (
        ToolRemovalBlockParam as RequestToolRemovalBlockParam,  # noqa: F401
    )
    from ._params.tool_removal_block_param import ToolRemovalBlockParam as ToolRemovalBlockParam
    from ._params.tool_result_block_param import ToolResultBlockParam as ToolResultBlockParam
    from ._params.tool_result_content_block_param import (
        ToolResultContentBlockParam as ToolResultContentBlockParam,
    )
    from ._params.tool_search_tool_bm2520251119_param import (
        ToolSearchToolBm2520251119Param as ToolSearchToolBm25_20251119Param,  # noqa: F401
    )
    from ._params.tool_search_tool_bm2520251119_param import (
        ToolSearchToolBm2520251119Param as ToolSearchToolBm2520251119Param,
    )
    from ._params.tool_search_tool_regex20251119_param import (
        ToolSearchToolRegex20251119Param as ToolSearchToolRegex20251119Param,
    )
    from ._params.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam as ToolSearchToolResultBlockParam,
    )
    from ._params.tool_search_tool_result_content_param import (
        ToolSearchToolResultContentParam as ToolSearchToolResultContentParam,
    )
    from ._params.tool_search_tool_result_error_code_param import (
        ToolSearchToolResultErrorCodeParam as ToolSearchToolResultErrorCodeParam,
    )
    from ._params.tool_search_tool_result_error_param import (
        ToolSearchToolResultErrorParam as ToolSearchToolResultErrorParam,
    )
    from ._params.tool_search_tool_search_result_block_param import (
        ToolSearchToolSearchResultBlockParam as ToolSearchToolSearchResultBlockParam,
    )
    from ._params.tool_text_editor20241022_param import (
        ToolTextEditor20241022Param as ToolTextEditor20241022Param,
    )
    from ._params.tool_text_editor20250124_param import (
        ToolTextEditor20250124Param as ToolTextEditor20250124Param,
    )
    from ._params.tool_text_editor20250429_param import (
        ToolTextEditor20250429Param as ToolTextEditor20250429Param,
    )
    from ._params.tool_text_editor20250728_param import (
        ToolTextEditor20250728Param as ToolTextEditor20250728Param,
    )
    from ._params.tool_union_param import ToolUnionParam as MessageCountTokensToolParam  # noqa: F401
    from ._params.tool_union_param import ToolUnionParam as ToolUnionParam
    from ._params.tool_use_block_param import ToolUseBlockParam as ToolUseBlockParam
    from ._params.tool_uses_keep_param import ToolUsesKeepParam as ToolUsesKeepParam
    from ._params.tool_uses_trigger_param import ToolUsesTriggerParam as ToolUsesTriggerParam
    from ._params.tunnel_create_params import TunnelCreateParams as TunnelCreateParams
    from ._params.tunnel_list_params import TunnelListParams as TunnelListParams
    from ._params.tunnel_rotate_token_params import (
        TunnelRotateTokenParams as TunnelRotateTokenParams,
    )
    from ._params.unrestricted_network_param import (
        UnrestrictedNetworkParam as UnrestrictedNetworkParam,
    )
    from ._params.url_image_source_param import URLImageSourceParam as URLImageSourceParam
    from ._params.urlpdf_source_param import URLPDFSourceParam as URLPDFSourceParam
    from ._params.usage_list_params import UsageListParams as UsageListParams
    from ._params.usage_report_list_params import UsageReportListParams as UsageReportListParams
    from ._params.user_cost_report_list_params import (
        UserCostReportListParams as UserCostReportListParams,
    )
    from ._params.user_list_params import UserListParams as UserListParams
    from ._params.user_location_param import UserLocationParam as UserLocationParam
    from ._params.user_profile_access_type_param import (
        UserProfileAccessTypeParam as UserProfileAccessTypeParam,
    )
    from ._params.user_profile_account_status_param import (
        UserProfileAccountStatusParam as UserProfileAccountStatusParam,
    )
    from ._params.user_profile_create_params import (
        UserProfileCreateParams as UserProfileCreateParams,
    )
    from ._params.user_profile_enforcement_status_param import (
        UserProfileEnforcementStatusParam as UserProfileEnforcementStatusParam,
    )
    from ._params.user_profile_enroll_end_user_action_param import (
        UserProfileEnrollEndUserActionParam as UserProfileEnrollEndUserActionParam,
    )
    from ._params.user_profile_entity_type_param import (
        UserProfileEntityTypeParam as UserProfileEntityTypeParam,
    )
    from ._params.user_profile_external_user_details_params import (
        UserProfileExternalUserDetailsParams as UserProfileExternalUserDetailsParams,
    )
    from ._params.user_profile_list_order_by_param import (
        UserProfileListOrderByParam as UserProfileListOrderBy,  # noqa: F401
    )
    from ._params.user_profile_list_order_by_param import (
        UserProfileListOrderByParam as UserProfileListOrderByParam,
    )
    from ._params.user_profile_list_order_param import (
        UserProfileListOrderParam as UserProfileListOrder,  # noqa: F401
    )
    from ._params.user_profile_list_order_param import (
        UserProfileListOrderParam as UserProfileListOrderParam,
    )
    from ._params.user_profile_list_params import UserProfileListParams as UserProfileListParams
    from ._params.user_profile_relationship_param import (
        UserProfileRelationshipParam as UserProfileRelationshipParam,
    )
    from ._params.user_profile_update_params import (
        UserProfileUpdateParams as UserProfileUpdateParams,
    )
    from ._params.user_update_params import UserUpdateParams as UserUpdateParams
    from ._params.user_usage_report_list_params import (
        UserUsageReportListParams as UserUsageReportListParams,
    )
    from ._params.vault_create_params import VaultCreateParams as VaultCreateParams
    from ._params.vault_list_params import VaultListParams as VaultListParams
    from ._params.vault_update_params import VaultUpdateParams as VaultUpdateParams
    from ._params.version_download_params import VersionDownloadParams as VersionDownloadParams
    from ._params.version_list_params import VersionListParams as VersionListParams
    from ._params.version_retrieve_params import VersionRetrieveParams as VersionRetrieveParams
    from ._params.web_fetch_block_param import WebFetchBlockParam as WebFetchBlockParam
    from ._params.web_fetch_tool20250910_param import (
        WebFetchTool20250910Param as WebFetchTool20250910Param,
    )
    from ._params.web_fetch_tool20260209_param import (
        WebFetchTool20260209Param as WebFetchTool20260209Param,
    )
    from ._params.web_fetch_tool20260309_param import (
        WebFetchTool20260309Param as WebFetchTool20260309Param,
    )
    from ._params.web_fetch_tool20260318_param import (
        WebFetchTool20260318Param as WebFetchTool20260318Param,
    )
    from ._params.web_fetch_tool_result_block_param import (
        WebFetchToolResultBlockParam as WebFetchToolResultBlockParam,
    )
    from ._params.web_fetch_tool_result_content_param import (
        WebFetchToolResultContentParam as WebFetchToolResultContentParam,
    )
    from ._params.web_fetch_tool_result_error_block_param import (
        WebFetchToolResultErrorBlockParam as WebFetchToolResultErrorBlockParam,
    )
    from ._params.web_fetch_tool_result_error_code_param import (
        WebFetchToolResultErrorCodeParam as WebFetchToolResultErrorCodeParam,
    )
    from ._params.web_fetch_url_source_all_param import (
        WebFetchURLSourceAllParam as WebFetchURLSourceAllParam,
    )
    from ._params.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam as WebFetchURLSourceExceptParam,
    )
    from ._params.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam as WebFetchURLSourceNoneParam,
    )
    from ._params.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam as WebFetchURLSourceOnlyParam,
    )
    from ._params.web_fetch_url_source_tool_filter_param import (
        WebFetchURLSourceToolFilterParam as WebFetchURLSourceToolFilterParam,
    )
    from ._params.web_fetch_url_source_tool_reference_param import (
        WebFetchURLSourceToolReferenceParam as WebFetchURLSourceToolReferenceParam,
    )
    from ._params.web_fetch_url_source_user_input_param import (
        WebFetchURLSourceUserInputParam as WebFetchURLSourceUserInputParam,
    )
    from ._params.web_fetch_url_sources_param import (
        WebFetchURLSourcesParam as WebFetchURLSourcesParam,
    )
    from ._params.web_search_result_block_param import (
        WebSearchResultBlockParam as WebSearchResultBlockParam,
    )
    from ._params.web_search_tool20250305_param import (
        WebSearchTool20250305Param as WebSearchTool20250305Param,
    )
    from ._params.web_search_tool20260209_param import (
        WebSearchTool20260209Param as WebSearchTool20260209Param,
    )
    from ._params.web_search_tool20260318_param import (
        WebSearchTool20260318Param as WebSearchTool20260318Param,
    )
    from ._params.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam as WebSearchToolResultBlockParam,
    )
    from ._params.web_search_tool_result_content_param import (
        WebSearchToolResultContentParam as WebSearchToolResultBlockParamContentParam,  # noqa: F401
    )
    from ._params.web_search_tool_result_content_param import (
        WebSearchToolResultContentParam as WebSearchToolResultContentParam,
    )
    from ._params.web_search_tool_result_error_code_param import (
        WebSearchToolResultErrorCodeParam as WebSearchToolResultErrorCodeParam,
    )
    from ._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as WebSearchToolRequestErrorObjectParam,  # noqa: F401
    )
    from ._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as WebSearchToolRequestErrorParam,  # noqa: F401
    )
    from ._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as WebSearchToolResultErrorParam,
    )
    from ._params.webhook_create_params import WebhookCreateParams as WebhookCreateParams
    from ._params.webhook_list_params import WebhookListParams as WebhookListParams
    from ._params.webhook_update_params import WebhookUpdateParams as WebhookUpdateParams
    from ._params.work_heartbeat_params import WorkHeartbeatParams as WorkHeartbeatParams
    from ._params.work_list_params import WorkListParams as WorkListParams
    from ._params.work_poll_params import WorkPollParams as WorkPollParams
    from ._params.workspace_create_params import WorkspaceCreateParams as WorkspaceCreateParams
    from ._params.workspace_list_params import WorkspaceListParams as WorkspaceListParams
    from ._params.workspace_member_add_params import (
        WorkspaceMemberAddParams as WorkspaceMemberAddParams,
    )
    from ._params.workspace_member_update_params import (
        WorkspaceMemberUpdateParams as WorkspaceMemberUpdateParams,
    )
    from ._params.workspace_rate_limit_type_param import (
        WorkspaceRateLimitTypeParam as WorkspaceRateLimitType,  # noqa: F401
    )
    from ._params.workspace_rate_limit_type_param import (
        WorkspaceRateLimitTypeParam as WorkspaceRateLimitTypeParam,
    )
    from ._params.workspace_rate_limit_update_params import (
        WorkspaceRateLimitUpdateParams as WorkspaceRateLimitUpdateParams,
    )
    from ._params.workspace_rate_limit_update_value_param import (
        WorkspaceRateLimitUpdateValueParam as WorkspaceRateLimitUpdateValueParam,
    )
    from ._params.workspace_role_param import WorkspaceRoleParam as WorkspaceRoleParam
    from ._params.workspace_service_account_add_params import (
        WorkspaceServiceAccountAddParams as WorkspaceServiceAccountAddParams,
    )
    from ._params.workspace_service_account_update_params import (
        WorkspaceServiceAccountUpdateParams as WorkspaceServiceAccountUpdateParams,
    )
    from ._params.workspace_update_params import WorkspaceUpdateParams as WorkspaceUpdateParams

_MODULES: dict[str, str] = {
    "APIErrorObject": "_models.api_error_object",
    "APIKey": "_models.api_key",
    "APIKeyCreatedBy": "_models.api_key_created_by",
    "APIKeyCreatedByType": "_models.api_key_created_by_type",
    "APIKeyOrganizationScope": "_models.api_key_organization_scope",
    "APIKeyPage": "_models.api_key_page",
    "APIKeyPrincipal": "_models.api_key_principal",
    "APIKeyRequesterUnconfirmedErrorDetails": "_models.api_key_requester_unconfirmed_error_details",
    "APIKeyScope": "_models.api_key_scope",
    "APIKeyScopeMissingErrorDetails": "_models.api_key_scope_missing_error_details",
    "APIKeyServiceAccountActor": "_models.api_key_service_account_actor",
    "APIKeyStatus": "_models.api_key_status",
    "APIKeyUpdateParams": "_params.api_key_update_params",
    "APIKeyUserActor": "_models.api_key_user_actor",
    "APIKeyWorkspaceScope": "_models.api_key_workspace_scope",
    "AWSExternalKeyConfig": "_models.aws_external_key_config",
    "AWSExternalKeyConfigParam": "_params.aws_external_key_config_param",
    "AWSExternalStorageConfig": "_models.aws_external_storage_config",
    "AWSExternalStorageConfigParam": "_params.aws_external_storage_config_param",
    "AccessTransparency": "_models.access_transparency",
    "AccessTransparencyType": "_models.access_transparency_type",
    "ActionURLCreateParams": "_params.action_url_create_params",
    "ActiveExternalStorageStatus": "_models.active_external_storage_status",
    "AdvisorMessageIterationUsage": "_models.advisor_message_iteration_usage",
    "AdvisorRedactedResultBlock": "_models.advisor_redacted_result_block",
    "AdvisorRedactedResultBlockParam": "_params.advisor_redacted_result_block_param",
    "AdvisorResultBlock": "_models.advisor_result_block",
    "AdvisorResultBlockParam": "_params.advisor_result_block_param",
    "AdvisorTool20260301": "_models.advisor_tool20260301",
    "AdvisorTool20260301Param": "_params.advisor_tool20260301_param",
    "AdvisorToolResultBlock": "_models.advisor_tool_result_block",
    "AdvisorToolResultBlockParam": "_params.advisor_tool_result_block_param",
    "AdvisorToolResultContent": "_models.advisor_tool_result_content",
    "AdvisorToolResultContentParam": "_params.advisor_tool_result_content_param",
    "AdvisorToolResultError": "_models.advisor_tool_result_error",
    "AdvisorToolResultErrorCode": "_models.advisor_tool_result_error_code",
    "AdvisorToolResultErrorCodeParam": "_params.advisor_tool_result_error_code_param",
    "AdvisorToolResultErrorParam": "_params.advisor_tool_result_error_param",
    "AgentListParams": "_params.agent_list_params",
    "AgentRetrieveParams": "_params.agent_retrieve_params",
    "AgentsVersionListParams": "_params.agents_version_list_params",
    "AllThinkingTurnsParam": "_params.all_thinking_turns_param",
    "AllowedCaller": "_models.allowed_caller",
    "AllowedCallerParam": "_params.allowed_caller_param",
    "AllowedInferenceGeo": "_models.allowed_inference_geo",
    "AllowedInferenceGeoParam": "_params.allowed_inference_geo_param",
    "AlreadyMemberErrorDetails": "_models.already_member_error_details",
    "AnalyticsAPIActor": "_models.analytics_api_actor",
    "AnalyticsActor": "_models.analytics_actor",
    "AnalyticsActorType": "_models.analytics_actor_type",
    "AnalyticsActorTypeParam": "_params.analytics_actor_type_param",
    "AnalyticsArtifactActivity": "_models.analytics_artifact_activity",
    "AnalyticsArtifactActivityPage": "_models.analytics_artifact_activity_page",
    "AnalyticsArtifactGroupByParam": "_params.analytics_artifact_group_by_param",
    "AnalyticsChatCoworkUnifiedChatMetrics": "_models.analytics_chat_cowork_unified_chat_metrics",
    "AnalyticsChatCoworkUnifiedMetrics": "_models.analytics_chat_cowork_unified_metrics",
    "AnalyticsChatCoworkUnifiedSessionsMetrics": "_models.analytics_chat_cowork_unified_sessions_metrics",
    "AnalyticsChatMetrics": "_models.analytics_chat_metrics",
    "AnalyticsClaudeCodeMetrics": "_models.analytics_claude_code_metrics",
    "AnalyticsClaudeTagCategory": "_models.analytics_claude_tag_category",
    "AnalyticsClaudeTagCategoryParam": "_params.analytics_claude_tag_category_param",
    "AnalyticsClaudeTagMetrics": "_models.analytics_claude_tag_metrics",
    "AnalyticsConnectorActivity": "_models.analytics_connector_activity",
    "AnalyticsConnectorActivityPage": "_models.analytics_connector_activity_page",
    "AnalyticsConnectorChatCoworkUnifiedChatMetrics": "_models.analytics_connector_chat_cowork_unified_chat_metrics",
    "AnalyticsConnectorChatCoworkUnifiedMetrics": "_models.analytics_connector_chat_cowork_unified_metrics",
    "AnalyticsConnectorChatCoworkUnifiedSessionsMetrics": "_models.analytics_connector_chat_cowork_unified_sessions_metrics",
    "AnalyticsConnectorChatMetrics": "_models.analytics_connector_chat_metrics",
    "AnalyticsConnectorClaudeCodeMetrics": "_models.analytics_connector_claude_code_metrics",
    "AnalyticsConnectorCoworkMetrics": "_models.analytics_connector_cowork_metrics",
    "AnalyticsConnectorGroupByParam": "_params.analytics_connector_group_by_param",
    "AnalyticsConnectorOfficeMetrics": "_models.analytics_connector_office_metrics",
    "AnalyticsConnectorOfficeProductMetrics": "_models.analytics_connector_office_product_metrics",
    "AnalyticsContextWindow": "_models.analytics_context_window",
    "AnalyticsContextWindowParam": "_params.analytics_context_window_param",
    "AnalyticsCoreCodeMetrics": "_models.analytics_core_code_metrics",
    "AnalyticsCostBucketedResult": "_models.analytics_cost_bucketed_result",
    "AnalyticsCostBucketedResultInferenceGeo": "_models.analytics_cost_bucketed_result_inference_geo",
    "AnalyticsCostBucketedResultSpeed": "_models.analytics_cost_bucketed_result_speed",
    "AnalyticsCostGroup": "_models.analytics_cost_group",
    "AnalyticsCostGroupByParam": "_params.analytics_cost_group_by_param",
    "AnalyticsCostItem": "_models.analytics_cost_item",
    "AnalyticsCostItemPage": "_models.analytics_cost_item_page",
    "AnalyticsCostMetrics": "_models.analytics_cost_metrics",
    "AnalyticsCostOrderByParam": "_params.analytics_cost_order_by_param",
    "AnalyticsCostReportTimeBucket": "_models.analytics_cost_report_time_bucket",
    "AnalyticsCostReportTimeBucketPage": "_models.analytics_cost_report_time_bucket_page",
    "AnalyticsCostType": "_models.analytics_cost_type",
    "AnalyticsCostUsersItem": "_models.analytics_cost_users_item",
    "AnalyticsCostUsersItemInferenceGeo": "_models.analytics_cost_users_item_inference_geo",
    "AnalyticsCostUsersItemPage": "_models.analytics_cost_users_item_page",
    "AnalyticsCostUsersItemSpeed": "_models.analytics_cost_users_item_speed",
    "AnalyticsCoworkMetrics": "_models.analytics_cowork_metrics",
    "AnalyticsDesignMetrics": "_models.analytics_design_metrics",
    "AnalyticsFederatedActor": "_models.analytics_federated_actor",
    "AnalyticsFederatedActorAWSProvider": "_models.analytics_federated_actor_aws_provider",
    "AnalyticsFederatedActorAzureProvider": "_models.analytics_federated_actor_azure_provider",
    "AnalyticsFederatedActorGCPProvider": "_models.analytics_federated_actor_gcp_provider",
    "AnalyticsFederatedActorOIDCProvider": "_models.analytics_federated_actor_oidc_provider",
    "AnalyticsFederatedActorProvider": "_models.analytics_federated_actor_provider",
    "AnalyticsGroupedCostType": "_models.analytics_grouped_cost_type",
    "AnalyticsInferenceGeoFilterParam": "_params.analytics_inference_geo_filter_param",
    "AnalyticsLinesOfCode": "_models.analytics_lines_of_code",
    "AnalyticsOfficeMetrics": "_models.analytics_office_metrics",
    "AnalyticsOfficeProductMetrics": "_models.analytics_office_product_metrics",
    "AnalyticsOrderParam": "_params.analytics_order_param",
    "AnalyticsPluginActivity": "_models.analytics_plugin_activity",
    "AnalyticsPluginActivityPage": "_models.analytics_plugin_activity_page",
    "AnalyticsPluginChatCoworkUnifiedMetrics": "_models.analytics_plugin_chat_cowork_unified_metrics",
    "AnalyticsPluginClaudeCodeMetrics": "_models.analytics_plugin_claude_code_metrics",
    "AnalyticsPluginCoworkMetrics": "_models.analytics_plugin_cowork_metrics",
    "AnalyticsPluginGroupByParam": "_params.analytics_plugin_group_by_param",
    "AnalyticsProductFilterParam": "_params.analytics_product_filter_param",
    "AnalyticsProjectActivity": "_models.analytics_project_activity",
    "AnalyticsProjectActivityPage": "_models.analytics_project_activity_page",
    "AnalyticsProjectGroupByParam": "_params.analytics_project_group_by_param",
    "AnalyticsReportUserActor": "_models.analytics_report_user_actor",
    "AnalyticsScienceMetrics": "_models.analytics_science_metrics",
    "AnalyticsServerToolUse": "_models.analytics_server_tool_use",
    "AnalyticsServiceAccountActor": "_models.analytics_service_account_actor",
    "AnalyticsServiceTier": "_models.analytics_service_tier",
    "AnalyticsServiceTierParam": "_params.analytics_service_tier_param",
    "AnalyticsSingleDayActivitySummary": "_models.analytics_single_day_activity_summary",
    "AnalyticsSkillActivity": "_models.analytics_skill_activity",
    "AnalyticsSkillActivityPage": "_models.analytics_skill_activity_page",
    "AnalyticsSkillActivityShareStatus": "_models.analytics_skill_activity_share_status",
    "AnalyticsSkillChatCoworkUnifiedChatMetrics": "_models.analytics_skill_chat_cowork_unified_chat_metrics",
    "AnalyticsSkillChatCoworkUnifiedMetrics": "_models.analytics_skill_chat_cowork_unified_metrics",
    "AnalyticsSkillChatCoworkUnifiedSessionsMetrics": "_models.analytics_skill_chat_cowork_unified_sessions_metrics",
    "AnalyticsSkillChatMetrics": "_models.analytics_skill_chat_metrics",
    "AnalyticsSkillClaudeCodeMetrics": "_models.analytics_skill_claude_code_metrics",
    "AnalyticsSkillCoworkMetrics": "_models.analytics_skill_cowork_metrics",
    "AnalyticsSkillGroupByParam": "_params.analytics_skill_group_by_param",
    "AnalyticsSkillOfficeMetrics": "_models.analytics_skill_office_metrics",
    "AnalyticsSkillOfficeProductMetrics": "_models.analytics_skill_office_product_metrics",
    "AnalyticsSpeed": "_models.analytics_speed",
    "AnalyticsSpeedParam": "_params.analytics_speed_param",
    "AnalyticsSummaryPage": "_models.analytics_summary_page",
    "AnalyticsTimeBucketWidthParam": "_params.analytics_time_bucket_width_param",
    "AnalyticsTokenType": "_models.analytics_token_type",
    "AnalyticsToolActionCounts": "_models.analytics_tool_action_counts",
    "AnalyticsToolActions": "_models.analytics_tool_actions",
    "AnalyticsUsageBucketedResult": "_models.analytics_usage_bucketed_result",
    "AnalyticsUsageBucketedResultInferenceGeo": "_models.analytics_usage_bucketed_result_inference_geo",
    "AnalyticsUsageBucketedResultSpeed": "_models.analytics_usage_bucketed_result_speed",
    "AnalyticsUsageCostInferenceGeo": "_models.analytics_usage_cost_inference_geo",
    "AnalyticsUsageCostProductFilterParam": "_params.analytics_usage_cost_product_filter_param",
    "AnalyticsUsageCostSortOrderParam": "_params.analytics_usage_cost_sort_order_param",
    "AnalyticsUsageGroup": "_models.analytics_usage_group",
    "AnalyticsUsageGroupByParam": "_params.analytics_usage_group_by_param",
    "AnalyticsUsageItem": "_models.analytics_usage_item",
    "AnalyticsUsageItemPage": "_models.analytics_usage_item_page",
    "AnalyticsUsageMetrics": "_models.analytics_usage_metrics",
    "AnalyticsUsageOrderByParam": "_params.analytics_usage_order_by_param",
    "AnalyticsUsageReportTimeBucket": "_models.analytics_usage_report_time_bucket",
    "AnalyticsUsageReportTimeBucketPage": "_models.analytics_usage_report_time_bucket_page",
    "AnalyticsUsageUsersItem": "_models.analytics_usage_users_item",
    "AnalyticsUsageUsersItemInferenceGeo": "_models.analytics_usage_users_item_inference_geo",
    "AnalyticsUsageUsersItemPage": "_models.analytics_usage_users_item_page",
    "AnalyticsUsageUsersItemSpeed": "_models.analytics_usage_users_item_speed",
    "AnalyticsUser": "_models.analytics_user",
    "AnalyticsUserActivity": "_models.analytics_user_activity",
    "AnalyticsUserActivityPage": "_models.analytics_user_activity_page",
    "AnalyticsUserActor": "_models.analytics_user_actor",
    "AnalyticsUserGroupByParam": "_params.analytics_user_group_by_param",
    "AnalyticsUserType": "_models.analytics_user_type",
    "AnthropicBetaParam": "_params.anthropic_beta_param",
    "AnthropicHumanReview": "_models.anthropic_human_review",
    "AnthropicHumanReviewParam": "_params.anthropic_human_review_param",
    "AnthropicHumanReviewType": "_models.anthropic_human_review_type",
    "ApiKeyListParams": "_params.api_key_list_params",
    "AppliedContextManagementEdit": "_models.applied_context_management_edit",
    "ApprovalRequiredErrorDetails": "_models.approval_required_error_details",
    "ArtifactListParams": "_params.artifact_list_params",
    "AuthenticationError": "_models.authentication_error",
    "AuthorizationCheckUnavailableErrorDetails": "_models.authorization_check_unavailable_error_details",
    "AvailableExternalStorageStatus": "_models.available_external_storage_status",
    "AvailableToolsLimitExceededErrorDetails": "_models.available_tools_limit_exceeded_error_details",
    "AzureExternalKeyConfig": "_models.azure_external_key_config",
    "AzureExternalKeyConfigParam": "_params.azure_external_key_config_param",
    "BROWSER_MEMBER_NAME_VALUES": "_models.browser_member_name",
    "Base64ImageSourceParam": "_params.base64_image_source_param",
    "Base64PDFSource": "_models.base64_pdf_source",
    "Base64PDFSourceParam": "_params.base64_pdf_source_param",
    "BashCodeExecutionOutputBlock": "_models.bash_code_execution_output_block",
    "BashCodeExecutionOutputBlockParam": "_params.bash_code_execution_output_block_param",
    "BashCodeExecutionResultBlock": "_models.bash_code_execution_result_block",
    "BashCodeExecutionResultBlockParam": "_params.bash_code_execution_result_block_param",
    "BashCodeExecutionToolResultBlock": "_models.bash_code_execution_tool_result_block",
    "BashCodeExecutionToolResultBlockParam": "_params.bash_code_execution_tool_result_block_param",
    "BashCodeExecutionToolResultContent": "_models.bash_code_execution_tool_result_content",
    "BashCodeExecutionToolResultContentParam": "_params.bash_code_execution_tool_result_content_param",
    "BashCodeExecutionToolResultError": "_models.bash_code_execution_tool_result_error",
    "BashCodeExecutionToolResultErrorCode": "_models.bash_code_execution_tool_result_error_code",
    "BashCodeExecutionToolResultErrorCodeParam": "_params.bash_code_execution_tool_result_error_code_param",
    "BashCodeExecutionToolResultErrorParam": "_params.bash_code_execution_tool_result_error_param",
    "BatchCreateParams": "_params.batch_create_params",
    "BatchListParams": "_params.batch_list_params",
    "BatchRequestParam": "_params.batch_request_param",
    "BedrockAgentListParams": "_params.bedrock_agent_list_params",
    "BedrockAgentRetrieveParams": "_params.bedrock_agent_retrieve_params",
    "BedrockEventListParams": "_params.bedrock_event_list_params",
    "BedrockEventStreamParams": "_params.bedrock_event_stream_params",
    "BedrockMemoryDeleteParams": "_params.bedrock_memory_delete_params",
    "BedrockMemoryListParams": "_params.bedrock_memory_list_params",
    "BedrockMemoryRetrieveParams": "_params.bedrock_memory_retrieve_params",
    "BedrockMemoryStoreListParams": "_params.bedrock_memory_store_list_params",
    "BedrockMemoryVersionListParams": "_params.bedrock_memory_version_list_params",
    "BedrockMemoryVersionRetrieveParams": "_params.bedrock_memory_version_retrieve_params",
    "BedrockSessionListParams": "_params.bedrock_session_list_params",
    "BedrockSessionsEventListParams": "_params.bedrock_sessions_event_list_params",
    "BedrockSessionsEventStreamParams": "_params.bedrock_sessions_event_stream_params",
    "BedrockThreadListParams": "_params.bedrock_thread_list_params",
    "BedrockVersionListParams": "_params.bedrock_version_list_params",
    "BetaAPIKeyUpdateParams": "_params.beta_api_key_update_params",
    "BetaActionURLCreateParams": "_params.beta_action_url_create_params",
    "BetaApiKeyListParams": "_params.beta_api_key_list_params",
    "BetaArtifactListParams": "_params.beta_artifact_list_params",
    "BetaBatchCreateParams": "_params.beta_batch_create_params",
    "BetaBatchListParams": "_params.beta_batch_list_params",
    "BetaBatchRequestParam": "_params.beta_batch_request_param",
    "BetaCompletionCreateParams": "_params.beta_completion_create_params",
    "BetaCompletionCreateParamsBase": "_params.beta_completion_create_params_base",
    "BetaCompletionCreateParamsNonStreaming": "_params.beta_completion_create_params_non_streaming",
    "BetaCompletionCreateParamsStreaming": "_params.beta_completion_create_params_streaming",
    "BetaComplianceSettingUpdateParams": "_params.beta_compliance_setting_update_params",
    "BetaConnectorListParams": "_params.beta_connector_list_params",
    "BetaEffectiveListParams": "_params.beta_effective_list_params",
    "BetaExternalKeyCreateParams": "_params.beta_external_key_create_params",
    "BetaExternalKeyListParams": "_params.beta_external_key_list_params",
    "BetaExternalKeyUpdateParams": "_params.beta_external_key_update_params",
    "BetaFederationRuleWorkspaceAddParams": "_params.beta_federation_rule_workspace_add_params",
    "BetaFileListParams": "_params.beta_file_list_params",
    "BetaFileUploadParams": "_params.beta_file_upload_params",
    "BetaIncreaseRequestApproveParams": "_params.beta_increase_request_approve_params",
    "BetaIncreaseRequestDenyParams": "_params.beta_increase_request_deny_params",
    "BetaIncreaseRequestListParams": "_params.beta_increase_request_list_params",
    "BetaInviteCreateParams": "_params.beta_invite_create_params",
    "BetaInviteListParams": "_params.beta_invite_list_params",
    "BetaIssuerCreateParams": "_params.beta_issuer_create_params",
    "BetaIssuerListParams": "_params.beta_issuer_list_params",
    "BetaIssuerUpdateParams": "_params.beta_issuer_update_params",
    "BetaMemberListParams": "_params.beta_member_list_params",
    "BetaMessageCountTokensParams": "_params.beta_message_count_tokens_params",
    "BetaMessageCreateParams": "_params.beta_message_create_params",
    "BetaMessageCreateParamsBase": "_params.beta_message_create_params_base",
    "BetaMessageCreateParamsNonStreaming": "_params.beta_message_create_params_non_streaming",
    "BetaMessageCreateParamsStreaming": "_params.beta_message_create_params_streaming",
    "BetaModelListParams": "_params.beta_model_list_params",
    "BetaOrganizationAnalyticsPluginListParams": "_params.beta_organization_analytics_plugin_list_params",
    "BetaOrganizationAnalyticsSkillListParams": "_params.beta_organization_analytics_skill_list_params",
    "BetaOrganizationAnalyticsUserListParams": "_params.beta_organization_analytics_user_list_params",
    "BetaOrganizationFederationRulesWorkspaceListParams": "_params.beta_organization_federation_rules_workspace_list_params",
    "BetaOrganizationRateLimitListParams": "_params.beta_organization_rate_limit_list_params",
    "BetaOrganizationRbacGroupsMemberListParams": "_params.beta_organization_rbac_groups_member_list_params",
    "BetaOrganizationServiceAccountListParams": "_params.beta_organization_service_account_list_params",
    "BetaOrganizationServiceAccountsWorkspaceListParams": "_params.beta_organization_service_accounts_workspace_list_params",
    "BetaPermissionListParams": "_params.beta_permission_list_params",
    "BetaProjectListParams": "_params.beta_project_list_params",
    "BetaRBACGroupCreateParams": "_params.beta_rbac_group_create_params",
    "BetaRBACGroupMemberAddParams": "_params.beta_rbac_group_member_add_params",
    "BetaRBACGroupUpdateParams": "_params.beta_rbac_group_update_params",
    "BetaRateLimitListParams": "_params.beta_rate_limit_list_params",
    "BetaRbacGroupListParams": "_params.beta_rbac_group_list_params",
    "BetaRbacRoleListParams": "_params.beta_rbac_role_list_params",
    "BetaRuleCreateParams": "_params.beta_rule_create_params",
    "BetaRuleListParams": "_params.beta_rule_list_params",
    "BetaRuleUpdateParams": "_params.beta_rule_update_params",
    "BetaServiceAccountCreateParams": "_params.beta_service_account_create_params",
    "BetaServiceAccountListParams": "_params.beta_service_account_list_params",
    "BetaServiceAccountUpdateParams": "_params.beta_service_account_update_params",
    "BetaServiceAccountWorkspaceAddParams": "_params.beta_service_account_workspace_add_params",
    "BetaSkillCreateParams": "_params.beta_skill_create_params",
    "BetaSkillListParams": "_params.beta_skill_list_params",
    "BetaSkillVersionCreateParams": "_params.beta_skill_version_create_params",
    "BetaSummaryListParams": "_params.beta_summary_list_params",
    "BetaUserListParams": "_params.beta_user_list_params",
    "BetaUserProfileCreateParams": "_params.beta_user_profile_create_params",
    "BetaUserProfileListParams": "_params.beta_user_profile_list_params",
    "BetaUserProfileUpdateParams": "_params.beta_user_profile_update_params",
    "BetaUserUpdateParams": "_params.beta_user_update_params",
    "BetaVersionListParams": "_params.beta_version_list_params",
    "BetaWorkspaceCreateParams": "_params.beta_workspace_create_params",
    "BetaWorkspaceListParams": "_params.beta_workspace_list_params",
    "BetaWorkspaceMemberAddParams": "_params.beta_workspace_member_add_params",
    "BetaWorkspaceMemberUpdateParams": "_params.beta_workspace_member_update_params",
    "BetaWorkspaceRateLimitUpdateParams": "_params.beta_workspace_rate_limit_update_params",
    "BetaWorkspaceServiceAccountAddParams": "_params.beta_workspace_service_account_add_params",
    "BetaWorkspaceServiceAccountUpdateParams": "_params.beta_workspace_service_account_update_params",
    "BetaWorkspaceUpdateParams": "_params.beta_workspace_update_params",
    "BillToParam": "_params.bill_to_param",
    "BillingError": "_models.billing_error",
    "BillingPolicyParam": "_params.billing_policy_param",
    "BrowserClickTarget": "_models.browser_click_target",
    "BrowserCloseTabConfig": "_models.browser_close_tab_config",
    "BrowserCloseTabConfigParam": "_params.browser_close_tab_config_param",
    "BrowserCloseTabInput": "_models.browser_close_tab_input",
    "BrowserCloseTabToolUseBlock": "_models.browser_close_tab_tool_use_block",
    "BrowserCoordinateTarget": "_models.browser_coordinate_target",
    "BrowserDoubleClickConfig": "_models.browser_double_click_config",
    "BrowserDoubleClickConfigParam": "_params.browser_double_click_config_param",
    "BrowserDoubleClickInput": "_models.browser_double_click_input",
    "BrowserDoubleClickToolUseBlock": "_models.browser_double_click_tool_use_block",
    "BrowserFileUploadConfig": "_models.browser_file_upload_config",
    "BrowserFileUploadConfigParam": "_params.browser_file_upload_config_param",
    "BrowserFileUploadInput": "_models.browser_file_upload_input",
    "BrowserFileUploadToolUseBlock": "_models.browser_file_upload_tool_use_block",
    "BrowserFindConfig": "_models.browser_find_config",
    "BrowserFindConfigParam": "_params.browser_find_config_param",
    "BrowserFindInput": "_models.browser_find_input",
    "BrowserFindToolUseBlock": "_models.browser_find_tool_use_block",
    "BrowserFormInputConfig": "_models.browser_form_input_config",
    "BrowserFormInputConfigParam": "_params.browser_form_input_config_param",
    "BrowserFormInputInput": "_models.browser_form_input_input",
    "BrowserFormInputToolUseBlock": "_models.browser_form_input_tool_use_block",
    "BrowserFormInputValue": "_models.browser_form_input_value",
    "BrowserGetPageTextConfig": "_models.browser_get_page_text_config",
    "BrowserGetPageTextConfigParam": "_params.browser_get_page_text_config_param",
    "BrowserGetPageTextInput": "_models.browser_get_page_text_input",
    "BrowserGetPageTextToolUseBlock": "_models.browser_get_page_text_tool_use_block",
    "BrowserHoldKeyConfig": "_models.browser_hold_key_config",
    "BrowserHoldKeyConfigParam": "_params.browser_hold_key_config_param",
    "BrowserHoldKeyInput": "_models.browser_hold_key_input",
    "BrowserHoldKeyToolUseBlock": "_models.browser_hold_key_tool_use_block",
    "BrowserHoverConfig": "_models.browser_hover_config",
    "BrowserHoverConfigParam": "_params.browser_hover_config_param",
    "BrowserHoverInput": "_models.browser_hover_input",
    "BrowserHoverToolUseBlock": "_models.browser_hover_tool_use_block",
    "BrowserJavascriptExecConfig": "_models.browser_javascript_exec_config",
    "BrowserJavascriptExecConfigParam": "_params.browser_javascript_exec_config_param",
    "BrowserJavascriptExecInput": "_models.browser_javascript_exec_input",
    "BrowserJavascriptExecToolUseBlock": "_models.browser_javascript_exec_tool_use_block",
    "BrowserKeyConfig": "_models.browser_key_config",
    "BrowserKeyConfigParam": "_params.browser_key_config_param",
    "BrowserKeyInput": "_models.browser_key_input",
    "BrowserKeyToolUseBlock": "_models.browser_key_tool_use_block",
    "BrowserLeftClickConfig": "_models.browser_left_click_config",
    "BrowserLeftClickConfigParam": "_params.browser_left_click_config_param",
    "BrowserLeftClickDragConfig": "_models.browser_left_click_drag_config",
    "BrowserLeftClickDragConfigParam": "_params.browser_left_click_drag_config_param",
    "BrowserLeftClickDragInput": "_models.browser_left_click_drag_input",
    "BrowserLeftClickDragToolUseBlock": "_models.browser_left_click_drag_tool_use_block",
    "BrowserLeftClickInput": "_models.browser_left_click_input",
    "BrowserLeftClickToolUseBlock": "_models.browser_left_click_tool_use_block",
    "BrowserLeftMouseDownConfig": "_models.browser_left_mouse_down_config",
    "BrowserLeftMouseDownConfigParam": "_params.browser_left_mouse_down_config_param",
    "BrowserLeftMouseDownInput": "_models.browser_left_mouse_down_input",
    "BrowserLeftMouseDownToolUseBlock": "_models.browser_left_mouse_down_tool_use_block",
    "BrowserLeftMouseUpConfig": "_models.browser_left_mouse_up_config",
    "BrowserLeftMouseUpConfigParam": "_params.browser_left_mouse_up_config_param",
    "BrowserLeftMouseUpInput": "_models.browser_left_mouse_up_input",
    "BrowserLeftMouseUpToolUseBlock": "_models.browser_left_mouse_up_tool_use_block",
    "BrowserListTabsConfig": "_models.browser_list_tabs_config",
    "BrowserListTabsConfigParam": "_params.browser_list_tabs_config_param",
    "BrowserListTabsInput": "_models.browser_list_tabs_input",
    "BrowserListTabsToolUseBlock": "_models.browser_list_tabs_tool_use_block",
    "BrowserMemberInput": "_models.browser_member_input",
    "BrowserMemberName": "_models.browser_member_name",
    "BrowserMiddleClickConfig": "_models.browser_middle_click_config",
    "BrowserMiddleClickConfigParam": "_params.browser_middle_click_config_param",
    "BrowserMiddleClickInput": "_models.browser_middle_click_input",
    "BrowserMiddleClickToolUseBlock": "_models.browser_middle_click_tool_use_block",
    "BrowserMouseMoveConfig": "_models.browser_mouse_move_config",
    "BrowserMouseMoveConfigParam": "_params.browser_mouse_move_config_param",
    "BrowserMouseMoveInput": "_models.browser_mouse_move_input",
    "BrowserMouseMoveToolUseBlock": "_models.browser_mouse_move_tool_use_block",
    "BrowserNavigateConfig": "_models.browser_navigate_config",
    "BrowserNavigateConfigParam": "_params.browser_navigate_config_param",
    "BrowserNavigateInput": "_models.browser_navigate_input",
    "BrowserNavigateToolUseBlock": "_models.browser_navigate_tool_use_block",
    "BrowserNewTabConfig": "_models.browser_new_tab_config",
    "BrowserNewTabConfigParam": "_params.browser_new_tab_config_param",
    "BrowserNewTabInput": "_models.browser_new_tab_input",
    "BrowserNewTabToolUseBlock": "_models.browser_new_tab_tool_use_block",
    "BrowserReadConsoleConfig": "_models.browser_read_console_config",
    "BrowserReadConsoleConfigParam": "_params.browser_read_console_config_param",
    "BrowserReadConsoleInput": "_models.browser_read_console_input",
    "BrowserReadConsoleToolUseBlock": "_models.browser_read_console_tool_use_block",
    "BrowserReadNetworkConfig": "_models.browser_read_network_config",
    "BrowserReadNetworkConfigParam": "_params.browser_read_network_config_param",
    "BrowserReadNetworkInput": "_models.browser_read_network_input",
    "BrowserReadNetworkToolUseBlock": "_models.browser_read_network_tool_use_block",
    "BrowserReadPageConfig": "_models.browser_read_page_config",
    "BrowserReadPageConfigParam": "_params.browser_read_page_config_param",
    "BrowserReadPageFilter": "_models.browser_read_page_filter",
    "BrowserReadPageInput": "_models.browser_read_page_input",
    "BrowserReadPageToolUseBlock": "_models.browser_read_page_tool_use_block",
    "BrowserRefTarget": "_models.browser_ref_target",
    "BrowserRightClickConfig": "_models.browser_right_click_config",
    "BrowserRightClickConfigParam": "_params.browser_right_click_config_param",
    "BrowserRightClickInput": "_models.browser_right_click_input",
    "BrowserRightClickToolUseBlock": "_models.browser_right_click_tool_use_block",
    "BrowserScreenshotConfig": "_models.browser_screenshot_config",
    "BrowserScreenshotConfigParam": "_params.browser_screenshot_config_param",
    "BrowserScreenshotInput": "_models.browser_screenshot_input",
    "BrowserScreenshotToolUseBlock": "_models.browser_screenshot_tool_use_block",
    "BrowserScrollConfig": "_models.browser_scroll_config",
    "BrowserScrollConfigParam": "_params.browser_scroll_config_param",
    "BrowserScrollDirection": "_models.browser_scroll_direction",
    "BrowserScrollInput": "_models.browser_scroll_input",
    "BrowserScrollToConfig": "_models.browser_scroll_to_config",
    "BrowserScrollToConfigParam": "_params.browser_scroll_to_config_param",
    "BrowserScrollToInput": "_models.browser_scroll_to_input",
    "BrowserScrollToToolUseBlock": "_models.browser_scroll_to_tool_use_block",
    "BrowserScrollToolUseBlock": "_models.browser_scroll_tool_use_block",
    "BrowserStateBlockParam": "_params.browser_state_block_param",
    "BrowserStateChangeDownloadCompletedParam": "_params.browser_state_change_download_completed_param",
    "BrowserStateChangeDownloadFailedParam": "_params.browser_state_change_download_failed_param",
    "BrowserStateChangeDownloadStartedParam": "_params.browser_state_change_download_started_param",
    "BrowserStateChangeParam": "_params.browser_state_change_param",
    "BrowserStateChangeTabOpenedParam": "_params.browser_state_change_tab_opened_param",
    "BrowserStateTabEntryParam": "_params.browser_state_tab_entry_param",
    "BrowserSwitchTabConfig": "_models.browser_switch_tab_config",
    "BrowserSwitchTabConfigParam": "_params.browser_switch_tab_config_param",
    "BrowserSwitchTabInput": "_models.browser_switch_tab_input",
    "BrowserSwitchTabToolUseBlock": "_models.browser_switch_tab_tool_use_block",
    "BrowserToolUseBlock": "_models.browser_tool_use_block",
    "BrowserToolset20260801": "_models.browser_toolset20260801",
    "BrowserToolset20260801Param": "_params.browser_toolset20260801_param",
    "BrowserToolsetConfigs": "_models.browser_toolset_configs",
    "BrowserToolsetConfigsParam": "_params.browser_toolset_configs_param",
    "BrowserTripleClickConfig": "_models.browser_triple_click_config",
    "BrowserTripleClickConfigParam": "_params.browser_triple_click_config_param",
    "BrowserTripleClickInput": "_models.browser_triple_click_input",
    "BrowserTripleClickToolUseBlock": "_models.browser_triple_click_tool_use_block",
    "BrowserTypeConfig": "_models.browser_type_config",
    "BrowserTypeConfigParam": "_params.browser_type_config_param",
    "BrowserTypeInput": "_models.browser_type_input",
    "BrowserTypeToolUseBlock": "_models.browser_type_tool_use_block",
    "BrowserWaitConfig": "_models.browser_wait_config",
    "BrowserWaitConfigParam": "_params.browser_wait_config_param",
    "BrowserWaitInput": "_models.browser_wait_input",
    "BrowserWaitToolUseBlock": "_models.browser_wait_tool_use_block",
    "BrowserZoomConfig": "_models.browser_zoom_config",
    "BrowserZoomConfigParam": "_params.browser_zoom_config_param",
    "BrowserZoomInput": "_models.browser_zoom_input",
    "BrowserZoomToolUseBlock": "_models.browser_zoom_tool_use_block",
    "BundleAttachmentNotSupportedErrorDetails": "_models.bundle_attachment_not_supported_error_details",
    "BundleListParams": "_params.bundle_list_params",
    "BundleOnCallErrorDetails": "_models.bundle_on_call_error_details",
    "CMEKContextUnavailableErrorDetails": "_models.cmek_context_unavailable_error_details",
    "CMEKFeatureUnsupportedErrorDetails": "_models.cmek_feature_unsupported_error_details",
    "CMEKKeyDisabledErrorDetails": "_models.cmek_key_disabled_error_details",
    "CMEKKeyNetworkBlockedErrorDetails": "_models.cmek_key_network_blocked_error_details",
    "CMEKKeyUnreachableErrorDetails": "_models.cmek_key_unreachable_error_details",
    "CMEKNotApprovedErrorDetails": "_models.cmek_not_approved_error_details",
    "COMPUTER_MEMBER_NAME_VALUES": "_models.computer_member_name",
    "CacheControlEphemeral": "_models.cache_control_ephemeral",
    "CacheControlEphemeralParam": "_params.cache_control_ephemeral_param",
    "CacheControlEphemeralTtl": "_models.cache_control_ephemeral_ttl",
    "CacheCreation": "_models.cache_creation",
    "CacheMissMessagesChanged": "_models.cache_miss_messages_changed",
    "CacheMissModelChanged": "_models.cache_miss_model_changed",
    "CacheMissPreviousMessageNotFound": "_models.cache_miss_previous_message_not_found",
    "CacheMissReason": "_models.cache_miss_reason",
    "CacheMissSystemChanged": "_models.cache_miss_system_changed",
    "CacheMissToolsChanged": "_models.cache_miss_tools_changed",
    "CacheMissUnavailable": "_models.cache_miss_unavailable",
    "CannotInviteEmailsWithUnverifiedDomainsErrorDetails": "_models.cannot_invite_emails_with_unverified_domains_error_details",
    "CannotRemoveLastMemberErrorDetails": "_models.cannot_remove_last_member_error_details",
    "CannotSignOutManagedMemberErrorDetails": "_models.cannot_sign_out_managed_member_error_details",
    "CannotSignOutMembershipAdminErrorDetails": "_models.cannot_sign_out_membership_admin_error_details",
    "CannotSignOutOwnerErrorDetails": "_models.cannot_sign_out_owner_error_details",
    "CannotSignOutPrimaryOwnerErrorDetails": "_models.cannot_sign_out_primary_owner_error_details",
    "CannotSignOutPrivilegedMemberErrorDetails": "_models.cannot_sign_out_privileged_member_error_details",
    "CannotSignOutSelfErrorDetails": "_models.cannot_sign_out_self_error_details",
    "CapabilitySupport": "_models.capability_support",
    "CaseListParams": "_params.case_list_params",
    "CertificateCreateParams": "_params.certificate_create_params",
    "CertificateListParams": "_params.certificate_list_params",
    "ChangeOutcomeUnknownErrorDetails": "_models.change_outcome_unknown_error_details",
    "CitationCharLocation": "_models.citation_char_location",
    "CitationCharLocationParam": "_params.citation_char_location_param",
    "CitationContentBlockLocation": "_models.citation_content_block_location",
    "CitationContentBlockLocationParam": "_params.citation_content_block_location_param",
    "CitationPageLocation": "_models.citation_page_location",
    "CitationPageLocationParam": "_params.citation_page_location_param",
    "CitationSearchResultLocationParam": "_params.citation_search_result_location_param",
    "CitationWebSearchResultLocationParam": "_params.citation_web_search_result_location_param",
    "CitationsConfig": "_models.citations_config",
    "CitationsConfigParam": "_params.citations_config_param",
    "CitationsDelta": "_models.citations_delta",
    "CitationsSearchResultLocation": "_models.citations_search_result_location",
    "CitationsWebSearchResultLocation": "_models.citations_web_search_result_location",
    "ClaudeCodeKeyCreatorNotMemberErrorDetails": "_models.claude_code_key_creator_not_member_error_details",
    "ClaudeCodeManagedSettingsConfiguration": "_models.claude_code_managed_settings_configuration",
    "ClaudeCodeManagedSettingsConfigurationUpdateParams": "_params.claude_code_managed_settings_configuration_update_params",
    "ClaudeCodeManagedSettingsMode": "_models.claude_code_managed_settings_mode",
    "ClaudeCodeManagedSettingsModeParam": "_params.claude_code_managed_settings_mode_param",
    "ClaudeCodeManagedSettingsOrganizationMode": "_models.claude_code_managed_settings_organization_mode",
    "ClaudeCodeManagedSettingsOrganizationModeParam": "_params.claude_code_managed_settings_organization_mode_param",
    "ClaudeCodeManagedSettingsRBACGroupsMode": "_models.claude_code_managed_settings_rbac_groups_mode",
    "ClaudeCodeManagedSettingsRBACGroupsModeParam": "_params.claude_code_managed_settings_rbac_groups_mode_param",
    "ClaudeCodeRBACGroupDefaultManagedSettings": "_models.claude_code_rbac_group_default_managed_settings",
    "ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams": "_params.claude_code_rbac_group_default_managed_settings_update_params",
    "ClaudeCodeRBACGroupManagedSettings": "_models.claude_code_rbac_group_managed_settings",
    "ClaudeCodeRBACGroupManagedSettingsSetParams": "_params.claude_code_rbac_group_managed_settings_set_params",
    "ClaudeCodeRBACGroupManagedSettingsSummary": "_models.claude_code_rbac_group_managed_settings_summary",
    "ClaudeCodeRBACGroupManagedSettingsSummaryPage": "_models.claude_code_rbac_group_managed_settings_summary_page",
    "ClaudeCodeRBACGroupStatus": "_models.claude_code_rbac_group_status",
    "ClaudeCodeRBACGroupStatusActive": "_models.claude_code_rbac_group_status_active",
    "ClaudeCodeRBACGroupStatusDeleted": "_models.claude_code_rbac_group_status_deleted",
    "ClaudeCodeRBACGroupStatusUnknown": "_models.claude_code_rbac_group_status_unknown",
    "ClaudeCodeVersionTooOldErrorDetails": "_models.claude_code_version_too_old_error_details",
    "ClaudeTagBundle": "_models.claude_tag_bundle",
    "ClaudeTagBundlePage": "_models.claude_tag_bundle_page",
    "ClaudeTagBundleTarget": "_models.claude_tag_bundle_target",
    "ClaudeTagBundleTargetCreateParam": "_params.claude_tag_bundle_target_create_param",
    "ClaudeTagBundleTargetPage": "_models.claude_tag_bundle_target_page",
    "ClaudeTagBundleUpdateParams": "_params.claude_tag_bundle_update_params",
    "ClaudeTagDefaultSettingSource": "_models.claude_tag_default_setting_source",
    "ClaudeTagDeletedBundleTarget": "_models.claude_tag_deleted_bundle_target",
    "ClaudeTagDeletedSlackChannel": "_models.claude_tag_deleted_slack_channel",
    "ClaudeTagGuestPolicy": "_models.claude_tag_guest_policy",
    "ClaudeTagGuestPolicyAllow": "_models.claude_tag_guest_policy_allow",
    "ClaudeTagGuestPolicyAllowParam": "_params.claude_tag_guest_policy_allow_param",
    "ClaudeTagGuestPolicyChannelOnly": "_models.claude_tag_guest_policy_channel_only",
    "ClaudeTagGuestPolicyChannelOnlyParam": "_params.claude_tag_guest_policy_channel_only_param",
    "ClaudeTagGuestPolicyParam": "_params.claude_tag_guest_policy_param",
    "ClaudeTagGuestPolicyRestrict": "_models.claude_tag_guest_policy_restrict",
    "ClaudeTagGuestPolicyRestrictParam": "_params.claude_tag_guest_policy_restrict_param",
    "ClaudeTagReplyMode": "_models.claude_tag_reply_mode",
    "ClaudeTagReplyModeAlwaysAwake": "_models.claude_tag_reply_mode_always_awake",
    "ClaudeTagReplyModeAlwaysAwakeParam": "_params.claude_tag_reply_mode_always_awake_param",
    "ClaudeTagReplyModeAutomatic": "_models.claude_tag_reply_mode_automatic",
    "ClaudeTagReplyModeAutomaticParam": "_params.claude_tag_reply_mode_automatic_param",
    "ClaudeTagReplyModeMentionOnly": "_models.claude_tag_reply_mode_mention_only",
    "ClaudeTagReplyModeMentionOnlyParam": "_params.claude_tag_reply_mode_mention_only_param",
    "ClaudeTagReplyModeParam": "_params.claude_tag_reply_mode_param",
    "ClaudeTagReplyModeThread": "_models.claude_tag_reply_mode_thread",
    "ClaudeTagReplyModeThreadParam": "_params.claude_tag_reply_mode_thread_param",
    "ClaudeTagSettingSource": "_models.claude_tag_setting_source",
    "ClaudeTagSettingSources": "_models.claude_tag_setting_sources",
    "ClaudeTagSettings": "_models.claude_tag_settings",
    "ClaudeTagSettingsCreateParam": "_params.claude_tag_settings_create_param",
    "ClaudeTagSettingsUpdateParam": "_params.claude_tag_settings_update_param",
    "ClaudeTagSlackChannel": "_models.claude_tag_slack_channel",
    "ClaudeTagSlackChannelBundleTarget": "_models.claude_tag_slack_channel_bundle_target",
    "ClaudeTagSlackChannelBundleTargetCreateParam": "_params.claude_tag_slack_channel_bundle_target_create_param",
    "ClaudeTagSlackChannelCreateParams": "_params.claude_tag_slack_channel_create_params",
    "ClaudeTagSlackChannelIdentifiers": "_models.claude_tag_slack_channel_identifiers",
    "ClaudeTagSlackChannelIdentifiersParam": "_params.claude_tag_slack_channel_identifiers_param",
    "ClaudeTagSlackChannelPage": "_models.claude_tag_slack_channel_page",
    "ClaudeTagSlackChannelSettingSource": "_models.claude_tag_slack_channel_setting_source",
    "ClaudeTagSlackChannelUpdateParams": "_params.claude_tag_slack_channel_update_params",
    "ClaudeTagSlackDefaultSettingSource": "_models.claude_tag_slack_default_setting_source",
    "ClaudeTagSlackGridChannelSettingSource": "_models.claude_tag_slack_grid_channel_setting_source",
    "ClaudeTagSlackParentChannelSettingSource": "_models.claude_tag_slack_parent_channel_setting_source",
    "ClaudeTagSlackWorkspace": "_models.claude_tag_slack_workspace",
    "ClaudeTagSlackWorkspaceBundleTarget": "_models.claude_tag_slack_workspace_bundle_target",
    "ClaudeTagSlackWorkspaceBundleTargetCreateParam": "_params.claude_tag_slack_workspace_bundle_target_create_param",
    "ClaudeTagSlackWorkspaceIdentifiers": "_models.claude_tag_slack_workspace_identifiers",
    "ClaudeTagSlackWorkspacePage": "_models.claude_tag_slack_workspace_page",
    "ClaudeTagSlackWorkspaceSettingSource": "_models.claude_tag_slack_workspace_setting_source",
    "ClaudeTagSlackWorkspaceUpdateParams": "_params.claude_tag_slack_workspace_update_params",
    "ClaudeTagWritesNotEnabledErrorDetails": "_models.claude_tag_writes_not_enabled_error_details",
    "ClearThinking20251015EditParam": "_params.clear_thinking20251015_edit_param",
    "ClearThinking20251015EditResponse": "_models.clear_thinking20251015_edit_response",
    "ClearThinkingKeepParam": "_params.clear_thinking_keep_param",
    "ClearToolUses20250919EditParam": "_params.clear_tool_uses20250919_edit_param",
    "ClearToolUses20250919EditResponse": "_models.clear_tool_uses20250919_edit_response",
    "ClearToolUsesTriggerParam": "_params.clear_tool_uses_trigger_param",
    "CloudConfig": "_models.cloud_config",
    "CloudConfigParams": "_params.cloud_config_params",
    "CloudNetworking": "_models.cloud_networking",
    "CloudNetworkingParams": "_params.cloud_networking_params",
    "CodeExecutionOutputBlock": "_models.code_execution_output_block",
    "CodeExecutionOutputBlockParam": "_params.code_execution_output_block_param",
    "CodeExecutionResultBlock": "_models.code_execution_result_block",
    "CodeExecutionResultBlockParam": "_params.code_execution_result_block_param",
    "CodeExecutionTool20250522": "_models.code_execution_tool20250522",
    "CodeExecutionTool20250522Param": "_params.code_execution_tool20250522_param",
    "CodeExecutionTool20250825": "_models.code_execution_tool20250825",
    "CodeExecutionTool20250825Param": "_params.code_execution_tool20250825_param",
    "CodeExecutionTool20260120": "_models.code_execution_tool20260120",
    "CodeExecutionTool20260120Param": "_params.code_execution_tool20260120_param",
    "CodeExecutionTool20260521": "_models.code_execution_tool20260521",
    "CodeExecutionTool20260521Param": "_params.code_execution_tool20260521_param",
    "CodeExecutionToolResultBlock": "_models.code_execution_tool_result_block",
    "CodeExecutionToolResultBlockParam": "_params.code_execution_tool_result_block_param",
    "CodeExecutionToolResultContent": "_models.code_execution_tool_result_content",
    "CodeExecutionToolResultContentParam": "_params.code_execution_tool_result_content_param",
    "CodeExecutionToolResultError": "_models.code_execution_tool_result_error",
    "CodeExecutionToolResultErrorCode": "_models.code_execution_tool_result_error_code",
    "CodeExecutionToolResultErrorCodeParam": "_params.code_execution_tool_result_error_code_param",
    "CodeExecutionToolResultErrorParam": "_params.code_execution_tool_result_error_param",
    "Compact20260112EditParam": "_params.compact20260112_edit_param",
    "CompactionBlock": "_models.compaction_block",
    "CompactionBlockAmbiguousErrorDetails": "_models.compaction_block_ambiguous_error_details",
    "CompactionBlockMisplacedErrorDetails": "_models.compaction_block_misplaced_error_details",
    "CompactionBlockParam": "_params.compaction_block_param",
    "CompactionCapability": "_models.compaction_capability",
    "CompactionConfigParam": "_params.compaction_config_param",
    "CompactionContentMismatchErrorDetails": "_models.compaction_content_mismatch_error_details",
    "CompactionDelta": "_models.compaction_delta",
    "CompactionIncompleteTurnErrorDetails": "_models.compaction_incomplete_turn_error_details",
    "CompactionIterationUsage": "_models.compaction_iteration_usage",
    "CompactionNothingToSummarizeErrorDetails": "_models.compaction_nothing_to_summarize_error_details",
    "CompactionSignatureInvalidErrorDetails": "_models.compaction_signature_invalid_error_details",
    "CompactionTooManyToolReferencesErrorDetails": "_models.compaction_too_many_tool_references_error_details",
    "CompactionToolChange": "_models.compaction_tool_change",
    "CompactionToolChangeParam": "_params.compaction_tool_change_param",
    "CompactionToolChangesMismatchErrorDetails": "_models.compaction_tool_changes_mismatch_error_details",
    "CompactionUnavailableErrorDetails": "_models.compaction_unavailable_error_details",
    "Completion": "_models.completion",
    "CompletionCreateParams": "_params.completion_create_params",
    "CompletionCreateParamsBase": "_params.completion_create_params_base",
    "CompletionCreateParamsNonStreaming": "_params.completion_create_params_non_streaming",
    "CompletionCreateParamsStreaming": "_params.completion_create_params_streaming",
    "CompletionStreamEvent": "_models.completion_stream_event",
    "ComplianceConfigurationRestrictedErrorDetails": "_models.compliance_configuration_restricted_error_details",
    "ComplianceReviewAPIActor": "_models.compliance_review_api_actor",
    "ComplianceReviewActor": "_models.compliance_review_actor",
    "ComplianceReviewCase": "_models.compliance_review_case",
    "ComplianceReviewCaseCloseReason": "_models.compliance_review_case_close_reason",
    "ComplianceReviewCaseCloseReasonType": "_models.compliance_review_case_close_reason_type",
    "ComplianceReviewCaseClosed": "_models.compliance_review_case_closed",
    "ComplianceReviewCaseOpen": "_models.compliance_review_case_open",
    "ComplianceReviewCaseOrderByParam": "_params.compliance_review_case_order_by_param",
    "ComplianceReviewCasePage": "_models.compliance_review_case_page",
    "ComplianceReviewCaseRespondParams": "_params.compliance_review_case_respond_params",
    "ComplianceReviewCaseStatus": "_models.compliance_review_case_status",
    "ComplianceReviewCaseStatusFilterParam": "_params.compliance_review_case_status_filter_param",
    "ComplianceReviewContentNotCaptured": "_models.compliance_review_content_not_captured",
    "ComplianceReviewContentUnavailableReason": "_models.compliance_review_content_unavailable_reason",
    "ComplianceReviewCreateMessageContent": "_models.compliance_review_create_message_content",
    "ComplianceReviewDeterminationParam": "_params.compliance_review_determination_param",
    "ComplianceReviewEnforcementAction": "_models.compliance_review_enforcement_action",
    "ComplianceReviewItem": "_models.compliance_review_item",
    "ComplianceReviewMessageDetails": "_models.compliance_review_message_details",
    "ComplianceReviewNotice": "_models.compliance_review_notice",
    "ComplianceReviewNoticeKind": "_models.compliance_review_notice_kind",
    "ComplianceReviewNoticeKindType": "_models.compliance_review_notice_kind_type",
    "ComplianceReviewNoticePage": "_models.compliance_review_notice_page",
    "ComplianceReviewOrderParam": "_params.compliance_review_order_param",
    "ComplianceReviewPolicyCategory": "_models.compliance_review_policy_category",
    "ComplianceReviewSafeguardsReason": "_models.compliance_review_safeguards_reason",
    "ComplianceReviewServiceAccountActor": "_models.compliance_review_service_account_actor",
    "ComplianceReviewStoredCopyUnavailable": "_models.compliance_review_stored_copy_unavailable",
    "ComplianceReviewTranscript": "_models.compliance_review_transcript",
    "ComplianceReviewUserActor": "_models.compliance_review_user_actor",
    "ComplianceReviewVerdictParam": "_params.compliance_review_verdict_param",
    "ComplianceReviewViolatedPolicyCategoryParam": "_params.compliance_review_violated_policy_category_param",
    "ComplianceSettingUpdateParams": "_params.compliance_setting_update_params",
    "ComplianceSettingsState": "_models.compliance_settings_state",
    "ComplianceSettingsStateDisabled": "_models.compliance_settings_state_disabled",
    "ComplianceSettingsStateDisabledParam": "_params.compliance_settings_state_disabled_param",
    "ComplianceSettingsStateEnabled": "_models.compliance_settings_state_enabled",
    "ComplianceSettingsStateEnabledParam": "_params.compliance_settings_state_enabled_param",
    "ComplianceSettingsStateParam": "_params.compliance_settings_state_param",
    "ComputerCursorPositionConfig": "_models.computer_cursor_position_config",
    "ComputerCursorPositionConfigParam": "_params.computer_cursor_position_config_param",
    "ComputerCursorPositionInput": "_models.computer_cursor_position_input",
    "ComputerCursorPositionToolUseBlock": "_models.computer_cursor_position_tool_use_block",
    "ComputerDoubleClickConfig": "_models.computer_double_click_config",
    "ComputerDoubleClickConfigParam": "_params.computer_double_click_config_param",
    "ComputerDoubleClickInput": "_models.computer_double_click_input",
    "ComputerDoubleClickToolUseBlock": "_models.computer_double_click_tool_use_block",
    "ComputerHoldKeyConfig": "_models.computer_hold_key_config",
    "ComputerHoldKeyConfigParam": "_params.computer_hold_key_config_param",
    "ComputerHoldKeyInput": "_models.computer_hold_key_input",
    "ComputerHoldKeyToolUseBlock": "_models.computer_hold_key_tool_use_block",
    "ComputerKeyConfig": "_models.computer_key_config",
    "ComputerKeyConfigParam": "_params.computer_key_config_param",
    "ComputerKeyInput": "_models.computer_key_input",
    "ComputerKeyToolUseBlock": "_models.computer_key_tool_use_block",
    "ComputerLeftClickConfig": "_models.computer_left_click_config",
    "ComputerLeftClickConfigParam": "_params.computer_left_click_config_param",
    "ComputerLeftClickDragConfig": "_models.computer_left_click_drag_config",
    "ComputerLeftClickDragConfigParam": "_params.computer_left_click_drag_config_param",
    "ComputerLeftClickDragInput": "_models.computer_left_click_drag_input",
    "ComputerLeftClickDragToolUseBlock": "_models.computer_left_click_drag_tool_use_block",
    "ComputerLeftClickInput": "_models.computer_left_click_input",
    "ComputerLeftClickToolUseBlock": "_models.computer_left_click_tool_use_block",
    "ComputerLeftMouseDownConfig": "_models.computer_left_mouse_down_config",
    "ComputerLeftMouseDownConfigParam": "_params.computer_left_mouse_down_config_param",
    "ComputerLeftMouseDownInput": "_models.computer_left_mouse_down_input",
    "ComputerLeftMouseDownToolUseBlock": "_models.computer_left_mouse_down_tool_use_block",
    "ComputerLeftMouseUpConfig": "_models.computer_left_mouse_up_config",
    "ComputerLeftMouseUpConfigParam": "_params.computer_left_mouse_up_config_param",
    "ComputerLeftMouseUpInput": "_models.computer_left_mouse_up_input",
    "ComputerLeftMouseUpToolUseBlock": "_models.computer_left_mouse_up_tool_use_block",
    "ComputerMemberInput": "_models.computer_member_input",
    "ComputerMemberName": "_models.computer_member_name",
    "ComputerMiddleClickConfig": "_models.computer_middle_click_config",
    "ComputerMiddleClickConfigParam": "_params.computer_middle_click_config_param",
    "ComputerMiddleClickInput": "_models.computer_middle_click_input",
    "ComputerMiddleClickToolUseBlock": "_models.computer_middle_click_tool_use_block",
    "ComputerMouseMoveConfig": "_models.computer_mouse_move_config",
    "ComputerMouseMoveConfigParam": "_params.computer_mouse_move_config_param",
    "ComputerMouseMoveInput": "_models.computer_mouse_move_input",
    "ComputerMouseMoveToolUseBlock": "_models.computer_mouse_move_tool_use_block",
    "ComputerRightClickConfig": "_models.computer_right_click_config",
    "ComputerRightClickConfigParam": "_params.computer_right_click_config_param",
    "ComputerRightClickInput": "_models.computer_right_click_input",
    "ComputerRightClickToolUseBlock": "_models.computer_right_click_tool_use_block",
    "ComputerScreenshotConfig": "_models.computer_screenshot_config",
    "ComputerScreenshotConfigParam": "_params.computer_screenshot_config_param",
    "ComputerScreenshotInput": "_models.computer_screenshot_input",
    "ComputerScreenshotToolUseBlock": "_models.computer_screenshot_tool_use_block",
    "ComputerScrollConfig": "_models.computer_scroll_config",
    "ComputerScrollConfigParam": "_params.computer_scroll_config_param",
    "ComputerScrollDirection": "_models.computer_scroll_direction",
    "ComputerScrollInput": "_models.computer_scroll_input",
    "ComputerScrollToolUseBlock": "_models.computer_scroll_tool_use_block",
    "ComputerToolUseBlock": "_models.computer_tool_use_block",
    "ComputerToolset20260801": "_models.computer_toolset20260801",
    "ComputerToolset20260801Param": "_params.computer_toolset20260801_param",
    "ComputerToolsetConfigs": "_models.computer_toolset_configs",
    "ComputerToolsetConfigsParam": "_params.computer_toolset_configs_param",
    "ComputerTripleClickConfig": "_models.computer_triple_click_config",
    "ComputerTripleClickConfigParam": "_params.computer_triple_click_config_param",
    "ComputerTripleClickInput": "_models.computer_triple_click_input",
    "ComputerTripleClickToolUseBlock": "_models.computer_triple_click_tool_use_block",
    "ComputerTypeConfig": "_models.computer_type_config",
    "ComputerTypeConfigParam": "_params.computer_type_config_param",
    "ComputerTypeInput": "_models.computer_type_input",
    "ComputerTypeToolUseBlock": "_models.computer_type_tool_use_block",
    "ComputerWaitConfig": "_models.computer_wait_config",
    "ComputerWaitConfigParam": "_params.computer_wait_config_param",
    "ComputerWaitInput": "_models.computer_wait_input",
    "ComputerWaitToolUseBlock": "_models.computer_wait_tool_use_block",
    "ComputerZoomConfig": "_models.computer_zoom_config",
    "ComputerZoomConfigParam": "_params.computer_zoom_config_param",
    "ComputerZoomInput": "_models.computer_zoom_input",
    "ComputerZoomToolUseBlock": "_models.computer_zoom_tool_use_block",
    "ConcurrentMembershipChangeErrorDetails": "_models.concurrent_membership_change_error_details",
    "ConnectorListParams": "_params.connector_list_params",
    "Container": "_models.container",
    "ContainerParam": "_params.container_param",
    "ContainerSkill": "_models.container_skill",
    "ContainerSkillParam": "_params.container_skill_param",
    "ContainerSkillType": "_models.container_skill_type",
    "ContainerUploadBlock": "_models.container_upload_block",
    "ContainerUploadBlockParam": "_params.container_upload_block_param",
    "ContentBlock": "_models.content_block",
    "ContentBlockParam": "_params.content_block_param",
    "ContentBlockSourceContentParam": "_params.content_block_source_content_param",
    "ContentBlockSourceParam": "_params.content_block_source_param",
    "ContextManagementCapability": "_models.context_management_capability",
    "ContextManagementConfigParam": "_params.context_management_config_param",
    "ContextManagementEditParam": "_params.context_management_edit_param",
    "ContextManagementResponse": "_models.context_management_response",
    "ContractSpendLimitReachedErrorDetails": "_models.contract_spend_limit_reached_error_details",
    "CostListParams": "_params.cost_list_params",
    "CostReportListParams": "_params.cost_report_list_params",
    "CountTokensContextManagementResponse": "_models.count_tokens_context_management_response",
    "CredentialCreateParams": "_params.credential_create_params",
    "CredentialListParams": "_params.credential_list_params",
    "CredentialPage": "_models.credential_page",
    "CredentialUpdateParams": "_params.credential_update_params",
    "Currency": "_models.currency",
    "CurrencyParam": "_params.currency_param",
    "DataControlUpdateParams": "_params.data_control_update_params",
    "DataResidency": "_models.data_residency",
    "DataResidencyCreateConfigParam": "_params.data_residency_create_config_param",
    "DataResidencyDefaultInferenceGeo": "_models.data_residency_default_inference_geo",
    "DataResidencyUpdateConfigParam": "_params.data_residency_update_config_param",
    "DataResidencyWorkspaceGeo": "_models.data_residency_workspace_geo",
    "DeletedClaudeCodeRBACGroupManagedSettings": "_models.deleted_claude_code_rbac_group_managed_settings",
    "DeletedExternalStorage": "_models.deleted_external_storage",
    "DeletedFile": "_models.deleted_file",
    "DeletedMessageBatch": "_models.deleted_message_batch",
    "DeletedOrganizationWebhookEndpoint": "_models.deleted_organization_webhook_endpoint",
    "DeletedPlugin": "_models.deleted_plugin",
    "DeletedPluginInstallationSetting": "_models.deleted_plugin_installation_setting",
    "DeletedRBACGroup": "_models.deleted_rbac_group",
    "DeletedRBACGroupMember": "_models.deleted_rbac_group_member",
    "DeletedSkill": "_models.deleted_skill",
    "DeletedSkillVersion": "_models.deleted_skill_version",
    "DeletedTelemetryDestination": "_models.deleted_telemetry_destination",
    "DeletedTelemetryDestinationWorkspace": "_models.deleted_telemetry_destination_workspace",
    "DeletedUserProfile": "_models.deleted_user_profile",
    "DeploymentListParams": "_params.deployment_list_params",
    "DeploymentRunListParams": "_params.deployment_run_list_params",
    "Diagnostics": "_models.diagnostics",
    "DiagnosticsParam": "_params.diagnostics_param",
    "DirectCaller": "_models.direct_caller",
    "DirectCallerParam": "_params.direct_caller_param",
    "DocumentBlock": "_models.document_block",
    "DocumentBlockParam": "_params.document_block_param",
    "DocumentSource": "_models.document_source",
    "DocumentSourceParam": "_params.document_source_param",
    "DrainingExternalStorageStatus": "_models.draining_external_storage_status",
    "Dream": "_models.dream",
    "DreamCreateParams": "_params.dream_create_params",
    "DreamError": "_models.dream_error",
    "DreamInput": "_models.dream_input",
    "DreamInputParam": "_params.dream_input_param",
    "DreamListParams": "_params.dream_list_params",
    "DreamMemoryStoreInput": "_models.dream_memory_store_input",
    "DreamMemoryStoreInputParam": "_params.dream_memory_store_input_param",
    "DreamMemoryStoreOutput": "_models.dream_memory_store_output",
    "DreamModelConfig": "_models.dream_model_config",
    "DreamModelConfigParams": "_params.dream_model_config_params",
    "DreamModelParams": "_params.dream_model_params",
    "DreamPage": "_models.dream_page",
    "DreamSessionsInput": "_models.dream_sessions_input",
    "DreamSessionsInputParam": "_params.dream_sessions_input_param",
    "DreamStatus": "_models.dream_status",
    "DreamStatusParam": "_params.dream_status_param",
    "DreamUsage": "_models.dream_usage",
    "EffectiveListParams": "_params.effective_list_params",
    "EffortCapability": "_models.effort_capability",
    "EffortLevelParam": "_params.effort_level_param",
    "EmailDomainNotAllowedErrorDetails": "_models.email_domain_not_allowed_error_details",
    "EncryptedCodeExecutionResultBlock": "_models.encrypted_code_execution_result_block",
    "EncryptedCodeExecutionResultBlockParam": "_params.encrypted_code_execution_result_block_param",
    "EnforcedSpendLimitReachedErrorDetails": "_models.enforced_spend_limit_reached_error_details",
    "Environment": "_models.environment",
    "EnvironmentArchivedErrorDetails": "_models.environment_archived_error_details",
    "EnvironmentConfig": "_models.environment_config",
    "EnvironmentConfigParams": "_params.environment_config_params",
    "EnvironmentCreateDisabledErrorDetails": "_models.environment_create_disabled_error_details",
    "EnvironmentDeleteResponse": "_models.environment_delete_response",
    "EnvironmentListParams": "_params.environment_list_params",
    "EnvironmentListResponse": "_models.environment_list_response",
    "EnvironmentNotFoundErrorDetails": "_models.environment_not_found_error_details",
    "EnvironmentScope": "_models.environment_scope",
    "EnvironmentUpdateDisabledErrorDetails": "_models.environment_update_disabled_error_details",
    "ErrorDetails": "_models.error_details",
    "ErrorEvent": "_models.error_event",
    "ErrorObject": "_models.error_object",
    "ErrorResponse": "_models.error_response",
    "ErrorType": "_models.error_type",
    "EventListParams": "_params.event_list_params",
    "EventStreamParams": "_params.event_stream_params",
    "ExternalKey": "_models.external_key",
    "ExternalKeyAttachedAttachment": "_models.external_key_attached_attachment",
    "ExternalKeyAttachment": "_models.external_key_attachment",
    "ExternalKeyChangedErrorDetails": "_models.external_key_changed_error_details",
    "ExternalKeyCreateParams": "_params.external_key_create_params",
    "ExternalKeyDeleteResponse": "_models.external_key_delete_response",
    "ExternalKeyInWorkspacePolicyErrorDetails": "_models.external_key_in_workspace_policy_error_details",
    "ExternalKeyListParams": "_params.external_key_list_params",
    "ExternalKeyNotFoundErrorDetails": "_models.external_key_not_found_error_details",
    "ExternalKeyPage": "_models.external_key_page",
    "ExternalKeyProviderConfig": "_models.external_key_provider_config",
    "ExternalKeyProviderConfigParam": "_params.external_key_provider_config_param",
    "ExternalKeyProviderMismatchErrorDetails": "_models.external_key_provider_mismatch_error_details",
    "ExternalKeyUnattachedAttachment": "_models.external_key_unattached_attachment",
    "ExternalKeyUpdateParams": "_params.external_key_update_params",
    "ExternalKeyValidateResponse": "_models.external_key_validate_response",
    "ExternalKeyValidateResponseStatus": "_models.external_key_validate_response_status",
    "ExternalKeyValidationFailedErrorDetails": "_models.external_key_validation_failed_error_details",
    "ExternalKeyValidationTimedOutErrorDetails": "_models.external_key_validation_timed_out_error_details",
    "ExternalStorage": "_models.external_storage",
    "ExternalStorageCreateParams": "_params.external_storage_create_params",
    "ExternalStorageFailedCheck": "_models.external_storage_failed_check",
    "ExternalStorageFailedCheckCheck": "_models.external_storage_failed_check_check",
    "ExternalStorageFailedCheckRole": "_models.external_storage_failed_check_role",
    "ExternalStorageInUseErrorDetails": "_models.external_storage_in_use_error_details",
    "ExternalStorageInWorkspacePolicyErrorDetails": "_models.external_storage_in_workspace_policy_error_details",
    "ExternalStorageListParams": "_params.external_storage_list_params",
    "ExternalStorageMember": "_models.external_storage_member",
    "ExternalStorageMemberParam": "_params.external_storage_member_param",
    "ExternalStorageNotAvailableErrorDetails": "_models.external_storage_not_available_error_details",
    "ExternalStoragePage": "_models.external_storage_page",
    "ExternalStorageProviderConfig": "_models.external_storage_provider_config",
    "ExternalStorageProviderConfigParam": "_params.external_storage_provider_config_param",
    "ExternalStorageStatus": "_models.external_storage_status",
    "ExternalStorageUpdateParams": "_params.external_storage_update_params",
    "FallbackBlock": "_models.fallback_block",
    "FallbackBlockParam": "_params.fallback_block_param",
    "FallbackConfigParam": "_params.fallback_config_param",
    "FallbackCreditNotApplied": "_models.fallback_credit_not_applied",
    "FallbackCreditNotAppliedReason": "_models.fallback_credit_not_applied_reason",
    "FallbackCreditRedeemed": "_models.fallback_credit_redeemed",
    "FallbackCreditStatus": "_models.fallback_credit_status",
    "FallbackCreditToken": "_params.fallback_credit_token",
    "FallbackCreditTokenParam": "_params.fallback_credit_token_param",
    "FallbackCreditUsage": "_models.fallback_credit_usage",
    "FallbackHopInfo": "_models.fallback_hop_info",
    "FallbackHopInfoParam": "_params.fallback_hop_info_param",
    "FallbackMessageIterationUsage": "_models.fallback_message_iteration_usage",
    "FallbackRefusalTrigger": "_models.fallback_refusal_trigger",
    "Fallbacks": "_params.fallbacks",
    "FederationIssuer": "_models.federation_issuer",
    "FederationIssuerPage": "_models.federation_issuer_page",
    "FederationIssuerPollStatus": "_models.federation_issuer_poll_status",
    "FederationJWKS": "_models.federation_jwks",
    "FederationJWKSParam": "_params.federation_jwks_param",
    "FederationRule": "_models.federation_rule",
    "FederationRuleMatch": "_models.federation_rule_match",
    "FederationRuleMatchParam": "_params.federation_rule_match_param",
    "FederationRulePage": "_models.federation_rule_page",
    "FederationRuleWorkspace": "_models.federation_rule_workspace",
    "FederationRuleWorkspaceAddParams": "_params.federation_rule_workspace_add_params",
    "FederationRuleWorkspacePage": "_models.federation_rule_workspace_page",
    "FederationRuleWorkspaceRemoveResponse": "_models.federation_rule_workspace_remove_response",
    "FileDocumentSourceParam": "_params.file_document_source_param",
    "FileExpiredErrorDetails": "_models.file_expired_error_details",
    "FileImageSourceParam": "_params.file_image_source_param",
    "FileListParams": "_params.file_list_params",
    "FileMetadata": "_models.file_metadata",
    "FileMetadataPage": "_models.file_metadata_page",
    "FileNotDownloadableErrorDetails": "_models.file_not_downloadable_error_details",
    "FileScope": "_models.file_scope",
    "FileUploadParams": "_params.file_upload_params",
    "GCPExternalKeyConfig": "_models.gcp_external_key_config",
    "GCPExternalKeyConfigParam": "_params.gcp_external_key_config_param",
    "GCPExternalStorageConfig": "_models.gcp_external_storage_config",
    "GCPExternalStorageConfigParam": "_params.gcp_external_storage_config_param",
    "GCPProjectControlledByAnotherOrganizationErrorDetails": "_models.gcp_project_controlled_by_another_organization_error_details",
    "GCPProjectNotVerifiedErrorDetails": "_models.gcp_project_not_verified_error_details",
    "GatewayTimeoutError": "_models.gateway_timeout_error",
    "GoogleManagedBucketReference": "_models.google_managed_bucket_reference",
    "GoogleManagedBucketReferenceParam": "_params.google_managed_bucket_reference_param",
    "GoogleManagedCMEKControl": "_models.google_managed_cmek_control",
    "GoogleManagedCMEKControlParams": "_params.google_managed_cmek_control_params",
    "GoogleManagedCMEKDisabled": "_models.google_managed_cmek_disabled",
    "GoogleManagedCMEKDisabledParams": "_params.google_managed_cmek_disabled_params",
    "GoogleManagedCMEKEnabled": "_models.google_managed_cmek_enabled",
    "GoogleManagedCMEKEnabledParams": "_params.google_managed_cmek_enabled_params",
    "GoogleManagedCMEKRegionActive": "_models.google_managed_cmek_region_active",
    "GoogleManagedCMEKRegionFailed": "_models.google_managed_cmek_region_failed",
    "GoogleManagedCMEKRegionNotConfigured": "_models.google_managed_cmek_region_not_configured",
    "GoogleManagedCMEKRegionPending": "_models.google_managed_cmek_region_pending",
    "GoogleManagedCMEKRegionStatus": "_models.google_managed_cmek_region_status",
    "GoogleManagedCMEKRegionSuspended": "_models.google_managed_cmek_region_suspended",
    "GoogleManagedDataControls": "_models.google_managed_data_controls",
    "GoogleManagedDataControlsUpdateParams": "_params.google_managed_data_controls_update_params",
    "GoogleManagedProjectBucketReferenceParam": "_params.google_managed_project_bucket_reference_param",
    "GoogleManagedProjectCMEKControl": "_models.google_managed_project_cmek_control",
    "GoogleManagedProjectCMEKControlParam": "_params.google_managed_project_cmek_control_param",
    "GoogleManagedProjectCMEKDisabled": "_models.google_managed_project_cmek_disabled",
    "GoogleManagedProjectCMEKDisabledParam": "_params.google_managed_project_cmek_disabled_param",
    "GoogleManagedProjectCMEKEnabled": "_models.google_managed_project_cmek_enabled",
    "GoogleManagedProjectCMEKEnabledParam": "_params.google_managed_project_cmek_enabled_param",
    "GoogleManagedProjectCMEKRegionActive": "_models.google_managed_project_cmek_region_active",
    "GoogleManagedProjectCMEKRegionFailed": "_models.google_managed_project_cmek_region_failed",
    "GoogleManagedProjectCMEKRegionNotConfigured": "_models.google_managed_project_cmek_region_not_configured",
    "GoogleManagedProjectCMEKRegionPending": "_models.google_managed_project_cmek_region_pending",
    "GoogleManagedProjectCMEKRegionStatus": "_models.google_managed_project_cmek_region_status",
    "GoogleManagedProjectCMEKRegionSuspended": "_models.google_managed_project_cmek_region_suspended",
    "GoogleManagedProjectDataControls": "_models.google_managed_project_data_controls",
    "GoogleManagedProjectEffectiveBucket": "_models.google_managed_project_effective_bucket",
    "GoogleManagedProjectRetiredBucket": "_models.google_managed_project_retired_bucket",
    "GoogleManagedProjectRetiredKey": "_models.google_managed_project_retired_key",
    "GoogleManagedProjectStorageBucket": "_models.google_managed_project_storage_bucket",
    "GoogleManagedProjectStorageControl": "_models.google_managed_project_storage_control",
    "GoogleManagedProjectStorageControlParam": "_params.google_managed_project_storage_control_param",
    "GoogleManagedProjectStorageDisabled": "_models.google_managed_project_storage_disabled",
    "GoogleManagedProjectStorageDisabledParam": "_params.google_managed_project_storage_disabled_param",
    "GoogleManagedProjectStorageEnabled": "_models.google_managed_project_storage_enabled",
    "GoogleManagedProjectStorageEnabledParam": "_params.google_managed_project_storage_enabled_param",
    "GoogleManagedProjectStorageFailedCheck": "_models.google_managed_project_storage_failed_check",
    "GoogleManagedProjectStorageFailedCheckCheck": "_models.google_managed_project_storage_failed_check_check",
    "GoogleManagedProjectStorageFailedCheckRole": "_models.google_managed_project_storage_failed_check_role",
    "GoogleManagedProjectStorageRegionActive": "_models.google_managed_project_storage_region_active",
    "GoogleManagedProjectStorageRegionFailed": "_models.google_managed_project_storage_region_failed",
    "GoogleManagedProjectStorageRegionNotConfigured": "_models.google_managed_project_storage_region_not_configured",
    "GoogleManagedProjectStorageRegionPending": "_models.google_managed_project_storage_region_pending",
    "GoogleManagedProjectStorageRegionStatus": "_models.google_managed_project_storage_region_status",
    "GoogleManagedProjectStorageRegionSuspended": "_models.google_managed_project_storage_region_suspended",
    "GoogleManagedRetiredBucket": "_models.google_managed_retired_bucket",
    "GoogleManagedRetiredKey": "_models.google_managed_retired_key",
    "GoogleManagedStorageBucket": "_models.google_managed_storage_bucket",
    "GoogleManagedStorageControl": "_models.google_managed_storage_control",
    "GoogleManagedStorageControlParams": "_params.google_managed_storage_control_params",
    "GoogleManagedStorageDisabled": "_models.google_managed_storage_disabled",
    "GoogleManagedStorageDisabledParams": "_params.google_managed_storage_disabled_params",
    "GoogleManagedStorageEnabled": "_models.google_managed_storage_enabled",
    "GoogleManagedStorageEnabledParams": "_params.google_managed_storage_enabled_params",
    "GoogleManagedStorageFailedCheck": "_models.google_managed_storage_failed_check",
    "GoogleManagedStorageFailedCheckCheck": "_models.google_managed_storage_failed_check_check",
    "GoogleManagedStorageFailedCheckRole": "_models.google_managed_storage_failed_check_role",
    "GoogleManagedStorageRegionActive": "_models.google_managed_storage_region_active",
    "GoogleManagedStorageRegionFailed": "_models.google_managed_storage_region_failed",
    "GoogleManagedStorageRegionNotConfigured": "_models.google_managed_storage_region_not_configured",
    "GoogleManagedStorageRegionPending": "_models.google_managed_storage_region_pending",
    "GoogleManagedStorageRegionStatus": "_models.google_managed_storage_region_status",
    "GoogleManagedStorageRegionSuspended": "_models.google_managed_storage_region_suspended",
    "GrantRequiredErrorDetails": "_models.grant_required_error_details",
    "HeartbeatPreconditionFailedErrorDetails": "_models.heartbeat_precondition_failed_error_details",
    "HumanReviewNotAvailableErrorDetails": "_models.human_review_not_available_error_details",
    "HumanReviewOnWithExternalStorageErrorDetails": "_models.human_review_on_with_external_storage_error_details",
    "ImageBlockParam": "_params.image_block_param",
    "ImageDimensionsTooLargeErrorDetails": "_models.image_dimensions_too_large_error_details",
    "ImageSourceParam": "_params.image_source_param",
    "ImageTransformationsParam": "_params.image_transformations_param",
    "IncreaseRequestApproveParams": "_params.increase_request_approve_params",
    "IncreaseRequestApproveResponse": "_models.increase_request_approve_response",
    "IncreaseRequestDenyParams": "_params.increase_request_deny_params",
    "IncreaseRequestListParams": "_params.increase_request_list_params",
    "InferenceDataPrivacy": "_models.inference_data_privacy",
    "InferenceDataPrivacyParam": "_params.inference_data_privacy_param",
    "InputJSONDelta": "_models.input_json_delta",
    "InputTokensClearAtLeastParam": "_params.input_tokens_clear_at_least_param",
    "InputTokensTriggerParam": "_params.input_tokens_trigger_param",
    "InputTransformation": "_models.input_transformation",
    "InputTransformationReason": "_models.input_transformation_reason",
    "InstallationSettingListParams": "_params.installation_setting_list_params",
    "InternalStorage": "_models.internal_storage",
    "InternalStorageParam": "_params.internal_storage_param",
    "InvalidConfigTypeChangeErrorDetails": "_models.invalid_config_type_change_error_details",
    "InvalidMetadataErrorDetails": "_models.invalid_metadata_error_details",
    "InvalidRequestError": "_models.invalid_request_error",
    "InvalidStorageARNErrorDetails": "_models.invalid_storage_arn_error_details",
    "InviteAlreadyExistsErrorDetails": "_models.invite_already_exists_error_details",
    "InviteCreateParams": "_params.invite_create_params",
    "InviteDeleteResponse": "_models.invite_delete_response",
    "InviteListParams": "_params.invite_list_params",
    "IssuerCreateParams": "_params.issuer_create_params",
    "IssuerListParams": "_params.issuer_list_params",
    "IssuerUpdateParams": "_params.issuer_update_params",
    "IterationsUsage": "_models.iterations_usage",
    "JSONOutputFormatParam": "_params.json_output_format_param",
    "JWKSDiscovery": "_models.jwks_discovery",
    "JWKSDiscoveryParam": "_params.jwks_discovery_param",
    "JWKSExplicitURL": "_models.jwks_explicit_url",
    "JWKSExplicitURLParam": "_params.jwks_explicit_url_param",
    "JWKSInline": "_models.jwks_inline",
    "JWKSInlineParam": "_params.jwks_inline_param",
    "KeyProfileMismatchErrorDetails": "_models.key_profile_mismatch_error_details",
    "KnownBetaParam": "_params.known_beta_param",
    "KnownModel": "_models.known_model",
    "KnownModelParam": "_params.known_model_param",
    "LimitedNetwork": "_models.limited_network",
    "LimitedNetworkParams": "_params.limited_network_params",
    "LinkedOrganizationBillingUnavailableErrorDetails": "_models.linked_organization_billing_unavailable_error_details",
    "LinkedOrganizationSpendLimitReachedErrorDetails": "_models.linked_organization_spend_limit_reached_error_details",
    "MCPServerToolConfigurationParam": "_params.mcp_server_tool_configuration_param",
    "MCPServerURLDefinitionParam": "_params.mcp_server_url_definition_param",
    "MCPTool": "_models.mcp_tool",
    "MCPToolConfig": "_models.mcp_tool_config",
    "MCPToolConfigParam": "_params.mcp_tool_config_param",
    "MCPToolDefaultConfig": "_models.mcp_tool_default_config",
    "MCPToolDefaultConfigParam": "_params.mcp_tool_default_config_param",
    "MCPToolListingBlock": "_models.mcp_tool_listing_block",
    "MCPToolListingBlockParam": "_params.mcp_tool_listing_block_param",
    "MCPToolParam": "_params.mcp_tool_param",
    "MCPToolResultBlock": "_models.mcp_tool_result_block",
    "MCPToolResultBlockParam": "_params.mcp_tool_result_block_param",
    "MCPToolUseBlock": "_models.mcp_tool_use_block",
    "MCPToolUseBlockParam": "_params.mcp_tool_use_block_param",
    "MCPToolset": "_models.mcp_toolset",
    "MCPToolsetParam": "_params.mcp_toolset_param",
    "ManagedAgentsAWSAgentCoreGatewayMCPServer": "_models.managed_agents_aws_agent_core_gateway_mcp_server",
    "ManagedAgentsAWSAgentCoreGatewayMCPServerParam": "_params.managed_agents_aws_agent_core_gateway_mcp_server_param",
    "ManagedAgentsAWSRoleExecutionIdentity": "_models.managed_agents_aws_role_execution_identity",
    "ManagedAgentsAWSRoleExecutionIdentityParams": "_params.managed_agents_aws_role_execution_identity_params",
    "ManagedAgentsActor": "_models.managed_agents_actor",
    "ManagedAgentsAddSessionResource": "_models.managed_agents_add_session_resource",
    "ManagedAgentsAddSessionResourceParams": "_params.managed_agents_add_session_resource_params",
    "ManagedAgentsAdvisor": "_models.managed_agents_advisor",
    "ManagedAgentsAdvisorParams": "_params.managed_agents_advisor_params",
    "ManagedAgentsAgent": "_models.managed_agents_agent",
    "ManagedAgentsAgentArchivedDeploymentPausedReasonError": "_models.managed_agents_agent_archived_deployment_paused_reason_error",
    "ManagedAgentsAgentArchivedRunError": "_models.managed_agents_agent_archived_run_error",
    "ManagedAgentsAgentAutoEvaluatedPermission": "_models.managed_agents_agent_auto_evaluated_permission",
    "ManagedAgentsAgentAutoEvaluatedPermissionAllow": "_models.managed_agents_agent_auto_evaluated_permission_allow",
    "ManagedAgentsAgentAutoEvaluatedPermissionAsk": "_models.managed_agents_agent_auto_evaluated_permission_ask",
    "ManagedAgentsAgentAutoEvaluatedPermissionDeny": "_models.managed_agents_agent_auto_evaluated_permission_deny",
    "ManagedAgentsAgentCustomToolUseEvent": "_models.managed_agents_agent_custom_tool_use_event",
    "ManagedAgentsAgentEvaluatedPermission": "_models.managed_agents_agent_evaluated_permission",
    "ManagedAgentsAgentMcpToolResultEvent": "_models.managed_agents_agent_mcp_tool_result_event",
    "ManagedAgentsAgentMcpToolUseEvent": "_models.managed_agents_agent_mcp_tool_use_event",
    "ManagedAgentsAgentMessageContentBlock": "_models.managed_agents_agent_message_content_block",
    "ManagedAgentsAgentMessageEvent": "_models.managed_agents_agent_message_event",
    "ManagedAgentsAgentParams": "_params.managed_agents_agent_params",
    "ManagedAgentsAgentReference": "_models.managed_agents_agent_reference",
    "ManagedAgentsAgentThinkingEvent": "_models.managed_agents_agent_thinking_event",
    "ManagedAgentsAgentThreadContextCompactedEvent": "_models.managed_agents_agent_thread_context_compacted_event",
    "ManagedAgentsAgentThreadMessageReceivedEvent": "_models.managed_agents_agent_thread_message_received_event",
    "ManagedAgentsAgentThreadMessageSentEvent": "_models.managed_agents_agent_thread_message_sent_event",
    "ManagedAgentsAgentTool": "_models.managed_agents_agent_tool",
    "ManagedAgentsAgentToolConfigUnion": "_models.managed_agents_agent_tool_config_union",
    "ManagedAgentsAgentToolConfigUnionParams": "_params.managed_agents_agent_tool_config_union_params",
    "ManagedAgentsAgentToolEvaluation": "_models.managed_agents_agent_tool_evaluation",
    "ManagedAgentsAgentToolEvaluationAlwaysAllow": "_models.managed_agents_agent_tool_evaluation_always_allow",
    "ManagedAgentsAgentToolEvaluationAlwaysAsk": "_models.managed_agents_agent_tool_evaluation_always_ask",
    "ManagedAgentsAgentToolEvaluationAuto": "_models.managed_agents_agent_tool_evaluation_auto",
    "ManagedAgentsAgentToolParams": "_params.managed_agents_agent_tool_params",
    "ManagedAgentsAgentToolResultEvent": "_models.managed_agents_agent_tool_result_event",
    "ManagedAgentsAgentToolUseEvent": "_models.managed_agents_agent_tool_use_event",
    "ManagedAgentsAgentToolset20260401": "_models.managed_agents_agent_toolset20260401",
    "ManagedAgentsAgentToolset20260401BashInput": "_models.managed_agents_agent_toolset20260401_bash_input",
    "ManagedAgentsAgentToolset20260401EditInput": "_models.managed_agents_agent_toolset20260401_edit_input",
    "ManagedAgentsAgentToolset20260401GlobInput": "_models.managed_agents_agent_toolset20260401_glob_input",
    "ManagedAgentsAgentToolset20260401GrepInput": "_models.managed_agents_agent_toolset20260401_grep_input",
    "ManagedAgentsAgentToolset20260401Params": "_params.managed_agents_agent_toolset20260401_params",
    "ManagedAgentsAgentToolset20260401ReadInput": "_models.managed_agents_agent_toolset20260401_read_input",
    "ManagedAgentsAgentToolset20260401WriteInput": "_models.managed_agents_agent_toolset20260401_write_input",
    "ManagedAgentsAgentToolsetDefaultConfig": "_models.managed_agents_agent_toolset_default_config",
    "ManagedAgentsAgentToolsetDefaultConfigParams": "_params.managed_agents_agent_toolset_default_config_params",
    "ManagedAgentsAgentUnionParams": "_params.managed_agents_agent_union_params",
    "ManagedAgentsAgentWithOverridesParams": "_params.managed_agents_agent_with_overrides_params",
    "ManagedAgentsAlwaysAllowPolicy": "_models.managed_agents_always_allow_policy",
    "ManagedAgentsAlwaysAllowPolicyParam": "_params.managed_agents_always_allow_policy_param",
    "ManagedAgentsAlwaysAskPolicy": "_models.managed_agents_always_ask_policy",
    "ManagedAgentsAlwaysAskPolicyParam": "_params.managed_agents_always_ask_policy_param",
    "ManagedAgentsAnthropicSkill": "_models.managed_agents_anthropic_skill",
    "ManagedAgentsAnthropicSkillParams": "_params.managed_agents_anthropic_skill_params",
    "ManagedAgentsApiActor": "_models.managed_agents_api_actor",
    "ManagedAgentsAutoPolicy": "_models.managed_agents_auto_policy",
    "ManagedAgentsAutoPolicyParam": "_params.managed_agents_auto_policy_param",
    "ManagedAgentsBase64DocumentSource": "_models.managed_agents_base64_document_source",
    "ManagedAgentsBase64DocumentSourceParam": "_params.managed_agents_base64_document_source_param",
    "ManagedAgentsBase64ImageSource": "_models.managed_agents_base64_image_source",
    "ManagedAgentsBase64ImageSourceParam": "_params.managed_agents_base64_image_source_param",
    "ManagedAgentsBashToolConfig": "_models.managed_agents_bash_tool_config",
    "ManagedAgentsBashToolConfigParams": "_params.managed_agents_bash_tool_config_params",
    "ManagedAgentsBedrockAgent": "_models.managed_agents_bedrock_agent",
    "ManagedAgentsBedrockAgentListItem": "_models.managed_agents_bedrock_agent_list_item",
    "ManagedAgentsBedrockAgentListItemModel": "_models.managed_agents_bedrock_agent_list_item_model",
    "ManagedAgentsBedrockAgentMCPElicitationEvent": "_models.managed_agents_bedrock_agent_mcp_elicitation_event",
    "ManagedAgentsBedrockAgentMCPToolResultEvent": "_models.managed_agents_bedrock_agent_mcp_tool_result_event",
    "ManagedAgentsBedrockAgentPage": "_models.managed_agents_bedrock_agent_page",
    "ManagedAgentsBedrockAgentTool": "_models.managed_agents_bedrock_agent_tool",
    "ManagedAgentsBedrockAgentToolParams": "_params.managed_agents_bedrock_agent_tool_params",
    "ManagedAgentsBedrockAgentToolResultEvent": "_models.managed_agents_bedrock_agent_tool_result_event",
    "ManagedAgentsBedrockAgentWithOverridesParams": "_params.managed_agents_bedrock_agent_with_overrides_params",
    "ManagedAgentsBedrockCreateAgentParams": "_params.managed_agents_bedrock_create_agent_params",
    "ManagedAgentsBedrockCreateSessionAgentParams": "_params.managed_agents_bedrock_create_session_agent_params",
    "ManagedAgentsBedrockCreateSessionParams": "_params.managed_agents_bedrock_create_session_params",
    "ManagedAgentsBedrockDocumentBlockParam": "_params.managed_agents_bedrock_document_block_param",
    "ManagedAgentsBedrockDocumentSourceParam": "_params.managed_agents_bedrock_document_source_param",
    "ManagedAgentsBedrockEventParams": "_params.managed_agents_bedrock_event_params",
    "ManagedAgentsBedrockImageBlockParam": "_params.managed_agents_bedrock_image_block_param",
    "ManagedAgentsBedrockInputEvent": "_models.managed_agents_bedrock_input_event",
    "ManagedAgentsBedrockMCPElicitationAccept": "_models.managed_agents_bedrock_mcp_elicitation_accept",
    "ManagedAgentsBedrockMCPElicitationAcceptParam": "_params.managed_agents_bedrock_mcp_elicitation_accept_param",
    "ManagedAgentsBedrockMCPElicitationCancel": "_models.managed_agents_bedrock_mcp_elicitation_cancel",
    "ManagedAgentsBedrockMCPElicitationCancelParam": "_params.managed_agents_bedrock_mcp_elicitation_cancel_param",
    "ManagedAgentsBedrockMCPElicitationDecline": "_models.managed_agents_bedrock_mcp_elicitation_decline",
    "ManagedAgentsBedrockMCPElicitationDeclineParam": "_params.managed_agents_bedrock_mcp_elicitation_decline_param",
    "ManagedAgentsBedrockMCPElicitationResponse": "_models.managed_agents_bedrock_mcp_elicitation_response",
    "ManagedAgentsBedrockMCPElicitationResponseParam": "_params.managed_agents_bedrock_mcp_elicitation_response_param",
    "ManagedAgentsBedrockMCPElicitationURLRequest": "_models.managed_agents_bedrock_mcp_elicitation_url_request",
    "ManagedAgentsBedrockMemoryActor": "_models.managed_agents_bedrock_memory_actor",
    "ManagedAgentsBedrockMemoryStore": "_models.managed_agents_bedrock_memory_store",
    "ManagedAgentsBedrockMemoryStoreListItem": "_models.managed_agents_bedrock_memory_store_list_item",
    "ManagedAgentsBedrockMemoryStorePage": "_models.managed_agents_bedrock_memory_store_page",
    "ManagedAgentsBedrockMemoryStoreResource": "_models.managed_agents_bedrock_memory_store_resource",
    "ManagedAgentsBedrockMemoryStoreResourceAccess": "_models.managed_agents_bedrock_memory_store_resource_access",
    "ManagedAgentsBedrockMemoryVersion": "_models.managed_agents_bedrock_memory_version",
    "ManagedAgentsBedrockMemoryVersionPage": "_models.managed_agents_bedrock_memory_version_page",
    "ManagedAgentsBedrockModelConfigParams": "_params.managed_agents_bedrock_model_config_params",
    "ManagedAgentsBedrockModelParams": "_params.managed_agents_bedrock_model_params",
    "ManagedAgentsBedrockMultiagentCoordinator": "_models.managed_agents_bedrock_multiagent_coordinator",
    "ManagedAgentsBedrockMultiagentCoordinatorParams": "_params.managed_agents_bedrock_multiagent_coordinator_params",
    "ManagedAgentsBedrockMultiagentRosterEntryParams": "_params.managed_agents_bedrock_multiagent_roster_entry_params",
    "ManagedAgentsBedrockSendSessionEventsParams": "_params.managed_agents_bedrock_send_session_events_params",
    "ManagedAgentsBedrockSession": "_models.managed_agents_bedrock_session",
    "ManagedAgentsBedrockSessionActor": "_models.managed_agents_bedrock_session_actor",
    "ManagedAgentsBedrockSessionAgent": "_models.managed_agents_bedrock_session_agent",
    "ManagedAgentsBedrockSessionAgentUpdateParam": "_params.managed_agents_bedrock_session_agent_update_param",
    "ManagedAgentsBedrockSessionErrorEvent": "_models.managed_agents_bedrock_session_error_event",
    "ManagedAgentsBedrockSessionErrorEventError": "_models.managed_agents_bedrock_session_error_event_error",
    "ManagedAgentsBedrockSessionEvent": "_models.managed_agents_bedrock_session_event",
    "ManagedAgentsBedrockSessionEventPage": "_models.managed_agents_bedrock_session_event_page",
    "ManagedAgentsBedrockSessionEventTypeParam": "_params.managed_agents_bedrock_session_event_type_param",
    "ManagedAgentsBedrockSessionListItem": "_models.managed_agents_bedrock_session_list_item",
    "ManagedAgentsBedrockSessionListItemAgent": "_models.managed_agents_bedrock_session_list_item_agent",
    "ManagedAgentsBedrockSessionListItemMemoryStoreResource": "_models.managed_agents_bedrock_session_list_item_memory_store_resource",
    "ManagedAgentsBedrockSessionListItemUsage": "_models.managed_agents_bedrock_session_list_item_usage",
    "ManagedAgentsBedrockSessionMultiagentCoordinator": "_models.managed_agents_bedrock_session_multiagent_coordinator",
    "ManagedAgentsBedrockSessionPage": "_models.managed_agents_bedrock_session_page",
    "ManagedAgentsBedrockSessionResource": "_models.managed_agents_bedrock_session_resource",
    "ManagedAgentsBedrockSessionResourceParams": "_params.managed_agents_bedrock_session_resource_params",
    "ManagedAgentsBedrockSessionThread": "_models.managed_agents_bedrock_session_thread",
    "ManagedAgentsBedrockSessionThreadAgent": "_models.managed_agents_bedrock_session_thread_agent",
    "ManagedAgentsBedrockSessionThreadPage": "_models.managed_agents_bedrock_session_thread_page",
    "ManagedAgentsBedrockSessionUpdatedEvent": "_models.managed_agents_bedrock_session_updated_event",
    "ManagedAgentsBedrockSystemMessageEvent": "_models.managed_agents_bedrock_system_message_event",
    "ManagedAgentsBedrockUpdateAgentParams": "_params.managed_agents_bedrock_update_agent_params",
    "ManagedAgentsBedrockUpdateSessionParams": "_params.managed_agents_bedrock_update_session_params",
    "ManagedAgentsBedrockUserContentBlockParam": "_params.managed_agents_bedrock_user_content_block_param",
    "ManagedAgentsBedrockUserCustomToolResultEvent": "_models.managed_agents_bedrock_user_custom_tool_result_event",
    "ManagedAgentsBedrockUserDefineOutcomeEvent": "_models.managed_agents_bedrock_user_define_outcome_event",
    "ManagedAgentsBedrockUserInterruptEvent": "_models.managed_agents_bedrock_user_interrupt_event",
    "ManagedAgentsBedrockUserMCPElicitationResponseEvent": "_models.managed_agents_bedrock_user_mcp_elicitation_response_event",
    "ManagedAgentsBedrockUserMCPElicitationResponseEventParams": "_params.managed_agents_bedrock_user_mcp_elicitation_response_event_params",
    "ManagedAgentsBedrockUserMessageEvent": "_models.managed_agents_bedrock_user_message_event",
    "ManagedAgentsBedrockUserMessageEventParams": "_params.managed_agents_bedrock_user_message_event_params",
    "ManagedAgentsBedrockUserToolConfirmationEvent": "_models.managed_agents_bedrock_user_tool_confirmation_event",
    "ManagedAgentsBillingError": "_models.managed_agents_billing_error",
    "ManagedAgentsBranchCheckout": "_models.managed_agents_branch_checkout",
    "ManagedAgentsBranchCheckoutParam": "_params.managed_agents_branch_checkout_param",
    "ManagedAgentsBudget": "_models.managed_agents_budget",
    "ManagedAgentsBudgetLimit": "_models.managed_agents_budget_limit",
    "ManagedAgentsBudgetLimitParam": "_params.managed_agents_budget_limit_param",
    "ManagedAgentsBudgetParam": "_params.managed_agents_budget_param",
    "ManagedAgentsCacheCreationUsage": "_models.managed_agents_cache_creation_usage",
    "ManagedAgentsCallerIdentity": "_models.managed_agents_caller_identity",
    "ManagedAgentsCommitCheckout": "_models.managed_agents_commit_checkout",
    "ManagedAgentsCommitCheckoutParam": "_params.managed_agents_commit_checkout_param",
    "ManagedAgentsCompactionLimitReachedError": "_models.managed_agents_compaction_limit_reached_error",
    "ManagedAgentsContentSha256PreconditionParam": "_params.managed_agents_content_sha256_precondition_param",
    "ManagedAgentsCreateAgentParams": "_params.managed_agents_create_agent_params",
    "ManagedAgentsCreateDeploymentParams": "_params.managed_agents_create_deployment_params",
    "ManagedAgentsCreateSessionAgentUnionParams": "_params.managed_agents_create_session_agent_union_params",
    "ManagedAgentsCreateSessionParams": "_params.managed_agents_create_session_params",
    "ManagedAgentsCredential": "_models.managed_agents_credential",
    "ManagedAgentsCredentialAuth": "_models.managed_agents_credential_auth",
    "ManagedAgentsCredentialCreateAuthParam": "_params.managed_agents_credential_create_auth_param",
    "ManagedAgentsCredentialHostUnreachableError": "_models.managed_agents_credential_host_unreachable_error",
    "ManagedAgentsCredentialNetworkingParams": "_params.managed_agents_credential_networking_params",
    "ManagedAgentsCredentialNetworkingResponse": "_models.managed_agents_credential_networking_response",
    "ManagedAgentsCredentialRefreshStatus": "_models.managed_agents_credential_refresh_status",
    "ManagedAgentsCredentialUpdateAuthParam": "_params.managed_agents_credential_update_auth_param",
    "ManagedAgentsCredentialValidation": "_models.managed_agents_credential_validation",
    "ManagedAgentsCredentialValidationStatus": "_models.managed_agents_credential_validation_status",
    "ManagedAgentsCronSchedule": "_models.managed_agents_cron_schedule",
    "ManagedAgentsCronScheduleParams": "_params.managed_agents_cron_schedule_params",
    "ManagedAgentsCustomSkill": "_models.managed_agents_custom_skill",
    "ManagedAgentsCustomSkillParams": "_params.managed_agents_custom_skill_params",
    "ManagedAgentsCustomTool": "_models.managed_agents_custom_tool",
    "ManagedAgentsCustomToolInputSchema": "_models.managed_agents_custom_tool_input_schema",
    "ManagedAgentsCustomToolInputSchemaParam": "_params.managed_agents_custom_tool_input_schema_param",
    "ManagedAgentsCustomToolParams": "_params.managed_agents_custom_tool_params",
    "ManagedAgentsDeleteSessionResource": "_models.managed_agents_delete_session_resource",
    "ManagedAgentsDeletedCredential": "_models.managed_agents_deleted_credential",
    "ManagedAgentsDeletedMemory": "_models.managed_agents_deleted_memory",
    "ManagedAgentsDeletedMemoryStore": "_models.managed_agents_deleted_memory_store",
    "ManagedAgentsDeletedSession": "_models.managed_agents_deleted_session",
    "ManagedAgentsDeletedVault": "_models.managed_agents_deleted_vault",
    "ManagedAgentsDeployment": "_models.managed_agents_deployment",
    "ManagedAgentsDeploymentInitialEvent": "_models.managed_agents_deployment_initial_event",
    "ManagedAgentsDeploymentInitialEventParams": "_params.managed_agents_deployment_initial_event_params",
    "ManagedAgentsDeploymentPausedReason": "_models.managed_agents_deployment_paused_reason",
    "ManagedAgentsDeploymentPausedReasonError": "_models.managed_agents_deployment_paused_reason_error",
    "ManagedAgentsDeploymentRun": "_models.managed_agents_deployment_run",
    "ManagedAgentsDeploymentStatus": "_models.managed_agents_deployment_status",
    "ManagedAgentsDeploymentStatusParam": "_params.managed_agents_deployment_status_param",
    "ManagedAgentsDeploymentSystemMessageEvent": "_models.managed_agents_deployment_system_message_event",
    "ManagedAgentsDeploymentUserDefineOutcomeEvent": "_models.managed_agents_deployment_user_define_outcome_event",
    "ManagedAgentsDeploymentUserMessageEvent": "_models.managed_agents_deployment_user_message_event",
    "ManagedAgentsDocumentBlock": "_models.managed_agents_document_block",
    "ManagedAgentsDocumentBlockParam": "_params.managed_agents_document_block_param",
    "ManagedAgentsDocumentSource": "_models.managed_agents_document_source",
    "ManagedAgentsDocumentSourceParam": "_params.managed_agents_document_source_param",
    "ManagedAgentsEditToolConfig": "_models.managed_agents_edit_tool_config",
    "ManagedAgentsEditToolConfigParams": "_params.managed_agents_edit_tool_config_params",
    "ManagedAgentsEffort": "_models.managed_agents_effort",
    "ManagedAgentsEffortHigh": "_models.managed_agents_effort_high",
    "ManagedAgentsEffortHighParam": "_params.managed_agents_effort_high_param",
    "ManagedAgentsEffortLevelParam": "_params.managed_agents_effort_level_param",
    "ManagedAgentsEffortLow": "_models.managed_agents_effort_low",
    "ManagedAgentsEffortLowParam": "_params.managed_agents_effort_low_param",
    "ManagedAgentsEffortMax": "_models.managed_agents_effort_max",
    "ManagedAgentsEffortMaxParam": "_params.managed_agents_effort_max_param",
    "ManagedAgentsEffortMedium": "_models.managed_agents_effort_medium",
    "ManagedAgentsEffortMediumParam": "_params.managed_agents_effort_medium_param",
    "ManagedAgentsEffortParam": "_params.managed_agents_effort_param",
    "ManagedAgentsEffortParams": "_params.managed_agents_effort_params",
    "ManagedAgentsEffortXhigh": "_models.managed_agents_effort_xhigh",
    "ManagedAgentsEffortXhighParam": "_params.managed_agents_effort_xhigh_param",
    "ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError": "_models.managed_agents_environment_archived_deployment_paused_reason_error",
    "ManagedAgentsEnvironmentArchivedRunError": "_models.managed_agents_environment_archived_run_error",
    "ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError": "_models.managed_agents_environment_not_found_deployment_paused_reason_error",
    "ManagedAgentsEnvironmentNotFoundRunError": "_models.managed_agents_environment_not_found_run_error",
    "ManagedAgentsEnvironmentVariableAuthResponse": "_models.managed_agents_environment_variable_auth_response",
    "ManagedAgentsEnvironmentVariableCreateParams": "_params.managed_agents_environment_variable_create_params",
    "ManagedAgentsEnvironmentVariableUpdateParams": "_params.managed_agents_environment_variable_update_params",
    "ManagedAgentsErrorDeploymentPausedReason": "_models.managed_agents_error_deployment_paused_reason",
    "ManagedAgentsEventDeltaEvent": "_models.managed_agents_event_delta_event",
    "ManagedAgentsEventDeltaEventContentDelta": "_models.managed_agents_event_delta_event_content_delta",
    "ManagedAgentsEventDeltaEventDelta": "_models.managed_agents_event_delta_event_delta",
    "ManagedAgentsEventDeltaTypeParam": "_params.managed_agents_event_delta_type_param",
    "ManagedAgentsEventParams": "_params.managed_agents_event_params",
    "ManagedAgentsEventStartEvent": "_models.managed_agents_event_start_event",
    "ManagedAgentsEventStartEventAgentMessagePreview": "_models.managed_agents_event_start_event_agent_message_preview",
    "ManagedAgentsEventStartEventAgentThinkingPreview": "_models.managed_agents_event_start_event_agent_thinking_preview",
    "ManagedAgentsEventStartEventEvent": "_models.managed_agents_event_start_event_event",
    "ManagedAgentsExecutionIdentity": "_models.managed_agents_execution_identity",
    "ManagedAgentsExecutionIdentityParams": "_params.managed_agents_execution_identity_params",
    "ManagedAgentsFileDocumentSource": "_models.managed_agents_file_document_source",
    "ManagedAgentsFileDocumentSourceParam": "_params.managed_agents_file_document_source_param",
    "ManagedAgentsFileImageSource": "_models.managed_agents_file_image_source",
    "ManagedAgentsFileImageSourceParam": "_params.managed_agents_file_image_source_param",
    "ManagedAgentsFileNotFoundDeploymentPausedReasonError": "_models.managed_agents_file_not_found_deployment_paused_reason_error",
    "ManagedAgentsFileNotFoundRunError": "_models.managed_agents_file_not_found_run_error",
    "ManagedAgentsFileResource": "_models.managed_agents_file_resource",
    "ManagedAgentsFileResourceConfig": "_models.managed_agents_file_resource_config",
    "ManagedAgentsFileResourceParams": "_params.managed_agents_file_resource_params",
    "ManagedAgentsFileRubric": "_models.managed_agents_file_rubric",
    "ManagedAgentsFileRubricParams": "_params.managed_agents_file_rubric_params",
    "ManagedAgentsGetSessionResource": "_models.managed_agents_get_session_resource",
    "ManagedAgentsGitHubRepositoryResource": "_models.managed_agents_git_hub_repository_resource",
    "ManagedAgentsGitHubRepositoryResourceConfig": "_models.managed_agents_git_hub_repository_resource_config",
    "ManagedAgentsGitHubRepositoryResourceParams": "_params.managed_agents_git_hub_repository_resource_params",
    "ManagedAgentsGlobToolConfig": "_models.managed_agents_glob_tool_config",
    "ManagedAgentsGlobToolConfigParams": "_params.managed_agents_glob_tool_config_params",
    "ManagedAgentsGrepToolConfig": "_models.managed_agents_grep_tool_config",
    "ManagedAgentsGrepToolConfigParams": "_params.managed_agents_grep_tool_config_params",
    "ManagedAgentsImageBlock": "_models.managed_agents_image_block",
    "ManagedAgentsImageBlockParam": "_params.managed_agents_image_block_param",
    "ManagedAgentsImageSource": "_models.managed_agents_image_source",
    "ManagedAgentsImageSourceParam": "_params.managed_agents_image_source_param",
    "ManagedAgentsInjectionLocationParams": "_params.managed_agents_injection_location_params",
    "ManagedAgentsInjectionLocationResponse": "_models.managed_agents_injection_location_response",
    "ManagedAgentsInjectionLocationUpdateParams": "_params.managed_agents_injection_location_update_params",
    "ManagedAgentsInlineAgent": "_models.managed_agents_inline_agent",
    "ManagedAgentsInputEvent": "_models.managed_agents_input_event",
    "ManagedAgentsLimitedCredentialNetworkingParams": "_params.managed_agents_limited_credential_networking_params",
    "ManagedAgentsLimitedCredentialNetworkingResponse": "_models.managed_agents_limited_credential_networking_response",
    "ManagedAgentsListAgentVersions": "_models.managed_agents_list_agent_versions",
    "ManagedAgentsListAgents": "_models.managed_agents_list_agents",
    "ManagedAgentsListDeploymentRunsData": "_models.managed_agents_list_deployment_runs_data",
    "ManagedAgentsListDeploymentsData": "_models.managed_agents_list_deployments_data",
    "ManagedAgentsListOrderParam": "_params.managed_agents_list_order_param",
    "ManagedAgentsListSessionEvents": "_models.managed_agents_list_session_events",
    "ManagedAgentsListSessionResources": "_models.managed_agents_list_session_resources",
    "ManagedAgentsListSessionThreadEvents": "_models.managed_agents_list_session_thread_events",
    "ManagedAgentsListSessionThreads": "_models.managed_agents_list_session_threads",
    "ManagedAgentsListSessions": "_models.managed_agents_list_sessions",
    "ManagedAgentsMCPServer": "_models.managed_agents_mcp_server",
    "ManagedAgentsMCPServerParams": "_params.managed_agents_mcp_server_params",
    "ManagedAgentsMCPServerURLDefinition": "_models.managed_agents_mcp_server_url_definition",
    "ManagedAgentsMCPToolConfig": "_models.managed_agents_mcp_tool_config",
    "ManagedAgentsMCPToolConfigParams": "_params.managed_agents_mcp_tool_config_params",
    "ManagedAgentsMCPToolset": "_models.managed_agents_mcp_toolset",
    "ManagedAgentsMCPToolsetDefaultConfig": "_models.managed_agents_mcp_toolset_default_config",
    "ManagedAgentsMCPToolsetDefaultConfigParams": "_params.managed_agents_mcp_toolset_default_config_params",
    "ManagedAgentsMCPToolsetParams": "_params.managed_agents_mcp_toolset_params",
    "ManagedAgentsManagedMemoryStoreBackend": "_models.managed_agents_managed_memory_store_backend",
    "ManagedAgentsManagedMemoryStoreBackendParam": "_params.managed_agents_managed_memory_store_backend_param",
    "ManagedAgentsManualDeploymentPausedReason": "_models.managed_agents_manual_deployment_paused_reason",
    "ManagedAgentsManualTriggerContext": "_models.managed_agents_manual_trigger_context",
    "ManagedAgentsMaxWorkflowRunsWorkflowRunError": "_models.managed_agents_max_workflow_runs_workflow_run_error",
    "ManagedAgentsMcpAuthenticationFailedError": "_models.managed_agents_mcp_authentication_failed_error",
    "ManagedAgentsMcpConnectionFailedError": "_models.managed_agents_mcp_connection_failed_error",
    "ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError": "_models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error",
    "ManagedAgentsMcpEgressBlockedRunError": "_models.managed_agents_mcp_egress_blocked_run_error",
    "ManagedAgentsMcpOauthAuthResponse": "_models.managed_agents_mcp_oauth_auth_response",
    "ManagedAgentsMcpOauthCreateParams": "_params.managed_agents_mcp_oauth_create_params",
    "ManagedAgentsMcpOauthRefreshParams": "_params.managed_agents_mcp_oauth_refresh_params",
    "ManagedAgentsMcpOauthRefreshResponse": "_models.managed_agents_mcp_oauth_refresh_response",
    "ManagedAgentsMcpOauthRefreshUpdateParams": "_params.managed_agents_mcp_oauth_refresh_update_params",
    "ManagedAgentsMcpOauthUpdateParams": "_params.managed_agents_mcp_oauth_update_params",
    "ManagedAgentsMcpProbe": "_models.managed_agents_mcp_probe",
    "ManagedAgentsMemory": "_models.managed_agents_memory",
    "ManagedAgentsMemoryListItem": "_models.managed_agents_memory_list_item",
    "ManagedAgentsMemoryPrefix": "_models.managed_agents_memory_prefix",
    "ManagedAgentsMemoryStore": "_models.managed_agents_memory_store",
    "ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError": "_models.managed_agents_memory_store_archived_deployment_paused_reason_error",
    "ManagedAgentsMemoryStoreArchivedRunError": "_models.managed_agents_memory_store_archived_run_error",
    "ManagedAgentsMemoryStoreResource": "_models.managed_agents_memory_store_resource",
    "ManagedAgentsMemoryStoreResourceConfig": "_models.managed_agents_memory_store_resource_config",
    "ManagedAgentsMemoryStoreResourceParam": "_params.managed_agents_memory_store_resource_param",
    "ManagedAgentsMemoryToolConfig": "_models.managed_agents_memory_tool_config",
    "ManagedAgentsMemoryToolConfigParams": "_params.managed_agents_memory_tool_config_params",
    "ManagedAgentsMemoryToolConfigPermissionPolicy": "_models.managed_agents_memory_tool_config_permission_policy",
    "ManagedAgentsMemoryToolConfigPermissionPolicyParam": "_params.managed_agents_memory_tool_config_permission_policy_param",
    "ManagedAgentsMemoryToolName": "_models.managed_agents_memory_tool_name",
    "ManagedAgentsMemoryToolNameParam": "_params.managed_agents_memory_tool_name_param",
    "ManagedAgentsMemoryToolset20261030": "_models.managed_agents_memory_toolset20261030",
    "ManagedAgentsMemoryToolset20261030Params": "_params.managed_agents_memory_toolset20261030_params",
    "ManagedAgentsMemoryVersion": "_models.managed_agents_memory_version",
    "ManagedAgentsMemoryVersionOperation": "_models.managed_agents_memory_version_operation",
    "ManagedAgentsMemoryVersionOperationParam": "_params.managed_agents_memory_version_operation_param",
    "ManagedAgentsMemoryViewParam": "_params.managed_agents_memory_view_param",
    "ManagedAgentsModel": "_models.managed_agents_model",
    "ManagedAgentsModelConfig": "_models.managed_agents_model_config",
    "ManagedAgentsModelConfigParams": "_params.managed_agents_model_config_params",
    "ManagedAgentsModelOverloadedError": "_models.managed_agents_model_overloaded_error",
    "ManagedAgentsModelParam": "_params.managed_agents_model_param",
    "ManagedAgentsModelParams": "_params.managed_agents_model_params",
    "ManagedAgentsModelRateLimitedError": "_models.managed_agents_model_rate_limited_error",
    "ManagedAgentsModelRequestFailedError": "_models.managed_agents_model_request_failed_error",
    "ManagedAgentsMountMode": "_models.managed_agents_mount_mode",
    "ManagedAgentsMountModeParam": "_params.managed_agents_mount_mode_param",
    "ManagedAgentsMountPathConflictErrorObject": "_models.managed_agents_mount_path_conflict_error_object",
    "ManagedAgentsMultiagent": "_models.managed_agents_multiagent",
    "ManagedAgentsMultiagent20261001": "_models.managed_agents_multiagent20261001",
    "ManagedAgentsMultiagent20261001Params": "_params.managed_agents_multiagent20261001_params",
    "ManagedAgentsMultiagentAdvisor": "_models.managed_agents_multiagent_advisor",
    "ManagedAgentsMultiagentAdvisorDisabled": "_models.managed_agents_multiagent_advisor_disabled",
    "ManagedAgentsMultiagentAdvisorDisabledParams": "_params.managed_agents_multiagent_advisor_disabled_params",
    "ManagedAgentsMultiagentAdvisorEnabled": "_models.managed_agents_multiagent_advisor_enabled",
    "ManagedAgentsMultiagentAdvisorEnabledParams": "_params.managed_agents_multiagent_advisor_enabled_params",
    "ManagedAgentsMultiagentAdvisorParams": "_params.managed_agents_multiagent_advisor_params",
    "ManagedAgentsMultiagentCoordinator": "_models.managed_agents_multiagent_coordinator",
    "ManagedAgentsMultiagentCoordinatorParams": "_params.managed_agents_multiagent_coordinator_params",
    "ManagedAgentsMultiagentInlineAgents": "_models.managed_agents_multiagent_inline_agents",
    "ManagedAgentsMultiagentInlineAgentsDisabled": "_models.managed_agents_multiagent_inline_agents_disabled",
    "ManagedAgentsMultiagentInlineAgentsDisabledParams": "_params.managed_agents_multiagent_inline_agents_disabled_params",
    "ManagedAgentsMultiagentInlineAgentsEnabled": "_models.managed_agents_multiagent_inline_agents_enabled",
    "ManagedAgentsMultiagentInlineAgentsEnabledParams": "_params.managed_agents_multiagent_inline_agents_enabled_params",
    "ManagedAgentsMultiagentInlineAgentsParams": "_params.managed_agents_multiagent_inline_agents_params",
    "ManagedAgentsMultiagentParams": "_params.managed_agents_multiagent_params",
    "ManagedAgentsMultiagentPredefinedAgentParams": "_params.managed_agents_multiagent_predefined_agent_params",
    "ManagedAgentsMultiagentRosterEntry": "_models.managed_agents_multiagent_roster_entry",
    "ManagedAgentsMultiagentRosterEntryParams": "_params.managed_agents_multiagent_roster_entry_params",
    "ManagedAgentsMultiagentSelfParams": "_params.managed_agents_multiagent_self_params",
    "ManagedAgentsMultiagentSubagents": "_models.managed_agents_multiagent_subagents",
    "ManagedAgentsMultiagentSubagentsDisabled": "_models.managed_agents_multiagent_subagents_disabled",
    "ManagedAgentsMultiagentSubagentsDisabledParams": "_params.managed_agents_multiagent_subagents_disabled_params",
    "ManagedAgentsMultiagentSubagentsEnabled": "_models.managed_agents_multiagent_subagents_enabled",
    "ManagedAgentsMultiagentSubagentsEnabledParams": "_params.managed_agents_multiagent_subagents_enabled_params",
    "ManagedAgentsMultiagentSubagentsParams": "_params.managed_agents_multiagent_subagents_params",
    "ManagedAgentsMultiagentWorkflows": "_models.managed_agents_multiagent_workflows",
    "ManagedAgentsMultiagentWorkflowsDisabled": "_models.managed_agents_multiagent_workflows_disabled",
    "ManagedAgentsMultiagentWorkflowsDisabledParams": "_params.managed_agents_multiagent_workflows_disabled_params",
    "ManagedAgentsMultiagentWorkflowsEnabled": "_models.managed_agents_multiagent_workflows_enabled",
    "ManagedAgentsMultiagentWorkflowsEnabledParams": "_params.managed_agents_multiagent_workflows_enabled_params",
    "ManagedAgentsMultiagentWorkflowsParams": "_params.managed_agents_multiagent_workflows_params",
    "ManagedAgentsOrganizationDisabledDeploymentPausedReasonError": "_models.managed_agents_organization_disabled_deployment_paused_reason_error",
    "ManagedAgentsOrganizationDisabledRunError": "_models.managed_agents_organization_disabled_run_error",
    "ManagedAgentsOutcomeEvaluationResource": "_models.managed_agents_outcome_evaluation_resource",
    "ManagedAgentsPermissionPolicy": "_models.managed_agents_permission_policy",
    "ManagedAgentsPermissionPolicyParam": "_params.managed_agents_permission_policy_param",
    "ManagedAgentsPersonActor": "_models.managed_agents_person_actor",
    "ManagedAgentsPlainTextDocumentSource": "_models.managed_agents_plain_text_document_source",
    "ManagedAgentsPlainTextDocumentSourceMediaType": "_models.managed_agents_plain_text_document_source_media_type",
    "ManagedAgentsPlainTextDocumentSourceParam": "_params.managed_agents_plain_text_document_source_param",
    "ManagedAgentsProgramWorkflowRunError": "_models.managed_agents_program_workflow_run_error",
    "ManagedAgentsReadToolConfig": "_models.managed_agents_read_tool_config",
    "ManagedAgentsReadToolConfigParams": "_params.managed_agents_read_tool_config_params",
    "ManagedAgentsRedactedBlock": "_models.managed_agents_redacted_block",
    "ManagedAgentsRedactedBlockParam": "_params.managed_agents_redacted_block_param",
    "ManagedAgentsRefreshHttpResponse": "_models.managed_agents_refresh_http_response",
    "ManagedAgentsRefreshObject": "_models.managed_agents_refresh_object",
    "ManagedAgentsRepositoryAuthenticationError": "_models.managed_agents_repository_authentication_error",
    "ManagedAgentsRepositoryCheckout": "_models.managed_agents_repository_checkout",
    "ManagedAgentsRepositoryCheckoutError": "_models.managed_agents_repository_checkout_error",
    "ManagedAgentsRepositoryCheckoutParam": "_params.managed_agents_repository_checkout_param",
    "ManagedAgentsRepositoryCloneError": "_models.managed_agents_repository_clone_error",
    "ManagedAgentsRepositoryForbiddenError": "_models.managed_agents_repository_forbidden_error",
    "ManagedAgentsRepositoryNotFoundError": "_models.managed_agents_repository_not_found_error",
    "ManagedAgentsRetryStatus": "_models.managed_agents_retry_status",
    "ManagedAgentsRetryStatusExhausted": "_models.managed_agents_retry_status_exhausted",
    "ManagedAgentsRetryStatusRetrying": "_models.managed_agents_retry_status_retrying",
    "ManagedAgentsRetryStatusTerminal": "_models.managed_agents_retry_status_terminal",
    "ManagedAgentsRoleActor": "_models.managed_agents_role_actor",
    "ManagedAgentsRubric": "_models.managed_agents_rubric",
    "ManagedAgentsRubricParams": "_params.managed_agents_rubric_params",
    "ManagedAgentsRunError": "_models.managed_agents_run_error",
    "ManagedAgentsS3AccessDeniedErrorObject": "_models.managed_agents_s3_access_denied_error_object",
    "ManagedAgentsS3CopyErrorObject": "_models.managed_agents_s3_copy_error_object",
    "ManagedAgentsS3MountErrorObject": "_models.managed_agents_s3_mount_error_object",
    "ManagedAgentsS3MountResource": "_models.managed_agents_s3_mount_resource",
    "ManagedAgentsS3MountResourceMountAs": "_models.managed_agents_s3_mount_resource_mount_as",
    "ManagedAgentsS3MountResourceParams": "_params.managed_agents_s3_mount_resource_params",
    "ManagedAgentsS3MountSkill": "_models.managed_agents_s3_mount_skill",
    "ManagedAgentsS3MountSkillParam": "_params.managed_agents_s3_mount_skill_param",
    "ManagedAgentsS3NotFoundErrorObject": "_models.managed_agents_s3_not_found_error_object",
    "ManagedAgentsS3ObjectResource": "_models.managed_agents_s3_object_resource",
    "ManagedAgentsS3ObjectResourceParams": "_params.managed_agents_s3_object_resource_params",
    "ManagedAgentsSandboxPathResource": "_models.managed_agents_sandbox_path_resource",
    "ManagedAgentsSandboxPathResourceParams": "_params.managed_agents_sandbox_path_resource_params",
    "ManagedAgentsSandboxPathSkill": "_models.managed_agents_sandbox_path_skill",
    "ManagedAgentsSandboxPathSkillParam": "_params.managed_agents_sandbox_path_skill_param",
    "ManagedAgentsSandboxSkill": "_models.managed_agents_sandbox_skill",
    "ManagedAgentsSandboxSkillParam": "_params.managed_agents_sandbox_skill_param",
    "ManagedAgentsSchedule": "_models.managed_agents_schedule",
    "ManagedAgentsScheduleParams": "_params.managed_agents_schedule_params",
    "ManagedAgentsScheduleTriggerContext": "_models.managed_agents_schedule_trigger_context",
    "ManagedAgentsSearchResultBlock": "_models.managed_agents_search_result_block",
    "ManagedAgentsSearchResultBlockParam": "_params.managed_agents_search_result_block_param",
    "ManagedAgentsSearchResultCitations": "_models.managed_agents_search_result_citations",
    "ManagedAgentsSearchResultCitationsParam": "_params.managed_agents_search_result_citations_param",
    "ManagedAgentsSearchResultContent": "_models.managed_agents_search_result_content",
    "ManagedAgentsSearchResultContentParam": "_params.managed_agents_search_result_content_param",
    "ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError": "_models.managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error",
    "ManagedAgentsSelfHostedResourcesUnsupportedRunError": "_models.managed_agents_self_hosted_resources_unsupported_run_error",
    "ManagedAgentsSendBedrockSessionEvents": "_models.managed_agents_send_bedrock_session_events",
    "ManagedAgentsSendSessionEvents": "_models.managed_agents_send_session_events",
    "ManagedAgentsSendSessionEventsParams": "_params.managed_agents_send_session_events_params",
    "ManagedAgentsServerToolUsage": "_models.managed_agents_server_tool_usage",
    "ManagedAgentsServiceAccountActor": "_models.managed_agents_service_account_actor",
    "ManagedAgentsServiceAccountExecutionIdentity": "_models.managed_agents_service_account_execution_identity",
    "ManagedAgentsServiceAccountExecutionIdentityParams": "_params.managed_agents_service_account_execution_identity_params",
    "ManagedAgentsSession": "_models.managed_agents_session",
    "ManagedAgentsSessionActor": "_models.managed_agents_session_actor",
    "ManagedAgentsSessionAgent": "_models.managed_agents_session_agent",
    "ManagedAgentsSessionAgentUpdateParam": "_params.managed_agents_session_agent_update_param",
    "ManagedAgentsSessionBudgetReached": "_models.managed_agents_session_budget_reached",
    "ManagedAgentsSessionCreationRejectedRunError": "_models.managed_agents_session_creation_rejected_run_error",
    "ManagedAgentsSessionDeletedEvent": "_models.managed_agents_session_deleted_event",
    "ManagedAgentsSessionEndTurn": "_models.managed_agents_session_end_turn",
    "ManagedAgentsSessionErrorEvent": "_models.managed_agents_session_error_event",
    "ManagedAgentsSessionErrorEventError": "_models.managed_agents_session_error_event_error",
    "ManagedAgentsSessionEvent": "_models.managed_agents_session_event",
    "ManagedAgentsSessionEventTypeParam": "_params.managed_agents_session_event_type_param",
    "ManagedAgentsSessionInitialEventParams": "_params.managed_agents_session_initial_event_params",
    "ManagedAgentsSessionMultiagent": "_models.managed_agents_session_multiagent",
    "ManagedAgentsSessionMultiagent20261001": "_models.managed_agents_session_multiagent20261001",
    "ManagedAgentsSessionMultiagentCoordinator": "_models.managed_agents_session_multiagent_coordinator",
    "ManagedAgentsSessionMultiagentSubagents": "_models.managed_agents_session_multiagent_subagents",
    "ManagedAgentsSessionMultiagentSubagentsEnabled": "_models.managed_agents_session_multiagent_subagents_enabled",
    "ManagedAgentsSessionMultiagentWorkflows": "_models.managed_agents_session_multiagent_workflows",
    "ManagedAgentsSessionMultiagentWorkflowsEnabled": "_models.managed_agents_session_multiagent_workflows_enabled",
    "ManagedAgentsSessionRateLimitedRunError": "_models.managed_agents_session_rate_limited_run_error",
    "ManagedAgentsSessionRefusal": "_models.managed_agents_session_refusal",
    "ManagedAgentsSessionRefusalStopDetails": "_models.managed_agents_session_refusal_stop_details",
    "ManagedAgentsSessionRequiresAction": "_models.managed_agents_session_requires_action",
    "ManagedAgentsSessionResource": "_models.managed_agents_session_resource",
    "ManagedAgentsSessionResourceConfig": "_models.managed_agents_session_resource_config",
    "ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError": "_models.managed_agents_session_resource_not_found_deployment_paused_reason_error",
    "ManagedAgentsSessionResourceNotFoundRunError": "_models.managed_agents_session_resource_not_found_run_error",
    "ManagedAgentsSessionResourceParams": "_params.managed_agents_session_resource_params",
    "ManagedAgentsSessionRetriesExhausted": "_models.managed_agents_session_retries_exhausted",
    "ManagedAgentsSessionRosterEntry": "_models.managed_agents_session_roster_entry",
    "ManagedAgentsSessionStats": "_models.managed_agents_session_stats",
    "ManagedAgentsSessionStatus": "_models.managed_agents_session_status",
    "ManagedAgentsSessionStatusIdleEvent": "_models.managed_agents_session_status_idle_event",
    "ManagedAgentsSessionStatusParam": "_params.managed_agents_session_status_param",
    "ManagedAgentsSessionStatusRescheduledEvent": "_models.managed_agents_session_status_rescheduled_event",
    "ManagedAgentsSessionStatusRunningEvent": "_models.managed_agents_session_status_running_event",
    "ManagedAgentsSessionStatusTerminatedEvent": "_models.managed_agents_session_status_terminated_event",
    "ManagedAgentsSessionStopReason": "_models.managed_agents_session_stop_reason",
    "ManagedAgentsSessionThread": "_models.managed_agents_session_thread",
    "ManagedAgentsSessionThreadAgent": "_models.managed_agents_session_thread_agent",
    "ManagedAgentsSessionThreadCreatedEvent": "_models.managed_agents_session_thread_created_event",
    "ManagedAgentsSessionThreadResolvedAgent": "_models.managed_agents_session_thread_resolved_agent",
    "ManagedAgentsSessionThreadStats": "_models.managed_agents_session_thread_stats",
    "ManagedAgentsSessionThreadStatus": "_models.managed_agents_session_thread_status",
    "ManagedAgentsSessionThreadStatusIdleEvent": "_models.managed_agents_session_thread_status_idle_event",
    "ManagedAgentsSessionThreadStatusParam": "_params.managed_agents_session_thread_status_param",
    "ManagedAgentsSessionThreadStatusRescheduledEvent": "_models.managed_agents_session_thread_status_rescheduled_event",
    "ManagedAgentsSessionThreadStatusRunningEvent": "_models.managed_agents_session_thread_status_running_event",
    "ManagedAgentsSessionThreadStatusTerminatedEvent": "_models.managed_agents_session_thread_status_terminated_event",
    "ManagedAgentsSessionThreadUsage": "_models.managed_agents_session_thread_usage",
    "ManagedAgentsSessionUpdatedEvent": "_models.managed_agents_session_updated_event",
    "ManagedAgentsSessionUsage": "_models.managed_agents_session_usage",
    "ManagedAgentsSessionUsageEvent": "_models.managed_agents_session_usage_event",
    "ManagedAgentsSessionUsageSnapshot": "_models.managed_agents_session_usage_snapshot",
    "ManagedAgentsSkill": "_models.managed_agents_skill",
    "ManagedAgentsSkillNotFoundDeploymentPausedReasonError": "_models.managed_agents_skill_not_found_deployment_paused_reason_error",
    "ManagedAgentsSkillNotFoundRunError": "_models.managed_agents_skill_not_found_run_error",
    "ManagedAgentsSkillParams": "_params.managed_agents_skill_params",
    "ManagedAgentsSpanModelRequestEndEvent": "_models.managed_agents_span_model_request_end_event",
    "ManagedAgentsSpanModelRequestStartEvent": "_models.managed_agents_span_model_request_start_event",
    "ManagedAgentsSpanModelUsage": "_models.managed_agents_span_model_usage",
    "ManagedAgentsSpanOutcomeEvaluationEndEvent": "_models.managed_agents_span_outcome_evaluation_end_event",
    "ManagedAgentsSpanOutcomeEvaluationOngoingEvent": "_models.managed_agents_span_outcome_evaluation_ongoing_event",
    "ManagedAgentsSpanOutcomeEvaluationStartEvent": "_models.managed_agents_span_outcome_evaluation_start_event",
    "ManagedAgentsSpeed": "_models.managed_agents_speed",
    "ManagedAgentsSpeedParam": "_params.managed_agents_speed_param",
    "ManagedAgentsStaticBearerAuthResponse": "_models.managed_agents_static_bearer_auth_response",
    "ManagedAgentsStaticBearerCreateParams": "_params.managed_agents_static_bearer_create_params",
    "ManagedAgentsStaticBearerUpdateParams": "_params.managed_agents_static_bearer_update_params",
    "ManagedAgentsStreamBedrockSessionEvents": "_models.managed_agents_stream_bedrock_session_events",
    "ManagedAgentsStreamBedrockSessionThreadEvents": "_models.managed_agents_stream_bedrock_session_thread_events",
    "ManagedAgentsStreamSessionEvents": "_models.managed_agents_stream_session_events",
    "ManagedAgentsStreamSessionThreadEvents": "_models.managed_agents_stream_session_thread_events",
    "ManagedAgentsStruct": "_models.managed_agents_struct",
    "ManagedAgentsSystemContentBlock": "_models.managed_agents_system_content_block",
    "ManagedAgentsSystemContentBlockParam": "_params.managed_agents_system_content_block_param",
    "ManagedAgentsSystemMessageEvent": "_models.managed_agents_system_message_event",
    "ManagedAgentsSystemMessageEventParams": "_params.managed_agents_system_message_event_params",
    "ManagedAgentsTextBlock": "_models.managed_agents_text_block",
    "ManagedAgentsTextBlockParam": "_params.managed_agents_text_block_param",
    "ManagedAgentsTextRubric": "_models.managed_agents_text_rubric",
    "ManagedAgentsTextRubricParams": "_params.managed_agents_text_rubric_params",
    "ManagedAgentsThreadLimitWorkflowRunError": "_models.managed_agents_thread_limit_workflow_run_error",
    "ManagedAgentsTimeoutWorkflowRunError": "_models.managed_agents_timeout_workflow_run_error",
    "ManagedAgentsTokenEndpointAuthBasicParam": "_params.managed_agents_token_endpoint_auth_basic_param",
    "ManagedAgentsTokenEndpointAuthBasicResponse": "_models.managed_agents_token_endpoint_auth_basic_response",
    "ManagedAgentsTokenEndpointAuthBasicUpdateParam": "_params.managed_agents_token_endpoint_auth_basic_update_param",
    "ManagedAgentsTokenEndpointAuthNoneParam": "_params.managed_agents_token_endpoint_auth_none_param",
    "ManagedAgentsTokenEndpointAuthNoneResponse": "_models.managed_agents_token_endpoint_auth_none_response",
    "ManagedAgentsTokenEndpointAuthParams": "_params.managed_agents_token_endpoint_auth_params",
    "ManagedAgentsTokenEndpointAuthPostParam": "_params.managed_agents_token_endpoint_auth_post_param",
    "ManagedAgentsTokenEndpointAuthPostResponse": "_models.managed_agents_token_endpoint_auth_post_response",
    "ManagedAgentsTokenEndpointAuthPostUpdateParam": "_params.managed_agents_token_endpoint_auth_post_update_param",
    "ManagedAgentsTokenEndpointAuthResponse": "_models.managed_agents_token_endpoint_auth_response",
    "ManagedAgentsTokenEndpointAuthUpdateParams": "_params.managed_agents_token_endpoint_auth_update_params",
    "ManagedAgentsToolResultContentBlock": "_models.managed_agents_tool_result_content_block",
    "ManagedAgentsToolResultContentBlockParam": "_params.managed_agents_tool_result_content_block_param",
    "ManagedAgentsToolUseLimitReachedError": "_models.managed_agents_tool_use_limit_reached_error",
    "ManagedAgentsTriggerContext": "_models.managed_agents_trigger_context",
    "ManagedAgentsTriggerTypeParam": "_params.managed_agents_trigger_type_param",
    "ManagedAgentsURLDocumentSource": "_models.managed_agents_url_document_source",
    "ManagedAgentsURLDocumentSourceParam": "_params.managed_agents_url_document_source_param",
    "ManagedAgentsURLImageSource": "_models.managed_agents_url_image_source",
    "ManagedAgentsURLImageSourceParam": "_params.managed_agents_url_image_source_param",
    "ManagedAgentsURLMCPServerParams": "_params.managed_agents_urlmcp_server_params",
    "ManagedAgentsUnknownDeploymentPausedReasonError": "_models.managed_agents_unknown_deployment_paused_reason_error",
    "ManagedAgentsUnknownError": "_models.managed_agents_unknown_error",
    "ManagedAgentsUnknownRunError": "_models.managed_agents_unknown_run_error",
    "ManagedAgentsUnknownWorkflowRunError": "_models.managed_agents_unknown_workflow_run_error",
    "ManagedAgentsUnrestrictedCredentialNetworkingParams": "_params.managed_agents_unrestricted_credential_networking_params",
    "ManagedAgentsUnrestrictedCredentialNetworkingResponse": "_models.managed_agents_unrestricted_credential_networking_response",
    "ManagedAgentsUpdateAgentParams": "_params.managed_agents_update_agent_params",
    "ManagedAgentsUpdateDeploymentParams": "_params.managed_agents_update_deployment_params",
    "ManagedAgentsUpdateSessionParams": "_params.managed_agents_update_session_params",
    "ManagedAgentsUpdateSessionResource": "_models.managed_agents_update_session_resource",
    "ManagedAgentsUpdateSessionResourceParams": "_params.managed_agents_update_session_resource_params",
    "ManagedAgentsUserActor": "_models.managed_agents_user_actor",
    "ManagedAgentsUserContentBlock": "_models.managed_agents_user_content_block",
    "ManagedAgentsUserContentBlockParam": "_params.managed_agents_user_content_block_param",
    "ManagedAgentsUserCustomToolResultEvent": "_models.managed_agents_user_custom_tool_result_event",
    "ManagedAgentsUserCustomToolResultEventParams": "_params.managed_agents_user_custom_tool_result_event_params",
    "ManagedAgentsUserDefineOutcomeEvent": "_models.managed_agents_user_define_outcome_event",
    "ManagedAgentsUserDefineOutcomeEventParams": "_params.managed_agents_user_define_outcome_event_params",
    "ManagedAgentsUserInterruptEvent": "_models.managed_agents_user_interrupt_event",
    "ManagedAgentsUserInterruptEventParams": "_params.managed_agents_user_interrupt_event_params",
    "ManagedAgentsUserLocation": "_models.managed_agents_user_location",
    "ManagedAgentsUserLocationParam": "_params.managed_agents_user_location_param",
    "ManagedAgentsUserMessageEvent": "_models.managed_agents_user_message_event",
    "ManagedAgentsUserMessageEventParams": "_params.managed_agents_user_message_event_params",
    "ManagedAgentsUserToolConfirmationEvent": "_models.managed_agents_user_tool_confirmation_event",
    "ManagedAgentsUserToolConfirmationEventParams": "_params.managed_agents_user_tool_confirmation_event_params",
    "ManagedAgentsUserToolConfirmationResult": "_models.managed_agents_user_tool_confirmation_result",
    "ManagedAgentsUserToolConfirmationResultParam": "_params.managed_agents_user_tool_confirmation_result_param",
    "ManagedAgentsUserToolResultEvent": "_models.managed_agents_user_tool_result_event",
    "ManagedAgentsUserToolResultEventParams": "_params.managed_agents_user_tool_result_event_params",
    "ManagedAgentsVault": "_models.managed_agents_vault",
    "ManagedAgentsVaultArchivedDeploymentPausedReasonError": "_models.managed_agents_vault_archived_deployment_paused_reason_error",
    "ManagedAgentsVaultArchivedRunError": "_models.managed_agents_vault_archived_run_error",
    "ManagedAgentsVaultNotFoundDeploymentPausedReasonError": "_models.managed_agents_vault_not_found_deployment_paused_reason_error",
    "ManagedAgentsVaultNotFoundRunError": "_models.managed_agents_vault_not_found_run_error",
    "ManagedAgentsWebFetchToolConfig": "_models.managed_agents_web_fetch_tool_config",
    "ManagedAgentsWebFetchToolConfigParams": "_params.managed_agents_web_fetch_tool_config_params",
    "ManagedAgentsWebFetchURLSourceShorthandParam": "_params.managed_agents_web_fetch_url_source_shorthand_param",
    "ManagedAgentsWebFetchURLSourceToolFilterParams": "_params.managed_agents_web_fetch_url_source_tool_filter_params",
    "ManagedAgentsWebFetchURLSourceUserInputParams": "_params.managed_agents_web_fetch_url_source_user_input_params",
    "ManagedAgentsWebFetchURLSources": "_models.managed_agents_web_fetch_url_sources",
    "ManagedAgentsWebFetchURLSourcesParams": "_params.managed_agents_web_fetch_url_sources_params",
    "ManagedAgentsWebSearchToolConfig": "_models.managed_agents_web_search_tool_config",
    "ManagedAgentsWebSearchToolConfigParams": "_params.managed_agents_web_search_tool_config_params",
    "ManagedAgentsWorkflowRunCreatedEvent": "_models.managed_agents_workflow_run_created_event",
    "ManagedAgentsWorkflowRunError": "_models.managed_agents_workflow_run_error",
    "ManagedAgentsWorkflowRunErrorEvent": "_models.managed_agents_workflow_run_error_event",
    "ManagedAgentsWorkflowRunPhase": "_models.managed_agents_workflow_run_phase",
    "ManagedAgentsWorkflowRunPhaseEndedEvent": "_models.managed_agents_workflow_run_phase_ended_event",
    "ManagedAgentsWorkflowRunPhaseStartedEvent": "_models.managed_agents_workflow_run_phase_started_event",
    "ManagedAgentsWorkflowRunResult": "_models.managed_agents_workflow_run_result",
    "ManagedAgentsWorkflowRunResultCompleted": "_models.managed_agents_workflow_run_result_completed",
    "ManagedAgentsWorkflowRunResultError": "_models.managed_agents_workflow_run_result_error",
    "ManagedAgentsWorkflowRunResultStopped": "_models.managed_agents_workflow_run_result_stopped",
    "ManagedAgentsWorkflowRunStatusEndedEvent": "_models.managed_agents_workflow_run_status_ended_event",
    "ManagedAgentsWorkflowRunStatusIdleEvent": "_models.managed_agents_workflow_run_status_idle_event",
    "ManagedAgentsWorkflowRunStatusRunningEvent": "_models.managed_agents_workflow_run_status_running_event",
    "ManagedAgentsWorkingDirectoryErrorObject": "_models.managed_agents_working_directory_error_object",
    "ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError": "_models.managed_agents_workspace_archived_deployment_paused_reason_error",
    "ManagedAgentsWorkspaceArchivedRunError": "_models.managed_agents_workspace_archived_run_error",
    "ManagedAgentsWriteToolConfig": "_models.managed_agents_write_tool_config",
    "ManagedAgentsWriteToolConfigParams": "_params.managed_agents_write_tool_config_params",
    "MemberListParams": "_params.member_list_params",
    "MemberRemoveResponse": "_models.member_remove_response",
    "MemoryCreateParams": "_params.memory_create_params",
    "MemoryDeleteParams": "_params.memory_delete_params",
    "MemoryListPage": "_models.memory_list_page",
    "MemoryListParams": "_params.memory_list_params",
    "MemoryRetrieveParams": "_params.memory_retrieve_params",
    "MemoryStoreCreateParams": "_params.memory_store_create_params",
    "MemoryStoreListParams": "_params.memory_store_list_params",
    "MemoryStorePage": "_models.memory_store_page",
    "MemoryStoreUpdateParams": "_params.memory_store_update_params",
    "MemoryTool20250818": "_models.memory_tool20250818",
    "MemoryTool20250818Command": "_models.memory_tool20250818_command",
    "MemoryTool20250818CreateCommand": "_models.memory_tool20250818_create_command",
    "MemoryTool20250818DeleteCommand": "_models.memory_tool20250818_delete_command",
    "MemoryTool20250818InsertCommand": "_models.memory_tool20250818_insert_command",
    "MemoryTool20250818Param": "_params.memory_tool20250818_param",
    "MemoryTool20250818RenameCommand": "_models.memory_tool20250818_rename_command",
    "MemoryTool20250818StrReplaceCommand": "_models.memory_tool20250818_str_replace_command",
    "MemoryTool20250818ViewCommand": "_models.memory_tool20250818_view_command",
    "MemoryUpdateParams": "_params.memory_update_params",
    "MemoryVersionListParams": "_params.memory_version_list_params",
    "MemoryVersionPage": "_models.memory_version_page",
    "MemoryVersionRetrieveParams": "_params.memory_version_retrieve_params",
    "Message": "_models.message",
    "MessageBatch": "_models.message_batch",
    "MessageBatchCanceledResult": "_models.message_batch_canceled_result",
    "MessageBatchErroredResult": "_models.message_batch_errored_result",
    "MessageBatchExpiredResult": "_models.message_batch_expired_result",
    "MessageBatchIndividualResponse": "_models.message_batch_individual_response",
    "MessageBatchPage": "_models.message_batch_page",
    "MessageBatchProcessingStatus": "_models.message_batch_processing_status",
    "MessageBatchRequestCounts": "_models.message_batch_request_counts",
    "MessageBatchResult": "_models.message_batch_result",
    "MessageBatchSucceededResult": "_models.message_batch_succeeded_result",
    "MessageContentParam": "_params.message_content_param",
    "MessageCountTokensParams": "_params.message_count_tokens_params",
    "MessageCreateParams": "_params.message_create_params",
    "MessageCreateParamsBase": "_params.message_create_params_base",
    "MessageCreateParamsNonStreaming": "_params.message_create_params_non_streaming",
    "MessageCreateParamsStreaming": "_params.message_create_params_streaming",
    "MessageDelta": "_models.message_delta",
    "MessageDeltaUsage": "_models.message_delta_usage",
    "MessageIterationUsage": "_models.message_iteration_usage",
    "MessageParam": "_params.message_param",
    "MessageThreadContinueParam": "_params.message_thread_continue_param",
    "MessageThreadCreateParam": "_params.message_thread_create_param",
    "MessageThreadParam": "_params.message_thread_param",
    "MessageTokensCount": "_models.message_tokens_count",
    "MetadataParam": "_params.metadata_param",
    "Model": "_models.model",
    "ModelCapabilities": "_models.model_capabilities",
    "ModelInfo": "_models.model_info",
    "ModelInfoPage": "_models.model_info_page",
    "ModelLifecycle": "_models.model_lifecycle",
    "ModelLifecycleParam": "_params.model_lifecycle_param",
    "ModelLine": "_models.model_line",
    "ModelListParams": "_params.model_list_params",
    "ModelParam": "_params.model_param",
    "MonetaryAmount": "_models.monetary_amount",
    "MonetaryAmountParam": "_params.monetary_amount_param",
    "NewOrganizationWebhookEndpoint": "_models.new_organization_webhook_endpoint",
    "NewOrganizationWebhookEndpointEnabledEvents": "_models.new_organization_webhook_endpoint_enabled_events",
    "NoBillingWorkspaceRoleParam": "_params.no_billing_workspace_role_param",
    "NotFoundError": "_models.not_found_error",
    "NoticeListParams": "_params.notice_list_params",
    "OrgAPIKeyLimitExceededErrorDetails": "_models.org_api_key_limit_exceeded_error_details",
    "OrgMemberLimitExceededErrorDetails": "_models.org_member_limit_exceeded_error_details",
    "OrganizationAnalyticsPluginListParams": "_params.organization_analytics_plugin_list_params",
    "OrganizationAnalyticsSkillListParams": "_params.organization_analytics_skill_list_params",
    "OrganizationAnalyticsUserListParams": "_params.organization_analytics_user_list_params",
    "OrganizationClaudeCodeManagedSettingsRbacGroupListParams": "_params.organization_claude_code_managed_settings_rbac_group_list_params",
    "OrganizationComplianceSettings": "_models.organization_compliance_settings",
    "OrganizationFederationRulesWorkspaceListParams": "_params.organization_federation_rules_workspace_list_params",
    "OrganizationInfo": "_models.organization_info",
    "OrganizationInvite": "_models.organization_invite",
    "OrganizationInvitePage": "_models.organization_invite_page",
    "OrganizationInviteStatus": "_models.organization_invite_status",
    "OrganizationLevelScopedAPIKeyRequiredErrorDetails": "_models.organization_level_scoped_api_key_required_error_details",
    "OrganizationNotEligibleErrorDetails": "_models.organization_not_eligible_error_details",
    "OrganizationNotEnrolledInBetaErrorDetails": "_models.organization_not_enrolled_in_beta_error_details",
    "OrganizationOnHoldErrorDetails": "_models.organization_on_hold_error_details",
    "OrganizationPluginsVersionListParams": "_params.organization_plugins_version_list_params",
    "OrganizationRateLimit": "_models.organization_rate_limit",
    "OrganizationRateLimitBatchGroup": "_models.organization_rate_limit_batch_group",
    "OrganizationRateLimitFilesGroup": "_models.organization_rate_limit_files_group",
    "OrganizationRateLimitListParams": "_params.organization_rate_limit_list_params",
    "OrganizationRateLimitModelGroup": "_models.organization_rate_limit_model_group",
    "OrganizationRateLimitPage": "_models.organization_rate_limit_page",
    "OrganizationRateLimitSkillsGroup": "_models.organization_rate_limit_skills_group",
    "OrganizationRateLimitTokenCountGroup": "_models.organization_rate_limit_token_count_group",
    "OrganizationRateLimitValue": "_models.organization_rate_limit_value",
    "OrganizationRateLimitWebSearchGroup": "_models.organization_rate_limit_web_search_group",
    "OrganizationRbacGroupsMemberListParams": "_params.organization_rbac_groups_member_list_params",
    "OrganizationRole": "_models.organization_role",
    "OrganizationServiceAccountListParams": "_params.organization_service_account_list_params",
    "OrganizationServiceAccountsWorkspaceListParams": "_params.organization_service_accounts_workspace_list_params",
    "OrganizationTelemetryDestinationsWorkspaceListParams": "_params.organization_telemetry_destinations_workspace_list_params",
    "OrganizationTypeNotSupportedErrorDetails": "_models.organization_type_not_supported_error_details",
    "OrganizationUser": "_models.organization_user",
    "OrganizationUserPage": "_models.organization_user_page",
    "OrganizationWebhookEndpoint": "_models.organization_webhook_endpoint",
    "OrganizationWebhookEndpointEnabledEvents": "_models.organization_webhook_endpoint_enabled_events",
    "OrganizationWebhookEndpointPage": "_models.organization_webhook_endpoint_page",
    "OrganizationWebhookEndpointSigningSecret": "_models.organization_webhook_endpoint_signing_secret",
    "OrganizationWebhookEndpointState": "_models.organization_webhook_endpoint_state",
    "OutputBehavior": "_models.output_behavior",
    "OutputBehaviorCreateNew": "_models.output_behavior_create_new",
    "OutputBehaviorCreateNewParam": "_params.output_behavior_create_new_param",
    "OutputBehaviorParam": "_params.output_behavior_param",
    "OutputBehaviorUpdateExisting": "_models.output_behavior_update_existing",
    "OutputBehaviorUpdateExistingParam": "_params.output_behavior_update_existing_param",
    "OutputConfigParam": "_params.output_config_param",
    "OutputTokensDetails": "_models.output_tokens_details",
    "OverloadedError": "_models.overloaded_error",
    "Packages": "_models.packages",
    "PackagesParams": "_params.packages_params",
    "ParentOrganizationRequiredErrorDetails": "_models.parent_organization_required_error_details",
    "ParsedContentBlock": "_models.parsed_message",
    "ParsedMessage": "_models.parsed_message",
    "ParsedTextBlock": "_models.parsed_message",
    "PendingConfigurationExternalStorageStatus": "_models.pending_configuration_external_storage_status",
    "PermissionError": "_models.permission_error",
    "PermissionListParams": "_params.permission_list_params",
    "PingEvent": "_models.ping_event",
    "PlainTextSource": "_models.plain_text_source",
    "PlainTextSourceParam": "_params.plain_text_source_param",
    "Plugin": "_models.plugin",
    "PluginAPIActor": "_models.plugin_api_actor",
    "PluginActor": "_models.plugin_actor",
    "PluginComponent": "_models.plugin_component",
    "PluginComponentType": "_models.plugin_component_type",
    "PluginContentScan": "_models.plugin_content_scan",
    "PluginContentScanAssessment": "_models.plugin_content_scan_assessment",
    "PluginContentScanStatus": "_models.plugin_content_scan_status",
    "PluginCreateParams": "_params.plugin_create_params",
    "PluginInstallationSetting": "_models.plugin_installation_setting",
    "PluginInstallationSettingInstallationPreference": "_models.plugin_installation_setting_installation_preference",
    "PluginInstallationSettingPage": "_models.plugin_installation_setting_page",
    "PluginInstallationSettingSetParams": "_params.plugin_installation_setting_set_params",
    "PluginListParams": "_params.plugin_list_params",
    "PluginMarketplace": "_models.plugin_marketplace",
    "PluginMarketplaceDefaultInstallationPreference": "_models.plugin_marketplace_default_installation_preference",
    "PluginMarketplaceListParams": "_params.plugin_marketplace_list_params",
    "PluginMarketplacePage": "_models.plugin_marketplace_page",
    "PluginMarketplaceRetrieveParams": "_params.plugin_marketplace_retrieve_params",
    "PluginMarketplaceSource": "_models.plugin_marketplace_source",
    "PluginMarketplaceSyncStatus": "_models.plugin_marketplace_sync_status",
    "PluginMarketplaceUpdateParams": "_params.plugin_marketplace_update_params",
    "PluginMarketplaceValidateArchiveParams": "_params.plugin_marketplace_validate_archive_params",
    "PluginMarketplaceValidateRepositoryParams": "_params.plugin_marketplace_validate_repository_params",
    "PluginMarketplaceValidationPluginErrorObject": "_models.plugin_marketplace_validation_plugin_error_object",
    "PluginMarketplaceValidationPluginWarning": "_models.plugin_marketplace_validation_plugin_warning",
    "PluginMarketplaceValidationPluginWarnings": "_models.plugin_marketplace_validation_plugin_warnings",
    "PluginMarketplaceValidationReport": "_models.plugin_marketplace_validation_report",
    "PluginNameTakenErrorDetails": "_models.plugin_name_taken_error_details",
    "PluginOrganizationInstallationPreference": "_models.plugin_organization_installation_preference",
    "PluginOwner": "_models.plugin_owner",
    "PluginOwnerOrganization": "_models.plugin_owner_organization",
    "PluginOwnerUser": "_models.plugin_owner_user",
    "PluginPage": "_models.plugin_page",
    "PluginReach": "_models.plugin_reach",
    "PluginRetrieveParams": "_params.plugin_retrieve_params",
    "PluginShare": "_models.plugin_share",
    "PluginSharePage": "_models.plugin_share_page",
    "PluginTarget": "_models.plugin_target",
    "PluginTargetOrganization": "_models.plugin_target_organization",
    "PluginTargetOrganizationMember": "_models.plugin_target_organization_member",
    "PluginTargetRBACGroup": "_models.plugin_target_rbac_group",
    "PluginUpdateParams": "_params.plugin_update_params",
    "PluginUserActor": "_models.plugin_user_actor",
    "PluginVersion": "_models.plugin_version",
    "PluginVersionCreateParams": "_params.plugin_version_create_params",
    "PluginVersionPage": "_models.plugin_version_page",
    "PluginVersionReach": "_models.plugin_version_reach",
    "PredefinedAgents": "_params.predefined_agents1",
    "ProjectListParams": "_params.project_list_params",
    "ProviderNotAllowedErrorDetails": "_models.provider_not_allowed_error_details",
    "PublicEnvironmentCreateRequestParam": "_params.public_environment_create_request_param",
    "PublicEnvironmentUpdateRequestParam": "_params.public_environment_update_request_param",
    "RBACAllConnectorsPermissionResource": "_models.rbac_all_connectors_permission_resource",
    "RBACConnectorPermissionResource": "_models.rbac_connector_permission_resource",
    "RBACConnectorScopePermissionResource": "_models.rbac_connector_scope_permission_resource",
    "RBACConnectorToolPermissionResource": "_models.rbac_connector_tool_permission_resource",
    "RBACGroup": "_models.rbac_group",
    "RBACGroupCreateParams": "_params.rbac_group_create_params",
    "RBACGroupGrantsOwnerAccessErrorDetails": "_models.rbac_group_grants_owner_access_error_details",
    "RBACGroupManagedSettingsNotFoundErrorDetails": "_models.rbac_group_managed_settings_not_found_error_details",
    "RBACGroupMember": "_models.rbac_group_member",
    "RBACGroupMemberAddParams": "_params.rbac_group_member_add_params",
    "RBACGroupMemberPage": "_models.rbac_group_member_page",
    "RBACGroupNotFoundErrorDetails": "_models.rbac_group_not_found_error_details",
    "RBACGroupOrderLimitExceededErrorDetails": "_models.rbac_group_order_limit_exceeded_error_details",
    "RBACGroupOwnerAccessUnconfirmedErrorDetails": "_models.rbac_group_owner_access_unconfirmed_error_details",
    "RBACGroupPage": "_models.rbac_group_page",
    "RBACGroupSourceType": "_models.rbac_group_source_type",
    "RBACGroupUpdateParams": "_params.rbac_group_update_params",
    "RBACOrganizationPermissionResource": "_models.rbac_organization_permission_resource",
    "RBACPermissionResource": "_models.rbac_permission_resource",
    "RBACRole": "_models.rbac_role",
    "RBACRoleNotFoundErrorDetails": "_models.rbac_role_not_found_error_details",
    "RBACRolePage": "_models.rbac_role_page",
    "RBACRolePermission": "_models.rbac_role_permission",
    "RBACRolePermissionPage": "_models.rbac_role_permission_page",
    "RBACRoleSource": "_models.rbac_role_source",
    "RBACRoleSourceBuiltIn": "_models.rbac_role_source_built_in",
    "RBACRoleSourceCustom": "_models.rbac_role_source_custom",
    "RampLimitExceededErrorDetails": "_models.ramp_limit_exceeded_error_details",
    "RateLimitError": "_models.rate_limit_error",
    "RateLimitGroup": "_models.rate_limit_group",
    "RateLimitListParams": "_params.rate_limit_list_params",
    "RawContentBlockDelta": "_models.raw_content_block_delta",
    "RawContentBlockDeltaEvent": "_models.raw_content_block_delta_event",
    "RawContentBlockStartEvent": "_models.raw_content_block_start_event",
    "RawContentBlockStopEvent": "_models.raw_content_block_stop_event",
    "RawMessageDeltaEvent": "_models.raw_message_delta_event",
    "RawMessageStartEvent": "_models.raw_message_start_event",
    "RawMessageStopEvent": "_models.raw_message_stop_event",
    "RawMessageStreamEvent": "_models.raw_message_stream_event",
    "RbacGroupListParams": "_params.rbac_group_list_params",
    "RbacRoleListParams": "_params.rbac_role_list_params",
    "RedactedThinkingBlock": "_models.redacted_thinking_block",
    "RedactedThinkingBlockParam": "_params.redacted_thinking_block_param",
    "RefusalCategory": "_models.refusal_category",
    "RefusalStopDetails": "_models.refusal_stop_details",
    "RegionNotSupportedErrorDetails": "_models.region_not_supported_error_details",
    "RegistrationPendingErrorDetails": "_models.registration_pending_error_details",
    "ReportPageTooLargeErrorDetails": "_models.report_page_too_large_error_details",
    "RequestBodyEncodingInvalidErrorDetails": "_models.request_body_encoding_invalid_error_details",
    "RequestBodyEncodingUnsupportedErrorDetails": "_models.request_body_encoding_unsupported_error_details",
    "RequestBodyTimeoutErrorDetails": "_models.request_body_timeout_error_details",
    "RequestBodyTooLargeAfterDecodingErrorDetails": "_models.request_body_too_large_after_decoding_error_details",
    "RequestTooLargeError": "_models.request_too_large_error",
    "ResourceAddParams": "_params.resource_add_params",
    "ResourceListParams": "_params.resource_list_params",
    "ResponseToolUnion": "_models.response_tool_union",
    "RuleCreateParams": "_params.rule_create_params",
    "RuleListParams": "_params.rule_list_params",
    "RuleUpdateParams": "_params.rule_update_params",
    "SandboxEgressRestrictedErrorDetails": "_models.sandbox_egress_restricted_error_details",
    "ScanFailedErrorDetails": "_models.scan_failed_error_details",
    "ScanPendingErrorDetails": "_models.scan_pending_error_details",
    "SearchResultBlockParam": "_params.search_result_block_param",
    "SelfHostedConfig": "_models.self_hosted_config",
    "SelfHostedConfigParams": "_params.self_hosted_config_params",
    "SelfHostedWork": "_models.self_hosted_work",
    "SelfHostedWorkHeartbeatResponse": "_models.self_hosted_work_heartbeat_response",
    "SelfHostedWorkHeartbeatResponseState": "_models.self_hosted_work_heartbeat_response_state",
    "SelfHostedWorkListResponse": "_models.self_hosted_work_list_response",
    "SelfHostedWorkQueueStats": "_models.self_hosted_work_queue_stats",
    "SelfHostedWorkState": "_models.self_hosted_work_state",
    "SelfHostedWorkStopRequestParam": "_params.self_hosted_work_stop_request_param",
    "SelfHostedWorkUpdateRequestParam": "_params.self_hosted_work_update_request_param",
    "ServerToolCaller": "_models.server_tool_caller",
    "ServerToolCaller20260120": "_models.server_tool_caller20260120",
    "ServerToolCaller20260120Param": "_params.server_tool_caller20260120_param",
    "ServerToolCallerParam": "_params.server_tool_caller_param",
    "ServerToolUsage": "_models.server_tool_usage",
    "ServerToolUseBlock": "_models.server_tool_use_block",
    "ServerToolUseBlockName": "_models.server_tool_use_block_name",
    "ServerToolUseBlockParam": "_params.server_tool_use_block_param",
    "ServerToolsCapability": "_models.server_tools_capability",
    "ServiceAccount": "_models.service_account",
    "ServiceAccountCreateParams": "_params.service_account_create_params",
    "ServiceAccountListParams": "_params.service_account_list_params",
    "ServiceAccountOrganizationRole": "_models.service_account_organization_role",
    "ServiceAccountPage": "_models.service_account_page",
    "ServiceAccountTarget": "_models.service_account_target",
    "ServiceAccountTargetParam": "_params.service_account_target_param",
    "ServiceAccountUpdateParams": "_params.service_account_update_params",
    "ServiceAccountWorkspaceAddParams": "_params.service_account_workspace_add_params",
    "ServiceAccountWorkspaceMember": "_models.service_account_workspace_member",
    "ServiceAccountWorkspaceMemberPage": "_models.service_account_workspace_member_page",
    "ServiceAccountWorkspaceRemoveResponse": "_models.service_account_workspace_remove_response",
    "SessionListParams": "_params.session_list_params",
    "SessionWorkData": "_models.session_work_data",
    "SessionsEventListParams": "_params.sessions_event_list_params",
    "SessionsEventStreamParams": "_params.sessions_event_stream_params",
    "SettingsDocumentLimitExceededErrorDetails": "_models.settings_document_limit_exceeded_error_details",
    "SettingsHistoryLimitExceededErrorDetails": "_models.settings_history_limit_exceeded_error_details",
    "ShareListParams": "_params.share_list_params",
    "SignatureDelta": "_models.signature_delta",
    "Skill": "_models.skill",
    "SkillCreateParams": "_params.skill_create_params",
    "SkillListParams": "_params.skill_list_params",
    "SkillNameTakenErrorDetails": "_models.skill_name_taken_error_details",
    "SkillPage": "_models.skill_page",
    "SkillReadBlockedUndecryptableErrorDetails": "_models.skill_read_blocked_undecryptable_error_details",
    "SkillSource": "_models.skill_source",
    "SkillSourceType": "_models.skill_source_type",
    "SkillVersion": "_models.skill_version",
    "SkillVersionCreateParams": "_params.skill_version_create_params",
    "SkillVersionPage": "_models.skill_version_page",
    "Skills": "_params.skills",
    "SlackChannelListParams": "_params.slack_channel_list_params",
    "SlackChannelRetrieveParams": "_params.slack_channel_retrieve_params",
    "SlackChannelSetUpEnvironmentNotFoundErrorDetails": "_models.slack_channel_set_up_environment_not_found_error_details",
    "SlackChannelSetUpSettingsConflictErrorDetails": "_models.slack_channel_set_up_settings_conflict_error_details",
    "SlackChannelSetUpSettingsRefusedErrorDetails": "_models.slack_channel_set_up_settings_refused_error_details",
    "SlackWorkspaceListParams": "_params.slack_workspace_list_params",
    "SlackWorkspaceRetrieveParams": "_params.slack_workspace_retrieve_params",
    "Speed": "_models.speed",
    "SpeedParam": "_params.speed_param",
    "SpendLimit": "_models.spend_limit",
    "SpendLimitActor": "_models.spend_limit_actor",
    "SpendLimitDeleteResponse": "_models.spend_limit_delete_response",
    "SpendLimitIncreaseRequest": "_models.spend_limit_increase_request",
    "SpendLimitIncreaseRequestPage": "_models.spend_limit_increase_request_page",
    "SpendLimitIncreaseRequestStatus": "_models.spend_limit_increase_request_status",
    "SpendLimitIncreaseRequestStatusParam": "_params.spend_limit_increase_request_status_param",
    "SpendLimitListParams": "_params.spend_limit_list_params",
    "SpendLimitOrganizationScope": "_models.spend_limit_organization_scope",
    "SpendLimitOrganizationScopeParam": "_params.spend_limit_organization_scope_param",
    "SpendLimitOrganizationServiceScope": "_models.spend_limit_organization_service_scope",
    "SpendLimitPage": "_models.spend_limit_page",
    "SpendLimitPeriod": "_models.spend_limit_period",
    "SpendLimitPeriodParam": "_params.spend_limit_period_param",
    "SpendLimitRBACGroupScope": "_models.spend_limit_rbac_group_scope",
    "SpendLimitScope": "_models.spend_limit_scope",
    "SpendLimitScopedAPIKeyActor": "_models.spend_limit_scoped_api_key_actor",
    "SpendLimitSeatTierScope": "_models.spend_limit_seat_tier_scope",
    "SpendLimitSetParams": "_params.spend_limit_set_params",
    "SpendLimitSetScopeParam": "_params.spend_limit_set_scope_param",
    "SpendLimitUsageTierScope": "_models.spend_limit_usage_tier_scope",
    "SpendLimitUserActor": "_models.spend_limit_user_actor",
    "SpendLimitUserScope": "_models.spend_limit_user_scope",
    "SpendLimitUserScopeParam": "_params.spend_limit_user_scope_param",
    "SpendLimitWorkspaceScope": "_models.spend_limit_workspace_scope",
    "SpendLimitWorkspaceScopeParam": "_params.spend_limit_workspace_scope_param",
    "SpendLimitsAdminAPIWritesNotEnabledErrorDetails": "_models.spend_limits_admin_api_writes_not_enabled_error_details",
    "SpendSummary": "_models.spend_summary",
    "SpendSummaryPage": "_models.spend_summary_page",
    "StateChanges": "_params.state_changes",
    "StopReason": "_models.stop_reason",
    "StorageAlreadyRegisteredErrorDetails": "_models.storage_already_registered_error_details",
    "StorageAttachLimitReachedErrorDetails": "_models.storage_attach_limit_reached_error_details",
    "StorageAttachedDuringArchiveErrorDetails": "_models.storage_attached_during_archive_error_details",
    "StorageChangedConcurrentlyErrorDetails": "_models.storage_changed_concurrently_error_details",
    "StorageInUseErrorDetails": "_models.storage_in_use_error_details",
    "StorageMember": "_models.storage_member",
    "StorageMemberParam": "_params.storage_member_param",
    "StorageNotApprovedErrorDetails": "_models.storage_not_approved_error_details",
    "StorageNotAttachableErrorDetails": "_models.storage_not_attachable_error_details",
    "StorageNotReadyErrorDetails": "_models.storage_not_ready_error_details",
    "StorageProfileMismatchErrorDetails": "_models.storage_profile_mismatch_error_details",
    "StorageProfileStillRequiredErrorDetails": "_models.storage_profile_still_required_error_details",
    "StorageQuotaExceededErrorDetails": "_models.storage_quota_exceeded_error_details",
    "StorageVerificationFailedErrorDetails": "_models.storage_verification_failed_error_details",
    "SummaryListParams": "_params.summary_list_params",
    "SystemMessageClearAtParam": "_params.system_message_clear_at_param",
    "SystemMessageOutputConfigParam": "_params.system_message_output_config_param",
    "TargetCreateParams": "_params.target_create_params",
    "TargetListParams": "_params.target_list_params",
    "TelemetryDestination": "_models.telemetry_destination",
    "TelemetryDestinationContentMode": "_models.telemetry_destination_content_mode",
    "TelemetryDestinationContentModeParam": "_params.telemetry_destination_content_mode_param",
    "TelemetryDestinationCreateParams": "_params.telemetry_destination_create_params",
    "TelemetryDestinationDeliveryHealth": "_models.telemetry_destination_delivery_health",
    "TelemetryDestinationDisabledReason": "_models.telemetry_destination_disabled_reason",
    "TelemetryDestinationDisabledReasonCaller": "_models.telemetry_destination_disabled_reason_caller",
    "TelemetryDestinationDisabledReasonInvalidAddress": "_models.telemetry_destination_disabled_reason_invalid_address",
    "TelemetryDestinationDisabledReasonRedirect": "_models.telemetry_destination_disabled_reason_redirect",
    "TelemetryDestinationDisabledReasonSustainedFailure": "_models.telemetry_destination_disabled_reason_sustained_failure",
    "TelemetryDestinationListParams": "_params.telemetry_destination_list_params",
    "TelemetryDestinationPage": "_models.telemetry_destination_page",
    "TelemetryDestinationState": "_models.telemetry_destination_state",
    "TelemetryDestinationStateDisabled": "_models.telemetry_destination_state_disabled",
    "TelemetryDestinationStateDisabledParam": "_params.telemetry_destination_state_disabled_param",
    "TelemetryDestinationStateEnabled": "_models.telemetry_destination_state_enabled",
    "TelemetryDestinationStateEnabledParam": "_params.telemetry_destination_state_enabled_param",
    "TelemetryDestinationStateParam": "_params.telemetry_destination_state_param",
    "TelemetryDestinationTestFailure": "_models.telemetry_destination_test_failure",
    "TelemetryDestinationTestResponse": "_models.telemetry_destination_test_response",
    "TelemetryDestinationTestResult": "_models.telemetry_destination_test_result",
    "TelemetryDestinationTestSuccess": "_models.telemetry_destination_test_success",
    "TelemetryDestinationTraces": "_models.telemetry_destination_traces",
    "TelemetryDestinationTracesParam": "_params.telemetry_destination_traces_param",
    "TelemetryDestinationUpdateParams": "_params.telemetry_destination_update_params",
    "TelemetryDestinationWorkspace": "_models.telemetry_destination_workspace",
    "TelemetryDestinationWorkspacePage": "_models.telemetry_destination_workspace_page",
    "TelemetryDestinationWorkspaces": "_models.telemetry_destination_workspaces",
    "TelemetryDestinationWorkspacesAll": "_models.telemetry_destination_workspaces_all",
    "TelemetryDestinationWorkspacesAllParam": "_params.telemetry_destination_workspaces_all_param",
    "TelemetryDestinationWorkspacesExclude": "_models.telemetry_destination_workspaces_exclude",
    "TelemetryDestinationWorkspacesExcludeParam": "_params.telemetry_destination_workspaces_exclude_param",
    "TelemetryDestinationWorkspacesInclude": "_models.telemetry_destination_workspaces_include",
    "TelemetryDestinationWorkspacesIncludeParam": "_params.telemetry_destination_workspaces_include_param",
    "TelemetryDestinationWorkspacesParam": "_params.telemetry_destination_workspaces_param",
    "TextBlock": "_models.text_block",
    "TextBlockParam": "_params.text_block_param",
    "TextCitation": "_models.text_citation",
    "TextCitationParam": "_params.text_citation_param",
    "TextDelta": "_models.text_delta",
    "TextEditorCodeExecutionCreateResultBlock": "_models.text_editor_code_execution_create_result_block",
    "TextEditorCodeExecutionCreateResultBlockParam": "_params.text_editor_code_execution_create_result_block_param",
    "TextEditorCodeExecutionStrReplaceResultBlock": "_models.text_editor_code_execution_str_replace_result_block",
    "TextEditorCodeExecutionStrReplaceResultBlockParam": "_params.text_editor_code_execution_str_replace_result_block_param",
    "TextEditorCodeExecutionToolResultBlock": "_models.text_editor_code_execution_tool_result_block",
    "TextEditorCodeExecutionToolResultBlockParam": "_params.text_editor_code_execution_tool_result_block_param",
    "TextEditorCodeExecutionToolResultContent": "_models.text_editor_code_execution_tool_result_content",
    "TextEditorCodeExecutionToolResultContentParam": "_params.text_editor_code_execution_tool_result_content_param",
    "TextEditorCodeExecutionToolResultError": "_models.text_editor_code_execution_tool_result_error",
    "TextEditorCodeExecutionToolResultErrorCode": "_models.text_editor_code_execution_tool_result_error_code",
    "TextEditorCodeExecutionToolResultErrorCodeParam": "_params.text_editor_code_execution_tool_result_error_code_param",
    "TextEditorCodeExecutionToolResultErrorParam": "_params.text_editor_code_execution_tool_result_error_param",
    "TextEditorCodeExecutionViewResultBlock": "_models.text_editor_code_execution_view_result_block",
    "TextEditorCodeExecutionViewResultBlockFileType": "_models.text_editor_code_execution_view_result_block_file_type",
    "TextEditorCodeExecutionViewResultBlockParam": "_params.text_editor_code_execution_view_result_block_param",
    "ThinkingBlock": "_models.thinking_block",
    "ThinkingBlockBindingParam": "_params.thinking_block_binding_param",
    "ThinkingBlockParam": "_params.thinking_block_param",
    "ThinkingCapability": "_models.thinking_capability",
    "ThinkingConfigAdaptiveParam": "_params.thinking_config_adaptive_param",
    "ThinkingConfigBetweenToolsParam": "_params.thinking_config_between_tools_param",
    "ThinkingConfigDisabledParam": "_params.thinking_config_disabled_param",
    "ThinkingConfigEnabledParam": "_params.thinking_config_enabled_param",
    "ThinkingConfigParam": "_params.thinking_config_param",
    "ThinkingDelta": "_models.thinking_delta",
    "ThinkingDisplayModeParam": "_params.thinking_display_mode_param",
    "ThinkingDroppedInputTransformation": "_models.thinking_dropped_input_transformation",
    "ThinkingMismatchAllowedInputTransformation": "_models.thinking_mismatch_allowed_input_transformation",
    "ThinkingPrefixMismatchBehaviorParam": "_params.thinking_prefix_mismatch_behavior_param",
    "ThinkingTurnsParam": "_params.thinking_turns_param",
    "ThinkingTypes": "_models.thinking_types",
    "ThreadAlreadyContinuedErrorDetails": "_models.thread_already_continued_error_details",
    "ThreadContinueInFlightErrorDetails": "_models.thread_continue_in_flight_error_details",
    "ThreadCreateFields": "_params.thread_fields",
    "ThreadFingerprintMismatchErrorDetails": "_models.thread_fingerprint_mismatch_error_details",
    "ThreadListParams": "_params.thread_list_params",
    "ThreadNotFoundErrorDetails": "_models.thread_not_found_error_details",
    "ThreadSendFields": "_params.thread_fields",
    "ThreadUnsupportedRequestErrorDetails": "_models.thread_unsupported_request_error_details",
    "ThreadUnsupportedRequestErrorDetailsUnsupported": "_models.thread_unsupported_request_error_details_unsupported",
    "Timestamp": "_models.timestamp",
    "TokenTaskBudgetParam": "_params.token_task_budget_param",
    "TooManyReportGroupsErrorDetails": "_models.too_many_report_groups_error_details",
    "Tool": "_models.tool",
    "ToolAdditionBlock": "_models.tool_addition_block",
    "ToolAdditionBlockParam": "_params.tool_addition_block_param",
    "ToolAdditionTool": "_models.tool_addition_tool",
    "ToolAdditionToolParam": "_params.tool_addition_tool_param",
    "ToolBash20241022": "_models.tool_bash20241022",
    "ToolBash20241022Param": "_params.tool_bash20241022_param",
    "ToolBash20250124": "_models.tool_bash20250124",
    "ToolBash20250124Param": "_params.tool_bash20250124_param",
    "ToolCaller": "_models.tool_caller",
    "ToolCallerParam": "_params.tool_caller_param",
    "ToolChangeMCPToolReference": "_models.tool_change_mcp_tool_reference",
    "ToolChangeMCPToolReferenceParam": "_params.tool_change_mcp_tool_reference_param",
    "ToolChangeMCPToolsetReference": "_models.tool_change_mcp_toolset_reference",
    "ToolChangeMCPToolsetReferenceParam": "_params.tool_change_mcp_toolset_reference_param",
    "ToolChangeReference": "_models.tool_change_reference",
    "ToolChangeReferenceParam": "_params.tool_change_reference_param",
    "ToolChangeToolDefinition": "_models.tool_change_tool_definition",
    "ToolChangeToolDefinitionParam": "_params.tool_change_tool_definition_param",
    "ToolChangeToolReference": "_models.tool_change_tool_reference",
    "ToolChangeToolReferenceParam": "_params.tool_change_tool_reference_param",
    "ToolChoiceAnyParam": "_params.tool_choice_any_param",
    "ToolChoiceAutoParam": "_params.tool_choice_auto_param",
    "ToolChoiceNoneParam": "_params.tool_choice_none_param",
    "ToolChoiceParam": "_params.tool_choice_param",
    "ToolChoiceToolParam": "_params.tool_choice_tool_param",
    "ToolComputerUse20241022": "_models.tool_computer_use20241022",
    "ToolComputerUse20241022Param": "_params.tool_computer_use20241022_param",
    "ToolComputerUse20250124": "_models.tool_computer_use20250124",
    "ToolComputerUse20250124Param": "_params.tool_computer_use20250124_param",
    "ToolComputerUse20251124": "_models.tool_computer_use20251124",
    "ToolComputerUse20251124Param": "_params.tool_computer_use20251124_param",
    "ToolInputSchema": "_models.tool_input_schema",
    "ToolInputSchemaParam": "_params.tool_input_schema_param",
    "ToolNameConflictErrorDetails": "_models.tool_name_conflict_error_details",
    "ToolParam": "_params.tool_param",
    "ToolReferenceBlock": "_models.tool_reference_block",
    "ToolReferenceBlockParam": "_params.tool_reference_block_param",
    "ToolReferenceUnresolvedErrorDetails": "_models.tool_reference_unresolved_error_details",
    "ToolRemovalBlock": "_models.tool_removal_block",
    "ToolRemovalBlockParam": "_params.tool_removal_block_param",
    "ToolResultBlockParam": "_params.tool_result_block_param",
    "ToolResultContentBlockParam": "_params.tool_result_content_block_param",
    "ToolSearchToolBm2520251119": "_models.tool_search_tool_bm2520251119",
    "ToolSearchToolBm2520251119Param": "_params.tool_search_tool_bm2520251119_param",
    "ToolSearchToolBm2520251119Type": "_models.tool_search_tool_bm2520251119_type",
    "ToolSearchToolRegex20251119": "_models.tool_search_tool_regex20251119",
    "ToolSearchToolRegex20251119Param": "_params.tool_search_tool_regex20251119_param",
    "ToolSearchToolRegex20251119Type": "_models.tool_search_tool_regex20251119_type",
    "ToolSearchToolResultBlock": "_models.tool_search_tool_result_block",
    "ToolSearchToolResultBlockParam": "_params.tool_search_tool_result_block_param",
    "ToolSearchToolResultContent": "_models.tool_search_tool_result_content",
    "ToolSearchToolResultContentParam": "_params.tool_search_tool_result_content_param",
    "ToolSearchToolResultError": "_models.tool_search_tool_result_error",
    "ToolSearchToolResultErrorCode": "_models.tool_search_tool_result_error_code",
    "ToolSearchToolResultErrorCodeParam": "_params.tool_search_tool_result_error_code_param",
    "ToolSearchToolResultErrorParam": "_params.tool_search_tool_result_error_param",
    "ToolSearchToolSearchResultBlock": "_models.tool_search_tool_search_result_block",
    "ToolSearchToolSearchResultBlockParam": "_params.tool_search_tool_search_result_block_param",
    "ToolTextEditor20241022": "_models.tool_text_editor20241022",
    "ToolTextEditor20241022Param": "_params.tool_text_editor20241022_param",
    "ToolTextEditor20250124": "_models.tool_text_editor20250124",
    "ToolTextEditor20250124Param": "_params.tool_text_editor20250124_param",
    "ToolTextEditor20250429": "_models.tool_text_editor20250429",
    "ToolTextEditor20250429Param": "_params.tool_text_editor20250429_param",
    "ToolTextEditor20250728": "_models.tool_text_editor20250728",
    "ToolTextEditor20250728Param": "_params.tool_text_editor20250728_param",
    "ToolUnionParam": "_params.tool_union_param",
    "ToolUseBlock": "_models.tool_use_block",
    "ToolUseBlockParam": "_params.tool_use_block_param",
    "ToolUsesKeepParam": "_params.tool_uses_keep_param",
    "ToolUsesTriggerParam": "_params.tool_uses_trigger_param",
    "ToolsetToolUseBlock": "_models.toolset_tool_use_block",
    "TranscriptsStorageRequiredErrorDetails": "_models.transcripts_storage_required_error_details",
    "Tunnel": "_models.tunnel",
    "TunnelCertificate": "_models.tunnel_certificate",
    "TunnelCertificatePage": "_models.tunnel_certificate_page",
    "TunnelCreateParams": "_params.tunnel_create_params",
    "TunnelListParams": "_params.tunnel_list_params",
    "TunnelPage": "_models.tunnel_page",
    "TunnelRotateTokenParams": "_params.tunnel_rotate_token_params",
    "TunnelToken": "_models.tunnel_token",
    "URLImageSourceParam": "_params.url_image_source_param",
    "URLPDFSourceParam": "_params.urlpdf_source_param",
    "UnknownAPIKeyPrincipal": "_models.unknown_api_key_principal",
    "UnknownAPIKeyScope": "_models.unknown_api_key_scope",
    "UnknownAdvisorToolResultContent": "_models.unknown_advisor_tool_result_content",
    "UnknownAnalyticsActor": "_models.unknown_analytics_actor",
    "UnknownAnalyticsFederatedActorProvider": "_models.unknown_analytics_federated_actor_provider",
    "UnknownAppliedContextManagementEdit": "_models.unknown_applied_context_management_edit",
    "UnknownBashCodeExecutionToolResultContent": "_models.unknown_bash_code_execution_tool_result_content",
    "UnknownBrowserClickTarget": "_models.unknown_browser_click_target",
    "UnknownCacheMissReason": "_models.unknown_cache_miss_reason",
    "UnknownClaudeCodeManagedSettingsMode": "_models.unknown_claude_code_managed_settings_mode",
    "UnknownClaudeCodeRBACGroupStatus": "_models.unknown_claude_code_rbac_group_status",
    "UnknownClaudeTagBundleTarget": "_models.unknown_claude_tag_bundle_target",
    "UnknownClaudeTagGuestPolicy": "_models.unknown_claude_tag_guest_policy",
    "UnknownClaudeTagReplyMode": "_models.unknown_claude_tag_reply_mode",
    "UnknownClaudeTagSettingSource": "_models.unknown_claude_tag_setting_source",
    "UnknownCloudNetworking": "_models.unknown_cloud_networking",
    "UnknownCodeExecutionToolResultContent": "_models.unknown_code_execution_tool_result_content",
    "UnknownCompactionToolChange": "_models.unknown_compaction_tool_change",
    "UnknownCompletionStreamEvent": "_models.unknown_completion_stream_event",
    "UnknownComplianceReviewActor": "_models.unknown_compliance_review_actor",
    "UnknownComplianceReviewCaseStatus": "_models.unknown_compliance_review_case_status",
    "UnknownComplianceReviewContentUnavailableReason": "_models.unknown_compliance_review_content_unavailable_reason",
    "UnknownComplianceSettingsState": "_models.unknown_compliance_settings_state",
    "UnknownContentBlock": "_models.unknown_content_block",
    "UnknownDocumentSource": "_models.unknown_document_source",
    "UnknownDreamInput": "_models.unknown_dream_input",
    "UnknownEnvironmentConfig": "_models.unknown_environment_config",
    "UnknownErrorDetails": "_models.unknown_error_details",
    "UnknownErrorObject": "_models.unknown_error_object",
    "UnknownExternalKeyAttachment": "_models.unknown_external_key_attachment",
    "UnknownExternalKeyProviderConfig": "_models.unknown_external_key_provider_config",
    "UnknownExternalStorageProviderConfig": "_models.unknown_external_storage_provider_config",
    "UnknownExternalStorageStatus": "_models.unknown_external_storage_status",
    "UnknownFallbackCreditStatus": "_models.unknown_fallback_credit_status",
    "UnknownFederationJWKS": "_models.unknown_federation_jwks",
    "UnknownGoogleManagedCMEKControl": "_models.unknown_google_managed_cmek_control",
    "UnknownGoogleManagedCMEKRegionStatus": "_models.unknown_google_managed_cmek_region_status",
    "UnknownGoogleManagedProjectCMEKControl": "_models.unknown_google_managed_project_cmek_control",
    "UnknownGoogleManagedProjectCMEKRegionStatus": "_models.unknown_google_managed_project_cmek_region_status",
    "UnknownGoogleManagedProjectStorageControl": "_models.unknown_google_managed_project_storage_control",
    "UnknownGoogleManagedProjectStorageRegionStatus": "_models.unknown_google_managed_project_storage_region_status",
    "UnknownGoogleManagedStorageControl": "_models.unknown_google_managed_storage_control",
    "UnknownGoogleManagedStorageRegionStatus": "_models.unknown_google_managed_storage_region_status",
    "UnknownInputTransformation": "_models.unknown_input_transformation",
    "UnknownManagedAgentsActor": "_models.unknown_managed_agents_actor",
    "UnknownManagedAgentsAddSessionResource": "_models.unknown_managed_agents_add_session_resource",
    "UnknownManagedAgentsAgentAutoEvaluatedPermission": "_models.unknown_managed_agents_agent_auto_evaluated_permission",
    "UnknownManagedAgentsAgentMessageContentBlock": "_models.unknown_managed_agents_agent_message_content_block",
    "UnknownManagedAgentsAgentTool": "_models.unknown_managed_agents_agent_tool",
    "UnknownManagedAgentsAgentToolConfigUnion": "_models.unknown_managed_agents_agent_tool_config_union",
    "UnknownManagedAgentsAgentToolEvaluation": "_models.unknown_managed_agents_agent_tool_evaluation",
    "UnknownManagedAgentsBedrockAgentTool": "_models.unknown_managed_agents_bedrock_agent_tool",
    "UnknownManagedAgentsBedrockInputEvent": "_models.unknown_managed_agents_bedrock_input_event",
    "UnknownManagedAgentsBedrockMCPElicitationResponse": "_models.unknown_managed_agents_bedrock_mcp_elicitation_response",
    "UnknownManagedAgentsBedrockMemoryActor": "_models.unknown_managed_agents_bedrock_memory_actor",
    "UnknownManagedAgentsBedrockSessionErrorEventError": "_models.unknown_managed_agents_bedrock_session_error_event_error",
    "UnknownManagedAgentsBedrockSessionEvent": "_models.unknown_managed_agents_bedrock_session_event",
    "UnknownManagedAgentsBedrockSessionResource": "_models.unknown_managed_agents_bedrock_session_resource",
    "UnknownManagedAgentsBudget": "_models.unknown_managed_agents_budget",
    "UnknownManagedAgentsCallerIdentity": "_models.unknown_managed_agents_caller_identity",
    "UnknownManagedAgentsCredentialAuth": "_models.unknown_managed_agents_credential_auth",
    "UnknownManagedAgentsCredentialNetworkingResponse": "_models.unknown_managed_agents_credential_networking_response",
    "UnknownManagedAgentsDeploymentInitialEvent": "_models.unknown_managed_agents_deployment_initial_event",
    "UnknownManagedAgentsDeploymentPausedReason": "_models.unknown_managed_agents_deployment_paused_reason",
    "UnknownManagedAgentsDeploymentPausedReasonError": "_models.unknown_managed_agents_deployment_paused_reason_error",
    "UnknownManagedAgentsDocumentSource": "_models.unknown_managed_agents_document_source",
    "UnknownManagedAgentsEffort": "_models.unknown_managed_agents_effort",
    "UnknownManagedAgentsEventDeltaEventDelta": "_models.unknown_managed_agents_event_delta_event_delta",
    "UnknownManagedAgentsEventStartEventEvent": "_models.unknown_managed_agents_event_start_event_event",
    "UnknownManagedAgentsExecutionIdentity": "_models.unknown_managed_agents_execution_identity",
    "UnknownManagedAgentsGetSessionResource": "_models.unknown_managed_agents_get_session_resource",
    "UnknownManagedAgentsImageSource": "_models.unknown_managed_agents_image_source",
    "UnknownManagedAgentsInputEvent": "_models.unknown_managed_agents_input_event",
    "UnknownManagedAgentsMCPServer": "_models.unknown_managed_agents_mcp_server",
    "UnknownManagedAgentsMemoryListItem": "_models.unknown_managed_agents_memory_list_item",
    "UnknownManagedAgentsMemoryToolConfigPermissionPolicy": "_models.unknown_managed_agents_memory_tool_config_permission_policy",
    "UnknownManagedAgentsMultiagent": "_models.unknown_managed_agents_multiagent",
    "UnknownManagedAgentsMultiagentAdvisor": "_models.unknown_managed_agents_multiagent_advisor",
    "UnknownManagedAgentsMultiagentInlineAgents": "_models.unknown_managed_agents_multiagent_inline_agents",
    "UnknownManagedAgentsMultiagentRosterEntry": "_models.unknown_managed_agents_multiagent_roster_entry",
    "UnknownManagedAgentsMultiagentSubagents": "_models.unknown_managed_agents_multiagent_subagents",
    "UnknownManagedAgentsMultiagentWorkflows": "_models.unknown_managed_agents_multiagent_workflows",
    "UnknownManagedAgentsPermissionPolicy": "_models.unknown_managed_agents_permission_policy",
    "UnknownManagedAgentsRepositoryCheckout": "_models.unknown_managed_agents_repository_checkout",
    "UnknownManagedAgentsRetryStatus": "_models.unknown_managed_agents_retry_status",
    "UnknownManagedAgentsRubric": "_models.unknown_managed_agents_rubric",
    "UnknownManagedAgentsRunError": "_models.unknown_managed_agents_run_error",
    "UnknownManagedAgentsSandboxSkill": "_models.unknown_managed_agents_sandbox_skill",
    "UnknownManagedAgentsSchedule": "_models.unknown_managed_agents_schedule",
    "UnknownManagedAgentsSessionErrorEventError": "_models.unknown_managed_agents_session_error_event_error",
    "UnknownManagedAgentsSessionEvent": "_models.unknown_managed_agents_session_event",
    "UnknownManagedAgentsSessionMultiagent": "_models.unknown_managed_agents_session_multiagent",
    "UnknownManagedAgentsSessionMultiagentSubagents": "_models.unknown_managed_agents_session_multiagent_subagents",
    "UnknownManagedAgentsSessionMultiagentWorkflows": "_models.unknown_managed_agents_session_multiagent_workflows",
    "UnknownManagedAgentsSessionResource": "_models.unknown_managed_agents_session_resource",
    "UnknownManagedAgentsSessionResourceConfig": "_models.unknown_managed_agents_session_resource_config",
    "UnknownManagedAgentsSessionRosterEntry": "_models.unknown_managed_agents_session_roster_entry",
    "UnknownManagedAgentsSessionStopReason": "_models.unknown_managed_agents_session_stop_reason",
    "UnknownManagedAgentsSessionThreadResolvedAgent": "_models.unknown_managed_agents_session_thread_resolved_agent",
    "UnknownManagedAgentsSkill": "_models.unknown_managed_agents_skill",
    "UnknownManagedAgentsStreamBedrockSessionEvents": "_models.unknown_managed_agents_stream_bedrock_session_events",
    "UnknownManagedAgentsStreamBedrockSessionThreadEvents": "_models.unknown_managed_agents_stream_bedrock_session_thread_events",
    "UnknownManagedAgentsStreamSessionEvents": "_models.unknown_managed_agents_stream_session_events",
    "UnknownManagedAgentsStreamSessionThreadEvents": "_models.unknown_managed_agents_stream_session_thread_events",
    "UnknownManagedAgentsSystemContentBlock": "_models.unknown_managed_agents_system_content_block",
    "UnknownManagedAgentsTokenEndpointAuthResponse": "_models.unknown_managed_agents_token_endpoint_auth_response",
    "UnknownManagedAgentsToolResultContentBlock": "_models.unknown_managed_agents_tool_result_content_block",
    "UnknownManagedAgentsTriggerContext": "_models.unknown_managed_agents_trigger_context",
    "UnknownManagedAgentsUpdateSessionResource": "_models.unknown_managed_agents_update_session_resource",
    "UnknownManagedAgentsUserContentBlock": "_models.unknown_managed_agents_user_content_block",
    "UnknownManagedAgentsWorkflowRunError": "_models.unknown_managed_agents_workflow_run_error",
    "UnknownManagedAgentsWorkflowRunResult": "_models.unknown_managed_agents_workflow_run_result",
    "UnknownMemoryTool20250818Command": "_models.unknown_memory_tool20250818_command",
    "UnknownMessageBatchResult": "_models.unknown_message_batch_result",
    "UnknownOutputBehavior": "_models.unknown_output_behavior",
    "UnknownPluginActor": "_models.unknown_plugin_actor",
    "UnknownPluginOwner": "_models.unknown_plugin_owner",
    "UnknownPluginTarget": "_models.unknown_plugin_target",
    "UnknownRBACPermissionResource": "_models.unknown_rbac_permission_resource",
    "UnknownRBACRoleSource": "_models.unknown_rbac_role_source",
    "UnknownRateLimitGroup": "_models.unknown_rate_limit_group",
    "UnknownRawContentBlockDelta": "_models.unknown_raw_content_block_delta",
    "UnknownRawMessageStreamEvent": "_models.unknown_raw_message_stream_event",
    "UnknownSpendLimitActor": "_models.unknown_spend_limit_actor",
    "UnknownSpendLimitScope": "_models.unknown_spend_limit_scope",
    "UnknownStorageMember": "_models.unknown_storage_member",
    "UnknownTelemetryDestinationDisabledReason": "_models.unknown_telemetry_destination_disabled_reason",
    "UnknownTelemetryDestinationState": "_models.unknown_telemetry_destination_state",
    "UnknownTelemetryDestinationTestResult": "_models.unknown_telemetry_destination_test_result",
    "UnknownTelemetryDestinationWorkspaces": "_models.unknown_telemetry_destination_workspaces",
    "UnknownTextCitation": "_models.unknown_text_citation",
    "UnknownTextEditorCodeExecutionToolResultContent": "_models.unknown_text_editor_code_execution_tool_result_content",
    "UnknownToolAdditionTool": "_models.unknown_tool_addition_tool",
    "UnknownToolCaller": "_models.unknown_tool_caller",
    "UnknownToolChangeReference": "_models.unknown_tool_change_reference",
    "UnknownToolSearchToolResultContent": "_models.unknown_tool_search_tool_result_content",
    "UnknownUsageIteration": "_models.unknown_usage_iteration",
    "UnknownUserProfileEnforcementAction": "_models.unknown_user_profile_enforcement_action",
    "UnknownVersionedToolUnion": "_models.unknown_versioned_tool_union",
    "UnknownWebFetchToolResultContent": "_models.unknown_web_fetch_tool_result_content",
    "UnknownWebFetchURLSourceToolFilter": "_models.unknown_web_fetch_url_source_tool_filter",
    "UnknownWebFetchURLSourceUserInput": "_models.unknown_web_fetch_url_source_user_input",
    "UnknownWebhookEventData": "_models.unknown_webhook_event_data",
    "UnknownWorkspaceRateLimitSource": "_models.unknown_workspace_rate_limit_source",
    "UnrestrictedNetwork": "_models.unrestricted_network",
    "UnrestrictedNetworkParam": "_params.unrestricted_network_param",
    "UnsupportedCharsetErrorDetails": "_models.unsupported_charset_error_details",
    "UnsupportedRegionErrorDetails": "_models.unsupported_region_error_details",
    "Usage": "_models.usage",
    "UsageIteration": "_models.usage_iteration",
    "UsageListParams": "_params.usage_list_params",
    "UsageReportListParams": "_params.usage_report_list_params",
    "UsageServiceTier": "_models.usage_service_tier",
    "UserCostReportListParams": "_params.user_cost_report_list_params",
    "UserListParams": "_params.user_list_params",
    "UserLocation": "_models.user_location",
    "UserLocationParam": "_params.user_location_param",
    "UserProfile": "_models.user_profile",
    "UserProfileAccessType": "_models.user_profile_access_type",
    "UserProfileAccessTypeParam": "_params.user_profile_access_type_param",
    "UserProfileAccountStatus": "_models.user_profile_account_status",
    "UserProfileAccountStatusParam": "_params.user_profile_account_status_param",
    "UserProfileActionURL": "_models.user_profile_action_url",
    "UserProfileBillingNotAuthorizedErrorDetails": "_models.user_profile_billing_not_authorized_error_details",
    "UserProfileClearedErrorDetails": "_models.user_profile_cleared_error_details",
    "UserProfileCreateParams": "_params.user_profile_create_params",
    "UserProfileCyberProgram": "_models.user_profile_cyber_program",
    "UserProfileCyberRequirements": "_models.user_profile_cyber_requirements",
    "UserProfileCyberTier": "_models.user_profile_cyber_tier",
    "UserProfileCyberTierStatus": "_models.user_profile_cyber_tier_status",
    "UserProfileEfsFeature": "_models.user_profile_efs_feature",
    "UserProfileEfsFeatureStatus": "_models.user_profile_efs_feature_status",
    "UserProfileEfsProgram": "_models.user_profile_efs_program",
    "UserProfileEnforcementAction": "_models.user_profile_enforcement_action",
    "UserProfileEnforcementActionBan": "_models.user_profile_enforcement_action_ban",
    "UserProfileEnforcementActionNextStep": "_models.user_profile_enforcement_action_next_step",
    "UserProfileEnforcementActionReason": "_models.user_profile_enforcement_action_reason",
    "UserProfileEnforcementActionRestriction": "_models.user_profile_enforcement_action_restriction",
    "UserProfileEnforcementStatus": "_models.user_profile_enforcement_status",
    "UserProfileEnforcementStatusParam": "_params.user_profile_enforcement_status_param",
    "UserProfileEnrollEndUserActionParam": "_params.user_profile_enroll_end_user_action_param",
    "UserProfileEnrollmentURL": "_models.user_profile_enrollment_url",
    "UserProfileEntityType": "_models.user_profile_entity_type",
    "UserProfileEntityTypeParam": "_params.user_profile_entity_type_param",
    "UserProfileExternalUserDetails": "_models.user_profile_external_user_details",
    "UserProfileExternalUserDetailsParams": "_params.user_profile_external_user_details_params",
    "UserProfileListOrderByParam": "_params.user_profile_list_order_by_param",
    "UserProfileListOrderParam": "_params.user_profile_list_order_param",
    "UserProfileListParams": "_params.user_profile_list_params",
    "UserProfileNotBillableErrorDetails": "_models.user_profile_not_billable_error_details",
    "UserProfileNotFoundErrorDetails": "_models.user_profile_not_found_error_details",
    "UserProfilePage": "_models.user_profile_page",
    "UserProfileProgramStatus": "_models.user_profile_program_status",
    "UserProfilePrograms": "_models.user_profile_programs",
    "UserProfileRelationship": "_models.user_profile_relationship",
    "UserProfileRelationshipParam": "_params.user_profile_relationship_param",
    "UserProfileRequiredErrorDetails": "_models.user_profile_required_error_details",
    "UserProfileTrustGrant": "_models.user_profile_trust_grant",
    "UserProfileTrustGrantStatus": "_models.user_profile_trust_grant_status",
    "UserProfileUpdateParams": "_params.user_profile_update_params",
    "UserRemoveResponse": "_models.user_remove_response",
    "UserUpdateParams": "_params.user_update_params",
    "UserUsageReportListParams": "_params.user_usage_report_list_params",
    "VaultCreateParams": "_params.vault_create_params",
    "VaultListParams": "_params.vault_list_params",
    "VaultPage": "_models.vault_page",
    "VaultUpdateParams": "_params.vault_update_params",
    "VersionDownloadParams": "_params.version_download_params",
    "VersionListParams": "_params.version_list_params",
    "VersionRetrieveParams": "_params.version_retrieve_params",
    "VersionedToolUnion": "_models.versioned_tool_union",
    "WebFetchBlock": "_models.web_fetch_block",
    "WebFetchBlockParam": "_params.web_fetch_block_param",
    "WebFetchTool20250910": "_models.web_fetch_tool20250910",
    "WebFetchTool20250910Param": "_params.web_fetch_tool20250910_param",
    "WebFetchTool20260209": "_models.web_fetch_tool20260209",
    "WebFetchTool20260209Param": "_params.web_fetch_tool20260209_param",
    "WebFetchTool20260309": "_models.web_fetch_tool20260309",
    "WebFetchTool20260309Param": "_params.web_fetch_tool20260309_param",
    "WebFetchTool20260318": "_models.web_fetch_tool20260318",
    "WebFetchTool20260318Param": "_params.web_fetch_tool20260318_param",
    "WebFetchTool20260318ResponseInclusion": "_models.web_fetch_tool20260318_response_inclusion",
    "WebFetchToolResultBlock": "_models.web_fetch_tool_result_block",
    "WebFetchToolResultBlockParam": "_params.web_fetch_tool_result_block_param",
    "WebFetchToolResultContent": "_models.web_fetch_tool_result_content",
    "WebFetchToolResultContentParam": "_params.web_fetch_tool_result_content_param",
    "WebFetchToolResultErrorBlock": "_models.web_fetch_tool_result_error_block",
    "WebFetchToolResultErrorBlockParam": "_params.web_fetch_tool_result_error_block_param",
    "WebFetchToolResultErrorCode": "_models.web_fetch_tool_result_error_code",
    "WebFetchToolResultErrorCodeParam": "_params.web_fetch_tool_result_error_code_param",
    "WebFetchURLSourceAll": "_models.web_fetch_url_source_all",
    "WebFetchURLSourceAllParam": "_params.web_fetch_url_source_all_param",
    "WebFetchURLSourceExcept": "_models.web_fetch_url_source_except",
    "WebFetchURLSourceExceptParam": "_params.web_fetch_url_source_except_param",
    "WebFetchURLSourceNone": "_models.web_fetch_url_source_none",
    "WebFetchURLSourceNoneParam": "_params.web_fetch_url_source_none_param",
    "WebFetchURLSourceOnly": "_models.web_fetch_url_source_only",
    "WebFetchURLSourceOnlyParam": "_params.web_fetch_url_source_only_param",
    "WebFetchURLSourceToolFilter": "_models.web_fetch_url_source_tool_filter",
    "WebFetchURLSourceToolFilterParam": "_params.web_fetch_url_source_tool_filter_param",
    "WebFetchURLSourceToolReference": "_models.web_fetch_url_source_tool_reference",
    "WebFetchURLSourceToolReferenceParam": "_params.web_fetch_url_source_tool_reference_param",
    "WebFetchURLSourceUserInput": "_models.web_fetch_url_source_user_input",
    "WebFetchURLSourceUserInputParam": "_params.web_fetch_url_source_user_input_param",
    "WebFetchURLSources": "_models.web_fetch_url_sources",
    "WebFetchURLSourcesParam": "_params.web_fetch_url_sources_param",
    "WebSearchResultBlock": "_models.web_search_result_block",
    "WebSearchResultBlockParam": "_params.web_search_result_block_param",
    "WebSearchTool20250305": "_models.web_search_tool20250305",
    "WebSearchTool20250305Param": "_params.web_search_tool20250305_param",
    "WebSearchTool20260209": "_models.web_search_tool20260209",
    "WebSearchTool20260209Param": "_params.web_search_tool20260209_param",
    "WebSearchTool20260318": "_models.web_search_tool20260318",
    "WebSearchTool20260318Param": "_params.web_search_tool20260318_param",
    "WebSearchTool20260318ResponseInclusion": "_models.web_search_tool20260318_response_inclusion",
    "WebSearchToolResultBlock": "_models.web_search_tool_result_block",
    "WebSearchToolResultBlockParam": "_params.web_search_tool_result_block_param",
    "WebSearchToolResultContent": "_models.web_search_tool_result_content",
    "WebSearchToolResultContentParam": "_params.web_search_tool_result_content_param",
    "WebSearchToolResultError": "_models.web_search_tool_result_error",
    "WebSearchToolResultErrorCode": "_models.web_search_tool_result_error_code",
    "WebSearchToolResultErrorCodeParam": "_params.web_search_tool_result_error_code_param",
    "WebSearchToolResultErrorParam": "_params.web_search_tool_result_error_param",
    "WebhookAgentArchivedEventData": "_models.webhook_agent_archived_event_data",
    "WebhookAgentCreatedEventData": "_models.webhook_agent_created_event_data",
    "WebhookAgentDeletedEventData": "_models.webhook_agent_deleted_event_data",
    "WebhookAgentUpdatedEventData": "_models.webhook_agent_updated_event_data",
    "WebhookCreateParams": "_params.webhook_create_params",
    "WebhookDeploymentArchivedEventData": "_models.webhook_deployment_archived_event_data",
    "WebhookDeploymentCreatedEventData": "_models.webhook_deployment_created_event_data",
    "WebhookDeploymentDeletedEventData": "_models.webhook_deployment_deleted_event_data",
    "WebhookDeploymentPausedEventData": "_models.webhook_deployment_paused_event_data",
    "WebhookDeploymentRunFailedEventData": "_models.webhook_deployment_run_failed_event_data",
    "WebhookDeploymentRunStartedEventData": "_models.webhook_deployment_run_started_event_data",
    "WebhookDeploymentRunSucceededEventData": "_models.webhook_deployment_run_succeeded_event_data",
    "WebhookDeploymentUnpausedEventData": "_models.webhook_deployment_unpaused_event_data",
    "WebhookDeploymentUpdatedEventData": "_models.webhook_deployment_updated_event_data",
    "WebhookEnvironmentArchivedEventData": "_models.webhook_environment_archived_event_data",
    "WebhookEnvironmentCreatedEventData": "_models.webhook_environment_created_event_data",
    "WebhookEnvironmentDeletedEventData": "_models.webhook_environment_deleted_event_data",
    "WebhookEnvironmentUpdatedEventData": "_models.webhook_environment_updated_event_data",
    "WebhookEvent": "_models.webhook_event",
    "WebhookEventData": "_models.webhook_event_data",
    "WebhookExternalKeyFailedEventData": "_models.webhook_external_key_failed_event_data",
    "WebhookExternalKeyRecoveredEventData": "_models.webhook_external_key_recovered_event_data",
    "WebhookExternalStorageFailedEventData": "_models.webhook_external_storage_failed_event_data",
    "WebhookExternalStorageRecoveredEventData": "_models.webhook_external_storage_recovered_event_data",
    "WebhookListParams": "_params.webhook_list_params",
    "WebhookMemoryStoreArchivedEventData": "_models.webhook_memory_store_archived_event_data",
    "WebhookMemoryStoreCreatedEventData": "_models.webhook_memory_store_created_event_data",
    "WebhookMemoryStoreDeletedEventData": "_models.webhook_memory_store_deleted_event_data",
    "WebhookSessionArchivedEventData": "_models.webhook_session_archived_event_data",
    "WebhookSessionBudgetReachedEventData": "_models.webhook_session_budget_reached_event_data",
    "WebhookSessionCreatedEventData": "_models.webhook_session_created_event_data",
    "WebhookSessionDeletedEventData": "_models.webhook_session_deleted_event_data",
    "WebhookSessionIdledEventData": "_models.webhook_session_idled_event_data",
    "WebhookSessionOutcomeEvaluationEndedEventData": "_models.webhook_session_outcome_evaluation_ended_event_data",
    "WebhookSessionPendingEventData": "_models.webhook_session_pending_event_data",
    "WebhookSessionRequiresActionEventData": "_models.webhook_session_requires_action_event_data",
    "WebhookSessionRunningEventData": "_models.webhook_session_running_event_data",
    "WebhookSessionStatusIdledEventData": "_models.webhook_session_status_idled_event_data",
    "WebhookSessionStatusRescheduledEventData": "_models.webhook_session_status_rescheduled_event_data",
    "WebhookSessionStatusRunStartedEventData": "_models.webhook_session_status_run_started_event_data",
    "WebhookSessionStatusTerminatedEventData": "_models.webhook_session_status_terminated_event_data",
    "WebhookSessionThreadCreatedEventData": "_models.webhook_session_thread_created_event_data",
    "WebhookSessionThreadIdledEventData": "_models.webhook_session_thread_idled_event_data",
    "WebhookSessionThreadTerminatedEventData": "_models.webhook_session_thread_terminated_event_data",
    "WebhookSessionUpdatedEventData": "_models.webhook_session_updated_event_data",
    "WebhookUpdateParams": "_params.webhook_update_params",
    "WebhookUserProfileEnforcementActionOpenedEventData": "_models.webhook_user_profile_enforcement_action_opened_event_data",
    "WebhookUserProfileEnforcementActionResolvedEventData": "_models.webhook_user_profile_enforcement_action_resolved_event_data",
    "WebhookUserProfileProgramStatusUpdatedEventData": "_models.webhook_user_profile_program_status_updated_event_data",
    "WebhookVaultArchivedEventData": "_models.webhook_vault_archived_event_data",
    "WebhookVaultCreatedEventData": "_models.webhook_vault_created_event_data",
    "WebhookVaultCredentialArchivedEventData": "_models.webhook_vault_credential_archived_event_data",
    "WebhookVaultCredentialCreatedEventData": "_models.webhook_vault_credential_created_event_data",
    "WebhookVaultCredentialDeletedEventData": "_models.webhook_vault_credential_deleted_event_data",
    "WebhookVaultCredentialRefreshFailedEventData": "_models.webhook_vault_credential_refresh_failed_event_data",
    "WebhookVaultDeletedEventData": "_models.webhook_vault_deleted_event_data",
    "WorkHeartbeatParams": "_params.work_heartbeat_params",
    "WorkLeaseState": "_models.work_lease_state",
    "WorkLeaseStateState": "_models.work_lease_state_state",
    "WorkListParams": "_params.work_list_params",
    "WorkPollParams": "_params.work_poll_params",
    "Workspace": "_models.workspace",
    "WorkspaceAPIKeyLimitExceededErrorDetails": "_models.workspace_api_key_limit_exceeded_error_details",
    "WorkspaceChangedConcurrentlyErrorDetails": "_models.workspace_changed_concurrently_error_details",
    "WorkspaceChangedConcurrentlyField": "_models.workspace_changed_concurrently_field",
    "WorkspaceCreateParams": "_params.workspace_create_params",
    "WorkspaceCreatedIncompleteErrorDetails": "_models.workspace_created_incomplete_error_details",
    "WorkspaceHumanReviewDisabledErrorDetails": "_models.workspace_human_review_disabled_error_details",
    "WorkspaceListParams": "_params.workspace_list_params",
    "WorkspaceMember": "_models.workspace_member",
    "WorkspaceMemberAddParams": "_params.workspace_member_add_params",
    "WorkspaceMemberLimitExceededErrorDetails": "_models.workspace_member_limit_exceeded_error_details",
    "WorkspaceMemberPage": "_models.workspace_member_page",
    "WorkspaceMemberUpdateParams": "_params.workspace_member_update_params",
    "WorkspacePage": "_models.workspace_page",
    "WorkspacePolicyField": "_models.workspace_policy_field",
    "WorkspacePolicyViolationErrorDetails": "_models.workspace_policy_violation_error_details",
    "WorkspaceRateLimit": "_models.workspace_rate_limit",
    "WorkspaceRateLimitOrganizationSource": "_models.workspace_rate_limit_organization_source",
    "WorkspaceRateLimitPage": "_models.workspace_rate_limit_page",
    "WorkspaceRateLimitSource": "_models.workspace_rate_limit_source",
    "WorkspaceRateLimitTypeParam": "_params.workspace_rate_limit_type_param",
    "WorkspaceRateLimitUpdateParams": "_params.workspace_rate_limit_update_params",
    "WorkspaceRateLimitUpdateValueParam": "_params.workspace_rate_limit_update_value_param",
    "WorkspaceRateLimitValue": "_models.workspace_rate_limit_value",
    "WorkspaceRateLimitWorkspaceSource": "_models.workspace_rate_limit_workspace_source",
    "WorkspaceRole": "_models.workspace_role",
    "WorkspaceRoleParam": "_params.workspace_role_param",
    "WorkspaceServiceAccountAddParams": "_params.workspace_service_account_add_params",
    "WorkspaceServiceAccountUpdateParams": "_params.workspace_service_account_update_params",
    "WorkspaceUpdateParams": "_params.workspace_update_params",
}

# Names the official package spells differently (templates/client/official_names.yaml):
# official name → (module, our name).
_RENAMED: dict[str, tuple[str, str]] = {
    "APIKeyRequesterUnconfirmedError": ("._error_classes", "APIKeyRequesterUnconfirmedError"),
    "AdvisorToolResultErrorObject": ("_models.advisor_tool_result_error", "AdvisorToolResultError"),
    "AnalyticsArtifactGroupBy": (
        "_params.analytics_artifact_group_by_param",
        "AnalyticsArtifactGroupByParam",
    ),
    "AnalyticsConnectorGroupBy": (
        "_params.analytics_connector_group_by_param",
        "AnalyticsConnectorGroupByParam",
    ),
    "AnalyticsOrder": ("_params.analytics_order_param", "AnalyticsOrderParam"),
    "AnalyticsPluginGroupBy": (
        "_params.analytics_plugin_group_by_param",
        "AnalyticsPluginGroupByParam",
    ),
    "AnalyticsProjectGroupBy": (
        "_params.analytics_project_group_by_param",
        "AnalyticsProjectGroupByParam",
    ),
    "AnalyticsSkillGroupBy": (
        "_params.analytics_skill_group_by_param",
        "AnalyticsSkillGroupByParam",
    ),
    "AnalyticsUserGroupBy": ("_params.analytics_user_group_by_param", "AnalyticsUserGroupByParam"),
    "AssistantMessageParam": ("_params.message_param", "MessageParam"),
    "AuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "AvailableToolsLimitExceededError": ("._error_classes", "AvailableToolsLimitExceededError"),
    "BashCodeExecutionToolResultErrorObject": (
        "_models.bash_code_execution_tool_result_error",
        "BashCodeExecutionToolResultError",
    ),
    "BetaAPIError": ("_models.api_error_object", "APIErrorObject"),
    "BetaAPIErrorObject": ("_models.api_error_object", "APIErrorObject"),
    "BetaAuthenticationError": ("_models.authentication_error", "AuthenticationError"),
    "BetaAuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "BetaBillingError": ("_models.billing_error", "BillingError"),
    "BetaBillingErrorObject": ("_models.billing_error", "BillingError"),
    "BetaCMEKNotApprovedError": ("._error_classes", "BetaCMEKNotApprovedError"),
    "BetaCMEKNotApprovedErrorDetails": (
        "_models.cmek_not_approved_error_details",
        "CMEKNotApprovedErrorDetails",
    ),
    "BetaCurrency": ("_models.currency", "Currency"),
    "BetaError": ("_models.error_object", "ErrorObject"),
    "BetaErrorObject": ("_models.error_object", "ErrorObject"),
    "BetaErrorResponse": ("_models.error_response", "ErrorResponse"),
    "BetaExternalKeyNotFoundError": ("._error_classes", "BetaExternalKeyNotFoundError"),
    "BetaExternalKeyNotFoundErrorDetails": (
        "_models.external_key_not_found_error_details",
        "ExternalKeyNotFoundErrorDetails",
    ),
    "BetaExternalKeyProviderMismatchError": (
        "._error_classes",
        "BetaExternalKeyProviderMismatchError",
    ),
    "BetaExternalKeyProviderMismatchErrorDetails": (
        "_models.external_key_provider_mismatch_error_details",
        "ExternalKeyProviderMismatchErrorDetails",
    ),
    "BetaGCPProjectControlledByAnotherOrganizationError": (
        "._error_classes",
        "BetaGCPProjectControlledByAnotherOrganizationError",
    ),
    "BetaGCPProjectControlledByAnotherOrganizationErrorDetails": (
        "_models.gcp_project_controlled_by_another_organization_error_details",
        "GCPProjectControlledByAnotherOrganizationErrorDetails",
    ),
    "BetaGCPProjectNotVerifiedError": ("._error_classes", "BetaGCPProjectNotVerifiedError"),
    "BetaGCPProjectNotVerifiedErrorDetails": (
        "_models.gcp_project_not_verified_error_details",
        "GCPProjectNotVerifiedErrorDetails",
    ),
    "BetaGatewayTimeoutError": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "BetaGatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "BetaInvalidRequestError": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaInvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaMonetaryAmount": ("_models.monetary_amount", "MonetaryAmount"),
    "BetaMonetaryAmountParam": ("_params.monetary_amount_param", "MonetaryAmountParam"),
    "BetaNotFoundError": ("_models.not_found_error", "NotFoundError"),
    "BetaNotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "BetaOrganizationNotEnrolledInBetaError": (
        "._error_classes",
        "BetaOrganizationNotEnrolledInBetaError",
    ),
    "BetaOrganizationNotEnrolledInBetaErrorDetails": (
        "_models.organization_not_enrolled_in_beta_error_details",
        "OrganizationNotEnrolledInBetaErrorDetails",
    ),
    "BetaOverloadedError": ("_models.overloaded_error", "OverloadedError"),
    "BetaOverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "BetaPermissionError": ("_models.permission_error", "PermissionError"),
    "BetaPermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "BetaRateLimitError": ("_models.rate_limit_error", "RateLimitError"),
    "BetaRateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
    "BetaRegionNotSupportedError": ("._error_classes", "BetaRegionNotSupportedError"),
    "BetaRegionNotSupportedErrorDetails": (
        "_models.region_not_supported_error_details",
        "RegionNotSupportedErrorDetails",
    ),
    "BetaRequestBodyTimeoutError": ("._error_classes", "BetaRequestBodyTimeoutError"),
    "BetaRequestBodyTimeoutErrorDetails": (
        "_models.request_body_timeout_error_details",
        "RequestBodyTimeoutErrorDetails",
    ),
    "BetaStorageInUseError": ("._error_classes", "BetaStorageInUseError"),
    "BetaStorageInUseErrorDetails": (
        "_models.storage_in_use_error_details",
        "StorageInUseErrorDetails",
    ),
    "BetaStorageNotApprovedError": ("._error_classes", "BetaStorageNotApprovedError"),
    "BetaStorageNotApprovedErrorDetails": (
        "_models.storage_not_approved_error_details",
        "StorageNotApprovedErrorDetails",
    ),
    "BetaUnsupportedCharsetError": ("._error_classes", "BetaUnsupportedCharsetError"),
    "BetaUnsupportedCharsetErrorDetails": (
        "_models.unsupported_charset_error_details",
        "UnsupportedCharsetErrorDetails",
    ),
    "BillTo": ("_params.bill_to_param", "BillToParam"),
    "BillingErrorObject": ("_models.billing_error", "BillingError"),
    "CMEKContextUnavailableError": ("._error_classes", "CMEKContextUnavailableError"),
    "CMEKKeyDisabledError": ("._error_classes", "CMEKKeyDisabledError"),
    "CMEKKeyNetworkBlockedError": ("._error_classes", "CMEKKeyNetworkBlockedError"),
    "CMEKKeyUnreachableError": ("._error_classes", "CMEKKeyUnreachableError"),
    "ChangeOutcomeUnknownError": ("._error_classes", "ChangeOutcomeUnknownError"),
    "CitationConfig": ("_models.citations_config", "CitationsConfig"),
    "CitationSearchResultLocation": (
        "_models.citations_search_result_location",
        "CitationsSearchResultLocation",
    ),
    "CitationsConfigParamParam": ("_params.citations_config_param", "CitationsConfigParam"),
    "ClaudeCodeKeyCreatorNotMemberError": ("._error_classes", "ClaudeCodeKeyCreatorNotMemberError"),
    "ClaudeCodeVersionTooOldError": ("._error_classes", "ClaudeCodeVersionTooOldError"),
    "CodeExecutionToolResultBlockContent": (
        "_models.code_execution_tool_result_content",
        "CodeExecutionToolResultContent",
    ),
    "CodeExecutionToolResultBlockParamContentParam": (
        "_params.code_execution_tool_result_content_param",
        "CodeExecutionToolResultContentParam",
    ),
    "CodeExecutionToolResultErrorObject": (
        "_models.code_execution_tool_result_error",
        "CodeExecutionToolResultError",
    ),
    "CompactionBlockAmbiguousError": ("._error_classes", "CompactionBlockAmbiguousError"),
    "CompactionBlockMisplacedError": ("._error_classes", "CompactionBlockMisplacedError"),
    "CompactionContentBlockDelta": ("_models.compaction_delta", "CompactionDelta"),
    "CompactionContentMismatchError": ("._error_classes", "CompactionContentMismatchError"),
    "CompactionIncompleteTurnError": ("._error_classes", "CompactionIncompleteTurnError"),
    "CompactionNothingToSummarizeError": ("._error_classes", "CompactionNothingToSummarizeError"),
    "CompactionSignatureInvalidError": ("._error_classes", "CompactionSignatureInvalidError"),
    "CompactionTooManyToolReferencesError": (
        "._error_classes",
        "CompactionTooManyToolReferencesError",
    ),
    "CompactionToolChangesMismatchError": ("._error_classes", "CompactionToolChangesMismatchError"),
    "CompactionUnavailableError": ("._error_classes", "CompactionUnavailableError"),
    "ComplianceReviewCaseOrderBy": (
        "_params.compliance_review_case_order_by_param",
        "ComplianceReviewCaseOrderByParam",
    ),
    "ComplianceReviewCaseStatusFilter": (
        "_params.compliance_review_case_status_filter_param",
        "ComplianceReviewCaseStatusFilterParam",
    ),
    "ComplianceReviewDetermination": (
        "_params.compliance_review_determination_param",
        "ComplianceReviewDeterminationParam",
    ),
    "ComplianceReviewOrder": (
        "_params.compliance_review_order_param",
        "ComplianceReviewOrderParam",
    ),
    "ComplianceReviewViolatedPolicyCategory": (
        "_params.compliance_review_violated_policy_category_param",
        "ComplianceReviewViolatedPolicyCategoryParam",
    ),
    "ConcurrentMembershipChangeError": ("._error_classes", "ConcurrentMembershipChangeError"),
    "ContainerParams": ("_params.container_param", "ContainerParam"),
    "ContentBlockDeltaEvent": (
        "_models.raw_content_block_delta_event",
        "RawContentBlockDeltaEvent",
    ),
    "ContentBlockStartEvent": (
        "_models.raw_content_block_start_event",
        "RawContentBlockStartEvent",
    ),
    "ContentBlockStopEvent": ("_models.raw_content_block_stop_event", "RawContentBlockStopEvent"),
    "ContractSpendLimitReachedError": ("._error_classes", "ContractSpendLimitReachedError"),
    "EffortLevel": ("_params.effort_level_param", "EffortLevelParam"),
    "EnforcedSpendLimitReachedError": ("._error_classes", "EnforcedSpendLimitReachedError"),
    "FileExpiredError": ("._error_classes", "FileExpiredError"),
    "FileNotDownloadableError": ("._error_classes", "FileNotDownloadableError"),
    "GatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "ImageDimensionsTooLargeError": ("._error_classes", "ImageDimensionsTooLargeError"),
    "InputJsonDelta": ("_models.input_json_delta", "InputJSONDelta"),
    "InvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "KnownBeta": ("_params.known_beta_param", "KnownBetaParam"),
    "LinkedOrganizationBillingUnavailableError": (
        "._error_classes",
        "LinkedOrganizationBillingUnavailableError",
    ),
    "LinkedOrganizationSpendLimitReachedError": (
        "._error_classes",
        "LinkedOrganizationSpendLimitReachedError",
    ),
    "ManagedAgentsContentSha256Precondition": (
        "_params.managed_agents_content_sha256_precondition_param",
        "ManagedAgentsContentSha256PreconditionParam",
    ),
    "ManagedAgentsCredentialCreateAuth": (
        "_params.managed_agents_credential_create_auth_param",
        "ManagedAgentsCredentialCreateAuthParam",
    ),
    "ManagedAgentsCredentialUpdateAuth": (
        "_params.managed_agents_credential_update_auth_param",
        "ManagedAgentsCredentialUpdateAuthParam",
    ),
    "ManagedAgentsEffortLevel": (
        "_params.managed_agents_effort_level_param",
        "ManagedAgentsEffortLevelParam",
    ),
    "ManagedAgentsEventDeltaType": (
        "_params.managed_agents_event_delta_type_param",
        "ManagedAgentsEventDeltaTypeParam",
    ),
    "ManagedAgentsListOrder": (
        "_params.managed_agents_list_order_param",
        "ManagedAgentsListOrderParam",
    ),
    "ManagedAgentsMemoryView": (
        "_params.managed_agents_memory_view_param",
        "ManagedAgentsMemoryViewParam",
    ),
    "ManagedAgentsSessionAgentUpdate": (
        "_params.managed_agents_session_agent_update_param",
        "ManagedAgentsSessionAgentUpdateParam",
    ),
    "ManagedAgentsTriggerType": (
        "_params.managed_agents_trigger_type_param",
        "ManagedAgentsTriggerTypeParam",
    ),
    "MessageCountTokensToolParam": ("_params.tool_union_param", "ToolUnionParam"),
    "MessageCreateParamsContainerParam": ("_params.container_param", "ContainerParam"),
    "MessageDeltaEvent": ("_models.raw_message_delta_event", "RawMessageDeltaEvent"),
    "MessageStartEvent": ("_models.raw_message_start_event", "RawMessageStartEvent"),
    "MessageStopEvent": ("_models.raw_message_stop_event", "RawMessageStopEvent"),
    "MessageStreamEvent": ("_models.raw_message_stream_event", "RawMessageStreamEvent"),
    "NoBillingWorkspaceRole": (
        "_params.no_billing_workspace_role_param",
        "NoBillingWorkspaceRoleParam",
    ),
    "NotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "OrgMemberLimitExceededError": ("._error_classes", "OrgMemberLimitExceededError"),
    "OrganizationOnHoldError": ("._error_classes", "OrganizationOnHoldError"),
    "OrganizationTypeNotSupportedError": ("._error_classes", "OrganizationTypeNotSupportedError"),
    "OverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "ParentOrganizationRequiredError": ("._error_classes", "ParentOrganizationRequiredError"),
    "PermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "PublicEnvironmentCreateRequest": (
        "_params.public_environment_create_request_param",
        "PublicEnvironmentCreateRequestParam",
    ),
    "PublicEnvironmentUpdateRequest": (
        "_params.public_environment_update_request_param",
        "PublicEnvironmentUpdateRequestParam",
    ),
    "RBACRoleNotFoundError": ("._error_classes", "RBACRoleNotFoundError"),
    "RampLimitExceededError": ("._error_classes", "RampLimitExceededError"),
    "RateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
    "RequestBodyEncodingInvalidError": ("._error_classes", "RequestBodyEncodingInvalidError"),
    "RequestBodyEncodingUnsupportedError": (
        "._error_classes",
        "RequestBodyEncodingUnsupportedError",
    ),
    "RequestBodyTooLargeAfterDecodingError": (
        "._error_classes",
        "RequestBodyTooLargeAfterDecodingError",
    ),
    "RequestDocumentBlockParam": ("_params.document_block_param", "DocumentBlockParam"),
    "RequestMCPServerToolConfigurationParam": (
        "_params.mcp_server_tool_configuration_param",
        "MCPServerToolConfigurationParam",
    ),
    "RequestMCPServerURLDefinitionParam": (
        "_params.mcp_server_url_definition_param",
        "MCPServerURLDefinitionParam",
    ),
    "RequestMCPToolResultBlockParam": (
        "_params.mcp_tool_result_block_param",
        "MCPToolResultBlockParam",
    ),
    "RequestToolAdditionBlockParam": (
        "_params.tool_addition_block_param",
        "ToolAdditionBlockParam",
    ),
    "RequestToolRemovalBlockParam": ("_params.tool_removal_block_param", "ToolRemovalBlockParam"),
    "ResponseBrowserCloseTabToolUseBlock": (
        "_models.browser_close_tab_tool_use_block",
        "BrowserCloseTabToolUseBlock",
    ),
    "ResponseBrowserDoubleClickToolUseBlock": (
        "_models.browser_double_click_tool_use_block",
        "BrowserDoubleClickToolUseBlock",
    ),
    "ResponseBrowserFileUploadToolUseBlock": (
        "_models.browser_file_upload_tool_use_block",
        "BrowserFileUploadToolUseBlock",
    ),
    "ResponseBrowserFindToolUseBlock": (
        "_models.browser_find_tool_use_block",
        "BrowserFindToolUseBlock",
    ),
    "ResponseBrowserFormInputToolUseBlock": (
        "_models.browser_form_input_tool_use_block",
        "BrowserFormInputToolUseBlock",
    ),
    "ResponseBrowserGetPageTextToolUseBlock": (
        "_models.browser_get_page_text_tool_use_block",
        "BrowserGetPageTextToolUseBlock",
    ),
    "ResponseBrowserHoldKeyToolUseBlock": (
        "_models.browser_hold_key_tool_use_block",
        "BrowserHoldKeyToolUseBlock",
    ),
    "ResponseBrowserHoverToolUseBlock": (
        "_models.browser_hover_tool_use_block",
        "BrowserHoverToolUseBlock",
    ),
    "ResponseBrowserJavascriptExecToolUseBlock": (
        "_models.browser_javascript_exec_tool_use_block",
        "BrowserJavascriptExecToolUseBlock",
    ),
    "ResponseBrowserKeyToolUseBlock": (
        "_models.browser_key_tool_use_block",
        "BrowserKeyToolUseBlock",
    ),
    "ResponseBrowserLeftClickDragToolUseBlock": (
        "_models.browser_left_click_drag_tool_use_block",
        "BrowserLeftClickDragToolUseBlock",
    ),
    "ResponseBrowserLeftClickToolUseBlock": (
        "_models.browser_left_click_tool_use_block",
        "BrowserLeftClickToolUseBlock",
    ),
    "ResponseBrowserLeftMouseDownToolUseBlock": (
        "_models.browser_left_mouse_down_tool_use_block",
        "BrowserLeftMouseDownToolUseBlock",
    ),
    "ResponseBrowserLeftMouseUpToolUseBlock": (
        "_models.browser_left_mouse_up_tool_use_block",
        "BrowserLeftMouseUpToolUseBlock",
    ),
    "ResponseBrowserListTabsToolUseBlock": (
        "_models.browser_list_tabs_tool_use_block",
        "BrowserListTabsToolUseBlock",
    ),
    "ResponseBrowserMiddleClickToolUseBlock": (
        "_models.browser_middle_click_tool_use_block",
        "BrowserMiddleClickToolUseBlock",
    ),
    "ResponseBrowserMouseMoveToolUseBlock": (
        "_models.browser_mouse_move_tool_use_block",
        "BrowserMouseMoveToolUseBlock",
    ),
    "ResponseBrowserNavigateToolUseBlock": (
        "_models.browser_navigate_tool_use_block",
        "BrowserNavigateToolUseBlock",
    ),
    "ResponseBrowserNewTabToolUseBlock": (
        "_models.browser_new_tab_tool_use_block",
        "BrowserNewTabToolUseBlock",
    ),
    "ResponseBrowserReadConsoleToolUseBlock": (
        "_models.browser_read_console_tool_use_block",
        "BrowserReadConsoleToolUseBlock",
    ),
    "ResponseBrowserReadNetworkToolUseBlock": (
        "_models.browser_read_network_tool_use_block",
        "BrowserReadNetworkToolUseBlock",
    ),
    "ResponseBrowserReadPageToolUseBlock": (
        "_models.browser_read_page_tool_use_block",
        "BrowserReadPageToolUseBlock",
    ),
    "ResponseBrowserRightClickToolUseBlock": (
        "_models.browser_right_click_tool_use_block",
        "BrowserRightClickToolUseBlock",
    ),
    "ResponseBrowserScreenshotToolUseBlock": (
        "_models.browser_screenshot_tool_use_block",
        "BrowserScreenshotToolUseBlock",
    ),
    "ResponseBrowserScrollToToolUseBlock": (
        "_models.browser_scroll_to_tool_use_block",
        "BrowserScrollToToolUseBlock",
    ),
    "ResponseBrowserScrollToolUseBlock": (
        "_models.browser_scroll_tool_use_block",
        "BrowserScrollToolUseBlock",
    ),
    "ResponseBrowserSwitchTabToolUseBlock": (
        "_models.browser_switch_tab_tool_use_block",
        "BrowserSwitchTabToolUseBlock",
    ),
    "ResponseBrowserToolUseBlock": ("_models.browser_tool_use_block", "BrowserToolUseBlock"),
    "ResponseBrowserTripleClickToolUseBlock": (
        "_models.browser_triple_click_tool_use_block",
        "BrowserTripleClickToolUseBlock",
    ),
    "ResponseBrowserTypeToolUseBlock": (
        "_models.browser_type_tool_use_block",
        "BrowserTypeToolUseBlock",
    ),
    "ResponseBrowserWaitToolUseBlock": (
        "_models.browser_wait_tool_use_block",
        "BrowserWaitToolUseBlock",
    ),
    "ResponseBrowserZoomToolUseBlock": (
        "_models.browser_zoom_tool_use_block",
        "BrowserZoomToolUseBlock",
    ),
    "ResponseComputerCursorPositionToolUseBlock": (
        "_models.computer_cursor_position_tool_use_block",
        "ComputerCursorPositionToolUseBlock",
    ),
    "ResponseComputerDoubleClickToolUseBlock": (
        "_models.computer_double_click_tool_use_block",
        "ComputerDoubleClickToolUseBlock",
    ),
    "ResponseComputerHoldKeyToolUseBlock": (
        "_models.computer_hold_key_tool_use_block",
        "ComputerHoldKeyToolUseBlock",
    ),
    "ResponseComputerKeyToolUseBlock": (
        "_models.computer_key_tool_use_block",
        "ComputerKeyToolUseBlock",
    ),
    "ResponseComputerLeftClickDragToolUseBlock": (
        "_models.computer_left_click_drag_tool_use_block",
        "ComputerLeftClickDragToolUseBlock",
    ),
    "ResponseComputerLeftClickToolUseBlock": (
        "_models.computer_left_click_tool_use_block",
        "ComputerLeftClickToolUseBlock",
    ),
    "ResponseComputerLeftMouseDownToolUseBlock": (
        "_models.computer_left_mouse_down_tool_use_block",
        "ComputerLeftMouseDownToolUseBlock",
    ),
    "ResponseComputerLeftMouseUpToolUseBlock": (
        "_models.computer_left_mouse_up_tool_use_block",
        "ComputerLeftMouseUpToolUseBlock",
    ),
    "ResponseComputerMiddleClickToolUseBlock": (
        "_models.computer_middle_click_tool_use_block",
        "ComputerMiddleClickToolUseBlock",
    ),
    "ResponseComputerMouseMoveToolUseBlock": (
        "_models.computer_mouse_move_tool_use_block",
        "ComputerMouseMoveToolUseBlock",
    ),
    "ResponseComputerRightClickToolUseBlock": (
        "_models.computer_right_click_tool_use_block",
        "ComputerRightClickToolUseBlock",
    ),
    "ResponseComputerScreenshotToolUseBlock": (
        "_models.computer_screenshot_tool_use_block",
        "ComputerScreenshotToolUseBlock",
    ),
    "ResponseComputerScrollToolUseBlock": (
        "_models.computer_scroll_tool_use_block",
        "ComputerScrollToolUseBlock",
    ),
    "ResponseComputerToolUseBlock": ("_models.computer_tool_use_block", "ComputerToolUseBlock"),
    "ResponseComputerTripleClickToolUseBlock": (
        "_models.computer_triple_click_tool_use_block",
        "ComputerTripleClickToolUseBlock",
    ),
    "ResponseComputerTypeToolUseBlock": (
        "_models.computer_type_tool_use_block",
        "ComputerTypeToolUseBlock",
    ),
    "ResponseComputerWaitToolUseBlock": (
        "_models.computer_wait_tool_use_block",
        "ComputerWaitToolUseBlock",
    ),
    "ResponseComputerZoomToolUseBlock": (
        "_models.computer_zoom_tool_use_block",
        "ComputerZoomToolUseBlock",
    ),
    "ResponseToolChangeMCPToolReference": (
        "_models.tool_change_mcp_tool_reference",
        "ToolChangeMCPToolReference",
    ),
    "ResponseToolChangeMCPToolsetReference": (
        "_models.tool_change_mcp_toolset_reference",
        "ToolChangeMCPToolsetReference",
    ),
    "ResponseToolChangeToolReference": (
        "_models.tool_change_tool_reference",
        "ToolChangeToolReference",
    ),
    "ResponseToolUseBlockUnion": ("_models.toolset_tool_use_block", "ToolsetToolUseBlock"),
    "SandboxEgressRestrictedError": ("._error_classes", "SandboxEgressRestrictedError"),
    "SelfHostedWorkStopRequest": (
        "_params.self_hosted_work_stop_request_param",
        "SelfHostedWorkStopRequestParam",
    ),
    "SelfHostedWorkUpdateRequest": (
        "_params.self_hosted_work_update_request_param",
        "SelfHostedWorkUpdateRequestParam",
    ),
    "SkillParams": ("_params.container_skill_param", "ContainerSkillParam"),
    "SkillReadBlockedUndecryptableError": ("._error_classes", "SkillReadBlockedUndecryptableError"),
    "StorageNotReadyError": ("._error_classes", "StorageNotReadyError"),
    "StorageQuotaExceededError": ("._error_classes", "StorageQuotaExceededError"),
    "SystemMessageClearAt": ("_params.system_message_clear_at_param", "SystemMessageClearAtParam"),
    "SystemMessageParam": ("_params.message_param", "MessageParam"),
    "TextEditorCodeExecutionToolResultErrorObject": (
        "_models.text_editor_code_execution_tool_result_error",
        "TextEditorCodeExecutionToolResultError",
    ),
    "ThinkingDisplayMode": ("_params.thinking_display_mode_param", "ThinkingDisplayModeParam"),
    "ThinkingPrefixMismatchBehavior": (
        "_params.thinking_prefix_mismatch_behavior_param",
        "ThinkingPrefixMismatchBehaviorParam",
    ),
    "ThreadAlreadyContinuedError": ("._error_classes", "ThreadAlreadyContinuedError"),
    "ThreadContinueInFlightError": ("._error_classes", "ThreadContinueInFlightError"),
    "ThreadContinueParams": ("_params.message_thread_continue_param", "MessageThreadContinueParam"),
    "ThreadCreateParams": ("_params.message_thread_create_param", "MessageThreadCreateParam"),
    "ThreadFingerprintMismatchError": ("._error_classes", "ThreadFingerprintMismatchError"),
    "ThreadNotFoundError": ("._error_classes", "ThreadNotFoundError"),
    "ThreadUnsupportedFeatureName": (
        "_models.thread_unsupported_request_error_details_unsupported",
        "ThreadUnsupportedRequestErrorDetailsUnsupported",
    ),
    "ThreadUnsupportedRequestError": ("._error_classes", "ThreadUnsupportedRequestError"),
    "ToolNameConflictError": ("._error_classes", "ToolNameConflictError"),
    "ToolReferenceUnresolvedError": ("._error_classes", "ToolReferenceUnresolvedError"),
    "ToolSearchToolBm25_20251119Param": (
        "_params.tool_search_tool_bm2520251119_param",
        "ToolSearchToolBm2520251119Param",
    ),
    "ToolSearchToolResultErrorObject": (
        "_models.tool_search_tool_result_error",
        "ToolSearchToolResultError",
    ),
    "ToolUseCaller": ("_models.tool_caller", "ToolCaller"),
    "UserMessageParam": ("_params.message_param", "MessageParam"),
    "UserProfileBillingNotAuthorizedError": (
        "._error_classes",
        "UserProfileBillingNotAuthorizedError",
    ),
    "UserProfileExternalUserAccountStatus": (
        "_models.user_profile_account_status",
        "UserProfileAccountStatus",
    ),
    "UserProfileExternalUserEntityType": (
        "_models.user_profile_entity_type",
        "UserProfileEntityType",
    ),
    "UserProfileListOrder": ("_params.user_profile_list_order_param", "UserProfileListOrderParam"),
    "UserProfileListOrderBy": (
        "_params.user_profile_list_order_by_param",
        "UserProfileListOrderByParam",
    ),
    "UserProfileNotBillableError": ("._error_classes", "UserProfileNotBillableError"),
    "UserProfileNotFoundError": ("._error_classes", "UserProfileNotFoundError"),
    "UserProfileRequiredError": ("._error_classes", "UserProfileRequiredError"),
    "VersionCreateParams": ("_params.skill_version_create_params", "SkillVersionCreateParams"),
    "WebSearchToolRequestErrorObjectParam": (
        "_params.web_search_tool_result_error_param",
        "WebSearchToolResultErrorParam",
    ),
    "WebSearchToolRequestErrorParam": (
        "_params.web_search_tool_result_error_param",
        "WebSearchToolResultErrorParam",
    ),
    "WebSearchToolResultBlockContent": (
        "_models.web_search_tool_result_content",
        "WebSearchToolResultContent",
    ),
    "WebSearchToolResultBlockParamContentParam": (
        "_params.web_search_tool_result_content_param",
        "WebSearchToolResultContentParam",
    ),
    "WebSearchToolResultErrorObject": (
        "_models.web_search_tool_result_error",
        "WebSearchToolResultError",
    ),
    "WorkspaceHumanReviewDisabledError": ("._error_classes", "WorkspaceHumanReviewDisabledError"),
    "WorkspaceRateLimitType": (
        "_params.workspace_rate_limit_type_param",
        "WorkspaceRateLimitTypeParam",
    ),
}

# Written out (not computed) so that type checkers see every name, the renamed ones included,
# as exported.
__all__ = [
    "AccessTransparency",
    "AccessTransparencyType",
    "ActionURLCreateParams",
    "ActiveExternalStorageStatus",
    "AdvisorMessageIterationUsage",
    "AdvisorRedactedResultBlock",
    "AdvisorRedactedResultBlockParam",
    "AdvisorResultBlock",
    "AdvisorResultBlockParam",
    "AdvisorTool20260301",
    "AdvisorTool20260301Param",
    "AdvisorToolResultBlock",
    "AdvisorToolResultBlockParam",
    "AdvisorToolResultContent",
    "AdvisorToolResultContentParam",
    "AdvisorToolResultError",
    "AdvisorToolResultErrorCode",
    "AdvisorToolResultErrorCodeParam",
    "AdvisorToolResultErrorObject",
    "AdvisorToolResultErrorParam",
    "AgentListParams",
    "AgentRetrieveParams",
    "AgentsVersionListParams",
    "AllowedCaller",
    "AllowedCallerParam",
    "AllowedInferenceGeo",
    "AllowedInferenceGeoParam",
    "AllThinkingTurnsParam",
    "AlreadyMemberErrorDetails",
    "AnalyticsActor",
    "AnalyticsActorType",
    "AnalyticsActorTypeParam",
    "AnalyticsAPIActor",
    "AnalyticsArtifactActivity",
    "AnalyticsArtifactActivityPage",
    "AnalyticsArtifactGroupBy",
    "AnalyticsArtifactGroupByParam",
    "AnalyticsChatCoworkUnifiedChatMetrics",
    "AnalyticsChatCoworkUnifiedMetrics",
    "AnalyticsChatCoworkUnifiedSessionsMetrics",
    "AnalyticsChatMetrics",
    "AnalyticsClaudeCodeMetrics",
    "AnalyticsClaudeTagCategory",
    "AnalyticsClaudeTagCategoryParam",
    "AnalyticsClaudeTagMetrics",
    "AnalyticsConnectorActivity",
    "AnalyticsConnectorActivityPage",
    "AnalyticsConnectorChatCoworkUnifiedChatMetrics",
    "AnalyticsConnectorChatCoworkUnifiedMetrics",
    "AnalyticsConnectorChatCoworkUnifiedSessionsMetrics",
    "AnalyticsConnectorChatMetrics",
    "AnalyticsConnectorClaudeCodeMetrics",
    "AnalyticsConnectorCoworkMetrics",
    "AnalyticsConnectorGroupBy",
    "AnalyticsConnectorGroupByParam",
    "AnalyticsConnectorOfficeMetrics",
    "AnalyticsConnectorOfficeProductMetrics",
    "AnalyticsContextWindow",
    "AnalyticsContextWindowParam",
    "AnalyticsCoreCodeMetrics",
    "AnalyticsCostBucketedResult",
    "AnalyticsCostBucketedResultInferenceGeo",
    "AnalyticsCostBucketedResultSpeed",
    "AnalyticsCostGroup",
    "AnalyticsCostGroupByParam",
    "AnalyticsCostItem",
    "AnalyticsCostItemPage",
    "AnalyticsCostMetrics",
    "AnalyticsCostOrderByParam",
    "AnalyticsCostReportTimeBucket",
    "AnalyticsCostReportTimeBucketPage",
    "AnalyticsCostType",
    "AnalyticsCostUsersItem",
    "AnalyticsCostUsersItemInferenceGeo",
    "AnalyticsCostUsersItemPage",
    "AnalyticsCostUsersItemSpeed",
    "AnalyticsCoworkMetrics",
    "AnalyticsDesignMetrics",
    "AnalyticsFederatedActor",
    "AnalyticsFederatedActorAWSProvider",
    "AnalyticsFederatedActorAzureProvider",
    "AnalyticsFederatedActorGCPProvider",
    "AnalyticsFederatedActorOIDCProvider",
    "AnalyticsFederatedActorProvider",
    "AnalyticsGroupedCostType",
    "AnalyticsInferenceGeoFilterParam",
    "AnalyticsLinesOfCode",
    "AnalyticsOfficeMetrics",
    "AnalyticsOfficeProductMetrics",
    "AnalyticsOrder",
    "AnalyticsOrderParam",
    "AnalyticsPluginActivity",
    "AnalyticsPluginActivityPage",
    "AnalyticsPluginChatCoworkUnifiedMetrics",
    "AnalyticsPluginClaudeCodeMetrics",
    "AnalyticsPluginCoworkMetrics",
    "AnalyticsPluginGroupBy",
    "AnalyticsPluginGroupByParam",
    "AnalyticsProductFilterParam",
    "AnalyticsProjectActivity",
    "AnalyticsProjectActivityPage",
    "AnalyticsProjectGroupBy",
    "AnalyticsProjectGroupByParam",
    "AnalyticsReportUserActor",
    "AnalyticsScienceMetrics",
    "AnalyticsServerToolUse",
    "AnalyticsServiceAccountActor",
    "AnalyticsServiceTier",
    "AnalyticsServiceTierParam",
    "AnalyticsSingleDayActivitySummary",
    "AnalyticsSkillActivity",
    "AnalyticsSkillActivityPage",
    "AnalyticsSkillActivityShareStatus",
    "AnalyticsSkillChatCoworkUnifiedChatMetrics",
    "AnalyticsSkillChatCoworkUnifiedMetrics",
    "AnalyticsSkillChatCoworkUnifiedSessionsMetrics",
    "AnalyticsSkillChatMetrics",
    "AnalyticsSkillClaudeCodeMetrics",
    "AnalyticsSkillCoworkMetrics",
    "AnalyticsSkillGroupBy",
    "AnalyticsSkillGroupByParam",
    "AnalyticsSkillOfficeMetrics",
    "AnalyticsSkillOfficeProductMetrics",
    "AnalyticsSpeed",
    "AnalyticsSpeedParam",
    "AnalyticsSummaryPage",
    "AnalyticsTimeBucketWidthParam",
    "AnalyticsTokenType",
    "AnalyticsToolActionCounts",
    "AnalyticsToolActions",
    "AnalyticsUsageBucketedResult",
    "AnalyticsUsageBucketedResultInferenceGeo",
    "AnalyticsUsageBucketedResultSpeed",
    "AnalyticsUsageCostInferenceGeo",
    "AnalyticsUsageCostProductFilterParam",
    "AnalyticsUsageCostSortOrderParam",
    "AnalyticsUsageGroup",
    "AnalyticsUsageGroupByParam",
    "AnalyticsUsageItem",
    "AnalyticsUsageItemPage",
    "AnalyticsUsageMetrics",
    "AnalyticsUsageOrderByParam",
    "AnalyticsUsageReportTimeBucket",
    "AnalyticsUsageReportTimeBucketPage",
    "AnalyticsUsageUsersItem",
    "AnalyticsUsageUsersItemInferenceGeo",
    "AnalyticsUsageUsersItemPage",
    "AnalyticsUsageUsersItemSpeed",
    "AnalyticsUser",
    "AnalyticsUserActivity",
    "AnalyticsUserActivityPage",
    "AnalyticsUserActor",
    "AnalyticsUserGroupBy",
    "AnalyticsUserGroupByParam",
    "AnalyticsUserType",
    "AnthropicBetaParam",
    "AnthropicHumanReview",
    "AnthropicHumanReviewParam",
    "AnthropicHumanReviewType",
    "APIErrorObject",
    "APIKey",
    "APIKeyCreatedBy",
    "APIKeyCreatedByType",
    "ApiKeyListParams",
    "APIKeyOrganizationScope",
    "APIKeyPage",
    "APIKeyPrincipal",
    "APIKeyRequesterUnconfirmedError",
    "APIKeyRequesterUnconfirmedErrorDetails",
    "APIKeyScope",
    "APIKeyScopeMissingErrorDetails",
    "APIKeyServiceAccountActor",
    "APIKeyStatus",
    "APIKeyUpdateParams",
    "APIKeyUserActor",
    "APIKeyWorkspaceScope",
    "AppliedContextManagementEdit",
    "ApprovalRequiredErrorDetails",
    "ArtifactListParams",
    "AssistantMessageParam",
    "AuthenticationError",
    "AuthenticationErrorObject",
    "AuthorizationCheckUnavailableErrorDetails",
    "AvailableExternalStorageStatus",
    "AvailableToolsLimitExceededError",
    "AvailableToolsLimitExceededErrorDetails",
    "AWSExternalKeyConfig",
    "AWSExternalKeyConfigParam",
    "AWSExternalStorageConfig",
    "AWSExternalStorageConfigParam",
    "AzureExternalKeyConfig",
    "AzureExternalKeyConfigParam",
    "Base64ImageSourceParam",
    "Base64PDFSource",
    "Base64PDFSourceParam",
    "BashCodeExecutionOutputBlock",
    "BashCodeExecutionOutputBlockParam",
    "BashCodeExecutionResultBlock",
    "BashCodeExecutionResultBlockParam",
    "BashCodeExecutionToolResultBlock",
    "BashCodeExecutionToolResultBlockParam",
    "BashCodeExecutionToolResultContent",
    "BashCodeExecutionToolResultContentParam",
    "BashCodeExecutionToolResultError",
    "BashCodeExecutionToolResultErrorCode",
    "BashCodeExecutionToolResultErrorCodeParam",
    "BashCodeExecutionToolResultErrorObject",
    "BashCodeExecutionToolResultErrorParam",
    "BatchCreateParams",
    "BatchListParams",
    "BatchRequestParam",
    "BedrockAgentListParams",
    "BedrockAgentRetrieveParams",
    "BedrockEventListParams",
    "BedrockEventStreamParams",
    "BedrockMemoryDeleteParams",
    "BedrockMemoryListParams",
    "BedrockMemoryRetrieveParams",
    "BedrockMemoryStoreListParams",
    "BedrockMemoryVersionListParams",
    "BedrockMemoryVersionRetrieveParams",
    "BedrockSessionListParams",
    "BedrockSessionsEventListParams",
    "BedrockSessionsEventStreamParams",
    "BedrockThreadListParams",
    "BedrockVersionListParams",
    "BetaActionURLCreateParams",
    "BetaAPIError",
    "BetaAPIErrorObject",
    "BetaApiKeyListParams",
    "BetaAPIKeyUpdateParams",
    "BetaArtifactListParams",
    "BetaAuthenticationError",
    "BetaAuthenticationErrorObject",
    "BetaBatchCreateParams",
    "BetaBatchListParams",
    "BetaBatchRequestParam",
    "BetaBillingError",
    "BetaBillingErrorObject",
    "BetaCMEKNotApprovedError",
    "BetaCMEKNotApprovedErrorDetails",
    "BetaCompletionCreateParams",
    "BetaCompletionCreateParamsBase",
    "BetaCompletionCreateParamsNonStreaming",
    "BetaCompletionCreateParamsStreaming",
    "BetaComplianceSettingUpdateParams",
    "BetaConnectorListParams",
    "BetaCurrency",
    "BetaEffectiveListParams",
    "BetaError",
    "BetaErrorObject",
    "BetaErrorResponse",
    "BetaExternalKeyCreateParams",
    "BetaExternalKeyListParams",
    "BetaExternalKeyNotFoundError",
    "BetaExternalKeyNotFoundErrorDetails",
    "BetaExternalKeyProviderMismatchError",
    "BetaExternalKeyProviderMismatchErrorDetails",
    "BetaExternalKeyUpdateParams",
    "BetaFederationRuleWorkspaceAddParams",
    "BetaFileListParams",
    "BetaFileUploadParams",
    "BetaGatewayTimeoutError",
    "BetaGatewayTimeoutErrorObject",
    "BetaGCPProjectControlledByAnotherOrganizationError",
    "BetaGCPProjectControlledByAnotherOrganizationErrorDetails",
    "BetaGCPProjectNotVerifiedError",
    "BetaGCPProjectNotVerifiedErrorDetails",
    "BetaIncreaseRequestApproveParams",
    "BetaIncreaseRequestDenyParams",
    "BetaIncreaseRequestListParams",
    "BetaInvalidRequestError",
    "BetaInvalidRequestErrorObject",
    "BetaInviteCreateParams",
    "BetaInviteListParams",
    "BetaIssuerCreateParams",
    "BetaIssuerListParams",
    "BetaIssuerUpdateParams",
    "BetaMemberListParams",
    "BetaMessageCountTokensParams",
    "BetaMessageCreateParams",
    "BetaMessageCreateParamsBase",
    "BetaMessageCreateParamsNonStreaming",
    "BetaMessageCreateParamsStreaming",
    "BetaModelListParams",
    "BetaMonetaryAmount",
    "BetaMonetaryAmountParam",
    "BetaNotFoundError",
    "BetaNotFoundErrorObject",
    "BetaOrganizationAnalyticsPluginListParams",
    "BetaOrganizationAnalyticsSkillListParams",
    "BetaOrganizationAnalyticsUserListParams",
    "BetaOrganizationFederationRulesWorkspaceListParams",
    "BetaOrganizationNotEnrolledInBetaError",
    "BetaOrganizationNotEnrolledInBetaErrorDetails",
    "BetaOrganizationRateLimitListParams",
    "BetaOrganizationRbacGroupsMemberListParams",
    "BetaOrganizationServiceAccountListParams",
    "BetaOrganizationServiceAccountsWorkspaceListParams",
    "BetaOverloadedError",
    "BetaOverloadedErrorObject",
    "BetaPermissionError",
    "BetaPermissionErrorObject",
    "BetaPermissionListParams",
    "BetaProjectListParams",
    "BetaRateLimitError",
    "BetaRateLimitErrorObject",
    "BetaRateLimitListParams",
    "BetaRBACGroupCreateParams",
    "BetaRbacGroupListParams",
    "BetaRBACGroupMemberAddParams",
    "BetaRBACGroupUpdateParams",
    "BetaRbacRoleListParams",
    "BetaRegionNotSupportedError",
    "BetaRegionNotSupportedErrorDetails",
    "BetaRequestBodyTimeoutError",
    "BetaRequestBodyTimeoutErrorDetails",
    "BetaRuleCreateParams",
    "BetaRuleListParams",
    "BetaRuleUpdateParams",
    "BetaServiceAccountCreateParams",
    "BetaServiceAccountListParams",
    "BetaServiceAccountUpdateParams",
    "BetaServiceAccountWorkspaceAddParams",
    "BetaSkillCreateParams",
    "BetaSkillListParams",
    "BetaSkillVersionCreateParams",
    "BetaStorageInUseError",
    "BetaStorageInUseErrorDetails",
    "BetaStorageNotApprovedError",
    "BetaStorageNotApprovedErrorDetails",
    "BetaSummaryListParams",
    "BetaUnsupportedCharsetError",
    "BetaUnsupportedCharsetErrorDetails",
    "BetaUserListParams",
    "BetaUserProfileCreateParams",
    "BetaUserProfileListParams",
    "BetaUserProfileUpdateParams",
    "BetaUserUpdateParams",
    "BetaVersionListParams",
    "BetaWorkspaceCreateParams",
    "BetaWorkspaceListParams",
    "BetaWorkspaceMemberAddParams",
    "BetaWorkspaceMemberUpdateParams",
    "BetaWorkspaceRateLimitUpdateParams",
    "BetaWorkspaceServiceAccountAddParams",
    "BetaWorkspaceServiceAccountUpdateParams",
    "BetaWorkspaceUpdateParams",
    "BillingError",
    "BillingErrorObject",
    "BillingPolicyParam",
    "BillTo",
    "BillToParam",
    "BROWSER_MEMBER_NAME_VALUES",
    "BrowserClickTarget",
    "BrowserCloseTabConfig",
    "BrowserCloseTabConfigParam",
    "BrowserCloseTabInput",
    "BrowserCloseTabToolUseBlock",
    "BrowserCoordinateTarget",
    "BrowserDoubleClickConfig",
    "BrowserDoubleClickConfigParam",
    "BrowserDoubleClickInput",
    "BrowserDoubleClickToolUseBlock",
    "BrowserFileUploadConfig",
    "BrowserFileUploadConfigParam",
    "BrowserFileUploadInput",
    "BrowserFileUploadToolUseBlock",
    "BrowserFindConfig",
    "BrowserFindConfigParam",
    "BrowserFindInput",
    "BrowserFindToolUseBlock",
    "BrowserFormInputConfig",
    "BrowserFormInputConfigParam",
    "BrowserFormInputInput",
    "BrowserFormInputToolUseBlock",
    "BrowserFormInputValue",
    "BrowserGetPageTextConfig",
    "BrowserGetPageTextConfigParam",
    "BrowserGetPageTextInput",
    "BrowserGetPageTextToolUseBlock",
    "BrowserHoldKeyConfig",
    "BrowserHoldKeyConfigParam",
    "BrowserHoldKeyInput",
    "BrowserHoldKeyToolUseBlock",
    "BrowserHoverConfig",
    "BrowserHoverConfigParam",
    "BrowserHoverInput",
    "BrowserHoverToolUseBlock",
    "BrowserJavascriptExecConfig",
    "BrowserJavascriptExecConfigParam",
    "BrowserJavascriptExecInput",
    "BrowserJavascriptExecToolUseBlock",
    "BrowserKeyConfig",
    "BrowserKeyConfigParam",
    "BrowserKeyInput",
    "BrowserKeyToolUseBlock",
    "BrowserLeftClickConfig",
    "BrowserLeftClickConfigParam",
    "BrowserLeftClickDragConfig",
    "BrowserLeftClickDragConfigParam",
    "BrowserLeftClickDragInput",
    "BrowserLeftClickDragToolUseBlock",
    "BrowserLeftClickInput",
    "BrowserLeftClickToolUseBlock",
    "BrowserLeftMouseDownConfig",
    "BrowserLeftMouseDownConfigParam",
    "BrowserLeftMouseDownInput",
    "BrowserLeftMouseDownToolUseBlock",
    "BrowserLeftMouseUpConfig",
    "BrowserLeftMouseUpConfigParam",
    "BrowserLeftMouseUpInput",
    "BrowserLeftMouseUpToolUseBlock",
    "BrowserListTabsConfig",
    "BrowserListTabsConfigParam",
    "BrowserListTabsInput",
    "BrowserListTabsToolUseBlock",
    "BrowserMemberInput",
    "BrowserMemberName",
    "BrowserMiddleClickConfig",
    "BrowserMiddleClickConfigParam",
    "BrowserMiddleClickInput",
    "BrowserMiddleClickToolUseBlock",
    "BrowserMouseMoveConfig",
    "BrowserMouseMoveConfigParam",
    "BrowserMouseMoveInput",
    "BrowserMouseMoveToolUseBlock",
    "BrowserNavigateConfig",
    "BrowserNavigateConfigParam",
    "BrowserNavigateInput",
    "BrowserNavigateToolUseBlock",
    "BrowserNewTabConfig",
    "BrowserNewTabConfigParam",
    "BrowserNewTabInput",
    "BrowserNewTabToolUseBlock",
    "BrowserReadConsoleConfig",
    "BrowserReadConsoleConfigParam",
    "BrowserReadConsoleInput",
    "BrowserReadConsoleToolUseBlock",
    "BrowserReadNetworkConfig",
    "BrowserReadNetworkConfigParam",
    "BrowserReadNetworkInput",
    "BrowserReadNetworkToolUseBlock",
    "BrowserReadPageConfig",
    "BrowserReadPageConfigParam",
    "BrowserReadPageFilter",
    "BrowserReadPageInput",
    "BrowserReadPageToolUseBlock",
    "BrowserRefTarget",
    "BrowserRightClickConfig",
    "BrowserRightClickConfigParam",
    "BrowserRightClickInput",
    "BrowserRightClickToolUseBlock",
    "BrowserScreenshotConfig",
    "BrowserScreenshotConfigParam",
    "BrowserScreenshotInput",
    "BrowserScreenshotToolUseBlock",
    "BrowserScrollConfig",
    "BrowserScrollConfigParam",
    "BrowserScrollDirection",
    "BrowserScrollInput",
    "BrowserScrollToConfig",
    "BrowserScrollToConfigParam",
    "BrowserScrollToInput",
    "BrowserScrollToolUseBlock",
    "BrowserScrollToToolUseBlock",
    "BrowserStateBlockParam",
    "BrowserStateChangeDownloadCompletedParam",
    "BrowserStateChangeDownloadFailedParam",
    "BrowserStateChangeDownloadStartedParam",
    "BrowserStateChangeParam",
    "BrowserStateChangeTabOpenedParam",
    "BrowserStateTabEntryParam",
    "BrowserSwitchTabConfig",
    "BrowserSwitchTabConfigParam",
    "BrowserSwitchTabInput",
    "BrowserSwitchTabToolUseBlock",
    "BrowserToolset20260801",
    "BrowserToolset20260801Param",
    "BrowserToolsetConfigs",
    "BrowserToolsetConfigsParam",
    "BrowserToolUseBlock",
    "BrowserTripleClickConfig",
    "BrowserTripleClickConfigParam",
    "BrowserTripleClickInput",
    "BrowserTripleClickToolUseBlock",
    "BrowserTypeConfig",
    "BrowserTypeConfigParam",
    "BrowserTypeInput",
    "BrowserTypeToolUseBlock",
    "BrowserWaitConfig",
    "BrowserWaitConfigParam",
    "BrowserWaitInput",
    "BrowserWaitToolUseBlock",
    "BrowserZoomConfig",
    "BrowserZoomConfigParam",
    "BrowserZoomInput",
    "BrowserZoomToolUseBlock",
    "BundleAttachmentNotSupportedErrorDetails",
    "BundleListParams",
    "BundleOnCallErrorDetails",
    "CacheControlEphemeral",
    "CacheControlEphemeralParam",
    "CacheControlEphemeralTtl",
    "CacheCreation",
    "CacheMissMessagesChanged",
    "CacheMissModelChanged",
    "CacheMissPreviousMessageNotFound",
    "CacheMissReason",
    "CacheMissSystemChanged",
    "CacheMissToolsChanged",
    "CacheMissUnavailable",
    "CannotInviteEmailsWithUnverifiedDomainsErrorDetails",
    "CannotRemoveLastMemberErrorDetails",
    "CannotSignOutManagedMemberErrorDetails",
    "CannotSignOutMembershipAdminErrorDetails",
    "CannotSignOutOwnerErrorDetails",
    "CannotSignOutPrimaryOwnerErrorDetails",
    "CannotSignOutPrivilegedMemberErrorDetails",
    "CannotSignOutSelfErrorDetails",
    "CapabilitySupport",
    "CaseListParams",
    "CertificateCreateParams",
    "CertificateListParams",
    "ChangeOutcomeUnknownError",
    "ChangeOutcomeUnknownErrorDetails",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationConfig",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationsConfig",
    "CitationsConfigParam",
    "CitationsConfigParamParam",
    "CitationsDelta",
    "CitationSearchResultLocation",
    "CitationSearchResultLocationParam",
    "CitationsSearchResultLocation",
    "CitationsWebSearchResultLocation",
    "CitationWebSearchResultLocationParam",
    "ClaudeCodeKeyCreatorNotMemberError",
    "ClaudeCodeKeyCreatorNotMemberErrorDetails",
    "ClaudeCodeManagedSettingsConfiguration",
    "ClaudeCodeManagedSettingsConfigurationUpdateParams",
    "ClaudeCodeManagedSettingsMode",
    "ClaudeCodeManagedSettingsModeParam",
    "ClaudeCodeManagedSettingsOrganizationMode",
    "ClaudeCodeManagedSettingsOrganizationModeParam",
    "ClaudeCodeManagedSettingsRBACGroupsMode",
    "ClaudeCodeManagedSettingsRBACGroupsModeParam",
    "ClaudeCodeRBACGroupDefaultManagedSettings",
    "ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams",
    "ClaudeCodeRBACGroupManagedSettings",
    "ClaudeCodeRBACGroupManagedSettingsSetParams",
    "ClaudeCodeRBACGroupManagedSettingsSummary",
    "ClaudeCodeRBACGroupManagedSettingsSummaryPage",
    "ClaudeCodeRBACGroupStatus",
    "ClaudeCodeRBACGroupStatusActive",
    "ClaudeCodeRBACGroupStatusDeleted",
    "ClaudeCodeRBACGroupStatusUnknown",
    "ClaudeCodeVersionTooOldError",
    "ClaudeCodeVersionTooOldErrorDetails",
    "ClaudeTagBundle",
    "ClaudeTagBundlePage",
    "ClaudeTagBundleTarget",
    "ClaudeTagBundleTargetCreateParam",
    "ClaudeTagBundleTargetPage",
    "ClaudeTagBundleUpdateParams",
    "ClaudeTagDefaultSettingSource",
    "ClaudeTagDeletedBundleTarget",
    "ClaudeTagDeletedSlackChannel",
    "ClaudeTagGuestPolicy",
    "ClaudeTagGuestPolicyAllow",
    "ClaudeTagGuestPolicyAllowParam",
    "ClaudeTagGuestPolicyChannelOnly",
    "ClaudeTagGuestPolicyChannelOnlyParam",
    "ClaudeTagGuestPolicyParam",
    "ClaudeTagGuestPolicyRestrict",
    "ClaudeTagGuestPolicyRestrictParam",
    "ClaudeTagReplyMode",
    "ClaudeTagReplyModeAlwaysAwake",
    "ClaudeTagReplyModeAlwaysAwakeParam",
    "ClaudeTagReplyModeAutomatic",
    "ClaudeTagReplyModeAutomaticParam",
    "ClaudeTagReplyModeMentionOnly",
    "ClaudeTagReplyModeMentionOnlyParam",
    "ClaudeTagReplyModeParam",
    "ClaudeTagReplyModeThread",
    "ClaudeTagReplyModeThreadParam",
    "ClaudeTagSettings",
    "ClaudeTagSettingsCreateParam",
    "ClaudeTagSettingSource",
    "ClaudeTagSettingSources",
    "ClaudeTagSettingsUpdateParam",
    "ClaudeTagSlackChannel",
    "ClaudeTagSlackChannelBundleTarget",
    "ClaudeTagSlackChannelBundleTargetCreateParam",
    "ClaudeTagSlackChannelCreateParams",
    "ClaudeTagSlackChannelIdentifiers",
    "ClaudeTagSlackChannelIdentifiersParam",
    "ClaudeTagSlackChannelPage",
    "ClaudeTagSlackChannelSettingSource",
    "ClaudeTagSlackChannelUpdateParams",
    "ClaudeTagSlackDefaultSettingSource",
    "ClaudeTagSlackGridChannelSettingSource",
    "ClaudeTagSlackParentChannelSettingSource",
    "ClaudeTagSlackWorkspace",
    "ClaudeTagSlackWorkspaceBundleTarget",
    "ClaudeTagSlackWorkspaceBundleTargetCreateParam",
    "ClaudeTagSlackWorkspaceIdentifiers",
    "ClaudeTagSlackWorkspacePage",
    "ClaudeTagSlackWorkspaceSettingSource",
    "ClaudeTagSlackWorkspaceUpdateParams",
    "ClaudeTagWritesNotEnabledErrorDetails",
    "ClearThinking20251015EditParam",
    "ClearThinking20251015EditResponse",
    "ClearThinkingKeepParam",
    "ClearToolUses20250919EditParam",
    "ClearToolUses20250919EditResponse",
    "ClearToolUsesTriggerParam",
    "CloudConfig",
    "CloudConfigParams",
    "CloudNetworking",
    "CloudNetworkingParams",
    "CMEKContextUnavailableError",
    "CMEKContextUnavailableErrorDetails",
    "CMEKFeatureUnsupportedErrorDetails",
    "CMEKKeyDisabledError",
    "CMEKKeyDisabledErrorDetails",
    "CMEKKeyNetworkBlockedError",
    "CMEKKeyNetworkBlockedErrorDetails",
    "CMEKKeyUnreachableError",
    "CMEKKeyUnreachableErrorDetails",
    "CMEKNotApprovedErrorDetails",
    "CodeExecutionOutputBlock",
    "CodeExecutionOutputBlockParam",
    "CodeExecutionResultBlock",
    "CodeExecutionResultBlockParam",
    "CodeExecutionTool20250522",
    "CodeExecutionTool20250522Param",
    "CodeExecutionTool20250825",
    "CodeExecutionTool20250825Param",
    "CodeExecutionTool20260120",
    "CodeExecutionTool20260120Param",
    "CodeExecutionTool20260521",
    "CodeExecutionTool20260521Param",
    "CodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlockContent",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultBlockParamContentParam",
    "CodeExecutionToolResultContent",
    "CodeExecutionToolResultContentParam",
    "CodeExecutionToolResultError",
    "CodeExecutionToolResultErrorCode",
    "CodeExecutionToolResultErrorCodeParam",
    "CodeExecutionToolResultErrorObject",
    "CodeExecutionToolResultErrorParam",
    "Compact20260112EditParam",
    "CompactionBlock",
    "CompactionBlockAmbiguousError",
    "CompactionBlockAmbiguousErrorDetails",
    "CompactionBlockMisplacedError",
    "CompactionBlockMisplacedErrorDetails",
    "CompactionBlockParam",
    "CompactionCapability",
    "CompactionConfigParam",
    "CompactionContentBlockDelta",
    "CompactionContentMismatchError",
    "CompactionContentMismatchErrorDetails",
    "CompactionDelta",
    "CompactionIncompleteTurnError",
    "CompactionIncompleteTurnErrorDetails",
    "CompactionIterationUsage",
    "CompactionNothingToSummarizeError",
    "CompactionNothingToSummarizeErrorDetails",
    "CompactionSignatureInvalidError",
    "CompactionSignatureInvalidErrorDetails",
    "CompactionToolChange",
    "CompactionToolChangeParam",
    "CompactionToolChangesMismatchError",
    "CompactionToolChangesMismatchErrorDetails",
    "CompactionTooManyToolReferencesError",
    "CompactionTooManyToolReferencesErrorDetails",
    "CompactionUnavailableError",
    "CompactionUnavailableErrorDetails",
    "Completion",
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionStreamEvent",
    "ComplianceConfigurationRestrictedErrorDetails",
    "ComplianceReviewActor",
    "ComplianceReviewAPIActor",
    "ComplianceReviewCase",
    "ComplianceReviewCaseClosed",
    "ComplianceReviewCaseCloseReason",
    "ComplianceReviewCaseCloseReasonType",
    "ComplianceReviewCaseOpen",
    "ComplianceReviewCaseOrderBy",
    "ComplianceReviewCaseOrderByParam",
    "ComplianceReviewCasePage",
    "ComplianceReviewCaseRespondParams",
    "ComplianceReviewCaseStatus",
    "ComplianceReviewCaseStatusFilter",
    "ComplianceReviewCaseStatusFilterParam",
    "ComplianceReviewContentNotCaptured",
    "ComplianceReviewContentUnavailableReason",
    "ComplianceReviewCreateMessageContent",
    "ComplianceReviewDetermination",
    "ComplianceReviewDeterminationParam",
    "ComplianceReviewEnforcementAction",
    "ComplianceReviewItem",
    "ComplianceReviewMessageDetails",
    "ComplianceReviewNotice",
    "ComplianceReviewNoticeKind",
    "ComplianceReviewNoticeKindType",
    "ComplianceReviewNoticePage",
    "ComplianceReviewOrder",
    "ComplianceReviewOrderParam",
    "ComplianceReviewPolicyCategory",
    "ComplianceReviewSafeguardsReason",
    "ComplianceReviewServiceAccountActor",
    "ComplianceReviewStoredCopyUnavailable",
    "ComplianceReviewTranscript",
    "ComplianceReviewUserActor",
    "ComplianceReviewVerdictParam",
    "ComplianceReviewViolatedPolicyCategory",
    "ComplianceReviewViolatedPolicyCategoryParam",
    "ComplianceSettingsState",
    "ComplianceSettingsStateDisabled",
    "ComplianceSettingsStateDisabledParam",
    "ComplianceSettingsStateEnabled",
    "ComplianceSettingsStateEnabledParam",
    "ComplianceSettingsStateParam",
    "ComplianceSettingUpdateParams",
    "COMPUTER_MEMBER_NAME_VALUES",
    "ComputerCursorPositionConfig",
    "ComputerCursorPositionConfigParam",
    "ComputerCursorPositionInput",
    "ComputerCursorPositionToolUseBlock",
    "ComputerDoubleClickConfig",
    "ComputerDoubleClickConfigParam",
    "ComputerDoubleClickInput",
    "ComputerDoubleClickToolUseBlock",
    "ComputerHoldKeyConfig",
    "ComputerHoldKeyConfigParam",
    "ComputerHoldKeyInput",
    "ComputerHoldKeyToolUseBlock",
    "ComputerKeyConfig",
    "ComputerKeyConfigParam",
    "ComputerKeyInput",
    "ComputerKeyToolUseBlock",
    "ComputerLeftClickConfig",
    "ComputerLeftClickConfigParam",
    "ComputerLeftClickDragConfig",
    "ComputerLeftClickDragConfigParam",
    "ComputerLeftClickDragInput",
    "ComputerLeftClickDragToolUseBlock",
    "ComputerLeftClickInput",
    "ComputerLeftClickToolUseBlock",
    "ComputerLeftMouseDownConfig",
    "ComputerLeftMouseDownConfigParam",
    "ComputerLeftMouseDownInput",
    "ComputerLeftMouseDownToolUseBlock",
    "ComputerLeftMouseUpConfig",
    "ComputerLeftMouseUpConfigParam",
    "ComputerLeftMouseUpInput",
    "ComputerLeftMouseUpToolUseBlock",
    "ComputerMemberInput",
    "ComputerMemberName",
    "ComputerMiddleClickConfig",
    "ComputerMiddleClickConfigParam",
    "ComputerMiddleClickInput",
    "ComputerMiddleClickToolUseBlock",
    "ComputerMouseMoveConfig",
    "ComputerMouseMoveConfigParam",
    "ComputerMouseMoveInput",
    "ComputerMouseMoveToolUseBlock",
    "ComputerRightClickConfig",
    "ComputerRightClickConfigParam",
    "ComputerRightClickInput",
    "ComputerRightClickToolUseBlock",
    "ComputerScreenshotConfig",
    "ComputerScreenshotConfigParam",
    "ComputerScreenshotInput",
    "ComputerScreenshotToolUseBlock",
    "ComputerScrollConfig",
    "ComputerScrollConfigParam",
    "ComputerScrollDirection",
    "ComputerScrollInput",
    "ComputerScrollToolUseBlock",
    "ComputerToolset20260801",
    "ComputerToolset20260801Param",
    "ComputerToolsetConfigs",
    "ComputerToolsetConfigsParam",
    "ComputerToolUseBlock",
    "ComputerTripleClickConfig",
    "ComputerTripleClickConfigParam",
    "ComputerTripleClickInput",
    "ComputerTripleClickToolUseBlock",
    "ComputerTypeConfig",
    "ComputerTypeConfigParam",
    "ComputerTypeInput",
    "ComputerTypeToolUseBlock",
    "ComputerWaitConfig",
    "ComputerWaitConfigParam",
    "ComputerWaitInput",
    "ComputerWaitToolUseBlock",
    "ComputerZoomConfig",
    "ComputerZoomConfigParam",
    "ComputerZoomInput",
    "ComputerZoomToolUseBlock",
    "ConcurrentMembershipChangeError",
    "ConcurrentMembershipChangeErrorDetails",
    "ConnectorListParams",
    "Container",
    "ContainerParam",
    "ContainerParams",
    "ContainerSkill",
    "ContainerSkillParam",
    "ContainerSkillType",
    "ContainerUploadBlock",
    "ContainerUploadBlockParam",
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockSourceContentParam",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "ContextManagementCapability",
    "ContextManagementConfigParam",
    "ContextManagementEditParam",
    "ContextManagementResponse",
    "ContractSpendLimitReachedError",
    "ContractSpendLimitReachedErrorDetails",
    "CostListParams",
    "CostReportListParams",
    "CountTokensContextManagementResponse",
    "CredentialCreateParams",
    "CredentialListParams",
    "CredentialPage",
    "CredentialUpdateParams",
    "Currency",
    "CurrencyParam",
    "DataControlUpdateParams",
    "DataResidency",
    "DataResidencyCreateConfigParam",
    "DataResidencyDefaultInferenceGeo",
    "DataResidencyUpdateConfigParam",
    "DataResidencyWorkspaceGeo",
    "DeletedClaudeCodeRBACGroupManagedSettings",
    "DeletedExternalStorage",
    "DeletedFile",
    "DeletedMessageBatch",
    "DeletedOrganizationWebhookEndpoint",
    "DeletedPlugin",
    "DeletedPluginInstallationSetting",
    "DeletedRBACGroup",
    "DeletedRBACGroupMember",
    "DeletedSkill",
    "DeletedSkillVersion",
    "DeletedTelemetryDestination",
    "DeletedTelemetryDestinationWorkspace",
    "DeletedUserProfile",
    "DeploymentListParams",
    "DeploymentRunListParams",
    "Diagnostics",
    "DiagnosticsParam",
    "DirectCaller",
    "DirectCallerParam",
    "DocumentBlock",
    "DocumentBlockParam",
    "DocumentSource",
    "DocumentSourceParam",
    "DrainingExternalStorageStatus",
    "Dream",
    "DreamCreateParams",
    "DreamError",
    "DreamInput",
    "DreamInputParam",
    "DreamListParams",
    "DreamMemoryStoreInput",
    "DreamMemoryStoreInputParam",
    "DreamMemoryStoreOutput",
    "DreamModelConfig",
    "DreamModelConfigParams",
    "DreamModelParams",
    "DreamPage",
    "DreamSessionsInput",
    "DreamSessionsInputParam",
    "DreamStatus",
    "DreamStatusParam",
    "DreamUsage",
    "EffectiveListParams",
    "EffortCapability",
    "EffortLevel",
    "EffortLevelParam",
    "EmailDomainNotAllowedErrorDetails",
    "EncryptedCodeExecutionResultBlock",
    "EncryptedCodeExecutionResultBlockParam",
    "EnforcedSpendLimitReachedError",
    "EnforcedSpendLimitReachedErrorDetails",
    "Environment",
    "EnvironmentArchivedErrorDetails",
    "EnvironmentConfig",
    "EnvironmentConfigParams",
    "EnvironmentCreateDisabledErrorDetails",
    "EnvironmentDeleteResponse",
    "EnvironmentListParams",
    "EnvironmentListResponse",
    "EnvironmentNotFoundErrorDetails",
    "EnvironmentScope",
    "EnvironmentUpdateDisabledErrorDetails",
    "ErrorDetails",
    "ErrorEvent",
    "ErrorObject",
    "ErrorResponse",
    "ErrorType",
    "EventListParams",
    "EventStreamParams",
    "ExternalKey",
    "ExternalKeyAttachedAttachment",
    "ExternalKeyAttachment",
    "ExternalKeyChangedErrorDetails",
    "ExternalKeyCreateParams",
    "ExternalKeyDeleteResponse",
    "ExternalKeyInWorkspacePolicyErrorDetails",
    "ExternalKeyListParams",
    "ExternalKeyNotFoundErrorDetails",
    "ExternalKeyPage",
    "ExternalKeyProviderConfig",
    "ExternalKeyProviderConfigParam",
    "ExternalKeyProviderMismatchErrorDetails",
    "ExternalKeyUnattachedAttachment",
    "ExternalKeyUpdateParams",
    "ExternalKeyValidateResponse",
    "ExternalKeyValidateResponseStatus",
    "ExternalKeyValidationFailedErrorDetails",
    "ExternalKeyValidationTimedOutErrorDetails",
    "ExternalStorage",
    "ExternalStorageCreateParams",
    "ExternalStorageFailedCheck",
    "ExternalStorageFailedCheckCheck",
    "ExternalStorageFailedCheckRole",
    "ExternalStorageInUseErrorDetails",
    "ExternalStorageInWorkspacePolicyErrorDetails",
    "ExternalStorageListParams",
    "ExternalStorageMember",
    "ExternalStorageMemberParam",
    "ExternalStorageNotAvailableErrorDetails",
    "ExternalStoragePage",
    "ExternalStorageProviderConfig",
    "ExternalStorageProviderConfigParam",
    "ExternalStorageStatus",
    "ExternalStorageUpdateParams",
    "FallbackBlock",
    "FallbackBlockParam",
    "FallbackConfigParam",
    "FallbackCreditNotApplied",
    "FallbackCreditNotAppliedReason",
    "FallbackCreditRedeemed",
    "FallbackCreditStatus",
    "FallbackCreditToken",
    "FallbackCreditTokenParam",
    "FallbackCreditUsage",
    "FallbackHopInfo",
    "FallbackHopInfoParam",
    "FallbackMessageIterationUsage",
    "FallbackRefusalTrigger",
    "Fallbacks",
    "FederationIssuer",
    "FederationIssuerPage",
    "FederationIssuerPollStatus",
    "FederationJWKS",
    "FederationJWKSParam",
    "FederationRule",
    "FederationRuleMatch",
    "FederationRuleMatchParam",
    "FederationRulePage",
    "FederationRuleWorkspace",
    "FederationRuleWorkspaceAddParams",
    "FederationRuleWorkspacePage",
    "FederationRuleWorkspaceRemoveResponse",
    "FileDocumentSourceParam",
    "FileExpiredError",
    "FileExpiredErrorDetails",
    "FileImageSourceParam",
    "FileListParams",
    "FileMetadata",
    "FileMetadataPage",
    "FileNotDownloadableError",
    "FileNotDownloadableErrorDetails",
    "FileScope",
    "FileUploadParams",
    "GatewayTimeoutError",
    "GatewayTimeoutErrorObject",
    "GCPExternalKeyConfig",
    "GCPExternalKeyConfigParam",
    "GCPExternalStorageConfig",
    "GCPExternalStorageConfigParam",
    "GCPProjectControlledByAnotherOrganizationErrorDetails",
    "GCPProjectNotVerifiedErrorDetails",
    "GoogleManagedBucketReference",
    "GoogleManagedBucketReferenceParam",
    "GoogleManagedCMEKControl",
    "GoogleManagedCMEKControlParams",
    "GoogleManagedCMEKDisabled",
    "GoogleManagedCMEKDisabledParams",
    "GoogleManagedCMEKEnabled",
    "GoogleManagedCMEKEnabledParams",
    "GoogleManagedCMEKRegionActive",
    "GoogleManagedCMEKRegionFailed",
    "GoogleManagedCMEKRegionNotConfigured",
    "GoogleManagedCMEKRegionPending",
    "GoogleManagedCMEKRegionStatus",
    "GoogleManagedCMEKRegionSuspended",
    "GoogleManagedDataControls",
    "GoogleManagedDataControlsUpdateParams",
    "GoogleManagedProjectBucketReferenceParam",
    "GoogleManagedProjectCMEKControl",
    "GoogleManagedProjectCMEKControlParam",
    "GoogleManagedProjectCMEKDisabled",
    "GoogleManagedProjectCMEKDisabledParam",
    "GoogleManagedProjectCMEKEnabled",
    "GoogleManagedProjectCMEKEnabledParam",
    "GoogleManagedProjectCMEKRegionActive",
    "GoogleManagedProjectCMEKRegionFailed",
    "GoogleManagedProjectCMEKRegionNotConfigured",
    "GoogleManagedProjectCMEKRegionPending",
    "GoogleManagedProjectCMEKRegionStatus",
    "GoogleManagedProjectCMEKRegionSuspended",
    "GoogleManagedProjectDataControls",
    "GoogleManagedProjectEffectiveBucket",
    "GoogleManagedProjectRetiredBucket",
    "GoogleManagedProjectRetiredKey",
    "GoogleManagedProjectStorageBucket",
    "GoogleManagedProjectStorageControl",
    "GoogleManagedProjectStorageControlParam",
    "GoogleManagedProjectStorageDisabled",
    "GoogleManagedProjectStorageDisabledParam",
    "GoogleManagedProjectStorageEnabled",
    "GoogleManagedProjectStorageEnabledParam",
    "GoogleManagedProjectStorageFailedCheck",
    "GoogleManagedProjectStorageFailedCheckCheck",
    "GoogleManagedProjectStorageFailedCheckRole",
    "GoogleManagedProjectStorageRegionActive",
    "GoogleManagedProjectStorageRegionFailed",
    "GoogleManagedProjectStorageRegionNotConfigured",
    "GoogleManagedProjectStorageRegionPending",
    "GoogleManagedProjectStorageRegionStatus",
    "GoogleManagedProjectStorageRegionSuspended",
    "GoogleManagedRetiredBucket",
    "GoogleManagedRetiredKey",
    "GoogleManagedStorageBucket",
    "GoogleManagedStorageControl",
    "GoogleManagedStorageControlParams",
    "GoogleManagedStorageDisabled",
    "GoogleManagedStorageDisabledParams",
    "GoogleManagedStorageEnabled",
    "GoogleManagedStorageEnabledParams",
    "GoogleManagedStorageFailedCheck",
    "GoogleManagedStorageFailedCheckCheck",
    "GoogleManagedStorageFailedCheckRole",
    "GoogleManagedStorageRegionActive",
    "GoogleManagedStorageRegionFailed",
    "GoogleManagedStorageRegionNotConfigured",
    "GoogleManagedStorageRegionPending",
    "GoogleManagedStorageRegionStatus",
    "GoogleManagedStorageRegionSuspended",
    "GrantRequiredErrorDetails",
    "HeartbeatPreconditionFailedErrorDetails",
    "HumanReviewNotAvailableErrorDetails",
    "HumanReviewOnWithExternalStorageErrorDetails",
    "ImageBlockParam",
    "ImageDimensionsTooLargeError",
    "ImageDimensionsTooLargeErrorDetails",
    "ImageSourceParam",
    "ImageTransformationsParam",
    "IncreaseRequestApproveParams",
    "IncreaseRequestApproveResponse",
    "IncreaseRequestDenyParams",
    "IncreaseRequestListParams",
    "InferenceDataPrivacy",
    "InferenceDataPrivacyParam",
    "InputJSONDelta",
    "InputJsonDelta",
    "InputTokensClearAtLeastParam",
    "InputTokensTriggerParam",
    "InputTransformation",
    "InputTransformationReason",
    "InstallationSettingListParams",
    "InternalStorage",
    "InternalStorageParam",
    "InvalidConfigTypeChangeErrorDetails",
    "InvalidMetadataErrorDetails",
    "InvalidRequestError",
    "InvalidRequestErrorObject",
    "InvalidStorageARNErrorDetails",
    "InviteAlreadyExistsErrorDetails",
    "InviteCreateParams",
    "InviteDeleteResponse",
    "InviteListParams",
    "IssuerCreateParams",
    "IssuerListParams",
    "IssuerUpdateParams",
    "IterationsUsage",
    "JSONOutputFormatParam",
    "JWKSDiscovery",
    "JWKSDiscoveryParam",
    "JWKSExplicitURL",
    "JWKSExplicitURLParam",
    "JWKSInline",
    "JWKSInlineParam",
    "KeyProfileMismatchErrorDetails",
    "KnownBeta",
    "KnownBetaParam",
    "KnownModel",
    "KnownModelParam",
    "LimitedNetwork",
    "LimitedNetworkParams",
    "LinkedOrganizationBillingUnavailableError",
    "LinkedOrganizationBillingUnavailableErrorDetails",
    "LinkedOrganizationSpendLimitReachedError",
    "LinkedOrganizationSpendLimitReachedErrorDetails",
    "ManagedAgentsActor",
    "ManagedAgentsAddSessionResource",
    "ManagedAgentsAddSessionResourceParams",
    "ManagedAgentsAdvisor",
    "ManagedAgentsAdvisorParams",
    "ManagedAgentsAgent",
    "ManagedAgentsAgentArchivedDeploymentPausedReasonError",
    "ManagedAgentsAgentArchivedRunError",
    "ManagedAgentsAgentAutoEvaluatedPermission",
    "ManagedAgentsAgentAutoEvaluatedPermissionAllow",
    "ManagedAgentsAgentAutoEvaluatedPermissionAsk",
    "ManagedAgentsAgentAutoEvaluatedPermissionDeny",
    "ManagedAgentsAgentCustomToolUseEvent",
    "ManagedAgentsAgentEvaluatedPermission",
    "ManagedAgentsAgentMcpToolResultEvent",
    "ManagedAgentsAgentMcpToolUseEvent",
    "ManagedAgentsAgentMessageContentBlock",
    "ManagedAgentsAgentMessageEvent",
    "ManagedAgentsAgentParams",
    "ManagedAgentsAgentReference",
    "ManagedAgentsAgentThinkingEvent",
    "ManagedAgentsAgentThreadContextCompactedEvent",
    "ManagedAgentsAgentThreadMessageReceivedEvent",
    "ManagedAgentsAgentThreadMessageSentEvent",
    "ManagedAgentsAgentTool",
    "ManagedAgentsAgentToolConfigUnion",
    "ManagedAgentsAgentToolConfigUnionParams",
    "ManagedAgentsAgentToolEvaluation",
    "ManagedAgentsAgentToolEvaluationAlwaysAllow",
    "ManagedAgentsAgentToolEvaluationAlwaysAsk",
    "ManagedAgentsAgentToolEvaluationAuto",
    "ManagedAgentsAgentToolParams",
    "ManagedAgentsAgentToolResultEvent",
    "ManagedAgentsAgentToolset20260401",
    "ManagedAgentsAgentToolset20260401BashInput",
    "ManagedAgentsAgentToolset20260401EditInput",
    "ManagedAgentsAgentToolset20260401GlobInput",
    "ManagedAgentsAgentToolset20260401GrepInput",
    "ManagedAgentsAgentToolset20260401Params",
    "ManagedAgentsAgentToolset20260401ReadInput",
    "ManagedAgentsAgentToolset20260401WriteInput",
    "ManagedAgentsAgentToolsetDefaultConfig",
    "ManagedAgentsAgentToolsetDefaultConfigParams",
    "ManagedAgentsAgentToolUseEvent",
    "ManagedAgentsAgentUnionParams",
    "ManagedAgentsAgentWithOverridesParams",
    "ManagedAgentsAlwaysAllowPolicy",
    "ManagedAgentsAlwaysAllowPolicyParam",
    "ManagedAgentsAlwaysAskPolicy",
    "ManagedAgentsAlwaysAskPolicyParam",
    "ManagedAgentsAnthropicSkill",
    "ManagedAgentsAnthropicSkillParams",
    "ManagedAgentsApiActor",
    "ManagedAgentsAutoPolicy",
    "ManagedAgentsAutoPolicyParam",
    "ManagedAgentsAWSAgentCoreGatewayMCPServer",
    "ManagedAgentsAWSAgentCoreGatewayMCPServerParam",
    "ManagedAgentsAWSRoleExecutionIdentity",
    "ManagedAgentsAWSRoleExecutionIdentityParams",
    "ManagedAgentsBase64DocumentSource",
    "ManagedAgentsBase64DocumentSourceParam",
    "ManagedAgentsBase64ImageSource",
    "ManagedAgentsBase64ImageSourceParam",
    "ManagedAgentsBashToolConfig",
    "ManagedAgentsBashToolConfigParams",
    "ManagedAgentsBedrockAgent",
    "ManagedAgentsBedrockAgentListItem",
    "ManagedAgentsBedrockAgentListItemModel",
    "ManagedAgentsBedrockAgentMCPElicitationEvent",
    "ManagedAgentsBedrockAgentMCPToolResultEvent",
    "ManagedAgentsBedrockAgentPage",
    "ManagedAgentsBedrockAgentTool",
    "ManagedAgentsBedrockAgentToolParams",
    "ManagedAgentsBedrockAgentToolResultEvent",
    "ManagedAgentsBedrockAgentWithOverridesParams",
    "ManagedAgentsBedrockCreateAgentParams",
    "ManagedAgentsBedrockCreateSessionAgentParams",
    "ManagedAgentsBedrockCreateSessionParams",
    "ManagedAgentsBedrockDocumentBlockParam",
    "ManagedAgentsBedrockDocumentSourceParam",
    "ManagedAgentsBedrockEventParams",
    "ManagedAgentsBedrockImageBlockParam",
    "ManagedAgentsBedrockInputEvent",
    "ManagedAgentsBedrockMCPElicitationAccept",
    "ManagedAgentsBedrockMCPElicitationAcceptParam",
    "ManagedAgentsBedrockMCPElicitationCancel",
    "ManagedAgentsBedrockMCPElicitationCancelParam",
    "ManagedAgentsBedrockMCPElicitationDecline",
    "ManagedAgentsBedrockMCPElicitationDeclineParam",
    "ManagedAgentsBedrockMCPElicitationResponse",
    "ManagedAgentsBedrockMCPElicitationResponseParam",
    "ManagedAgentsBedrockMCPElicitationURLRequest",
    "ManagedAgentsBedrockMemoryActor",
    "ManagedAgentsBedrockMemoryStore",
    "ManagedAgentsBedrockMemoryStoreListItem",
    "ManagedAgentsBedrockMemoryStorePage",
    "ManagedAgentsBedrockMemoryStoreResource",
    "ManagedAgentsBedrockMemoryStoreResourceAccess",
    "ManagedAgentsBedrockMemoryVersion",
    "ManagedAgentsBedrockMemoryVersionPage",
    "ManagedAgentsBedrockModelConfigParams",
    "ManagedAgentsBedrockModelParams",
    "ManagedAgentsBedrockMultiagentCoordinator",
    "ManagedAgentsBedrockMultiagentCoordinatorParams",
    "ManagedAgentsBedrockMultiagentRosterEntryParams",
    "ManagedAgentsBedrockSendSessionEventsParams",
    "ManagedAgentsBedrockSession",
    "ManagedAgentsBedrockSessionActor",
    "ManagedAgentsBedrockSessionAgent",
    "ManagedAgentsBedrockSessionAgentUpdateParam",
    "ManagedAgentsBedrockSessionErrorEvent",
    "ManagedAgentsBedrockSessionErrorEventError",
    "ManagedAgentsBedrockSessionEvent",
    "ManagedAgentsBedrockSessionEventPage",
    "ManagedAgentsBedrockSessionEventTypeParam",
    "ManagedAgentsBedrockSessionListItem",
    "ManagedAgentsBedrockSessionListItemAgent",
    "ManagedAgentsBedrockSessionListItemMemoryStoreResource",
    "ManagedAgentsBedrockSessionListItemUsage",
    "ManagedAgentsBedrockSessionMultiagentCoordinator",
    "ManagedAgentsBedrockSessionPage",
    "ManagedAgentsBedrockSessionResource",
    "ManagedAgentsBedrockSessionResourceParams",
    "ManagedAgentsBedrockSessionThread",
    "ManagedAgentsBedrockSessionThreadAgent",
    "ManagedAgentsBedrockSessionThreadPage",
    "ManagedAgentsBedrockSessionUpdatedEvent",
    "ManagedAgentsBedrockSystemMessageEvent",
    "ManagedAgentsBedrockUpdateAgentParams",
    "ManagedAgentsBedrockUpdateSessionParams",
    "ManagedAgentsBedrockUserContentBlockParam",
    "ManagedAgentsBedrockUserCustomToolResultEvent",
    "ManagedAgentsBedrockUserDefineOutcomeEvent",
    "ManagedAgentsBedrockUserInterruptEvent",
    "ManagedAgentsBedrockUserMCPElicitationResponseEvent",
    "ManagedAgentsBedrockUserMCPElicitationResponseEventParams",
    "ManagedAgentsBedrockUserMessageEvent",
    "ManagedAgentsBedrockUserMessageEventParams",
    "ManagedAgentsBedrockUserToolConfirmationEvent",
    "ManagedAgentsBillingError",
    "ManagedAgentsBranchCheckout",
    "ManagedAgentsBranchCheckoutParam",
    "ManagedAgentsBudget",
    "ManagedAgentsBudgetLimit",
    "ManagedAgentsBudgetLimitParam",
    "ManagedAgentsBudgetParam",
    "ManagedAgentsCacheCreationUsage",
    "ManagedAgentsCallerIdentity",
    "ManagedAgentsCommitCheckout",
    "ManagedAgentsCommitCheckoutParam",
    "ManagedAgentsCompactionLimitReachedError",
    "ManagedAgentsContentSha256Precondition",
    "ManagedAgentsContentSha256PreconditionParam",
    "ManagedAgentsCreateAgentParams",
    "ManagedAgentsCreateDeploymentParams",
    "ManagedAgentsCreateSessionAgentUnionParams",
    "ManagedAgentsCreateSessionParams",
    "ManagedAgentsCredential",
    "ManagedAgentsCredentialAuth",
    "ManagedAgentsCredentialCreateAuth",
    "ManagedAgentsCredentialCreateAuthParam",
    "ManagedAgentsCredentialHostUnreachableError",
    "ManagedAgentsCredentialNetworkingParams",
    "ManagedAgentsCredentialNetworkingResponse",
    "ManagedAgentsCredentialRefreshStatus",
    "ManagedAgentsCredentialUpdateAuth",
    "ManagedAgentsCredentialUpdateAuthParam",
    "ManagedAgentsCredentialValidation",
    "ManagedAgentsCredentialValidationStatus",
    "ManagedAgentsCronSchedule",
    "ManagedAgentsCronScheduleParams",
    "ManagedAgentsCustomSkill",
    "ManagedAgentsCustomSkillParams",
    "ManagedAgentsCustomTool",
    "ManagedAgentsCustomToolInputSchema",
    "ManagedAgentsCustomToolInputSchemaParam",
    "ManagedAgentsCustomToolParams",
    "ManagedAgentsDeletedCredential",
    "ManagedAgentsDeletedMemory",
    "ManagedAgentsDeletedMemoryStore",
    "ManagedAgentsDeletedSession",
    "ManagedAgentsDeletedVault",
    "ManagedAgentsDeleteSessionResource",
    "ManagedAgentsDeployment",
    "ManagedAgentsDeploymentInitialEvent",
    "ManagedAgentsDeploymentInitialEventParams",
    "ManagedAgentsDeploymentPausedReason",
    "ManagedAgentsDeploymentPausedReasonError",
    "ManagedAgentsDeploymentRun",
    "ManagedAgentsDeploymentStatus",
    "ManagedAgentsDeploymentStatusParam",
    "ManagedAgentsDeploymentSystemMessageEvent",
    "ManagedAgentsDeploymentUserDefineOutcomeEvent",
    "ManagedAgentsDeploymentUserMessageEvent",
    "ManagedAgentsDocumentBlock",
    "ManagedAgentsDocumentBlockParam",
    "ManagedAgentsDocumentSource",
    "ManagedAgentsDocumentSourceParam",
    "ManagedAgentsEditToolConfig",
    "ManagedAgentsEditToolConfigParams",
    "ManagedAgentsEffort",
    "ManagedAgentsEffortHigh",
    "ManagedAgentsEffortHighParam",
    "ManagedAgentsEffortLevel",
    "ManagedAgentsEffortLevelParam",
    "ManagedAgentsEffortLow",
    "ManagedAgentsEffortLowParam",
    "ManagedAgentsEffortMax",
    "ManagedAgentsEffortMaxParam",
    "ManagedAgentsEffortMedium",
    "ManagedAgentsEffortMediumParam",
    "ManagedAgentsEffortParam",
    "ManagedAgentsEffortParams",
    "ManagedAgentsEffortXhigh",
    "ManagedAgentsEffortXhighParam",
    "ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError",
    "ManagedAgentsEnvironmentArchivedRunError",
    "ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError",
    "ManagedAgentsEnvironmentNotFoundRunError",
    "ManagedAgentsEnvironmentVariableAuthResponse",
    "ManagedAgentsEnvironmentVariableCreateParams",
    "ManagedAgentsEnvironmentVariableUpdateParams",
    "ManagedAgentsErrorDeploymentPausedReason",
    "ManagedAgentsEventDeltaEvent",
    "ManagedAgentsEventDeltaEventContentDelta",
    "ManagedAgentsEventDeltaEventDelta",
    "ManagedAgentsEventDeltaType",
    "ManagedAgentsEventDeltaTypeParam",
    "ManagedAgentsEventParams",
    "ManagedAgentsEventStartEvent",
    "ManagedAgentsEventStartEventAgentMessagePreview",
    "ManagedAgentsEventStartEventAgentThinkingPreview",
    "ManagedAgentsEventStartEventEvent",
    "ManagedAgentsExecutionIdentity",
    "ManagedAgentsExecutionIdentityParams",
    "ManagedAgentsFileDocumentSource",
    "ManagedAgentsFileDocumentSourceParam",
    "ManagedAgentsFileImageSource",
    "ManagedAgentsFileImageSourceParam",
    "ManagedAgentsFileNotFoundDeploymentPausedReasonError",
    "ManagedAgentsFileNotFoundRunError",
    "ManagedAgentsFileResource",
    "ManagedAgentsFileResourceConfig",
    "ManagedAgentsFileResourceParams",
    "ManagedAgentsFileRubric",
    "ManagedAgentsFileRubricParams",
    "ManagedAgentsGetSessionResource",
    "ManagedAgentsGitHubRepositoryResource",
    "ManagedAgentsGitHubRepositoryResourceConfig",
    "ManagedAgentsGitHubRepositoryResourceParams",
    "ManagedAgentsGlobToolConfig",
    "ManagedAgentsGlobToolConfigParams",
    "ManagedAgentsGrepToolConfig",
    "ManagedAgentsGrepToolConfigParams",
    "ManagedAgentsImageBlock",
    "ManagedAgentsImageBlockParam",
    "ManagedAgentsImageSource",
    "ManagedAgentsImageSourceParam",
    "ManagedAgentsInjectionLocationParams",
    "ManagedAgentsInjectionLocationResponse",
    "ManagedAgentsInjectionLocationUpdateParams",
    "ManagedAgentsInlineAgent",
    "ManagedAgentsInputEvent",
    "ManagedAgentsLimitedCredentialNetworkingParams",
    "ManagedAgentsLimitedCredentialNetworkingResponse",
    "ManagedAgentsListAgents",
    "ManagedAgentsListAgentVersions",
    "ManagedAgentsListDeploymentRunsData",
    "ManagedAgentsListDeploymentsData",
    "ManagedAgentsListOrder",
    "ManagedAgentsListOrderParam",
    "ManagedAgentsListSessionEvents",
    "ManagedAgentsListSessionResources",
    "ManagedAgentsListSessions",
    "ManagedAgentsListSessionThreadEvents",
    "ManagedAgentsListSessionThreads",
    "ManagedAgentsManagedMemoryStoreBackend",
    "ManagedAgentsManagedMemoryStoreBackendParam",
    "ManagedAgentsManualDeploymentPausedReason",
    "ManagedAgentsManualTriggerContext",
    "ManagedAgentsMaxWorkflowRunsWorkflowRunError",
    "ManagedAgentsMcpAuthenticationFailedError",
    "ManagedAgentsMcpConnectionFailedError",
    "ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
    "ManagedAgentsMcpEgressBlockedRunError",
    "ManagedAgentsMcpOauthAuthResponse",
    "ManagedAgentsMcpOauthCreateParams",
    "ManagedAgentsMcpOauthRefreshParams",
    "ManagedAgentsMcpOauthRefreshResponse",
    "ManagedAgentsMcpOauthRefreshUpdateParams",
    "ManagedAgentsMcpOauthUpdateParams",
    "ManagedAgentsMcpProbe",
    "ManagedAgentsMCPServer",
    "ManagedAgentsMCPServerParams",
    "ManagedAgentsMCPServerURLDefinition",
    "ManagedAgentsMCPToolConfig",
    "ManagedAgentsMCPToolConfigParams",
    "ManagedAgentsMCPToolset",
    "ManagedAgentsMCPToolsetDefaultConfig",
    "ManagedAgentsMCPToolsetDefaultConfigParams",
    "ManagedAgentsMCPToolsetParams",
    "ManagedAgentsMemory",
    "ManagedAgentsMemoryListItem",
    "ManagedAgentsMemoryPrefix",
    "ManagedAgentsMemoryStore",
    "ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError",
    "ManagedAgentsMemoryStoreArchivedRunError",
    "ManagedAgentsMemoryStoreResource",
    "ManagedAgentsMemoryStoreResourceConfig",
    "ManagedAgentsMemoryStoreResourceParam",
    "ManagedAgentsMemoryToolConfig",
    "ManagedAgentsMemoryToolConfigParams",
    "ManagedAgentsMemoryToolConfigPermissionPolicy",
    "ManagedAgentsMemoryToolConfigPermissionPolicyParam",
    "ManagedAgentsMemoryToolName",
    "ManagedAgentsMemoryToolNameParam",
    "ManagedAgentsMemoryToolset20261030",
    "ManagedAgentsMemoryToolset20261030Params",
    "ManagedAgentsMemoryVersion",
    "ManagedAgentsMemoryVersionOperation",
    "ManagedAgentsMemoryVersionOperationParam",
    "ManagedAgentsMemoryView",
    "ManagedAgentsMemoryViewParam",
    "ManagedAgentsModel",
    "ManagedAgentsModelConfig",
    "ManagedAgentsModelConfigParams",
    "ManagedAgentsModelOverloadedError",
    "ManagedAgentsModelParam",
    "ManagedAgentsModelParams",
    "ManagedAgentsModelRateLimitedError",
    "ManagedAgentsModelRequestFailedError",
    "ManagedAgentsMountMode",
    "ManagedAgentsMountModeParam",
    "ManagedAgentsMountPathConflictErrorObject",
    "ManagedAgentsMultiagent",
    "ManagedAgentsMultiagent20261001",
    "ManagedAgentsMultiagent20261001Params",
    "ManagedAgentsMultiagentAdvisor",
    "ManagedAgentsMultiagentAdvisorDisabled",
    "ManagedAgentsMultiagentAdvisorDisabledParams",
    "ManagedAgentsMultiagentAdvisorEnabled",
    "ManagedAgentsMultiagentAdvisorEnabledParams",
    "ManagedAgentsMultiagentAdvisorParams",
    "ManagedAgentsMultiagentCoordinator",
    "ManagedAgentsMultiagentCoordinatorParams",
    "ManagedAgentsMultiagentInlineAgents",
    "ManagedAgentsMultiagentInlineAgentsDisabled",
    "ManagedAgentsMultiagentInlineAgentsDisabledParams",
    "ManagedAgentsMultiagentInlineAgentsEnabled",
    "ManagedAgentsMultiagentInlineAgentsEnabledParams",
    "ManagedAgentsMultiagentInlineAgentsParams",
    "ManagedAgentsMultiagentParams",
    "ManagedAgentsMultiagentPredefinedAgentParams",
    "ManagedAgentsMultiagentRosterEntry",
    "ManagedAgentsMultiagentRosterEntryParams",
    "ManagedAgentsMultiagentSelfParams",
    "ManagedAgentsMultiagentSubagents",
    "ManagedAgentsMultiagentSubagentsDisabled",
    "ManagedAgentsMultiagentSubagentsDisabledParams",
    "ManagedAgentsMultiagentSubagentsEnabled",
    "ManagedAgentsMultiagentSubagentsEnabledParams",
    "ManagedAgentsMultiagentSubagentsParams",
    "ManagedAgentsMultiagentWorkflows",
    "ManagedAgentsMultiagentWorkflowsDisabled",
    "ManagedAgentsMultiagentWorkflowsDisabledParams",
    "ManagedAgentsMultiagentWorkflowsEnabled",
    "ManagedAgentsMultiagentWorkflowsEnabledParams",
    "ManagedAgentsMultiagentWorkflowsParams",
    "ManagedAgentsOrganizationDisabledDeploymentPausedReasonError",
    "ManagedAgentsOrganizationDisabledRunError",
    "ManagedAgentsOutcomeEvaluationResource",
    "ManagedAgentsPermissionPolicy",
    "ManagedAgentsPermissionPolicyParam",
    "ManagedAgentsPersonActor",
    "ManagedAgentsPlainTextDocumentSource",
    "ManagedAgentsPlainTextDocumentSourceMediaType",
    "ManagedAgentsPlainTextDocumentSourceParam",
    "ManagedAgentsProgramWorkflowRunError",
    "ManagedAgentsReadToolConfig",
    "ManagedAgentsReadToolConfigParams",
    "ManagedAgentsRedactedBlock",
    "ManagedAgentsRedactedBlockParam",
    "ManagedAgentsRefreshHttpResponse",
    "ManagedAgentsRefreshObject",
    "ManagedAgentsRepositoryAuthenticationError",
    "ManagedAgentsRepositoryCheckout",
    "ManagedAgentsRepositoryCheckoutError",
    "ManagedAgentsRepositoryCheckoutParam",
    "ManagedAgentsRepositoryCloneError",
    "ManagedAgentsRepositoryForbiddenError",
    "ManagedAgentsRepositoryNotFoundError",
    "ManagedAgentsRetryStatus",
    "ManagedAgentsRetryStatusExhausted",
    "ManagedAgentsRetryStatusRetrying",
    "ManagedAgentsRetryStatusTerminal",
    "ManagedAgentsRoleActor",
    "ManagedAgentsRubric",
    "ManagedAgentsRubricParams",
    "ManagedAgentsRunError",
    "ManagedAgentsS3AccessDeniedErrorObject",
    "ManagedAgentsS3CopyErrorObject",
    "ManagedAgentsS3MountErrorObject",
    "ManagedAgentsS3MountResource",
    "ManagedAgentsS3MountResourceMountAs",
    "ManagedAgentsS3MountResourceParams",
    "ManagedAgentsS3MountSkill",
    "ManagedAgentsS3MountSkillParam",
    "ManagedAgentsS3NotFoundErrorObject",
    "ManagedAgentsS3ObjectResource",
    "ManagedAgentsS3ObjectResourceParams",
    "ManagedAgentsSandboxPathResource",
    "ManagedAgentsSandboxPathResourceParams",
    "ManagedAgentsSandboxPathSkill",
    "ManagedAgentsSandboxPathSkillParam",
    "ManagedAgentsSandboxSkill",
    "ManagedAgentsSandboxSkillParam",
    "ManagedAgentsSchedule",
    "ManagedAgentsScheduleParams",
    "ManagedAgentsScheduleTriggerContext",
    "ManagedAgentsSearchResultBlock",
    "ManagedAgentsSearchResultBlockParam",
    "ManagedAgentsSearchResultCitations",
    "ManagedAgentsSearchResultCitationsParam",
    "ManagedAgentsSearchResultContent",
    "ManagedAgentsSearchResultContentParam",
    "ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError",
    "ManagedAgentsSelfHostedResourcesUnsupportedRunError",
    "ManagedAgentsSendBedrockSessionEvents",
    "ManagedAgentsSendSessionEvents",
    "ManagedAgentsSendSessionEventsParams",
    "ManagedAgentsServerToolUsage",
    "ManagedAgentsServiceAccountActor",
    "ManagedAgentsServiceAccountExecutionIdentity",
    "ManagedAgentsServiceAccountExecutionIdentityParams",
    "ManagedAgentsSession",
    "ManagedAgentsSessionActor",
    "ManagedAgentsSessionAgent",
    "ManagedAgentsSessionAgentUpdate",
    "ManagedAgentsSessionAgentUpdateParam",
    "ManagedAgentsSessionBudgetReached",
    "ManagedAgentsSessionCreationRejectedRunError",
    "ManagedAgentsSessionDeletedEvent",
    "ManagedAgentsSessionEndTurn",
    "ManagedAgentsSessionErrorEvent",
    "ManagedAgentsSessionErrorEventError",
    "ManagedAgentsSessionEvent",
    "ManagedAgentsSessionEventTypeParam",
    "ManagedAgentsSessionInitialEventParams",
    "ManagedAgentsSessionMultiagent",
    "ManagedAgentsSessionMultiagent20261001",
    "ManagedAgentsSessionMultiagentCoordinator",
    "ManagedAgentsSessionMultiagentSubagents",
    "ManagedAgentsSessionMultiagentSubagentsEnabled",
    "ManagedAgentsSessionMultiagentWorkflows",
    "ManagedAgentsSessionMultiagentWorkflowsEnabled",
    "ManagedAgentsSessionRateLimitedRunError",
    "ManagedAgentsSessionRefusal",
    "ManagedAgentsSessionRefusalStopDetails",
    "ManagedAgentsSessionRequiresAction",
    "ManagedAgentsSessionResource",
    "ManagedAgentsSessionResourceConfig",
    "ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError",
    "ManagedAgentsSessionResourceNotFoundRunError",
    "ManagedAgentsSessionResourceParams",
    "ManagedAgentsSessionRetriesExhausted",
    "ManagedAgentsSessionRosterEntry",
    "ManagedAgentsSessionStats",
    "ManagedAgentsSessionStatus",
    "ManagedAgentsSessionStatusIdleEvent",
    "ManagedAgentsSessionStatusParam",
    "ManagedAgentsSessionStatusRescheduledEvent",
    "ManagedAgentsSessionStatusRunningEvent",
    "ManagedAgentsSessionStatusTerminatedEvent",
    "ManagedAgentsSessionStopReason",
    "ManagedAgentsSessionThread",
    "ManagedAgentsSessionThreadAgent",
    "ManagedAgentsSessionThreadCreatedEvent",
    "ManagedAgentsSessionThreadResolvedAgent",
    "ManagedAgentsSessionThreadStats",
    "ManagedAgentsSessionThreadStatus",
    "ManagedAgentsSessionThreadStatusIdleEvent",
    "ManagedAgentsSessionThreadStatusParam",
    "ManagedAgentsSessionThreadStatusRescheduledEvent",
    "ManagedAgentsSessionThreadStatusRunningEvent",
    "ManagedAgentsSessionThreadStatusTerminatedEvent",
    "ManagedAgentsSessionThreadUsage",
    "ManagedAgentsSessionUpdatedEvent",
    "ManagedAgentsSessionUsage",
    "ManagedAgentsSessionUsageEvent",
    "ManagedAgentsSessionUsageSnapshot",
    "ManagedAgentsSkill",
    "ManagedAgentsSkillNotFoundDeploymentPausedReasonError",
    "ManagedAgentsSkillNotFoundRunError",
    "ManagedAgentsSkillParams",
    "ManagedAgentsSpanModelRequestEndEvent",
    "ManagedAgentsSpanModelRequestStartEvent",
    "ManagedAgentsSpanModelUsage",
    "ManagedAgentsSpanOutcomeEvaluationEndEvent",
    "ManagedAgentsSpanOutcomeEvaluationOngoingEvent",
    "ManagedAgentsSpanOutcomeEvaluationStartEvent",
    "ManagedAgentsSpeed",
    "ManagedAgentsSpeedParam",
    "ManagedAgentsStaticBearerAuthResponse",
    "ManagedAgentsStaticBearerCreateParams",
    "ManagedAgentsStaticBearerUpdateParams",
    "ManagedAgentsStreamBedrockSessionEvents",
    "ManagedAgentsStreamBedrockSessionThreadEvents",
    "ManagedAgentsStreamSessionEvents",
    "ManagedAgentsStreamSessionThreadEvents",
    "ManagedAgentsStruct",
    "ManagedAgentsSystemContentBlock",
    "ManagedAgentsSystemContentBlockParam",
    "ManagedAgentsSystemMessageEvent",
    "ManagedAgentsSystemMessageEventParams",
    "ManagedAgentsTextBlock",
    "ManagedAgentsTextBlockParam",
    "ManagedAgentsTextRubric",
    "ManagedAgentsTextRubricParams",
    "ManagedAgentsThreadLimitWorkflowRunError",
    "ManagedAgentsTimeoutWorkflowRunError",
    "ManagedAgentsTokenEndpointAuthBasicParam",
    "ManagedAgentsTokenEndpointAuthBasicResponse",
    "ManagedAgentsTokenEndpointAuthBasicUpdateParam",
    "ManagedAgentsTokenEndpointAuthNoneParam",
    "ManagedAgentsTokenEndpointAuthNoneResponse",
    "ManagedAgentsTokenEndpointAuthParams",
    "ManagedAgentsTokenEndpointAuthPostParam",
    "ManagedAgentsTokenEndpointAuthPostResponse",
    "ManagedAgentsTokenEndpointAuthPostUpdateParam",
    "ManagedAgentsTokenEndpointAuthResponse",
    "ManagedAgentsTokenEndpointAuthUpdateParams",
    "ManagedAgentsToolResultContentBlock",
    "ManagedAgentsToolResultContentBlockParam",
    "ManagedAgentsToolUseLimitReachedError",
    "ManagedAgentsTriggerContext",
    "ManagedAgentsTriggerType",
    "ManagedAgentsTriggerTypeParam",
    "ManagedAgentsUnknownDeploymentPausedReasonError",
    "ManagedAgentsUnknownError",
    "ManagedAgentsUnknownRunError",
    "ManagedAgentsUnknownWorkflowRunError",
    "ManagedAgentsUnrestrictedCredentialNetworkingParams",
    "ManagedAgentsUnrestrictedCredentialNetworkingResponse",
    "ManagedAgentsUpdateAgentParams",
    "ManagedAgentsUpdateDeploymentParams",
    "ManagedAgentsUpdateSessionParams",
    "ManagedAgentsUpdateSessionResource",
    "ManagedAgentsUpdateSessionResourceParams",
    "ManagedAgentsURLDocumentSource",
    "ManagedAgentsURLDocumentSourceParam",
    "ManagedAgentsURLImageSource",
    "ManagedAgentsURLImageSourceParam",
    "ManagedAgentsURLMCPServerParams",
    "ManagedAgentsUserActor",
    "ManagedAgentsUserContentBlock",
    "ManagedAgentsUserContentBlockParam",
    "ManagedAgentsUserCustomToolResultEvent",
    "ManagedAgentsUserCustomToolResultEventParams",
    "ManagedAgentsUserDefineOutcomeEvent",
    "ManagedAgentsUserDefineOutcomeEventParams",
    "ManagedAgentsUserInterruptEvent",
    "ManagedAgentsUserInterruptEventParams",
    "ManagedAgentsUserLocation",
    "ManagedAgentsUserLocationParam",
    "ManagedAgentsUserMessageEvent",
    "ManagedAgentsUserMessageEventParams",
    "ManagedAgentsUserToolConfirmationEvent",
    "ManagedAgentsUserToolConfirmationEventParams",
    "ManagedAgentsUserToolConfirmationResult",
    "ManagedAgentsUserToolConfirmationResultParam",
    "ManagedAgentsUserToolResultEvent",
    "ManagedAgentsUserToolResultEventParams",
    "ManagedAgentsVault",
    "ManagedAgentsVaultArchivedDeploymentPausedReasonError",
    "ManagedAgentsVaultArchivedRunError",
    "ManagedAgentsVaultNotFoundDeploymentPausedReasonError",
    "ManagedAgentsVaultNotFoundRunError",
    "ManagedAgentsWebFetchToolConfig",
    "ManagedAgentsWebFetchToolConfigParams",
    "ManagedAgentsWebFetchURLSources",
    "ManagedAgentsWebFetchURLSourceShorthandParam",
    "ManagedAgentsWebFetchURLSourcesParams",
    "ManagedAgentsWebFetchURLSourceToolFilterParams",
    "ManagedAgentsWebFetchURLSourceUserInputParams",
    "ManagedAgentsWebSearchToolConfig",
    "ManagedAgentsWebSearchToolConfigParams",
    "ManagedAgentsWorkflowRunCreatedEvent",
    "ManagedAgentsWorkflowRunError",
    "ManagedAgentsWorkflowRunErrorEvent",
    "ManagedAgentsWorkflowRunPhase",
    "ManagedAgentsWorkflowRunPhaseEndedEvent",
    "ManagedAgentsWorkflowRunPhaseStartedEvent",
    "ManagedAgentsWorkflowRunResult",
    "ManagedAgentsWorkflowRunResultCompleted",
    "ManagedAgentsWorkflowRunResultError",
    "ManagedAgentsWorkflowRunResultStopped",
    "ManagedAgentsWorkflowRunStatusEndedEvent",
    "ManagedAgentsWorkflowRunStatusIdleEvent",
    "ManagedAgentsWorkflowRunStatusRunningEvent",
    "ManagedAgentsWorkingDirectoryErrorObject",
    "ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError",
    "ManagedAgentsWorkspaceArchivedRunError",
    "ManagedAgentsWriteToolConfig",
    "ManagedAgentsWriteToolConfigParams",
    "MCPServerToolConfigurationParam",
    "MCPServerURLDefinitionParam",
    "MCPTool",
    "MCPToolConfig",
    "MCPToolConfigParam",
    "MCPToolDefaultConfig",
    "MCPToolDefaultConfigParam",
    "MCPToolListingBlock",
    "MCPToolListingBlockParam",
    "MCPToolParam",
    "MCPToolResultBlock",
    "MCPToolResultBlockParam",
    "MCPToolset",
    "MCPToolsetParam",
    "MCPToolUseBlock",
    "MCPToolUseBlockParam",
    "MemberListParams",
    "MemberRemoveResponse",
    "MemoryCreateParams",
    "MemoryDeleteParams",
    "MemoryListPage",
    "MemoryListParams",
    "MemoryRetrieveParams",
    "MemoryStoreCreateParams",
    "MemoryStoreListParams",
    "MemoryStorePage",
    "MemoryStoreUpdateParams",
    "MemoryTool20250818",
    "MemoryTool20250818Command",
    "MemoryTool20250818CreateCommand",
    "MemoryTool20250818DeleteCommand",
    "MemoryTool20250818InsertCommand",
    "MemoryTool20250818Param",
    "MemoryTool20250818RenameCommand",
    "MemoryTool20250818StrReplaceCommand",
    "MemoryTool20250818ViewCommand",
    "MemoryUpdateParams",
    "MemoryVersionListParams",
    "MemoryVersionPage",
    "MemoryVersionRetrieveParams",
    "Message",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchPage",
    "MessageBatchProcessingStatus",
    "MessageBatchRequestCounts",
    "MessageBatchResult",
    "MessageBatchSucceededResult",
    "MessageContentParam",
    "MessageCountTokensParams",
    "MessageCountTokensToolParam",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsContainerParam",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageIterationUsage",
    "MessageParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "MessageThreadContinueParam",
    "MessageThreadCreateParam",
    "MessageThreadParam",
    "MessageTokensCount",
    "MetadataParam",
    "Model",
    "ModelCapabilities",
    "ModelInfo",
    "ModelInfoPage",
    "ModelLifecycle",
    "ModelLifecycleParam",
    "ModelLine",
    "ModelListParams",
    "ModelParam",
    "MonetaryAmount",
    "MonetaryAmountParam",
    "NewOrganizationWebhookEndpoint",
    "NewOrganizationWebhookEndpointEnabledEvents",
    "NoBillingWorkspaceRole",
    "NoBillingWorkspaceRoleParam",
    "NotFoundError",
    "NotFoundErrorObject",
    "NoticeListParams",
    "OrganizationAnalyticsPluginListParams",
    "OrganizationAnalyticsSkillListParams",
    "OrganizationAnalyticsUserListParams",
    "OrganizationClaudeCodeManagedSettingsRbacGroupListParams",
    "OrganizationComplianceSettings",
    "OrganizationFederationRulesWorkspaceListParams",
    "OrganizationInfo",
    "OrganizationInvite",
    "OrganizationInvitePage",
    "OrganizationInviteStatus",
    "OrganizationLevelScopedAPIKeyRequiredErrorDetails",
    "OrganizationNotEligibleErrorDetails",
    "OrganizationNotEnrolledInBetaErrorDetails",
    "OrganizationOnHoldError",
    "OrganizationOnHoldErrorDetails",
    "OrganizationPluginsVersionListParams",
    "OrganizationRateLimit",
    "OrganizationRateLimitBatchGroup",
    "OrganizationRateLimitFilesGroup",
    "OrganizationRateLimitListParams",
    "OrganizationRateLimitModelGroup",
    "OrganizationRateLimitPage",
    "OrganizationRateLimitSkillsGroup",
    "OrganizationRateLimitTokenCountGroup",
    "OrganizationRateLimitValue",
    "OrganizationRateLimitWebSearchGroup",
    "OrganizationRbacGroupsMemberListParams",
    "OrganizationRole",
    "OrganizationServiceAccountListParams",
    "OrganizationServiceAccountsWorkspaceListParams",
    "OrganizationTelemetryDestinationsWorkspaceListParams",
    "OrganizationTypeNotSupportedError",
    "OrganizationTypeNotSupportedErrorDetails",
    "OrganizationUser",
    "OrganizationUserPage",
    "OrganizationWebhookEndpoint",
    "OrganizationWebhookEndpointEnabledEvents",
    "OrganizationWebhookEndpointPage",
    "OrganizationWebhookEndpointSigningSecret",
    "OrganizationWebhookEndpointState",
    "OrgAPIKeyLimitExceededErrorDetails",
    "OrgMemberLimitExceededError",
    "OrgMemberLimitExceededErrorDetails",
    "OutputBehavior",
    "OutputBehaviorCreateNew",
    "OutputBehaviorCreateNewParam",
    "OutputBehaviorParam",
    "OutputBehaviorUpdateExisting",
    "OutputBehaviorUpdateExistingParam",
    "OutputConfigParam",
    "OutputTokensDetails",
    "OverloadedError",
    "OverloadedErrorObject",
    "Packages",
    "PackagesParams",
    "ParentOrganizationRequiredError",
    "ParentOrganizationRequiredErrorDetails",
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedTextBlock",
    "PendingConfigurationExternalStorageStatus",
    "PermissionError",
    "PermissionErrorObject",
    "PermissionListParams",
    "PingEvent",
    "PlainTextSource",
    "PlainTextSourceParam",
    "Plugin",
    "PluginActor",
    "PluginAPIActor",
    "PluginComponent",
    "PluginComponentType",
    "PluginContentScan",
    "PluginContentScanAssessment",
    "PluginContentScanStatus",
    "PluginCreateParams",
    "PluginInstallationSetting",
    "PluginInstallationSettingInstallationPreference",
    "PluginInstallationSettingPage",
    "PluginInstallationSettingSetParams",
    "PluginListParams",
    "PluginMarketplace",
    "PluginMarketplaceDefaultInstallationPreference",
    "PluginMarketplaceListParams",
    "PluginMarketplacePage",
    "PluginMarketplaceRetrieveParams",
    "PluginMarketplaceSource",
    "PluginMarketplaceSyncStatus",
    "PluginMarketplaceUpdateParams",
    "PluginMarketplaceValidateArchiveParams",
    "PluginMarketplaceValidateRepositoryParams",
    "PluginMarketplaceValidationPluginErrorObject",
    "PluginMarketplaceValidationPluginWarning",
    "PluginMarketplaceValidationPluginWarnings",
    "PluginMarketplaceValidationReport",
    "PluginNameTakenErrorDetails",
    "PluginOrganizationInstallationPreference",
    "PluginOwner",
    "PluginOwnerOrganization",
    "PluginOwnerUser",
    "PluginPage",
    "PluginReach",
    "PluginRetrieveParams",
    "PluginShare",
    "PluginSharePage",
    "PluginTarget",
    "PluginTargetOrganization",
    "PluginTargetOrganizationMember",
    "PluginTargetRBACGroup",
    "PluginUpdateParams",
    "PluginUserActor",
    "PluginVersion",
    "PluginVersionCreateParams",
    "PluginVersionPage",
    "PluginVersionReach",
    "PredefinedAgents",
    "ProjectListParams",
    "ProviderNotAllowedErrorDetails",
    "PublicEnvironmentCreateRequest",
    "PublicEnvironmentCreateRequestParam",
    "PublicEnvironmentUpdateRequest",
    "PublicEnvironmentUpdateRequestParam",
    "RampLimitExceededError",
    "RampLimitExceededErrorDetails",
    "RateLimitError",
    "RateLimitErrorObject",
    "RateLimitGroup",
    "RateLimitListParams",
    "RawContentBlockDelta",
    "RawContentBlockDeltaEvent",
    "RawContentBlockStartEvent",
    "RawContentBlockStopEvent",
    "RawMessageDeltaEvent",
    "RawMessageStartEvent",
    "RawMessageStopEvent",
    "RawMessageStreamEvent",
    "RBACAllConnectorsPermissionResource",
    "RBACConnectorPermissionResource",
    "RBACConnectorScopePermissionResource",
    "RBACConnectorToolPermissionResource",
    "RBACGroup",
    "RBACGroupCreateParams",
    "RBACGroupGrantsOwnerAccessErrorDetails",
    "RbacGroupListParams",
    "RBACGroupManagedSettingsNotFoundErrorDetails",
    "RBACGroupMember",
    "RBACGroupMemberAddParams",
    "RBACGroupMemberPage",
    "RBACGroupNotFoundErrorDetails",
    "RBACGroupOrderLimitExceededErrorDetails",
    "RBACGroupOwnerAccessUnconfirmedErrorDetails",
    "RBACGroupPage",
    "RBACGroupSourceType",
    "RBACGroupUpdateParams",
    "RBACOrganizationPermissionResource",
    "RBACPermissionResource",
    "RBACRole",
    "RbacRoleListParams",
    "RBACRoleNotFoundError",
    "RBACRoleNotFoundErrorDetails",
    "RBACRolePage",
    "RBACRolePermission",
    "RBACRolePermissionPage",
    "RBACRoleSource",
    "RBACRoleSourceBuiltIn",
    "RBACRoleSourceCustom",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "RefusalCategory",
    "RefusalStopDetails",
    "RegionNotSupportedErrorDetails",
    "RegistrationPendingErrorDetails",
    "ReportPageTooLargeErrorDetails",
    "RequestBodyEncodingInvalidError",
    "RequestBodyEncodingInvalidErrorDetails",
    "RequestBodyEncodingUnsupportedError",
    "RequestBodyEncodingUnsupportedErrorDetails",
    "RequestBodyTimeoutErrorDetails",
    "RequestBodyTooLargeAfterDecodingError",
    "RequestBodyTooLargeAfterDecodingErrorDetails",
    "RequestDocumentBlockParam",
    "RequestMCPServerToolConfigurationParam",
    "RequestMCPServerURLDefinitionParam",
    "RequestMCPToolResultBlockParam",
    "RequestToolAdditionBlockParam",
    "RequestTooLargeError",
    "RequestToolRemovalBlockParam",
    "ResourceAddParams",
    "ResourceListParams",
    "ResponseBrowserCloseTabToolUseBlock",
    "ResponseBrowserDoubleClickToolUseBlock",
    "ResponseBrowserFileUploadToolUseBlock",
    "ResponseBrowserFindToolUseBlock",
    "ResponseBrowserFormInputToolUseBlock",
    "ResponseBrowserGetPageTextToolUseBlock",
    "ResponseBrowserHoldKeyToolUseBlock",
    "ResponseBrowserHoverToolUseBlock",
    "ResponseBrowserJavascriptExecToolUseBlock",
    "ResponseBrowserKeyToolUseBlock",
    "ResponseBrowserLeftClickDragToolUseBlock",
    "ResponseBrowserLeftClickToolUseBlock",
    "ResponseBrowserLeftMouseDownToolUseBlock",
    "ResponseBrowserLeftMouseUpToolUseBlock",
    "ResponseBrowserListTabsToolUseBlock",
    "ResponseBrowserMiddleClickToolUseBlock",
    "ResponseBrowserMouseMoveToolUseBlock",
    "ResponseBrowserNavigateToolUseBlock",
    "ResponseBrowserNewTabToolUseBlock",
    "ResponseBrowserReadConsoleToolUseBlock",
    "ResponseBrowserReadNetworkToolUseBlock",
    "ResponseBrowserReadPageToolUseBlock",
    "ResponseBrowserRightClickToolUseBlock",
    "ResponseBrowserScreenshotToolUseBlock",
    "ResponseBrowserScrollToolUseBlock",
    "ResponseBrowserScrollToToolUseBlock",
    "ResponseBrowserSwitchTabToolUseBlock",
    "ResponseBrowserToolUseBlock",
    "ResponseBrowserTripleClickToolUseBlock",
    "ResponseBrowserTypeToolUseBlock",
    "ResponseBrowserWaitToolUseBlock",
    "ResponseBrowserZoomToolUseBlock",
    "ResponseComputerCursorPositionToolUseBlock",
    "ResponseComputerDoubleClickToolUseBlock",
    "ResponseComputerHoldKeyToolUseBlock",
    "ResponseComputerKeyToolUseBlock",
    "ResponseComputerLeftClickDragToolUseBlock",
    "ResponseComputerLeftClickToolUseBlock",
    "ResponseComputerLeftMouseDownToolUseBlock",
    "ResponseComputerLeftMouseUpToolUseBlock",
    "ResponseComputerMiddleClickToolUseBlock",
    "ResponseComputerMouseMoveToolUseBlock",
    "ResponseComputerRightClickToolUseBlock",
    "ResponseComputerScreenshotToolUseBlock",
    "ResponseComputerScrollToolUseBlock",
    "ResponseComputerToolUseBlock",
    "ResponseComputerTripleClickToolUseBlock",
    "ResponseComputerTypeToolUseBlock",
    "ResponseComputerWaitToolUseBlock",
    "ResponseComputerZoomToolUseBlock",
    "ResponseToolChangeMCPToolReference",
    "ResponseToolChangeMCPToolsetReference",
    "ResponseToolChangeToolReference",
    "ResponseToolUnion",
    "ResponseToolUseBlockUnion",
    "RuleCreateParams",
    "RuleListParams",
    "RuleUpdateParams",
    "SandboxEgressRestrictedError",
    "SandboxEgressRestrictedErrorDetails",
    "ScanFailedErrorDetails",
    "ScanPendingErrorDetails",
    "SearchResultBlockParam",
    "SelfHostedConfig",
    "SelfHostedConfigParams",
    "SelfHostedWork",
    "SelfHostedWorkHeartbeatResponse",
    "SelfHostedWorkHeartbeatResponseState",
    "SelfHostedWorkListResponse",
    "SelfHostedWorkQueueStats",
    "SelfHostedWorkState",
    "SelfHostedWorkStopRequest",
    "SelfHostedWorkStopRequestParam",
    "SelfHostedWorkUpdateRequest",
    "SelfHostedWorkUpdateRequestParam",
    "ServerToolCaller",
    "ServerToolCaller20260120",
    "ServerToolCaller20260120Param",
    "ServerToolCallerParam",
    "ServerToolsCapability",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockName",
    "ServerToolUseBlockParam",
    "ServiceAccount",
    "ServiceAccountCreateParams",
    "ServiceAccountListParams",
    "ServiceAccountOrganizationRole",
    "ServiceAccountPage",
    "ServiceAccountTarget",
    "ServiceAccountTargetParam",
    "ServiceAccountUpdateParams",
    "ServiceAccountWorkspaceAddParams",
    "ServiceAccountWorkspaceMember",
    "ServiceAccountWorkspaceMemberPage",
    "ServiceAccountWorkspaceRemoveResponse",
    "SessionListParams",
    "SessionsEventListParams",
    "SessionsEventStreamParams",
    "SessionWorkData",
    "SettingsDocumentLimitExceededErrorDetails",
    "SettingsHistoryLimitExceededErrorDetails",
    "ShareListParams",
    "SignatureDelta",
    "Skill",
    "SkillCreateParams",
    "SkillListParams",
    "SkillNameTakenErrorDetails",
    "SkillPage",
    "SkillParams",
    "SkillReadBlockedUndecryptableError",
    "SkillReadBlockedUndecryptableErrorDetails",
    "Skills",
    "SkillSource",
    "SkillSourceType",
    "SkillVersion",
    "SkillVersionCreateParams",
    "SkillVersionPage",
    "SlackChannelListParams",
    "SlackChannelRetrieveParams",
    "SlackChannelSetUpEnvironmentNotFoundErrorDetails",
    "SlackChannelSetUpSettingsConflictErrorDetails",
    "SlackChannelSetUpSettingsRefusedErrorDetails",
    "SlackWorkspaceListParams",
    "SlackWorkspaceRetrieveParams",
    "Speed",
    "SpeedParam",
    "SpendLimit",
    "SpendLimitActor",
    "SpendLimitDeleteResponse",
    "SpendLimitIncreaseRequest",
    "SpendLimitIncreaseRequestPage",
    "SpendLimitIncreaseRequestStatus",
    "SpendLimitIncreaseRequestStatusParam",
    "SpendLimitListParams",
    "SpendLimitOrganizationScope",
    "SpendLimitOrganizationScopeParam",
    "SpendLimitOrganizationServiceScope",
    "SpendLimitPage",
    "SpendLimitPeriod",
    "SpendLimitPeriodParam",
    "SpendLimitRBACGroupScope",
    "SpendLimitsAdminAPIWritesNotEnabledErrorDetails",
    "SpendLimitScope",
    "SpendLimitScopedAPIKeyActor",
    "SpendLimitSeatTierScope",
    "SpendLimitSetParams",
    "SpendLimitSetScopeParam",
    "SpendLimitUsageTierScope",
    "SpendLimitUserActor",
    "SpendLimitUserScope",
    "SpendLimitUserScopeParam",
    "SpendLimitWorkspaceScope",
    "SpendLimitWorkspaceScopeParam",
    "SpendSummary",
    "SpendSummaryPage",
    "StateChanges",
    "StopReason",
    "StorageAlreadyRegisteredErrorDetails",
    "StorageAttachedDuringArchiveErrorDetails",
    "StorageAttachLimitReachedErrorDetails",
    "StorageChangedConcurrentlyErrorDetails",
    "StorageInUseErrorDetails",
    "StorageMember",
    "StorageMemberParam",
    "StorageNotApprovedErrorDetails",
    "StorageNotAttachableErrorDetails",
    "StorageNotReadyError",
    "StorageNotReadyErrorDetails",
    "StorageProfileMismatchErrorDetails",
    "StorageProfileStillRequiredErrorDetails",
    "StorageQuotaExceededError",
    "StorageQuotaExceededErrorDetails",
    "StorageVerificationFailedErrorDetails",
    "SummaryListParams",
    "SystemMessageClearAt",
    "SystemMessageClearAtParam",
    "SystemMessageOutputConfigParam",
    "SystemMessageParam",
    "TargetCreateParams",
    "TargetListParams",
    "TelemetryDestination",
    "TelemetryDestinationContentMode",
    "TelemetryDestinationContentModeParam",
    "TelemetryDestinationCreateParams",
    "TelemetryDestinationDeliveryHealth",
    "TelemetryDestinationDisabledReason",
    "TelemetryDestinationDisabledReasonCaller",
    "TelemetryDestinationDisabledReasonInvalidAddress",
    "TelemetryDestinationDisabledReasonRedirect",
    "TelemetryDestinationDisabledReasonSustainedFailure",
    "TelemetryDestinationListParams",
    "TelemetryDestinationPage",
    "TelemetryDestinationState",
    "TelemetryDestinationStateDisabled",
    "TelemetryDestinationStateDisabledParam",
    "TelemetryDestinationStateEnabled",
    "TelemetryDestinationStateEnabledParam",
    "TelemetryDestinationStateParam",
    "TelemetryDestinationTestFailure",
    "TelemetryDestinationTestResponse",
    "TelemetryDestinationTestResult",
    "TelemetryDestinationTestSuccess",
    "TelemetryDestinationTraces",
    "TelemetryDestinationTracesParam",
    "TelemetryDestinationUpdateParams",
    "TelemetryDestinationWorkspace",
    "TelemetryDestinationWorkspacePage",
    "TelemetryDestinationWorkspaces",
    "TelemetryDestinationWorkspacesAll",
    "TelemetryDestinationWorkspacesAllParam",
    "TelemetryDestinationWorkspacesExclude",
    "TelemetryDestinationWorkspacesExcludeParam",
    "TelemetryDestinationWorkspacesInclude",
    "TelemetryDestinationWorkspacesIncludeParam",
    "TelemetryDestinationWorkspacesParam",
    "TextBlock",
    "TextBlockParam",
    "TextCitation",
    "TextCitationParam",
    "TextDelta",
    "TextEditorCodeExecutionCreateResultBlock",
    "TextEditorCodeExecutionCreateResultBlockParam",
    "TextEditorCodeExecutionStrReplaceResultBlock",
    "TextEditorCodeExecutionStrReplaceResultBlockParam",
    "TextEditorCodeExecutionToolResultBlock",
    "TextEditorCodeExecutionToolResultBlockParam",
    "TextEditorCodeExecutionToolResultContent",
    "TextEditorCodeExecutionToolResultContentParam",
    "TextEditorCodeExecutionToolResultError",
    "TextEditorCodeExecutionToolResultErrorCode",
    "TextEditorCodeExecutionToolResultErrorCodeParam",
    "TextEditorCodeExecutionToolResultErrorObject",
    "TextEditorCodeExecutionToolResultErrorParam",
    "TextEditorCodeExecutionViewResultBlock",
    "TextEditorCodeExecutionViewResultBlockFileType",
    "TextEditorCodeExecutionViewResultBlockParam",
    "ThinkingBlock",
    "ThinkingBlockBindingParam",
    "ThinkingBlockParam",
    "ThinkingCapability",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigBetweenToolsParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ThinkingDisplayMode",
    "ThinkingDisplayModeParam",
    "ThinkingDroppedInputTransformation",
    "ThinkingMismatchAllowedInputTransformation",
    "ThinkingPrefixMismatchBehavior",
    "ThinkingPrefixMismatchBehaviorParam",
    "ThinkingTurnsParam",
    "ThinkingTypes",
    "ThreadAlreadyContinuedError",
    "ThreadAlreadyContinuedErrorDetails",
    "ThreadContinueInFlightError",
    "ThreadContinueInFlightErrorDetails",
    "ThreadContinueParams",
    "ThreadCreateFields",
    "ThreadCreateParams",
    "ThreadFingerprintMismatchError",
    "ThreadFingerprintMismatchErrorDetails",
    "ThreadListParams",
    "ThreadNotFoundError",
    "ThreadNotFoundErrorDetails",
    "ThreadSendFields",
    "ThreadUnsupportedFeatureName",
    "ThreadUnsupportedRequestError",
    "ThreadUnsupportedRequestErrorDetails",
    "ThreadUnsupportedRequestErrorDetailsUnsupported",
    "Timestamp",
    "TokenTaskBudgetParam",
    "Tool",
    "ToolAdditionBlock",
    "ToolAdditionBlockParam",
    "ToolAdditionTool",
    "ToolAdditionToolParam",
    "ToolBash20241022",
    "ToolBash20241022Param",
    "ToolBash20250124",
    "ToolBash20250124Param",
    "ToolCaller",
    "ToolCallerParam",
    "ToolChangeMCPToolReference",
    "ToolChangeMCPToolReferenceParam",
    "ToolChangeMCPToolsetReference",
    "ToolChangeMCPToolsetReferenceParam",
    "ToolChangeReference",
    "ToolChangeReferenceParam",
    "ToolChangeToolDefinition",
    "ToolChangeToolDefinitionParam",
    "ToolChangeToolReference",
    "ToolChangeToolReferenceParam",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceParam",
    "ToolChoiceToolParam",
    "ToolComputerUse20241022",
    "ToolComputerUse20241022Param",
    "ToolComputerUse20250124",
    "ToolComputerUse20250124Param",
    "ToolComputerUse20251124",
    "ToolComputerUse20251124Param",
    "ToolInputSchema",
    "ToolInputSchemaParam",
    "ToolNameConflictError",
    "ToolNameConflictErrorDetails",
    "ToolParam",
    "ToolReferenceBlock",
    "ToolReferenceBlockParam",
    "ToolReferenceUnresolvedError",
    "ToolReferenceUnresolvedErrorDetails",
    "ToolRemovalBlock",
    "ToolRemovalBlockParam",
    "ToolResultBlockParam",
    "ToolResultContentBlockParam",
    "ToolSearchToolBm2520251119",
    "ToolSearchToolBm2520251119Param",
    "ToolSearchToolBm2520251119Type",
    "ToolSearchToolBm25_20251119Param",
    "ToolSearchToolRegex20251119",
    "ToolSearchToolRegex20251119Param",
    "ToolSearchToolRegex20251119Type",
    "ToolSearchToolResultBlock",
    "ToolSearchToolResultBlockParam",
    "ToolSearchToolResultContent",
    "ToolSearchToolResultContentParam",
    "ToolSearchToolResultError",
    "ToolSearchToolResultErrorCode",
    "ToolSearchToolResultErrorCodeParam",
    "ToolSearchToolResultErrorObject",
    "ToolSearchToolResultErrorParam",
    "ToolSearchToolSearchResultBlock",
    "ToolSearchToolSearchResultBlockParam",
    "ToolsetToolUseBlock",
    "ToolTextEditor20241022",
    "ToolTextEditor20241022Param",
    "ToolTextEditor20250124",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250429",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250728",
    "ToolTextEditor20250728Param",
    "ToolUnionParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "ToolUseCaller",
    "ToolUsesKeepParam",
    "ToolUsesTriggerParam",
    "TooManyReportGroupsErrorDetails",
    "TranscriptsStorageRequiredErrorDetails",
    "Tunnel",
    "TunnelCertificate",
    "TunnelCertificatePage",
    "TunnelCreateParams",
    "TunnelListParams",
    "TunnelPage",
    "TunnelRotateTokenParams",
    "TunnelToken",
    "UnknownAdvisorToolResultContent",
    "UnknownAnalyticsActor",
    "UnknownAnalyticsFederatedActorProvider",
    "UnknownAPIKeyPrincipal",
    "UnknownAPIKeyScope",
    "UnknownAppliedContextManagementEdit",
    "UnknownBashCodeExecutionToolResultContent",
    "UnknownBrowserClickTarget",
    "UnknownCacheMissReason",
    "UnknownClaudeCodeManagedSettingsMode",
    "UnknownClaudeCodeRBACGroupStatus",
    "UnknownClaudeTagBundleTarget",
    "UnknownClaudeTagGuestPolicy",
    "UnknownClaudeTagReplyMode",
    "UnknownClaudeTagSettingSource",
    "UnknownCloudNetworking",
    "UnknownCodeExecutionToolResultContent",
    "UnknownCompactionToolChange",
    "UnknownCompletionStreamEvent",
    "UnknownComplianceReviewActor",
    "UnknownComplianceReviewCaseStatus",
    "UnknownComplianceReviewContentUnavailableReason",
    "UnknownComplianceSettingsState",
    "UnknownContentBlock",
    "UnknownDocumentSource",
    "UnknownDreamInput",
    "UnknownEnvironmentConfig",
    "UnknownErrorDetails",
    "UnknownErrorObject",
    "UnknownExternalKeyAttachment",
    "UnknownExternalKeyProviderConfig",
    "UnknownExternalStorageProviderConfig",
    "UnknownExternalStorageStatus",
    "UnknownFallbackCreditStatus",
    "UnknownFederationJWKS",
    "UnknownGoogleManagedCMEKControl",
    "UnknownGoogleManagedCMEKRegionStatus",
    "UnknownGoogleManagedProjectCMEKControl",
    "UnknownGoogleManagedProjectCMEKRegionStatus",
    "UnknownGoogleManagedProjectStorageControl",
    "UnknownGoogleManagedProjectStorageRegionStatus",
    "UnknownGoogleManagedStorageControl",
    "UnknownGoogleManagedStorageRegionStatus",
    "UnknownInputTransformation",
    "UnknownManagedAgentsActor",
    "UnknownManagedAgentsAddSessionResource",
    "UnknownManagedAgentsAgentAutoEvaluatedPermission",
    "UnknownManagedAgentsAgentMessageContentBlock",
    "UnknownManagedAgentsAgentTool",
    "UnknownManagedAgentsAgentToolConfigUnion",
    "UnknownManagedAgentsAgentToolEvaluation",
    "UnknownManagedAgentsBedrockAgentTool",
    "UnknownManagedAgentsBedrockInputEvent",
    "UnknownManagedAgentsBedrockMCPElicitationResponse",
    "UnknownManagedAgentsBedrockMemoryActor",
    "UnknownManagedAgentsBedrockSessionErrorEventError",
    "UnknownManagedAgentsBedrockSessionEvent",
    "UnknownManagedAgentsBedrockSessionResource",
    "UnknownManagedAgentsBudget",
    "UnknownManagedAgentsCallerIdentity",
    "UnknownManagedAgentsCredentialAuth",
    "UnknownManagedAgentsCredentialNetworkingResponse",
    "UnknownManagedAgentsDeploymentInitialEvent",
    "UnknownManagedAgentsDeploymentPausedReason",
    "UnknownManagedAgentsDeploymentPausedReasonError",
    "UnknownManagedAgentsDocumentSource",
    "UnknownManagedAgentsEffort",
    "UnknownManagedAgentsEventDeltaEventDelta",
    "UnknownManagedAgentsEventStartEventEvent",
    "UnknownManagedAgentsExecutionIdentity",
    "UnknownManagedAgentsGetSessionResource",
    "UnknownManagedAgentsImageSource",
    "UnknownManagedAgentsInputEvent",
    "UnknownManagedAgentsMCPServer",
    "UnknownManagedAgentsMemoryListItem",
    "UnknownManagedAgentsMemoryToolConfigPermissionPolicy",
    "UnknownManagedAgentsMultiagent",
    "UnknownManagedAgentsMultiagentAdvisor",
    "UnknownManagedAgentsMultiagentInlineAgents",
    "UnknownManagedAgentsMultiagentRosterEntry",
    "UnknownManagedAgentsMultiagentSubagents",
    "UnknownManagedAgentsMultiagentWorkflows",
    "UnknownManagedAgentsPermissionPolicy",
    "UnknownManagedAgentsRepositoryCheckout",
    "UnknownManagedAgentsRetryStatus",
    "UnknownManagedAgentsRubric",
    "UnknownManagedAgentsRunError",
    "UnknownManagedAgentsSandboxSkill",
    "UnknownManagedAgentsSchedule",
    "UnknownManagedAgentsSessionErrorEventError",
    "UnknownManagedAgentsSessionEvent",
    "UnknownManagedAgentsSessionMultiagent",
    "UnknownManagedAgentsSessionMultiagentSubagents",
    "UnknownManagedAgentsSessionMultiagentWorkflows",
    "UnknownManagedAgentsSessionResource",
    "UnknownManagedAgentsSessionResourceConfig",
    "UnknownManagedAgentsSessionRosterEntry",
    "UnknownManagedAgentsSessionStopReason",
    "UnknownManagedAgentsSessionThreadResolvedAgent",
    "UnknownManagedAgentsSkill",
    "UnknownManagedAgentsStreamBedrockSessionEvents",
    "UnknownManagedAgentsStreamBedrockSessionThreadEvents",
    "UnknownManagedAgentsStreamSessionEvents",
    "UnknownManagedAgentsStreamSessionThreadEvents",
    "UnknownManagedAgentsSystemContentBlock",
    "UnknownManagedAgentsTokenEndpointAuthResponse",
    "UnknownManagedAgentsToolResultContentBlock",
    "UnknownManagedAgentsTriggerContext",
    "UnknownManagedAgentsUpdateSessionResource",
    "UnknownManagedAgentsUserContentBlock",
    "UnknownManagedAgentsWorkflowRunError",
    "UnknownManagedAgentsWorkflowRunResult",
    "UnknownMemoryTool20250818Command",
    "UnknownMessageBatchResult",
    "UnknownOutputBehavior",
    "UnknownPluginActor",
    "UnknownPluginOwner",
    "UnknownPluginTarget",
    "UnknownRateLimitGroup",
    "UnknownRawContentBlockDelta",
    "UnknownRawMessageStreamEvent",
    "UnknownRBACPermissionResource",
    "UnknownRBACRoleSource",
    "UnknownSpendLimitActor",
    "UnknownSpendLimitScope",
    "UnknownStorageMember",
    "UnknownTelemetryDestinationDisabledReason",
    "UnknownTelemetryDestinationState",
    "UnknownTelemetryDestinationTestResult",
    "UnknownTelemetryDestinationWorkspaces",
    "UnknownTextCitation",
    "UnknownTextEditorCodeExecutionToolResultContent",
    "UnknownToolAdditionTool",
    "UnknownToolCaller",
    "UnknownToolChangeReference",
    "UnknownToolSearchToolResultContent",
    "UnknownUsageIteration",
    "UnknownUserProfileEnforcementAction",
    "UnknownVersionedToolUnion",
    "UnknownWebFetchToolResultContent",
    "UnknownWebFetchURLSourceToolFilter",
    "UnknownWebFetchURLSourceUserInput",
    "UnknownWebhookEventData",
    "UnknownWorkspaceRateLimitSource",
    "UnrestrictedNetwork",
    "UnrestrictedNetworkParam",
    "UnsupportedCharsetErrorDetails",
    "UnsupportedRegionErrorDetails",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "Usage",
    "UsageIteration",
    "UsageListParams",
    "UsageReportListParams",
    "UsageServiceTier",
    "UserCostReportListParams",
    "UserListParams",
    "UserLocation",
    "UserLocationParam",
    "UserMessageParam",
    "UserProfile",
    "UserProfileAccessType",
    "UserProfileAccessTypeParam",
    "UserProfileAccountStatus",
    "UserProfileAccountStatusParam",
    "UserProfileActionURL",
    "UserProfileBillingNotAuthorizedError",
    "UserProfileBillingNotAuthorizedErrorDetails",
    "UserProfileClearedErrorDetails",
    "UserProfileCreateParams",
    "UserProfileCyberProgram",
    "UserProfileCyberRequirements",
    "UserProfileCyberTier",
    "UserProfileCyberTierStatus",
    "UserProfileEfsFeature",
    "UserProfileEfsFeatureStatus",
    "UserProfileEfsProgram",
    "UserProfileEnforcementAction",
    "UserProfileEnforcementActionBan",
    "UserProfileEnforcementActionNextStep",
    "UserProfileEnforcementActionReason",
    "UserProfileEnforcementActionRestriction",
    "UserProfileEnforcementStatus",
    "UserProfileEnforcementStatusParam",
    "UserProfileEnrollEndUserActionParam",
    "UserProfileEnrollmentURL",
    "UserProfileEntityType",
    "UserProfileEntityTypeParam",
    "UserProfileExternalUserAccountStatus",
    "UserProfileExternalUserDetails",
    "UserProfileExternalUserDetailsParams",
    "UserProfileExternalUserEntityType",
    "UserProfileListOrder",
    "UserProfileListOrderBy",
    "UserProfileListOrderByParam",
    "UserProfileListOrderParam",
    "UserProfileListParams",
    "UserProfileNotBillableError",
    "UserProfileNotBillableErrorDetails",
    "UserProfileNotFoundError",
    "UserProfileNotFoundErrorDetails",
    "UserProfilePage",
    "UserProfilePrograms",
    "UserProfileProgramStatus",
    "UserProfileRelationship",
    "UserProfileRelationshipParam",
    "UserProfileRequiredError",
    "UserProfileRequiredErrorDetails",
    "UserProfileTrustGrant",
    "UserProfileTrustGrantStatus",
    "UserProfileUpdateParams",
    "UserRemoveResponse",
    "UserUpdateParams",
    "UserUsageReportListParams",
    "VaultCreateParams",
    "VaultListParams",
    "VaultPage",
    "VaultUpdateParams",
    "VersionCreateParams",
    "VersionDownloadParams",
    "VersionedToolUnion",
    "VersionListParams",
    "VersionRetrieveParams",
    "WebFetchBlock",
    "WebFetchBlockParam",
    "WebFetchTool20250910",
    "WebFetchTool20250910Param",
    "WebFetchTool20260209",
    "WebFetchTool20260209Param",
    "WebFetchTool20260309",
    "WebFetchTool20260309Param",
    "WebFetchTool20260318",
    "WebFetchTool20260318Param",
    "WebFetchTool20260318ResponseInclusion",
    "WebFetchToolResultBlock",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultContent",
    "WebFetchToolResultContentParam",
    "WebFetchToolResultErrorBlock",
    "WebFetchToolResultErrorBlockParam",
    "WebFetchToolResultErrorCode",
    "WebFetchToolResultErrorCodeParam",
    "WebFetchURLSourceAll",
    "WebFetchURLSourceAllParam",
    "WebFetchURLSourceExcept",
    "WebFetchURLSourceExceptParam",
    "WebFetchURLSourceNone",
    "WebFetchURLSourceNoneParam",
    "WebFetchURLSourceOnly",
    "WebFetchURLSourceOnlyParam",
    "WebFetchURLSources",
    "WebFetchURLSourcesParam",
    "WebFetchURLSourceToolFilter",
    "WebFetchURLSourceToolFilterParam",
    "WebFetchURLSourceToolReference",
    "WebFetchURLSourceToolReferenceParam",
    "WebFetchURLSourceUserInput",
    "WebFetchURLSourceUserInputParam",
    "WebhookAgentArchivedEventData",
    "WebhookAgentCreatedEventData",
    "WebhookAgentDeletedEventData",
    "WebhookAgentUpdatedEventData",
    "WebhookCreateParams",
    "WebhookDeploymentArchivedEventData",
    "WebhookDeploymentCreatedEventData",
    "WebhookDeploymentDeletedEventData",
    "WebhookDeploymentPausedEventData",
    "WebhookDeploymentRunFailedEventData",
    "WebhookDeploymentRunStartedEventData",
    "WebhookDeploymentRunSucceededEventData",
    "WebhookDeploymentUnpausedEventData",
    "WebhookDeploymentUpdatedEventData",
    "WebhookEnvironmentArchivedEventData",
    "WebhookEnvironmentCreatedEventData",
    "WebhookEnvironmentDeletedEventData",
    "WebhookEnvironmentUpdatedEventData",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookExternalKeyFailedEventData",
    "WebhookExternalKeyRecoveredEventData",
    "WebhookExternalStorageFailedEventData",
    "WebhookExternalStorageRecoveredEventData",
    "WebhookListParams",
    "WebhookMemoryStoreArchivedEventData",
    "WebhookMemoryStoreCreatedEventData",
    "WebhookMemoryStoreDeletedEventData",
    "WebhookSessionArchivedEventData",
    "WebhookSessionBudgetReachedEventData",
    "WebhookSessionCreatedEventData",
    "WebhookSessionDeletedEventData",
    "WebhookSessionIdledEventData",
    "WebhookSessionOutcomeEvaluationEndedEventData",
    "WebhookSessionPendingEventData",
    "WebhookSessionRequiresActionEventData",
    "WebhookSessionRunningEventData",
    "WebhookSessionStatusIdledEventData",
    "WebhookSessionStatusRescheduledEventData",
    "WebhookSessionStatusRunStartedEventData",
    "WebhookSessionStatusTerminatedEventData",
    "WebhookSessionThreadCreatedEventData",
    "WebhookSessionThreadIdledEventData",
    "WebhookSessionThreadTerminatedEventData",
    "WebhookSessionUpdatedEventData",
    "WebhookUpdateParams",
    "WebhookUserProfileEnforcementActionOpenedEventData",
    "WebhookUserProfileEnforcementActionResolvedEventData",
    "WebhookUserProfileProgramStatusUpdatedEventData",
    "WebhookVaultArchivedEventData",
    "WebhookVaultCreatedEventData",
    "WebhookVaultCredentialArchivedEventData",
    "WebhookVaultCredentialCreatedEventData",
    "WebhookVaultCredentialDeletedEventData",
    "WebhookVaultCredentialRefreshFailedEventData",
    "WebhookVaultDeletedEventData",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305",
    "WebSearchTool20250305Param",
    "WebSearchTool20260209",
    "WebSearchTool20260209Param",
    "WebSearchTool20260318",
    "WebSearchTool20260318Param",
    "WebSearchTool20260318ResponseInclusion",
    "WebSearchToolRequestErrorObjectParam",
    "WebSearchToolRequestErrorParam",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockContent",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultBlockParamContentParam",
    "WebSearchToolResultContent",
    "WebSearchToolResultContentParam",
    "WebSearchToolResultError",
    "WebSearchToolResultErrorCode",
    "WebSearchToolResultErrorCodeParam",
    "WebSearchToolResultErrorObject",
    "WebSearchToolResultErrorParam",
    "WorkHeartbeatParams",
    "WorkLeaseState",
    "WorkLeaseStateState",
    "WorkListParams",
    "WorkPollParams",
    "Workspace",
    "WorkspaceAPIKeyLimitExceededErrorDetails",
    "WorkspaceChangedConcurrentlyErrorDetails",
    "WorkspaceChangedConcurrentlyField",
    "WorkspaceCreatedIncompleteErrorDetails",
    "WorkspaceCreateParams",
    "WorkspaceHumanReviewDisabledError",
    "WorkspaceHumanReviewDisabledErrorDetails",
    "WorkspaceListParams",
    "WorkspaceMember",
    "WorkspaceMemberAddParams",
    "WorkspaceMemberLimitExceededErrorDetails",
    "WorkspaceMemberPage",
    "WorkspaceMemberUpdateParams",
    "WorkspacePage",
    "WorkspacePolicyField",
    "WorkspacePolicyViolationErrorDetails",
    "WorkspaceRateLimit",
    "WorkspaceRateLimitOrganizationSource",
    "WorkspaceRateLimitPage",
    "WorkspaceRateLimitSource",
    "WorkspaceRateLimitType",
    "WorkspaceRateLimitTypeParam",
    "WorkspaceRateLimitUpdateParams",
    "WorkspaceRateLimitUpdateValueParam",
    "WorkspaceRateLimitValue",
    "WorkspaceRateLimitWorkspaceSource",
    "WorkspaceRole",
    "WorkspaceRoleParam",
    "WorkspaceServiceAccountAddParams",
    "WorkspaceServiceAccountUpdateParams",
    "WorkspaceUpdateParams",
]


def __getattr__(name: str) -> Any:
    module, ours = _RENAMED.get(name) or (_MODULES.get(name), name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), ours)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
