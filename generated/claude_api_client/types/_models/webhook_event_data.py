# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .unknown_webhook_event_data import UnknownWebhookEventData
    from .webhook_agent_archived_event_data import WebhookAgentArchivedEventData
    from .webhook_agent_created_event_data import WebhookAgentCreatedEventData
    from .webhook_agent_deleted_event_data import WebhookAgentDeletedEventData
    from .webhook_agent_updated_event_data import WebhookAgentUpdatedEventData
    from .webhook_deployment_archived_event_data import WebhookDeploymentArchivedEventData
    from .webhook_deployment_created_event_data import WebhookDeploymentCreatedEventData
    from .webhook_deployment_deleted_event_data import WebhookDeploymentDeletedEventData
    from .webhook_deployment_paused_event_data import WebhookDeploymentPausedEventData
    from .webhook_deployment_run_failed_event_data import (
        WebhookDeploymentRunFailedEventData,
    )
    from .webhook_deployment_run_started_event_data import (
        WebhookDeploymentRunStartedEventData,
    )
    from .webhook_deployment_run_succeeded_event_data import (
        WebhookDeploymentRunSucceededEventData,
    )
    from .webhook_deployment_unpaused_event_data import WebhookDeploymentUnpausedEventData
    from .webhook_deployment_updated_event_data import WebhookDeploymentUpdatedEventData
    from .webhook_environment_archived_event_data import WebhookEnvironmentArchivedEventData
    from .webhook_environment_created_event_data import WebhookEnvironmentCreatedEventData
    from .webhook_environment_deleted_event_data import WebhookEnvironmentDeletedEventData
    from .webhook_environment_updated_event_data import WebhookEnvironmentUpdatedEventData
    from .webhook_external_key_failed_event_data import WebhookExternalKeyFailedEventData
    from .webhook_external_key_recovered_event_data import (
        WebhookExternalKeyRecoveredEventData,
    )
    from .webhook_external_storage_failed_event_data import (
        WebhookExternalStorageFailedEventData,
    )
    from .webhook_external_storage_recovered_event_data import (
        WebhookExternalStorageRecoveredEventData,
    )
    from .webhook_memory_store_archived_event_data import (
        WebhookMemoryStoreArchivedEventData,
    )
    from .webhook_memory_store_created_event_data import WebhookMemoryStoreCreatedEventData
    from .webhook_memory_store_deleted_event_data import WebhookMemoryStoreDeletedEventData
    from .webhook_session_archived_event_data import WebhookSessionArchivedEventData
    from .webhook_session_budget_reached_event_data import (
        WebhookSessionBudgetReachedEventData,
    )
    from .webhook_session_created_event_data import WebhookSessionCreatedEventData
    from .webhook_session_deleted_event_data import WebhookSessionDeletedEventData
    from .webhook_session_idled_event_data import WebhookSessionIdledEventData
    from .webhook_session_outcome_evaluation_ended_event_data import (
        WebhookSessionOutcomeEvaluationEndedEventData,
    )
    from .webhook_session_pending_event_data import WebhookSessionPendingEventData
    from .webhook_session_requires_action_event_data import (
        WebhookSessionRequiresActionEventData,
    )
    from .webhook_session_running_event_data import WebhookSessionRunningEventData
    from .webhook_session_status_idled_event_data import WebhookSessionStatusIdledEventData
    from .webhook_session_status_rescheduled_event_data import (
        WebhookSessionStatusRescheduledEventData,
    )
    from .webhook_session_status_run_started_event_data import (
        WebhookSessionStatusRunStartedEventData,
    )
    from .webhook_session_status_terminated_event_data import (
        WebhookSessionStatusTerminatedEventData,
    )
    from .webhook_session_thread_created_event_data import (
        WebhookSessionThreadCreatedEventData,
    )
    from .webhook_session_thread_idled_event_data import WebhookSessionThreadIdledEventData
    from .webhook_session_thread_terminated_event_data import (
        WebhookSessionThreadTerminatedEventData,
    )
    from .webhook_session_updated_event_data import WebhookSessionUpdatedEventData
    from .webhook_user_profile_enforcement_action_opened_event_data import (
        WebhookUserProfileEnforcementActionOpenedEventData,
    )
    from .webhook_user_profile_enforcement_action_resolved_event_data import (
        WebhookUserProfileEnforcementActionResolvedEventData,
    )
    from .webhook_user_profile_program_status_updated_event_data import (
        WebhookUserProfileProgramStatusUpdatedEventData,
    )
    from .webhook_vault_archived_event_data import WebhookVaultArchivedEventData
    from .webhook_vault_created_event_data import WebhookVaultCreatedEventData
    from .webhook_vault_credential_archived_event_data import (
        WebhookVaultCredentialArchivedEventData,
    )
    from .webhook_vault_credential_created_event_data import (
        WebhookVaultCredentialCreatedEventData,
    )
    from .webhook_vault_credential_deleted_event_data import (
        WebhookVaultCredentialDeletedEventData,
    )
    from .webhook_vault_credential_refresh_failed_event_data import (
        WebhookVaultCredentialRefreshFailedEventData,
    )
    from .webhook_vault_deleted_event_data import WebhookVaultDeletedEventData


