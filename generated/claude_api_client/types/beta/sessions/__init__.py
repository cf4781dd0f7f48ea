# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.managed_agents_agent_auto_evaluated_permission import (
        ManagedAgentsAgentAutoEvaluatedPermission as BetaManagedAgentsAgentAutoEvaluatedPermission,
    )
    from ..._models.managed_agents_agent_auto_evaluated_permission_allow import (
        ManagedAgentsAgentAutoEvaluatedPermissionAllow as BetaManagedAgentsAgentAutoEvaluatedPermissionAllow,
    )
    from ..._models.managed_agents_agent_auto_evaluated_permission_ask import (
        ManagedAgentsAgentAutoEvaluatedPermissionAsk as BetaManagedAgentsAgentAutoEvaluatedPermissionAsk,
    )
    from ..._models.managed_agents_agent_auto_evaluated_permission_deny import (
        ManagedAgentsAgentAutoEvaluatedPermissionDeny as BetaManagedAgentsAgentAutoEvaluatedPermissionDeny,
    )
    from ..._models.managed_agents_agent_custom_tool_use_event import (
        ManagedAgentsAgentCustomToolUseEvent as BetaManagedAgentsAgentCustomToolUseEvent,
    )
    from ..._models.managed_agents_agent_evaluated_permission import (
        ManagedAgentsAgentEvaluatedPermission as BetaManagedAgentsAgentEvaluatedPermission,
    )
    from ..._models.managed_agents_agent_mcp_tool_result_event import (
        ManagedAgentsAgentMcpToolResultEvent as BetaManagedAgentsAgentMCPToolResultEvent,
    )
    from ..._models.managed_agents_agent_mcp_tool_use_event import (
        ManagedAgentsAgentMcpToolUseEvent as BetaManagedAgentsAgentMCPToolUseEvent,
    )
    from ..._models.managed_agents_agent_message_event import (
        ManagedAgentsAgentMessageEvent as BetaManagedAgentsAgentMessageEvent,
    )
    from ..._models.managed_agents_agent_thinking_event import (
        ManagedAgentsAgentThinkingEvent as BetaManagedAgentsAgentThinkingEvent,
    )
    from ..._models.managed_agents_agent_thread_context_compacted_event import (
        ManagedAgentsAgentThreadContextCompactedEvent as BetaManagedAgentsAgentThreadContextCompactedEvent,
    )
    from ..._models.managed_agents_agent_thread_message_received_event import (
        ManagedAgentsAgentThreadMessageReceivedEvent as BetaManagedAgentsAgentThreadMessageReceivedEvent,
    )
    from ..._models.managed_agents_agent_thread_message_sent_event import (
        ManagedAgentsAgentThreadMessageSentEvent as BetaManagedAgentsAgentThreadMessageSentEvent,
    )
    from ..._models.managed_agents_agent_tool_evaluation import (
        ManagedAgentsAgentToolEvaluation as BetaManagedAgentsAgentToolEvaluation,
    )
    from ..._models.managed_agents_agent_tool_evaluation_always_allow import (
        ManagedAgentsAgentToolEvaluationAlwaysAllow as BetaManagedAgentsAgentToolEvaluationAlwaysAllow,
    )
    from ..._models.managed_agents_agent_tool_evaluation_always_ask import (
        ManagedAgentsAgentToolEvaluationAlwaysAsk as BetaManagedAgentsAgentToolEvaluationAlwaysAsk,
    )
    from ..._models.managed_agents_agent_tool_evaluation_auto import (
        ManagedAgentsAgentToolEvaluationAuto as BetaManagedAgentsAgentToolEvaluationAuto,
    )
    from ..._models.managed_agents_agent_tool_result_event import (
        ManagedAgentsAgentToolResultEvent as BetaManagedAgentsAgentToolResultEvent,
    )
    from ..._models.managed_agents_agent_tool_use_event import (
        ManagedAgentsAgentToolUseEvent as BetaManagedAgentsAgentToolUseEvent,
    )
    from ..._models.managed_agents_base64_document_source import (
        ManagedAgentsBase64DocumentSource as BetaManagedAgentsBase64DocumentSource,
    )
    from ..._models.managed_agents_base64_image_source import (
        ManagedAgentsBase64ImageSource as BetaManagedAgentsBase64ImageSource,
    )
    from ..._models.managed_agents_billing_error import (
        ManagedAgentsBillingError as BetaManagedAgentsBillingError,
    )
    from ..._models.managed_agents_billing_error import (
        ManagedAgentsBillingError as BetaManagedAgentsBillingErrorObject,
    )
    from ..._models.managed_agents_compaction_limit_reached_error import (
        ManagedAgentsCompactionLimitReachedError as BetaManagedAgentsCompactionLimitReachedError,
    )
    from ..._models.managed_agents_compaction_limit_reached_error import (
        ManagedAgentsCompactionLimitReachedError as BetaManagedAgentsCompactionLimitReachedErrorObject,
    )
    from ..._models.managed_agents_credential_host_unreachable_error import (
        ManagedAgentsCredentialHostUnreachableError as BetaManagedAgentsCredentialHostUnreachableError,
    )
    from ..._models.managed_agents_credential_host_unreachable_error import (
        ManagedAgentsCredentialHostUnreachableError as BetaManagedAgentsCredentialHostUnreachableErrorObject,
    )
    from ..._models.managed_agents_delete_session_resource import (
        ManagedAgentsDeleteSessionResource as BetaManagedAgentsDeleteSessionResource,
    )
    from ..._models.managed_agents_document_block import (
        ManagedAgentsDocumentBlock as BetaManagedAgentsDocumentBlock,
    )
    from ..._models.managed_agents_file_document_source import (
        ManagedAgentsFileDocumentSource as BetaManagedAgentsFileDocumentSource,
    )
    from ..._models.managed_agents_file_image_source import (
        ManagedAgentsFileImageSource as BetaManagedAgentsFileImageSource,
    )
    from ..._models.managed_agents_file_resource import (
        ManagedAgentsFileResource as BetaManagedAgentsFileResource,
    )
    from ..._models.managed_agents_file_rubric import (
        ManagedAgentsFileRubric as BetaManagedAgentsFileRubric,
    )
    from ..._models.managed_agents_get_session_resource import (
        ManagedAgentsGetSessionResource as ResourceRetrieveResponse,
    )
    from ..._models.managed_agents_git_hub_repository_resource import (
        ManagedAgentsGitHubRepositoryResource as BetaManagedAgentsGitHubRepositoryResource,
    )
    from ..._models.managed_agents_image_block import (
        ManagedAgentsImageBlock as BetaManagedAgentsImageBlock,
    )
    from ..._models.managed_agents_inline_agent import (
        ManagedAgentsInlineAgent as BetaManagedAgentsInlineAgent,
    )
    from ..._models.managed_agents_max_workflow_runs_workflow_run_error import (
        ManagedAgentsMaxWorkflowRunsWorkflowRunError as BetaManagedAgentsMaxWorkflowRunsWorkflowRunError,
    )
    from ..._models.managed_agents_max_workflow_runs_workflow_run_error import (
        ManagedAgentsMaxWorkflowRunsWorkflowRunError as BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject,
    )
    from ..._models.managed_agents_mcp_authentication_failed_error import (
        ManagedAgentsMcpAuthenticationFailedError as BetaManagedAgentsMCPAuthenticationFailedError,
    )
    from ..._models.managed_agents_mcp_authentication_failed_error import (
        ManagedAgentsMcpAuthenticationFailedError as BetaManagedAgentsMCPAuthenticationFailedErrorObject,
    )
    from ..._models.managed_agents_mcp_connection_failed_error import (
        ManagedAgentsMcpConnectionFailedError as BetaManagedAgentsMCPConnectionFailedError,
    )
    from ..._models.managed_agents_mcp_connection_failed_error import (
        ManagedAgentsMcpConnectionFailedError as BetaManagedAgentsMCPConnectionFailedErrorObject,
    )
    from ..._models.managed_agents_memory_store_resource import (
        ManagedAgentsMemoryStoreResource as BetaManagedAgentsMemoryStoreResource,
    )
    from ..._models.managed_agents_model_overloaded_error import (
        ManagedAgentsModelOverloadedError as BetaManagedAgentsModelOverloadedError,
    )
    from ..._models.managed_agents_model_overloaded_error import (
        ManagedAgentsModelOverloadedError as BetaManagedAgentsModelOverloadedErrorObject,
    )
    from ..._models.managed_agents_model_rate_limited_error import (
        ManagedAgentsModelRateLimitedError as BetaManagedAgentsModelRateLimitedError,
    )
    from ..._models.managed_agents_model_rate_limited_error import (
        ManagedAgentsModelRateLimitedError as BetaManagedAgentsModelRateLimitedErrorObject,
    )
    from ..._models.managed_agents_model_request_failed_error import (
        ManagedAgentsModelRequestFailedError as BetaManagedAgentsModelRequestFailedError,
    )
    from ..._models.managed_agents_model_request_failed_error import (
        ManagedAgentsModelRequestFailedError as BetaManagedAgentsModelRequestFailedErrorObject,
    )
    from ..._models.managed_agents_plain_text_document_source import (
        ManagedAgentsPlainTextDocumentSource as BetaManagedAgentsPlainTextDocumentSource,
    )
    from ..._models.managed_agents_program_workflow_run_error import (
        ManagedAgentsProgramWorkflowRunError as BetaManagedAgentsProgramWorkflowRunError,
    )
    from ..._models.managed_agents_program_workflow_run_error import (
        ManagedAgentsProgramWorkflowRunError as BetaManagedAgentsProgramWorkflowRunErrorObject,
    )
    from ..._models.managed_agents_redacted_block import (
        ManagedAgentsRedactedBlock as BetaManagedAgentsRedactedBlock,
    )
    from ..._models.managed_agents_repository_authentication_error import (
        ManagedAgentsRepositoryAuthenticationError as BetaManagedAgentsRepositoryAuthenticationError,
    )
    from ..._models.managed_agents_repository_authentication_error import (
        ManagedAgentsRepositoryAuthenticationError as BetaManagedAgentsRepositoryAuthenticationErrorObject,
    )
    from ..._models.managed_agents_repository_checkout_error import (
        ManagedAgentsRepositoryCheckoutError as BetaManagedAgentsRepositoryCheckoutError,
    )
    from ..._models.managed_agents_repository_checkout_error import (
        ManagedAgentsRepositoryCheckoutError as BetaManagedAgentsRepositoryCheckoutErrorObject,
    )
    from ..._models.managed_agents_repository_clone_error import (
        ManagedAgentsRepositoryCloneError as BetaManagedAgentsRepositoryCloneError,
    )
    from ..._models.managed_agents_repository_clone_error import (
        ManagedAgentsRepositoryCloneError as BetaManagedAgentsRepositoryCloneErrorObject,
    )
    from ..._models.managed_agents_repository_forbidden_error import (
        ManagedAgentsRepositoryForbiddenError as BetaManagedAgentsRepositoryForbiddenError,
    )
    from ..._models.managed_agents_repository_forbidden_error import (
        ManagedAgentsRepositoryForbiddenError as BetaManagedAgentsRepositoryForbiddenErrorObject,
    )
    from ..._models.managed_agents_repository_not_found_error import (
        ManagedAgentsRepositoryNotFoundError as BetaManagedAgentsRepositoryNotFoundError,
    )
    from ..._models.managed_agents_repository_not_found_error import (
        ManagedAgentsRepositoryNotFoundError as BetaManagedAgentsRepositoryNotFoundErrorObject,
    )
    from ..._models.managed_agents_retry_status_exhausted import (
        ManagedAgentsRetryStatusExhausted as BetaManagedAgentsRetryStatusExhausted,
    )
    from ..._models.managed_agents_retry_status_retrying import (
        ManagedAgentsRetryStatusRetrying as BetaManagedAgentsRetryStatusRetrying,
    )
    from ..._models.managed_agents_retry_status_terminal import (
        ManagedAgentsRetryStatusTerminal as BetaManagedAgentsRetryStatusTerminal,
    )
    from ..._models.managed_agents_search_result_block import (
        ManagedAgentsSearchResultBlock as BetaManagedAgentsSearchResultBlock,
    )
    from ..._models.managed_agents_search_result_citations import (
        ManagedAgentsSearchResultCitations as BetaManagedAgentsSearchResultCitations,
    )
    from ..._models.managed_agents_search_result_content import (
        ManagedAgentsSearchResultContent as BetaManagedAgentsSearchResultContent,
    )
    from ..._models.managed_agents_send_session_events import (
        ManagedAgentsSendSessionEvents as BetaManagedAgentsSendSessionEvents,
    )
    from ..._models.managed_agents_session_budget_reached import (
        ManagedAgentsSessionBudgetReached as BetaManagedAgentsSessionBudgetReached,
    )
    from ..._models.managed_agents_session_deleted_event import (
        ManagedAgentsSessionDeletedEvent as BetaManagedAgentsSessionDeletedEvent,
    )
    from ..._models.managed_agents_session_end_turn import (
        ManagedAgentsSessionEndTurn as BetaManagedAgentsSessionEndTurn,
    )
    from ..._models.managed_agents_session_error_event import (
        ManagedAgentsSessionErrorEvent as BetaManagedAgentsSessionErrorEvent,
    )
    from ..._models.managed_agents_session_event import (
        ManagedAgentsSessionEvent as BetaManagedAgentsSessionEvent,
    )
    from ..._models.managed_agents_session_refusal import (
        ManagedAgentsSessionRefusal as BetaManagedAgentsSessionRefusal,
    )
    from ..._models.managed_agents_session_refusal_stop_details import (
        ManagedAgentsSessionRefusalStopDetails as BetaManagedAgentsSessionRefusalStopDetails,
    )
    from ..._models.managed_agents_session_requires_action import (
        ManagedAgentsSessionRequiresAction as BetaManagedAgentsSessionRequiresAction,
    )
    from ..._models.managed_agents_session_resource import (
        ManagedAgentsSessionResource as BetaManagedAgentsSessionResource,
    )
    from ..._models.managed_agents_session_retries_exhausted import (
        ManagedAgentsSessionRetriesExhausted as BetaManagedAgentsSessionRetriesExhausted,
    )
    from ..._models.managed_agents_session_status_idle_event import (
        ManagedAgentsSessionStatusIdleEvent as BetaManagedAgentsSessionStatusIdleEvent,
    )
    from ..._models.managed_agents_session_status_rescheduled_event import (
        ManagedAgentsSessionStatusRescheduledEvent as BetaManagedAgentsSessionStatusRescheduledEvent,
    )
    from ..._models.managed_agents_session_status_running_event import (
        ManagedAgentsSessionStatusRunningEvent as BetaManagedAgentsSessionStatusRunningEvent,
    )
    from ..._models.managed_agents_session_status_terminated_event import (
        ManagedAgentsSessionStatusTerminatedEvent as BetaManagedAgentsSessionStatusTerminatedEvent,
    )
    from ..._models.managed_agents_session_thread import (
        ManagedAgentsSessionThread as BetaManagedAgentsSessionThread,
    )
    from ..._models.managed_agents_session_thread_created_event import (
        ManagedAgentsSessionThreadCreatedEvent as BetaManagedAgentsSessionThreadCreatedEvent,
    )
    from ..._models.managed_agents_session_thread_stats import (
        ManagedAgentsSessionThreadStats as BetaManagedAgentsSessionThreadStats,
    )
    from ..._models.managed_agents_session_thread_status import (
        ManagedAgentsSessionThreadStatus as BetaManagedAgentsSessionThreadStatus,
    )
    from ..._models.managed_agents_session_thread_status_idle_event import (
        ManagedAgentsSessionThreadStatusIdleEvent as BetaManagedAgentsSessionThreadStatusIdleEvent,
    )
    from ..._models.managed_agents_session_thread_status_rescheduled_event import (
        ManagedAgentsSessionThreadStatusRescheduledEvent as BetaManagedAgentsSessionThreadStatusRescheduledEvent,
    )
    from ..._models.managed_agents_session_thread_status_running_event import (
        ManagedAgentsSessionThreadStatusRunningEvent as BetaManagedAgentsSessionThreadStatusRunningEvent,
    )
    from ..._models.managed_agents_session_thread_status_terminated_event import (
        ManagedAgentsSessionThreadStatusTerminatedEvent as BetaManagedAgentsSessionThreadStatusTerminatedEvent,
    )
    from ..._models.managed_agents_session_thread_usage import (
        ManagedAgentsSessionThreadUsage as BetaManagedAgentsSessionThreadUsage,
    )
    from ..._models.managed_agents_session_usage_snapshot import (
        ManagedAgentsSessionUsageSnapshot as BetaManagedAgentsSessionUsageSnapshot,
    )
    from ..._models.managed_agents_span_model_request_end_event import (
        ManagedAgentsSpanModelRequestEndEvent as BetaManagedAgentsSpanModelRequestEndEvent,
    )
    from ..._models.managed_agents_span_model_request_start_event import (
        ManagedAgentsSpanModelRequestStartEvent as BetaManagedAgentsSpanModelRequestStartEvent,
    )
    from ..._models.managed_agents_span_model_usage import (
        ManagedAgentsSpanModelUsage as BetaManagedAgentsSpanModelUsage,
    )
    from ..._models.managed_agents_span_outcome_evaluation_end_event import (
        ManagedAgentsSpanOutcomeEvaluationEndEvent as BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
    )
    from ..._models.managed_agents_span_outcome_evaluation_ongoing_event import (
        ManagedAgentsSpanOutcomeEvaluationOngoingEvent as BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
    )
    from ..._models.managed_agents_span_outcome_evaluation_start_event import (
        ManagedAgentsSpanOutcomeEvaluationStartEvent as BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
    )
    from ..._models.managed_agents_stream_session_events import (
        ManagedAgentsStreamSessionEvents as BetaManagedAgentsStreamSessionEvents,
    )
    from ..._models.managed_agents_stream_session_thread_events import (
        ManagedAgentsStreamSessionThreadEvents as BetaManagedAgentsStreamSessionThreadEvents,
    )
    from ..._models.managed_agents_text_block import (
        ManagedAgentsTextBlock as BetaManagedAgentsTextBlock,
    )
    from ..._models.managed_agents_text_rubric import (
        ManagedAgentsTextRubric as BetaManagedAgentsTextRubric,
    )
    from ..._models.managed_agents_thread_limit_workflow_run_error import (
        ManagedAgentsThreadLimitWorkflowRunError as BetaManagedAgentsThreadLimitWorkflowRunError,
    )
    from ..._models.managed_agents_thread_limit_workflow_run_error import (
        ManagedAgentsThreadLimitWorkflowRunError as BetaManagedAgentsThreadLimitWorkflowRunErrorObject,
    )
    from ..._models.managed_agents_timeout_workflow_run_error import (
        ManagedAgentsTimeoutWorkflowRunError as BetaManagedAgentsTimeoutWorkflowRunError,
    )
    from ..._models.managed_agents_timeout_workflow_run_error import (
        ManagedAgentsTimeoutWorkflowRunError as BetaManagedAgentsTimeoutWorkflowRunErrorObject,
    )
    from ..._models.managed_agents_tool_use_limit_reached_error import (
        ManagedAgentsToolUseLimitReachedError as BetaManagedAgentsToolUseLimitReachedError,
    )
    from ..._models.managed_agents_tool_use_limit_reached_error import (
        ManagedAgentsToolUseLimitReachedError as BetaManagedAgentsToolUseLimitReachedErrorObject,
    )
    from ..._models.managed_agents_unknown_error import (
        ManagedAgentsUnknownError as BetaManagedAgentsUnknownError,
    )
    from ..._models.managed_agents_unknown_error import (
        ManagedAgentsUnknownError as BetaManagedAgentsUnknownErrorObject,
    )
    from ..._models.managed_agents_unknown_workflow_run_error import (
        ManagedAgentsUnknownWorkflowRunError as BetaManagedAgentsUnknownWorkflowRunError,
    )
    from ..._models.managed_agents_unknown_workflow_run_error import (
        ManagedAgentsUnknownWorkflowRunError as BetaManagedAgentsUnknownWorkflowRunErrorObject,
    )
    from ..._models.managed_agents_update_session_resource import (
        ManagedAgentsUpdateSessionResource as ResourceUpdateResponse,
    )
    from ..._models.managed_agents_url_document_source import (
        ManagedAgentsURLDocumentSource as BetaManagedAgentsURLDocumentSource,
    )
    from ..._models.managed_agents_url_image_source import (
        ManagedAgentsURLImageSource as BetaManagedAgentsURLImageSource,
    )
    from ..._models.managed_agents_user_custom_tool_result_event import (
        ManagedAgentsUserCustomToolResultEvent as BetaManagedAgentsUserCustomToolResultEvent,
    )
    from ..._models.managed_agents_user_define_outcome_event import (
        ManagedAgentsUserDefineOutcomeEvent as BetaManagedAgentsUserDefineOutcomeEvent,
    )
    from ..._models.managed_agents_user_interrupt_event import (
        ManagedAgentsUserInterruptEvent as BetaManagedAgentsUserInterruptEvent,
    )
    from ..._models.managed_agents_user_message_event import (
        ManagedAgentsUserMessageEvent as BetaManagedAgentsUserMessageEvent,
    )
    from ..._models.managed_agents_user_tool_confirmation_event import (
        ManagedAgentsUserToolConfirmationEvent as BetaManagedAgentsUserToolConfirmationEvent,
    )
    from ..._models.managed_agents_workflow_run_created_event import (
        ManagedAgentsWorkflowRunCreatedEvent as BetaManagedAgentsWorkflowRunCreatedEvent,
    )
    from ..._models.managed_agents_workflow_run_error import (
        ManagedAgentsWorkflowRunError as BetaManagedAgentsWorkflowRunError,
    )
    from ..._models.managed_agents_workflow_run_error import (
        ManagedAgentsWorkflowRunError as BetaManagedAgentsWorkflowRunErrorObject,
    )
    from ..._models.managed_agents_workflow_run_error_event import (
        ManagedAgentsWorkflowRunErrorEvent as BetaManagedAgentsWorkflowRunErrorEvent,
    )
    from ..._models.managed_agents_workflow_run_phase import (
        ManagedAgentsWorkflowRunPhase as BetaManagedAgentsWorkflowRunPhase,
    )
    from ..._models.managed_agents_workflow_run_phase_ended_event import (
        ManagedAgentsWorkflowRunPhaseEndedEvent as BetaManagedAgentsWorkflowRunPhaseEndedEvent,
    )
    from ..._models.managed_agents_workflow_run_phase_started_event import (
        ManagedAgentsWorkflowRunPhaseStartedEvent as BetaManagedAgentsWorkflowRunPhaseStartedEvent,
    )
    from ..._models.managed_agents_workflow_run_result import (
        ManagedAgentsWorkflowRunResult as BetaManagedAgentsWorkflowRunResult,
    )
    from ..._models.managed_agents_workflow_run_result_completed import (
        ManagedAgentsWorkflowRunResultCompleted as BetaManagedAgentsWorkflowRunResultCompleted,
    )
    from ..._models.managed_agents_workflow_run_result_error import (
        ManagedAgentsWorkflowRunResultError as BetaManagedAgentsWorkflowRunResultError,
    )
    from ..._models.managed_agents_workflow_run_result_error import (
        ManagedAgentsWorkflowRunResultError as BetaManagedAgentsWorkflowRunResultErrorObject,
    )
    from ..._models.managed_agents_workflow_run_result_stopped import (
        ManagedAgentsWorkflowRunResultStopped as BetaManagedAgentsWorkflowRunResultStopped,
    )
    from ..._models.managed_agents_workflow_run_status_ended_event import (
        ManagedAgentsWorkflowRunStatusEndedEvent as BetaManagedAgentsWorkflowRunStatusEndedEvent,
    )
    from ..._models.managed_agents_workflow_run_status_idle_event import (
        ManagedAgentsWorkflowRunStatusIdleEvent as BetaManagedAgentsWorkflowRunStatusIdleEvent,
    )
    from ..._models.managed_agents_workflow_run_status_running_event import (
        ManagedAgentsWorkflowRunStatusRunningEvent as BetaManagedAgentsWorkflowRunStatusRunningEvent,
    )
    from ..._params.event_stream_params import EventStreamParams as EventStreamParams
    from ..._params.managed_agents_base64_document_source_param import (
        ManagedAgentsBase64DocumentSourceParam as BetaManagedAgentsBase64DocumentSourceParam,
    )
    from ..._params.managed_agents_base64_image_source_param import (
        ManagedAgentsBase64ImageSourceParam as BetaManagedAgentsBase64ImageSourceParam,
    )
    from ..._params.managed_agents_document_block_param import (
        ManagedAgentsDocumentBlockParam as BetaManagedAgentsDocumentBlockParam,
    )
    from ..._params.managed_agents_event_params import (
        ManagedAgentsEventParams as BetaManagedAgentsEventParams,
    )
    from ..._params.managed_agents_file_document_source_param import (
        ManagedAgentsFileDocumentSourceParam as BetaManagedAgentsFileDocumentSourceParam,
    )
    from ..._params.managed_agents_file_image_source_param import (
        ManagedAgentsFileImageSourceParam as BetaManagedAgentsFileImageSourceParam,
    )
    from ..._params.managed_agents_file_rubric_params import (
        ManagedAgentsFileRubricParams as BetaManagedAgentsFileRubricParams,
    )
    from ..._params.managed_agents_image_block_param import (
        ManagedAgentsImageBlockParam as BetaManagedAgentsImageBlockParam,
    )
    from ..._params.managed_agents_plain_text_document_source_param import (
        ManagedAgentsPlainTextDocumentSourceParam as BetaManagedAgentsPlainTextDocumentSourceParam,
    )
    from ..._params.managed_agents_redacted_block_param import (
        ManagedAgentsRedactedBlockParam as BetaManagedAgentsRedactedBlockParam,
    )
    from ..._params.managed_agents_search_result_block_param import (
        ManagedAgentsSearchResultBlockParam as BetaManagedAgentsSearchResultBlockParam,
    )
    from ..._params.managed_agents_search_result_citations_param import (
        ManagedAgentsSearchResultCitationsParam as BetaManagedAgentsSearchResultCitationsParam,
    )
    from ..._params.managed_agents_search_result_content_param import (
        ManagedAgentsSearchResultContentParam as BetaManagedAgentsSearchResultContentParam,
    )
    from ..._params.managed_agents_send_session_events_params import (
        ManagedAgentsSendSessionEventsParams as EventSendParams,
    )
    from ..._params.managed_agents_session_event_type_param import (
        ManagedAgentsSessionEventTypeParam as BetaManagedAgentsSessionEventType,
    )
    from ..._params.managed_agents_system_message_event_params import (
        ManagedAgentsSystemMessageEventParams as BetaManagedAgentsSystemMessageEventParams,
    )
    from ..._params.managed_agents_text_block_param import (
        ManagedAgentsTextBlockParam as BetaManagedAgentsTextBlockParam,
    )
    from ..._params.managed_agents_text_rubric_params import (
        ManagedAgentsTextRubricParams as BetaManagedAgentsTextRubricParams,
    )
    from ..._params.managed_agents_update_session_resource_params import (
        ManagedAgentsUpdateSessionResourceParams as ResourceUpdateParams,
    )
    from ..._params.managed_agents_url_document_source_param import (
        ManagedAgentsURLDocumentSourceParam as BetaManagedAgentsURLDocumentSourceParam,
    )
    from ..._params.managed_agents_url_image_source_param import (
        ManagedAgentsURLImageSourceParam as BetaManagedAgentsURLImageSourceParam,
    )
    from ..._params.managed_agents_user_custom_tool_result_event_params import (
        ManagedAgentsUserCustomToolResultEventParams as BetaManagedAgentsUserCustomToolResultEventParams,
    )
    from ..._params.managed_agents_user_define_outcome_event_params import (
        ManagedAgentsUserDefineOutcomeEventParams as BetaManagedAgentsUserDefineOutcomeEventParams,
    )
    from ..._params.managed_agents_user_interrupt_event_params import (
        ManagedAgentsUserInterruptEventParams as BetaManagedAgentsUserInterruptEventParams,
    )
    from ..._params.managed_agents_user_message_event_params import (
        ManagedAgentsUserMessageEventParams as BetaManagedAgentsUserMessageEventParams,
    )
    from ..._params.managed_agents_user_tool_confirmation_event_params import (
        ManagedAgentsUserToolConfirmationEventParams as BetaManagedAgentsUserToolConfirmationEventParams,
    )
    from ..._params.managed_agents_user_tool_result_event_params import (
        ManagedAgentsUserToolResultEventParams as BetaManagedAgentsUserToolResultEventParams,
    )
    from ..._params.resource_add_params import ResourceAddParams as ResourceAddParams
    from ..._params.resource_list_params import ResourceListParams as ResourceListParams
    from ..._params.sessions_event_list_params import SessionsEventListParams as EventListParams
    from ..._params.thread_list_params import ThreadListParams as ThreadListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
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
    "BetaManagedAgentsAgentMCPToolResultEvent": (
        "_models.managed_agents_agent_mcp_tool_result_event",
        "ManagedAgentsAgentMcpToolResultEvent",
    ),
    "BetaManagedAgentsAgentMCPToolUseEvent": (
        "_models.managed_agents_agent_mcp_tool_use_event",
        "ManagedAgentsAgentMcpToolUseEvent",
    ),
    "BetaManagedAgentsAgentMessageEvent": (
        "_models.managed_agents_agent_message_event",
        "ManagedAgentsAgentMessageEvent",
    ),
    "BetaManagedAgentsAgentThinkingEvent": (
        "_models.managed_agents_agent_thinking_event",
        "ManagedAgentsAgentThinkingEvent",
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
    "BetaManagedAgentsAgentToolResultEvent": (
        "_models.managed_agents_agent_tool_result_event",
        "ManagedAgentsAgentToolResultEvent",
    ),
    "BetaManagedAgentsAgentToolUseEvent": (
        "_models.managed_agents_agent_tool_use_event",
        "ManagedAgentsAgentToolUseEvent",
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
    "BetaManagedAgentsBillingError": (
        "_models.managed_agents_billing_error",
        "ManagedAgentsBillingError",
    ),
    "BetaManagedAgentsBillingErrorObject": (
        "_models.managed_agents_billing_error",
        "ManagedAgentsBillingError",
    ),
    "BetaManagedAgentsCompactionLimitReachedError": (
        "_models.managed_agents_compaction_limit_reached_error",
        "ManagedAgentsCompactionLimitReachedError",
    ),
    "BetaManagedAgentsCompactionLimitReachedErrorObject": (
        "_models.managed_agents_compaction_limit_reached_error",
        "ManagedAgentsCompactionLimitReachedError",
    ),
    "BetaManagedAgentsCredentialHostUnreachableError": (
        "_models.managed_agents_credential_host_unreachable_error",
        "ManagedAgentsCredentialHostUnreachableError",
    ),
    "BetaManagedAgentsCredentialHostUnreachableErrorObject": (
        "_models.managed_agents_credential_host_unreachable_error",
        "ManagedAgentsCredentialHostUnreachableError",
    ),
    "BetaManagedAgentsDeleteSessionResource": (
        "_models.managed_agents_delete_session_resource",
        "ManagedAgentsDeleteSessionResource",
    ),
    "BetaManagedAgentsDocumentBlock": (
        "_models.managed_agents_document_block",
        "ManagedAgentsDocumentBlock",
    ),
    "BetaManagedAgentsDocumentBlockParam": (
        "_params.managed_agents_document_block_param",
        "ManagedAgentsDocumentBlockParam",
    ),
    "BetaManagedAgentsEventParams": (
        "_params.managed_agents_event_params",
        "ManagedAgentsEventParams",
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
    "BetaManagedAgentsFileResource": (
        "_models.managed_agents_file_resource",
        "ManagedAgentsFileResource",
    ),
    "BetaManagedAgentsFileRubric": (
        "_models.managed_agents_file_rubric",
        "ManagedAgentsFileRubric",
    ),
    "BetaManagedAgentsFileRubricParams": (
        "_params.managed_agents_file_rubric_params",
        "ManagedAgentsFileRubricParams",
    ),
    "BetaManagedAgentsGitHubRepositoryResource": (
        "_models.managed_agents_git_hub_repository_resource",
        "ManagedAgentsGitHubRepositoryResource",
    ),
    "BetaManagedAgentsImageBlock": (
        "_models.managed_agents_image_block",
        "ManagedAgentsImageBlock",
    ),
    "BetaManagedAgentsImageBlockParam": (
        "_params.managed_agents_image_block_param",
        "ManagedAgentsImageBlockParam",
    ),
    "BetaManagedAgentsInlineAgent": (
        "_models.managed_agents_inline_agent",
        "ManagedAgentsInlineAgent",
    ),
    "BetaManagedAgentsMCPAuthenticationFailedError": (
        "_models.managed_agents_mcp_authentication_failed_error",
        "ManagedAgentsMcpAuthenticationFailedError",
    ),
    "BetaManagedAgentsMCPAuthenticationFailedErrorObject": (
        "_models.managed_agents_mcp_authentication_failed_error",
        "ManagedAgentsMcpAuthenticationFailedError",
    ),
    "BetaManagedAgentsMCPConnectionFailedError": (
        "_models.managed_agents_mcp_connection_failed_error",
        "ManagedAgentsMcpConnectionFailedError",
    ),
    "BetaManagedAgentsMCPConnectionFailedErrorObject": (
        "_models.managed_agents_mcp_connection_failed_error",
        "ManagedAgentsMcpConnectionFailedError",
    ),
    "BetaManagedAgentsMaxWorkflowRunsWorkflowRunError": (
        "_models.managed_agents_max_workflow_runs_workflow_run_error",
        "ManagedAgentsMaxWorkflowRunsWorkflowRunError",
    ),
    "BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject": (
        "_models.managed_agents_max_workflow_runs_workflow_run_error",
        "ManagedAgentsMaxWorkflowRunsWorkflowRunError",
    ),
    "BetaManagedAgentsMemoryStoreResource": (
        "_models.managed_agents_memory_store_resource",
        "ManagedAgentsMemoryStoreResource",
    ),
    "BetaManagedAgentsModelOverloadedError": (
        "_models.managed_agents_model_overloaded_error",
        "ManagedAgentsModelOverloadedError",
    ),
    "BetaManagedAgentsModelOverloadedErrorObject": (
        "_models.managed_agents_model_overloaded_error",
        "ManagedAgentsModelOverloadedError",
    ),
    "BetaManagedAgentsModelRateLimitedError": (
        "_models.managed_agents_model_rate_limited_error",
        "ManagedAgentsModelRateLimitedError",
    ),
    "BetaManagedAgentsModelRateLimitedErrorObject": (
        "_models.managed_agents_model_rate_limited_error",
        "ManagedAgentsModelRateLimitedError",
    ),
    "BetaManagedAgentsModelRequestFailedError": (
        "_models.managed_agents_model_request_failed_error",
        "ManagedAgentsModelRequestFailedError",
    ),
    "BetaManagedAgentsModelRequestFailedErrorObject": (
        "_models.managed_agents_model_request_failed_error",
        "ManagedAgentsModelRequestFailedError",
    ),
    "BetaManagedAgentsPlainTextDocumentSource": (
        "_models.managed_agents_plain_text_document_source",
        "ManagedAgentsPlainTextDocumentSource",
    ),
    "BetaManagedAgentsPlainTextDocumentSourceParam": (
        "_params.managed_agents_plain_text_document_source_param",
        "ManagedAgentsPlainTextDocumentSourceParam",
    ),
    "BetaManagedAgentsProgramWorkflowRunError": (
        "_models.managed_agents_program_workflow_run_error",
        "ManagedAgentsProgramWorkflowRunError",
    ),
    "BetaManagedAgentsProgramWorkflowRunErrorObject": (
        "_models.managed_agents_program_workflow_run_error",
        "ManagedAgentsProgramWorkflowRunError",
    ),
    "BetaManagedAgentsRedactedBlock": (
        "_models.managed_agents_redacted_block",
        "ManagedAgentsRedactedBlock",
    ),
    "BetaManagedAgentsRedactedBlockParam": (
        "_params.managed_agents_redacted_block_param",
        "ManagedAgentsRedactedBlockParam",
    ),
    "BetaManagedAgentsRepositoryAuthenticationError": (
        "_models.managed_agents_repository_authentication_error",
        "ManagedAgentsRepositoryAuthenticationError",
    ),
    "BetaManagedAgentsRepositoryAuthenticationErrorObject": (
        "_models.managed_agents_repository_authentication_error",
        "ManagedAgentsRepositoryAuthenticationError",
    ),
    "BetaManagedAgentsRepositoryCheckoutError": (
        "_models.managed_agents_repository_checkout_error",
        "ManagedAgentsRepositoryCheckoutError",
    ),
    "BetaManagedAgentsRepositoryCheckoutErrorObject": (
        "_models.managed_agents_repository_checkout_error",
        "ManagedAgentsRepositoryCheckoutError",
    ),
    "BetaManagedAgentsRepositoryCloneError": (
        "_models.managed_agents_repository_clone_error",
        "ManagedAgentsRepositoryCloneError",
    ),
    "BetaManagedAgentsRepositoryCloneErrorObject": (
        "_models.managed_agents_repository_clone_error",
        "ManagedAgentsRepositoryCloneError",
    ),
    "BetaManagedAgentsRepositoryForbiddenError": (
        "_models.managed_agents_repository_forbidden_error",
        "ManagedAgentsRepositoryForbiddenError",
    ),
    "BetaManagedAgentsRepositoryForbiddenErrorObject": (
        "_models.managed_agents_repository_forbidden_error",
        "ManagedAgentsRepositoryForbiddenError",
    ),
    "BetaManagedAgentsRepositoryNotFoundError": (
        "_models.managed_agents_repository_not_found_error",
        "ManagedAgentsRepositoryNotFoundError",
    ),
    "BetaManagedAgentsRepositoryNotFoundErrorObject": (
        "_models.managed_agents_repository_not_found_error",
        "ManagedAgentsRepositoryNotFoundError",
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
    "BetaManagedAgentsSendSessionEvents": (
        "_models.managed_agents_send_session_events",
        "ManagedAgentsSendSessionEvents",
    ),
    "BetaManagedAgentsSessionBudgetReached": (
        "_models.managed_agents_session_budget_reached",
        "ManagedAgentsSessionBudgetReached",
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
    "BetaManagedAgentsSessionEvent": (
        "_models.managed_agents_session_event",
        "ManagedAgentsSessionEvent",
    ),
    "BetaManagedAgentsSessionEventType": (
        "_params.managed_agents_session_event_type_param",
        "ManagedAgentsSessionEventTypeParam",
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
    "BetaManagedAgentsSessionRetriesExhausted": (
        "_models.managed_agents_session_retries_exhausted",
        "ManagedAgentsSessionRetriesExhausted",
    ),
    "BetaManagedAgentsSessionStatusIdleEvent": (
        "_models.managed_agents_session_status_idle_event",
        "ManagedAgentsSessionStatusIdleEvent",
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
    "BetaManagedAgentsSessionThread": (
        "_models.managed_agents_session_thread",
        "ManagedAgentsSessionThread",
    ),
    "BetaManagedAgentsSessionThreadCreatedEvent": (
        "_models.managed_agents_session_thread_created_event",
        "ManagedAgentsSessionThreadCreatedEvent",
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
    "BetaManagedAgentsSessionUsageSnapshot": (
        "_models.managed_agents_session_usage_snapshot",
        "ManagedAgentsSessionUsageSnapshot",
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
    "BetaManagedAgentsStreamSessionEvents": (
        "_models.managed_agents_stream_session_events",
        "ManagedAgentsStreamSessionEvents",
    ),
    "BetaManagedAgentsStreamSessionThreadEvents": (
        "_models.managed_agents_stream_session_thread_events",
        "ManagedAgentsStreamSessionThreadEvents",
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
    "BetaManagedAgentsThreadLimitWorkflowRunErrorObject": (
        "_models.managed_agents_thread_limit_workflow_run_error",
        "ManagedAgentsThreadLimitWorkflowRunError",
    ),
    "BetaManagedAgentsTimeoutWorkflowRunError": (
        "_models.managed_agents_timeout_workflow_run_error",
        "ManagedAgentsTimeoutWorkflowRunError",
    ),
    "BetaManagedAgentsTimeoutWorkflowRunErrorObject": (
        "_models.managed_agents_timeout_workflow_run_error",
        "ManagedAgentsTimeoutWorkflowRunError",
    ),
    "BetaManagedAgentsToolUseLimitReachedError": (
        "_models.managed_agents_tool_use_limit_reached_error",
        "ManagedAgentsToolUseLimitReachedError",
    ),
    "BetaManagedAgentsToolUseLimitReachedErrorObject": (
        "_models.managed_agents_tool_use_limit_reached_error",
        "ManagedAgentsToolUseLimitReachedError",
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
    "BetaManagedAgentsUnknownError": (
        "_models.managed_agents_unknown_error",
        "ManagedAgentsUnknownError",
    ),
    "BetaManagedAgentsUnknownErrorObject": (
        "_models.managed_agents_unknown_error",
        "ManagedAgentsUnknownError",
    ),
    "BetaManagedAgentsUnknownWorkflowRunError": (
        "_models.managed_agents_unknown_workflow_run_error",
        "ManagedAgentsUnknownWorkflowRunError",
    ),
    "BetaManagedAgentsUnknownWorkflowRunErrorObject": (
        "_models.managed_agents_unknown_workflow_run_error",
        "ManagedAgentsUnknownWorkflowRunError",
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
    "BetaManagedAgentsUserToolResultEventParams": (
        "_params.managed_agents_user_tool_result_event_params",
        "ManagedAgentsUserToolResultEventParams",
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
    "BetaManagedAgentsWorkflowRunErrorObject": (
        "_models.managed_agents_workflow_run_error",
        "ManagedAgentsWorkflowRunError",
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
    "BetaManagedAgentsWorkflowRunResultErrorObject": (
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
    "EventListParams": ("_params.sessions_event_list_params", "SessionsEventListParams"),
    "EventSendParams": (
        "_params.managed_agents_send_session_events_params",
        "ManagedAgentsSendSessionEventsParams",
    ),
    "EventStreamParams": ("_params.event_stream_params", "EventStreamParams"),
    "ResourceAddParams": ("_params.resource_add_params", "ResourceAddParams"),
    "ResourceListParams": ("_params.resource_list_params", "ResourceListParams"),
    "ResourceRetrieveResponse": (
        "_models.managed_agents_get_session_resource",
        "ManagedAgentsGetSessionResource",
    ),
    "ResourceUpdateParams": (
        "_params.managed_agents_update_session_resource_params",
        "ManagedAgentsUpdateSessionResourceParams",
    ),
    "ResourceUpdateResponse": (
        "_models.managed_agents_update_session_resource",
        "ManagedAgentsUpdateSessionResource",
    ),
    "ThreadListParams": ("_params.thread_list_params", "ThreadListParams"),
}

__all__ = [
    "BetaManagedAgentsAgentAutoEvaluatedPermission",
    "BetaManagedAgentsAgentAutoEvaluatedPermissionAllow",
    "BetaManagedAgentsAgentAutoEvaluatedPermissionAsk",
    "BetaManagedAgentsAgentAutoEvaluatedPermissionDeny",
    "BetaManagedAgentsAgentCustomToolUseEvent",
    "BetaManagedAgentsAgentEvaluatedPermission",
    "BetaManagedAgentsAgentMCPToolResultEvent",
    "BetaManagedAgentsAgentMCPToolUseEvent",
    "BetaManagedAgentsAgentMessageEvent",
    "BetaManagedAgentsAgentThinkingEvent",
    "BetaManagedAgentsAgentThreadContextCompactedEvent",
    "BetaManagedAgentsAgentThreadMessageReceivedEvent",
    "BetaManagedAgentsAgentThreadMessageSentEvent",
    "BetaManagedAgentsAgentToolEvaluation",
    "BetaManagedAgentsAgentToolEvaluationAlwaysAllow",
    "BetaManagedAgentsAgentToolEvaluationAlwaysAsk",
    "BetaManagedAgentsAgentToolEvaluationAuto",
    "BetaManagedAgentsAgentToolResultEvent",
    "BetaManagedAgentsAgentToolUseEvent",
    "BetaManagedAgentsBase64DocumentSource",
    "BetaManagedAgentsBase64DocumentSourceParam",
    "BetaManagedAgentsBase64ImageSource",
    "BetaManagedAgentsBase64ImageSourceParam",
    "BetaManagedAgentsBillingError",
    "BetaManagedAgentsBillingErrorObject",
    "BetaManagedAgentsCompactionLimitReachedError",
    "BetaManagedAgentsCompactionLimitReachedErrorObject",
    "BetaManagedAgentsCredentialHostUnreachableError",
    "BetaManagedAgentsCredentialHostUnreachableErrorObject",
    "BetaManagedAgentsDeleteSessionResource",
    "BetaManagedAgentsDocumentBlock",
    "BetaManagedAgentsDocumentBlockParam",
    "BetaManagedAgentsEventParams",
    "BetaManagedAgentsFileDocumentSource",
    "BetaManagedAgentsFileDocumentSourceParam",
    "BetaManagedAgentsFileImageSource",
    "BetaManagedAgentsFileImageSourceParam",
    "BetaManagedAgentsFileResource",
    "BetaManagedAgentsFileRubric",
    "BetaManagedAgentsFileRubricParams",
    "BetaManagedAgentsGitHubRepositoryResource",
    "BetaManagedAgentsImageBlock",
    "BetaManagedAgentsImageBlockParam",
    "BetaManagedAgentsInlineAgent",
    "BetaManagedAgentsMCPAuthenticationFailedError",
    "BetaManagedAgentsMCPAuthenticationFailedErrorObject",
    "BetaManagedAgentsMCPConnectionFailedError",
    "BetaManagedAgentsMCPConnectionFailedErrorObject",
    "BetaManagedAgentsMaxWorkflowRunsWorkflowRunError",
    "BetaManagedAgentsMaxWorkflowRunsWorkflowRunErrorObject",
    "BetaManagedAgentsMemoryStoreResource",
    "BetaManagedAgentsModelOverloadedError",
    "BetaManagedAgentsModelOverloadedErrorObject",
    "BetaManagedAgentsModelRateLimitedError",
    "BetaManagedAgentsModelRateLimitedErrorObject",
    "BetaManagedAgentsModelRequestFailedError",
    "BetaManagedAgentsModelRequestFailedErrorObject",
    "BetaManagedAgentsPlainTextDocumentSource",
    "BetaManagedAgentsPlainTextDocumentSourceParam",
    "BetaManagedAgentsProgramWorkflowRunError",
    "BetaManagedAgentsProgramWorkflowRunErrorObject",
    "BetaManagedAgentsRedactedBlock",
    "BetaManagedAgentsRedactedBlockParam",
    "BetaManagedAgentsRepositoryAuthenticationError",
    "BetaManagedAgentsRepositoryAuthenticationErrorObject",
    "BetaManagedAgentsRepositoryCheckoutError",
    "BetaManagedAgentsRepositoryCheckoutErrorObject",
    "BetaManagedAgentsRepositoryCloneError",
    "BetaManagedAgentsRepositoryCloneErrorObject",
    "BetaManagedAgentsRepositoryForbiddenError",
    "BetaManagedAgentsRepositoryForbiddenErrorObject",
    "BetaManagedAgentsRepositoryNotFoundError",
    "BetaManagedAgentsRepositoryNotFoundErrorObject",
    "BetaManagedAgentsRetryStatusExhausted",
    "BetaManagedAgentsRetryStatusRetrying",
    "BetaManagedAgentsRetryStatusTerminal",
    "BetaManagedAgentsSearchResultBlock",
    "BetaManagedAgentsSearchResultBlockParam",
    "BetaManagedAgentsSearchResultCitations",
    "BetaManagedAgentsSearchResultCitationsParam",
    "BetaManagedAgentsSearchResultContent",
    "BetaManagedAgentsSearchResultContentParam",
    "BetaManagedAgentsSendSessionEvents",
    "BetaManagedAgentsSessionBudgetReached",
    "BetaManagedAgentsSessionDeletedEvent",
    "BetaManagedAgentsSessionEndTurn",
    "BetaManagedAgentsSessionErrorEvent",
    "BetaManagedAgentsSessionEvent",
    "BetaManagedAgentsSessionEventType",
    "BetaManagedAgentsSessionRefusal",
    "BetaManagedAgentsSessionRefusalStopDetails",
    "BetaManagedAgentsSessionRequiresAction",
    "BetaManagedAgentsSessionResource",
    "BetaManagedAgentsSessionRetriesExhausted",
    "BetaManagedAgentsSessionStatusIdleEvent",
    "BetaManagedAgentsSessionStatusRescheduledEvent",
    "BetaManagedAgentsSessionStatusRunningEvent",
    "BetaManagedAgentsSessionStatusTerminatedEvent",
    "BetaManagedAgentsSessionThread",
    "BetaManagedAgentsSessionThreadCreatedEvent",
    "BetaManagedAgentsSessionThreadStats",
    "BetaManagedAgentsSessionThreadStatus",
    "BetaManagedAgentsSessionThreadStatusIdleEvent",
    "BetaManagedAgentsSessionThreadStatusRescheduledEvent",
    "BetaManagedAgentsSessionThreadStatusRunningEvent",
    "BetaManagedAgentsSessionThreadStatusTerminatedEvent",
    "BetaManagedAgentsSessionThreadUsage",
    "BetaManagedAgentsSessionUsageSnapshot",
    "BetaManagedAgentsSpanModelRequestEndEvent",
    "BetaManagedAgentsSpanModelRequestStartEvent",
    "BetaManagedAgentsSpanModelUsage",
    "BetaManagedAgentsSpanOutcomeEvaluationEndEvent",
    "BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent",
    "BetaManagedAgentsSpanOutcomeEvaluationStartEvent",
    "BetaManagedAgentsStreamSessionEvents",
    "BetaManagedAgentsStreamSessionThreadEvents",
    "BetaManagedAgentsSystemMessageEventParams",
    "BetaManagedAgentsTextBlock",
    "BetaManagedAgentsTextBlockParam",
    "BetaManagedAgentsTextRubric",
    "BetaManagedAgentsTextRubricParams",
    "BetaManagedAgentsThreadLimitWorkflowRunError",
    "BetaManagedAgentsThreadLimitWorkflowRunErrorObject",
    "BetaManagedAgentsTimeoutWorkflowRunError",
    "BetaManagedAgentsTimeoutWorkflowRunErrorObject",
    "BetaManagedAgentsToolUseLimitReachedError",
    "BetaManagedAgentsToolUseLimitReachedErrorObject",
    "BetaManagedAgentsURLDocumentSource",
    "BetaManagedAgentsURLDocumentSourceParam",
    "BetaManagedAgentsURLImageSource",
    "BetaManagedAgentsURLImageSourceParam",
    "BetaManagedAgentsUnknownError",
    "BetaManagedAgentsUnknownErrorObject",
    "BetaManagedAgentsUnknownWorkflowRunError",
    "BetaManagedAgentsUnknownWorkflowRunErrorObject",
    "BetaManagedAgentsUserCustomToolResultEvent",
    "BetaManagedAgentsUserCustomToolResultEventParams",
    "BetaManagedAgentsUserDefineOutcomeEvent",
    "BetaManagedAgentsUserDefineOutcomeEventParams",
    "BetaManagedAgentsUserInterruptEvent",
    "BetaManagedAgentsUserInterruptEventParams",
    "BetaManagedAgentsUserMessageEvent",
    "BetaManagedAgentsUserMessageEventParams",
    "BetaManagedAgentsUserToolConfirmationEvent",
    "BetaManagedAgentsUserToolConfirmationEventParams",
    "BetaManagedAgentsUserToolResultEventParams",
    "BetaManagedAgentsWorkflowRunCreatedEvent",
    "BetaManagedAgentsWorkflowRunError",
    "BetaManagedAgentsWorkflowRunErrorEvent",
    "BetaManagedAgentsWorkflowRunErrorObject",
    "BetaManagedAgentsWorkflowRunPhase",
    "BetaManagedAgentsWorkflowRunPhaseEndedEvent",
    "BetaManagedAgentsWorkflowRunPhaseStartedEvent",
    "BetaManagedAgentsWorkflowRunResult",
    "BetaManagedAgentsWorkflowRunResultCompleted",
    "BetaManagedAgentsWorkflowRunResultError",
    "BetaManagedAgentsWorkflowRunResultErrorObject",
    "BetaManagedAgentsWorkflowRunResultStopped",
    "BetaManagedAgentsWorkflowRunStatusEndedEvent",
    "BetaManagedAgentsWorkflowRunStatusIdleEvent",
    "BetaManagedAgentsWorkflowRunStatusRunningEvent",
    "EventListParams",
    "EventSendParams",
    "EventStreamParams",
    "ResourceAddParams",
    "ResourceListParams",
    "ResourceRetrieveResponse",
    "ResourceUpdateParams",
    "ResourceUpdateResponse",
    "ThreadListParams",
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
