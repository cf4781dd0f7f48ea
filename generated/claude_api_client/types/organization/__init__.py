# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._error_classes import AlreadyMemberError as AlreadyMemberError
    from ..._error_classes import (
        CannotInviteEmailsWithUnverifiedDomainsError as CannotInviteEmailsWithUnverifiedDomainsError,
    )
    from ..._error_classes import CannotRemoveLastMemberError as CannotRemoveLastMemberError
    from ..._error_classes import EmailDomainNotAllowedError as EmailDomainNotAllowedError
    from ..._error_classes import ExternalKeyChangedError as ExternalKeyChangedError
    from ..._error_classes import (
        ExternalKeyInWorkspacePolicyError as ExternalKeyInWorkspacePolicyError,
    )
    from ..._error_classes import (
        ExternalKeyValidationFailedError as ExternalKeyValidationFailedError,
    )
    from ..._error_classes import (
        ExternalKeyValidationTimedOutError as ExternalKeyValidationTimedOutError,
    )
    from ..._error_classes import InviteAlreadyExistsError as InviteAlreadyExistsError
    from ..._error_classes import KeyProfileMismatchError as KeyProfileMismatchError
    from ..._error_classes import OrgAPIKeyLimitExceededError as OrgAPIKeyLimitExceededError
    from ..._error_classes import RBACGroupGrantsOwnerAccessError as RBACGroupGrantsOwnerAccessError
    from ..._error_classes import (
        RBACGroupOwnerAccessUnconfirmedError as RBACGroupOwnerAccessUnconfirmedError,
    )
    from ..._error_classes import (
        StorageAttachedDuringArchiveError as StorageAttachedDuringArchiveError,
    )
    from ..._error_classes import StorageProfileMismatchError as StorageProfileMismatchError
    from ..._error_classes import UserProfileClearedError as UserProfileClearedError
    from ..._error_classes import (
        WorkspaceAPIKeyLimitExceededError as WorkspaceAPIKeyLimitExceededError,
    )
    from ..._error_classes import WorkspaceCreatedIncompleteError as WorkspaceCreatedIncompleteError
    from ..._error_classes import (
        WorkspaceMemberLimitExceededError as WorkspaceMemberLimitExceededError,
    )
    from ..._error_classes import WorkspacePolicyViolationError as WorkspacePolicyViolationError
    from .._models.allowed_inference_geo import AllowedInferenceGeo as AllowedInferenceGeo
    from .._models.already_member_error_details import (
        AlreadyMemberErrorDetails as AlreadyMemberErrorDetails,
    )
    from .._models.analytics_artifact_activity import (
        AnalyticsArtifactActivity as AnalyticsArtifactActivity,
    )
    from .._models.analytics_chat_cowork_unified_chat_metrics import (
        AnalyticsChatCoworkUnifiedChatMetrics as AnalyticsChatCoworkUnifiedChatMetrics,
    )
    from .._models.analytics_chat_cowork_unified_metrics import (
        AnalyticsChatCoworkUnifiedMetrics as AnalyticsChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_chat_cowork_unified_sessions_metrics import (
        AnalyticsChatCoworkUnifiedSessionsMetrics as AnalyticsChatCoworkUnifiedSessionsMetrics,
    )
    from .._models.analytics_chat_metrics import AnalyticsChatMetrics as AnalyticsChatMetrics
    from .._models.analytics_claude_code_metrics import (
        AnalyticsClaudeCodeMetrics as AnalyticsClaudeCodeMetrics,
    )
    from .._models.analytics_claude_tag_metrics import (
        AnalyticsClaudeTagMetrics as AnalyticsClaudeTagMetrics,
    )
    from .._models.analytics_connector_activity import (
        AnalyticsConnectorActivity as AnalyticsConnectorActivity,
    )
    from .._models.analytics_connector_chat_cowork_unified_chat_metrics import (
        AnalyticsConnectorChatCoworkUnifiedChatMetrics as AnalyticsConnectorChatCoworkUnifiedChatMetrics,
    )
    from .._models.analytics_connector_chat_cowork_unified_metrics import (
        AnalyticsConnectorChatCoworkUnifiedMetrics as AnalyticsConnectorChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_connector_chat_cowork_unified_sessions_metrics import (
        AnalyticsConnectorChatCoworkUnifiedSessionsMetrics as AnalyticsConnectorChatCoworkUnifiedSessionsMetrics,
    )
    from .._models.analytics_connector_chat_metrics import (
        AnalyticsConnectorChatMetrics as AnalyticsConnectorChatMetrics,
    )
    from .._models.analytics_connector_claude_code_metrics import (
        AnalyticsConnectorClaudeCodeMetrics as AnalyticsConnectorClaudeCodeMetrics,
    )
    from .._models.analytics_connector_cowork_metrics import (
        AnalyticsConnectorCoworkMetrics as AnalyticsConnectorCoworkMetrics,
    )
    from .._models.analytics_connector_office_metrics import (
        AnalyticsConnectorOfficeMetrics as AnalyticsConnectorOfficeMetrics,
    )
    from .._models.analytics_connector_office_product_metrics import (
        AnalyticsConnectorOfficeProductMetrics as AnalyticsConnectorOfficeProductMetrics,
    )
    from .._models.analytics_core_code_metrics import (
        AnalyticsCoreCodeMetrics as AnalyticsCoreCodeMetrics,
    )
    from .._models.analytics_cowork_metrics import AnalyticsCoworkMetrics as AnalyticsCoworkMetrics
    from .._models.analytics_design_metrics import AnalyticsDesignMetrics as AnalyticsDesignMetrics
    from .._models.analytics_lines_of_code import AnalyticsLinesOfCode as AnalyticsLinesOfCode
    from .._models.analytics_office_metrics import AnalyticsOfficeMetrics as AnalyticsOfficeMetrics
    from .._models.analytics_office_product_metrics import (
        AnalyticsOfficeProductMetrics as AnalyticsOfficeProductMetrics,
    )
    from .._models.analytics_plugin_activity import (
        AnalyticsPluginActivity as AnalyticsPluginActivity,
    )
    from .._models.analytics_plugin_chat_cowork_unified_metrics import (
        AnalyticsPluginChatCoworkUnifiedMetrics as AnalyticsPluginChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_plugin_claude_code_metrics import (
        AnalyticsPluginClaudeCodeMetrics as AnalyticsPluginClaudeCodeMetrics,
    )
    from .._models.analytics_plugin_cowork_metrics import (
        AnalyticsPluginCoworkMetrics as AnalyticsPluginCoworkMetrics,
    )
    from .._models.analytics_project_activity import (
        AnalyticsProjectActivity as AnalyticsProjectActivity,
    )
    from .._models.analytics_science_metrics import (
        AnalyticsScienceMetrics as AnalyticsScienceMetrics,
    )
    from .._models.analytics_single_day_activity_summary import (
        AnalyticsSingleDayActivitySummary as AnalyticsSingleDayActivitySummary,
    )
    from .._models.analytics_skill_activity import AnalyticsSkillActivity as AnalyticsSkillActivity
    from .._models.analytics_skill_chat_cowork_unified_chat_metrics import (
        AnalyticsSkillChatCoworkUnifiedChatMetrics as AnalyticsSkillChatCoworkUnifiedChatMetrics,
    )
    from .._models.analytics_skill_chat_cowork_unified_metrics import (
        AnalyticsSkillChatCoworkUnifiedMetrics as AnalyticsSkillChatCoworkUnifiedMetrics,
    )
    from .._models.analytics_skill_chat_cowork_unified_sessions_metrics import (
        AnalyticsSkillChatCoworkUnifiedSessionsMetrics as AnalyticsSkillChatCoworkUnifiedSessionsMetrics,
    )
    from .._models.analytics_skill_chat_metrics import (
        AnalyticsSkillChatMetrics as AnalyticsSkillChatMetrics,
    )
    from .._models.analytics_skill_claude_code_metrics import (
        AnalyticsSkillClaudeCodeMetrics as AnalyticsSkillClaudeCodeMetrics,
    )
    from .._models.analytics_skill_cowork_metrics import (
        AnalyticsSkillCoworkMetrics as AnalyticsSkillCoworkMetrics,
    )
    from .._models.analytics_skill_office_metrics import (
        AnalyticsSkillOfficeMetrics as AnalyticsSkillOfficeMetrics,
    )
    from .._models.analytics_skill_office_product_metrics import (
        AnalyticsSkillOfficeProductMetrics as AnalyticsSkillOfficeProductMetrics,
    )
    from .._models.analytics_tool_action_counts import (
        AnalyticsToolActionCounts as AnalyticsToolActionCounts,
    )
    from .._models.analytics_tool_actions import AnalyticsToolActions as AnalyticsToolActions
    from .._models.analytics_user import AnalyticsUser as AnalyticsUser
    from .._models.analytics_user_activity import AnalyticsUserActivity as AnalyticsUserActivity
    from .._models.api_key import APIKey as APIKey
    from .._models.api_key_created_by import APIKeyCreatedBy as APIKeyCreatedBy
    from .._models.api_key_organization_scope import (
        APIKeyOrganizationScope as APIKeyOrganizationScope,
    )
    from .._models.api_key_service_account_actor import (
        APIKeyServiceAccountActor as APIKeyServiceAccountActor,
    )
    from .._models.api_key_user_actor import APIKeyUserActor as APIKeyUserActor
    from .._models.api_key_workspace_scope import APIKeyWorkspaceScope as APIKeyWorkspaceScope
    from .._models.aws_external_key_config import AWSExternalKeyConfig as AWSExternalKeyConfig
    from .._models.azure_external_key_config import AzureExternalKeyConfig as AzureExternalKeyConfig
    from .._models.cannot_invite_emails_with_unverified_domains_error_details import (
        CannotInviteEmailsWithUnverifiedDomainsErrorDetails as CannotInviteEmailsWithUnverifiedDomainsErrorDetails,
    )
    from .._models.cannot_remove_last_member_error_details import (
        CannotRemoveLastMemberErrorDetails as CannotRemoveLastMemberErrorDetails,
    )
    from .._models.compliance_settings_state import (
        ComplianceSettingsState as ComplianceSettingsState,
    )
    from .._models.compliance_settings_state_disabled import (
        ComplianceSettingsStateDisabled as ComplianceSettingsStateDisabled,
    )
    from .._models.compliance_settings_state_enabled import (
        ComplianceSettingsStateEnabled as ComplianceSettingsStateEnabled,
    )
    from .._models.data_residency import DataResidency as DataResidency
    from .._models.deleted_rbac_group import DeletedRBACGroup as DeletedRBACGroup
    from .._models.email_domain_not_allowed_error_details import (
        EmailDomainNotAllowedErrorDetails as EmailDomainNotAllowedErrorDetails,
    )
    from .._models.external_key import ExternalKey as ExternalKey
    from .._models.external_key_attached_attachment import (
        ExternalKeyAttachedAttachment as ExternalKeyAttachedAttachment,
    )
    from .._models.external_key_changed_error_details import (
        ExternalKeyChangedErrorDetails as ExternalKeyChangedErrorDetails,
    )
    from .._models.external_key_delete_response import (
        ExternalKeyDeleteResponse as ExternalKeyDeleteResponse,
    )
    from .._models.external_key_in_workspace_policy_error_details import (
        ExternalKeyInWorkspacePolicyErrorDetails as ExternalKeyInWorkspacePolicyErrorDetails,
    )
    from .._models.external_key_unattached_attachment import (
        ExternalKeyUnattachedAttachment as ExternalKeyUnattachedAttachment,
    )
    from .._models.external_key_validate_response import (
        ExternalKeyValidateResponse as ExternalKeyValidateResponse,
    )
    from .._models.external_key_validation_failed_error_details import (
        ExternalKeyValidationFailedErrorDetails as ExternalKeyValidationFailedErrorDetails,
    )
    from .._models.external_key_validation_timed_out_error_details import (
        ExternalKeyValidationTimedOutErrorDetails as ExternalKeyValidationTimedOutErrorDetails,
    )
    from .._models.gcp_external_key_config import GCPExternalKeyConfig as GCPExternalKeyConfig
    from .._models.invite_already_exists_error_details import (
        InviteAlreadyExistsErrorDetails as InviteAlreadyExistsErrorDetails,
    )
    from .._models.invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .._models.key_profile_mismatch_error_details import (
        KeyProfileMismatchErrorDetails as KeyProfileMismatchErrorDetails,
    )
    from .._models.org_api_key_limit_exceeded_error_details import (
        OrgAPIKeyLimitExceededErrorDetails as OrgAPIKeyLimitExceededErrorDetails,
    )
    from .._models.organization_compliance_settings import (
        OrganizationComplianceSettings as OrganizationComplianceSettings,
    )
    from .._models.organization_invite import OrganizationInvite as OrganizationInvite
    from .._models.organization_rate_limit import OrganizationRateLimit as OrganizationRateLimit
    from .._models.organization_rate_limit_batch_group import (
        OrganizationRateLimitBatchGroup as OrganizationRateLimitBatchGroup,
    )
    from .._models.organization_rate_limit_files_group import (
        OrganizationRateLimitFilesGroup as OrganizationRateLimitFilesGroup,
    )
    from .._models.organization_rate_limit_model_group import (
        OrganizationRateLimitModelGroup as OrganizationRateLimitModelGroup,
    )
    from .._models.organization_rate_limit_skills_group import (
        OrganizationRateLimitSkillsGroup as OrganizationRateLimitSkillsGroup,
    )
    from .._models.organization_rate_limit_token_count_group import (
        OrganizationRateLimitTokenCountGroup as OrganizationRateLimitTokenCountGroup,
    )
    from .._models.organization_rate_limit_value import (
        OrganizationRateLimitValue as OrganizationRateLimitValue,
    )
    from .._models.organization_rate_limit_web_search_group import (
        OrganizationRateLimitWebSearchGroup as OrganizationRateLimitWebSearchGroup,
    )
    from .._models.organization_user import OrganizationUser as OrganizationUser
    from .._models.rbac_group import RBACGroup as RBACGroup
    from .._models.rbac_group_grants_owner_access_error_details import (
        RBACGroupGrantsOwnerAccessErrorDetails as RBACGroupGrantsOwnerAccessErrorDetails,
    )
    from .._models.rbac_group_owner_access_unconfirmed_error_details import (
        RBACGroupOwnerAccessUnconfirmedErrorDetails as RBACGroupOwnerAccessUnconfirmedErrorDetails,
    )
    from .._models.rbac_role import RBACRole as RBACRole
    from .._models.rbac_role_source import RBACRoleSource as RBACRoleSource
    from .._models.rbac_role_source_built_in import RBACRoleSourceBuiltIn as RBACRoleSourceBuiltIn
    from .._models.rbac_role_source_custom import RBACRoleSourceCustom as RBACRoleSourceCustom
    from .._models.service_account import ServiceAccount as ServiceAccount
    from .._models.service_account_workspace_member import (
        ServiceAccountWorkspaceMember as ServiceAccountWorkspaceMember,
    )
    from .._models.spend_limit import SpendLimit as SpendLimit
    from .._models.spend_limit_organization_scope import (
        SpendLimitOrganizationScope as SpendLimitOrganizationScope,
    )
    from .._models.spend_limit_organization_service_scope import (
        SpendLimitOrganizationServiceScope as SpendLimitOrganizationServiceScope,
    )
    from .._models.spend_limit_period import SpendLimitPeriod as SpendLimitPeriod
    from .._models.spend_limit_rbac_group_scope import (
        SpendLimitRBACGroupScope as SpendLimitRBACGroupScope,
    )
    from .._models.spend_limit_scoped_api_key_actor import (
        SpendLimitScopedAPIKeyActor as SpendLimitScopedAPIKeyActor,
    )
    from .._models.spend_limit_seat_tier_scope import (
        SpendLimitSeatTierScope as SpendLimitSeatTierScope,
    )
    from .._models.spend_limit_usage_tier_scope import (
        SpendLimitUsageTierScope as SpendLimitUsageTierScope,
    )
    from .._models.spend_limit_user_actor import SpendLimitUserActor as SpendLimitUserActor
    from .._models.spend_limit_user_scope import SpendLimitUserScope as SpendLimitUserScope
    from .._models.spend_limit_workspace_scope import (
        SpendLimitWorkspaceScope as SpendLimitWorkspaceScope,
    )
    from .._models.spend_summary import SpendSummary as SpendSummary
    from .._models.storage_attached_during_archive_error_details import (
        StorageAttachedDuringArchiveErrorDetails as StorageAttachedDuringArchiveErrorDetails,
    )
    from .._models.storage_profile_mismatch_error_details import (
        StorageProfileMismatchErrorDetails as StorageProfileMismatchErrorDetails,
    )
    from .._models.user_profile_cleared_error_details import (
        UserProfileClearedErrorDetails as UserProfileClearedErrorDetails,
    )
    from .._models.user_remove_response import UserRemoveResponse as UserRemoveResponse
    from .._models.workspace import Workspace as Workspace
    from .._models.workspace_api_key_limit_exceeded_error_details import (
        WorkspaceAPIKeyLimitExceededErrorDetails as WorkspaceAPIKeyLimitExceededErrorDetails,
    )
    from .._models.workspace_created_incomplete_error_details import (
        WorkspaceCreatedIncompleteErrorDetails as WorkspaceCreatedIncompleteErrorDetails,
    )
    from .._models.workspace_member import WorkspaceMember as WorkspaceMember
    from .._models.workspace_member_limit_exceeded_error_details import (
        WorkspaceMemberLimitExceededErrorDetails as WorkspaceMemberLimitExceededErrorDetails,
    )
    from .._models.workspace_policy_field import WorkspacePolicyField as WorkspacePolicyField
    from .._models.workspace_policy_violation_error_details import (
        WorkspacePolicyViolationErrorDetails as WorkspacePolicyViolationErrorDetails,
    )
    from .._models.workspace_role import WorkspaceRole as WorkspaceRole
    from .._params.analytics_artifact_group_by_param import (
        AnalyticsArtifactGroupByParam as AnalyticsArtifactGroupBy,
    )
    from .._params.analytics_connector_group_by_param import (
        AnalyticsConnectorGroupByParam as AnalyticsConnectorGroupBy,
    )
    from .._params.analytics_order_param import AnalyticsOrderParam as AnalyticsOrder
    from .._params.analytics_plugin_group_by_param import (
        AnalyticsPluginGroupByParam as AnalyticsPluginGroupBy,
    )
    from .._params.analytics_project_group_by_param import (
        AnalyticsProjectGroupByParam as AnalyticsProjectGroupBy,
    )
    from .._params.analytics_skill_group_by_param import (
        AnalyticsSkillGroupByParam as AnalyticsSkillGroupBy,
    )
    from .._params.analytics_user_group_by_param import (
        AnalyticsUserGroupByParam as AnalyticsUserGroupBy,
    )
    from .._params.api_key_list_params import ApiKeyListParams as APIKeyListParams
    from .._params.api_key_update_params import APIKeyUpdateParams as APIKeyUpdateParams
    from .._params.aws_external_key_config_param import (
        AWSExternalKeyConfigParam as AWSExternalKeyConfigParam,
    )
    from .._params.azure_external_key_config_param import (
        AzureExternalKeyConfigParam as AzureExternalKeyConfigParam,
    )
    from .._params.compliance_setting_update_params import (
        ComplianceSettingUpdateParams as ComplianceSettingUpdateParams,
    )
    from .._params.compliance_settings_state_disabled_param import (
        ComplianceSettingsStateDisabledParam as ComplianceSettingsStateDisabledParam,
    )
    from .._params.compliance_settings_state_enabled_param import (
        ComplianceSettingsStateEnabledParam as ComplianceSettingsStateEnabledParam,
    )
    from .._params.compliance_settings_state_param import (
        ComplianceSettingsStateParam as ComplianceSettingsStateParam,
    )
    from .._params.data_residency_create_config_param import (
        DataResidencyCreateConfigParam as DataResidencyCreateConfigParam,
    )
    from .._params.data_residency_update_config_param import (
        DataResidencyUpdateConfigParam as DataResidencyUpdateConfigParam,
    )
    from .._params.external_key_create_params import (
        ExternalKeyCreateParams as ExternalKeyCreateParams,
    )
    from .._params.external_key_list_params import ExternalKeyListParams as ExternalKeyListParams
    from .._params.external_key_update_params import (
        ExternalKeyUpdateParams as ExternalKeyUpdateParams,
    )
    from .._params.gcp_external_key_config_param import (
        GCPExternalKeyConfigParam as GCPExternalKeyConfigParam,
    )
    from .._params.invite_create_params import InviteCreateParams as InviteCreateParams
    from .._params.invite_list_params import InviteListParams as InviteListParams
    from .._params.no_billing_workspace_role_param import (
        NoBillingWorkspaceRoleParam as NoBillingWorkspaceRole,
    )
    from .._params.organization_rate_limit_list_params import (
        OrganizationRateLimitListParams as RateLimitListParams,
    )
    from .._params.organization_service_account_list_params import (
        OrganizationServiceAccountListParams as ServiceAccountListParams,
    )
    from .._params.rbac_group_create_params import RBACGroupCreateParams as RBACGroupCreateParams
    from .._params.rbac_group_list_params import RbacGroupListParams as RBACGroupListParams
    from .._params.rbac_group_update_params import RBACGroupUpdateParams as RBACGroupUpdateParams
    from .._params.rbac_role_list_params import RbacRoleListParams as RBACRoleListParams
    from .._params.service_account_create_params import (
        ServiceAccountCreateParams as ServiceAccountCreateParams,
    )
    from .._params.service_account_update_params import (
        ServiceAccountUpdateParams as ServiceAccountUpdateParams,
    )
    from .._params.user_list_params import UserListParams as UserListParams
    from .._params.user_update_params import UserUpdateParams as UserUpdateParams
    from .._params.workspace_create_params import WorkspaceCreateParams as WorkspaceCreateParams
    from .._params.workspace_list_params import WorkspaceListParams as WorkspaceListParams
    from .._params.workspace_update_params import WorkspaceUpdateParams as WorkspaceUpdateParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "APIKey": ("_models.api_key", "APIKey"),
    "APIKeyCreatedBy": ("_models.api_key_created_by", "APIKeyCreatedBy"),
    "APIKeyListParams": ("_params.api_key_list_params", "ApiKeyListParams"),
    "APIKeyOrganizationScope": ("_models.api_key_organization_scope", "APIKeyOrganizationScope"),
    "APIKeyServiceAccountActor": (
        "_models.api_key_service_account_actor",
        "APIKeyServiceAccountActor",
    ),
    "APIKeyUpdateParams": ("_params.api_key_update_params", "APIKeyUpdateParams"),
    "APIKeyUserActor": ("_models.api_key_user_actor", "APIKeyUserActor"),
    "APIKeyWorkspaceScope": ("_models.api_key_workspace_scope", "APIKeyWorkspaceScope"),
    "AWSExternalKeyConfig": ("_models.aws_external_key_config", "AWSExternalKeyConfig"),
    "AWSExternalKeyConfigParam": (
        "_params.aws_external_key_config_param",
        "AWSExternalKeyConfigParam",
    ),
    "AllowedInferenceGeo": ("_models.allowed_inference_geo", "AllowedInferenceGeo"),
    "AlreadyMemberError": ("._error_classes", "AlreadyMemberError"),
    "AlreadyMemberErrorDetails": (
        "_models.already_member_error_details",
        "AlreadyMemberErrorDetails",
    ),
    "AnalyticsArtifactActivity": (
        "_models.analytics_artifact_activity",
        "AnalyticsArtifactActivity",
    ),
    "AnalyticsArtifactGroupBy": (
        "_params.analytics_artifact_group_by_param",
        "AnalyticsArtifactGroupByParam",
    ),
    "AnalyticsChatCoworkUnifiedChatMetrics": (
        "_models.analytics_chat_cowork_unified_chat_metrics",
        "AnalyticsChatCoworkUnifiedChatMetrics",
    ),
    "AnalyticsChatCoworkUnifiedMetrics": (
        "_models.analytics_chat_cowork_unified_metrics",
        "AnalyticsChatCoworkUnifiedMetrics",
    ),
    "AnalyticsChatCoworkUnifiedSessionsMetrics": (
        "_models.analytics_chat_cowork_unified_sessions_metrics",
        "AnalyticsChatCoworkUnifiedSessionsMetrics",
    ),
    "AnalyticsChatMetrics": ("_models.analytics_chat_metrics", "AnalyticsChatMetrics"),
    "AnalyticsClaudeCodeMetrics": (
        "_models.analytics_claude_code_metrics",
        "AnalyticsClaudeCodeMetrics",
    ),
    "AnalyticsClaudeTagMetrics": (
        "_models.analytics_claude_tag_metrics",
        "AnalyticsClaudeTagMetrics",
    ),
    "AnalyticsConnectorActivity": (
        "_models.analytics_connector_activity",
        "AnalyticsConnectorActivity",
    ),
    "AnalyticsConnectorChatCoworkUnifiedChatMetrics": (
        "_models.analytics_connector_chat_cowork_unified_chat_metrics",
        "AnalyticsConnectorChatCoworkUnifiedChatMetrics",
    ),
    "AnalyticsConnectorChatCoworkUnifiedMetrics": (
        "_models.analytics_connector_chat_cowork_unified_metrics",
        "AnalyticsConnectorChatCoworkUnifiedMetrics",
    ),
    "AnalyticsConnectorChatCoworkUnifiedSessionsMetrics": (
        "_models.analytics_connector_chat_cowork_unified_sessions_metrics",
        "AnalyticsConnectorChatCoworkUnifiedSessionsMetrics",
    ),
    "AnalyticsConnectorChatMetrics": (
        "_models.analytics_connector_chat_metrics",
        "AnalyticsConnectorChatMetrics",
    ),
    "AnalyticsConnectorClaudeCodeMetrics": (
        "_models.analytics_connector_claude_code_metrics",
        "AnalyticsConnectorClaudeCodeMetrics",
    ),
    "AnalyticsConnectorCoworkMetrics": (
        "_models.analytics_connector_cowork_metrics",
        "AnalyticsConnectorCoworkMetrics",
    ),
    "AnalyticsConnectorGroupBy": (
        "_params.analytics_connector_group_by_param",
        "AnalyticsConnectorGroupByParam",
    ),
    "AnalyticsConnectorOfficeMetrics": (
        "_models.analytics_connector_office_metrics",
        "AnalyticsConnectorOfficeMetrics",
    ),
    "AnalyticsConnectorOfficeProductMetrics": (
        "_models.analytics_connector_office_product_metrics",
        "AnalyticsConnectorOfficeProductMetrics",
    ),
    "AnalyticsCoreCodeMetrics": ("_models.analytics_core_code_metrics", "AnalyticsCoreCodeMetrics"),
    "AnalyticsCoworkMetrics": ("_models.analytics_cowork_metrics", "AnalyticsCoworkMetrics"),
    "AnalyticsDesignMetrics": ("_models.analytics_design_metrics", "AnalyticsDesignMetrics"),
    "AnalyticsLinesOfCode": ("_models.analytics_lines_of_code", "AnalyticsLinesOfCode"),
    "AnalyticsOfficeMetrics": ("_models.analytics_office_metrics", "AnalyticsOfficeMetrics"),
    "AnalyticsOfficeProductMetrics": (
        "_models.analytics_office_product_metrics",
        "AnalyticsOfficeProductMetrics",
    ),
    "AnalyticsOrder": ("_params.analytics_order_param", "AnalyticsOrderParam"),
    "AnalyticsPluginActivity": ("_models.analytics_plugin_activity", "AnalyticsPluginActivity"),
    "AnalyticsPluginChatCoworkUnifiedMetrics": (
        "_models.analytics_plugin_chat_cowork_unified_metrics",
        "AnalyticsPluginChatCoworkUnifiedMetrics",
    ),
    "AnalyticsPluginClaudeCodeMetrics": (
        "_models.analytics_plugin_claude_code_metrics",
        "AnalyticsPluginClaudeCodeMetrics",
    ),
    "AnalyticsPluginCoworkMetrics": (
        "_models.analytics_plugin_cowork_metrics",
        "AnalyticsPluginCoworkMetrics",
    ),
    "AnalyticsPluginGroupBy": (
        "_params.analytics_plugin_group_by_param",
        "AnalyticsPluginGroupByParam",
    ),
    "AnalyticsProjectActivity": ("_models.analytics_project_activity", "AnalyticsProjectActivity"),
    "AnalyticsProjectGroupBy": (
        "_params.analytics_project_group_by_param",
        "AnalyticsProjectGroupByParam",
    ),
    "AnalyticsScienceMetrics": ("_models.analytics_science_metrics", "AnalyticsScienceMetrics"),
    "AnalyticsSingleDayActivitySummary": (
        "_models.analytics_single_day_activity_summary",
        "AnalyticsSingleDayActivitySummary",
    ),
    "AnalyticsSkillActivity": ("_models.analytics_skill_activity", "AnalyticsSkillActivity"),
    "AnalyticsSkillChatCoworkUnifiedChatMetrics": (
        "_models.analytics_skill_chat_cowork_unified_chat_metrics",
        "AnalyticsSkillChatCoworkUnifiedChatMetrics",
    ),
    "AnalyticsSkillChatCoworkUnifiedMetrics": (
        "_models.analytics_skill_chat_cowork_unified_metrics",
        "AnalyticsSkillChatCoworkUnifiedMetrics",
    ),
    "AnalyticsSkillChatCoworkUnifiedSessionsMetrics": (
        "_models.analytics_skill_chat_cowork_unified_sessions_metrics",
        "AnalyticsSkillChatCoworkUnifiedSessionsMetrics",
    ),
    "AnalyticsSkillChatMetrics": (
        "_models.analytics_skill_chat_metrics",
        "AnalyticsSkillChatMetrics",
    ),
    "AnalyticsSkillClaudeCodeMetrics": (
        "_models.analytics_skill_claude_code_metrics",
        "AnalyticsSkillClaudeCodeMetrics",
    ),
    "AnalyticsSkillCoworkMetrics": (
        "_models.analytics_skill_cowork_metrics",
        "AnalyticsSkillCoworkMetrics",
    ),
    "AnalyticsSkillGroupBy": (
        "_params.analytics_skill_group_by_param",
        "AnalyticsSkillGroupByParam",
    ),
    "AnalyticsSkillOfficeMetrics": (
        "_models.analytics_skill_office_metrics",
        "AnalyticsSkillOfficeMetrics",
    ),
    "AnalyticsSkillOfficeProductMetrics": (
        "_models.analytics_skill_office_product_metrics",
        "AnalyticsSkillOfficeProductMetrics",
    ),
    "AnalyticsToolActionCounts": (
        "_models.analytics_tool_action_counts",
        "AnalyticsToolActionCounts",
    ),
    "AnalyticsToolActions": ("_models.analytics_tool_actions", "AnalyticsToolActions"),
    "AnalyticsUser": ("_models.analytics_user", "AnalyticsUser"),
    "AnalyticsUserActivity": ("_models.analytics_user_activity", "AnalyticsUserActivity"),
    "AnalyticsUserGroupBy": ("_params.analytics_user_group_by_param", "AnalyticsUserGroupByParam"),
    "AzureExternalKeyConfig": ("_models.azure_external_key_config", "AzureExternalKeyConfig"),
    "AzureExternalKeyConfigParam": (
        "_params.azure_external_key_config_param",
        "AzureExternalKeyConfigParam",
    ),
    "CannotInviteEmailsWithUnverifiedDomainsError": (
        "._error_classes",
        "CannotInviteEmailsWithUnverifiedDomainsError",
    ),
    "CannotInviteEmailsWithUnverifiedDomainsErrorDetails": (
        "_models.cannot_invite_emails_with_unverified_domains_error_details",
        "CannotInviteEmailsWithUnverifiedDomainsErrorDetails",
    ),
    "CannotRemoveLastMemberError": ("._error_classes", "CannotRemoveLastMemberError"),
    "CannotRemoveLastMemberErrorDetails": (
        "_models.cannot_remove_last_member_error_details",
        "CannotRemoveLastMemberErrorDetails",
    ),
    "ComplianceSettingUpdateParams": (
        "_params.compliance_setting_update_params",
        "ComplianceSettingUpdateParams",
    ),
    "ComplianceSettingsState": ("_models.compliance_settings_state", "ComplianceSettingsState"),
    "ComplianceSettingsStateDisabled": (
        "_models.compliance_settings_state_disabled",
        "ComplianceSettingsStateDisabled",
    ),
    "ComplianceSettingsStateDisabledParam": (
        "_params.compliance_settings_state_disabled_param",
        "ComplianceSettingsStateDisabledParam",
    ),
    "ComplianceSettingsStateEnabled": (
        "_models.compliance_settings_state_enabled",
        "ComplianceSettingsStateEnabled",
    ),
    "ComplianceSettingsStateEnabledParam": (
        "_params.compliance_settings_state_enabled_param",
        "ComplianceSettingsStateEnabledParam",
    ),
    "ComplianceSettingsStateParam": (
        "_params.compliance_settings_state_param",
        "ComplianceSettingsStateParam",
    ),
    "DataResidency": ("_models.data_residency", "DataResidency"),
    "DataResidencyCreateConfigParam": (
        "_params.data_residency_create_config_param",
        "DataResidencyCreateConfigParam",
    ),
    "DataResidencyUpdateConfigParam": (
        "_params.data_residency_update_config_param",
        "DataResidencyUpdateConfigParam",
    ),
    "DeletedRBACGroup": ("_models.deleted_rbac_group", "DeletedRBACGroup"),
    "EmailDomainNotAllowedError": ("._error_classes", "EmailDomainNotAllowedError"),
    "EmailDomainNotAllowedErrorDetails": (
        "_models.email_domain_not_allowed_error_details",
        "EmailDomainNotAllowedErrorDetails",
    ),
    "ExternalKey": ("_models.external_key", "ExternalKey"),
    "ExternalKeyAttachedAttachment": (
        "_models.external_key_attached_attachment",
        "ExternalKeyAttachedAttachment",
    ),
    "ExternalKeyChangedError": ("._error_classes", "ExternalKeyChangedError"),
    "ExternalKeyChangedErrorDetails": (
        "_models.external_key_changed_error_details",
        "ExternalKeyChangedErrorDetails",
    ),
    "ExternalKeyCreateParams": ("_params.external_key_create_params", "ExternalKeyCreateParams"),
    "ExternalKeyDeleteResponse": (
        "_models.external_key_delete_response",
        "ExternalKeyDeleteResponse",
    ),
    "ExternalKeyInWorkspacePolicyError": ("._error_classes", "ExternalKeyInWorkspacePolicyError"),
    "ExternalKeyInWorkspacePolicyErrorDetails": (
        "_models.external_key_in_workspace_policy_error_details",
        "ExternalKeyInWorkspacePolicyErrorDetails",
    ),
    "ExternalKeyListParams": ("_params.external_key_list_params", "ExternalKeyListParams"),
    "ExternalKeyUnattachedAttachment": (
        "_models.external_key_unattached_attachment",
        "ExternalKeyUnattachedAttachment",
    ),
    "ExternalKeyUpdateParams": ("_params.external_key_update_params", "ExternalKeyUpdateParams"),
    "ExternalKeyValidateResponse": (
        "_models.external_key_validate_response",
        "ExternalKeyValidateResponse",
    ),
    "ExternalKeyValidationFailedError": ("._error_classes", "ExternalKeyValidationFailedError"),
    "ExternalKeyValidationFailedErrorDetails": (
        "_models.external_key_validation_failed_error_details",
        "ExternalKeyValidationFailedErrorDetails",
    ),
    "ExternalKeyValidationTimedOutError": ("._error_classes", "ExternalKeyValidationTimedOutError"),
    "ExternalKeyValidationTimedOutErrorDetails": (
        "_models.external_key_validation_timed_out_error_details",
        "ExternalKeyValidationTimedOutErrorDetails",
    ),
    "GCPExternalKeyConfig": ("_models.gcp_external_key_config", "GCPExternalKeyConfig"),
    "GCPExternalKeyConfigParam": (
        "_params.gcp_external_key_config_param",
        "GCPExternalKeyConfigParam",
    ),
    "InviteAlreadyExistsError": ("._error_classes", "InviteAlreadyExistsError"),
    "InviteAlreadyExistsErrorDetails": (
        "_models.invite_already_exists_error_details",
        "InviteAlreadyExistsErrorDetails",
    ),
    "InviteCreateParams": ("_params.invite_create_params", "InviteCreateParams"),
    "InviteDeleteResponse": ("_models.invite_delete_response", "InviteDeleteResponse"),
    "InviteListParams": ("_params.invite_list_params", "InviteListParams"),
    "KeyProfileMismatchError": ("._error_classes", "KeyProfileMismatchError"),
    "KeyProfileMismatchErrorDetails": (
        "_models.key_profile_mismatch_error_details",
        "KeyProfileMismatchErrorDetails",
    ),
    "NoBillingWorkspaceRole": (
        "_params.no_billing_workspace_role_param",
        "NoBillingWorkspaceRoleParam",
    ),
    "OrgAPIKeyLimitExceededError": ("._error_classes", "OrgAPIKeyLimitExceededError"),
    "OrgAPIKeyLimitExceededErrorDetails": (
        "_models.org_api_key_limit_exceeded_error_details",
        "OrgAPIKeyLimitExceededErrorDetails",
    ),
    "OrganizationComplianceSettings": (
        "_models.organization_compliance_settings",
        "OrganizationComplianceSettings",
    ),
    "OrganizationInvite": ("_models.organization_invite", "OrganizationInvite"),
    "OrganizationRateLimit": ("_models.organization_rate_limit", "OrganizationRateLimit"),
    "OrganizationRateLimitBatchGroup": (
        "_models.organization_rate_limit_batch_group",
        "OrganizationRateLimitBatchGroup",
    ),
    "OrganizationRateLimitFilesGroup": (
        "_models.organization_rate_limit_files_group",
        "OrganizationRateLimitFilesGroup",
    ),
    "OrganizationRateLimitModelGroup": (
        "_models.organization_rate_limit_model_group",
        "OrganizationRateLimitModelGroup",
    ),
    "OrganizationRateLimitSkillsGroup": (
        "_models.organization_rate_limit_skills_group",
        "OrganizationRateLimitSkillsGroup",
    ),
    "OrganizationRateLimitTokenCountGroup": (
        "_models.organization_rate_limit_token_count_group",
        "OrganizationRateLimitTokenCountGroup",
    ),
    "OrganizationRateLimitValue": (
        "_models.organization_rate_limit_value",
        "OrganizationRateLimitValue",
    ),
    "OrganizationRateLimitWebSearchGroup": (
        "_models.organization_rate_limit_web_search_group",
        "OrganizationRateLimitWebSearchGroup",
    ),
    "OrganizationUser": ("_models.organization_user", "OrganizationUser"),
    "RBACGroup": ("_models.rbac_group", "RBACGroup"),
    "RBACGroupCreateParams": ("_params.rbac_group_create_params", "RBACGroupCreateParams"),
    "RBACGroupGrantsOwnerAccessError": ("._error_classes", "RBACGroupGrantsOwnerAccessError"),
    "RBACGroupGrantsOwnerAccessErrorDetails": (
        "_models.rbac_group_grants_owner_access_error_details",
        "RBACGroupGrantsOwnerAccessErrorDetails",
    ),
    "RBACGroupListParams": ("_params.rbac_group_list_params", "RbacGroupListParams"),
    "RBACGroupOwnerAccessUnconfirmedError": (
        "._error_classes",
        "RBACGroupOwnerAccessUnconfirmedError",
    ),
    "RBACGroupOwnerAccessUnconfirmedErrorDetails": (
        "_models.rbac_group_owner_access_unconfirmed_error_details",
        "RBACGroupOwnerAccessUnconfirmedErrorDetails",
    ),
    "RBACGroupUpdateParams": ("_params.rbac_group_update_params", "RBACGroupUpdateParams"),
    "RBACRole": ("_models.rbac_role", "RBACRole"),
    "RBACRoleListParams": ("_params.rbac_role_list_params", "RbacRoleListParams"),
    "RBACRoleSource": ("_models.rbac_role_source", "RBACRoleSource"),
    "RBACRoleSourceBuiltIn": ("_models.rbac_role_source_built_in", "RBACRoleSourceBuiltIn"),
    "RBACRoleSourceCustom": ("_models.rbac_role_source_custom", "RBACRoleSourceCustom"),
    "RateLimitListParams": (
        "_params.organization_rate_limit_list_params",
        "OrganizationRateLimitListParams",
    ),
    "ServiceAccount": ("_models.service_account", "ServiceAccount"),
    "ServiceAccountCreateParams": (
        "_params.service_account_create_params",
        "ServiceAccountCreateParams",
    ),
    "ServiceAccountListParams": (
        "_params.organization_service_account_list_params",
        "OrganizationServiceAccountListParams",
    ),
    "ServiceAccountUpdateParams": (
        "_params.service_account_update_params",
        "ServiceAccountUpdateParams",
    ),
    "ServiceAccountWorkspaceMember": (
        "_models.service_account_workspace_member",
        "ServiceAccountWorkspaceMember",
    ),
    "SpendLimit": ("_models.spend_limit", "SpendLimit"),
    "SpendLimitOrganizationScope": (
        "_models.spend_limit_organization_scope",
        "SpendLimitOrganizationScope",
    ),
    "SpendLimitOrganizationServiceScope": (
        "_models.spend_limit_organization_service_scope",
        "SpendLimitOrganizationServiceScope",
    ),
    "SpendLimitPeriod": ("_models.spend_limit_period", "SpendLimitPeriod"),
    "SpendLimitRBACGroupScope": (
        "_models.spend_limit_rbac_group_scope",
        "SpendLimitRBACGroupScope",
    ),
    "SpendLimitScopedAPIKeyActor": (
        "_models.spend_limit_scoped_api_key_actor",
        "SpendLimitScopedAPIKeyActor",
    ),
    "SpendLimitSeatTierScope": ("_models.spend_limit_seat_tier_scope", "SpendLimitSeatTierScope"),
    "SpendLimitUsageTierScope": (
        "_models.spend_limit_usage_tier_scope",
        "SpendLimitUsageTierScope",
    ),
    "SpendLimitUserActor": ("_models.spend_limit_user_actor", "SpendLimitUserActor"),
    "SpendLimitUserScope": ("_models.spend_limit_user_scope", "SpendLimitUserScope"),
    "SpendLimitWorkspaceScope": ("_models.spend_limit_workspace_scope", "SpendLimitWorkspaceScope"),
    "SpendSummary": ("_models.spend_summary", "SpendSummary"),
    "StorageAttachedDuringArchiveError": ("._error_classes", "StorageAttachedDuringArchiveError"),
    "StorageAttachedDuringArchiveErrorDetails": (
        "_models.storage_attached_during_archive_error_details",
        "StorageAttachedDuringArchiveErrorDetails",
    ),
    "StorageProfileMismatchError": ("._error_classes", "StorageProfileMismatchError"),
    "StorageProfileMismatchErrorDetails": (
        "_models.storage_profile_mismatch_error_details",
        "StorageProfileMismatchErrorDetails",
    ),
    "UserListParams": ("_params.user_list_params", "UserListParams"),
    "UserProfileClearedError": ("._error_classes", "UserProfileClearedError"),
    "UserProfileClearedErrorDetails": (
        "_models.user_profile_cleared_error_details",
        "UserProfileClearedErrorDetails",
    ),
    "UserRemoveResponse": ("_models.user_remove_response", "UserRemoveResponse"),
    "UserUpdateParams": ("_params.user_update_params", "UserUpdateParams"),
    "Workspace": ("_models.workspace", "Workspace"),
    "WorkspaceAPIKeyLimitExceededError": ("._error_classes", "WorkspaceAPIKeyLimitExceededError"),
    "WorkspaceAPIKeyLimitExceededErrorDetails": (
        "_models.workspace_api_key_limit_exceeded_error_details",
        "WorkspaceAPIKeyLimitExceededErrorDetails",
    ),
    "WorkspaceCreateParams": ("_params.workspace_create_params", "WorkspaceCreateParams"),
    "WorkspaceCreatedIncompleteError": ("._error_classes", "WorkspaceCreatedIncompleteError"),
    "WorkspaceCreatedIncompleteErrorDetails": (
        "_models.workspace_created_incomplete_error_details",
        "WorkspaceCreatedIncompleteErrorDetails",
    ),
    "WorkspaceListParams": ("_params.workspace_list_params", "WorkspaceListParams"),
    "WorkspaceMember": ("_models.workspace_member", "WorkspaceMember"),
    "WorkspaceMemberLimitExceededError": ("._error_classes", "WorkspaceMemberLimitExceededError"),
    "WorkspaceMemberLimitExceededErrorDetails": (
        "_models.workspace_member_limit_exceeded_error_details",
        "WorkspaceMemberLimitExceededErrorDetails",
    ),
    "WorkspacePolicyField": ("_models.workspace_policy_field", "WorkspacePolicyField"),
    "WorkspacePolicyViolationError": ("._error_classes", "WorkspacePolicyViolationError"),
    "WorkspacePolicyViolationErrorDetails": (
        "_models.workspace_policy_violation_error_details",
        "WorkspacePolicyViolationErrorDetails",
    ),
    "WorkspaceRole": ("_models.workspace_role", "WorkspaceRole"),
    "WorkspaceUpdateParams": ("_params.workspace_update_params", "WorkspaceUpdateParams"),
}

__all__ = [
    "APIKey",
    "APIKeyCreatedBy",
    "APIKeyListParams",
    "APIKeyOrganizationScope",
    "APIKeyServiceAccountActor",
    "APIKeyUpdateParams",
    "APIKeyUserActor",
    "APIKeyWorkspaceScope",
    "AWSExternalKeyConfig",
    "AWSExternalKeyConfigParam",
    "AllowedInferenceGeo",
    "AlreadyMemberError",
    "AlreadyMemberErrorDetails",
    "AnalyticsArtifactActivity",
    "AnalyticsArtifactGroupBy",
    "AnalyticsChatCoworkUnifiedChatMetrics",
    "AnalyticsChatCoworkUnifiedMetrics",
    "AnalyticsChatCoworkUnifiedSessionsMetrics",
    "AnalyticsChatMetrics",
    "AnalyticsClaudeCodeMetrics",
    "AnalyticsClaudeTagMetrics",
    "AnalyticsConnectorActivity",
    "AnalyticsConnectorChatCoworkUnifiedChatMetrics",
    "AnalyticsConnectorChatCoworkUnifiedMetrics",
    "AnalyticsConnectorChatCoworkUnifiedSessionsMetrics",
    "AnalyticsConnectorChatMetrics",
    "AnalyticsConnectorClaudeCodeMetrics",
    "AnalyticsConnectorCoworkMetrics",
    "AnalyticsConnectorGroupBy",
    "AnalyticsConnectorOfficeMetrics",
    "AnalyticsConnectorOfficeProductMetrics",
    "AnalyticsCoreCodeMetrics",
    "AnalyticsCoworkMetrics",
    "AnalyticsDesignMetrics",
    "AnalyticsLinesOfCode",
    "AnalyticsOfficeMetrics",
    "AnalyticsOfficeProductMetrics",
    "AnalyticsOrder",
    "AnalyticsPluginActivity",
    "AnalyticsPluginChatCoworkUnifiedMetrics",
    "AnalyticsPluginClaudeCodeMetrics",
    "AnalyticsPluginCoworkMetrics",
    "AnalyticsPluginGroupBy",
    "AnalyticsProjectActivity",
    "AnalyticsProjectGroupBy",
    "AnalyticsScienceMetrics",
    "AnalyticsSingleDayActivitySummary",
    "AnalyticsSkillActivity",
    "AnalyticsSkillChatCoworkUnifiedChatMetrics",
    "AnalyticsSkillChatCoworkUnifiedMetrics",
    "AnalyticsSkillChatCoworkUnifiedSessionsMetrics",
    "AnalyticsSkillChatMetrics",
    "AnalyticsSkillClaudeCodeMetrics",
    "AnalyticsSkillCoworkMetrics",
    "AnalyticsSkillGroupBy",
    "AnalyticsSkillOfficeMetrics",
    "AnalyticsSkillOfficeProductMetrics",
    "AnalyticsToolActionCounts",
    "AnalyticsToolActions",
    "AnalyticsUser",
    "AnalyticsUserActivity",
    "AnalyticsUserGroupBy",
    "AzureExternalKeyConfig",
    "AzureExternalKeyConfigParam",
    "CannotInviteEmailsWithUnverifiedDomainsError",
    "CannotInviteEmailsWithUnverifiedDomainsErrorDetails",
    "CannotRemoveLastMemberError",
    "CannotRemoveLastMemberErrorDetails",
    "ComplianceSettingUpdateParams",
    "ComplianceSettingsState",
    "ComplianceSettingsStateDisabled",
    "ComplianceSettingsStateDisabledParam",
    "ComplianceSettingsStateEnabled",
    "ComplianceSettingsStateEnabledParam",
    "ComplianceSettingsStateParam",
    "DataResidency",
    "DataResidencyCreateConfigParam",
    "DataResidencyUpdateConfigParam",
    "DeletedRBACGroup",
    "EmailDomainNotAllowedError",
    "EmailDomainNotAllowedErrorDetails",
    "ExternalKey",
    "ExternalKeyAttachedAttachment",
    "ExternalKeyChangedError",
    "ExternalKeyChangedErrorDetails",
    "ExternalKeyCreateParams",
    "ExternalKeyDeleteResponse",
    "ExternalKeyInWorkspacePolicyError",
    "ExternalKeyInWorkspacePolicyErrorDetails",
    "ExternalKeyListParams",
    "ExternalKeyUnattachedAttachment",
    "ExternalKeyUpdateParams",
    "ExternalKeyValidateResponse",
    "ExternalKeyValidationFailedError",
    "ExternalKeyValidationFailedErrorDetails",
    "ExternalKeyValidationTimedOutError",
    "ExternalKeyValidationTimedOutErrorDetails",
    "GCPExternalKeyConfig",
    "GCPExternalKeyConfigParam",
    "InviteAlreadyExistsError",
    "InviteAlreadyExistsErrorDetails",
    "InviteCreateParams",
    "InviteDeleteResponse",
    "InviteListParams",
    "KeyProfileMismatchError",
    "KeyProfileMismatchErrorDetails",
    "NoBillingWorkspaceRole",
    "OrgAPIKeyLimitExceededError",
    "OrgAPIKeyLimitExceededErrorDetails",
    "OrganizationComplianceSettings",
    "OrganizationInvite",
    "OrganizationRateLimit",
    "OrganizationRateLimitBatchGroup",
    "OrganizationRateLimitFilesGroup",
    "OrganizationRateLimitModelGroup",
    "OrganizationRateLimitSkillsGroup",
    "OrganizationRateLimitTokenCountGroup",
    "OrganizationRateLimitValue",
    "OrganizationRateLimitWebSearchGroup",
    "OrganizationUser",
    "RBACGroup",
    "RBACGroupCreateParams",
    "RBACGroupGrantsOwnerAccessError",
    "RBACGroupGrantsOwnerAccessErrorDetails",
    "RBACGroupListParams",
    "RBACGroupOwnerAccessUnconfirmedError",
    "RBACGroupOwnerAccessUnconfirmedErrorDetails",
    "RBACGroupUpdateParams",
    "RBACRole",
    "RBACRoleListParams",
    "RBACRoleSource",
    "RBACRoleSourceBuiltIn",
    "RBACRoleSourceCustom",
    "RateLimitListParams",
    "ServiceAccount",
    "ServiceAccountCreateParams",
    "ServiceAccountListParams",
    "ServiceAccountUpdateParams",
    "ServiceAccountWorkspaceMember",
    "SpendLimit",
    "SpendLimitOrganizationScope",
    "SpendLimitOrganizationServiceScope",
    "SpendLimitPeriod",
    "SpendLimitRBACGroupScope",
    "SpendLimitScopedAPIKeyActor",
    "SpendLimitSeatTierScope",
    "SpendLimitUsageTierScope",
    "SpendLimitUserActor",
    "SpendLimitUserScope",
    "SpendLimitWorkspaceScope",
    "SpendSummary",
    "StorageAttachedDuringArchiveError",
    "StorageAttachedDuringArchiveErrorDetails",
    "StorageProfileMismatchError",
    "StorageProfileMismatchErrorDetails",
    "UserListParams",
    "UserProfileClearedError",
    "UserProfileClearedErrorDetails",
    "UserRemoveResponse",
    "UserUpdateParams",
    "Workspace",
    "WorkspaceAPIKeyLimitExceededError",
    "WorkspaceAPIKeyLimitExceededErrorDetails",
    "WorkspaceCreateParams",
    "WorkspaceCreatedIncompleteError",
    "WorkspaceCreatedIncompleteErrorDetails",
    "WorkspaceListParams",
    "WorkspaceMember",
    "WorkspaceMemberLimitExceededError",
    "WorkspaceMemberLimitExceededErrorDetails",
    "WorkspacePolicyField",
    "WorkspacePolicyViolationError",
    "WorkspacePolicyViolationErrorDetails",
    "WorkspaceRole",
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
