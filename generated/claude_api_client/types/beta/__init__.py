# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta`: types loaded on first use.

The document describes each thing once, so a beta type is the same class as its GA one:
`BetaMessage is Message`. The whole-request TypedDicts are the exception: here each is
its beta form, holding the beta-only keys and `betas` (`MessageCreateParams`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._error_classes import BetaApprovalRequiredError as BetaApprovalRequiredError
    from ..._error_classes import (
        BetaAuthorizationCheckUnavailableError as BetaAuthorizationCheckUnavailableError,
    )
    from ..._error_classes import BetaEnvironmentArchivedError as BetaEnvironmentArchivedError
    from ..._error_classes import (
        BetaEnvironmentCreateDisabledError as BetaEnvironmentCreateDisabledError,
    )
    from ..._error_classes import BetaEnvironmentNotFoundError as BetaEnvironmentNotFoundError
    from ..._error_classes import (
        BetaEnvironmentUpdateDisabledError as BetaEnvironmentUpdateDisabledError,
    )
    from ..._error_classes import (
        BetaHumanReviewNotAvailableError as BetaHumanReviewNotAvailableError,
    )
    from ..._error_classes import (
        BetaInvalidConfigTypeChangeError as BetaInvalidConfigTypeChangeError,
    )
    from ..._error_classes import BetaInvalidMetadataError as BetaInvalidMetadataError
    from ..._error_classes import (
        BetaOrganizationNotEligibleError as BetaOrganizationNotEligibleError,
    )
    from ..._error_classes import BetaReportPageTooLargeError as BetaReportPageTooLargeError
    from ..._error_classes import BetaTooManyReportGroupsError as BetaTooManyReportGroupsError
    from .._models.access_transparency import AccessTransparency as BetaAccessTransparency
    from .._models.access_transparency_type import (
        AccessTransparencyType as BetaAccessTransparencyType,
    )
    from .._models.active_external_storage_status import (
        ActiveExternalStorageStatus as BetaActiveExternalStorageStatus,
    )
    from .._models.advisor_message_iteration_usage import (
        AdvisorMessageIterationUsage as BetaAdvisorMessageIterationUsage,
    )
    from .._models.advisor_redacted_result_block import (
        AdvisorRedactedResultBlock as BetaAdvisorRedactedResultBlock,
    )
    from .._models.advisor_result_block import AdvisorResultBlock as BetaAdvisorResultBlock
    from .._models.advisor_tool20260301 import AdvisorTool20260301 as BetaAdvisorTool20260301
    from .._models.advisor_tool_result_block import (
        AdvisorToolResultBlock as BetaAdvisorToolResultBlock,
    )
    from .._models.advisor_tool_result_content import (
        AdvisorToolResultContent as BetaAdvisorToolResultContent,
    )
    from .._models.advisor_tool_result_error import (
        AdvisorToolResultError as BetaAdvisorToolResultError,
    )
    from .._models.advisor_tool_result_error import (
        AdvisorToolResultError as BetaAdvisorToolResultErrorObject,
    )
    from .._models.advisor_tool_result_error_code import (
        AdvisorToolResultErrorCode as BetaAdvisorToolResultErrorCode,
    )
    from .._models.allowed_caller import AllowedCaller as BetaAllowedCaller
    from .._models.allowed_inference_geo import AllowedInferenceGeo as BetaAllowedInferenceGeo
    from .._models.already_member_error_details import (
        AlreadyMemberErrorDetails as BetaAlreadyMemberErrorDetails,
    )
    from .._models.analytics_actor import AnalyticsActor as BetaAnalyticsActor
    from .._models.analytics_actor_type import AnalyticsActorType as BetaAnalyticsActorType
    from .._models.analytics_api_actor import AnalyticsAPIActor as BetaAnalyticsAPIActor
    from .._models.analytics_artifact_activity import (
        AnalyticsArtifactActivity as BetaAnalyticsArtifactActivity,
    )
    from .._models.analytics_artifact_activity_page import (
        AnalyticsArtifactActivityPage as BetaAnalyticsArtifactActivityPage,
    )
    from .._models.analytics_chat_cowork_unified_chat_metrics import (
        AnalyticsChatCoworkUnifiedChatMetrics as BetaAnalyticsChatCoworkUnifiedChatMetrics,
    )
    from .._models.analytics_chat_cowork_unified_metrics import (
        AnalyticsChatCoworkUnifiedMetrics as BetaAnalyticsChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_chat_cowork_unified_sessions_metrics import (
        AnalyticsChatCoworkUnifiedSessionsMetrics as BetaAnalyticsChatCoworkUnifiedSessionsMetrics,
    )
    from .._models.analytics_chat_metrics import AnalyticsChatMetrics as BetaAnalyticsChatMetrics
    from .._models.analytics_claude_code_metrics import (
        AnalyticsClaudeCodeMetrics as BetaAnalyticsClaudeCodeMetrics,
    )
    from .._models.analytics_claude_tag_category import (
        AnalyticsClaudeTagCategory as BetaAnalyticsClaudeTagCategory,
    )
    from .._models.analytics_claude_tag_metrics import (
        AnalyticsClaudeTagMetrics as BetaAnalyticsClaudeTagMetrics,
    )
    from .._models.analytics_connector_activity import (
        AnalyticsConnectorActivity as BetaAnalyticsConnectorActivity,
    )
    from .._models.analytics_connector_activity_page import (
        AnalyticsConnectorActivityPage as BetaAnalyticsConnectorActivityPage,
    )
    from .._models.analytics_connector_chat_cowork_unified_chat_metrics import (
        AnalyticsConnectorChatCoworkUnifiedChatMetrics as BetaAnalyticsConnectorChatCoworkUnifiedChatMetrics,
    )
    from .._models.analytics_connector_chat_cowork_unified_metrics import (
        AnalyticsConnectorChatCoworkUnifiedMetrics as BetaAnalyticsConnectorChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_connector_chat_cowork_unified_sessions_metrics import (
        AnalyticsConnectorChatCoworkUnifiedSessionsMetrics as BetaAnalyticsConnectorChatCoworkUnifiedSessionsMetrics,
    )
    from .._models.analytics_connector_chat_metrics import (
        AnalyticsConnectorChatMetrics as BetaAnalyticsConnectorChatMetrics,
    )
    from .._models.analytics_connector_claude_code_metrics import (
        AnalyticsConnectorClaudeCodeMetrics as BetaAnalyticsConnectorClaudeCodeMetrics,
    )
    from .._models.analytics_connector_cowork_metrics import (
        AnalyticsConnectorCoworkMetrics as BetaAnalyticsConnectorCoworkMetrics,
    )
    from .._models.analytics_connector_office_metrics import (
        AnalyticsConnectorOfficeMetrics as BetaAnalyticsConnectorOfficeMetrics,
    )
    from .._models.analytics_connector_office_product_metrics import (
        AnalyticsConnectorOfficeProductMetrics as BetaAnalyticsConnectorOfficeProductMetrics,
    )
    from .._models.analytics_context_window import (
        AnalyticsContextWindow as BetaAnalyticsContextWindow,
    )
    from .._models.analytics_core_code_metrics import (
        AnalyticsCoreCodeMetrics as BetaAnalyticsCoreCodeMetrics,
    )
    from .._models.analytics_cost_bucketed_result import (
        AnalyticsCostBucketedResult as BetaAnalyticsCostBucketedResult,
    )
    from .._models.analytics_cost_bucketed_result_inference_geo import (
        AnalyticsCostBucketedResultInferenceGeo as BetaAnalyticsCostBucketedResultInferenceGeo,
    )
    from .._models.analytics_cost_bucketed_result_speed import (
        AnalyticsCostBucketedResultSpeed as BetaAnalyticsCostBucketedResultSpeed,
    )
    from .._models.analytics_cost_group import AnalyticsCostGroup as BetaAnalyticsCostGroup
    from .._models.analytics_cost_item import AnalyticsCostItem as BetaAnalyticsCostItem
    from .._models.analytics_cost_item_page import (
        AnalyticsCostItemPage as BetaAnalyticsCostItemPage,
    )
    from .._models.analytics_cost_metrics import AnalyticsCostMetrics as BetaAnalyticsCostMetrics
    from .._models.analytics_cost_report_time_bucket import (
        AnalyticsCostReportTimeBucket as BetaAnalyticsCostReportTimeBucket,
    )
    from .._models.analytics_cost_report_time_bucket_page import (
        AnalyticsCostReportTimeBucketPage as BetaAnalyticsCostReportTimeBucketPage,
    )
    from .._models.analytics_cost_type import AnalyticsCostType as BetaAnalyticsCostType
    from .._models.analytics_cost_users_item import (
        AnalyticsCostUsersItem as BetaAnalyticsCostUsersItem,
    )
    from .._models.analytics_cost_users_item_inference_geo import (
        AnalyticsCostUsersItemInferenceGeo as BetaAnalyticsCostUsersItemInferenceGeo,
    )
    from .._models.analytics_cost_users_item_page import (
        AnalyticsCostUsersItemPage as BetaAnalyticsCostUsersItemPage,
    )
    from .._models.analytics_cost_users_item_speed import (
        AnalyticsCostUsersItemSpeed as BetaAnalyticsCostUsersItemSpeed,
    )
    from .._models.analytics_cowork_metrics import (
        AnalyticsCoworkMetrics as BetaAnalyticsCoworkMetrics,
    )
    from .._models.analytics_design_metrics import (
        AnalyticsDesignMetrics as BetaAnalyticsDesignMetrics,
    )
    from .._models.analytics_federated_actor import (
        AnalyticsFederatedActor as BetaAnalyticsFederatedActor,
    )
    from .._models.analytics_federated_actor_aws_provider import (
        AnalyticsFederatedActorAWSProvider as BetaAnalyticsFederatedActorAWSProvider,
    )
    from .._models.analytics_federated_actor_azure_provider import (
        AnalyticsFederatedActorAzureProvider as BetaAnalyticsFederatedActorAzureProvider,
    )
    from .._models.analytics_federated_actor_gcp_provider import (
        AnalyticsFederatedActorGCPProvider as BetaAnalyticsFederatedActorGCPProvider,
    )
    from .._models.analytics_federated_actor_oidc_provider import (
        AnalyticsFederatedActorOIDCProvider as BetaAnalyticsFederatedActorOIDCProvider,
    )
    from .._models.analytics_federated_actor_provider import (
        AnalyticsFederatedActorProvider as BetaAnalyticsFederatedActorProvider,
    )
    from .._models.analytics_grouped_cost_type import (
        AnalyticsGroupedCostType as BetaAnalyticsGroupedCostType,
    )
    from .._models.analytics_lines_of_code import AnalyticsLinesOfCode as BetaAnalyticsLinesOfCode
    from .._models.analytics_office_metrics import (
        AnalyticsOfficeMetrics as BetaAnalyticsOfficeMetrics,
    )
    from .._models.analytics_office_product_metrics import (
        AnalyticsOfficeProductMetrics as BetaAnalyticsOfficeProductMetrics,
    )
    from .._models.analytics_plugin_activity import (
        AnalyticsPluginActivity as BetaAnalyticsPluginActivity,
    )
    from .._models.analytics_plugin_activity_page import (
        AnalyticsPluginActivityPage as BetaAnalyticsPluginActivityPage,
    )
    from .._models.analytics_plugin_chat_cowork_unified_metrics import (
        AnalyticsPluginChatCoworkUnifiedMetrics as BetaAnalyticsPluginChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_plugin_claude_code_metrics import (
        AnalyticsPluginClaudeCodeMetrics as BetaAnalyticsPluginClaudeCodeMetrics,
    )
    from .._models.analytics_plugin_cowork_metrics import (
        AnalyticsPluginCoworkMetrics as BetaAnalyticsPluginCoworkMetrics,
    )
    from .._models.analytics_project_activity import (
        AnalyticsProjectActivity as BetaAnalyticsProjectActivity,
    )
    from .._models.analytics_project_activity_page import (
        AnalyticsProjectActivityPage as BetaAnalyticsProjectActivityPage,
    )
    from .._models.analytics_report_user_actor import (
        AnalyticsReportUserActor as BetaAnalyticsReportUserActor,
    )
    from .._models.analytics_science_metrics import (
        AnalyticsScienceMetrics as BetaAnalyticsScienceMetrics,
    )
    from .._models.analytics_server_tool_use import (
        AnalyticsServerToolUse as BetaAnalyticsServerToolUse,
    )
    from .._models.analytics_service_account_actor import (
        AnalyticsServiceAccountActor as BetaAnalyticsServiceAccountActor,
    )
    from .._models.analytics_service_tier import AnalyticsServiceTier as BetaAnalyticsServiceTier
    from .._models.analytics_single_day_activity_summary import (
        AnalyticsSingleDayActivitySummary as BetaAnalyticsSingleDayActivitySummary,
    )
    from .._models.analytics_skill_activity import (
        AnalyticsSkillActivity as BetaAnalyticsSkillActivity,
    )
    from .._models.analytics_skill_activity_page import (
        AnalyticsSkillActivityPage as BetaAnalyticsSkillActivityPage,
    )
    from .._models.analytics_skill_activity_share_status import (
        AnalyticsSkillActivityShareStatus as BetaAnalyticsSkillActivityShareStatus,
    )
    from .._models.analytics_skill_chat_cowork_unified_chat_metrics import (
        AnalyticsSkillChatCoworkUnifiedChatMetrics as BetaAnalyticsSkillChatCoworkUnifiedChatMetrics,
    )
    from .._models.analytics_skill_chat_cowork_unified_metrics import (
        AnalyticsSkillChatCoworkUnifiedMetrics as BetaAnalyticsSkillChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_skill_chat_cowork_unified_sessions_metrics import (
        AnalyticsSkillChatCoworkUnifiedSessionsMetrics as BetaAnalyticsSkillChatCoworkUnifiedSessionsMetrics,
    )
    from .._models.analytics_skill_chat_metrics import (
        AnalyticsSkillChatMetrics as BetaAnalyticsSkillChatMetrics,
    )
    from .._models.analytics_skill_claude_code_metrics import (
        AnalyticsSkillClaudeCodeMetrics as BetaAnalyticsSkillClaudeCodeMetrics,
    )
    from .._models.analytics_skill_cowork_metrics import (
        AnalyticsSkillCoworkMetrics as BetaAnalyticsSkillCoworkMetrics,
    )
    from .._models.analytics_skill_office_metrics import (
        AnalyticsSkillOfficeMetrics as BetaAnalyticsSkillOfficeMetrics,
    )
    from .._models.analytics_skill_office_product_metrics import (
        AnalyticsSkillOfficeProductMetrics as BetaAnalyticsSkillOfficeProductMetrics,
    )
    from .._models.analytics_speed import AnalyticsSpeed as BetaAnalyticsSpeed
    from .._models.analytics_summary_page import AnalyticsSummaryPage as BetaAnalyticsSummaryPage
    from .._models.analytics_token_type import AnalyticsTokenType as BetaAnalyticsTokenType
    from .._models.analytics_tool_action_counts import (
        AnalyticsToolActionCounts as BetaAnalyticsToolActionCounts,
    )
    from .._models.analytics_tool_actions import AnalyticsToolActions as BetaAnalyticsToolActions
    from .._models.analytics_usage_bucketed_result import (
        AnalyticsUsageBucketedResult as BetaAnalyticsUsageBucketedResult,
    )
    from .._models.analytics_usage_bucketed_result_inference_geo import (
        AnalyticsUsageBucketedResultInferenceGeo as BetaAnalyticsUsageBucketedResultInferenceGeo,
    )
    from .._models.analytics_usage_bucketed_result_speed import (
        AnalyticsUsageBucketedResultSpeed as BetaAnalyticsUsageBucketedResultSpeed,
    )
    from .._models.analytics_usage_cost_inference_geo import (
        AnalyticsUsageCostInferenceGeo as BetaAnalyticsUsageCostInferenceGeo,
    )
    from .._models.analytics_usage_group import AnalyticsUsageGroup as BetaAnalyticsUsageGroup
    from .._models.analytics_usage_item import AnalyticsUsageItem as BetaAnalyticsUsageItem
    from .._models.analytics_usage_item_page import (
        AnalyticsUsageItemPage as BetaAnalyticsUsageItemPage,
    )
    from .._models.analytics_usage_metrics import AnalyticsUsageMetrics as BetaAnalyticsUsageMetrics
    from .._models.analytics_usage_report_time_bucket import (
        AnalyticsUsageReportTimeBucket as BetaAnalyticsUsageReportTimeBucket,
    )
    from .._models.analytics_usage_report_time_bucket_page import (
        AnalyticsUsageReportTimeBucketPage as BetaAnalyticsUsageReportTimeBucketPage,
    )
    from .._models.analytics_usage_users_item import (
        AnalyticsUsageUsersItem as BetaAnalyticsUsageUsersItem,
    )
    from .._models.analytics_usage_users_item_inference_geo import (
        AnalyticsUsageUsersItemInferenceGeo as BetaAnalyticsUsageUsersItemInferenceGeo,
    )
    from .._models.analytics_usage_users_item_page import (
        AnalyticsUsageUsersItemPage as BetaAnalyticsUsageUsersItemPage,
    )
    from .._models.analytics_usage_users_item_speed import (
        AnalyticsUsageUsersItemSpeed as BetaAnalyticsUsageUsersItemSpeed,
    )
    from .._models.analytics_user import AnalyticsUser as BetaAnalyticsUser
    from .._models.analytics_user_activity import AnalyticsUserActivity as BetaAnalyticsUserActivity
    from .._models.analytics_user_activity_page import (
        AnalyticsUserActivityPage as BetaAnalyticsUserActivityPage,
    )
    from .._models.analytics_user_actor import AnalyticsUserActor as BetaAnalyticsUserActor
    from .._models.analytics_user_type import AnalyticsUserType as BetaAnalyticsUserType
    from .._models.anthropic_human_review import AnthropicHumanReview as BetaAnthropicHumanReview
    from .._models.anthropic_human_review_type import (
        AnthropicHumanReviewType as BetaAnthropicHumanReviewType,
    )
    from .._models.api_error_object import APIErrorObject as BetaAPIErrorObject
    from .._models.api_key import APIKey as BetaAPIKey
    from .._models.api_key_created_by import APIKeyCreatedBy as BetaAPIKeyCreatedBy
    from .._models.api_key_created_by_type import APIKeyCreatedByType as BetaAPIKeyCreatedByType
    from .._models.api_key_organization_scope import (
        APIKeyOrganizationScope as BetaAPIKeyOrganizationScope,
    )
    from .._models.api_key_page import APIKeyPage as BetaAPIKeyPage
    from .._models.api_key_principal import APIKeyPrincipal as BetaAPIKeyPrincipal
    from .._models.api_key_requester_unconfirmed_error_details import (
        APIKeyRequesterUnconfirmedErrorDetails as BetaAPIKeyRequesterUnconfirmedErrorDetails,
    )
    from .._models.api_key_scope import APIKeyScope as BetaAPIKeyScope
    from .._models.api_key_scope_missing_error_details import (
        APIKeyScopeMissingErrorDetails as BetaAPIKeyScopeMissingErrorDetails,
    )
    from .._models.api_key_service_account_actor import (
        APIKeyServiceAccountActor as BetaAPIKeyServiceAccountActor,
    )
    from .._models.api_key_status import APIKeyStatus as BetaAPIKeyStatus
    from .._models.api_key_user_actor import APIKeyUserActor as BetaAPIKeyUserActor
    from .._models.api_key_workspace_scope import APIKeyWorkspaceScope as BetaAPIKeyWorkspaceScope
    from .._models.applied_context_management_edit import (
        AppliedContextManagementEdit as BetaAppliedContextManagementEdit,
    )
    from .._models.approval_required_error_details import (
        ApprovalRequiredErrorDetails as BetaApprovalRequiredErrorDetails,
    )
    from .._models.authentication_error import AuthenticationError as BetaAuthenticationError
    from .._models.authentication_error import AuthenticationError as BetaAuthenticationErrorObject
    from .._models.authorization_check_unavailable_error_details import (
        AuthorizationCheckUnavailableErrorDetails as BetaAuthorizationCheckUnavailableErrorDetails,
    )
    from .._models.available_external_storage_status import (
        AvailableExternalStorageStatus as BetaAvailableExternalStorageStatus,
    )
    from .._models.available_tools_limit_exceeded_error_details import (
        AvailableToolsLimitExceededErrorDetails as BetaAvailableToolsLimitExceededErrorDetails,
    )
    from .._models.aws_external_key_config import AWSExternalKeyConfig as BetaAWSExternalKeyConfig
    from .._models.aws_external_storage_config import (
        AWSExternalStorageConfig as BetaAWSExternalStorageConfig,
    )
    from .._models.azure_external_key_config import (
        AzureExternalKeyConfig as BetaAzureExternalKeyConfig,
    )
    from .._models.base64_pdf_source import Base64PDFSource as BetaBase64PDFSource
    from .._models.bash_code_execution_output_block import (
        BashCodeExecutionOutputBlock as BetaBashCodeExecutionOutputBlock,
    )
    from .._models.bash_code_execution_result_block import (
        BashCodeExecutionResultBlock as BetaBashCodeExecutionResultBlock,
    )
    from .._models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock as BetaBashCodeExecutionToolResultBlock,
    )
    from .._models.bash_code_execution_tool_result_content import (
        BashCodeExecutionToolResultContent as BetaBashCodeExecutionToolResultContent,
    )
    from .._models.bash_code_execution_tool_result_error import (
        BashCodeExecutionToolResultError as BetaBashCodeExecutionToolResultError,
    )
    from .._models.bash_code_execution_tool_result_error import (
        BashCodeExecutionToolResultError as BetaBashCodeExecutionToolResultErrorObject,
    )
    from .._models.bash_code_execution_tool_result_error_code import (
        BashCodeExecutionToolResultErrorCode as BetaBashCodeExecutionToolResultErrorCode,
    )
    from .._models.billing_error import BillingError as BetaBillingError
    from .._models.billing_error import BillingError as BetaBillingErrorObject
    from .._models.browser_click_target import BrowserClickTarget as BetaBrowserClickTarget
    from .._models.browser_close_tab_config import (
        BrowserCloseTabConfig as BetaBrowserCloseTabConfig,
    )
    from .._models.browser_close_tab_input import BrowserCloseTabInput as BetaBrowserCloseTabInput
    from .._models.browser_close_tab_tool_use_block import (
        BrowserCloseTabToolUseBlock as BetaBrowserCloseTabToolUseBlock,
    )
    from .._models.browser_close_tab_tool_use_block import (
        BrowserCloseTabToolUseBlock as BetaResponseBrowserCloseTabToolUseBlock,
    )
    from .._models.browser_coordinate_target import (
        BrowserCoordinateTarget as BetaBrowserCoordinateTarget,
    )
    from .._models.browser_double_click_config import (
        BrowserDoubleClickConfig as BetaBrowserDoubleClickConfig,
    )
    from .._models.browser_double_click_input import (
        BrowserDoubleClickInput as BetaBrowserDoubleClickInput,
    )
    from .._models.browser_double_click_tool_use_block import (
        BrowserDoubleClickToolUseBlock as BetaBrowserDoubleClickToolUseBlock,
    )
    from .._models.browser_double_click_tool_use_block import (
        BrowserDoubleClickToolUseBlock as BetaResponseBrowserDoubleClickToolUseBlock,
    )
    from .._models.browser_file_upload_config import (
        BrowserFileUploadConfig as BetaBrowserFileUploadConfig,
    )
    from .._models.browser_file_upload_input import (
        BrowserFileUploadInput as BetaBrowserFileUploadInput,
    )
    from .._models.browser_file_upload_tool_use_block import (
        BrowserFileUploadToolUseBlock as BetaBrowserFileUploadToolUseBlock,
    )
    from .._models.browser_file_upload_tool_use_block import (
        BrowserFileUploadToolUseBlock as BetaResponseBrowserFileUploadToolUseBlock,
    )
    from .._models.browser_find_config import BrowserFindConfig as BetaBrowserFindConfig
    from .._models.browser_find_input import BrowserFindInput as BetaBrowserFindInput
    from .._models.browser_find_tool_use_block import (
        BrowserFindToolUseBlock as BetaBrowserFindToolUseBlock,
    )
    from .._models.browser_find_tool_use_block import (
        BrowserFindToolUseBlock as BetaResponseBrowserFindToolUseBlock,
    )
    from .._models.browser_form_input_config import (
        BrowserFormInputConfig as BetaBrowserFormInputConfig,
    )
    from .._models.browser_form_input_input import (
        BrowserFormInputInput as BetaBrowserFormInputInput,
    )
    from .._models.browser_form_input_tool_use_block import (
        BrowserFormInputToolUseBlock as BetaBrowserFormInputToolUseBlock,
    )
    from .._models.browser_form_input_tool_use_block import (
        BrowserFormInputToolUseBlock as BetaResponseBrowserFormInputToolUseBlock,
    )
    from .._models.browser_form_input_value import (
        BrowserFormInputValue as BetaBrowserFormInputValue,
    )
    from .._models.browser_get_page_text_config import (
        BrowserGetPageTextConfig as BetaBrowserGetPageTextConfig,
    )
    from .._models.browser_get_page_text_input import (
        BrowserGetPageTextInput as BetaBrowserGetPageTextInput,
    )
    from .._models.browser_get_page_text_tool_use_block import (
        BrowserGetPageTextToolUseBlock as BetaBrowserGetPageTextToolUseBlock,
    )
    from .._models.browser_get_page_text_tool_use_block import (
        BrowserGetPageTextToolUseBlock as BetaResponseBrowserGetPageTextToolUseBlock,
    )
    from .._models.browser_hold_key_config import BrowserHoldKeyConfig as BetaBrowserHoldKeyConfig
    from .._models.browser_hold_key_input import BrowserHoldKeyInput as BetaBrowserHoldKeyInput
    from .._models.browser_hold_key_tool_use_block import (
        BrowserHoldKeyToolUseBlock as BetaBrowserHoldKeyToolUseBlock,
    )
    from .._models.browser_hold_key_tool_use_block import (
        BrowserHoldKeyToolUseBlock as BetaResponseBrowserHoldKeyToolUseBlock,
    )
    from .._models.browser_hover_config import BrowserHoverConfig as BetaBrowserHoverConfig
    from .._models.browser_hover_input import BrowserHoverInput as BetaBrowserHoverInput
    from .._models.browser_hover_tool_use_block import (
        BrowserHoverToolUseBlock as BetaBrowserHoverToolUseBlock,
    )
    from .._models.browser_hover_tool_use_block import (
        BrowserHoverToolUseBlock as BetaResponseBrowserHoverToolUseBlock,
    )
    from .._models.browser_javascript_exec_config import (
        BrowserJavascriptExecConfig as BetaBrowserJavascriptExecConfig,
    )
    from .._models.browser_javascript_exec_input import (
        BrowserJavascriptExecInput as BetaBrowserJavascriptExecInput,
    )
    from .._models.browser_javascript_exec_tool_use_block import (
        BrowserJavascriptExecToolUseBlock as BetaBrowserJavascriptExecToolUseBlock,
    )
    from .._models.browser_javascript_exec_tool_use_block import (
        BrowserJavascriptExecToolUseBlock as BetaResponseBrowserJavascriptExecToolUseBlock,
    )
    from .._models.browser_key_config import BrowserKeyConfig as BetaBrowserKeyConfig
    from .._models.browser_key_input import BrowserKeyInput as BetaBrowserKeyInput
    from .._models.browser_key_tool_use_block import (
        BrowserKeyToolUseBlock as BetaBrowserKeyToolUseBlock,
    )
    from .._models.browser_key_tool_use_block import (
        BrowserKeyToolUseBlock as BetaResponseBrowserKeyToolUseBlock,
    )
    from .._models.browser_left_click_config import (
        BrowserLeftClickConfig as BetaBrowserLeftClickConfig,
    )
    from .._models.browser_left_click_drag_config import (
        BrowserLeftClickDragConfig as BetaBrowserLeftClickDragConfig,
    )
    from .._models.browser_left_click_drag_input import (
        BrowserLeftClickDragInput as BetaBrowserLeftClickDragInput,
    )
    from .._models.browser_left_click_drag_tool_use_block import (
        BrowserLeftClickDragToolUseBlock as BetaBrowserLeftClickDragToolUseBlock,
    )
    from .._models.browser_left_click_drag_tool_use_block import (
        BrowserLeftClickDragToolUseBlock as BetaResponseBrowserLeftClickDragToolUseBlock,
    )
    from .._models.browser_left_click_input import (
        BrowserLeftClickInput as BetaBrowserLeftClickInput,
    )
    from .._models.browser_left_click_tool_use_block import (
        BrowserLeftClickToolUseBlock as BetaBrowserLeftClickToolUseBlock,
    )
    from .._models.browser_left_click_tool_use_block import (
        BrowserLeftClickToolUseBlock as BetaResponseBrowserLeftClickToolUseBlock,
    )
    from .._models.browser_left_mouse_down_config import (
        BrowserLeftMouseDownConfig as BetaBrowserLeftMouseDownConfig,
    )
    from .._models.browser_left_mouse_down_input import (
        BrowserLeftMouseDownInput as BetaBrowserLeftMouseDownInput,
    )
    from .._models.browser_left_mouse_down_tool_use_block import (
        BrowserLeftMouseDownToolUseBlock as BetaBrowserLeftMouseDownToolUseBlock,
    )
    from .._models.browser_left_mouse_down_tool_use_block import (
        BrowserLeftMouseDownToolUseBlock as BetaResponseBrowserLeftMouseDownToolUseBlock,
    )
    from .._models.browser_left_mouse_up_config import (
        BrowserLeftMouseUpConfig as BetaBrowserLeftMouseUpConfig,
    )
    from .._models.browser_left_mouse_up_input import (
        BrowserLeftMouseUpInput as BetaBrowserLeftMouseUpInput,
    )
    from .._models.browser_left_mouse_up_tool_use_block import (
        BrowserLeftMouseUpToolUseBlock as BetaBrowserLeftMouseUpToolUseBlock,
    )
    from .._models.browser_left_mouse_up_tool_use_block import (
        BrowserLeftMouseUpToolUseBlock as BetaResponseBrowserLeftMouseUpToolUseBlock,
    )
    from .._models.browser_list_tabs_config import (
        BrowserListTabsConfig as BetaBrowserListTabsConfig,
    )
    from .._models.browser_list_tabs_input import BrowserListTabsInput as BetaBrowserListTabsInput
    from .._models.browser_list_tabs_tool_use_block import (
        BrowserListTabsToolUseBlock as BetaBrowserListTabsToolUseBlock,
    )
    from .._models.browser_list_tabs_tool_use_block import (
        BrowserListTabsToolUseBlock as BetaResponseBrowserListTabsToolUseBlock,
    )
    from .._models.browser_member_input import BrowserMemberInput as BetaBrowserMemberInput
    from .._models.browser_member_name import (
        BROWSER_MEMBER_NAME_VALUES as BETA_BROWSER_MEMBER_NAME_VALUES,
    )
    from .._models.browser_member_name import BrowserMemberName as BetaBrowserMemberName
    from .._models.browser_middle_click_config import (
        BrowserMiddleClickConfig as BetaBrowserMiddleClickConfig,
    )
    from .._models.browser_middle_click_input import (
        BrowserMiddleClickInput as BetaBrowserMiddleClickInput,
    )
    from .._models.browser_middle_click_tool_use_block import (
        BrowserMiddleClickToolUseBlock as BetaBrowserMiddleClickToolUseBlock,
    )
    from .._models.browser_middle_click_tool_use_block import (
        BrowserMiddleClickToolUseBlock as BetaResponseBrowserMiddleClickToolUseBlock,
    )
    from .._models.browser_mouse_move_config import (
        BrowserMouseMoveConfig as BetaBrowserMouseMoveConfig,
    )
    from .._models.browser_mouse_move_input import (
        BrowserMouseMoveInput as BetaBrowserMouseMoveInput,
    )
    from .._models.browser_mouse_move_tool_use_block import (
        BrowserMouseMoveToolUseBlock as BetaBrowserMouseMoveToolUseBlock,
    )
    from .._models.browser_mouse_move_tool_use_block import (
        BrowserMouseMoveToolUseBlock as BetaResponseBrowserMouseMoveToolUseBlock,
    )
    from .._models.browser_navigate_config import BrowserNavigateConfig as BetaBrowserNavigateConfig
    from .._models.browser_navigate_input import BrowserNavigateInput as BetaBrowserNavigateInput
    from .._models.browser_navigate_tool_use_block import (
        BrowserNavigateToolUseBlock as BetaBrowserNavigateToolUseBlock,
    )
    from .._models.browser_navigate_tool_use_block import (
        BrowserNavigateToolUseBlock as BetaResponseBrowserNavigateToolUseBlock,
    )
    from .._models.browser_new_tab_config import BrowserNewTabConfig as BetaBrowserNewTabConfig
    from .._models.browser_new_tab_input import BrowserNewTabInput as BetaBrowserNewTabInput
    from .._models.browser_new_tab_tool_use_block import (
        BrowserNewTabToolUseBlock as BetaBrowserNewTabToolUseBlock,
    )
    from .._models.browser_new_tab_tool_use_block import (
        BrowserNewTabToolUseBlock as BetaResponseBrowserNewTabToolUseBlock,
    )
    from .._models.browser_read_console_config import (
        BrowserReadConsoleConfig as BetaBrowserReadConsoleConfig,
    )
    from .._models.browser_read_console_input import (
        BrowserReadConsoleInput as BetaBrowserReadConsoleInput,
    )
    from .._models.browser_read_console_tool_use_block import (
        BrowserReadConsoleToolUseBlock as BetaBrowserReadConsoleToolUseBlock,
    )
    from .._models.browser_read_console_tool_use_block import (
        BrowserReadConsoleToolUseBlock as BetaResponseBrowserReadConsoleToolUseBlock,
    )
    from .._models.browser_read_network_config import (
        BrowserReadNetworkConfig as BetaBrowserReadNetworkConfig,
    )
    from .._models.browser_read_network_input import (
        BrowserReadNetworkInput as BetaBrowserReadNetworkInput,
    )
    from .._models.browser_read_network_tool_use_block import (
        BrowserReadNetworkToolUseBlock as BetaBrowserReadNetworkToolUseBlock,
    )
    from .._models.browser_read_network_tool_use_block import (
        BrowserReadNetworkToolUseBlock as BetaResponseBrowserReadNetworkToolUseBlock,
    )
    from .._models.browser_read_page_config import (
        BrowserReadPageConfig as BetaBrowserReadPageConfig,
    )
    from .._models.browser_read_page_filter import (
        BrowserReadPageFilter as BetaBrowserReadPageFilter,
    )
    from .._models.browser_read_page_input import BrowserReadPageInput as BetaBrowserReadPageInput
    from .._models.browser_read_page_tool_use_block import (
        BrowserReadPageToolUseBlock as BetaBrowserReadPageToolUseBlock,
    )
    from .._models.browser_read_page_tool_use_block import (
        BrowserReadPageToolUseBlock as BetaResponseBrowserReadPageToolUseBlock,
    )
    from .._models.browser_ref_target import BrowserRefTarget as BetaBrowserRefTarget
    from .._models.browser_right_click_config import (
        BrowserRightClickConfig as BetaBrowserRightClickConfig,
    )
    from .._models.browser_right_click_input import (
        BrowserRightClickInput as BetaBrowserRightClickInput,
    )
    from .._models.browser_right_click_tool_use_block import (
        BrowserRightClickToolUseBlock as BetaBrowserRightClickToolUseBlock,
    )
    from .._models.browser_right_click_tool_use_block import (
        BrowserRightClickToolUseBlock as BetaResponseBrowserRightClickToolUseBlock,
    )
    from .._models.browser_screenshot_config import (
        BrowserScreenshotConfig as BetaBrowserScreenshotConfig,
    )
    from .._models.browser_screenshot_input import (
        BrowserScreenshotInput as BetaBrowserScreenshotInput,
    )
    from .._models.browser_screenshot_tool_use_block import (
        BrowserScreenshotToolUseBlock as BetaBrowserScreenshotToolUseBlock,
    )
    from .._models.browser_screenshot_tool_use_block import (
        BrowserScreenshotToolUseBlock as BetaResponseBrowserScreenshotToolUseBlock,
    )
    from .._models.browser_scroll_config import BrowserScrollConfig as BetaBrowserScrollConfig
    from .._models.browser_scroll_direction import (
        BrowserScrollDirection as BetaBrowserScrollDirection,
    )
    from .._models.browser_scroll_input import BrowserScrollInput as BetaBrowserScrollInput
    from .._models.browser_scroll_to_config import (
        BrowserScrollToConfig as BetaBrowserScrollToConfig,
    )
    from .._models.browser_scroll_to_input import BrowserScrollToInput as BetaBrowserScrollToInput
    from .._models.browser_scroll_to_tool_use_block import (
        BrowserScrollToToolUseBlock as BetaBrowserScrollToToolUseBlock,
    )
    from .._models.browser_scroll_to_tool_use_block import (
        BrowserScrollToToolUseBlock as BetaResponseBrowserScrollToToolUseBlock,
    )
    from .._models.browser_scroll_tool_use_block import (
        BrowserScrollToolUseBlock as BetaBrowserScrollToolUseBlock,
    )
    from .._models.browser_scroll_tool_use_block import (
        BrowserScrollToolUseBlock as BetaResponseBrowserScrollToolUseBlock,
    )
    from .._models.browser_switch_tab_config import (
        BrowserSwitchTabConfig as BetaBrowserSwitchTabConfig,
    )
    from .._models.browser_switch_tab_input import (
        BrowserSwitchTabInput as BetaBrowserSwitchTabInput,
    )
    from .._models.browser_switch_tab_tool_use_block import (
        BrowserSwitchTabToolUseBlock as BetaBrowserSwitchTabToolUseBlock,
    )
    from .._models.browser_switch_tab_tool_use_block import (
        BrowserSwitchTabToolUseBlock as BetaResponseBrowserSwitchTabToolUseBlock,
    )
    from .._models.browser_tool_use_block import BrowserToolUseBlock as BetaBrowserToolUseBlock
    from .._models.browser_tool_use_block import (
        BrowserToolUseBlock as BetaResponseBrowserToolUseBlock,
    )
    from .._models.browser_toolset20260801 import (
        BrowserToolset20260801 as BetaBrowserToolset20260801,
    )
    from .._models.browser_toolset_configs import BrowserToolsetConfigs as BetaBrowserToolsetConfigs
    from .._models.browser_triple_click_config import (
        BrowserTripleClickConfig as BetaBrowserTripleClickConfig,
    )
    from .._models.browser_triple_click_input import (
        BrowserTripleClickInput as BetaBrowserTripleClickInput,
    )
    from .._models.browser_triple_click_tool_use_block import (
        BrowserTripleClickToolUseBlock as BetaBrowserTripleClickToolUseBlock,
    )
    from .._models.browser_triple_click_tool_use_block import (
        BrowserTripleClickToolUseBlock as BetaResponseBrowserTripleClickToolUseBlock,
    )
    from .._models.browser_type_config import BrowserTypeConfig as BetaBrowserTypeConfig
    from .._models.browser_type_input import BrowserTypeInput as BetaBrowserTypeInput
    from .._models.browser_type_tool_use_block import (
        BrowserTypeToolUseBlock as BetaBrowserTypeToolUseBlock,
    )
    from .._models.browser_type_tool_use_block import (
        BrowserTypeToolUseBlock as BetaResponseBrowserTypeToolUseBlock,
    )
    from .._models.browser_wait_config import BrowserWaitConfig as BetaBrowserWaitConfig
    from .._models.browser_wait_input import BrowserWaitInput as BetaBrowserWaitInput
    from .._models.browser_wait_tool_use_block import (
        BrowserWaitToolUseBlock as BetaBrowserWaitToolUseBlock,
    )
    from .._models.browser_wait_tool_use_block import (
        BrowserWaitToolUseBlock as BetaResponseBrowserWaitToolUseBlock,
    )
    from .._models.browser_zoom_config import BrowserZoomConfig as BetaBrowserZoomConfig
    from .._models.browser_zoom_input import BrowserZoomInput as BetaBrowserZoomInput
    from .._models.browser_zoom_tool_use_block import (
        BrowserZoomToolUseBlock as BetaBrowserZoomToolUseBlock,
    )
    from .._models.browser_zoom_tool_use_block import (
        BrowserZoomToolUseBlock as BetaResponseBrowserZoomToolUseBlock,
    )
    from .._models.bundle_attachment_not_supported_error_details import (
        BundleAttachmentNotSupportedErrorDetails as BetaBundleAttachmentNotSupportedErrorDetails,
    )
    from .._models.bundle_on_call_error_details import (
        BundleOnCallErrorDetails as BetaBundleOnCallErrorDetails,
    )
    from .._models.cache_control_ephemeral import CacheControlEphemeral as BetaCacheControlEphemeral
    from .._models.cache_control_ephemeral_ttl import (
        CacheControlEphemeralTtl as BetaCacheControlEphemeralTtl,
    )
    from .._models.cache_creation import CacheCreation as BetaCacheCreation
    from .._models.cache_miss_messages_changed import (
        CacheMissMessagesChanged as BetaCacheMissMessagesChanged,
    )
    from .._models.cache_miss_model_changed import (
        CacheMissModelChanged as BetaCacheMissModelChanged,
    )
    from .._models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound as BetaCacheMissPreviousMessageNotFound,
    )
    from .._models.cache_miss_reason import CacheMissReason as BetaCacheMissReason
    from .._models.cache_miss_system_changed import (
        CacheMissSystemChanged as BetaCacheMissSystemChanged,
    )
    from .._models.cache_miss_tools_changed import (
        CacheMissToolsChanged as BetaCacheMissToolsChanged,
    )
    from .._models.cache_miss_unavailable import CacheMissUnavailable as BetaCacheMissUnavailable
    from .._models.cannot_invite_emails_with_unverified_domains_error_details import (
        CannotInviteEmailsWithUnverifiedDomainsErrorDetails as BetaCannotInviteEmailsWithUnverifiedDomainsErrorDetails,
    )
    from .._models.cannot_remove_last_member_error_details import (
        CannotRemoveLastMemberErrorDetails as BetaCannotRemoveLastMemberErrorDetails,
    )
    from .._models.cannot_sign_out_managed_member_error_details import (
        CannotSignOutManagedMemberErrorDetails as BetaCannotSignOutManagedMemberErrorDetails,
    )
    from .._models.cannot_sign_out_membership_admin_error_details import (
        CannotSignOutMembershipAdminErrorDetails as BetaCannotSignOutMembershipAdminErrorDetails,
    )
    from .._models.cannot_sign_out_owner_error_details import (
        CannotSignOutOwnerErrorDetails as BetaCannotSignOutOwnerErrorDetails,
    )
    from .._models.cannot_sign_out_primary_owner_error_details import (
        CannotSignOutPrimaryOwnerErrorDetails as BetaCannotSignOutPrimaryOwnerErrorDetails,
    )
    from .._models.cannot_sign_out_privileged_member_error_details import (
        CannotSignOutPrivilegedMemberErrorDetails as BetaCannotSignOutPrivilegedMemberErrorDetails,
    )
    from .._models.cannot_sign_out_self_error_details import (
        CannotSignOutSelfErrorDetails as BetaCannotSignOutSelfErrorDetails,
    )
    from .._models.capability_support import CapabilitySupport as BetaCapabilitySupport
    from .._models.change_outcome_unknown_error_details import (
        ChangeOutcomeUnknownErrorDetails as BetaChangeOutcomeUnknownErrorDetails,
    )
    from .._models.citation_char_location import CitationCharLocation as BetaCitationCharLocation
    from .._models.citation_content_block_location import (
        CitationContentBlockLocation as BetaCitationContentBlockLocation,
    )
    from .._models.citation_page_location import CitationPageLocation as BetaCitationPageLocation
    from .._models.citations_config import CitationsConfig as BetaCitationConfig
    from .._models.citations_config import CitationsConfig as BetaCitationsConfig
    from .._models.citations_config import CitationsConfig as BetaCitationsConfigParam
    from .._models.citations_delta import CitationsDelta as BetaCitationsDelta
    from .._models.citations_search_result_location import (
        CitationsSearchResultLocation as BetaCitationSearchResultLocation,
    )
    from .._models.citations_search_result_location import (
        CitationsSearchResultLocation as BetaCitationsSearchResultLocation,
    )
    from .._models.citations_web_search_result_location import (
        CitationsWebSearchResultLocation as BetaCitationsWebSearchResultLocation,
    )
    from .._models.claude_code_key_creator_not_member_error_details import (
        ClaudeCodeKeyCreatorNotMemberErrorDetails as BetaClaudeCodeKeyCreatorNotMemberErrorDetails,
    )
    from .._models.claude_code_managed_settings_configuration import (
        ClaudeCodeManagedSettingsConfiguration as BetaClaudeCodeManagedSettingsConfiguration,
    )
    from .._models.claude_code_managed_settings_mode import (
        ClaudeCodeManagedSettingsMode as BetaClaudeCodeManagedSettingsMode,
    )
    from .._models.claude_code_managed_settings_organization_mode import (
        ClaudeCodeManagedSettingsOrganizationMode as BetaClaudeCodeManagedSettingsOrganizationMode,
    )
    from .._models.claude_code_managed_settings_rbac_groups_mode import (
        ClaudeCodeManagedSettingsRBACGroupsMode as BetaClaudeCodeManagedSettingsRBACGroupsMode,
    )
    from .._models.claude_code_rbac_group_default_managed_settings import (
        ClaudeCodeRBACGroupDefaultManagedSettings as BetaClaudeCodeRBACGroupDefaultManagedSettings,
    )
    from .._models.claude_code_rbac_group_managed_settings import (
        ClaudeCodeRBACGroupManagedSettings as BetaClaudeCodeRBACGroupManagedSettings,
    )
    from .._models.claude_code_rbac_group_managed_settings_summary import (
        ClaudeCodeRBACGroupManagedSettingsSummary as BetaClaudeCodeRBACGroupManagedSettingsSummary,
    )
    from .._models.claude_code_rbac_group_managed_settings_summary_page import (
        ClaudeCodeRBACGroupManagedSettingsSummaryPage as BetaClaudeCodeRBACGroupManagedSettingsSummaryPage,
    )
    from .._models.claude_code_rbac_group_status import (
        ClaudeCodeRBACGroupStatus as BetaClaudeCodeRBACGroupStatus,
    )
    from .._models.claude_code_rbac_group_status_active import (
        ClaudeCodeRBACGroupStatusActive as BetaClaudeCodeRBACGroupStatusActive,
    )
    from .._models.claude_code_rbac_group_status_deleted import (
        ClaudeCodeRBACGroupStatusDeleted as BetaClaudeCodeRBACGroupStatusDeleted,
    )
    from .._models.claude_code_rbac_group_status_unknown import (
        ClaudeCodeRBACGroupStatusUnknown as BetaClaudeCodeRBACGroupStatusUnknown,
    )
    from .._models.claude_code_version_too_old_error_details import (
        ClaudeCodeVersionTooOldErrorDetails as BetaClaudeCodeVersionTooOldErrorDetails,
    )
    from .._models.claude_tag_bundle import ClaudeTagBundle as BetaClaudeTagBundle
    from .._models.claude_tag_bundle_page import ClaudeTagBundlePage as BetaClaudeTagBundlePage
    from .._models.claude_tag_bundle_target import (
        ClaudeTagBundleTarget as BetaClaudeTagBundleTarget,
    )
    from .._models.claude_tag_bundle_target_page import (
        ClaudeTagBundleTargetPage as BetaClaudeTagBundleTargetPage,
    )
    from .._models.claude_tag_default_setting_source import (
        ClaudeTagDefaultSettingSource as BetaClaudeTagDefaultSettingSource,
    )
    from .._models.claude_tag_deleted_bundle_target import (
        ClaudeTagDeletedBundleTarget as BetaClaudeTagDeletedBundleTarget,
    )
    from .._models.claude_tag_deleted_slack_channel import (
        ClaudeTagDeletedSlackChannel as BetaClaudeTagDeletedSlackChannel,
    )
    from .._models.claude_tag_guest_policy import ClaudeTagGuestPolicy as BetaClaudeTagGuestPolicy
    from .._models.claude_tag_guest_policy_allow import (
        ClaudeTagGuestPolicyAllow as BetaClaudeTagGuestPolicyAllow,
    )
    from .._models.claude_tag_guest_policy_channel_only import (
        ClaudeTagGuestPolicyChannelOnly as BetaClaudeTagGuestPolicyChannelOnly,
    )
    from .._models.claude_tag_guest_policy_restrict import (
        ClaudeTagGuestPolicyRestrict as BetaClaudeTagGuestPolicyRestrict,
    )
    from .._models.claude_tag_reply_mode import ClaudeTagReplyMode as BetaClaudeTagReplyMode
    from .._models.claude_tag_reply_mode_always_awake import (
        ClaudeTagReplyModeAlwaysAwake as BetaClaudeTagReplyModeAlwaysAwake,
    )
    from .._models.claude_tag_reply_mode_automatic import (
        ClaudeTagReplyModeAutomatic as BetaClaudeTagReplyModeAutomatic,
    )
    from .._models.claude_tag_reply_mode_mention_only import (
        ClaudeTagReplyModeMentionOnly as BetaClaudeTagReplyModeMentionOnly,
    )
    from .._models.claude_tag_reply_mode_thread import (
        ClaudeTagReplyModeThread as BetaClaudeTagReplyModeThread,
    )
    from .._models.claude_tag_setting_source import (
        ClaudeTagSettingSource as BetaClaudeTagSettingSource,
    )
    from .._models.claude_tag_setting_sources import (
        ClaudeTagSettingSources as BetaClaudeTagSettingSources,
    )
    from .._models.claude_tag_settings import ClaudeTagSettings as BetaClaudeTagSettings
    from .._models.claude_tag_slack_channel import (
        ClaudeTagSlackChannel as BetaClaudeTagSlackChannel,
    )
    from .._models.claude_tag_slack_channel_bundle_target import (
        ClaudeTagSlackChannelBundleTarget as BetaClaudeTagSlackChannelBundleTarget,
    )
    from .._models.claude_tag_slack_channel_identifiers import (
        ClaudeTagSlackChannelIdentifiers as BetaClaudeTagSlackChannelIdentifiers,
    )
    from .._models.claude_tag_slack_channel_page import (
        ClaudeTagSlackChannelPage as BetaClaudeTagSlackChannelPage,
    )
    from .._models.claude_tag_slack_channel_setting_source import (
        ClaudeTagSlackChannelSettingSource as BetaClaudeTagSlackChannelSettingSource,
    )
    from .._models.claude_tag_slack_default_setting_source import (
        ClaudeTagSlackDefaultSettingSource as BetaClaudeTagSlackDefaultSettingSource,
    )
    from .._models.claude_tag_slack_grid_channel_setting_source import (
        ClaudeTagSlackGridChannelSettingSource as BetaClaudeTagSlackGridChannelSettingSource,
    )
    from .._models.claude_tag_slack_parent_channel_setting_source import (
        ClaudeTagSlackParentChannelSettingSource as BetaClaudeTagSlackParentChannelSettingSource,
    )
    from .._models.claude_tag_slack_workspace import (
        ClaudeTagSlackWorkspace as BetaClaudeTagSlackWorkspace,
    )
    from .._models.claude_tag_slack_workspace_bundle_target import (
        ClaudeTagSlackWorkspaceBundleTarget as BetaClaudeTagSlackWorkspaceBundleTarget,
    )
    from .._models.claude_tag_slack_workspace_identifiers import (
        ClaudeTagSlackWorkspaceIdentifiers as BetaClaudeTagSlackWorkspaceIdentifiers,
    )
    from .._models.claude_tag_slack_workspace_page import (
        ClaudeTagSlackWorkspacePage as BetaClaudeTagSlackWorkspacePage,
    )
    from .._models.claude_tag_slack_workspace_setting_source import (
        ClaudeTagSlackWorkspaceSettingSource as BetaClaudeTagSlackWorkspaceSettingSource,
    )
    from .._models.claude_tag_writes_not_enabled_error_details import (
        ClaudeTagWritesNotEnabledErrorDetails as BetaClaudeTagWritesNotEnabledErrorDetails,
    )
    from .._models.clear_thinking20251015_edit_response import (
        ClearThinking20251015EditResponse as BetaClearThinking20251015EditResponse,
    )
    from .._models.clear_tool_uses20250919_edit_response import (
        ClearToolUses20250919EditResponse as BetaClearToolUses20250919EditResponse,
    )
    from .._models.cloud_config import CloudConfig as BetaCloudConfig
    from .._models.cloud_networking import CloudNetworking as BetaCloudNetworking
    from .._models.cmek_context_unavailable_error_details import (
        CMEKContextUnavailableErrorDetails as BetaCMEKContextUnavailableErrorDetails,
    )
    from .._models.cmek_feature_unsupported_error_details import (
        CMEKFeatureUnsupportedErrorDetails as BetaCMEKFeatureUnsupportedErrorDetails,
    )
    from .._models.cmek_key_disabled_error_details import (
        CMEKKeyDisabledErrorDetails as BetaCMEKKeyDisabledErrorDetails,
    )
    from .._models.cmek_key_network_blocked_error_details import (
        CMEKKeyNetworkBlockedErrorDetails as BetaCMEKKeyNetworkBlockedErrorDetails,
    )
    from .._models.cmek_key_unreachable_error_details import (
        CMEKKeyUnreachableErrorDetails as BetaCMEKKeyUnreachableErrorDetails,
    )
    from .._models.cmek_not_approved_error_details import (
        CMEKNotApprovedErrorDetails as BetaCMEKNotApprovedErrorDetails,
    )
    from .._models.code_execution_output_block import (
        CodeExecutionOutputBlock as BetaCodeExecutionOutputBlock,
    )
    from .._models.code_execution_result_block import (
        CodeExecutionResultBlock as BetaCodeExecutionResultBlock,
    )
    from .._models.code_execution_tool20250522 import (
        CodeExecutionTool20250522 as BetaCodeExecutionTool20250522,
    )
    from .._models.code_execution_tool20250825 import (
        CodeExecutionTool20250825 as BetaCodeExecutionTool20250825,
    )
    from .._models.code_execution_tool20260120 import (
        CodeExecutionTool20260120 as BetaCodeExecutionTool20260120,
    )
    from .._models.code_execution_tool20260521 import (
        CodeExecutionTool20260521 as BetaCodeExecutionTool20260521,
    )
    from .._models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock as BetaCodeExecutionToolResultBlock,
    )
    from .._models.code_execution_tool_result_content import (
        CodeExecutionToolResultContent as BetaCodeExecutionToolResultBlockContent,
    )
    from .._models.code_execution_tool_result_content import (
        CodeExecutionToolResultContent as BetaCodeExecutionToolResultContent,
    )
    from .._models.code_execution_tool_result_error import (
        CodeExecutionToolResultError as BetaCodeExecutionToolResultError,
    )
    from .._models.code_execution_tool_result_error import (
        CodeExecutionToolResultError as BetaCodeExecutionToolResultErrorObject,
    )
    from .._models.code_execution_tool_result_error_code import (
        CodeExecutionToolResultErrorCode as BetaCodeExecutionToolResultErrorCode,
    )
    from .._models.compaction_block import CompactionBlock as BetaCompactionBlock
    from .._models.compaction_block_ambiguous_error_details import (
        CompactionBlockAmbiguousErrorDetails as BetaCompactionBlockAmbiguousErrorDetails,
    )
    from .._models.compaction_block_misplaced_error_details import (
        CompactionBlockMisplacedErrorDetails as BetaCompactionBlockMisplacedErrorDetails,
    )
    from .._models.compaction_capability import CompactionCapability as BetaCompactionCapability
    from .._models.compaction_content_mismatch_error_details import (
        CompactionContentMismatchErrorDetails as BetaCompactionContentMismatchErrorDetails,
    )
    from .._models.compaction_delta import CompactionDelta as BetaCompactionContentBlockDelta
    from .._models.compaction_delta import CompactionDelta as BetaCompactionDelta
    from .._models.compaction_incomplete_turn_error_details import (
        CompactionIncompleteTurnErrorDetails as BetaCompactionIncompleteTurnErrorDetails,
    )
    from .._models.compaction_iteration_usage import (
        CompactionIterationUsage as BetaCompactionIterationUsage,
    )
    from .._models.compaction_nothing_to_summarize_error_details import (
        CompactionNothingToSummarizeErrorDetails as BetaCompactionNothingToSummarizeErrorDetails,
    )
    from .._models.compaction_signature_invalid_error_details import (
        CompactionSignatureInvalidErrorDetails as BetaCompactionSignatureInvalidErrorDetails,
    )
    from .._models.compaction_too_many_tool_references_error_details import (
        CompactionTooManyToolReferencesErrorDetails as BetaCompactionTooManyToolReferencesErrorDetails,
    )
    from .._models.compaction_tool_change import CompactionToolChange as BetaCompactionToolChange
    from .._models.compaction_tool_changes_mismatch_error_details import (
        CompactionToolChangesMismatchErrorDetails as BetaCompactionToolChangesMismatchErrorDetails,
    )
    from .._models.compaction_unavailable_error_details import (
        CompactionUnavailableErrorDetails as BetaCompactionUnavailableErrorDetails,
    )
    from .._models.completion import Completion as BetaCompletion
    from .._models.completion_stream_event import CompletionStreamEvent as BetaCompletionStreamEvent
    from .._models.compliance_configuration_restricted_error_details import (
        ComplianceConfigurationRestrictedErrorDetails as BetaComplianceConfigurationRestrictedErrorDetails,
    )
    from .._models.compliance_review_actor import ComplianceReviewActor as BetaComplianceReviewActor
    from .._models.compliance_review_api_actor import (
        ComplianceReviewAPIActor as BetaComplianceReviewAPIActor,
    )
    from .._models.compliance_review_case import ComplianceReviewCase as BetaComplianceReviewCase
    from .._models.compliance_review_case_close_reason import (
        ComplianceReviewCaseCloseReason as BetaComplianceReviewCaseCloseReason,
    )
    from .._models.compliance_review_case_close_reason_type import (
        ComplianceReviewCaseCloseReasonType as BetaComplianceReviewCaseCloseReasonType,
    )
    from .._models.compliance_review_case_closed import (
        ComplianceReviewCaseClosed as BetaComplianceReviewCaseClosed,
    )
    from .._models.compliance_review_case_open import (
        ComplianceReviewCaseOpen as BetaComplianceReviewCaseOpen,
    )
    from .._models.compliance_review_case_page import (
        ComplianceReviewCasePage as BetaComplianceReviewCasePage,
    )
    from .._models.compliance_review_case_status import (
        ComplianceReviewCaseStatus as BetaComplianceReviewCaseStatus,
    )
    from .._models.compliance_review_content_not_captured import (
        ComplianceReviewContentNotCaptured as BetaComplianceReviewContentNotCaptured,
    )
    from .._models.compliance_review_content_unavailable_reason import (
        ComplianceReviewContentUnavailableReason as BetaComplianceReviewContentUnavailableReason,
    )
    from .._models.compliance_review_create_message_content import (
        ComplianceReviewCreateMessageContent as BetaComplianceReviewCreateMessageContent,
    )
    from .._models.compliance_review_enforcement_action import (
        ComplianceReviewEnforcementAction as BetaComplianceReviewEnforcementAction,
    )
    from .._models.compliance_review_item import ComplianceReviewItem as BetaComplianceReviewItem
    from .._models.compliance_review_message_details import (
        ComplianceReviewMessageDetails as BetaComplianceReviewMessageDetails,
    )
    from .._models.compliance_review_notice import (
        ComplianceReviewNotice as BetaComplianceReviewNotice,
    )
    from .._models.compliance_review_notice_kind import (
        ComplianceReviewNoticeKind as BetaComplianceReviewNoticeKind,
    )
    from .._models.compliance_review_notice_kind_type import (
        ComplianceReviewNoticeKindType as BetaComplianceReviewNoticeKindType,
    )
    from .._models.compliance_review_notice_page import (
        ComplianceReviewNoticePage as BetaComplianceReviewNoticePage,
    )
    from .._models.compliance_review_policy_category import (
        ComplianceReviewPolicyCategory as BetaComplianceReviewPolicyCategory,
    )
    from .._models.compliance_review_safeguards_reason import (
        ComplianceReviewSafeguardsReason as BetaComplianceReviewSafeguardsReason,
    )
    from .._models.compliance_review_service_account_actor import (
        ComplianceReviewServiceAccountActor as BetaComplianceReviewServiceAccountActor,
    )
    from .._models.compliance_review_stored_copy_unavailable import (
        ComplianceReviewStoredCopyUnavailable as BetaComplianceReviewStoredCopyUnavailable,
    )
    from .._models.compliance_review_transcript import (
        ComplianceReviewTranscript as BetaComplianceReviewTranscript,
    )
    from .._models.compliance_review_user_actor import (
        ComplianceReviewUserActor as BetaComplianceReviewUserActor,
    )
    from .._models.compliance_settings_state import (
        ComplianceSettingsState as BetaComplianceSettingsState,
    )
    from .._models.compliance_settings_state_disabled import (
        ComplianceSettingsStateDisabled as BetaComplianceSettingsStateDisabled,
    )
    from .._models.compliance_settings_state_enabled import (
        ComplianceSettingsStateEnabled as BetaComplianceSettingsStateEnabled,
    )
    from .._models.computer_cursor_position_config import (
        ComputerCursorPositionConfig as BetaComputerCursorPositionConfig,
    )
    from .._models.computer_cursor_position_input import (
        ComputerCursorPositionInput as BetaComputerCursorPositionInput,
    )
    from .._models.computer_cursor_position_tool_use_block import (
        ComputerCursorPositionToolUseBlock as BetaComputerCursorPositionToolUseBlock,
    )
    from .._models.computer_cursor_position_tool_use_block import (
        ComputerCursorPositionToolUseBlock as BetaResponseComputerCursorPositionToolUseBlock,
    )
    from .._models.computer_double_click_config import (
        ComputerDoubleClickConfig as BetaComputerDoubleClickConfig,
    )
    from .._models.computer_double_click_input import (
        ComputerDoubleClickInput as BetaComputerDoubleClickInput,
    )
    from .._models.computer_double_click_tool_use_block import (
        ComputerDoubleClickToolUseBlock as BetaComputerDoubleClickToolUseBlock,
    )
    from .._models.computer_double_click_tool_use_block import (
        ComputerDoubleClickToolUseBlock as BetaResponseComputerDoubleClickToolUseBlock,
    )
    from .._models.computer_hold_key_config import (
        ComputerHoldKeyConfig as BetaComputerHoldKeyConfig,
    )
    from .._models.computer_hold_key_input import ComputerHoldKeyInput as BetaComputerHoldKeyInput
    from .._models.computer_hold_key_tool_use_block import (
        ComputerHoldKeyToolUseBlock as BetaComputerHoldKeyToolUseBlock,
    )
    from .._models.computer_hold_key_tool_use_block import (
        ComputerHoldKeyToolUseBlock as BetaResponseComputerHoldKeyToolUseBlock,
    )
    from .._models.computer_key_config import ComputerKeyConfig as BetaComputerKeyConfig
    from .._models.computer_key_input import ComputerKeyInput as BetaComputerKeyInput
    from .._models.computer_key_tool_use_block import (
        ComputerKeyToolUseBlock as BetaComputerKeyToolUseBlock,
    )
    from .._models.computer_key_tool_use_block import (
        ComputerKeyToolUseBlock as BetaResponseComputerKeyToolUseBlock,
    )
    from .._models.computer_left_click_config import (
        ComputerLeftClickConfig as BetaComputerLeftClickConfig,
    )
    from .._models.computer_left_click_drag_config import (
        ComputerLeftClickDragConfig as BetaComputerLeftClickDragConfig,
    )
    from .._models.computer_left_click_drag_input import (
        ComputerLeftClickDragInput as BetaComputerLeftClickDragInput,
    )
    from .._models.computer_left_click_drag_tool_use_block import (
        ComputerLeftClickDragToolUseBlock as BetaComputerLeftClickDragToolUseBlock,
    )
    from .._models.computer_left_click_drag_tool_use_block import (
        ComputerLeftClickDragToolUseBlock as BetaResponseComputerLeftClickDragToolUseBlock,
    )
    from .._models.computer_left_click_input import (
        ComputerLeftClickInput as BetaComputerLeftClickInput,
    )
    from .._models.computer_left_click_tool_use_block import (
        ComputerLeftClickToolUseBlock as BetaComputerLeftClickToolUseBlock,
    )
    from .._models.computer_left_click_tool_use_block import (
        ComputerLeftClickToolUseBlock as BetaResponseComputerLeftClickToolUseBlock,
    )
    from .._models.computer_left_mouse_down_config import (
        ComputerLeftMouseDownConfig as BetaComputerLeftMouseDownConfig,
    )
    from .._models.computer_left_mouse_down_input import (
        ComputerLeftMouseDownInput as BetaComputerLeftMouseDownInput,
    )
    from .._models.computer_left_mouse_down_tool_use_block import (
        ComputerLeftMouseDownToolUseBlock as BetaComputerLeftMouseDownToolUseBlock,
    )
    from .._models.computer_left_mouse_down_tool_use_block import (
        ComputerLeftMouseDownToolUseBlock as BetaResponseComputerLeftMouseDownToolUseBlock,
    )
    from .._models.computer_left_mouse_up_config import (
        ComputerLeftMouseUpConfig as BetaComputerLeftMouseUpConfig,
    )
    from .._models.computer_left_mouse_up_input import (
        ComputerLeftMouseUpInput as BetaComputerLeftMouseUpInput,
    )
    from .._models.computer_left_mouse_up_tool_use_block import (
        ComputerLeftMouseUpToolUseBlock as BetaComputerLeftMouseUpToolUseBlock,
    )
    from .._models.computer_left_mouse_up_tool_use_block import (
        ComputerLeftMouseUpToolUseBlock as BetaResponseComputerLeftMouseUpToolUseBlock,
    )
    from .._models.computer_member_input import ComputerMemberInput as BetaComputerMemberInput
    from .._models.computer_member_name import (
        COMPUTER_MEMBER_NAME_VALUES as BETA_COMPUTER_MEMBER_NAME_VALUES,
    )
    from .._models.computer_member_name import ComputerMemberName as BetaComputerMemberName
    from .._models.computer_middle_click_config import (
        ComputerMiddleClickConfig as BetaComputerMiddleClickConfig,
    )
    from .._models.computer_middle_click_input import (
        ComputerMiddleClickInput as BetaComputerMiddleClickInput,
    )
    from .._models.computer_middle_click_tool_use_block import (
        ComputerMiddleClickToolUseBlock as BetaComputerMiddleClickToolUseBlock,
    )
    from .._models.computer_middle_click_tool_use_block import (
        ComputerMiddleClickToolUseBlock as BetaResponseComputerMiddleClickToolUseBlock,
    )
    from .._models.computer_mouse_move_config import (
        ComputerMouseMoveConfig as BetaComputerMouseMoveConfig,
    )
    from .._models.computer_mouse_move_input import (
        ComputerMouseMoveInput as BetaComputerMouseMoveInput,
    )
    from .._models.computer_mouse_move_tool_use_block import (
        ComputerMouseMoveToolUseBlock as BetaComputerMouseMoveToolUseBlock,
    )
    from .._models.computer_mouse_move_tool_use_block import (
        ComputerMouseMoveToolUseBlock as BetaResponseComputerMouseMoveToolUseBlock,
    )
    from .._models.computer_right_click_config import (
        ComputerRightClickConfig as BetaComputerRightClickConfig,
    )
    from .._models.computer_right_click_input import (
        ComputerRightClickInput as BetaComputerRightClickInput,
    )
    from .._models.computer_right_click_tool_use_block import (
        ComputerRightClickToolUseBlock as BetaComputerRightClickToolUseBlock,
    )
    from .._models.computer_right_click_tool_use_block import (
        ComputerRightClickToolUseBlock as BetaResponseComputerRightClickToolUseBlock,
    )
    from .._models.computer_screenshot_config import (
        ComputerScreenshotConfig as BetaComputerScreenshotConfig,
    )
    from .._models.computer_screenshot_input import (
        ComputerScreenshotInput as BetaComputerScreenshotInput,
    )
    from .._models.computer_screenshot_tool_use_block import (
        ComputerScreenshotToolUseBlock as BetaComputerScreenshotToolUseBlock,
    )
    from .._models.computer_screenshot_tool_use_block import (
        ComputerScreenshotToolUseBlock as BetaResponseComputerScreenshotToolUseBlock,
    )
    from .._models.computer_scroll_config import ComputerScrollConfig as BetaComputerScrollConfig
    from .._models.computer_scroll_direction import (
        ComputerScrollDirection as BetaComputerScrollDirection,
    )
    from .._models.computer_scroll_input import ComputerScrollInput as BetaComputerScrollInput
    from .._models.computer_scroll_tool_use_block import (
        ComputerScrollToolUseBlock as BetaComputerScrollToolUseBlock,
    )
    from .._models.computer_scroll_tool_use_block import (
        ComputerScrollToolUseBlock as BetaResponseComputerScrollToolUseBlock,
    )
    from .._models.computer_tool_use_block import ComputerToolUseBlock as BetaComputerToolUseBlock
    from .._models.computer_tool_use_block import (
        ComputerToolUseBlock as BetaResponseComputerToolUseBlock,
    )
    from .._models.computer_toolset20260801 import (
        ComputerToolset20260801 as BetaComputerToolset20260801,
    )
    from .._models.computer_toolset_configs import (
        ComputerToolsetConfigs as BetaComputerToolsetConfigs,
    )
    from .._models.computer_triple_click_config import (
        ComputerTripleClickConfig as BetaComputerTripleClickConfig,
    )
    from .._models.computer_triple_click_input import (
        ComputerTripleClickInput as BetaComputerTripleClickInput,
    )
    from .._models.computer_triple_click_tool_use_block import (
        ComputerTripleClickToolUseBlock as BetaComputerTripleClickToolUseBlock,
    )
    from .._models.computer_triple_click_tool_use_block import (
        ComputerTripleClickToolUseBlock as BetaResponseComputerTripleClickToolUseBlock,
    )
    from .._models.computer_type_config import ComputerTypeConfig as BetaComputerTypeConfig
    from .._models.computer_type_input import ComputerTypeInput as BetaComputerTypeInput
    from .._models.computer_type_tool_use_block import (
        ComputerTypeToolUseBlock as BetaComputerTypeToolUseBlock,
    )
    from .._models.computer_type_tool_use_block import (
        ComputerTypeToolUseBlock as BetaResponseComputerTypeToolUseBlock,
    )
    from .._models.computer_wait_config import ComputerWaitConfig as BetaComputerWaitConfig
    from .._models.computer_wait_input import ComputerWaitInput as BetaComputerWaitInput
    from .._models.computer_wait_tool_use_block import (
        ComputerWaitToolUseBlock as BetaComputerWaitToolUseBlock,
    )
    from .._models.computer_wait_tool_use_block import (
        ComputerWaitToolUseBlock as BetaResponseComputerWaitToolUseBlock,
    )
    from .._models.computer_zoom_config import ComputerZoomConfig as BetaComputerZoomConfig
    from .._models.computer_zoom_input import ComputerZoomInput as BetaComputerZoomInput
    from .._models.computer_zoom_tool_use_block import (
        ComputerZoomToolUseBlock as BetaComputerZoomToolUseBlock,
    )
    from .._models.computer_zoom_tool_use_block import (
        ComputerZoomToolUseBlock as BetaResponseComputerZoomToolUseBlock,
    )
    from .._models.concurrent_membership_change_error_details import (
        ConcurrentMembershipChangeErrorDetails as BetaConcurrentMembershipChangeErrorDetails,
    )
    from .._models.container import Container as BetaContainer
    from .._models.container_skill import ContainerSkill as BetaContainerSkill
    from .._models.container_skill_type import ContainerSkillType as BetaContainerSkillType
    from .._models.container_upload_block import ContainerUploadBlock as BetaContainerUploadBlock
    from .._models.content_block import ContentBlock as BetaContentBlock
    from .._models.context_management_capability import (
        ContextManagementCapability as BetaContextManagementCapability,
    )
    from .._models.context_management_response import (
        ContextManagementResponse as BetaContextManagementResponse,
    )
    from .._models.contract_spend_limit_reached_error_details import (
        ContractSpendLimitReachedErrorDetails as BetaContractSpendLimitReachedErrorDetails,
    )
    from .._models.count_tokens_context_management_response import (
        CountTokensContextManagementResponse as BetaCountTokensContextManagementResponse,
    )
    from .._models.credential_page import CredentialPage as BetaCredentialPage
    from .._models.currency import Currency as BetaCurrency
    from .._models.data_residency import DataResidency as BetaDataResidency
    from .._models.data_residency_default_inference_geo import (
        DataResidencyDefaultInferenceGeo as BetaDataResidencyDefaultInferenceGeo,
    )
    from .._models.data_residency_workspace_geo import (
        DataResidencyWorkspaceGeo as BetaDataResidencyWorkspaceGeo,
    )
    from .._models.deleted_claude_code_rbac_group_managed_settings import (
        DeletedClaudeCodeRBACGroupManagedSettings as BetaDeletedClaudeCodeRBACGroupManagedSettings,
    )
    from .._models.deleted_external_storage import (
        DeletedExternalStorage as BetaDeletedExternalStorage,
    )
    from .._models.deleted_file import DeletedFile as BetaDeletedFile
    from .._models.deleted_file import DeletedFile as DeletedFile
    from .._models.deleted_message_batch import DeletedMessageBatch as BetaDeletedMessageBatch
    from .._models.deleted_organization_webhook_endpoint import (
        DeletedOrganizationWebhookEndpoint as BetaDeletedOrganizationWebhookEndpoint,
    )
    from .._models.deleted_plugin import DeletedPlugin as BetaDeletedPlugin
    from .._models.deleted_plugin_installation_setting import (
        DeletedPluginInstallationSetting as BetaDeletedPluginInstallationSetting,
    )
    from .._models.deleted_rbac_group import DeletedRBACGroup as BetaDeletedRBACGroup
    from .._models.deleted_rbac_group_member import (
        DeletedRBACGroupMember as BetaDeletedRBACGroupMember,
    )
    from .._models.deleted_skill import DeletedSkill as BetaDeletedSkill
    from .._models.deleted_skill_version import DeletedSkillVersion as BetaDeletedSkillVersion
    from .._models.deleted_telemetry_destination import (
        DeletedTelemetryDestination as BetaDeletedTelemetryDestination,
    )
    from .._models.deleted_telemetry_destination_workspace import (
        DeletedTelemetryDestinationWorkspace as BetaDeletedTelemetryDestinationWorkspace,
    )
    from .._models.deleted_user_profile import DeletedUserProfile as BetaDeletedUserProfile
    from .._models.diagnostics import Diagnostics as BetaDiagnostics
    from .._models.direct_caller import DirectCaller as BetaDirectCaller
    from .._models.document_block import DocumentBlock as BetaDocumentBlock
    from .._models.document_source import DocumentSource as BetaDocumentSource
    from .._models.draining_external_storage_status import (
        DrainingExternalStorageStatus as BetaDrainingExternalStorageStatus,
    )
    from .._models.dream import Dream as BetaDream
    from .._models.dream_error import DreamError as BetaDreamError
    from .._models.dream_error import DreamError as BetaDreamErrorObject
    from .._models.dream_input import DreamInput as BetaDreamInput
    from .._models.dream_memory_store_input import (
        DreamMemoryStoreInput as BetaDreamMemoryStoreInput,
    )
    from .._models.dream_memory_store_output import (
        DreamMemoryStoreOutput as BetaDreamMemoryStoreOutput,
    )
    from .._models.dream_memory_store_output import DreamMemoryStoreOutput as BetaDreamOutput
    from .._models.dream_model_config import DreamModelConfig as BetaDreamModelConfig
    from .._models.dream_page import DreamPage as BetaDreamPage
    from .._models.dream_sessions_input import DreamSessionsInput as BetaDreamSessionsInput
    from .._models.dream_status import DreamStatus as BetaDreamStatus
    from .._models.dream_usage import DreamUsage as BetaDreamUsage
    from .._models.effort_capability import EffortCapability as BetaEffortCapability
    from .._models.email_domain_not_allowed_error_details import (
        EmailDomainNotAllowedErrorDetails as BetaEmailDomainNotAllowedErrorDetails,
    )
    from .._models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock as BetaEncryptedCodeExecutionResultBlock,
    )
    from .._models.enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails as BetaEnforcedSpendLimitReachedErrorDetails,
    )
    from .._models.environment import Environment as BetaEnvironment
    from .._models.environment_archived_error_details import (
        EnvironmentArchivedErrorDetails as BetaEnvironmentArchivedErrorDetails,
    )
    from .._models.environment_config import EnvironmentConfig as BetaEnvironmentConfig
    from .._models.environment_create_disabled_error_details import (
        EnvironmentCreateDisabledErrorDetails as BetaEnvironmentCreateDisabledErrorDetails,
    )
    from .._models.environment_delete_response import (
        EnvironmentDeleteResponse as BetaEnvironmentDeleteResponse,
    )
    from .._models.environment_list_response import (
        EnvironmentListResponse as BetaEnvironmentListResponse,
    )
    from .._models.environment_not_found_error_details import (
        EnvironmentNotFoundErrorDetails as BetaEnvironmentNotFoundErrorDetails,
    )
    from .._models.environment_scope import EnvironmentScope as BetaEnvironmentScope
    from .._models.environment_update_disabled_error_details import (
        EnvironmentUpdateDisabledErrorDetails as BetaEnvironmentUpdateDisabledErrorDetails,
    )
    from .._models.error_details import ErrorDetails as BetaErrorDetails
    from .._models.error_event import ErrorEvent as BetaErrorEvent
    from .._models.error_object import ErrorObject as BetaErrorObject
    from .._models.error_response import ErrorResponse as BetaErrorResponse
    from .._models.error_type import ErrorType as BetaErrorType
    from .._models.external_key import ExternalKey as BetaExternalKey
    from .._models.external_key_attached_attachment import (
        ExternalKeyAttachedAttachment as BetaExternalKeyAttachedAttachment,
    )
    from .._models.external_key_attachment import ExternalKeyAttachment as BetaExternalKeyAttachment
    from .._models.external_key_changed_error_details import (
        ExternalKeyChangedErrorDetails as BetaExternalKeyChangedErrorDetails,
    )
    from .._models.external_key_delete_response import (
        ExternalKeyDeleteResponse as BetaExternalKeyDeleteResponse,
    )
    from .._models.external_key_in_workspace_policy_error_details import (
        ExternalKeyInWorkspacePolicyErrorDetails as BetaExternalKeyInWorkspacePolicyErrorDetails,
    )
    from .._models.external_key_not_found_error_details import (
        ExternalKeyNotFoundErrorDetails as BetaExternalKeyNotFoundErrorDetails,
    )
    from .._models.external_key_page import ExternalKeyPage as BetaExternalKeyPage
    from .._models.external_key_provider_config import (
        ExternalKeyProviderConfig as BetaExternalKeyProviderConfig,
    )
    from .._models.external_key_provider_mismatch_error_details import (
        ExternalKeyProviderMismatchErrorDetails as BetaExternalKeyProviderMismatchErrorDetails,
    )
    from .._models.external_key_unattached_attachment import (
        ExternalKeyUnattachedAttachment as BetaExternalKeyUnattachedAttachment,
    )
    from .._models.external_key_validate_response import (
        ExternalKeyValidateResponse as BetaExternalKeyValidateResponse,
    )
    from .._models.external_key_validate_response_status import (
        ExternalKeyValidateResponseStatus as BetaExternalKeyValidateResponseStatus,
    )
    from .._models.external_key_validation_failed_error_details import (
        ExternalKeyValidationFailedErrorDetails as BetaExternalKeyValidationFailedErrorDetails,
    )
    from .._models.external_key_validation_timed_out_error_details import (
        ExternalKeyValidationTimedOutErrorDetails as BetaExternalKeyValidationTimedOutErrorDetails,
    )
    from .._models.external_storage import ExternalStorage as BetaExternalStorage
    from .._models.external_storage_failed_check import (
        ExternalStorageFailedCheck as BetaExternalStorageFailedCheck,
    )
    from .._models.external_storage_failed_check_check import (
        ExternalStorageFailedCheckCheck as BetaExternalStorageFailedCheckCheck,
    )
    from .._models.external_storage_failed_check_role import (
        ExternalStorageFailedCheckRole as BetaExternalStorageFailedCheckRole,
    )
    from .._models.external_storage_in_use_error_details import (
        ExternalStorageInUseErrorDetails as BetaExternalStorageInUseErrorDetails,
    )
    from .._models.external_storage_in_workspace_policy_error_details import (
        ExternalStorageInWorkspacePolicyErrorDetails as BetaExternalStorageInWorkspacePolicyErrorDetails,
    )
    from .._models.external_storage_member import ExternalStorageMember as BetaExternalStorageMember
    from .._models.external_storage_not_available_error_details import (
        ExternalStorageNotAvailableErrorDetails as BetaExternalStorageNotAvailableErrorDetails,
    )
    from .._models.external_storage_page import ExternalStoragePage as BetaExternalStoragePage
    from .._models.external_storage_provider_config import (
        ExternalStorageProviderConfig as BetaExternalStorageProviderConfig,
    )
    from .._models.external_storage_status import ExternalStorageStatus as BetaExternalStorageStatus
    from .._models.fallback_block import FallbackBlock as BetaFallbackBlock
    from .._models.fallback_credit_not_applied import (
        FallbackCreditNotApplied as BetaFallbackCreditNotApplied,
    )
    from .._models.fallback_credit_not_applied_reason import (
        FallbackCreditNotAppliedReason as BetaFallbackCreditNotAppliedReason,
    )
    from .._models.fallback_credit_redeemed import (
        FallbackCreditRedeemed as BetaFallbackCreditRedeemed,
    )
    from .._models.fallback_credit_status import FallbackCreditStatus as BetaFallbackCreditStatus
    from .._models.fallback_credit_usage import FallbackCreditUsage as BetaFallbackCreditUsage
    from .._models.fallback_hop_info import FallbackHopInfo as BetaFallbackHopInfo
    from .._models.fallback_hop_info import FallbackHopInfo as BetaFallbackInfo
    from .._models.fallback_message_iteration_usage import (
        FallbackMessageIterationUsage as BetaFallbackMessageIterationUsage,
    )
    from .._models.fallback_refusal_trigger import (
        FallbackRefusalTrigger as BetaFallbackRefusalTrigger,
    )
    from .._models.federation_issuer import FederationIssuer as BetaFederationIssuer
    from .._models.federation_issuer_page import FederationIssuerPage as BetaFederationIssuerPage
    from .._models.federation_issuer_poll_status import (
        FederationIssuerPollStatus as BetaFederationIssuerPollStatus,
    )
    from .._models.federation_jwks import FederationJWKS as BetaFederationJWKS
    from .._models.federation_rule import FederationRule as BetaFederationRule
    from .._models.federation_rule_match import FederationRuleMatch as BetaFederationRuleMatch
    from .._models.federation_rule_page import FederationRulePage as BetaFederationRulePage
    from .._models.federation_rule_workspace import (
        FederationRuleWorkspace as BetaFederationRuleWorkspace,
    )
    from .._models.federation_rule_workspace_page import (
        FederationRuleWorkspacePage as BetaFederationRuleWorkspacePage,
    )
    from .._models.federation_rule_workspace_remove_response import (
        FederationRuleWorkspaceRemoveResponse as BetaFederationRuleWorkspaceRemoveResponse,
    )
    from .._models.file_expired_error_details import (
        FileExpiredErrorDetails as BetaFileExpiredErrorDetails,
    )
    from .._models.file_metadata import FileMetadata as BetaFileMetadata
    from .._models.file_metadata import FileMetadata as FileMetadata
    from .._models.file_metadata_page import FileMetadataPage as BetaFileMetadataPage
    from .._models.file_not_downloadable_error_details import (
        FileNotDownloadableErrorDetails as BetaFileNotDownloadableErrorDetails,
    )
    from .._models.file_scope import FileScope as BetaFileScope
    from .._models.gateway_timeout_error import GatewayTimeoutError as BetaGatewayTimeoutError
    from .._models.gateway_timeout_error import GatewayTimeoutError as BetaGatewayTimeoutErrorObject
    from .._models.gcp_external_key_config import GCPExternalKeyConfig as BetaGCPExternalKeyConfig
    from .._models.gcp_external_storage_config import (
        GCPExternalStorageConfig as BetaGCPExternalStorageConfig,
    )
    from .._models.gcp_project_controlled_by_another_organization_error_details import (
        GCPProjectControlledByAnotherOrganizationErrorDetails as BetaGCPProjectControlledByAnotherOrganizationErrorDetails,
    )
    from .._models.gcp_project_not_verified_error_details import (
        GCPProjectNotVerifiedErrorDetails as BetaGCPProjectNotVerifiedErrorDetails,
    )
    from .._models.google_managed_bucket_reference import (
        GoogleManagedBucketReference as BetaGoogleManagedBucketReference,
    )
    from .._models.google_managed_cmek_control import (
        GoogleManagedCMEKControl as BetaGoogleManagedCMEKControl,
    )
    from .._models.google_managed_cmek_disabled import (
        GoogleManagedCMEKDisabled as BetaGoogleManagedCMEKDisabled,
    )
    from .._models.google_managed_cmek_enabled import (
        GoogleManagedCMEKEnabled as BetaGoogleManagedCMEKEnabled,
    )
    from .._models.google_managed_cmek_region_active import (
        GoogleManagedCMEKRegionActive as BetaGoogleManagedCMEKRegionActive,
    )
    from .._models.google_managed_cmek_region_failed import (
        GoogleManagedCMEKRegionFailed as BetaGoogleManagedCMEKRegionFailed,
    )
    from .._models.google_managed_cmek_region_not_configured import (
        GoogleManagedCMEKRegionNotConfigured as BetaGoogleManagedCMEKRegionNotConfigured,
    )
    from .._models.google_managed_cmek_region_pending import (
        GoogleManagedCMEKRegionPending as BetaGoogleManagedCMEKRegionPending,
    )
    from .._models.google_managed_cmek_region_status import (
        GoogleManagedCMEKRegionStatus as BetaGoogleManagedCMEKRegionStatus,
    )
    from .._models.google_managed_cmek_region_suspended import (
        GoogleManagedCMEKRegionSuspended as BetaGoogleManagedCMEKRegionSuspended,
    )
    from .._models.google_managed_data_controls import (
        GoogleManagedDataControls as BetaGoogleManagedDataControls,
    )
    from .._models.google_managed_project_cmek_control import (
        GoogleManagedProjectCMEKControl as BetaGoogleManagedProjectCMEKControl,
    )
    from .._models.google_managed_project_cmek_disabled import (
        GoogleManagedProjectCMEKDisabled as BetaGoogleManagedProjectCMEKDisabled,
    )
    from .._models.google_managed_project_cmek_enabled import (
        GoogleManagedProjectCMEKEnabled as BetaGoogleManagedProjectCMEKEnabled,
    )
    from .._models.google_managed_project_cmek_region_active import (
        GoogleManagedProjectCMEKRegionActive as BetaGoogleManagedProjectCMEKRegionActive,
    )
    from .._models.google_managed_project_cmek_region_failed import (
        GoogleManagedProjectCMEKRegionFailed as BetaGoogleManagedProjectCMEKRegionFailed,
    )
    from .._models.google_managed_project_cmek_region_not_configured import (
        GoogleManagedProjectCMEKRegionNotConfigured as BetaGoogleManagedProjectCMEKRegionNotConfigured,
    )
    from .._models.google_managed_project_cmek_region_pending import (
        GoogleManagedProjectCMEKRegionPending as BetaGoogleManagedProjectCMEKRegionPending,
    )
    from .._models.google_managed_project_cmek_region_status import (
        GoogleManagedProjectCMEKRegionStatus as BetaGoogleManagedProjectCMEKRegionStatus,
    )
    from .._models.google_managed_project_cmek_region_suspended import (
        GoogleManagedProjectCMEKRegionSuspended as BetaGoogleManagedProjectCMEKRegionSuspended,
    )
    from .._models.google_managed_project_data_controls import (
        GoogleManagedProjectDataControls as BetaGoogleManagedProjectDataControls,
    )
    from .._models.google_managed_project_effective_bucket import (
        GoogleManagedProjectEffectiveBucket as BetaGoogleManagedProjectEffectiveBucket,
    )
    from .._models.google_managed_project_retired_bucket import (
        GoogleManagedProjectRetiredBucket as BetaGoogleManagedProjectRetiredBucket,
    )
    from .._models.google_managed_project_retired_key import (
        GoogleManagedProjectRetiredKey as BetaGoogleManagedProjectRetiredKey,
    )
    from .._models.google_managed_project_storage_bucket import (
        GoogleManagedProjectStorageBucket as BetaGoogleManagedProjectStorageBucket,
    )
    from .._models.google_managed_project_storage_control import (
        GoogleManagedProjectStorageControl as BetaGoogleManagedProjectStorageControl,
    )
    from .._models.google_managed_project_storage_disabled import (
        GoogleManagedProjectStorageDisabled as BetaGoogleManagedProjectStorageDisabled,
    )
    from .._models.google_managed_project_storage_enabled import (
        GoogleManagedProjectStorageEnabled as BetaGoogleManagedProjectStorageEnabled,
    )
    from .._models.google_managed_project_storage_failed_check import (
        GoogleManagedProjectStorageFailedCheck as BetaGoogleManagedProjectStorageFailedCheck,
    )
    from .._models.google_managed_project_storage_failed_check_check import (
        GoogleManagedProjectStorageFailedCheckCheck as BetaGoogleManagedProjectStorageFailedCheckCheck,
    )
    from .._models.google_managed_project_storage_failed_check_role import (
        GoogleManagedProjectStorageFailedCheckRole as BetaGoogleManagedProjectStorageFailedCheckRole,
    )
    from .._models.google_managed_project_storage_region_active import (
        GoogleManagedProjectStorageRegionActive as BetaGoogleManagedProjectStorageRegionActive,
    )
    from .._models.google_managed_project_storage_region_failed import (
        GoogleManagedProjectStorageRegionFailed as BetaGoogleManagedProjectStorageRegionFailed,
    )
    from .._models.google_managed_project_storage_region_not_configured import (
        GoogleManagedProjectStorageRegionNotConfigured as BetaGoogleManagedProjectStorageRegionNotConfigured,
    )
    from .._models.google_managed_project_storage_region_pending import (
        GoogleManagedProjectStorageRegionPending as BetaGoogleManagedProjectStorageRegionPending,
    )
    from .._models.google_managed_project_storage_region_status import (
        GoogleManagedProjectStorageRegionStatus as BetaGoogleManagedProjectStorageRegionStatus,
    )
    from .._models.google_managed_project_storage_region_suspended import (
        GoogleManagedProjectStorageRegionSuspended as BetaGoogleManagedProjectStorageRegionSuspended,
    )
    from .._models.google_managed_retired_bucket import (
        GoogleManagedRetiredBucket as BetaGoogleManagedRetiredBucket,
    )
    from .._models.google_managed_retired_key import (
        GoogleManagedRetiredKey as BetaGoogleManagedRetiredKey,
    )
    from .._models.google_managed_storage_bucket import (
        GoogleManagedStorageBucket as BetaGoogleManagedStorageBucket,
    )
    from .._models.google_managed_storage_control import (
        GoogleManagedStorageControl as BetaGoogleManagedStorageControl,
    )
    from .._models.google_managed_storage_disabled import (
        GoogleManagedStorageDisabled as BetaGoogleManagedStorageDisabled,
    )
    from .._models.google_managed_storage_enabled import (
        GoogleManagedStorageEnabled as BetaGoogleManagedStorageEnabled,
    )
    from .._models.google_managed_storage_failed_check import (
        GoogleManagedStorageFailedCheck as BetaGoogleManagedStorageFailedCheck,
    )
    from .._models.google_managed_storage_failed_check_check import (
        GoogleManagedStorageFailedCheckCheck as BetaGoogleManagedStorageFailedCheckCheck,
    )
    from .._models.google_managed_storage_failed_check_role import (
        GoogleManagedStorageFailedCheckRole as BetaGoogleManagedStorageFailedCheckRole,
    )
    from .._models.google_managed_storage_region_active import (
        GoogleManagedStorageRegionActive as BetaGoogleManagedStorageRegionActive,
    )
    from .._models.google_managed_storage_region_failed import (
        GoogleManagedStorageRegionFailed as BetaGoogleManagedStorageRegionFailed,
    )
    from .._models.google_managed_storage_region_not_configured import (
        GoogleManagedStorageRegionNotConfigured as BetaGoogleManagedStorageRegionNotConfigured,
    )
    from .._models.google_managed_storage_region_pending import (
        GoogleManagedStorageRegionPending as BetaGoogleManagedStorageRegionPending,
    )
    from .._models.google_managed_storage_region_status import (
        GoogleManagedStorageRegionStatus as BetaGoogleManagedStorageRegionStatus,
    )
    from .._models.google_managed_storage_region_suspended import (
        GoogleManagedStorageRegionSuspended as BetaGoogleManagedStorageRegionSuspended,
    )
    from .._models.grant_required_error_details import (
        GrantRequiredErrorDetails as BetaGrantRequiredErrorDetails,
    )
    from .._models.heartbeat_precondition_failed_error_details import (
        HeartbeatPreconditionFailedErrorDetails as BetaHeartbeatPreconditionFailedErrorDetails,
    )
    from .._models.human_review_not_available_error_details import (
        HumanReviewNotAvailableErrorDetails as BetaHumanReviewNotAvailableErrorDetails,
    )
    from .._models.human_review_on_with_external_storage_error_details import (
        HumanReviewOnWithExternalStorageErrorDetails as BetaHumanReviewOnWithExternalStorageErrorDetails,
    )
    from .._models.image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails as BetaImageDimensionsTooLargeErrorDetails,
    )
    from .._models.increase_request_approve_response import (
        IncreaseRequestApproveResponse as BetaIncreaseRequestApproveResponse,
    )
    from .._models.inference_data_privacy import InferenceDataPrivacy as BetaInferenceDataPrivacy
    from .._models.input_json_delta import InputJSONDelta as BetaInputJSONDelta
    from .._models.input_json_delta import InputJSONDelta as BetaInputJsonDelta
    from .._models.input_transformation import InputTransformation as BetaInputTransformation
    from .._models.input_transformation_reason import (
        InputTransformationReason as BetaInputTransformationReason,
    )
    from .._models.internal_storage import InternalStorage as BetaInternalStorage
    from .._models.invalid_config_type_change_error_details import (
        InvalidConfigTypeChangeErrorDetails as BetaInvalidConfigTypeChangeErrorDetails,
    )
    from .._models.invalid_metadata_error_details import (
        InvalidMetadataErrorDetails as BetaInvalidMetadataErrorDetails,
    )
    from .._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestError
    from .._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestErrorObject
    from .._models.invalid_storage_arn_error_details import (
        InvalidStorageARNErrorDetails as BetaInvalidStorageARNErrorDetails,
    )
    from .._models.invite_already_exists_error_details import (
        InviteAlreadyExistsErrorDetails as BetaInviteAlreadyExistsErrorDetails,
    )
    from .._models.invite_delete_response import InviteDeleteResponse as BetaInviteDeleteResponse
    from .._models.iterations_usage import IterationsUsage as BetaIterationsUsage
    from .._models.jwks_discovery import JWKSDiscovery as BetaJWKSDiscovery
    from .._models.jwks_explicit_url import JWKSExplicitURL as BetaJWKSExplicitURL
    from .._models.jwks_inline import JWKSInline as BetaJWKSInline
    from .._models.key_profile_mismatch_error_details import (
        KeyProfileMismatchErrorDetails as BetaKeyProfileMismatchErrorDetails,
    )
    from .._models.known_model import KnownModel as BetaKnownModel
    from .._models.limited_network import LimitedNetwork as BetaLimitedNetwork
    from .._models.linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails as BetaLinkedOrganizationBillingUnavailableErrorDetails,
    )
    from .._models.linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails as BetaLinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from .._models.managed_agents_actor import ManagedAgentsActor as BetaManagedAgentsActor
    from .._models.managed_agents_add_session_resource import (
        ManagedAgentsAddSessionResource as BetaManagedAgentsAddSessionResource,
    )
    from .._models.managed_agents_advisor import ManagedAgentsAdvisor as BetaManagedAgentsAdvisor
    from .._models.managed_agents_agent import ManagedAgentsAgent as BetaManagedAgentsAgent
    from .._models.managed_agents_agent_archived_deployment_paused_reason_error import (
        ManagedAgentsAgentArchivedDeploymentPausedReasonError as BetaManagedAgentsAgentArchivedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_agent_archived_deployment_paused_reason_error import (
        ManagedAgentsAgentArchivedDeploymentPausedReasonError as BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_agent_archived_run_error import (
        ManagedAgentsAgentArchivedRunError as BetaManagedAgentsAgentArchivedRunError,
    )
    from .._models.managed_agents_agent_archived_run_error import (
        ManagedAgentsAgentArchivedRunError as BetaManagedAgentsAgentArchivedRunErrorObject,
    )
    from .._models.managed_agents_agent_auto_evaluated_permission import (
        ManagedAgentsAgentAutoEvaluatedPermission as BetaManagedAgentsAgentAutoEvaluatedPermission,
    )
    from .._models.managed_agents_agent_auto_evaluated_permission_allow import (
        ManagedAgentsAgentAutoEvaluatedPermissionAllow as BetaManagedAgentsAgentAutoEvaluatedPermissionAllow,
    )
    from .._models.managed_agents_agent_auto_evaluated_permission_ask import (
        ManagedAgentsAgentAutoEvaluatedPermissionAsk as BetaManagedAgentsAgentAutoEvaluatedPermissionAsk,
    )
    from .._models.managed_agents_agent_auto_evaluated_permission_deny import (
        ManagedAgentsAgentAutoEvaluatedPermissionDeny as BetaManagedAgentsAgentAutoEvaluatedPermissionDeny,
    )
    from .._models.managed_agents_agent_custom_tool_use_event import (
        ManagedAgentsAgentCustomToolUseEvent as BetaManagedAgentsAgentCustomToolUseEvent,
    )
    from .._models.managed_agents_agent_evaluated_permission import (
        ManagedAgentsAgentEvaluatedPermission as BetaManagedAgentsAgentEvaluatedPermission,
    )
    from .._models.managed_agents_agent_mcp_tool_result_event import (
        ManagedAgentsAgentMcpToolResultEvent as BetaManagedAgentsAgentMcpToolResultEvent,
    )
    from .._models.managed_agents_agent_mcp_tool_use_event import (
        ManagedAgentsAgentMcpToolUseEvent as BetaManagedAgentsAgentMcpToolUseEvent,
    )
    from .._models.managed_agents_agent_message_content_block import (
        ManagedAgentsAgentMessageContentBlock as BetaManagedAgentsAgentMessageContentBlock,
    )
    from .._models.managed_agents_agent_message_event import (
        ManagedAgentsAgentMessageEvent as BetaManagedAgentsAgentMessageEvent,
    )
    from .._models.managed_agents_agent_reference import (
        ManagedAgentsAgentReference as BetaManagedAgentsAgentReference,
    )
    from .._models.managed_agents_agent_thinking_event import (
        ManagedAgentsAgentThinkingEvent as BetaManagedAgentsAgentThinkingEvent,
    )
    from .._models.managed_agents_agent_thread_context_compacted_event import (
        ManagedAgentsAgentThreadContextCompactedEvent as BetaManagedAgentsAgentThreadContextCompactedEvent,
    )
    from .._models.managed_agents_agent_thread_message_received_event import (
        ManagedAgentsAgentThreadMessageReceivedEvent as BetaManagedAgentsAgentThreadMessageReceivedEvent,
    )
    from .._models.managed_agents_agent_thread_message_sent_event import (
        ManagedAgentsAgentThreadMessageSentEvent as BetaManagedAgentsAgentThreadMessageSentEvent,
    )
    from .._models.managed_agents_agent_tool import (
        ManagedAgentsAgentTool as BetaManagedAgentsAgentTool,
    )
    from .._models.managed_agents_agent_tool_config_union import (
        ManagedAgentsAgentToolConfigUnion as BetaManagedAgentsAgentToolConfig,
    )
    from .._models.managed_agents_agent_tool_config_union import (
        ManagedAgentsAgentToolConfigUnion as BetaManagedAgentsAgentToolConfigUnion,
    )
    from .._models.managed_agents_agent_tool_evaluation import (
        ManagedAgentsAgentToolEvaluation as BetaManagedAgentsAgentToolEvaluation,
    )
    from .._models.managed_agents_agent_tool_evaluation_always_allow import (
        ManagedAgentsAgentToolEvaluationAlwaysAllow as BetaManagedAgentsAgentToolEvaluationAlwaysAllow,
    )
    from .._models.managed_agents_agent_tool_evaluation_always_ask import (
        ManagedAgentsAgentToolEvaluationAlwaysAsk as BetaManagedAgentsAgentToolEvaluationAlwaysAsk,
    )
    from .._models.managed_agents_agent_tool_evaluation_auto import (
        ManagedAgentsAgentToolEvaluationAuto as BetaManagedAgentsAgentToolEvaluationAuto,
    )
    from .._models.managed_agents_agent_tool_result_event import (
        ManagedAgentsAgentToolResultEvent as BetaManagedAgentsAgentToolResultEvent,
    )
    from .._models.managed_agents_agent_tool_use_event import (
        ManagedAgentsAgentToolUseEvent as BetaManagedAgentsAgentToolUseEvent,
    )
    from .._models.managed_agents_agent_toolset20260401 import (
        ManagedAgentsAgentToolset20260401 as BetaManagedAgentsAgentToolset20260401,
    )
    from .._models.managed_agents_agent_toolset20260401_bash_input import (
        ManagedAgentsAgentToolset20260401BashInput as BetaManagedAgentsAgentToolset20260401BashInput,
    )
    from .._models.managed_agents_agent_toolset20260401_edit_input import (
        ManagedAgentsAgentToolset20260401EditInput as BetaManagedAgentsAgentToolset20260401EditInput,
    )
    from .._models.managed_agents_agent_toolset20260401_glob_input import (
        ManagedAgentsAgentToolset20260401GlobInput as BetaManagedAgentsAgentToolset20260401GlobInput,
    )
    from .._models.managed_agents_agent_toolset20260401_grep_input import (
        ManagedAgentsAgentToolset20260401GrepInput as BetaManagedAgentsAgentToolset20260401GrepInput,
    )
    from .._models.managed_agents_agent_toolset20260401_read_input import (
        ManagedAgentsAgentToolset20260401ReadInput as BetaManagedAgentsAgentToolset20260401ReadInput,
    )
    from .._models.managed_agents_agent_toolset20260401_write_input import (
        ManagedAgentsAgentToolset20260401WriteInput as BetaManagedAgentsAgentToolset20260401WriteInput,
    )
    from .._models.managed_agents_agent_toolset_default_config import (
        ManagedAgentsAgentToolsetDefaultConfig as BetaManagedAgentsAgentToolsetDefaultConfig,
    )
    from .._models.managed_agents_always_allow_policy import (
        ManagedAgentsAlwaysAllowPolicy as BetaManagedAgentsAlwaysAllowPolicy,
    )
    from .._models.managed_agents_always_ask_policy import (
        ManagedAgentsAlwaysAskPolicy as BetaManagedAgentsAlwaysAskPolicy,
    )
    from .._models.managed_agents_anthropic_skill import (
        ManagedAgentsAnthropicSkill as BetaManagedAgentsAnthropicSkill,
    )
    from .._models.managed_agents_api_actor import (
        ManagedAgentsApiActor as BetaManagedAgentsApiActor,
    )
    from .._models.managed_agents_auto_policy import (
        ManagedAgentsAutoPolicy as BetaManagedAgentsAutoPolicy,
    )
    from .._models.managed_agents_aws_agent_core_gateway_mcp_server import (
        ManagedAgentsAWSAgentCoreGatewayMCPServer as BetaManagedAgentsAWSAgentCoreGatewayMCPServer,
    )
    from .._models.managed_agents_aws_role_execution_identity import (
        ManagedAgentsAWSRoleExecutionIdentity as BetaManagedAgentsAWSRoleExecutionIdentity,
    )
    from .._models.managed_agents_base64_document_source import (
        ManagedAgentsBase64DocumentSource as BetaManagedAgentsBase64DocumentSource,
    )
    from .._models.managed_agents_base64_image_source import (
        ManagedAgentsBase64ImageSource as BetaManagedAgentsBase64ImageSource,
    )
    from .._models.managed_agents_bash_tool_config import (
        ManagedAgentsBashToolConfig as BetaManagedAgentsBashToolConfig,
    )
    from .._models.managed_agents_bedrock_agent import (
        ManagedAgentsBedrockAgent as BetaManagedAgentsBedrockAgent,
    )
    from .._models.managed_agents_bedrock_agent_list_item import (
        ManagedAgentsBedrockAgentListItem as BetaManagedAgentsBedrockAgentListItem,
    )
    from .._models.managed_agents_bedrock_agent_list_item_model import (
        ManagedAgentsBedrockAgentListItemModel as BetaManagedAgentsBedrockAgentListItemModel,
    )
    from .._models.managed_agents_bedrock_agent_mcp_elicitation_event import (
        ManagedAgentsBedrockAgentMCPElicitationEvent as BetaManagedAgentsBedrockAgentMCPElicitationEvent,
    )
    from .._models.managed_agents_bedrock_agent_mcp_tool_result_event import (
        ManagedAgentsBedrockAgentMCPToolResultEvent as BetaManagedAgentsBedrockAgentMCPToolResultEvent,
    )
    from .._models.managed_agents_bedrock_agent_page import (
        ManagedAgentsBedrockAgentPage as BetaManagedAgentsBedrockAgentPage,
    )
    from .._models.managed_agents_bedrock_agent_tool import (
        ManagedAgentsBedrockAgentTool as BetaManagedAgentsBedrockAgentTool,
    )
    from .._models.managed_agents_bedrock_agent_tool_result_event import (
        ManagedAgentsBedrockAgentToolResultEvent as BetaManagedAgentsBedrockAgentToolResultEvent,
    )
    from .._models.managed_agents_bedrock_input_event import (
        ManagedAgentsBedrockInputEvent as BetaManagedAgentsBedrockInputEvent,
    )
    from .._models.managed_agents_bedrock_mcp_elicitation_accept import (
        ManagedAgentsBedrockMCPElicitationAccept as BetaManagedAgentsBedrockMCPElicitationAccept,
    )
    from .._models.managed_agents_bedrock_mcp_elicitation_cancel import (
        ManagedAgentsBedrockMCPElicitationCancel as BetaManagedAgentsBedrockMCPElicitationCancel,
    )
    from .._models.managed_agents_bedrock_mcp_elicitation_decline import (
        ManagedAgentsBedrockMCPElicitationDecline as BetaManagedAgentsBedrockMCPElicitationDecline,
    )
    from .._models.managed_agents_bedrock_mcp_elicitation_response import (
        ManagedAgentsBedrockMCPElicitationResponse as BetaManagedAgentsBedrockMCPElicitationResponse,
    )
    from .._models.managed_agents_bedrock_mcp_elicitation_url_request import (
        ManagedAgentsBedrockMCPElicitationURLRequest as BetaManagedAgentsBedrockMCPElicitationURLRequest,
    )
    from .._models.managed_agents_bedrock_memory_actor import (
        ManagedAgentsBedrockMemoryActor as BetaManagedAgentsBedrockMemoryActor,
    )
    from .._models.managed_agents_bedrock_memory_store import (
        ManagedAgentsBedrockMemoryStore as BetaManagedAgentsBedrockMemoryStore,
    )
    from .._models.managed_agents_bedrock_memory_store_list_item import (
        ManagedAgentsBedrockMemoryStoreListItem as BetaManagedAgentsBedrockMemoryStoreListItem,
    )
    from .._models.managed_agents_bedrock_memory_store_page import (
        ManagedAgentsBedrockMemoryStorePage as BetaManagedAgentsBedrockMemoryStorePage,
    )
    from .._models.managed_agents_bedrock_memory_store_resource import (
        ManagedAgentsBedrockMemoryStoreResource as BetaManagedAgentsBedrockMemoryStoreResource,
    )
    from .._models.managed_agents_bedrock_memory_store_resource_access import (
        ManagedAgentsBedrockMemoryStoreResourceAccess as BetaManagedAgentsBedrockMemoryStoreResourceAccess,
    )
    from .._models.managed_agents_bedrock_memory_version import (
        ManagedAgentsBedrockMemoryVersion as BetaManagedAgentsBedrockMemoryVersion,
    )
    from .._models.managed_agents_bedrock_memory_version_page import (
        ManagedAgentsBedrockMemoryVersionPage as BetaManagedAgentsBedrockMemoryVersionPage,
    )
    from .._models.managed_agents_bedrock_multiagent_coordinator import (
        ManagedAgentsBedrockMultiagentCoordinator as BetaManagedAgentsBedrockMultiagentCoordinator,
    )
    from .._models.managed_agents_bedrock_session import (
        ManagedAgentsBedrockSession as BetaManagedAgentsBedrockSession,
    )
    from .._models.managed_agents_bedrock_session_actor import (
        ManagedAgentsBedrockSessionActor as BetaManagedAgentsBedrockSessionActor,
    )
    from .._models.managed_agents_bedrock_session_agent import (
        ManagedAgentsBedrockSessionAgent as BetaManagedAgentsBedrockSessionAgent,
    )
    from .._models.managed_agents_bedrock_session_error_event import (
        ManagedAgentsBedrockSessionErrorEvent as BetaManagedAgentsBedrockSessionErrorEvent,
    )
    from .._models.managed_agents_bedrock_session_error_event_error import (
        ManagedAgentsBedrockSessionErrorEventError as BetaManagedAgentsBedrockSessionErrorEventError,
    )
    from .._models.managed_agents_bedrock_session_event import (
        ManagedAgentsBedrockSessionEvent as BetaManagedAgentsBedrockSessionEvent,
    )
    from .._models.managed_agents_bedrock_session_event_page import (
        ManagedAgentsBedrockSessionEventPage as BetaManagedAgentsBedrockSessionEventPage,
    )
    from .._models.managed_agents_bedrock_session_list_item import (
        ManagedAgentsBedrockSessionListItem as BetaManagedAgentsBedrockSessionListItem,
    )
    from .._models.managed_agents_bedrock_session_list_item_agent import (
        ManagedAgentsBedrockSessionListItemAgent as BetaManagedAgentsBedrockSessionListItemAgent,
    )
    from .._models.managed_agents_bedrock_session_list_item_memory_store_resource import (
        ManagedAgentsBedrockSessionListItemMemoryStoreResource as BetaManagedAgentsBedrockSessionListItemMemoryStoreResource,
    )
    from .._models.managed_agents_bedrock_session_list_item_usage import (
        ManagedAgentsBedrockSessionListItemUsage as BetaManagedAgentsBedrockSessionListItemUsage,
    )
    from .._models.managed_agents_bedrock_session_multiagent_coordinator import (
        ManagedAgentsBedrockSessionMultiagentCoordinator as BetaManagedAgentsBedrockSessionMultiagentCoordinator,
    )
    from .._models.managed_agents_bedrock_session_page import (
        ManagedAgentsBedrockSessionPage as BetaManagedAgentsBedrockSessionPage,
    )
    from .._models.managed_agents_bedrock_session_resource import (
        ManagedAgentsBedrockSessionResource as BetaManagedAgentsBedrockSessionResource,
    )
    from .._models.managed_agents_bedrock_session_thread import (
        ManagedAgentsBedrockSessionThread as BetaManagedAgentsBedrockSessionThread,
    )
    from .._models.managed_agents_bedrock_session_thread_agent import (
        ManagedAgentsBedrockSessionThreadAgent as BetaManagedAgentsBedrockSessionThreadAgent,
    )
    from .._models.managed_agents_bedrock_session_thread_page import (
        ManagedAgentsBedrockSessionThreadPage as BetaManagedAgentsBedrockSessionThreadPage,
    )
    from .._models.managed_agents_bedrock_session_updated_event import (
        ManagedAgentsBedrockSessionUpdatedEvent as BetaManagedAgentsBedrockSessionUpdatedEvent,
    )
    from .._models.managed_agents_bedrock_system_message_event import (
        ManagedAgentsBedrockSystemMessageEvent as BetaManagedAgentsBedrockSystemMessageEvent,
    )
    from .._models.managed_agents_bedrock_user_custom_tool_result_event import (
        ManagedAgentsBedrockUserCustomToolResultEvent as BetaManagedAgentsBedrockUserCustomToolResultEvent,
    )
    from .._models.managed_agents_bedrock_user_define_outcome_event import (
        ManagedAgentsBedrockUserDefineOutcomeEvent as BetaManagedAgentsBedrockUserDefineOutcomeEvent,
    )
    from .._models.managed_agents_bedrock_user_interrupt_event import (
        ManagedAgentsBedrockUserInterruptEvent as BetaManagedAgentsBedrockUserInterruptEvent,
    )
    from .._models.managed_agents_bedrock_user_mcp_elicitation_response_event import (
        ManagedAgentsBedrockUserMCPElicitationResponseEvent as BetaManagedAgentsBedrockUserMCPElicitationResponseEvent,
    )
    from .._models.managed_agents_bedrock_user_message_event import (
        ManagedAgentsBedrockUserMessageEvent as BetaManagedAgentsBedrockUserMessageEvent,
    )
    from .._models.managed_agents_bedrock_user_tool_confirmation_event import (
        ManagedAgentsBedrockUserToolConfirmationEvent as BetaManagedAgentsBedrockUserToolConfirmationEvent,
    )
    from .._models.managed_agents_billing_error import (
        ManagedAgentsBillingError as BetaManagedAgentsBillingError,
    )
    from .._models.managed_agents_branch_checkout import (
        ManagedAgentsBranchCheckout as BetaManagedAgentsBranchCheckout,
    )
    from .._models.managed_agents_budget import ManagedAgentsBudget as BetaManagedAgentsBudget
    from .._models.managed_agents_budget_limit import (
        ManagedAgentsBudgetLimit as BetaManagedAgentsBudgetLimit,
    )
    from .._models.managed_agents_cache_creation_usage import (
        ManagedAgentsCacheCreationUsage as BetaManagedAgentsCacheCreationUsage,
    )
    from .._models.managed_agents_caller_identity import (
        ManagedAgentsCallerIdentity as BetaManagedAgentsCallerIdentity,
    )
    from .._models.managed_agents_commit_checkout import (
        ManagedAgentsCommitCheckout as BetaManagedAgentsCommitCheckout,
    )
    from .._models.managed_agents_compaction_limit_reached_error import (
        ManagedAgentsCompactionLimitReachedError as BetaManagedAgentsCompactionLimitReachedError,
    )
    from .._models.managed_agents_credential import (
        ManagedAgentsCredential as BetaManagedAgentsCredential,
    )
    from .._models.managed_agents_credential_auth import (
        ManagedAgentsCredentialAuth as BetaManagedAgentsCredentialAuth,
    )
    from .._models.managed_agents_credential_host_unreachable_error import (
        ManagedAgentsCredentialHostUnreachableError as BetaManagedAgentsCredentialHostUnreachableError,
    )
    from .._models.managed_agents_credential_networking_response import (
        ManagedAgentsCredentialNetworkingResponse as BetaManagedAgentsCredentialNetworkingResponse,
    )
    from .._models.managed_agents_credential_refresh_status import (
        ManagedAgentsCredentialRefreshStatus as BetaManagedAgentsCredentialRefreshStatus,
    )
    from .._models.managed_agents_credential_validation import (
        ManagedAgentsCredentialValidation as BetaManagedAgentsCredentialValidation,
    )
    from .._models.managed_agents_credential_validation_status import (
        ManagedAgentsCredentialValidationStatus as BetaManagedAgentsCredentialValidationStatus,
    )
    from .._models.managed_agents_cron_schedule import (
        ManagedAgentsCronSchedule as BetaManagedAgentsCronSchedule,
    )
    from .._models.managed_agents_cron_schedule import (
        ManagedAgentsCronSchedule as BetaManagedAgentsSchedule,
    )
    from .._models.managed_agents_custom_skill import (
        ManagedAgentsCustomSkill as BetaManagedAgentsCustomSkill,
    )
    from .._models.managed_agents_custom_tool import (
        ManagedAgentsCustomTool as BetaManagedAgentsCustomTool,
    )
    from .._models.managed_agents_custom_tool_input_schema import (
        ManagedAgentsCustomToolInputSchema as BetaManagedAgentsCustomToolInputSchema,
    )
    from .._models.managed_agents_delete_session_resource import (
        ManagedAgentsDeleteSessionResource as BetaManagedAgentsDeleteSessionResource,
    )
    from .._models.managed_agents_deleted_credential import (
        ManagedAgentsDeletedCredential as BetaManagedAgentsDeletedCredential,
    )
    from .._models.managed_agents_deleted_memory import (
        ManagedAgentsDeletedMemory as BetaManagedAgentsDeletedMemory,
    )
    from .._models.managed_agents_deleted_memory_store import (
        ManagedAgentsDeletedMemoryStore as BetaManagedAgentsDeletedMemoryStore,
    )
    from .._models.managed_agents_deleted_session import (
        ManagedAgentsDeletedSession as BetaManagedAgentsDeletedSession,
    )
    from .._models.managed_agents_deleted_vault import (
        ManagedAgentsDeletedVault as BetaManagedAgentsDeletedVault,
    )
    from .._models.managed_agents_deployment import (
        ManagedAgentsDeployment as BetaManagedAgentsDeployment,
    )
    from .._models.managed_agents_deployment_initial_event import (
        ManagedAgentsDeploymentInitialEvent as BetaManagedAgentsDeploymentInitialEvent,
    )
    from .._models.managed_agents_deployment_paused_reason import (
        ManagedAgentsDeploymentPausedReason as BetaManagedAgentsDeploymentPausedReason,
    )
    from .._models.managed_agents_deployment_paused_reason_error import (
        ManagedAgentsDeploymentPausedReasonError as BetaManagedAgentsDeploymentPausedReasonError,
    )
    from .._models.managed_agents_deployment_paused_reason_error import (
        ManagedAgentsDeploymentPausedReasonError as BetaManagedAgentsDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_deployment_run import (
        ManagedAgentsDeploymentRun as BetaManagedAgentsDeploymentRun,
    )
    from .._models.managed_agents_deployment_status import (
        ManagedAgentsDeploymentStatus as BetaManagedAgentsDeploymentStatus,
    )
    from .._models.managed_agents_deployment_system_message_event import (
        ManagedAgentsDeploymentSystemMessageEvent as BetaManagedAgentsDeploymentSystemMessageEvent,
    )
    from .._models.managed_agents_deployment_user_define_outcome_event import (
        ManagedAgentsDeploymentUserDefineOutcomeEvent as BetaManagedAgentsDeploymentUserDefineOutcomeEvent,
    )
    from .._models.managed_agents_deployment_user_message_event import (
        ManagedAgentsDeploymentUserMessageEvent as BetaManagedAgentsDeploymentUserMessageEvent,
    )
    from .._models.managed_agents_document_block import (
        ManagedAgentsDocumentBlock as BetaManagedAgentsDocumentBlock,
    )
    from .._models.managed_agents_document_source import (
        ManagedAgentsDocumentSource as BetaManagedAgentsDocumentSource,
    )
    from .._models.managed_agents_edit_tool_config import (
        ManagedAgentsEditToolConfig as BetaManagedAgentsEditToolConfig,
    )
    from .._models.managed_agents_effort import ManagedAgentsEffort as BetaManagedAgentsEffort
    from .._models.managed_agents_effort_high import (
        ManagedAgentsEffortHigh as BetaManagedAgentsEffortHigh,
    )
    from .._models.managed_agents_effort_low import (
        ManagedAgentsEffortLow as BetaManagedAgentsEffortLow,
    )
    from .._models.managed_agents_effort_max import (
        ManagedAgentsEffortMax as BetaManagedAgentsEffortMax,
    )
    from .._models.managed_agents_effort_medium import (
        ManagedAgentsEffortMedium as BetaManagedAgentsEffortMedium,
    )
    from .._models.managed_agents_effort_xhigh import (
        ManagedAgentsEffortXhigh as BetaManagedAgentsEffortXhigh,
    )
    from .._models.managed_agents_environment_archived_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError as BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_environment_archived_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError as BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_environment_archived_run_error import (
        ManagedAgentsEnvironmentArchivedRunError as BetaManagedAgentsEnvironmentArchivedRunError,
    )
    from .._models.managed_agents_environment_archived_run_error import (
        ManagedAgentsEnvironmentArchivedRunError as BetaManagedAgentsEnvironmentArchivedRunErrorObject,
    )
    from .._models.managed_agents_environment_not_found_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError as BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError,
    )
    from .._models.managed_agents_environment_not_found_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError as BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_environment_not_found_run_error import (
        ManagedAgentsEnvironmentNotFoundRunError as BetaManagedAgentsEnvironmentNotFoundRunError,
    )
    from .._models.managed_agents_environment_not_found_run_error import (
        ManagedAgentsEnvironmentNotFoundRunError as BetaManagedAgentsEnvironmentNotFoundRunErrorObject,
    )
    from .._models.managed_agents_environment_variable_auth_response import (
        ManagedAgentsEnvironmentVariableAuthResponse as BetaManagedAgentsEnvironmentVariableAuthResponse,
    )
    from .._models.managed_agents_error_deployment_paused_reason import (
        ManagedAgentsErrorDeploymentPausedReason as BetaManagedAgentsErrorDeploymentPausedReason,
    )
    from .._models.managed_agents_event_delta_event import (
        ManagedAgentsEventDeltaEvent as BetaManagedAgentsDeltaEvent,
    )
    from .._models.managed_agents_event_delta_event import (
        ManagedAgentsEventDeltaEvent as BetaManagedAgentsEventDeltaEvent,
    )
    from .._models.managed_agents_event_delta_event_content_delta import (
        ManagedAgentsEventDeltaEventContentDelta as BetaManagedAgentsDeltaContent,
    )
    from .._models.managed_agents_event_delta_event_content_delta import (
        ManagedAgentsEventDeltaEventContentDelta as BetaManagedAgentsEventDeltaEventContentDelta,
    )
    from .._models.managed_agents_event_delta_event_delta import (
        ManagedAgentsEventDeltaEventDelta as BetaManagedAgentsEventDeltaEventDelta,
    )
    from .._models.managed_agents_event_start_event import (
        ManagedAgentsEventStartEvent as BetaManagedAgentsEventStartEvent,
    )
    from .._models.managed_agents_event_start_event import (
        ManagedAgentsEventStartEvent as BetaManagedAgentsStartEvent,
    )
    from .._models.managed_agents_event_start_event_agent_message_preview import (
        ManagedAgentsEventStartEventAgentMessagePreview as BetaManagedAgentsAgentMessagePreview,
    )
    from .._models.managed_agents_event_start_event_agent_message_preview import (
        ManagedAgentsEventStartEventAgentMessagePreview as BetaManagedAgentsEventStartEventAgentMessagePreview,
    )
    from .._models.managed_agents_event_start_event_agent_thinking_preview import (
        ManagedAgentsEventStartEventAgentThinkingPreview as BetaManagedAgentsAgentThinkingPreview,
    )
    from .._models.managed_agents_event_start_event_agent_thinking_preview import (
        ManagedAgentsEventStartEventAgentThinkingPreview as BetaManagedAgentsEventStartEventAgentThinkingPreview,
    )
    from .._models.managed_agents_event_start_event_event import (
        ManagedAgentsEventStartEventEvent as BetaManagedAgentsEventStartEventEvent,
    )
    from .._models.managed_agents_event_start_event_event import (
        ManagedAgentsEventStartEventEvent as BetaManagedAgentsStartEventPreview,
    )
    from .._models.managed_agents_execution_identity import (
        ManagedAgentsExecutionIdentity as BetaManagedAgentsExecutionIdentity,
    )
    from .._models.managed_agents_file_document_source import (
        ManagedAgentsFileDocumentSource as BetaManagedAgentsFileDocumentSource,
    )
    from .._models.managed_agents_file_image_source import (
        ManagedAgentsFileImageSource as BetaManagedAgentsFileImageSource,
    )
    from .._models.managed_agents_file_not_found_deployment_paused_reason_error import (
        ManagedAgentsFileNotFoundDeploymentPausedReasonError as BetaManagedAgentsFileNotFoundDeploymentPausedReasonError,
    )
    from .._models.managed_agents_file_not_found_deployment_paused_reason_error import (
        ManagedAgentsFileNotFoundDeploymentPausedReasonError as BetaManagedAgentsFileNotFoundDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_file_not_found_run_error import (
        ManagedAgentsFileNotFoundRunError as BetaManagedAgentsFileNotFoundRunError,
    )
    from .._models.managed_agents_file_not_found_run_error import (
        ManagedAgentsFileNotFoundRunError as BetaManagedAgentsFileNotFoundRunErrorObject,
    )
    from .._models.managed_agents_file_resource import (
        ManagedAgentsFileResource as BetaManagedAgentsFileResource,
    )
    from .._models.managed_agents_file_resource_config import (
        ManagedAgentsFileResourceConfig as BetaManagedAgentsFileResourceConfig,
    )
    from .._models.managed_agents_file_rubric import (
        ManagedAgentsFileRubric as BetaManagedAgentsFileRubric,
    )
    from .._models.managed_agents_get_session_resource import (
        ManagedAgentsGetSessionResource as BetaManagedAgentsGetSessionResource,
    )
    from .._models.managed_agents_git_hub_repository_resource import (
        ManagedAgentsGitHubRepositoryResource as BetaManagedAgentsGitHubRepositoryResource,
    )
    from .._models.managed_agents_git_hub_repository_resource_config import (
        ManagedAgentsGitHubRepositoryResourceConfig as BetaManagedAgentsGitHubRepositoryResourceConfig,
    )
    from .._models.managed_agents_glob_tool_config import (
        ManagedAgentsGlobToolConfig as BetaManagedAgentsGlobToolConfig,
    )
    from .._models.managed_agents_grep_tool_config import (
        ManagedAgentsGrepToolConfig as BetaManagedAgentsGrepToolConfig,
    )
    from .._models.managed_agents_image_block import (
        ManagedAgentsImageBlock as BetaManagedAgentsImageBlock,
    )
    from .._models.managed_agents_image_source import (
        ManagedAgentsImageSource as BetaManagedAgentsImageSource,
    )
    from .._models.managed_agents_injection_location_response import (
        ManagedAgentsInjectionLocationResponse as BetaManagedAgentsInjectionLocationResponse,
    )
    from .._models.managed_agents_inline_agent import (
        ManagedAgentsInlineAgent as BetaManagedAgentsInlineAgent,
    )
    from .._models.managed_agents_input_event import (
        ManagedAgentsInputEvent as BetaManagedAgentsInputEvent,
    )
    from .._models.managed_agents_limited_credential_networking_response import (
        ManagedAgentsLimitedCredentialNetworkingResponse as BetaManagedAgentsLimitedCredentialNetworkingResponse,
    )
    from .._models.managed_agents_list_agent_versions import (
        ManagedAgentsListAgentVersions as BetaManagedAgentsListAgentVersions,
    )
    from .._models.managed_agents_list_agents import (
        ManagedAgentsListAgents as BetaManagedAgentsListAgents,
    )
    from .._models.managed_agents_list_deployment_runs_data import (
        ManagedAgentsListDeploymentRunsData as BetaManagedAgentsListDeploymentRunsData,
    )
    from .._models.managed_agents_list_deployments_data import (
        ManagedAgentsListDeploymentsData as BetaManagedAgentsListDeploymentsData,
    )
    from .._models.managed_agents_list_session_events import (
        ManagedAgentsListSessionEvents as BetaManagedAgentsListSessionEvents,
    )
    from .._models.managed_agents_list_session_resources import (
        ManagedAgentsListSessionResources as BetaManagedAgentsListSessionResources,
    )
    from .._models.managed_agents_list_session_thread_events import (
        ManagedAgentsListSessionThreadEvents as BetaManagedAgentsListSessionThreadEvents,
    )
    from .._models.managed_agents_list_session_threads import (
        ManagedAgentsListSessionThreads as BetaManagedAgentsListSessionThreads,
    )
    from .._models.managed_agents_list_sessions import (
        ManagedAgentsListSessions as BetaManagedAgentsListSessions,
    )
    from .._models.managed_agents_managed_memory_store_backend import (
        ManagedAgentsManagedMemoryStoreBackend as BetaManagedAgentsManagedMemoryStoreBackend,
    )
    from .._models.managed_agents_manual_deployment_paused_reason import (
        ManagedAgentsManualDeploymentPausedReason as BetaManagedAgentsManualDeploymentPausedReason,
    )
    from .._models.managed_agents_manual_trigger_context import (
        ManagedAgentsManualTriggerContext as BetaManagedAgentsManualTriggerContext,
    )
    from .._models.managed_agents_max_workflow_runs_workflow_run_error import (
        ManagedAgentsMaxWorkflowRunsWorkflowRunError as BetaManagedAgentsMaxWorkflowRunsWorkflowRunError,
    )
    from .._models.managed_agents_mcp_authentication_failed_error import (
        ManagedAgentsMcpAuthenticationFailedError as BetaManagedAgentsMcpAuthenticationFailedError,
    )
    from .._models.managed_agents_mcp_connection_failed_error import (
        ManagedAgentsMcpConnectionFailedError as BetaManagedAgentsMcpConnectionFailedError,
    )
    from .._models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
        ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError as BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
        ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError as BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
        ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError as BetaManagedAgentsMcpEgressBlockedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_mcp_egress_blocked_run_error import (
        ManagedAgentsMcpEgressBlockedRunError as BetaManagedAgentsMCPEgressBlockedRunError,
    )
    from .._models.managed_agents_mcp_egress_blocked_run_error import (
        ManagedAgentsMcpEgressBlockedRunError as BetaManagedAgentsMCPEgressBlockedRunErrorObject,
    )
    from .._models.managed_agents_mcp_egress_blocked_run_error import (
        ManagedAgentsMcpEgressBlockedRunError as BetaManagedAgentsMcpEgressBlockedRunError,
    )
    from .._models.managed_agents_mcp_oauth_auth_response import (
        ManagedAgentsMcpOauthAuthResponse as BetaManagedAgentsMcpOauthAuthResponse,
    )
    from .._models.managed_agents_mcp_oauth_refresh_response import (
        ManagedAgentsMcpOauthRefreshResponse as BetaManagedAgentsMcpOauthRefreshResponse,
    )
    from .._models.managed_agents_mcp_probe import (
        ManagedAgentsMcpProbe as BetaManagedAgentsMcpProbe,
    )
    from .._models.managed_agents_mcp_server import (
        ManagedAgentsMCPServer as BetaManagedAgentsMCPServer,
    )
    from .._models.managed_agents_mcp_server_url_definition import (
        ManagedAgentsMCPServerURLDefinition as BetaManagedAgentsMCPServerURLDefinition,
    )
    from .._models.managed_agents_mcp_tool_config import (
        ManagedAgentsMCPToolConfig as BetaManagedAgentsMCPToolConfig,
    )
    from .._models.managed_agents_mcp_toolset import (
        ManagedAgentsMCPToolset as BetaManagedAgentsMCPToolset,
    )
    from .._models.managed_agents_mcp_toolset_default_config import (
        ManagedAgentsMCPToolsetDefaultConfig as BetaManagedAgentsMCPToolsetDefaultConfig,
    )
    from .._models.managed_agents_memory import ManagedAgentsMemory as BetaManagedAgentsMemory
    from .._models.managed_agents_memory_list_item import (
        ManagedAgentsMemoryListItem as BetaManagedAgentsMemoryListItem,
    )
    from .._models.managed_agents_memory_prefix import (
        ManagedAgentsMemoryPrefix as BetaManagedAgentsMemoryPrefix,
    )
    from .._models.managed_agents_memory_store import (
        ManagedAgentsMemoryStore as BetaManagedAgentsMemoryStore,
    )
    from .._models.managed_agents_memory_store_archived_deployment_paused_reason_error import (
        ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError as BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_memory_store_archived_deployment_paused_reason_error import (
        ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError as BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_memory_store_archived_run_error import (
        ManagedAgentsMemoryStoreArchivedRunError as BetaManagedAgentsMemoryStoreArchivedRunError,
    )
    from .._models.managed_agents_memory_store_archived_run_error import (
        ManagedAgentsMemoryStoreArchivedRunError as BetaManagedAgentsMemoryStoreArchivedRunErrorObject,
    )
    from .._models.managed_agents_memory_store_resource import (
        ManagedAgentsMemoryStoreResource as BetaManagedAgentsMemoryStoreResource,
    )
    from .._models.managed_agents_memory_store_resource_config import (
        ManagedAgentsMemoryStoreResourceConfig as BetaManagedAgentsMemoryStoreResourceConfig,
    )
    from .._models.managed_agents_memory_tool_config import (
        ManagedAgentsMemoryToolConfig as BetaManagedAgentsMemoryToolConfig,
    )
    from .._models.managed_agents_memory_tool_config_permission_policy import (
        ManagedAgentsMemoryToolConfigPermissionPolicy as BetaManagedAgentsMemoryToolConfigPermissionPolicy,
    )
    from .._models.managed_agents_memory_tool_name import (
        ManagedAgentsMemoryToolName as BetaManagedAgentsMemoryToolName,
    )
    from .._models.managed_agents_memory_toolset20261030 import (
        ManagedAgentsMemoryToolset20261030 as BetaManagedAgentsMemoryToolset20261030,
    )
    from .._models.managed_agents_memory_version import (
        ManagedAgentsMemoryVersion as BetaManagedAgentsMemoryVersion,
    )
    from .._models.managed_agents_memory_version_operation import (
        ManagedAgentsMemoryVersionOperation as BetaManagedAgentsMemoryVersionOperation,
    )
    from .._models.managed_agents_model import ManagedAgentsModel as BetaManagedAgentsModel
    from .._models.managed_agents_model_config import (
        ManagedAgentsModelConfig as BetaManagedAgentsModelConfig,
    )
    from .._models.managed_agents_model_overloaded_error import (
        ManagedAgentsModelOverloadedError as BetaManagedAgentsModelOverloadedError,
    )
    from .._models.managed_agents_model_rate_limited_error import (
        ManagedAgentsModelRateLimitedError as BetaManagedAgentsModelRateLimitedError,
    )
    from .._models.managed_agents_model_request_failed_error import (
        ManagedAgentsModelRequestFailedError as BetaManagedAgentsModelRequestFailedError,
    )
    from .._models.managed_agents_mount_mode import (
        ManagedAgentsMountMode as BetaManagedAgentsMountMode,
    )
    from .._models.managed_agents_mount_path_conflict_error_object import (
        ManagedAgentsMountPathConflictErrorObject as BetaManagedAgentsMountPathConflictErrorObject,
    )
    from .._models.managed_agents_multiagent import (
        ManagedAgentsMultiagent as BetaManagedAgentsMultiagent,
    )
    from .._models.managed_agents_multiagent20261001 import (
        ManagedAgentsMultiagent20261001 as BetaManagedAgentsMultiagent20261001,
    )
    from .._models.managed_agents_multiagent_advisor import (
        ManagedAgentsMultiagentAdvisor as BetaManagedAgentsMultiagentAdvisor,
    )
    from .._models.managed_agents_multiagent_advisor_disabled import (
        ManagedAgentsMultiagentAdvisorDisabled as BetaManagedAgentsMultiagentAdvisorDisabled,
    )
    from .._models.managed_agents_multiagent_advisor_enabled import (
        ManagedAgentsMultiagentAdvisorEnabled as BetaManagedAgentsMultiagentAdvisorEnabled,
    )
    from .._models.managed_agents_multiagent_coordinator import (
        ManagedAgentsMultiagentCoordinator as BetaManagedAgentsMultiagentCoordinator,
    )
    from .._models.managed_agents_multiagent_inline_agents import (
        ManagedAgentsMultiagentInlineAgents as BetaManagedAgentsMultiagentInlineAgents,
    )
    from .._models.managed_agents_multiagent_inline_agents_disabled import (
        ManagedAgentsMultiagentInlineAgentsDisabled as BetaManagedAgentsMultiagentInlineAgentsDisabled,
    )
    from .._models.managed_agents_multiagent_inline_agents_enabled import (
        ManagedAgentsMultiagentInlineAgentsEnabled as BetaManagedAgentsMultiagentInlineAgentsEnabled,
    )
    from .._models.managed_agents_multiagent_roster_entry import (
        ManagedAgentsMultiagentRosterEntry as BetaManagedAgentsMultiagentRosterEntry,
    )
    from .._models.managed_agents_multiagent_subagents import (
        ManagedAgentsMultiagentSubagents as BetaManagedAgentsMultiagentSubagents,
    )
    from .._models.managed_agents_multiagent_subagents_disabled import (
        ManagedAgentsMultiagentSubagentsDisabled as BetaManagedAgentsMultiagentSubagentsDisabled,
    )
    from .._models.managed_agents_multiagent_subagents_enabled import (
        ManagedAgentsMultiagentSubagentsEnabled as BetaManagedAgentsMultiagentSubagentsEnabled,
    )
    from .._models.managed_agents_multiagent_workflows import (
        ManagedAgentsMultiagentWorkflows as BetaManagedAgentsMultiagentWorkflows,
    )
    from .._models.managed_agents_multiagent_workflows_disabled import (
        ManagedAgentsMultiagentWorkflowsDisabled as BetaManagedAgentsMultiagentWorkflowsDisabled,
    )
    from .._models.managed_agents_multiagent_workflows_enabled import (
        ManagedAgentsMultiagentWorkflowsEnabled as BetaManagedAgentsMultiagentWorkflowsEnabled,
    )
    from .._models.managed_agents_organization_disabled_deployment_paused_reason_error import (
        ManagedAgentsOrganizationDisabledDeploymentPausedReasonError as BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonError,
    )
    from .._models.managed_agents_organization_disabled_deployment_paused_reason_error import (
        ManagedAgentsOrganizationDisabledDeploymentPausedReasonError as BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_organization_disabled_run_error import (
        ManagedAgentsOrganizationDisabledRunError as BetaManagedAgentsOrganizationDisabledRunError,
    )
    from .._models.managed_agents_organization_disabled_run_error import (
        ManagedAgentsOrganizationDisabledRunError as BetaManagedAgentsOrganizationDisabledRunErrorObject,
    )
    from .._models.managed_agents_outcome_evaluation_resource import (
        ManagedAgentsOutcomeEvaluationResource as BetaManagedAgentsOutcomeEvaluationResource,
    )
    from .._models.managed_agents_permission_policy import (
        ManagedAgentsPermissionPolicy as BetaManagedAgentsPermissionPolicy,
    )
    from .._models.managed_agents_person_actor import (
        ManagedAgentsPersonActor as BetaManagedAgentsPersonActor,
    )
    from .._models.managed_agents_plain_text_document_source import (
        ManagedAgentsPlainTextDocumentSource as BetaManagedAgentsPlainTextDocumentSource,
    )
    from .._models.managed_agents_plain_text_document_source_media_type import (
        ManagedAgentsPlainTextDocumentSourceMediaType as BetaManagedAgentsPlainTextDocumentSourceMediaType,
    )
    from .._models.managed_agents_program_workflow_run_error import (
        ManagedAgentsProgramWorkflowRunError as BetaManagedAgentsProgramWorkflowRunError,
    )
    from .._models.managed_agents_read_tool_config import (
        ManagedAgentsReadToolConfig as BetaManagedAgentsReadToolConfig,
    )
    from .._models.managed_agents_redacted_block import (
        ManagedAgentsRedactedBlock as BetaManagedAgentsRedactedBlock,
    )
    from .._models.managed_agents_refresh_http_response import (
        ManagedAgentsRefreshHttpResponse as BetaManagedAgentsRefreshHttpResponse,
    )
    from .._models.managed_agents_refresh_object import (
        ManagedAgentsRefreshObject as BetaManagedAgentsRefreshObject,
    )
    from .._models.managed_agents_repository_authentication_error import (
        ManagedAgentsRepositoryAuthenticationError as BetaManagedAgentsRepositoryAuthenticationError,
    )
    from .._models.managed_agents_repository_checkout import (
        ManagedAgentsRepositoryCheckout as BetaManagedAgentsRepositoryCheckout,
    )
    from .._models.managed_agents_repository_checkout_error import (
        ManagedAgentsRepositoryCheckoutError as BetaManagedAgentsRepositoryCheckoutError,
    )
    from .._models.managed_agents_repository_clone_error import (
        ManagedAgentsRepositoryCloneError as BetaManagedAgentsRepositoryCloneError,
    )
    from .._models.managed_agents_repository_forbidden_error import (
        ManagedAgentsRepositoryForbiddenError as BetaManagedAgentsRepositoryForbiddenError,
    )
    from .._models.managed_agents_repository_not_found_error import (
        ManagedAgentsRepositoryNotFoundError as BetaManagedAgentsRepositoryNotFoundError,
    )
    from .._models.managed_agents_retry_status import (
        ManagedAgentsRetryStatus as BetaManagedAgentsRetryStatus,
    )
    from .._models.managed_agents_retry_status_exhausted import (
        ManagedAgentsRetryStatusExhausted as BetaManagedAgentsRetryStatusExhausted,
    )
    from .._models.managed_agents_retry_status_retrying import (
        ManagedAgentsRetryStatusRetrying as BetaManagedAgentsRetryStatusRetrying,
    )
    from .._models.managed_agents_retry_status_terminal import (
        ManagedAgentsRetryStatusTerminal as BetaManagedAgentsRetryStatusTerminal,
    )
    from .._models.managed_agents_role_actor import (
        ManagedAgentsRoleActor as BetaManagedAgentsRoleActor,
    )
    from .._models.managed_agents_rubric import ManagedAgentsRubric as BetaManagedAgentsRubric
    from .._models.managed_agents_run_error import (
        ManagedAgentsRunError as BetaManagedAgentsRunError,
    )
    from .._models.managed_agents_s3_access_denied_error_object import (
        ManagedAgentsS3AccessDeniedErrorObject as BetaManagedAgentsS3AccessDeniedErrorObject,
    )
    from .._models.managed_agents_s3_copy_error_object import (
        ManagedAgentsS3CopyErrorObject as BetaManagedAgentsS3CopyErrorObject,
    )
    from .._models.managed_agents_s3_mount_error_object import (
        ManagedAgentsS3MountErrorObject as BetaManagedAgentsS3MountErrorObject,
    )
    from .._models.managed_agents_s3_mount_resource import (
        ManagedAgentsS3MountResource as BetaManagedAgentsS3MountResource,
    )
    from .._models.managed_agents_s3_mount_resource_mount_as import (
        ManagedAgentsS3MountResourceMountAs as BetaManagedAgentsS3MountResourceMountAs,
    )
    from .._models.managed_agents_s3_mount_skill import (
        ManagedAgentsS3MountSkill as BetaManagedAgentsS3MountSkill,
    )
    from .._models.managed_agents_s3_not_found_error_object import (
        ManagedAgentsS3NotFoundErrorObject as BetaManagedAgentsS3NotFoundErrorObject,
    )
    from .._models.managed_agents_s3_object_resource import (
        ManagedAgentsS3ObjectResource as BetaManagedAgentsS3ObjectResource,
    )
    from .._models.managed_agents_sandbox_path_resource import (
        ManagedAgentsSandboxPathResource as BetaManagedAgentsSandboxPathResource,
    )
    from .._models.managed_agents_sandbox_path_skill import (
        ManagedAgentsSandboxPathSkill as BetaManagedAgentsSandboxPathSkill,
    )
    from .._models.managed_agents_sandbox_skill import (
        ManagedAgentsSandboxSkill as BetaManagedAgentsSandboxSkill,
    )
    from .._models.managed_agents_schedule_trigger_context import (
        ManagedAgentsScheduleTriggerContext as BetaManagedAgentsScheduleTriggerContext,
    )
    from .._models.managed_agents_search_result_block import (
        ManagedAgentsSearchResultBlock as BetaManagedAgentsSearchResultBlock,
    )
    from .._models.managed_agents_search_result_citations import (
        ManagedAgentsSearchResultCitations as BetaManagedAgentsSearchResultCitations,
    )
    from .._models.managed_agents_search_result_content import (
        ManagedAgentsSearchResultContent as BetaManagedAgentsSearchResultContent,
    )
    from .._models.managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError as BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError as BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_self_hosted_resources_unsupported_run_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedRunError as BetaManagedAgentsSelfHostedResourcesUnsupportedRunError,
    )
    from .._models.managed_agents_self_hosted_resources_unsupported_run_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedRunError as BetaManagedAgentsSelfHostedResourcesUnsupportedRunErrorObject,
    )
    from .._models.managed_agents_send_bedrock_session_events import (
        ManagedAgentsSendBedrockSessionEvents as BetaManagedAgentsSendBedrockSessionEvents,
    )
    from .._models.managed_agents_send_session_events import (
        ManagedAgentsSendSessionEvents as BetaManagedAgentsSendSessionEvents,
    )
    from .._models.managed_agents_server_tool_usage import (
        ManagedAgentsServerToolUsage as BetaManagedAgentsServerToolUsage,
    )
    from .._models.managed_agents_service_account_actor import (
        ManagedAgentsServiceAccountActor as BetaManagedAgentsServiceAccountActor,
    )
    from .._models.managed_agents_service_account_execution_identity import (
        ManagedAgentsServiceAccountExecutionIdentity as BetaManagedAgentsServiceAccountExecutionIdentity,
    )
    from .._models.managed_agents_session import ManagedAgentsSession as BetaManagedAgentsSession
    from .._models.managed_agents_session_actor import (
        ManagedAgentsSessionActor as BetaManagedAgentsSessionActor,
    )
    from .._models.managed_agents_session_agent import (
        ManagedAgentsSessionAgent as BetaManagedAgentsSessionAgent,
    )
    from .._models.managed_agents_session_budget_reached import (
        ManagedAgentsSessionBudgetReached as BetaManagedAgentsSessionBudgetReached,
    )
    from .._models.managed_agents_session_creation_rejected_run_error import (
        ManagedAgentsSessionCreationRejectedRunError as BetaManagedAgentsSessionCreationRejectedRunError,
    )
    from .._models.managed_agents_session_creation_rejected_run_error import (
        ManagedAgentsSessionCreationRejectedRunError as BetaManagedAgentsSessionCreationRejectedRunErrorObject,
    )
    from .._models.managed_agents_session_deleted_event import (
        ManagedAgentsSessionDeletedEvent as BetaManagedAgentsSessionDeletedEvent,
    )
    from .._models.managed_agents_session_end_turn import (
        ManagedAgentsSessionEndTurn as BetaManagedAgentsSessionEndTurn,
    )
    from .._models.managed_agents_session_error_event import (
        ManagedAgentsSessionErrorEvent as BetaManagedAgentsSessionErrorEvent,
    )
    from .._models.managed_agents_session_error_event_error import (
        ManagedAgentsSessionErrorEventError as BetaManagedAgentsSessionErrorEventError,
    )
    from .._models.managed_agents_session_event import (
        ManagedAgentsSessionEvent as BetaManagedAgentsSessionEvent,
    )
    from .._models.managed_agents_session_multiagent import (
        ManagedAgentsSessionMultiagent as BetaManagedAgentsSessionMultiagent,
    )
    from .._models.managed_agents_session_multiagent20261001 import (
        ManagedAgentsSessionMultiagent20261001 as BetaManagedAgentsSessionMultiagent20261001,
    )
    from .._models.managed_agents_session_multiagent_coordinator import (
        ManagedAgentsSessionMultiagentCoordinator as BetaManagedAgentsSessionMultiagentCoordinator,
    )
    from .._models.managed_agents_session_multiagent_subagents import (
        ManagedAgentsSessionMultiagentSubagents as BetaManagedAgentsSessionMultiagentSubagents,
    )
    from .._models.managed_agents_session_multiagent_subagents_enabled import (
        ManagedAgentsSessionMultiagentSubagentsEnabled as BetaManagedAgentsSessionMultiagentSubagentsEnabled,
    )
    from .._models.managed_agents_session_multiagent_workflows import (
        ManagedAgentsSessionMultiagentWorkflows as BetaManagedAgentsSessionMultiagentWorkflows,
    )
    from .._models.managed_agents_session_multiagent_workflows_enabled import (
        ManagedAgentsSessionMultiagentWorkflowsEnabled as BetaManagedAgentsSessionMultiagentWorkflowsEnabled,
    )
    from .._models.managed_agents_session_rate_limited_run_error import (
        ManagedAgentsSessionRateLimitedRunError as BetaManagedAgentsSessionRateLimitedRunError,
    )
    from .._models.managed_agents_session_rate_limited_run_error import (
        ManagedAgentsSessionRateLimitedRunError as BetaManagedAgentsSessionRateLimitedRunErrorObject,
    )
    from .._models.managed_agents_session_refusal import (
        ManagedAgentsSessionRefusal as BetaManagedAgentsSessionRefusal,
    )
    from .._models.managed_agents_session_refusal_stop_details import (
        ManagedAgentsSessionRefusalStopDetails as BetaManagedAgentsSessionRefusalStopDetails,
    )
    from .._models.managed_agents_session_requires_action import (
        ManagedAgentsSessionRequiresAction as BetaManagedAgentsSessionRequiresAction,
    )
    from .._models.managed_agents_session_resource import (
        ManagedAgentsSessionResource as BetaManagedAgentsSessionResource,
    )
    from .._models.managed_agents_session_resource_config import (
        ManagedAgentsSessionResourceConfig as BetaManagedAgentsSessionResourceConfig,
    )
    from .._models.managed_agents_session_resource_not_found_deployment_paused_reason_error import (
        ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError as BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError,
    )
    from .._models.managed_agents_session_resource_not_found_deployment_paused_reason_error import (
        ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError as BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_session_resource_not_found_run_error import (
        ManagedAgentsSessionResourceNotFoundRunError as BetaManagedAgentsSessionResourceNotFoundRunError,
    )
    from .._models.managed_agents_session_resource_not_found_run_error import (
        ManagedAgentsSessionResourceNotFoundRunError as BetaManagedAgentsSessionResourceNotFoundRunErrorObject,
    )
    from .._models.managed_agents_session_retries_exhausted import (
        ManagedAgentsSessionRetriesExhausted as BetaManagedAgentsSessionRetriesExhausted,
    )
    from .._models.managed_agents_session_roster_entry import (
        ManagedAgentsSessionRosterEntry as BetaManagedAgentsSessionRosterEntry,
    )
    from .._models.managed_agents_session_stats import (
        ManagedAgentsSessionStats as BetaManagedAgentsSessionStats,
    )
    from .._models.managed_agents_session_status import (
        ManagedAgentsSessionStatus as BetaManagedAgentsSessionStatus,
    )
    from .._models.managed_agents_session_status_idle_event import (
        ManagedAgentsSessionStatusIdleEvent as BetaManagedAgentsSessionStatusIdleEvent,
    )
    from .._models.managed_agents_session_status_rescheduled_event import (
        ManagedAgentsSessionStatusRescheduledEvent as BetaManagedAgentsSessionStatusRescheduledEvent,
    )
    from .._models.managed_agents_session_status_running_event import (
        ManagedAgentsSessionStatusRunningEvent as BetaManagedAgentsSessionStatusRunningEvent,
    )
    from .._models.managed_agents_session_status_terminated_event import (
        ManagedAgentsSessionStatusTerminatedEvent as BetaManagedAgentsSessionStatusTerminatedEvent,
    )
    from .._models.managed_agents_session_stop_reason import (
        ManagedAgentsSessionStopReason as BetaManagedAgentsSessionStopReason,
    )
    from .._models.managed_agents_session_thread import (
        ManagedAgentsSessionThread as BetaManagedAgentsSessionThread,
    )
    from .._models.managed_agents_session_thread_agent import (
        ManagedAgentsSessionThreadAgent as BetaManagedAgentsSessionThreadAgent,
    )
    from .._models.managed_agents_session_thread_created_event import (
        ManagedAgentsSessionThreadCreatedEvent as BetaManagedAgentsSessionThreadCreatedEvent,
    )
    from .._models.managed_agents_session_thread_resolved_agent import (
        ManagedAgentsSessionThreadResolvedAgent as BetaManagedAgentsSessionThreadResolvedAgent,
    )
    from .._models.managed_agents_session_thread_stats import (
        ManagedAgentsSessionThreadStats as BetaManagedAgentsSessionThreadStats,
    )
    from .._models.managed_agents_session_thread_status import (
        ManagedAgentsSessionThreadStatus as BetaManagedAgentsSessionThreadStatus,
    )
    from .._models.managed_agents_session_thread_status_idle_event import (
        ManagedAgentsSessionThreadStatusIdleEvent as BetaManagedAgentsSessionThreadStatusIdleEvent,
    )
    from .._models.managed_agents_session_thread_status_rescheduled_event import (
        ManagedAgentsSessionThreadStatusRescheduledEvent as BetaManagedAgentsSessionThreadStatusRescheduledEvent,
    )
    from .._models.managed_agents_session_thread_status_running_event import (
        ManagedAgentsSessionThreadStatusRunningEvent as BetaManagedAgentsSessionThreadStatusRunningEvent,
    )
    from .._models.managed_agents_session_thread_status_terminated_event import (
        ManagedAgentsSessionThreadStatusTerminatedEvent as BetaManagedAgentsSessionThreadStatusTerminatedEvent,
    )
    from .._models.managed_agents_session_thread_usage import (
        ManagedAgentsSessionThreadUsage as BetaManagedAgentsSessionThreadUsage,
    )
    from .._models.managed_agents_session_updated_event import (
        ManagedAgentsSessionUpdatedEvent as BetaManagedAgentsSessionUpdatedEvent,
    )
    from .._models.managed_agents_session_usage import (
        ManagedAgentsSessionUsage as BetaManagedAgentsSessionUsage,
    )
    from .._models.managed_agents_session_usage_event import (
        ManagedAgentsSessionUsageEvent as BetaManagedAgentsSessionUsageEvent,
    )
    from .._models.managed_agents_session_usage_snapshot import (
        ManagedAgentsSessionUsageSnapshot as BetaManagedAgentsSessionUsageSnapshot,
    )
    from .._models.managed_agents_skill import ManagedAgentsSkill as BetaManagedAgentsSkill
    from .._models.managed_agents_skill_not_found_deployment_paused_reason_error import (
        ManagedAgentsSkillNotFoundDeploymentPausedReasonError as BetaManagedAgentsSkillNotFoundDeploymentPausedReasonError,
    )
    from .._models.managed_agents_skill_not_found_deployment_paused_reason_error import (
        ManagedAgentsSkillNotFoundDeploymentPausedReasonError as BetaManagedAgentsSkillNotFoundDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_skill_not_found_run_error import (
        ManagedAgentsSkillNotFoundRunError as BetaManagedAgentsSkillNotFoundRunError,
    )
    from .._models.managed_agents_skill_not_found_run_error import (
        ManagedAgentsSkillNotFoundRunError as BetaManagedAgentsSkillNotFoundRunErrorObject,
    )
    from .._models.managed_agents_span_model_request_end_event import (
        ManagedAgentsSpanModelRequestEndEvent as BetaManagedAgentsSpanModelRequestEndEvent,
    )
    from .._models.managed_agents_span_model_request_start_event import (
        ManagedAgentsSpanModelRequestStartEvent as BetaManagedAgentsSpanModelRequestStartEvent,
    )
    from .._models.managed_agents_span_model_usage import (
        ManagedAgentsSpanModelUsage as BetaManagedAgentsSpanModelUsage,
    )
    from .._models.managed_agents_span_outcome_evaluation_end_event import (
        ManagedAgentsSpanOutcomeEvaluationEndEvent as BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
    )
    from .._models.managed_agents_span_outcome_evaluation_ongoing_event import (
        ManagedAgentsSpanOutcomeEvaluationOngoingEvent as BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
    )
    from .._models.managed_agents_span_outcome_evaluation_start_event import (
        ManagedAgentsSpanOutcomeEvaluationStartEvent as BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
    )
    from .._models.managed_agents_speed import ManagedAgentsSpeed as BetaManagedAgentsSpeed
    from .._models.managed_agents_static_bearer_auth_response import (
        ManagedAgentsStaticBearerAuthResponse as BetaManagedAgentsStaticBearerAuthResponse,
    )
    from .._models.managed_agents_stream_bedrock_session_events import (
        ManagedAgentsStreamBedrockSessionEvents as BetaManagedAgentsStreamBedrockSessionEvents,
    )
    from .._models.managed_agents_stream_bedrock_session_thread_events import (
        ManagedAgentsStreamBedrockSessionThreadEvents as BetaManagedAgentsStreamBedrockSessionThreadEvents,
    )
    from .._models.managed_agents_stream_session_events import (
        ManagedAgentsStreamSessionEvents as BetaManagedAgentsStreamSessionEvents,
    )
    from .._models.managed_agents_stream_session_thread_events import (
        ManagedAgentsStreamSessionThreadEvents as BetaManagedAgentsStreamSessionThreadEvents,
    )
    from .._models.managed_agents_struct import ManagedAgentsStruct as BetaManagedAgentsStruct
    from .._models.managed_agents_system_message_event import (
        ManagedAgentsSystemMessageEvent as BetaManagedAgentsSystemMessageEvent,
    )
    from .._models.managed_agents_text_block import (
        ManagedAgentsTextBlock as BetaManagedAgentsSystemContentBlock,
    )
    from .._models.managed_agents_text_block import (
        ManagedAgentsTextBlock as BetaManagedAgentsTextBlock,
    )
    from .._models.managed_agents_text_rubric import (
        ManagedAgentsTextRubric as BetaManagedAgentsTextRubric,
    )
    from .._models.managed_agents_thread_limit_workflow_run_error import (
        ManagedAgentsThreadLimitWorkflowRunError as BetaManagedAgentsThreadLimitWorkflowRunError,
    )
    from .._models.managed_agents_timeout_workflow_run_error import (
        ManagedAgentsTimeoutWorkflowRunError as BetaManagedAgentsTimeoutWorkflowRunError,
    )
    from .._models.managed_agents_token_endpoint_auth_basic_response import (
        ManagedAgentsTokenEndpointAuthBasicResponse as BetaManagedAgentsTokenEndpointAuthBasicResponse,
    )
    from .._models.managed_agents_token_endpoint_auth_none_response import (
        ManagedAgentsTokenEndpointAuthNoneResponse as BetaManagedAgentsTokenEndpointAuthNoneResponse,
    )
    from .._models.managed_agents_token_endpoint_auth_post_response import (
        ManagedAgentsTokenEndpointAuthPostResponse as BetaManagedAgentsTokenEndpointAuthPostResponse,
    )
    from .._models.managed_agents_token_endpoint_auth_response import (
        ManagedAgentsTokenEndpointAuthResponse as BetaManagedAgentsTokenEndpointAuthResponse,
    )
    from .._models.managed_agents_tool_result_content_block import (
        ManagedAgentsToolResultContentBlock as BetaManagedAgentsToolResultContentBlock,
    )
    from .._models.managed_agents_tool_use_limit_reached_error import (
        ManagedAgentsToolUseLimitReachedError as BetaManagedAgentsToolUseLimitReachedError,
    )
    from .._models.managed_agents_trigger_context import (
        ManagedAgentsTriggerContext as BetaManagedAgentsTriggerContext,
    )
    from .._models.managed_agents_unknown_deployment_paused_reason_error import (
        ManagedAgentsUnknownDeploymentPausedReasonError as BetaManagedAgentsUnknownDeploymentPausedReasonError,
    )
    from .._models.managed_agents_unknown_deployment_paused_reason_error import (
        ManagedAgentsUnknownDeploymentPausedReasonError as BetaManagedAgentsUnknownDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_unknown_error import (
        ManagedAgentsUnknownError as BetaManagedAgentsUnknownError,
    )
    from .._models.managed_agents_unknown_run_error import (
        ManagedAgentsUnknownRunError as BetaManagedAgentsUnknownRunError,
    )
    from .._models.managed_agents_unknown_run_error import (
        ManagedAgentsUnknownRunError as BetaManagedAgentsUnknownRunErrorObject,
    )
    from .._models.managed_agents_unknown_workflow_run_error import (
        ManagedAgentsUnknownWorkflowRunError as BetaManagedAgentsUnknownWorkflowRunError,
    )
    from .._models.managed_agents_unrestricted_credential_networking_response import (
        ManagedAgentsUnrestrictedCredentialNetworkingResponse as BetaManagedAgentsUnrestrictedCredentialNetworkingResponse,
    )
    from .._models.managed_agents_update_session_resource import (
        ManagedAgentsUpdateSessionResource as BetaManagedAgentsUpdateSessionResource,
    )
    from .._models.managed_agents_url_document_source import (
        ManagedAgentsURLDocumentSource as BetaManagedAgentsURLDocumentSource,
    )
    from .._models.managed_agents_url_image_source import (
        ManagedAgentsURLImageSource as BetaManagedAgentsURLImageSource,
    )
    from .._models.managed_agents_user_actor import (
        ManagedAgentsUserActor as BetaManagedAgentsUserActor,
    )
    from .._models.managed_agents_user_content_block import (
        ManagedAgentsUserContentBlock as BetaManagedAgentsUserContentBlock,
    )
    from .._models.managed_agents_user_custom_tool_result_event import (
        ManagedAgentsUserCustomToolResultEvent as BetaManagedAgentsUserCustomToolResultEvent,
    )
    from .._models.managed_agents_user_define_outcome_event import (
        ManagedAgentsUserDefineOutcomeEvent as BetaManagedAgentsUserDefineOutcomeEvent,
    )
    from .._models.managed_agents_user_interrupt_event import (
        ManagedAgentsUserInterruptEvent as BetaManagedAgentsUserInterruptEvent,
    )
    from .._models.managed_agents_user_location import (
        ManagedAgentsUserLocation as BetaManagedAgentsUserLocation,
    )
    from .._models.managed_agents_user_message_event import (
        ManagedAgentsUserMessageEvent as BetaManagedAgentsUserMessageEvent,
    )
    from .._models.managed_agents_user_tool_confirmation_event import (
        ManagedAgentsUserToolConfirmationEvent as BetaManagedAgentsUserToolConfirmationEvent,
    )
    from .._models.managed_agents_user_tool_confirmation_result import (
        ManagedAgentsUserToolConfirmationResult as BetaManagedAgentsUserToolConfirmationResult,
    )
    from .._models.managed_agents_user_tool_result_event import (
        ManagedAgentsUserToolResultEvent as BetaManagedAgentsUserToolResultEvent,
    )
    from .._models.managed_agents_vault import ManagedAgentsVault as BetaManagedAgentsVault
    from .._models.managed_agents_vault_archived_deployment_paused_reason_error import (
        ManagedAgentsVaultArchivedDeploymentPausedReasonError as BetaManagedAgentsVaultArchivedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_vault_archived_deployment_paused_reason_error import (
        ManagedAgentsVaultArchivedDeploymentPausedReasonError as BetaManagedAgentsVaultArchivedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_vault_archived_run_error import (
        ManagedAgentsVaultArchivedRunError as BetaManagedAgentsVaultArchivedRunError,
    )
    from .._models.managed_agents_vault_archived_run_error import (
        ManagedAgentsVaultArchivedRunError as BetaManagedAgentsVaultArchivedRunErrorObject,
    )
    from .._models.managed_agents_vault_not_found_deployment_paused_reason_error import (
        ManagedAgentsVaultNotFoundDeploymentPausedReasonError as BetaManagedAgentsVaultNotFoundDeploymentPausedReasonError,
    )
    from .._models.managed_agents_vault_not_found_deployment_paused_reason_error import (
        ManagedAgentsVaultNotFoundDeploymentPausedReasonError as BetaManagedAgentsVaultNotFoundDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_vault_not_found_run_error import (
        ManagedAgentsVaultNotFoundRunError as BetaManagedAgentsVaultNotFoundRunError,
    )
    from .._models.managed_agents_vault_not_found_run_error import (
        ManagedAgentsVaultNotFoundRunError as BetaManagedAgentsVaultNotFoundRunErrorObject,
    )
    from .._models.managed_agents_web_fetch_tool_config import (
        ManagedAgentsWebFetchToolConfig as BetaManagedAgentsWebFetchToolConfig,
    )
    from .._models.managed_agents_web_fetch_url_sources import (
        ManagedAgentsWebFetchURLSources as BetaManagedAgentsWebFetchURLSources,
    )
    from .._models.managed_agents_web_search_tool_config import (
        ManagedAgentsWebSearchToolConfig as BetaManagedAgentsWebSearchToolConfig,
    )
    from .._models.managed_agents_workflow_run_created_event import (
        ManagedAgentsWorkflowRunCreatedEvent as BetaManagedAgentsWorkflowRunCreatedEvent,
    )
    from .._models.managed_agents_workflow_run_error import (
        ManagedAgentsWorkflowRunError as BetaManagedAgentsWorkflowRunError,
    )
    from .._models.managed_agents_workflow_run_error_event import (
        ManagedAgentsWorkflowRunErrorEvent as BetaManagedAgentsWorkflowRunErrorEvent,
    )
    from .._models.managed_agents_workflow_run_phase import (
        ManagedAgentsWorkflowRunPhase as BetaManagedAgentsWorkflowRunPhase,
    )
    from .._models.managed_agents_workflow_run_phase_ended_event import (
        ManagedAgentsWorkflowRunPhaseEndedEvent as BetaManagedAgentsWorkflowRunPhaseEndedEvent,
    )
    from .._models.managed_agents_workflow_run_phase_started_event import (
        ManagedAgentsWorkflowRunPhaseStartedEvent as BetaManagedAgentsWorkflowRunPhaseStartedEvent,
    )
    from .._models.managed_agents_workflow_run_result import (
        ManagedAgentsWorkflowRunResult as BetaManagedAgentsWorkflowRunResult,
    )
    from .._models.managed_agents_workflow_run_result_completed import (
        ManagedAgentsWorkflowRunResultCompleted as BetaManagedAgentsWorkflowRunResultCompleted,
    )
    from .._models.managed_agents_workflow_run_result_error import (
        ManagedAgentsWorkflowRunResultError as BetaManagedAgentsWorkflowRunResultError,
    )
    from .._models.managed_agents_workflow_run_result_stopped import (
        ManagedAgentsWorkflowRunResultStopped as BetaManagedAgentsWorkflowRunResultStopped,
    )
    from .._models.managed_agents_workflow_run_status_ended_event import (
        ManagedAgentsWorkflowRunStatusEndedEvent as BetaManagedAgentsWorkflowRunStatusEndedEvent,
    )
    from .._models.managed_agents_workflow_run_status_idle_event import (
        ManagedAgentsWorkflowRunStatusIdleEvent as BetaManagedAgentsWorkflowRunStatusIdleEvent,
    )
    from .._models.managed_agents_workflow_run_status_running_event import (
        ManagedAgentsWorkflowRunStatusRunningEvent as BetaManagedAgentsWorkflowRunStatusRunningEvent,
    )
    from .._models.managed_agents_working_directory_error_object import (
        ManagedAgentsWorkingDirectoryErrorObject as BetaManagedAgentsWorkingDirectoryErrorObject,
    )
    from .._models.managed_agents_workspace_archived_deployment_paused_reason_error import (
        ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError as BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonError,
    )
    from .._models.managed_agents_workspace_archived_deployment_paused_reason_error import (
        ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError as BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonErrorObject,
    )
    from .._models.managed_agents_workspace_archived_run_error import (
        ManagedAgentsWorkspaceArchivedRunError as BetaManagedAgentsWorkspaceArchivedRunError,
    )
    from .._models.managed_agents_workspace_archived_run_error import (
        ManagedAgentsWorkspaceArchivedRunError as BetaManagedAgentsWorkspaceArchivedRunErrorObject,
    )
    from .._models.managed_agents_write_tool_config import (
        ManagedAgentsWriteToolConfig as BetaManagedAgentsWriteToolConfig,
    )
    from .._models.mcp_tool import MCPTool as BetaMCPTool
    from .._models.mcp_tool import MCPTool as BetaMCPToolParam
    from .._models.mcp_tool_config import MCPToolConfig as BetaMCPToolConfig
    from .._models.mcp_tool_default_config import MCPToolDefaultConfig as BetaMCPToolDefaultConfig
    from .._models.mcp_tool_listing_block import MCPToolListingBlock as BetaMCPToolListingBlock
    from .._models.mcp_tool_result_block import MCPToolResultBlock as BetaMCPToolResultBlock
    from .._models.mcp_tool_use_block import MCPToolUseBlock as BetaMCPToolUseBlock
    from .._models.mcp_toolset import MCPToolset as BetaMCPToolset
    from .._models.member_remove_response import MemberRemoveResponse as BetaMemberRemoveResponse
    from .._models.memory_list_page import MemoryListPage as BetaMemoryListPage
    from .._models.memory_store_page import MemoryStorePage as BetaMemoryStorePage
    from .._models.memory_tool20250818 import MemoryTool20250818 as BetaMemoryTool20250818
    from .._models.memory_tool20250818_command import (
        MemoryTool20250818Command as BetaMemoryTool20250818Command,
    )
    from .._models.memory_tool20250818_create_command import (
        MemoryTool20250818CreateCommand as BetaMemoryTool20250818CreateCommand,
    )
    from .._models.memory_tool20250818_delete_command import (
        MemoryTool20250818DeleteCommand as BetaMemoryTool20250818DeleteCommand,
    )
    from .._models.memory_tool20250818_insert_command import (
        MemoryTool20250818InsertCommand as BetaMemoryTool20250818InsertCommand,
    )
    from .._models.memory_tool20250818_rename_command import (
        MemoryTool20250818RenameCommand as BetaMemoryTool20250818RenameCommand,
    )
    from .._models.memory_tool20250818_str_replace_command import (
        MemoryTool20250818StrReplaceCommand as BetaMemoryTool20250818StrReplaceCommand,
    )
    from .._models.memory_tool20250818_view_command import (
        MemoryTool20250818ViewCommand as BetaMemoryTool20250818ViewCommand,
    )
    from .._models.memory_version_page import MemoryVersionPage as BetaMemoryVersionPage
    from .._models.message import Message as BetaMessage
    from .._models.message_batch import MessageBatch as BetaMessageBatch
    from .._models.message_batch_canceled_result import (
        MessageBatchCanceledResult as BetaMessageBatchCanceledResult,
    )
    from .._models.message_batch_errored_result import (
        MessageBatchErroredResult as BetaMessageBatchErroredResult,
    )
    from .._models.message_batch_expired_result import (
        MessageBatchExpiredResult as BetaMessageBatchExpiredResult,
    )
    from .._models.message_batch_individual_response import (
        MessageBatchIndividualResponse as BetaMessageBatchIndividualResponse,
    )
    from .._models.message_batch_page import MessageBatchPage as BetaMessageBatchPage
    from .._models.message_batch_processing_status import (
        MessageBatchProcessingStatus as BetaMessageBatchProcessingStatus,
    )
    from .._models.message_batch_request_counts import (
        MessageBatchRequestCounts as BetaMessageBatchRequestCounts,
    )
    from .._models.message_batch_result import MessageBatchResult as BetaMessageBatchResult
    from .._models.message_batch_succeeded_result import (
        MessageBatchSucceededResult as BetaMessageBatchSucceededResult,
    )
    from .._models.message_delta import MessageDelta as BetaMessageDelta
    from .._models.message_delta_usage import MessageDeltaUsage as BetaMessageDeltaUsage
    from .._models.message_iteration_usage import MessageIterationUsage as BetaMessageIterationUsage
    from .._models.message_tokens_count import MessageTokensCount as BetaMessageTokensCount
    from .._models.model import Model as BetaModel
    from .._models.model_capabilities import ModelCapabilities as BetaModelCapabilities
    from .._models.model_info import ModelInfo as BetaModelInfo
    from .._models.model_info_page import ModelInfoPage as BetaModelInfoPage
    from .._models.model_lifecycle import ModelLifecycle as BetaModelLifecycle
    from .._models.model_line import ModelLine as BetaModelLine
    from .._models.monetary_amount import MonetaryAmount as BetaMonetaryAmount
    from .._models.new_organization_webhook_endpoint import (
        NewOrganizationWebhookEndpoint as BetaNewOrganizationWebhookEndpoint,
    )
    from .._models.new_organization_webhook_endpoint_enabled_events import (
        NewOrganizationWebhookEndpointEnabledEvents as BetaNewOrganizationWebhookEndpointEnabledEvents,
    )
    from .._models.not_found_error import NotFoundError as BetaNotFoundError
    from .._models.not_found_error import NotFoundError as BetaNotFoundErrorObject
    from .._models.org_api_key_limit_exceeded_error_details import (
        OrgAPIKeyLimitExceededErrorDetails as BetaOrgAPIKeyLimitExceededErrorDetails,
    )
    from .._models.org_member_limit_exceeded_error_details import (
        OrgMemberLimitExceededErrorDetails as BetaOrgMemberLimitExceededErrorDetails,
    )
    from .._models.organization_compliance_settings import (
        OrganizationComplianceSettings as BetaOrganizationComplianceSettings,
    )
    from .._models.organization_info import OrganizationInfo as BetaOrganization
    from .._models.organization_info import OrganizationInfo as BetaOrganizationInfo
    from .._models.organization_invite import OrganizationInvite as BetaOrganizationInvite
    from .._models.organization_invite_page import (
        OrganizationInvitePage as BetaOrganizationInvitePage,
    )
    from .._models.organization_invite_status import (
        OrganizationInviteStatus as BetaOrganizationInviteStatus,
    )
    from .._models.organization_level_scoped_api_key_required_error_details import (
        OrganizationLevelScopedAPIKeyRequiredErrorDetails as BetaOrganizationLevelScopedAPIKeyRequiredErrorDetails,
    )
    from .._models.organization_not_eligible_error_details import (
        OrganizationNotEligibleErrorDetails as BetaOrganizationNotEligibleErrorDetails,
    )
    from .._models.organization_not_enrolled_in_beta_error_details import (
        OrganizationNotEnrolledInBetaErrorDetails as BetaOrganizationNotEnrolledInBetaErrorDetails,
    )
    from .._models.organization_on_hold_error_details import (
        OrganizationOnHoldErrorDetails as BetaOrganizationOnHoldErrorDetails,
    )
    from .._models.organization_rate_limit import OrganizationRateLimit as BetaOrganizationRateLimit
    from .._models.organization_rate_limit_batch_group import (
        OrganizationRateLimitBatchGroup as BetaOrganizationRateLimitBatchGroup,
    )
    from .._models.organization_rate_limit_files_group import (
        OrganizationRateLimitFilesGroup as BetaOrganizationRateLimitFilesGroup,
    )
    from .._models.organization_rate_limit_model_group import (
        OrganizationRateLimitModelGroup as BetaOrganizationRateLimitModelGroup,
    )
    from .._models.organization_rate_limit_page import (
        OrganizationRateLimitPage as BetaOrganizationRateLimitPage,
    )
    from .._models.organization_rate_limit_skills_group import (
        OrganizationRateLimitSkillsGroup as BetaOrganizationRateLimitSkillsGroup,
    )
    from .._models.organization_rate_limit_token_count_group import (
        OrganizationRateLimitTokenCountGroup as BetaOrganizationRateLimitTokenCountGroup,
    )
    from .._models.organization_rate_limit_value import (
        OrganizationRateLimitValue as BetaOrganizationRateLimitValue,
    )
    from .._models.organization_rate_limit_web_search_group import (
        OrganizationRateLimitWebSearchGroup as BetaOrganizationRateLimitWebSearchGroup,
    )
    from .._models.organization_role import OrganizationRole as BetaOrganizationRole
    from .._models.organization_type_not_supported_error_details import (
        OrganizationTypeNotSupportedErrorDetails as BetaOrganizationTypeNotSupportedErrorDetails,
    )
    from .._models.organization_user import OrganizationUser as BetaOrganizationUser
    from .._models.organization_user_page import OrganizationUserPage as BetaOrganizationUserPage
    from .._models.organization_webhook_endpoint import (
        OrganizationWebhookEndpoint as BetaOrganizationWebhookEndpoint,
    )
    from .._models.organization_webhook_endpoint_enabled_events import (
        OrganizationWebhookEndpointEnabledEvents as BetaOrganizationWebhookEndpointEnabledEvents,
    )
    from .._models.organization_webhook_endpoint_page import (
        OrganizationWebhookEndpointPage as BetaOrganizationWebhookEndpointPage,
    )
    from .._models.organization_webhook_endpoint_signing_secret import (
        OrganizationWebhookEndpointSigningSecret as BetaOrganizationWebhookEndpointSigningSecret,
    )
    from .._models.organization_webhook_endpoint_state import (
        OrganizationWebhookEndpointState as BetaOrganizationWebhookEndpointState,
    )
    from .._models.output_behavior import OutputBehavior as BetaOutputBehavior
    from .._models.output_behavior_create_new import (
        OutputBehaviorCreateNew as BetaOutputBehaviorCreateNew,
    )
    from .._models.output_behavior_update_existing import (
        OutputBehaviorUpdateExisting as BetaOutputBehaviorUpdateExisting,
    )
    from .._models.output_tokens_details import OutputTokensDetails as BetaOutputTokensDetails
    from .._models.overloaded_error import OverloadedError as BetaOverloadedError
    from .._models.overloaded_error import OverloadedError as BetaOverloadedErrorObject
    from .._models.packages import Packages as BetaPackages
    from .._models.parent_organization_required_error_details import (
        ParentOrganizationRequiredErrorDetails as BetaParentOrganizationRequiredErrorDetails,
    )
    from .._models.pending_configuration_external_storage_status import (
        PendingConfigurationExternalStorageStatus as BetaPendingConfigurationExternalStorageStatus,
    )
    from .._models.permission_error import PermissionError as BetaPermissionError
    from .._models.permission_error import PermissionError as BetaPermissionErrorObject
    from .._models.ping_event import PingEvent as BetaPingEvent
    from .._models.plain_text_source import PlainTextSource as BetaPlainTextSource
    from .._models.plugin import Plugin as BetaPlugin
    from .._models.plugin_actor import PluginActor as BetaPluginActor
    from .._models.plugin_api_actor import PluginAPIActor as BetaPluginAPIActor
    from .._models.plugin_component import PluginComponent as BetaPluginComponent
    from .._models.plugin_component_type import PluginComponentType as BetaPluginComponentType
    from .._models.plugin_content_scan import PluginContentScan as BetaPluginContentScan
    from .._models.plugin_content_scan_assessment import (
        PluginContentScanAssessment as BetaPluginContentScanAssessment,
    )
    from .._models.plugin_content_scan_status import (
        PluginContentScanStatus as BetaPluginContentScanStatus,
    )
    from .._models.plugin_installation_setting import (
        PluginInstallationSetting as BetaPluginInstallationSetting,
    )
    from .._models.plugin_installation_setting_installation_preference import (
        PluginInstallationSettingInstallationPreference as BetaPluginInstallationSettingInstallationPreference,
    )
    from .._models.plugin_installation_setting_page import (
        PluginInstallationSettingPage as BetaPluginInstallationSettingPage,
    )
    from .._models.plugin_marketplace import PluginMarketplace as BetaPluginMarketplace
    from .._models.plugin_marketplace_default_installation_preference import (
        PluginMarketplaceDefaultInstallationPreference as BetaPluginMarketplaceDefaultInstallationPreference,
    )
    from .._models.plugin_marketplace_page import PluginMarketplacePage as BetaPluginMarketplacePage
    from .._models.plugin_marketplace_source import (
        PluginMarketplaceSource as BetaPluginMarketplaceSource,
    )
    from .._models.plugin_marketplace_sync_status import (
        PluginMarketplaceSyncStatus as BetaPluginMarketplaceSyncStatus,
    )
    from .._models.plugin_marketplace_validation_plugin_error_object import (
        PluginMarketplaceValidationPluginErrorObject as BetaPluginMarketplaceValidationPluginErrorObject,
    )
    from .._models.plugin_marketplace_validation_plugin_warning import (
        PluginMarketplaceValidationPluginWarning as BetaPluginMarketplaceValidationPluginWarning,
    )
    from .._models.plugin_marketplace_validation_plugin_warnings import (
        PluginMarketplaceValidationPluginWarnings as BetaPluginMarketplaceValidationPluginWarnings,
    )
    from .._models.plugin_marketplace_validation_report import (
        PluginMarketplaceValidationReport as BetaPluginMarketplaceValidationReport,
    )
    from .._models.plugin_name_taken_error_details import (
        PluginNameTakenErrorDetails as BetaPluginNameTakenErrorDetails,
    )
    from .._models.plugin_organization_installation_preference import (
        PluginOrganizationInstallationPreference as BetaPluginOrganizationInstallationPreference,
    )
    from .._models.plugin_owner import PluginOwner as BetaPluginOwner
    from .._models.plugin_owner_organization import (
        PluginOwnerOrganization as BetaPluginOwnerOrganization,
    )
    from .._models.plugin_owner_user import PluginOwnerUser as BetaPluginOwnerUser
    from .._models.plugin_page import PluginPage as BetaPluginPage
    from .._models.plugin_reach import PluginReach as BetaPluginReach
    from .._models.plugin_share import PluginShare as BetaPluginShare
    from .._models.plugin_share_page import PluginSharePage as BetaPluginSharePage
    from .._models.plugin_target import PluginTarget as BetaPluginTarget
    from .._models.plugin_target_organization import (
        PluginTargetOrganization as BetaPluginTargetOrganization,
    )
    from .._models.plugin_target_organization_member import (
        PluginTargetOrganizationMember as BetaPluginTargetOrganizationMember,
    )
    from .._models.plugin_target_rbac_group import (
        PluginTargetRBACGroup as BetaPluginTargetRBACGroup,
    )
    from .._models.plugin_user_actor import PluginUserActor as BetaPluginUserActor
    from .._models.plugin_version import PluginVersion as BetaPluginVersion
    from .._models.plugin_version_page import PluginVersionPage as BetaPluginVersionPage
    from .._models.plugin_version_reach import PluginVersionReach as BetaPluginVersionReach
    from .._models.provider_not_allowed_error_details import (
        ProviderNotAllowedErrorDetails as BetaProviderNotAllowedErrorDetails,
    )
    from .._models.ramp_limit_exceeded_error_details import (
        RampLimitExceededErrorDetails as BetaRampLimitExceededErrorDetails,
    )
    from .._models.rate_limit_error import RateLimitError as BetaRateLimitError
    from .._models.rate_limit_error import RateLimitError as BetaRateLimitErrorObject
    from .._models.rate_limit_group import RateLimitGroup as BetaRateLimitGroup
    from .._models.raw_content_block_delta import RawContentBlockDelta as BetaRawContentBlockDelta
    from .._models.raw_content_block_delta_event import (
        RawContentBlockDeltaEvent as BetaRawContentBlockDeltaEvent,
    )
    from .._models.raw_content_block_start_event import (
        RawContentBlockStartEvent as BetaRawContentBlockStartEvent,
    )
    from .._models.raw_content_block_stop_event import (
        RawContentBlockStopEvent as BetaRawContentBlockStopEvent,
    )
    from .._models.raw_message_delta_event import RawMessageDeltaEvent as BetaRawMessageDeltaEvent
    from .._models.raw_message_start_event import RawMessageStartEvent as BetaRawMessageStartEvent
    from .._models.raw_message_stop_event import RawMessageStopEvent as BetaRawMessageStopEvent
    from .._models.raw_message_stream_event import (
        RawMessageStreamEvent as BetaRawMessageStreamEvent,
    )
    from .._models.rbac_all_connectors_permission_resource import (
        RBACAllConnectorsPermissionResource as BetaRBACAllConnectorsPermissionResource,
    )
    from .._models.rbac_connector_permission_resource import (
        RBACConnectorPermissionResource as BetaRBACConnectorPermissionResource,
    )
    from .._models.rbac_connector_scope_permission_resource import (
        RBACConnectorScopePermissionResource as BetaRBACConnectorScopePermissionResource,
    )
    from .._models.rbac_connector_tool_permission_resource import (
        RBACConnectorToolPermissionResource as BetaRBACConnectorToolPermissionResource,
    )
    from .._models.rbac_group import RBACGroup as BetaRBACGroup
    from .._models.rbac_group_grants_owner_access_error_details import (
        RBACGroupGrantsOwnerAccessErrorDetails as BetaRBACGroupGrantsOwnerAccessErrorDetails,
    )
    from .._models.rbac_group_managed_settings_not_found_error_details import (
        RBACGroupManagedSettingsNotFoundErrorDetails as BetaRBACGroupManagedSettingsNotFoundErrorDetails,
    )
    from .._models.rbac_group_member import RBACGroupMember as BetaRBACGroupMember
    from .._models.rbac_group_member_page import RBACGroupMemberPage as BetaRBACGroupMemberPage
    from .._models.rbac_group_not_found_error_details import (
        RBACGroupNotFoundErrorDetails as BetaRBACGroupNotFoundErrorDetails,
    )
    from .._models.rbac_group_order_limit_exceeded_error_details import (
        RBACGroupOrderLimitExceededErrorDetails as BetaRBACGroupOrderLimitExceededErrorDetails,
    )
    from .._models.rbac_group_owner_access_unconfirmed_error_details import (
        RBACGroupOwnerAccessUnconfirmedErrorDetails as BetaRBACGroupOwnerAccessUnconfirmedErrorDetails,
    )
    from .._models.rbac_group_page import RBACGroupPage as BetaRBACGroupPage
    from .._models.rbac_group_source_type import RBACGroupSourceType as BetaRBACGroupSourceType
    from .._models.rbac_organization_permission_resource import (
        RBACOrganizationPermissionResource as BetaRBACOrganizationPermissionResource,
    )
    from .._models.rbac_permission_resource import (
        RBACPermissionResource as BetaRBACPermissionResource,
    )
    from .._models.rbac_role import RBACRole as BetaRBACRole
    from .._models.rbac_role_not_found_error_details import (
        RBACRoleNotFoundErrorDetails as BetaRBACRoleNotFoundErrorDetails,
    )
    from .._models.rbac_role_page import RBACRolePage as BetaRBACRolePage
    from .._models.rbac_role_permission import RBACRolePermission as BetaRBACRolePermission
    from .._models.rbac_role_permission_page import (
        RBACRolePermissionPage as BetaRBACRolePermissionPage,
    )
    from .._models.rbac_role_source import RBACRoleSource as BetaRBACRoleSource
    from .._models.rbac_role_source_built_in import (
        RBACRoleSourceBuiltIn as BetaRBACRoleSourceBuiltIn,
    )
    from .._models.rbac_role_source_custom import RBACRoleSourceCustom as BetaRBACRoleSourceCustom
    from .._models.redacted_thinking_block import RedactedThinkingBlock as BetaRedactedThinkingBlock
    from .._models.refusal_category import RefusalCategory as BetaRefusalCategory
    from .._models.refusal_stop_details import RefusalStopDetails as BetaRefusalStopDetails
    from .._models.region_not_supported_error_details import (
        RegionNotSupportedErrorDetails as BetaRegionNotSupportedErrorDetails,
    )
    from .._models.registration_pending_error_details import (
        RegistrationPendingErrorDetails as BetaRegistrationPendingErrorDetails,
    )
    from .._models.report_page_too_large_error_details import (
        ReportPageTooLargeErrorDetails as BetaReportPageTooLargeErrorDetails,
    )
    from .._models.request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails as BetaRequestBodyEncodingInvalidErrorDetails,
    )
    from .._models.request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails as BetaRequestBodyEncodingUnsupportedErrorDetails,
    )
    from .._models.request_body_timeout_error_details import (
        RequestBodyTimeoutErrorDetails as BetaRequestBodyTimeoutErrorDetails,
    )
    from .._models.request_body_too_large_after_decoding_error_details import (
        RequestBodyTooLargeAfterDecodingErrorDetails as BetaRequestBodyTooLargeAfterDecodingErrorDetails,
    )
    from .._models.request_too_large_error import RequestTooLargeError as BetaRequestTooLargeError
    from .._models.response_tool_union import ResponseToolUnion as BetaResponseToolUnion
    from .._models.sandbox_egress_restricted_error_details import (
        SandboxEgressRestrictedErrorDetails as BetaSandboxEgressRestrictedErrorDetails,
    )
    from .._models.scan_failed_error_details import (
        ScanFailedErrorDetails as BetaScanFailedErrorDetails,
    )
    from .._models.scan_pending_error_details import (
        ScanPendingErrorDetails as BetaScanPendingErrorDetails,
    )
    from .._models.self_hosted_config import SelfHostedConfig as BetaSelfHostedConfig
    from .._models.self_hosted_work import SelfHostedWork as BetaSelfHostedWork
    from .._models.self_hosted_work_heartbeat_response import (
        SelfHostedWorkHeartbeatResponse as BetaSelfHostedWorkHeartbeatResponse,
    )
    from .._models.self_hosted_work_heartbeat_response_state import (
        SelfHostedWorkHeartbeatResponseState as BetaSelfHostedWorkHeartbeatResponseState,
    )
    from .._models.self_hosted_work_list_response import (
        SelfHostedWorkListResponse as BetaSelfHostedWorkListResponse,
    )
    from .._models.self_hosted_work_queue_stats import (
        SelfHostedWorkQueueStats as BetaSelfHostedWorkQueueStats,
    )
    from .._models.self_hosted_work_state import SelfHostedWorkState as BetaSelfHostedWorkState
    from .._models.server_tool_caller import ServerToolCaller as BetaServerToolCaller
    from .._models.server_tool_caller20260120 import (
        ServerToolCaller20260120 as BetaServerToolCaller20260120,
    )
    from .._models.server_tool_usage import ServerToolUsage as BetaServerToolUsage
    from .._models.server_tool_use_block import ServerToolUseBlock as BetaServerToolUseBlock
    from .._models.server_tool_use_block_name import (
        ServerToolUseBlockName as BetaServerToolUseBlockName,
    )
    from .._models.server_tools_capability import ServerToolsCapability as BetaServerToolsCapability
    from .._models.service_account import ServiceAccount as BetaServiceAccount
    from .._models.service_account_organization_role import (
        ServiceAccountOrganizationRole as BetaServiceAccountOrganizationRole,
    )
    from .._models.service_account_page import ServiceAccountPage as BetaServiceAccountPage
    from .._models.service_account_target import ServiceAccountTarget as BetaServiceAccountTarget
    from .._models.service_account_workspace_member import (
        ServiceAccountWorkspaceMember as BetaServiceAccountWorkspaceMember,
    )
    from .._models.service_account_workspace_member_page import (
        ServiceAccountWorkspaceMemberPage as BetaServiceAccountWorkspaceMemberPage,
    )
    from .._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse as BetaServiceAccountWorkspaceRemoveResponse,
    )
    from .._models.session_work_data import SessionWorkData as BetaSessionWorkData
    from .._models.settings_document_limit_exceeded_error_details import (
        SettingsDocumentLimitExceededErrorDetails as BetaSettingsDocumentLimitExceededErrorDetails,
    )
    from .._models.settings_history_limit_exceeded_error_details import (
        SettingsHistoryLimitExceededErrorDetails as BetaSettingsHistoryLimitExceededErrorDetails,
    )
    from .._models.signature_delta import SignatureDelta as BetaSignatureDelta
    from .._models.skill import Skill as BetaSkill
    from .._models.skill_name_taken_error_details import (
        SkillNameTakenErrorDetails as BetaSkillNameTakenErrorDetails,
    )
    from .._models.skill_page import SkillPage as BetaSkillPage
    from .._models.skill_read_blocked_undecryptable_error_details import (
        SkillReadBlockedUndecryptableErrorDetails as BetaSkillReadBlockedUndecryptableErrorDetails,
    )
    from .._models.skill_source import SkillSource as BetaSkillSource
    from .._models.skill_source_type import SkillSourceType as BetaSkillSourceType
    from .._models.skill_version import SkillVersion as BetaSkillVersion
    from .._models.skill_version_page import SkillVersionPage as BetaSkillVersionPage
    from .._models.slack_channel_set_up_environment_not_found_error_details import (
        SlackChannelSetUpEnvironmentNotFoundErrorDetails as BetaSlackChannelSetUpEnvironmentNotFoundErrorDetails,
    )
    from .._models.slack_channel_set_up_settings_conflict_error_details import (
        SlackChannelSetUpSettingsConflictErrorDetails as BetaSlackChannelSetUpSettingsConflictErrorDetails,
    )
    from .._models.slack_channel_set_up_settings_refused_error_details import (
        SlackChannelSetUpSettingsRefusedErrorDetails as BetaSlackChannelSetUpSettingsRefusedErrorDetails,
    )
    from .._models.speed import Speed as BetaSpeed
    from .._models.spend_limit import SpendLimit as BetaSpendLimit
    from .._models.spend_limit_actor import SpendLimitActor as BetaSpendLimitActor
    from .._models.spend_limit_delete_response import (
        SpendLimitDeleteResponse as BetaSpendLimitDeleteResponse,
    )
    from .._models.spend_limit_increase_request import (
        SpendLimitIncreaseRequest as BetaSpendLimitIncreaseRequest,
    )
    from .._models.spend_limit_increase_request_page import (
        SpendLimitIncreaseRequestPage as BetaSpendLimitIncreaseRequestPage,
    )
    from .._models.spend_limit_increase_request_status import (
        SpendLimitIncreaseRequestStatus as BetaSpendLimitIncreaseRequestStatus,
    )
    from .._models.spend_limit_organization_scope import (
        SpendLimitOrganizationScope as BetaSpendLimitOrganizationScope,
    )
    from .._models.spend_limit_organization_service_scope import (
        SpendLimitOrganizationServiceScope as BetaSpendLimitOrganizationServiceScope,
    )
    from .._models.spend_limit_page import SpendLimitPage as BetaSpendLimitPage
    from .._models.spend_limit_period import SpendLimitPeriod as BetaSpendLimitPeriod
    from .._models.spend_limit_rbac_group_scope import (
        SpendLimitRBACGroupScope as BetaSpendLimitRBACGroupScope,
    )
    from .._models.spend_limit_scope import SpendLimitScope as BetaSpendLimitScope
    from .._models.spend_limit_scoped_api_key_actor import (
        SpendLimitScopedAPIKeyActor as BetaSpendLimitScopedAPIKeyActor,
    )
    from .._models.spend_limit_seat_tier_scope import (
        SpendLimitSeatTierScope as BetaSpendLimitSeatTierScope,
    )
    from .._models.spend_limit_usage_tier_scope import (
        SpendLimitUsageTierScope as BetaSpendLimitUsageTierScope,
    )
    from .._models.spend_limit_user_actor import SpendLimitUserActor as BetaSpendLimitUserActor
    from .._models.spend_limit_user_scope import SpendLimitUserScope as BetaSpendLimitUserScope
    from .._models.spend_limit_workspace_scope import (
        SpendLimitWorkspaceScope as BetaSpendLimitWorkspaceScope,
    )
    from .._models.spend_limits_admin_api_writes_not_enabled_error_details import (
        SpendLimitsAdminAPIWritesNotEnabledErrorDetails as BetaSpendLimitsAdminAPIWritesNotEnabledErrorDetails,
    )
    from .._models.spend_summary import SpendSummary as BetaSpendSummary
    from .._models.spend_summary_page import SpendSummaryPage as BetaSpendSummaryPage
    from .._models.stop_reason import StopReason as BetaStopReason
    from .._models.storage_already_registered_error_details import (
        StorageAlreadyRegisteredErrorDetails as BetaStorageAlreadyRegisteredErrorDetails,
    )
    from .._models.storage_attach_limit_reached_error_details import (
        StorageAttachLimitReachedErrorDetails as BetaStorageAttachLimitReachedErrorDetails,
    )
    from .._models.storage_attached_during_archive_error_details import (
        StorageAttachedDuringArchiveErrorDetails as BetaStorageAttachedDuringArchiveErrorDetails,
    )
    from .._models.storage_changed_concurrently_error_details import (
        StorageChangedConcurrentlyErrorDetails as BetaStorageChangedConcurrentlyErrorDetails,
    )
    from .._models.storage_in_use_error_details import (
        StorageInUseErrorDetails as BetaStorageInUseErrorDetails,
    )
    from .._models.storage_member import StorageMember as BetaStorageMember
    from .._models.storage_not_approved_error_details import (
        StorageNotApprovedErrorDetails as BetaStorageNotApprovedErrorDetails,
    )
    from .._models.storage_not_attachable_error_details import (
        StorageNotAttachableErrorDetails as BetaStorageNotAttachableErrorDetails,
    )
    from .._models.storage_not_ready_error_details import (
        StorageNotReadyErrorDetails as BetaStorageNotReadyErrorDetails,
    )
    from .._models.storage_profile_mismatch_error_details import (
        StorageProfileMismatchErrorDetails as BetaStorageProfileMismatchErrorDetails,
    )
    from .._models.storage_profile_still_required_error_details import (
        StorageProfileStillRequiredErrorDetails as BetaStorageProfileStillRequiredErrorDetails,
    )
    from .._models.storage_quota_exceeded_error_details import (
        StorageQuotaExceededErrorDetails as BetaStorageQuotaExceededErrorDetails,
    )
    from .._models.storage_verification_failed_error_details import (
        StorageVerificationFailedErrorDetails as BetaStorageVerificationFailedErrorDetails,
    )
    from .._models.telemetry_destination import TelemetryDestination as BetaTelemetryDestination
    from .._models.telemetry_destination_content_mode import (
        TelemetryDestinationContentMode as BetaTelemetryDestinationContentMode,
    )
    from .._models.telemetry_destination_delivery_health import (
        TelemetryDestinationDeliveryHealth as BetaTelemetryDestinationDeliveryHealth,
    )
    from .._models.telemetry_destination_disabled_reason import (
        TelemetryDestinationDisabledReason as BetaTelemetryDestinationDisabledReason,
    )
    from .._models.telemetry_destination_disabled_reason_caller import (
        TelemetryDestinationDisabledReasonCaller as BetaTelemetryDestinationDisabledReasonCaller,
    )
    from .._models.telemetry_destination_disabled_reason_invalid_address import (
        TelemetryDestinationDisabledReasonInvalidAddress as BetaTelemetryDestinationDisabledReasonInvalidAddress,
    )
    from .._models.telemetry_destination_disabled_reason_redirect import (
        TelemetryDestinationDisabledReasonRedirect as BetaTelemetryDestinationDisabledReasonRedirect,
    )
    from .._models.telemetry_destination_disabled_reason_sustained_failure import (
        TelemetryDestinationDisabledReasonSustainedFailure as BetaTelemetryDestinationDisabledReasonSustainedFailure,
    )
    from .._models.telemetry_destination_page import (
        TelemetryDestinationPage as BetaTelemetryDestinationPage,
    )
    from .._models.telemetry_destination_state import (
        TelemetryDestinationState as BetaTelemetryDestinationState,
    )
    from .._models.telemetry_destination_state_disabled import (
        TelemetryDestinationStateDisabled as BetaTelemetryDestinationStateDisabled,
    )
    from .._models.telemetry_destination_state_enabled import (
        TelemetryDestinationStateEnabled as BetaTelemetryDestinationStateEnabled,
    )
    from .._models.telemetry_destination_test_failure import (
        TelemetryDestinationTestFailure as BetaTelemetryDestinationTestFailure,
    )
    from .._models.telemetry_destination_test_response import (
        TelemetryDestinationTestResponse as BetaTelemetryDestinationTestResponse,
    )
    from .._models.telemetry_destination_test_result import (
        TelemetryDestinationTestResult as BetaTelemetryDestinationTestResult,
    )
    from .._models.telemetry_destination_test_success import (
        TelemetryDestinationTestSuccess as BetaTelemetryDestinationTestSuccess,
    )
    from .._models.telemetry_destination_traces import (
        TelemetryDestinationTraces as BetaTelemetryDestinationTraces,
    )
    from .._models.telemetry_destination_workspace import (
        TelemetryDestinationWorkspace as BetaTelemetryDestinationWorkspace,
    )
    from .._models.telemetry_destination_workspace_page import (
        TelemetryDestinationWorkspacePage as BetaTelemetryDestinationWorkspacePage,
    )
    from .._models.telemetry_destination_workspaces import (
        TelemetryDestinationWorkspaces as BetaTelemetryDestinationWorkspaces,
    )
    from .._models.telemetry_destination_workspaces_all import (
        TelemetryDestinationWorkspacesAll as BetaTelemetryDestinationWorkspacesAll,
    )
    from .._models.telemetry_destination_workspaces_exclude import (
        TelemetryDestinationWorkspacesExclude as BetaTelemetryDestinationWorkspacesExclude,
    )
    from .._models.telemetry_destination_workspaces_include import (
        TelemetryDestinationWorkspacesInclude as BetaTelemetryDestinationWorkspacesInclude,
    )
    from .._models.text_block import TextBlock as BetaTextBlock
    from .._models.text_citation import TextCitation as BetaTextCitation
    from .._models.text_delta import TextDelta as BetaTextDelta
    from .._models.text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock as BetaTextEditorCodeExecutionCreateResultBlock,
    )
    from .._models.text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock as BetaTextEditorCodeExecutionStrReplaceResultBlock,
    )
    from .._models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock as BetaTextEditorCodeExecutionToolResultBlock,
    )
    from .._models.text_editor_code_execution_tool_result_content import (
        TextEditorCodeExecutionToolResultContent as BetaTextEditorCodeExecutionToolResultContent,
    )
    from .._models.text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError as BetaTextEditorCodeExecutionToolResultError,
    )
    from .._models.text_editor_code_execution_tool_result_error import (
        TextEditorCodeExecutionToolResultError as BetaTextEditorCodeExecutionToolResultErrorObject,
    )
    from .._models.text_editor_code_execution_tool_result_error_code import (
        TextEditorCodeExecutionToolResultErrorCode as BetaTextEditorCodeExecutionToolResultErrorCode,
    )
    from .._models.text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock as BetaTextEditorCodeExecutionViewResultBlock,
    )
    from .._models.text_editor_code_execution_view_result_block_file_type import (
        TextEditorCodeExecutionViewResultBlockFileType as BetaTextEditorCodeExecutionViewResultBlockFileType,
    )
    from .._models.thinking_block import ThinkingBlock as BetaThinkingBlock
    from .._models.thinking_capability import ThinkingCapability as BetaThinkingCapability
    from .._models.thinking_delta import ThinkingDelta as BetaThinkingDelta
    from .._models.thinking_dropped_input_transformation import (
        ThinkingDroppedInputTransformation as BetaThinkingDroppedInputTransformation,
    )
    from .._models.thinking_mismatch_allowed_input_transformation import (
        ThinkingMismatchAllowedInputTransformation as BetaThinkingMismatchAllowedInputTransformation,
    )
    from .._models.thinking_types import ThinkingTypes as BetaThinkingTypes
    from .._models.thread_already_continued_error_details import (
        ThreadAlreadyContinuedErrorDetails as BetaThreadAlreadyContinuedErrorDetails,
    )
    from .._models.thread_continue_in_flight_error_details import (
        ThreadContinueInFlightErrorDetails as BetaThreadContinueInFlightErrorDetails,
    )
    from .._models.thread_fingerprint_mismatch_error_details import (
        ThreadFingerprintMismatchErrorDetails as BetaThreadFingerprintMismatchErrorDetails,
    )
    from .._models.thread_not_found_error_details import (
        ThreadNotFoundErrorDetails as BetaThreadNotFoundErrorDetails,
    )
    from .._models.thread_unsupported_request_error_details import (
        ThreadUnsupportedRequestErrorDetails as BetaThreadUnsupportedRequestErrorDetails,
    )
    from .._models.thread_unsupported_request_error_details_unsupported import (
        ThreadUnsupportedRequestErrorDetailsUnsupported as BetaThreadUnsupportedRequestErrorDetailsUnsupported,
    )
    from .._models.timestamp import Timestamp as BetaTimestamp
    from .._models.too_many_report_groups_error_details import (
        TooManyReportGroupsErrorDetails as BetaTooManyReportGroupsErrorDetails,
    )
    from .._models.tool import Tool as BetaResponseTool
    from .._models.tool import Tool as BetaTool
    from .._models.tool_addition_block import ToolAdditionBlock as BetaResponseToolAdditionBlock
    from .._models.tool_addition_block import ToolAdditionBlock as BetaToolAdditionBlock
    from .._models.tool_addition_tool import ToolAdditionTool as BetaToolAdditionTool
    from .._models.tool_bash20241022 import ToolBash20241022 as BetaToolBash20241022
    from .._models.tool_bash20250124 import ToolBash20250124 as BetaToolBash20250124
    from .._models.tool_caller import ToolCaller as BetaToolCaller
    from .._models.tool_caller import ToolCaller as BetaToolUseCaller
    from .._models.tool_change_mcp_tool_reference import (
        ToolChangeMCPToolReference as BetaResponseToolChangeMCPToolReference,
    )
    from .._models.tool_change_mcp_tool_reference import (
        ToolChangeMCPToolReference as BetaToolChangeMCPToolReference,
    )
    from .._models.tool_change_mcp_toolset_reference import (
        ToolChangeMCPToolsetReference as BetaResponseToolChangeMCPToolsetReference,
    )
    from .._models.tool_change_mcp_toolset_reference import (
        ToolChangeMCPToolsetReference as BetaToolChangeMCPToolsetReference,
    )
    from .._models.tool_change_reference import ToolChangeReference as BetaToolChangeReference
    from .._models.tool_change_tool_definition import (
        ToolChangeToolDefinition as BetaToolChangeToolDefinition,
    )
    from .._models.tool_change_tool_reference import (
        ToolChangeToolReference as BetaResponseToolChangeToolReference,
    )
    from .._models.tool_change_tool_reference import (
        ToolChangeToolReference as BetaToolChangeToolReference,
    )
    from .._models.tool_computer_use20241022 import (
        ToolComputerUse20241022 as BetaToolComputerUse20241022,
    )
    from .._models.tool_computer_use20250124 import (
        ToolComputerUse20250124 as BetaToolComputerUse20250124,
    )
    from .._models.tool_computer_use20251124 import (
        ToolComputerUse20251124 as BetaToolComputerUse20251124,
    )
    from .._models.tool_input_schema import ToolInputSchema as BetaResponseToolInputSchema
    from .._models.tool_input_schema import ToolInputSchema as BetaToolInputSchema
    from .._models.tool_name_conflict_error_details import (
        ToolNameConflictErrorDetails as BetaToolNameConflictErrorDetails,
    )
    from .._models.tool_reference_block import ToolReferenceBlock as BetaToolReferenceBlock
    from .._models.tool_reference_unresolved_error_details import (
        ToolReferenceUnresolvedErrorDetails as BetaToolReferenceUnresolvedErrorDetails,
    )
    from .._models.tool_removal_block import ToolRemovalBlock as BetaResponseToolRemovalBlock
    from .._models.tool_removal_block import ToolRemovalBlock as BetaToolRemovalBlock
    from .._models.tool_search_tool_bm2520251119 import (
        ToolSearchToolBm2520251119 as BetaToolSearchToolBm25_20251119,
    )
    from .._models.tool_search_tool_bm2520251119 import (
        ToolSearchToolBm2520251119 as BetaToolSearchToolBm2520251119,
    )
    from .._models.tool_search_tool_bm2520251119_type import (
        ToolSearchToolBm2520251119Type as BetaToolSearchToolBm2520251119Type,
    )
    from .._models.tool_search_tool_regex20251119 import (
        ToolSearchToolRegex20251119 as BetaToolSearchToolRegex20251119,
    )
    from .._models.tool_search_tool_regex20251119_type import (
        ToolSearchToolRegex20251119Type as BetaToolSearchToolRegex20251119Type,
    )
    from .._models.tool_search_tool_result_block import (
        ToolSearchToolResultBlock as BetaToolSearchToolResultBlock,
    )
    from .._models.tool_search_tool_result_content import (
        ToolSearchToolResultContent as BetaToolSearchToolResultContent,
    )
    from .._models.tool_search_tool_result_error import (
        ToolSearchToolResultError as BetaToolSearchToolResultError,
    )
    from .._models.tool_search_tool_result_error import (
        ToolSearchToolResultError as BetaToolSearchToolResultErrorObject,
    )
    from .._models.tool_search_tool_result_error_code import (
        ToolSearchToolResultErrorCode as BetaToolSearchToolResultErrorCode,
    )
    from .._models.tool_search_tool_search_result_block import (
        ToolSearchToolSearchResultBlock as BetaToolSearchToolSearchResultBlock,
    )
    from .._models.tool_text_editor20241022 import (
        ToolTextEditor20241022 as BetaToolTextEditor20241022,
    )
    from .._models.tool_text_editor20250124 import (
        ToolTextEditor20250124 as BetaToolTextEditor20250124,
    )
    from .._models.tool_text_editor20250429 import (
        ToolTextEditor20250429 as BetaToolTextEditor20250429,
    )
    from .._models.tool_text_editor20250728 import (
        ToolTextEditor20250728 as BetaToolTextEditor20250728,
    )
    from .._models.tool_use_block import ToolUseBlock as BetaToolUseBlock
    from .._models.toolset_tool_use_block import (
        ToolsetToolUseBlock as BetaResponseToolUseBlockUnion,
    )
    from .._models.toolset_tool_use_block import ToolsetToolUseBlock as BetaToolsetToolUseBlock
    from .._models.transcripts_storage_required_error_details import (
        TranscriptsStorageRequiredErrorDetails as BetaTranscriptsStorageRequiredErrorDetails,
    )
    from .._models.tunnel import Tunnel as BetaTunnel
    from .._models.tunnel_certificate import TunnelCertificate as BetaTunnelCertificate
    from .._models.tunnel_certificate_page import TunnelCertificatePage as BetaTunnelCertificatePage
    from .._models.tunnel_page import TunnelPage as BetaTunnelPage
    from .._models.tunnel_token import TunnelToken as BetaTunnelToken
    from .._models.unrestricted_network import UnrestrictedNetwork as BetaUnrestrictedNetwork
    from .._models.unsupported_charset_error_details import (
        UnsupportedCharsetErrorDetails as BetaUnsupportedCharsetErrorDetails,
    )
    from .._models.unsupported_region_error_details import (
        UnsupportedRegionErrorDetails as BetaUnsupportedRegionErrorDetails,
    )
    from .._models.usage import Usage as BetaUsage
    from .._models.usage_iteration import UsageIteration as BetaUsageIteration
    from .._models.usage_service_tier import UsageServiceTier as BetaUsageServiceTier
    from .._models.user_location import UserLocation as BetaUserLocation
    from .._models.user_profile import UserProfile as BetaUserProfile
    from .._models.user_profile_access_type import (
        UserProfileAccessType as BetaUserProfileAccessType,
    )
    from .._models.user_profile_account_status import (
        UserProfileAccountStatus as BetaUserProfileAccountStatus,
    )
    from .._models.user_profile_action_url import UserProfileActionURL as BetaUserProfileActionURL
    from .._models.user_profile_billing_not_authorized_error_details import (
        UserProfileBillingNotAuthorizedErrorDetails as BetaUserProfileBillingNotAuthorizedErrorDetails,
    )
    from .._models.user_profile_cleared_error_details import (
        UserProfileClearedErrorDetails as BetaUserProfileClearedErrorDetails,
    )
    from .._models.user_profile_cyber_program import (
        UserProfileCyberProgram as BetaUserProfileCyberProgram,
    )
    from .._models.user_profile_cyber_requirements import (
        UserProfileCyberRequirements as BetaUserProfileCyberRequirements,
    )
    from .._models.user_profile_cyber_tier import UserProfileCyberTier as BetaUserProfileCyberTier
    from .._models.user_profile_cyber_tier_status import (
        UserProfileCyberTierStatus as BetaUserProfileCyberTierStatus,
    )
    from .._models.user_profile_efs_feature import (
        UserProfileEfsFeature as BetaUserProfileEfsFeature,
    )
    from .._models.user_profile_efs_feature_status import (
        UserProfileEfsFeatureStatus as BetaUserProfileEfsFeatureStatus,
    )
    from .._models.user_profile_efs_program import (
        UserProfileEfsProgram as BetaUserProfileEfsProgram,
    )
    from .._models.user_profile_enforcement_action import (
        UserProfileEnforcementAction as BetaUserProfileEnforcementAction,
    )
    from .._models.user_profile_enforcement_action_ban import (
        UserProfileEnforcementActionBan as BetaUserProfileEnforcementActionBan,
    )
    from .._models.user_profile_enforcement_action_next_step import (
        UserProfileEnforcementActionNextStep as BetaUserProfileEnforcementActionNextStep,
    )
    from .._models.user_profile_enforcement_action_reason import (
        UserProfileEnforcementActionReason as BetaUserProfileEnforcementActionReason,
    )
    from .._models.user_profile_enforcement_action_restriction import (
        UserProfileEnforcementActionRestriction as BetaUserProfileEnforcementActionRestriction,
    )
    from .._models.user_profile_enforcement_status import (
        UserProfileEnforcementStatus as BetaUserProfileEnforcementStatus,
    )
    from .._models.user_profile_enrollment_url import (
        UserProfileEnrollmentURL as BetaUserProfileEnrollmentURL,
    )
    from .._models.user_profile_entity_type import (
        UserProfileEntityType as BetaUserProfileEntityType,
    )
    from .._models.user_profile_external_user_details import (
        UserProfileExternalUserDetails as BetaUserProfileExternalUserDetails,
    )
    from .._models.user_profile_not_billable_error_details import (
        UserProfileNotBillableErrorDetails as BetaUserProfileNotBillableErrorDetails,
    )
    from .._models.user_profile_not_found_error_details import (
        UserProfileNotFoundErrorDetails as BetaUserProfileNotFoundErrorDetails,
    )
    from .._models.user_profile_page import UserProfilePage as BetaUserProfilePage
    from .._models.user_profile_program_status import (
        UserProfileProgramStatus as BetaUserProfileProgramStatus,
    )
    from .._models.user_profile_programs import UserProfilePrograms as BetaUserProfilePrograms
    from .._models.user_profile_relationship import (
        UserProfileRelationship as BetaUserProfileRelationship,
    )
    from .._models.user_profile_required_error_details import (
        UserProfileRequiredErrorDetails as BetaUserProfileRequiredErrorDetails,
    )
    from .._models.user_profile_trust_grant import (
        UserProfileTrustGrant as BetaUserProfileTrustGrant,
    )
    from .._models.user_profile_trust_grant_status import (
        UserProfileTrustGrantStatus as BetaUserProfileTrustGrantStatus,
    )
    from .._models.user_remove_response import UserRemoveResponse as BetaUserRemoveResponse
    from .._models.vault_page import VaultPage as BetaVaultPage
    from .._models.versioned_tool_union import VersionedToolUnion as BetaVersionedToolUnion
    from .._models.web_fetch_block import WebFetchBlock as BetaWebFetchBlock
    from .._models.web_fetch_tool20250910 import WebFetchTool20250910 as BetaWebFetchTool20250910
    from .._models.web_fetch_tool20260209 import WebFetchTool20260209 as BetaWebFetchTool20260209
    from .._models.web_fetch_tool20260309 import WebFetchTool20260309 as BetaWebFetchTool20260309
    from .._models.web_fetch_tool20260318 import WebFetchTool20260318 as BetaWebFetchTool20260318
    from .._models.web_fetch_tool20260318_response_inclusion import (
        WebFetchTool20260318ResponseInclusion as BetaWebFetchTool20260318ResponseInclusion,
    )
    from .._models.web_fetch_tool_result_block import (
        WebFetchToolResultBlock as BetaWebFetchToolResultBlock,
    )
    from .._models.web_fetch_tool_result_content import (
        WebFetchToolResultContent as BetaWebFetchToolResultContent,
    )
    from .._models.web_fetch_tool_result_error_block import (
        WebFetchToolResultErrorBlock as BetaWebFetchToolResultErrorBlock,
    )
    from .._models.web_fetch_tool_result_error_code import (
        WebFetchToolResultErrorCode as BetaWebFetchToolResultErrorCode,
    )
    from .._models.web_fetch_url_source_all import (
        WebFetchURLSourceAll as BetaManagedAgentsWebFetchURLSourceAll,
    )
    from .._models.web_fetch_url_source_all import WebFetchURLSourceAll as BetaWebFetchURLSourceAll
    from .._models.web_fetch_url_source_except import (
        WebFetchURLSourceExcept as BetaManagedAgentsWebFetchURLSourceExcept,
    )
    from .._models.web_fetch_url_source_except import (
        WebFetchURLSourceExcept as BetaWebFetchURLSourceExcept,
    )
    from .._models.web_fetch_url_source_none import (
        WebFetchURLSourceNone as BetaManagedAgentsWebFetchURLSourceNone,
    )
    from .._models.web_fetch_url_source_none import (
        WebFetchURLSourceNone as BetaWebFetchURLSourceNone,
    )
    from .._models.web_fetch_url_source_only import (
        WebFetchURLSourceOnly as BetaManagedAgentsWebFetchURLSourceOnly,
    )
    from .._models.web_fetch_url_source_only import (
        WebFetchURLSourceOnly as BetaWebFetchURLSourceOnly,
    )
    from .._models.web_fetch_url_source_tool_filter import (
        WebFetchURLSourceToolFilter as BetaManagedAgentsWebFetchURLSourceToolFilter,
    )
    from .._models.web_fetch_url_source_tool_filter import (
        WebFetchURLSourceToolFilter as BetaWebFetchURLSourceToolFilter,
    )
    from .._models.web_fetch_url_source_tool_reference import (
        WebFetchURLSourceToolReference as BetaManagedAgentsWebFetchURLSourceToolReference,
    )
    from .._models.web_fetch_url_source_tool_reference import (
        WebFetchURLSourceToolReference as BetaWebFetchURLSourceToolReference,
    )
    from .._models.web_fetch_url_source_user_input import (
        WebFetchURLSourceUserInput as BetaManagedAgentsWebFetchURLSourceUserInput,
    )
    from .._models.web_fetch_url_source_user_input import (
        WebFetchURLSourceUserInput as BetaWebFetchURLSourceUserInput,
    )
    from .._models.web_fetch_url_sources import WebFetchURLSources as BetaWebFetchURLSources
    from .._models.web_search_result_block import WebSearchResultBlock as BetaWebSearchResultBlock
    from .._models.web_search_tool20250305 import WebSearchTool20250305 as BetaWebSearchTool20250305
    from .._models.web_search_tool20260209 import WebSearchTool20260209 as BetaWebSearchTool20260209
    from .._models.web_search_tool20260318 import WebSearchTool20260318 as BetaWebSearchTool20260318
    from .._models.web_search_tool20260318_response_inclusion import (
        WebSearchTool20260318ResponseInclusion as BetaWebSearchTool20260318ResponseInclusion,
    )
    from .._models.web_search_tool_result_block import (
        WebSearchToolResultBlock as BetaWebSearchToolResultBlock,
    )
    from .._models.web_search_tool_result_content import (
        WebSearchToolResultContent as BetaWebSearchToolResultBlockContent,
    )
    from .._models.web_search_tool_result_content import (
        WebSearchToolResultContent as BetaWebSearchToolResultContent,
    )
    from .._models.web_search_tool_result_error import (
        WebSearchToolResultError as BetaWebSearchToolResultError,
    )
    from .._models.web_search_tool_result_error import (
        WebSearchToolResultError as BetaWebSearchToolResultErrorObject,
    )
    from .._models.web_search_tool_result_error_code import (
        WebSearchToolResultErrorCode as BetaWebSearchToolResultErrorCode,
    )
    from .._models.webhook_agent_archived_event_data import (
        WebhookAgentArchivedEventData as BetaWebhookAgentArchivedEventData,
    )
    from .._models.webhook_agent_created_event_data import (
        WebhookAgentCreatedEventData as BetaWebhookAgentCreatedEventData,
    )
    from .._models.webhook_agent_deleted_event_data import (
        WebhookAgentDeletedEventData as BetaWebhookAgentDeletedEventData,
    )
    from .._models.webhook_agent_updated_event_data import (
        WebhookAgentUpdatedEventData as BetaWebhookAgentUpdatedEventData,
    )
    from .._models.webhook_deployment_archived_event_data import (
        WebhookDeploymentArchivedEventData as BetaWebhookDeploymentArchivedEventData,
    )
    from .._models.webhook_deployment_created_event_data import (
        WebhookDeploymentCreatedEventData as BetaWebhookDeploymentCreatedEventData,
    )
    from .._models.webhook_deployment_deleted_event_data import (
        WebhookDeploymentDeletedEventData as BetaWebhookDeploymentDeletedEventData,
    )
    from .._models.webhook_deployment_paused_event_data import (
        WebhookDeploymentPausedEventData as BetaWebhookDeploymentPausedEventData,
    )
    from .._models.webhook_deployment_run_failed_event_data import (
        WebhookDeploymentRunFailedEventData as BetaWebhookDeploymentRunFailedEventData,
    )
    from .._models.webhook_deployment_run_started_event_data import (
        WebhookDeploymentRunStartedEventData as BetaWebhookDeploymentRunStartedEventData,
    )
    from .._models.webhook_deployment_run_succeeded_event_data import (
        WebhookDeploymentRunSucceededEventData as BetaWebhookDeploymentRunSucceededEventData,
    )
    from .._models.webhook_deployment_unpaused_event_data import (
        WebhookDeploymentUnpausedEventData as BetaWebhookDeploymentUnpausedEventData,
    )
    from .._models.webhook_deployment_updated_event_data import (
        WebhookDeploymentUpdatedEventData as BetaWebhookDeploymentUpdatedEventData,
    )
    from .._models.webhook_environment_archived_event_data import (
        WebhookEnvironmentArchivedEventData as BetaWebhookEnvironmentArchivedEventData,
    )
    from .._models.webhook_environment_created_event_data import (
        WebhookEnvironmentCreatedEventData as BetaWebhookEnvironmentCreatedEventData,
    )
    from .._models.webhook_environment_deleted_event_data import (
        WebhookEnvironmentDeletedEventData as BetaWebhookEnvironmentDeletedEventData,
    )
    from .._models.webhook_environment_updated_event_data import (
        WebhookEnvironmentUpdatedEventData as BetaWebhookEnvironmentUpdatedEventData,
    )
    from .._models.webhook_event import WebhookEvent as BetaWebhookEvent
    from .._models.webhook_event import WebhookEvent as UnwrapWebhookEvent
    from .._models.webhook_event_data import WebhookEventData as BetaWebhookEventData
    from .._models.webhook_external_key_failed_event_data import (
        WebhookExternalKeyFailedEventData as BetaWebhookExternalKeyFailedEventData,
    )
    from .._models.webhook_external_key_recovered_event_data import (
        WebhookExternalKeyRecoveredEventData as BetaWebhookExternalKeyRecoveredEventData,
    )
    from .._models.webhook_external_storage_failed_event_data import (
        WebhookExternalStorageFailedEventData as BetaWebhookExternalStorageFailedEventData,
    )
    from .._models.webhook_external_storage_recovered_event_data import (
        WebhookExternalStorageRecoveredEventData as BetaWebhookExternalStorageRecoveredEventData,
    )
    from .._models.webhook_memory_store_archived_event_data import (
        WebhookMemoryStoreArchivedEventData as BetaWebhookMemoryStoreArchivedEventData,
    )
    from .._models.webhook_memory_store_created_event_data import (
        WebhookMemoryStoreCreatedEventData as BetaWebhookMemoryStoreCreatedEventData,
    )
    from .._models.webhook_memory_store_deleted_event_data import (
        WebhookMemoryStoreDeletedEventData as BetaWebhookMemoryStoreDeletedEventData,
    )
    from .._models.webhook_session_archived_event_data import (
        WebhookSessionArchivedEventData as BetaWebhookSessionArchivedEventData,
    )
    from .._models.webhook_session_budget_reached_event_data import (
        WebhookSessionBudgetReachedEventData as BetaWebhookSessionBudgetReachedEventData,
    )
    from .._models.webhook_session_created_event_data import (
        WebhookSessionCreatedEventData as BetaWebhookSessionCreatedEventData,
    )
    from .._models.webhook_session_deleted_event_data import (
        WebhookSessionDeletedEventData as BetaWebhookSessionDeletedEventData,
    )
    from .._models.webhook_session_idled_event_data import (
        WebhookSessionIdledEventData as BetaWebhookSessionIdledEventData,
    )
    from .._models.webhook_session_outcome_evaluation_ended_event_data import (
        WebhookSessionOutcomeEvaluationEndedEventData as BetaWebhookSessionOutcomeEvaluationEndedEventData,
    )
    from .._models.webhook_session_pending_event_data import (
        WebhookSessionPendingEventData as BetaWebhookSessionPendingEventData,
    )
    from .._models.webhook_session_requires_action_event_data import (
        WebhookSessionRequiresActionEventData as BetaWebhookSessionRequiresActionEventData,
    )
    from .._models.webhook_session_running_event_data import (
        WebhookSessionRunningEventData as BetaWebhookSessionRunningEventData,
    )
    from .._models.webhook_session_status_idled_event_data import (
        WebhookSessionStatusIdledEventData as BetaWebhookSessionStatusIdledEventData,
    )
    from .._models.webhook_session_status_rescheduled_event_data import (
        WebhookSessionStatusRescheduledEventData as BetaWebhookSessionStatusRescheduledEventData,
    )
    from .._models.webhook_session_status_run_started_event_data import (
        WebhookSessionStatusRunStartedEventData as BetaWebhookSessionStatusRunStartedEventData,
    )
    from .._models.webhook_session_status_terminated_event_data import (
        WebhookSessionStatusTerminatedEventData as BetaWebhookSessionStatusTerminatedEventData,
    )
    from .._models.webhook_session_thread_created_event_data import (
        WebhookSessionThreadCreatedEventData as BetaWebhookSessionThreadCreatedEventData,
    )
    from .._models.webhook_session_thread_idled_event_data import (
        WebhookSessionThreadIdledEventData as BetaWebhookSessionThreadIdledEventData,
    )
    from .._models.webhook_session_thread_terminated_event_data import (
        WebhookSessionThreadTerminatedEventData as BetaWebhookSessionThreadTerminatedEventData,
    )
    from .._models.webhook_session_updated_event_data import (
        WebhookSessionUpdatedEventData as BetaWebhookSessionUpdatedEventData,
    )
    from .._models.webhook_user_profile_enforcement_action_opened_event_data import (
        WebhookUserProfileEnforcementActionOpenedEventData as BetaWebhookUserProfileEnforcementActionOpenedEventData,
    )
    from .._models.webhook_user_profile_enforcement_action_resolved_event_data import (
        WebhookUserProfileEnforcementActionResolvedEventData as BetaWebhookUserProfileEnforcementActionResolvedEventData,
    )
    from .._models.webhook_user_profile_program_status_updated_event_data import (
        WebhookUserProfileProgramStatusUpdatedEventData as BetaWebhookUserProfileProgramStatusUpdatedEventData,
    )
    from .._models.webhook_vault_archived_event_data import (
        WebhookVaultArchivedEventData as BetaWebhookVaultArchivedEventData,
    )
    from .._models.webhook_vault_created_event_data import (
        WebhookVaultCreatedEventData as BetaWebhookVaultCreatedEventData,
    )
    from .._models.webhook_vault_credential_archived_event_data import (
        WebhookVaultCredentialArchivedEventData as BetaWebhookVaultCredentialArchivedEventData,
    )
    from .._models.webhook_vault_credential_created_event_data import (
        WebhookVaultCredentialCreatedEventData as BetaWebhookVaultCredentialCreatedEventData,
    )
    from .._models.webhook_vault_credential_deleted_event_data import (
        WebhookVaultCredentialDeletedEventData as BetaWebhookVaultCredentialDeletedEventData,
    )
    from .._models.webhook_vault_credential_refresh_failed_event_data import (
        WebhookVaultCredentialRefreshFailedEventData as BetaWebhookVaultCredentialRefreshFailedEventData,
    )
    from .._models.webhook_vault_deleted_event_data import (
        WebhookVaultDeletedEventData as BetaWebhookVaultDeletedEventData,
    )
    from .._models.work_lease_state import WorkLeaseState as BetaWorkLeaseState
    from .._models.work_lease_state_state import WorkLeaseStateState as BetaWorkLeaseStateState
    from .._models.workspace import Workspace as BetaWorkspace
    from .._models.workspace_api_key_limit_exceeded_error_details import (
        WorkspaceAPIKeyLimitExceededErrorDetails as BetaWorkspaceAPIKeyLimitExceededErrorDetails,
    )
    from .._models.workspace_changed_concurrently_error_details import (
        WorkspaceChangedConcurrentlyErrorDetails as BetaWorkspaceChangedConcurrentlyErrorDetails,
    )
    from .._models.workspace_changed_concurrently_field import (
        WorkspaceChangedConcurrentlyField as BetaWorkspaceChangedConcurrentlyField,
    )
    from .._models.workspace_created_incomplete_error_details import (
        WorkspaceCreatedIncompleteErrorDetails as BetaWorkspaceCreatedIncompleteErrorDetails,
    )
    from .._models.workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails as BetaWorkspaceHumanReviewDisabledErrorDetails,
    )
    from .._models.workspace_member import WorkspaceMember as BetaWorkspaceMember
    from .._models.workspace_member_limit_exceeded_error_details import (
        WorkspaceMemberLimitExceededErrorDetails as BetaWorkspaceMemberLimitExceededErrorDetails,
    )
    from .._models.workspace_member_page import WorkspaceMemberPage as BetaWorkspaceMemberPage
    from .._models.workspace_page import WorkspacePage as BetaWorkspacePage
    from .._models.workspace_policy_field import WorkspacePolicyField as BetaWorkspacePolicyField
    from .._models.workspace_policy_violation_error_details import (
        WorkspacePolicyViolationErrorDetails as BetaWorkspacePolicyViolationErrorDetails,
    )
    from .._models.workspace_rate_limit import WorkspaceRateLimit as BetaWorkspaceRateLimit
    from .._models.workspace_rate_limit_organization_source import (
        WorkspaceRateLimitOrganizationSource as BetaWorkspaceRateLimitOrganizationSource,
    )
    from .._models.workspace_rate_limit_page import (
        WorkspaceRateLimitPage as BetaWorkspaceRateLimitPage,
    )
    from .._models.workspace_rate_limit_source import (
        WorkspaceRateLimitSource as BetaWorkspaceRateLimitSource,
    )
    from .._models.workspace_rate_limit_value import (
        WorkspaceRateLimitValue as BetaWorkspaceRateLimitValue,
    )
    from .._models.workspace_rate_limit_workspace_source import (
        WorkspaceRateLimitWorkspaceSource as BetaWorkspaceRateLimitWorkspaceSource,
    )
    from .._models.workspace_role import WorkspaceRole as BetaWorkspaceRole
    from .._params.advisor_redacted_result_block_param import (
        AdvisorRedactedResultBlockParam as BetaAdvisorRedactedResultBlockParam,
    )
    from .._params.advisor_result_block_param import (
        AdvisorResultBlockParam as BetaAdvisorResultBlockParam,
    )
    from .._params.advisor_tool20260301_param import (
        AdvisorTool20260301Param as BetaAdvisorTool20260301Param,
    )
    from .._params.advisor_tool_result_block_param import (
        AdvisorToolResultBlockParam as BetaAdvisorToolResultBlockParam,
    )
    from .._params.advisor_tool_result_content_param import (
        AdvisorToolResultContentParam as BetaAdvisorToolResultContentParam,
    )
    from .._params.advisor_tool_result_error_code_param import (
        AdvisorToolResultErrorCodeParam as BetaAdvisorToolResultErrorCodeParam,
    )
    from .._params.advisor_tool_result_error_param import (
        AdvisorToolResultErrorParam as BetaAdvisorToolResultErrorParam,
    )
    from .._params.agent_list_params import AgentListParams as AgentListParams
    from .._params.agent_list_params import AgentListParams as BetaAgentListParams
    from .._params.agent_retrieve_params import AgentRetrieveParams as AgentRetrieveParams
    from .._params.agent_retrieve_params import AgentRetrieveParams as BetaAgentRetrieveParams
    from .._params.agents_version_list_params import (
        AgentsVersionListParams as BetaAgentsVersionListParams,
    )
    from .._params.all_thinking_turns_param import (
        AllThinkingTurnsParam as BetaAllThinkingTurnsParam,
    )
    from .._params.allowed_caller_param import AllowedCallerParam as BetaAllowedCallerParam
    from .._params.allowed_inference_geo_param import (
        AllowedInferenceGeoParam as BetaAllowedInferenceGeoParam,
    )
    from .._params.analytics_actor_type_param import (
        AnalyticsActorTypeParam as BetaAnalyticsActorTypeParam,
    )
    from .._params.analytics_artifact_group_by_param import (
        AnalyticsArtifactGroupByParam as BetaAnalyticsArtifactGroupBy,
    )
    from .._params.analytics_artifact_group_by_param import (
        AnalyticsArtifactGroupByParam as BetaAnalyticsArtifactGroupByParam,
    )
    from .._params.analytics_claude_tag_category_param import (
        AnalyticsClaudeTagCategoryParam as BetaAnalyticsClaudeTagCategoryParam,
    )
    from .._params.analytics_connector_group_by_param import (
        AnalyticsConnectorGroupByParam as BetaAnalyticsConnectorGroupBy,
    )
    from .._params.analytics_connector_group_by_param import (
        AnalyticsConnectorGroupByParam as BetaAnalyticsConnectorGroupByParam,
    )
    from .._params.analytics_context_window_param import (
        AnalyticsContextWindowParam as BetaAnalyticsContextWindowParam,
    )
    from .._params.analytics_cost_group_by_param import (
        AnalyticsCostGroupByParam as BetaAnalyticsCostGroupByParam,
    )
    from .._params.analytics_cost_order_by_param import (
        AnalyticsCostOrderByParam as BetaAnalyticsCostOrderByParam,
    )
    from .._params.analytics_inference_geo_filter_param import (
        AnalyticsInferenceGeoFilterParam as BetaAnalyticsInferenceGeoFilterParam,
    )
    from .._params.analytics_order_param import AnalyticsOrderParam as BetaAnalyticsOrder
    from .._params.analytics_order_param import AnalyticsOrderParam as BetaAnalyticsOrderParam
    from .._params.analytics_plugin_group_by_param import (
        AnalyticsPluginGroupByParam as BetaAnalyticsPluginGroupBy,
    )
    from .._params.analytics_plugin_group_by_param import (
        AnalyticsPluginGroupByParam as BetaAnalyticsPluginGroupByParam,
    )
    from .._params.analytics_product_filter_param import (
        AnalyticsProductFilterParam as BetaAnalyticsProductFilterParam,
    )
    from .._params.analytics_project_group_by_param import (
        AnalyticsProjectGroupByParam as BetaAnalyticsProjectGroupBy,
    )
    from .._params.analytics_project_group_by_param import (
        AnalyticsProjectGroupByParam as BetaAnalyticsProjectGroupByParam,
    )
    from .._params.analytics_service_tier_param import (
        AnalyticsServiceTierParam as BetaAnalyticsServiceTierParam,
    )
    from .._params.analytics_skill_group_by_param import (
        AnalyticsSkillGroupByParam as BetaAnalyticsSkillGroupBy,
    )
    from .._params.analytics_skill_group_by_param import (
        AnalyticsSkillGroupByParam as BetaAnalyticsSkillGroupByParam,
    )
    from .._params.analytics_speed_param import AnalyticsSpeedParam as BetaAnalyticsSpeedParam
    from .._params.analytics_time_bucket_width_param import (
        AnalyticsTimeBucketWidthParam as BetaAnalyticsTimeBucketWidthParam,
    )
    from .._params.analytics_usage_cost_product_filter_param import (
        AnalyticsUsageCostProductFilterParam as BetaAnalyticsUsageCostProductFilterParam,
    )
    from .._params.analytics_usage_cost_sort_order_param import (
        AnalyticsUsageCostSortOrderParam as BetaAnalyticsUsageCostSortOrderParam,
    )
    from .._params.analytics_usage_group_by_param import (
        AnalyticsUsageGroupByParam as BetaAnalyticsUsageGroupByParam,
    )
    from .._params.analytics_usage_order_by_param import (
        AnalyticsUsageOrderByParam as BetaAnalyticsUsageOrderByParam,
    )
    from .._params.analytics_user_group_by_param import (
        AnalyticsUserGroupByParam as BetaAnalyticsUserGroupBy,
    )
    from .._params.analytics_user_group_by_param import (
        AnalyticsUserGroupByParam as BetaAnalyticsUserGroupByParam,
    )
    from .._params.anthropic_beta_param import AnthropicBetaParam as BetaAnthropicBetaParam
    from .._params.anthropic_human_review_param import (
        AnthropicHumanReviewParam as BetaAnthropicHumanReviewParam,
    )
    from .._params.aws_external_key_config_param import (
        AWSExternalKeyConfigParam as BetaAWSExternalKeyConfigParam,
    )
    from .._params.aws_external_storage_config_param import (
        AWSExternalStorageConfigParam as BetaAWSExternalStorageConfigParam,
    )
    from .._params.azure_external_key_config_param import (
        AzureExternalKeyConfigParam as BetaAzureExternalKeyConfigParam,
    )
    from .._params.base64_image_source_param import (
        Base64ImageSourceParam as BetaBase64ImageSourceParam,
    )
    from .._params.base64_pdf_source_param import Base64PDFSourceParam as BetaBase64PDFSourceParam
    from .._params.bash_code_execution_output_block_param import (
        BashCodeExecutionOutputBlockParam as BetaBashCodeExecutionOutputBlockParam,
    )
    from .._params.bash_code_execution_result_block_param import (
        BashCodeExecutionResultBlockParam as BetaBashCodeExecutionResultBlockParam,
    )
    from .._params.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam as BetaBashCodeExecutionToolResultBlockParam,
    )
    from .._params.bash_code_execution_tool_result_content_param import (
        BashCodeExecutionToolResultContentParam as BetaBashCodeExecutionToolResultContentParam,
    )
    from .._params.bash_code_execution_tool_result_error_code_param import (
        BashCodeExecutionToolResultErrorCodeParam as BetaBashCodeExecutionToolResultErrorCodeParam,
    )
    from .._params.bash_code_execution_tool_result_error_param import (
        BashCodeExecutionToolResultErrorParam as BetaBashCodeExecutionToolResultErrorParam,
    )
    from .._params.bedrock_agent_list_params import (
        BedrockAgentListParams as BetaBedrockAgentListParams,
    )
    from .._params.bedrock_agent_retrieve_params import (
        BedrockAgentRetrieveParams as BetaBedrockAgentRetrieveParams,
    )
    from .._params.bedrock_event_list_params import (
        BedrockEventListParams as BetaBedrockEventListParams,
    )
    from .._params.bedrock_event_stream_params import (
        BedrockEventStreamParams as BetaBedrockEventStreamParams,
    )
    from .._params.bedrock_memory_delete_params import (
        BedrockMemoryDeleteParams as BetaBedrockMemoryDeleteParams,
    )
    from .._params.bedrock_memory_list_params import (
        BedrockMemoryListParams as BetaBedrockMemoryListParams,
    )
    from .._params.bedrock_memory_retrieve_params import (
        BedrockMemoryRetrieveParams as BetaBedrockMemoryRetrieveParams,
    )
    from .._params.bedrock_memory_store_list_params import (
        BedrockMemoryStoreListParams as BetaBedrockMemoryStoreListParams,
    )
    from .._params.bedrock_memory_version_list_params import (
        BedrockMemoryVersionListParams as BetaBedrockMemoryVersionListParams,
    )
    from .._params.bedrock_memory_version_retrieve_params import (
        BedrockMemoryVersionRetrieveParams as BetaBedrockMemoryVersionRetrieveParams,
    )
    from .._params.bedrock_session_list_params import (
        BedrockSessionListParams as BetaBedrockSessionListParams,
    )
    from .._params.bedrock_sessions_event_list_params import (
        BedrockSessionsEventListParams as BetaBedrockSessionsEventListParams,
    )
    from .._params.bedrock_sessions_event_stream_params import (
        BedrockSessionsEventStreamParams as BetaBedrockSessionsEventStreamParams,
    )
    from .._params.bedrock_thread_list_params import (
        BedrockThreadListParams as BetaBedrockThreadListParams,
    )
    from .._params.bedrock_version_list_params import (
        BedrockVersionListParams as BetaBedrockVersionListParams,
    )
    from .._params.beta_action_url_create_params import (
        BetaActionURLCreateParams as BetaActionURLCreateParams,
    )
    from .._params.beta_api_key_list_params import BetaApiKeyListParams as BetaApiKeyListParams
    from .._params.beta_api_key_update_params import (
        BetaAPIKeyUpdateParams as BetaAPIKeyUpdateParams,
    )
    from .._params.beta_artifact_list_params import BetaArtifactListParams as BetaArtifactListParams
    from .._params.beta_batch_create_params import BetaBatchCreateParams as BetaBatchCreateParams
    from .._params.beta_batch_list_params import BetaBatchListParams as BetaBatchListParams
    from .._params.beta_batch_request_param import BetaBatchRequestParam as BetaBatchRequestParam
    from .._params.beta_completion_create_params import (
        BetaCompletionCreateParams as BetaCompletionCreateParams,
    )
    from .._params.beta_completion_create_params_base import (
        BetaCompletionCreateParamsBase as BetaCompletionCreateParamsBase,
    )
    from .._params.beta_completion_create_params_non_streaming import (
        BetaCompletionCreateParamsNonStreaming as BetaCompletionCreateParamsNonStreaming,
    )
    from .._params.beta_completion_create_params_streaming import (
        BetaCompletionCreateParamsStreaming as BetaCompletionCreateParamsStreaming,
    )
    from .._params.beta_compliance_setting_update_params import (
        BetaComplianceSettingUpdateParams as BetaComplianceSettingUpdateParams,
    )
    from .._params.beta_connector_list_params import (
        BetaConnectorListParams as BetaConnectorListParams,
    )
    from .._params.beta_effective_list_params import (
        BetaEffectiveListParams as BetaEffectiveListParams,
    )
    from .._params.beta_external_key_create_params import (
        BetaExternalKeyCreateParams as BetaExternalKeyCreateParams,
    )
    from .._params.beta_external_key_list_params import (
        BetaExternalKeyListParams as BetaExternalKeyListParams,
    )
    from .._params.beta_external_key_update_params import (
        BetaExternalKeyUpdateParams as BetaExternalKeyUpdateParams,
    )
    from .._params.beta_federation_rule_workspace_add_params import (
        BetaFederationRuleWorkspaceAddParams as BetaFederationRuleWorkspaceAddParams,
    )
    from .._params.beta_file_list_params import BetaFileListParams as BetaFileListParams
    from .._params.beta_file_list_params import BetaFileListParams as FileListParams
    from .._params.beta_file_upload_params import BetaFileUploadParams as BetaFileUploadParams
    from .._params.beta_file_upload_params import BetaFileUploadParams as FileUploadParams
    from .._params.beta_increase_request_approve_params import (
        BetaIncreaseRequestApproveParams as BetaIncreaseRequestApproveParams,
    )
    from .._params.beta_increase_request_deny_params import (
        BetaIncreaseRequestDenyParams as BetaIncreaseRequestDenyParams,
    )
    from .._params.beta_increase_request_list_params import (
        BetaIncreaseRequestListParams as BetaIncreaseRequestListParams,
    )
    from .._params.beta_invite_create_params import BetaInviteCreateParams as BetaInviteCreateParams
    from .._params.beta_invite_list_params import BetaInviteListParams as BetaInviteListParams
    from .._params.beta_issuer_create_params import BetaIssuerCreateParams as BetaIssuerCreateParams
    from .._params.beta_issuer_list_params import BetaIssuerListParams as BetaIssuerListParams
    from .._params.beta_issuer_update_params import BetaIssuerUpdateParams as BetaIssuerUpdateParams
    from .._params.beta_member_list_params import BetaMemberListParams as BetaMemberListParams
    from .._params.beta_message_count_tokens_params import (
        BetaMessageCountTokensParams as BetaMessageCountTokensParams,
    )
    from .._params.beta_message_count_tokens_params import (
        BetaMessageCountTokensParams as MessageCountTokensParams,
    )
    from .._params.beta_message_create_params import (
        BetaMessageCreateParams as BetaMessageCreateParams,
    )
    from .._params.beta_message_create_params import BetaMessageCreateParams as MessageCreateParams
    from .._params.beta_message_create_params_base import (
        BetaMessageCreateParamsBase as BetaMessageCreateParamsBase,
    )
    from .._params.beta_message_create_params_non_streaming import (
        BetaMessageCreateParamsNonStreaming as BetaMessageCreateParamsNonStreaming,
    )
    from .._params.beta_message_create_params_streaming import (
        BetaMessageCreateParamsStreaming as BetaMessageCreateParamsStreaming,
    )
    from .._params.beta_model_list_params import BetaModelListParams as BetaModelListParams
    from .._params.beta_model_list_params import BetaModelListParams as ModelListParams
    from .._params.beta_organization_analytics_plugin_list_params import (
        BetaOrganizationAnalyticsPluginListParams as BetaOrganizationAnalyticsPluginListParams,
    )
    from .._params.beta_organization_analytics_skill_list_params import (
        BetaOrganizationAnalyticsSkillListParams as BetaOrganizationAnalyticsSkillListParams,
    )
    from .._params.beta_organization_analytics_user_list_params import (
        BetaOrganizationAnalyticsUserListParams as BetaOrganizationAnalyticsUserListParams,
    )
    from .._params.beta_organization_federation_rules_workspace_list_params import (
        BetaOrganizationFederationRulesWorkspaceListParams as BetaOrganizationFederationRulesWorkspaceListParams,
    )
    from .._params.beta_organization_rate_limit_list_params import (
        BetaOrganizationRateLimitListParams as BetaOrganizationRateLimitListParams,
    )
    from .._params.beta_organization_rbac_groups_member_list_params import (
        BetaOrganizationRbacGroupsMemberListParams as BetaOrganizationRbacGroupsMemberListParams,
    )
    from .._params.beta_organization_service_account_list_params import (
        BetaOrganizationServiceAccountListParams as BetaOrganizationServiceAccountListParams,
    )
    from .._params.beta_organization_service_accounts_workspace_list_params import (
        BetaOrganizationServiceAccountsWorkspaceListParams as BetaOrganizationServiceAccountsWorkspaceListParams,
    )
    from .._params.beta_permission_list_params import (
        BetaPermissionListParams as BetaPermissionListParams,
    )
    from .._params.beta_project_list_params import BetaProjectListParams as BetaProjectListParams
    from .._params.beta_rate_limit_list_params import (
        BetaRateLimitListParams as BetaRateLimitListParams,
    )
    from .._params.beta_rbac_group_create_params import (
        BetaRBACGroupCreateParams as BetaRBACGroupCreateParams,
    )
    from .._params.beta_rbac_group_list_params import (
        BetaRbacGroupListParams as BetaRbacGroupListParams,
    )
    from .._params.beta_rbac_group_member_add_params import (
        BetaRBACGroupMemberAddParams as BetaRBACGroupMemberAddParams,
    )
    from .._params.beta_rbac_group_update_params import (
        BetaRBACGroupUpdateParams as BetaRBACGroupUpdateParams,
    )
    from .._params.beta_rbac_role_list_params import (
        BetaRbacRoleListParams as BetaRbacRoleListParams,
    )
    from .._params.beta_rule_create_params import BetaRuleCreateParams as BetaRuleCreateParams
    from .._params.beta_rule_list_params import BetaRuleListParams as BetaRuleListParams
    from .._params.beta_rule_update_params import BetaRuleUpdateParams as BetaRuleUpdateParams
    from .._params.beta_service_account_create_params import (
        BetaServiceAccountCreateParams as BetaServiceAccountCreateParams,
    )
    from .._params.beta_service_account_list_params import (
        BetaServiceAccountListParams as BetaServiceAccountListParams,
    )
    from .._params.beta_service_account_update_params import (
        BetaServiceAccountUpdateParams as BetaServiceAccountUpdateParams,
    )
    from .._params.beta_service_account_workspace_add_params import (
        BetaServiceAccountWorkspaceAddParams as BetaServiceAccountWorkspaceAddParams,
    )
    from .._params.beta_skill_create_params import BetaSkillCreateParams as BetaSkillCreateParams
    from .._params.beta_skill_create_params import BetaSkillCreateParams as SkillCreateParams
    from .._params.beta_skill_list_params import BetaSkillListParams as BetaSkillListParams
    from .._params.beta_skill_list_params import BetaSkillListParams as SkillListParams
    from .._params.beta_skill_version_create_params import (
        BetaSkillVersionCreateParams as BetaSkillVersionCreateParams,
    )
    from .._params.beta_skill_version_create_params import (
        BetaSkillVersionCreateParams as BetaVersionCreateParams,
    )
    from .._params.beta_summary_list_params import BetaSummaryListParams as BetaSummaryListParams
    from .._params.beta_user_list_params import BetaUserListParams as BetaUserListParams
    from .._params.beta_user_profile_create_params import (
        BetaUserProfileCreateParams as BetaUserProfileCreateParams,
    )
    from .._params.beta_user_profile_create_params import (
        BetaUserProfileCreateParams as UserProfileCreateParams,
    )
    from .._params.beta_user_profile_list_params import (
        BetaUserProfileListParams as BetaUserProfileListParams,
    )
    from .._params.beta_user_profile_list_params import (
        BetaUserProfileListParams as UserProfileListParams,
    )
    from .._params.beta_user_profile_update_params import (
        BetaUserProfileUpdateParams as BetaUserProfileUpdateParams,
    )
    from .._params.beta_user_profile_update_params import (
        BetaUserProfileUpdateParams as UserProfileUpdateParams,
    )
    from .._params.beta_user_update_params import BetaUserUpdateParams as BetaUserUpdateParams
    from .._params.beta_version_list_params import BetaVersionListParams as BetaVersionListParams
    from .._params.beta_workspace_create_params import (
        BetaWorkspaceCreateParams as BetaWorkspaceCreateParams,
    )
    from .._params.beta_workspace_list_params import (
        BetaWorkspaceListParams as BetaWorkspaceListParams,
    )
    from .._params.beta_workspace_member_add_params import (
        BetaWorkspaceMemberAddParams as BetaWorkspaceMemberAddParams,
    )
    from .._params.beta_workspace_member_update_params import (
        BetaWorkspaceMemberUpdateParams as BetaWorkspaceMemberUpdateParams,
    )
    from .._params.beta_workspace_rate_limit_update_params import (
        BetaWorkspaceRateLimitUpdateParams as BetaWorkspaceRateLimitUpdateParams,
    )
    from .._params.beta_workspace_service_account_add_params import (
        BetaWorkspaceServiceAccountAddParams as BetaWorkspaceServiceAccountAddParams,
    )
    from .._params.beta_workspace_service_account_update_params import (
        BetaWorkspaceServiceAccountUpdateParams as BetaWorkspaceServiceAccountUpdateParams,
    )
    from .._params.beta_workspace_update_params import (
        BetaWorkspaceUpdateParams as BetaWorkspaceUpdateParams,
    )
    from .._params.bill_to_param import BillToParam as BetaBillTo
    from .._params.bill_to_param import BillToParam as BetaBillToParam
    from .._params.billing_policy_param import BillingPolicyParam as BetaBillingPolicyParam
    from .._params.browser_close_tab_config_param import (
        BrowserCloseTabConfigParam as BetaBrowserCloseTabConfigParam,
    )
    from .._params.browser_double_click_config_param import (
        BrowserDoubleClickConfigParam as BetaBrowserDoubleClickConfigParam,
    )
    from .._params.browser_file_upload_config_param import (
        BrowserFileUploadConfigParam as BetaBrowserFileUploadConfigParam,
    )
    from .._params.browser_find_config_param import (
        BrowserFindConfigParam as BetaBrowserFindConfigParam,
    )
    from .._params.browser_form_input_config_param import (
        BrowserFormInputConfigParam as BetaBrowserFormInputConfigParam,
    )
    from .._params.browser_get_page_text_config_param import (
        BrowserGetPageTextConfigParam as BetaBrowserGetPageTextConfigParam,
    )
    from .._params.browser_hold_key_config_param import (
        BrowserHoldKeyConfigParam as BetaBrowserHoldKeyConfigParam,
    )
    from .._params.browser_hover_config_param import (
        BrowserHoverConfigParam as BetaBrowserHoverConfigParam,
    )
    from .._params.browser_javascript_exec_config_param import (
        BrowserJavascriptExecConfigParam as BetaBrowserJavascriptExecConfigParam,
    )
    from .._params.browser_key_config_param import (
        BrowserKeyConfigParam as BetaBrowserKeyConfigParam,
    )
    from .._params.browser_left_click_config_param import (
        BrowserLeftClickConfigParam as BetaBrowserLeftClickConfigParam,
    )
    from .._params.browser_left_click_drag_config_param import (
        BrowserLeftClickDragConfigParam as BetaBrowserLeftClickDragConfigParam,
    )
    from .._params.browser_left_mouse_down_config_param import (
        BrowserLeftMouseDownConfigParam as BetaBrowserLeftMouseDownConfigParam,
    )
    from .._params.browser_left_mouse_up_config_param import (
        BrowserLeftMouseUpConfigParam as BetaBrowserLeftMouseUpConfigParam,
    )
    from .._params.browser_list_tabs_config_param import (
        BrowserListTabsConfigParam as BetaBrowserListTabsConfigParam,
    )
    from .._params.browser_middle_click_config_param import (
        BrowserMiddleClickConfigParam as BetaBrowserMiddleClickConfigParam,
    )
    from .._params.browser_mouse_move_config_param import (
        BrowserMouseMoveConfigParam as BetaBrowserMouseMoveConfigParam,
    )
    from .._params.browser_navigate_config_param import (
        BrowserNavigateConfigParam as BetaBrowserNavigateConfigParam,
    )
    from .._params.browser_new_tab_config_param import (
        BrowserNewTabConfigParam as BetaBrowserNewTabConfigParam,
    )
    from .._params.browser_read_console_config_param import (
        BrowserReadConsoleConfigParam as BetaBrowserReadConsoleConfigParam,
    )
    from .._params.browser_read_network_config_param import (
        BrowserReadNetworkConfigParam as BetaBrowserReadNetworkConfigParam,
    )
    from .._params.browser_read_page_config_param import (
        BrowserReadPageConfigParam as BetaBrowserReadPageConfigParam,
    )
    from .._params.browser_right_click_config_param import (
        BrowserRightClickConfigParam as BetaBrowserRightClickConfigParam,
    )
    from .._params.browser_screenshot_config_param import (
        BrowserScreenshotConfigParam as BetaBrowserScreenshotConfigParam,
    )
    from .._params.browser_scroll_config_param import (
        BrowserScrollConfigParam as BetaBrowserScrollConfigParam,
    )
    from .._params.browser_scroll_to_config_param import (
        BrowserScrollToConfigParam as BetaBrowserScrollToConfigParam,
    )
    from .._params.browser_state_block_param import (
        BrowserStateBlockParam as BetaBrowserStateBlockParam,
    )
    from .._params.browser_state_change_download_completed_param import (
        BrowserStateChangeDownloadCompletedParam as BetaBrowserStateChangeDownloadCompletedParam,
    )
    from .._params.browser_state_change_download_failed_param import (
        BrowserStateChangeDownloadFailedParam as BetaBrowserStateChangeDownloadFailedParam,
    )
    from .._params.browser_state_change_download_started_param import (
        BrowserStateChangeDownloadStartedParam as BetaBrowserStateChangeDownloadStartedParam,
    )
    from .._params.browser_state_change_param import (
        BrowserStateChangeParam as BetaBrowserStateChangeParam,
    )
    from .._params.browser_state_change_tab_opened_param import (
        BrowserStateChangeTabOpenedParam as BetaBrowserStateChangeTabOpenedParam,
    )
    from .._params.browser_state_tab_entry_param import (
        BrowserStateTabEntryParam as BetaBrowserStateTabEntryParam,
    )
    from .._params.browser_switch_tab_config_param import (
        BrowserSwitchTabConfigParam as BetaBrowserSwitchTabConfigParam,
    )
    from .._params.browser_toolset20260801_param import (
        BrowserToolset20260801Param as BetaBrowserToolset20260801Param,
    )
    from .._params.browser_toolset_configs_param import (
        BrowserToolsetConfigsParam as BetaBrowserToolsetConfigsParam,
    )
    from .._params.browser_triple_click_config_param import (
        BrowserTripleClickConfigParam as BetaBrowserTripleClickConfigParam,
    )
    from .._params.browser_type_config_param import (
        BrowserTypeConfigParam as BetaBrowserTypeConfigParam,
    )
    from .._params.browser_wait_config_param import (
        BrowserWaitConfigParam as BetaBrowserWaitConfigParam,
    )
    from .._params.browser_zoom_config_param import (
        BrowserZoomConfigParam as BetaBrowserZoomConfigParam,
    )
    from .._params.bundle_list_params import BundleListParams as BetaBundleListParams
    from .._params.cache_control_ephemeral_param import (
        CacheControlEphemeralParam as BetaCacheControlEphemeralParam,
    )
    from .._params.case_list_params import CaseListParams as BetaCaseListParams
    from .._params.certificate_create_params import (
        CertificateCreateParams as BetaCertificateCreateParams,
    )
    from .._params.certificate_list_params import CertificateListParams as BetaCertificateListParams
    from .._params.citation_char_location_param import (
        CitationCharLocationParam as BetaCitationCharLocationParam,
    )
    from .._params.citation_content_block_location_param import (
        CitationContentBlockLocationParam as BetaCitationContentBlockLocationParam,
    )
    from .._params.citation_page_location_param import (
        CitationPageLocationParam as BetaCitationPageLocationParam,
    )
    from .._params.citation_search_result_location_param import (
        CitationSearchResultLocationParam as BetaCitationSearchResultLocationParam,
    )
    from .._params.citation_web_search_result_location_param import (
        CitationWebSearchResultLocationParam as BetaCitationWebSearchResultLocationParam,
    )
    from .._params.citations_config_param import (
        CitationsConfigParam as BetaCitationsConfigParamParam,
    )
    from .._params.claude_code_managed_settings_configuration_update_params import (
        ClaudeCodeManagedSettingsConfigurationUpdateParams as BetaClaudeCodeManagedSettingsConfigurationUpdateParams,
    )
    from .._params.claude_code_managed_settings_mode_param import (
        ClaudeCodeManagedSettingsModeParam as BetaClaudeCodeManagedSettingsModeParam,
    )
    from .._params.claude_code_managed_settings_organization_mode_param import (
        ClaudeCodeManagedSettingsOrganizationModeParam as BetaClaudeCodeManagedSettingsOrganizationModeParam,
    )
    from .._params.claude_code_managed_settings_rbac_groups_mode_param import (
        ClaudeCodeManagedSettingsRBACGroupsModeParam as BetaClaudeCodeManagedSettingsRBACGroupsModeParam,
    )
    from .._params.claude_code_rbac_group_default_managed_settings_update_params import (
        ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams as BetaClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams,
    )
    from .._params.claude_code_rbac_group_managed_settings_set_params import (
        ClaudeCodeRBACGroupManagedSettingsSetParams as BetaClaudeCodeRBACGroupManagedSettingsSetParams,
    )
    from .._params.claude_tag_bundle_target_create_param import (
        ClaudeTagBundleTargetCreateParam as BetaClaudeTagBundleTargetCreateParam,
    )
    from .._params.claude_tag_bundle_update_params import (
        ClaudeTagBundleUpdateParams as BetaClaudeTagBundleUpdateParams,
    )
    from .._params.claude_tag_guest_policy_allow_param import (
        ClaudeTagGuestPolicyAllowParam as BetaClaudeTagGuestPolicyAllowParam,
    )
    from .._params.claude_tag_guest_policy_channel_only_param import (
        ClaudeTagGuestPolicyChannelOnlyParam as BetaClaudeTagGuestPolicyChannelOnlyParam,
    )
    from .._params.claude_tag_guest_policy_param import (
        ClaudeTagGuestPolicyParam as BetaClaudeTagGuestPolicyParam,
    )
    from .._params.claude_tag_guest_policy_restrict_param import (
        ClaudeTagGuestPolicyRestrictParam as BetaClaudeTagGuestPolicyRestrictParam,
    )
    from .._params.claude_tag_reply_mode_always_awake_param import (
        ClaudeTagReplyModeAlwaysAwakeParam as BetaClaudeTagReplyModeAlwaysAwakeParam,
    )
    from .._params.claude_tag_reply_mode_automatic_param import (
        ClaudeTagReplyModeAutomaticParam as BetaClaudeTagReplyModeAutomaticParam,
    )
    from .._params.claude_tag_reply_mode_mention_only_param import (
        ClaudeTagReplyModeMentionOnlyParam as BetaClaudeTagReplyModeMentionOnlyParam,
    )
    from .._params.claude_tag_reply_mode_param import (
        ClaudeTagReplyModeParam as BetaClaudeTagReplyModeParam,
    )
    from .._params.claude_tag_reply_mode_thread_param import (
        ClaudeTagReplyModeThreadParam as BetaClaudeTagReplyModeThreadParam,
    )
    from .._params.claude_tag_settings_create_param import (
        ClaudeTagSettingsCreateParam as BetaClaudeTagSettingsCreateParam,
    )
    from .._params.claude_tag_settings_update_param import (
        ClaudeTagSettingsUpdateParam as BetaClaudeTagSettingsUpdateParam,
    )
    from .._params.claude_tag_slack_channel_bundle_target_create_param import (
        ClaudeTagSlackChannelBundleTargetCreateParam as BetaClaudeTagSlackChannelBundleTargetCreateParam,
    )
    from .._params.claude_tag_slack_channel_create_params import (
        ClaudeTagSlackChannelCreateParams as BetaClaudeTagSlackChannelCreateParams,
    )
    from .._params.claude_tag_slack_channel_identifiers_param import (
        ClaudeTagSlackChannelIdentifiersParam as BetaClaudeTagSlackChannelIdentifiersParam,
    )
    from .._params.claude_tag_slack_channel_update_params import (
        ClaudeTagSlackChannelUpdateParams as BetaClaudeTagSlackChannelUpdateParams,
    )
    from .._params.claude_tag_slack_workspace_bundle_target_create_param import (
        ClaudeTagSlackWorkspaceBundleTargetCreateParam as BetaClaudeTagSlackWorkspaceBundleTargetCreateParam,
    )
    from .._params.claude_tag_slack_workspace_update_params import (
        ClaudeTagSlackWorkspaceUpdateParams as BetaClaudeTagSlackWorkspaceUpdateParams,
    )
    from .._params.clear_thinking20251015_edit_param import (
        ClearThinking20251015EditParam as BetaClearThinking20251015EditParam,
    )
    from .._params.clear_thinking_keep_param import (
        ClearThinkingKeepParam as BetaClearThinkingKeepParam,
    )
    from .._params.clear_tool_uses20250919_edit_param import (
        ClearToolUses20250919EditParam as BetaClearToolUses20250919EditParam,
    )
    from .._params.clear_tool_uses_trigger_param import (
        ClearToolUsesTriggerParam as BetaClearToolUsesTriggerParam,
    )
    from .._params.cloud_config_params import CloudConfigParams as BetaCloudConfigParams
    from .._params.cloud_networking_params import CloudNetworkingParams as BetaCloudNetworkingParams
    from .._params.code_execution_output_block_param import (
        CodeExecutionOutputBlockParam as BetaCodeExecutionOutputBlockParam,
    )
    from .._params.code_execution_result_block_param import (
        CodeExecutionResultBlockParam as BetaCodeExecutionResultBlockParam,
    )
    from .._params.code_execution_tool20250522_param import (
        CodeExecutionTool20250522Param as BetaCodeExecutionTool20250522Param,
    )
    from .._params.code_execution_tool20250825_param import (
        CodeExecutionTool20250825Param as BetaCodeExecutionTool20250825Param,
    )
    from .._params.code_execution_tool20260120_param import (
        CodeExecutionTool20260120Param as BetaCodeExecutionTool20260120Param,
    )
    from .._params.code_execution_tool20260521_param import (
        CodeExecutionTool20260521Param as BetaCodeExecutionTool20260521Param,
    )
    from .._params.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam as BetaCodeExecutionToolResultBlockParam,
    )
    from .._params.code_execution_tool_result_content_param import (
        CodeExecutionToolResultContentParam as BetaCodeExecutionToolResultBlockParamContentParam,
    )
    from .._params.code_execution_tool_result_content_param import (
        CodeExecutionToolResultContentParam as BetaCodeExecutionToolResultContentParam,
    )
    from .._params.code_execution_tool_result_error_code_param import (
        CodeExecutionToolResultErrorCodeParam as BetaCodeExecutionToolResultErrorCodeParam,
    )
    from .._params.code_execution_tool_result_error_param import (
        CodeExecutionToolResultErrorParam as BetaCodeExecutionToolResultErrorParam,
    )
    from .._params.compact20260112_edit_param import (
        Compact20260112EditParam as BetaCompact20260112EditParam,
    )
    from .._params.compaction_block_param import CompactionBlockParam as BetaCompactionBlockParam
    from .._params.compaction_config_param import CompactionConfigParam as BetaCompactionConfigParam
    from .._params.compaction_tool_change_param import (
        CompactionToolChangeParam as BetaCompactionToolChangeParam,
    )
    from .._params.compliance_review_case_order_by_param import (
        ComplianceReviewCaseOrderByParam as BetaComplianceReviewCaseOrderBy,
    )
    from .._params.compliance_review_case_order_by_param import (
        ComplianceReviewCaseOrderByParam as BetaComplianceReviewCaseOrderByParam,
    )
    from .._params.compliance_review_case_respond_params import (
        ComplianceReviewCaseRespondParams as BetaComplianceReviewCaseRespondParams,
    )
    from .._params.compliance_review_case_status_filter_param import (
        ComplianceReviewCaseStatusFilterParam as BetaComplianceReviewCaseStatusFilter,
    )
    from .._params.compliance_review_case_status_filter_param import (
        ComplianceReviewCaseStatusFilterParam as BetaComplianceReviewCaseStatusFilterParam,
    )
    from .._params.compliance_review_determination_param import (
        ComplianceReviewDeterminationParam as BetaComplianceReviewDetermination,
    )
    from .._params.compliance_review_determination_param import (
        ComplianceReviewDeterminationParam as BetaComplianceReviewDeterminationParam,
    )
    from .._params.compliance_review_order_param import (
        ComplianceReviewOrderParam as BetaComplianceReviewOrder,
    )
    from .._params.compliance_review_order_param import (
        ComplianceReviewOrderParam as BetaComplianceReviewOrderParam,
    )
    from .._params.compliance_review_verdict_param import (
        ComplianceReviewVerdictParam as BetaComplianceReviewVerdictParam,
    )
    from .._params.compliance_review_violated_policy_category_param import (
        ComplianceReviewViolatedPolicyCategoryParam as BetaComplianceReviewViolatedPolicyCategory,
    )
    from .._params.compliance_review_violated_policy_category_param import (
        ComplianceReviewViolatedPolicyCategoryParam as BetaComplianceReviewViolatedPolicyCategoryParam,
    )
    from .._params.compliance_settings_state_disabled_param import (
        ComplianceSettingsStateDisabledParam as BetaComplianceSettingsStateDisabledParam,
    )
    from .._params.compliance_settings_state_enabled_param import (
        ComplianceSettingsStateEnabledParam as BetaComplianceSettingsStateEnabledParam,
    )
    from .._params.compliance_settings_state_param import (
        ComplianceSettingsStateParam as BetaComplianceSettingsStateParam,
    )
    from .._params.computer_cursor_position_config_param import (
        ComputerCursorPositionConfigParam as BetaComputerCursorPositionConfigParam,
    )
    from .._params.computer_double_click_config_param import (
        ComputerDoubleClickConfigParam as BetaComputerDoubleClickConfigParam,
    )
    from .._params.computer_hold_key_config_param import (
        ComputerHoldKeyConfigParam as BetaComputerHoldKeyConfigParam,
    )
    from .._params.computer_key_config_param import (
        ComputerKeyConfigParam as BetaComputerKeyConfigParam,
    )
    from .._params.computer_left_click_config_param import (
        ComputerLeftClickConfigParam as BetaComputerLeftClickConfigParam,
    )
    from .._params.computer_left_click_drag_config_param import (
        ComputerLeftClickDragConfigParam as BetaComputerLeftClickDragConfigParam,
    )
    from .._params.computer_left_mouse_down_config_param import (
        ComputerLeftMouseDownConfigParam as BetaComputerLeftMouseDownConfigParam,
    )
    from .._params.computer_left_mouse_up_config_param import (
        ComputerLeftMouseUpConfigParam as BetaComputerLeftMouseUpConfigParam,
    )
    from .._params.computer_middle_click_config_param import (
        ComputerMiddleClickConfigParam as BetaComputerMiddleClickConfigParam,
    )
    from .._params.computer_mouse_move_config_param import (
        ComputerMouseMoveConfigParam as BetaComputerMouseMoveConfigParam,
    )
    from .._params.computer_right_click_config_param import (
        ComputerRightClickConfigParam as BetaComputerRightClickConfigParam,
    )
    from .._params.computer_screenshot_config_param import (
        ComputerScreenshotConfigParam as BetaComputerScreenshotConfigParam,
    )
    from .._params.computer_scroll_config_param import (
        ComputerScrollConfigParam as BetaComputerScrollConfigParam,
    )
    from .._params.computer_toolset20260801_param import (
        ComputerToolset20260801Param as BetaComputerToolset20260801Param,
    )
    from .._params.computer_toolset_configs_param import (
        ComputerToolsetConfigsParam as BetaComputerToolsetConfigsParam,
    )
    from .._params.computer_triple_click_config_param import (
        ComputerTripleClickConfigParam as BetaComputerTripleClickConfigParam,
    )
    from .._params.computer_type_config_param import (
        ComputerTypeConfigParam as BetaComputerTypeConfigParam,
    )
    from .._params.computer_wait_config_param import (
        ComputerWaitConfigParam as BetaComputerWaitConfigParam,
    )
    from .._params.computer_zoom_config_param import (
        ComputerZoomConfigParam as BetaComputerZoomConfigParam,
    )
    from .._params.container_param import ContainerParam as BetaContainerParam
    from .._params.container_param import ContainerParam as BetaContainerParams
    from .._params.container_param import ContainerParam as BetaMessageCreateParamsContainerParam
    from .._params.container_skill_param import ContainerSkillParam as BetaContainerSkillParam
    from .._params.container_skill_param import ContainerSkillParam as BetaSkillParams
    from .._params.container_upload_block_param import (
        ContainerUploadBlockParam as BetaContainerUploadBlockParam,
    )
    from .._params.content_block_param import ContentBlockParam as BetaContentBlockParam
    from .._params.content_block_source_content_param import (
        ContentBlockSourceContentParam as BetaContentBlockSourceContentParam,
    )
    from .._params.content_block_source_param import (
        ContentBlockSourceParam as BetaContentBlockSourceParam,
    )
    from .._params.context_management_config_param import (
        ContextManagementConfigParam as BetaContextManagementConfigParam,
    )
    from .._params.context_management_edit_param import (
        ContextManagementEditParam as BetaContextManagementEditParam,
    )
    from .._params.cost_list_params import CostListParams as BetaCostListParams
    from .._params.cost_report_list_params import CostReportListParams as BetaCostReportListParams
    from .._params.credential_create_params import (
        CredentialCreateParams as BetaCredentialCreateParams,
    )
    from .._params.credential_list_params import CredentialListParams as BetaCredentialListParams
    from .._params.credential_update_params import (
        CredentialUpdateParams as BetaCredentialUpdateParams,
    )
    from .._params.currency_param import CurrencyParam as BetaCurrencyParam
    from .._params.data_control_update_params import (
        DataControlUpdateParams as BetaDataControlUpdateParams,
    )
    from .._params.data_residency_create_config_param import (
        DataResidencyCreateConfigParam as BetaDataResidencyCreateConfigParam,
    )
    from .._params.data_residency_update_config_param import (
        DataResidencyUpdateConfigParam as BetaDataResidencyUpdateConfigParam,
    )
    from .._params.deployment_list_params import DeploymentListParams as BetaDeploymentListParams
    from .._params.deployment_list_params import DeploymentListParams as DeploymentListParams
    from .._params.deployment_run_list_params import (
        DeploymentRunListParams as BetaDeploymentRunListParams,
    )
    from .._params.deployment_run_list_params import (
        DeploymentRunListParams as DeploymentRunListParams,
    )
    from .._params.diagnostics_param import DiagnosticsParam as BetaDiagnosticsParam
    from .._params.direct_caller_param import DirectCallerParam as BetaDirectCallerParam
    from .._params.document_block_param import DocumentBlockParam as BetaDocumentBlockParam
    from .._params.document_block_param import DocumentBlockParam as BetaRequestDocumentBlockParam
    from .._params.document_source_param import DocumentSourceParam as BetaDocumentSourceParam
    from .._params.dream_create_params import DreamCreateParams as BetaDreamCreateParams
    from .._params.dream_create_params import DreamCreateParams as DreamCreateParams
    from .._params.dream_input_param import DreamInputParam as BetaDreamInputParam
    from .._params.dream_list_params import DreamListParams as BetaDreamListParams
    from .._params.dream_list_params import DreamListParams as DreamListParams
    from .._params.dream_memory_store_input_param import (
        DreamMemoryStoreInputParam as BetaDreamMemoryStoreInputParam,
    )
    from .._params.dream_model_config_params import (
        DreamModelConfigParams as BetaDreamModelConfigParam,
    )
    from .._params.dream_model_config_params import (
        DreamModelConfigParams as BetaDreamModelConfigParams,
    )
    from .._params.dream_model_params import DreamModelParams as BetaDreamModelParams
    from .._params.dream_sessions_input_param import (
        DreamSessionsInputParam as BetaDreamSessionsInputParam,
    )
    from .._params.dream_status_param import DreamStatusParam as BetaDreamStatusParam
    from .._params.effort_level_param import EffortLevelParam as BetaEffortLevel
    from .._params.effort_level_param import EffortLevelParam as BetaEffortLevelParam
    from .._params.encrypted_code_execution_result_block_param import (
        EncryptedCodeExecutionResultBlockParam as BetaEncryptedCodeExecutionResultBlockParam,
    )
    from .._params.environment_config_params import (
        EnvironmentConfigParams as BetaEnvironmentConfigParams,
    )
    from .._params.environment_list_params import EnvironmentListParams as BetaEnvironmentListParams
    from .._params.environment_list_params import EnvironmentListParams as EnvironmentListParams
    from .._params.event_list_params import EventListParams as BetaEventListParams
    from .._params.event_stream_params import EventStreamParams as BetaEventStreamParams
    from .._params.external_key_provider_config_param import (
        ExternalKeyProviderConfigParam as BetaExternalKeyProviderConfigParam,
    )
    from .._params.external_storage_create_params import (
        ExternalStorageCreateParams as BetaExternalStorageCreateParams,
    )
    from .._params.external_storage_list_params import (
        ExternalStorageListParams as BetaExternalStorageListParams,
    )
    from .._params.external_storage_member_param import (
        ExternalStorageMemberParam as BetaExternalStorageMemberParam,
    )
    from .._params.external_storage_provider_config_param import (
        ExternalStorageProviderConfigParam as BetaExternalStorageProviderConfigParam,
    )
    from .._params.external_storage_update_params import (
        ExternalStorageUpdateParams as BetaExternalStorageUpdateParams,
    )
    from .._params.fallback_block_param import FallbackBlockParam as BetaFallbackBlockParam
    from .._params.fallback_config_param import FallbackConfigParam as BetaFallbackConfigParam
    from .._params.fallback_config_param import FallbackConfigParam as BetaFallbackParam
    from .._params.fallback_credit_token import FallbackCreditToken as BetaFallbackCreditToken
    from .._params.fallback_credit_token_param import (
        FallbackCreditTokenParam as BetaFallbackCreditTokenParam,
    )
    from .._params.fallback_hop_info_param import FallbackHopInfoParam as BetaFallbackHopInfoParam
    from .._params.fallback_hop_info_param import FallbackHopInfoParam as BetaFallbackInfoParam
    from .._params.fallbacks import Fallbacks as BetaFallbacks
    from .._params.fallbacks import Fallbacks as BetaFallbacksParam
    from .._params.federation_jwks_param import FederationJWKSParam as BetaFederationJWKSParam
    from .._params.federation_rule_match_param import (
        FederationRuleMatchParam as BetaFederationRuleMatchParam,
    )
    from .._params.file_document_source_param import (
        FileDocumentSourceParam as BetaFileDocumentSourceParam,
    )
    from .._params.file_image_source_param import FileImageSourceParam as BetaFileImageSourceParam
    from .._params.gcp_external_key_config_param import (
        GCPExternalKeyConfigParam as BetaGCPExternalKeyConfigParam,
    )
    from .._params.gcp_external_storage_config_param import (
        GCPExternalStorageConfigParam as BetaGCPExternalStorageConfigParam,
    )
    from .._params.google_managed_bucket_reference_param import (
        GoogleManagedBucketReferenceParam as BetaGoogleManagedBucketReferenceParam,
    )
    from .._params.google_managed_cmek_control_params import (
        GoogleManagedCMEKControlParams as BetaGoogleManagedCMEKControlParams,
    )
    from .._params.google_managed_cmek_disabled_params import (
        GoogleManagedCMEKDisabledParams as BetaGoogleManagedCMEKDisabledParams,
    )
    from .._params.google_managed_cmek_enabled_params import (
        GoogleManagedCMEKEnabledParams as BetaGoogleManagedCMEKEnabledParams,
    )
    from .._params.google_managed_data_controls_update_params import (
        GoogleManagedDataControlsUpdateParams as BetaGoogleManagedDataControlsUpdateParams,
    )
    from .._params.google_managed_project_bucket_reference_param import (
        GoogleManagedProjectBucketReferenceParam as BetaGoogleManagedProjectBucketReferenceParam,
    )
    from .._params.google_managed_project_cmek_control_param import (
        GoogleManagedProjectCMEKControlParam as BetaGoogleManagedProjectCMEKControlParam,
    )
    from .._params.google_managed_project_cmek_disabled_param import (
        GoogleManagedProjectCMEKDisabledParam as BetaGoogleManagedProjectCMEKDisabledParam,
    )
    from .._params.google_managed_project_cmek_enabled_param import (
        GoogleManagedProjectCMEKEnabledParam as BetaGoogleManagedProjectCMEKEnabledParam,
    )
    from .._params.google_managed_project_storage_control_param import (
        GoogleManagedProjectStorageControlParam as BetaGoogleManagedProjectStorageControlParam,
    )
    from .._params.google_managed_project_storage_disabled_param import (
        GoogleManagedProjectStorageDisabledParam as BetaGoogleManagedProjectStorageDisabledParam,
    )
    from .._params.google_managed_project_storage_enabled_param import (
        GoogleManagedProjectStorageEnabledParam as BetaGoogleManagedProjectStorageEnabledParam,
    )
    from .._params.google_managed_storage_control_params import (
        GoogleManagedStorageControlParams as BetaGoogleManagedStorageControlParams,
    )
    from .._params.google_managed_storage_disabled_params import (
        GoogleManagedStorageDisabledParams as BetaGoogleManagedStorageDisabledParams,
    )
    from .._params.google_managed_storage_enabled_params import (
        GoogleManagedStorageEnabledParams as BetaGoogleManagedStorageEnabledParams,
    )
    from .._params.image_block_param import ImageBlockParam as BetaImageBlockParam
    from .._params.image_source_param import ImageSourceParam as BetaImageSourceParam
    from .._params.image_transformations_param import (
        ImageTransformationsParam as BetaImageTransformationsParam,
    )
    from .._params.inference_data_privacy_param import (
        InferenceDataPrivacyParam as BetaInferenceDataPrivacyParam,
    )
    from .._params.input_tokens_clear_at_least_param import (
        InputTokensClearAtLeastParam as BetaInputTokensClearAtLeastParam,
    )
    from .._params.input_tokens_trigger_param import (
        InputTokensTriggerParam as BetaInputTokensTriggerParam,
    )
    from .._params.installation_setting_list_params import (
        InstallationSettingListParams as BetaInstallationSettingListParams,
    )
    from .._params.internal_storage_param import InternalStorageParam as BetaInternalStorageParam
    from .._params.json_output_format_param import (
        JSONOutputFormatParam as BetaJSONOutputFormatParam,
    )
    from .._params.jwks_discovery_param import JWKSDiscoveryParam as BetaJWKSDiscoveryParam
    from .._params.jwks_explicit_url_param import JWKSExplicitURLParam as BetaJWKSExplicitURLParam
    from .._params.jwks_inline_param import JWKSInlineParam as BetaJWKSInlineParam
    from .._params.known_beta_param import KnownBetaParam as BetaKnownBeta
    from .._params.known_beta_param import KnownBetaParam as BetaKnownBetaParam
    from .._params.known_model_param import KnownModelParam as BetaKnownModelParam
    from .._params.limited_network_params import LimitedNetworkParams as BetaLimitedNetworkParams
    from .._params.managed_agents_add_session_resource_params import (
        ManagedAgentsAddSessionResourceParams as BetaManagedAgentsAddSessionResourceParams,
    )
    from .._params.managed_agents_advisor_params import (
        ManagedAgentsAdvisorParams as BetaManagedAgentsAdvisorParams,
    )
    from .._params.managed_agents_agent_params import (
        ManagedAgentsAgentParams as BetaManagedAgentsAgentParams,
    )
    from .._params.managed_agents_agent_tool_config_union_params import (
        ManagedAgentsAgentToolConfigUnionParams as BetaManagedAgentsAgentToolConfigParams,
    )
    from .._params.managed_agents_agent_tool_config_union_params import (
        ManagedAgentsAgentToolConfigUnionParams as BetaManagedAgentsAgentToolConfigUnionParams,
    )
    from .._params.managed_agents_agent_tool_params import (
        ManagedAgentsAgentToolParams as BetaManagedAgentsAgentToolParams,
    )
    from .._params.managed_agents_agent_toolset20260401_params import (
        ManagedAgentsAgentToolset20260401Params as BetaManagedAgentsAgentToolset20260401Params,
    )
    from .._params.managed_agents_agent_toolset_default_config_params import (
        ManagedAgentsAgentToolsetDefaultConfigParams as BetaManagedAgentsAgentToolsetDefaultConfigParams,
    )
    from .._params.managed_agents_agent_union_params import (
        ManagedAgentsAgentUnionParams as BetaManagedAgentsAgentUnionParams,
    )
    from .._params.managed_agents_agent_with_overrides_params import (
        ManagedAgentsAgentWithOverridesParams as BetaManagedAgentsAgentWithOverridesParams,
    )
    from .._params.managed_agents_always_allow_policy_param import (
        ManagedAgentsAlwaysAllowPolicyParam as BetaManagedAgentsAlwaysAllowPolicyParam,
    )
    from .._params.managed_agents_always_ask_policy_param import (
        ManagedAgentsAlwaysAskPolicyParam as BetaManagedAgentsAlwaysAskPolicyParam,
    )
    from .._params.managed_agents_anthropic_skill_params import (
        ManagedAgentsAnthropicSkillParams as BetaManagedAgentsAnthropicSkillParams,
    )
    from .._params.managed_agents_auto_policy_param import (
        ManagedAgentsAutoPolicyParam as BetaManagedAgentsAutoPolicyParam,
    )
    from .._params.managed_agents_aws_agent_core_gateway_mcp_server_param import (
        ManagedAgentsAWSAgentCoreGatewayMCPServerParam as BetaManagedAgentsAWSAgentCoreGatewayMCPServerParam,
    )
    from .._params.managed_agents_aws_role_execution_identity_params import (
        ManagedAgentsAWSRoleExecutionIdentityParams as BetaManagedAgentsAWSRoleExecutionIdentityParams,
    )
    from .._params.managed_agents_base64_document_source_param import (
        ManagedAgentsBase64DocumentSourceParam as BetaManagedAgentsBase64DocumentSourceParam,
    )
    from .._params.managed_agents_base64_image_source_param import (
        ManagedAgentsBase64ImageSourceParam as BetaManagedAgentsBase64ImageSourceParam,
    )
    from .._params.managed_agents_bash_tool_config_params import (
        ManagedAgentsBashToolConfigParams as BetaManagedAgentsBashToolConfigParams,
    )
    from .._params.managed_agents_bedrock_agent_tool_params import (
        ManagedAgentsBedrockAgentToolParams as BetaManagedAgentsBedrockAgentToolParams,
    )
    from .._params.managed_agents_bedrock_agent_with_overrides_params import (
        ManagedAgentsBedrockAgentWithOverridesParams as BetaManagedAgentsBedrockAgentWithOverridesParams,
    )
    from .._params.managed_agents_bedrock_create_agent_params import (
        ManagedAgentsBedrockCreateAgentParams as BetaManagedAgentsBedrockCreateAgentParams,
    )
    from .._params.managed_agents_bedrock_create_session_agent_params import (
        ManagedAgentsBedrockCreateSessionAgentParams as BetaManagedAgentsBedrockCreateSessionAgentParams,
    )
    from .._params.managed_agents_bedrock_create_session_params import (
        ManagedAgentsBedrockCreateSessionParams as BetaManagedAgentsBedrockCreateSessionParams,
    )
    from .._params.managed_agents_bedrock_document_block_param import (
        ManagedAgentsBedrockDocumentBlockParam as BetaManagedAgentsBedrockDocumentBlockParam,
    )
    from .._params.managed_agents_bedrock_document_source_param import (
        ManagedAgentsBedrockDocumentSourceParam as BetaManagedAgentsBedrockDocumentSourceParam,
    )
    from .._params.managed_agents_bedrock_event_params import (
        ManagedAgentsBedrockEventParams as BetaManagedAgentsBedrockEventParams,
    )
    from .._params.managed_agents_bedrock_image_block_param import (
        ManagedAgentsBedrockImageBlockParam as BetaManagedAgentsBedrockImageBlockParam,
    )
    from .._params.managed_agents_bedrock_mcp_elicitation_accept_param import (
        ManagedAgentsBedrockMCPElicitationAcceptParam as BetaManagedAgentsBedrockMCPElicitationAcceptParam,
    )
    from .._params.managed_agents_bedrock_mcp_elicitation_cancel_param import (
        ManagedAgentsBedrockMCPElicitationCancelParam as BetaManagedAgentsBedrockMCPElicitationCancelParam,
    )
    from .._params.managed_agents_bedrock_mcp_elicitation_decline_param import (
        ManagedAgentsBedrockMCPElicitationDeclineParam as BetaManagedAgentsBedrockMCPElicitationDeclineParam,
    )
    from .._params.managed_agents_bedrock_mcp_elicitation_response_param import (
        ManagedAgentsBedrockMCPElicitationResponseParam as BetaManagedAgentsBedrockMCPElicitationResponseParam,
    )
    from .._params.managed_agents_bedrock_model_config_params import (
        ManagedAgentsBedrockModelConfigParams as BetaManagedAgentsBedrockModelConfigParams,
    )
    from .._params.managed_agents_bedrock_model_params import (
        ManagedAgentsBedrockModelParams as BetaManagedAgentsBedrockModelParams,
    )
    from .._params.managed_agents_bedrock_multiagent_coordinator_params import (
        ManagedAgentsBedrockMultiagentCoordinatorParams as BetaManagedAgentsBedrockMultiagentCoordinatorParams,
    )
    from .._params.managed_agents_bedrock_multiagent_roster_entry_params import (
        ManagedAgentsBedrockMultiagentRosterEntryParams as BetaManagedAgentsBedrockMultiagentRosterEntryParams,
    )
    from .._params.managed_agents_bedrock_send_session_events_params import (
        ManagedAgentsBedrockSendSessionEventsParams as BetaManagedAgentsBedrockSendSessionEventsParams,
    )
    from .._params.managed_agents_bedrock_session_agent_update_param import (
        ManagedAgentsBedrockSessionAgentUpdateParam as BetaManagedAgentsBedrockSessionAgentUpdateParam,
    )
    from .._params.managed_agents_bedrock_session_event_type_param import (
        ManagedAgentsBedrockSessionEventTypeParam as BetaManagedAgentsBedrockSessionEventTypeParam,
    )
    from .._params.managed_agents_bedrock_session_resource_params import (
        ManagedAgentsBedrockSessionResourceParams as BetaManagedAgentsBedrockSessionResourceParams,
    )
    from .._params.managed_agents_bedrock_update_agent_params import (
        ManagedAgentsBedrockUpdateAgentParams as BetaManagedAgentsBedrockUpdateAgentParams,
    )
    from .._params.managed_agents_bedrock_update_session_params import (
        ManagedAgentsBedrockUpdateSessionParams as BetaManagedAgentsBedrockUpdateSessionParams,
    )
    from .._params.managed_agents_bedrock_user_content_block_param import (
        ManagedAgentsBedrockUserContentBlockParam as BetaManagedAgentsBedrockUserContentBlockParam,
    )
    from .._params.managed_agents_bedrock_user_mcp_elicitation_response_event_params import (
        ManagedAgentsBedrockUserMCPElicitationResponseEventParams as BetaManagedAgentsBedrockUserMCPElicitationResponseEventParams,
    )
    from .._params.managed_agents_bedrock_user_message_event_params import (
        ManagedAgentsBedrockUserMessageEventParams as BetaManagedAgentsBedrockUserMessageEventParams,
    )
    from .._params.managed_agents_branch_checkout_param import (
        ManagedAgentsBranchCheckoutParam as BetaManagedAgentsBranchCheckoutParam,
    )
    from .._params.managed_agents_budget_limit_param import (
        ManagedAgentsBudgetLimitParam as BetaManagedAgentsBudgetLimitParam,
    )
    from .._params.managed_agents_budget_param import (
        ManagedAgentsBudgetParam as BetaManagedAgentsBudgetParam,
    )
    from .._params.managed_agents_commit_checkout_param import (
        ManagedAgentsCommitCheckoutParam as BetaManagedAgentsCommitCheckoutParam,
    )
    from .._params.managed_agents_content_sha256_precondition_param import (
        ManagedAgentsContentSha256PreconditionParam as BetaManagedAgentsContentSha256Precondition,
    )
    from .._params.managed_agents_content_sha256_precondition_param import (
        ManagedAgentsContentSha256PreconditionParam as BetaManagedAgentsContentSha256PreconditionParam,
    )
    from .._params.managed_agents_create_agent_params import (
        ManagedAgentsCreateAgentParams as AgentCreateParams,
    )
    from .._params.managed_agents_create_agent_params import (
        ManagedAgentsCreateAgentParams as BetaManagedAgentsCreateAgentParams,
    )
    from .._params.managed_agents_create_deployment_params import (
        ManagedAgentsCreateDeploymentParams as BetaManagedAgentsCreateDeploymentParams,
    )
    from .._params.managed_agents_create_deployment_params import (
        ManagedAgentsCreateDeploymentParams as DeploymentCreateParams,
    )
    from .._params.managed_agents_create_session_agent_union_params import (
        ManagedAgentsCreateSessionAgentUnionParams as BetaManagedAgentsCreateSessionAgentUnionParams,
    )
    from .._params.managed_agents_create_session_params import (
        ManagedAgentsCreateSessionParams as BetaManagedAgentsCreateSessionParams,
    )
    from .._params.managed_agents_create_session_params import (
        ManagedAgentsCreateSessionParams as SessionCreateParams,
    )
    from .._params.managed_agents_credential_create_auth_param import (
        ManagedAgentsCredentialCreateAuthParam as BetaManagedAgentsCredentialCreateAuth,
    )
    from .._params.managed_agents_credential_create_auth_param import (
        ManagedAgentsCredentialCreateAuthParam as BetaManagedAgentsCredentialCreateAuthParam,
    )
    from .._params.managed_agents_credential_networking_params import (
        ManagedAgentsCredentialNetworkingParams as BetaManagedAgentsCredentialNetworkingParams,
    )
    from .._params.managed_agents_credential_update_auth_param import (
        ManagedAgentsCredentialUpdateAuthParam as BetaManagedAgentsCredentialUpdateAuth,
    )
    from .._params.managed_agents_credential_update_auth_param import (
        ManagedAgentsCredentialUpdateAuthParam as BetaManagedAgentsCredentialUpdateAuthParam,
    )
    from .._params.managed_agents_cron_schedule_params import (
        ManagedAgentsCronScheduleParams as BetaManagedAgentsCronScheduleParams,
    )
    from .._params.managed_agents_custom_skill_params import (
        ManagedAgentsCustomSkillParams as BetaManagedAgentsCustomSkillParams,
    )
    from .._params.managed_agents_custom_tool_input_schema_param import (
        ManagedAgentsCustomToolInputSchemaParam as BetaManagedAgentsCustomToolInputSchemaParam,
    )
    from .._params.managed_agents_custom_tool_params import (
        ManagedAgentsCustomToolParams as BetaManagedAgentsCustomToolParams,
    )
    from .._params.managed_agents_deployment_initial_event_params import (
        ManagedAgentsDeploymentInitialEventParams as BetaManagedAgentsDeploymentInitialEventParams,
    )
    from .._params.managed_agents_deployment_status_param import (
        ManagedAgentsDeploymentStatusParam as BetaManagedAgentsDeploymentStatusParam,
    )
    from .._params.managed_agents_document_block_param import (
        ManagedAgentsDocumentBlockParam as BetaManagedAgentsDocumentBlockParam,
    )
    from .._params.managed_agents_document_source_param import (
        ManagedAgentsDocumentSourceParam as BetaManagedAgentsDocumentSourceParam,
    )
    from .._params.managed_agents_edit_tool_config_params import (
        ManagedAgentsEditToolConfigParams as BetaManagedAgentsEditToolConfigParams,
    )
    from .._params.managed_agents_effort_high_param import (
        ManagedAgentsEffortHighParam as BetaManagedAgentsEffortHighParam,
    )
    from .._params.managed_agents_effort_level_param import (
        ManagedAgentsEffortLevelParam as BetaManagedAgentsEffortLevel,
    )
    from .._params.managed_agents_effort_level_param import (
        ManagedAgentsEffortLevelParam as BetaManagedAgentsEffortLevelParam,
    )
    from .._params.managed_agents_effort_low_param import (
        ManagedAgentsEffortLowParam as BetaManagedAgentsEffortLowParam,
    )
    from .._params.managed_agents_effort_max_param import (
        ManagedAgentsEffortMaxParam as BetaManagedAgentsEffortMaxParam,
    )
    from .._params.managed_agents_effort_medium_param import (
        ManagedAgentsEffortMediumParam as BetaManagedAgentsEffortMediumParam,
    )
    from .._params.managed_agents_effort_param import (
        ManagedAgentsEffortParam as BetaManagedAgentsEffortParam,
    )
    from .._params.managed_agents_effort_params import (
        ManagedAgentsEffortParams as BetaManagedAgentsEffortParams,
    )
    from .._params.managed_agents_effort_xhigh_param import (
        ManagedAgentsEffortXhighParam as BetaManagedAgentsEffortXhighParam,
    )
    from .._params.managed_agents_environment_variable_create_params import (
        ManagedAgentsEnvironmentVariableCreateParams as BetaManagedAgentsEnvironmentVariableCreateParams,
    )
    from .._params.managed_agents_environment_variable_update_params import (
        ManagedAgentsEnvironmentVariableUpdateParams as BetaManagedAgentsEnvironmentVariableUpdateParams,
    )
    from .._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam as BetaManagedAgentsDeltaType,
    )
    from .._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam as BetaManagedAgentsEventDeltaType,
    )
    from .._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam as BetaManagedAgentsEventDeltaTypeParam,
    )
    from .._params.managed_agents_event_params import (
        ManagedAgentsEventParams as BetaManagedAgentsEventParams,
    )
    from .._params.managed_agents_execution_identity_params import (
        ManagedAgentsExecutionIdentityParams as BetaManagedAgentsExecutionIdentityParams,
    )
    from .._params.managed_agents_file_document_source_param import (
        ManagedAgentsFileDocumentSourceParam as BetaManagedAgentsFileDocumentSourceParam,
    )
    from .._params.managed_agents_file_image_source_param import (
        ManagedAgentsFileImageSourceParam as BetaManagedAgentsFileImageSourceParam,
    )
    from .._params.managed_agents_file_resource_params import (
        ManagedAgentsFileResourceParams as BetaManagedAgentsFileResourceParams,
    )
    from .._params.managed_agents_file_rubric_params import (
        ManagedAgentsFileRubricParams as BetaManagedAgentsFileRubricParams,
    )
    from .._params.managed_agents_git_hub_repository_resource_params import (
        ManagedAgentsGitHubRepositoryResourceParams as BetaManagedAgentsGitHubRepositoryResourceParams,
    )
    from .._params.managed_agents_glob_tool_config_params import (
        ManagedAgentsGlobToolConfigParams as BetaManagedAgentsGlobToolConfigParams,
    )
    from .._params.managed_agents_grep_tool_config_params import (
        ManagedAgentsGrepToolConfigParams as BetaManagedAgentsGrepToolConfigParams,
    )
    from .._params.managed_agents_image_block_param import (
        ManagedAgentsImageBlockParam as BetaManagedAgentsImageBlockParam,
    )
    from .._params.managed_agents_image_source_param import (
        ManagedAgentsImageSourceParam as BetaManagedAgentsImageSourceParam,
    )
    from .._params.managed_agents_injection_location_params import (
        ManagedAgentsInjectionLocationParams as BetaManagedAgentsInjectionLocationParams,
    )
    from .._params.managed_agents_injection_location_update_params import (
        ManagedAgentsInjectionLocationUpdateParams as BetaManagedAgentsInjectionLocationUpdateParams,
    )
    from .._params.managed_agents_limited_credential_networking_params import (
        ManagedAgentsLimitedCredentialNetworkingParams as BetaManagedAgentsLimitedCredentialNetworkingParams,
    )
    from .._params.managed_agents_list_order_param import (
        ManagedAgentsListOrderParam as BetaManagedAgentsListOrder,
    )
    from .._params.managed_agents_list_order_param import (
        ManagedAgentsListOrderParam as BetaManagedAgentsListOrderParam,
    )
    from .._params.managed_agents_managed_memory_store_backend_param import (
        ManagedAgentsManagedMemoryStoreBackendParam as BetaManagedAgentsManagedMemoryStoreBackendParam,
    )
    from .._params.managed_agents_mcp_oauth_create_params import (
        ManagedAgentsMcpOauthCreateParams as BetaManagedAgentsMcpOauthCreateParams,
    )
    from .._params.managed_agents_mcp_oauth_refresh_params import (
        ManagedAgentsMcpOauthRefreshParams as BetaManagedAgentsMcpOauthRefreshParams,
    )
    from .._params.managed_agents_mcp_oauth_refresh_update_params import (
        ManagedAgentsMcpOauthRefreshUpdateParams as BetaManagedAgentsMcpOauthRefreshUpdateParams,
    )
    from .._params.managed_agents_mcp_oauth_update_params import (
        ManagedAgentsMcpOauthUpdateParams as BetaManagedAgentsMcpOauthUpdateParams,
    )
    from .._params.managed_agents_mcp_server_params import (
        ManagedAgentsMCPServerParams as BetaManagedAgentsMCPServerParams,
    )
    from .._params.managed_agents_mcp_tool_config_params import (
        ManagedAgentsMCPToolConfigParams as BetaManagedAgentsMCPToolConfigParams,
    )
    from .._params.managed_agents_mcp_toolset_default_config_params import (
        ManagedAgentsMCPToolsetDefaultConfigParams as BetaManagedAgentsMCPToolsetDefaultConfigParams,
    )
    from .._params.managed_agents_mcp_toolset_params import (
        ManagedAgentsMCPToolsetParams as BetaManagedAgentsMCPToolsetParams,
    )
    from .._params.managed_agents_memory_store_resource_param import (
        ManagedAgentsMemoryStoreResourceParam as BetaManagedAgentsMemoryStoreResourceParam,
    )
    from .._params.managed_agents_memory_tool_config_params import (
        ManagedAgentsMemoryToolConfigParams as BetaManagedAgentsMemoryToolConfigParams,
    )
    from .._params.managed_agents_memory_tool_config_permission_policy_param import (
        ManagedAgentsMemoryToolConfigPermissionPolicyParam as BetaManagedAgentsMemoryToolConfigPermissionPolicyParam,
    )
    from .._params.managed_agents_memory_tool_name_param import (
        ManagedAgentsMemoryToolNameParam as BetaManagedAgentsMemoryToolNameParam,
    )
    from .._params.managed_agents_memory_toolset20261030_params import (
        ManagedAgentsMemoryToolset20261030Params as BetaManagedAgentsMemoryToolset20261030Params,
    )
    from .._params.managed_agents_memory_version_operation_param import (
        ManagedAgentsMemoryVersionOperationParam as BetaManagedAgentsMemoryVersionOperationParam,
    )
    from .._params.managed_agents_memory_view_param import (
        ManagedAgentsMemoryViewParam as BetaManagedAgentsMemoryView,
    )
    from .._params.managed_agents_memory_view_param import (
        ManagedAgentsMemoryViewParam as BetaManagedAgentsMemoryViewParam,
    )
    from .._params.managed_agents_model_config_params import (
        ManagedAgentsModelConfigParams as BetaManagedAgentsModelConfigParams,
    )
    from .._params.managed_agents_model_param import (
        ManagedAgentsModelParam as BetaManagedAgentsModelParam,
    )
    from .._params.managed_agents_model_params import (
        ManagedAgentsModelParams as BetaManagedAgentsModelParams,
    )
    from .._params.managed_agents_mount_mode_param import (
        ManagedAgentsMountModeParam as BetaManagedAgentsMountModeParam,
    )
    from .._params.managed_agents_multiagent20261001_params import (
        ManagedAgentsMultiagent20261001Params as BetaManagedAgentsMultiagent20261001Params,
    )
    from .._params.managed_agents_multiagent_advisor_disabled_params import (
        ManagedAgentsMultiagentAdvisorDisabledParams as BetaManagedAgentsMultiagentAdvisorDisabledParams,
    )
    from .._params.managed_agents_multiagent_advisor_enabled_params import (
        ManagedAgentsMultiagentAdvisorEnabledParams as BetaManagedAgentsMultiagentAdvisorEnabledParams,
    )
    from .._params.managed_agents_multiagent_advisor_params import (
        ManagedAgentsMultiagentAdvisorParams as BetaManagedAgentsMultiagentAdvisorParams,
    )
    from .._params.managed_agents_multiagent_coordinator_params import (
        ManagedAgentsMultiagentCoordinatorParams as BetaManagedAgentsMultiagentCoordinatorParams,
    )
    from .._params.managed_agents_multiagent_inline_agents_disabled_params import (
        ManagedAgentsMultiagentInlineAgentsDisabledParams as BetaManagedAgentsMultiagentInlineAgentsDisabledParams,
    )
    from .._params.managed_agents_multiagent_inline_agents_enabled_params import (
        ManagedAgentsMultiagentInlineAgentsEnabledParams as BetaManagedAgentsMultiagentInlineAgentsEnabledParams,
    )
    from .._params.managed_agents_multiagent_inline_agents_params import (
        ManagedAgentsMultiagentInlineAgentsParams as BetaManagedAgentsMultiagentInlineAgentsParams,
    )
    from .._params.managed_agents_multiagent_params import (
        ManagedAgentsMultiagentParams as BetaManagedAgentsMultiagentParams,
    )
    from .._params.managed_agents_multiagent_predefined_agent_params import (
        ManagedAgentsMultiagentPredefinedAgentParams as BetaManagedAgentsMultiagentPredefinedAgentParams,
    )
    from .._params.managed_agents_multiagent_roster_entry_params import (
        ManagedAgentsMultiagentRosterEntryParams as BetaManagedAgentsMultiagentRosterEntryParams,
    )
    from .._params.managed_agents_multiagent_self_params import (
        ManagedAgentsMultiagentSelfParams as BetaManagedAgentsMultiagentSelfParams,
    )
    from .._params.managed_agents_multiagent_subagents_disabled_params import (
        ManagedAgentsMultiagentSubagentsDisabledParams as BetaManagedAgentsMultiagentSubagentsDisabledParams,
    )
    from .._params.managed_agents_multiagent_subagents_enabled_params import (
        ManagedAgentsMultiagentSubagentsEnabledParams as BetaManagedAgentsMultiagentSubagentsEnabledParams,
    )
    from .._params.managed_agents_multiagent_subagents_params import (
        ManagedAgentsMultiagentSubagentsParams as BetaManagedAgentsMultiagentSubagentsParams,
    )
    from .._params.managed_agents_multiagent_workflows_disabled_params import (
        ManagedAgentsMultiagentWorkflowsDisabledParams as BetaManagedAgentsMultiagentWorkflowsDisabledParams,
    )
    from .._params.managed_agents_multiagent_workflows_enabled_params import (
        ManagedAgentsMultiagentWorkflowsEnabledParams as BetaManagedAgentsMultiagentWorkflowsEnabledParams,
    )
    from .._params.managed_agents_multiagent_workflows_params import (
        ManagedAgentsMultiagentWorkflowsParams as BetaManagedAgentsMultiagentWorkflowsParams,
    )
    from .._params.managed_agents_permission_policy_param import (
        ManagedAgentsPermissionPolicyParam as BetaManagedAgentsPermissionPolicyParam,
    )
    from .._params.managed_agents_plain_text_document_source_param import (
        ManagedAgentsPlainTextDocumentSourceParam as BetaManagedAgentsPlainTextDocumentSourceParam,
    )
    from .._params.managed_agents_read_tool_config_params import (
        ManagedAgentsReadToolConfigParams as BetaManagedAgentsReadToolConfigParams,
    )
    from .._params.managed_agents_redacted_block_param import (
        ManagedAgentsRedactedBlockParam as BetaManagedAgentsRedactedBlockParam,
    )
    from .._params.managed_agents_repository_checkout_param import (
        ManagedAgentsRepositoryCheckoutParam as BetaManagedAgentsRepositoryCheckoutParam,
    )
    from .._params.managed_agents_rubric_params import (
        ManagedAgentsRubricParams as BetaManagedAgentsRubricParams,
    )
    from .._params.managed_agents_s3_mount_resource_params import (
        ManagedAgentsS3MountResourceParams as BetaManagedAgentsS3MountResourceParams,
    )
    from .._params.managed_agents_s3_mount_skill_param import (
        ManagedAgentsS3MountSkillParam as BetaManagedAgentsS3MountSkillParam,
    )
    from .._params.managed_agents_s3_object_resource_params import (
        ManagedAgentsS3ObjectResourceParams as BetaManagedAgentsS3ObjectResourceParams,
    )
    from .._params.managed_agents_sandbox_path_resource_params import (
        ManagedAgentsSandboxPathResourceParams as BetaManagedAgentsSandboxPathResourceParams,
    )
    from .._params.managed_agents_sandbox_path_skill_param import (
        ManagedAgentsSandboxPathSkillParam as BetaManagedAgentsSandboxPathSkillParam,
    )
    from .._params.managed_agents_sandbox_skill_param import (
        ManagedAgentsSandboxSkillParam as BetaManagedAgentsSandboxSkillParam,
    )
    from .._params.managed_agents_schedule_params import (
        ManagedAgentsScheduleParams as BetaManagedAgentsScheduleParams,
    )
    from .._params.managed_agents_search_result_block_param import (
        ManagedAgentsSearchResultBlockParam as BetaManagedAgentsSearchResultBlockParam,
    )
    from .._params.managed_agents_search_result_citations_param import (
        ManagedAgentsSearchResultCitationsParam as BetaManagedAgentsSearchResultCitationsParam,
    )
    from .._params.managed_agents_search_result_content_param import (
        ManagedAgentsSearchResultContentParam as BetaManagedAgentsSearchResultContentParam,
    )
    from .._params.managed_agents_send_session_events_params import (
        ManagedAgentsSendSessionEventsParams as BetaManagedAgentsSendSessionEventsParams,
    )
    from .._params.managed_agents_service_account_execution_identity_params import (
        ManagedAgentsServiceAccountExecutionIdentityParams as BetaManagedAgentsServiceAccountExecutionIdentityParams,
    )
    from .._params.managed_agents_session_agent_update_param import (
        ManagedAgentsSessionAgentUpdateParam as BetaManagedAgentsSessionAgentUpdate,
    )
    from .._params.managed_agents_session_agent_update_param import (
        ManagedAgentsSessionAgentUpdateParam as BetaManagedAgentsSessionAgentUpdateParam,
    )
    from .._params.managed_agents_session_event_type_param import (
        ManagedAgentsSessionEventTypeParam as BetaManagedAgentsSessionEventTypeParam,
    )
    from .._params.managed_agents_session_initial_event_params import (
        ManagedAgentsSessionInitialEventParams as BetaManagedAgentsSessionInitialEventParams,
    )
    from .._params.managed_agents_session_resource_params import (
        ManagedAgentsSessionResourceParams as BetaManagedAgentsSessionResourceParams,
    )
    from .._params.managed_agents_session_status_param import (
        ManagedAgentsSessionStatusParam as BetaManagedAgentsSessionStatusParam,
    )
    from .._params.managed_agents_session_thread_status_param import (
        ManagedAgentsSessionThreadStatusParam as BetaManagedAgentsSessionThreadStatusParam,
    )
    from .._params.managed_agents_skill_params import (
        ManagedAgentsSkillParams as BetaManagedAgentsSkillParams,
    )
    from .._params.managed_agents_speed_param import (
        ManagedAgentsSpeedParam as BetaManagedAgentsSpeedParam,
    )
    from .._params.managed_agents_static_bearer_create_params import (
        ManagedAgentsStaticBearerCreateParams as BetaManagedAgentsStaticBearerCreateParams,
    )
    from .._params.managed_agents_static_bearer_update_params import (
        ManagedAgentsStaticBearerUpdateParams as BetaManagedAgentsStaticBearerUpdateParams,
    )
    from .._params.managed_agents_system_content_block_param import (
        ManagedAgentsSystemContentBlockParam as BetaManagedAgentsSystemContentBlockParam,
    )
    from .._params.managed_agents_system_message_event_params import (
        ManagedAgentsSystemMessageEventParams as BetaManagedAgentsSystemMessageEventParams,
    )
    from .._params.managed_agents_text_block_param import (
        ManagedAgentsTextBlockParam as BetaManagedAgentsTextBlockParam,
    )
    from .._params.managed_agents_text_rubric_params import (
        ManagedAgentsTextRubricParams as BetaManagedAgentsTextRubricParams,
    )
    from .._params.managed_agents_token_endpoint_auth_basic_param import (
        ManagedAgentsTokenEndpointAuthBasicParam as BetaManagedAgentsTokenEndpointAuthBasicParam,
    )
    from .._params.managed_agents_token_endpoint_auth_basic_update_param import (
        ManagedAgentsTokenEndpointAuthBasicUpdateParam as BetaManagedAgentsTokenEndpointAuthBasicUpdateParam,
    )
    from .._params.managed_agents_token_endpoint_auth_none_param import (
        ManagedAgentsTokenEndpointAuthNoneParam as BetaManagedAgentsTokenEndpointAuthNoneParam,
    )
    from .._params.managed_agents_token_endpoint_auth_params import (
        ManagedAgentsTokenEndpointAuthParams as BetaManagedAgentsTokenEndpointAuthParams,
    )
    from .._params.managed_agents_token_endpoint_auth_post_param import (
        ManagedAgentsTokenEndpointAuthPostParam as BetaManagedAgentsTokenEndpointAuthPostParam,
    )
    from .._params.managed_agents_token_endpoint_auth_post_update_param import (
        ManagedAgentsTokenEndpointAuthPostUpdateParam as BetaManagedAgentsTokenEndpointAuthPostUpdateParam,
    )
    from .._params.managed_agents_token_endpoint_auth_update_params import (
        ManagedAgentsTokenEndpointAuthUpdateParams as BetaManagedAgentsTokenEndpointAuthUpdateParams,
    )
    from .._params.managed_agents_tool_result_content_block_param import (
        ManagedAgentsToolResultContentBlockParam as BetaManagedAgentsToolResultContentBlockParam,
    )
    from .._params.managed_agents_trigger_type_param import (
        ManagedAgentsTriggerTypeParam as BetaManagedAgentsTriggerType,
    )
    from .._params.managed_agents_trigger_type_param import (
        ManagedAgentsTriggerTypeParam as BetaManagedAgentsTriggerTypeParam,
    )
    from .._params.managed_agents_unrestricted_credential_networking_params import (
        ManagedAgentsUnrestrictedCredentialNetworkingParams as BetaManagedAgentsUnrestrictedCredentialNetworkingParams,
    )
    from .._params.managed_agents_update_agent_params import (
        ManagedAgentsUpdateAgentParams as AgentUpdateParams,
    )
    from .._params.managed_agents_update_agent_params import (
        ManagedAgentsUpdateAgentParams as BetaManagedAgentsUpdateAgentParams,
    )
    from .._params.managed_agents_update_deployment_params import (
        ManagedAgentsUpdateDeploymentParams as BetaManagedAgentsUpdateDeploymentParams,
    )
    from .._params.managed_agents_update_deployment_params import (
        ManagedAgentsUpdateDeploymentParams as DeploymentUpdateParams,
    )
    from .._params.managed_agents_update_session_params import (
        ManagedAgentsUpdateSessionParams as BetaManagedAgentsUpdateSessionParams,
    )
    from .._params.managed_agents_update_session_params import (
        ManagedAgentsUpdateSessionParams as SessionUpdateParams,
    )
    from .._params.managed_agents_update_session_resource_params import (
        ManagedAgentsUpdateSessionResourceParams as BetaManagedAgentsUpdateSessionResourceParams,
    )
    from .._params.managed_agents_url_document_source_param import (
        ManagedAgentsURLDocumentSourceParam as BetaManagedAgentsURLDocumentSourceParam,
    )
    from .._params.managed_agents_url_image_source_param import (
        ManagedAgentsURLImageSourceParam as BetaManagedAgentsURLImageSourceParam,
    )
    from .._params.managed_agents_urlmcp_server_params import (
        ManagedAgentsURLMCPServerParams as BetaManagedAgentsURLMCPServerParams,
    )
    from .._params.managed_agents_user_content_block_param import (
        ManagedAgentsUserContentBlockParam as BetaManagedAgentsUserContentBlockParam,
    )
    from .._params.managed_agents_user_custom_tool_result_event_params import (
        ManagedAgentsUserCustomToolResultEventParams as BetaManagedAgentsUserCustomToolResultEventParams,
    )
    from .._params.managed_agents_user_define_outcome_event_params import (
        ManagedAgentsUserDefineOutcomeEventParams as BetaManagedAgentsUserDefineOutcomeEventParams,
    )
    from .._params.managed_agents_user_interrupt_event_params import (
        ManagedAgentsUserInterruptEventParams as BetaManagedAgentsUserInterruptEventParams,
    )
    from .._params.managed_agents_user_location_param import (
        ManagedAgentsUserLocationParam as BetaManagedAgentsUserLocationParam,
    )
    from .._params.managed_agents_user_message_event_params import (
        ManagedAgentsUserMessageEventParams as BetaManagedAgentsUserMessageEventParams,
    )
    from .._params.managed_agents_user_tool_confirmation_event_params import (
        ManagedAgentsUserToolConfirmationEventParams as BetaManagedAgentsUserToolConfirmationEventParams,
    )
    from .._params.managed_agents_user_tool_confirmation_result_param import (
        ManagedAgentsUserToolConfirmationResultParam as BetaManagedAgentsUserToolConfirmationResultParam,
    )
    from .._params.managed_agents_user_tool_result_event_params import (
        ManagedAgentsUserToolResultEventParams as BetaManagedAgentsUserToolResultEventParams,
    )
    from .._params.managed_agents_web_fetch_tool_config_params import (
        ManagedAgentsWebFetchToolConfigParams as BetaManagedAgentsWebFetchToolConfigParams,
    )
    from .._params.managed_agents_web_fetch_url_source_shorthand_param import (
        ManagedAgentsWebFetchURLSourceShorthandParam as BetaManagedAgentsWebFetchURLSourceShorthand,
    )
    from .._params.managed_agents_web_fetch_url_source_shorthand_param import (
        ManagedAgentsWebFetchURLSourceShorthandParam as BetaManagedAgentsWebFetchURLSourceShorthandParam,
    )
    from .._params.managed_agents_web_fetch_url_source_tool_filter_params import (
        ManagedAgentsWebFetchURLSourceToolFilterParams as BetaManagedAgentsWebFetchURLSourceToolFilterParams,
    )
    from .._params.managed_agents_web_fetch_url_source_user_input_params import (
        ManagedAgentsWebFetchURLSourceUserInputParams as BetaManagedAgentsWebFetchURLSourceUserInputParams,
    )
    from .._params.managed_agents_web_fetch_url_sources_params import (
        ManagedAgentsWebFetchURLSourcesParams as BetaManagedAgentsWebFetchURLSourcesParams,
    )
    from .._params.managed_agents_web_search_tool_config_params import (
        ManagedAgentsWebSearchToolConfigParams as BetaManagedAgentsWebSearchToolConfigParams,
    )
    from .._params.managed_agents_write_tool_config_params import (
        ManagedAgentsWriteToolConfigParams as BetaManagedAgentsWriteToolConfigParams,
    )
    from .._params.mcp_server_tool_configuration_param import (
        MCPServerToolConfigurationParam as BetaMCPServerToolConfigurationParam,
    )
    from .._params.mcp_server_tool_configuration_param import (
        MCPServerToolConfigurationParam as BetaRequestMCPServerToolConfigurationParam,
    )
    from .._params.mcp_server_url_definition_param import (
        MCPServerURLDefinitionParam as BetaMCPServerURLDefinitionParam,
    )
    from .._params.mcp_server_url_definition_param import (
        MCPServerURLDefinitionParam as BetaRequestMCPServerURLDefinitionParam,
    )
    from .._params.mcp_tool_config_param import MCPToolConfigParam as BetaMCPToolConfigParam
    from .._params.mcp_tool_default_config_param import (
        MCPToolDefaultConfigParam as BetaMCPToolDefaultConfigParam,
    )
    from .._params.mcp_tool_listing_block_param import (
        MCPToolListingBlockParam as BetaMCPToolListingBlockParam,
    )
    from .._params.mcp_tool_param import MCPToolParam as BetaMCPToolParamParam
    from .._params.mcp_tool_result_block_param import (
        MCPToolResultBlockParam as BetaMCPToolResultBlockParam,
    )
    from .._params.mcp_tool_result_block_param import (
        MCPToolResultBlockParam as BetaRequestMCPToolResultBlockParam,
    )
    from .._params.mcp_tool_use_block_param import MCPToolUseBlockParam as BetaMCPToolUseBlockParam
    from .._params.mcp_toolset_param import MCPToolsetParam as BetaMCPToolsetParam
    from .._params.memory_create_params import MemoryCreateParams as BetaMemoryCreateParams
    from .._params.memory_delete_params import MemoryDeleteParams as BetaMemoryDeleteParams
    from .._params.memory_list_params import MemoryListParams as BetaMemoryListParams
    from .._params.memory_retrieve_params import MemoryRetrieveParams as BetaMemoryRetrieveParams
    from .._params.memory_store_create_params import (
        MemoryStoreCreateParams as BetaMemoryStoreCreateParams,
    )
    from .._params.memory_store_create_params import (
        MemoryStoreCreateParams as MemoryStoreCreateParams,
    )
    from .._params.memory_store_list_params import (
        MemoryStoreListParams as BetaMemoryStoreListParams,
    )
    from .._params.memory_store_list_params import MemoryStoreListParams as MemoryStoreListParams
    from .._params.memory_store_update_params import (
        MemoryStoreUpdateParams as BetaMemoryStoreUpdateParams,
    )
    from .._params.memory_store_update_params import (
        MemoryStoreUpdateParams as MemoryStoreUpdateParams,
    )
    from .._params.memory_tool20250818_param import (
        MemoryTool20250818Param as BetaMemoryTool20250818Param,
    )
    from .._params.memory_update_params import MemoryUpdateParams as BetaMemoryUpdateParams
    from .._params.memory_version_list_params import (
        MemoryVersionListParams as BetaMemoryVersionListParams,
    )
    from .._params.memory_version_retrieve_params import (
        MemoryVersionRetrieveParams as BetaMemoryVersionRetrieveParams,
    )
    from .._params.message_content_param import MessageContentParam as BetaMessageContentParam
    from .._params.message_param import MessageParam as BetaAssistantMessageParam
    from .._params.message_param import MessageParam as BetaMessageParam
    from .._params.message_param import MessageParam as BetaSystemMessageParam
    from .._params.message_param import MessageParam as BetaUserMessageParam
    from .._params.message_thread_continue_param import (
        MessageThreadContinueParam as BetaMessageThreadContinueParam,
    )
    from .._params.message_thread_continue_param import (
        MessageThreadContinueParam as BetaThreadContinueParams,
    )
    from .._params.message_thread_create_param import (
        MessageThreadCreateParam as BetaMessageThreadCreateParam,
    )
    from .._params.message_thread_create_param import (
        MessageThreadCreateParam as BetaThreadCreateParams,
    )
    from .._params.message_thread_param import MessageThreadParam as BetaMessageThreadParam
    from .._params.metadata_param import MetadataParam as BetaMetadataParam
    from .._params.model_lifecycle_param import ModelLifecycleParam as BetaModelLifecycleParam
    from .._params.model_param import ModelParam as BetaModelParam
    from .._params.monetary_amount_param import MonetaryAmountParam as BetaMonetaryAmountParam
    from .._params.no_billing_workspace_role_param import (
        NoBillingWorkspaceRoleParam as BetaNoBillingWorkspaceRole,
    )
    from .._params.no_billing_workspace_role_param import (
        NoBillingWorkspaceRoleParam as BetaNoBillingWorkspaceRoleParam,
    )
    from .._params.notice_list_params import NoticeListParams as BetaNoticeListParams
    from .._params.organization_claude_code_managed_settings_rbac_group_list_params import (
        OrganizationClaudeCodeManagedSettingsRbacGroupListParams as BetaOrganizationClaudeCodeManagedSettingsRbacGroupListParams,
    )
    from .._params.organization_plugins_version_list_params import (
        OrganizationPluginsVersionListParams as BetaOrganizationPluginsVersionListParams,
    )
    from .._params.organization_telemetry_destinations_workspace_list_params import (
        OrganizationTelemetryDestinationsWorkspaceListParams as BetaOrganizationTelemetryDestinationsWorkspaceListParams,
    )
    from .._params.output_behavior_create_new_param import (
        OutputBehaviorCreateNewParam as BetaOutputBehaviorCreateNewParam,
    )
    from .._params.output_behavior_param import OutputBehaviorParam as BetaOutputBehaviorParam
    from .._params.output_behavior_update_existing_param import (
        OutputBehaviorUpdateExistingParam as BetaOutputBehaviorUpdateExistingParam,
    )
    from .._params.output_config_param import OutputConfigParam as BetaOutputConfigParam
    from .._params.packages_params import PackagesParams as BetaPackagesParams
    from .._params.plain_text_source_param import PlainTextSourceParam as BetaPlainTextSourceParam
    from .._params.plugin_create_params import PluginCreateParams as BetaPluginCreateParams
    from .._params.plugin_installation_setting_set_params import (
        PluginInstallationSettingSetParams as BetaPluginInstallationSettingSetParams,
    )
    from .._params.plugin_list_params import PluginListParams as BetaPluginListParams
    from .._params.plugin_marketplace_list_params import (
        PluginMarketplaceListParams as BetaPluginMarketplaceListParams,
    )
    from .._params.plugin_marketplace_retrieve_params import (
        PluginMarketplaceRetrieveParams as BetaPluginMarketplaceRetrieveParams,
    )
    from .._params.plugin_marketplace_update_params import (
        PluginMarketplaceUpdateParams as BetaPluginMarketplaceUpdateParams,
    )
    from .._params.plugin_marketplace_validate_archive_params import (
        PluginMarketplaceValidateArchiveParams as BetaPluginMarketplaceValidateArchiveParams,
    )
    from .._params.plugin_marketplace_validate_repository_params import (
        PluginMarketplaceValidateRepositoryParams as BetaPluginMarketplaceValidateRepositoryParams,
    )
    from .._params.plugin_retrieve_params import PluginRetrieveParams as BetaPluginRetrieveParams
    from .._params.plugin_update_params import PluginUpdateParams as BetaPluginUpdateParams
    from .._params.plugin_version_create_params import (
        PluginVersionCreateParams as BetaPluginVersionCreateParams,
    )
    from .._params.predefined_agents1 import PredefinedAgents as BetaPredefinedAgents
    from .._params.public_environment_create_request_param import (
        PublicEnvironmentCreateRequestParam as BetaPublicEnvironmentCreateRequest,
    )
    from .._params.public_environment_create_request_param import (
        PublicEnvironmentCreateRequestParam as BetaPublicEnvironmentCreateRequestParam,
    )
    from .._params.public_environment_create_request_param import (
        PublicEnvironmentCreateRequestParam as EnvironmentCreateParams,
    )
    from .._params.public_environment_update_request_param import (
        PublicEnvironmentUpdateRequestParam as BetaPublicEnvironmentUpdateRequest,
    )
    from .._params.public_environment_update_request_param import (
        PublicEnvironmentUpdateRequestParam as BetaPublicEnvironmentUpdateRequestParam,
    )
    from .._params.public_environment_update_request_param import (
        PublicEnvironmentUpdateRequestParam as EnvironmentUpdateParams,
    )
    from .._params.redacted_thinking_block_param import (
        RedactedThinkingBlockParam as BetaRedactedThinkingBlockParam,
    )
    from .._params.resource_add_params import ResourceAddParams as BetaResourceAddParams
    from .._params.resource_list_params import ResourceListParams as BetaResourceListParams
    from .._params.search_result_block_param import (
        SearchResultBlockParam as BetaSearchResultBlockParam,
    )
    from .._params.self_hosted_config_params import (
        SelfHostedConfigParams as BetaSelfHostedConfigParams,
    )
    from .._params.self_hosted_work_stop_request_param import (
        SelfHostedWorkStopRequestParam as BetaSelfHostedWorkStopRequest,
    )
    from .._params.self_hosted_work_stop_request_param import (
        SelfHostedWorkStopRequestParam as BetaSelfHostedWorkStopRequestParam,
    )
    from .._params.self_hosted_work_update_request_param import (
        SelfHostedWorkUpdateRequestParam as BetaSelfHostedWorkUpdateRequest,
    )
    from .._params.self_hosted_work_update_request_param import (
        SelfHostedWorkUpdateRequestParam as BetaSelfHostedWorkUpdateRequestParam,
    )
    from .._params.server_tool_caller20260120_param import (
        ServerToolCaller20260120Param as BetaServerToolCaller20260120Param,
    )
    from .._params.server_tool_caller_param import (
        ServerToolCallerParam as BetaServerToolCallerParam,
    )
    from .._params.server_tool_use_block_param import (
        ServerToolUseBlockParam as BetaServerToolUseBlockParam,
    )
    from .._params.service_account_target_param import (
        ServiceAccountTargetParam as BetaServiceAccountTargetParam,
    )
    from .._params.session_list_params import SessionListParams as BetaSessionListParams
    from .._params.session_list_params import SessionListParams as SessionListParams
    from .._params.sessions_event_list_params import (
        SessionsEventListParams as BetaSessionsEventListParams,
    )
    from .._params.sessions_event_stream_params import (
        SessionsEventStreamParams as BetaSessionsEventStreamParams,
    )
    from .._params.share_list_params import ShareListParams as BetaShareListParams
    from .._params.skills import Skills as BetaSkills
    from .._params.slack_channel_list_params import (
        SlackChannelListParams as BetaSlackChannelListParams,
    )
    from .._params.slack_channel_retrieve_params import (
        SlackChannelRetrieveParams as BetaSlackChannelRetrieveParams,
    )
    from .._params.slack_workspace_list_params import (
        SlackWorkspaceListParams as BetaSlackWorkspaceListParams,
    )
    from .._params.slack_workspace_retrieve_params import (
        SlackWorkspaceRetrieveParams as BetaSlackWorkspaceRetrieveParams,
    )
    from .._params.speed_param import SpeedParam as BetaSpeedParam
    from .._params.spend_limit_increase_request_status_param import (
        SpendLimitIncreaseRequestStatusParam as BetaSpendLimitIncreaseRequestStatusParam,
    )
    from .._params.spend_limit_list_params import SpendLimitListParams as BetaSpendLimitListParams
    from .._params.spend_limit_organization_scope_param import (
        SpendLimitOrganizationScopeParam as BetaSpendLimitOrganizationScopeParam,
    )
    from .._params.spend_limit_period_param import (
        SpendLimitPeriodParam as BetaSpendLimitPeriodParam,
    )
    from .._params.spend_limit_set_params import SpendLimitSetParams as BetaSpendLimitSetParams
    from .._params.spend_limit_set_scope_param import (
        SpendLimitSetScopeParam as BetaSpendLimitSetScopeParam,
    )
    from .._params.spend_limit_user_scope_param import (
        SpendLimitUserScopeParam as BetaSpendLimitUserScopeParam,
    )
    from .._params.spend_limit_workspace_scope_param import (
        SpendLimitWorkspaceScopeParam as BetaSpendLimitWorkspaceScopeParam,
    )
    from .._params.state_changes import StateChanges as BetaStateChanges
    from .._params.storage_member_param import StorageMemberParam as BetaStorageMemberParam
    from .._params.system_message_clear_at_param import (
        SystemMessageClearAtParam as BetaSystemMessageClearAt,
    )
    from .._params.system_message_clear_at_param import (
        SystemMessageClearAtParam as BetaSystemMessageClearAtParam,
    )
    from .._params.system_message_output_config_param import (
        SystemMessageOutputConfigParam as BetaSystemMessageOutputConfigParam,
    )
    from .._params.target_create_params import TargetCreateParams as BetaTargetCreateParams
    from .._params.target_list_params import TargetListParams as BetaTargetListParams
    from .._params.telemetry_destination_content_mode_param import (
        TelemetryDestinationContentModeParam as BetaTelemetryDestinationContentModeParam,
    )
    from .._params.telemetry_destination_create_params import (
        TelemetryDestinationCreateParams as BetaTelemetryDestinationCreateParams,
    )
    from .._params.telemetry_destination_list_params import (
        TelemetryDestinationListParams as BetaTelemetryDestinationListParams,
    )
    from .._params.telemetry_destination_state_disabled_param import (
        TelemetryDestinationStateDisabledParam as BetaTelemetryDestinationStateDisabledParam,
    )
    from .._params.telemetry_destination_state_enabled_param import (
        TelemetryDestinationStateEnabledParam as BetaTelemetryDestinationStateEnabledParam,
    )
    from .._params.telemetry_destination_state_param import (
        TelemetryDestinationStateParam as BetaTelemetryDestinationStateParam,
    )
    from .._params.telemetry_destination_traces_param import (
        TelemetryDestinationTracesParam as BetaTelemetryDestinationTracesParam,
    )
    from .._params.telemetry_destination_update_params import (
        TelemetryDestinationUpdateParams as BetaTelemetryDestinationUpdateParams,
    )
    from .._params.telemetry_destination_workspaces_all_param import (
        TelemetryDestinationWorkspacesAllParam as BetaTelemetryDestinationWorkspacesAllParam,
    )
    from .._params.telemetry_destination_workspaces_exclude_param import (
        TelemetryDestinationWorkspacesExcludeParam as BetaTelemetryDestinationWorkspacesExcludeParam,
    )
    from .._params.telemetry_destination_workspaces_include_param import (
        TelemetryDestinationWorkspacesIncludeParam as BetaTelemetryDestinationWorkspacesIncludeParam,
    )
    from .._params.telemetry_destination_workspaces_param import (
        TelemetryDestinationWorkspacesParam as BetaTelemetryDestinationWorkspacesParam,
    )
    from .._params.text_block_param import TextBlockParam as BetaTextBlockParam
    from .._params.text_citation_param import TextCitationParam as BetaTextCitationParam
    from .._params.text_editor_code_execution_create_result_block_param import (
        TextEditorCodeExecutionCreateResultBlockParam as BetaTextEditorCodeExecutionCreateResultBlockParam,
    )
    from .._params.text_editor_code_execution_str_replace_result_block_param import (
        TextEditorCodeExecutionStrReplaceResultBlockParam as BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
    )
    from .._params.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam as BetaTextEditorCodeExecutionToolResultBlockParam,
    )
    from .._params.text_editor_code_execution_tool_result_content_param import (
        TextEditorCodeExecutionToolResultContentParam as BetaTextEditorCodeExecutionToolResultContentParam,
    )
    from .._params.text_editor_code_execution_tool_result_error_code_param import (
        TextEditorCodeExecutionToolResultErrorCodeParam as BetaTextEditorCodeExecutionToolResultErrorCodeParam,
    )
    from .._params.text_editor_code_execution_tool_result_error_param import (
        TextEditorCodeExecutionToolResultErrorParam as BetaTextEditorCodeExecutionToolResultErrorParam,
    )
    from .._params.text_editor_code_execution_view_result_block_param import (
        TextEditorCodeExecutionViewResultBlockParam as BetaTextEditorCodeExecutionViewResultBlockParam,
    )
    from .._params.thinking_block_binding_param import (
        ThinkingBlockBindingParam as BetaThinkingBlockBindingParam,
    )
    from .._params.thinking_block_param import ThinkingBlockParam as BetaThinkingBlockParam
    from .._params.thinking_config_adaptive_param import (
        ThinkingConfigAdaptiveParam as BetaThinkingConfigAdaptiveParam,
    )
    from .._params.thinking_config_between_tools_param import (
        ThinkingConfigBetweenToolsParam as BetaThinkingConfigBetweenToolsParam,
    )
    from .._params.thinking_config_disabled_param import (
        ThinkingConfigDisabledParam as BetaThinkingConfigDisabledParam,
    )
    from .._params.thinking_config_enabled_param import (
        ThinkingConfigEnabledParam as BetaThinkingConfigEnabledParam,
    )
    from .._params.thinking_config_param import ThinkingConfigParam as BetaThinkingConfigParam
    from .._params.thinking_display_mode_param import (
        ThinkingDisplayModeParam as BetaThinkingDisplayMode,
    )
    from .._params.thinking_display_mode_param import (
        ThinkingDisplayModeParam as BetaThinkingDisplayModeParam,
    )
    from .._params.thinking_prefix_mismatch_behavior_param import (
        ThinkingPrefixMismatchBehaviorParam as BetaThinkingPrefixMismatchBehavior,
    )
    from .._params.thinking_prefix_mismatch_behavior_param import (
        ThinkingPrefixMismatchBehaviorParam as BetaThinkingPrefixMismatchBehaviorParam,
    )
    from .._params.thinking_turns_param import ThinkingTurnsParam as BetaThinkingTurnsParam
    from .._params.thread_fields import ThreadCreateFields as BetaThreadCreateFields
    from .._params.thread_fields import ThreadCreateFields as ThreadCreateParams
    from .._params.thread_fields import ThreadSendFields as BetaThreadSendFields
    from .._params.thread_fields import ThreadSendFields as ThreadSendParams
    from .._params.thread_list_params import ThreadListParams as BetaThreadListParams
    from .._params.token_task_budget_param import TokenTaskBudgetParam as BetaTokenTaskBudgetParam
    from .._params.tool_addition_block_param import (
        ToolAdditionBlockParam as BetaRequestToolAdditionBlockParam,
    )
    from .._params.tool_addition_block_param import (
        ToolAdditionBlockParam as BetaToolAdditionBlockParam,
    )
    from .._params.tool_addition_tool_param import (
        ToolAdditionToolParam as BetaToolAdditionToolParam,
    )
    from .._params.tool_bash20241022_param import ToolBash20241022Param as BetaToolBash20241022Param
    from .._params.tool_bash20250124_param import ToolBash20250124Param as BetaToolBash20250124Param
    from .._params.tool_caller_param import ToolCallerParam as BetaToolCallerParam
    from .._params.tool_change_mcp_tool_reference_param import (
        ToolChangeMCPToolReferenceParam as BetaToolChangeMCPToolReferenceParam,
    )
    from .._params.tool_change_mcp_toolset_reference_param import (
        ToolChangeMCPToolsetReferenceParam as BetaToolChangeMCPToolsetReferenceParam,
    )
    from .._params.tool_change_reference_param import (
        ToolChangeReferenceParam as BetaToolChangeReferenceParam,
    )
    from .._params.tool_change_tool_definition_param import (
        ToolChangeToolDefinitionParam as BetaToolChangeToolDefinitionParam,
    )
    from .._params.tool_change_tool_reference_param import (
        ToolChangeToolReferenceParam as BetaToolChangeToolReferenceParam,
    )
    from .._params.tool_choice_any_param import ToolChoiceAnyParam as BetaToolChoiceAnyParam
    from .._params.tool_choice_auto_param import ToolChoiceAutoParam as BetaToolChoiceAutoParam
    from .._params.tool_choice_none_param import ToolChoiceNoneParam as BetaToolChoiceNoneParam
    from .._params.tool_choice_param import ToolChoiceParam as BetaToolChoiceParam
    from .._params.tool_choice_tool_param import ToolChoiceToolParam as BetaToolChoiceToolParam
    from .._params.tool_computer_use20241022_param import (
        ToolComputerUse20241022Param as BetaToolComputerUse20241022Param,
    )
    from .._params.tool_computer_use20250124_param import (
        ToolComputerUse20250124Param as BetaToolComputerUse20250124Param,
    )
    from .._params.tool_computer_use20251124_param import (
        ToolComputerUse20251124Param as BetaToolComputerUse20251124Param,
    )
    from .._params.tool_input_schema_param import ToolInputSchemaParam as BetaToolInputSchemaParam
    from .._params.tool_param import ToolParam as BetaToolParam
    from .._params.tool_reference_block_param import (
        ToolReferenceBlockParam as BetaToolReferenceBlockParam,
    )
    from .._params.tool_removal_block_param import (
        ToolRemovalBlockParam as BetaRequestToolRemovalBlockParam,
    )
    from .._params.tool_removal_block_param import (
        ToolRemovalBlockParam as BetaToolRemovalBlockParam,
    )
    from .._params.tool_result_block_param import ToolResultBlockParam as BetaToolResultBlockParam
    from .._params.tool_result_content_block_param import (
        ToolResultContentBlockParam as BetaToolResultContentBlockParam,
    )
    from .._params.tool_search_tool_bm2520251119_param import (
        ToolSearchToolBm2520251119Param as BetaToolSearchToolBm25_20251119Param,
    )
    from .._params.tool_search_tool_bm2520251119_param import (
        ToolSearchToolBm2520251119Param as BetaToolSearchToolBm2520251119Param,
    )
    from .._params.tool_search_tool_regex20251119_param import (
        ToolSearchToolRegex20251119Param as BetaToolSearchToolRegex20251119Param,
    )
    from .._params.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam as BetaToolSearchToolResultBlockParam,
    )
    from .._params.tool_search_tool_result_content_param import (
        ToolSearchToolResultContentParam as BetaToolSearchToolResultContentParam,
    )
    from .._params.tool_search_tool_result_error_code_param import (
        ToolSearchToolResultErrorCodeParam as BetaToolSearchToolResultErrorCodeParam,
    )
    from .._params.tool_search_tool_result_error_param import (
        ToolSearchToolResultErrorParam as BetaToolSearchToolResultErrorParam,
    )
    from .._params.tool_search_tool_search_result_block_param import (
        ToolSearchToolSearchResultBlockParam as BetaToolSearchToolSearchResultBlockParam,
    )
    from .._params.tool_text_editor20241022_param import (
        ToolTextEditor20241022Param as BetaToolTextEditor20241022Param,
    )
    from .._params.tool_text_editor20250124_param import (
        ToolTextEditor20250124Param as BetaToolTextEditor20250124Param,
    )
    from .._params.tool_text_editor20250429_param import (
        ToolTextEditor20250429Param as BetaToolTextEditor20250429Param,
    )
    from .._params.tool_text_editor20250728_param import (
        ToolTextEditor20250728Param as BetaToolTextEditor20250728Param,
    )
    from .._params.tool_union_param import ToolUnionParam as BetaMessageCountTokensToolParam
    from .._params.tool_union_param import ToolUnionParam as BetaToolUnionParam
    from .._params.tool_use_block_param import ToolUseBlockParam as BetaToolUseBlockParam
    from .._params.tool_uses_keep_param import ToolUsesKeepParam as BetaToolUsesKeepParam
    from .._params.tool_uses_trigger_param import ToolUsesTriggerParam as BetaToolUsesTriggerParam
    from .._params.tunnel_create_params import TunnelCreateParams as BetaTunnelCreateParams
    from .._params.tunnel_create_params import TunnelCreateParams as TunnelCreateParams
    from .._params.tunnel_list_params import TunnelListParams as BetaTunnelListParams
    from .._params.tunnel_list_params import TunnelListParams as TunnelListParams
    from .._params.tunnel_rotate_token_params import (
        TunnelRotateTokenParams as BetaTunnelRotateTokenParams,
    )
    from .._params.tunnel_rotate_token_params import (
        TunnelRotateTokenParams as TunnelRotateTokenParams,
    )
    from .._params.unrestricted_network_param import (
        UnrestrictedNetworkParam as BetaUnrestrictedNetworkParam,
    )
    from .._params.url_image_source_param import URLImageSourceParam as BetaURLImageSourceParam
    from .._params.urlpdf_source_param import URLPDFSourceParam as BetaURLPDFSourceParam
    from .._params.usage_list_params import UsageListParams as BetaUsageListParams
    from .._params.usage_report_list_params import (
        UsageReportListParams as BetaUsageReportListParams,
    )
    from .._params.user_cost_report_list_params import (
        UserCostReportListParams as BetaUserCostReportListParams,
    )
    from .._params.user_location_param import UserLocationParam as BetaUserLocationParam
    from .._params.user_profile_access_type_param import (
        UserProfileAccessTypeParam as BetaUserProfileAccessTypeParam,
    )
    from .._params.user_profile_account_status_param import (
        UserProfileAccountStatusParam as BetaUserProfileAccountStatusParam,
    )
    from .._params.user_profile_enforcement_status_param import (
        UserProfileEnforcementStatusParam as BetaUserProfileEnforcementStatusParam,
    )
    from .._params.user_profile_enroll_end_user_action_param import (
        UserProfileEnrollEndUserActionParam as BetaUserProfileEnrollEndUserActionParam,
    )
    from .._params.user_profile_entity_type_param import (
        UserProfileEntityTypeParam as BetaUserProfileEntityTypeParam,
    )
    from .._params.user_profile_external_user_details_params import (
        UserProfileExternalUserDetailsParams as BetaUserProfileExternalUserDetailsParams,
    )
    from .._params.user_profile_list_order_by_param import (
        UserProfileListOrderByParam as BetaUserProfileListOrderBy,
    )
    from .._params.user_profile_list_order_by_param import (
        UserProfileListOrderByParam as BetaUserProfileListOrderByParam,
    )
    from .._params.user_profile_list_order_param import (
        UserProfileListOrderParam as BetaUserProfileListOrder,
    )
    from .._params.user_profile_list_order_param import (
        UserProfileListOrderParam as BetaUserProfileListOrderParam,
    )
    from .._params.user_profile_relationship_param import (
        UserProfileRelationshipParam as BetaUserProfileRelationshipParam,
    )
    from .._params.user_usage_report_list_params import (
        UserUsageReportListParams as BetaUserUsageReportListParams,
    )
    from .._params.vault_create_params import VaultCreateParams as BetaVaultCreateParams
    from .._params.vault_create_params import VaultCreateParams as VaultCreateParams
    from .._params.vault_list_params import VaultListParams as BetaVaultListParams
    from .._params.vault_list_params import VaultListParams as VaultListParams
    from .._params.vault_update_params import VaultUpdateParams as BetaVaultUpdateParams
    from .._params.vault_update_params import VaultUpdateParams as VaultUpdateParams
    from .._params.version_download_params import VersionDownloadParams as BetaVersionDownloadParams
    from .._params.version_retrieve_params import VersionRetrieveParams as BetaVersionRetrieveParams
    from .._params.web_fetch_block_param import WebFetchBlockParam as BetaWebFetchBlockParam
    from .._params.web_fetch_tool20250910_param import (
        WebFetchTool20250910Param as BetaWebFetchTool20250910Param,
    )
    from .._params.web_fetch_tool20260209_param import (
        WebFetchTool20260209Param as BetaWebFetchTool20260209Param,
    )
    from .._params.web_fetch_tool20260309_param import (
        WebFetchTool20260309Param as BetaWebFetchTool20260309Param,
    )
    from .._params.web_fetch_tool20260318_param import (
        WebFetchTool20260318Param as BetaWebFetchTool20260318Param,
    )
    from .._params.web_fetch_tool_result_block_param import (
        WebFetchToolResultBlockParam as BetaWebFetchToolResultBlockParam,
    )
    from .._params.web_fetch_tool_result_content_param import (
        WebFetchToolResultContentParam as BetaWebFetchToolResultContentParam,
    )
    from .._params.web_fetch_tool_result_error_block_param import (
        WebFetchToolResultErrorBlockParam as BetaWebFetchToolResultErrorBlockParam,
    )
    from .._params.web_fetch_tool_result_error_code_param import (
        WebFetchToolResultErrorCodeParam as BetaWebFetchToolResultErrorCodeParam,
    )
    from .._params.web_fetch_url_source_all_param import (
        WebFetchURLSourceAllParam as BetaManagedAgentsWebFetchURLSourceAllParam,
    )
    from .._params.web_fetch_url_source_all_param import (
        WebFetchURLSourceAllParam as BetaWebFetchURLSourceAllParam,
    )
    from .._params.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam as BetaManagedAgentsWebFetchURLSourceExceptParam,
    )
    from .._params.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam as BetaWebFetchURLSourceExceptParam,
    )
    from .._params.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam as BetaManagedAgentsWebFetchURLSourceNoneParam,
    )
    from .._params.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam as BetaWebFetchURLSourceNoneParam,
    )
    from .._params.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam as BetaManagedAgentsWebFetchURLSourceOnlyParam,
    )
    from .._params.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam as BetaWebFetchURLSourceOnlyParam,
    )
    from .._params.web_fetch_url_source_tool_filter_param import (
        WebFetchURLSourceToolFilterParam as BetaManagedAgentsWebFetchURLSourceToolFilterParam,
    )
    from .._params.web_fetch_url_source_tool_filter_param import (
        WebFetchURLSourceToolFilterParam as BetaWebFetchURLSourceToolFilterParam,
    )
    from .._params.web_fetch_url_source_tool_reference_param import (
        WebFetchURLSourceToolReferenceParam as BetaManagedAgentsWebFetchURLSourceToolReferenceParam,
    )
    from .._params.web_fetch_url_source_tool_reference_param import (
        WebFetchURLSourceToolReferenceParam as BetaWebFetchURLSourceToolReferenceParam,
    )
    from .._params.web_fetch_url_source_user_input_param import (
        WebFetchURLSourceUserInputParam as BetaManagedAgentsWebFetchURLSourceUserInputParam,
    )
    from .._params.web_fetch_url_source_user_input_param import (
        WebFetchURLSourceUserInputParam as BetaWebFetchURLSourceUserInputParam,
    )
    from .._params.web_fetch_url_sources_param import (
        WebFetchURLSourcesParam as BetaWebFetchURLSourcesParam,
    )
    from .._params.web_search_result_block_param import (
        WebSearchResultBlockParam as BetaWebSearchResultBlockParam,
    )
    from .._params.web_search_tool20250305_param import (
        WebSearchTool20250305Param as BetaWebSearchTool20250305Param,
    )
    from .._params.web_search_tool20260209_param import (
        WebSearchTool20260209Param as BetaWebSearchTool20260209Param,
    )
    from .._params.web_search_tool20260318_param import (
        WebSearchTool20260318Param as BetaWebSearchTool20260318Param,
    )
    from .._params.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam as BetaWebSearchToolResultBlockParam,
    )
    from .._params.web_search_tool_result_content_param import (
        WebSearchToolResultContentParam as BetaWebSearchToolResultBlockParamContentParam,
    )
    from .._params.web_search_tool_result_content_param import (
        WebSearchToolResultContentParam as BetaWebSearchToolResultContentParam,
    )
    from .._params.web_search_tool_result_error_code_param import (
        WebSearchToolResultErrorCodeParam as BetaWebSearchToolResultErrorCodeParam,
    )
    from .._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as BetaWebSearchToolRequestErrorObjectParam,
    )
    from .._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as BetaWebSearchToolRequestErrorParam,
    )
    from .._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as BetaWebSearchToolResultErrorParam,
    )
    from .._params.webhook_create_params import WebhookCreateParams as BetaWebhookCreateParams
    from .._params.webhook_list_params import WebhookListParams as BetaWebhookListParams
    from .._params.webhook_update_params import WebhookUpdateParams as BetaWebhookUpdateParams
    from .._params.work_heartbeat_params import WorkHeartbeatParams as BetaWorkHeartbeatParams
    from .._params.work_list_params import WorkListParams as BetaWorkListParams
    from .._params.work_poll_params import WorkPollParams as BetaWorkPollParams
    from .._params.workspace_rate_limit_type_param import (
        WorkspaceRateLimitTypeParam as BetaWorkspaceRateLimitType,
    )
    from .._params.workspace_rate_limit_type_param import (
        WorkspaceRateLimitTypeParam as BetaWorkspaceRateLimitTypeParam,
    )
    from .._params.workspace_rate_limit_update_value_param import (
        WorkspaceRateLimitUpdateValueParam as BetaWorkspaceRateLimitUpdateValueParam,
    )
    from .._params.workspace_role_param import WorkspaceRoleParam as BetaWorkspaceRoleParam

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "AgentCreateParams": (
        "_params.managed_agents_create_agent_params",
        "ManagedAgentsCreateAgentParams",
    ),
    "AgentListParams": ("_params.agent_list_params", "AgentListParams"),
    "AgentRetrieveParams": ("_params.agent_retrieve_params", "AgentRetrieveParams"),
    "AgentUpdateParams": (
        "_params.managed_agents_update_agent_params",
        "ManagedAgentsUpdateAgentParams",
    ),
    "BETA_BROWSER_MEMBER_NAME_VALUES": (
        "_models.browser_member_name",
        "BROWSER_MEMBER_NAME_VALUES",
    ),
    "BETA_COMPUTER_MEMBER_NAME_VALUES": (
        "_models.computer_member_name",
        "COMPUTER_MEMBER_NAME_VALUES",
    ),
    "BetaAPIErrorObject": ("_models.api_error_object", "APIErrorObject"),
    "BetaAPIKey": ("_models.api_key", "APIKey"),
    "BetaAPIKeyCreatedBy": ("_models.api_key_created_by", "APIKeyCreatedBy"),
    "BetaAPIKeyCreatedByType": ("_models.api_key_created_by_type", "APIKeyCreatedByType"),
    "BetaAPIKeyOrganizationScope": (
        "_models.api_key_organization_scope",
        "APIKeyOrganizationScope",
    ),
    "BetaAPIKeyPage": ("_models.api_key_page", "APIKeyPage"),
    "BetaAPIKeyPrincipal": ("_models.api_key_principal", "APIKeyPrincipal"),
    "BetaAPIKeyRequesterUnconfirmedErrorDetails": (
        "_models.api_key_requester_unconfirmed_error_details",
        "APIKeyRequesterUnconfirmedErrorDetails",
    ),
    "BetaAPIKeyScope": ("_models.api_key_scope", "APIKeyScope"),
    "BetaAPIKeyScopeMissingErrorDetails": (
        "_models.api_key_scope_missing_error_details",
        "APIKeyScopeMissingErrorDetails",
    ),
    "BetaAPIKeyServiceAccountActor": (
        "_models.api_key_service_account_actor",
        "APIKeyServiceAccountActor",
    ),
    "BetaAPIKeyStatus": ("_models.api_key_status", "APIKeyStatus"),
    "BetaAPIKeyUpdateParams": ("_params.beta_api_key_update_params", "BetaAPIKeyUpdateParams"),
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
    "BetaAccessTransparencyType": ("_models.access_transparency_type", "AccessTransparencyType"),
    "BetaActionURLCreateParams": (
        "_params.beta_action_url_create_params",
        "BetaActionURLCreateParams",
    ),
    "BetaActiveExternalStorageStatus": (
        "_models.active_external_storage_status",
        "ActiveExternalStorageStatus",
    ),
    "BetaAdvisorMessageIterationUsage": (
        "_models.advisor_message_iteration_usage",
        "AdvisorMessageIterationUsage",
    ),
    "BetaAdvisorRedactedResultBlock": (
        "_models.advisor_redacted_result_block",
        "AdvisorRedactedResultBlock",
    ),
    "BetaAdvisorRedactedResultBlockParam": (
        "_params.advisor_redacted_result_block_param",
        "AdvisorRedactedResultBlockParam",
    ),
    "BetaAdvisorResultBlock": ("_models.advisor_result_block", "AdvisorResultBlock"),
    "BetaAdvisorResultBlockParam": (
        "_params.advisor_result_block_param",
        "AdvisorResultBlockParam",
    ),
    "BetaAdvisorTool20260301": ("_models.advisor_tool20260301", "AdvisorTool20260301"),
    "BetaAdvisorTool20260301Param": (
        "_params.advisor_tool20260301_param",
        "AdvisorTool20260301Param",
    ),
    "BetaAdvisorToolResultBlock": ("_models.advisor_tool_result_block", "AdvisorToolResultBlock"),
    "BetaAdvisorToolResultBlockParam": (
        "_params.advisor_tool_result_block_param",
        "AdvisorToolResultBlockParam",
    ),
    "BetaAdvisorToolResultContent": (
        "_models.advisor_tool_result_content",
        "AdvisorToolResultContent",
    ),
    "BetaAdvisorToolResultContentParam": (
        "_params.advisor_tool_result_content_param",
        "AdvisorToolResultContentParam",
    ),
    "BetaAdvisorToolResultError": ("_models.advisor_tool_result_error", "AdvisorToolResultError"),
    "BetaAdvisorToolResultErrorCode": (
        "_models.advisor_tool_result_error_code",
        "AdvisorToolResultErrorCode",
    ),
    "BetaAdvisorToolResultErrorCodeParam": (
        "_params.advisor_tool_result_error_code_param",
        "AdvisorToolResultErrorCodeParam",
    ),
    "BetaAdvisorToolResultErrorObject": (
        "_models.advisor_tool_result_error",
        "AdvisorToolResultError",
    ),
    "BetaAdvisorToolResultErrorParam": (
        "_params.advisor_tool_result_error_param",
        "AdvisorToolResultErrorParam",
    ),
    "BetaAgentListParams": ("_params.agent_list_params", "AgentListParams"),
    "BetaAgentRetrieveParams": ("_params.agent_retrieve_params", "AgentRetrieveParams"),
    "BetaAgentsVersionListParams": (
        "_params.agents_version_list_params",
        "AgentsVersionListParams",
    ),
    "BetaAllThinkingTurnsParam": ("_params.all_thinking_turns_param", "AllThinkingTurnsParam"),
    "BetaAllowedCaller": ("_models.allowed_caller", "AllowedCaller"),
    "BetaAllowedCallerParam": ("_params.allowed_caller_param", "AllowedCallerParam"),
    "BetaAllowedInferenceGeo": ("_models.allowed_inference_geo", "AllowedInferenceGeo"),
    "BetaAllowedInferenceGeoParam": (
        "_params.allowed_inference_geo_param",
        "AllowedInferenceGeoParam",
    ),
    "BetaAlreadyMemberErrorDetails": (
        "_models.already_member_error_details",
        "AlreadyMemberErrorDetails",
    ),
    "BetaAnalyticsAPIActor": ("_models.analytics_api_actor", "AnalyticsAPIActor"),
    "BetaAnalyticsActor": ("_models.analytics_actor", "AnalyticsActor"),
    "BetaAnalyticsActorType": ("_models.analytics_actor_type", "AnalyticsActorType"),
    "BetaAnalyticsActorTypeParam": (
        "_params.analytics_actor_type_param",
        "AnalyticsActorTypeParam",
    ),
    "BetaAnalyticsArtifactActivity": (
        "_models.analytics_artifact_activity",
        "AnalyticsArtifactActivity",
    ),
    "BetaAnalyticsArtifactActivityPage": (
        "_models.analytics_artifact_activity_page",
        "AnalyticsArtifactActivityPage",
    ),
    "BetaAnalyticsArtifactGroupBy": (
        "_params.analytics_artifact_group_by_param",
        "AnalyticsArtifactGroupByParam",
    ),
    "BetaAnalyticsArtifactGroupByParam": (
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
    "BetaAnalyticsClaudeTagCategoryParam": (
        "_params.analytics_claude_tag_category_param",
        "AnalyticsClaudeTagCategoryParam",
    ),
    "BetaAnalyticsClaudeTagMetrics": (
        "_models.analytics_claude_tag_metrics",
        "AnalyticsClaudeTagMetrics",
    ),
    "BetaAnalyticsConnectorActivity": (
        "_models.analytics_connector_activity",
        "AnalyticsConnectorActivity",
    ),
    "BetaAnalyticsConnectorActivityPage": (
        "_models.analytics_connector_activity_page",
        "AnalyticsConnectorActivityPage",
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
    "BetaAnalyticsConnectorGroupByParam": (
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
    "BetaAnalyticsContextWindowParam": (
        "_params.analytics_context_window_param",
        "AnalyticsContextWindowParam",
    ),
    "BetaAnalyticsCoreCodeMetrics": (
        "_models.analytics_core_code_metrics",
        "AnalyticsCoreCodeMetrics",
    ),
    "BetaAnalyticsCostBucketedResult": (
        "_models.analytics_cost_bucketed_result",
        "AnalyticsCostBucketedResult",
    ),
    "BetaAnalyticsCostBucketedResultInferenceGeo": (
        "_models.analytics_cost_bucketed_result_inference_geo",
        "AnalyticsCostBucketedResultInferenceGeo",
    ),
    "BetaAnalyticsCostBucketedResultSpeed": (
        "_models.analytics_cost_bucketed_result_speed",
        "AnalyticsCostBucketedResultSpeed",
    ),
    "BetaAnalyticsCostGroup": ("_models.analytics_cost_group", "AnalyticsCostGroup"),
    "BetaAnalyticsCostGroupByParam": (
        "_params.analytics_cost_group_by_param",
        "AnalyticsCostGroupByParam",
    ),
    "BetaAnalyticsCostItem": ("_models.analytics_cost_item", "AnalyticsCostItem"),
    "BetaAnalyticsCostItemPage": ("_models.analytics_cost_item_page", "AnalyticsCostItemPage"),
    "BetaAnalyticsCostMetrics": ("_models.analytics_cost_metrics", "AnalyticsCostMetrics"),
    "BetaAnalyticsCostOrderByParam": (
        "_params.analytics_cost_order_by_param",
        "AnalyticsCostOrderByParam",
    ),
    "BetaAnalyticsCostReportTimeBucket": (
        "_models.analytics_cost_report_time_bucket",
        "AnalyticsCostReportTimeBucket",
    ),
    "BetaAnalyticsCostReportTimeBucketPage": (
        "_models.analytics_cost_report_time_bucket_page",
        "AnalyticsCostReportTimeBucketPage",
    ),
    "BetaAnalyticsCostType": ("_models.analytics_cost_type", "AnalyticsCostType"),
    "BetaAnalyticsCostUsersItem": ("_models.analytics_cost_users_item", "AnalyticsCostUsersItem"),
    "BetaAnalyticsCostUsersItemInferenceGeo": (
        "_models.analytics_cost_users_item_inference_geo",
        "AnalyticsCostUsersItemInferenceGeo",
    ),
    "BetaAnalyticsCostUsersItemPage": (
        "_models.analytics_cost_users_item_page",
        "AnalyticsCostUsersItemPage",
    ),
    "BetaAnalyticsCostUsersItemSpeed": (
        "_models.analytics_cost_users_item_speed",
        "AnalyticsCostUsersItemSpeed",
    ),
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
    "BetaAnalyticsInferenceGeoFilterParam": (
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
    "BetaAnalyticsOrderParam": ("_params.analytics_order_param", "AnalyticsOrderParam"),
    "BetaAnalyticsPluginActivity": ("_models.analytics_plugin_activity", "AnalyticsPluginActivity"),
    "BetaAnalyticsPluginActivityPage": (
        "_models.analytics_plugin_activity_page",
        "AnalyticsPluginActivityPage",
    ),
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
    "BetaAnalyticsPluginGroupByParam": (
        "_params.analytics_plugin_group_by_param",
        "AnalyticsPluginGroupByParam",
    ),
    "BetaAnalyticsProductFilterParam": (
        "_params.analytics_product_filter_param",
        "AnalyticsProductFilterParam",
    ),
    "BetaAnalyticsProjectActivity": (
        "_models.analytics_project_activity",
        "AnalyticsProjectActivity",
    ),
    "BetaAnalyticsProjectActivityPage": (
        "_models.analytics_project_activity_page",
        "AnalyticsProjectActivityPage",
    ),
    "BetaAnalyticsProjectGroupBy": (
        "_params.analytics_project_group_by_param",
        "AnalyticsProjectGroupByParam",
    ),
    "BetaAnalyticsProjectGroupByParam": (
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
    "BetaAnalyticsServiceTierParam": (
        "_params.analytics_service_tier_param",
        "AnalyticsServiceTierParam",
    ),
    "BetaAnalyticsSingleDayActivitySummary": (
        "_models.analytics_single_day_activity_summary",
        "AnalyticsSingleDayActivitySummary",
    ),
    "BetaAnalyticsSkillActivity": ("_models.analytics_skill_activity", "AnalyticsSkillActivity"),
    "BetaAnalyticsSkillActivityPage": (
        "_models.analytics_skill_activity_page",
        "AnalyticsSkillActivityPage",
    ),
    "BetaAnalyticsSkillActivityShareStatus": (
        "_models.analytics_skill_activity_share_status",
        "AnalyticsSkillActivityShareStatus",
    ),
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
    "BetaAnalyticsSkillGroupByParam": (
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
    "BetaAnalyticsSpeedParam": ("_params.analytics_speed_param", "AnalyticsSpeedParam"),
    "BetaAnalyticsSummaryPage": ("_models.analytics_summary_page", "AnalyticsSummaryPage"),
    "BetaAnalyticsTimeBucketWidthParam": (
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
    "BetaAnalyticsUsageBucketedResultInferenceGeo": (
        "_models.analytics_usage_bucketed_result_inference_geo",
        "AnalyticsUsageBucketedResultInferenceGeo",
    ),
    "BetaAnalyticsUsageBucketedResultSpeed": (
        "_models.analytics_usage_bucketed_result_speed",
        "AnalyticsUsageBucketedResultSpeed",
    ),
    "BetaAnalyticsUsageCostInferenceGeo": (
        "_models.analytics_usage_cost_inference_geo",
        "AnalyticsUsageCostInferenceGeo",
    ),
    "BetaAnalyticsUsageCostProductFilterParam": (
        "_params.analytics_usage_cost_product_filter_param",
        "AnalyticsUsageCostProductFilterParam",
    ),
    "BetaAnalyticsUsageCostSortOrderParam": (
        "_params.analytics_usage_cost_sort_order_param",
        "AnalyticsUsageCostSortOrderParam",
    ),
    "BetaAnalyticsUsageGroup": ("_models.analytics_usage_group", "AnalyticsUsageGroup"),
    "BetaAnalyticsUsageGroupByParam": (
        "_params.analytics_usage_group_by_param",
        "AnalyticsUsageGroupByParam",
    ),
    "BetaAnalyticsUsageItem": ("_models.analytics_usage_item", "AnalyticsUsageItem"),
    "BetaAnalyticsUsageItemPage": ("_models.analytics_usage_item_page", "AnalyticsUsageItemPage"),
    "BetaAnalyticsUsageMetrics": ("_models.analytics_usage_metrics", "AnalyticsUsageMetrics"),
    "BetaAnalyticsUsageOrderByParam": (
        "_params.analytics_usage_order_by_param",
        "AnalyticsUsageOrderByParam",
    ),
    "BetaAnalyticsUsageReportTimeBucket": (
        "_models.analytics_usage_report_time_bucket",
        "AnalyticsUsageReportTimeBucket",
    ),
    "BetaAnalyticsUsageReportTimeBucketPage": (
        "_models.analytics_usage_report_time_bucket_page",
        "AnalyticsUsageReportTimeBucketPage",
    ),
    "BetaAnalyticsUsageUsersItem": (
        "_models.analytics_usage_users_item",
        "AnalyticsUsageUsersItem",
    ),
    "BetaAnalyticsUsageUsersItemInferenceGeo": (
        "_models.analytics_usage_users_item_inference_geo",
        "AnalyticsUsageUsersItemInferenceGeo",
    ),
    "BetaAnalyticsUsageUsersItemPage": (
        "_models.analytics_usage_users_item_page",
        "AnalyticsUsageUsersItemPage",
    ),
    "BetaAnalyticsUsageUsersItemSpeed": (
        "_models.analytics_usage_users_item_speed",
        "AnalyticsUsageUsersItemSpeed",
    ),
    "BetaAnalyticsUser": ("_models.analytics_user", "AnalyticsUser"),
    "BetaAnalyticsUserActivity": ("_models.analytics_user_activity", "AnalyticsUserActivity"),
    "BetaAnalyticsUserActivityPage": (
        "_models.analytics_user_activity_page",
        "AnalyticsUserActivityPage",
    ),
    "BetaAnalyticsUserActor": ("_models.analytics_user_actor", "AnalyticsUserActor"),
    "BetaAnalyticsUserGroupBy": (
        "_params.analytics_user_group_by_param",
        "AnalyticsUserGroupByParam",
    ),
    "BetaAnalyticsUserGroupByParam": (
        "_params.analytics_user_group_by_param",
        "AnalyticsUserGroupByParam",
    ),
    "BetaAnalyticsUserType": ("_models.analytics_user_type", "AnalyticsUserType"),
    "BetaAnthropicBetaParam": ("_params.anthropic_beta_param", "AnthropicBetaParam"),
    "BetaAnthropicHumanReview": ("_models.anthropic_human_review", "AnthropicHumanReview"),
    "BetaAnthropicHumanReviewParam": (
        "_params.anthropic_human_review_param",
        "AnthropicHumanReviewParam",
    ),
    "BetaAnthropicHumanReviewType": (
        "_models.anthropic_human_review_type",
        "AnthropicHumanReviewType",
    ),
    "BetaApiKeyListParams": ("_params.beta_api_key_list_params", "BetaApiKeyListParams"),
    "BetaAppliedContextManagementEdit": (
        "_models.applied_context_management_edit",
        "AppliedContextManagementEdit",
    ),
    "BetaApprovalRequiredError": ("._error_classes", "BetaApprovalRequiredError"),
    "BetaApprovalRequiredErrorDetails": (
        "_models.approval_required_error_details",
        "ApprovalRequiredErrorDetails",
    ),
    "BetaArtifactListParams": ("_params.beta_artifact_list_params", "BetaArtifactListParams"),
    "BetaAssistantMessageParam": ("_params.message_param", "MessageParam"),
    "BetaAuthenticationError": ("_models.authentication_error", "AuthenticationError"),
    "BetaAuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "BetaAuthorizationCheckUnavailableError": (
        "._error_classes",
        "BetaAuthorizationCheckUnavailableError",
    ),
    "BetaAuthorizationCheckUnavailableErrorDetails": (
        "_models.authorization_check_unavailable_error_details",
        "AuthorizationCheckUnavailableErrorDetails",
    ),
    "BetaAvailableExternalStorageStatus": (
        "_models.available_external_storage_status",
        "AvailableExternalStorageStatus",
    ),
    "BetaAvailableToolsLimitExceededErrorDetails": (
        "_models.available_tools_limit_exceeded_error_details",
        "AvailableToolsLimitExceededErrorDetails",
    ),
    "BetaAzureExternalKeyConfig": ("_models.azure_external_key_config", "AzureExternalKeyConfig"),
    "BetaAzureExternalKeyConfigParam": (
        "_params.azure_external_key_config_param",
        "AzureExternalKeyConfigParam",
    ),
    "BetaBase64ImageSourceParam": ("_params.base64_image_source_param", "Base64ImageSourceParam"),
    "BetaBase64PDFSource": ("_models.base64_pdf_source", "Base64PDFSource"),
    "BetaBase64PDFSourceParam": ("_params.base64_pdf_source_param", "Base64PDFSourceParam"),
    "BetaBashCodeExecutionOutputBlock": (
        "_models.bash_code_execution_output_block",
        "BashCodeExecutionOutputBlock",
    ),
    "BetaBashCodeExecutionOutputBlockParam": (
        "_params.bash_code_execution_output_block_param",
        "BashCodeExecutionOutputBlockParam",
    ),
    "BetaBashCodeExecutionResultBlock": (
        "_models.bash_code_execution_result_block",
        "BashCodeExecutionResultBlock",
    ),
    "BetaBashCodeExecutionResultBlockParam": (
        "_params.bash_code_execution_result_block_param",
        "BashCodeExecutionResultBlockParam",
    ),
    "BetaBashCodeExecutionToolResultBlock": (
        "_models.bash_code_execution_tool_result_block",
        "BashCodeExecutionToolResultBlock",
    ),
    "BetaBashCodeExecutionToolResultBlockParam": (
        "_params.bash_code_execution_tool_result_block_param",
        "BashCodeExecutionToolResultBlockParam",
    ),
    "BetaBashCodeExecutionToolResultContent": (
        "_models.bash_code_execution_tool_result_content",
        "BashCodeExecutionToolResultContent",
    ),
    "BetaBashCodeExecutionToolResultContentParam": (
        "_params.bash_code_execution_tool_result_content_param",
        "BashCodeExecutionToolResultContentParam",
    ),
    "BetaBashCodeExecutionToolResultError": (
        "_models.bash_code_execution_tool_result_error",
        "BashCodeExecutionToolResultError",
    ),
    "BetaBashCodeExecutionToolResultErrorCode": (
        "_models.bash_code_execution_tool_result_error_code",
        "BashCodeExecutionToolResultErrorCode",
    ),
    "BetaBashCodeExecutionToolResultErrorCodeParam": (
        "_params.bash_code_execution_tool_result_error_code_param",
        "BashCodeExecutionToolResultErrorCodeParam",
    ),
    "BetaBashCodeExecutionToolResultErrorObject": (
        "_models.bash_code_execution_tool_result_error",
        "BashCodeExecutionToolResultError",
    ),
    "BetaBashCodeExecutionToolResultErrorParam": (
        "_params.bash_code_execution_tool_result_error_param",
        "BashCodeExecutionToolResultErrorParam",
    ),
    "BetaBatchCreateParams": ("_params.beta_batch_create_params", "BetaBatchCreateParams"),
    "BetaBatchListParams": ("_params.beta_batch_list_params", "BetaBatchListParams"),
    "BetaBatchRequestParam": ("_params.beta_batch_request_param", "BetaBatchRequestParam"),
    "BetaBedrockAgentListParams": ("_params.bedrock_agent_list_params", "BedrockAgentListParams"),
    "BetaBedrockAgentRetrieveParams": (
        "_params.bedrock_agent_retrieve_params",
        "BedrockAgentRetrieveParams",
    ),
    "BetaBedrockEventListParams": ("_params.bedrock_event_list_params", "BedrockEventListParams"),
    "BetaBedrockEventStreamParams": (
        "_params.bedrock_event_stream_params",
        "BedrockEventStreamParams",
    ),
    "BetaBedrockMemoryDeleteParams": (
        "_params.bedrock_memory_delete_params",
        "BedrockMemoryDeleteParams",
    ),
    "BetaBedrockMemoryListParams": (
        "_params.bedrock_memory_list_params",
        "BedrockMemoryListParams",
    ),
    "BetaBedrockMemoryRetrieveParams": (
        "_params.bedrock_memory_retrieve_params",
        "BedrockMemoryRetrieveParams",
    ),
    "BetaBedrockMemoryStoreListParams": (
        "_params.bedrock_memory_store_list_params",
        "BedrockMemoryStoreListParams",
    ),
    "BetaBedrockMemoryVersionListParams": (
        "_params.bedrock_memory_version_list_params",
        "BedrockMemoryVersionListParams",
    ),
    "BetaBedrockMemoryVersionRetrieveParams": (
        "_params.bedrock_memory_version_retrieve_params",
        "BedrockMemoryVersionRetrieveParams",
    ),
    "BetaBedrockSessionListParams": (
        "_params.bedrock_session_list_params",
        "BedrockSessionListParams",
    ),
    "BetaBedrockSessionsEventListParams": (
        "_params.bedrock_sessions_event_list_params",
        "BedrockSessionsEventListParams",
    ),
    "BetaBedrockSessionsEventStreamParams": (
        "_params.bedrock_sessions_event_stream_params",
        "BedrockSessionsEventStreamParams",
    ),
    "BetaBedrockThreadListParams": (
        "_params.bedrock_thread_list_params",
        "BedrockThreadListParams",
    ),
    "BetaBedrockVersionListParams": (
        "_params.bedrock_version_list_params",
        "BedrockVersionListParams",
    ),
    "BetaBillTo": ("_params.bill_to_param", "BillToParam"),
    "BetaBillToParam": ("_params.bill_to_param", "BillToParam"),
    "BetaBillingError": ("_models.billing_error", "BillingError"),
    "BetaBillingErrorObject": ("_models.billing_error", "BillingError"),
    "BetaBillingPolicyParam": ("_params.billing_policy_param", "BillingPolicyParam"),
    "BetaBrowserClickTarget": ("_models.browser_click_target", "BrowserClickTarget"),
    "BetaBrowserCloseTabConfig": ("_models.browser_close_tab_config", "BrowserCloseTabConfig"),
    "BetaBrowserCloseTabConfigParam": (
        "_params.browser_close_tab_config_param",
        "BrowserCloseTabConfigParam",
    ),
    "BetaBrowserCloseTabInput": ("_models.browser_close_tab_input", "BrowserCloseTabInput"),
    "BetaBrowserCloseTabToolUseBlock": (
        "_models.browser_close_tab_tool_use_block",
        "BrowserCloseTabToolUseBlock",
    ),
    "BetaBrowserCoordinateTarget": ("_models.browser_coordinate_target", "BrowserCoordinateTarget"),
    "BetaBrowserDoubleClickConfig": (
        "_models.browser_double_click_config",
        "BrowserDoubleClickConfig",
    ),
    "BetaBrowserDoubleClickConfigParam": (
        "_params.browser_double_click_config_param",
        "BrowserDoubleClickConfigParam",
    ),
    "BetaBrowserDoubleClickInput": (
        "_models.browser_double_click_input",
        "BrowserDoubleClickInput",
    ),
    "BetaBrowserDoubleClickToolUseBlock": (
        "_models.browser_double_click_tool_use_block",
        "BrowserDoubleClickToolUseBlock",
    ),
    "BetaBrowserFileUploadConfig": (
        "_models.browser_file_upload_config",
        "BrowserFileUploadConfig",
    ),
    "BetaBrowserFileUploadConfigParam": (
        "_params.browser_file_upload_config_param",
        "BrowserFileUploadConfigParam",
    ),
    "BetaBrowserFileUploadInput": ("_models.browser_file_upload_input", "BrowserFileUploadInput"),
    "BetaBrowserFileUploadToolUseBlock": (
        "_models.browser_file_upload_tool_use_block",
        "BrowserFileUploadToolUseBlock",
    ),
    "BetaBrowserFindConfig": ("_models.browser_find_config", "BrowserFindConfig"),
    "BetaBrowserFindConfigParam": ("_params.browser_find_config_param", "BrowserFindConfigParam"),
    "BetaBrowserFindInput": ("_models.browser_find_input", "BrowserFindInput"),
    "BetaBrowserFindToolUseBlock": (
        "_models.browser_find_tool_use_block",
        "BrowserFindToolUseBlock",
    ),
    "BetaBrowserFormInputConfig": ("_models.browser_form_input_config", "BrowserFormInputConfig"),
    "BetaBrowserFormInputConfigParam": (
        "_params.browser_form_input_config_param",
        "BrowserFormInputConfigParam",
    ),
    "BetaBrowserFormInputInput": ("_models.browser_form_input_input", "BrowserFormInputInput"),
    "BetaBrowserFormInputToolUseBlock": (
        "_models.browser_form_input_tool_use_block",
        "BrowserFormInputToolUseBlock",
    ),
    "BetaBrowserFormInputValue": ("_models.browser_form_input_value", "BrowserFormInputValue"),
    "BetaBrowserGetPageTextConfig": (
        "_models.browser_get_page_text_config",
        "BrowserGetPageTextConfig",
    ),
    "BetaBrowserGetPageTextConfigParam": (
        "_params.browser_get_page_text_config_param",
        "BrowserGetPageTextConfigParam",
    ),
    "BetaBrowserGetPageTextInput": (
        "_models.browser_get_page_text_input",
        "BrowserGetPageTextInput",
    ),
    "BetaBrowserGetPageTextToolUseBlock": (
        "_models.browser_get_page_text_tool_use_block",
        "BrowserGetPageTextToolUseBlock",
    ),
    "BetaBrowserHoldKeyConfig": ("_models.browser_hold_key_config", "BrowserHoldKeyConfig"),
    "BetaBrowserHoldKeyConfigParam": (
        "_params.browser_hold_key_config_param",
        "BrowserHoldKeyConfigParam",
    ),
    "BetaBrowserHoldKeyInput": ("_models.browser_hold_key_input", "BrowserHoldKeyInput"),
    "BetaBrowserHoldKeyToolUseBlock": (
        "_models.browser_hold_key_tool_use_block",
        "BrowserHoldKeyToolUseBlock",
    ),
    "BetaBrowserHoverConfig": ("_models.browser_hover_config", "BrowserHoverConfig"),
    "BetaBrowserHoverConfigParam": (
        "_params.browser_hover_config_param",
        "BrowserHoverConfigParam",
    ),
    "BetaBrowserHoverInput": ("_models.browser_hover_input", "BrowserHoverInput"),
    "BetaBrowserHoverToolUseBlock": (
        "_models.browser_hover_tool_use_block",
        "BrowserHoverToolUseBlock",
    ),
    "BetaBrowserJavascriptExecConfig": (
        "_models.browser_javascript_exec_config",
        "BrowserJavascriptExecConfig",
    ),
    "BetaBrowserJavascriptExecConfigParam": (
        "_params.browser_javascript_exec_config_param",
        "BrowserJavascriptExecConfigParam",
    ),
    "BetaBrowserJavascriptExecInput": (
        "_models.browser_javascript_exec_input",
        "BrowserJavascriptExecInput",
    ),
    "BetaBrowserJavascriptExecToolUseBlock": (
        "_models.browser_javascript_exec_tool_use_block",
        "BrowserJavascriptExecToolUseBlock",
    ),
    "BetaBrowserKeyConfig": ("_models.browser_key_config", "BrowserKeyConfig"),
    "BetaBrowserKeyConfigParam": ("_params.browser_key_config_param", "BrowserKeyConfigParam"),
    "BetaBrowserKeyInput": ("_models.browser_key_input", "BrowserKeyInput"),
    "BetaBrowserKeyToolUseBlock": ("_models.browser_key_tool_use_block", "BrowserKeyToolUseBlock"),
    "BetaBrowserLeftClickConfig": ("_models.browser_left_click_config", "BrowserLeftClickConfig"),
    "BetaBrowserLeftClickConfigParam": (
        "_params.browser_left_click_config_param",
        "BrowserLeftClickConfigParam",
    ),
    "BetaBrowserLeftClickDragConfig": (
        "_models.browser_left_click_drag_config",
        "BrowserLeftClickDragConfig",
    ),
    "BetaBrowserLeftClickDragConfigParam": (
        "_params.browser_left_click_drag_config_param",
        "BrowserLeftClickDragConfigParam",
    ),
    "BetaBrowserLeftClickDragInput": (
        "_models.browser_left_click_drag_input",
        "BrowserLeftClickDragInput",
    ),
    "BetaBrowserLeftClickDragToolUseBlock": (
        "_models.browser_left_click_drag_tool_use_block",
        "BrowserLeftClickDragToolUseBlock",
    ),
    "BetaBrowserLeftClickInput": ("_models.browser_left_click_input", "BrowserLeftClickInput"),
    "BetaBrowserLeftClickToolUseBlock": (
        "_models.browser_left_click_tool_use_block",
        "BrowserLeftClickToolUseBlock",
    ),
    "BetaBrowserLeftMouseDownConfig": (
        "_models.browser_left_mouse_down_config",
        "BrowserLeftMouseDownConfig",
    ),
    "BetaBrowserLeftMouseDownConfigParam": (
        "_params.browser_left_mouse_down_config_param",
        "BrowserLeftMouseDownConfigParam",
    ),
    "BetaBrowserLeftMouseDownInput": (
        "_models.browser_left_mouse_down_input",
        "BrowserLeftMouseDownInput",
    ),
    "BetaBrowserLeftMouseDownToolUseBlock": (
        "_models.browser_left_mouse_down_tool_use_block",
        "BrowserLeftMouseDownToolUseBlock",
    ),
    "BetaBrowserLeftMouseUpConfig": (
        "_models.browser_left_mouse_up_config",
        "BrowserLeftMouseUpConfig",
    ),
    "BetaBrowserLeftMouseUpConfigParam": (
        "_params.browser_left_mouse_up_config_param",
        "BrowserLeftMouseUpConfigParam",
    ),
    "BetaBrowserLeftMouseUpInput": (
        "_models.browser_left_mouse_up_input",
        "BrowserLeftMouseUpInput",
    ),
    "BetaBrowserLeftMouseUpToolUseBlock": (
        "_models.browser_left_mouse_up_tool_use_block",
        "BrowserLeftMouseUpToolUseBlock",
    ),
    "BetaBrowserListTabsConfig": ("_models.browser_list_tabs_config", "BrowserListTabsConfig"),
    "BetaBrowserListTabsConfigParam": (
        "_params.browser_list_tabs_config_param",
        "BrowserListTabsConfigParam",
    ),
    "BetaBrowserListTabsInput": ("_models.browser_list_tabs_input", "BrowserListTabsInput"),
    "BetaBrowserListTabsToolUseBlock": (
        "_models.browser_list_tabs_tool_use_block",
        "BrowserListTabsToolUseBlock",
    ),
    "BetaBrowserMemberInput": ("_models.browser_member_input", "BrowserMemberInput"),
    "BetaBrowserMemberName": ("_models.browser_member_name", "BrowserMemberName"),
    "BetaBrowserMiddleClickConfig": (
        "_models.browser_middle_click_config",
        "BrowserMiddleClickConfig",
    ),
    "BetaBrowserMiddleClickConfigParam": (
        "_params.browser_middle_click_config_param",
        "BrowserMiddleClickConfigParam",
    ),
    "BetaBrowserMiddleClickInput": (
        "_models.browser_middle_click_input",
        "BrowserMiddleClickInput",
    ),
    "BetaBrowserMiddleClickToolUseBlock": (
        "_models.browser_middle_click_tool_use_block",
        "BrowserMiddleClickToolUseBlock",
    ),
    "BetaBrowserMouseMoveConfig": ("_models.browser_mouse_move_config", "BrowserMouseMoveConfig"),
    "BetaBrowserMouseMoveConfigParam": (
        "_params.browser_mouse_move_config_param",
        "BrowserMouseMoveConfigParam",
    ),
    "BetaBrowserMouseMoveInput": ("_models.browser_mouse_move_input", "BrowserMouseMoveInput"),
    "BetaBrowserMouseMoveToolUseBlock": (
        "_models.browser_mouse_move_tool_use_block",
        "BrowserMouseMoveToolUseBlock",
    ),
    "BetaBrowserNavigateConfig": ("_models.browser_navigate_config", "BrowserNavigateConfig"),
    "BetaBrowserNavigateConfigParam": (
        "_params.browser_navigate_config_param",
        "BrowserNavigateConfigParam",
    ),
    "BetaBrowserNavigateInput": ("_models.browser_navigate_input", "BrowserNavigateInput"),
    "BetaBrowserNavigateToolUseBlock": (
        "_models.browser_navigate_tool_use_block",
        "BrowserNavigateToolUseBlock",
    ),
    "BetaBrowserNewTabConfig": ("_models.browser_new_tab_config", "BrowserNewTabConfig"),
    "BetaBrowserNewTabConfigParam": (
        "_params.browser_new_tab_config_param",
        "BrowserNewTabConfigParam",
    ),
    "BetaBrowserNewTabInput": ("_models.browser_new_tab_input", "BrowserNewTabInput"),
    "BetaBrowserNewTabToolUseBlock": (
        "_models.browser_new_tab_tool_use_block",
        "BrowserNewTabToolUseBlock",
    ),
    "BetaBrowserReadConsoleConfig": (
        "_models.browser_read_console_config",
        "BrowserReadConsoleConfig",
    ),
    "BetaBrowserReadConsoleConfigParam": (
        "_params.browser_read_console_config_param",
        "BrowserReadConsoleConfigParam",
    ),
    "BetaBrowserReadConsoleInput": (
        "_models.browser_read_console_input",
        "BrowserReadConsoleInput",
    ),
    "BetaBrowserReadConsoleToolUseBlock": (
        "_models.browser_read_console_tool_use_block",
        "BrowserReadConsoleToolUseBlock",
    ),
    "BetaBrowserReadNetworkConfig": (
        "_models.browser_read_network_config",
        "BrowserReadNetworkConfig",
    ),
    "BetaBrowserReadNetworkConfigParam": (
        "_params.browser_read_network_config_param",
        "BrowserReadNetworkConfigParam",
    ),
    "BetaBrowserReadNetworkInput": (
        "_models.browser_read_network_input",
        "BrowserReadNetworkInput",
    ),
    "BetaBrowserReadNetworkToolUseBlock": (
        "_models.browser_read_network_tool_use_block",
        "BrowserReadNetworkToolUseBlock",
    ),
    "BetaBrowserReadPageConfig": ("_models.browser_read_page_config", "BrowserReadPageConfig"),
    "BetaBrowserReadPageConfigParam": (
        "_params.browser_read_page_config_param",
        "BrowserReadPageConfigParam",
    ),
    "BetaBrowserReadPageFilter": ("_models.browser_read_page_filter", "BrowserReadPageFilter"),
    "BetaBrowserReadPageInput": ("_models.browser_read_page_input", "BrowserReadPageInput"),
    "BetaBrowserReadPageToolUseBlock": (
        "_models.browser_read_page_tool_use_block",
        "BrowserReadPageToolUseBlock",
    ),
    "BetaBrowserRefTarget": ("_models.browser_ref_target", "BrowserRefTarget"),
    "BetaBrowserRightClickConfig": (
        "_models.browser_right_click_config",
        "BrowserRightClickConfig",
    ),
    "BetaBrowserRightClickConfigParam": (
        "_params.browser_right_click_config_param",
        "BrowserRightClickConfigParam",
    ),
    "BetaBrowserRightClickInput": ("_models.browser_right_click_input", "BrowserRightClickInput"),
    "BetaBrowserRightClickToolUseBlock": (
        "_models.browser_right_click_tool_use_block",
        "BrowserRightClickToolUseBlock",
    ),
    "BetaBrowserScreenshotConfig": ("_models.browser_screenshot_config", "BrowserScreenshotConfig"),
    "BetaBrowserScreenshotConfigParam": (
        "_params.browser_screenshot_config_param",
        "BrowserScreenshotConfigParam",
    ),
    "BetaBrowserScreenshotInput": ("_models.browser_screenshot_input", "BrowserScreenshotInput"),
    "BetaBrowserScreenshotToolUseBlock": (
        "_models.browser_screenshot_tool_use_block",
        "BrowserScreenshotToolUseBlock",
    ),
    "BetaBrowserScrollConfig": ("_models.browser_scroll_config", "BrowserScrollConfig"),
    "BetaBrowserScrollConfigParam": (
        "_params.browser_scroll_config_param",
        "BrowserScrollConfigParam",
    ),
    "BetaBrowserScrollDirection": ("_models.browser_scroll_direction", "BrowserScrollDirection"),
    "BetaBrowserScrollInput": ("_models.browser_scroll_input", "BrowserScrollInput"),
    "BetaBrowserScrollToConfig": ("_models.browser_scroll_to_config", "BrowserScrollToConfig"),
    "BetaBrowserScrollToConfigParam": (
        "_params.browser_scroll_to_config_param",
        "BrowserScrollToConfigParam",
    ),
    "BetaBrowserScrollToInput": ("_models.browser_scroll_to_input", "BrowserScrollToInput"),
    "BetaBrowserScrollToToolUseBlock": (
        "_models.browser_scroll_to_tool_use_block",
        "BrowserScrollToToolUseBlock",
    ),
    "BetaBrowserScrollToolUseBlock": (
        "_models.browser_scroll_tool_use_block",
        "BrowserScrollToolUseBlock",
    ),
    "BetaBrowserStateBlockParam": ("_params.browser_state_block_param", "BrowserStateBlockParam"),
    "BetaBrowserStateChangeDownloadCompletedParam": (
        "_params.browser_state_change_download_completed_param",
        "BrowserStateChangeDownloadCompletedParam",
    ),
    "BetaBrowserStateChangeDownloadFailedParam": (
        "_params.browser_state_change_download_failed_param",
        "BrowserStateChangeDownloadFailedParam",
    ),
    "BetaBrowserStateChangeDownloadStartedParam": (
        "_params.browser_state_change_download_started_param",
        "BrowserStateChangeDownloadStartedParam",
    ),
    "BetaBrowserStateChangeParam": (
        "_params.browser_state_change_param",
        "BrowserStateChangeParam",
    ),
    "BetaBrowserStateChangeTabOpenedParam": (
        "_params.browser_state_change_tab_opened_param",
        "BrowserStateChangeTabOpenedParam",
    ),
    "BetaBrowserStateTabEntryParam": (
        "_params.browser_state_tab_entry_param",
        "BrowserStateTabEntryParam",
    ),
    "BetaBrowserSwitchTabConfig": ("_models.browser_switch_tab_config", "BrowserSwitchTabConfig"),
    "BetaBrowserSwitchTabConfigParam": (
        "_params.browser_switch_tab_config_param",
        "BrowserSwitchTabConfigParam",
    ),
    "BetaBrowserSwitchTabInput": ("_models.browser_switch_tab_input", "BrowserSwitchTabInput"),
    "BetaBrowserSwitchTabToolUseBlock": (
        "_models.browser_switch_tab_tool_use_block",
        "BrowserSwitchTabToolUseBlock",
    ),
    "BetaBrowserToolUseBlock": ("_models.browser_tool_use_block", "BrowserToolUseBlock"),
    "BetaBrowserToolset20260801": ("_models.browser_toolset20260801", "BrowserToolset20260801"),
    "BetaBrowserToolset20260801Param": (
        "_params.browser_toolset20260801_param",
        "BrowserToolset20260801Param",
    ),
    "BetaBrowserToolsetConfigs": ("_models.browser_toolset_configs", "BrowserToolsetConfigs"),
    "BetaBrowserToolsetConfigsParam": (
        "_params.browser_toolset_configs_param",
        "BrowserToolsetConfigsParam",
    ),
    "BetaBrowserTripleClickConfig": (
        "_models.browser_triple_click_config",
        "BrowserTripleClickConfig",
    ),
    "BetaBrowserTripleClickConfigParam": (
        "_params.browser_triple_click_config_param",
        "BrowserTripleClickConfigParam",
    ),
    "BetaBrowserTripleClickInput": (
        "_models.browser_triple_click_input",
        "BrowserTripleClickInput",
    ),
    "BetaBrowserTripleClickToolUseBlock": (
        "_models.browser_triple_click_tool_use_block",
        "BrowserTripleClickToolUseBlock",
    ),
    "BetaBrowserTypeConfig": ("_models.browser_type_config", "BrowserTypeConfig"),
    "BetaBrowserTypeConfigParam": ("_params.browser_type_config_param", "BrowserTypeConfigParam"),
    "BetaBrowserTypeInput": ("_models.browser_type_input", "BrowserTypeInput"),
    "BetaBrowserTypeToolUseBlock": (
        "_models.browser_type_tool_use_block",
        "BrowserTypeToolUseBlock",
    ),
    "BetaBrowserWaitConfig": ("_models.browser_wait_config", "BrowserWaitConfig"),
    "BetaBrowserWaitConfigParam": ("_params.browser_wait_config_param", "BrowserWaitConfigParam"),
    "BetaBrowserWaitInput": ("_models.browser_wait_input", "BrowserWaitInput"),
    "BetaBrowserWaitToolUseBlock": (
        "_models.browser_wait_tool_use_block",
        "BrowserWaitToolUseBlock",
    ),
    "BetaBrowserZoomConfig": ("_models.browser_zoom_config", "BrowserZoomConfig"),
    "BetaBrowserZoomConfigParam": ("_params.browser_zoom_config_param", "BrowserZoomConfigParam"),
    "BetaBrowserZoomInput": ("_models.browser_zoom_input", "BrowserZoomInput"),
    "BetaBrowserZoomToolUseBlock": (
        "_models.browser_zoom_tool_use_block",
        "BrowserZoomToolUseBlock",
    ),
    "BetaBundleAttachmentNotSupportedErrorDetails": (
        "_models.bundle_attachment_not_supported_error_details",
        "BundleAttachmentNotSupportedErrorDetails",
    ),
    "BetaBundleListParams": ("_params.bundle_list_params", "BundleListParams"),
    "BetaBundleOnCallErrorDetails": (
        "_models.bundle_on_call_error_details",
        "BundleOnCallErrorDetails",
    ),
    "BetaCMEKContextUnavailableErrorDetails": (
        "_models.cmek_context_unavailable_error_details",
        "CMEKContextUnavailableErrorDetails",
    ),
    "BetaCMEKFeatureUnsupportedErrorDetails": (
        "_models.cmek_feature_unsupported_error_details",
        "CMEKFeatureUnsupportedErrorDetails",
    ),
    "BetaCMEKKeyDisabledErrorDetails": (
        "_models.cmek_key_disabled_error_details",
        "CMEKKeyDisabledErrorDetails",
    ),
    "BetaCMEKKeyNetworkBlockedErrorDetails": (
        "_models.cmek_key_network_blocked_error_details",
        "CMEKKeyNetworkBlockedErrorDetails",
    ),
    "BetaCMEKKeyUnreachableErrorDetails": (
        "_models.cmek_key_unreachable_error_details",
        "CMEKKeyUnreachableErrorDetails",
    ),
    "BetaCMEKNotApprovedErrorDetails": (
        "_models.cmek_not_approved_error_details",
        "CMEKNotApprovedErrorDetails",
    ),
    "BetaCacheControlEphemeral": ("_models.cache_control_ephemeral", "CacheControlEphemeral"),
    "BetaCacheControlEphemeralParam": (
        "_params.cache_control_ephemeral_param",
        "CacheControlEphemeralParam",
    ),
    "BetaCacheControlEphemeralTtl": (
        "_models.cache_control_ephemeral_ttl",
        "CacheControlEphemeralTtl",
    ),
    "BetaCacheCreation": ("_models.cache_creation", "CacheCreation"),
    "BetaCacheMissMessagesChanged": (
        "_models.cache_miss_messages_changed",
        "CacheMissMessagesChanged",
    ),
    "BetaCacheMissModelChanged": ("_models.cache_miss_model_changed", "CacheMissModelChanged"),
    "BetaCacheMissPreviousMessageNotFound": (
        "_models.cache_miss_previous_message_not_found",
        "CacheMissPreviousMessageNotFound",
    ),
    "BetaCacheMissReason": ("_models.cache_miss_reason", "CacheMissReason"),
    "BetaCacheMissSystemChanged": ("_models.cache_miss_system_changed", "CacheMissSystemChanged"),
    "BetaCacheMissToolsChanged": ("_models.cache_miss_tools_changed", "CacheMissToolsChanged"),
    "BetaCacheMissUnavailable": ("_models.cache_miss_unavailable", "CacheMissUnavailable"),
    "BetaCannotInviteEmailsWithUnverifiedDomainsErrorDetails": (
        "_models.cannot_invite_emails_with_unverified_domains_error_details",
        "CannotInviteEmailsWithUnverifiedDomainsErrorDetails",
    ),
    "BetaCannotRemoveLastMemberErrorDetails": (
        "_models.cannot_remove_last_member_error_details",
        "CannotRemoveLastMemberErrorDetails",
    ),
    "BetaCannotSignOutManagedMemberErrorDetails": (
        "_models.cannot_sign_out_managed_member_error_details",
        "CannotSignOutManagedMemberErrorDetails",
    ),
    "BetaCannotSignOutMembershipAdminErrorDetails": (
        "_models.cannot_sign_out_membership_admin_error_details",
        "CannotSignOutMembershipAdminErrorDetails",
    ),
    "BetaCannotSignOutOwnerErrorDetails": (
        "_models.cannot_sign_out_owner_error_details",
        "CannotSignOutOwnerErrorDetails",
    ),
    "BetaCannotSignOutPrimaryOwnerErrorDetails": (
        "_models.cannot_sign_out_primary_owner_error_details",
        "CannotSignOutPrimaryOwnerErrorDetails",
    ),
    "BetaCannotSignOutPrivilegedMemberErrorDetails": (
        "_models.cannot_sign_out_privileged_member_error_details",
        "CannotSignOutPrivilegedMemberErrorDetails",
    ),
    "BetaCannotSignOutSelfErrorDetails": (
        "_models.cannot_sign_out_self_error_details",
        "CannotSignOutSelfErrorDetails",
    ),
    "BetaCapabilitySupport": ("_models.capability_support", "CapabilitySupport"),
    "BetaCaseListParams": ("_params.case_list_params", "CaseListParams"),
    "BetaCertificateCreateParams": ("_params.certificate_create_params", "CertificateCreateParams"),
    "BetaCertificateListParams": ("_params.certificate_list_params", "CertificateListParams"),
    "BetaChangeOutcomeUnknownErrorDetails": (
        "_models.change_outcome_unknown_error_details",
        "ChangeOutcomeUnknownErrorDetails",
    ),
    "BetaCitationCharLocation": ("_models.citation_char_location", "CitationCharLocation"),
    "BetaCitationCharLocationParam": (
        "_params.citation_char_location_param",
        "CitationCharLocationParam",
    ),
    "BetaCitationConfig": ("_models.citations_config", "CitationsConfig"),
    "BetaCitationContentBlockLocation": (
        "_models.citation_content_block_location",
        "CitationContentBlockLocation",
    ),
    "BetaCitationContentBlockLocationParam": (
        "_params.citation_content_block_location_param",
        "CitationContentBlockLocationParam",
    ),
    "BetaCitationPageLocation": ("_models.citation_page_location", "CitationPageLocation"),
    "BetaCitationPageLocationParam": (
        "_params.citation_page_location_param",
        "CitationPageLocationParam",
    ),
    "BetaCitationSearchResultLocation": (
        "_models.citations_search_result_location",
        "CitationsSearchResultLocation",
    ),
    "BetaCitationSearchResultLocationParam": (
        "_params.citation_search_result_location_param",
        "CitationSearchResultLocationParam",
    ),
    "BetaCitationWebSearchResultLocationParam": (
        "_params.citation_web_search_result_location_param",
        "CitationWebSearchResultLocationParam",
    ),
    "BetaCitationsConfig": ("_models.citations_config", "CitationsConfig"),
    "BetaCitationsConfigParam": ("_models.citations_config", "CitationsConfig"),
    "BetaCitationsConfigParamParam": ("_params.citations_config_param", "CitationsConfigParam"),
    "BetaCitationsDelta": ("_models.citations_delta", "CitationsDelta"),
    "BetaCitationsSearchResultLocation": (
        "_models.citations_search_result_location",
        "CitationsSearchResultLocation",
    ),
    "BetaCitationsWebSearchResultLocation": (
        "_models.citations_web_search_result_location",
        "CitationsWebSearchResultLocation",
    ),
    "BetaClaudeCodeKeyCreatorNotMemberErrorDetails": (
        "_models.claude_code_key_creator_not_member_error_details",
        "ClaudeCodeKeyCreatorNotMemberErrorDetails",
    ),
    "BetaClaudeCodeManagedSettingsConfiguration": (
        "_models.claude_code_managed_settings_configuration",
        "ClaudeCodeManagedSettingsConfiguration",
    ),
    "BetaClaudeCodeManagedSettingsConfigurationUpdateParams": (
        "_params.claude_code_managed_settings_configuration_update_params",
        "ClaudeCodeManagedSettingsConfigurationUpdateParams",
    ),
    "BetaClaudeCodeManagedSettingsMode": (
        "_models.claude_code_managed_settings_mode",
        "ClaudeCodeManagedSettingsMode",
    ),
    "BetaClaudeCodeManagedSettingsModeParam": (
        "_params.claude_code_managed_settings_mode_param",
        "ClaudeCodeManagedSettingsModeParam",
    ),
    "BetaClaudeCodeManagedSettingsOrganizationMode": (
        "_models.claude_code_managed_settings_organization_mode",
        "ClaudeCodeManagedSettingsOrganizationMode",
    ),
    "BetaClaudeCodeManagedSettingsOrganizationModeParam": (
        "_params.claude_code_managed_settings_organization_mode_param",
        "ClaudeCodeManagedSettingsOrganizationModeParam",
    ),
    "BetaClaudeCodeManagedSettingsRBACGroupsMode": (
        "_models.claude_code_managed_settings_rbac_groups_mode",
        "ClaudeCodeManagedSettingsRBACGroupsMode",
    ),
    "BetaClaudeCodeManagedSettingsRBACGroupsModeParam": (
        "_params.claude_code_managed_settings_rbac_groups_mode_param",
        "ClaudeCodeManagedSettingsRBACGroupsModeParam",
    ),
    "BetaClaudeCodeRBACGroupDefaultManagedSettings": (
        "_models.claude_code_rbac_group_default_managed_settings",
        "ClaudeCodeRBACGroupDefaultManagedSettings",
    ),
    "BetaClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams": (
        "_params.claude_code_rbac_group_default_managed_settings_update_params",
        "ClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams",
    ),
    "BetaClaudeCodeRBACGroupManagedSettings": (
        "_models.claude_code_rbac_group_managed_settings",
        "ClaudeCodeRBACGroupManagedSettings",
    ),
    "BetaClaudeCodeRBACGroupManagedSettingsSetParams": (
        "_params.claude_code_rbac_group_managed_settings_set_params",
        "ClaudeCodeRBACGroupManagedSettingsSetParams",
    ),
    "BetaClaudeCodeRBACGroupManagedSettingsSummary": (
        "_models.claude_code_rbac_group_managed_settings_summary",
        "ClaudeCodeRBACGroupManagedSettingsSummary",
    ),
    "BetaClaudeCodeRBACGroupManagedSettingsSummaryPage": (
        "_models.claude_code_rbac_group_managed_settings_summary_page",
        "ClaudeCodeRBACGroupManagedSettingsSummaryPage",
    ),
    "BetaClaudeCodeRBACGroupStatus": (
        "_models.claude_code_rbac_group_status",
        "ClaudeCodeRBACGroupStatus",
    ),
    "BetaClaudeCodeRBACGroupStatusActive": (
        "_models.claude_code_rbac_group_status_active",
        "ClaudeCodeRBACGroupStatusActive",
    ),
    "BetaClaudeCodeRBACGroupStatusDeleted": (
        "_models.claude_code_rbac_group_status_deleted",
        "ClaudeCodeRBACGroupStatusDeleted",
    ),
    "BetaClaudeCodeRBACGroupStatusUnknown": (
        "_models.claude_code_rbac_group_status_unknown",
        "ClaudeCodeRBACGroupStatusUnknown",
    ),
    "BetaClaudeCodeVersionTooOldErrorDetails": (
        "_models.claude_code_version_too_old_error_details",
        "ClaudeCodeVersionTooOldErrorDetails",
    ),
    "BetaClaudeTagBundle": ("_models.claude_tag_bundle", "ClaudeTagBundle"),
    "BetaClaudeTagBundlePage": ("_models.claude_tag_bundle_page", "ClaudeTagBundlePage"),
    "BetaClaudeTagBundleTarget": ("_models.claude_tag_bundle_target", "ClaudeTagBundleTarget"),
    "BetaClaudeTagBundleTargetCreateParam": (
        "_params.claude_tag_bundle_target_create_param",
        "ClaudeTagBundleTargetCreateParam",
    ),
    "BetaClaudeTagBundleTargetPage": (
        "_models.claude_tag_bundle_target_page",
        "ClaudeTagBundleTargetPage",
    ),
    "BetaClaudeTagBundleUpdateParams": (
        "_params.claude_tag_bundle_update_params",
        "ClaudeTagBundleUpdateParams",
    ),
    "BetaClaudeTagDefaultSettingSource": (
        "_models.claude_tag_default_setting_source",
        "ClaudeTagDefaultSettingSource",
    ),
    "BetaClaudeTagDeletedBundleTarget": (
        "_models.claude_tag_deleted_bundle_target",
        "ClaudeTagDeletedBundleTarget",
    ),
    "BetaClaudeTagDeletedSlackChannel": (
        "_models.claude_tag_deleted_slack_channel",
        "ClaudeTagDeletedSlackChannel",
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
    "BetaClaudeTagSlackChannel": ("_models.claude_tag_slack_channel", "ClaudeTagSlackChannel"),
    "BetaClaudeTagSlackChannelBundleTarget": (
        "_models.claude_tag_slack_channel_bundle_target",
        "ClaudeTagSlackChannelBundleTarget",
    ),
    "BetaClaudeTagSlackChannelBundleTargetCreateParam": (
        "_params.claude_tag_slack_channel_bundle_target_create_param",
        "ClaudeTagSlackChannelBundleTargetCreateParam",
    ),
    "BetaClaudeTagSlackChannelCreateParams": (
        "_params.claude_tag_slack_channel_create_params",
        "ClaudeTagSlackChannelCreateParams",
    ),
    "BetaClaudeTagSlackChannelIdentifiers": (
        "_models.claude_tag_slack_channel_identifiers",
        "ClaudeTagSlackChannelIdentifiers",
    ),
    "BetaClaudeTagSlackChannelIdentifiersParam": (
        "_params.claude_tag_slack_channel_identifiers_param",
        "ClaudeTagSlackChannelIdentifiersParam",
    ),
    "BetaClaudeTagSlackChannelPage": (
        "_models.claude_tag_slack_channel_page",
        "ClaudeTagSlackChannelPage",
    ),
    "BetaClaudeTagSlackChannelSettingSource": (
        "_models.claude_tag_slack_channel_setting_source",
        "ClaudeTagSlackChannelSettingSource",
    ),
    "BetaClaudeTagSlackChannelUpdateParams": (
        "_params.claude_tag_slack_channel_update_params",
        "ClaudeTagSlackChannelUpdateParams",
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
    "BetaClaudeTagSlackWorkspace": (
        "_models.claude_tag_slack_workspace",
        "ClaudeTagSlackWorkspace",
    ),
    "BetaClaudeTagSlackWorkspaceBundleTarget": (
        "_models.claude_tag_slack_workspace_bundle_target",
        "ClaudeTagSlackWorkspaceBundleTarget",
    ),
    "BetaClaudeTagSlackWorkspaceBundleTargetCreateParam": (
        "_params.claude_tag_slack_workspace_bundle_target_create_param",
        "ClaudeTagSlackWorkspaceBundleTargetCreateParam",
    ),
    "BetaClaudeTagSlackWorkspaceIdentifiers": (
        "_models.claude_tag_slack_workspace_identifiers",
        "ClaudeTagSlackWorkspaceIdentifiers",
    ),
    "BetaClaudeTagSlackWorkspacePage": (
        "_models.claude_tag_slack_workspace_page",
        "ClaudeTagSlackWorkspacePage",
    ),
    "BetaClaudeTagSlackWorkspaceSettingSource": (
        "_models.claude_tag_slack_workspace_setting_source",
        "ClaudeTagSlackWorkspaceSettingSource",
    ),
    "BetaClaudeTagSlackWorkspaceUpdateParams": (
        "_params.claude_tag_slack_workspace_update_params",
        "ClaudeTagSlackWorkspaceUpdateParams",
    ),
    "BetaClaudeTagWritesNotEnabledErrorDetails": (
        "_models.claude_tag_writes_not_enabled_error_details",
        "ClaudeTagWritesNotEnabledErrorDetails",
    ),
    "BetaClearThinking20251015EditParam": (
        "_params.clear_thinking20251015_edit_param",
        "ClearThinking20251015EditParam",
    ),
    "BetaClearThinking20251015EditResponse": (
        "_models.clear_thinking20251015_edit_response",
        "ClearThinking20251015EditResponse",
    ),
    "BetaClearThinkingKeepParam": ("_params.clear_thinking_keep_param", "ClearThinkingKeepParam"),
    "BetaClearToolUses20250919EditParam": (
        "_params.clear_tool_uses20250919_edit_param",
        "ClearToolUses20250919EditParam",
    ),
    "BetaClearToolUses20250919EditResponse": (
        "_models.clear_tool_uses20250919_edit_response",
        "ClearToolUses20250919EditResponse",
    ),
    "BetaClearToolUsesTriggerParam": (
        "_params.clear_tool_uses_trigger_param",
        "ClearToolUsesTriggerParam",
    ),
    "BetaCloudConfig": ("_models.cloud_config", "CloudConfig"),
    "BetaCloudConfigParams": ("_params.cloud_config_params", "CloudConfigParams"),
    "BetaCloudNetworking": ("_models.cloud_networking", "CloudNetworking"),
    "BetaCloudNetworkingParams": ("_params.cloud_networking_params", "CloudNetworkingParams"),
    "BetaCodeExecutionOutputBlock": (
        "_models.code_execution_output_block",
        "CodeExecutionOutputBlock",
    ),
    "BetaCodeExecutionOutputBlockParam": (
        "_params.code_execution_output_block_param",
        "CodeExecutionOutputBlockParam",
    ),
    "BetaCodeExecutionResultBlock": (
        "_models.code_execution_result_block",
        "CodeExecutionResultBlock",
    ),
    "BetaCodeExecutionResultBlockParam": (
        "_params.code_execution_result_block_param",
        "CodeExecutionResultBlockParam",
    ),
    "BetaCodeExecutionTool20250522": (
        "_models.code_execution_tool20250522",
        "CodeExecutionTool20250522",
    ),
    "BetaCodeExecutionTool20250522Param": (
        "_params.code_execution_tool20250522_param",
        "CodeExecutionTool20250522Param",
    ),
    "BetaCodeExecutionTool20250825": (
        "_models.code_execution_tool20250825",
        "CodeExecutionTool20250825",
    ),
    "BetaCodeExecutionTool20250825Param": (
        "_params.code_execution_tool20250825_param",
        "CodeExecutionTool20250825Param",
    ),
    "BetaCodeExecutionTool20260120": (
        "_models.code_execution_tool20260120",
        "CodeExecutionTool20260120",
    ),
    "BetaCodeExecutionTool20260120Param": (
        "_params.code_execution_tool20260120_param",
        "CodeExecutionTool20260120Param",
    ),
    "BetaCodeExecutionTool20260521": (
        "_models.code_execution_tool20260521",
        "CodeExecutionTool20260521",
    ),
    "BetaCodeExecutionTool20260521Param": (
        "_params.code_execution_tool20260521_param",
        "CodeExecutionTool20260521Param",
    ),
    "BetaCodeExecutionToolResultBlock": (
        "_models.code_execution_tool_result_block",
        "CodeExecutionToolResultBlock",
    ),
    "BetaCodeExecutionToolResultBlockContent": (
        "_models.code_execution_tool_result_content",
        "CodeExecutionToolResultContent",
    ),
    "BetaCodeExecutionToolResultBlockParam": (
        "_params.code_execution_tool_result_block_param",
        "CodeExecutionToolResultBlockParam",
    ),
    "BetaCodeExecutionToolResultBlockParamContentParam": (
        "_params.code_execution_tool_result_content_param",
        "CodeExecutionToolResultContentParam",
    ),
    "BetaCodeExecutionToolResultContent": (
        "_models.code_execution_tool_result_content",
        "CodeExecutionToolResultContent",
    ),
    "BetaCodeExecutionToolResultContentParam": (
        "_params.code_execution_tool_result_content_param",
        "CodeExecutionToolResultContentParam",
    ),
    "BetaCodeExecutionToolResultError": (
        "_models.code_execution_tool_result_error",
        "CodeExecutionToolResultError",
    ),
    "BetaCodeExecutionToolResultErrorCode": (
        "_models.code_execution_tool_result_error_code",
        "CodeExecutionToolResultErrorCode",
    ),
    "BetaCodeExecutionToolResultErrorCodeParam": (
        "_params.code_execution_tool_result_error_code_param",
        "CodeExecutionToolResultErrorCodeParam",
    ),
    "BetaCodeExecutionToolResultErrorObject": (
        "_models.code_execution_tool_result_error",
        "CodeExecutionToolResultError",
    ),
    "BetaCodeExecutionToolResultErrorParam": (
        "_params.code_execution_tool_result_error_param",
        "CodeExecutionToolResultErrorParam",
    ),
    "BetaCompact20260112EditParam": (
        "_params.compact20260112_edit_param",
        "Compact20260112EditParam",
    ),
    "BetaCompactionBlock": ("_models.compaction_block", "CompactionBlock"),
    "BetaCompactionBlockAmbiguousErrorDetails": (
        "_models.compaction_block_ambiguous_error_details",
        "CompactionBlockAmbiguousErrorDetails",
    ),
    "BetaCompactionBlockMisplacedErrorDetails": (
        "_models.compaction_block_misplaced_error_details",
        "CompactionBlockMisplacedErrorDetails",
    ),
    "BetaCompactionBlockParam": ("_params.compaction_block_param", "CompactionBlockParam"),
    "BetaCompactionCapability": ("_models.compaction_capability", "CompactionCapability"),
    "BetaCompactionConfigParam": ("_params.compaction_config_param", "CompactionConfigParam"),
    "BetaCompactionContentBlockDelta": ("_models.compaction_delta", "CompactionDelta"),
    "BetaCompactionContentMismatchErrorDetails": (
        "_models.compaction_content_mismatch_error_details",
        "CompactionContentMismatchErrorDetails",
    ),
    "BetaCompactionDelta": ("_models.compaction_delta", "CompactionDelta"),
    "BetaCompactionIncompleteTurnErrorDetails": (
        "_models.compaction_incomplete_turn_error_details",
        "CompactionIncompleteTurnErrorDetails",
    ),
    "BetaCompactionIterationUsage": (
        "_models.compaction_iteration_usage",
        "CompactionIterationUsage",
    ),
    "BetaCompactionNothingToSummarizeErrorDetails": (
        "_models.compaction_nothing_to_summarize_error_details",
        "CompactionNothingToSummarizeErrorDetails",
    ),
    "BetaCompactionSignatureInvalidErrorDetails": (
        "_models.compaction_signature_invalid_error_details",
        "CompactionSignatureInvalidErrorDetails",
    ),
    "BetaCompactionTooManyToolReferencesErrorDetails": (
        "_models.compaction_too_many_tool_references_error_details",
        "CompactionTooManyToolReferencesErrorDetails",
    ),
    "BetaCompactionToolChange": ("_models.compaction_tool_change", "CompactionToolChange"),
    "BetaCompactionToolChangeParam": (
        "_params.compaction_tool_change_param",
        "CompactionToolChangeParam",
    ),
    "BetaCompactionToolChangesMismatchErrorDetails": (
        "_models.compaction_tool_changes_mismatch_error_details",
        "CompactionToolChangesMismatchErrorDetails",
    ),
    "BetaCompactionUnavailableErrorDetails": (
        "_models.compaction_unavailable_error_details",
        "CompactionUnavailableErrorDetails",
    ),
    "BetaCompletion": ("_models.completion", "Completion"),
    "BetaCompletionCreateParams": (
        "_params.beta_completion_create_params",
        "BetaCompletionCreateParams",
    ),
    "BetaCompletionCreateParamsBase": (
        "_params.beta_completion_create_params_base",
        "BetaCompletionCreateParamsBase",
    ),
    "BetaCompletionCreateParamsNonStreaming": (
        "_params.beta_completion_create_params_non_streaming",
        "BetaCompletionCreateParamsNonStreaming",
    ),
    "BetaCompletionCreateParamsStreaming": (
        "_params.beta_completion_create_params_streaming",
        "BetaCompletionCreateParamsStreaming",
    ),
    "BetaCompletionStreamEvent": ("_models.completion_stream_event", "CompletionStreamEvent"),
    "BetaComplianceConfigurationRestrictedErrorDetails": (
        "_models.compliance_configuration_restricted_error_details",
        "ComplianceConfigurationRestrictedErrorDetails",
    ),
    "BetaComplianceReviewAPIActor": (
        "_models.compliance_review_api_actor",
        "ComplianceReviewAPIActor",
    ),
    "BetaComplianceReviewActor": ("_models.compliance_review_actor", "ComplianceReviewActor"),
    "BetaComplianceReviewCase": ("_models.compliance_review_case", "ComplianceReviewCase"),
    "BetaComplianceReviewCaseCloseReason": (
        "_models.compliance_review_case_close_reason",
        "ComplianceReviewCaseCloseReason",
    ),
    "BetaComplianceReviewCaseCloseReasonType": (
        "_models.compliance_review_case_close_reason_type",
        "ComplianceReviewCaseCloseReasonType",
    ),
    "BetaComplianceReviewCaseClosed": (
        "_models.compliance_review_case_closed",
        "ComplianceReviewCaseClosed",
    ),
    "BetaComplianceReviewCaseOpen": (
        "_models.compliance_review_case_open",
        "ComplianceReviewCaseOpen",
    ),
    "BetaComplianceReviewCaseOrderBy": (
        "_params.compliance_review_case_order_by_param",
        "ComplianceReviewCaseOrderByParam",
    ),
    "BetaComplianceReviewCaseOrderByParam": (
        "_params.compliance_review_case_order_by_param",
        "ComplianceReviewCaseOrderByParam",
    ),
    "BetaComplianceReviewCasePage": (
        "_models.compliance_review_case_page",
        "ComplianceReviewCasePage",
    ),
    "BetaComplianceReviewCaseRespondParams": (
        "_params.compliance_review_case_respond_params",
        "ComplianceReviewCaseRespondParams",
    ),
    "BetaComplianceReviewCaseStatus": (
        "_models.compliance_review_case_status",
        "ComplianceReviewCaseStatus",
    ),
    "BetaComplianceReviewCaseStatusFilter": (
        "_params.compliance_review_case_status_filter_param",
        "ComplianceReviewCaseStatusFilterParam",
    ),
    "BetaComplianceReviewCaseStatusFilterParam": (
        "_params.compliance_review_case_status_filter_param",
        "ComplianceReviewCaseStatusFilterParam",
    ),
    "BetaComplianceReviewContentNotCaptured": (
        "_models.compliance_review_content_not_captured",
        "ComplianceReviewContentNotCaptured",
    ),
    "BetaComplianceReviewContentUnavailableReason": (
        "_models.compliance_review_content_unavailable_reason",
        "ComplianceReviewContentUnavailableReason",
    ),
    "BetaComplianceReviewCreateMessageContent": (
        "_models.compliance_review_create_message_content",
        "ComplianceReviewCreateMessageContent",
    ),
    "BetaComplianceReviewDetermination": (
        "_params.compliance_review_determination_param",
        "ComplianceReviewDeterminationParam",
    ),
    "BetaComplianceReviewDeterminationParam": (
        "_params.compliance_review_determination_param",
        "ComplianceReviewDeterminationParam",
    ),
    "BetaComplianceReviewEnforcementAction": (
        "_models.compliance_review_enforcement_action",
        "ComplianceReviewEnforcementAction",
    ),
    "BetaComplianceReviewItem": ("_models.compliance_review_item", "ComplianceReviewItem"),
    "BetaComplianceReviewMessageDetails": (
        "_models.compliance_review_message_details",
        "ComplianceReviewMessageDetails",
    ),
    "BetaComplianceReviewNotice": ("_models.compliance_review_notice", "ComplianceReviewNotice"),
    "BetaComplianceReviewNoticeKind": (
        "_models.compliance_review_notice_kind",
        "ComplianceReviewNoticeKind",
    ),
    "BetaComplianceReviewNoticeKindType": (
        "_models.compliance_review_notice_kind_type",
        "ComplianceReviewNoticeKindType",
    ),
    "BetaComplianceReviewNoticePage": (
        "_models.compliance_review_notice_page",
        "ComplianceReviewNoticePage",
    ),
    "BetaComplianceReviewOrder": (
        "_params.compliance_review_order_param",
        "ComplianceReviewOrderParam",
    ),
    "BetaComplianceReviewOrderParam": (
        "_params.compliance_review_order_param",
        "ComplianceReviewOrderParam",
    ),
    "BetaComplianceReviewPolicyCategory": (
        "_models.compliance_review_policy_category",
        "ComplianceReviewPolicyCategory",
    ),
    "BetaComplianceReviewSafeguardsReason": (
        "_models.compliance_review_safeguards_reason",
        "ComplianceReviewSafeguardsReason",
    ),
    "BetaComplianceReviewServiceAccountActor": (
        "_models.compliance_review_service_account_actor",
        "ComplianceReviewServiceAccountActor",
    ),
    "BetaComplianceReviewStoredCopyUnavailable": (
        "_models.compliance_review_stored_copy_unavailable",
        "ComplianceReviewStoredCopyUnavailable",
    ),
    "BetaComplianceReviewTranscript": (
        "_models.compliance_review_transcript",
        "ComplianceReviewTranscript",
    ),
    "BetaComplianceReviewUserActor": (
        "_models.compliance_review_user_actor",
        "ComplianceReviewUserActor",
    ),
    "BetaComplianceReviewVerdictParam": (
        "_params.compliance_review_verdict_param",
        "ComplianceReviewVerdictParam",
    ),
    "BetaComplianceReviewViolatedPolicyCategory": (
        "_params.compliance_review_violated_policy_category_param",
        "ComplianceReviewViolatedPolicyCategoryParam",
    ),
    "BetaComplianceReviewViolatedPolicyCategoryParam": (
        "_params.compliance_review_violated_policy_category_param",
        "ComplianceReviewViolatedPolicyCategoryParam",
    ),
    "BetaComplianceSettingUpdateParams": (
        "_params.beta_compliance_setting_update_params",
        "BetaComplianceSettingUpdateParams",
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
    "BetaComputerCursorPositionConfig": (
        "_models.computer_cursor_position_config",
        "ComputerCursorPositionConfig",
    ),
    "BetaComputerCursorPositionConfigParam": (
        "_params.computer_cursor_position_config_param",
        "ComputerCursorPositionConfigParam",
    ),
    "BetaComputerCursorPositionInput": (
        "_models.computer_cursor_position_input",
        "ComputerCursorPositionInput",
    ),
    "BetaComputerCursorPositionToolUseBlock": (
        "_models.computer_cursor_position_tool_use_block",
        "ComputerCursorPositionToolUseBlock",
    ),
    "BetaComputerDoubleClickConfig": (
        "_models.computer_double_click_config",
        "ComputerDoubleClickConfig",
    ),
    "BetaComputerDoubleClickConfigParam": (
        "_params.computer_double_click_config_param",
        "ComputerDoubleClickConfigParam",
    ),
    "BetaComputerDoubleClickInput": (
        "_models.computer_double_click_input",
        "ComputerDoubleClickInput",
    ),
    "BetaComputerDoubleClickToolUseBlock": (
        "_models.computer_double_click_tool_use_block",
        "ComputerDoubleClickToolUseBlock",
    ),
    "BetaComputerHoldKeyConfig": ("_models.computer_hold_key_config", "ComputerHoldKeyConfig"),
    "BetaComputerHoldKeyConfigParam": (
        "_params.computer_hold_key_config_param",
        "ComputerHoldKeyConfigParam",
    ),
    "BetaComputerHoldKeyInput": ("_models.computer_hold_key_input", "ComputerHoldKeyInput"),
    "BetaComputerHoldKeyToolUseBlock": (
        "_models.computer_hold_key_tool_use_block",
        "ComputerHoldKeyToolUseBlock",
    ),
    "BetaComputerKeyConfig": ("_models.computer_key_config", "ComputerKeyConfig"),
    "BetaComputerKeyConfigParam": ("_params.computer_key_config_param", "ComputerKeyConfigParam"),
    "BetaComputerKeyInput": ("_models.computer_key_input", "ComputerKeyInput"),
    "BetaComputerKeyToolUseBlock": (
        "_models.computer_key_tool_use_block",
        "ComputerKeyToolUseBlock",
    ),
    "BetaComputerLeftClickConfig": (
        "_models.computer_left_click_config",
        "ComputerLeftClickConfig",
    ),
    "BetaComputerLeftClickConfigParam": (
        "_params.computer_left_click_config_param",
        "ComputerLeftClickConfigParam",
    ),
    "BetaComputerLeftClickDragConfig": (
        "_models.computer_left_click_drag_config",
        "ComputerLeftClickDragConfig",
    ),
    "BetaComputerLeftClickDragConfigParam": (
        "_params.computer_left_click_drag_config_param",
        "ComputerLeftClickDragConfigParam",
    ),
    "BetaComputerLeftClickDragInput": (
        "_models.computer_left_click_drag_input",
        "ComputerLeftClickDragInput",
    ),
    "BetaComputerLeftClickDragToolUseBlock": (
        "_models.computer_left_click_drag_tool_use_block",
        "ComputerLeftClickDragToolUseBlock",
    ),
    "BetaComputerLeftClickInput": ("_models.computer_left_click_input", "ComputerLeftClickInput"),
    "BetaComputerLeftClickToolUseBlock": (
        "_models.computer_left_click_tool_use_block",
        "ComputerLeftClickToolUseBlock",
    ),
    "BetaComputerLeftMouseDownConfig": (
        "_models.computer_left_mouse_down_config",
        "ComputerLeftMouseDownConfig",
    ),
    "BetaComputerLeftMouseDownConfigParam": (
        "_params.computer_left_mouse_down_config_param",
        "ComputerLeftMouseDownConfigParam",
    ),
    "BetaComputerLeftMouseDownInput": (
        "_models.computer_left_mouse_down_input",
        "ComputerLeftMouseDownInput",
    ),
    "BetaComputerLeftMouseDownToolUseBlock": (
        "_models.computer_left_mouse_down_tool_use_block",
        "ComputerLeftMouseDownToolUseBlock",
    ),
    "BetaComputerLeftMouseUpConfig": (
        "_models.computer_left_mouse_up_config",
        "ComputerLeftMouseUpConfig",
    ),
    "BetaComputerLeftMouseUpConfigParam": (
        "_params.computer_left_mouse_up_config_param",
        "ComputerLeftMouseUpConfigParam",
    ),
    "BetaComputerLeftMouseUpInput": (
        "_models.computer_left_mouse_up_input",
        "ComputerLeftMouseUpInput",
    ),
    "BetaComputerLeftMouseUpToolUseBlock": (
        "_models.computer_left_mouse_up_tool_use_block",
        "ComputerLeftMouseUpToolUseBlock",
    ),
    "BetaComputerMemberInput": ("_models.computer_member_input", "ComputerMemberInput"),
    "BetaComputerMemberName": ("_models.computer_member_name", "ComputerMemberName"),
    "BetaComputerMiddleClickConfig": (
        "_models.computer_middle_click_config",
        "ComputerMiddleClickConfig",
    ),
    "BetaComputerMiddleClickConfigParam": (
        "_params.computer_middle_click_config_param",
        "ComputerMiddleClickConfigParam",
    ),
    "BetaComputerMiddleClickInput": (
        "_models.computer_middle_click_input",
        "ComputerMiddleClickInput",
    ),
    "BetaComputerMiddleClickToolUseBlock": (
        "_models.computer_middle_click_tool_use_block",
        "ComputerMiddleClickToolUseBlock",
    ),
    "BetaComputerMouseMoveConfig": (
        "_models.computer_mouse_move_config",
        "ComputerMouseMoveConfig",
    ),
    "BetaComputerMouseMoveConfigParam": (
        "_params.computer_mouse_move_config_param",
        "ComputerMouseMoveConfigParam",
    ),
    "BetaComputerMouseMoveInput": ("_models.computer_mouse_move_input", "ComputerMouseMoveInput"),
    "BetaComputerMouseMoveToolUseBlock": (
        "_models.computer_mouse_move_tool_use_block",
        "ComputerMouseMoveToolUseBlock",
    ),
    "BetaComputerRightClickConfig": (
        "_models.computer_right_click_config",
        "ComputerRightClickConfig",
    ),
    "BetaComputerRightClickConfigParam": (
        "_params.computer_right_click_config_param",
        "ComputerRightClickConfigParam",
    ),
    "BetaComputerRightClickInput": (
        "_models.computer_right_click_input",
        "ComputerRightClickInput",
    ),
    "BetaComputerRightClickToolUseBlock": (
        "_models.computer_right_click_tool_use_block",
        "ComputerRightClickToolUseBlock",
    ),
    "BetaComputerScreenshotConfig": (
        "_models.computer_screenshot_config",
        "ComputerScreenshotConfig",
    ),
    "BetaComputerScreenshotConfigParam": (
        "_params.computer_screenshot_config_param",
        "ComputerScreenshotConfigParam",
    ),
    "BetaComputerScreenshotInput": ("_models.computer_screenshot_input", "ComputerScreenshotInput"),
    "BetaComputerScreenshotToolUseBlock": (
        "_models.computer_screenshot_tool_use_block",
        "ComputerScreenshotToolUseBlock",
    ),
    "BetaComputerScrollConfig": ("_models.computer_scroll_config", "ComputerScrollConfig"),
    "BetaComputerScrollConfigParam": (
        "_params.computer_scroll_config_param",
        "ComputerScrollConfigParam",
    ),
    "BetaComputerScrollDirection": ("_models.computer_scroll_direction", "ComputerScrollDirection"),
    "BetaComputerScrollInput": ("_models.computer_scroll_input", "ComputerScrollInput"),
    "BetaComputerScrollToolUseBlock": (
        "_models.computer_scroll_tool_use_block",
        "ComputerScrollToolUseBlock",
    ),
    "BetaComputerToolUseBlock": ("_models.computer_tool_use_block", "ComputerToolUseBlock"),
    "BetaComputerToolset20260801": ("_models.computer_toolset20260801", "ComputerToolset20260801"),
    "BetaComputerToolset20260801Param": (
        "_params.computer_toolset20260801_param",
        "ComputerToolset20260801Param",
    ),
    "BetaComputerToolsetConfigs": ("_models.computer_toolset_configs", "ComputerToolsetConfigs"),
    "BetaComputerToolsetConfigsParam": (
        "_params.computer_toolset_configs_param",
        "ComputerToolsetConfigsParam",
    ),
    "BetaComputerTripleClickConfig": (
        "_models.computer_triple_click_config",
        "ComputerTripleClickConfig",
    ),
    "BetaComputerTripleClickConfigParam": (
        "_params.computer_triple_click_config_param",
        "ComputerTripleClickConfigParam",
    ),
    "BetaComputerTripleClickInput": (
        "_models.computer_triple_click_input",
        "ComputerTripleClickInput",
    ),
    "BetaComputerTripleClickToolUseBlock": (
        "_models.computer_triple_click_tool_use_block",
        "ComputerTripleClickToolUseBlock",
    ),
    "BetaComputerTypeConfig": ("_models.computer_type_config", "ComputerTypeConfig"),
    "BetaComputerTypeConfigParam": (
        "_params.computer_type_config_param",
        "ComputerTypeConfigParam",
    ),
    "BetaComputerTypeInput": ("_models.computer_type_input", "ComputerTypeInput"),
    "BetaComputerTypeToolUseBlock": (
        "_models.computer_type_tool_use_block",
        "ComputerTypeToolUseBlock",
    ),
    "BetaComputerWaitConfig": ("_models.computer_wait_config", "ComputerWaitConfig"),
    "BetaComputerWaitConfigParam": (
        "_params.computer_wait_config_param",
        "ComputerWaitConfigParam",
    ),
    "BetaComputerWaitInput": ("_models.computer_wait_input", "ComputerWaitInput"),
    "BetaComputerWaitToolUseBlock": (
        "_models.computer_wait_tool_use_block",
        "ComputerWaitToolUseBlock",
    ),
    "BetaComputerZoomConfig": ("_models.computer_zoom_config", "ComputerZoomConfig"),
    "BetaComputerZoomConfigParam": (
        "_params.computer_zoom_config_param",
        "ComputerZoomConfigParam",
    ),
    "BetaComputerZoomInput": ("_models.computer_zoom_input", "ComputerZoomInput"),
    "BetaComputerZoomToolUseBlock": (
        "_models.computer_zoom_tool_use_block",
        "ComputerZoomToolUseBlock",
    ),
    "BetaConcurrentMembershipChangeErrorDetails": (
        "_models.concurrent_membership_change_error_details",
        "ConcurrentMembershipChangeErrorDetails",
    ),
    "BetaConnectorListParams": ("_params.beta_connector_list_params", "BetaConnectorListParams"),
    "BetaContainer": ("_models.container", "Container"),
    "BetaContainerParam": ("_params.container_param", "ContainerParam"),
    "BetaContainerParams": ("_params.container_param", "ContainerParam"),
    "BetaContainerSkill": ("_models.container_skill", "ContainerSkill"),
    "BetaContainerSkillParam": ("_params.container_skill_param", "ContainerSkillParam"),
    "BetaContainerSkillType": ("_models.container_skill_type", "ContainerSkillType"),
    "BetaContainerUploadBlock": ("_models.container_upload_block", "ContainerUploadBlock"),
    "BetaContainerUploadBlockParam": (
        "_params.container_upload_block_param",
        "ContainerUploadBlockParam",
    ),
    "BetaContentBlock": ("_models.content_block", "ContentBlock"),
    "BetaContentBlockParam": ("_params.content_block_param", "ContentBlockParam"),
    "BetaContentBlockSourceContentParam": (
        "_params.content_block_source_content_param",
        "ContentBlockSourceContentParam",
    ),
    "BetaContentBlockSourceParam": (
        "_params.content_block_source_param",
        "ContentBlockSourceParam",
    ),
    "BetaContextManagementCapability": (
        "_models.context_management_capability",
        "ContextManagementCapability",
    ),
    "BetaContextManagementConfigParam": (
        "_params.context_management_config_param",
        "ContextManagementConfigParam",
    ),
    "BetaContextManagementEditParam": (
        "_params.context_management_edit_param",
        "ContextManagementEditParam",
    ),
    "BetaContextManagementResponse": (
        "_models.context_management_response",
        "ContextManagementResponse",
    ),
    "BetaContractSpendLimitReachedErrorDetails": (
        "_models.contract_spend_limit_reached_error_details",
        "ContractSpendLimitReachedErrorDetails",
    ),
    "BetaCostListParams": ("_params.cost_list_params", "CostListParams"),
    "BetaCostReportListParams": ("_params.cost_report_list_params", "CostReportListParams"),
    "BetaCountTokensContextManagementResponse": (
        "_models.count_tokens_context_management_response",
        "CountTokensContextManagementResponse",
    ),
    "BetaCredentialCreateParams": ("_params.credential_create_params", "CredentialCreateParams"),
    "BetaCredentialListParams": ("_params.credential_list_params", "CredentialListParams"),
    "BetaCredentialPage": ("_models.credential_page", "CredentialPage"),
    "BetaCredentialUpdateParams": ("_params.credential_update_params", "CredentialUpdateParams"),
    "BetaCurrency": ("_models.currency", "Currency"),
    "BetaCurrencyParam": ("_params.currency_param", "CurrencyParam"),
    "BetaDataControlUpdateParams": (
        "_params.data_control_update_params",
        "DataControlUpdateParams",
    ),
    "BetaDataResidency": ("_models.data_residency", "DataResidency"),
    "BetaDataResidencyCreateConfigParam": (
        "_params.data_residency_create_config_param",
        "DataResidencyCreateConfigParam",
    ),
    "BetaDataResidencyDefaultInferenceGeo": (
        "_models.data_residency_default_inference_geo",
        "DataResidencyDefaultInferenceGeo",
    ),
    "BetaDataResidencyUpdateConfigParam": (
        "_params.data_residency_update_config_param",
        "DataResidencyUpdateConfigParam",
    ),
    "BetaDataResidencyWorkspaceGeo": (
        "_models.data_residency_workspace_geo",
        "DataResidencyWorkspaceGeo",
    ),
    "BetaDeletedClaudeCodeRBACGroupManagedSettings": (
        "_models.deleted_claude_code_rbac_group_managed_settings",
        "DeletedClaudeCodeRBACGroupManagedSettings",
    ),
    "BetaDeletedExternalStorage": ("_models.deleted_external_storage", "DeletedExternalStorage"),
    "BetaDeletedFile": ("_models.deleted_file", "DeletedFile"),
    "BetaDeletedMessageBatch": ("_models.deleted_message_batch", "DeletedMessageBatch"),
    "BetaDeletedOrganizationWebhookEndpoint": (
        "_models.deleted_organization_webhook_endpoint",
        "DeletedOrganizationWebhookEndpoint",
    ),
    "BetaDeletedPlugin": ("_models.deleted_plugin", "DeletedPlugin"),
    "BetaDeletedPluginInstallationSetting": (
        "_models.deleted_plugin_installation_setting",
        "DeletedPluginInstallationSetting",
    ),
    "BetaDeletedRBACGroup": ("_models.deleted_rbac_group", "DeletedRBACGroup"),
    "BetaDeletedRBACGroupMember": ("_models.deleted_rbac_group_member", "DeletedRBACGroupMember"),
    "BetaDeletedSkill": ("_models.deleted_skill", "DeletedSkill"),
    "BetaDeletedSkillVersion": ("_models.deleted_skill_version", "DeletedSkillVersion"),
    "BetaDeletedTelemetryDestination": (
        "_models.deleted_telemetry_destination",
        "DeletedTelemetryDestination",
    ),
    "BetaDeletedTelemetryDestinationWorkspace": (
        "_models.deleted_telemetry_destination_workspace",
        "DeletedTelemetryDestinationWorkspace",
    ),
    "BetaDeletedUserProfile": ("_models.deleted_user_profile", "DeletedUserProfile"),
    "BetaDeploymentListParams": ("_params.deployment_list_params", "DeploymentListParams"),
    "BetaDeploymentRunListParams": (
        "_params.deployment_run_list_params",
        "DeploymentRunListParams",
    ),
    "BetaDiagnostics": ("_models.diagnostics", "Diagnostics"),
    "BetaDiagnosticsParam": ("_params.diagnostics_param", "DiagnosticsParam"),
    "BetaDirectCaller": ("_models.direct_caller", "DirectCaller"),
    "BetaDirectCallerParam": ("_params.direct_caller_param", "DirectCallerParam"),
    "BetaDocumentBlock": ("_models.document_block", "DocumentBlock"),
    "BetaDocumentBlockParam": ("_params.document_block_param", "DocumentBlockParam"),
    "BetaDocumentSource": ("_models.document_source", "DocumentSource"),
    "BetaDocumentSourceParam": ("_params.document_source_param", "DocumentSourceParam"),
    "BetaDrainingExternalStorageStatus": (
        "_models.draining_external_storage_status",
        "DrainingExternalStorageStatus",
    ),
    "BetaDream": ("_models.dream", "Dream"),
    "BetaDreamCreateParams": ("_params.dream_create_params", "DreamCreateParams"),
    "BetaDreamError": ("_models.dream_error", "DreamError"),
    "BetaDreamErrorObject": ("_models.dream_error", "DreamError"),
    "BetaDreamInput": ("_models.dream_input", "DreamInput"),
    "BetaDreamInputParam": ("_params.dream_input_param", "DreamInputParam"),
    "BetaDreamListParams": ("_params.dream_list_params", "DreamListParams"),
    "BetaDreamMemoryStoreInput": ("_models.dream_memory_store_input", "DreamMemoryStoreInput"),
    "BetaDreamMemoryStoreInputParam": (
        "_params.dream_memory_store_input_param",
        "DreamMemoryStoreInputParam",
    ),
    "BetaDreamMemoryStoreOutput": ("_models.dream_memory_store_output", "DreamMemoryStoreOutput"),
    "BetaDreamModelConfig": ("_models.dream_model_config", "DreamModelConfig"),
    "BetaDreamModelConfigParam": ("_params.dream_model_config_params", "DreamModelConfigParams"),
    "BetaDreamModelConfigParams": ("_params.dream_model_config_params", "DreamModelConfigParams"),
    "BetaDreamModelParams": ("_params.dream_model_params", "DreamModelParams"),
    "BetaDreamOutput": ("_models.dream_memory_store_output", "DreamMemoryStoreOutput"),
    "BetaDreamPage": ("_models.dream_page", "DreamPage"),
    "BetaDreamSessionsInput": ("_models.dream_sessions_input", "DreamSessionsInput"),
    "BetaDreamSessionsInputParam": (
        "_params.dream_sessions_input_param",
        "DreamSessionsInputParam",
    ),
    "BetaDreamStatus": ("_models.dream_status", "DreamStatus"),
    "BetaDreamStatusParam": ("_params.dream_status_param", "DreamStatusParam"),
    "BetaDreamUsage": ("_models.dream_usage", "DreamUsage"),
    "BetaEffectiveListParams": ("_params.beta_effective_list_params", "BetaEffectiveListParams"),
    "BetaEffortCapability": ("_models.effort_capability", "EffortCapability"),
    "BetaEffortLevel": ("_params.effort_level_param", "EffortLevelParam"),
    "BetaEffortLevelParam": ("_params.effort_level_param", "EffortLevelParam"),
    "BetaEmailDomainNotAllowedErrorDetails": (
        "_models.email_domain_not_allowed_error_details",
        "EmailDomainNotAllowedErrorDetails",
    ),
    "BetaEncryptedCodeExecutionResultBlock": (
        "_models.encrypted_code_execution_result_block",
        "EncryptedCodeExecutionResultBlock",
    ),
    "BetaEncryptedCodeExecutionResultBlockParam": (
        "_params.encrypted_code_execution_result_block_param",
        "EncryptedCodeExecutionResultBlockParam",
    ),
    "BetaEnforcedSpendLimitReachedErrorDetails": (
        "_models.enforced_spend_limit_reached_error_details",
        "EnforcedSpendLimitReachedErrorDetails",
    ),
    "BetaEnvironment": ("_models.environment", "Environment"),
    "BetaEnvironmentArchivedError": ("._error_classes", "BetaEnvironmentArchivedError"),
    "BetaEnvironmentArchivedErrorDetails": (
        "_models.environment_archived_error_details",
        "EnvironmentArchivedErrorDetails",
    ),
    "BetaEnvironmentConfig": ("_models.environment_config", "EnvironmentConfig"),
    "BetaEnvironmentConfigParams": ("_params.environment_config_params", "EnvironmentConfigParams"),
    "BetaEnvironmentCreateDisabledError": ("._error_classes", "BetaEnvironmentCreateDisabledError"),
    "BetaEnvironmentCreateDisabledErrorDetails": (
        "_models.environment_create_disabled_error_details",
        "EnvironmentCreateDisabledErrorDetails",
    ),
    "BetaEnvironmentDeleteResponse": (
        "_models.environment_delete_response",
        "EnvironmentDeleteResponse",
    ),
    "BetaEnvironmentListParams": ("_params.environment_list_params", "EnvironmentListParams"),
    "BetaEnvironmentListResponse": ("_models.environment_list_response", "EnvironmentListResponse"),
    "BetaEnvironmentNotFoundError": ("._error_classes", "BetaEnvironmentNotFoundError"),
    "BetaEnvironmentNotFoundErrorDetails": (
        "_models.environment_not_found_error_details",
        "EnvironmentNotFoundErrorDetails",
    ),
    "BetaEnvironmentScope": ("_models.environment_scope", "EnvironmentScope"),
    "BetaEnvironmentUpdateDisabledError": ("._error_classes", "BetaEnvironmentUpdateDisabledError"),
    "BetaEnvironmentUpdateDisabledErrorDetails": (
        "_models.environment_update_disabled_error_details",
        "EnvironmentUpdateDisabledErrorDetails",
    ),
    "BetaErrorDetails": ("_models.error_details", "ErrorDetails"),
    "BetaErrorEvent": ("_models.error_event", "ErrorEvent"),
    "BetaErrorObject": ("_models.error_object", "ErrorObject"),
    "BetaErrorResponse": ("_models.error_response", "ErrorResponse"),
    "BetaErrorType": ("_models.error_type", "ErrorType"),
    "BetaEventListParams": ("_params.event_list_params", "EventListParams"),
    "BetaEventStreamParams": ("_params.event_stream_params", "EventStreamParams"),
    "BetaExternalKey": ("_models.external_key", "ExternalKey"),
    "BetaExternalKeyAttachedAttachment": (
        "_models.external_key_attached_attachment",
        "ExternalKeyAttachedAttachment",
    ),
    "BetaExternalKeyAttachment": ("_models.external_key_attachment", "ExternalKeyAttachment"),
    "BetaExternalKeyChangedErrorDetails": (
        "_models.external_key_changed_error_details",
        "ExternalKeyChangedErrorDetails",
    ),
    "BetaExternalKeyCreateParams": (
        "_params.beta_external_key_create_params",
        "BetaExternalKeyCreateParams",
    ),
    "BetaExternalKeyDeleteResponse": (
        "_models.external_key_delete_response",
        "ExternalKeyDeleteResponse",
    ),
    "BetaExternalKeyInWorkspacePolicyErrorDetails": (
        "_models.external_key_in_workspace_policy_error_details",
        "ExternalKeyInWorkspacePolicyErrorDetails",
    ),
    "BetaExternalKeyListParams": (
        "_params.beta_external_key_list_params",
        "BetaExternalKeyListParams",
    ),
    "BetaExternalKeyNotFoundErrorDetails": (
        "_models.external_key_not_found_error_details",
        "ExternalKeyNotFoundErrorDetails",
    ),
    "BetaExternalKeyPage": ("_models.external_key_page", "ExternalKeyPage"),
    "BetaExternalKeyProviderConfig": (
        "_models.external_key_provider_config",
        "ExternalKeyProviderConfig",
    ),
    "BetaExternalKeyProviderConfigParam": (
        "_params.external_key_provider_config_param",
        "ExternalKeyProviderConfigParam",
    ),
    "BetaExternalKeyProviderMismatchErrorDetails": (
        "_models.external_key_provider_mismatch_error_details",
        "ExternalKeyProviderMismatchErrorDetails",
    ),
    "BetaExternalKeyUnattachedAttachment": (
        "_models.external_key_unattached_attachment",
        "ExternalKeyUnattachedAttachment",
    ),
    "BetaExternalKeyUpdateParams": (
        "_params.beta_external_key_update_params",
        "BetaExternalKeyUpdateParams",
    ),
    "BetaExternalKeyValidateResponse": (
        "_models.external_key_validate_response",
        "ExternalKeyValidateResponse",
    ),
    "BetaExternalKeyValidateResponseStatus": (
        "_models.external_key_validate_response_status",
        "ExternalKeyValidateResponseStatus",
    ),
    "BetaExternalKeyValidationFailedErrorDetails": (
        "_models.external_key_validation_failed_error_details",
        "ExternalKeyValidationFailedErrorDetails",
    ),
    "BetaExternalKeyValidationTimedOutErrorDetails": (
        "_models.external_key_validation_timed_out_error_details",
        "ExternalKeyValidationTimedOutErrorDetails",
    ),
    "BetaExternalStorage": ("_models.external_storage", "ExternalStorage"),
    "BetaExternalStorageCreateParams": (
        "_params.external_storage_create_params",
        "ExternalStorageCreateParams",
    ),
    "BetaExternalStorageFailedCheck": (
        "_models.external_storage_failed_check",
        "ExternalStorageFailedCheck",
    ),
    "BetaExternalStorageFailedCheckCheck": (
        "_models.external_storage_failed_check_check",
        "ExternalStorageFailedCheckCheck",
    ),
    "BetaExternalStorageFailedCheckRole": (
        "_models.external_storage_failed_check_role",
        "ExternalStorageFailedCheckRole",
    ),
    "BetaExternalStorageInUseErrorDetails": (
        "_models.external_storage_in_use_error_details",
        "ExternalStorageInUseErrorDetails",
    ),
    "BetaExternalStorageInWorkspacePolicyErrorDetails": (
        "_models.external_storage_in_workspace_policy_error_details",
        "ExternalStorageInWorkspacePolicyErrorDetails",
    ),
    "BetaExternalStorageListParams": (
        "_params.external_storage_list_params",
        "ExternalStorageListParams",
    ),
    "BetaExternalStorageMember": ("_models.external_storage_member", "ExternalStorageMember"),
    "BetaExternalStorageMemberParam": (
        "_params.external_storage_member_param",
        "ExternalStorageMemberParam",
    ),
    "BetaExternalStorageNotAvailableErrorDetails": (
        "_models.external_storage_not_available_error_details",
        "ExternalStorageNotAvailableErrorDetails",
    ),
    "BetaExternalStoragePage": ("_models.external_storage_page", "ExternalStoragePage"),
    "BetaExternalStorageProviderConfig": (
        "_models.external_storage_provider_config",
        "ExternalStorageProviderConfig",
    ),
    "BetaExternalStorageProviderConfigParam": (
        "_params.external_storage_provider_config_param",
        "ExternalStorageProviderConfigParam",
    ),
    "BetaExternalStorageStatus": ("_models.external_storage_status", "ExternalStorageStatus"),
    "BetaExternalStorageUpdateParams": (
        "_params.external_storage_update_params",
        "ExternalStorageUpdateParams",
    ),
    "BetaFallbackBlock": ("_models.fallback_block", "FallbackBlock"),
    "BetaFallbackBlockParam": ("_params.fallback_block_param", "FallbackBlockParam"),
    "BetaFallbackConfigParam": ("_params.fallback_config_param", "FallbackConfigParam"),
    "BetaFallbackCreditNotApplied": (
        "_models.fallback_credit_not_applied",
        "FallbackCreditNotApplied",
    ),
    "BetaFallbackCreditNotAppliedReason": (
        "_models.fallback_credit_not_applied_reason",
        "FallbackCreditNotAppliedReason",
    ),
    "BetaFallbackCreditRedeemed": ("_models.fallback_credit_redeemed", "FallbackCreditRedeemed"),
    "BetaFallbackCreditStatus": ("_models.fallback_credit_status", "FallbackCreditStatus"),
    "BetaFallbackCreditToken": ("_params.fallback_credit_token", "FallbackCreditToken"),
    "BetaFallbackCreditTokenParam": (
        "_params.fallback_credit_token_param",
        "FallbackCreditTokenParam",
    ),
    "BetaFallbackCreditUsage": ("_models.fallback_credit_usage", "FallbackCreditUsage"),
    "BetaFallbackHopInfo": ("_models.fallback_hop_info", "FallbackHopInfo"),
    "BetaFallbackHopInfoParam": ("_params.fallback_hop_info_param", "FallbackHopInfoParam"),
    "BetaFallbackInfo": ("_models.fallback_hop_info", "FallbackHopInfo"),
    "BetaFallbackInfoParam": ("_params.fallback_hop_info_param", "FallbackHopInfoParam"),
    "BetaFallbackMessageIterationUsage": (
        "_models.fallback_message_iteration_usage",
        "FallbackMessageIterationUsage",
    ),
    "BetaFallbackParam": ("_params.fallback_config_param", "FallbackConfigParam"),
    "BetaFallbackRefusalTrigger": ("_models.fallback_refusal_trigger", "FallbackRefusalTrigger"),
    "BetaFallbacks": ("_params.fallbacks", "Fallbacks"),
    "BetaFallbacksParam": ("_params.fallbacks", "Fallbacks"),
    "BetaFederationIssuer": ("_models.federation_issuer", "FederationIssuer"),
    "BetaFederationIssuerPage": ("_models.federation_issuer_page", "FederationIssuerPage"),
    "BetaFederationIssuerPollStatus": (
        "_models.federation_issuer_poll_status",
        "FederationIssuerPollStatus",
    ),
    "BetaFederationJWKS": ("_models.federation_jwks", "FederationJWKS"),
    "BetaFederationJWKSParam": ("_params.federation_jwks_param", "FederationJWKSParam"),
    "BetaFederationRule": ("_models.federation_rule", "FederationRule"),
    "BetaFederationRuleMatch": ("_models.federation_rule_match", "FederationRuleMatch"),
    "BetaFederationRuleMatchParam": (
        "_params.federation_rule_match_param",
        "FederationRuleMatchParam",
    ),
    "BetaFederationRulePage": ("_models.federation_rule_page", "FederationRulePage"),
    "BetaFederationRuleWorkspace": ("_models.federation_rule_workspace", "FederationRuleWorkspace"),
    "BetaFederationRuleWorkspaceAddParams": (
        "_params.beta_federation_rule_workspace_add_params",
        "BetaFederationRuleWorkspaceAddParams",
    ),
    "BetaFederationRuleWorkspacePage": (
        "_models.federation_rule_workspace_page",
        "FederationRuleWorkspacePage",
    ),
    "BetaFederationRuleWorkspaceRemoveResponse": (
        "_models.federation_rule_workspace_remove_response",
        "FederationRuleWorkspaceRemoveResponse",
    ),
    "BetaFileDocumentSourceParam": (
        "_params.file_document_source_param",
        "FileDocumentSourceParam",
    ),
    "BetaFileExpiredErrorDetails": (
        "_models.file_expired_error_details",
        "FileExpiredErrorDetails",
    ),
    "BetaFileImageSourceParam": ("_params.file_image_source_param", "FileImageSourceParam"),
    "BetaFileListParams": ("_params.beta_file_list_params", "BetaFileListParams"),
    "BetaFileMetadata": ("_models.file_metadata", "FileMetadata"),
    "BetaFileMetadataPage": ("_models.file_metadata_page", "FileMetadataPage"),
    "BetaFileNotDownloadableErrorDetails": (
        "_models.file_not_downloadable_error_details",
        "FileNotDownloadableErrorDetails",
    ),
    "BetaFileScope": ("_models.file_scope", "FileScope"),
    "BetaFileUploadParams": ("_params.beta_file_upload_params", "BetaFileUploadParams"),
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
    "BetaGCPProjectControlledByAnotherOrganizationErrorDetails": (
        "_models.gcp_project_controlled_by_another_organization_error_details",
        "GCPProjectControlledByAnotherOrganizationErrorDetails",
    ),
    "BetaGCPProjectNotVerifiedErrorDetails": (
        "_models.gcp_project_not_verified_error_details",
        "GCPProjectNotVerifiedErrorDetails",
    ),
    "BetaGatewayTimeoutError": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "BetaGatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "BetaGoogleManagedBucketReference": (
        "_models.google_managed_bucket_reference",
        "GoogleManagedBucketReference",
    ),
    "BetaGoogleManagedBucketReferenceParam": (
        "_params.google_managed_bucket_reference_param",
        "GoogleManagedBucketReferenceParam",
    ),
    "BetaGoogleManagedCMEKControl": (
        "_models.google_managed_cmek_control",
        "GoogleManagedCMEKControl",
    ),
    "BetaGoogleManagedCMEKControlParams": (
        "_params.google_managed_cmek_control_params",
        "GoogleManagedCMEKControlParams",
    ),
    "BetaGoogleManagedCMEKDisabled": (
        "_models.google_managed_cmek_disabled",
        "GoogleManagedCMEKDisabled",
    ),
    "BetaGoogleManagedCMEKDisabledParams": (
        "_params.google_managed_cmek_disabled_params",
        "GoogleManagedCMEKDisabledParams",
    ),
    "BetaGoogleManagedCMEKEnabled": (
        "_models.google_managed_cmek_enabled",
        "GoogleManagedCMEKEnabled",
    ),
    "BetaGoogleManagedCMEKEnabledParams": (
        "_params.google_managed_cmek_enabled_params",
        "GoogleManagedCMEKEnabledParams",
    ),
    "BetaGoogleManagedCMEKRegionActive": (
        "_models.google_managed_cmek_region_active",
        "GoogleManagedCMEKRegionActive",
    ),
    "BetaGoogleManagedCMEKRegionFailed": (
        "_models.google_managed_cmek_region_failed",
        "GoogleManagedCMEKRegionFailed",
    ),
    "BetaGoogleManagedCMEKRegionNotConfigured": (
        "_models.google_managed_cmek_region_not_configured",
        "GoogleManagedCMEKRegionNotConfigured",
    ),
    "BetaGoogleManagedCMEKRegionPending": (
        "_models.google_managed_cmek_region_pending",
        "GoogleManagedCMEKRegionPending",
    ),
    "BetaGoogleManagedCMEKRegionStatus": (
        "_models.google_managed_cmek_region_status",
        "GoogleManagedCMEKRegionStatus",
    ),
    "BetaGoogleManagedCMEKRegionSuspended": (
        "_models.google_managed_cmek_region_suspended",
        "GoogleManagedCMEKRegionSuspended",
    ),
    "BetaGoogleManagedDataControls": (
        "_models.google_managed_data_controls",
        "GoogleManagedDataControls",
    ),
    "BetaGoogleManagedDataControlsUpdateParams": (
        "_params.google_managed_data_controls_update_params",
        "GoogleManagedDataControlsUpdateParams",
    ),
    "BetaGoogleManagedProjectBucketReferenceParam": (
        "_params.google_managed_project_bucket_reference_param",
        "GoogleManagedProjectBucketReferenceParam",
    ),
    "BetaGoogleManagedProjectCMEKControl": (
        "_models.google_managed_project_cmek_control",
        "GoogleManagedProjectCMEKControl",
    ),
    "BetaGoogleManagedProjectCMEKControlParam": (
        "_params.google_managed_project_cmek_control_param",
        "GoogleManagedProjectCMEKControlParam",
    ),
    "BetaGoogleManagedProjectCMEKDisabled": (
        "_models.google_managed_project_cmek_disabled",
        "GoogleManagedProjectCMEKDisabled",
    ),
    "BetaGoogleManagedProjectCMEKDisabledParam": (
        "_params.google_managed_project_cmek_disabled_param",
        "GoogleManagedProjectCMEKDisabledParam",
    ),
    "BetaGoogleManagedProjectCMEKEnabled": (
        "_models.google_managed_project_cmek_enabled",
        "GoogleManagedProjectCMEKEnabled",
    ),
    "BetaGoogleManagedProjectCMEKEnabledParam": (
        "_params.google_managed_project_cmek_enabled_param",
        "GoogleManagedProjectCMEKEnabledParam",
    ),
    "BetaGoogleManagedProjectCMEKRegionActive": (
        "_models.google_managed_project_cmek_region_active",
        "GoogleManagedProjectCMEKRegionActive",
    ),
    "BetaGoogleManagedProjectCMEKRegionFailed": (
        "_models.google_managed_project_cmek_region_failed",
        "GoogleManagedProjectCMEKRegionFailed",
    ),
    "BetaGoogleManagedProjectCMEKRegionNotConfigured": (
        "_models.google_managed_project_cmek_region_not_configured",
        "GoogleManagedProjectCMEKRegionNotConfigured",
    ),
    "BetaGoogleManagedProjectCMEKRegionPending": (
        "_models.google_managed_project_cmek_region_pending",
        "GoogleManagedProjectCMEKRegionPending",
    ),
    "BetaGoogleManagedProjectCMEKRegionStatus": (
        "_models.google_managed_project_cmek_region_status",
        "GoogleManagedProjectCMEKRegionStatus",
    ),
    "BetaGoogleManagedProjectCMEKRegionSuspended": (
        "_models.google_managed_project_cmek_region_suspended",
        "GoogleManagedProjectCMEKRegionSuspended",
    ),
    "BetaGoogleManagedProjectDataControls": (
        "_models.google_managed_project_data_controls",
        "GoogleManagedProjectDataControls",
    ),
    "BetaGoogleManagedProjectEffectiveBucket": (
        "_models.google_managed_project_effective_bucket",
        "GoogleManagedProjectEffectiveBucket",
    ),
    "BetaGoogleManagedProjectRetiredBucket": (
        "_models.google_managed_project_retired_bucket",
        "GoogleManagedProjectRetiredBucket",
    ),
    "BetaGoogleManagedProjectRetiredKey": (
        "_models.google_managed_project_retired_key",
        "GoogleManagedProjectRetiredKey",
    ),
    "BetaGoogleManagedProjectStorageBucket": (
        "_models.google_managed_project_storage_bucket",
        "GoogleManagedProjectStorageBucket",
    ),
    "BetaGoogleManagedProjectStorageControl": (
        "_models.google_managed_project_storage_control",
        "GoogleManagedProjectStorageControl",
    ),
    "BetaGoogleManagedProjectStorageControlParam": (
        "_params.google_managed_project_storage_control_param",
        "GoogleManagedProjectStorageControlParam",
    ),
    "BetaGoogleManagedProjectStorageDisabled": (
        "_models.google_managed_project_storage_disabled",
        "GoogleManagedProjectStorageDisabled",
    ),
    "BetaGoogleManagedProjectStorageDisabledParam": (
        "_params.google_managed_project_storage_disabled_param",
        "GoogleManagedProjectStorageDisabledParam",
    ),
    "BetaGoogleManagedProjectStorageEnabled": (
        "_models.google_managed_project_storage_enabled",
        "GoogleManagedProjectStorageEnabled",
    ),
    "BetaGoogleManagedProjectStorageEnabledParam": (
        "_params.google_managed_project_storage_enabled_param",
        "GoogleManagedProjectStorageEnabledParam",
    ),
    "BetaGoogleManagedProjectStorageFailedCheck": (
        "_models.google_managed_project_storage_failed_check",
        "GoogleManagedProjectStorageFailedCheck",
    ),
    "BetaGoogleManagedProjectStorageFailedCheckCheck": (
        "_models.google_managed_project_storage_failed_check_check",
        "GoogleManagedProjectStorageFailedCheckCheck",
    ),
    "BetaGoogleManagedProjectStorageFailedCheckRole": (
        "_models.google_managed_project_storage_failed_check_role",
        "GoogleManagedProjectStorageFailedCheckRole",
    ),
    "BetaGoogleManagedProjectStorageRegionActive": (
        "_models.google_managed_project_storage_region_active",
        "GoogleManagedProjectStorageRegionActive",
    ),
    "BetaGoogleManagedProjectStorageRegionFailed": (
        "_models.google_managed_project_storage_region_failed",
        "GoogleManagedProjectStorageRegionFailed",
    ),
    "BetaGoogleManagedProjectStorageRegionNotConfigured": (
        "_models.google_managed_project_storage_region_not_configured",
        "GoogleManagedProjectStorageRegionNotConfigured",
    ),
    "BetaGoogleManagedProjectStorageRegionPending": (
        "_models.google_managed_project_storage_region_pending",
        "GoogleManagedProjectStorageRegionPending",
    ),
    "BetaGoogleManagedProjectStorageRegionStatus": (
        "_models.google_managed_project_storage_region_status",
        "GoogleManagedProjectStorageRegionStatus",
    ),
    "BetaGoogleManagedProjectStorageRegionSuspended": (
        "_models.google_managed_project_storage_region_suspended",
        "GoogleManagedProjectStorageRegionSuspended",
    ),
    "BetaGoogleManagedRetiredBucket": (
        "_models.google_managed_retired_bucket",
        "GoogleManagedRetiredBucket",
    ),
    "BetaGoogleManagedRetiredKey": (
        "_models.google_managed_retired_key",
        "GoogleManagedRetiredKey",
    ),
    "BetaGoogleManagedStorageBucket": (
        "_models.google_managed_storage_bucket",
        "GoogleManagedStorageBucket",
    ),
    "BetaGoogleManagedStorageControl": (
        "_models.google_managed_storage_control",
        "GoogleManagedStorageControl",
    ),
    "BetaGoogleManagedStorageControlParams": (
        "_params.google_managed_storage_control_params",
        "GoogleManagedStorageControlParams",
    ),
    "BetaGoogleManagedStorageDisabled": (
        "_models.google_managed_storage_disabled",
        "GoogleManagedStorageDisabled",
    ),
    "BetaGoogleManagedStorageDisabledParams": (
        "_params.google_managed_storage_disabled_params",
        "GoogleManagedStorageDisabledParams",
    ),
    "BetaGoogleManagedStorageEnabled": (
        "_models.google_managed_storage_enabled",
        "GoogleManagedStorageEnabled",
    ),
    "BetaGoogleManagedStorageEnabledParams": (
        "_params.google_managed_storage_enabled_params",
        "GoogleManagedStorageEnabledParams",
    ),
    "BetaGoogleManagedStorageFailedCheck": (
        "_models.google_managed_storage_failed_check",
        "GoogleManagedStorageFailedCheck",
    ),
    "BetaGoogleManagedStorageFailedCheckCheck": (
        "_models.google_managed_storage_failed_check_check",
        "GoogleManagedStorageFailedCheckCheck",
    ),
    "BetaGoogleManagedStorageFailedCheckRole": (
        "_models.google_managed_storage_failed_check_role",
        "GoogleManagedStorageFailedCheckRole",
    ),
    "BetaGoogleManagedStorageRegionActive": (
        "_models.google_managed_storage_region_active",
        "GoogleManagedStorageRegionActive",
    ),
    "BetaGoogleManagedStorageRegionFailed": (
        "_models.google_managed_storage_region_failed",
        "GoogleManagedStorageRegionFailed",
    ),
    "BetaGoogleManagedStorageRegionNotConfigured": (
        "_models.google_managed_storage_region_not_configured",
        "GoogleManagedStorageRegionNotConfigured",
    ),
    "BetaGoogleManagedStorageRegionPending": (
        "_models.google_managed_storage_region_pending",
        "GoogleManagedStorageRegionPending",
    ),
    "BetaGoogleManagedStorageRegionStatus": (
        "_models.google_managed_storage_region_status",
        "GoogleManagedStorageRegionStatus",
    ),
    "BetaGoogleManagedStorageRegionSuspended": (
        "_models.google_managed_storage_region_suspended",
        "GoogleManagedStorageRegionSuspended",
    ),
    "BetaGrantRequiredErrorDetails": (
        "_models.grant_required_error_details",
        "GrantRequiredErrorDetails",
    ),
    "BetaHeartbeatPreconditionFailedErrorDetails": (
        "_models.heartbeat_precondition_failed_error_details",
        "HeartbeatPreconditionFailedErrorDetails",
    ),
    "BetaHumanReviewNotAvailableError": ("._error_classes", "BetaHumanReviewNotAvailableError"),
    "BetaHumanReviewNotAvailableErrorDetails": (
        "_models.human_review_not_available_error_details",
        "HumanReviewNotAvailableErrorDetails",
    ),
    "BetaHumanReviewOnWithExternalStorageErrorDetails": (
        "_models.human_review_on_with_external_storage_error_details",
        "HumanReviewOnWithExternalStorageErrorDetails",
    ),
    "BetaImageBlockParam": ("_params.image_block_param", "ImageBlockParam"),
    "BetaImageDimensionsTooLargeErrorDetails": (
        "_models.image_dimensions_too_large_error_details",
        "ImageDimensionsTooLargeErrorDetails",
    ),
    "BetaImageSourceParam": ("_params.image_source_param", "ImageSourceParam"),
    "BetaImageTransformationsParam": (
        "_params.image_transformations_param",
        "ImageTransformationsParam",
    ),
    "BetaIncreaseRequestApproveParams": (
        "_params.beta_increase_request_approve_params",
        "BetaIncreaseRequestApproveParams",
    ),
    "BetaIncreaseRequestApproveResponse": (
        "_models.increase_request_approve_response",
        "IncreaseRequestApproveResponse",
    ),
    "BetaIncreaseRequestDenyParams": (
        "_params.beta_increase_request_deny_params",
        "BetaIncreaseRequestDenyParams",
    ),
    "BetaIncreaseRequestListParams": (
        "_params.beta_increase_request_list_params",
        "BetaIncreaseRequestListParams",
    ),
    "BetaInferenceDataPrivacy": ("_models.inference_data_privacy", "InferenceDataPrivacy"),
    "BetaInferenceDataPrivacyParam": (
        "_params.inference_data_privacy_param",
        "InferenceDataPrivacyParam",
    ),
    "BetaInputJSONDelta": ("_models.input_json_delta", "InputJSONDelta"),
    "BetaInputJsonDelta": ("_models.input_json_delta", "InputJSONDelta"),
    "BetaInputTokensClearAtLeastParam": (
        "_params.input_tokens_clear_at_least_param",
        "InputTokensClearAtLeastParam",
    ),
    "BetaInputTokensTriggerParam": (
        "_params.input_tokens_trigger_param",
        "InputTokensTriggerParam",
    ),
    "BetaInputTransformation": ("_models.input_transformation", "InputTransformation"),
    "BetaInputTransformationReason": (
        "_models.input_transformation_reason",
        "InputTransformationReason",
    ),
    "BetaInstallationSettingListParams": (
        "_params.installation_setting_list_params",
        "InstallationSettingListParams",
    ),
    "BetaInternalStorage": ("_models.internal_storage", "InternalStorage"),
    "BetaInternalStorageParam": ("_params.internal_storage_param", "InternalStorageParam"),
    "BetaInvalidConfigTypeChangeError": ("._error_classes", "BetaInvalidConfigTypeChangeError"),
    "BetaInvalidConfigTypeChangeErrorDetails": (
        "_models.invalid_config_type_change_error_details",
        "InvalidConfigTypeChangeErrorDetails",
    ),
    "BetaInvalidMetadataError": ("._error_classes", "BetaInvalidMetadataError"),
    "BetaInvalidMetadataErrorDetails": (
        "_models.invalid_metadata_error_details",
        "InvalidMetadataErrorDetails",
    ),
    "BetaInvalidRequestError": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaInvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaInvalidStorageARNErrorDetails": (
        "_models.invalid_storage_arn_error_details",
        "InvalidStorageARNErrorDetails",
    ),
    "BetaInviteAlreadyExistsErrorDetails": (
        "_models.invite_already_exists_error_details",
        "InviteAlreadyExistsErrorDetails",
    ),
    "BetaInviteCreateParams": ("_params.beta_invite_create_params", "BetaInviteCreateParams"),
    "BetaInviteDeleteResponse": ("_models.invite_delete_response", "InviteDeleteResponse"),
    "BetaInviteListParams": ("_params.beta_invite_list_params", "BetaInviteListParams"),
    "BetaIssuerCreateParams": ("_params.beta_issuer_create_params", "BetaIssuerCreateParams"),
    "BetaIssuerListParams": ("_params.beta_issuer_list_params", "BetaIssuerListParams"),
    "BetaIssuerUpdateParams": ("_params.beta_issuer_update_params", "BetaIssuerUpdateParams"),
    "BetaIterationsUsage": ("_models.iterations_usage", "IterationsUsage"),
    "BetaJSONOutputFormatParam": ("_params.json_output_format_param", "JSONOutputFormatParam"),
    "BetaJWKSDiscovery": ("_models.jwks_discovery", "JWKSDiscovery"),
    "BetaJWKSDiscoveryParam": ("_params.jwks_discovery_param", "JWKSDiscoveryParam"),
    "BetaJWKSExplicitURL": ("_models.jwks_explicit_url", "JWKSExplicitURL"),
    "BetaJWKSExplicitURLParam": ("_params.jwks_explicit_url_param", "JWKSExplicitURLParam"),
    "BetaJWKSInline": ("_models.jwks_inline", "JWKSInline"),
    "BetaJWKSInlineParam": ("_params.jwks_inline_param", "JWKSInlineParam"),
    "BetaKeyProfileMismatchErrorDetails": (
        "_models.key_profile_mismatch_error_details",
        "KeyProfileMismatchErrorDetails",
    ),
    "BetaKnownBeta": ("_params.known_beta_param", "KnownBetaParam"),
    "BetaKnownBetaParam": ("_params.known_beta_param", "KnownBetaParam"),
    "BetaKnownModel": ("_models.known_model", "KnownModel"),
    "BetaKnownModelParam": ("_params.known_model_param", "KnownModelParam"),
    "BetaLimitedNetwork": ("_models.limited_network", "LimitedNetwork"),
    "BetaLimitedNetworkParams": ("_params.limited_network_params", "LimitedNetworkParams"),
    "BetaLinkedOrganizationBillingUnavailableErrorDetails": (
        "_models.linked_organization_billing_unavailable_error_details",
        "LinkedOrganizationBillingUnavailableErrorDetails",
    ),
    "BetaLinkedOrganizationSpendLimitReachedErrorDetails": (
        "_models.linked_organization_spend_limit_reached_error_details",
        "LinkedOrganizationSpendLimitReachedErrorDetails",
    ),
    "BetaMCPServerToolConfigurationParam": (
        "_params.mcp_server_tool_configuration_param",
        "MCPServerToolConfigurationParam",
    ),
    "BetaMCPServerURLDefinitionParam": (
        "_params.mcp_server_url_definition_param",
        "MCPServerURLDefinitionParam",
    ),
    "BetaMCPTool": ("_models.mcp_tool", "MCPTool"),
    "BetaMCPToolConfig": ("_models.mcp_tool_config", "MCPToolConfig"),
    "BetaMCPToolConfigParam": ("_params.mcp_tool_config_param", "MCPToolConfigParam"),
    "BetaMCPToolDefaultConfig": ("_models.mcp_tool_default_config", "MCPToolDefaultConfig"),
    "BetaMCPToolDefaultConfigParam": (
        "_params.mcp_tool_default_config_param",
        "MCPToolDefaultConfigParam",
    ),
    "BetaMCPToolListingBlock": ("_models.mcp_tool_listing_block", "MCPToolListingBlock"),
    "BetaMCPToolListingBlockParam": (
        "_params.mcp_tool_listing_block_param",
        "MCPToolListingBlockParam",
    ),
    "BetaMCPToolParam": ("_models.mcp_tool", "MCPTool"),
    "BetaMCPToolParamParam": ("_params.mcp_tool_param", "MCPToolParam"),
    "BetaMCPToolResultBlock": ("_models.mcp_tool_result_block", "MCPToolResultBlock"),
    "BetaMCPToolResultBlockParam": (
        "_params.mcp_tool_result_block_param",
        "MCPToolResultBlockParam",
    ),
    "BetaMCPToolUseBlock": ("_models.mcp_tool_use_block", "MCPToolUseBlock"),
    "BetaMCPToolUseBlockParam": ("_params.mcp_tool_use_block_param", "MCPToolUseBlockParam"),
    "BetaMCPToolset": ("_models.mcp_toolset", "MCPToolset"),
    "BetaMCPToolsetParam": ("_params.mcp_toolset_param", "MCPToolsetParam"),
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServer": (
        "_models.managed_agents_aws_agent_core_gateway_mcp_server",
        "ManagedAgentsAWSAgentCoreGatewayMCPServer",
    ),
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServerParam": (
        "_params.managed_agents_aws_agent_core_gateway_mcp_server_param",
        "ManagedAgentsAWSAgentCoreGatewayMCPServerParam",
    ),
    "BetaManagedAgentsAWSRoleExecutionIdentity": (
        "_models.managed_agents_aws_role_execution_identity",
        "ManagedAgentsAWSRoleExecutionIdentity",
    ),
    "BetaManagedAgentsAWSRoleExecutionIdentityParams": (
        "_params.managed_agents_aws_role_execution_identity_params",
        "ManagedAgentsAWSRoleExecutionIdentityParams",
    ),
    "BetaManagedAgentsActor": ("_models.managed_agents_actor", "ManagedAgentsActor"),
    "BetaManagedAgentsAddSessionResource": (
        "_models.managed_agents_add_session_resource",
        "ManagedAgentsAddSessionResource",
    ),
    "BetaManagedAgentsAddSessionResourceParams": (
        "_params.managed_agents_add_session_resource_params",
        "ManagedAgentsAddSessionResourceParams",
    ),
    "BetaManagedAgentsAdvisor": ("_models.managed_agents_advisor", "ManagedAgentsAdvisor"),
    "BetaManagedAgentsAdvisorParams": (
        "_params.managed_agents_advisor_params",
        "ManagedAgentsAdvisorParams",
    ),
    "BetaManagedAgentsAgent": ("_models.managed_agents_agent", "ManagedAgentsAgent"),
    "BetaManagedAgentsAgentArchivedDeploymentPausedReasonError": (
        "_models.managed_agents_agent_archived_deployment_paused_reason_error",
        "ManagedAgentsAgentArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_agent_archived_deployment_paused_reason_error",
        "ManagedAgentsAgentArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsAgentArchivedRunError": (
        "_models.managed_agents_agent_archived_run_error",
        "ManagedAgentsAgentArchivedRunError",
    ),
    "BetaManagedAgentsAgentArchivedRunErrorObject": (
        "_models.managed_agents_agent_archived_run_error",
        "ManagedAgentsAgentArchivedRunError",
    ),
    "BetaManagedAgentsAgentAutoEvaluatedPermission": (
        "_models.managed_agents_agent_auto_evaluated_permission",
        "ManagedAgentsAgentAutoEvaluatedPermission",
    ),
    "BetaManagedAgentsAgentAutoEvaluatedPermissionAllow": (
        "_models.managed_agents_agent_auto_evaluated_permission_allow",
        "ManagedAgentsAgentAutoEvaluatedPermissionAllow",
    ),
    "BetaManagedAgentsAgentAutoEvaluatedPermissionAsk": (
        "_models.managed_agents_agent_auto_evaluated_permission_ask",
        "ManagedAgentsAgentAutoEvaluatedPermissionAsk",
    ),
    "BetaManagedAgentsAgentAutoEvaluatedPermissionDeny": (
        "_models.managed_agents_agent_auto_evaluated_permission_deny",
        "ManagedAgentsAgentAutoEvaluatedPermissionDeny",
    ),
    "BetaManagedAgentsAgentCustomToolUseEvent": (
        "_models.managed_agents_agent_custom_tool_use_event",
        "ManagedAgentsAgentCustomToolUseEvent",
    ),
    "BetaManagedAgentsAgentEvaluatedPermission": (
        "_models.managed_agents_agent_evaluated_permission",
        "ManagedAgentsAgentEvaluatedPermission",
    ),
    "BetaManagedAgentsAgentMcpToolResultEvent": (
        "_models.managed_agents_agent_mcp_tool_result_event",
        "ManagedAgentsAgentMcpToolResultEvent",
    ),
    "BetaManagedAgentsAgentMcpToolUseEvent": (
        "_models.managed_agents_agent_mcp_tool_use_event",
        "ManagedAgentsAgentMcpToolUseEvent",
    ),
    "BetaManagedAgentsAgentMessageContentBlock": (
        "_models.managed_agents_agent_message_content_block",
        "ManagedAgentsAgentMessageContentBlock",
    ),
    "BetaManagedAgentsAgentMessageEvent": (
        "_models.managed_agents_agent_message_event",
        "ManagedAgentsAgentMessageEvent",
    ),
    "BetaManagedAgentsAgentMessagePreview": (
        "_models.managed_agents_event_start_event_agent_message_preview",
        "ManagedAgentsEventStartEventAgentMessagePreview",
    ),
    "BetaManagedAgentsAgentParams": (
        "_params.managed_agents_agent_params",
        "ManagedAgentsAgentParams",
    ),
    "BetaManagedAgentsAgentReference": (
        "_models.managed_agents_agent_reference",
        "ManagedAgentsAgentReference",
    ),
    "BetaManagedAgentsAgentThinkingEvent": (
        "_models.managed_agents_agent_thinking_event",
        "ManagedAgentsAgentThinkingEvent",
    ),
    "BetaManagedAgentsAgentThinkingPreview": (
        "_models.managed_agents_event_start_event_agent_thinking_preview",
        "ManagedAgentsEventStartEventAgentThinkingPreview",
    ),
    "BetaManagedAgentsAgentThreadContextCompactedEvent": (
        "_models.managed_agents_agent_thread_context_compacted_event",
        "ManagedAgentsAgentThreadContextCompactedEvent",
    ),
    "BetaManagedAgentsAgentThreadMessageReceivedEvent": (
        "_models.managed_agents_agent_thread_message_received_event",
        "ManagedAgentsAgentThreadMessageReceivedEvent",
    ),
    "BetaManagedAgentsAgentThreadMessageSentEvent": (
        "_models.managed_agents_agent_thread_message_sent_event",
        "ManagedAgentsAgentThreadMessageSentEvent",
    ),
    "BetaManagedAgentsAgentTool": ("_models.managed_agents_agent_tool", "ManagedAgentsAgentTool"),
    "BetaManagedAgentsAgentToolConfig": (
        "_models.managed_agents_agent_tool_config_union",
        "ManagedAgentsAgentToolConfigUnion",
    ),
    "BetaManagedAgentsAgentToolConfigParams": (
        "_params.managed_agents_agent_tool_config_union_params",
        "ManagedAgentsAgentToolConfigUnionParams",
    ),
    "BetaManagedAgentsAgentToolConfigUnion": (
        "_models.managed_agents_agent_tool_config_union",
        "ManagedAgentsAgentToolConfigUnion",
    ),
    "BetaManagedAgentsAgentToolConfigUnionParams": (
        "_params.managed_agents_agent_tool_config_union_params",
        "ManagedAgentsAgentToolConfigUnionParams",
    ),
    "BetaManagedAgentsAgentToolEvaluation": (
        "_models.managed_agents_agent_tool_evaluation",
        "ManagedAgentsAgentToolEvaluation",
    ),
    "BetaManagedAgentsAgentToolEvaluationAlwaysAllow": (
        "_models.managed_agents_agent_tool_evaluation_always_allow",
        "ManagedAgentsAgentToolEvaluationAlwaysAllow",
    ),
    "BetaManagedAgentsAgentToolEvaluationAlwaysAsk": (
        "_models.managed_agents_agent_tool_evaluation_always_ask",
        "ManagedAgentsAgentToolEvaluationAlwaysAsk",
    ),
    "BetaManagedAgentsAgentToolEvaluationAuto": (
        "_models.managed_agents_agent_tool_evaluation_auto",
        "ManagedAgentsAgentToolEvaluationAuto",
    ),
    "BetaManagedAgentsAgentToolParams": (
        "_params.managed_agents_agent_tool_params",
        "ManagedAgentsAgentToolParams",
    ),
    "BetaManagedAgentsAgentToolResultEvent": (
        "_models.managed_agents_agent_tool_result_event",
        "ManagedAgentsAgentToolResultEvent",
    ),
    "BetaManagedAgentsAgentToolUseEvent": (
        "_models.managed_agents_agent_tool_use_event",
        "ManagedAgentsAgentToolUseEvent",
    ),
    "BetaManagedAgentsAgentToolset20260401": (
        "_models.managed_agents_agent_toolset20260401",
        "ManagedAgentsAgentToolset20260401",
    ),
    "BetaManagedAgentsAgentToolset20260401BashInput": (
        "_models.managed_agents_agent_toolset20260401_bash_input",
        "ManagedAgentsAgentToolset20260401BashInput",
    ),
    "BetaManagedAgentsAgentToolset20260401EditInput": (
        "_models.managed_agents_agent_toolset20260401_edit_input",
        "ManagedAgentsAgentToolset20260401EditInput",
    ),
    "BetaManagedAgentsAgentToolset20260401GlobInput": (
        "_models.managed_agents_agent_toolset20260401_glob_input",
        "ManagedAgentsAgentToolset20260401GlobInput",
    ),
    "BetaManagedAgentsAgentToolset20260401GrepInput": (
        "_models.managed_agents_agent_toolset20260401_grep_input",
        "ManagedAgentsAgentToolset20260401GrepInput",
    ),
    "BetaManagedAgentsAgentToolset20260401Params": (
        "_params.managed_agents_agent_toolset20260401_params",
        "ManagedAgentsAgentToolset20260401Params",
    ),
    "BetaManagedAgentsAgentToolset20260401ReadInput": (
        "_models.managed_agents_agent_toolset20260401_read_input",
        "ManagedAgentsAgentToolset20260401ReadInput",
    ),
    "BetaManagedAgentsAgentToolset20260401WriteInput": (
        "_models.managed_agents_agent_toolset20260401_write_input",
        "ManagedAgentsAgentToolset20260401WriteInput",
    ),
    "BetaManagedAgentsAgentToolsetDefaultConfig": (
        "_models.managed_agents_agent_toolset_default_config",
        "ManagedAgentsAgentToolsetDefaultConfig",
    ),
    "BetaManagedAgentsAgentToolsetDefaultConfigParams": (
        "_params.managed_agents_agent_toolset_default_config_params",
        "ManagedAgentsAgentToolsetDefaultConfigParams",
    ),
    "BetaManagedAgentsAgentUnionParams": (
        "_params.managed_agents_agent_union_params",
        "ManagedAgentsAgentUnionParams",
    ),
    "BetaManagedAgentsAgentWithOverridesParams": (
        "_params.managed_agents_agent_with_overrides_params",
        "ManagedAgentsAgentWithOverridesParams",
    ),
    "BetaManagedAgentsAlwaysAllowPolicy": (
        "_models.managed_agents_always_allow_policy",
        "ManagedAgentsAlwaysAllowPolicy",
    ),
    "BetaManagedAgentsAlwaysAllowPolicyParam": (
        "_params.managed_agents_always_allow_policy_param",
        "ManagedAgentsAlwaysAllowPolicyParam",
    ),
    "BetaManagedAgentsAlwaysAskPolicy": (
        "_models.managed_agents_always_ask_policy",
        "ManagedAgentsAlwaysAskPolicy",
    ),
    "BetaManagedAgentsAlwaysAskPolicyParam": (
        "_params.managed_agents_always_ask_policy_param",
        "ManagedAgentsAlwaysAskPolicyParam",
    ),
    "BetaManagedAgentsAnthropicSkill": (
        "_models.managed_agents_anthropic_skill",
        "ManagedAgentsAnthropicSkill",
    ),
    "BetaManagedAgentsAnthropicSkillParams": (
        "_params.managed_agents_anthropic_skill_params",
        "ManagedAgentsAnthropicSkillParams",
    ),
    "BetaManagedAgentsApiActor": ("_models.managed_agents_api_actor", "ManagedAgentsApiActor"),
    "BetaManagedAgentsAutoPolicy": (
        "_models.managed_agents_auto_policy",
        "ManagedAgentsAutoPolicy",
    ),
    "BetaManagedAgentsAutoPolicyParam": (
        "_params.managed_agents_auto_policy_param",
        "ManagedAgentsAutoPolicyParam",
    ),
    "BetaManagedAgentsBase64DocumentSource": (
        "_models.managed_agents_base64_document_source",
        "ManagedAgentsBase64DocumentSource",
    ),
    "BetaManagedAgentsBase64DocumentSourceParam": (
        "_params.managed_agents_base64_document_source_param",
        "ManagedAgentsBase64DocumentSourceParam",
    ),
    "BetaManagedAgentsBase64ImageSource": (
        "_models.managed_agents_base64_image_source",
        "ManagedAgentsBase64ImageSource",
    ),
    "BetaManagedAgentsBase64ImageSourceParam": (
        "_params.managed_agents_base64_image_source_param",
        "ManagedAgentsBase64ImageSourceParam",
    ),
    "BetaManagedAgentsBashToolConfig": (
        "_models.managed_agents_bash_tool_config",
        "ManagedAgentsBashToolConfig",
    ),
    "BetaManagedAgentsBashToolConfigParams": (
        "_params.managed_agents_bash_tool_config_params",
        "ManagedAgentsBashToolConfigParams",
    ),
    "BetaManagedAgentsBedrockAgent": (
        "_models.managed_agents_bedrock_agent",
        "ManagedAgentsBedrockAgent",
    ),
    "BetaManagedAgentsBedrockAgentListItem": (
        "_models.managed_agents_bedrock_agent_list_item",
        "ManagedAgentsBedrockAgentListItem",
    ),
    "BetaManagedAgentsBedrockAgentListItemModel": (
        "_models.managed_agents_bedrock_agent_list_item_model",
        "ManagedAgentsBedrockAgentListItemModel",
    ),
    "BetaManagedAgentsBedrockAgentMCPElicitationEvent": (
        "_models.managed_agents_bedrock_agent_mcp_elicitation_event",
        "ManagedAgentsBedrockAgentMCPElicitationEvent",
    ),
    "BetaManagedAgentsBedrockAgentMCPToolResultEvent": (
        "_models.managed_agents_bedrock_agent_mcp_tool_result_event",
        "ManagedAgentsBedrockAgentMCPToolResultEvent",
    ),
    "BetaManagedAgentsBedrockAgentPage": (
        "_models.managed_agents_bedrock_agent_page",
        "ManagedAgentsBedrockAgentPage",
    ),
    "BetaManagedAgentsBedrockAgentTool": (
        "_models.managed_agents_bedrock_agent_tool",
        "ManagedAgentsBedrockAgentTool",
    ),
    "BetaManagedAgentsBedrockAgentToolParams": (
        "_params.managed_agents_bedrock_agent_tool_params",
        "ManagedAgentsBedrockAgentToolParams",
    ),
    "BetaManagedAgentsBedrockAgentToolResultEvent": (
        "_models.managed_agents_bedrock_agent_tool_result_event",
        "ManagedAgentsBedrockAgentToolResultEvent",
    ),
    "BetaManagedAgentsBedrockAgentWithOverridesParams": (
        "_params.managed_agents_bedrock_agent_with_overrides_params",
        "ManagedAgentsBedrockAgentWithOverridesParams",
    ),
    "BetaManagedAgentsBedrockCreateAgentParams": (
        "_params.managed_agents_bedrock_create_agent_params",
        "ManagedAgentsBedrockCreateAgentParams",
    ),
    "BetaManagedAgentsBedrockCreateSessionAgentParams": (
        "_params.managed_agents_bedrock_create_session_agent_params",
        "ManagedAgentsBedrockCreateSessionAgentParams",
    ),
    "BetaManagedAgentsBedrockCreateSessionParams": (
        "_params.managed_agents_bedrock_create_session_params",
        "ManagedAgentsBedrockCreateSessionParams",
    ),
    "BetaManagedAgentsBedrockDocumentBlockParam": (
        "_params.managed_agents_bedrock_document_block_param",
        "ManagedAgentsBedrockDocumentBlockParam",
    ),
    "BetaManagedAgentsBedrockDocumentSourceParam": (
        "_params.managed_agents_bedrock_document_source_param",
        "ManagedAgentsBedrockDocumentSourceParam",
    ),
    "BetaManagedAgentsBedrockEventParams": (
        "_params.managed_agents_bedrock_event_params",
        "ManagedAgentsBedrockEventParams",
    ),
    "BetaManagedAgentsBedrockImageBlockParam": (
        "_params.managed_agents_bedrock_image_block_param",
        "ManagedAgentsBedrockImageBlockParam",
    ),
    "BetaManagedAgentsBedrockInputEvent": (
        "_models.managed_agents_bedrock_input_event",
        "ManagedAgentsBedrockInputEvent",
    ),
    "BetaManagedAgentsBedrockMCPElicitationAccept": (
        "_models.managed_agents_bedrock_mcp_elicitation_accept",
        "ManagedAgentsBedrockMCPElicitationAccept",
    ),
    "BetaManagedAgentsBedrockMCPElicitationAcceptParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_accept_param",
        "ManagedAgentsBedrockMCPElicitationAcceptParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationCancel": (
        "_models.managed_agents_bedrock_mcp_elicitation_cancel",
        "ManagedAgentsBedrockMCPElicitationCancel",
    ),
    "BetaManagedAgentsBedrockMCPElicitationCancelParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_cancel_param",
        "ManagedAgentsBedrockMCPElicitationCancelParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationDecline": (
        "_models.managed_agents_bedrock_mcp_elicitation_decline",
        "ManagedAgentsBedrockMCPElicitationDecline",
    ),
    "BetaManagedAgentsBedrockMCPElicitationDeclineParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_decline_param",
        "ManagedAgentsBedrockMCPElicitationDeclineParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationResponse": (
        "_models.managed_agents_bedrock_mcp_elicitation_response",
        "ManagedAgentsBedrockMCPElicitationResponse",
    ),
    "BetaManagedAgentsBedrockMCPElicitationResponseParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_response_param",
        "ManagedAgentsBedrockMCPElicitationResponseParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationURLRequest": (
        "_models.managed_agents_bedrock_mcp_elicitation_url_request",
        "ManagedAgentsBedrockMCPElicitationURLRequest",
    ),
    "BetaManagedAgentsBedrockMemoryActor": (
        "_models.managed_agents_bedrock_memory_actor",
        "ManagedAgentsBedrockMemoryActor",
    ),
    "BetaManagedAgentsBedrockMemoryStore": (
        "_models.managed_agents_bedrock_memory_store",
        "ManagedAgentsBedrockMemoryStore",
    ),
    "BetaManagedAgentsBedrockMemoryStoreListItem": (
        "_models.managed_agents_bedrock_memory_store_list_item",
        "ManagedAgentsBedrockMemoryStoreListItem",
    ),
    "BetaManagedAgentsBedrockMemoryStorePage": (
        "_models.managed_agents_bedrock_memory_store_page",
        "ManagedAgentsBedrockMemoryStorePage",
    ),
    "BetaManagedAgentsBedrockMemoryStoreResource": (
        "_models.managed_agents_bedrock_memory_store_resource",
        "ManagedAgentsBedrockMemoryStoreResource",
    ),
    "BetaManagedAgentsBedrockMemoryStoreResourceAccess": (
        "_models.managed_agents_bedrock_memory_store_resource_access",
        "ManagedAgentsBedrockMemoryStoreResourceAccess",
    ),
    "BetaManagedAgentsBedrockMemoryVersion": (
        "_models.managed_agents_bedrock_memory_version",
        "ManagedAgentsBedrockMemoryVersion",
    ),
    "BetaManagedAgentsBedrockMemoryVersionPage": (
        "_models.managed_agents_bedrock_memory_version_page",
        "ManagedAgentsBedrockMemoryVersionPage",
    ),
    "BetaManagedAgentsBedrockModelConfigParams": (
        "_params.managed_agents_bedrock_model_config_params",
        "ManagedAgentsBedrockModelConfigParams",
    ),
    "BetaManagedAgentsBedrockModelParams": (
        "_params.managed_agents_bedrock_model_params",
        "ManagedAgentsBedrockModelParams",
    ),
    "BetaManagedAgentsBedrockMultiagentCoordinator": (
        "_models.managed_agents_bedrock_multiagent_coordinator",
        "ManagedAgentsBedrockMultiagentCoordinator",
    ),
    "BetaManagedAgentsBedrockMultiagentCoordinatorParams": (
        "_params.managed_agents_bedrock_multiagent_coordinator_params",
        "ManagedAgentsBedrockMultiagentCoordinatorParams",
    ),
    "BetaManagedAgentsBedrockMultiagentRosterEntryParams": (
        "_params.managed_agents_bedrock_multiagent_roster_entry_params",
        "ManagedAgentsBedrockMultiagentRosterEntryParams",
    ),
    "BetaManagedAgentsBedrockSendSessionEventsParams": (
        "_params.managed_agents_bedrock_send_session_events_params",
        "ManagedAgentsBedrockSendSessionEventsParams",
    ),
    "BetaManagedAgentsBedrockSession": (
        "_models.managed_agents_bedrock_session",
        "ManagedAgentsBedrockSession",
    ),
    "BetaManagedAgentsBedrockSessionActor": (
        "_models.managed_agents_bedrock_session_actor",
        "ManagedAgentsBedrockSessionActor",
    ),
    "BetaManagedAgentsBedrockSessionAgent": (
        "_models.managed_agents_bedrock_session_agent",
        "ManagedAgentsBedrockSessionAgent",
    ),
    "BetaManagedAgentsBedrockSessionAgentUpdateParam": (
        "_params.managed_agents_bedrock_session_agent_update_param",
        "ManagedAgentsBedrockSessionAgentUpdateParam",
    ),
    "BetaManagedAgentsBedrockSessionErrorEvent": (
        "_models.managed_agents_bedrock_session_error_event",
        "ManagedAgentsBedrockSessionErrorEvent",
    ),
    "BetaManagedAgentsBedrockSessionErrorEventError": (
        "_models.managed_agents_bedrock_session_error_event_error",
        "ManagedAgentsBedrockSessionErrorEventError",
    ),
    "BetaManagedAgentsBedrockSessionEvent": (
        "_models.managed_agents_bedrock_session_event",
        "ManagedAgentsBedrockSessionEvent",
    ),
    "BetaManagedAgentsBedrockSessionEventPage": (
        "_models.managed_agents_bedrock_session_event_page",
        "ManagedAgentsBedrockSessionEventPage",
    ),
    "BetaManagedAgentsBedrockSessionEventTypeParam": (
        "_params.managed_agents_bedrock_session_event_type_param",
        "ManagedAgentsBedrockSessionEventTypeParam",
    ),
    "BetaManagedAgentsBedrockSessionListItem": (
        "_models.managed_agents_bedrock_session_list_item",
        "ManagedAgentsBedrockSessionListItem",
    ),
    "BetaManagedAgentsBedrockSessionListItemAgent": (
        "_models.managed_agents_bedrock_session_list_item_agent",
        "ManagedAgentsBedrockSessionListItemAgent",
    ),
    "BetaManagedAgentsBedrockSessionListItemMemoryStoreResource": (
        "_models.managed_agents_bedrock_session_list_item_memory_store_resource",
        "ManagedAgentsBedrockSessionListItemMemoryStoreResource",
    ),
    "BetaManagedAgentsBedrockSessionListItemUsage": (
        "_models.managed_agents_bedrock_session_list_item_usage",
        "ManagedAgentsBedrockSessionListItemUsage",
    ),
    "BetaManagedAgentsBedrockSessionMultiagentCoordinator": (
        "_models.managed_agents_bedrock_session_multiagent_coordinator",
        "ManagedAgentsBedrockSessionMultiagentCoordinator",
    ),
    "BetaManagedAgentsBedrockSessionPage": (
        "_models.managed_agents_bedrock_session_page",
        "ManagedAgentsBedrockSessionPage",
    ),
    "BetaManagedAgentsBedrockSessionResource": (
        "_models.managed_agents_bedrock_session_resource",
        "ManagedAgentsBedrockSessionResource",
    ),
    "BetaManagedAgentsBedrockSessionResourceParams": (
        "_params.managed_agents_bedrock_session_resource_params",
        "ManagedAgentsBedrockSessionResourceParams",
    ),
    "BetaManagedAgentsBedrockSessionThread": (
        "_models.managed_agents_bedrock_session_thread",
        "ManagedAgentsBedrockSessionThread",
    ),
    "BetaManagedAgentsBedrockSessionThreadAgent": (
        "_models.managed_agents_bedrock_session_thread_agent",
        "ManagedAgentsBedrockSessionThreadAgent",
    ),
    "BetaManagedAgentsBedrockSessionThreadPage": (
        "_models.managed_agents_bedrock_session_thread_page",
        "ManagedAgentsBedrockSessionThreadPage",
    ),
    "BetaManagedAgentsBedrockSessionUpdatedEvent": (
        "_models.managed_agents_bedrock_session_updated_event",
        "ManagedAgentsBedrockSessionUpdatedEvent",
    ),
    "BetaManagedAgentsBedrockSystemMessageEvent": (
        "_models.managed_agents_bedrock_system_message_event",
        "ManagedAgentsBedrockSystemMessageEvent",
    ),
    "BetaManagedAgentsBedrockUpdateAgentParams": (
        "_params.managed_agents_bedrock_update_agent_params",
        "ManagedAgentsBedrockUpdateAgentParams",
    ),
    "BetaManagedAgentsBedrockUpdateSessionParams": (
        "_params.managed_agents_bedrock_update_session_params",
        "ManagedAgentsBedrockUpdateSessionParams",
    ),
    "BetaManagedAgentsBedrockUserContentBlockParam": (
        "_params.managed_agents_bedrock_user_content_block_param",
        "ManagedAgentsBedrockUserContentBlockParam",
    ),
    "BetaManagedAgentsBedrockUserCustomToolResultEvent": (
        "_models.managed_agents_bedrock_user_custom_tool_result_event",
        "ManagedAgentsBedrockUserCustomToolResultEvent",
    ),
    "BetaManagedAgentsBedrockUserDefineOutcomeEvent": (
        "_models.managed_agents_bedrock_user_define_outcome_event",
        "ManagedAgentsBedrockUserDefineOutcomeEvent",
    ),
    "BetaManagedAgentsBedrockUserInterruptEvent": (
        "_models.managed_agents_bedrock_user_interrupt_event",
        "ManagedAgentsBedrockUserInterruptEvent",
    ),
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEvent": (
        "_models.managed_agents_bedrock_user_mcp_elicitation_response_event",
        "ManagedAgentsBedrockUserMCPElicitationResponseEvent",
    ),
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEventParams": (
        "_params.managed_agents_bedrock_user_mcp_elicitation_response_event_params",
        "ManagedAgentsBedrockUserMCPElicitationResponseEventParams",
    ),
    "BetaManagedAgentsBedrockUserMessageEvent": (
        "_models.managed_agents_bedrock_user_message_event",
        "ManagedAgentsBedrockUserMessageEvent",
    ),
    "BetaManagedAgentsBedrockUserMessageEventParams": (
        "_params.managed_agents_bedrock_user_message_event_params",
        "ManagedAgentsBedrockUserMessageEventParams",
    ),
    "BetaManagedAgentsBedrockUserToolConfirmationEvent": (
        "_models.managed_agents_bedrock_user_tool_confirmation_event",
        "ManagedAgentsBedrockUserToolConfirmationEvent",
    ),
    "BetaManagedAgentsBillingError": (
        "_models.managed_agents_billing_error",
        "ManagedAgentsBillingError",
    ),
    "BetaManagedAgentsBranchCheckout": (
        "_models.managed_agents_branch_checkout",
        "ManagedAgentsBranchCheckout",
    ),
    "BetaManagedAgentsBranchCheckoutParam": (
        "_params.managed_agents_branch_checkout_param",
        "ManagedAgentsBranchCheckoutParam",
    ),
    "BetaManagedAgentsBudget": ("_models.managed_agents_budget", "ManagedAgentsBudget"),
    "BetaManagedAgentsBudgetLimit": (
        "_models.managed_agents_budget_limit",
        "ManagedAgentsBudgetLimit",
    ),
    "BetaManagedAgentsBudgetLimitParam": (
        "_params.managed_agents_budget_limit_param",
        "ManagedAgentsBudgetLimitParam",
    ),
    "BetaManagedAgentsBudgetParam": (
        "_params.managed_agents_budget_param",
        "ManagedAgentsBudgetParam",
    ),
    "BetaManagedAgentsCacheCreationUsage": (
        "_models.managed_agents_cache_creation_usage",
        "ManagedAgentsCacheCreationUsage",
    ),
    "BetaManagedAgentsCallerIdentity": (
        "_models.managed_agents_caller_identity",
        "ManagedAgentsCallerIdentity",
    ),
    "BetaManagedAgentsCommitCheckout": (
        "_models.managed_agents_commit_checkout",
        "ManagedAgentsCommitCheckout",
    ),
    "BetaManagedAgentsCommitCheckoutParam": (
        "_params.managed_agents_commit_checkout_param",
        "ManagedAgentsCommitCheckoutParam",
    ),
    "BetaManagedAgentsCompactionLimitReachedError": (
        "_models.managed_agents_compaction_limit_reached_error",
        "ManagedAgentsCompactionLimitReachedError",
    ),
    "BetaManagedAgentsContentSha256Precondition": (
        "_params.managed_agents_content_sha256_precondition_param",
        "ManagedAgentsContentSha256PreconditionParam",
    ),
    "BetaManagedAgentsContentSha256PreconditionParam": (
        "_params.managed_agents_content_sha256_precondition_param",
        "ManagedAgentsContentSha256PreconditionParam",
    ),
    "BetaManagedAgentsCreateAgentParams": (
        "_params.managed_agents_create_agent_params",
        "ManagedAgentsCreateAgentParams",
    ),
    "BetaManagedAgentsCreateDeploymentParams": (
        "_params.managed_agents_create_deployment_params",
        "ManagedAgentsCreateDeploymentParams",
    ),
    "BetaManagedAgentsCreateSessionAgentUnionParams": (
        "_params.managed_agents_create_session_agent_union_params",
        "ManagedAgentsCreateSessionAgentUnionParams",
    ),
    "BetaManagedAgentsCreateSessionParams": (
        "_params.managed_agents_create_session_params",
        "ManagedAgentsCreateSessionParams",
    ),
    "BetaManagedAgentsCredential": ("_models.managed_agents_credential", "ManagedAgentsCredential"),
    "BetaManagedAgentsCredentialAuth": (
        "_models.managed_agents_credential_auth",
        "ManagedAgentsCredentialAuth",
    ),
    "BetaManagedAgentsCredentialCreateAuth": (
        "_params.managed_agents_credential_create_auth_param",
        "ManagedAgentsCredentialCreateAuthParam",
    ),
    "BetaManagedAgentsCredentialCreateAuthParam": (
        "_params.managed_agents_credential_create_auth_param",
        "ManagedAgentsCredentialCreateAuthParam",
    ),
    "BetaManagedAgentsCredentialHostUnreachableError": (
        "_models.managed_agents_credential_host_unreachable_error",
        "ManagedAgentsCredentialHostUnreachableError",
    ),
    "BetaManagedAgentsCredentialNetworkingParams": (
        "_params.managed_agents_credential_networking_params",
        "ManagedAgentsCredentialNetworkingParams",
    ),
    "BetaManagedAgentsCredentialNetworkingResponse": (
        "_models.managed_agents_credential_networking_response",
        "ManagedAgentsCredentialNetworkingResponse",
    ),
    "BetaManagedAgentsCredentialRefreshStatus": (
        "_models.managed_agents_credential_refresh_status",
        "ManagedAgentsCredentialRefreshStatus",
    ),
    "BetaManagedAgentsCredentialUpdateAuth": (
        "_params.managed_agents_credential_update_auth_param",
        "ManagedAgentsCredentialUpdateAuthParam",
    ),
    "BetaManagedAgentsCredentialUpdateAuthParam": (
        "_params.managed_agents_credential_update_auth_param",
        "ManagedAgentsCredentialUpdateAuthParam",
    ),
    "BetaManagedAgentsCredentialValidation": (
        "_models.managed_agents_credential_validation",
        "ManagedAgentsCredentialValidation",
    ),
    "BetaManagedAgentsCredentialValidationStatus": (
        "_models.managed_agents_credential_validation_status",
        "ManagedAgentsCredentialValidationStatus",
    ),
    "BetaManagedAgentsCronSchedule": (
        "_models.managed_agents_cron_schedule",
        "ManagedAgentsCronSchedule",
    ),
    "BetaManagedAgentsCronScheduleParams": (
        "_params.managed_agents_cron_schedule_params",
        "ManagedAgentsCronScheduleParams",
    ),
    "BetaManagedAgentsCustomSkill": (
        "_models.managed_agents_custom_skill",
        "ManagedAgentsCustomSkill",
    ),
    "BetaManagedAgentsCustomSkillParams": (
        "_params.managed_agents_custom_skill_params",
        "ManagedAgentsCustomSkillParams",
    ),
    "BetaManagedAgentsCustomTool": (
        "_models.managed_agents_custom_tool",
        "ManagedAgentsCustomTool",
    ),
    "BetaManagedAgentsCustomToolInputSchema": (
        "_models.managed_agents_custom_tool_input_schema",
        "ManagedAgentsCustomToolInputSchema",
    ),
    "BetaManagedAgentsCustomToolInputSchemaParam": (
        "_params.managed_agents_custom_tool_input_schema_param",
        "ManagedAgentsCustomToolInputSchemaParam",
    ),
    "BetaManagedAgentsCustomToolParams": (
        "_params.managed_agents_custom_tool_params",
        "ManagedAgentsCustomToolParams",
    ),
    "BetaManagedAgentsDeleteSessionResource": (
        "_models.managed_agents_delete_session_resource",
        "ManagedAgentsDeleteSessionResource",
    ),
    "BetaManagedAgentsDeletedCredential": (
        "_models.managed_agents_deleted_credential",
        "ManagedAgentsDeletedCredential",
    ),
    "BetaManagedAgentsDeletedMemory": (
        "_models.managed_agents_deleted_memory",
        "ManagedAgentsDeletedMemory",
    ),
    "BetaManagedAgentsDeletedMemoryStore": (
        "_models.managed_agents_deleted_memory_store",
        "ManagedAgentsDeletedMemoryStore",
    ),
    "BetaManagedAgentsDeletedSession": (
        "_models.managed_agents_deleted_session",
        "ManagedAgentsDeletedSession",
    ),
    "BetaManagedAgentsDeletedVault": (
        "_models.managed_agents_deleted_vault",
        "ManagedAgentsDeletedVault",
    ),
    "BetaManagedAgentsDeltaContent": (
        "_models.managed_agents_event_delta_event_content_delta",
        "ManagedAgentsEventDeltaEventContentDelta",
    ),
    "BetaManagedAgentsDeltaEvent": (
        "_models.managed_agents_event_delta_event",
        "ManagedAgentsEventDeltaEvent",
    ),
    "BetaManagedAgentsDeltaType": (
        "_params.managed_agents_event_delta_type_param",
        "ManagedAgentsEventDeltaTypeParam",
    ),
    "BetaManagedAgentsDeployment": ("_models.managed_agents_deployment", "ManagedAgentsDeployment"),
    "BetaManagedAgentsDeploymentInitialEvent": (
        "_models.managed_agents_deployment_initial_event",
        "ManagedAgentsDeploymentInitialEvent",
    ),
    "BetaManagedAgentsDeploymentInitialEventParams": (
        "_params.managed_agents_deployment_initial_event_params",
        "ManagedAgentsDeploymentInitialEventParams",
    ),
    "BetaManagedAgentsDeploymentPausedReason": (
        "_models.managed_agents_deployment_paused_reason",
        "ManagedAgentsDeploymentPausedReason",
    ),
    "BetaManagedAgentsDeploymentPausedReasonError": (
        "_models.managed_agents_deployment_paused_reason_error",
        "ManagedAgentsDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_deployment_paused_reason_error",
        "ManagedAgentsDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsDeploymentRun": (
        "_models.managed_agents_deployment_run",
        "ManagedAgentsDeploymentRun",
    ),
    "BetaManagedAgentsDeploymentStatus": (
        "_models.managed_agents_deployment_status",
        "ManagedAgentsDeploymentStatus",
    ),
    "BetaManagedAgentsDeploymentStatusParam": (
        "_params.managed_agents_deployment_status_param",
        "ManagedAgentsDeploymentStatusParam",
    ),
    "BetaManagedAgentsDeploymentSystemMessageEvent": (
        "_models.managed_agents_deployment_system_message_event",
        "ManagedAgentsDeploymentSystemMessageEvent",
    ),
    "BetaManagedAgentsDeploymentUserDefineOutcomeEvent": (
        "_models.managed_agents_deployment_user_define_outcome_event",
        "ManagedAgentsDeploymentUserDefineOutcomeEvent",
    ),
    "BetaManagedAgentsDeploymentUserMessageEvent": (
        "_models.managed_agents_deployment_user_message_event",
        "ManagedAgentsDeploymentUserMessageEvent",
    ),
    "BetaManagedAgentsDocumentBlock": (
        "_models.managed_agents_document_block",
        "ManagedAgentsDocumentBlock",
    ),
    "BetaManagedAgentsDocumentBlockParam": (
        "_params.managed_agents_document_block_param",
        "ManagedAgentsDocumentBlockParam",
    ),
    "BetaManagedAgentsDocumentSource": (
        "_models.managed_agents_document_source",
        "ManagedAgentsDocumentSource",
    ),
    "BetaManagedAgentsDocumentSourceParam": (
        "_params.managed_agents_document_source_param",
        "ManagedAgentsDocumentSourceParam",
    ),
    "BetaManagedAgentsEditToolConfig": (
        "_models.managed_agents_edit_tool_config",
        "ManagedAgentsEditToolConfig",
    ),
    "BetaManagedAgentsEditToolConfigParams": (
        "_params.managed_agents_edit_tool_config_params",
        "ManagedAgentsEditToolConfigParams",
    ),
    "BetaManagedAgentsEffort": ("_models.managed_agents_effort", "ManagedAgentsEffort"),
    "BetaManagedAgentsEffortHigh": (
        "_models.managed_agents_effort_high",
        "ManagedAgentsEffortHigh",
    ),
    "BetaManagedAgentsEffortHighParam": (
        "_params.managed_agents_effort_high_param",
        "ManagedAgentsEffortHighParam",
    ),
    "BetaManagedAgentsEffortLevel": (
        "_params.managed_agents_effort_level_param",
        "ManagedAgentsEffortLevelParam",
    ),
    "BetaManagedAgentsEffortLevelParam": (
        "_params.managed_agents_effort_level_param",
        "ManagedAgentsEffortLevelParam",
    ),
    "BetaManagedAgentsEffortLow": ("_models.managed_agents_effort_low", "ManagedAgentsEffortLow"),
    "BetaManagedAgentsEffortLowParam": (
        "_params.managed_agents_effort_low_param",
        "ManagedAgentsEffortLowParam",
    ),
    "BetaManagedAgentsEffortMax": ("_models.managed_agents_effort_max", "ManagedAgentsEffortMax"),
    "BetaManagedAgentsEffortMaxParam": (
        "_params.managed_agents_effort_max_param",
        "ManagedAgentsEffortMaxParam",
    ),
    "BetaManagedAgentsEffortMedium": (
        "_models.managed_agents_effort_medium",
        "ManagedAgentsEffortMedium",
    ),
    "BetaManagedAgentsEffortMediumParam": (
        "_params.managed_agents_effort_medium_param",
        "ManagedAgentsEffortMediumParam",
    ),
    "BetaManagedAgentsEffortParam": (
        "_params.managed_agents_effort_param",
        "ManagedAgentsEffortParam",
    ),
    "BetaManagedAgentsEffortParams": (
        "_params.managed_agents_effort_params",
        "ManagedAgentsEffortParams",
    ),
    "BetaManagedAgentsEffortXhigh": (
        "_models.managed_agents_effort_xhigh",
        "ManagedAgentsEffortXhigh",
    ),
    "BetaManagedAgentsEffortXhighParam": (
        "_params.managed_agents_effort_xhigh_param",
        "ManagedAgentsEffortXhighParam",
    ),
    "BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonError": (
        "_models.managed_agents_environment_archived_deployment_paused_reason_error",
        "ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_environment_archived_deployment_paused_reason_error",
        "ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsEnvironmentArchivedRunError": (
        "_models.managed_agents_environment_archived_run_error",
        "ManagedAgentsEnvironmentArchivedRunError",
    ),
    "BetaManagedAgentsEnvironmentArchivedRunErrorObject": (
        "_models.managed_agents_environment_archived_run_error",
        "ManagedAgentsEnvironmentArchivedRunError",
    ),
    "BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError": (
        "_models.managed_agents_environment_not_found_deployment_paused_reason_error",
        "ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_environment_not_found_deployment_paused_reason_error",
        "ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsEnvironmentNotFoundRunError": (
        "_models.managed_agents_environment_not_found_run_error",
        "ManagedAgentsEnvironmentNotFoundRunError",
    ),
    "BetaManagedAgentsEnvironmentNotFoundRunErrorObject": (
        "_models.managed_agents_environment_not_found_run_error",
        "ManagedAgentsEnvironmentNotFoundRunError",
    ),
    "BetaManagedAgentsEnvironmentVariableAuthResponse": (
        "_models.managed_agents_environment_variable_auth_response",
        "ManagedAgentsEnvironmentVariableAuthResponse",
    ),
    "BetaManagedAgentsEnvironmentVariableCreateParams": (
        "_params.managed_agents_environment_variable_create_params",
        "ManagedAgentsEnvironmentVariableCreateParams",
    ),
    "BetaManagedAgentsEnvironmentVariableUpdateParams": (
        "_params.managed_agents_environment_variable_update_params",
        "ManagedAgentsEnvironmentVariableUpdateParams",
    ),
    "BetaManagedAgentsErrorDeploymentPausedReason": (
        "_models.managed_agents_error_deployment_paused_reason",
        "ManagedAgentsErrorDeploymentPausedReason",
    ),
    "BetaManagedAgentsEventDeltaEvent": (
        "_models.managed_agents_event_delta_event",
        "ManagedAgentsEventDeltaEvent",
    ),
    "BetaManagedAgentsEventDeltaEventContentDelta": (
        "_models.managed_agents_event_delta_event_content_delta",
        "ManagedAgentsEventDeltaEventContentDelta",
    ),
    "BetaManagedAgentsEventDeltaEventDelta": (
        "_models.managed_agents_event_delta_event_delta",
        "ManagedAgentsEventDeltaEventDelta",
    ),
    "BetaManagedAgentsEventDeltaType": (
        "_params.managed_agents_event_delta_type_param",
        "ManagedAgentsEventDeltaTypeParam",
    ),
    "BetaManagedAgentsEventDeltaTypeParam": (
        "_params.managed_agents_event_delta_type_param",
        "ManagedAgentsEventDeltaTypeParam",
    ),
    "BetaManagedAgentsEventParams": (
        "_params.managed_agents_event_params",
        "ManagedAgentsEventParams",
    ),
    "BetaManagedAgentsEventStartEvent": (
        "_models.managed_agents_event_start_event",
        "ManagedAgentsEventStartEvent",
    ),
    "BetaManagedAgentsEventStartEventAgentMessagePreview": (
        "_models.managed_agents_event_start_event_agent_message_preview",
        "ManagedAgentsEventStartEventAgentMessagePreview",
    ),
    "BetaManagedAgentsEventStartEventAgentThinkingPreview": (
        "_models.managed_agents_event_start_event_agent_thinking_preview",
        "ManagedAgentsEventStartEventAgentThinkingPreview",
    ),
    "BetaManagedAgentsEventStartEventEvent": (
        "_models.managed_agents_event_start_event_event",
        "ManagedAgentsEventStartEventEvent",
    ),
    "BetaManagedAgentsExecutionIdentity": (
        "_models.managed_agents_execution_identity",
        "ManagedAgentsExecutionIdentity",
    ),
    "BetaManagedAgentsExecutionIdentityParams": (
        "_params.managed_agents_execution_identity_params",
        "ManagedAgentsExecutionIdentityParams",
    ),
    "BetaManagedAgentsFileDocumentSource": (
        "_models.managed_agents_file_document_source",
        "ManagedAgentsFileDocumentSource",
    ),
    "BetaManagedAgentsFileDocumentSourceParam": (
        "_params.managed_agents_file_document_source_param",
        "ManagedAgentsFileDocumentSourceParam",
    ),
    "BetaManagedAgentsFileImageSource": (
        "_models.managed_agents_file_image_source",
        "ManagedAgentsFileImageSource",
    ),
    "BetaManagedAgentsFileImageSourceParam": (
        "_params.managed_agents_file_image_source_param",
        "ManagedAgentsFileImageSourceParam",
    ),
    "BetaManagedAgentsFileNotFoundDeploymentPausedReasonError": (
        "_models.managed_agents_file_not_found_deployment_paused_reason_error",
        "ManagedAgentsFileNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsFileNotFoundDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_file_not_found_deployment_paused_reason_error",
        "ManagedAgentsFileNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsFileNotFoundRunError": (
        "_models.managed_agents_file_not_found_run_error",
        "ManagedAgentsFileNotFoundRunError",
    ),
    "BetaManagedAgentsFileNotFoundRunErrorObject": (
        "_models.managed_agents_file_not_found_run_error",
        "ManagedAgentsFileNotFoundRunError",
    ),
    "BetaManagedAgentsFileResource": (
        "_models.managed_agents_file_resource",
        "ManagedAgentsFileResource",
    ),
    "BetaManagedAgentsFileResourceConfig": (
        "_models.managed_agents_file_resource_config",
        "ManagedAgentsFileResourceConfig",
    ),
    "BetaManagedAgentsFileResourceParams": (
        "_params.managed_agents_file_resource_params",
        "ManagedAgentsFileResourceParams",
    ),
    "BetaManagedAgentsFileRubric": (
        "_models.managed_agents_file_rubric",
        "ManagedAgentsFileRubric",
    ),
    "BetaManagedAgentsFileRubricParams": (
        "_params.managed_agents_file_rubric_params",
        "ManagedAgentsFileRubricParams",
    ),
    "BetaManagedAgentsGetSessionResource": (
        "_models.managed_agents_get_session_resource",
        "ManagedAgentsGetSessionResource",
    ),
    "BetaManagedAgentsGitHubRepositoryResource": (
        "_models.managed_agents_git_hub_repository_resource",
        "ManagedAgentsGitHubRepositoryResource",
    ),
    "BetaManagedAgentsGitHubRepositoryResourceConfig": (
        "_models.managed_agents_git_hub_repository_resource_config",
        "ManagedAgentsGitHubRepositoryResourceConfig",
    ),
    "BetaManagedAgentsGitHubRepositoryResourceParams": (
        "_params.managed_agents_git_hub_repository_resource_params",
        "ManagedAgentsGitHubRepositoryResourceParams",
    ),
    "BetaManagedAgentsGlobToolConfig": (
        "_models.managed_agents_glob_tool_config",
        "ManagedAgentsGlobToolConfig",
    ),
    "BetaManagedAgentsGlobToolConfigParams": (
        "_params.managed_agents_glob_tool_config_params",
        "ManagedAgentsGlobToolConfigParams",
    ),
    "BetaManagedAgentsGrepToolConfig": (
        "_models.managed_agents_grep_tool_config",
        "ManagedAgentsGrepToolConfig",
    ),
    "BetaManagedAgentsGrepToolConfigParams": (
        "_params.managed_agents_grep_tool_config_params",
        "ManagedAgentsGrepToolConfigParams",
    ),
    "BetaManagedAgentsImageBlock": (
        "_models.managed_agents_image_block",
        "ManagedAgentsImageBlock",
    ),
    "BetaManagedAgentsImageBlockParam": (
        "_params.managed_agents_image_block_param",
        "ManagedAgentsImageBlockParam",
    ),
    "BetaManagedAgentsImageSource": (
        "_models.managed_agents_image_source",
        "ManagedAgentsImageSource",
    ),
    "BetaManagedAgentsImageSourceParam": (
        "_params.managed_agents_image_source_param",
        "ManagedAgentsImageSourceParam",
    ),
    "BetaManagedAgentsInjectionLocationParams": (
        "_params.managed_agents_injection_location_params",
        "ManagedAgentsInjectionLocationParams",
    ),
    "BetaManagedAgentsInjectionLocationResponse": (
        "_models.managed_agents_injection_location_response",
        "ManagedAgentsInjectionLocationResponse",
    ),
    "BetaManagedAgentsInjectionLocationUpdateParams": (
        "_params.managed_agents_injection_location_update_params",
        "ManagedAgentsInjectionLocationUpdateParams",
    ),
    "BetaManagedAgentsInlineAgent": (
        "_models.managed_agents_inline_agent",
        "ManagedAgentsInlineAgent",
    ),
    "BetaManagedAgentsInputEvent": (
        "_models.managed_agents_input_event",
        "ManagedAgentsInputEvent",
    ),
    "BetaManagedAgentsLimitedCredentialNetworkingParams": (
        "_params.managed_agents_limited_credential_networking_params",
        "ManagedAgentsLimitedCredentialNetworkingParams",
    ),
    "BetaManagedAgentsLimitedCredentialNetworkingResponse": (
        "_models.managed_agents_limited_credential_networking_response",
        "ManagedAgentsLimitedCredentialNetworkingResponse",
    ),
    "BetaManagedAgentsListAgentVersions": (
        "_models.managed_agents_list_agent_versions",
        "ManagedAgentsListAgentVersions",
    ),
    "BetaManagedAgentsListAgents": (
        "_models.managed_agents_list_agents",
        "ManagedAgentsListAgents",
    ),
    "BetaManagedAgentsListDeploymentRunsData": (
        "_models.managed_agents_list_deployment_runs_data",
        "ManagedAgentsListDeploymentRunsData",
    ),
    "BetaManagedAgentsListDeploymentsData": (
        "_models.managed_agents_list_deployments_data",
        "ManagedAgentsListDeploymentsData",
    ),
    "BetaManagedAgentsListOrder": (
        "_params.managed_agents_list_order_param",
        "ManagedAgentsListOrderParam",
    ),
    "BetaManagedAgentsListOrderParam": (
        "_params.managed_agents_list_order_param",
        "ManagedAgentsListOrderParam",
    ),
    "BetaManagedAgentsListSessionEvents": (
        "_models.managed_agents_list_session_events",
        "ManagedAgentsListSessionEvents",
    ),
    "BetaManagedAgentsListSessionResources": (
        "_models.managed_agents_list_session_resources",
        "ManagedAgentsListSessionResources",
    ),
    "BetaManagedAgentsListSessionThreadEvents": (
        "_models.managed_agents_list_session_thread_events",
        "ManagedAgentsListSessionThreadEvents",
    ),
    "BetaManagedAgentsListSessionThreads": (
        "_models.managed_agents_list_session_threads",
        "ManagedAgentsListSessionThreads",
    ),
    "BetaManagedAgentsListSessions": (
        "_models.managed_agents_list_sessions",
        "ManagedAgentsListSessions",
    ),
    "BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonError": (
        "_models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error",
        "ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error",
        "ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsMCPEgressBlockedRunError": (
        "_models.managed_agents_mcp_egress_blocked_run_error",
        "ManagedAgentsMcpEgressBlockedRunError",
    ),
    "BetaManagedAgentsMCPEgressBlockedRunErrorObject": (
        "_models.managed_agents_mcp_egress_blocked_run_error",
        "ManagedAgentsMcpEgressBlockedRunError",
    ),
    "BetaManagedAgentsMCPServer": ("_models.managed_agents_mcp_server", "ManagedAgentsMCPServer"),
    "BetaManagedAgentsMCPServerParams": (
        "_params.managed_agents_mcp_server_params",
        "ManagedAgentsMCPServerParams",
    ),
    "BetaManagedAgentsMCPServerURLDefinition": (
        "_models.managed_agents_mcp_server_url_definition",
        "ManagedAgentsMCPServerURLDefinition",
    ),
    "BetaManagedAgentsMCPToolConfig": (
        "_models.managed_agents_mcp_tool_config",
        "ManagedAgentsMCPToolConfig",
    ),
    "BetaManagedAgentsMCPToolConfigParams": (
        "_params.managed_agents_mcp_tool_config_params",
        "ManagedAgentsMCPToolConfigParams",
    ),
    "BetaManagedAgentsMCPToolset": (
        "_models.managed_agents_mcp_toolset",
        "ManagedAgentsMCPToolset",
    ),
    "BetaManagedAgentsMCPToolsetDefaultConfig": (
        "_models.managed_agents_mcp_toolset_default_config",
        "ManagedAgentsMCPToolsetDefaultConfig",
    ),
    "BetaManagedAgentsMCPToolsetDefaultConfigParams": (
        "_params.managed_agents_mcp_toolset_default_config_params",
        "ManagedAgentsMCPToolsetDefaultConfigParams",
    ),
    "BetaManagedAgentsMCPToolsetParams": (
        "_params.managed_agents_mcp_toolset_params",
        "ManagedAgentsMCPToolsetParams",
    ),
    "BetaManagedAgentsManagedMemoryStoreBackend": (
        "_models.managed_agents_managed_memory_store_backend",
        "ManagedAgentsManagedMemoryStoreBackend",
    ),
    "BetaManagedAgentsManagedMemoryStoreBackendParam": (
        "_params.managed_agents_managed_memory_store_backend_param",
        "ManagedAgentsManagedMemoryStoreBackendParam",
    ),
    "BetaManagedAgentsManualDeploymentPausedReason": (
        "_models.managed_agents_manual_deployment_paused_reason",
        "ManagedAgentsManualDeploymentPausedReason",
    ),
    "BetaManagedAgentsManualTriggerContext": (
        "_models.managed_agents_manual_trigger_context",
        "ManagedAgentsManualTriggerContext",
    ),
    "BetaManagedAgentsMaxWorkflowRunsWorkflowRunError": (
        "_models.managed_agents_max_workflow_runs_workflow_run_error",
        "ManagedAgentsMaxWorkflowRunsWorkflowRunError",
    ),
    "BetaManagedAgentsMcpAuthenticationFailedError": (
        "_models.managed_agents_mcp_authentication_failed_error",
        "ManagedAgentsMcpAuthenticationFailedError",
    ),
    "BetaManagedAgentsMcpConnectionFailedError": (
        "_models.managed_agents_mcp_connection_failed_error",
        "ManagedAgentsMcpConnectionFailedError",
    ),
    "BetaManagedAgentsMcpEgressBlockedDeploymentPausedReasonError": (
        "_models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error",
        "ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsMcpEgressBlockedRunError": (
        "_models.managed_agents_mcp_egress_blocked_run_error",
        "ManagedAgentsMcpEgressBlockedRunError",
    ),
    "BetaManagedAgentsMcpOauthAuthResponse": (
        "_models.managed_agents_mcp_oauth_auth_response",
        "ManagedAgentsMcpOauthAuthResponse",
    ),
    "BetaManagedAgentsMcpOauthCreateParams": (
        "_params.managed_agents_mcp_oauth_create_params",
        "ManagedAgentsMcpOauthCreateParams",
    ),
    "BetaManagedAgentsMcpOauthRefreshParams": (
        "_params.managed_agents_mcp_oauth_refresh_params",
        "ManagedAgentsMcpOauthRefreshParams",
    ),
    "BetaManagedAgentsMcpOauthRefreshResponse": (
        "_models.managed_agents_mcp_oauth_refresh_response",
        "ManagedAgentsMcpOauthRefreshResponse",
    ),
    "BetaManagedAgentsMcpOauthRefreshUpdateParams": (
        "_params.managed_agents_mcp_oauth_refresh_update_params",
        "ManagedAgentsMcpOauthRefreshUpdateParams",
    ),
    "BetaManagedAgentsMcpOauthUpdateParams": (
        "_params.managed_agents_mcp_oauth_update_params",
        "ManagedAgentsMcpOauthUpdateParams",
    ),
    "BetaManagedAgentsMcpProbe": ("_models.managed_agents_mcp_probe", "ManagedAgentsMcpProbe"),
    "BetaManagedAgentsMemory": ("_models.managed_agents_memory", "ManagedAgentsMemory"),
    "BetaManagedAgentsMemoryListItem": (
        "_models.managed_agents_memory_list_item",
        "ManagedAgentsMemoryListItem",
    ),
    "BetaManagedAgentsMemoryPrefix": (
        "_models.managed_agents_memory_prefix",
        "ManagedAgentsMemoryPrefix",
    ),
    "BetaManagedAgentsMemoryStore": (
        "_models.managed_agents_memory_store",
        "ManagedAgentsMemoryStore",
    ),
    "BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError": (
        "_models.managed_agents_memory_store_archived_deployment_paused_reason_error",
        "ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_memory_store_archived_deployment_paused_reason_error",
        "ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsMemoryStoreArchivedRunError": (
        "_models.managed_agents_memory_store_archived_run_error",
        "ManagedAgentsMemoryStoreArchivedRunError",
    ),
    "BetaManagedAgentsMemoryStoreArchivedRunErrorObject": (
        "_models.managed_agents_memory_store_archived_run_error",
        "ManagedAgentsMemoryStoreArchivedRunError",
    ),
    "BetaManagedAgentsMemoryStoreResource": (
        "_models.managed_agents_memory_store_resource",
        "ManagedAgentsMemoryStoreResource",
    ),
    "BetaManagedAgentsMemoryStoreResourceConfig": (
        "_models.managed_agents_memory_store_resource_config",
        "ManagedAgentsMemoryStoreResourceConfig",
    ),
    "BetaManagedAgentsMemoryStoreResourceParam": (
        "_params.managed_agents_memory_store_resource_param",
        "ManagedAgentsMemoryStoreResourceParam",
    ),
    "BetaManagedAgentsMemoryToolConfig": (
        "_models.managed_agents_memory_tool_config",
        "ManagedAgentsMemoryToolConfig",
    ),
    "BetaManagedAgentsMemoryToolConfigParams": (
        "_params.managed_agents_memory_tool_config_params",
        "ManagedAgentsMemoryToolConfigParams",
    ),
    "BetaManagedAgentsMemoryToolConfigPermissionPolicy": (
        "_models.managed_agents_memory_tool_config_permission_policy",
        "ManagedAgentsMemoryToolConfigPermissionPolicy",
    ),
    "BetaManagedAgentsMemoryToolConfigPermissionPolicyParam": (
        "_params.managed_agents_memory_tool_config_permission_policy_param",
        "ManagedAgentsMemoryToolConfigPermissionPolicyParam",
    ),
    "BetaManagedAgentsMemoryToolName": (
        "_models.managed_agents_memory_tool_name",
        "ManagedAgentsMemoryToolName",
    ),
    "BetaManagedAgentsMemoryToolNameParam": (
        "_params.managed_agents_memory_tool_name_param",
        "ManagedAgentsMemoryToolNameParam",
    ),
    "BetaManagedAgentsMemoryToolset20261030": (
        "_models.managed_agents_memory_toolset20261030",
        "ManagedAgentsMemoryToolset20261030",
    ),
    "BetaManagedAgentsMemoryToolset20261030Params": (
        "_params.managed_agents_memory_toolset20261030_params",
        "ManagedAgentsMemoryToolset20261030Params",
    ),
    "BetaManagedAgentsMemoryVersion": (
        "_models.managed_agents_memory_version",
        "ManagedAgentsMemoryVersion",
    ),
    "BetaManagedAgentsMemoryVersionOperation": (
        "_models.managed_agents_memory_version_operation",
        "ManagedAgentsMemoryVersionOperation",
    ),
    "BetaManagedAgentsMemoryVersionOperationParam": (
        "_params.managed_agents_memory_version_operation_param",
        "ManagedAgentsMemoryVersionOperationParam",
    ),
    "BetaManagedAgentsMemoryView": (
        "_params.managed_agents_memory_view_param",
        "ManagedAgentsMemoryViewParam",
    ),
    "BetaManagedAgentsMemoryViewParam": (
        "_params.managed_agents_memory_view_param",
        "ManagedAgentsMemoryViewParam",
    ),
    "BetaManagedAgentsModel": ("_models.managed_agents_model", "ManagedAgentsModel"),
    "BetaManagedAgentsModelConfig": (
        "_models.managed_agents_model_config",
        "ManagedAgentsModelConfig",
    ),
    "BetaManagedAgentsModelConfigParams": (
        "_params.managed_agents_model_config_params",
        "ManagedAgentsModelConfigParams",
    ),
    "BetaManagedAgentsModelOverloadedError": (
        "_models.managed_agents_model_overloaded_error",
        "ManagedAgentsModelOverloadedError",
    ),
    "BetaManagedAgentsModelParam": (
        "_params.managed_agents_model_param",
        "ManagedAgentsModelParam",
    ),
    "BetaManagedAgentsModelParams": (
        "_params.managed_agents_model_params",
        "ManagedAgentsModelParams",
    ),
    "BetaManagedAgentsModelRateLimitedError": (
        "_models.managed_agents_model_rate_limited_error",
        "ManagedAgentsModelRateLimitedError",
    ),
    "BetaManagedAgentsModelRequestFailedError": (
        "_models.managed_agents_model_request_failed_error",
        "ManagedAgentsModelRequestFailedError",
    ),
    "BetaManagedAgentsMountMode": ("_models.managed_agents_mount_mode", "ManagedAgentsMountMode"),
    "BetaManagedAgentsMountModeParam": (
        "_params.managed_agents_mount_mode_param",
        "ManagedAgentsMountModeParam",
    ),
    "BetaManagedAgentsMountPathConflictErrorObject": (
        "_models.managed_agents_mount_path_conflict_error_object",
        "ManagedAgentsMountPathConflictErrorObject",
    ),
    "BetaManagedAgentsMultiagent": ("_models.managed_agents_multiagent", "ManagedAgentsMultiagent"),
    "BetaManagedAgentsMultiagent20261001": (
        "_models.managed_agents_multiagent20261001",
        "ManagedAgentsMultiagent20261001",
    ),
    "BetaManagedAgentsMultiagent20261001Params": (
        "_params.managed_agents_multiagent20261001_params",
        "ManagedAgentsMultiagent20261001Params",
    ),
    "BetaManagedAgentsMultiagentAdvisor": (
        "_models.managed_agents_multiagent_advisor",
        "ManagedAgentsMultiagentAdvisor",
    ),
    "BetaManagedAgentsMultiagentAdvisorDisabled": (
        "_models.managed_agents_multiagent_advisor_disabled",
        "ManagedAgentsMultiagentAdvisorDisabled",
    ),
    "BetaManagedAgentsMultiagentAdvisorDisabledParams": (
        "_params.managed_agents_multiagent_advisor_disabled_params",
        "ManagedAgentsMultiagentAdvisorDisabledParams",
    ),
    "BetaManagedAgentsMultiagentAdvisorEnabled": (
        "_models.managed_agents_multiagent_advisor_enabled",
        "ManagedAgentsMultiagentAdvisorEnabled",
    ),
    "BetaManagedAgentsMultiagentAdvisorEnabledParams": (
        "_params.managed_agents_multiagent_advisor_enabled_params",
        "ManagedAgentsMultiagentAdvisorEnabledParams",
    ),
    "BetaManagedAgentsMultiagentAdvisorParams": (
        "_params.managed_agents_multiagent_advisor_params",
        "ManagedAgentsMultiagentAdvisorParams",
    ),
    "BetaManagedAgentsMultiagentCoordinator": (
        "_models.managed_agents_multiagent_coordinator",
        "ManagedAgentsMultiagentCoordinator",
    ),
    "BetaManagedAgentsMultiagentCoordinatorParams": (
        "_params.managed_agents_multiagent_coordinator_params",
        "ManagedAgentsMultiagentCoordinatorParams",
    ),
    "BetaManagedAgentsMultiagentInlineAgents": (
        "_models.managed_agents_multiagent_inline_agents",
        "ManagedAgentsMultiagentInlineAgents",
    ),
    "BetaManagedAgentsMultiagentInlineAgentsDisabled": (
        "_models.managed_agents_multiagent_inline_agents_disabled",
        "ManagedAgentsMultiagentInlineAgentsDisabled",
    ),
    "BetaManagedAgentsMultiagentInlineAgentsDisabledParams": (
        "_params.managed_agents_multiagent_inline_agents_disabled_params",
        "ManagedAgentsMultiagentInlineAgentsDisabledParams",
    ),
    "BetaManagedAgentsMultiagentInlineAgentsEnabled": (
        "_models.managed_agents_multiagent_inline_agents_enabled",
        "ManagedAgentsMultiagentInlineAgentsEnabled",
    ),
    "BetaManagedAgentsMultiagentInlineAgentsEnabledParams": (
        "_params.managed_agents_multiagent_inline_agents_enabled_params",
        "ManagedAgentsMultiagentInlineAgentsEnabledParams",
    ),
    "BetaManagedAgentsMultiagentInlineAgentsParams": (
        "_params.managed_agents_multiagent_inline_agents_params",
        "ManagedAgentsMultiagentInlineAgentsParams",
    ),
    "BetaManagedAgentsMultiagentParams": (
        "_params.managed_agents_multiagent_params",
        "ManagedAgentsMultiagentParams",
    ),
    "BetaManagedAgentsMultiagentPredefinedAgentParams": (
        "_params.managed_agents_multiagent_predefined_agent_params",
        "ManagedAgentsMultiagentPredefinedAgentParams",
    ),
    "BetaManagedAgentsMultiagentRosterEntry": (
        "_models.managed_agents_multiagent_roster_entry",
        "ManagedAgentsMultiagentRosterEntry",
    ),
    "BetaManagedAgentsMultiagentRosterEntryParams": (
        "_params.managed_agents_multiagent_roster_entry_params",
        "ManagedAgentsMultiagentRosterEntryParams",
    ),
    "BetaManagedAgentsMultiagentSelfParams": (
        "_params.managed_agents_multiagent_self_params",
        "ManagedAgentsMultiagentSelfParams",
    ),
    "BetaManagedAgentsMultiagentSubagents": (
        "_models.managed_agents_multiagent_subagents",
        "ManagedAgentsMultiagentSubagents",
    ),
    "BetaManagedAgentsMultiagentSubagentsDisabled": (
        "_models.managed_agents_multiagent_subagents_disabled",
        "ManagedAgentsMultiagentSubagentsDisabled",
    ),
    "BetaManagedAgentsMultiagentSubagentsDisabledParams": (
        "_params.managed_agents_multiagent_subagents_disabled_params",
        "ManagedAgentsMultiagentSubagentsDisabledParams",
    ),
    "BetaManagedAgentsMultiagentSubagentsEnabled": (
        "_models.managed_agents_multiagent_subagents_enabled",
        "ManagedAgentsMultiagentSubagentsEnabled",
    ),
    "BetaManagedAgentsMultiagentSubagentsEnabledParams": (
        "_params.managed_agents_multiagent_subagents_enabled_params",
        "ManagedAgentsMultiagentSubagentsEnabledParams",
    ),
    "BetaManagedAgentsMultiagentSubagentsParams": (
        "_params.managed_agents_multiagent_subagents_params",
        "ManagedAgentsMultiagentSubagentsParams",
    ),
    "BetaManagedAgentsMultiagentWorkflows": (
        "_models.managed_agents_multiagent_workflows",
        "ManagedAgentsMultiagentWorkflows",
    ),
    "BetaManagedAgentsMultiagentWorkflowsDisabled": (
        "_models.managed_agents_multiagent_workflows_disabled",
        "ManagedAgentsMultiagentWorkflowsDisabled",
    ),
    "BetaManagedAgentsMultiagentWorkflowsDisabledParams": (
        "_params.managed_agents_multiagent_workflows_disabled_params",
        "ManagedAgentsMultiagentWorkflowsDisabledParams",
    ),
    "BetaManagedAgentsMultiagentWorkflowsEnabled": (
        "_models.managed_agents_multiagent_workflows_enabled",
        "ManagedAgentsMultiagentWorkflowsEnabled",
    ),
    "BetaManagedAgentsMultiagentWorkflowsEnabledParams": (
        "_params.managed_agents_multiagent_workflows_enabled_params",
        "ManagedAgentsMultiagentWorkflowsEnabledParams",
    ),
    "BetaManagedAgentsMultiagentWorkflowsParams": (
        "_params.managed_agents_multiagent_workflows_params",
        "ManagedAgentsMultiagentWorkflowsParams",
    ),
    "BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonError": (
        "_models.managed_agents_organization_disabled_deployment_paused_reason_error",
        "ManagedAgentsOrganizationDisabledDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_organization_disabled_deployment_paused_reason_error",
        "ManagedAgentsOrganizationDisabledDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsOrganizationDisabledRunError": (
        "_models.managed_agents_organization_disabled_run_error",
        "ManagedAgentsOrganizationDisabledRunError",
    ),
    "BetaManagedAgentsOrganizationDisabledRunErrorObject": (
        "_models.managed_agents_organization_disabled_run_error",
        "ManagedAgentsOrganizationDisabledRunError",
    ),
    "BetaManagedAgentsOutcomeEvaluationResource": (
        "_models.managed_agents_outcome_evaluation_resource",
        "ManagedAgentsOutcomeEvaluationResource",
    ),
    "BetaManagedAgentsPermissionPolicy": (
        "_models.managed_agents_permission_policy",
        "ManagedAgentsPermissionPolicy",
    ),
    "BetaManagedAgentsPermissionPolicyParam": (
        "_params.managed_agents_permission_policy_param",
        "ManagedAgentsPermissionPolicyParam",
    ),
    "BetaManagedAgentsPersonActor": (
        "_models.managed_agents_person_actor",
        "ManagedAgentsPersonActor",
    ),
    "BetaManagedAgentsPlainTextDocumentSource": (
        "_models.managed_agents_plain_text_document_source",
        "ManagedAgentsPlainTextDocumentSource",
    ),
    "BetaManagedAgentsPlainTextDocumentSourceMediaType": (
        "_models.managed_agents_plain_text_document_source_media_type",
        "ManagedAgentsPlainTextDocumentSourceMediaType",
    ),
    "BetaManagedAgentsPlainTextDocumentSourceParam": (
        "_params.managed_agents_plain_text_document_source_param",
        "ManagedAgentsPlainTextDocumentSourceParam",
    ),
    "BetaManagedAgentsProgramWorkflowRunError": (
        "_models.managed_agents_program_workflow_run_error",
        "ManagedAgentsProgramWorkflowRunError",
    ),
    "BetaManagedAgentsReadToolConfig": (
        "_models.managed_agents_read_tool_config",
        "ManagedAgentsReadToolConfig",
    ),
    "BetaManagedAgentsReadToolConfigParams": (
        "_params.managed_agents_read_tool_config_params",
        "ManagedAgentsReadToolConfigParams",
    ),
    "BetaManagedAgentsRedactedBlock": (
        "_models.managed_agents_redacted_block",
        "ManagedAgentsRedactedBlock",
    ),
    "BetaManagedAgentsRedactedBlockParam": (
        "_params.managed_agents_redacted_block_param",
        "ManagedAgentsRedactedBlockParam",
    ),
    "BetaManagedAgentsRefreshHttpResponse": (
        "_models.managed_agents_refresh_http_response",
        "ManagedAgentsRefreshHttpResponse",
    ),
    "BetaManagedAgentsRefreshObject": (
        "_models.managed_agents_refresh_object",
        "ManagedAgentsRefreshObject",
    ),
    "BetaManagedAgentsRepositoryAuthenticationError": (
        "_models.managed_agents_repository_authentication_error",
        "ManagedAgentsRepositoryAuthenticationError",
    ),
    "BetaManagedAgentsRepositoryCheckout": (
        "_models.managed_agents_repository_checkout",
        "ManagedAgentsRepositoryCheckout",
    ),
    "BetaManagedAgentsRepositoryCheckoutError": (
        "_models.managed_agents_repository_checkout_error",
        "ManagedAgentsRepositoryCheckoutError",
    ),
    "BetaManagedAgentsRepositoryCheckoutParam": (
        "_params.managed_agents_repository_checkout_param",
        "ManagedAgentsRepositoryCheckoutParam",
    ),
    "BetaManagedAgentsRepositoryCloneError": (
        "_models.managed_agents_repository_clone_error",
        "ManagedAgentsRepositoryCloneError",
    ),
    "BetaManagedAgentsRepositoryForbiddenError": (
        "_models.managed_agents_repository_forbidden_error",
        "ManagedAgentsRepositoryForbiddenError",
    ),
    "BetaManagedAgentsRepositoryNotFoundError": (
        "_models.managed_agents_repository_not_found_error",
        "ManagedAgentsRepositoryNotFoundError",
    ),
    "BetaManagedAgentsRetryStatus": (
        "_models.managed_agents_retry_status",
        "ManagedAgentsRetryStatus",
    ),
    "BetaManagedAgentsRetryStatusExhausted": (
        "_models.managed_agents_retry_status_exhausted",
        "ManagedAgentsRetryStatusExhausted",
    ),
    "BetaManagedAgentsRetryStatusRetrying": (
        "_models.managed_agents_retry_status_retrying",
        "ManagedAgentsRetryStatusRetrying",
    ),
    "BetaManagedAgentsRetryStatusTerminal": (
        "_models.managed_agents_retry_status_terminal",
        "ManagedAgentsRetryStatusTerminal",
    ),
    "BetaManagedAgentsRoleActor": ("_models.managed_agents_role_actor", "ManagedAgentsRoleActor"),
    "BetaManagedAgentsRubric": ("_models.managed_agents_rubric", "ManagedAgentsRubric"),
    "BetaManagedAgentsRubricParams": (
        "_params.managed_agents_rubric_params",
        "ManagedAgentsRubricParams",
    ),
    "BetaManagedAgentsRunError": ("_models.managed_agents_run_error", "ManagedAgentsRunError"),
    "BetaManagedAgentsS3AccessDeniedErrorObject": (
        "_models.managed_agents_s3_access_denied_error_object",
        "ManagedAgentsS3AccessDeniedErrorObject",
    ),
    "BetaManagedAgentsS3CopyErrorObject": (
        "_models.managed_agents_s3_copy_error_object",
        "ManagedAgentsS3CopyErrorObject",
    ),
    "BetaManagedAgentsS3MountErrorObject": (
        "_models.managed_agents_s3_mount_error_object",
        "ManagedAgentsS3MountErrorObject",
    ),
    "BetaManagedAgentsS3MountResource": (
        "_models.managed_agents_s3_mount_resource",
        "ManagedAgentsS3MountResource",
    ),
    "BetaManagedAgentsS3MountResourceMountAs": (
        "_models.managed_agents_s3_mount_resource_mount_as",
        "ManagedAgentsS3MountResourceMountAs",
    ),
    "BetaManagedAgentsS3MountResourceParams": (
        "_params.managed_agents_s3_mount_resource_params",
        "ManagedAgentsS3MountResourceParams",
    ),
    "BetaManagedAgentsS3MountSkill": (
        "_models.managed_agents_s3_mount_skill",
        "ManagedAgentsS3MountSkill",
    ),
    "BetaManagedAgentsS3MountSkillParam": (
        "_params.managed_agents_s3_mount_skill_param",
        "ManagedAgentsS3MountSkillParam",
    ),
    "BetaManagedAgentsS3NotFoundErrorObject": (
        "_models.managed_agents_s3_not_found_error_object",
        "ManagedAgentsS3NotFoundErrorObject",
    ),
    "BetaManagedAgentsS3ObjectResource": (
        "_models.managed_agents_s3_object_resource",
        "ManagedAgentsS3ObjectResource",
    ),
    "BetaManagedAgentsS3ObjectResourceParams": (
        "_params.managed_agents_s3_object_resource_params",
        "ManagedAgentsS3ObjectResourceParams",
    ),
    "BetaManagedAgentsSandboxPathResource": (
        "_models.managed_agents_sandbox_path_resource",
        "ManagedAgentsSandboxPathResource",
    ),
    "BetaManagedAgentsSandboxPathResourceParams": (
        "_params.managed_agents_sandbox_path_resource_params",
        "ManagedAgentsSandboxPathResourceParams",
    ),
    "BetaManagedAgentsSandboxPathSkill": (
        "_models.managed_agents_sandbox_path_skill",
        "ManagedAgentsSandboxPathSkill",
    ),
    "BetaManagedAgentsSandboxPathSkillParam": (
        "_params.managed_agents_sandbox_path_skill_param",
        "ManagedAgentsSandboxPathSkillParam",
    ),
    "BetaManagedAgentsSandboxSkill": (
        "_models.managed_agents_sandbox_skill",
        "ManagedAgentsSandboxSkill",
    ),
    "BetaManagedAgentsSandboxSkillParam": (
        "_params.managed_agents_sandbox_skill_param",
        "ManagedAgentsSandboxSkillParam",
    ),
    "BetaManagedAgentsSchedule": (
        "_models.managed_agents_cron_schedule",
        "ManagedAgentsCronSchedule",
    ),
    "BetaManagedAgentsScheduleParams": (
        "_params.managed_agents_schedule_params",
        "ManagedAgentsScheduleParams",
    ),
    "BetaManagedAgentsScheduleTriggerContext": (
        "_models.managed_agents_schedule_trigger_context",
        "ManagedAgentsScheduleTriggerContext",
    ),
    "BetaManagedAgentsSearchResultBlock": (
        "_models.managed_agents_search_result_block",
        "ManagedAgentsSearchResultBlock",
    ),
    "BetaManagedAgentsSearchResultBlockParam": (
        "_params.managed_agents_search_result_block_param",
        "ManagedAgentsSearchResultBlockParam",
    ),
    "BetaManagedAgentsSearchResultCitations": (
        "_models.managed_agents_search_result_citations",
        "ManagedAgentsSearchResultCitations",
    ),
    "BetaManagedAgentsSearchResultCitationsParam": (
        "_params.managed_agents_search_result_citations_param",
        "ManagedAgentsSearchResultCitationsParam",
    ),
    "BetaManagedAgentsSearchResultContent": (
        "_models.managed_agents_search_result_content",
        "ManagedAgentsSearchResultContent",
    ),
    "BetaManagedAgentsSearchResultContentParam": (
        "_params.managed_agents_search_result_content_param",
        "ManagedAgentsSearchResultContentParam",
    ),
    "BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError": (
        "_models.managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error",
        "ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error",
        "ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsSelfHostedResourcesUnsupportedRunError": (
        "_models.managed_agents_self_hosted_resources_unsupported_run_error",
        "ManagedAgentsSelfHostedResourcesUnsupportedRunError",
    ),
    "BetaManagedAgentsSelfHostedResourcesUnsupportedRunErrorObject": (
        "_models.managed_agents_self_hosted_resources_unsupported_run_error",
        "ManagedAgentsSelfHostedResourcesUnsupportedRunError",
    ),
    "BetaManagedAgentsSendBedrockSessionEvents": (
        "_models.managed_agents_send_bedrock_session_events",
        "ManagedAgentsSendBedrockSessionEvents",
    ),
    "BetaManagedAgentsSendSessionEvents": (
        "_models.managed_agents_send_session_events",
        "ManagedAgentsSendSessionEvents",
    ),
    "BetaManagedAgentsSendSessionEventsParams": (
        "_params.managed_agents_send_session_events_params",
        "ManagedAgentsSendSessionEventsParams",
    ),
    "BetaManagedAgentsServerToolUsage": (
        "_models.managed_agents_server_tool_usage",
        "ManagedAgentsServerToolUsage",
    ),
    "BetaManagedAgentsServiceAccountActor": (
        "_models.managed_agents_service_account_actor",
        "ManagedAgentsServiceAccountActor",
    ),
    "BetaManagedAgentsServiceAccountExecutionIdentity": (
        "_models.managed_agents_service_account_execution_identity",
        "ManagedAgentsServiceAccountExecutionIdentity",
    ),
    "BetaManagedAgentsServiceAccountExecutionIdentityParams": (
        "_params.managed_agents_service_account_execution_identity_params",
        "ManagedAgentsServiceAccountExecutionIdentityParams",
    ),
    "BetaManagedAgentsSession": ("_models.managed_agents_session", "ManagedAgentsSession"),
    "BetaManagedAgentsSessionActor": (
        "_models.managed_agents_session_actor",
        "ManagedAgentsSessionActor",
    ),
    "BetaManagedAgentsSessionAgent": (
        "_models.managed_agents_session_agent",
        "ManagedAgentsSessionAgent",
    ),
    "BetaManagedAgentsSessionAgentUpdate": (
        "_params.managed_agents_session_agent_update_param",
        "ManagedAgentsSessionAgentUpdateParam",
    ),
    "BetaManagedAgentsSessionAgentUpdateParam": (
        "_params.managed_agents_session_agent_update_param",
        "ManagedAgentsSessionAgentUpdateParam",
    ),
    "BetaManagedAgentsSessionBudgetReached": (
        "_models.managed_agents_session_budget_reached",
        "ManagedAgentsSessionBudgetReached",
    ),
    "BetaManagedAgentsSessionCreationRejectedRunError": (
        "_models.managed_agents_session_creation_rejected_run_error",
        "ManagedAgentsSessionCreationRejectedRunError",
    ),
    "BetaManagedAgentsSessionCreationRejectedRunErrorObject": (
        "_models.managed_agents_session_creation_rejected_run_error",
        "ManagedAgentsSessionCreationRejectedRunError",
    ),
    "BetaManagedAgentsSessionDeletedEvent": (
        "_models.managed_agents_session_deleted_event",
        "ManagedAgentsSessionDeletedEvent",
    ),
    "BetaManagedAgentsSessionEndTurn": (
        "_models.managed_agents_session_end_turn",
        "ManagedAgentsSessionEndTurn",
    ),
    "BetaManagedAgentsSessionErrorEvent": (
        "_models.managed_agents_session_error_event",
        "ManagedAgentsSessionErrorEvent",
    ),
    "BetaManagedAgentsSessionErrorEventError": (
        "_models.managed_agents_session_error_event_error",
        "ManagedAgentsSessionErrorEventError",
    ),
    "BetaManagedAgentsSessionEvent": (
        "_models.managed_agents_session_event",
        "ManagedAgentsSessionEvent",
    ),
    "BetaManagedAgentsSessionEventTypeParam": (
        "_params.managed_agents_session_event_type_param",
        "ManagedAgentsSessionEventTypeParam",
    ),
    "BetaManagedAgentsSessionInitialEventParams": (
        "_params.managed_agents_session_initial_event_params",
        "ManagedAgentsSessionInitialEventParams",
    ),
    "BetaManagedAgentsSessionMultiagent": (
        "_models.managed_agents_session_multiagent",
        "ManagedAgentsSessionMultiagent",
    ),
    "BetaManagedAgentsSessionMultiagent20261001": (
        "_models.managed_agents_session_multiagent20261001",
        "ManagedAgentsSessionMultiagent20261001",
    ),
    "BetaManagedAgentsSessionMultiagentCoordinator": (
        "_models.managed_agents_session_multiagent_coordinator",
        "ManagedAgentsSessionMultiagentCoordinator",
    ),
    "BetaManagedAgentsSessionMultiagentSubagents": (
        "_models.managed_agents_session_multiagent_subagents",
        "ManagedAgentsSessionMultiagentSubagents",
    ),
    "BetaManagedAgentsSessionMultiagentSubagentsEnabled": (
        "_models.managed_agents_session_multiagent_subagents_enabled",
        "ManagedAgentsSessionMultiagentSubagentsEnabled",
    ),
    "BetaManagedAgentsSessionMultiagentWorkflows": (
        "_models.managed_agents_session_multiagent_workflows",
        "ManagedAgentsSessionMultiagentWorkflows",
    ),
    "BetaManagedAgentsSessionMultiagentWorkflowsEnabled": (
        "_models.managed_agents_session_multiagent_workflows_enabled",
        "ManagedAgentsSessionMultiagentWorkflowsEnabled",
    ),
    "BetaManagedAgentsSessionRateLimitedRunError": (
        "_models.managed_agents_session_rate_limited_run_error",
        "ManagedAgentsSessionRateLimitedRunError",
    ),
    "BetaManagedAgentsSessionRateLimitedRunErrorObject": (
        "_models.managed_agents_session_rate_limited_run_error",
        "ManagedAgentsSessionRateLimitedRunError",
    ),
    "BetaManagedAgentsSessionRefusal": (
        "_models.managed_agents_session_refusal",
        "ManagedAgentsSessionRefusal",
    ),
    "BetaManagedAgentsSessionRefusalStopDetails": (
        "_models.managed_agents_session_refusal_stop_details",
        "ManagedAgentsSessionRefusalStopDetails",
    ),
    "BetaManagedAgentsSessionRequiresAction": (
        "_models.managed_agents_session_requires_action",
        "ManagedAgentsSessionRequiresAction",
    ),
    "BetaManagedAgentsSessionResource": (
        "_models.managed_agents_session_resource",
        "ManagedAgentsSessionResource",
    ),
    "BetaManagedAgentsSessionResourceConfig": (
        "_models.managed_agents_session_resource_config",
        "ManagedAgentsSessionResourceConfig",
    ),
    "BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError": (
        "_models.managed_agents_session_resource_not_found_deployment_paused_reason_error",
        "ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_session_resource_not_found_deployment_paused_reason_error",
        "ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsSessionResourceNotFoundRunError": (
        "_models.managed_agents_session_resource_not_found_run_error",
        "ManagedAgentsSessionResourceNotFoundRunError",
    ),
    "BetaManagedAgentsSessionResourceNotFoundRunErrorObject": (
        "_models.managed_agents_session_resource_not_found_run_error",
        "ManagedAgentsSessionResourceNotFoundRunError",
    ),
    "BetaManagedAgentsSessionResourceParams": (
        "_params.managed_agents_session_resource_params",
        "ManagedAgentsSessionResourceParams",
    ),
    "BetaManagedAgentsSessionRetriesExhausted": (
        "_models.managed_agents_session_retries_exhausted",
        "ManagedAgentsSessionRetriesExhausted",
    ),
    "BetaManagedAgentsSessionRosterEntry": (
        "_models.managed_agents_session_roster_entry",
        "ManagedAgentsSessionRosterEntry",
    ),
    "BetaManagedAgentsSessionStats": (
        "_models.managed_agents_session_stats",
        "ManagedAgentsSessionStats",
    ),
    "BetaManagedAgentsSessionStatus": (
        "_models.managed_agents_session_status",
        "ManagedAgentsSessionStatus",
    ),
    "BetaManagedAgentsSessionStatusIdleEvent": (
        "_models.managed_agents_session_status_idle_event",
        "ManagedAgentsSessionStatusIdleEvent",
    ),
    "BetaManagedAgentsSessionStatusParam": (
        "_params.managed_agents_session_status_param",
        "ManagedAgentsSessionStatusParam",
    ),
    "BetaManagedAgentsSessionStatusRescheduledEvent": (
        "_models.managed_agents_session_status_rescheduled_event",
        "ManagedAgentsSessionStatusRescheduledEvent",
    ),
    "BetaManagedAgentsSessionStatusRunningEvent": (
        "_models.managed_agents_session_status_running_event",
        "ManagedAgentsSessionStatusRunningEvent",
    ),
    "BetaManagedAgentsSessionStatusTerminatedEvent": (
        "_models.managed_agents_session_status_terminated_event",
        "ManagedAgentsSessionStatusTerminatedEvent",
    ),
    "BetaManagedAgentsSessionStopReason": (
        "_models.managed_agents_session_stop_reason",
        "ManagedAgentsSessionStopReason",
    ),
    "BetaManagedAgentsSessionThread": (
        "_models.managed_agents_session_thread",
        "ManagedAgentsSessionThread",
    ),
    "BetaManagedAgentsSessionThreadAgent": (
        "_models.managed_agents_session_thread_agent",
        "ManagedAgentsSessionThreadAgent",
    ),
    "BetaManagedAgentsSessionThreadCreatedEvent": (
        "_models.managed_agents_session_thread_created_event",
        "ManagedAgentsSessionThreadCreatedEvent",
    ),
    "BetaManagedAgentsSessionThreadResolvedAgent": (
        "_models.managed_agents_session_thread_resolved_agent",
        "ManagedAgentsSessionThreadResolvedAgent",
    ),
    "BetaManagedAgentsSessionThreadStats": (
        "_models.managed_agents_session_thread_stats",
        "ManagedAgentsSessionThreadStats",
    ),
    "BetaManagedAgentsSessionThreadStatus": (
        "_models.managed_agents_session_thread_status",
        "ManagedAgentsSessionThreadStatus",
    ),
    "BetaManagedAgentsSessionThreadStatusIdleEvent": (
        "_models.managed_agents_session_thread_status_idle_event",
        "ManagedAgentsSessionThreadStatusIdleEvent",
    ),
    "BetaManagedAgentsSessionThreadStatusParam": (
        "_params.managed_agents_session_thread_status_param",
        "ManagedAgentsSessionThreadStatusParam",
    ),
    "BetaManagedAgentsSessionThreadStatusRescheduledEvent": (
        "_models.managed_agents_session_thread_status_rescheduled_event",
        "ManagedAgentsSessionThreadStatusRescheduledEvent",
    ),
    "BetaManagedAgentsSessionThreadStatusRunningEvent": (
        "_models.managed_agents_session_thread_status_running_event",
        "ManagedAgentsSessionThreadStatusRunningEvent",
    ),
    "BetaManagedAgentsSessionThreadStatusTerminatedEvent": (
        "_models.managed_agents_session_thread_status_terminated_event",
        "ManagedAgentsSessionThreadStatusTerminatedEvent",
    ),
    "BetaManagedAgentsSessionThreadUsage": (
        "_models.managed_agents_session_thread_usage",
        "ManagedAgentsSessionThreadUsage",
    ),
    "BetaManagedAgentsSessionUpdatedEvent": (
        "_models.managed_agents_session_updated_event",
        "ManagedAgentsSessionUpdatedEvent",
    ),
    "BetaManagedAgentsSessionUsage": (
        "_models.managed_agents_session_usage",
        "ManagedAgentsSessionUsage",
    ),
    "BetaManagedAgentsSessionUsageEvent": (
        "_models.managed_agents_session_usage_event",
        "ManagedAgentsSessionUsageEvent",
    ),
    "BetaManagedAgentsSessionUsageSnapshot": (
        "_models.managed_agents_session_usage_snapshot",
        "ManagedAgentsSessionUsageSnapshot",
    ),
    "BetaManagedAgentsSkill": ("_models.managed_agents_skill", "ManagedAgentsSkill"),
    "BetaManagedAgentsSkillNotFoundDeploymentPausedReasonError": (
        "_models.managed_agents_skill_not_found_deployment_paused_reason_error",
        "ManagedAgentsSkillNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsSkillNotFoundDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_skill_not_found_deployment_paused_reason_error",
        "ManagedAgentsSkillNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsSkillNotFoundRunError": (
        "_models.managed_agents_skill_not_found_run_error",
        "ManagedAgentsSkillNotFoundRunError",
    ),
    "BetaManagedAgentsSkillNotFoundRunErrorObject": (
        "_models.managed_agents_skill_not_found_run_error",
        "ManagedAgentsSkillNotFoundRunError",
    ),
    "BetaManagedAgentsSkillParams": (
        "_params.managed_agents_skill_params",
        "ManagedAgentsSkillParams",
    ),
    "BetaManagedAgentsSpanModelRequestEndEvent": (
        "_models.managed_agents_span_model_request_end_event",
        "ManagedAgentsSpanModelRequestEndEvent",
    ),
    "BetaManagedAgentsSpanModelRequestStartEvent": (
        "_models.managed_agents_span_model_request_start_event",
        "ManagedAgentsSpanModelRequestStartEvent",
    ),
    "BetaManagedAgentsSpanModelUsage": (
        "_models.managed_agents_span_model_usage",
        "ManagedAgentsSpanModelUsage",
    ),
    "BetaManagedAgentsSpanOutcomeEvaluationEndEvent": (
        "_models.managed_agents_span_outcome_evaluation_end_event",
        "ManagedAgentsSpanOutcomeEvaluationEndEvent",
    ),
    "BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent": (
        "_models.managed_agents_span_outcome_evaluation_ongoing_event",
        "ManagedAgentsSpanOutcomeEvaluationOngoingEvent",
    ),
    "BetaManagedAgentsSpanOutcomeEvaluationStartEvent": (
        "_models.managed_agents_span_outcome_evaluation_start_event",
        "ManagedAgentsSpanOutcomeEvaluationStartEvent",
    ),
    "BetaManagedAgentsSpeed": ("_models.managed_agents_speed", "ManagedAgentsSpeed"),
    "BetaManagedAgentsSpeedParam": (
        "_params.managed_agents_speed_param",
        "ManagedAgentsSpeedParam",
    ),
    "BetaManagedAgentsStartEvent": (
        "_models.managed_agents_event_start_event",
        "ManagedAgentsEventStartEvent",
    ),
    "BetaManagedAgentsStartEventPreview": (
        "_models.managed_agents_event_start_event_event",
        "ManagedAgentsEventStartEventEvent",
    ),
    "BetaManagedAgentsStaticBearerAuthResponse": (
        "_models.managed_agents_static_bearer_auth_response",
        "ManagedAgentsStaticBearerAuthResponse",
    ),
    "BetaManagedAgentsStaticBearerCreateParams": (
        "_params.managed_agents_static_bearer_create_params",
        "ManagedAgentsStaticBearerCreateParams",
    ),
    "BetaManagedAgentsStaticBearerUpdateParams": (
        "_params.managed_agents_static_bearer_update_params",
        "ManagedAgentsStaticBearerUpdateParams",
    ),
    "BetaManagedAgentsStreamBedrockSessionEvents": (
        "_models.managed_agents_stream_bedrock_session_events",
        "ManagedAgentsStreamBedrockSessionEvents",
    ),
    "BetaManagedAgentsStreamBedrockSessionThreadEvents": (
        "_models.managed_agents_stream_bedrock_session_thread_events",
        "ManagedAgentsStreamBedrockSessionThreadEvents",
    ),
    "BetaManagedAgentsStreamSessionEvents": (
        "_models.managed_agents_stream_session_events",
        "ManagedAgentsStreamSessionEvents",
    ),
    "BetaManagedAgentsStreamSessionThreadEvents": (
        "_models.managed_agents_stream_session_thread_events",
        "ManagedAgentsStreamSessionThreadEvents",
    ),
    "BetaManagedAgentsStruct": ("_models.managed_agents_struct", "ManagedAgentsStruct"),
    "BetaManagedAgentsSystemContentBlock": (
        "_models.managed_agents_text_block",
        "ManagedAgentsTextBlock",
    ),
    "BetaManagedAgentsSystemContentBlockParam": (
        "_params.managed_agents_system_content_block_param",
        "ManagedAgentsSystemContentBlockParam",
    ),
    "BetaManagedAgentsSystemMessageEvent": (
        "_models.managed_agents_system_message_event",
        "ManagedAgentsSystemMessageEvent",
    ),
    "BetaManagedAgentsSystemMessageEventParams": (
        "_params.managed_agents_system_message_event_params",
        "ManagedAgentsSystemMessageEventParams",
    ),
    "BetaManagedAgentsTextBlock": ("_models.managed_agents_text_block", "ManagedAgentsTextBlock"),
    "BetaManagedAgentsTextBlockParam": (
        "_params.managed_agents_text_block_param",
        "ManagedAgentsTextBlockParam",
    ),
    "BetaManagedAgentsTextRubric": (
        "_models.managed_agents_text_rubric",
        "ManagedAgentsTextRubric",
    ),
    "BetaManagedAgentsTextRubricParams": (
        "_params.managed_agents_text_rubric_params",
        "ManagedAgentsTextRubricParams",
    ),
    "BetaManagedAgentsThreadLimitWorkflowRunError": (
        "_models.managed_agents_thread_limit_workflow_run_error",
        "ManagedAgentsThreadLimitWorkflowRunError",
    ),
    "BetaManagedAgentsTimeoutWorkflowRunError": (
        "_models.managed_agents_timeout_workflow_run_error",
        "ManagedAgentsTimeoutWorkflowRunError",
    ),
    "BetaManagedAgentsTokenEndpointAuthBasicParam": (
        "_params.managed_agents_token_endpoint_auth_basic_param",
        "ManagedAgentsTokenEndpointAuthBasicParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthBasicResponse": (
        "_models.managed_agents_token_endpoint_auth_basic_response",
        "ManagedAgentsTokenEndpointAuthBasicResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthBasicUpdateParam": (
        "_params.managed_agents_token_endpoint_auth_basic_update_param",
        "ManagedAgentsTokenEndpointAuthBasicUpdateParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthNoneParam": (
        "_params.managed_agents_token_endpoint_auth_none_param",
        "ManagedAgentsTokenEndpointAuthNoneParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthNoneResponse": (
        "_models.managed_agents_token_endpoint_auth_none_response",
        "ManagedAgentsTokenEndpointAuthNoneResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthParams": (
        "_params.managed_agents_token_endpoint_auth_params",
        "ManagedAgentsTokenEndpointAuthParams",
    ),
    "BetaManagedAgentsTokenEndpointAuthPostParam": (
        "_params.managed_agents_token_endpoint_auth_post_param",
        "ManagedAgentsTokenEndpointAuthPostParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthPostResponse": (
        "_models.managed_agents_token_endpoint_auth_post_response",
        "ManagedAgentsTokenEndpointAuthPostResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthPostUpdateParam": (
        "_params.managed_agents_token_endpoint_auth_post_update_param",
        "ManagedAgentsTokenEndpointAuthPostUpdateParam",
    ),
    "BetaManagedAgentsTokenEndpointAuthResponse": (
        "_models.managed_agents_token_endpoint_auth_response",
        "ManagedAgentsTokenEndpointAuthResponse",
    ),
    "BetaManagedAgentsTokenEndpointAuthUpdateParams": (
        "_params.managed_agents_token_endpoint_auth_update_params",
        "ManagedAgentsTokenEndpointAuthUpdateParams",
    ),
    "BetaManagedAgentsToolResultContentBlock": (
        "_models.managed_agents_tool_result_content_block",
        "ManagedAgentsToolResultContentBlock",
    ),
    "BetaManagedAgentsToolResultContentBlockParam": (
        "_params.managed_agents_tool_result_content_block_param",
        "ManagedAgentsToolResultContentBlockParam",
    ),
    "BetaManagedAgentsToolUseLimitReachedError": (
        "_models.managed_agents_tool_use_limit_reached_error",
        "ManagedAgentsToolUseLimitReachedError",
    ),
    "BetaManagedAgentsTriggerContext": (
        "_models.managed_agents_trigger_context",
        "ManagedAgentsTriggerContext",
    ),
    "BetaManagedAgentsTriggerType": (
        "_params.managed_agents_trigger_type_param",
        "ManagedAgentsTriggerTypeParam",
    ),
    "BetaManagedAgentsTriggerTypeParam": (
        "_params.managed_agents_trigger_type_param",
        "ManagedAgentsTriggerTypeParam",
    ),
    "BetaManagedAgentsURLDocumentSource": (
        "_models.managed_agents_url_document_source",
        "ManagedAgentsURLDocumentSource",
    ),
    "BetaManagedAgentsURLDocumentSourceParam": (
        "_params.managed_agents_url_document_source_param",
        "ManagedAgentsURLDocumentSourceParam",
    ),
    "BetaManagedAgentsURLImageSource": (
        "_models.managed_agents_url_image_source",
        "ManagedAgentsURLImageSource",
    ),
    "BetaManagedAgentsURLImageSourceParam": (
        "_params.managed_agents_url_image_source_param",
        "ManagedAgentsURLImageSourceParam",
    ),
    "BetaManagedAgentsURLMCPServerParams": (
        "_params.managed_agents_urlmcp_server_params",
        "ManagedAgentsURLMCPServerParams",
    ),
    "BetaManagedAgentsUnknownDeploymentPausedReasonError": (
        "_models.managed_agents_unknown_deployment_paused_reason_error",
        "ManagedAgentsUnknownDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsUnknownDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_unknown_deployment_paused_reason_error",
        "ManagedAgentsUnknownDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsUnknownError": (
        "_models.managed_agents_unknown_error",
        "ManagedAgentsUnknownError",
    ),
    "BetaManagedAgentsUnknownRunError": (
        "_models.managed_agents_unknown_run_error",
        "ManagedAgentsUnknownRunError",
    ),
    "BetaManagedAgentsUnknownRunErrorObject": (
        "_models.managed_agents_unknown_run_error",
        "ManagedAgentsUnknownRunError",
    ),
    "BetaManagedAgentsUnknownWorkflowRunError": (
        "_models.managed_agents_unknown_workflow_run_error",
        "ManagedAgentsUnknownWorkflowRunError",
    ),
    "BetaManagedAgentsUnrestrictedCredentialNetworkingParams": (
        "_params.managed_agents_unrestricted_credential_networking_params",
        "ManagedAgentsUnrestrictedCredentialNetworkingParams",
    ),
    "BetaManagedAgentsUnrestrictedCredentialNetworkingResponse": (
        "_models.managed_agents_unrestricted_credential_networking_response",
        "ManagedAgentsUnrestrictedCredentialNetworkingResponse",
    ),
    "BetaManagedAgentsUpdateAgentParams": (
        "_params.managed_agents_update_agent_params",
        "ManagedAgentsUpdateAgentParams",
    ),
    "BetaManagedAgentsUpdateDeploymentParams": (
        "_params.managed_agents_update_deployment_params",
        "ManagedAgentsUpdateDeploymentParams",
    ),
    "BetaManagedAgentsUpdateSessionParams": (
        "_params.managed_agents_update_session_params",
        "ManagedAgentsUpdateSessionParams",
    ),
    "BetaManagedAgentsUpdateSessionResource": (
        "_models.managed_agents_update_session_resource",
        "ManagedAgentsUpdateSessionResource",
    ),
    "BetaManagedAgentsUpdateSessionResourceParams": (
        "_params.managed_agents_update_session_resource_params",
        "ManagedAgentsUpdateSessionResourceParams",
    ),
    "BetaManagedAgentsUserActor": ("_models.managed_agents_user_actor", "ManagedAgentsUserActor"),
    "BetaManagedAgentsUserContentBlock": (
        "_models.managed_agents_user_content_block",
        "ManagedAgentsUserContentBlock",
    ),
    "BetaManagedAgentsUserContentBlockParam": (
        "_params.managed_agents_user_content_block_param",
        "ManagedAgentsUserContentBlockParam",
    ),
    "BetaManagedAgentsUserCustomToolResultEvent": (
        "_models.managed_agents_user_custom_tool_result_event",
        "ManagedAgentsUserCustomToolResultEvent",
    ),
    "BetaManagedAgentsUserCustomToolResultEventParams": (
        "_params.managed_agents_user_custom_tool_result_event_params",
        "ManagedAgentsUserCustomToolResultEventParams",
    ),
    "BetaManagedAgentsUserDefineOutcomeEvent": (
        "_models.managed_agents_user_define_outcome_event",
        "ManagedAgentsUserDefineOutcomeEvent",
    ),
    "BetaManagedAgentsUserDefineOutcomeEventParams": (
        "_params.managed_agents_user_define_outcome_event_params",
        "ManagedAgentsUserDefineOutcomeEventParams",
    ),
    "BetaManagedAgentsUserInterruptEvent": (
        "_models.managed_agents_user_interrupt_event",
        "ManagedAgentsUserInterruptEvent",
    ),
    "BetaManagedAgentsUserInterruptEventParams": (
        "_params.managed_agents_user_interrupt_event_params",
        "ManagedAgentsUserInterruptEventParams",
    ),
    "BetaManagedAgentsUserLocation": (
        "_models.managed_agents_user_location",
        "ManagedAgentsUserLocation",
    ),
    "BetaManagedAgentsUserLocationParam": (
        "_params.managed_agents_user_location_param",
        "ManagedAgentsUserLocationParam",
    ),
    "BetaManagedAgentsUserMessageEvent": (
        "_models.managed_agents_user_message_event",
        "ManagedAgentsUserMessageEvent",
    ),
    "BetaManagedAgentsUserMessageEventParams": (
        "_params.managed_agents_user_message_event_params",
        "ManagedAgentsUserMessageEventParams",
    ),
    "BetaManagedAgentsUserToolConfirmationEvent": (
        "_models.managed_agents_user_tool_confirmation_event",
        "ManagedAgentsUserToolConfirmationEvent",
    ),
    "BetaManagedAgentsUserToolConfirmationEventParams": (
        "_params.managed_agents_user_tool_confirmation_event_params",
        "ManagedAgentsUserToolConfirmationEventParams",
    ),
    "BetaManagedAgentsUserToolConfirmationResult": (
        "_models.managed_agents_user_tool_confirmation_result",
        "ManagedAgentsUserToolConfirmationResult",
    ),
    "BetaManagedAgentsUserToolConfirmationResultParam": (
        "_params.managed_agents_user_tool_confirmation_result_param",
        "ManagedAgentsUserToolConfirmationResultParam",
    ),
    "BetaManagedAgentsUserToolResultEvent": (
        "_models.managed_agents_user_tool_result_event",
        "ManagedAgentsUserToolResultEvent",
    ),
    "BetaManagedAgentsUserToolResultEventParams": (
        "_params.managed_agents_user_tool_result_event_params",
        "ManagedAgentsUserToolResultEventParams",
    ),
    "BetaManagedAgentsVault": ("_models.managed_agents_vault", "ManagedAgentsVault"),
    "BetaManagedAgentsVaultArchivedDeploymentPausedReasonError": (
        "_models.managed_agents_vault_archived_deployment_paused_reason_error",
        "ManagedAgentsVaultArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsVaultArchivedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_vault_archived_deployment_paused_reason_error",
        "ManagedAgentsVaultArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsVaultArchivedRunError": (
        "_models.managed_agents_vault_archived_run_error",
        "ManagedAgentsVaultArchivedRunError",
    ),
    "BetaManagedAgentsVaultArchivedRunErrorObject": (
        "_models.managed_agents_vault_archived_run_error",
        "ManagedAgentsVaultArchivedRunError",
    ),
    "BetaManagedAgentsVaultNotFoundDeploymentPausedReasonError": (
        "_models.managed_agents_vault_not_found_deployment_paused_reason_error",
        "ManagedAgentsVaultNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsVaultNotFoundDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_vault_not_found_deployment_paused_reason_error",
        "ManagedAgentsVaultNotFoundDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsVaultNotFoundRunError": (
        "_models.managed_agents_vault_not_found_run_error",
        "ManagedAgentsVaultNotFoundRunError",
    ),
    "BetaManagedAgentsVaultNotFoundRunErrorObject": (
        "_models.managed_agents_vault_not_found_run_error",
        "ManagedAgentsVaultNotFoundRunError",
    ),
    "BetaManagedAgentsWebFetchToolConfig": (
        "_models.managed_agents_web_fetch_tool_config",
        "ManagedAgentsWebFetchToolConfig",
    ),
    "BetaManagedAgentsWebFetchToolConfigParams": (
        "_params.managed_agents_web_fetch_tool_config_params",
        "ManagedAgentsWebFetchToolConfigParams",
    ),
    "BetaManagedAgentsWebFetchURLSourceAll": (
        "_models.web_fetch_url_source_all",
        "WebFetchURLSourceAll",
    ),
    "BetaManagedAgentsWebFetchURLSourceAllParam": (
        "_params.web_fetch_url_source_all_param",
        "WebFetchURLSourceAllParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceExcept": (
        "_models.web_fetch_url_source_except",
        "WebFetchURLSourceExcept",
    ),
    "BetaManagedAgentsWebFetchURLSourceExceptParam": (
        "_params.web_fetch_url_source_except_param",
        "WebFetchURLSourceExceptParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceNone": (
        "_models.web_fetch_url_source_none",
        "WebFetchURLSourceNone",
    ),
    "BetaManagedAgentsWebFetchURLSourceNoneParam": (
        "_params.web_fetch_url_source_none_param",
        "WebFetchURLSourceNoneParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceOnly": (
        "_models.web_fetch_url_source_only",
        "WebFetchURLSourceOnly",
    ),
    "BetaManagedAgentsWebFetchURLSourceOnlyParam": (
        "_params.web_fetch_url_source_only_param",
        "WebFetchURLSourceOnlyParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceShorthand": (
        "_params.managed_agents_web_fetch_url_source_shorthand_param",
        "ManagedAgentsWebFetchURLSourceShorthandParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceShorthandParam": (
        "_params.managed_agents_web_fetch_url_source_shorthand_param",
        "ManagedAgentsWebFetchURLSourceShorthandParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceToolFilter": (
        "_models.web_fetch_url_source_tool_filter",
        "WebFetchURLSourceToolFilter",
    ),
    "BetaManagedAgentsWebFetchURLSourceToolFilterParam": (
        "_params.web_fetch_url_source_tool_filter_param",
        "WebFetchURLSourceToolFilterParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceToolFilterParams": (
        "_params.managed_agents_web_fetch_url_source_tool_filter_params",
        "ManagedAgentsWebFetchURLSourceToolFilterParams",
    ),
    "BetaManagedAgentsWebFetchURLSourceToolReference": (
        "_models.web_fetch_url_source_tool_reference",
        "WebFetchURLSourceToolReference",
    ),
    "BetaManagedAgentsWebFetchURLSourceToolReferenceParam": (
        "_params.web_fetch_url_source_tool_reference_param",
        "WebFetchURLSourceToolReferenceParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceUserInput": (
        "_models.web_fetch_url_source_user_input",
        "WebFetchURLSourceUserInput",
    ),
    "BetaManagedAgentsWebFetchURLSourceUserInputParam": (
        "_params.web_fetch_url_source_user_input_param",
        "WebFetchURLSourceUserInputParam",
    ),
    "BetaManagedAgentsWebFetchURLSourceUserInputParams": (
        "_params.managed_agents_web_fetch_url_source_user_input_params",
        "ManagedAgentsWebFetchURLSourceUserInputParams",
    ),
    "BetaManagedAgentsWebFetchURLSources": (
        "_models.managed_agents_web_fetch_url_sources",
        "ManagedAgentsWebFetchURLSources",
    ),
    "BetaManagedAgentsWebFetchURLSourcesParams": (
        "_params.managed_agents_web_fetch_url_sources_params",
        "ManagedAgentsWebFetchURLSourcesParams",
    ),
    "BetaManagedAgentsWebSearchToolConfig": (
        "_models.managed_agents_web_search_tool_config",
        "ManagedAgentsWebSearchToolConfig",
    ),
    "BetaManagedAgentsWebSearchToolConfigParams": (
        "_params.managed_agents_web_search_tool_config_params",
        "ManagedAgentsWebSearchToolConfigParams",
    ),
    "BetaManagedAgentsWorkflowRunCreatedEvent": (
        "_models.managed_agents_workflow_run_created_event",
        "ManagedAgentsWorkflowRunCreatedEvent",
    ),
    "BetaManagedAgentsWorkflowRunError": (
        "_models.managed_agents_workflow_run_error",
        "ManagedAgentsWorkflowRunError",
    ),
    "BetaManagedAgentsWorkflowRunErrorEvent": (
        "_models.managed_agents_workflow_run_error_event",
        "ManagedAgentsWorkflowRunErrorEvent",
    ),
    "BetaManagedAgentsWorkflowRunPhase": (
        "_models.managed_agents_workflow_run_phase",
        "ManagedAgentsWorkflowRunPhase",
    ),
    "BetaManagedAgentsWorkflowRunPhaseEndedEvent": (
        "_models.managed_agents_workflow_run_phase_ended_event",
        "ManagedAgentsWorkflowRunPhaseEndedEvent",
    ),
    "BetaManagedAgentsWorkflowRunPhaseStartedEvent": (
        "_models.managed_agents_workflow_run_phase_started_event",
        "ManagedAgentsWorkflowRunPhaseStartedEvent",
    ),
    "BetaManagedAgentsWorkflowRunResult": (
        "_models.managed_agents_workflow_run_result",
        "ManagedAgentsWorkflowRunResult",
    ),
    "BetaManagedAgentsWorkflowRunResultCompleted": (
        "_models.managed_agents_workflow_run_result_completed",
        "ManagedAgentsWorkflowRunResultCompleted",
    ),
    "BetaManagedAgentsWorkflowRunResultError": (
        "_models.managed_agents_workflow_run_result_error",
        "ManagedAgentsWorkflowRunResultError",
    ),
    "BetaManagedAgentsWorkflowRunResultStopped": (
        "_models.managed_agents_workflow_run_result_stopped",
        "ManagedAgentsWorkflowRunResultStopped",
    ),
    "BetaManagedAgentsWorkflowRunStatusEndedEvent": (
        "_models.managed_agents_workflow_run_status_ended_event",
        "ManagedAgentsWorkflowRunStatusEndedEvent",
    ),
    "BetaManagedAgentsWorkflowRunStatusIdleEvent": (
        "_models.managed_agents_workflow_run_status_idle_event",
        "ManagedAgentsWorkflowRunStatusIdleEvent",
    ),
    "BetaManagedAgentsWorkflowRunStatusRunningEvent": (
        "_models.managed_agents_workflow_run_status_running_event",
        "ManagedAgentsWorkflowRunStatusRunningEvent",
    ),
    "BetaManagedAgentsWorkingDirectoryErrorObject": (
        "_models.managed_agents_working_directory_error_object",
        "ManagedAgentsWorkingDirectoryErrorObject",
    ),
    "BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonError": (
        "_models.managed_agents_workspace_archived_deployment_paused_reason_error",
        "ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonErrorObject": (
        "_models.managed_agents_workspace_archived_deployment_paused_reason_error",
        "ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError",
    ),
    "BetaManagedAgentsWorkspaceArchivedRunError": (
        "_models.managed_agents_workspace_archived_run_error",
        "ManagedAgentsWorkspaceArchivedRunError",
    ),
    "BetaManagedAgentsWorkspaceArchivedRunErrorObject": (
        "_models.managed_agents_workspace_archived_run_error",
        "ManagedAgentsWorkspaceArchivedRunError",
    ),
    "BetaManagedAgentsWriteToolConfig": (
        "_models.managed_agents_write_tool_config",
        "ManagedAgentsWriteToolConfig",
    ),
    "BetaManagedAgentsWriteToolConfigParams": (
        "_params.managed_agents_write_tool_config_params",
        "ManagedAgentsWriteToolConfigParams",
    ),
    "BetaMemberListParams": ("_params.beta_member_list_params", "BetaMemberListParams"),
    "BetaMemberRemoveResponse": ("_models.member_remove_response", "MemberRemoveResponse"),
    "BetaMemoryCreateParams": ("_params.memory_create_params", "MemoryCreateParams"),
    "BetaMemoryDeleteParams": ("_params.memory_delete_params", "MemoryDeleteParams"),
    "BetaMemoryListPage": ("_models.memory_list_page", "MemoryListPage"),
    "BetaMemoryListParams": ("_params.memory_list_params", "MemoryListParams"),
    "BetaMemoryRetrieveParams": ("_params.memory_retrieve_params", "MemoryRetrieveParams"),
    "BetaMemoryStoreCreateParams": (
        "_params.memory_store_create_params",
        "MemoryStoreCreateParams",
    ),
    "BetaMemoryStoreListParams": ("_params.memory_store_list_params", "MemoryStoreListParams"),
    "BetaMemoryStorePage": ("_models.memory_store_page", "MemoryStorePage"),
    "BetaMemoryStoreUpdateParams": (
        "_params.memory_store_update_params",
        "MemoryStoreUpdateParams",
    ),
    "BetaMemoryTool20250818": ("_models.memory_tool20250818", "MemoryTool20250818"),
    "BetaMemoryTool20250818Command": (
        "_models.memory_tool20250818_command",
        "MemoryTool20250818Command",
    ),
    "BetaMemoryTool20250818CreateCommand": (
        "_models.memory_tool20250818_create_command",
        "MemoryTool20250818CreateCommand",
    ),
    "BetaMemoryTool20250818DeleteCommand": (
        "_models.memory_tool20250818_delete_command",
        "MemoryTool20250818DeleteCommand",
    ),
    "BetaMemoryTool20250818InsertCommand": (
        "_models.memory_tool20250818_insert_command",
        "MemoryTool20250818InsertCommand",
    ),
    "BetaMemoryTool20250818Param": ("_params.memory_tool20250818_param", "MemoryTool20250818Param"),
    "BetaMemoryTool20250818RenameCommand": (
        "_models.memory_tool20250818_rename_command",
        "MemoryTool20250818RenameCommand",
    ),
    "BetaMemoryTool20250818StrReplaceCommand": (
        "_models.memory_tool20250818_str_replace_command",
        "MemoryTool20250818StrReplaceCommand",
    ),
    "BetaMemoryTool20250818ViewCommand": (
        "_models.memory_tool20250818_view_command",
        "MemoryTool20250818ViewCommand",
    ),
    "BetaMemoryUpdateParams": ("_params.memory_update_params", "MemoryUpdateParams"),
    "BetaMemoryVersionListParams": (
        "_params.memory_version_list_params",
        "MemoryVersionListParams",
    ),
    "BetaMemoryVersionPage": ("_models.memory_version_page", "MemoryVersionPage"),
    "BetaMemoryVersionRetrieveParams": (
        "_params.memory_version_retrieve_params",
        "MemoryVersionRetrieveParams",
    ),
    "BetaMessage": ("_models.message", "Message"),
    "BetaMessageBatch": ("_models.message_batch", "MessageBatch"),
    "BetaMessageBatchCanceledResult": (
        "_models.message_batch_canceled_result",
        "MessageBatchCanceledResult",
    ),
    "BetaMessageBatchErroredResult": (
        "_models.message_batch_errored_result",
        "MessageBatchErroredResult",
    ),
    "BetaMessageBatchExpiredResult": (
        "_models.message_batch_expired_result",
        "MessageBatchExpiredResult",
    ),
    "BetaMessageBatchIndividualResponse": (
        "_models.message_batch_individual_response",
        "MessageBatchIndividualResponse",
    ),
    "BetaMessageBatchPage": ("_models.message_batch_page", "MessageBatchPage"),
    "BetaMessageBatchProcessingStatus": (
        "_models.message_batch_processing_status",
        "MessageBatchProcessingStatus",
    ),
    "BetaMessageBatchRequestCounts": (
        "_models.message_batch_request_counts",
        "MessageBatchRequestCounts",
    ),
    "BetaMessageBatchResult": ("_models.message_batch_result", "MessageBatchResult"),
    "BetaMessageBatchSucceededResult": (
        "_models.message_batch_succeeded_result",
        "MessageBatchSucceededResult",
    ),
    "BetaMessageContentParam": ("_params.message_content_param", "MessageContentParam"),
    "BetaMessageCountTokensParams": (
        "_params.beta_message_count_tokens_params",
        "BetaMessageCountTokensParams",
    ),
    "BetaMessageCountTokensToolParam": ("_params.tool_union_param", "ToolUnionParam"),
    "BetaMessageCreateParams": ("_params.beta_message_create_params", "BetaMessageCreateParams"),
    "BetaMessageCreateParamsBase": (
        "_params.beta_message_create_params_base",
        "BetaMessageCreateParamsBase",
    ),
    "BetaMessageCreateParamsContainerParam": ("_params.container_param", "ContainerParam"),
    "BetaMessageCreateParamsNonStreaming": (
        "_params.beta_message_create_params_non_streaming",
        "BetaMessageCreateParamsNonStreaming",
    ),
    "BetaMessageCreateParamsStreaming": (
        "_params.beta_message_create_params_streaming",
        "BetaMessageCreateParamsStreaming",
    ),
    "BetaMessageDelta": ("_models.message_delta", "MessageDelta"),
    "BetaMessageDeltaUsage": ("_models.message_delta_usage", "MessageDeltaUsage"),
    "BetaMessageIterationUsage": ("_models.message_iteration_usage", "MessageIterationUsage"),
    "BetaMessageParam": ("_params.message_param", "MessageParam"),
    "BetaMessageThreadContinueParam": (
        "_params.message_thread_continue_param",
        "MessageThreadContinueParam",
    ),
    "BetaMessageThreadCreateParam": (
        "_params.message_thread_create_param",
        "MessageThreadCreateParam",
    ),
    "BetaMessageThreadParam": ("_params.message_thread_param", "MessageThreadParam"),
    "BetaMessageTokensCount": ("_models.message_tokens_count", "MessageTokensCount"),
    "BetaMetadataParam": ("_params.metadata_param", "MetadataParam"),
    "BetaModel": ("_models.model", "Model"),
    "BetaModelCapabilities": ("_models.model_capabilities", "ModelCapabilities"),
    "BetaModelInfo": ("_models.model_info", "ModelInfo"),
    "BetaModelInfoPage": ("_models.model_info_page", "ModelInfoPage"),
    "BetaModelLifecycle": ("_models.model_lifecycle", "ModelLifecycle"),
    "BetaModelLifecycleParam": ("_params.model_lifecycle_param", "ModelLifecycleParam"),
    "BetaModelLine": ("_models.model_line", "ModelLine"),
    "BetaModelListParams": ("_params.beta_model_list_params", "BetaModelListParams"),
    "BetaModelParam": ("_params.model_param", "ModelParam"),
    "BetaMonetaryAmount": ("_models.monetary_amount", "MonetaryAmount"),
    "BetaMonetaryAmountParam": ("_params.monetary_amount_param", "MonetaryAmountParam"),
    "BetaNewOrganizationWebhookEndpoint": (
        "_models.new_organization_webhook_endpoint",
        "NewOrganizationWebhookEndpoint",
    ),
    "BetaNewOrganizationWebhookEndpointEnabledEvents": (
        "_models.new_organization_webhook_endpoint_enabled_events",
        "NewOrganizationWebhookEndpointEnabledEvents",
    ),
    "BetaNoBillingWorkspaceRole": (
        "_params.no_billing_workspace_role_param",
        "NoBillingWorkspaceRoleParam",
    ),
    "BetaNoBillingWorkspaceRoleParam": (
        "_params.no_billing_workspace_role_param",
        "NoBillingWorkspaceRoleParam",
    ),
    "BetaNotFoundError": ("_models.not_found_error", "NotFoundError"),
    "BetaNotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "BetaNoticeListParams": ("_params.notice_list_params", "NoticeListParams"),
    "BetaOrgAPIKeyLimitExceededErrorDetails": (
        "_models.org_api_key_limit_exceeded_error_details",
        "OrgAPIKeyLimitExceededErrorDetails",
    ),
    "BetaOrgMemberLimitExceededErrorDetails": (
        "_models.org_member_limit_exceeded_error_details",
        "OrgMemberLimitExceededErrorDetails",
    ),
    "BetaOrganization": ("_models.organization_info", "OrganizationInfo"),
    "BetaOrganizationAnalyticsPluginListParams": (
        "_params.beta_organization_analytics_plugin_list_params",
        "BetaOrganizationAnalyticsPluginListParams",
    ),
    "BetaOrganizationAnalyticsSkillListParams": (
        "_params.beta_organization_analytics_skill_list_params",
        "BetaOrganizationAnalyticsSkillListParams",
    ),
    "BetaOrganizationAnalyticsUserListParams": (
        "_params.beta_organization_analytics_user_list_params",
        "BetaOrganizationAnalyticsUserListParams",
    ),
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroupListParams": (
        "_params.organization_claude_code_managed_settings_rbac_group_list_params",
        "OrganizationClaudeCodeManagedSettingsRbacGroupListParams",
    ),
    "BetaOrganizationComplianceSettings": (
        "_models.organization_compliance_settings",
        "OrganizationComplianceSettings",
    ),
    "BetaOrganizationFederationRulesWorkspaceListParams": (
        "_params.beta_organization_federation_rules_workspace_list_params",
        "BetaOrganizationFederationRulesWorkspaceListParams",
    ),
    "BetaOrganizationInfo": ("_models.organization_info", "OrganizationInfo"),
    "BetaOrganizationInvite": ("_models.organization_invite", "OrganizationInvite"),
    "BetaOrganizationInvitePage": ("_models.organization_invite_page", "OrganizationInvitePage"),
    "BetaOrganizationInviteStatus": (
        "_models.organization_invite_status",
        "OrganizationInviteStatus",
    ),
    "BetaOrganizationLevelScopedAPIKeyRequiredErrorDetails": (
        "_models.organization_level_scoped_api_key_required_error_details",
        "OrganizationLevelScopedAPIKeyRequiredErrorDetails",
    ),
    "BetaOrganizationNotEligibleError": ("._error_classes", "BetaOrganizationNotEligibleError"),
    "BetaOrganizationNotEligibleErrorDetails": (
        "_models.organization_not_eligible_error_details",
        "OrganizationNotEligibleErrorDetails",
    ),
    "BetaOrganizationNotEnrolledInBetaErrorDetails": (
        "_models.organization_not_enrolled_in_beta_error_details",
        "OrganizationNotEnrolledInBetaErrorDetails",
    ),
    "BetaOrganizationOnHoldErrorDetails": (
        "_models.organization_on_hold_error_details",
        "OrganizationOnHoldErrorDetails",
    ),
    "BetaOrganizationPluginsVersionListParams": (
        "_params.organization_plugins_version_list_params",
        "OrganizationPluginsVersionListParams",
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
    "BetaOrganizationRateLimitListParams": (
        "_params.beta_organization_rate_limit_list_params",
        "BetaOrganizationRateLimitListParams",
    ),
    "BetaOrganizationRateLimitModelGroup": (
        "_models.organization_rate_limit_model_group",
        "OrganizationRateLimitModelGroup",
    ),
    "BetaOrganizationRateLimitPage": (
        "_models.organization_rate_limit_page",
        "OrganizationRateLimitPage",
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
    "BetaOrganizationRbacGroupsMemberListParams": (
        "_params.beta_organization_rbac_groups_member_list_params",
        "BetaOrganizationRbacGroupsMemberListParams",
    ),
    "BetaOrganizationRole": ("_models.organization_role", "OrganizationRole"),
    "BetaOrganizationServiceAccountListParams": (
        "_params.beta_organization_service_account_list_params",
        "BetaOrganizationServiceAccountListParams",
    ),
    "BetaOrganizationServiceAccountsWorkspaceListParams": (
        "_params.beta_organization_service_accounts_workspace_list_params",
        "BetaOrganizationServiceAccountsWorkspaceListParams",
    ),
    "BetaOrganizationTelemetryDestinationsWorkspaceListParams": (
        "_params.organization_telemetry_destinations_workspace_list_params",
        "OrganizationTelemetryDestinationsWorkspaceListParams",
    ),
    "BetaOrganizationTypeNotSupportedErrorDetails": (
        "_models.organization_type_not_supported_error_details",
        "OrganizationTypeNotSupportedErrorDetails",
    ),
    "BetaOrganizationUser": ("_models.organization_user", "OrganizationUser"),
    "BetaOrganizationUserPage": ("_models.organization_user_page", "OrganizationUserPage"),
    "BetaOrganizationWebhookEndpoint": (
        "_models.organization_webhook_endpoint",
        "OrganizationWebhookEndpoint",
    ),
    "BetaOrganizationWebhookEndpointEnabledEvents": (
        "_models.organization_webhook_endpoint_enabled_events",
        "OrganizationWebhookEndpointEnabledEvents",
    ),
    "BetaOrganizationWebhookEndpointPage": (
        "_models.organization_webhook_endpoint_page",
        "OrganizationWebhookEndpointPage",
    ),
    "BetaOrganizationWebhookEndpointSigningSecret": (
        "_models.organization_webhook_endpoint_signing_secret",
        "OrganizationWebhookEndpointSigningSecret",
    ),
    "BetaOrganizationWebhookEndpointState": (
        "_models.organization_webhook_endpoint_state",
        "OrganizationWebhookEndpointState",
    ),
    "BetaOutputBehavior": ("_models.output_behavior", "OutputBehavior"),
    "BetaOutputBehaviorCreateNew": (
        "_models.output_behavior_create_new",
        "OutputBehaviorCreateNew",
    ),
    "BetaOutputBehaviorCreateNewParam": (
        "_params.output_behavior_create_new_param",
        "OutputBehaviorCreateNewParam",
    ),
    "BetaOutputBehaviorParam": ("_params.output_behavior_param", "OutputBehaviorParam"),
    "BetaOutputBehaviorUpdateExisting": (
        "_models.output_behavior_update_existing",
        "OutputBehaviorUpdateExisting",
    ),
    "BetaOutputBehaviorUpdateExistingParam": (
        "_params.output_behavior_update_existing_param",
        "OutputBehaviorUpdateExistingParam",
    ),
    "BetaOutputConfigParam": ("_params.output_config_param", "OutputConfigParam"),
    "BetaOutputTokensDetails": ("_models.output_tokens_details", "OutputTokensDetails"),
    "BetaOverloadedError": ("_models.overloaded_error", "OverloadedError"),
    "BetaOverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "BetaPackages": ("_models.packages", "Packages"),
    "BetaPackagesParams": ("_params.packages_params", "PackagesParams"),
    "BetaParentOrganizationRequiredErrorDetails": (
        "_models.parent_organization_required_error_details",
        "ParentOrganizationRequiredErrorDetails",
    ),
    "BetaPendingConfigurationExternalStorageStatus": (
        "_models.pending_configuration_external_storage_status",
        "PendingConfigurationExternalStorageStatus",
    ),
    "BetaPermissionError": ("_models.permission_error", "PermissionError"),
    "BetaPermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "BetaPermissionListParams": ("_params.beta_permission_list_params", "BetaPermissionListParams"),
    "BetaPingEvent": ("_models.ping_event", "PingEvent"),
    "BetaPlainTextSource": ("_models.plain_text_source", "PlainTextSource"),
    "BetaPlainTextSourceParam": ("_params.plain_text_source_param", "PlainTextSourceParam"),
    "BetaPlugin": ("_models.plugin", "Plugin"),
    "BetaPluginAPIActor": ("_models.plugin_api_actor", "PluginAPIActor"),
    "BetaPluginActor": ("_models.plugin_actor", "PluginActor"),
    "BetaPluginComponent": ("_models.plugin_component", "PluginComponent"),
    "BetaPluginComponentType": ("_models.plugin_component_type", "PluginComponentType"),
    "BetaPluginContentScan": ("_models.plugin_content_scan", "PluginContentScan"),
    "BetaPluginContentScanAssessment": (
        "_models.plugin_content_scan_assessment",
        "PluginContentScanAssessment",
    ),
    "BetaPluginContentScanStatus": (
        "_models.plugin_content_scan_status",
        "PluginContentScanStatus",
    ),
    "BetaPluginCreateParams": ("_params.plugin_create_params", "PluginCreateParams"),
    "BetaPluginInstallationSetting": (
        "_models.plugin_installation_setting",
        "PluginInstallationSetting",
    ),
    "BetaPluginInstallationSettingInstallationPreference": (
        "_models.plugin_installation_setting_installation_preference",
        "PluginInstallationSettingInstallationPreference",
    ),
    "BetaPluginInstallationSettingPage": (
        "_models.plugin_installation_setting_page",
        "PluginInstallationSettingPage",
    ),
    "BetaPluginInstallationSettingSetParams": (
        "_params.plugin_installation_setting_set_params",
        "PluginInstallationSettingSetParams",
    ),
    "BetaPluginListParams": ("_params.plugin_list_params", "PluginListParams"),
    "BetaPluginMarketplace": ("_models.plugin_marketplace", "PluginMarketplace"),
    "BetaPluginMarketplaceDefaultInstallationPreference": (
        "_models.plugin_marketplace_default_installation_preference",
        "PluginMarketplaceDefaultInstallationPreference",
    ),
    "BetaPluginMarketplaceListParams": (
        "_params.plugin_marketplace_list_params",
        "PluginMarketplaceListParams",
    ),
    "BetaPluginMarketplacePage": ("_models.plugin_marketplace_page", "PluginMarketplacePage"),
    "BetaPluginMarketplaceRetrieveParams": (
        "_params.plugin_marketplace_retrieve_params",
        "PluginMarketplaceRetrieveParams",
    ),
    "BetaPluginMarketplaceSource": ("_models.plugin_marketplace_source", "PluginMarketplaceSource"),
    "BetaPluginMarketplaceSyncStatus": (
        "_models.plugin_marketplace_sync_status",
        "PluginMarketplaceSyncStatus",
    ),
    "BetaPluginMarketplaceUpdateParams": (
        "_params.plugin_marketplace_update_params",
        "PluginMarketplaceUpdateParams",
    ),
    "BetaPluginMarketplaceValidateArchiveParams": (
        "_params.plugin_marketplace_validate_archive_params",
        "PluginMarketplaceValidateArchiveParams",
    ),
    "BetaPluginMarketplaceValidateRepositoryParams": (
        "_params.plugin_marketplace_validate_repository_params",
        "PluginMarketplaceValidateRepositoryParams",
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
    "BetaPluginNameTakenErrorDetails": (
        "_models.plugin_name_taken_error_details",
        "PluginNameTakenErrorDetails",
    ),
    "BetaPluginOrganizationInstallationPreference": (
        "_models.plugin_organization_installation_preference",
        "PluginOrganizationInstallationPreference",
    ),
    "BetaPluginOwner": ("_models.plugin_owner", "PluginOwner"),
    "BetaPluginOwnerOrganization": ("_models.plugin_owner_organization", "PluginOwnerOrganization"),
    "BetaPluginOwnerUser": ("_models.plugin_owner_user", "PluginOwnerUser"),
    "BetaPluginPage": ("_models.plugin_page", "PluginPage"),
    "BetaPluginReach": ("_models.plugin_reach", "PluginReach"),
    "BetaPluginRetrieveParams": ("_params.plugin_retrieve_params", "PluginRetrieveParams"),
    "BetaPluginShare": ("_models.plugin_share", "PluginShare"),
    "BetaPluginSharePage": ("_models.plugin_share_page", "PluginSharePage"),
    "BetaPluginTarget": ("_models.plugin_target", "PluginTarget"),
    "BetaPluginTargetOrganization": (
        "_models.plugin_target_organization",
        "PluginTargetOrganization",
    ),
    "BetaPluginTargetOrganizationMember": (
        "_models.plugin_target_organization_member",
        "PluginTargetOrganizationMember",
    ),
    "BetaPluginTargetRBACGroup": ("_models.plugin_target_rbac_group", "PluginTargetRBACGroup"),
    "BetaPluginUpdateParams": ("_params.plugin_update_params", "PluginUpdateParams"),
    "BetaPluginUserActor": ("_models.plugin_user_actor", "PluginUserActor"),
    "BetaPluginVersion": ("_models.plugin_version", "PluginVersion"),
    "BetaPluginVersionCreateParams": (
        "_params.plugin_version_create_params",
        "PluginVersionCreateParams",
    ),
    "BetaPluginVersionPage": ("_models.plugin_version_page", "PluginVersionPage"),
    "BetaPluginVersionReach": ("_models.plugin_version_reach", "PluginVersionReach"),
    "BetaPredefinedAgents": ("_params.predefined_agents1", "PredefinedAgents"),
    "BetaProjectListParams": ("_params.beta_project_list_params", "BetaProjectListParams"),
    "BetaProviderNotAllowedErrorDetails": (
        "_models.provider_not_allowed_error_details",
        "ProviderNotAllowedErrorDetails",
    ),
    "BetaPublicEnvironmentCreateRequest": (
        "_params.public_environment_create_request_param",
        "PublicEnvironmentCreateRequestParam",
    ),
    "BetaPublicEnvironmentCreateRequestParam": (
        "_params.public_environment_create_request_param",
        "PublicEnvironmentCreateRequestParam",
    ),
    "BetaPublicEnvironmentUpdateRequest": (
        "_params.public_environment_update_request_param",
        "PublicEnvironmentUpdateRequestParam",
    ),
    "BetaPublicEnvironmentUpdateRequestParam": (
        "_params.public_environment_update_request_param",
        "PublicEnvironmentUpdateRequestParam",
    ),
    "BetaRBACAllConnectorsPermissionResource": (
        "_models.rbac_all_connectors_permission_resource",
        "RBACAllConnectorsPermissionResource",
    ),
    "BetaRBACConnectorPermissionResource": (
        "_models.rbac_connector_permission_resource",
        "RBACConnectorPermissionResource",
    ),
    "BetaRBACConnectorScopePermissionResource": (
        "_models.rbac_connector_scope_permission_resource",
        "RBACConnectorScopePermissionResource",
    ),
    "BetaRBACConnectorToolPermissionResource": (
        "_models.rbac_connector_tool_permission_resource",
        "RBACConnectorToolPermissionResource",
    ),
    "BetaRBACGroup": ("_models.rbac_group", "RBACGroup"),
    "BetaRBACGroupCreateParams": (
        "_params.beta_rbac_group_create_params",
        "BetaRBACGroupCreateParams",
    ),
    "BetaRBACGroupGrantsOwnerAccessErrorDetails": (
        "_models.rbac_group_grants_owner_access_error_details",
        "RBACGroupGrantsOwnerAccessErrorDetails",
    ),
    "BetaRBACGroupManagedSettingsNotFoundErrorDetails": (
        "_models.rbac_group_managed_settings_not_found_error_details",
        "RBACGroupManagedSettingsNotFoundErrorDetails",
    ),
    "BetaRBACGroupMember": ("_models.rbac_group_member", "RBACGroupMember"),
    "BetaRBACGroupMemberAddParams": (
        "_params.beta_rbac_group_member_add_params",
        "BetaRBACGroupMemberAddParams",
    ),
    "BetaRBACGroupMemberPage": ("_models.rbac_group_member_page", "RBACGroupMemberPage"),
    "BetaRBACGroupNotFoundErrorDetails": (
        "_models.rbac_group_not_found_error_details",
        "RBACGroupNotFoundErrorDetails",
    ),
    "BetaRBACGroupOrderLimitExceededErrorDetails": (
        "_models.rbac_group_order_limit_exceeded_error_details",
        "RBACGroupOrderLimitExceededErrorDetails",
    ),
    "BetaRBACGroupOwnerAccessUnconfirmedErrorDetails": (
        "_models.rbac_group_owner_access_unconfirmed_error_details",
        "RBACGroupOwnerAccessUnconfirmedErrorDetails",
    ),
    "BetaRBACGroupPage": ("_models.rbac_group_page", "RBACGroupPage"),
    "BetaRBACGroupSourceType": ("_models.rbac_group_source_type", "RBACGroupSourceType"),
    "BetaRBACGroupUpdateParams": (
        "_params.beta_rbac_group_update_params",
        "BetaRBACGroupUpdateParams",
    ),
    "BetaRBACOrganizationPermissionResource": (
        "_models.rbac_organization_permission_resource",
        "RBACOrganizationPermissionResource",
    ),
    "BetaRBACPermissionResource": ("_models.rbac_permission_resource", "RBACPermissionResource"),
    "BetaRBACRole": ("_models.rbac_role", "RBACRole"),
    "BetaRBACRoleNotFoundErrorDetails": (
        "_models.rbac_role_not_found_error_details",
        "RBACRoleNotFoundErrorDetails",
    ),
    "BetaRBACRolePage": ("_models.rbac_role_page", "RBACRolePage"),
    "BetaRBACRolePermission": ("_models.rbac_role_permission", "RBACRolePermission"),
    "BetaRBACRolePermissionPage": ("_models.rbac_role_permission_page", "RBACRolePermissionPage"),
    "BetaRBACRoleSource": ("_models.rbac_role_source", "RBACRoleSource"),
    "BetaRBACRoleSourceBuiltIn": ("_models.rbac_role_source_built_in", "RBACRoleSourceBuiltIn"),
    "BetaRBACRoleSourceCustom": ("_models.rbac_role_source_custom", "RBACRoleSourceCustom"),
    "BetaRampLimitExceededErrorDetails": (
        "_models.ramp_limit_exceeded_error_details",
        "RampLimitExceededErrorDetails",
    ),
    "BetaRateLimitError": ("_models.rate_limit_error", "RateLimitError"),
    "BetaRateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
    "BetaRateLimitGroup": ("_models.rate_limit_group", "RateLimitGroup"),
    "BetaRateLimitListParams": ("_params.beta_rate_limit_list_params", "BetaRateLimitListParams"),
    "BetaRawContentBlockDelta": ("_models.raw_content_block_delta", "RawContentBlockDelta"),
    "BetaRawContentBlockDeltaEvent": (
        "_models.raw_content_block_delta_event",
        "RawContentBlockDeltaEvent",
    ),
    "BetaRawContentBlockStartEvent": (
        "_models.raw_content_block_start_event",
        "RawContentBlockStartEvent",
    ),
    "BetaRawContentBlockStopEvent": (
        "_models.raw_content_block_stop_event",
        "RawContentBlockStopEvent",
    ),
    "BetaRawMessageDeltaEvent": ("_models.raw_message_delta_event", "RawMessageDeltaEvent"),
    "BetaRawMessageStartEvent": ("_models.raw_message_start_event", "RawMessageStartEvent"),
    "BetaRawMessageStopEvent": ("_models.raw_message_stop_event", "RawMessageStopEvent"),
    "BetaRawMessageStreamEvent": ("_models.raw_message_stream_event", "RawMessageStreamEvent"),
    "BetaRbacGroupListParams": ("_params.beta_rbac_group_list_params", "BetaRbacGroupListParams"),
    "BetaRbacRoleListParams": ("_params.beta_rbac_role_list_params", "BetaRbacRoleListParams"),
    "BetaRedactedThinkingBlock": ("_models.redacted_thinking_block", "RedactedThinkingBlock"),
    "BetaRedactedThinkingBlockParam": (
        "_params.redacted_thinking_block_param",
        "RedactedThinkingBlockParam",
    ),
    "BetaRefusalCategory": ("_models.refusal_category", "RefusalCategory"),
    "BetaRefusalStopDetails": ("_models.refusal_stop_details", "RefusalStopDetails"),
    "BetaRegionNotSupportedErrorDetails": (
        "_models.region_not_supported_error_details",
        "RegionNotSupportedErrorDetails",
    ),
    "BetaRegistrationPendingErrorDetails": (
        "_models.registration_pending_error_details",
        "RegistrationPendingErrorDetails",
    ),
    "BetaReportPageTooLargeError": ("._error_classes", "BetaReportPageTooLargeError"),
    "BetaReportPageTooLargeErrorDetails": (
        "_models.report_page_too_large_error_details",
        "ReportPageTooLargeErrorDetails",
    ),
    "BetaRequestBodyEncodingInvalidErrorDetails": (
        "_models.request_body_encoding_invalid_error_details",
        "RequestBodyEncodingInvalidErrorDetails",
    ),
    "BetaRequestBodyEncodingUnsupportedErrorDetails": (
        "_models.request_body_encoding_unsupported_error_details",
        "RequestBodyEncodingUnsupportedErrorDetails",
    ),
    "BetaRequestBodyTimeoutErrorDetails": (
        "_models.request_body_timeout_error_details",
        "RequestBodyTimeoutErrorDetails",
    ),
    "BetaRequestBodyTooLargeAfterDecodingErrorDetails": (
        "_models.request_body_too_large_after_decoding_error_details",
        "RequestBodyTooLargeAfterDecodingErrorDetails",
    ),
    "BetaRequestDocumentBlockParam": ("_params.document_block_param", "DocumentBlockParam"),
    "BetaRequestMCPServerToolConfigurationParam": (
        "_params.mcp_server_tool_configuration_param",
        "MCPServerToolConfigurationParam",
    ),
    "BetaRequestMCPServerURLDefinitionParam": (
        "_params.mcp_server_url_definition_param",
        "MCPServerURLDefinitionParam",
    ),
    "BetaRequestMCPToolResultBlockParam": (
        "_params.mcp_tool_result_block_param",
        "MCPToolResultBlockParam",
    ),
    "BetaRequestTooLargeError": ("_models.request_too_large_error", "RequestTooLargeError"),
    "BetaRequestToolAdditionBlockParam": (
        "_params.tool_addition_block_param",
        "ToolAdditionBlockParam",
    ),
    "BetaRequestToolRemovalBlockParam": (
        "_params.tool_removal_block_param",
        "ToolRemovalBlockParam",
    ),
    "BetaResourceAddParams": ("_params.resource_add_params", "ResourceAddParams"),
    "BetaResourceListParams": ("_params.resource_list_params", "ResourceListParams"),
    "BetaResponseBrowserCloseTabToolUseBlock": (
        "_models.browser_close_tab_tool_use_block",
        "BrowserCloseTabToolUseBlock",
    ),
    "BetaResponseBrowserDoubleClickToolUseBlock": (
        "_models.browser_double_click_tool_use_block",
        "BrowserDoubleClickToolUseBlock",
    ),
    "BetaResponseBrowserFileUploadToolUseBlock": (
        "_models.browser_file_upload_tool_use_block",
        "BrowserFileUploadToolUseBlock",
    ),
    "BetaResponseBrowserFindToolUseBlock": (
        "_models.browser_find_tool_use_block",
        "BrowserFindToolUseBlock",
    ),
    "BetaResponseBrowserFormInputToolUseBlock": (
        "_models.browser_form_input_tool_use_block",
        "BrowserFormInputToolUseBlock",
    ),
    "BetaResponseBrowserGetPageTextToolUseBlock": (
        "_models.browser_get_page_text_tool_use_block",
        "BrowserGetPageTextToolUseBlock",
    ),
    "BetaResponseBrowserHoldKeyToolUseBlock": (
        "_models.browser_hold_key_tool_use_block",
        "BrowserHoldKeyToolUseBlock",
    ),
    "BetaResponseBrowserHoverToolUseBlock": (
        "_models.browser_hover_tool_use_block",
        "BrowserHoverToolUseBlock",
    ),
    "BetaResponseBrowserJavascriptExecToolUseBlock": (
        "_models.browser_javascript_exec_tool_use_block",
        "BrowserJavascriptExecToolUseBlock",
    ),
    "BetaResponseBrowserKeyToolUseBlock": (
        "_models.browser_key_tool_use_block",
        "BrowserKeyToolUseBlock",
    ),
    "BetaResponseBrowserLeftClickDragToolUseBlock": (
        "_models.browser_left_click_drag_tool_use_block",
        "BrowserLeftClickDragToolUseBlock",
    ),
    "BetaResponseBrowserLeftClickToolUseBlock": (
        "_models.browser_left_click_tool_use_block",
        "BrowserLeftClickToolUseBlock",
    ),
    "BetaResponseBrowserLeftMouseDownToolUseBlock": (
        "_models.browser_left_mouse_down_tool_use_block",
        "BrowserLeftMouseDownToolUseBlock",
    ),
    "BetaResponseBrowserLeftMouseUpToolUseBlock": (
        "_models.browser_left_mouse_up_tool_use_block",
        "BrowserLeftMouseUpToolUseBlock",
    ),
    "BetaResponseBrowserListTabsToolUseBlock": (
        "_models.browser_list_tabs_tool_use_block",
        "BrowserListTabsToolUseBlock",
    ),
    "BetaResponseBrowserMiddleClickToolUseBlock": (
        "_models.browser_middle_click_tool_use_block",
        "BrowserMiddleClickToolUseBlock",
    ),
    "BetaResponseBrowserMouseMoveToolUseBlock": (
        "_models.browser_mouse_move_tool_use_block",
        "BrowserMouseMoveToolUseBlock",
    ),
    "BetaResponseBrowserNavigateToolUseBlock": (
        "_models.browser_navigate_tool_use_block",
        "BrowserNavigateToolUseBlock",
    ),
    "BetaResponseBrowserNewTabToolUseBlock": (
        "_models.browser_new_tab_tool_use_block",
        "BrowserNewTabToolUseBlock",
    ),
    "BetaResponseBrowserReadConsoleToolUseBlock": (
        "_models.browser_read_console_tool_use_block",
        "BrowserReadConsoleToolUseBlock",
    ),
    "BetaResponseBrowserReadNetworkToolUseBlock": (
        "_models.browser_read_network_tool_use_block",
        "BrowserReadNetworkToolUseBlock",
    ),
    "BetaResponseBrowserReadPageToolUseBlock": (
        "_models.browser_read_page_tool_use_block",
        "BrowserReadPageToolUseBlock",
    ),
    "BetaResponseBrowserRightClickToolUseBlock": (
        "_models.browser_right_click_tool_use_block",
        "BrowserRightClickToolUseBlock",
    ),
    "BetaResponseBrowserScreenshotToolUseBlock": (
        "_models.browser_screenshot_tool_use_block",
        "BrowserScreenshotToolUseBlock",
    ),
    "BetaResponseBrowserScrollToToolUseBlock": (
        "_models.browser_scroll_to_tool_use_block",
        "BrowserScrollToToolUseBlock",
    ),
    "BetaResponseBrowserScrollToolUseBlock": (
        "_models.browser_scroll_tool_use_block",
        "BrowserScrollToolUseBlock",
    ),
    "BetaResponseBrowserSwitchTabToolUseBlock": (
        "_models.browser_switch_tab_tool_use_block",
        "BrowserSwitchTabToolUseBlock",
    ),
    "BetaResponseBrowserToolUseBlock": ("_models.browser_tool_use_block", "BrowserToolUseBlock"),
    "BetaResponseBrowserTripleClickToolUseBlock": (
        "_models.browser_triple_click_tool_use_block",
        "BrowserTripleClickToolUseBlock",
    ),
    "BetaResponseBrowserTypeToolUseBlock": (
        "_models.browser_type_tool_use_block",
        "BrowserTypeToolUseBlock",
    ),
    "BetaResponseBrowserWaitToolUseBlock": (
        "_models.browser_wait_tool_use_block",
        "BrowserWaitToolUseBlock",
    ),
    "BetaResponseBrowserZoomToolUseBlock": (
        "_models.browser_zoom_tool_use_block",
        "BrowserZoomToolUseBlock",
    ),
    "BetaResponseComputerCursorPositionToolUseBlock": (
        "_models.computer_cursor_position_tool_use_block",
        "ComputerCursorPositionToolUseBlock",
    ),
    "BetaResponseComputerDoubleClickToolUseBlock": (
        "_models.computer_double_click_tool_use_block",
        "ComputerDoubleClickToolUseBlock",
    ),
    "BetaResponseComputerHoldKeyToolUseBlock": (
        "_models.computer_hold_key_tool_use_block",
        "ComputerHoldKeyToolUseBlock",
    ),
    "BetaResponseComputerKeyToolUseBlock": (
        "_models.computer_key_tool_use_block",
        "ComputerKeyToolUseBlock",
    ),
    "BetaResponseComputerLeftClickDragToolUseBlock": (
        "_models.computer_left_click_drag_tool_use_block",
        "ComputerLeftClickDragToolUseBlock",
    ),
    "BetaResponseComputerLeftClickToolUseBlock": (
        "_models.computer_left_click_tool_use_block",
        "ComputerLeftClickToolUseBlock",
    ),
    "BetaResponseComputerLeftMouseDownToolUseBlock": (
        "_models.computer_left_mouse_down_tool_use_block",
        "ComputerLeftMouseDownToolUseBlock",
    ),
    "BetaResponseComputerLeftMouseUpToolUseBlock": (
        "_models.computer_left_mouse_up_tool_use_block",
        "ComputerLeftMouseUpToolUseBlock",
    ),
    "BetaResponseComputerMiddleClickToolUseBlock": (
        "_models.computer_middle_click_tool_use_block",
        "ComputerMiddleClickToolUseBlock",
    ),
    "BetaResponseComputerMouseMoveToolUseBlock": (
        "_models.computer_mouse_move_tool_use_block",
        "ComputerMouseMoveToolUseBlock",
    ),
    "BetaResponseComputerRightClickToolUseBlock": (
        "_models.computer_right_click_tool_use_block",
        "ComputerRightClickToolUseBlock",
    ),
    "BetaResponseComputerScreenshotToolUseBlock": (
        "_models.computer_screenshot_tool_use_block",
        "ComputerScreenshotToolUseBlock",
    ),
    "BetaResponseComputerScrollToolUseBlock": (
        "_models.computer_scroll_tool_use_block",
        "ComputerScrollToolUseBlock",
    ),
    "BetaResponseComputerToolUseBlock": ("_models.computer_tool_use_block", "ComputerToolUseBlock"),
    "BetaResponseComputerTripleClickToolUseBlock": (
        "_models.computer_triple_click_tool_use_block",
        "ComputerTripleClickToolUseBlock",
    ),
    "BetaResponseComputerTypeToolUseBlock": (
        "_models.computer_type_tool_use_block",
        "ComputerTypeToolUseBlock",
    ),
    "BetaResponseComputerWaitToolUseBlock": (
        "_models.computer_wait_tool_use_block",
        "ComputerWaitToolUseBlock",
    ),
    "BetaResponseComputerZoomToolUseBlock": (
        "_models.computer_zoom_tool_use_block",
        "ComputerZoomToolUseBlock",
    ),
    "BetaResponseTool": ("_models.tool", "Tool"),
    "BetaResponseToolAdditionBlock": ("_models.tool_addition_block", "ToolAdditionBlock"),
    "BetaResponseToolChangeMCPToolReference": (
        "_models.tool_change_mcp_tool_reference",
        "ToolChangeMCPToolReference",
    ),
    "BetaResponseToolChangeMCPToolsetReference": (
        "_models.tool_change_mcp_toolset_reference",
        "ToolChangeMCPToolsetReference",
    ),
    "BetaResponseToolChangeToolReference": (
        "_models.tool_change_tool_reference",
        "ToolChangeToolReference",
    ),
    "BetaResponseToolInputSchema": ("_models.tool_input_schema", "ToolInputSchema"),
    "BetaResponseToolRemovalBlock": ("_models.tool_removal_block", "ToolRemovalBlock"),
    "BetaResponseToolUnion": ("_models.response_tool_union", "ResponseToolUnion"),
    "BetaResponseToolUseBlockUnion": ("_models.toolset_tool_use_block", "ToolsetToolUseBlock"),
    "BetaRuleCreateParams": ("_params.beta_rule_create_params", "BetaRuleCreateParams"),
    "BetaRuleListParams": ("_params.beta_rule_list_params", "BetaRuleListParams"),
    "BetaRuleUpdateParams": ("_params.beta_rule_update_params", "BetaRuleUpdateParams"),
    "BetaSandboxEgressRestrictedErrorDetails": (
        "_models.sandbox_egress_restricted_error_details",
        "SandboxEgressRestrictedErrorDetails",
    ),
    "BetaScanFailedErrorDetails": ("_models.scan_failed_error_details", "ScanFailedErrorDetails"),
    "BetaScanPendingErrorDetails": (
        "_models.scan_pending_error_details",
        "ScanPendingErrorDetails",
    ),
    "BetaSearchResultBlockParam": ("_params.search_result_block_param", "SearchResultBlockParam"),
    "BetaSelfHostedConfig": ("_models.self_hosted_config", "SelfHostedConfig"),
    "BetaSelfHostedConfigParams": ("_params.self_hosted_config_params", "SelfHostedConfigParams"),
    "BetaSelfHostedWork": ("_models.self_hosted_work", "SelfHostedWork"),
    "BetaSelfHostedWorkHeartbeatResponse": (
        "_models.self_hosted_work_heartbeat_response",
        "SelfHostedWorkHeartbeatResponse",
    ),
    "BetaSelfHostedWorkHeartbeatResponseState": (
        "_models.self_hosted_work_heartbeat_response_state",
        "SelfHostedWorkHeartbeatResponseState",
    ),
    "BetaSelfHostedWorkListResponse": (
        "_models.self_hosted_work_list_response",
        "SelfHostedWorkListResponse",
    ),
    "BetaSelfHostedWorkQueueStats": (
        "_models.self_hosted_work_queue_stats",
        "SelfHostedWorkQueueStats",
    ),
    "BetaSelfHostedWorkState": ("_models.self_hosted_work_state", "SelfHostedWorkState"),
    "BetaSelfHostedWorkStopRequest": (
        "_params.self_hosted_work_stop_request_param",
        "SelfHostedWorkStopRequestParam",
    ),
    "BetaSelfHostedWorkStopRequestParam": (
        "_params.self_hosted_work_stop_request_param",
        "SelfHostedWorkStopRequestParam",
    ),
    "BetaSelfHostedWorkUpdateRequest": (
        "_params.self_hosted_work_update_request_param",
        "SelfHostedWorkUpdateRequestParam",
    ),
    "BetaSelfHostedWorkUpdateRequestParam": (
        "_params.self_hosted_work_update_request_param",
        "SelfHostedWorkUpdateRequestParam",
    ),
    "BetaServerToolCaller": ("_models.server_tool_caller", "ServerToolCaller"),
    "BetaServerToolCaller20260120": (
        "_models.server_tool_caller20260120",
        "ServerToolCaller20260120",
    ),
    "BetaServerToolCaller20260120Param": (
        "_params.server_tool_caller20260120_param",
        "ServerToolCaller20260120Param",
    ),
    "BetaServerToolCallerParam": ("_params.server_tool_caller_param", "ServerToolCallerParam"),
    "BetaServerToolUsage": ("_models.server_tool_usage", "ServerToolUsage"),
    "BetaServerToolUseBlock": ("_models.server_tool_use_block", "ServerToolUseBlock"),
    "BetaServerToolUseBlockName": ("_models.server_tool_use_block_name", "ServerToolUseBlockName"),
    "BetaServerToolUseBlockParam": (
        "_params.server_tool_use_block_param",
        "ServerToolUseBlockParam",
    ),
    "BetaServerToolsCapability": ("_models.server_tools_capability", "ServerToolsCapability"),
    "BetaServiceAccount": ("_models.service_account", "ServiceAccount"),
    "BetaServiceAccountCreateParams": (
        "_params.beta_service_account_create_params",
        "BetaServiceAccountCreateParams",
    ),
    "BetaServiceAccountListParams": (
        "_params.beta_service_account_list_params",
        "BetaServiceAccountListParams",
    ),
    "BetaServiceAccountOrganizationRole": (
        "_models.service_account_organization_role",
        "ServiceAccountOrganizationRole",
    ),
    "BetaServiceAccountPage": ("_models.service_account_page", "ServiceAccountPage"),
    "BetaServiceAccountTarget": ("_models.service_account_target", "ServiceAccountTarget"),
    "BetaServiceAccountTargetParam": (
        "_params.service_account_target_param",
        "ServiceAccountTargetParam",
    ),
    "BetaServiceAccountUpdateParams": (
        "_params.beta_service_account_update_params",
        "BetaServiceAccountUpdateParams",
    ),
    "BetaServiceAccountWorkspaceAddParams": (
        "_params.beta_service_account_workspace_add_params",
        "BetaServiceAccountWorkspaceAddParams",
    ),
    "BetaServiceAccountWorkspaceMember": (
        "_models.service_account_workspace_member",
        "ServiceAccountWorkspaceMember",
    ),
    "BetaServiceAccountWorkspaceMemberPage": (
        "_models.service_account_workspace_member_page",
        "ServiceAccountWorkspaceMemberPage",
    ),
    "BetaServiceAccountWorkspaceRemoveResponse": (
        "_models.service_account_workspace_remove_response",
        "ServiceAccountWorkspaceRemoveResponse",
    ),
    "BetaSessionListParams": ("_params.session_list_params", "SessionListParams"),
    "BetaSessionWorkData": ("_models.session_work_data", "SessionWorkData"),
    "BetaSessionsEventListParams": (
        "_params.sessions_event_list_params",
        "SessionsEventListParams",
    ),
    "BetaSessionsEventStreamParams": (
        "_params.sessions_event_stream_params",
        "SessionsEventStreamParams",
    ),
    "BetaSettingsDocumentLimitExceededErrorDetails": (
        "_models.settings_document_limit_exceeded_error_details",
        "SettingsDocumentLimitExceededErrorDetails",
    ),
    "BetaSettingsHistoryLimitExceededErrorDetails": (
        "_models.settings_history_limit_exceeded_error_details",
        "SettingsHistoryLimitExceededErrorDetails",
    ),
    "BetaShareListParams": ("_params.share_list_params", "ShareListParams"),
    "BetaSignatureDelta": ("_models.signature_delta", "SignatureDelta"),
    "BetaSkill": ("_models.skill", "Skill"),
    "BetaSkillCreateParams": ("_params.beta_skill_create_params", "BetaSkillCreateParams"),
    "BetaSkillListParams": ("_params.beta_skill_list_params", "BetaSkillListParams"),
    "BetaSkillNameTakenErrorDetails": (
        "_models.skill_name_taken_error_details",
        "SkillNameTakenErrorDetails",
    ),
    "BetaSkillPage": ("_models.skill_page", "SkillPage"),
    "BetaSkillParams": ("_params.container_skill_param", "ContainerSkillParam"),
    "BetaSkillReadBlockedUndecryptableErrorDetails": (
        "_models.skill_read_blocked_undecryptable_error_details",
        "SkillReadBlockedUndecryptableErrorDetails",
    ),
    "BetaSkillSource": ("_models.skill_source", "SkillSource"),
    "BetaSkillSourceType": ("_models.skill_source_type", "SkillSourceType"),
    "BetaSkillVersion": ("_models.skill_version", "SkillVersion"),
    "BetaSkillVersionCreateParams": (
        "_params.beta_skill_version_create_params",
        "BetaSkillVersionCreateParams",
    ),
    "BetaSkillVersionPage": ("_models.skill_version_page", "SkillVersionPage"),
    "BetaSkills": ("_params.skills", "Skills"),
    "BetaSlackChannelListParams": ("_params.slack_channel_list_params", "SlackChannelListParams"),
    "BetaSlackChannelRetrieveParams": (
        "_params.slack_channel_retrieve_params",
        "SlackChannelRetrieveParams",
    ),
    "BetaSlackChannelSetUpEnvironmentNotFoundErrorDetails": (
        "_models.slack_channel_set_up_environment_not_found_error_details",
        "SlackChannelSetUpEnvironmentNotFoundErrorDetails",
    ),
    "BetaSlackChannelSetUpSettingsConflictErrorDetails": (
        "_models.slack_channel_set_up_settings_conflict_error_details",
        "SlackChannelSetUpSettingsConflictErrorDetails",
    ),
    "BetaSlackChannelSetUpSettingsRefusedErrorDetails": (
        "_models.slack_channel_set_up_settings_refused_error_details",
        "SlackChannelSetUpSettingsRefusedErrorDetails",
    ),
    "BetaSlackWorkspaceListParams": (
        "_params.slack_workspace_list_params",
        "SlackWorkspaceListParams",
    ),
    "BetaSlackWorkspaceRetrieveParams": (
        "_params.slack_workspace_retrieve_params",
        "SlackWorkspaceRetrieveParams",
    ),
    "BetaSpeed": ("_models.speed", "Speed"),
    "BetaSpeedParam": ("_params.speed_param", "SpeedParam"),
    "BetaSpendLimit": ("_models.spend_limit", "SpendLimit"),
    "BetaSpendLimitActor": ("_models.spend_limit_actor", "SpendLimitActor"),
    "BetaSpendLimitDeleteResponse": (
        "_models.spend_limit_delete_response",
        "SpendLimitDeleteResponse",
    ),
    "BetaSpendLimitIncreaseRequest": (
        "_models.spend_limit_increase_request",
        "SpendLimitIncreaseRequest",
    ),
    "BetaSpendLimitIncreaseRequestPage": (
        "_models.spend_limit_increase_request_page",
        "SpendLimitIncreaseRequestPage",
    ),
    "BetaSpendLimitIncreaseRequestStatus": (
        "_models.spend_limit_increase_request_status",
        "SpendLimitIncreaseRequestStatus",
    ),
    "BetaSpendLimitIncreaseRequestStatusParam": (
        "_params.spend_limit_increase_request_status_param",
        "SpendLimitIncreaseRequestStatusParam",
    ),
    "BetaSpendLimitListParams": ("_params.spend_limit_list_params", "SpendLimitListParams"),
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
    "BetaSpendLimitPage": ("_models.spend_limit_page", "SpendLimitPage"),
    "BetaSpendLimitPeriod": ("_models.spend_limit_period", "SpendLimitPeriod"),
    "BetaSpendLimitPeriodParam": ("_params.spend_limit_period_param", "SpendLimitPeriodParam"),
    "BetaSpendLimitRBACGroupScope": (
        "_models.spend_limit_rbac_group_scope",
        "SpendLimitRBACGroupScope",
    ),
    "BetaSpendLimitScope": ("_models.spend_limit_scope", "SpendLimitScope"),
    "BetaSpendLimitScopedAPIKeyActor": (
        "_models.spend_limit_scoped_api_key_actor",
        "SpendLimitScopedAPIKeyActor",
    ),
    "BetaSpendLimitSeatTierScope": (
        "_models.spend_limit_seat_tier_scope",
        "SpendLimitSeatTierScope",
    ),
    "BetaSpendLimitSetParams": ("_params.spend_limit_set_params", "SpendLimitSetParams"),
    "BetaSpendLimitSetScopeParam": (
        "_params.spend_limit_set_scope_param",
        "SpendLimitSetScopeParam",
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
    "BetaSpendLimitsAdminAPIWritesNotEnabledErrorDetails": (
        "_models.spend_limits_admin_api_writes_not_enabled_error_details",
        "SpendLimitsAdminAPIWritesNotEnabledErrorDetails",
    ),
    "BetaSpendSummary": ("_models.spend_summary", "SpendSummary"),
    "BetaSpendSummaryPage": ("_models.spend_summary_page", "SpendSummaryPage"),
    "BetaStateChanges": ("_params.state_changes", "StateChanges"),
    "BetaStopReason": ("_models.stop_reason", "StopReason"),
    "BetaStorageAlreadyRegisteredErrorDetails": (
        "_models.storage_already_registered_error_details",
        "StorageAlreadyRegisteredErrorDetails",
    ),
    "BetaStorageAttachLimitReachedErrorDetails": (
        "_models.storage_attach_limit_reached_error_details",
        "StorageAttachLimitReachedErrorDetails",
    ),
    "BetaStorageAttachedDuringArchiveErrorDetails": (
        "_models.storage_attached_during_archive_error_details",
        "StorageAttachedDuringArchiveErrorDetails",
    ),
    "BetaStorageChangedConcurrentlyErrorDetails": (
        "_models.storage_changed_concurrently_error_details",
        "StorageChangedConcurrentlyErrorDetails",
    ),
    "BetaStorageInUseErrorDetails": (
        "_models.storage_in_use_error_details",
        "StorageInUseErrorDetails",
    ),
    "BetaStorageMember": ("_models.storage_member", "StorageMember"),
    "BetaStorageMemberParam": ("_params.storage_member_param", "StorageMemberParam"),
    "BetaStorageNotApprovedErrorDetails": (
        "_models.storage_not_approved_error_details",
        "StorageNotApprovedErrorDetails",
    ),
    "BetaStorageNotAttachableErrorDetails": (
        "_models.storage_not_attachable_error_details",
        "StorageNotAttachableErrorDetails",
    ),
    "BetaStorageNotReadyErrorDetails": (
        "_models.storage_not_ready_error_details",
        "StorageNotReadyErrorDetails",
    ),
    "BetaStorageProfileMismatchErrorDetails": (
        "_models.storage_profile_mismatch_error_details",
        "StorageProfileMismatchErrorDetails",
    ),
    "BetaStorageProfileStillRequiredErrorDetails": (
        "_models.storage_profile_still_required_error_details",
        "StorageProfileStillRequiredErrorDetails",
    ),
    "BetaStorageQuotaExceededErrorDetails": (
        "_models.storage_quota_exceeded_error_details",
        "StorageQuotaExceededErrorDetails",
    ),
    "BetaStorageVerificationFailedErrorDetails": (
        "_models.storage_verification_failed_error_details",
        "StorageVerificationFailedErrorDetails",
    ),
    "BetaSummaryListParams": ("_params.beta_summary_list_params", "BetaSummaryListParams"),
    "BetaSystemMessageClearAt": (
        "_params.system_message_clear_at_param",
        "SystemMessageClearAtParam",
    ),
    "BetaSystemMessageClearAtParam": (
        "_params.system_message_clear_at_param",
        "SystemMessageClearAtParam",
    ),
    "BetaSystemMessageOutputConfigParam": (
        "_params.system_message_output_config_param",
        "SystemMessageOutputConfigParam",
    ),
    "BetaSystemMessageParam": ("_params.message_param", "MessageParam"),
    "BetaTargetCreateParams": ("_params.target_create_params", "TargetCreateParams"),
    "BetaTargetListParams": ("_params.target_list_params", "TargetListParams"),
    "BetaTelemetryDestination": ("_models.telemetry_destination", "TelemetryDestination"),
    "BetaTelemetryDestinationContentMode": (
        "_models.telemetry_destination_content_mode",
        "TelemetryDestinationContentMode",
    ),
    "BetaTelemetryDestinationContentModeParam": (
        "_params.telemetry_destination_content_mode_param",
        "TelemetryDestinationContentModeParam",
    ),
    "BetaTelemetryDestinationCreateParams": (
        "_params.telemetry_destination_create_params",
        "TelemetryDestinationCreateParams",
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
    "BetaTelemetryDestinationListParams": (
        "_params.telemetry_destination_list_params",
        "TelemetryDestinationListParams",
    ),
    "BetaTelemetryDestinationPage": (
        "_models.telemetry_destination_page",
        "TelemetryDestinationPage",
    ),
    "BetaTelemetryDestinationState": (
        "_models.telemetry_destination_state",
        "TelemetryDestinationState",
    ),
    "BetaTelemetryDestinationStateDisabled": (
        "_models.telemetry_destination_state_disabled",
        "TelemetryDestinationStateDisabled",
    ),
    "BetaTelemetryDestinationStateDisabledParam": (
        "_params.telemetry_destination_state_disabled_param",
        "TelemetryDestinationStateDisabledParam",
    ),
    "BetaTelemetryDestinationStateEnabled": (
        "_models.telemetry_destination_state_enabled",
        "TelemetryDestinationStateEnabled",
    ),
    "BetaTelemetryDestinationStateEnabledParam": (
        "_params.telemetry_destination_state_enabled_param",
        "TelemetryDestinationStateEnabledParam",
    ),
    "BetaTelemetryDestinationStateParam": (
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
    "BetaTelemetryDestinationTracesParam": (
        "_params.telemetry_destination_traces_param",
        "TelemetryDestinationTracesParam",
    ),
    "BetaTelemetryDestinationUpdateParams": (
        "_params.telemetry_destination_update_params",
        "TelemetryDestinationUpdateParams",
    ),
    "BetaTelemetryDestinationWorkspace": (
        "_models.telemetry_destination_workspace",
        "TelemetryDestinationWorkspace",
    ),
    "BetaTelemetryDestinationWorkspacePage": (
        "_models.telemetry_destination_workspace_page",
        "TelemetryDestinationWorkspacePage",
    ),
    "BetaTelemetryDestinationWorkspaces": (
        "_models.telemetry_destination_workspaces",
        "TelemetryDestinationWorkspaces",
    ),
    "BetaTelemetryDestinationWorkspacesAll": (
        "_models.telemetry_destination_workspaces_all",
        "TelemetryDestinationWorkspacesAll",
    ),
    "BetaTelemetryDestinationWorkspacesAllParam": (
        "_params.telemetry_destination_workspaces_all_param",
        "TelemetryDestinationWorkspacesAllParam",
    ),
    "BetaTelemetryDestinationWorkspacesExclude": (
        "_models.telemetry_destination_workspaces_exclude",
        "TelemetryDestinationWorkspacesExclude",
    ),
    "BetaTelemetryDestinationWorkspacesExcludeParam": (
        "_params.telemetry_destination_workspaces_exclude_param",
        "TelemetryDestinationWorkspacesExcludeParam",
    ),
    "BetaTelemetryDestinationWorkspacesInclude": (
        "_models.telemetry_destination_workspaces_include",
        "TelemetryDestinationWorkspacesInclude",
    ),
    "BetaTelemetryDestinationWorkspacesIncludeParam": (
        "_params.telemetry_destination_workspaces_include_param",
        "TelemetryDestinationWorkspacesIncludeParam",
    ),
    "BetaTelemetryDestinationWorkspacesParam": (
        "_params.telemetry_destination_workspaces_param",
        "TelemetryDestinationWorkspacesParam",
    ),
    "BetaTextBlock": ("_models.text_block", "TextBlock"),
    "BetaTextBlockParam": ("_params.text_block_param", "TextBlockParam"),
    "BetaTextCitation": ("_models.text_citation", "TextCitation"),
    "BetaTextCitationParam": ("_params.text_citation_param", "TextCitationParam"),
    "BetaTextDelta": ("_models.text_delta", "TextDelta"),
    "BetaTextEditorCodeExecutionCreateResultBlock": (
        "_models.text_editor_code_execution_create_result_block",
        "TextEditorCodeExecutionCreateResultBlock",
    ),
    "BetaTextEditorCodeExecutionCreateResultBlockParam": (
        "_params.text_editor_code_execution_create_result_block_param",
        "TextEditorCodeExecutionCreateResultBlockParam",
    ),
    "BetaTextEditorCodeExecutionStrReplaceResultBlock": (
        "_models.text_editor_code_execution_str_replace_result_block",
        "TextEditorCodeExecutionStrReplaceResultBlock",
    ),
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam": (
        "_params.text_editor_code_execution_str_replace_result_block_param",
        "TextEditorCodeExecutionStrReplaceResultBlockParam",
    ),
    "BetaTextEditorCodeExecutionToolResultBlock": (
        "_models.text_editor_code_execution_tool_result_block",
        "TextEditorCodeExecutionToolResultBlock",
    ),
    "BetaTextEditorCodeExecutionToolResultBlockParam": (
        "_params.text_editor_code_execution_tool_result_block_param",
        "TextEditorCodeExecutionToolResultBlockParam",
    ),
    "BetaTextEditorCodeExecutionToolResultContent": (
        "_models.text_editor_code_execution_tool_result_content",
        "TextEditorCodeExecutionToolResultContent",
    ),
    "BetaTextEditorCodeExecutionToolResultContentParam": (
        "_params.text_editor_code_execution_tool_result_content_param",
        "TextEditorCodeExecutionToolResultContentParam",
    ),
    "BetaTextEditorCodeExecutionToolResultError": (
        "_models.text_editor_code_execution_tool_result_error",
        "TextEditorCodeExecutionToolResultError",
    ),
    "BetaTextEditorCodeExecutionToolResultErrorCode": (
        "_models.text_editor_code_execution_tool_result_error_code",
        "TextEditorCodeExecutionToolResultErrorCode",
    ),
    "BetaTextEditorCodeExecutionToolResultErrorCodeParam": (
        "_params.text_editor_code_execution_tool_result_error_code_param",
        "TextEditorCodeExecutionToolResultErrorCodeParam",
    ),
    "BetaTextEditorCodeExecutionToolResultErrorObject": (
        "_models.text_editor_code_execution_tool_result_error",
        "TextEditorCodeExecutionToolResultError",
    ),
    "BetaTextEditorCodeExecutionToolResultErrorParam": (
        "_params.text_editor_code_execution_tool_result_error_param",
        "TextEditorCodeExecutionToolResultErrorParam",
    ),
    "BetaTextEditorCodeExecutionViewResultBlock": (
        "_models.text_editor_code_execution_view_result_block",
        "TextEditorCodeExecutionViewResultBlock",
    ),
    "BetaTextEditorCodeExecutionViewResultBlockFileType": (
        "_models.text_editor_code_execution_view_result_block_file_type",
        "TextEditorCodeExecutionViewResultBlockFileType",
    ),
    "BetaTextEditorCodeExecutionViewResultBlockParam": (
        "_params.text_editor_code_execution_view_result_block_param",
        "TextEditorCodeExecutionViewResultBlockParam",
    ),
    "BetaThinkingBlock": ("_models.thinking_block", "ThinkingBlock"),
    "BetaThinkingBlockBindingParam": (
        "_params.thinking_block_binding_param",
        "ThinkingBlockBindingParam",
    ),
    "BetaThinkingBlockParam": ("_params.thinking_block_param", "ThinkingBlockParam"),
    "BetaThinkingCapability": ("_models.thinking_capability", "ThinkingCapability"),
    "BetaThinkingConfigAdaptiveParam": (
        "_params.thinking_config_adaptive_param",
        "ThinkingConfigAdaptiveParam",
    ),
    "BetaThinkingConfigBetweenToolsParam": (
        "_params.thinking_config_between_tools_param",
        "ThinkingConfigBetweenToolsParam",
    ),
    "BetaThinkingConfigDisabledParam": (
        "_params.thinking_config_disabled_param",
        "ThinkingConfigDisabledParam",
    ),
    "BetaThinkingConfigEnabledParam": (
        "_params.thinking_config_enabled_param",
        "ThinkingConfigEnabledParam",
    ),
    "BetaThinkingConfigParam": ("_params.thinking_config_param", "ThinkingConfigParam"),
    "BetaThinkingDelta": ("_models.thinking_delta", "ThinkingDelta"),
    "BetaThinkingDisplayMode": ("_params.thinking_display_mode_param", "ThinkingDisplayModeParam"),
    "BetaThinkingDisplayModeParam": (
        "_params.thinking_display_mode_param",
        "ThinkingDisplayModeParam",
    ),
    "BetaThinkingDroppedInputTransformation": (
        "_models.thinking_dropped_input_transformation",
        "ThinkingDroppedInputTransformation",
    ),
    "BetaThinkingMismatchAllowedInputTransformation": (
        "_models.thinking_mismatch_allowed_input_transformation",
        "ThinkingMismatchAllowedInputTransformation",
    ),
    "BetaThinkingPrefixMismatchBehavior": (
        "_params.thinking_prefix_mismatch_behavior_param",
        "ThinkingPrefixMismatchBehaviorParam",
    ),
    "BetaThinkingPrefixMismatchBehaviorParam": (
        "_params.thinking_prefix_mismatch_behavior_param",
        "ThinkingPrefixMismatchBehaviorParam",
    ),
    "BetaThinkingTurnsParam": ("_params.thinking_turns_param", "ThinkingTurnsParam"),
    "BetaThinkingTypes": ("_models.thinking_types", "ThinkingTypes"),
    "BetaThreadAlreadyContinuedErrorDetails": (
        "_models.thread_already_continued_error_details",
        "ThreadAlreadyContinuedErrorDetails",
    ),
    "BetaThreadContinueInFlightErrorDetails": (
        "_models.thread_continue_in_flight_error_details",
        "ThreadContinueInFlightErrorDetails",
    ),
    "BetaThreadContinueParams": (
        "_params.message_thread_continue_param",
        "MessageThreadContinueParam",
    ),
    "BetaThreadCreateFields": ("_params.thread_fields", "ThreadCreateFields"),
    "BetaThreadCreateParams": ("_params.message_thread_create_param", "MessageThreadCreateParam"),
    "BetaThreadFingerprintMismatchErrorDetails": (
        "_models.thread_fingerprint_mismatch_error_details",
        "ThreadFingerprintMismatchErrorDetails",
    ),
    "BetaThreadListParams": ("_params.thread_list_params", "ThreadListParams"),
    "BetaThreadNotFoundErrorDetails": (
        "_models.thread_not_found_error_details",
        "ThreadNotFoundErrorDetails",
    ),
    "BetaThreadSendFields": ("_params.thread_fields", "ThreadSendFields"),
    "BetaThreadUnsupportedRequestErrorDetails": (
        "_models.thread_unsupported_request_error_details",
        "ThreadUnsupportedRequestErrorDetails",
    ),
    "BetaThreadUnsupportedRequestErrorDetailsUnsupported": (
        "_models.thread_unsupported_request_error_details_unsupported",
        "ThreadUnsupportedRequestErrorDetailsUnsupported",
    ),
    "BetaTimestamp": ("_models.timestamp", "Timestamp"),
    "BetaTokenTaskBudgetParam": ("_params.token_task_budget_param", "TokenTaskBudgetParam"),
    "BetaTooManyReportGroupsError": ("._error_classes", "BetaTooManyReportGroupsError"),
    "BetaTooManyReportGroupsErrorDetails": (
        "_models.too_many_report_groups_error_details",
        "TooManyReportGroupsErrorDetails",
    ),
    "BetaTool": ("_models.tool", "Tool"),
    "BetaToolAdditionBlock": ("_models.tool_addition_block", "ToolAdditionBlock"),
    "BetaToolAdditionBlockParam": ("_params.tool_addition_block_param", "ToolAdditionBlockParam"),
    "BetaToolAdditionTool": ("_models.tool_addition_tool", "ToolAdditionTool"),
    "BetaToolAdditionToolParam": ("_params.tool_addition_tool_param", "ToolAdditionToolParam"),
    "BetaToolBash20241022": ("_models.tool_bash20241022", "ToolBash20241022"),
    "BetaToolBash20241022Param": ("_params.tool_bash20241022_param", "ToolBash20241022Param"),
    "BetaToolBash20250124": ("_models.tool_bash20250124", "ToolBash20250124"),
    "BetaToolBash20250124Param": ("_params.tool_bash20250124_param", "ToolBash20250124Param"),
    "BetaToolCaller": ("_models.tool_caller", "ToolCaller"),
    "BetaToolCallerParam": ("_params.tool_caller_param", "ToolCallerParam"),
    "BetaToolChangeMCPToolReference": (
        "_models.tool_change_mcp_tool_reference",
        "ToolChangeMCPToolReference",
    ),
    "BetaToolChangeMCPToolReferenceParam": (
        "_params.tool_change_mcp_tool_reference_param",
        "ToolChangeMCPToolReferenceParam",
    ),
    "BetaToolChangeMCPToolsetReference": (
        "_models.tool_change_mcp_toolset_reference",
        "ToolChangeMCPToolsetReference",
    ),
    "BetaToolChangeMCPToolsetReferenceParam": (
        "_params.tool_change_mcp_toolset_reference_param",
        "ToolChangeMCPToolsetReferenceParam",
    ),
    "BetaToolChangeReference": ("_models.tool_change_reference", "ToolChangeReference"),
    "BetaToolChangeReferenceParam": (
        "_params.tool_change_reference_param",
        "ToolChangeReferenceParam",
    ),
    "BetaToolChangeToolDefinition": (
        "_models.tool_change_tool_definition",
        "ToolChangeToolDefinition",
    ),
    "BetaToolChangeToolDefinitionParam": (
        "_params.tool_change_tool_definition_param",
        "ToolChangeToolDefinitionParam",
    ),
    "BetaToolChangeToolReference": (
        "_models.tool_change_tool_reference",
        "ToolChangeToolReference",
    ),
    "BetaToolChangeToolReferenceParam": (
        "_params.tool_change_tool_reference_param",
        "ToolChangeToolReferenceParam",
    ),
    "BetaToolChoiceAnyParam": ("_params.tool_choice_any_param", "ToolChoiceAnyParam"),
    "BetaToolChoiceAutoParam": ("_params.tool_choice_auto_param", "ToolChoiceAutoParam"),
    "BetaToolChoiceNoneParam": ("_params.tool_choice_none_param", "ToolChoiceNoneParam"),
    "BetaToolChoiceParam": ("_params.tool_choice_param", "ToolChoiceParam"),
    "BetaToolChoiceToolParam": ("_params.tool_choice_tool_param", "ToolChoiceToolParam"),
    "BetaToolComputerUse20241022": ("_models.tool_computer_use20241022", "ToolComputerUse20241022"),
    "BetaToolComputerUse20241022Param": (
        "_params.tool_computer_use20241022_param",
        "ToolComputerUse20241022Param",
    ),
    "BetaToolComputerUse20250124": ("_models.tool_computer_use20250124", "ToolComputerUse20250124"),
    "BetaToolComputerUse20250124Param": (
        "_params.tool_computer_use20250124_param",
        "ToolComputerUse20250124Param",
    ),
    "BetaToolComputerUse20251124": ("_models.tool_computer_use20251124", "ToolComputerUse20251124"),
    "BetaToolComputerUse20251124Param": (
        "_params.tool_computer_use20251124_param",
        "ToolComputerUse20251124Param",
    ),
    "BetaToolInputSchema": ("_models.tool_input_schema", "ToolInputSchema"),
    "BetaToolInputSchemaParam": ("_params.tool_input_schema_param", "ToolInputSchemaParam"),
    "BetaToolNameConflictErrorDetails": (
        "_models.tool_name_conflict_error_details",
        "ToolNameConflictErrorDetails",
    ),
    "BetaToolParam": ("_params.tool_param", "ToolParam"),
    "BetaToolReferenceBlock": ("_models.tool_reference_block", "ToolReferenceBlock"),
    "BetaToolReferenceBlockParam": (
        "_params.tool_reference_block_param",
        "ToolReferenceBlockParam",
    ),
    "BetaToolReferenceUnresolvedErrorDetails": (
        "_models.tool_reference_unresolved_error_details",
        "ToolReferenceUnresolvedErrorDetails",
    ),
    "BetaToolRemovalBlock": ("_models.tool_removal_block", "ToolRemovalBlock"),
    "BetaToolRemovalBlockParam": ("_params.tool_removal_block_param", "ToolRemovalBlockParam"),
    "BetaToolResultBlockParam": ("_params.tool_result_block_param", "ToolResultBlockParam"),
    "BetaToolResultContentBlockParam": (
        "_params.tool_result_content_block_param",
        "ToolResultContentBlockParam",
    ),
    "BetaToolSearchToolBm2520251119": (
        "_models.tool_search_tool_bm2520251119",
        "ToolSearchToolBm2520251119",
    ),
    "BetaToolSearchToolBm2520251119Param": (
        "_params.tool_search_tool_bm2520251119_param",
        "ToolSearchToolBm2520251119Param",
    ),
    "BetaToolSearchToolBm2520251119Type": (
        "_models.tool_search_tool_bm2520251119_type",
        "ToolSearchToolBm2520251119Type",
    ),
    "BetaToolSearchToolBm25_20251119": (
        "_models.tool_search_tool_bm2520251119",
        "ToolSearchToolBm2520251119",
    ),
    "BetaToolSearchToolBm25_20251119Param": (
        "_params.tool_search_tool_bm2520251119_param",
        "ToolSearchToolBm2520251119Param",
    ),
    "BetaToolSearchToolRegex20251119": (
        "_models.tool_search_tool_regex20251119",
        "ToolSearchToolRegex20251119",
    ),
    "BetaToolSearchToolRegex20251119Param": (
        "_params.tool_search_tool_regex20251119_param",
        "ToolSearchToolRegex20251119Param",
    ),
    "BetaToolSearchToolRegex20251119Type": (
        "_models.tool_search_tool_regex20251119_type",
        "ToolSearchToolRegex20251119Type",
    ),
    "BetaToolSearchToolResultBlock": (
        "_models.tool_search_tool_result_block",
        "ToolSearchToolResultBlock",
    ),
    "BetaToolSearchToolResultBlockParam": (
        "_params.tool_search_tool_result_block_param",
        "ToolSearchToolResultBlockParam",
    ),
    "BetaToolSearchToolResultContent": (
        "_models.tool_search_tool_result_content",
        "ToolSearchToolResultContent",
    ),
    "BetaToolSearchToolResultContentParam": (
        "_params.tool_search_tool_result_content_param",
        "ToolSearchToolResultContentParam",
    ),
    "BetaToolSearchToolResultError": (
        "_models.tool_search_tool_result_error",
        "ToolSearchToolResultError",
    ),
    "BetaToolSearchToolResultErrorCode": (
        "_models.tool_search_tool_result_error_code",
        "ToolSearchToolResultErrorCode",
    ),
    "BetaToolSearchToolResultErrorCodeParam": (
        "_params.tool_search_tool_result_error_code_param",
        "ToolSearchToolResultErrorCodeParam",
    ),
    "BetaToolSearchToolResultErrorObject": (
        "_models.tool_search_tool_result_error",
        "ToolSearchToolResultError",
    ),
    "BetaToolSearchToolResultErrorParam": (
        "_params.tool_search_tool_result_error_param",
        "ToolSearchToolResultErrorParam",
    ),
    "BetaToolSearchToolSearchResultBlock": (
        "_models.tool_search_tool_search_result_block",
        "ToolSearchToolSearchResultBlock",
    ),
    "BetaToolSearchToolSearchResultBlockParam": (
        "_params.tool_search_tool_search_result_block_param",
        "ToolSearchToolSearchResultBlockParam",
    ),
    "BetaToolTextEditor20241022": ("_models.tool_text_editor20241022", "ToolTextEditor20241022"),
    "BetaToolTextEditor20241022Param": (
        "_params.tool_text_editor20241022_param",
        "ToolTextEditor20241022Param",
    ),
    "BetaToolTextEditor20250124": ("_models.tool_text_editor20250124", "ToolTextEditor20250124"),
    "BetaToolTextEditor20250124Param": (
        "_params.tool_text_editor20250124_param",
        "ToolTextEditor20250124Param",
    ),
    "BetaToolTextEditor20250429": ("_models.tool_text_editor20250429", "ToolTextEditor20250429"),
    "BetaToolTextEditor20250429Param": (
        "_params.tool_text_editor20250429_param",
        "ToolTextEditor20250429Param",
    ),
    "BetaToolTextEditor20250728": ("_models.tool_text_editor20250728", "ToolTextEditor20250728"),
    "BetaToolTextEditor20250728Param": (
        "_params.tool_text_editor20250728_param",
        "ToolTextEditor20250728Param",
    ),
    "BetaToolUnionParam": ("_params.tool_union_param", "ToolUnionParam"),
    "BetaToolUseBlock": ("_models.tool_use_block", "ToolUseBlock"),
    "BetaToolUseBlockParam": ("_params.tool_use_block_param", "ToolUseBlockParam"),
    "BetaToolUseCaller": ("_models.tool_caller", "ToolCaller"),
    "BetaToolUsesKeepParam": ("_params.tool_uses_keep_param", "ToolUsesKeepParam"),
    "BetaToolUsesTriggerParam": ("_params.tool_uses_trigger_param", "ToolUsesTriggerParam"),
    "BetaToolsetToolUseBlock": ("_models.toolset_tool_use_block", "ToolsetToolUseBlock"),
    "BetaTranscriptsStorageRequiredErrorDetails": (
        "_models.transcripts_storage_required_error_details",
        "TranscriptsStorageRequiredErrorDetails",
    ),
    "BetaTunnel": ("_models.tunnel", "Tunnel"),
    "BetaTunnelCertificate": ("_models.tunnel_certificate", "TunnelCertificate"),
    "BetaTunnelCertificatePage": ("_models.tunnel_certificate_page", "TunnelCertificatePage"),
    "BetaTunnelCreateParams": ("_params.tunnel_create_params", "TunnelCreateParams"),
    "BetaTunnelListParams": ("_params.tunnel_list_params", "TunnelListParams"),
    "BetaTunnelPage": ("_models.tunnel_page", "TunnelPage"),
    "BetaTunnelRotateTokenParams": (
        "_params.tunnel_rotate_token_params",
        "TunnelRotateTokenParams",
    ),
    "BetaTunnelToken": ("_models.tunnel_token", "TunnelToken"),
    "BetaURLImageSourceParam": ("_params.url_image_source_param", "URLImageSourceParam"),
    "BetaURLPDFSourceParam": ("_params.urlpdf_source_param", "URLPDFSourceParam"),
    "BetaUnrestrictedNetwork": ("_models.unrestricted_network", "UnrestrictedNetwork"),
    "BetaUnrestrictedNetworkParam": (
        "_params.unrestricted_network_param",
        "UnrestrictedNetworkParam",
    ),
    "BetaUnsupportedCharsetErrorDetails": (
        "_models.unsupported_charset_error_details",
        "UnsupportedCharsetErrorDetails",
    ),
    "BetaUnsupportedRegionErrorDetails": (
        "_models.unsupported_region_error_details",
        "UnsupportedRegionErrorDetails",
    ),
    "BetaUsage": ("_models.usage", "Usage"),
    "BetaUsageIteration": ("_models.usage_iteration", "UsageIteration"),
    "BetaUsageListParams": ("_params.usage_list_params", "UsageListParams"),
    "BetaUsageReportListParams": ("_params.usage_report_list_params", "UsageReportListParams"),
    "BetaUsageServiceTier": ("_models.usage_service_tier", "UsageServiceTier"),
    "BetaUserCostReportListParams": (
        "_params.user_cost_report_list_params",
        "UserCostReportListParams",
    ),
    "BetaUserListParams": ("_params.beta_user_list_params", "BetaUserListParams"),
    "BetaUserLocation": ("_models.user_location", "UserLocation"),
    "BetaUserLocationParam": ("_params.user_location_param", "UserLocationParam"),
    "BetaUserMessageParam": ("_params.message_param", "MessageParam"),
    "BetaUserProfile": ("_models.user_profile", "UserProfile"),
    "BetaUserProfileAccessType": ("_models.user_profile_access_type", "UserProfileAccessType"),
    "BetaUserProfileAccessTypeParam": (
        "_params.user_profile_access_type_param",
        "UserProfileAccessTypeParam",
    ),
    "BetaUserProfileAccountStatus": (
        "_models.user_profile_account_status",
        "UserProfileAccountStatus",
    ),
    "BetaUserProfileAccountStatusParam": (
        "_params.user_profile_account_status_param",
        "UserProfileAccountStatusParam",
    ),
    "BetaUserProfileActionURL": ("_models.user_profile_action_url", "UserProfileActionURL"),
    "BetaUserProfileBillingNotAuthorizedErrorDetails": (
        "_models.user_profile_billing_not_authorized_error_details",
        "UserProfileBillingNotAuthorizedErrorDetails",
    ),
    "BetaUserProfileClearedErrorDetails": (
        "_models.user_profile_cleared_error_details",
        "UserProfileClearedErrorDetails",
    ),
    "BetaUserProfileCreateParams": (
        "_params.beta_user_profile_create_params",
        "BetaUserProfileCreateParams",
    ),
    "BetaUserProfileCyberProgram": (
        "_models.user_profile_cyber_program",
        "UserProfileCyberProgram",
    ),
    "BetaUserProfileCyberRequirements": (
        "_models.user_profile_cyber_requirements",
        "UserProfileCyberRequirements",
    ),
    "BetaUserProfileCyberTier": ("_models.user_profile_cyber_tier", "UserProfileCyberTier"),
    "BetaUserProfileCyberTierStatus": (
        "_models.user_profile_cyber_tier_status",
        "UserProfileCyberTierStatus",
    ),
    "BetaUserProfileEfsFeature": ("_models.user_profile_efs_feature", "UserProfileEfsFeature"),
    "BetaUserProfileEfsFeatureStatus": (
        "_models.user_profile_efs_feature_status",
        "UserProfileEfsFeatureStatus",
    ),
    "BetaUserProfileEfsProgram": ("_models.user_profile_efs_program", "UserProfileEfsProgram"),
    "BetaUserProfileEnforcementAction": (
        "_models.user_profile_enforcement_action",
        "UserProfileEnforcementAction",
    ),
    "BetaUserProfileEnforcementActionBan": (
        "_models.user_profile_enforcement_action_ban",
        "UserProfileEnforcementActionBan",
    ),
    "BetaUserProfileEnforcementActionNextStep": (
        "_models.user_profile_enforcement_action_next_step",
        "UserProfileEnforcementActionNextStep",
    ),
    "BetaUserProfileEnforcementActionReason": (
        "_models.user_profile_enforcement_action_reason",
        "UserProfileEnforcementActionReason",
    ),
    "BetaUserProfileEnforcementActionRestriction": (
        "_models.user_profile_enforcement_action_restriction",
        "UserProfileEnforcementActionRestriction",
    ),
    "BetaUserProfileEnforcementStatus": (
        "_models.user_profile_enforcement_status",
        "UserProfileEnforcementStatus",
    ),
    "BetaUserProfileEnforcementStatusParam": (
        "_params.user_profile_enforcement_status_param",
        "UserProfileEnforcementStatusParam",
    ),
    "BetaUserProfileEnrollEndUserActionParam": (
        "_params.user_profile_enroll_end_user_action_param",
        "UserProfileEnrollEndUserActionParam",
    ),
    "BetaUserProfileEnrollmentURL": (
        "_models.user_profile_enrollment_url",
        "UserProfileEnrollmentURL",
    ),
    "BetaUserProfileEntityType": ("_models.user_profile_entity_type", "UserProfileEntityType"),
    "BetaUserProfileEntityTypeParam": (
        "_params.user_profile_entity_type_param",
        "UserProfileEntityTypeParam",
    ),
    "BetaUserProfileExternalUserDetails": (
        "_models.user_profile_external_user_details",
        "UserProfileExternalUserDetails",
    ),
    "BetaUserProfileExternalUserDetailsParams": (
        "_params.user_profile_external_user_details_params",
        "UserProfileExternalUserDetailsParams",
    ),
    "BetaUserProfileListOrder": (
        "_params.user_profile_list_order_param",
        "UserProfileListOrderParam",
    ),
    "BetaUserProfileListOrderBy": (
        "_params.user_profile_list_order_by_param",
        "UserProfileListOrderByParam",
    ),
    "BetaUserProfileListOrderByParam": (
        "_params.user_profile_list_order_by_param",
        "UserProfileListOrderByParam",
    ),
    "BetaUserProfileListOrderParam": (
        "_params.user_profile_list_order_param",
        "UserProfileListOrderParam",
    ),
    "BetaUserProfileListParams": (
        "_params.beta_user_profile_list_params",
        "BetaUserProfileListParams",
    ),
    "BetaUserProfileNotBillableErrorDetails": (
        "_models.user_profile_not_billable_error_details",
        "UserProfileNotBillableErrorDetails",
    ),
    "BetaUserProfileNotFoundErrorDetails": (
        "_models.user_profile_not_found_error_details",
        "UserProfileNotFoundErrorDetails",
    ),
    "BetaUserProfilePage": ("_models.user_profile_page", "UserProfilePage"),
    "BetaUserProfileProgramStatus": (
        "_models.user_profile_program_status",
        "UserProfileProgramStatus",
    ),
    "BetaUserProfilePrograms": ("_models.user_profile_programs", "UserProfilePrograms"),
    "BetaUserProfileRelationship": ("_models.user_profile_relationship", "UserProfileRelationship"),
    "BetaUserProfileRelationshipParam": (
        "_params.user_profile_relationship_param",
        "UserProfileRelationshipParam",
    ),
    "BetaUserProfileRequiredErrorDetails": (
        "_models.user_profile_required_error_details",
        "UserProfileRequiredErrorDetails",
    ),
    "BetaUserProfileTrustGrant": ("_models.user_profile_trust_grant", "UserProfileTrustGrant"),
    "BetaUserProfileTrustGrantStatus": (
        "_models.user_profile_trust_grant_status",
        "UserProfileTrustGrantStatus",
    ),
    "BetaUserProfileUpdateParams": (
        "_params.beta_user_profile_update_params",
        "BetaUserProfileUpdateParams",
    ),
    "BetaUserRemoveResponse": ("_models.user_remove_response", "UserRemoveResponse"),
    "BetaUserUpdateParams": ("_params.beta_user_update_params", "BetaUserUpdateParams"),
    "BetaUserUsageReportListParams": (
        "_params.user_usage_report_list_params",
        "UserUsageReportListParams",
    ),
    "BetaVaultCreateParams": ("_params.vault_create_params", "VaultCreateParams"),
    "BetaVaultListParams": ("_params.vault_list_params", "VaultListParams"),
    "BetaVaultPage": ("_models.vault_page", "VaultPage"),
    "BetaVaultUpdateParams": ("_params.vault_update_params", "VaultUpdateParams"),
    "BetaVersionCreateParams": (
        "_params.beta_skill_version_create_params",
        "BetaSkillVersionCreateParams",
    ),
    "BetaVersionDownloadParams": ("_params.version_download_params", "VersionDownloadParams"),
    "BetaVersionListParams": ("_params.beta_version_list_params", "BetaVersionListParams"),
    "BetaVersionRetrieveParams": ("_params.version_retrieve_params", "VersionRetrieveParams"),
    "BetaVersionedToolUnion": ("_models.versioned_tool_union", "VersionedToolUnion"),
    "BetaWebFetchBlock": ("_models.web_fetch_block", "WebFetchBlock"),
    "BetaWebFetchBlockParam": ("_params.web_fetch_block_param", "WebFetchBlockParam"),
    "BetaWebFetchTool20250910": ("_models.web_fetch_tool20250910", "WebFetchTool20250910"),
    "BetaWebFetchTool20250910Param": (
        "_params.web_fetch_tool20250910_param",
        "WebFetchTool20250910Param",
    ),
    "BetaWebFetchTool20260209": ("_models.web_fetch_tool20260209", "WebFetchTool20260209"),
    "BetaWebFetchTool20260209Param": (
        "_params.web_fetch_tool20260209_param",
        "WebFetchTool20260209Param",
    ),
    "BetaWebFetchTool20260309": ("_models.web_fetch_tool20260309", "WebFetchTool20260309"),
    "BetaWebFetchTool20260309Param": (
        "_params.web_fetch_tool20260309_param",
        "WebFetchTool20260309Param",
    ),
    "BetaWebFetchTool20260318": ("_models.web_fetch_tool20260318", "WebFetchTool20260318"),
    "BetaWebFetchTool20260318Param": (
        "_params.web_fetch_tool20260318_param",
        "WebFetchTool20260318Param",
    ),
    "BetaWebFetchTool20260318ResponseInclusion": (
        "_models.web_fetch_tool20260318_response_inclusion",
        "WebFetchTool20260318ResponseInclusion",
    ),
    "BetaWebFetchToolResultBlock": (
        "_models.web_fetch_tool_result_block",
        "WebFetchToolResultBlock",
    ),
    "BetaWebFetchToolResultBlockParam": (
        "_params.web_fetch_tool_result_block_param",
        "WebFetchToolResultBlockParam",
    ),
    "BetaWebFetchToolResultContent": (
        "_models.web_fetch_tool_result_content",
        "WebFetchToolResultContent",
    ),
    "BetaWebFetchToolResultContentParam": (
        "_params.web_fetch_tool_result_content_param",
        "WebFetchToolResultContentParam",
    ),
    "BetaWebFetchToolResultErrorBlock": (
        "_models.web_fetch_tool_result_error_block",
        "WebFetchToolResultErrorBlock",
    ),
    "BetaWebFetchToolResultErrorBlockParam": (
        "_params.web_fetch_tool_result_error_block_param",
        "WebFetchToolResultErrorBlockParam",
    ),
    "BetaWebFetchToolResultErrorCode": (
        "_models.web_fetch_tool_result_error_code",
        "WebFetchToolResultErrorCode",
    ),
    "BetaWebFetchToolResultErrorCodeParam": (
        "_params.web_fetch_tool_result_error_code_param",
        "WebFetchToolResultErrorCodeParam",
    ),
    "BetaWebFetchURLSourceAll": ("_models.web_fetch_url_source_all", "WebFetchURLSourceAll"),
    "BetaWebFetchURLSourceAllParam": (
        "_params.web_fetch_url_source_all_param",
        "WebFetchURLSourceAllParam",
    ),
    "BetaWebFetchURLSourceExcept": (
        "_models.web_fetch_url_source_except",
        "WebFetchURLSourceExcept",
    ),
    "BetaWebFetchURLSourceExceptParam": (
        "_params.web_fetch_url_source_except_param",
        "WebFetchURLSourceExceptParam",
    ),
    "BetaWebFetchURLSourceNone": ("_models.web_fetch_url_source_none", "WebFetchURLSourceNone"),
    "BetaWebFetchURLSourceNoneParam": (
        "_params.web_fetch_url_source_none_param",
        "WebFetchURLSourceNoneParam",
    ),
    "BetaWebFetchURLSourceOnly": ("_models.web_fetch_url_source_only", "WebFetchURLSourceOnly"),
    "BetaWebFetchURLSourceOnlyParam": (
        "_params.web_fetch_url_source_only_param",
        "WebFetchURLSourceOnlyParam",
    ),
    "BetaWebFetchURLSourceToolFilter": (
        "_models.web_fetch_url_source_tool_filter",
        "WebFetchURLSourceToolFilter",
    ),
    "BetaWebFetchURLSourceToolFilterParam": (
        "_params.web_fetch_url_source_tool_filter_param",
        "WebFetchURLSourceToolFilterParam",
    ),
    "BetaWebFetchURLSourceToolReference": (
        "_models.web_fetch_url_source_tool_reference",
        "WebFetchURLSourceToolReference",
    ),
    "BetaWebFetchURLSourceToolReferenceParam": (
        "_params.web_fetch_url_source_tool_reference_param",
        "WebFetchURLSourceToolReferenceParam",
    ),
    "BetaWebFetchURLSourceUserInput": (
        "_models.web_fetch_url_source_user_input",
        "WebFetchURLSourceUserInput",
    ),
    "BetaWebFetchURLSourceUserInputParam": (
        "_params.web_fetch_url_source_user_input_param",
        "WebFetchURLSourceUserInputParam",
    ),
    "BetaWebFetchURLSources": ("_models.web_fetch_url_sources", "WebFetchURLSources"),
    "BetaWebFetchURLSourcesParam": (
        "_params.web_fetch_url_sources_param",
        "WebFetchURLSourcesParam",
    ),
    "BetaWebSearchResultBlock": ("_models.web_search_result_block", "WebSearchResultBlock"),
    "BetaWebSearchResultBlockParam": (
        "_params.web_search_result_block_param",
        "WebSearchResultBlockParam",
    ),
    "BetaWebSearchTool20250305": ("_models.web_search_tool20250305", "WebSearchTool20250305"),
    "BetaWebSearchTool20250305Param": (
        "_params.web_search_tool20250305_param",
        "WebSearchTool20250305Param",
    ),
    "BetaWebSearchTool20260209": ("_models.web_search_tool20260209", "WebSearchTool20260209"),
    "BetaWebSearchTool20260209Param": (
        "_params.web_search_tool20260209_param",
        "WebSearchTool20260209Param",
    ),
    "BetaWebSearchTool20260318": ("_models.web_search_tool20260318", "WebSearchTool20260318"),
    "BetaWebSearchTool20260318Param": (
        "_params.web_search_tool20260318_param",
        "WebSearchTool20260318Param",
    ),
    "BetaWebSearchTool20260318ResponseInclusion": (
        "_models.web_search_tool20260318_response_inclusion",
        "WebSearchTool20260318ResponseInclusion",
    ),
    "BetaWebSearchToolRequestErrorObjectParam": (
        "_params.web_search_tool_result_error_param",
        "WebSearchToolResultErrorParam",
    ),
    "BetaWebSearchToolRequestErrorParam": (
        "_params.web_search_tool_result_error_param",
        "WebSearchToolResultErrorParam",
    ),
    "BetaWebSearchToolResultBlock": (
        "_models.web_search_tool_result_block",
        "WebSearchToolResultBlock",
    ),
    "BetaWebSearchToolResultBlockContent": (
        "_models.web_search_tool_result_content",
        "WebSearchToolResultContent",
    ),
    "BetaWebSearchToolResultBlockParam": (
        "_params.web_search_tool_result_block_param",
        "WebSearchToolResultBlockParam",
    ),
    "BetaWebSearchToolResultBlockParamContentParam": (
        "_params.web_search_tool_result_content_param",
        "WebSearchToolResultContentParam",
    ),
    "BetaWebSearchToolResultContent": (
        "_models.web_search_tool_result_content",
        "WebSearchToolResultContent",
    ),
    "BetaWebSearchToolResultContentParam": (
        "_params.web_search_tool_result_content_param",
        "WebSearchToolResultContentParam",
    ),
    "BetaWebSearchToolResultError": (
        "_models.web_search_tool_result_error",
        "WebSearchToolResultError",
    ),
    "BetaWebSearchToolResultErrorCode": (
        "_models.web_search_tool_result_error_code",
        "WebSearchToolResultErrorCode",
    ),
    "BetaWebSearchToolResultErrorCodeParam": (
        "_params.web_search_tool_result_error_code_param",
        "WebSearchToolResultErrorCodeParam",
    ),
    "BetaWebSearchToolResultErrorObject": (
        "_models.web_search_tool_result_error",
        "WebSearchToolResultError",
    ),
    "BetaWebSearchToolResultErrorParam": (
        "_params.web_search_tool_result_error_param",
        "WebSearchToolResultErrorParam",
    ),
    "BetaWebhookAgentArchivedEventData": (
        "_models.webhook_agent_archived_event_data",
        "WebhookAgentArchivedEventData",
    ),
    "BetaWebhookAgentCreatedEventData": (
        "_models.webhook_agent_created_event_data",
        "WebhookAgentCreatedEventData",
    ),
    "BetaWebhookAgentDeletedEventData": (
        "_models.webhook_agent_deleted_event_data",
        "WebhookAgentDeletedEventData",
    ),
    "BetaWebhookAgentUpdatedEventData": (
        "_models.webhook_agent_updated_event_data",
        "WebhookAgentUpdatedEventData",
    ),
    "BetaWebhookCreateParams": ("_params.webhook_create_params", "WebhookCreateParams"),
    "BetaWebhookDeploymentArchivedEventData": (
        "_models.webhook_deployment_archived_event_data",
        "WebhookDeploymentArchivedEventData",
    ),
    "BetaWebhookDeploymentCreatedEventData": (
        "_models.webhook_deployment_created_event_data",
        "WebhookDeploymentCreatedEventData",
    ),
    "BetaWebhookDeploymentDeletedEventData": (
        "_models.webhook_deployment_deleted_event_data",
        "WebhookDeploymentDeletedEventData",
    ),
    "BetaWebhookDeploymentPausedEventData": (
        "_models.webhook_deployment_paused_event_data",
        "WebhookDeploymentPausedEventData",
    ),
    "BetaWebhookDeploymentRunFailedEventData": (
        "_models.webhook_deployment_run_failed_event_data",
        "WebhookDeploymentRunFailedEventData",
    ),
    "BetaWebhookDeploymentRunStartedEventData": (
        "_models.webhook_deployment_run_started_event_data",
        "WebhookDeploymentRunStartedEventData",
    ),
    "BetaWebhookDeploymentRunSucceededEventData": (
        "_models.webhook_deployment_run_succeeded_event_data",
        "WebhookDeploymentRunSucceededEventData",
    ),
    "BetaWebhookDeploymentUnpausedEventData": (
        "_models.webhook_deployment_unpaused_event_data",
        "WebhookDeploymentUnpausedEventData",
    ),
    "BetaWebhookDeploymentUpdatedEventData": (
        "_models.webhook_deployment_updated_event_data",
        "WebhookDeploymentUpdatedEventData",
    ),
    "BetaWebhookEnvironmentArchivedEventData": (
        "_models.webhook_environment_archived_event_data",
        "WebhookEnvironmentArchivedEventData",
    ),
    "BetaWebhookEnvironmentCreatedEventData": (
        "_models.webhook_environment_created_event_data",
        "WebhookEnvironmentCreatedEventData",
    ),
    "BetaWebhookEnvironmentDeletedEventData": (
        "_models.webhook_environment_deleted_event_data",
        "WebhookEnvironmentDeletedEventData",
    ),
    "BetaWebhookEnvironmentUpdatedEventData": (
        "_models.webhook_environment_updated_event_data",
        "WebhookEnvironmentUpdatedEventData",
    ),
    "BetaWebhookEvent": ("_models.webhook_event", "WebhookEvent"),
    "BetaWebhookEventData": ("_models.webhook_event_data", "WebhookEventData"),
    "BetaWebhookExternalKeyFailedEventData": (
        "_models.webhook_external_key_failed_event_data",
        "WebhookExternalKeyFailedEventData",
    ),
    "BetaWebhookExternalKeyRecoveredEventData": (
        "_models.webhook_external_key_recovered_event_data",
        "WebhookExternalKeyRecoveredEventData",
    ),
    "BetaWebhookExternalStorageFailedEventData": (
        "_models.webhook_external_storage_failed_event_data",
        "WebhookExternalStorageFailedEventData",
    ),
    "BetaWebhookExternalStorageRecoveredEventData": (
        "_models.webhook_external_storage_recovered_event_data",
        "WebhookExternalStorageRecoveredEventData",
    ),
    "BetaWebhookListParams": ("_params.webhook_list_params", "WebhookListParams"),
    "BetaWebhookMemoryStoreArchivedEventData": (
        "_models.webhook_memory_store_archived_event_data",
        "WebhookMemoryStoreArchivedEventData",
    ),
    "BetaWebhookMemoryStoreCreatedEventData": (
        "_models.webhook_memory_store_created_event_data",
        "WebhookMemoryStoreCreatedEventData",
    ),
    "BetaWebhookMemoryStoreDeletedEventData": (
        "_models.webhook_memory_store_deleted_event_data",
        "WebhookMemoryStoreDeletedEventData",
    ),
    "BetaWebhookSessionArchivedEventData": (
        "_models.webhook_session_archived_event_data",
        "WebhookSessionArchivedEventData",
    ),
    "BetaWebhookSessionBudgetReachedEventData": (
        "_models.webhook_session_budget_reached_event_data",
        "WebhookSessionBudgetReachedEventData",
    ),
    "BetaWebhookSessionCreatedEventData": (
        "_models.webhook_session_created_event_data",
        "WebhookSessionCreatedEventData",
    ),
    "BetaWebhookSessionDeletedEventData": (
        "_models.webhook_session_deleted_event_data",
        "WebhookSessionDeletedEventData",
    ),
    "BetaWebhookSessionIdledEventData": (
        "_models.webhook_session_idled_event_data",
        "WebhookSessionIdledEventData",
    ),
    "BetaWebhookSessionOutcomeEvaluationEndedEventData": (
        "_models.webhook_session_outcome_evaluation_ended_event_data",
        "WebhookSessionOutcomeEvaluationEndedEventData",
    ),
    "BetaWebhookSessionPendingEventData": (
        "_models.webhook_session_pending_event_data",
        "WebhookSessionPendingEventData",
    ),
    "BetaWebhookSessionRequiresActionEventData": (
        "_models.webhook_session_requires_action_event_data",
        "WebhookSessionRequiresActionEventData",
    ),
    "BetaWebhookSessionRunningEventData": (
        "_models.webhook_session_running_event_data",
        "WebhookSessionRunningEventData",
    ),
    "BetaWebhookSessionStatusIdledEventData": (
        "_models.webhook_session_status_idled_event_data",
        "WebhookSessionStatusIdledEventData",
    ),
    "BetaWebhookSessionStatusRescheduledEventData": (
        "_models.webhook_session_status_rescheduled_event_data",
        "WebhookSessionStatusRescheduledEventData",
    ),
    "BetaWebhookSessionStatusRunStartedEventData": (
        "_models.webhook_session_status_run_started_event_data",
        "WebhookSessionStatusRunStartedEventData",
    ),
    "BetaWebhookSessionStatusTerminatedEventData": (
        "_models.webhook_session_status_terminated_event_data",
        "WebhookSessionStatusTerminatedEventData",
    ),
    "BetaWebhookSessionThreadCreatedEventData": (
        "_models.webhook_session_thread_created_event_data",
        "WebhookSessionThreadCreatedEventData",
    ),
    "BetaWebhookSessionThreadIdledEventData": (
        "_models.webhook_session_thread_idled_event_data",
        "WebhookSessionThreadIdledEventData",
    ),
    "BetaWebhookSessionThreadTerminatedEventData": (
        "_models.webhook_session_thread_terminated_event_data",
        "WebhookSessionThreadTerminatedEventData",
    ),
    "BetaWebhookSessionUpdatedEventData": (
        "_models.webhook_session_updated_event_data",
        "WebhookSessionUpdatedEventData",
    ),
    "BetaWebhookUpdateParams": ("_params.webhook_update_params", "WebhookUpdateParams"),
    "BetaWebhookUserProfileEnforcementActionOpenedEventData": (
        "_models.webhook_user_profile_enforcement_action_opened_event_data",
        "WebhookUserProfileEnforcementActionOpenedEventData",
    ),
    "BetaWebhookUserProfileEnforcementActionResolvedEventData": (
        "_models.webhook_user_profile_enforcement_action_resolved_event_data",
        "WebhookUserProfileEnforcementActionResolvedEventData",
    ),
    "BetaWebhookUserProfileProgramStatusUpdatedEventData": (
        "_models.webhook_user_profile_program_status_updated_event_data",
        "WebhookUserProfileProgramStatusUpdatedEventData",
    ),
    "BetaWebhookVaultArchivedEventData": (
        "_models.webhook_vault_archived_event_data",
        "WebhookVaultArchivedEventData",
    ),
    "BetaWebhookVaultCreatedEventData": (
        "_models.webhook_vault_created_event_data",
        "WebhookVaultCreatedEventData",
    ),
    "BetaWebhookVaultCredentialArchivedEventData": (
        "_models.webhook_vault_credential_archived_event_data",
        "WebhookVaultCredentialArchivedEventData",
    ),
    "BetaWebhookVaultCredentialCreatedEventData": (
        "_models.webhook_vault_credential_created_event_data",
        "WebhookVaultCredentialCreatedEventData",
    ),
    "BetaWebhookVaultCredentialDeletedEventData": (
        "_models.webhook_vault_credential_deleted_event_data",
        "WebhookVaultCredentialDeletedEventData",
    ),
    "BetaWebhookVaultCredentialRefreshFailedEventData": (
        "_models.webhook_vault_credential_refresh_failed_event_data",
        "WebhookVaultCredentialRefreshFailedEventData",
    ),
    "BetaWebhookVaultDeletedEventData": (
        "_models.webhook_vault_deleted_event_data",
        "WebhookVaultDeletedEventData",
    ),
    "BetaWorkHeartbeatParams": ("_params.work_heartbeat_params", "WorkHeartbeatParams"),
    "BetaWorkLeaseState": ("_models.work_lease_state", "WorkLeaseState"),
    "BetaWorkLeaseStateState": ("_models.work_lease_state_state", "WorkLeaseStateState"),
    "BetaWorkListParams": ("_params.work_list_params", "WorkListParams"),
    "BetaWorkPollParams": ("_params.work_poll_params", "WorkPollParams"),
    "BetaWorkspace": ("_models.workspace", "Workspace"),
    "BetaWorkspaceAPIKeyLimitExceededErrorDetails": (
        "_models.workspace_api_key_limit_exceeded_error_details",
        "WorkspaceAPIKeyLimitExceededErrorDetails",
    ),
    "BetaWorkspaceChangedConcurrentlyErrorDetails": (
        "_models.workspace_changed_concurrently_error_details",
        "WorkspaceChangedConcurrentlyErrorDetails",
    ),
    "BetaWorkspaceChangedConcurrentlyField": (
        "_models.workspace_changed_concurrently_field",
        "WorkspaceChangedConcurrentlyField",
    ),
    "BetaWorkspaceCreateParams": (
        "_params.beta_workspace_create_params",
        "BetaWorkspaceCreateParams",
    ),
    "BetaWorkspaceCreatedIncompleteErrorDetails": (
        "_models.workspace_created_incomplete_error_details",
        "WorkspaceCreatedIncompleteErrorDetails",
    ),
    "BetaWorkspaceHumanReviewDisabledErrorDetails": (
        "_models.workspace_human_review_disabled_error_details",
        "WorkspaceHumanReviewDisabledErrorDetails",
    ),
    "BetaWorkspaceListParams": ("_params.beta_workspace_list_params", "BetaWorkspaceListParams"),
    "BetaWorkspaceMember": ("_models.workspace_member", "WorkspaceMember"),
    "BetaWorkspaceMemberAddParams": (
        "_params.beta_workspace_member_add_params",
        "BetaWorkspaceMemberAddParams",
    ),
    "BetaWorkspaceMemberLimitExceededErrorDetails": (
        "_models.workspace_member_limit_exceeded_error_details",
        "WorkspaceMemberLimitExceededErrorDetails",
    ),
    "BetaWorkspaceMemberPage": ("_models.workspace_member_page", "WorkspaceMemberPage"),
    "BetaWorkspaceMemberUpdateParams": (
        "_params.beta_workspace_member_update_params",
        "BetaWorkspaceMemberUpdateParams",
    ),
    "BetaWorkspacePage": ("_models.workspace_page", "WorkspacePage"),
    "BetaWorkspacePolicyField": ("_models.workspace_policy_field", "WorkspacePolicyField"),
    "BetaWorkspacePolicyViolationErrorDetails": (
        "_models.workspace_policy_violation_error_details",
        "WorkspacePolicyViolationErrorDetails",
    ),
    "BetaWorkspaceRateLimit": ("_models.workspace_rate_limit", "WorkspaceRateLimit"),
    "BetaWorkspaceRateLimitOrganizationSource": (
        "_models.workspace_rate_limit_organization_source",
        "WorkspaceRateLimitOrganizationSource",
    ),
    "BetaWorkspaceRateLimitPage": ("_models.workspace_rate_limit_page", "WorkspaceRateLimitPage"),
    "BetaWorkspaceRateLimitSource": (
        "_models.workspace_rate_limit_source",
        "WorkspaceRateLimitSource",
    ),
    "BetaWorkspaceRateLimitType": (
        "_params.workspace_rate_limit_type_param",
        "WorkspaceRateLimitTypeParam",
    ),
    "BetaWorkspaceRateLimitTypeParam": (
        "_params.workspace_rate_limit_type_param",
        "WorkspaceRateLimitTypeParam",
    ),
    "BetaWorkspaceRateLimitUpdateParams": (
        "_params.beta_workspace_rate_limit_update_params",
        "BetaWorkspaceRateLimitUpdateParams",
    ),
    "BetaWorkspaceRateLimitUpdateValueParam": (
        "_params.workspace_rate_limit_update_value_param",
        "WorkspaceRateLimitUpdateValueParam",
    ),
    "BetaWorkspaceRateLimitValue": (
        "_models.workspace_rate_limit_value",
        "WorkspaceRateLimitValue",
    ),
    "BetaWorkspaceRateLimitWorkspaceSource": (
        "_models.workspace_rate_limit_workspace_source",
        "WorkspaceRateLimitWorkspaceSource",
    ),
    "BetaWorkspaceRole": ("_models.workspace_role", "WorkspaceRole"),
    "BetaWorkspaceRoleParam": ("_params.workspace_role_param", "WorkspaceRoleParam"),
    "BetaWorkspaceServiceAccountAddParams": (
        "_params.beta_workspace_service_account_add_params",
        "BetaWorkspaceServiceAccountAddParams",
    ),
    "BetaWorkspaceServiceAccountUpdateParams": (
        "_params.beta_workspace_service_account_update_params",
        "BetaWorkspaceServiceAccountUpdateParams",
    ),
    "BetaWorkspaceUpdateParams": (
        "_params.beta_workspace_update_params",
        "BetaWorkspaceUpdateParams",
    ),
    "DeletedFile": ("_models.deleted_file", "DeletedFile"),
    "DeploymentCreateParams": (
        "_params.managed_agents_create_deployment_params",
        "ManagedAgentsCreateDeploymentParams",
    ),
    "DeploymentListParams": ("_params.deployment_list_params", "DeploymentListParams"),
    "DeploymentRunListParams": ("_params.deployment_run_list_params", "DeploymentRunListParams"),
    "DeploymentUpdateParams": (
        "_params.managed_agents_update_deployment_params",
        "ManagedAgentsUpdateDeploymentParams",
    ),
    "DreamCreateParams": ("_params.dream_create_params", "DreamCreateParams"),
    "DreamListParams": ("_params.dream_list_params", "DreamListParams"),
    "EnvironmentCreateParams": (
        "_params.public_environment_create_request_param",
        "PublicEnvironmentCreateRequestParam",
    ),
    "EnvironmentListParams": ("_params.environment_list_params", "EnvironmentListParams"),
    "EnvironmentUpdateParams": (
        "_params.public_environment_update_request_param",
        "PublicEnvironmentUpdateRequestParam",
    ),
    "FileListParams": ("_params.beta_file_list_params", "BetaFileListParams"),
    "FileMetadata": ("_models.file_metadata", "FileMetadata"),
    "FileUploadParams": ("_params.beta_file_upload_params", "BetaFileUploadParams"),
    "MemoryStoreCreateParams": ("_params.memory_store_create_params", "MemoryStoreCreateParams"),
    "MemoryStoreListParams": ("_params.memory_store_list_params", "MemoryStoreListParams"),
    "MemoryStoreUpdateParams": ("_params.memory_store_update_params", "MemoryStoreUpdateParams"),
    "MessageCountTokensParams": (
        "_params.beta_message_count_tokens_params",
        "BetaMessageCountTokensParams",
    ),
    "MessageCreateParams": ("_params.beta_message_create_params", "BetaMessageCreateParams"),
    "ModelListParams": ("_params.beta_model_list_params", "BetaModelListParams"),
    "SessionCreateParams": (
        "_params.managed_agents_create_session_params",
        "ManagedAgentsCreateSessionParams",
    ),
    "SessionListParams": ("_params.session_list_params", "SessionListParams"),
    "SessionUpdateParams": (
        "_params.managed_agents_update_session_params",
        "ManagedAgentsUpdateSessionParams",
    ),
    "SkillCreateParams": ("_params.beta_skill_create_params", "BetaSkillCreateParams"),
    "SkillListParams": ("_params.beta_skill_list_params", "BetaSkillListParams"),
    "ThreadCreateParams": ("_params.thread_fields", "ThreadCreateFields"),
    "ThreadSendParams": ("_params.thread_fields", "ThreadSendFields"),
    "TunnelCreateParams": ("_params.tunnel_create_params", "TunnelCreateParams"),
    "TunnelListParams": ("_params.tunnel_list_params", "TunnelListParams"),
    "TunnelRotateTokenParams": ("_params.tunnel_rotate_token_params", "TunnelRotateTokenParams"),
    "UnwrapWebhookEvent": ("_models.webhook_event", "WebhookEvent"),
    "UserProfileCreateParams": (
        "_params.beta_user_profile_create_params",
        "BetaUserProfileCreateParams",
    ),
    "UserProfileListParams": ("_params.beta_user_profile_list_params", "BetaUserProfileListParams"),
    "UserProfileUpdateParams": (
        "_params.beta_user_profile_update_params",
        "BetaUserProfileUpdateParams",
    ),
    "VaultCreateParams": ("_params.vault_create_params", "VaultCreateParams"),
    "VaultListParams": ("_params.vault_list_params", "VaultListParams"),
    "VaultUpdateParams": ("_params.vault_update_params", "VaultUpdateParams"),
}

__all__ = [
    "AgentCreateParams",
    "AgentListParams",
    "AgentRetrieveParams",
    "AgentUpdateParams",
    "BETA_BROWSER_MEMBER_NAME_VALUES",
    "BETA_COMPUTER_MEMBER_NAME_VALUES",
    "BetaAPIErrorObject",
    "BetaAPIKey",
    "BetaAPIKeyCreatedBy",
    "BetaAPIKeyCreatedByType",
    "BetaAPIKeyOrganizationScope",
    "BetaAPIKeyPage",
    "BetaAPIKeyPrincipal",
    "BetaAPIKeyRequesterUnconfirmedErrorDetails",
    "BetaAPIKeyScope",
    "BetaAPIKeyScopeMissingErrorDetails",
    "BetaAPIKeyServiceAccountActor",
    "BetaAPIKeyStatus",
    "BetaAPIKeyUpdateParams",
    "BetaAPIKeyUserActor",
    "BetaAPIKeyWorkspaceScope",
    "BetaAWSExternalKeyConfig",
    "BetaAWSExternalKeyConfigParam",
    "BetaAWSExternalStorageConfig",
    "BetaAWSExternalStorageConfigParam",
    "BetaAccessTransparency",
    "BetaAccessTransparencyType",
    "BetaActionURLCreateParams",
    "BetaActiveExternalStorageStatus",
    "BetaAdvisorMessageIterationUsage",
    "BetaAdvisorRedactedResultBlock",
    "BetaAdvisorRedactedResultBlockParam",
    "BetaAdvisorResultBlock",
    "BetaAdvisorResultBlockParam",
    "BetaAdvisorTool20260301",
    "BetaAdvisorTool20260301Param",
    "BetaAdvisorToolResultBlock",
    "BetaAdvisorToolResultBlockParam",
    "BetaAdvisorToolResultContent",
    "BetaAdvisorToolResultContentParam",
    "BetaAdvisorToolResultError",
    "BetaAdvisorToolResultErrorCode",
    "BetaAdvisorToolResultErrorCodeParam",
    "BetaAdvisorToolResultErrorObject",
    "BetaAdvisorToolResultErrorParam",
    "BetaAgentListParams",
    "BetaAgentRetrieveParams",
    "BetaAgentsVersionListParams",
    "BetaAllThinkingTurnsParam",
    "BetaAllowedCaller",
    "BetaAllowedCallerParam",
    "BetaAllowedInferenceGeo",
    "BetaAllowedInferenceGeoParam",
    "BetaAlreadyMemberErrorDetails",
    "BetaAnalyticsAPIActor",
    "BetaAnalyticsActor",
    "BetaAnalyticsActorType",
    "BetaAnalyticsActorTypeParam",
    "BetaAnalyticsArtifactActivity",
    "BetaAnalyticsArtifactActivityPage",
    "BetaAnalyticsArtifactGroupBy",
    "BetaAnalyticsArtifactGroupByParam",
    "BetaAnalyticsChatCoworkUnifiedChatMetrics",
    "BetaAnalyticsChatCoworkUnifiedMetrics",
    "BetaAnalyticsChatCoworkUnifiedSessionsMetrics",
    "BetaAnalyticsChatMetrics",
    "BetaAnalyticsClaudeCodeMetrics",
    "BetaAnalyticsClaudeTagCategory",
    "BetaAnalyticsClaudeTagCategoryParam",
    "BetaAnalyticsClaudeTagMetrics",
    "BetaAnalyticsConnectorActivity",
    "BetaAnalyticsConnectorActivityPage",
    "BetaAnalyticsConnectorChatCoworkUnifiedChatMetrics",
    "BetaAnalyticsConnectorChatCoworkUnifiedMetrics",
    "BetaAnalyticsConnectorChatCoworkUnifiedSessionsMetrics",
    "BetaAnalyticsConnectorChatMetrics",
    "BetaAnalyticsConnectorClaudeCodeMetrics",
    "BetaAnalyticsConnectorCoworkMetrics",
    "BetaAnalyticsConnectorGroupBy",
    "BetaAnalyticsConnectorGroupByParam",
    "BetaAnalyticsConnectorOfficeMetrics",
    "BetaAnalyticsConnectorOfficeProductMetrics",
    "BetaAnalyticsContextWindow",
    "BetaAnalyticsContextWindowParam",
    "BetaAnalyticsCoreCodeMetrics",
    "BetaAnalyticsCostBucketedResult",
    "BetaAnalyticsCostBucketedResultInferenceGeo",
    "BetaAnalyticsCostBucketedResultSpeed",
    "BetaAnalyticsCostGroup",
    "BetaAnalyticsCostGroupByParam",
    "BetaAnalyticsCostItem",
    "BetaAnalyticsCostItemPage",
    "BetaAnalyticsCostMetrics",
    "BetaAnalyticsCostOrderByParam",
    "BetaAnalyticsCostReportTimeBucket",
    "BetaAnalyticsCostReportTimeBucketPage",
    "BetaAnalyticsCostType",
    "BetaAnalyticsCostUsersItem",
    "BetaAnalyticsCostUsersItemInferenceGeo",
    "BetaAnalyticsCostUsersItemPage",
    "BetaAnalyticsCostUsersItemSpeed",
    "BetaAnalyticsCoworkMetrics",
    "BetaAnalyticsDesignMetrics",
    "BetaAnalyticsFederatedActor",
    "BetaAnalyticsFederatedActorAWSProvider",
    "BetaAnalyticsFederatedActorAzureProvider",
    "BetaAnalyticsFederatedActorGCPProvider",
    "BetaAnalyticsFederatedActorOIDCProvider",
    "BetaAnalyticsFederatedActorProvider",
    "BetaAnalyticsGroupedCostType",
    "BetaAnalyticsInferenceGeoFilterParam",
    "BetaAnalyticsLinesOfCode",
    "BetaAnalyticsOfficeMetrics",
    "BetaAnalyticsOfficeProductMetrics",
    "BetaAnalyticsOrder",
    "BetaAnalyticsOrderParam",
    "BetaAnalyticsPluginActivity",
    "BetaAnalyticsPluginActivityPage",
    "BetaAnalyticsPluginChatCoworkUnifiedMetrics",
    "BetaAnalyticsPluginClaudeCodeMetrics",
    "BetaAnalyticsPluginCoworkMetrics",
    "BetaAnalyticsPluginGroupBy",
    "BetaAnalyticsPluginGroupByParam",
    "BetaAnalyticsProductFilterParam",
    "BetaAnalyticsProjectActivity",
    "BetaAnalyticsProjectActivityPage",
    "BetaAnalyticsProjectGroupBy",
    "BetaAnalyticsProjectGroupByParam",
    "BetaAnalyticsReportUserActor",
    "BetaAnalyticsScienceMetrics",
    "BetaAnalyticsServerToolUse",
    "BetaAnalyticsServiceAccountActor",
    "BetaAnalyticsServiceTier",
    "BetaAnalyticsServiceTierParam",
    "BetaAnalyticsSingleDayActivitySummary",
    "BetaAnalyticsSkillActivity",
    "BetaAnalyticsSkillActivityPage",
    "BetaAnalyticsSkillActivityShareStatus",
    "BetaAnalyticsSkillChatCoworkUnifiedChatMetrics",
    "BetaAnalyticsSkillChatCoworkUnifiedMetrics",
    "BetaAnalyticsSkillChatCoworkUnifiedSessionsMetrics",
    "BetaAnalyticsSkillChatMetrics",
    "BetaAnalyticsSkillClaudeCodeMetrics",
    "BetaAnalyticsSkillCoworkMetrics",
    "BetaAnalyticsSkillGroupBy",
    "BetaAnalyticsSkillGroupByParam",
    "BetaAnalyticsSkillOfficeMetrics",
    "BetaAnalyticsSkillOfficeProductMetrics",
    "BetaAnalyticsSpeed",
    "BetaAnalyticsSpeedParam",
    "BetaAnalyticsSummaryPage",
    "BetaAnalyticsTimeBucketWidthParam",
    "BetaAnalyticsTokenType",
    "BetaAnalyticsToolActionCounts",
    "BetaAnalyticsToolActions",
    "BetaAnalyticsUsageBucketedResult",
    "BetaAnalyticsUsageBucketedResultInferenceGeo",
    "BetaAnalyticsUsageBucketedResultSpeed",
    "BetaAnalyticsUsageCostInferenceGeo",
    "BetaAnalyticsUsageCostProductFilterParam",
    "BetaAnalyticsUsageCostSortOrderParam",
    "BetaAnalyticsUsageGroup",
    "BetaAnalyticsUsageGroupByParam",
    "BetaAnalyticsUsageItem",
    "BetaAnalyticsUsageItemPage",
    "BetaAnalyticsUsageMetrics",
    "BetaAnalyticsUsageOrderByParam",
    "BetaAnalyticsUsageReportTimeBucket",
    "BetaAnalyticsUsageReportTimeBucketPage",
    "BetaAnalyticsUsageUsersItem",
    "BetaAnalyticsUsageUsersItemInferenceGeo",
    "BetaAnalyticsUsageUsersItemPage",
    "BetaAnalyticsUsageUsersItemSpeed",
    "BetaAnalyticsUser",
    "BetaAnalyticsUserActivity",
    "BetaAnalyticsUserActivityPage",
    "BetaAnalyticsUserActor",
    "BetaAnalyticsUserGroupBy",
    "BetaAnalyticsUserGroupByParam",
    "BetaAnalyticsUserType",
    "BetaAnthropicBetaParam",
    "BetaAnthropicHumanReview",
    "BetaAnthropicHumanReviewParam",
    "BetaAnthropicHumanReviewType",
    "BetaApiKeyListParams",
    "BetaAppliedContextManagementEdit",
    "BetaApprovalRequiredError",
    "BetaApprovalRequiredErrorDetails",
    "BetaArtifactListParams",
    "BetaAssistantMessageParam",
    "BetaAuthenticationError",
    "BetaAuthenticationErrorObject",
    "BetaAuthorizationCheckUnavailableError",
    "BetaAuthorizationCheckUnavailableErrorDetails",
    "BetaAvailableExternalStorageStatus",
    "BetaAvailableToolsLimitExceededErrorDetails",
    "BetaAzureExternalKeyConfig",
    "BetaAzureExternalKeyConfigParam",
    "BetaBase64ImageSourceParam",
    "BetaBase64PDFSource",
    "BetaBase64PDFSourceParam",
    "BetaBashCodeExecutionOutputBlock",
    "BetaBashCodeExecutionOutputBlockParam",
    "BetaBashCodeExecutionResultBlock",
    "BetaBashCodeExecutionResultBlockParam",
    "BetaBashCodeExecutionToolResultBlock",
    "BetaBashCodeExecutionToolResultBlockParam",
    "BetaBashCodeExecutionToolResultContent",
    "BetaBashCodeExecutionToolResultContentParam",
    "BetaBashCodeExecutionToolResultError",
    "BetaBashCodeExecutionToolResultErrorCode",
    "BetaBashCodeExecutionToolResultErrorCodeParam",
    "BetaBashCodeExecutionToolResultErrorObject",
    "BetaBashCodeExecutionToolResultErrorParam",
    "BetaBatchCreateParams",
    "BetaBatchListParams",
    "BetaBatchRequestParam",
    "BetaBedrockAgentListParams",
    "BetaBedrockAgentRetrieveParams",
    "BetaBedrockEventListParams",
    "BetaBedrockEventStreamParams",
    "BetaBedrockMemoryDeleteParams",
    "BetaBedrockMemoryListParams",
    "BetaBedrockMemoryRetrieveParams",
    "BetaBedrockMemoryStoreListParams",
    "BetaBedrockMemoryVersionListParams",
    "BetaBedrockMemoryVersionRetrieveParams",
    "BetaBedrockSessionListParams",
    "BetaBedrockSessionsEventListParams",
    "BetaBedrockSessionsEventStreamParams",
    "BetaBedrockThreadListParams",
    "BetaBedrockVersionListParams",
    "BetaBillTo",
    "BetaBillToParam",
    "BetaBillingError",
    "BetaBillingErrorObject",
    "BetaBillingPolicyParam",
    "BetaBrowserClickTarget",
    "BetaBrowserCloseTabConfig",
    "BetaBrowserCloseTabConfigParam",
    "BetaBrowserCloseTabInput",
    "BetaBrowserCloseTabToolUseBlock",
    "BetaBrowserCoordinateTarget",
    "BetaBrowserDoubleClickConfig",
    "BetaBrowserDoubleClickConfigParam",
    "BetaBrowserDoubleClickInput",
    "BetaBrowserDoubleClickToolUseBlock",
    "BetaBrowserFileUploadConfig",
    "BetaBrowserFileUploadConfigParam",
    "BetaBrowserFileUploadInput",
    "BetaBrowserFileUploadToolUseBlock",
    "BetaBrowserFindConfig",
    "BetaBrowserFindConfigParam",
    "BetaBrowserFindInput",
    "BetaBrowserFindToolUseBlock",
    "BetaBrowserFormInputConfig",
    "BetaBrowserFormInputConfigParam",
    "BetaBrowserFormInputInput",
    "BetaBrowserFormInputToolUseBlock",
    "BetaBrowserFormInputValue",
    "BetaBrowserGetPageTextConfig",
    "BetaBrowserGetPageTextConfigParam",
    "BetaBrowserGetPageTextInput",
    "BetaBrowserGetPageTextToolUseBlock",
    "BetaBrowserHoldKeyConfig",
    "BetaBrowserHoldKeyConfigParam",
    "BetaBrowserHoldKeyInput",
    "BetaBrowserHoldKeyToolUseBlock",
    "BetaBrowserHoverConfig",
    "BetaBrowserHoverConfigParam",
    "BetaBrowserHoverInput",
    "BetaBrowserHoverToolUseBlock",
    "BetaBrowserJavascriptExecConfig",
    "BetaBrowserJavascriptExecConfigParam",
    "BetaBrowserJavascriptExecInput",
    "BetaBrowserJavascriptExecToolUseBlock",
    "BetaBrowserKeyConfig",
    "BetaBrowserKeyConfigParam",
    "BetaBrowserKeyInput",
    "BetaBrowserKeyToolUseBlock",
    "BetaBrowserLeftClickConfig",
    "BetaBrowserLeftClickConfigParam",
    "BetaBrowserLeftClickDragConfig",
    "BetaBrowserLeftClickDragConfigParam",
    "BetaBrowserLeftClickDragInput",
    "BetaBrowserLeftClickDragToolUseBlock",
    "BetaBrowserLeftClickInput",
    "BetaBrowserLeftClickToolUseBlock",
    "BetaBrowserLeftMouseDownConfig",
    "BetaBrowserLeftMouseDownConfigParam",
    "BetaBrowserLeftMouseDownInput",
    "BetaBrowserLeftMouseDownToolUseBlock",
    "BetaBrowserLeftMouseUpConfig",
    "BetaBrowserLeftMouseUpConfigParam",
    "BetaBrowserLeftMouseUpInput",
    "BetaBrowserLeftMouseUpToolUseBlock",
    "BetaBrowserListTabsConfig",
    "BetaBrowserListTabsConfigParam",
    "BetaBrowserListTabsInput",
    "BetaBrowserListTabsToolUseBlock",
    "BetaBrowserMemberInput",
    "BetaBrowserMemberName",
    "BetaBrowserMiddleClickConfig",
    "BetaBrowserMiddleClickConfigParam",
    "BetaBrowserMiddleClickInput",
    "BetaBrowserMiddleClickToolUseBlock",
    "BetaBrowserMouseMoveConfig",
    "BetaBrowserMouseMoveConfigParam",
    "BetaBrowserMouseMoveInput",
    "BetaBrowserMouseMoveToolUseBlock",
    "BetaBrowserNavigateConfig",
    "BetaBrowserNavigateConfigParam",
    "BetaBrowserNavigateInput",
    "BetaBrowserNavigateToolUseBlock",
    "BetaBrowserNewTabConfig",
    "BetaBrowserNewTabConfigParam",
    "BetaBrowserNewTabInput",
    "BetaBrowserNewTabToolUseBlock",
    "BetaBrowserReadConsoleConfig",
    "BetaBrowserReadConsoleConfigParam",
    "BetaBrowserReadConsoleInput",
    "BetaBrowserReadConsoleToolUseBlock",
    "BetaBrowserReadNetworkConfig",
    "BetaBrowserReadNetworkConfigParam",
    "BetaBrowserReadNetworkInput",
    "BetaBrowserReadNetworkToolUseBlock",
    "BetaBrowserReadPageConfig",
    "BetaBrowserReadPageConfigParam",
    "BetaBrowserReadPageFilter",
    "BetaBrowserReadPageInput",
    "BetaBrowserReadPageToolUseBlock",
    "BetaBrowserRefTarget",
    "BetaBrowserRightClickConfig",
    "BetaBrowserRightClickConfigParam",
    "BetaBrowserRightClickInput",
    "BetaBrowserRightClickToolUseBlock",
    "BetaBrowserScreenshotConfig",
    "BetaBrowserScreenshotConfigParam",
    "BetaBrowserScreenshotInput",
    "BetaBrowserScreenshotToolUseBlock",
    "BetaBrowserScrollConfig",
    "BetaBrowserScrollConfigParam",
    "BetaBrowserScrollDirection",
    "BetaBrowserScrollInput",
    "BetaBrowserScrollToConfig",
    "BetaBrowserScrollToConfigParam",
    "BetaBrowserScrollToInput",
    "BetaBrowserScrollToToolUseBlock",
    "BetaBrowserScrollToolUseBlock",
    "BetaBrowserStateBlockParam",
    "BetaBrowserStateChangeDownloadCompletedParam",
    "BetaBrowserStateChangeDownloadFailedParam",
    "BetaBrowserStateChangeDownloadStartedParam",
    "BetaBrowserStateChangeParam",
    "BetaBrowserStateChangeTabOpenedParam",
    "BetaBrowserStateTabEntryParam",
    "BetaBrowserSwitchTabConfig",
    "BetaBrowserSwitchTabConfigParam",
    "BetaBrowserSwitchTabInput",
    "BetaBrowserSwitchTabToolUseBlock",
    "BetaBrowserToolUseBlock",
    "BetaBrowserToolset20260801",
    "BetaBrowserToolset20260801Param",
    "BetaBrowserToolsetConfigs",
    "BetaBrowserToolsetConfigsParam",
    "BetaBrowserTripleClickConfig",
    "BetaBrowserTripleClickConfigParam",
    "BetaBrowserTripleClickInput",
    "BetaBrowserTripleClickToolUseBlock",
    "BetaBrowserTypeConfig",
    "BetaBrowserTypeConfigParam",
    "BetaBrowserTypeInput",
    "BetaBrowserTypeToolUseBlock",
    "BetaBrowserWaitConfig",
    "BetaBrowserWaitConfigParam",
    "BetaBrowserWaitInput",
    "BetaBrowserWaitToolUseBlock",
    "BetaBrowserZoomConfig",
    "BetaBrowserZoomConfigParam",
    "BetaBrowserZoomInput",
    "BetaBrowserZoomToolUseBlock",
    "BetaBundleAttachmentNotSupportedErrorDetails",
    "BetaBundleListParams",
    "BetaBundleOnCallErrorDetails",
    "BetaCMEKContextUnavailableErrorDetails",
    "BetaCMEKFeatureUnsupportedErrorDetails",
    "BetaCMEKKeyDisabledErrorDetails",
    "BetaCMEKKeyNetworkBlockedErrorDetails",
    "BetaCMEKKeyUnreachableErrorDetails",
    "BetaCMEKNotApprovedErrorDetails",
    "BetaCacheControlEphemeral",
    "BetaCacheControlEphemeralParam",
    "BetaCacheControlEphemeralTtl",
    "BetaCacheCreation",
    "BetaCacheMissMessagesChanged",
    "BetaCacheMissModelChanged",
    "BetaCacheMissPreviousMessageNotFound",
    "BetaCacheMissReason",
    "BetaCacheMissSystemChanged",
    "BetaCacheMissToolsChanged",
    "BetaCacheMissUnavailable",
    "BetaCannotInviteEmailsWithUnverifiedDomainsErrorDetails",
    "BetaCannotRemoveLastMemberErrorDetails",
    "BetaCannotSignOutManagedMemberErrorDetails",
    "BetaCannotSignOutMembershipAdminErrorDetails",
    "BetaCannotSignOutOwnerErrorDetails",
    "BetaCannotSignOutPrimaryOwnerErrorDetails",
    "BetaCannotSignOutPrivilegedMemberErrorDetails",
    "BetaCannotSignOutSelfErrorDetails",
    "BetaCapabilitySupport",
    "BetaCaseListParams",
    "BetaCertificateCreateParams",
    "BetaCertificateListParams",
    "BetaChangeOutcomeUnknownErrorDetails",
    "BetaCitationCharLocation",
    "BetaCitationCharLocationParam",
    "BetaCitationConfig",
    "BetaCitationContentBlockLocation",
    "BetaCitationContentBlockLocationParam",
    "BetaCitationPageLocation",
    "BetaCitationPageLocationParam",
    "BetaCitationSearchResultLocation",
    "BetaCitationSearchResultLocationParam",
    "BetaCitationWebSearchResultLocationParam",
    "BetaCitationsConfig",
    "BetaCitationsConfigParam",
    "BetaCitationsConfigParamParam",
    "BetaCitationsDelta",
    "BetaCitationsSearchResultLocation",
    "BetaCitationsWebSearchResultLocation",
    "BetaClaudeCodeKeyCreatorNotMemberErrorDetails",
    "BetaClaudeCodeManagedSettingsConfiguration",
    "BetaClaudeCodeManagedSettingsConfigurationUpdateParams",
    "BetaClaudeCodeManagedSettingsMode",
    "BetaClaudeCodeManagedSettingsModeParam",
    "BetaClaudeCodeManagedSettingsOrganizationMode",
    "BetaClaudeCodeManagedSettingsOrganizationModeParam",
    "BetaClaudeCodeManagedSettingsRBACGroupsMode",
    "BetaClaudeCodeManagedSettingsRBACGroupsModeParam",
    "BetaClaudeCodeRBACGroupDefaultManagedSettings",
    "BetaClaudeCodeRBACGroupDefaultManagedSettingsUpdateParams",
    "BetaClaudeCodeRBACGroupManagedSettings",
    "BetaClaudeCodeRBACGroupManagedSettingsSetParams",
    "BetaClaudeCodeRBACGroupManagedSettingsSummary",
    "BetaClaudeCodeRBACGroupManagedSettingsSummaryPage",
    "BetaClaudeCodeRBACGroupStatus",
    "BetaClaudeCodeRBACGroupStatusActive",
    "BetaClaudeCodeRBACGroupStatusDeleted",
    "BetaClaudeCodeRBACGroupStatusUnknown",
    "BetaClaudeCodeVersionTooOldErrorDetails",
    "BetaClaudeTagBundle",
    "BetaClaudeTagBundlePage",
    "BetaClaudeTagBundleTarget",
    "BetaClaudeTagBundleTargetCreateParam",
    "BetaClaudeTagBundleTargetPage",
    "BetaClaudeTagBundleUpdateParams",
    "BetaClaudeTagDefaultSettingSource",
    "BetaClaudeTagDeletedBundleTarget",
    "BetaClaudeTagDeletedSlackChannel",
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
    "BetaClaudeTagSlackChannel",
    "BetaClaudeTagSlackChannelBundleTarget",
    "BetaClaudeTagSlackChannelBundleTargetCreateParam",
    "BetaClaudeTagSlackChannelCreateParams",
    "BetaClaudeTagSlackChannelIdentifiers",
    "BetaClaudeTagSlackChannelIdentifiersParam",
    "BetaClaudeTagSlackChannelPage",
    "BetaClaudeTagSlackChannelSettingSource",
    "BetaClaudeTagSlackChannelUpdateParams",
    "BetaClaudeTagSlackDefaultSettingSource",
    "BetaClaudeTagSlackGridChannelSettingSource",
    "BetaClaudeTagSlackParentChannelSettingSource",
    "BetaClaudeTagSlackWorkspace",
    "BetaClaudeTagSlackWorkspaceBundleTarget",
    "BetaClaudeTagSlackWorkspaceBundleTargetCreateParam",
    "BetaClaudeTagSlackWorkspaceIdentifiers",
    "BetaClaudeTagSlackWorkspacePage",
    "BetaClaudeTagSlackWorkspaceSettingSource",
    "BetaClaudeTagSlackWorkspaceUpdateParams",
    "BetaClaudeTagWritesNotEnabledErrorDetails",
    "BetaClearThinking20251015EditParam",
    "BetaClearThinking20251015EditResponse",
    "BetaClearThinkingKeepParam",
    "BetaClearToolUses20250919EditParam",
    "BetaClearToolUses20250919EditResponse",
    "BetaClearToolUsesTriggerParam",
    "BetaCloudConfig",
    "BetaCloudConfigParams",
    "BetaCloudNetworking",
    "BetaCloudNetworkingParams",
    "BetaCodeExecutionOutputBlock",
    "BetaCodeExecutionOutputBlockParam",
    "BetaCodeExecutionResultBlock",
    "BetaCodeExecutionResultBlockParam",
    "BetaCodeExecutionTool20250522",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825",
    "BetaCodeExecutionTool20250825Param",
    "BetaCodeExecutionTool20260120",
    "BetaCodeExecutionTool20260120Param",
    "BetaCodeExecutionTool20260521",
    "BetaCodeExecutionTool20260521Param",
    "BetaCodeExecutionToolResultBlock",
    "BetaCodeExecutionToolResultBlockContent",
    "BetaCodeExecutionToolResultBlockParam",
    "BetaCodeExecutionToolResultBlockParamContentParam",
    "BetaCodeExecutionToolResultContent",
    "BetaCodeExecutionToolResultContentParam",
    "BetaCodeExecutionToolResultError",
    "BetaCodeExecutionToolResultErrorCode",
    "BetaCodeExecutionToolResultErrorCodeParam",
    "BetaCodeExecutionToolResultErrorObject",
    "BetaCodeExecutionToolResultErrorParam",
    "BetaCompact20260112EditParam",
    "BetaCompactionBlock",
    "BetaCompactionBlockAmbiguousErrorDetails",
    "BetaCompactionBlockMisplacedErrorDetails",
    "BetaCompactionBlockParam",
    "BetaCompactionCapability",
    "BetaCompactionConfigParam",
    "BetaCompactionContentBlockDelta",
    "BetaCompactionContentMismatchErrorDetails",
    "BetaCompactionDelta",
    "BetaCompactionIncompleteTurnErrorDetails",
    "BetaCompactionIterationUsage",
    "BetaCompactionNothingToSummarizeErrorDetails",
    "BetaCompactionSignatureInvalidErrorDetails",
    "BetaCompactionTooManyToolReferencesErrorDetails",
    "BetaCompactionToolChange",
    "BetaCompactionToolChangeParam",
    "BetaCompactionToolChangesMismatchErrorDetails",
    "BetaCompactionUnavailableErrorDetails",
    "BetaCompletion",
    "BetaCompletionCreateParams",
    "BetaCompletionCreateParamsBase",
    "BetaCompletionCreateParamsNonStreaming",
    "BetaCompletionCreateParamsStreaming",
    "BetaCompletionStreamEvent",
    "BetaComplianceConfigurationRestrictedErrorDetails",
    "BetaComplianceReviewAPIActor",
    "BetaComplianceReviewActor",
    "BetaComplianceReviewCase",
    "BetaComplianceReviewCaseCloseReason",
    "BetaComplianceReviewCaseCloseReasonType",
    "BetaComplianceReviewCaseClosed",
    "BetaComplianceReviewCaseOpen",
    "BetaComplianceReviewCaseOrderBy",
    "BetaComplianceReviewCaseOrderByParam",
    "BetaComplianceReviewCasePage",
    "BetaComplianceReviewCaseRespondParams",
    "BetaComplianceReviewCaseStatus",
    "BetaComplianceReviewCaseStatusFilter",
    "BetaComplianceReviewCaseStatusFilterParam",
    "BetaComplianceReviewContentNotCaptured",
    "BetaComplianceReviewContentUnavailableReason",
    "BetaComplianceReviewCreateMessageContent",
    "BetaComplianceReviewDetermination",
    "BetaComplianceReviewDeterminationParam",
    "BetaComplianceReviewEnforcementAction",
    "BetaComplianceReviewItem",
    "BetaComplianceReviewMessageDetails",
    "BetaComplianceReviewNotice",
    "BetaComplianceReviewNoticeKind",
    "BetaComplianceReviewNoticeKindType",
    "BetaComplianceReviewNoticePage",
    "BetaComplianceReviewOrder",
    "BetaComplianceReviewOrderParam",
    "BetaComplianceReviewPolicyCategory",
    "BetaComplianceReviewSafeguardsReason",
    "BetaComplianceReviewServiceAccountActor",
    "BetaComplianceReviewStoredCopyUnavailable",
    "BetaComplianceReviewTranscript",
    "BetaComplianceReviewUserActor",
    "BetaComplianceReviewVerdictParam",
    "BetaComplianceReviewViolatedPolicyCategory",
    "BetaComplianceReviewViolatedPolicyCategoryParam",
    "BetaComplianceSettingUpdateParams",
    "BetaComplianceSettingsState",
    "BetaComplianceSettingsStateDisabled",
    "BetaComplianceSettingsStateDisabledParam",
    "BetaComplianceSettingsStateEnabled",
    "BetaComplianceSettingsStateEnabledParam",
    "BetaComplianceSettingsStateParam",
    "BetaComputerCursorPositionConfig",
    "BetaComputerCursorPositionConfigParam",
    "BetaComputerCursorPositionInput",
    "BetaComputerCursorPositionToolUseBlock",
    "BetaComputerDoubleClickConfig",
    "BetaComputerDoubleClickConfigParam",
    "BetaComputerDoubleClickInput",
    "BetaComputerDoubleClickToolUseBlock",
    "BetaComputerHoldKeyConfig",
    "BetaComputerHoldKeyConfigParam",
    "BetaComputerHoldKeyInput",
    "BetaComputerHoldKeyToolUseBlock",
    "BetaComputerKeyConfig",
    "BetaComputerKeyConfigParam",
    "BetaComputerKeyInput",
    "BetaComputerKeyToolUseBlock",
    "BetaComputerLeftClickConfig",
    "BetaComputerLeftClickConfigParam",
    "BetaComputerLeftClickDragConfig",
    "BetaComputerLeftClickDragConfigParam",
    "BetaComputerLeftClickDragInput",
    "BetaComputerLeftClickDragToolUseBlock",
    "BetaComputerLeftClickInput",
    "BetaComputerLeftClickToolUseBlock",
    "BetaComputerLeftMouseDownConfig",
    "BetaComputerLeftMouseDownConfigParam",
    "BetaComputerLeftMouseDownInput",
    "BetaComputerLeftMouseDownToolUseBlock",
    "BetaComputerLeftMouseUpConfig",
    "BetaComputerLeftMouseUpConfigParam",
    "BetaComputerLeftMouseUpInput",
    "BetaComputerLeftMouseUpToolUseBlock",
    "BetaComputerMemberInput",
    "BetaComputerMemberName",
    "BetaComputerMiddleClickConfig",
    "BetaComputerMiddleClickConfigParam",
    "BetaComputerMiddleClickInput",
    "BetaComputerMiddleClickToolUseBlock",
    "BetaComputerMouseMoveConfig",
    "BetaComputerMouseMoveConfigParam",
    "BetaComputerMouseMoveInput",
    "BetaComputerMouseMoveToolUseBlock",
    "BetaComputerRightClickConfig",
    "BetaComputerRightClickConfigParam",
    "BetaComputerRightClickInput",
    "BetaComputerRightClickToolUseBlock",
    "BetaComputerScreenshotConfig",
    "BetaComputerScreenshotConfigParam",
    "BetaComputerScreenshotInput",
    "BetaComputerScreenshotToolUseBlock",
    "BetaComputerScrollConfig",
    "BetaComputerScrollConfigParam",
    "BetaComputerScrollDirection",
    "BetaComputerScrollInput",
    "BetaComputerScrollToolUseBlock",
    "BetaComputerToolUseBlock",
    "BetaComputerToolset20260801",
    "BetaComputerToolset20260801Param",
    "BetaComputerToolsetConfigs",
    "BetaComputerToolsetConfigsParam",
    "BetaComputerTripleClickConfig",
    "BetaComputerTripleClickConfigParam",
    "BetaComputerTripleClickInput",
    "BetaComputerTripleClickToolUseBlock",
    "BetaComputerTypeConfig",
    "BetaComputerTypeConfigParam",
    "BetaComputerTypeInput",
    "BetaComputerTypeToolUseBlock",
    "BetaComputerWaitConfig",
    "BetaComputerWaitConfigParam",
    "BetaComputerWaitInput",
    "BetaComputerWaitToolUseBlock",
    "BetaComputerZoomConfig",
    "BetaComputerZoomConfigParam",
    "BetaComputerZoomInput",
    "BetaComputerZoomToolUseBlock",
    "BetaConcurrentMembershipChangeErrorDetails",
    "BetaConnectorListParams",
    "BetaContainer",
    "BetaContainerParam",
    "BetaContainerParams",
    "BetaContainerSkill",
    "BetaContainerSkillParam",
    "BetaContainerSkillType",
    "BetaContainerUploadBlock",
    "BetaContainerUploadBlockParam",
    "BetaContentBlock",
    "BetaContentBlockParam",
    "BetaContentBlockSourceContentParam",
    "BetaContentBlockSourceParam",
    "BetaContextManagementCapability",
    "BetaContextManagementConfigParam",
    "BetaContextManagementEditParam",
    "BetaContextManagementResponse",
    "BetaContractSpendLimitReachedErrorDetails",
    "BetaCostListParams",
    "BetaCostReportListParams",
    "BetaCountTokensContextManagementResponse",
    "BetaCredentialCreateParams",
    "BetaCredentialListParams",
    "BetaCredentialPage",
    "BetaCredentialUpdateParams",
    "BetaCurrency",
    "BetaCurrencyParam",
    "BetaDataControlUpdateParams",
    "BetaDataResidency",
    "BetaDataResidencyCreateConfigParam",
    "BetaDataResidencyDefaultInferenceGeo",
    "BetaDataResidencyUpdateConfigParam",
    "BetaDataResidencyWorkspaceGeo",
    "BetaDeletedClaudeCodeRBACGroupManagedSettings",
    "BetaDeletedExternalStorage",
    "BetaDeletedFile",
    "BetaDeletedMessageBatch",
    "BetaDeletedOrganizationWebhookEndpoint",
    "BetaDeletedPlugin",
    "BetaDeletedPluginInstallationSetting",
    "BetaDeletedRBACGroup",
    "BetaDeletedRBACGroupMember",
    "BetaDeletedSkill",
    "BetaDeletedSkillVersion",
    "BetaDeletedTelemetryDestination",
    "BetaDeletedTelemetryDestinationWorkspace",
    "BetaDeletedUserProfile",
    "BetaDeploymentListParams",
    "BetaDeploymentRunListParams",
    "BetaDiagnostics",
    "BetaDiagnosticsParam",
    "BetaDirectCaller",
    "BetaDirectCallerParam",
    "BetaDocumentBlock",
    "BetaDocumentBlockParam",
    "BetaDocumentSource",
    "BetaDocumentSourceParam",
    "BetaDrainingExternalStorageStatus",
    "BetaDream",
    "BetaDreamCreateParams",
    "BetaDreamError",
    "BetaDreamErrorObject",
    "BetaDreamInput",
    "BetaDreamInputParam",
    "BetaDreamListParams",
    "BetaDreamMemoryStoreInput",
    "BetaDreamMemoryStoreInputParam",
    "BetaDreamMemoryStoreOutput",
    "BetaDreamModelConfig",
    "BetaDreamModelConfigParam",
    "BetaDreamModelConfigParams",
    "BetaDreamModelParams",
    "BetaDreamOutput",
    "BetaDreamPage",
    "BetaDreamSessionsInput",
    "BetaDreamSessionsInputParam",
    "BetaDreamStatus",
    "BetaDreamStatusParam",
    "BetaDreamUsage",
    "BetaEffectiveListParams",
    "BetaEffortCapability",
    "BetaEffortLevel",
    "BetaEffortLevelParam",
    "BetaEmailDomainNotAllowedErrorDetails",
    "BetaEncryptedCodeExecutionResultBlock",
    "BetaEncryptedCodeExecutionResultBlockParam",
    "BetaEnforcedSpendLimitReachedErrorDetails",
    "BetaEnvironment",
    "BetaEnvironmentArchivedError",
    "BetaEnvironmentArchivedErrorDetails",
    "BetaEnvironmentConfig",
    "BetaEnvironmentConfigParams",
    "BetaEnvironmentCreateDisabledError",
    "BetaEnvironmentCreateDisabledErrorDetails",
    "BetaEnvironmentDeleteResponse",
    "BetaEnvironmentListParams",
    "BetaEnvironmentListResponse",
    "BetaEnvironmentNotFoundError",
    "BetaEnvironmentNotFoundErrorDetails",
    "BetaEnvironmentScope",
    "BetaEnvironmentUpdateDisabledError",
    "BetaEnvironmentUpdateDisabledErrorDetails",
    "BetaErrorDetails",
    "BetaErrorEvent",
    "BetaErrorObject",
    "BetaErrorResponse",
    "BetaErrorType",
    "BetaEventListParams",
    "BetaEventStreamParams",
    "BetaExternalKey",
    "BetaExternalKeyAttachedAttachment",
    "BetaExternalKeyAttachment",
    "BetaExternalKeyChangedErrorDetails",
    "BetaExternalKeyCreateParams",
    "BetaExternalKeyDeleteResponse",
    "BetaExternalKeyInWorkspacePolicyErrorDetails",
    "BetaExternalKeyListParams",
    "BetaExternalKeyNotFoundErrorDetails",
    "BetaExternalKeyPage",
    "BetaExternalKeyProviderConfig",
    "BetaExternalKeyProviderConfigParam",
    "BetaExternalKeyProviderMismatchErrorDetails",
    "BetaExternalKeyUnattachedAttachment",
    "BetaExternalKeyUpdateParams",
    "BetaExternalKeyValidateResponse",
    "BetaExternalKeyValidateResponseStatus",
    "BetaExternalKeyValidationFailedErrorDetails",
    "BetaExternalKeyValidationTimedOutErrorDetails",
    "BetaExternalStorage",
    "BetaExternalStorageCreateParams",
    "BetaExternalStorageFailedCheck",
    "BetaExternalStorageFailedCheckCheck",
    "BetaExternalStorageFailedCheckRole",
    "BetaExternalStorageInUseErrorDetails",
    "BetaExternalStorageInWorkspacePolicyErrorDetails",
    "BetaExternalStorageListParams",
    "BetaExternalStorageMember",
    "BetaExternalStorageMemberParam",
    "BetaExternalStorageNotAvailableErrorDetails",
    "BetaExternalStoragePage",
    "BetaExternalStorageProviderConfig",
    "BetaExternalStorageProviderConfigParam",
    "BetaExternalStorageStatus",
    "BetaExternalStorageUpdateParams",
    "BetaFallbackBlock",
    "BetaFallbackBlockParam",
    "BetaFallbackConfigParam",
    "BetaFallbackCreditNotApplied",
    "BetaFallbackCreditNotAppliedReason",
    "BetaFallbackCreditRedeemed",
    "BetaFallbackCreditStatus",
    "BetaFallbackCreditToken",
    "BetaFallbackCreditTokenParam",
    "BetaFallbackCreditUsage",
    "BetaFallbackHopInfo",
    "BetaFallbackHopInfoParam",
    "BetaFallbackInfo",
    "BetaFallbackInfoParam",
    "BetaFallbackMessageIterationUsage",
    "BetaFallbackParam",
    "BetaFallbackRefusalTrigger",
    "BetaFallbacks",
    "BetaFallbacksParam",
    "BetaFederationIssuer",
    "BetaFederationIssuerPage",
    "BetaFederationIssuerPollStatus",
    "BetaFederationJWKS",
    "BetaFederationJWKSParam",
    "BetaFederationRule",
    "BetaFederationRuleMatch",
    "BetaFederationRuleMatchParam",
    "BetaFederationRulePage",
    "BetaFederationRuleWorkspace",
    "BetaFederationRuleWorkspaceAddParams",
    "BetaFederationRuleWorkspacePage",
    "BetaFederationRuleWorkspaceRemoveResponse",
    "BetaFileDocumentSourceParam",
    "BetaFileExpiredErrorDetails",
    "BetaFileImageSourceParam",
    "BetaFileListParams",
    "BetaFileMetadata",
    "BetaFileMetadataPage",
    "BetaFileNotDownloadableErrorDetails",
    "BetaFileScope",
    "BetaFileUploadParams",
    "BetaGCPExternalKeyConfig",
    "BetaGCPExternalKeyConfigParam",
    "BetaGCPExternalStorageConfig",
    "BetaGCPExternalStorageConfigParam",
    "BetaGCPProjectControlledByAnotherOrganizationErrorDetails",
    "BetaGCPProjectNotVerifiedErrorDetails",
    "BetaGatewayTimeoutError",
    "BetaGatewayTimeoutErrorObject",
    "BetaGoogleManagedBucketReference",
    "BetaGoogleManagedBucketReferenceParam",
    "BetaGoogleManagedCMEKControl",
    "BetaGoogleManagedCMEKControlParams",
    "BetaGoogleManagedCMEKDisabled",
    "BetaGoogleManagedCMEKDisabledParams",
    "BetaGoogleManagedCMEKEnabled",
    "BetaGoogleManagedCMEKEnabledParams",
    "BetaGoogleManagedCMEKRegionActive",
    "BetaGoogleManagedCMEKRegionFailed",
    "BetaGoogleManagedCMEKRegionNotConfigured",
    "BetaGoogleManagedCMEKRegionPending",
    "BetaGoogleManagedCMEKRegionStatus",
    "BetaGoogleManagedCMEKRegionSuspended",
    "BetaGoogleManagedDataControls",
    "BetaGoogleManagedDataControlsUpdateParams",
    "BetaGoogleManagedProjectBucketReferenceParam",
    "BetaGoogleManagedProjectCMEKControl",
    "BetaGoogleManagedProjectCMEKControlParam",
    "BetaGoogleManagedProjectCMEKDisabled",
    "BetaGoogleManagedProjectCMEKDisabledParam",
    "BetaGoogleManagedProjectCMEKEnabled",
    "BetaGoogleManagedProjectCMEKEnabledParam",
    "BetaGoogleManagedProjectCMEKRegionActive",
    "BetaGoogleManagedProjectCMEKRegionFailed",
    "BetaGoogleManagedProjectCMEKRegionNotConfigured",
    "BetaGoogleManagedProjectCMEKRegionPending",
    "BetaGoogleManagedProjectCMEKRegionStatus",
    "BetaGoogleManagedProjectCMEKRegionSuspended",
    "BetaGoogleManagedProjectDataControls",
    "BetaGoogleManagedProjectEffectiveBucket",
    "BetaGoogleManagedProjectRetiredBucket",
    "BetaGoogleManagedProjectRetiredKey",
    "BetaGoogleManagedProjectStorageBucket",
    "BetaGoogleManagedProjectStorageControl",
    "BetaGoogleManagedProjectStorageControlParam",
    "BetaGoogleManagedProjectStorageDisabled",
    "BetaGoogleManagedProjectStorageDisabledParam",
    "BetaGoogleManagedProjectStorageEnabled",
    "BetaGoogleManagedProjectStorageEnabledParam",
    "BetaGoogleManagedProjectStorageFailedCheck",
    "BetaGoogleManagedProjectStorageFailedCheckCheck",
    "BetaGoogleManagedProjectStorageFailedCheckRole",
    "BetaGoogleManagedProjectStorageRegionActive",
    "BetaGoogleManagedProjectStorageRegionFailed",
    "BetaGoogleManagedProjectStorageRegionNotConfigured",
    "BetaGoogleManagedProjectStorageRegionPending",
    "BetaGoogleManagedProjectStorageRegionStatus",
    "BetaGoogleManagedProjectStorageRegionSuspended",
    "BetaGoogleManagedRetiredBucket",
    "BetaGoogleManagedRetiredKey",
    "BetaGoogleManagedStorageBucket",
    "BetaGoogleManagedStorageControl",
    "BetaGoogleManagedStorageControlParams",
    "BetaGoogleManagedStorageDisabled",
    "BetaGoogleManagedStorageDisabledParams",
    "BetaGoogleManagedStorageEnabled",
    "BetaGoogleManagedStorageEnabledParams",
    "BetaGoogleManagedStorageFailedCheck",
    "BetaGoogleManagedStorageFailedCheckCheck",
    "BetaGoogleManagedStorageFailedCheckRole",
    "BetaGoogleManagedStorageRegionActive",
    "BetaGoogleManagedStorageRegionFailed",
    "BetaGoogleManagedStorageRegionNotConfigured",
    "BetaGoogleManagedStorageRegionPending",
    "BetaGoogleManagedStorageRegionStatus",
    "BetaGoogleManagedStorageRegionSuspended",
    "BetaGrantRequiredErrorDetails",
    "BetaHeartbeatPreconditionFailedErrorDetails",
    "BetaHumanReviewNotAvailableError",
    "BetaHumanReviewNotAvailableErrorDetails",
    "BetaHumanReviewOnWithExternalStorageErrorDetails",
    "BetaImageBlockParam",
    "BetaImageDimensionsTooLargeErrorDetails",
    "BetaImageSourceParam",
    "BetaImageTransformationsParam",
    "BetaIncreaseRequestApproveParams",
    "BetaIncreaseRequestApproveResponse",
    "BetaIncreaseRequestDenyParams",
    "BetaIncreaseRequestListParams",
    "BetaInferenceDataPrivacy",
    "BetaInferenceDataPrivacyParam",
    "BetaInputJSONDelta",
    "BetaInputJsonDelta",
    "BetaInputTokensClearAtLeastParam",
    "BetaInputTokensTriggerParam",
    "BetaInputTransformation",
    "BetaInputTransformationReason",
    "BetaInstallationSettingListParams",
    "BetaInternalStorage",
    "BetaInternalStorageParam",
    "BetaInvalidConfigTypeChangeError",
    "BetaInvalidConfigTypeChangeErrorDetails",
    "BetaInvalidMetadataError",
    "BetaInvalidMetadataErrorDetails",
    "BetaInvalidRequestError",
    "BetaInvalidRequestErrorObject",
    "BetaInvalidStorageARNErrorDetails",
    "BetaInviteAlreadyExistsErrorDetails",
    "BetaInviteCreateParams",
    "BetaInviteDeleteResponse",
    "BetaInviteListParams",
    "BetaIssuerCreateParams",
    "BetaIssuerListParams",
    "BetaIssuerUpdateParams",
    "BetaIterationsUsage",
    "BetaJSONOutputFormatParam",
    "BetaJWKSDiscovery",
    "BetaJWKSDiscoveryParam",
    "BetaJWKSExplicitURL",
    "BetaJWKSExplicitURLParam",
    "BetaJWKSInline",
    "BetaJWKSInlineParam",
    "BetaKeyProfileMismatchErrorDetails",
    "BetaKnownBeta",
    "BetaKnownBetaParam",
    "BetaKnownModel",
    "BetaKnownModelParam",
    "BetaLimitedNetwork",
    "BetaLimitedNetworkParams",
    "BetaLinkedOrganizationBillingUnavailableErrorDetails",
    "BetaLinkedOrganizationSpendLimitReachedErrorDetails",
    "BetaMCPServerToolConfigurationParam",
    "BetaMCPServerURLDefinitionParam",
    "BetaMCPTool",
    "BetaMCPToolConfig",
    "BetaMCPToolConfigParam",
    "BetaMCPToolDefaultConfig",
    "BetaMCPToolDefaultConfigParam",
    "BetaMCPToolListingBlock",
    "BetaMCPToolListingBlockParam",
    "BetaMCPToolParam",
    "BetaMCPToolParamParam",
    "BetaMCPToolResultBlock",
    "BetaMCPToolResultBlockParam",
    "BetaMCPToolUseBlock",
    "BetaMCPToolUseBlockParam",
    "BetaMCPToolset",
    "BetaMCPToolsetParam",
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServer",
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServerParam",
    "BetaManagedAgentsAWSRoleExecutionIdentity",
    "BetaManagedAgentsAWSRoleExecutionIdentityParams",
    "BetaManagedAgentsActor",
    "BetaManagedAgentsAddSessionResource",
    "BetaManagedAgentsAddSessionResourceParams",
    "BetaManagedAgentsAdvisor",
    "BetaManagedAgentsAdvisorParams",
    "BetaManagedAgentsAgent",
    "BetaManagedAgentsAgentArchivedDeploymentPausedReasonError",
    "BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsAgentArchivedRunError",
    "BetaManagedAgentsAgentArchivedRunErrorObject",
    "BetaManagedAgentsAgentAutoEvaluatedPermission",
    "BetaManagedAgentsAgentAutoEvaluatedPermissionAllow",
    "BetaManagedAgentsAgentAutoEvaluatedPermissionAsk",
    "BetaManagedAgentsAgentAutoEvaluatedPermissionDeny",
    "BetaManagedAgentsAgentCustomToolUseEvent",
    "BetaManagedAgentsAgentEvaluatedPermission",
    "BetaManagedAgentsAgentMcpToolResultEvent",
    "BetaManagedAgentsAgentMcpToolUseEvent",
    "BetaManagedAgentsAgentMessageContentBlock",
    "BetaManagedAgentsAgentMessageEvent",
    "BetaManagedAgentsAgentMessagePreview",
    "BetaManagedAgentsAgentParams",
    "BetaManagedAgentsAgentReference",
    "BetaManagedAgentsAgentThinkingEvent",
    "BetaManagedAgentsAgentThinkingPreview",
    "BetaManagedAgentsAgentThreadContextCompactedEvent",
    "BetaManagedAgentsAgentThreadMessageReceivedEvent",
    "BetaManagedAgentsAgentThreadMessageSentEvent",
    "BetaManagedAgentsAgentTool",
    "BetaManagedAgentsAgentToolConfig",
    "BetaManagedAgentsAgentToolConfigParams",
    "BetaManagedAgentsAgentToolConfigUnion",
    "BetaManagedAgentsAgentToolConfigUnionParams",
    "BetaManagedAgentsAgentToolEvaluation",
    "BetaManagedAgentsAgentToolEvaluationAlwaysAllow",
    "BetaManagedAgentsAgentToolEvaluationAlwaysAsk",
    "BetaManagedAgentsAgentToolEvaluationAuto",
    "BetaManagedAgentsAgentToolParams",
    "BetaManagedAgentsAgentToolResultEvent",
    "BetaManagedAgentsAgentToolUseEvent",
    "BetaManagedAgentsAgentToolset20260401",
    "BetaManagedAgentsAgentToolset20260401BashInput",
    "BetaManagedAgentsAgentToolset20260401EditInput",
    "BetaManagedAgentsAgentToolset20260401GlobInput",
    "BetaManagedAgentsAgentToolset20260401GrepInput",
    "BetaManagedAgentsAgentToolset20260401Params",
    "BetaManagedAgentsAgentToolset20260401ReadInput",
    "BetaManagedAgentsAgentToolset20260401WriteInput",
    "BetaManagedAgentsAgentToolsetDefaultConfig",
    "BetaManagedAgentsAgentToolsetDefaultConfigParams",
    "BetaManagedAgentsAgentUnionParams",
    "BetaManagedAgentsAgentWithOverridesParams",
    "BetaManagedAgentsAlwaysAllowPolicy",
    "BetaManagedAgentsAlwaysAllowPolicyParam",
    "BetaManagedAgentsAlwaysAskPolicy",
    "BetaManagedAgentsAlwaysAskPolicyParam",
    "BetaManagedAgentsAnthropicSkill",
    "BetaManagedAgentsAnthropicSkillParams",
    "BetaManagedAgentsApiActor",
    "BetaManagedAgentsAutoPolicy",
    "BetaManagedAgentsAutoPolicyParam",
    "BetaManagedAgentsBase64DocumentSource",
    "BetaManagedAgentsBase64DocumentSourceParam",
    "BetaManagedAgentsBase64ImageSource",
    "BetaManagedAgentsBase64ImageSourceParam",
    "BetaManagedAgentsBashToolConfig",
    "BetaManagedAgentsBashToolConfigParams",
    "BetaManagedAgentsBedrockAgent",
    "BetaManagedAgentsBedrockAgentListItem",
    "BetaManagedAgentsBedrockAgentListItemModel",
    "BetaManagedAgentsBedrockAgentMCPElicitationEvent",
    "BetaManagedAgentsBedrockAgentMCPToolResultEvent",
    "BetaManagedAgentsBedrockAgentPage",
    "BetaManagedAgentsBedrockAgentTool",
    "BetaManagedAgentsBedrockAgentToolParams",
    "BetaManagedAgentsBedrockAgentToolResultEvent",
    "BetaManagedAgentsBedrockAgentWithOverridesParams",
    "BetaManagedAgentsBedrockCreateAgentParams",
    "BetaManagedAgentsBedrockCreateSessionAgentParams",
    "BetaManagedAgentsBedrockCreateSessionParams",
    "BetaManagedAgentsBedrockDocumentBlockParam",
    "BetaManagedAgentsBedrockDocumentSourceParam",
    "BetaManagedAgentsBedrockEventParams",
    "BetaManagedAgentsBedrockImageBlockParam",
    "BetaManagedAgentsBedrockInputEvent",
    "BetaManagedAgentsBedrockMCPElicitationAccept",
    "BetaManagedAgentsBedrockMCPElicitationAcceptParam",
    "BetaManagedAgentsBedrockMCPElicitationCancel",
    "BetaManagedAgentsBedrockMCPElicitationCancelParam",
    "BetaManagedAgentsBedrockMCPElicitationDecline",
    "BetaManagedAgentsBedrockMCPElicitationDeclineParam",
    "BetaManagedAgentsBedrockMCPElicitationResponse",
    "BetaManagedAgentsBedrockMCPElicitationResponseParam",
    "BetaManagedAgentsBedrockMCPElicitationURLRequest",
    "BetaManagedAgentsBedrockMemoryActor",
    "BetaManagedAgentsBedrockMemoryStore",
    "BetaManagedAgentsBedrockMemoryStoreListItem",
    "BetaManagedAgentsBedrockMemoryStorePage",
    "BetaManagedAgentsBedrockMemoryStoreResource",
    "BetaManagedAgentsBedrockMemoryStoreResourceAccess",
    "BetaManagedAgentsBedrockMemoryVersion",
    "BetaManagedAgentsBedrockMemoryVersionPage",
    "BetaManagedAgentsBedrockModelConfigParams",
    "BetaManagedAgentsBedrockModelParams",
    "BetaManagedAgentsBedrockMultiagentCoordinator",
    "BetaManagedAgentsBedrockMultiagentCoordinatorParams",
    "BetaManagedAgentsBedrockMultiagentRosterEntryParams",
    "BetaManagedAgentsBedrockSendSessionEventsParams",
    "BetaManagedAgentsBedrockSession",
    "BetaManagedAgentsBedrockSessionActor",
    "BetaManagedAgentsBedrockSessionAgent",
    "BetaManagedAgentsBedrockSessionAgentUpdateParam",
    "BetaManagedAgentsBedrockSessionErrorEvent",
    "BetaManagedAgentsBedrockSessionErrorEventError",
    "BetaManagedAgentsBedrockSessionEvent",
    "BetaManagedAgentsBedrockSessionEventPage",
    "BetaManagedAgentsBedrockSessionEventTypeParam",
    "BetaManagedAgentsBedrockSessionListItem",
    "BetaManagedAgentsBedrockSessionListItemAgent",
    "BetaManagedAgentsBedrockSessionListItemMemoryStoreResource",
    "BetaManagedAgentsBedrockSessionListItemUsage",
    "BetaManagedAgentsBedrockSessionMultiagentCoordinator",
    "BetaManagedAgentsBedrockSessionPage",
    "BetaManagedAgentsBedrockSessionResource",
    "BetaManagedAgentsBedrockSessionResourceParams",
    "BetaManagedAgentsBedrockSessionThread",
    "BetaManagedAgentsBedrockSessionThreadAgent",
    "BetaManagedAgentsBedrockSessionThreadPage",
    "BetaManagedAgentsBedrockSessionUpdatedEvent",
    "BetaManagedAgentsBedrockSystemMessageEvent",
    "BetaManagedAgentsBedrockUpdateAgentParams",
    "BetaManagedAgentsBedrockUpdateSessionParams",
    "BetaManagedAgentsBedrockUserContentBlockParam",
    "BetaManagedAgentsBedrockUserCustomToolResultEvent",
    "BetaManagedAgentsBedrockUserDefineOutcomeEvent",
    "BetaManagedAgentsBedrockUserInterruptEvent",
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEvent",
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEventParams",
    "BetaManagedAgentsBedrockUserMessageEvent",
    "BetaManagedAgentsBedrockUserMessageEventParams",
    "BetaManagedAgentsBedrockUserToolConfirmationEvent",
    "BetaManagedAgentsBillingError",
    "BetaManagedAgentsBranchCheckout",
    "BetaManagedAgentsBranchCheckoutParam",
    "BetaManagedAgentsBudget",
    "BetaManagedAgentsBudgetLimit",
    "BetaManagedAgentsBudgetLimitParam",
    "BetaManagedAgentsBudgetParam",
    "BetaManagedAgentsCacheCreationUsage",
    "BetaManagedAgentsCallerIdentity",
    "BetaManagedAgentsCommitCheckout",
    "BetaManagedAgentsCommitCheckoutParam",
    "BetaManagedAgentsCompactionLimitReachedError",
    "BetaManagedAgentsContentSha256Precondition",
    "BetaManagedAgentsContentSha256PreconditionParam",
    "BetaManagedAgentsCreateAgentParams",
    "BetaManagedAgentsCreateDeploymentParams",
    "BetaManagedAgentsCreateSessionAgentUnionParams",
    "BetaManagedAgentsCreateSessionParams",
    "BetaManagedAgentsCredential",
    "BetaManagedAgentsCredentialAuth",
    "BetaManagedAgentsCredentialCreateAuth",
    "BetaManagedAgentsCredentialCreateAuthParam",
    "BetaManagedAgentsCredentialHostUnreachableError",
    "BetaManagedAgentsCredentialNetworkingParams",
    "BetaManagedAgentsCredentialNetworkingResponse",
    "BetaManagedAgentsCredentialRefreshStatus",
    "BetaManagedAgentsCredentialUpdateAuth",
    "BetaManagedAgentsCredentialUpdateAuthParam",
    "BetaManagedAgentsCredentialValidation",
    "BetaManagedAgentsCredentialValidationStatus",
    "BetaManagedAgentsCronSchedule",
    "BetaManagedAgentsCronScheduleParams",
    "BetaManagedAgentsCustomSkill",
    "BetaManagedAgentsCustomSkillParams",
    "BetaManagedAgentsCustomTool",
    "BetaManagedAgentsCustomToolInputSchema",
    "BetaManagedAgentsCustomToolInputSchemaParam",
    "BetaManagedAgentsCustomToolParams",
    "BetaManagedAgentsDeleteSessionResource",
    "BetaManagedAgentsDeletedCredential",
    "BetaManagedAgentsDeletedMemory",
    "BetaManagedAgentsDeletedMemoryStore",
    "BetaManagedAgentsDeletedSession",
    "BetaManagedAgentsDeletedVault",
    "BetaManagedAgentsDeltaContent",
    "BetaManagedAgentsDeltaEvent",
    "BetaManagedAgentsDeltaType",
    "BetaManagedAgentsDeployment",
    "BetaManagedAgentsDeploymentInitialEvent",
    "BetaManagedAgentsDeploymentInitialEventParams",
    "BetaManagedAgentsDeploymentPausedReason",
    "BetaManagedAgentsDeploymentPausedReasonError",
    "BetaManagedAgentsDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsDeploymentRun",
    "BetaManagedAgentsDeploymentStatus",
    "BetaManagedAgentsDeploymentStatusParam",
    "BetaManagedAgentsDeploymentSystemMessageEvent",
    "BetaManagedAgentsDeploymentUserDefineOutcomeEvent",
    "BetaManagedAgentsDeploymentUserMessageEvent",
    "BetaManagedAgentsDocumentBlock",
    "BetaManagedAgentsDocumentBlockParam",
    "BetaManagedAgentsDocumentSource",
    "BetaManagedAgentsDocumentSourceParam",
    "BetaManagedAgentsEditToolConfig",
    "BetaManagedAgentsEditToolConfigParams",
    "BetaManagedAgentsEffort",
    "BetaManagedAgentsEffortHigh",
    "BetaManagedAgentsEffortHighParam",
    "BetaManagedAgentsEffortLevel",
    "BetaManagedAgentsEffortLevelParam",
    "BetaManagedAgentsEffortLow",
    "BetaManagedAgentsEffortLowParam",
    "BetaManagedAgentsEffortMax",
    "BetaManagedAgentsEffortMaxParam",
    "BetaManagedAgentsEffortMedium",
    "BetaManagedAgentsEffortMediumParam",
    "BetaManagedAgentsEffortParam",
    "BetaManagedAgentsEffortParams",
    "BetaManagedAgentsEffortXhigh",
    "BetaManagedAgentsEffortXhighParam",
    "BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonError",
    "BetaManagedAgentsEnvironmentArchivedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsEnvironmentArchivedRunError",
    "BetaManagedAgentsEnvironmentArchivedRunErrorObject",
    "BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError",
    "BetaManagedAgentsEnvironmentNotFoundDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsEnvironmentNotFoundRunError",
    "BetaManagedAgentsEnvironmentNotFoundRunErrorObject",
    "BetaManagedAgentsEnvironmentVariableAuthResponse",
    "BetaManagedAgentsEnvironmentVariableCreateParams",
    "BetaManagedAgentsEnvironmentVariableUpdateParams",
    "BetaManagedAgentsErrorDeploymentPausedReason",
    "BetaManagedAgentsEventDeltaEvent",
    "BetaManagedAgentsEventDeltaEventContentDelta",
    "BetaManagedAgentsEventDeltaEventDelta",
    "BetaManagedAgentsEventDeltaType",
    "BetaManagedAgentsEventDeltaTypeParam",
    "BetaManagedAgentsEventParams",
    "BetaManagedAgentsEventStartEvent",
    "BetaManagedAgentsEventStartEventAgentMessagePreview",
    "BetaManagedAgentsEventStartEventAgentThinkingPreview",
    "BetaManagedAgentsEventStartEventEvent",
    "BetaManagedAgentsExecutionIdentity",
    "BetaManagedAgentsExecutionIdentityParams",
    "BetaManagedAgentsFileDocumentSource",
    "BetaManagedAgentsFileDocumentSourceParam",
    "BetaManagedAgentsFileImageSource",
    "BetaManagedAgentsFileImageSourceParam",
    "BetaManagedAgentsFileNotFoundDeploymentPausedReasonError",
    "BetaManagedAgentsFileNotFoundDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsFileNotFoundRunError",
    "BetaManagedAgentsFileNotFoundRunErrorObject",
    "BetaManagedAgentsFileResource",
    "BetaManagedAgentsFileResourceConfig",
    "BetaManagedAgentsFileResourceParams",
    "BetaManagedAgentsFileRubric",
    "BetaManagedAgentsFileRubricParams",
    "BetaManagedAgentsGetSessionResource",
    "BetaManagedAgentsGitHubRepositoryResource",
    "BetaManagedAgentsGitHubRepositoryResourceConfig",
    "BetaManagedAgentsGitHubRepositoryResourceParams",
    "BetaManagedAgentsGlobToolConfig",
    "BetaManagedAgentsGlobToolConfigParams",
    "BetaManagedAgentsGrepToolConfig",
    "BetaManagedAgentsGrepToolConfigParams",
    "BetaManagedAgentsImageBlock",
    "BetaManagedAgentsImageBlockParam",
    "BetaManagedAgentsImageSource",
    "BetaManagedAgentsImageSourceParam",
    "BetaManagedAgentsInjectionLocationParams",
    "BetaManagedAgentsInjectionLocationResponse",
    "BetaManagedAgentsInjectionLocationUpdateParams",
    "BetaManagedAgentsInlineAgent",
    "BetaManagedAgentsInputEvent",
    "BetaManagedAgentsLimitedCredentialNetworkingParams",
    "BetaManagedAgentsLimitedCredentialNetworkingResponse",
    "BetaManagedAgentsListAgentVersions",
    "BetaManagedAgentsListAgents",
    "BetaManagedAgentsListDeploymentRunsData",
    "BetaManagedAgentsListDeploymentsData",
    "BetaManagedAgentsListOrder",
    "BetaManagedAgentsListOrderParam",
    "BetaManagedAgentsListSessionEvents",
    "BetaManagedAgentsListSessionResources",
    "BetaManagedAgentsListSessionThreadEvents",
    "BetaManagedAgentsListSessionThreads",
    "BetaManagedAgentsListSessions",
    "BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonError",
    "BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsMCPEgressBlockedRunError",
    "BetaManagedAgentsMCPEgressBlockedRunErrorObject",
    "BetaManagedAgentsMCPServer",
    "BetaManagedAgentsMCPServerParams",
    "BetaManagedAgentsMCPServerURLDefinition",
    "BetaManagedAgentsMCPToolConfig",
    "BetaManagedAgentsMCPToolConfigParams",
    "BetaManagedAgentsMCPToolset",
    "BetaManagedAgentsMCPToolsetDefaultConfig",
    "BetaManagedAgentsMCPToolsetDefaultConfigParams",
    "BetaManagedAgentsMCPToolsetParams",
    "BetaManagedAgentsManagedMemoryStoreBackend",
    "BetaManagedAgentsManagedMemoryStoreBackendParam",
    "BetaManagedAgentsManualDeploymentPausedReason",
    "BetaManagedAgentsManualTriggerContext",
    "BetaManagedAgentsMaxWorkflowRunsWorkflowRunError",
    "BetaManagedAgentsMcpAuthenticationFailedError",
    "BetaManagedAgentsMcpConnectionFailedError",
    "BetaManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
    "BetaManagedAgentsMcpEgressBlockedRunError",
    "BetaManagedAgentsMcpOauthAuthResponse",
    "BetaManagedAgentsMcpOauthCreateParams",
    "BetaManagedAgentsMcpOauthRefreshParams",
    "BetaManagedAgentsMcpOauthRefreshResponse",
    "BetaManagedAgentsMcpOauthRefreshUpdateParams",
    "BetaManagedAgentsMcpOauthUpdateParams",
    "BetaManagedAgentsMcpProbe",
    "BetaManagedAgentsMemory",
    "BetaManagedAgentsMemoryListItem",
    "BetaManagedAgentsMemoryPrefix",
    "BetaManagedAgentsMemoryStore",
    "BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError",
    "BetaManagedAgentsMemoryStoreArchivedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsMemoryStoreArchivedRunError",
    "BetaManagedAgentsMemoryStoreArchivedRunErrorObject",
    "BetaManagedAgentsMemoryStoreResource",
    "BetaManagedAgentsMemoryStoreResourceConfig",
    "BetaManagedAgentsMemoryStoreResourceParam",
    "BetaManagedAgentsMemoryToolConfig",
    "BetaManagedAgentsMemoryToolConfigParams",
    "BetaManagedAgentsMemoryToolConfigPermissionPolicy",
    "BetaManagedAgentsMemoryToolConfigPermissionPolicyParam",
    "BetaManagedAgentsMemoryToolName",
    "BetaManagedAgentsMemoryToolNameParam",
    "BetaManagedAgentsMemoryToolset20261030",
    "BetaManagedAgentsMemoryToolset20261030Params",
    "BetaManagedAgentsMemoryVersion",
    "BetaManagedAgentsMemoryVersionOperation",
    "BetaManagedAgentsMemoryVersionOperationParam",
    "BetaManagedAgentsMemoryView",
    "BetaManagedAgentsMemoryViewParam",
    "BetaManagedAgentsModel",
    "BetaManagedAgentsModelConfig",
    "BetaManagedAgentsModelConfigParams",
    "BetaManagedAgentsModelOverloadedError",
    "BetaManagedAgentsModelParam",
    "BetaManagedAgentsModelParams",
    "BetaManagedAgentsModelRateLimitedError",
    "BetaManagedAgentsModelRequestFailedError",
    "BetaManagedAgentsMountMode",
    "BetaManagedAgentsMountModeParam",
    "BetaManagedAgentsMountPathConflictErrorObject",
    "BetaManagedAgentsMultiagent",
    "BetaManagedAgentsMultiagent20261001",
    "BetaManagedAgentsMultiagent20261001Params",
    "BetaManagedAgentsMultiagentAdvisor",
    "BetaManagedAgentsMultiagentAdvisorDisabled",
    "BetaManagedAgentsMultiagentAdvisorDisabledParams",
    "BetaManagedAgentsMultiagentAdvisorEnabled",
    "BetaManagedAgentsMultiagentAdvisorEnabledParams",
    "BetaManagedAgentsMultiagentAdvisorParams",
    "BetaManagedAgentsMultiagentCoordinator",
    "BetaManagedAgentsMultiagentCoordinatorParams",
    "BetaManagedAgentsMultiagentInlineAgents",
    "BetaManagedAgentsMultiagentInlineAgentsDisabled",
    "BetaManagedAgentsMultiagentInlineAgentsDisabledParams",
    "BetaManagedAgentsMultiagentInlineAgentsEnabled",
    "BetaManagedAgentsMultiagentInlineAgentsEnabledParams",
    "BetaManagedAgentsMultiagentInlineAgentsParams",
    "BetaManagedAgentsMultiagentParams",
    "BetaManagedAgentsMultiagentPredefinedAgentParams",
    "BetaManagedAgentsMultiagentRosterEntry",
    "BetaManagedAgentsMultiagentRosterEntryParams",
    "BetaManagedAgentsMultiagentSelfParams",
    "BetaManagedAgentsMultiagentSubagents",
    "BetaManagedAgentsMultiagentSubagentsDisabled",
    "BetaManagedAgentsMultiagentSubagentsDisabledParams",
    "BetaManagedAgentsMultiagentSubagentsEnabled",
    "BetaManagedAgentsMultiagentSubagentsEnabledParams",
    "BetaManagedAgentsMultiagentSubagentsParams",
    "BetaManagedAgentsMultiagentWorkflows",
    "BetaManagedAgentsMultiagentWorkflowsDisabled",
    "BetaManagedAgentsMultiagentWorkflowsDisabledParams",
    "BetaManagedAgentsMultiagentWorkflowsEnabled",
    "BetaManagedAgentsMultiagentWorkflowsEnabledParams",
    "BetaManagedAgentsMultiagentWorkflowsParams",
    "BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonError",
    "BetaManagedAgentsOrganizationDisabledDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsOrganizationDisabledRunError",
    "BetaManagedAgentsOrganizationDisabledRunErrorObject",
    "BetaManagedAgentsOutcomeEvaluationResource",
    "BetaManagedAgentsPermissionPolicy",
    "BetaManagedAgentsPermissionPolicyParam",
    "BetaManagedAgentsPersonActor",
    "BetaManagedAgentsPlainTextDocumentSource",
    "BetaManagedAgentsPlainTextDocumentSourceMediaType",
    "BetaManagedAgentsPlainTextDocumentSourceParam",
    "BetaManagedAgentsProgramWorkflowRunError",
    "BetaManagedAgentsReadToolConfig",
    "BetaManagedAgentsReadToolConfigParams",
    "BetaManagedAgentsRedactedBlock",
    "BetaManagedAgentsRedactedBlockParam",
    "BetaManagedAgentsRefreshHttpResponse",
    "BetaManagedAgentsRefreshObject",
    "BetaManagedAgentsRepositoryAuthenticationError",
    "BetaManagedAgentsRepositoryCheckout",
    "BetaManagedAgentsRepositoryCheckoutError",
    "BetaManagedAgentsRepositoryCheckoutParam",
    "BetaManagedAgentsRepositoryCloneError",
    "BetaManagedAgentsRepositoryForbiddenError",
    "BetaManagedAgentsRepositoryNotFoundError",
    "BetaManagedAgentsRetryStatus",
    "BetaManagedAgentsRetryStatusExhausted",
    "BetaManagedAgentsRetryStatusRetrying",
    "BetaManagedAgentsRetryStatusTerminal",
    "BetaManagedAgentsRoleActor",
    "BetaManagedAgentsRubric",
    "BetaManagedAgentsRubricParams",
    "BetaManagedAgentsRunError",
    "BetaManagedAgentsS3AccessDeniedErrorObject",
    "BetaManagedAgentsS3CopyErrorObject",
    "BetaManagedAgentsS3MountErrorObject",
    "BetaManagedAgentsS3MountResource",
    "BetaManagedAgentsS3MountResourceMountAs",
    "BetaManagedAgentsS3MountResourceParams",
    "BetaManagedAgentsS3MountSkill",
    "BetaManagedAgentsS3MountSkillParam",
    "BetaManagedAgentsS3NotFoundErrorObject",
    "BetaManagedAgentsS3ObjectResource",
    "BetaManagedAgentsS3ObjectResourceParams",
    "BetaManagedAgentsSandboxPathResource",
    "BetaManagedAgentsSandboxPathResourceParams",
    "BetaManagedAgentsSandboxPathSkill",
    "BetaManagedAgentsSandboxPathSkillParam",
    "BetaManagedAgentsSandboxSkill",
    "BetaManagedAgentsSandboxSkillParam",
    "BetaManagedAgentsSchedule",
    "BetaManagedAgentsScheduleParams",
    "BetaManagedAgentsScheduleTriggerContext",
    "BetaManagedAgentsSearchResultBlock",
    "BetaManagedAgentsSearchResultBlockParam",
    "BetaManagedAgentsSearchResultCitations",
    "BetaManagedAgentsSearchResultCitationsParam",
    "BetaManagedAgentsSearchResultContent",
    "BetaManagedAgentsSearchResultContentParam",
    "BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError",
    "BetaManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsSelfHostedResourcesUnsupportedRunError",
    "BetaManagedAgentsSelfHostedResourcesUnsupportedRunErrorObject",
    "BetaManagedAgentsSendBedrockSessionEvents",
    "BetaManagedAgentsSendSessionEvents",
    "BetaManagedAgentsSendSessionEventsParams",
    "BetaManagedAgentsServerToolUsage",
    "BetaManagedAgentsServiceAccountActor",
    "BetaManagedAgentsServiceAccountExecutionIdentity",
    "BetaManagedAgentsServiceAccountExecutionIdentityParams",
    "BetaManagedAgentsSession",
    "BetaManagedAgentsSessionActor",
    "BetaManagedAgentsSessionAgent",
    "BetaManagedAgentsSessionAgentUpdate",
    "BetaManagedAgentsSessionAgentUpdateParam",
    "BetaManagedAgentsSessionBudgetReached",
    "BetaManagedAgentsSessionCreationRejectedRunError",
    "BetaManagedAgentsSessionCreationRejectedRunErrorObject",
    "BetaManagedAgentsSessionDeletedEvent",
    "BetaManagedAgentsSessionEndTurn",
    "BetaManagedAgentsSessionErrorEvent",
    "BetaManagedAgentsSessionErrorEventError",
    "BetaManagedAgentsSessionEvent",
    "BetaManagedAgentsSessionEventTypeParam",
    "BetaManagedAgentsSessionInitialEventParams",
    "BetaManagedAgentsSessionMultiagent",
    "BetaManagedAgentsSessionMultiagent20261001",
    "BetaManagedAgentsSessionMultiagentCoordinator",
    "BetaManagedAgentsSessionMultiagentSubagents",
    "BetaManagedAgentsSessionMultiagentSubagentsEnabled",
    "BetaManagedAgentsSessionMultiagentWorkflows",
    "BetaManagedAgentsSessionMultiagentWorkflowsEnabled",
    "BetaManagedAgentsSessionRateLimitedRunError",
    "BetaManagedAgentsSessionRateLimitedRunErrorObject",
    "BetaManagedAgentsSessionRefusal",
    "BetaManagedAgentsSessionRefusalStopDetails",
    "BetaManagedAgentsSessionRequiresAction",
    "BetaManagedAgentsSessionResource",
    "BetaManagedAgentsSessionResourceConfig",
    "BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError",
    "BetaManagedAgentsSessionResourceNotFoundDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsSessionResourceNotFoundRunError",
    "BetaManagedAgentsSessionResourceNotFoundRunErrorObject",
    "BetaManagedAgentsSessionResourceParams",
    "BetaManagedAgentsSessionRetriesExhausted",
    "BetaManagedAgentsSessionRosterEntry",
    "BetaManagedAgentsSessionStats",
    "BetaManagedAgentsSessionStatus",
    "BetaManagedAgentsSessionStatusIdleEvent",
    "BetaManagedAgentsSessionStatusParam",
    "BetaManagedAgentsSessionStatusRescheduledEvent",
    "BetaManagedAgentsSessionStatusRunningEvent",
    "BetaManagedAgentsSessionStatusTerminatedEvent",
    "BetaManagedAgentsSessionStopReason",
    "BetaManagedAgentsSessionThread",
    "BetaManagedAgentsSessionThreadAgent",
    "BetaManagedAgentsSessionThreadCreatedEvent",
    "BetaManagedAgentsSessionThreadResolvedAgent",
    "BetaManagedAgentsSessionThreadStats",
    "BetaManagedAgentsSessionThreadStatus",
    "BetaManagedAgentsSessionThreadStatusIdleEvent",
    "BetaManagedAgentsSessionThreadStatusParam",
    "BetaManagedAgentsSessionThreadStatusRescheduledEvent",
    "BetaManagedAgentsSessionThreadStatusRunningEvent",
    "BetaManagedAgentsSessionThreadStatusTerminatedEvent",
    "BetaManagedAgentsSessionThreadUsage",
    "BetaManagedAgentsSessionUpdatedEvent",
    "BetaManagedAgentsSessionUsage",
    "BetaManagedAgentsSessionUsageEvent",
    "BetaManagedAgentsSessionUsageSnapshot",
    "BetaManagedAgentsSkill",
    "BetaManagedAgentsSkillNotFoundDeploymentPausedReasonError",
    "BetaManagedAgentsSkillNotFoundDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsSkillNotFoundRunError",
    "BetaManagedAgentsSkillNotFoundRunErrorObject",
    "BetaManagedAgentsSkillParams",
    "BetaManagedAgentsSpanModelRequestEndEvent",
    "BetaManagedAgentsSpanModelRequestStartEvent",
    "BetaManagedAgentsSpanModelUsage",
    "BetaManagedAgentsSpanOutcomeEvaluationEndEvent",
    "BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent",
    "BetaManagedAgentsSpanOutcomeEvaluationStartEvent",
    "BetaManagedAgentsSpeed",
    "BetaManagedAgentsSpeedParam",
    "BetaManagedAgentsStartEvent",
    "BetaManagedAgentsStartEventPreview",
    "BetaManagedAgentsStaticBearerAuthResponse",
    "BetaManagedAgentsStaticBearerCreateParams",
    "BetaManagedAgentsStaticBearerUpdateParams",
    "BetaManagedAgentsStreamBedrockSessionEvents",
    "BetaManagedAgentsStreamBedrockSessionThreadEvents",
    "BetaManagedAgentsStreamSessionEvents",
    "BetaManagedAgentsStreamSessionThreadEvents",
    "BetaManagedAgentsStruct",
    "BetaManagedAgentsSystemContentBlock",
    "BetaManagedAgentsSystemContentBlockParam",
    "BetaManagedAgentsSystemMessageEvent",
    "BetaManagedAgentsSystemMessageEventParams",
    "BetaManagedAgentsTextBlock",
    "BetaManagedAgentsTextBlockParam",
    "BetaManagedAgentsTextRubric",
    "BetaManagedAgentsTextRubricParams",
    "BetaManagedAgentsThreadLimitWorkflowRunError",
    "BetaManagedAgentsTimeoutWorkflowRunError",
    "BetaManagedAgentsTokenEndpointAuthBasicParam",
    "BetaManagedAgentsTokenEndpointAuthBasicResponse",
    "BetaManagedAgentsTokenEndpointAuthBasicUpdateParam",
    "BetaManagedAgentsTokenEndpointAuthNoneParam",
    "BetaManagedAgentsTokenEndpointAuthNoneResponse",
    "BetaManagedAgentsTokenEndpointAuthParams",
    "BetaManagedAgentsTokenEndpointAuthPostParam",
    "BetaManagedAgentsTokenEndpointAuthPostResponse",
    "BetaManagedAgentsTokenEndpointAuthPostUpdateParam",
    "BetaManagedAgentsTokenEndpointAuthResponse",
    "BetaManagedAgentsTokenEndpointAuthUpdateParams",
    "BetaManagedAgentsToolResultContentBlock",
    "BetaManagedAgentsToolResultContentBlockParam",
    "BetaManagedAgentsToolUseLimitReachedError",
    "BetaManagedAgentsTriggerContext",
    "BetaManagedAgentsTriggerType",
    "BetaManagedAgentsTriggerTypeParam",
    "BetaManagedAgentsURLDocumentSource",
    "BetaManagedAgentsURLDocumentSourceParam",
    "BetaManagedAgentsURLImageSource",
    "BetaManagedAgentsURLImageSourceParam",
    "BetaManagedAgentsURLMCPServerParams",
    "BetaManagedAgentsUnknownDeploymentPausedReasonError",
    "BetaManagedAgentsUnknownDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsUnknownError",
    "BetaManagedAgentsUnknownRunError",
    "BetaManagedAgentsUnknownRunErrorObject",
    "BetaManagedAgentsUnknownWorkflowRunError",
    "BetaManagedAgentsUnrestrictedCredentialNetworkingParams",
    "BetaManagedAgentsUnrestrictedCredentialNetworkingResponse",
    "BetaManagedAgentsUpdateAgentParams",
    "BetaManagedAgentsUpdateDeploymentParams",
    "BetaManagedAgentsUpdateSessionParams",
    "BetaManagedAgentsUpdateSessionResource",
    "BetaManagedAgentsUpdateSessionResourceParams",
    "BetaManagedAgentsUserActor",
    "BetaManagedAgentsUserContentBlock",
    "BetaManagedAgentsUserContentBlockParam",
    "BetaManagedAgentsUserCustomToolResultEvent",
    "BetaManagedAgentsUserCustomToolResultEventParams",
    "BetaManagedAgentsUserDefineOutcomeEvent",
    "BetaManagedAgentsUserDefineOutcomeEventParams",
    "BetaManagedAgentsUserInterruptEvent",
    "BetaManagedAgentsUserInterruptEventParams",
    "BetaManagedAgentsUserLocation",
    "BetaManagedAgentsUserLocationParam",
    "BetaManagedAgentsUserMessageEvent",
    "BetaManagedAgentsUserMessageEventParams",
    "BetaManagedAgentsUserToolConfirmationEvent",
    "BetaManagedAgentsUserToolConfirmationEventParams",
    "BetaManagedAgentsUserToolConfirmationResult",
    "BetaManagedAgentsUserToolConfirmationResultParam",
    "BetaManagedAgentsUserToolResultEvent",
    "BetaManagedAgentsUserToolResultEventParams",
    "BetaManagedAgentsVault",
    "BetaManagedAgentsVaultArchivedDeploymentPausedReasonError",
    "BetaManagedAgentsVaultArchivedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsVaultArchivedRunError",
    "BetaManagedAgentsVaultArchivedRunErrorObject",
    "BetaManagedAgentsVaultNotFoundDeploymentPausedReasonError",
    "BetaManagedAgentsVaultNotFoundDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsVaultNotFoundRunError",
    "BetaManagedAgentsVaultNotFoundRunErrorObject",
    "BetaManagedAgentsWebFetchToolConfig",
    "BetaManagedAgentsWebFetchToolConfigParams",
    "BetaManagedAgentsWebFetchURLSourceAll",
    "BetaManagedAgentsWebFetchURLSourceAllParam",
    "BetaManagedAgentsWebFetchURLSourceExcept",
    "BetaManagedAgentsWebFetchURLSourceExceptParam",
    "BetaManagedAgentsWebFetchURLSourceNone",
    "BetaManagedAgentsWebFetchURLSourceNoneParam",
    "BetaManagedAgentsWebFetchURLSourceOnly",
    "BetaManagedAgentsWebFetchURLSourceOnlyParam",
    "BetaManagedAgentsWebFetchURLSourceShorthand",
    "BetaManagedAgentsWebFetchURLSourceShorthandParam",
    "BetaManagedAgentsWebFetchURLSourceToolFilter",
    "BetaManagedAgentsWebFetchURLSourceToolFilterParam",
    "BetaManagedAgentsWebFetchURLSourceToolFilterParams",
    "BetaManagedAgentsWebFetchURLSourceToolReference",
    "BetaManagedAgentsWebFetchURLSourceToolReferenceParam",
    "BetaManagedAgentsWebFetchURLSourceUserInput",
    "BetaManagedAgentsWebFetchURLSourceUserInputParam",
    "BetaManagedAgentsWebFetchURLSourceUserInputParams",
    "BetaManagedAgentsWebFetchURLSources",
    "BetaManagedAgentsWebFetchURLSourcesParams",
    "BetaManagedAgentsWebSearchToolConfig",
    "BetaManagedAgentsWebSearchToolConfigParams",
    "BetaManagedAgentsWorkflowRunCreatedEvent",
    "BetaManagedAgentsWorkflowRunError",
    "BetaManagedAgentsWorkflowRunErrorEvent",
    "BetaManagedAgentsWorkflowRunPhase",
    "BetaManagedAgentsWorkflowRunPhaseEndedEvent",
    "BetaManagedAgentsWorkflowRunPhaseStartedEvent",
    "BetaManagedAgentsWorkflowRunResult",
    "BetaManagedAgentsWorkflowRunResultCompleted",
    "BetaManagedAgentsWorkflowRunResultError",
    "BetaManagedAgentsWorkflowRunResultStopped",
    "BetaManagedAgentsWorkflowRunStatusEndedEvent",
    "BetaManagedAgentsWorkflowRunStatusIdleEvent",
    "BetaManagedAgentsWorkflowRunStatusRunningEvent",
    "BetaManagedAgentsWorkingDirectoryErrorObject",
    "BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonError",
    "BetaManagedAgentsWorkspaceArchivedDeploymentPausedReasonErrorObject",
    "BetaManagedAgentsWorkspaceArchivedRunError",
    "BetaManagedAgentsWorkspaceArchivedRunErrorObject",
    "BetaManagedAgentsWriteToolConfig",
    "BetaManagedAgentsWriteToolConfigParams",
    "BetaMemberListParams",
    "BetaMemberRemoveResponse",
    "BetaMemoryCreateParams",
    "BetaMemoryDeleteParams",
    "BetaMemoryListPage",
    "BetaMemoryListParams",
    "BetaMemoryRetrieveParams",
    "BetaMemoryStoreCreateParams",
    "BetaMemoryStoreListParams",
    "BetaMemoryStorePage",
    "BetaMemoryStoreUpdateParams",
    "BetaMemoryTool20250818",
    "BetaMemoryTool20250818Command",
    "BetaMemoryTool20250818CreateCommand",
    "BetaMemoryTool20250818DeleteCommand",
    "BetaMemoryTool20250818InsertCommand",
    "BetaMemoryTool20250818Param",
    "BetaMemoryTool20250818RenameCommand",
    "BetaMemoryTool20250818StrReplaceCommand",
    "BetaMemoryTool20250818ViewCommand",
    "BetaMemoryUpdateParams",
    "BetaMemoryVersionListParams",
    "BetaMemoryVersionPage",
    "BetaMemoryVersionRetrieveParams",
    "BetaMessage",
    "BetaMessageBatch",
    "BetaMessageBatchCanceledResult",
    "BetaMessageBatchErroredResult",
    "BetaMessageBatchExpiredResult",
    "BetaMessageBatchIndividualResponse",
    "BetaMessageBatchPage",
    "BetaMessageBatchProcessingStatus",
    "BetaMessageBatchRequestCounts",
    "BetaMessageBatchResult",
    "BetaMessageBatchSucceededResult",
    "BetaMessageContentParam",
    "BetaMessageCountTokensParams",
    "BetaMessageCountTokensToolParam",
    "BetaMessageCreateParams",
    "BetaMessageCreateParamsBase",
    "BetaMessageCreateParamsContainerParam",
    "BetaMessageCreateParamsNonStreaming",
    "BetaMessageCreateParamsStreaming",
    "BetaMessageDelta",
    "BetaMessageDeltaUsage",
    "BetaMessageIterationUsage",
    "BetaMessageParam",
    "BetaMessageThreadContinueParam",
    "BetaMessageThreadCreateParam",
    "BetaMessageThreadParam",
    "BetaMessageTokensCount",
    "BetaMetadataParam",
    "BetaModel",
    "BetaModelCapabilities",
    "BetaModelInfo",
    "BetaModelInfoPage",
    "BetaModelLifecycle",
    "BetaModelLifecycleParam",
    "BetaModelLine",
    "BetaModelListParams",
    "BetaModelParam",
    "BetaMonetaryAmount",
    "BetaMonetaryAmountParam",
    "BetaNewOrganizationWebhookEndpoint",
    "BetaNewOrganizationWebhookEndpointEnabledEvents",
    "BetaNoBillingWorkspaceRole",
    "BetaNoBillingWorkspaceRoleParam",
    "BetaNotFoundError",
    "BetaNotFoundErrorObject",
    "BetaNoticeListParams",
    "BetaOrgAPIKeyLimitExceededErrorDetails",
    "BetaOrgMemberLimitExceededErrorDetails",
    "BetaOrganization",
    "BetaOrganizationAnalyticsPluginListParams",
    "BetaOrganizationAnalyticsSkillListParams",
    "BetaOrganizationAnalyticsUserListParams",
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroupListParams",
    "BetaOrganizationComplianceSettings",
    "BetaOrganizationFederationRulesWorkspaceListParams",
    "BetaOrganizationInfo",
    "BetaOrganizationInvite",
    "BetaOrganizationInvitePage",
    "BetaOrganizationInviteStatus",
    "BetaOrganizationLevelScopedAPIKeyRequiredErrorDetails",
    "BetaOrganizationNotEligibleError",
    "BetaOrganizationNotEligibleErrorDetails",
    "BetaOrganizationNotEnrolledInBetaErrorDetails",
    "BetaOrganizationOnHoldErrorDetails",
    "BetaOrganizationPluginsVersionListParams",
    "BetaOrganizationRateLimit",
    "BetaOrganizationRateLimitBatchGroup",
    "BetaOrganizationRateLimitFilesGroup",
    "BetaOrganizationRateLimitListParams",
    "BetaOrganizationRateLimitModelGroup",
    "BetaOrganizationRateLimitPage",
    "BetaOrganizationRateLimitSkillsGroup",
    "BetaOrganizationRateLimitTokenCountGroup",
    "BetaOrganizationRateLimitValue",
    "BetaOrganizationRateLimitWebSearchGroup",
    "BetaOrganizationRbacGroupsMemberListParams",
    "BetaOrganizationRole",
    "BetaOrganizationServiceAccountListParams",
    "BetaOrganizationServiceAccountsWorkspaceListParams",
    "BetaOrganizationTelemetryDestinationsWorkspaceListParams",
    "BetaOrganizationTypeNotSupportedErrorDetails",
    "BetaOrganizationUser",
    "BetaOrganizationUserPage",
    "BetaOrganizationWebhookEndpoint",
    "BetaOrganizationWebhookEndpointEnabledEvents",
    "BetaOrganizationWebhookEndpointPage",
    "BetaOrganizationWebhookEndpointSigningSecret",
    "BetaOrganizationWebhookEndpointState",
    "BetaOutputBehavior",
    "BetaOutputBehaviorCreateNew",
    "BetaOutputBehaviorCreateNewParam",
    "BetaOutputBehaviorParam",
    "BetaOutputBehaviorUpdateExisting",
    "BetaOutputBehaviorUpdateExistingParam",
    "BetaOutputConfigParam",
    "BetaOutputTokensDetails",
    "BetaOverloadedError",
    "BetaOverloadedErrorObject",
    "BetaPackages",
    "BetaPackagesParams",
    "BetaParentOrganizationRequiredErrorDetails",
    "BetaPendingConfigurationExternalStorageStatus",
    "BetaPermissionError",
    "BetaPermissionErrorObject",
    "BetaPermissionListParams",
    "BetaPingEvent",
    "BetaPlainTextSource",
    "BetaPlainTextSourceParam",
    "BetaPlugin",
    "BetaPluginAPIActor",
    "BetaPluginActor",
    "BetaPluginComponent",
    "BetaPluginComponentType",
    "BetaPluginContentScan",
    "BetaPluginContentScanAssessment",
    "BetaPluginContentScanStatus",
    "BetaPluginCreateParams",
    "BetaPluginInstallationSetting",
    "BetaPluginInstallationSettingInstallationPreference",
    "BetaPluginInstallationSettingPage",
    "BetaPluginInstallationSettingSetParams",
    "BetaPluginListParams",
    "BetaPluginMarketplace",
    "BetaPluginMarketplaceDefaultInstallationPreference",
    "BetaPluginMarketplaceListParams",
    "BetaPluginMarketplacePage",
    "BetaPluginMarketplaceRetrieveParams",
    "BetaPluginMarketplaceSource",
    "BetaPluginMarketplaceSyncStatus",
    "BetaPluginMarketplaceUpdateParams",
    "BetaPluginMarketplaceValidateArchiveParams",
    "BetaPluginMarketplaceValidateRepositoryParams",
    "BetaPluginMarketplaceValidationPluginErrorObject",
    "BetaPluginMarketplaceValidationPluginWarning",
    "BetaPluginMarketplaceValidationPluginWarnings",
    "BetaPluginMarketplaceValidationReport",
    "BetaPluginNameTakenErrorDetails",
    "BetaPluginOrganizationInstallationPreference",
    "BetaPluginOwner",
    "BetaPluginOwnerOrganization",
    "BetaPluginOwnerUser",
    "BetaPluginPage",
    "BetaPluginReach",
    "BetaPluginRetrieveParams",
    "BetaPluginShare",
    "BetaPluginSharePage",
    "BetaPluginTarget",
    "BetaPluginTargetOrganization",
    "BetaPluginTargetOrganizationMember",
    "BetaPluginTargetRBACGroup",
    "BetaPluginUpdateParams",
    "BetaPluginUserActor",
    "BetaPluginVersion",
    "BetaPluginVersionCreateParams",
    "BetaPluginVersionPage",
    "BetaPluginVersionReach",
    "BetaPredefinedAgents",
    "BetaProjectListParams",
    "BetaProviderNotAllowedErrorDetails",
    "BetaPublicEnvironmentCreateRequest",
    "BetaPublicEnvironmentCreateRequestParam",
    "BetaPublicEnvironmentUpdateRequest",
    "BetaPublicEnvironmentUpdateRequestParam",
    "BetaRBACAllConnectorsPermissionResource",
    "BetaRBACConnectorPermissionResource",
    "BetaRBACConnectorScopePermissionResource",
    "BetaRBACConnectorToolPermissionResource",
    "BetaRBACGroup",
    "BetaRBACGroupCreateParams",
    "BetaRBACGroupGrantsOwnerAccessErrorDetails",
    "BetaRBACGroupManagedSettingsNotFoundErrorDetails",
    "BetaRBACGroupMember",
    "BetaRBACGroupMemberAddParams",
    "BetaRBACGroupMemberPage",
    "BetaRBACGroupNotFoundErrorDetails",
    "BetaRBACGroupOrderLimitExceededErrorDetails",
    "BetaRBACGroupOwnerAccessUnconfirmedErrorDetails",
    "BetaRBACGroupPage",
    "BetaRBACGroupSourceType",
    "BetaRBACGroupUpdateParams",
    "BetaRBACOrganizationPermissionResource",
    "BetaRBACPermissionResource",
    "BetaRBACRole",
    "BetaRBACRoleNotFoundErrorDetails",
    "BetaRBACRolePage",
    "BetaRBACRolePermission",
    "BetaRBACRolePermissionPage",
    "BetaRBACRoleSource",
    "BetaRBACRoleSourceBuiltIn",
    "BetaRBACRoleSourceCustom",
    "BetaRampLimitExceededErrorDetails",
    "BetaRateLimitError",
    "BetaRateLimitErrorObject",
    "BetaRateLimitGroup",
    "BetaRateLimitListParams",
    "BetaRawContentBlockDelta",
    "BetaRawContentBlockDeltaEvent",
    "BetaRawContentBlockStartEvent",
    "BetaRawContentBlockStopEvent",
    "BetaRawMessageDeltaEvent",
    "BetaRawMessageStartEvent",
    "BetaRawMessageStopEvent",
    "BetaRawMessageStreamEvent",
    "BetaRbacGroupListParams",
    "BetaRbacRoleListParams",
    "BetaRedactedThinkingBlock",
    "BetaRedactedThinkingBlockParam",
    "BetaRefusalCategory",
    "BetaRefusalStopDetails",
    "BetaRegionNotSupportedErrorDetails",
    "BetaRegistrationPendingErrorDetails",
    "BetaReportPageTooLargeError",
    "BetaReportPageTooLargeErrorDetails",
    "BetaRequestBodyEncodingInvalidErrorDetails",
    "BetaRequestBodyEncodingUnsupportedErrorDetails",
    "BetaRequestBodyTimeoutErrorDetails",
    "BetaRequestBodyTooLargeAfterDecodingErrorDetails",
    "BetaRequestDocumentBlockParam",
    "BetaRequestMCPServerToolConfigurationParam",
    "BetaRequestMCPServerURLDefinitionParam",
    "BetaRequestMCPToolResultBlockParam",
    "BetaRequestTooLargeError",
    "BetaRequestToolAdditionBlockParam",
    "BetaRequestToolRemovalBlockParam",
    "BetaResourceAddParams",
    "BetaResourceListParams",
    "BetaResponseBrowserCloseTabToolUseBlock",
    "BetaResponseBrowserDoubleClickToolUseBlock",
    "BetaResponseBrowserFileUploadToolUseBlock",
    "BetaResponseBrowserFindToolUseBlock",
    "BetaResponseBrowserFormInputToolUseBlock",
    "BetaResponseBrowserGetPageTextToolUseBlock",
    "BetaResponseBrowserHoldKeyToolUseBlock",
    "BetaResponseBrowserHoverToolUseBlock",
    "BetaResponseBrowserJavascriptExecToolUseBlock",
    "BetaResponseBrowserKeyToolUseBlock",
    "BetaResponseBrowserLeftClickDragToolUseBlock",
    "BetaResponseBrowserLeftClickToolUseBlock",
    "BetaResponseBrowserLeftMouseDownToolUseBlock",
    "BetaResponseBrowserLeftMouseUpToolUseBlock",
    "BetaResponseBrowserListTabsToolUseBlock",
    "BetaResponseBrowserMiddleClickToolUseBlock",
    "BetaResponseBrowserMouseMoveToolUseBlock",
    "BetaResponseBrowserNavigateToolUseBlock",
    "BetaResponseBrowserNewTabToolUseBlock",
    "BetaResponseBrowserReadConsoleToolUseBlock",
    "BetaResponseBrowserReadNetworkToolUseBlock",
    "BetaResponseBrowserReadPageToolUseBlock",
    "BetaResponseBrowserRightClickToolUseBlock",
    "BetaResponseBrowserScreenshotToolUseBlock",
    "BetaResponseBrowserScrollToToolUseBlock",
    "BetaResponseBrowserScrollToolUseBlock",
    "BetaResponseBrowserSwitchTabToolUseBlock",
    "BetaResponseBrowserToolUseBlock",
    "BetaResponseBrowserTripleClickToolUseBlock",
    "BetaResponseBrowserTypeToolUseBlock",
    "BetaResponseBrowserWaitToolUseBlock",
    "BetaResponseBrowserZoomToolUseBlock",
    "BetaResponseComputerCursorPositionToolUseBlock",
    "BetaResponseComputerDoubleClickToolUseBlock",
    "BetaResponseComputerHoldKeyToolUseBlock",
    "BetaResponseComputerKeyToolUseBlock",
    "BetaResponseComputerLeftClickDragToolUseBlock",
    "BetaResponseComputerLeftClickToolUseBlock",
    "BetaResponseComputerLeftMouseDownToolUseBlock",
    "BetaResponseComputerLeftMouseUpToolUseBlock",
    "BetaResponseComputerMiddleClickToolUseBlock",
    "BetaResponseComputerMouseMoveToolUseBlock",
    "BetaResponseComputerRightClickToolUseBlock",
    "BetaResponseComputerScreenshotToolUseBlock",
    "BetaResponseComputerScrollToolUseBlock",
    "BetaResponseComputerToolUseBlock",
    "BetaResponseComputerTripleClickToolUseBlock",
    "BetaResponseComputerTypeToolUseBlock",
    "BetaResponseComputerWaitToolUseBlock",
    "BetaResponseComputerZoomToolUseBlock",
    "BetaResponseTool",
    "BetaResponseToolAdditionBlock",
    "BetaResponseToolChangeMCPToolReference",
    "BetaResponseToolChangeMCPToolsetReference",
    "BetaResponseToolChangeToolReference",
    "BetaResponseToolInputSchema",
    "BetaResponseToolRemovalBlock",
    "BetaResponseToolUnion",
    "BetaResponseToolUseBlockUnion",
    "BetaRuleCreateParams",
    "BetaRuleListParams",
    "BetaRuleUpdateParams",
    "BetaSandboxEgressRestrictedErrorDetails",
    "BetaScanFailedErrorDetails",
    "BetaScanPendingErrorDetails",
    "BetaSearchResultBlockParam",
    "BetaSelfHostedConfig",
    "BetaSelfHostedConfigParams",
    "BetaSelfHostedWork",
    "BetaSelfHostedWorkHeartbeatResponse",
    "BetaSelfHostedWorkHeartbeatResponseState",
    "BetaSelfHostedWorkListResponse",
    "BetaSelfHostedWorkQueueStats",
    "BetaSelfHostedWorkState",
    "BetaSelfHostedWorkStopRequest",
    "BetaSelfHostedWorkStopRequestParam",
    "BetaSelfHostedWorkUpdateRequest",
    "BetaSelfHostedWorkUpdateRequestParam",
    "BetaServerToolCaller",
    "BetaServerToolCaller20260120",
    "BetaServerToolCaller20260120Param",
    "BetaServerToolCallerParam",
    "BetaServerToolUsage",
    "BetaServerToolUseBlock",
    "BetaServerToolUseBlockName",
    "BetaServerToolUseBlockParam",
    "BetaServerToolsCapability",
    "BetaServiceAccount",
    "BetaServiceAccountCreateParams",
    "BetaServiceAccountListParams",
    "BetaServiceAccountOrganizationRole",
    "BetaServiceAccountPage",
    "BetaServiceAccountTarget",
    "BetaServiceAccountTargetParam",
    "BetaServiceAccountUpdateParams",
    "BetaServiceAccountWorkspaceAddParams",
    "BetaServiceAccountWorkspaceMember",
    "BetaServiceAccountWorkspaceMemberPage",
    "BetaServiceAccountWorkspaceRemoveResponse",
    "BetaSessionListParams",
    "BetaSessionWorkData",
    "BetaSessionsEventListParams",
    "BetaSessionsEventStreamParams",
    "BetaSettingsDocumentLimitExceededErrorDetails",
    "BetaSettingsHistoryLimitExceededErrorDetails",
    "BetaShareListParams",
    "BetaSignatureDelta",
    "BetaSkill",
    "BetaSkillCreateParams",
    "BetaSkillListParams",
    "BetaSkillNameTakenErrorDetails",
    "BetaSkillPage",
    "BetaSkillParams",
    "BetaSkillReadBlockedUndecryptableErrorDetails",
    "BetaSkillSource",
    "BetaSkillSourceType",
    "BetaSkillVersion",
    "BetaSkillVersionCreateParams",
    "BetaSkillVersionPage",
    "BetaSkills",
    "BetaSlackChannelListParams",
    "BetaSlackChannelRetrieveParams",
    "BetaSlackChannelSetUpEnvironmentNotFoundErrorDetails",
    "BetaSlackChannelSetUpSettingsConflictErrorDetails",
    "BetaSlackChannelSetUpSettingsRefusedErrorDetails",
    "BetaSlackWorkspaceListParams",
    "BetaSlackWorkspaceRetrieveParams",
    "BetaSpeed",
    "BetaSpeedParam",
    "BetaSpendLimit",
    "BetaSpendLimitActor",
    "BetaSpendLimitDeleteResponse",
    "BetaSpendLimitIncreaseRequest",
    "BetaSpendLimitIncreaseRequestPage",
    "BetaSpendLimitIncreaseRequestStatus",
    "BetaSpendLimitIncreaseRequestStatusParam",
    "BetaSpendLimitListParams",
    "BetaSpendLimitOrganizationScope",
    "BetaSpendLimitOrganizationScopeParam",
    "BetaSpendLimitOrganizationServiceScope",
    "BetaSpendLimitPage",
    "BetaSpendLimitPeriod",
    "BetaSpendLimitPeriodParam",
    "BetaSpendLimitRBACGroupScope",
    "BetaSpendLimitScope",
    "BetaSpendLimitScopedAPIKeyActor",
    "BetaSpendLimitSeatTierScope",
    "BetaSpendLimitSetParams",
    "BetaSpendLimitSetScopeParam",
    "BetaSpendLimitUsageTierScope",
    "BetaSpendLimitUserActor",
    "BetaSpendLimitUserScope",
    "BetaSpendLimitUserScopeParam",
    "BetaSpendLimitWorkspaceScope",
    "BetaSpendLimitWorkspaceScopeParam",
    "BetaSpendLimitsAdminAPIWritesNotEnabledErrorDetails",
    "BetaSpendSummary",
    "BetaSpendSummaryPage",
    "BetaStateChanges",
    "BetaStopReason",
    "BetaStorageAlreadyRegisteredErrorDetails",
    "BetaStorageAttachLimitReachedErrorDetails",
    "BetaStorageAttachedDuringArchiveErrorDetails",
    "BetaStorageChangedConcurrentlyErrorDetails",
    "BetaStorageInUseErrorDetails",
    "BetaStorageMember",
    "BetaStorageMemberParam",
    "BetaStorageNotApprovedErrorDetails",
    "BetaStorageNotAttachableErrorDetails",
    "BetaStorageNotReadyErrorDetails",
    "BetaStorageProfileMismatchErrorDetails",
    "BetaStorageProfileStillRequiredErrorDetails",
    "BetaStorageQuotaExceededErrorDetails",
    "BetaStorageVerificationFailedErrorDetails",
    "BetaSummaryListParams",
    "BetaSystemMessageClearAt",
    "BetaSystemMessageClearAtParam",
    "BetaSystemMessageOutputConfigParam",
    "BetaSystemMessageParam",
    "BetaTargetCreateParams",
    "BetaTargetListParams",
    "BetaTelemetryDestination",
    "BetaTelemetryDestinationContentMode",
    "BetaTelemetryDestinationContentModeParam",
    "BetaTelemetryDestinationCreateParams",
    "BetaTelemetryDestinationDeliveryHealth",
    "BetaTelemetryDestinationDisabledReason",
    "BetaTelemetryDestinationDisabledReasonCaller",
    "BetaTelemetryDestinationDisabledReasonInvalidAddress",
    "BetaTelemetryDestinationDisabledReasonRedirect",
    "BetaTelemetryDestinationDisabledReasonSustainedFailure",
    "BetaTelemetryDestinationListParams",
    "BetaTelemetryDestinationPage",
    "BetaTelemetryDestinationState",
    "BetaTelemetryDestinationStateDisabled",
    "BetaTelemetryDestinationStateDisabledParam",
    "BetaTelemetryDestinationStateEnabled",
    "BetaTelemetryDestinationStateEnabledParam",
    "BetaTelemetryDestinationStateParam",
    "BetaTelemetryDestinationTestFailure",
    "BetaTelemetryDestinationTestResponse",
    "BetaTelemetryDestinationTestResult",
    "BetaTelemetryDestinationTestSuccess",
    "BetaTelemetryDestinationTraces",
    "BetaTelemetryDestinationTracesParam",
    "BetaTelemetryDestinationUpdateParams",
    "BetaTelemetryDestinationWorkspace",
    "BetaTelemetryDestinationWorkspacePage",
    "BetaTelemetryDestinationWorkspaces",
    "BetaTelemetryDestinationWorkspacesAll",
    "BetaTelemetryDestinationWorkspacesAllParam",
    "BetaTelemetryDestinationWorkspacesExclude",
    "BetaTelemetryDestinationWorkspacesExcludeParam",
    "BetaTelemetryDestinationWorkspacesInclude",
    "BetaTelemetryDestinationWorkspacesIncludeParam",
    "BetaTelemetryDestinationWorkspacesParam",
    "BetaTextBlock",
    "BetaTextBlockParam",
    "BetaTextCitation",
    "BetaTextCitationParam",
    "BetaTextDelta",
    "BetaTextEditorCodeExecutionCreateResultBlock",
    "BetaTextEditorCodeExecutionCreateResultBlockParam",
    "BetaTextEditorCodeExecutionStrReplaceResultBlock",
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultBlock",
    "BetaTextEditorCodeExecutionToolResultBlockParam",
    "BetaTextEditorCodeExecutionToolResultContent",
    "BetaTextEditorCodeExecutionToolResultContentParam",
    "BetaTextEditorCodeExecutionToolResultError",
    "BetaTextEditorCodeExecutionToolResultErrorCode",
    "BetaTextEditorCodeExecutionToolResultErrorCodeParam",
    "BetaTextEditorCodeExecutionToolResultErrorObject",
    "BetaTextEditorCodeExecutionToolResultErrorParam",
    "BetaTextEditorCodeExecutionViewResultBlock",
    "BetaTextEditorCodeExecutionViewResultBlockFileType",
    "BetaTextEditorCodeExecutionViewResultBlockParam",
    "BetaThinkingBlock",
    "BetaThinkingBlockBindingParam",
    "BetaThinkingBlockParam",
    "BetaThinkingCapability",
    "BetaThinkingConfigAdaptiveParam",
    "BetaThinkingConfigBetweenToolsParam",
    "BetaThinkingConfigDisabledParam",
    "BetaThinkingConfigEnabledParam",
    "BetaThinkingConfigParam",
    "BetaThinkingDelta",
    "BetaThinkingDisplayMode",
    "BetaThinkingDisplayModeParam",
    "BetaThinkingDroppedInputTransformation",
    "BetaThinkingMismatchAllowedInputTransformation",
    "BetaThinkingPrefixMismatchBehavior",
    "BetaThinkingPrefixMismatchBehaviorParam",
    "BetaThinkingTurnsParam",
    "BetaThinkingTypes",
    "BetaThreadAlreadyContinuedErrorDetails",
    "BetaThreadContinueInFlightErrorDetails",
    "BetaThreadContinueParams",
    "BetaThreadCreateFields",
    "BetaThreadCreateParams",
    "BetaThreadFingerprintMismatchErrorDetails",
    "BetaThreadListParams",
    "BetaThreadNotFoundErrorDetails",
    "BetaThreadSendFields",
    "BetaThreadUnsupportedRequestErrorDetails",
    "BetaThreadUnsupportedRequestErrorDetailsUnsupported",
    "BetaTimestamp",
    "BetaTokenTaskBudgetParam",
    "BetaTooManyReportGroupsError",
    "BetaTooManyReportGroupsErrorDetails",
    "BetaTool",
    "BetaToolAdditionBlock",
    "BetaToolAdditionBlockParam",
    "BetaToolAdditionTool",
    "BetaToolAdditionToolParam",
    "BetaToolBash20241022",
    "BetaToolBash20241022Param",
    "BetaToolBash20250124",
    "BetaToolBash20250124Param",
    "BetaToolCaller",
    "BetaToolCallerParam",
    "BetaToolChangeMCPToolReference",
    "BetaToolChangeMCPToolReferenceParam",
    "BetaToolChangeMCPToolsetReference",
    "BetaToolChangeMCPToolsetReferenceParam",
    "BetaToolChangeReference",
    "BetaToolChangeReferenceParam",
    "BetaToolChangeToolDefinition",
    "BetaToolChangeToolDefinitionParam",
    "BetaToolChangeToolReference",
    "BetaToolChangeToolReferenceParam",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceParam",
    "BetaToolChoiceToolParam",
    "BetaToolComputerUse20241022",
    "BetaToolComputerUse20241022Param",
    "BetaToolComputerUse20250124",
    "BetaToolComputerUse20250124Param",
    "BetaToolComputerUse20251124",
    "BetaToolComputerUse20251124Param",
    "BetaToolInputSchema",
    "BetaToolInputSchemaParam",
    "BetaToolNameConflictErrorDetails",
    "BetaToolParam",
    "BetaToolReferenceBlock",
    "BetaToolReferenceBlockParam",
    "BetaToolReferenceUnresolvedErrorDetails",
    "BetaToolRemovalBlock",
    "BetaToolRemovalBlockParam",
    "BetaToolResultBlockParam",
    "BetaToolResultContentBlockParam",
    "BetaToolSearchToolBm2520251119",
    "BetaToolSearchToolBm2520251119Param",
    "BetaToolSearchToolBm2520251119Type",
    "BetaToolSearchToolBm25_20251119",
    "BetaToolSearchToolBm25_20251119Param",
    "BetaToolSearchToolRegex20251119",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolSearchToolRegex20251119Type",
    "BetaToolSearchToolResultBlock",
    "BetaToolSearchToolResultBlockParam",
    "BetaToolSearchToolResultContent",
    "BetaToolSearchToolResultContentParam",
    "BetaToolSearchToolResultError",
    "BetaToolSearchToolResultErrorCode",
    "BetaToolSearchToolResultErrorCodeParam",
    "BetaToolSearchToolResultErrorObject",
    "BetaToolSearchToolResultErrorParam",
    "BetaToolSearchToolSearchResultBlock",
    "BetaToolSearchToolSearchResultBlockParam",
    "BetaToolTextEditor20241022",
    "BetaToolTextEditor20241022Param",
    "BetaToolTextEditor20250124",
    "BetaToolTextEditor20250124Param",
    "BetaToolTextEditor20250429",
    "BetaToolTextEditor20250429Param",
    "BetaToolTextEditor20250728",
    "BetaToolTextEditor20250728Param",
    "BetaToolUnionParam",
    "BetaToolUseBlock",
    "BetaToolUseBlockParam",
    "BetaToolUseCaller",
    "BetaToolUsesKeepParam",
    "BetaToolUsesTriggerParam",
    "BetaToolsetToolUseBlock",
    "BetaTranscriptsStorageRequiredErrorDetails",
    "BetaTunnel",
    "BetaTunnelCertificate",
    "BetaTunnelCertificatePage",
    "BetaTunnelCreateParams",
    "BetaTunnelListParams",
    "BetaTunnelPage",
    "BetaTunnelRotateTokenParams",
    "BetaTunnelToken",
    "BetaURLImageSourceParam",
    "BetaURLPDFSourceParam",
    "BetaUnrestrictedNetwork",
    "BetaUnrestrictedNetworkParam",
    "BetaUnsupportedCharsetErrorDetails",
    "BetaUnsupportedRegionErrorDetails",
    "BetaUsage",
    "BetaUsageIteration",
    "BetaUsageListParams",
    "BetaUsageReportListParams",
    "BetaUsageServiceTier",
    "BetaUserCostReportListParams",
    "BetaUserListParams",
    "BetaUserLocation",
    "BetaUserLocationParam",
    "BetaUserMessageParam",
    "BetaUserProfile",
    "BetaUserProfileAccessType",
    "BetaUserProfileAccessTypeParam",
    "BetaUserProfileAccountStatus",
    "BetaUserProfileAccountStatusParam",
    "BetaUserProfileActionURL",
    "BetaUserProfileBillingNotAuthorizedErrorDetails",
    "BetaUserProfileClearedErrorDetails",
    "BetaUserProfileCreateParams",
    "BetaUserProfileCyberProgram",
    "BetaUserProfileCyberRequirements",
    "BetaUserProfileCyberTier",
    "BetaUserProfileCyberTierStatus",
    "BetaUserProfileEfsFeature",
    "BetaUserProfileEfsFeatureStatus",
    "BetaUserProfileEfsProgram",
    "BetaUserProfileEnforcementAction",
    "BetaUserProfileEnforcementActionBan",
    "BetaUserProfileEnforcementActionNextStep",
    "BetaUserProfileEnforcementActionReason",
    "BetaUserProfileEnforcementActionRestriction",
    "BetaUserProfileEnforcementStatus",
    "BetaUserProfileEnforcementStatusParam",
    "BetaUserProfileEnrollEndUserActionParam",
    "BetaUserProfileEnrollmentURL",
    "BetaUserProfileEntityType",
    "BetaUserProfileEntityTypeParam",
    "BetaUserProfileExternalUserDetails",
    "BetaUserProfileExternalUserDetailsParams",
    "BetaUserProfileListOrder",
    "BetaUserProfileListOrderBy",
    "BetaUserProfileListOrderByParam",
    "BetaUserProfileListOrderParam",
    "BetaUserProfileListParams",
    "BetaUserProfileNotBillableErrorDetails",
    "BetaUserProfileNotFoundErrorDetails",
    "BetaUserProfilePage",
    "BetaUserProfileProgramStatus",
    "BetaUserProfilePrograms",
    "BetaUserProfileRelationship",
    "BetaUserProfileRelationshipParam",
    "BetaUserProfileRequiredErrorDetails",
    "BetaUserProfileTrustGrant",
    "BetaUserProfileTrustGrantStatus",
    "BetaUserProfileUpdateParams",
    "BetaUserRemoveResponse",
    "BetaUserUpdateParams",
    "BetaUserUsageReportListParams",
    "BetaVaultCreateParams",
    "BetaVaultListParams",
    "BetaVaultPage",
    "BetaVaultUpdateParams",
    "BetaVersionCreateParams",
    "BetaVersionDownloadParams",
    "BetaVersionListParams",
    "BetaVersionRetrieveParams",
    "BetaVersionedToolUnion",
    "BetaWebFetchBlock",
    "BetaWebFetchBlockParam",
    "BetaWebFetchTool20250910",
    "BetaWebFetchTool20250910Param",
    "BetaWebFetchTool20260209",
    "BetaWebFetchTool20260209Param",
    "BetaWebFetchTool20260309",
    "BetaWebFetchTool20260309Param",
    "BetaWebFetchTool20260318",
    "BetaWebFetchTool20260318Param",
    "BetaWebFetchTool20260318ResponseInclusion",
    "BetaWebFetchToolResultBlock",
    "BetaWebFetchToolResultBlockParam",
    "BetaWebFetchToolResultContent",
    "BetaWebFetchToolResultContentParam",
    "BetaWebFetchToolResultErrorBlock",
    "BetaWebFetchToolResultErrorBlockParam",
    "BetaWebFetchToolResultErrorCode",
    "BetaWebFetchToolResultErrorCodeParam",
    "BetaWebFetchURLSourceAll",
    "BetaWebFetchURLSourceAllParam",
    "BetaWebFetchURLSourceExcept",
    "BetaWebFetchURLSourceExceptParam",
    "BetaWebFetchURLSourceNone",
    "BetaWebFetchURLSourceNoneParam",
    "BetaWebFetchURLSourceOnly",
    "BetaWebFetchURLSourceOnlyParam",
    "BetaWebFetchURLSourceToolFilter",
    "BetaWebFetchURLSourceToolFilterParam",
    "BetaWebFetchURLSourceToolReference",
    "BetaWebFetchURLSourceToolReferenceParam",
    "BetaWebFetchURLSourceUserInput",
    "BetaWebFetchURLSourceUserInputParam",
    "BetaWebFetchURLSources",
    "BetaWebFetchURLSourcesParam",
    "BetaWebSearchResultBlock",
    "BetaWebSearchResultBlockParam",
    "BetaWebSearchTool20250305",
    "BetaWebSearchTool20250305Param",
    "BetaWebSearchTool20260209",
    "BetaWebSearchTool20260209Param",
    "BetaWebSearchTool20260318",
    "BetaWebSearchTool20260318Param",
    "BetaWebSearchTool20260318ResponseInclusion",
    "BetaWebSearchToolRequestErrorObjectParam",
    "BetaWebSearchToolRequestErrorParam",
    "BetaWebSearchToolResultBlock",
    "BetaWebSearchToolResultBlockContent",
    "BetaWebSearchToolResultBlockParam",
    "BetaWebSearchToolResultBlockParamContentParam",
    "BetaWebSearchToolResultContent",
    "BetaWebSearchToolResultContentParam",
    "BetaWebSearchToolResultError",
    "BetaWebSearchToolResultErrorCode",
    "BetaWebSearchToolResultErrorCodeParam",
    "BetaWebSearchToolResultErrorObject",
    "BetaWebSearchToolResultErrorParam",
    "BetaWebhookAgentArchivedEventData",
    "BetaWebhookAgentCreatedEventData",
    "BetaWebhookAgentDeletedEventData",
    "BetaWebhookAgentUpdatedEventData",
    "BetaWebhookCreateParams",
    "BetaWebhookDeploymentArchivedEventData",
    "BetaWebhookDeploymentCreatedEventData",
    "BetaWebhookDeploymentDeletedEventData",
    "BetaWebhookDeploymentPausedEventData",
    "BetaWebhookDeploymentRunFailedEventData",
    "BetaWebhookDeploymentRunStartedEventData",
    "BetaWebhookDeploymentRunSucceededEventData",
    "BetaWebhookDeploymentUnpausedEventData",
    "BetaWebhookDeploymentUpdatedEventData",
    "BetaWebhookEnvironmentArchivedEventData",
    "BetaWebhookEnvironmentCreatedEventData",
    "BetaWebhookEnvironmentDeletedEventData",
    "BetaWebhookEnvironmentUpdatedEventData",
    "BetaWebhookEvent",
    "BetaWebhookEventData",
    "BetaWebhookExternalKeyFailedEventData",
    "BetaWebhookExternalKeyRecoveredEventData",
    "BetaWebhookExternalStorageFailedEventData",
    "BetaWebhookExternalStorageRecoveredEventData",
    "BetaWebhookListParams",
    "BetaWebhookMemoryStoreArchivedEventData",
    "BetaWebhookMemoryStoreCreatedEventData",
    "BetaWebhookMemoryStoreDeletedEventData",
    "BetaWebhookSessionArchivedEventData",
    "BetaWebhookSessionBudgetReachedEventData",
    "BetaWebhookSessionCreatedEventData",
    "BetaWebhookSessionDeletedEventData",
    "BetaWebhookSessionIdledEventData",
    "BetaWebhookSessionOutcomeEvaluationEndedEventData",
    "BetaWebhookSessionPendingEventData",
    "BetaWebhookSessionRequiresActionEventData",
    "BetaWebhookSessionRunningEventData",
    "BetaWebhookSessionStatusIdledEventData",
    "BetaWebhookSessionStatusRescheduledEventData",
    "BetaWebhookSessionStatusRunStartedEventData",
    "BetaWebhookSessionStatusTerminatedEventData",
    "BetaWebhookSessionThreadCreatedEventData",
    "BetaWebhookSessionThreadIdledEventData",
    "BetaWebhookSessionThreadTerminatedEventData",
    "BetaWebhookSessionUpdatedEventData",
    "BetaWebhookUpdateParams",
    "BetaWebhookUserProfileEnforcementActionOpenedEventData",
    "BetaWebhookUserProfileEnforcementActionResolvedEventData",
    "BetaWebhookUserProfileProgramStatusUpdatedEventData",
    "BetaWebhookVaultArchivedEventData",
    "BetaWebhookVaultCreatedEventData",
    "BetaWebhookVaultCredentialArchivedEventData",
    "BetaWebhookVaultCredentialCreatedEventData",
    "BetaWebhookVaultCredentialDeletedEventData",
    "BetaWebhookVaultCredentialRefreshFailedEventData",
    "BetaWebhookVaultDeletedEventData",
    "BetaWorkHeartbeatParams",
    "BetaWorkLeaseState",
    "BetaWorkLeaseStateState",
    "BetaWorkListParams",
    "BetaWorkPollParams",
    "BetaWorkspace",
    "BetaWorkspaceAPIKeyLimitExceededErrorDetails",
    "BetaWorkspaceChangedConcurrentlyErrorDetails",
    "BetaWorkspaceChangedConcurrentlyField",
    "BetaWorkspaceCreateParams",
    "BetaWorkspaceCreatedIncompleteErrorDetails",
    "BetaWorkspaceHumanReviewDisabledErrorDetails",
    "BetaWorkspaceListParams",
    "BetaWorkspaceMember",
    "BetaWorkspaceMemberAddParams",
    "BetaWorkspaceMemberLimitExceededErrorDetails",
    "BetaWorkspaceMemberPage",
    "BetaWorkspaceMemberUpdateParams",
    "BetaWorkspacePage",
    "BetaWorkspacePolicyField",
    "BetaWorkspacePolicyViolationErrorDetails",
    "BetaWorkspaceRateLimit",
    "BetaWorkspaceRateLimitOrganizationSource",
    "BetaWorkspaceRateLimitPage",
    "BetaWorkspaceRateLimitSource",
    "BetaWorkspaceRateLimitType",
    "BetaWorkspaceRateLimitTypeParam",
    "BetaWorkspaceRateLimitUpdateParams",
    "BetaWorkspaceRateLimitUpdateValueParam",
    "BetaWorkspaceRateLimitValue",
    "BetaWorkspaceRateLimitWorkspaceSource",
    "BetaWorkspaceRole",
    "BetaWorkspaceRoleParam",
    "BetaWorkspaceServiceAccountAddParams",
    "BetaWorkspaceServiceAccountUpdateParams",
    "BetaWorkspaceUpdateParams",
    "DeletedFile",
    "DeploymentCreateParams",
    "DeploymentListParams",
    "DeploymentRunListParams",
    "DeploymentUpdateParams",
    "DreamCreateParams",
    "DreamListParams",
    "EnvironmentCreateParams",
    "EnvironmentListParams",
    "EnvironmentUpdateParams",
    "FileListParams",
    "FileMetadata",
    "FileUploadParams",
    "MemoryStoreCreateParams",
    "MemoryStoreListParams",
    "MemoryStoreUpdateParams",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "ModelListParams",
    "SessionCreateParams",
    "SessionListParams",
    "SessionUpdateParams",
    "SkillCreateParams",
    "SkillListParams",
    "ThreadCreateParams",
    "ThreadSendParams",
    "TunnelCreateParams",
    "TunnelListParams",
    "TunnelRotateTokenParams",
    "UnwrapWebhookEvent",
    "UserProfileCreateParams",
    "UserProfileListParams",
    "UserProfileUpdateParams",
    "VaultCreateParams",
    "VaultListParams",
    "VaultUpdateParams",
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
