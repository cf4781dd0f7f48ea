# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta`: types loaded on first use.

The document describes each thing once, so a beta type is the same class as its GA one:
`BetaMessage is Message`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._models.advisor_message_iteration_usage import (
        AdvisorMessageIterationUsage as BetaAdvisorMessageIterationUsage,
    )
    from .._models.advisor_redacted_result_block import (
        AdvisorRedactedResultBlock as BetaAdvisorRedactedResultBlock,
    )
    from .._models.advisor_result_block import AdvisorResultBlock as BetaAdvisorResultBlock
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
    from .._models.api_error_object import APIErrorObject as BetaAPIErrorObject
    from .._models.applied_context_management_edit import (
        AppliedContextManagementEdit as BetaAppliedContextManagementEdit,
    )
    from .._models.authentication_error import AuthenticationError as BetaAuthenticationError
    from .._models.authentication_error import AuthenticationError as BetaAuthenticationErrorObject
    from .._models.available_tools_limit_exceeded_error_details import (
        AvailableToolsLimitExceededErrorDetails as BetaAvailableToolsLimitExceededErrorDetails,
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
    from .._models.capability_support import CapabilitySupport as BetaCapabilitySupport
    from .._models.citation_char_location import CitationCharLocation as BetaCitationCharLocation
    from .._models.citation_content_block_location import (
        CitationContentBlockLocation as BetaCitationContentBlockLocation,
    )
    from .._models.citation_page_location import CitationPageLocation as BetaCitationPageLocation
    from .._models.citations_config import CitationsConfig as BetaCitationConfig
    from .._models.citations_config import CitationsConfig as BetaCitationsConfig
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
    from .._models.claude_code_version_too_old_error_details import (
        ClaudeCodeVersionTooOldErrorDetails as BetaClaudeCodeVersionTooOldErrorDetails,
    )
    from .._models.clear_thinking20251015_edit_response import (
        ClearThinking20251015EditResponse as BetaClearThinking20251015EditResponse,
    )
    from .._models.clear_tool_uses20250919_edit_response import (
        ClearToolUses20250919EditResponse as BetaClearToolUses20250919EditResponse,
    )
    from .._models.cmek_context_unavailable_error_details import (
        CMEKContextUnavailableErrorDetails as BetaCMEKContextUnavailableErrorDetails,
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
    from .._models.code_execution_output_block import (
        CodeExecutionOutputBlock as BetaCodeExecutionOutputBlock,
    )
    from .._models.code_execution_result_block import (
        CodeExecutionResultBlock as BetaCodeExecutionResultBlock,
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
    from .._models.deleted_file import DeletedFile as BetaDeletedFile
    from .._models.deleted_file import DeletedFile as DeletedFile
    from .._models.deleted_message_batch import DeletedMessageBatch as BetaDeletedMessageBatch
    from .._models.deleted_skill import DeletedSkill as BetaDeletedSkill
    from .._models.deleted_skill_version import DeletedSkillVersion as BetaDeletedSkillVersion
    from .._models.diagnostics import Diagnostics as BetaDiagnostics
    from .._models.direct_caller import DirectCaller as BetaDirectCaller
    from .._models.document_block import DocumentBlock as BetaDocumentBlock
    from .._models.document_source import DocumentSource as BetaDocumentSource
    from .._models.effort_capability import EffortCapability as BetaEffortCapability
    from .._models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock as BetaEncryptedCodeExecutionResultBlock,
    )
    from .._models.enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails as BetaEnforcedSpendLimitReachedErrorDetails,
    )
    from .._models.error_details import ErrorDetails as BetaErrorDetails
    from .._models.error_event import ErrorEvent as BetaErrorEvent
    from .._models.error_object import ErrorObject as BetaErrorObject
    from .._models.error_response import ErrorResponse as BetaErrorResponse
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
    from .._models.fallback_message_iteration_usage import (
        FallbackMessageIterationUsage as BetaFallbackMessageIterationUsage,
    )
    from .._models.fallback_refusal_trigger import (
        FallbackRefusalTrigger as BetaFallbackRefusalTrigger,
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
    from .._models.image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails as BetaImageDimensionsTooLargeErrorDetails,
    )
    from .._models.input_json_delta import InputJSONDelta as BetaInputJSONDelta
    from .._models.input_json_delta import InputJSONDelta as BetaInputJsonDelta
    from .._models.input_transformation import InputTransformation as BetaInputTransformation
    from .._models.input_transformation_reason import (
        InputTransformationReason as BetaInputTransformationReason,
    )
    from .._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestError
    from .._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestErrorObject
    from .._models.iterations_usage import IterationsUsage as BetaIterationsUsage
    from .._models.known_model import KnownModel as BetaKnownModel
    from .._models.linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails as BetaLinkedOrganizationBillingUnavailableErrorDetails,
    )
    from .._models.linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails as BetaLinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from .._models.mcp_tool import MCPTool as BetaMCPTool
    from .._models.mcp_tool_listing_block import MCPToolListingBlock as BetaMCPToolListingBlock
    from .._models.mcp_tool_result_block import MCPToolResultBlock as BetaMCPToolResultBlock
    from .._models.mcp_tool_use_block import MCPToolUseBlock as BetaMCPToolUseBlock
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
    from .._models.model import Model as BetaModelParam
    from .._models.model_capabilities import ModelCapabilities as BetaModelCapabilities
    from .._models.model_info import ModelInfo as BetaModelInfo
    from .._models.model_info_page import ModelInfoPage as BetaModelInfoPage
    from .._models.model_lifecycle import ModelLifecycle as BetaModelLifecycle
    from .._models.model_line import ModelLine as BetaModelLine
    from .._models.not_found_error import NotFoundError as BetaNotFoundError
    from .._models.not_found_error import NotFoundError as BetaNotFoundErrorObject
    from .._models.organization_on_hold_error_details import (
        OrganizationOnHoldErrorDetails as BetaOrganizationOnHoldErrorDetails,
    )
    from .._models.organization_type_not_supported_error_details import (
        OrganizationTypeNotSupportedErrorDetails as BetaOrganizationTypeNotSupportedErrorDetails,
    )
    from .._models.output_tokens_details import OutputTokensDetails as BetaOutputTokensDetails
    from .._models.overloaded_error import OverloadedError as BetaOverloadedError
    from .._models.overloaded_error import OverloadedError as BetaOverloadedErrorObject
    from .._models.parent_organization_required_error_details import (
        ParentOrganizationRequiredErrorDetails as BetaParentOrganizationRequiredErrorDetails,
    )
    from .._models.permission_error import PermissionError as BetaPermissionError
    from .._models.permission_error import PermissionError as BetaPermissionErrorObject
    from .._models.ping_event import PingEvent as BetaPingEvent
    from .._models.plain_text_source import PlainTextSource as BetaPlainTextSource
    from .._models.ramp_limit_exceeded_error_details import (
        RampLimitExceededErrorDetails as BetaRampLimitExceededErrorDetails,
    )
    from .._models.rate_limit_error import RateLimitError as BetaRateLimitError
    from .._models.rate_limit_error import RateLimitError as BetaRateLimitErrorObject
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
    from .._models.redacted_thinking_block import RedactedThinkingBlock as BetaRedactedThinkingBlock
    from .._models.refusal_category import RefusalCategory as BetaRefusalCategory
    from .._models.refusal_stop_details import RefusalStopDetails as BetaRefusalStopDetails
    from .._models.request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails as BetaRequestBodyEncodingInvalidErrorDetails,
    )
    from .._models.request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails as BetaRequestBodyEncodingUnsupportedErrorDetails,
    )
    from .._models.request_body_too_large_after_decoding_error_details import (
        RequestBodyTooLargeAfterDecodingErrorDetails as BetaRequestBodyTooLargeAfterDecodingErrorDetails,
    )
    from .._models.sandbox_egress_restricted_error_details import (
        SandboxEgressRestrictedErrorDetails as BetaSandboxEgressRestrictedErrorDetails,
    )
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
    from .._models.signature_delta import SignatureDelta as BetaSignatureDelta
    from .._models.skill import Skill as BetaSkill
    from .._models.skill_page import SkillPage as BetaSkillPage
    from .._models.skill_read_blocked_undecryptable_error_details import (
        SkillReadBlockedUndecryptableErrorDetails as BetaSkillReadBlockedUndecryptableErrorDetails,
    )
    from .._models.skill_source import SkillSource as BetaSkillSource
    from .._models.skill_source_type import SkillSourceType as BetaSkillSourceType
    from .._models.skill_version import SkillVersion as BetaSkillVersion
    from .._models.skill_version_page import SkillVersionPage as BetaSkillVersionPage
    from .._models.speed import Speed as BetaSpeed
    from .._models.stop_reason import StopReason as BetaStopReason
    from .._models.storage_not_ready_error_details import (
        StorageNotReadyErrorDetails as BetaStorageNotReadyErrorDetails,
    )
    from .._models.storage_quota_exceeded_error_details import (
        StorageQuotaExceededErrorDetails as BetaStorageQuotaExceededErrorDetails,
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
    from .._models.tool_addition_block import ToolAdditionBlock as BetaToolAdditionBlock
    from .._models.tool_addition_tool import ToolAdditionTool as BetaToolAdditionTool
    from .._models.tool_caller import ToolCaller as BetaToolCaller
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
    from .._models.tool_name_conflict_error_details import (
        ToolNameConflictErrorDetails as BetaToolNameConflictErrorDetails,
    )
    from .._models.tool_reference_block import ToolReferenceBlock as BetaToolReferenceBlock
    from .._models.tool_reference_unresolved_error_details import (
        ToolReferenceUnresolvedErrorDetails as BetaToolReferenceUnresolvedErrorDetails,
    )
    from .._models.tool_removal_block import ToolRemovalBlock as BetaToolRemovalBlock
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
    from .._models.tool_use_block import ToolUseBlock as BetaToolUseBlock
    from .._models.usage import Usage as BetaUsage
    from .._models.usage_iteration import UsageIteration as BetaUsageIteration
    from .._models.usage_service_tier import UsageServiceTier as BetaUsageServiceTier
    from .._models.user_profile_billing_not_authorized_error_details import (
        UserProfileBillingNotAuthorizedErrorDetails as BetaUserProfileBillingNotAuthorizedErrorDetails,
    )
    from .._models.user_profile_not_billable_error_details import (
        UserProfileNotBillableErrorDetails as BetaUserProfileNotBillableErrorDetails,
    )
    from .._models.user_profile_not_found_error_details import (
        UserProfileNotFoundErrorDetails as BetaUserProfileNotFoundErrorDetails,
    )
    from .._models.user_profile_required_error_details import (
        UserProfileRequiredErrorDetails as BetaUserProfileRequiredErrorDetails,
    )
    from .._models.web_fetch_block import WebFetchBlock as BetaWebFetchBlock
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
    from .._models.web_search_result_block import WebSearchResultBlock as BetaWebSearchResultBlock
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
    from .._models.workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails as BetaWorkspaceHumanReviewDisabledErrorDetails,
    )
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
    from .._params.advisor_tool_result_error_param import (
        AdvisorToolResultErrorParam as BetaAdvisorToolResultErrorParam,
    )
    from .._params.all_thinking_turns_param import (
        AllThinkingTurnsParam as BetaAllThinkingTurnsParam,
    )
    from .._params.allowed_caller import AllowedCaller as BetaAllowedCaller
    from .._params.anthropic_beta_param import AnthropicBetaParam as BetaAnthropicBetaParam
    from .._params.base64_image_source_param import (
        Base64ImageSourceParam as BetaBase64ImageSourceParam,
    )
    from .._params.base64_pdf_source import Base64PDFSource as BetaBase64PDFSourceParam
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
    from .._params.bash_code_execution_tool_result_error_param import (
        BashCodeExecutionToolResultErrorParam as BetaBashCodeExecutionToolResultErrorParam,
    )
    from .._params.batch_create_params import BatchCreateParams as BetaBatchCreateParams
    from .._params.batch_list_params import BatchListParams as BetaBatchListParams
    from .._params.batch_request_param import BatchRequestParam as BetaBatchRequestParam
    from .._params.bill_to import BillTo as BetaBillTo
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
    from .._params.cache_control_ephemeral_param import (
        CacheControlEphemeralParam as BetaCacheControlEphemeralParam,
    )
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
    from .._params.citations_config_param import CitationsConfigParam as BetaCitationsConfigParam
    from .._params.citations_config_param import (
        CitationsConfigParam as BetaCitationsConfigParamParam,
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
    from .._params.diagnostics_param import DiagnosticsParam as BetaDiagnosticsParam
    from .._params.direct_caller import DirectCaller as BetaDirectCallerParam
    from .._params.document_block_param import DocumentBlockParam as BetaDocumentBlockParam
    from .._params.document_block_param import DocumentBlockParam as BetaRequestDocumentBlockParam
    from .._params.document_source_param import DocumentSourceParam as BetaDocumentSourceParam
    from .._params.effort_level import EffortLevel as BetaEffortLevel
    from .._params.encrypted_code_execution_result_block_param import (
        EncryptedCodeExecutionResultBlockParam as BetaEncryptedCodeExecutionResultBlockParam,
    )
    from .._params.fallback_block_param import FallbackBlockParam as BetaFallbackBlockParam
    from .._params.fallback_config_param import FallbackConfigParam as BetaFallbackConfigParam
    from .._params.fallback_credit_token import FallbackCreditToken as BetaFallbackCreditToken
    from .._params.fallback_credit_token_param import (
        FallbackCreditTokenParam as BetaFallbackCreditTokenParam,
    )
    from .._params.fallback_hop_info_param import FallbackHopInfoParam as BetaFallbackHopInfoParam
    from .._params.fallbacks import Fallbacks as BetaFallbacks
    from .._params.file_document_source_param import (
        FileDocumentSourceParam as BetaFileDocumentSourceParam,
    )
    from .._params.file_image_source_param import FileImageSourceParam as BetaFileImageSourceParam
    from .._params.file_list_params import FileListParams as BetaFileListParams
    from .._params.file_list_params import FileListParams as FileListParams
    from .._params.file_upload_params import FileUploadParams as BetaFileUploadParams
    from .._params.file_upload_params import FileUploadParams as FileUploadParams
    from .._params.image_block_param import ImageBlockParam as BetaImageBlockParam
    from .._params.image_source_param import ImageSourceParam as BetaImageSourceParam
    from .._params.image_transformations_param import (
        ImageTransformationsParam as BetaImageTransformationsParam,
    )
    from .._params.input_tokens_clear_at_least_param import (
        InputTokensClearAtLeastParam as BetaInputTokensClearAtLeastParam,
    )
    from .._params.input_tokens_trigger_param import (
        InputTokensTriggerParam as BetaInputTokensTriggerParam,
    )
    from .._params.json_output_format_param import (
        JSONOutputFormatParam as BetaJSONOutputFormatParam,
    )
    from .._params.known_beta import KnownBeta as BetaKnownBeta
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
    from .._params.mcp_tool_param import MCPToolParam as BetaMCPToolParam
    from .._params.mcp_tool_result_block_param import (
        MCPToolResultBlockParam as BetaMCPToolResultBlockParam,
    )
    from .._params.mcp_tool_result_block_param import (
        MCPToolResultBlockParam as BetaRequestMCPToolResultBlockParam,
    )
    from .._params.mcp_tool_use_block_param import MCPToolUseBlockParam as BetaMCPToolUseBlockParam
    from .._params.mcp_toolset_param import MCPToolsetParam as BetaMCPToolsetParam
    from .._params.memory_tool20250818_param import (
        MemoryTool20250818Param as BetaMemoryTool20250818Param,
    )
    from .._params.message_content_param import MessageContentParam as BetaMessageContentParam
    from .._params.message_count_tokens_params import (
        MessageCountTokensParams as BetaMessageCountTokensParams,
    )
    from .._params.message_count_tokens_params import (
        MessageCountTokensParams as MessageCountTokensParams,
    )
    from .._params.message_create_params import MessageCreateParams as BetaMessageCreateParams
    from .._params.message_create_params import MessageCreateParams as MessageCreateParams
    from .._params.message_param import MessageParam as BetaAssistantMessageParam
    from .._params.message_param import MessageParam as BetaMessageParam
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
    from .._params.model_list_params import ModelListParams as BetaModelListParams
    from .._params.model_list_params import ModelListParams as ModelListParams
    from .._params.output_config_param import OutputConfigParam as BetaOutputConfigParam
    from .._params.plain_text_source import PlainTextSource as BetaPlainTextSourceParam
    from .._params.redacted_thinking_block_param import (
        RedactedThinkingBlockParam as BetaRedactedThinkingBlockParam,
    )
    from .._params.search_result_block_param import (
        SearchResultBlockParam as BetaSearchResultBlockParam,
    )
    from .._params.server_tool_caller import ServerToolCaller as BetaServerToolCallerParam
    from .._params.server_tool_caller20260120 import (
        ServerToolCaller20260120 as BetaServerToolCaller20260120Param,
    )
    from .._params.server_tool_use_block_param import (
        ServerToolUseBlockParam as BetaServerToolUseBlockParam,
    )
    from .._params.skill_create_params import SkillCreateParams as BetaSkillCreateParams
    from .._params.skill_create_params import SkillCreateParams as SkillCreateParams
    from .._params.skill_list_params import SkillListParams as BetaSkillListParams
    from .._params.skill_list_params import SkillListParams as SkillListParams
    from .._params.skill_version_create_params import (
        SkillVersionCreateParams as BetaSkillVersionCreateParams,
    )
    from .._params.skill_version_create_params import (
        SkillVersionCreateParams as BetaVersionCreateParams,
    )
    from .._params.skills import Skills as BetaSkills
    from .._params.state_changes import StateChanges as BetaStateChanges
    from .._params.system_message_clear_at import SystemMessageClearAt as BetaSystemMessageClearAt
    from .._params.system_message_output_config_param import (
        SystemMessageOutputConfigParam as BetaSystemMessageOutputConfigParam,
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
    from .._params.thinking_display_mode import ThinkingDisplayMode as BetaThinkingDisplayMode
    from .._params.thinking_prefix_mismatch_behavior import (
        ThinkingPrefixMismatchBehavior as BetaThinkingPrefixMismatchBehavior,
    )
    from .._params.thinking_turns_param import ThinkingTurnsParam as BetaThinkingTurnsParam
    from .._params.token_task_budget_param import TokenTaskBudgetParam as BetaTokenTaskBudgetParam
    from .._params.tool_addition_block_param import (
        ToolAdditionBlockParam as BetaRequestToolAdditionBlockParam,
    )
    from .._params.tool_addition_block_param import (
        ToolAdditionBlockParam as BetaToolAdditionBlockParam,
    )
    from .._params.tool_bash20241022_param import ToolBash20241022Param as BetaToolBash20241022Param
    from .._params.tool_bash20250124_param import ToolBash20250124Param as BetaToolBash20250124Param
    from .._params.tool_change_mcp_tool_reference_param import (
        ToolChangeMCPToolReferenceParam as BetaToolChangeMCPToolReferenceParam,
    )
    from .._params.tool_change_mcp_toolset_reference_param import (
        ToolChangeMCPToolsetReferenceParam as BetaToolChangeMCPToolsetReferenceParam,
    )
    from .._params.tool_change_reference_param import (
        ToolChangeReferenceParam as BetaToolChangeReferenceParam,
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
    from .._params.url_image_source_param import URLImageSourceParam as BetaURLImageSourceParam
    from .._params.urlpdf_source_param import URLPDFSourceParam as BetaURLPDFSourceParam
    from .._params.user_location_param import UserLocationParam as BetaUserLocationParam
    from .._params.version_list_params import VersionListParams as BetaVersionListParams
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
    from .._params.web_fetch_url_source_all_param import (
        WebFetchURLSourceAllParam as BetaWebFetchURLSourceAllParam,
    )
    from .._params.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam as BetaWebFetchURLSourceExceptParam,
    )
    from .._params.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam as BetaWebFetchURLSourceNoneParam,
    )
    from .._params.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam as BetaWebFetchURLSourceOnlyParam,
    )
    from .._params.web_fetch_url_source_tool_filter_param import (
        WebFetchURLSourceToolFilterParam as BetaWebFetchURLSourceToolFilterParam,
    )
    from .._params.web_fetch_url_source_tool_reference_param import (
        WebFetchURLSourceToolReferenceParam as BetaWebFetchURLSourceToolReferenceParam,
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
    from .._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as BetaWebSearchToolRequestErrorObjectParam,
    )
    from .._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as BetaWebSearchToolRequestErrorParam,
    )
    from .._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as BetaWebSearchToolResultErrorParam,
    )