if TYPE_CHECKING:
    WebhookEventData = TypeAliasType(
        "WebhookEventData",
        Annotated[
            Union[
                Annotated[
                    Union[
                        WebhookSessionCreatedEventData,
                        WebhookSessionPendingEventData,
                        WebhookSessionRunningEventData,
                        WebhookSessionIdledEventData,
                        WebhookSessionRequiresActionEventData,
                        WebhookSessionArchivedEventData,
                        WebhookSessionDeletedEventData,
                        WebhookSessionStatusRescheduledEventData,
                        WebhookSessionStatusRunStartedEventData,
                        WebhookSessionStatusIdledEventData,
                        WebhookSessionStatusTerminatedEventData,
                        WebhookSessionThreadCreatedEventData,
                        WebhookSessionThreadIdledEventData,
                        WebhookSessionThreadTerminatedEventData,
                        WebhookSessionOutcomeEvaluationEndedEventData,
                        WebhookVaultCreatedEventData,
                        WebhookVaultArchivedEventData,
                        WebhookVaultDeletedEventData,
                        WebhookVaultCredentialCreatedEventData,
                        WebhookVaultCredentialArchivedEventData,
                        WebhookVaultCredentialDeletedEventData,
                        WebhookVaultCredentialRefreshFailedEventData,
                        WebhookSessionUpdatedEventData,
                        WebhookAgentCreatedEventData,
                        WebhookAgentArchivedEventData,
                        WebhookAgentDeletedEventData,
                        WebhookDeploymentPausedEventData,
                        WebhookDeploymentRunFailedEventData,
                        WebhookDeploymentCreatedEventData,
                        WebhookDeploymentUpdatedEventData,
                        WebhookDeploymentUnpausedEventData,
                        WebhookAgentUpdatedEventData,
                        WebhookDeploymentArchivedEventData,
                        WebhookDeploymentRunStartedEventData,
                        WebhookDeploymentDeletedEventData,
                        WebhookDeploymentRunSucceededEventData,
                        WebhookEnvironmentCreatedEventData,
                        WebhookEnvironmentUpdatedEventData,
                        WebhookEnvironmentArchivedEventData,
                        WebhookEnvironmentDeletedEventData,
                        WebhookMemoryStoreCreatedEventData,
                        WebhookMemoryStoreArchivedEventData,
                        WebhookMemoryStoreDeletedEventData,
                        WebhookSessionBudgetReachedEventData,
                        WebhookExternalKeyFailedEventData,
                        WebhookExternalKeyRecoveredEventData,
                        WebhookExternalStorageFailedEventData,
                        WebhookExternalStorageRecoveredEventData,
                        WebhookUserProfileEnforcementActionOpenedEventData,
                        WebhookUserProfileEnforcementActionResolvedEventData,
                        WebhookUserProfileProgramStatusUpdatedEventData,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownWebhookEventData,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "agent.archived",
                                "agent.created",
                                "agent.deleted",
                                "agent.updated",
                                "deployment.archived",
                                "deployment.created",
                                "deployment.deleted",
                                "deployment.paused",
                                "deployment.unpaused",
                                "deployment.updated",
                                "deployment_run.failed",
                                "deployment_run.started",
                                "deployment_run.succeeded",
                                "environment.archived",
                                "environment.created",
                                "environment.deleted",
                                "environment.updated",
                                "external_key.failed",
                                "external_key.recovered",
                                "external_storage.failed",
                                "external_storage.recovered",
                                "memory_store.archived",
                                "memory_store.created",
                                "memory_store.deleted",
                                "session.archived",
                                "session.budget_reached",
                                "session.created",
                                "session.deleted",
                                "session.idled",
                                "session.outcome_evaluation_ended",
                                "session.pending",
                                "session.requires_action",
                                "session.running",
                                "session.status_idled",
                                "session.status_rescheduled",
                                "session.status_run_started",
                                "session.status_terminated",
                                "session.thread_created",
                                "session.thread_idled",
                                "session.thread_terminated",
                                "session.updated",
                                "user_profile.enforcement_action_opened",
                                "user_profile.enforcement_action_resolved",
                                "user_profile.program_status_updated",
                                "vault.archived",
                                "vault.created",
                                "vault.deleted",
                                "vault_credential.archived",
                                "vault_credential.created",
                                "vault_credential.deleted",
                                "vault_credential.refresh_failed",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    WebhookEventData = lazy_union(
        "WebhookEventData",
        "type",
        {
            "session.created": ".webhook_session_created_event_data:WebhookSessionCreatedEventData",
            "session.pending": ".webhook_session_pending_event_data:WebhookSessionPendingEventData",
            "session.running": ".webhook_session_running_event_data:WebhookSessionRunningEventData",
            "session.idled": ".webhook_session_idled_event_data:WebhookSessionIdledEventData",
            "session.requires_action": ".webhook_session_requires_action_event_data:WebhookSessionRequiresActionEventData",
            "session.archived": ".webhook_session_archived_event_data:WebhookSessionArchivedEventData",
            "session.deleted": ".webhook_session_deleted_event_data:WebhookSessionDeletedEventData",
            "session.status_rescheduled": ".webhook_session_status_rescheduled_event_data:WebhookSessionStatusRescheduledEventData",
            "session.status_run_started": ".webhook_session_status_run_started_event_data:WebhookSessionStatusRunStartedEventData",
            "session.status_idled": ".webhook_session_status_idled_event_data:WebhookSessionStatusIdledEventData",
            "session.status_terminated": ".webhook_session_status_terminated_event_data:WebhookSessionStatusTerminatedEventData",
            "session.thread_created": ".webhook_session_thread_created_event_data:WebhookSessionThreadCreatedEventData",
            "session.thread_idled": ".webhook_session_thread_idled_event_data:WebhookSessionThreadIdledEventData",
            "session.thread_terminated": ".webhook_session_thread_terminated_event_data:WebhookSessionThreadTerminatedEventData",
            "session.outcome_evaluation_ended": ".webhook_session_outcome_evaluation_ended_event_data:WebhookSessionOutcomeEvaluationEndedEventData",
            "vault.created": ".webhook_vault_created_event_data:WebhookVaultCreatedEventData",
            "vault.archived": ".webhook_vault_archived_event_data:WebhookVaultArchivedEventData",
            "vault.deleted": ".webhook_vault_deleted_event_data:WebhookVaultDeletedEventData",
            "vault_credential.created": ".webhook_vault_credential_created_event_data:WebhookVaultCredentialCreatedEventData",
            "vault_credential.archived": ".webhook_vault_credential_archived_event_data:WebhookVaultCredentialArchivedEventData",
            "vault_credential.deleted": ".webhook_vault_credential_deleted_event_data:WebhookVaultCredentialDeletedEventData",
            "vault_credential.refresh_failed": ".webhook_vault_credential_refresh_failed_event_data:WebhookVaultCredentialRefreshFailedEventData",
            "session.updated": ".webhook_session_updated_event_data:WebhookSessionUpdatedEventData",
            "agent.created": ".webhook_agent_created_event_data:WebhookAgentCreatedEventData",
            "agent.archived": ".webhook_agent_archived_event_data:WebhookAgentArchivedEventData",
            "agent.deleted": ".webhook_agent_deleted_event_data:WebhookAgentDeletedEventData",
            "deployment.paused": ".webhook_deployment_paused_event_data:WebhookDeploymentPausedEventData",
            "deployment_run.failed": ".webhook_deployment_run_failed_event_data:WebhookDeploymentRunFailedEventData",
            "deployment.created": ".webhook_deployment_created_event_data:WebhookDeploymentCreatedEventData",
            "deployment.updated": ".webhook_deployment_updated_event_data:WebhookDeploymentUpdatedEventData",
            "deployment.unpaused": ".webhook_deployment_unpaused_event_data:WebhookDeploymentUnpausedEventData",
            "agent.updated": ".webhook_agent_updated_event_data:WebhookAgentUpdatedEventData",
            "deployment.archived": ".webhook_deployment_archived_event_data:WebhookDeploymentArchivedEventData",
            "deployment_run.started": ".webhook_deployment_run_started_event_data:WebhookDeploymentRunStartedEventData",
            "deployment.deleted": ".webhook_deployment_deleted_event_data:WebhookDeploymentDeletedEventData",
            "deployment_run.succeeded": ".webhook_deployment_run_succeeded_event_data:WebhookDeploymentRunSucceededEventData",
            "environment.created": ".webhook_environment_created_event_data:WebhookEnvironmentCreatedEventData",
            "environment.updated": ".webhook_environment_updated_event_data:WebhookEnvironmentUpdatedEventData",
            "environment.archived": ".webhook_environment_archived_event_data:WebhookEnvironmentArchivedEventData",
            "environment.deleted": ".webhook_environment_deleted_event_data:WebhookEnvironmentDeletedEventData",
            "memory_store.created": ".webhook_memory_store_created_event_data:WebhookMemoryStoreCreatedEventData",
            "memory_store.archived": ".webhook_memory_store_archived_event_data:WebhookMemoryStoreArchivedEventData",
            "memory_store.deleted": ".webhook_memory_store_deleted_event_data:WebhookMemoryStoreDeletedEventData",
            "session.budget_reached": ".webhook_session_budget_reached_event_data:WebhookSessionBudgetReachedEventData",
            "external_key.failed": ".webhook_external_key_failed_event_data:WebhookExternalKeyFailedEventData",
            "external_key.recovered": ".webhook_external_key_recovered_event_data:WebhookExternalKeyRecoveredEventData",
            "external_storage.failed": ".webhook_external_storage_failed_event_data:WebhookExternalStorageFailedEventData",
            "external_storage.recovered": ".webhook_external_storage_recovered_event_data:WebhookExternalStorageRecoveredEventData",
            "user_profile.enforcement_action_opened": ".webhook_user_profile_enforcement_action_opened_event_data:WebhookUserProfileEnforcementActionOpenedEventData",
            "user_profile.enforcement_action_resolved": ".webhook_user_profile_enforcement_action_resolved_event_data:WebhookUserProfileEnforcementActionResolvedEventData",
            "user_profile.program_status_updated": ".webhook_user_profile_program_status_updated_event_data:WebhookUserProfileProgramStatusUpdatedEventData",
        },
        ".unknown_webhook_event_data:UnknownWebhookEventData",
        __package__,
    )