# Public name → (module under `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaAPIErrorObject": ("_models.api_error_object", "APIErrorObject"),
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
    "BetaAdvisorToolResultErrorObject": (
        "_models.advisor_tool_result_error",
        "AdvisorToolResultError",
    ),
    "BetaAdvisorToolResultErrorParam": (
        "_params.advisor_tool_result_error_param",
        "AdvisorToolResultErrorParam",
    ),
    "BetaAllThinkingTurnsParam": ("_params.all_thinking_turns_param", "AllThinkingTurnsParam"),
    "BetaAllowedCaller": ("_params.allowed_caller", "AllowedCaller"),
    "BetaAnthropicBetaParam": ("_params.anthropic_beta_param", "AnthropicBetaParam"),
    "BetaAppliedContextManagementEdit": (
        "_models.applied_context_management_edit",
        "AppliedContextManagementEdit",
    ),
    "BetaAssistantMessageParam": ("_params.message_param", "MessageParam"),
    "BetaAuthenticationError": ("_models.authentication_error", "AuthenticationError"),
    "BetaAuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "BetaAvailableToolsLimitExceededErrorDetails": (
        "_models.available_tools_limit_exceeded_error_details",
        "AvailableToolsLimitExceededErrorDetails",
    ),
    "BetaBase64ImageSourceParam": ("_params.base64_image_source_param", "Base64ImageSourceParam"),
    "BetaBase64PDFSource": ("_models.base64_pdf_source", "Base64PDFSource"),
    "BetaBase64PDFSourceParam": ("_params.base64_pdf_source", "Base64PDFSource"),
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
    "BetaBashCodeExecutionToolResultErrorObject": (
        "_models.bash_code_execution_tool_result_error",
        "BashCodeExecutionToolResultError",
    ),
    "BetaBashCodeExecutionToolResultErrorParam": (
        "_params.bash_code_execution_tool_result_error_param",
        "BashCodeExecutionToolResultErrorParam",
    ),
    "BetaBatchCreateParams": ("_params.batch_create_params", "BatchCreateParams"),
    "BetaBatchListParams": ("_params.batch_list_params", "BatchListParams"),
    "BetaBatchRequestParam": ("_params.batch_request_param", "BatchRequestParam"),
    "BetaBillTo": ("_params.bill_to", "BillTo"),
    "BetaBillingError": ("_models.billing_error", "BillingError"),
    "BetaBillingErrorObject": ("_models.billing_error", "BillingError"),
    "BetaBillingPolicyParam": ("_params.billing_policy_param", "BillingPolicyParam"),
    "BetaBrowserCloseTabConfigParam": (
        "_params.browser_close_tab_config_param",
        "BrowserCloseTabConfigParam",
    ),
    "BetaBrowserDoubleClickConfigParam": (
        "_params.browser_double_click_config_param",
        "BrowserDoubleClickConfigParam",
    ),
    "BetaBrowserFileUploadConfigParam": (
        "_params.browser_file_upload_config_param",
        "BrowserFileUploadConfigParam",
    ),
    "BetaBrowserFindConfigParam": ("_params.browser_find_config_param", "BrowserFindConfigParam"),
    "BetaBrowserFormInputConfigParam": (
        "_params.browser_form_input_config_param",
        "BrowserFormInputConfigParam",
    ),
    "BetaBrowserGetPageTextConfigParam": (
        "_params.browser_get_page_text_config_param",
        "BrowserGetPageTextConfigParam",
    ),
    "BetaBrowserHoldKeyConfigParam": (
        "_params.browser_hold_key_config_param",
        "BrowserHoldKeyConfigParam",
    ),
    "BetaBrowserHoverConfigParam": (
        "_params.browser_hover_config_param",
        "BrowserHoverConfigParam",
    ),
    "BetaBrowserJavascriptExecConfigParam": (
        "_params.browser_javascript_exec_config_param",
        "BrowserJavascriptExecConfigParam",
    ),
    "BetaBrowserKeyConfigParam": ("_params.browser_key_config_param", "BrowserKeyConfigParam"),
    "BetaBrowserLeftClickConfigParam": (
        "_params.browser_left_click_config_param",
        "BrowserLeftClickConfigParam",
    ),
    "BetaBrowserLeftClickDragConfigParam": (
        "_params.browser_left_click_drag_config_param",
        "BrowserLeftClickDragConfigParam",
    ),
    "BetaBrowserLeftMouseDownConfigParam": (
        "_params.browser_left_mouse_down_config_param",
        "BrowserLeftMouseDownConfigParam",
    ),
    "BetaBrowserLeftMouseUpConfigParam": (
        "_params.browser_left_mouse_up_config_param",
        "BrowserLeftMouseUpConfigParam",
    ),
    "BetaBrowserListTabsConfigParam": (
        "_params.browser_list_tabs_config_param",
        "BrowserListTabsConfigParam",
    ),
    "BetaBrowserMiddleClickConfigParam": (
        "_params.browser_middle_click_config_param",
        "BrowserMiddleClickConfigParam",
    ),
    "BetaBrowserMouseMoveConfigParam": (
        "_params.browser_mouse_move_config_param",
        "BrowserMouseMoveConfigParam",
    ),
    "BetaBrowserNavigateConfigParam": (
        "_params.browser_navigate_config_param",
        "BrowserNavigateConfigParam",
    ),
    "BetaBrowserNewTabConfigParam": (
        "_params.browser_new_tab_config_param",
        "BrowserNewTabConfigParam",
    ),
    "BetaBrowserReadConsoleConfigParam": (
        "_params.browser_read_console_config_param",
        "BrowserReadConsoleConfigParam",
    ),
    "BetaBrowserReadNetworkConfigParam": (
        "_params.browser_read_network_config_param",
        "BrowserReadNetworkConfigParam",
    ),
    "BetaBrowserReadPageConfigParam": (
        "_params.browser_read_page_config_param",
        "BrowserReadPageConfigParam",
    ),
    "BetaBrowserRightClickConfigParam": (
        "_params.browser_right_click_config_param",
        "BrowserRightClickConfigParam",
    ),
    "BetaBrowserScreenshotConfigParam": (
        "_params.browser_screenshot_config_param",
        "BrowserScreenshotConfigParam",
    ),
    "BetaBrowserScrollConfigParam": (
        "_params.browser_scroll_config_param",
        "BrowserScrollConfigParam",
    ),
    "BetaBrowserScrollToConfigParam": (
        "_params.browser_scroll_to_config_param",
        "BrowserScrollToConfigParam",
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
    "BetaBrowserSwitchTabConfigParam": (
        "_params.browser_switch_tab_config_param",
        "BrowserSwitchTabConfigParam",
    ),
    "BetaBrowserToolset20260801Param": (
        "_params.browser_toolset20260801_param",
        "BrowserToolset20260801Param",
    ),
    "BetaBrowserToolsetConfigsParam": (
        "_params.browser_toolset_configs_param",
        "BrowserToolsetConfigsParam",
    ),
    "BetaBrowserTripleClickConfigParam": (
        "_params.browser_triple_click_config_param",
        "BrowserTripleClickConfigParam",
    ),
    "BetaBrowserTypeConfigParam": ("_params.browser_type_config_param", "BrowserTypeConfigParam"),
    "BetaBrowserWaitConfigParam": ("_params.browser_wait_config_param", "BrowserWaitConfigParam"),
    "BetaBrowserZoomConfigParam": ("_params.browser_zoom_config_param", "BrowserZoomConfigParam"),
    "BetaCMEKContextUnavailableErrorDetails": (
        "_models.cmek_context_unavailable_error_details",
        "CMEKContextUnavailableErrorDetails",
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
    "BetaCacheControlEphemeralParam": (
        "_params.cache_control_ephemeral_param",
        "CacheControlEphemeralParam",
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
    "BetaCapabilitySupport": ("_models.capability_support", "CapabilitySupport"),
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
    "BetaCitationsConfigParam": ("_params.citations_config_param", "CitationsConfigParam"),
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
    "BetaClaudeCodeVersionTooOldErrorDetails": (
        "_models.claude_code_version_too_old_error_details",
        "ClaudeCodeVersionTooOldErrorDetails",
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
    "BetaCodeExecutionTool20250522Param": (
        "_params.code_execution_tool20250522_param",
        "CodeExecutionTool20250522Param",
    ),
    "BetaCodeExecutionTool20250825Param": (
        "_params.code_execution_tool20250825_param",
        "CodeExecutionTool20250825Param",
    ),
    "BetaCodeExecutionTool20260120Param": (
        "_params.code_execution_tool20260120_param",
        "CodeExecutionTool20260120Param",
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
    "BetaComputerCursorPositionConfigParam": (
        "_params.computer_cursor_position_config_param",
        "ComputerCursorPositionConfigParam",
    ),
    "BetaComputerDoubleClickConfigParam": (
        "_params.computer_double_click_config_param",
        "ComputerDoubleClickConfigParam",
    ),
    "BetaComputerHoldKeyConfigParam": (
        "_params.computer_hold_key_config_param",
        "ComputerHoldKeyConfigParam",
    ),
    "BetaComputerKeyConfigParam": ("_params.computer_key_config_param", "ComputerKeyConfigParam"),
    "BetaComputerLeftClickConfigParam": (
        "_params.computer_left_click_config_param",
        "ComputerLeftClickConfigParam",
    ),
    "BetaComputerLeftClickDragConfigParam": (
        "_params.computer_left_click_drag_config_param",
        "ComputerLeftClickDragConfigParam",
    ),
    "BetaComputerLeftMouseDownConfigParam": (
        "_params.computer_left_mouse_down_config_param",
        "ComputerLeftMouseDownConfigParam",
    ),
    "BetaComputerLeftMouseUpConfigParam": (
        "_params.computer_left_mouse_up_config_param",
        "ComputerLeftMouseUpConfigParam",
    ),
    "BetaComputerMiddleClickConfigParam": (
        "_params.computer_middle_click_config_param",
        "ComputerMiddleClickConfigParam",
    ),
    "BetaComputerMouseMoveConfigParam": (
        "_params.computer_mouse_move_config_param",
        "ComputerMouseMoveConfigParam",
    ),
    "BetaComputerRightClickConfigParam": (
        "_params.computer_right_click_config_param",
        "ComputerRightClickConfigParam",
    ),
    "BetaComputerScreenshotConfigParam": (
        "_params.computer_screenshot_config_param",
        "ComputerScreenshotConfigParam",
    ),
    "BetaComputerScrollConfigParam": (
        "_params.computer_scroll_config_param",
        "ComputerScrollConfigParam",
    ),
    "BetaComputerToolset20260801Param": (
        "_params.computer_toolset20260801_param",
        "ComputerToolset20260801Param",
    ),
    "BetaComputerToolsetConfigsParam": (
        "_params.computer_toolset_configs_param",
        "ComputerToolsetConfigsParam",
    ),
    "BetaComputerTripleClickConfigParam": (
        "_params.computer_triple_click_config_param",
        "ComputerTripleClickConfigParam",
    ),
    "BetaComputerTypeConfigParam": (
        "_params.computer_type_config_param",
        "ComputerTypeConfigParam",
    ),
    "BetaComputerWaitConfigParam": (
        "_params.computer_wait_config_param",
        "ComputerWaitConfigParam",
    ),
    "BetaComputerZoomConfigParam": (
        "_params.computer_zoom_config_param",
        "ComputerZoomConfigParam",
    ),
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
    "BetaCountTokensContextManagementResponse": (
        "_models.count_tokens_context_management_response",
        "CountTokensContextManagementResponse",
    ),
    "BetaDeletedFile": ("_models.deleted_file", "DeletedFile"),
    "BetaDeletedMessageBatch": ("_models.deleted_message_batch", "DeletedMessageBatch"),
    "BetaDeletedSkill": ("_models.deleted_skill", "DeletedSkill"),
    "BetaDeletedSkillVersion": ("_models.deleted_skill_version", "DeletedSkillVersion"),
    "BetaDiagnostics": ("_models.diagnostics", "Diagnostics"),
    "BetaDiagnosticsParam": ("_params.diagnostics_param", "DiagnosticsParam"),
    "BetaDirectCaller": ("_models.direct_caller", "DirectCaller"),
    "BetaDirectCallerParam": ("_params.direct_caller", "DirectCaller"),
    "BetaDocumentBlock": ("_models.document_block", "DocumentBlock"),
    "BetaDocumentBlockParam": ("_params.document_block_param", "DocumentBlockParam"),
    "BetaDocumentSource": ("_models.document_source", "DocumentSource"),
    "BetaDocumentSourceParam": ("_params.document_source_param", "DocumentSourceParam"),
    "BetaEffortCapability": ("_models.effort_capability", "EffortCapability"),
    "BetaEffortLevel": ("_params.effort_level", "EffortLevel"),
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
    "BetaErrorDetails": ("_models.error_details", "ErrorDetails"),
    "BetaErrorEvent": ("_models.error_event", "ErrorEvent"),
    "BetaErrorObject": ("_models.error_object", "ErrorObject"),
    "BetaErrorResponse": ("_models.error_response", "ErrorResponse"),
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
    "BetaFallbackMessageIterationUsage": (
        "_models.fallback_message_iteration_usage",
        "FallbackMessageIterationUsage",
    ),
    "BetaFallbackRefusalTrigger": ("_models.fallback_refusal_trigger", "FallbackRefusalTrigger"),
    "BetaFallbacks": ("_params.fallbacks", "Fallbacks"),
    "BetaFileDocumentSourceParam": (
        "_params.file_document_source_param",
        "FileDocumentSourceParam",
    ),
    "BetaFileExpiredErrorDetails": (
        "_models.file_expired_error_details",
        "FileExpiredErrorDetails",
    ),
    "BetaFileImageSourceParam": ("_params.file_image_source_param", "FileImageSourceParam"),
    "BetaFileListParams": ("_params.file_list_params", "FileListParams"),
    "BetaFileMetadata": ("_models.file_metadata", "FileMetadata"),
    "BetaFileMetadataPage": ("_models.file_metadata_page", "FileMetadataPage"),
    "BetaFileNotDownloadableErrorDetails": (
        "_models.file_not_downloadable_error_details",
        "FileNotDownloadableErrorDetails",
    ),
    "BetaFileScope": ("_models.file_scope", "FileScope"),
    "BetaFileUploadParams": ("_params.file_upload_params", "FileUploadParams"),
    "BetaGatewayTimeoutError": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "BetaGatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
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
    "BetaInvalidRequestError": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaInvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaIterationsUsage": ("_models.iterations_usage", "IterationsUsage"),
    "BetaJSONOutputFormatParam": ("_params.json_output_format_param", "JSONOutputFormatParam"),
    "BetaKnownBeta": ("_params.known_beta", "KnownBeta"),
    "BetaKnownModel": ("_models.known_model", "KnownModel"),
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
    "BetaMCPToolConfigParam": ("_params.mcp_tool_config_param", "MCPToolConfigParam"),
    "BetaMCPToolDefaultConfigParam": (
        "_params.mcp_tool_default_config_param",
        "MCPToolDefaultConfigParam",
    ),
    "BetaMCPToolListingBlock": ("_models.mcp_tool_listing_block", "MCPToolListingBlock"),
    "BetaMCPToolListingBlockParam": (
        "_params.mcp_tool_listing_block_param",
        "MCPToolListingBlockParam",
    ),
    "BetaMCPToolParam": ("_params.mcp_tool_param", "MCPToolParam"),
    "BetaMCPToolResultBlock": ("_models.mcp_tool_result_block", "MCPToolResultBlock"),
    "BetaMCPToolResultBlockParam": (
        "_params.mcp_tool_result_block_param",
        "MCPToolResultBlockParam",
    ),
    "BetaMCPToolUseBlock": ("_models.mcp_tool_use_block", "MCPToolUseBlock"),
    "BetaMCPToolUseBlockParam": ("_params.mcp_tool_use_block_param", "MCPToolUseBlockParam"),
    "BetaMCPToolsetParam": ("_params.mcp_toolset_param", "MCPToolsetParam"),
    "BetaMemoryTool20250818Param": ("_params.memory_tool20250818_param", "MemoryTool20250818Param"),
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
        "_params.message_count_tokens_params",
        "MessageCountTokensParams",
    ),
    "BetaMessageCountTokensToolParam": ("_params.tool_union_param", "ToolUnionParam"),
    "BetaMessageCreateParams": ("_params.message_create_params", "MessageCreateParams"),
    "BetaMessageCreateParamsContainerParam": ("_params.container_param", "ContainerParam"),
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
    "BetaModelLine": ("_models.model_line", "ModelLine"),
    "BetaModelListParams": ("_params.model_list_params", "ModelListParams"),
    "BetaModelParam": ("_models.model", "Model"),
    "BetaNotFoundError": ("_models.not_found_error", "NotFoundError"),
    "BetaNotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "BetaOrganizationOnHoldErrorDetails": (
        "_models.organization_on_hold_error_details",
        "OrganizationOnHoldErrorDetails",
    ),
    "BetaOrganizationTypeNotSupportedErrorDetails": (
        "_models.organization_type_not_supported_error_details",
        "OrganizationTypeNotSupportedErrorDetails",
    ),
    "BetaOutputConfigParam": ("_params.output_config_param", "OutputConfigParam"),
    "BetaOutputTokensDetails": ("_models.output_tokens_details", "OutputTokensDetails"),
    "BetaOverloadedError": ("_models.overloaded_error", "OverloadedError"),
    "BetaOverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "BetaParentOrganizationRequiredErrorDetails": (
        "_models.parent_organization_required_error_details",
        "ParentOrganizationRequiredErrorDetails",
    ),
    "BetaPermissionError": ("_models.permission_error", "PermissionError"),
    "BetaPermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "BetaPingEvent": ("_models.ping_event", "PingEvent"),
    "BetaPlainTextSource": ("_models.plain_text_source", "PlainTextSource"),
    "BetaPlainTextSourceParam": ("_params.plain_text_source", "PlainTextSource"),
    "BetaRampLimitExceededErrorDetails": (
        "_models.ramp_limit_exceeded_error_details",
        "RampLimitExceededErrorDetails",
    ),
    "BetaRateLimitError": ("_models.rate_limit_error", "RateLimitError"),
    "BetaRateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
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
    "BetaRedactedThinkingBlock": ("_models.redacted_thinking_block", "RedactedThinkingBlock"),
    "BetaRedactedThinkingBlockParam": (
        "_params.redacted_thinking_block_param",
        "RedactedThinkingBlockParam",
    ),
    "BetaRefusalCategory": ("_models.refusal_category", "RefusalCategory"),
    "BetaRefusalStopDetails": ("_models.refusal_stop_details", "RefusalStopDetails"),
    "BetaRequestBodyEncodingInvalidErrorDetails": (
        "_models.request_body_encoding_invalid_error_details",
        "RequestBodyEncodingInvalidErrorDetails",
    ),
    "BetaRequestBodyEncodingUnsupportedErrorDetails": (
        "_models.request_body_encoding_unsupported_error_details",
        "RequestBodyEncodingUnsupportedErrorDetails",
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
    "BetaRequestToolAdditionBlockParam": (
        "_params.tool_addition_block_param",
        "ToolAdditionBlockParam",
    ),
    "BetaRequestToolRemovalBlockParam": (
        "_params.tool_removal_block_param",
        "ToolRemovalBlockParam",
    ),
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
    "BetaSandboxEgressRestrictedErrorDetails": (
        "_models.sandbox_egress_restricted_error_details",
        "SandboxEgressRestrictedErrorDetails",
    ),
    "BetaSearchResultBlockParam": ("_params.search_result_block_param", "SearchResultBlockParam"),
    "BetaServerToolCaller": ("_models.server_tool_caller", "ServerToolCaller"),
    "BetaServerToolCaller20260120": (
        "_models.server_tool_caller20260120",
        "ServerToolCaller20260120",
    ),
    "BetaServerToolCaller20260120Param": (
        "_params.server_tool_caller20260120",
        "ServerToolCaller20260120",
    ),
    "BetaServerToolCallerParam": ("_params.server_tool_caller", "ServerToolCaller"),
    "BetaServerToolUsage": ("_models.server_tool_usage", "ServerToolUsage"),
    "BetaServerToolUseBlock": ("_models.server_tool_use_block", "ServerToolUseBlock"),
    "BetaServerToolUseBlockName": ("_models.server_tool_use_block_name", "ServerToolUseBlockName"),
    "BetaServerToolUseBlockParam": (
        "_params.server_tool_use_block_param",
        "ServerToolUseBlockParam",
    ),
    "BetaServerToolsCapability": ("_models.server_tools_capability", "ServerToolsCapability"),
    "BetaSignatureDelta": ("_models.signature_delta", "SignatureDelta"),
    "BetaSkill": ("_models.skill", "Skill"),
    "BetaSkillCreateParams": ("_params.skill_create_params", "SkillCreateParams"),
    "BetaSkillListParams": ("_params.skill_list_params", "SkillListParams"),
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
        "_params.skill_version_create_params",
        "SkillVersionCreateParams",
    ),
    "BetaSkillVersionPage": ("_models.skill_version_page", "SkillVersionPage"),
    "BetaSkills": ("_params.skills", "Skills"),
    "BetaSpeed": ("_models.speed", "Speed"),
    "BetaStateChanges": ("_params.state_changes", "StateChanges"),
    "BetaStopReason": ("_models.stop_reason", "StopReason"),
    "BetaStorageNotReadyErrorDetails": (
        "_models.storage_not_ready_error_details",
        "StorageNotReadyErrorDetails",
    ),
    "BetaStorageQuotaExceededErrorDetails": (
        "_models.storage_quota_exceeded_error_details",
        "StorageQuotaExceededErrorDetails",
    ),
    "BetaSystemMessageClearAt": ("_params.system_message_clear_at", "SystemMessageClearAt"),
    "BetaSystemMessageOutputConfigParam": (
        "_params.system_message_output_config_param",
        "SystemMessageOutputConfigParam",
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
    "BetaThinkingDisplayMode": ("_params.thinking_display_mode", "ThinkingDisplayMode"),
    "BetaThinkingDroppedInputTransformation": (
        "_models.thinking_dropped_input_transformation",
        "ThinkingDroppedInputTransformation",
    ),
    "BetaThinkingMismatchAllowedInputTransformation": (
        "_models.thinking_mismatch_allowed_input_transformation",
        "ThinkingMismatchAllowedInputTransformation",
    ),
    "BetaThinkingPrefixMismatchBehavior": (
        "_params.thinking_prefix_mismatch_behavior",
        "ThinkingPrefixMismatchBehavior",
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
    "BetaThreadCreateParams": ("_params.message_thread_create_param", "MessageThreadCreateParam"),
    "BetaThreadFingerprintMismatchErrorDetails": (
        "_models.thread_fingerprint_mismatch_error_details",
        "ThreadFingerprintMismatchErrorDetails",
    ),
    "BetaThreadNotFoundErrorDetails": (
        "_models.thread_not_found_error_details",
        "ThreadNotFoundErrorDetails",
    ),
    "BetaThreadUnsupportedRequestErrorDetails": (
        "_models.thread_unsupported_request_error_details",
        "ThreadUnsupportedRequestErrorDetails",
    ),
    "BetaThreadUnsupportedRequestErrorDetailsUnsupported": (
        "_models.thread_unsupported_request_error_details_unsupported",
        "ThreadUnsupportedRequestErrorDetailsUnsupported",
    ),
    "BetaTokenTaskBudgetParam": ("_params.token_task_budget_param", "TokenTaskBudgetParam"),
    "BetaToolAdditionBlock": ("_models.tool_addition_block", "ToolAdditionBlock"),
    "BetaToolAdditionBlockParam": ("_params.tool_addition_block_param", "ToolAdditionBlockParam"),
    "BetaToolAdditionTool": ("_models.tool_addition_tool", "ToolAdditionTool"),
    "BetaToolBash20241022Param": ("_params.tool_bash20241022_param", "ToolBash20241022Param"),
    "BetaToolBash20250124Param": ("_params.tool_bash20250124_param", "ToolBash20250124Param"),
    "BetaToolCaller": ("_models.tool_caller", "ToolCaller"),
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
    "BetaToolComputerUse20241022Param": (
        "_params.tool_computer_use20241022_param",
        "ToolComputerUse20241022Param",
    ),
    "BetaToolComputerUse20250124Param": (
        "_params.tool_computer_use20250124_param",
        "ToolComputerUse20250124Param",
    ),
    "BetaToolComputerUse20251124Param": (
        "_params.tool_computer_use20251124_param",
        "ToolComputerUse20251124Param",
    ),
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
    "BetaToolSearchToolBm2520251119Param": (
        "_params.tool_search_tool_bm2520251119_param",
        "ToolSearchToolBm2520251119Param",
    ),
    "BetaToolSearchToolBm25_20251119Param": (
        "_params.tool_search_tool_bm2520251119_param",
        "ToolSearchToolBm2520251119Param",
    ),
    "BetaToolSearchToolRegex20251119Param": (
        "_params.tool_search_tool_regex20251119_param",
        "ToolSearchToolRegex20251119Param",
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
    "BetaToolTextEditor20241022Param": (
        "_params.tool_text_editor20241022_param",
        "ToolTextEditor20241022Param",
    ),
    "BetaToolTextEditor20250124Param": (
        "_params.tool_text_editor20250124_param",
        "ToolTextEditor20250124Param",
    ),
    "BetaToolTextEditor20250429Param": (
        "_params.tool_text_editor20250429_param",
        "ToolTextEditor20250429Param",
    ),
    "BetaToolTextEditor20250728Param": (
        "_params.tool_text_editor20250728_param",
        "ToolTextEditor20250728Param",
    ),
    "BetaToolUnionParam": ("_params.tool_union_param", "ToolUnionParam"),
    "BetaToolUseBlock": ("_models.tool_use_block", "ToolUseBlock"),
    "BetaToolUseBlockParam": ("_params.tool_use_block_param", "ToolUseBlockParam"),
    "BetaToolUsesKeepParam": ("_params.tool_uses_keep_param", "ToolUsesKeepParam"),
    "BetaToolUsesTriggerParam": ("_params.tool_uses_trigger_param", "ToolUsesTriggerParam"),
    "BetaURLImageSourceParam": ("_params.url_image_source_param", "URLImageSourceParam"),
    "BetaURLPDFSourceParam": ("_params.urlpdf_source_param", "URLPDFSourceParam"),
    "BetaUsage": ("_models.usage", "Usage"),
    "BetaUsageIteration": ("_models.usage_iteration", "UsageIteration"),
    "BetaUsageServiceTier": ("_models.usage_service_tier", "UsageServiceTier"),
    "BetaUserLocationParam": ("_params.user_location_param", "UserLocationParam"),
    "BetaUserMessageParam": ("_params.message_param", "MessageParam"),
    "BetaUserProfileBillingNotAuthorizedErrorDetails": (
        "_models.user_profile_billing_not_authorized_error_details",
        "UserProfileBillingNotAuthorizedErrorDetails",
    ),
    "BetaUserProfileNotBillableErrorDetails": (
        "_models.user_profile_not_billable_error_details",
        "UserProfileNotBillableErrorDetails",
    ),
    "BetaUserProfileNotFoundErrorDetails": (
        "_models.user_profile_not_found_error_details",
        "UserProfileNotFoundErrorDetails",
    ),
    "BetaUserProfileRequiredErrorDetails": (
        "_models.user_profile_required_error_details",
        "UserProfileRequiredErrorDetails",
    ),
    "BetaVersionCreateParams": ("_params.skill_version_create_params", "SkillVersionCreateParams"),
    "BetaVersionListParams": ("_params.version_list_params", "VersionListParams"),
    "BetaWebFetchBlock": ("_models.web_fetch_block", "WebFetchBlock"),
    "BetaWebFetchBlockParam": ("_params.web_fetch_block_param", "WebFetchBlockParam"),
    "BetaWebFetchTool20250910Param": (
        "_params.web_fetch_tool20250910_param",
        "WebFetchTool20250910Param",
    ),
    "BetaWebFetchTool20260209Param": (
        "_params.web_fetch_tool20260209_param",
        "WebFetchTool20260209Param",
    ),
    "BetaWebFetchTool20260309Param": (
        "_params.web_fetch_tool20260309_param",
        "WebFetchTool20260309Param",
    ),
    "BetaWebFetchTool20260318Param": (
        "_params.web_fetch_tool20260318_param",
        "WebFetchTool20260318Param",
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
    "BetaWebFetchURLSourceAllParam": (
        "_params.web_fetch_url_source_all_param",
        "WebFetchURLSourceAllParam",
    ),
    "BetaWebFetchURLSourceExceptParam": (
        "_params.web_fetch_url_source_except_param",
        "WebFetchURLSourceExceptParam",
    ),
    "BetaWebFetchURLSourceNoneParam": (
        "_params.web_fetch_url_source_none_param",
        "WebFetchURLSourceNoneParam",
    ),
    "BetaWebFetchURLSourceOnlyParam": (
        "_params.web_fetch_url_source_only_param",
        "WebFetchURLSourceOnlyParam",
    ),
    "BetaWebFetchURLSourceToolFilterParam": (
        "_params.web_fetch_url_source_tool_filter_param",
        "WebFetchURLSourceToolFilterParam",
    ),
    "BetaWebFetchURLSourceToolReferenceParam": (
        "_params.web_fetch_url_source_tool_reference_param",
        "WebFetchURLSourceToolReferenceParam",
    ),
    "BetaWebFetchURLSourceUserInputParam": (
        "_params.web_fetch_url_source_user_input_param",
        "WebFetchURLSourceUserInputParam",
    ),
    "BetaWebFetchURLSourcesParam": (
        "_params.web_fetch_url_sources_param",
        "WebFetchURLSourcesParam",
    ),
    "BetaWebSearchResultBlock": ("_models.web_search_result_block", "WebSearchResultBlock"),
    "BetaWebSearchResultBlockParam": (
        "_params.web_search_result_block_param",
        "WebSearchResultBlockParam",
    ),
    "BetaWebSearchTool20250305Param": (
        "_params.web_search_tool20250305_param",
        "WebSearchTool20250305Param",
    ),
    "BetaWebSearchTool20260209Param": (
        "_params.web_search_tool20260209_param",
        "WebSearchTool20260209Param",
    ),
    "BetaWebSearchTool20260318Param": (
        "_params.web_search_tool20260318_param",
        "WebSearchTool20260318Param",
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
    "BetaWebSearchToolResultErrorObject": (
        "_models.web_search_tool_result_error",
        "WebSearchToolResultError",
    ),
    "BetaWebSearchToolResultErrorParam": (
        "_params.web_search_tool_result_error_param",
        "WebSearchToolResultErrorParam",
    ),
    "BetaWorkspaceHumanReviewDisabledErrorDetails": (
        "_models.workspace_human_review_disabled_error_details",
        "WorkspaceHumanReviewDisabledErrorDetails",
    ),
    "DeletedFile": ("_models.deleted_file", "DeletedFile"),
    "FileListParams": ("_params.file_list_params", "FileListParams"),
    "FileMetadata": ("_models.file_metadata", "FileMetadata"),
    "FileUploadParams": ("_params.file_upload_params", "FileUploadParams"),
    "MessageCountTokensParams": ("_params.message_count_tokens_params", "MessageCountTokensParams"),
    "MessageCreateParams": ("_params.message_create_params", "MessageCreateParams"),
    "ModelListParams": ("_params.model_list_params", "ModelListParams"),
    "SkillCreateParams": ("_params.skill_create_params", "SkillCreateParams"),
    "SkillListParams": ("_params.skill_list_params", "SkillListParams"),
}

__all__ = [
    "BetaAPIErrorObject",
    "BetaAdvisorMessageIterationUsage",
    "BetaAdvisorRedactedResultBlock",
    "BetaAdvisorRedactedResultBlockParam",
    "BetaAdvisorResultBlock",
    "BetaAdvisorResultBlockParam",
    "BetaAdvisorTool20260301Param",
    "BetaAdvisorToolResultBlock",
    "BetaAdvisorToolResultBlockParam",
    "BetaAdvisorToolResultContent",
    "BetaAdvisorToolResultContentParam",
    "BetaAdvisorToolResultError",
    "BetaAdvisorToolResultErrorCode",
    "BetaAdvisorToolResultErrorObject",
    "BetaAdvisorToolResultErrorParam",
    "BetaAllThinkingTurnsParam",
    "BetaAllowedCaller",
    "BetaAnthropicBetaParam",
    "BetaAppliedContextManagementEdit",
    "BetaAssistantMessageParam",
    "BetaAuthenticationError",
    "BetaAuthenticationErrorObject",
    "BetaAvailableToolsLimitExceededErrorDetails",
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
    "BetaBashCodeExecutionToolResultErrorObject",
    "BetaBashCodeExecutionToolResultErrorParam",
    "BetaBatchCreateParams",
    "BetaBatchListParams",
    "BetaBatchRequestParam",
    "BetaBillTo",
    "BetaBillingError",
    "BetaBillingErrorObject",
    "BetaBillingPolicyParam",
    "BetaBrowserCloseTabConfigParam",
    "BetaBrowserDoubleClickConfigParam",
    "BetaBrowserFileUploadConfigParam",
    "BetaBrowserFindConfigParam",
    "BetaBrowserFormInputConfigParam",
    "BetaBrowserGetPageTextConfigParam",
    "BetaBrowserHoldKeyConfigParam",
    "BetaBrowserHoverConfigParam",
    "BetaBrowserJavascriptExecConfigParam",
    "BetaBrowserKeyConfigParam",
    "BetaBrowserLeftClickConfigParam",
    "BetaBrowserLeftClickDragConfigParam",
    "BetaBrowserLeftMouseDownConfigParam",
    "BetaBrowserLeftMouseUpConfigParam",
    "BetaBrowserListTabsConfigParam",
    "BetaBrowserMiddleClickConfigParam",
    "BetaBrowserMouseMoveConfigParam",
    "BetaBrowserNavigateConfigParam",
    "BetaBrowserNewTabConfigParam",
    "BetaBrowserReadConsoleConfigParam",
    "BetaBrowserReadNetworkConfigParam",
    "BetaBrowserReadPageConfigParam",
    "BetaBrowserRightClickConfigParam",
    "BetaBrowserScreenshotConfigParam",
    "BetaBrowserScrollConfigParam",
    "BetaBrowserScrollToConfigParam",
    "BetaBrowserStateBlockParam",
    "BetaBrowserStateChangeDownloadCompletedParam",
    "BetaBrowserStateChangeDownloadFailedParam",
    "BetaBrowserStateChangeDownloadStartedParam",
    "BetaBrowserStateChangeParam",
    "BetaBrowserStateChangeTabOpenedParam",
    "BetaBrowserStateTabEntryParam",
    "BetaBrowserSwitchTabConfigParam",
    "BetaBrowserToolset20260801Param",
    "BetaBrowserToolsetConfigsParam",
    "BetaBrowserTripleClickConfigParam",
    "BetaBrowserTypeConfigParam",
    "BetaBrowserWaitConfigParam",
    "BetaBrowserZoomConfigParam",
    "BetaCMEKContextUnavailableErrorDetails",
    "BetaCMEKKeyDisabledErrorDetails",
    "BetaCMEKKeyNetworkBlockedErrorDetails",
    "BetaCMEKKeyUnreachableErrorDetails",
    "BetaCacheControlEphemeralParam",
    "BetaCacheCreation",
    "BetaCacheMissMessagesChanged",
    "BetaCacheMissModelChanged",
    "BetaCacheMissPreviousMessageNotFound",
    "BetaCacheMissReason",
    "BetaCacheMissSystemChanged",
    "BetaCacheMissToolsChanged",
    "BetaCacheMissUnavailable",
    "BetaCapabilitySupport",
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
    "BetaClaudeCodeVersionTooOldErrorDetails",
    "BetaClearThinking20251015EditParam",
    "BetaClearThinking20251015EditResponse",
    "BetaClearThinkingKeepParam",
    "BetaClearToolUses20250919EditParam",
    "BetaClearToolUses20250919EditResponse",
    "BetaClearToolUsesTriggerParam",
    "BetaCodeExecutionOutputBlock",
    "BetaCodeExecutionOutputBlockParam",
    "BetaCodeExecutionResultBlock",
    "BetaCodeExecutionResultBlockParam",
    "BetaCodeExecutionTool20250522Param",
    "BetaCodeExecutionTool20250825Param",
    "BetaCodeExecutionTool20260120Param",
    "BetaCodeExecutionTool20260521Param",
    "BetaCodeExecutionToolResultBlock",
    "BetaCodeExecutionToolResultBlockContent",
    "BetaCodeExecutionToolResultBlockParam",
    "BetaCodeExecutionToolResultBlockParamContentParam",
    "BetaCodeExecutionToolResultContent",
    "BetaCodeExecutionToolResultContentParam",
    "BetaCodeExecutionToolResultError",
    "BetaCodeExecutionToolResultErrorCode",
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
    "BetaComputerCursorPositionConfigParam",
    "BetaComputerDoubleClickConfigParam",
    "BetaComputerHoldKeyConfigParam",
    "BetaComputerKeyConfigParam",
    "BetaComputerLeftClickConfigParam",
    "BetaComputerLeftClickDragConfigParam",
    "BetaComputerLeftMouseDownConfigParam",
    "BetaComputerLeftMouseUpConfigParam",
    "BetaComputerMiddleClickConfigParam",
    "BetaComputerMouseMoveConfigParam",
    "BetaComputerRightClickConfigParam",
    "BetaComputerScreenshotConfigParam",
    "BetaComputerScrollConfigParam",
    "BetaComputerToolset20260801Param",
    "BetaComputerToolsetConfigsParam",
    "BetaComputerTripleClickConfigParam",
    "BetaComputerTypeConfigParam",
    "BetaComputerWaitConfigParam",
    "BetaComputerZoomConfigParam",
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
    "BetaCountTokensContextManagementResponse",
    "BetaDeletedFile",
    "BetaDeletedMessageBatch",
    "BetaDeletedSkill",
    "BetaDeletedSkillVersion",
    "BetaDiagnostics",
    "BetaDiagnosticsParam",
    "BetaDirectCaller",
    "BetaDirectCallerParam",
    "BetaDocumentBlock",
    "BetaDocumentBlockParam",
    "BetaDocumentSource",
    "BetaDocumentSourceParam",
    "BetaEffortCapability",
    "BetaEffortLevel",
    "BetaEncryptedCodeExecutionResultBlock",
    "BetaEncryptedCodeExecutionResultBlockParam",
    "BetaEnforcedSpendLimitReachedErrorDetails",
    "BetaErrorDetails",
    "BetaErrorEvent",
    "BetaErrorObject",
    "BetaErrorResponse",
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
    "BetaFallbackMessageIterationUsage",
    "BetaFallbackRefusalTrigger",
    "BetaFallbacks",
    "BetaFileDocumentSourceParam",
    "BetaFileExpiredErrorDetails",
    "BetaFileImageSourceParam",
    "BetaFileListParams",
    "BetaFileMetadata",
    "BetaFileMetadataPage",
    "BetaFileNotDownloadableErrorDetails",
    "BetaFileScope",
    "BetaFileUploadParams",
    "BetaGatewayTimeoutError",
    "BetaGatewayTimeoutErrorObject",
    "BetaImageBlockParam",
    "BetaImageDimensionsTooLargeErrorDetails",
    "BetaImageSourceParam",
    "BetaImageTransformationsParam",
    "BetaInputJSONDelta",
    "BetaInputJsonDelta",
    "BetaInputTokensClearAtLeastParam",
    "BetaInputTokensTriggerParam",
    "BetaInputTransformation",
    "BetaInputTransformationReason",
    "BetaInvalidRequestError",
    "BetaInvalidRequestErrorObject",
    "BetaIterationsUsage",
    "BetaJSONOutputFormatParam",
    "BetaKnownBeta",
    "BetaKnownModel",
    "BetaLinkedOrganizationBillingUnavailableErrorDetails",
    "BetaLinkedOrganizationSpendLimitReachedErrorDetails",
    "BetaMCPServerToolConfigurationParam",
    "BetaMCPServerURLDefinitionParam",
    "BetaMCPTool",
    "BetaMCPToolConfigParam",
    "BetaMCPToolDefaultConfigParam",
    "BetaMCPToolListingBlock",
    "BetaMCPToolListingBlockParam",
    "BetaMCPToolParam",
    "BetaMCPToolResultBlock",
    "BetaMCPToolResultBlockParam",
    "BetaMCPToolUseBlock",
    "BetaMCPToolUseBlockParam",
    "BetaMCPToolsetParam",
    "BetaMemoryTool20250818Param",
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
    "BetaMessageCreateParamsContainerParam",
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
    "BetaModelLine",
    "BetaModelListParams",
    "BetaModelParam",
    "BetaNotFoundError",
    "BetaNotFoundErrorObject",
    "BetaOrganizationOnHoldErrorDetails",
    "BetaOrganizationTypeNotSupportedErrorDetails",
    "BetaOutputConfigParam",
    "BetaOutputTokensDetails",
    "BetaOverloadedError",
    "BetaOverloadedErrorObject",
    "BetaParentOrganizationRequiredErrorDetails",
    "BetaPermissionError",
    "BetaPermissionErrorObject",
    "BetaPingEvent",
    "BetaPlainTextSource",
    "BetaPlainTextSourceParam",
    "BetaRampLimitExceededErrorDetails",
    "BetaRateLimitError",
    "BetaRateLimitErrorObject",
    "BetaRawContentBlockDelta",
    "BetaRawContentBlockDeltaEvent",
    "BetaRawContentBlockStartEvent",
    "BetaRawContentBlockStopEvent",
    "BetaRawMessageDeltaEvent",
    "BetaRawMessageStartEvent",
    "BetaRawMessageStopEvent",
    "BetaRawMessageStreamEvent",
    "BetaRedactedThinkingBlock",
    "BetaRedactedThinkingBlockParam",
    "BetaRefusalCategory",
    "BetaRefusalStopDetails",
    "BetaRequestBodyEncodingInvalidErrorDetails",
    "BetaRequestBodyEncodingUnsupportedErrorDetails",
    "BetaRequestBodyTooLargeAfterDecodingErrorDetails",
    "BetaRequestDocumentBlockParam",
    "BetaRequestMCPServerToolConfigurationParam",
    "BetaRequestMCPServerURLDefinitionParam",
    "BetaRequestMCPToolResultBlockParam",
    "BetaRequestToolAdditionBlockParam",
    "BetaRequestToolRemovalBlockParam",
    "BetaResponseToolChangeMCPToolReference",
    "BetaResponseToolChangeMCPToolsetReference",
    "BetaResponseToolChangeToolReference",
    "BetaSandboxEgressRestrictedErrorDetails",
    "BetaSearchResultBlockParam",
    "BetaServerToolCaller",
    "BetaServerToolCaller20260120",
    "BetaServerToolCaller20260120Param",
    "BetaServerToolCallerParam",
    "BetaServerToolUsage",
    "BetaServerToolUseBlock",
    "BetaServerToolUseBlockName",
    "BetaServerToolUseBlockParam",
    "BetaServerToolsCapability",
    "BetaSignatureDelta",
    "BetaSkill",
    "BetaSkillCreateParams",
    "BetaSkillListParams",
    "BetaSkillPage",
    "BetaSkillParams",
    "BetaSkillReadBlockedUndecryptableErrorDetails",
    "BetaSkillSource",
    "BetaSkillSourceType",
    "BetaSkillVersion",
    "BetaSkillVersionCreateParams",
    "BetaSkillVersionPage",
    "BetaSkills",
    "BetaSpeed",
    "BetaStateChanges",
    "BetaStopReason",
    "BetaStorageNotReadyErrorDetails",
    "BetaStorageQuotaExceededErrorDetails",
    "BetaSystemMessageClearAt",
    "BetaSystemMessageOutputConfigParam",
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
    "BetaThinkingDroppedInputTransformation",
    "BetaThinkingMismatchAllowedInputTransformation",
    "BetaThinkingPrefixMismatchBehavior",
    "BetaThinkingTurnsParam",
    "BetaThinkingTypes",
    "BetaThreadAlreadyContinuedErrorDetails",
    "BetaThreadContinueInFlightErrorDetails",
    "BetaThreadContinueParams",
    "BetaThreadCreateParams",
    "BetaThreadFingerprintMismatchErrorDetails",
    "BetaThreadNotFoundErrorDetails",
    "BetaThreadUnsupportedRequestErrorDetails",
    "BetaThreadUnsupportedRequestErrorDetailsUnsupported",
    "BetaTokenTaskBudgetParam",
    "BetaToolAdditionBlock",
    "BetaToolAdditionBlockParam",
    "BetaToolAdditionTool",
    "BetaToolBash20241022Param",
    "BetaToolBash20250124Param",
    "BetaToolCaller",
    "BetaToolChangeMCPToolReference",
    "BetaToolChangeMCPToolReferenceParam",
    "BetaToolChangeMCPToolsetReference",
    "BetaToolChangeMCPToolsetReferenceParam",
    "BetaToolChangeReference",
    "BetaToolChangeReferenceParam",
    "BetaToolChangeToolDefinition",
    "BetaToolChangeToolReference",
    "BetaToolChangeToolReferenceParam",
    "BetaToolChoiceAnyParam",
    "BetaToolChoiceAutoParam",
    "BetaToolChoiceNoneParam",
    "BetaToolChoiceParam",
    "BetaToolChoiceToolParam",
    "BetaToolComputerUse20241022Param",
    "BetaToolComputerUse20250124Param",
    "BetaToolComputerUse20251124Param",
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
    "BetaToolSearchToolBm2520251119Param",
    "BetaToolSearchToolBm25_20251119Param",
    "BetaToolSearchToolRegex20251119Param",
    "BetaToolSearchToolResultBlock",
    "BetaToolSearchToolResultBlockParam",
    "BetaToolSearchToolResultContent",
    "BetaToolSearchToolResultContentParam",
    "BetaToolSearchToolResultError",
    "BetaToolSearchToolResultErrorCode",
    "BetaToolSearchToolResultErrorObject",
    "BetaToolSearchToolResultErrorParam",
    "BetaToolSearchToolSearchResultBlock",
    "BetaToolSearchToolSearchResultBlockParam",
    "BetaToolTextEditor20241022Param",
    "BetaToolTextEditor20250124Param",
    "BetaToolTextEditor20250429Param",
    "BetaToolTextEditor20250728Param",
    "BetaToolUnionParam",
    "BetaToolUseBlock",
    "BetaToolUseBlockParam",
    "BetaToolUsesKeepParam",
    "BetaToolUsesTriggerParam",
    "BetaURLImageSourceParam",
    "BetaURLPDFSourceParam",
    "BetaUsage",
    "BetaUsageIteration",
    "BetaUsageServiceTier",
    "BetaUserLocationParam",
    "BetaUserMessageParam",
    "BetaUserProfileBillingNotAuthorizedErrorDetails",
    "BetaUserProfileNotBillableErrorDetails",
    "BetaUserProfileNotFoundErrorDetails",
    "BetaUserProfileRequiredErrorDetails",
    "BetaVersionCreateParams",
    "BetaVersionListParams",
    "BetaWebFetchBlock",
    "BetaWebFetchBlockParam",
    "BetaWebFetchTool20250910Param",
    "BetaWebFetchTool20260209Param",
    "BetaWebFetchTool20260309Param",
    "BetaWebFetchTool20260318Param",
    "BetaWebFetchToolResultBlock",
    "BetaWebFetchToolResultBlockParam",
    "BetaWebFetchToolResultContent",
    "BetaWebFetchToolResultContentParam",
    "BetaWebFetchToolResultErrorBlock",
    "BetaWebFetchToolResultErrorBlockParam",
    "BetaWebFetchToolResultErrorCode",
    "BetaWebFetchURLSourceAllParam",
    "BetaWebFetchURLSourceExceptParam",
    "BetaWebFetchURLSourceNoneParam",
    "BetaWebFetchURLSourceOnlyParam",
    "BetaWebFetchURLSourceToolFilterParam",
    "BetaWebFetchURLSourceToolReferenceParam",
    "BetaWebFetchURLSourceUserInputParam",
    "BetaWebFetchURLSourcesParam",
    "BetaWebSearchResultBlock",
    "BetaWebSearchResultBlockParam",
    "BetaWebSearchTool20250305Param",
    "BetaWebSearchTool20260209Param",
    "BetaWebSearchTool20260318Param",
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
    "BetaWebSearchToolResultErrorObject",
    "BetaWebSearchToolResultErrorParam",
    "BetaWorkspaceHumanReviewDisabledErrorDetails",
    "DeletedFile",
    "FileListParams",
    "FileMetadata",
    "FileUploadParams",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "ModelListParams",
    "SkillCreateParams",
    "SkillListParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"claude_api_client.types.{target[0]}"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
