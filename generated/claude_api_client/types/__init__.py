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
    from ._models.advisor_message_iteration_usage import (
        AdvisorMessageIterationUsage as AdvisorMessageIterationUsage,
    )
    from ._models.advisor_redacted_result_block import (
        AdvisorRedactedResultBlock as AdvisorRedactedResultBlock,
    )
    from ._models.advisor_result_block import AdvisorResultBlock as AdvisorResultBlock
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
    from ._models.api_error_object import APIErrorObject as APIErrorObject
    from ._models.api_error_object import APIErrorObject as BetaAPIErrorObject  # noqa: F401
    from ._models.applied_context_management_edit import (
        AppliedContextManagementEdit as AppliedContextManagementEdit,
    )
    from ._models.authentication_error import AuthenticationError as AuthenticationError
    from ._models.authentication_error import AuthenticationError as AuthenticationErrorObject  # noqa: F401
    from ._models.authentication_error import AuthenticationError as BetaAuthenticationErrorObject  # noqa: F401
    from ._models.available_tools_limit_exceeded_error_details import (
        AvailableToolsLimitExceededErrorDetails as AvailableToolsLimitExceededErrorDetails,
    )
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
    from ._models.billing_error import BillingError as BetaBillingErrorObject  # noqa: F401
    from ._models.billing_error import BillingError as BillingError
    from ._models.billing_error import BillingError as BillingErrorObject  # noqa: F401
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
    from ._models.capability_support import CapabilitySupport as CapabilitySupport
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
    from ._models.claude_code_version_too_old_error_details import (
        ClaudeCodeVersionTooOldErrorDetails as ClaudeCodeVersionTooOldErrorDetails,
    )
    from ._models.clear_thinking20251015_edit_response import (
        ClearThinking20251015EditResponse as ClearThinking20251015EditResponse,
    )
    from ._models.clear_tool_uses20250919_edit_response import (
        ClearToolUses20250919EditResponse as ClearToolUses20250919EditResponse,
    )
    from ._models.cmek_context_unavailable_error_details import (
        CMEKContextUnavailableErrorDetails as CMEKContextUnavailableErrorDetails,
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
    from ._models.code_execution_output_block import (
        CodeExecutionOutputBlock as CodeExecutionOutputBlock,
    )
    from ._models.code_execution_result_block import (
        CodeExecutionResultBlock as CodeExecutionResultBlock,
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
    from ._models.deleted_file import DeletedFile as DeletedFile
    from ._models.deleted_message_batch import DeletedMessageBatch as DeletedMessageBatch
    from ._models.deleted_skill import DeletedSkill as DeletedSkill
    from ._models.deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from ._models.diagnostics import Diagnostics as Diagnostics
    from ._models.direct_caller import DirectCaller as DirectCaller
    from ._models.document_block import DocumentBlock as DocumentBlock
    from ._models.document_source import DocumentSource as DocumentSource
    from ._models.effort_capability import EffortCapability as EffortCapability
    from ._models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock as EncryptedCodeExecutionResultBlock,
    )
    from ._models.enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails as EnforcedSpendLimitReachedErrorDetails,
    )
    from ._models.error_details import ErrorDetails as ErrorDetails
    from ._models.error_event import ErrorEvent as ErrorEvent
    from ._models.error_object import ErrorObject as BetaErrorObject  # noqa: F401
    from ._models.error_object import ErrorObject as ErrorObject
    from ._models.error_response import ErrorResponse as BetaErrorResponse  # noqa: F401
    from ._models.error_response import ErrorResponse as ErrorResponse
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
    from ._models.file_expired_error_details import (
        FileExpiredErrorDetails as FileExpiredErrorDetails,
    )
    from ._models.file_metadata import FileMetadata as FileMetadata
    from ._models.file_metadata_page import FileMetadataPage as FileMetadataPage
    from ._models.file_not_downloadable_error_details import (
        FileNotDownloadableErrorDetails as FileNotDownloadableErrorDetails,
    )
    from ._models.file_scope import FileScope as FileScope
    from ._models.gateway_timeout_error import GatewayTimeoutError as BetaGatewayTimeoutErrorObject  # noqa: F401
    from ._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from ._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutErrorObject  # noqa: F401
    from ._models.image_dimensions_too_large_error_details import (
        ImageDimensionsTooLargeErrorDetails as ImageDimensionsTooLargeErrorDetails,
    )
    from ._models.input_json_delta import InputJSONDelta as InputJSONDelta
    from ._models.input_json_delta import InputJSONDelta as InputJsonDelta  # noqa: F401
    from ._models.input_transformation import InputTransformation as InputTransformation
    from ._models.input_transformation_reason import (
        InputTransformationReason as InputTransformationReason,
    )
    from ._models.invalid_request_error import InvalidRequestError as BetaInvalidRequestErrorObject  # noqa: F401
    from ._models.invalid_request_error import InvalidRequestError as InvalidRequestError
    from ._models.invalid_request_error import InvalidRequestError as InvalidRequestErrorObject  # noqa: F401
    from ._models.iterations_usage import IterationsUsage as IterationsUsage
    from ._models.known_model import KnownModel as KnownModel
    from ._models.linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails as LinkedOrganizationBillingUnavailableErrorDetails,
    )
    from ._models.linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails as LinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from ._models.mcp_tool import MCPTool as MCPTool
    from ._models.mcp_tool_listing_block import MCPToolListingBlock as MCPToolListingBlock
    from ._models.mcp_tool_result_block import MCPToolResultBlock as MCPToolResultBlock
    from ._models.mcp_tool_use_block import MCPToolUseBlock as MCPToolUseBlock
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
    from ._models.model import Model as ModelParam  # noqa: F401
    from ._models.model_capabilities import ModelCapabilities as ModelCapabilities
    from ._models.model_info import ModelInfo as ModelInfo
    from ._models.model_info_page import ModelInfoPage as ModelInfoPage
    from ._models.model_lifecycle import ModelLifecycle as ModelLifecycle
    from ._models.model_line import ModelLine as ModelLine
    from ._models.not_found_error import NotFoundError as BetaNotFoundErrorObject  # noqa: F401
    from ._models.not_found_error import NotFoundError as NotFoundError
    from ._models.not_found_error import NotFoundError as NotFoundErrorObject  # noqa: F401
    from ._models.organization_on_hold_error_details import (
        OrganizationOnHoldErrorDetails as OrganizationOnHoldErrorDetails,
    )
    from ._models.organization_type_not_supported_error_details import (
        OrganizationTypeNotSupportedErrorDetails as OrganizationTypeNotSupportedErrorDetails,
    )
    from ._models.output_tokens_details import OutputTokensDetails as OutputTokensDetails
    from ._models.overloaded_error import OverloadedError as BetaOverloadedErrorObject  # noqa: F401
    from ._models.overloaded_error import OverloadedError as OverloadedError
    from ._models.overloaded_error import OverloadedError as OverloadedErrorObject  # noqa: F401
    from ._models.parent_organization_required_error_details import (
        ParentOrganizationRequiredErrorDetails as ParentOrganizationRequiredErrorDetails,
    )
    from ._models.permission_error import PermissionError as BetaPermissionErrorObject  # noqa: F401
    from ._models.permission_error import PermissionError as PermissionError
    from ._models.permission_error import PermissionError as PermissionErrorObject  # noqa: F401
    from ._models.ping_event import PingEvent as PingEvent
    from ._models.plain_text_source import PlainTextSource as PlainTextSource
    from ._models.ramp_limit_exceeded_error_details import (
        RampLimitExceededErrorDetails as RampLimitExceededErrorDetails,
    )
    from ._models.rate_limit_error import RateLimitError as BetaRateLimitErrorObject  # noqa: F401
    from ._models.rate_limit_error import RateLimitError as RateLimitError
    from ._models.rate_limit_error import RateLimitError as RateLimitErrorObject  # noqa: F401
    from ._models.raw_content_block_delta import RawContentBlockDelta as RawContentBlockDelta
    from ._models.raw_content_block_delta_event import (
        RawContentBlockDeltaEvent as RawContentBlockDeltaEvent,
    )
    from ._models.raw_content_block_start_event import (
        RawContentBlockStartEvent as RawContentBlockStartEvent,
    )
    from ._models.raw_content_block_stop_event import (
        RawContentBlockStopEvent as RawContentBlockStopEvent,
    )
    from ._models.raw_message_delta_event import RawMessageDeltaEvent as RawMessageDeltaEvent
    from ._models.raw_message_start_event import RawMessageStartEvent as RawMessageStartEvent
    from ._models.raw_message_stop_event import RawMessageStopEvent as RawMessageStopEvent
    from ._models.raw_message_stream_event import RawMessageStreamEvent as RawMessageStreamEvent
    from ._models.redacted_thinking_block import RedactedThinkingBlock as RedactedThinkingBlock
    from ._models.refusal_category import RefusalCategory as RefusalCategory
    from ._models.refusal_stop_details import RefusalStopDetails as RefusalStopDetails
    from ._models.request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails as RequestBodyEncodingInvalidErrorDetails,
    )
    from ._models.request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails as RequestBodyEncodingUnsupportedErrorDetails,
    )
    from ._models.request_body_too_large_after_decoding_error_details import (
        RequestBodyTooLargeAfterDecodingErrorDetails as RequestBodyTooLargeAfterDecodingErrorDetails,
    )
    from ._models.sandbox_egress_restricted_error_details import (
        SandboxEgressRestrictedErrorDetails as SandboxEgressRestrictedErrorDetails,
    )
    from ._models.server_tool_caller import ServerToolCaller as ServerToolCaller
    from ._models.server_tool_caller20260120 import (
        ServerToolCaller20260120 as ServerToolCaller20260120,
    )
    from ._models.server_tool_usage import ServerToolUsage as ServerToolUsage
    from ._models.server_tool_use_block import ServerToolUseBlock as ServerToolUseBlock
    from ._models.server_tool_use_block_name import ServerToolUseBlockName as ServerToolUseBlockName
    from ._models.server_tools_capability import ServerToolsCapability as ServerToolsCapability
    from ._models.signature_delta import SignatureDelta as SignatureDelta
    from ._models.skill import Skill as Skill
    from ._models.skill_page import SkillPage as SkillPage
    from ._models.skill_read_blocked_undecryptable_error_details import (
        SkillReadBlockedUndecryptableErrorDetails as SkillReadBlockedUndecryptableErrorDetails,
    )
    from ._models.skill_source import SkillSource as SkillSource
    from ._models.skill_source_type import SkillSourceType as SkillSourceType
    from ._models.skill_version import SkillVersion as SkillVersion
    from ._models.skill_version_page import SkillVersionPage as SkillVersionPage
    from ._models.speed import Speed as Speed
    from ._models.stop_reason import StopReason as StopReason
    from ._models.storage_not_ready_error_details import (
        StorageNotReadyErrorDetails as StorageNotReadyErrorDetails,
    )
    from ._models.storage_quota_exceeded_error_details import (
        StorageQuotaExceededErrorDetails as StorageQuotaExceededErrorDetails,
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
        ThreadUnsupportedRequestErrorDetailsUnsupported as ThreadUnsupportedRequestErrorDetailsUnsupported,
    )
    from ._models.tool_addition_block import ToolAdditionBlock as ToolAdditionBlock
    from ._models.tool_addition_tool import ToolAdditionTool as ToolAdditionTool
    from ._models.tool_caller import ToolCaller as ToolCaller
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
    from ._models.tool_name_conflict_error_details import (
        ToolNameConflictErrorDetails as ToolNameConflictErrorDetails,
    )
    from ._models.tool_reference_block import ToolReferenceBlock as ToolReferenceBlock
    from ._models.tool_reference_unresolved_error_details import (
        ToolReferenceUnresolvedErrorDetails as ToolReferenceUnresolvedErrorDetails,
    )
    from ._models.tool_removal_block import ToolRemovalBlock as ToolRemovalBlock
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
    from ._models.tool_use_block import ToolUseBlock as ToolUseBlock
    from ._models.unknown_advisor_tool_result_content import (
        UnknownAdvisorToolResultContent as UnknownAdvisorToolResultContent,
    )
    from ._models.unknown_applied_context_management_edit import (
        UnknownAppliedContextManagementEdit as UnknownAppliedContextManagementEdit,
    )
    from ._models.unknown_bash_code_execution_tool_result_content import (
        UnknownBashCodeExecutionToolResultContent as UnknownBashCodeExecutionToolResultContent,
    )
    from ._models.unknown_cache_miss_reason import UnknownCacheMissReason as UnknownCacheMissReason
    from ._models.unknown_code_execution_tool_result_content import (
        UnknownCodeExecutionToolResultContent as UnknownCodeExecutionToolResultContent,
    )
    from ._models.unknown_compaction_tool_change import (
        UnknownCompactionToolChange as UnknownCompactionToolChange,
    )
    from ._models.unknown_content_block import UnknownContentBlock as UnknownContentBlock
    from ._models.unknown_document_source import UnknownDocumentSource as UnknownDocumentSource
    from ._models.unknown_error_details import UnknownErrorDetails as UnknownErrorDetails
    from ._models.unknown_error_object import UnknownErrorObject as UnknownErrorObject
    from ._models.unknown_fallback_credit_status import (
        UnknownFallbackCreditStatus as UnknownFallbackCreditStatus,
    )
    from ._models.unknown_input_transformation import (
        UnknownInputTransformation as UnknownInputTransformation,
    )
    from ._models.unknown_message_batch_result import (
        UnknownMessageBatchResult as UnknownMessageBatchResult,
    )
    from ._models.unknown_raw_content_block_delta import (
        UnknownRawContentBlockDelta as UnknownRawContentBlockDelta,
    )
    from ._models.unknown_raw_message_stream_event import (
        UnknownRawMessageStreamEvent as UnknownRawMessageStreamEvent,
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
    from ._models.unknown_web_fetch_tool_result_content import (
        UnknownWebFetchToolResultContent as UnknownWebFetchToolResultContent,
    )
    from ._models.usage import Usage as Usage
    from ._models.usage_iteration import UsageIteration as UsageIteration
    from ._models.usage_service_tier import UsageServiceTier as UsageServiceTier
    from ._models.user_profile_billing_not_authorized_error_details import (
        UserProfileBillingNotAuthorizedErrorDetails as UserProfileBillingNotAuthorizedErrorDetails,
    )
    from ._models.user_profile_not_billable_error_details import (
        UserProfileNotBillableErrorDetails as UserProfileNotBillableErrorDetails,
    )
    from ._models.user_profile_not_found_error_details import (
        UserProfileNotFoundErrorDetails as UserProfileNotFoundErrorDetails,
    )
    from ._models.user_profile_required_error_details import (
        UserProfileRequiredErrorDetails as UserProfileRequiredErrorDetails,
    )
    from ._models.web_fetch_block import WebFetchBlock as WebFetchBlock
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
    from ._models.web_search_result_block import WebSearchResultBlock as WebSearchResultBlock
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
    from ._models.workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails as WorkspaceHumanReviewDisabledErrorDetails,
    )
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
    from ._params.advisor_tool_result_error_param import (
        AdvisorToolResultErrorParam as AdvisorToolResultErrorParam,
    )
    from ._params.all_thinking_turns_param import AllThinkingTurnsParam as AllThinkingTurnsParam
    from ._params.allowed_caller import AllowedCaller as AllowedCaller
    from ._params.anthropic_beta_param import AnthropicBetaParam as AnthropicBetaParam
    from ._params.base64_image_source_param import Base64ImageSourceParam as Base64ImageSourceParam
    from ._params.base64_pdf_source import Base64PDFSource as Base64PDFSourceParam  # noqa: F401
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
    from ._params.bash_code_execution_tool_result_error_param import (
        BashCodeExecutionToolResultErrorParam as BashCodeExecutionToolResultErrorParam,
    )
    from ._params.batch_create_params import BatchCreateParams as BatchCreateParams
    from ._params.batch_list_params import BatchListParams as BatchListParams
    from ._params.batch_request_param import BatchRequestParam as BatchRequestParam
    from ._params.bill_to import BillTo as BillTo
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
    from ._params.cache_control_ephemeral_param import (
        CacheControlEphemeralParam as CacheControlEphemeralParam,
    )
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
    from ._params.diagnostics_param import DiagnosticsParam as DiagnosticsParam
    from ._params.direct_caller import DirectCaller as DirectCallerParam  # noqa: F401
    from ._params.document_block_param import DocumentBlockParam as DocumentBlockParam
    from ._params.document_block_param import DocumentBlockParam as RequestDocumentBlockParam  # noqa: F401
    from ._params.document_source_param import DocumentSourceParam as DocumentSourceParam
    from ._params.effort_level import EffortLevel as EffortLevel
    from ._params.encrypted_code_execution_result_block_param import (
        EncryptedCodeExecutionResultBlockParam as EncryptedCodeExecutionResultBlockParam,
    )
    from ._params.fallback_block_param import FallbackBlockParam as FallbackBlockParam
    from ._params.fallback_config_param import FallbackConfigParam as FallbackConfigParam
    from ._params.fallback_credit_token import FallbackCreditToken as FallbackCreditToken
    from ._params.fallback_credit_token_param import (
        FallbackCreditTokenParam as FallbackCreditTokenParam,
    )
    from ._params.fallback_hop_info_param import FallbackHopInfoParam as FallbackHopInfoParam
    from ._params.fallbacks import Fallbacks as Fallbacks
    from ._params.file_document_source_param import (
        FileDocumentSourceParam as FileDocumentSourceParam,
    )
    from ._params.file_image_source_param import FileImageSourceParam as FileImageSourceParam
    from ._params.file_list_params import FileListParams as FileListParams
    from ._params.file_upload_params import FileUploadParams as FileUploadParams
    from ._params.image_block_param import ImageBlockParam as ImageBlockParam
    from ._params.image_source_param import ImageSourceParam as ImageSourceParam
    from ._params.image_transformations_param import (
        ImageTransformationsParam as ImageTransformationsParam,
    )
    from ._params.input_tokens_clear_at_least_param import (
        InputTokensClearAtLeastParam as InputTokensClearAtLeastParam,
    )
    from ._params.input_tokens_trigger_param import (
        InputTokensTriggerParam as InputTokensTriggerParam,
    )
    from ._params.json_output_format_param import JSONOutputFormatParam as JSONOutputFormatParam
    from ._params.known_beta import KnownBeta as KnownBeta
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
    from ._params.memory_tool20250818_param import (
        MemoryTool20250818Param as MemoryTool20250818Param,
    )
    from ._params.message_content_param import MessageContentParam as MessageContentParam
    from ._params.message_count_tokens_params import (
        MessageCountTokensParams as MessageCountTokensParams,
    )
    from ._params.message_create_params import MessageCreateParams as MessageCreateParams
    from ._params.message_param import MessageParam as AssistantMessageParam  # noqa: F401
    from ._params.message_param import MessageParam as MessageParam
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
    from ._params.model_list_params import ModelListParams as ModelListParams
    from ._params.output_config_param import OutputConfigParam as OutputConfigParam
    from ._params.plain_text_source import PlainTextSource as PlainTextSourceParam  # noqa: F401
    from ._params.redacted_thinking_block_param import (
        RedactedThinkingBlockParam as RedactedThinkingBlockParam,
    )
    from ._params.search_result_block_param import SearchResultBlockParam as SearchResultBlockParam
    from ._params.server_tool_caller import ServerToolCaller as ServerToolCallerParam  # noqa: F401
    from ._params.server_tool_caller20260120 import (
        ServerToolCaller20260120 as ServerToolCaller20260120Param,  # noqa: F401
    )
    from ._params.server_tool_use_block_param import (
        ServerToolUseBlockParam as ServerToolUseBlockParam,
    )
    from ._params.skill_create_params import SkillCreateParams as SkillCreateParams
    from ._params.skill_list_params import SkillListParams as SkillListParams
    from ._params.skill_version_create_params import (
        SkillVersionCreateParams as SkillVersionCreateParams,
    )
    from ._params.skill_version_create_params import SkillVersionCreateParams as VersionCreateParams  # noqa: F401
    from ._params.skills import Skills as Skills
    from ._params.state_changes import StateChanges as StateChanges
    from ._params.system_message_clear_at import SystemMessageClearAt as SystemMessageClearAt
    from ._params.system_message_output_config_param import (
        SystemMessageOutputConfigParam as SystemMessageOutputConfigParam,
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
    from ._params.thinking_display_mode import ThinkingDisplayMode as ThinkingDisplayMode
    from ._params.thinking_prefix_mismatch_behavior import (
        ThinkingPrefixMismatchBehavior as ThinkingPrefixMismatchBehavior,
    )
    from ._params.thinking_turns_param import ThinkingTurnsParam as ThinkingTurnsParam
    from ._params.token_task_budget_param import TokenTaskBudgetParam as TokenTaskBudgetParam
    from ._params.tool_addition_block_param import (
        ToolAdditionBlockParam as RequestToolAdditionBlockParam,  # noqa: F401
    )
    from ._params.tool_addition_block_param import ToolAdditionBlockParam as ToolAdditionBlockParam
    from ._params.tool_bash20241022_param import ToolBash20241022Param as ToolBash20241022Param
    from ._params.tool_bash20250124_param import ToolBash20250124Param as ToolBash20250124Param
    from ._params.tool_change_mcp_tool_reference_param import (
        ToolChangeMCPToolReferenceParam as ToolChangeMCPToolReferenceParam,
    )
    from ._params.tool_change_mcp_toolset_reference_param import (
        ToolChangeMCPToolsetReferenceParam as ToolChangeMCPToolsetReferenceParam,
    )
    from ._params.tool_change_reference_param import (
        ToolChangeReferenceParam as ToolChangeReferenceParam,
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
    from ._params.url_image_source_param import URLImageSourceParam as URLImageSourceParam
    from ._params.urlpdf_source_param import URLPDFSourceParam as URLPDFSourceParam
    from ._params.user_location_param import UserLocationParam as UserLocationParam
    from ._params.version_list_params import VersionListParams as VersionListParams
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
    from ._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as WebSearchToolRequestErrorObjectParam,  # noqa: F401
    )
    from ._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as WebSearchToolRequestErrorParam,  # noqa: F401
    )
    from ._params.web_search_tool_result_error_param import (
        WebSearchToolResultErrorParam as WebSearchToolResultErrorParam,
    )

_MODULES: dict[str, str] = {
    "APIErrorObject": "_models.api_error_object",
    "AdvisorMessageIterationUsage": "_models.advisor_message_iteration_usage",
    "AdvisorRedactedResultBlock": "_models.advisor_redacted_result_block",
    "AdvisorRedactedResultBlockParam": "_params.advisor_redacted_result_block_param",
    "AdvisorResultBlock": "_models.advisor_result_block",
    "AdvisorResultBlockParam": "_params.advisor_result_block_param",
    "AdvisorTool20260301Param": "_params.advisor_tool20260301_param",
    "AdvisorToolResultBlock": "_models.advisor_tool_result_block",
    "AdvisorToolResultBlockParam": "_params.advisor_tool_result_block_param",
    "AdvisorToolResultContent": "_models.advisor_tool_result_content",
    "AdvisorToolResultContentParam": "_params.advisor_tool_result_content_param",
    "AdvisorToolResultError": "_models.advisor_tool_result_error",
    "AdvisorToolResultErrorCode": "_models.advisor_tool_result_error_code",
    "AdvisorToolResultErrorParam": "_params.advisor_tool_result_error_param",
    "AllThinkingTurnsParam": "_params.all_thinking_turns_param",
    "AllowedCaller": "_params.allowed_caller",
    "AnthropicBetaParam": "_params.anthropic_beta_param",
    "AppliedContextManagementEdit": "_models.applied_context_management_edit",
    "AuthenticationError": "_models.authentication_error",
    "AvailableToolsLimitExceededErrorDetails": "_models.available_tools_limit_exceeded_error_details",
    "Base64ImageSourceParam": "_params.base64_image_source_param",
    "Base64PDFSource": "_models.base64_pdf_source",
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
    "BashCodeExecutionToolResultErrorParam": "_params.bash_code_execution_tool_result_error_param",
    "BatchCreateParams": "_params.batch_create_params",
    "BatchListParams": "_params.batch_list_params",
    "BatchRequestParam": "_params.batch_request_param",
    "BillTo": "_params.bill_to",
    "BillingError": "_models.billing_error",
    "BillingPolicyParam": "_params.billing_policy_param",
    "BrowserCloseTabConfigParam": "_params.browser_close_tab_config_param",
    "BrowserDoubleClickConfigParam": "_params.browser_double_click_config_param",
    "BrowserFileUploadConfigParam": "_params.browser_file_upload_config_param",
    "BrowserFindConfigParam": "_params.browser_find_config_param",
    "BrowserFormInputConfigParam": "_params.browser_form_input_config_param",
    "BrowserGetPageTextConfigParam": "_params.browser_get_page_text_config_param",
    "BrowserHoldKeyConfigParam": "_params.browser_hold_key_config_param",
    "BrowserHoverConfigParam": "_params.browser_hover_config_param",
    "BrowserJavascriptExecConfigParam": "_params.browser_javascript_exec_config_param",
    "BrowserKeyConfigParam": "_params.browser_key_config_param",
    "BrowserLeftClickConfigParam": "_params.browser_left_click_config_param",
    "BrowserLeftClickDragConfigParam": "_params.browser_left_click_drag_config_param",
    "BrowserLeftMouseDownConfigParam": "_params.browser_left_mouse_down_config_param",
    "BrowserLeftMouseUpConfigParam": "_params.browser_left_mouse_up_config_param",
    "BrowserListTabsConfigParam": "_params.browser_list_tabs_config_param",
    "BrowserMiddleClickConfigParam": "_params.browser_middle_click_config_param",
    "BrowserMouseMoveConfigParam": "_params.browser_mouse_move_config_param",
    "BrowserNavigateConfigParam": "_params.browser_navigate_config_param",
    "BrowserNewTabConfigParam": "_params.browser_new_tab_config_param",
    "BrowserReadConsoleConfigParam": "_params.browser_read_console_config_param",
    "BrowserReadNetworkConfigParam": "_params.browser_read_network_config_param",
    "BrowserReadPageConfigParam": "_params.browser_read_page_config_param",
    "BrowserRightClickConfigParam": "_params.browser_right_click_config_param",
    "BrowserScreenshotConfigParam": "_params.browser_screenshot_config_param",
    "BrowserScrollConfigParam": "_params.browser_scroll_config_param",
    "BrowserScrollToConfigParam": "_params.browser_scroll_to_config_param",
    "BrowserStateBlockParam": "_params.browser_state_block_param",
    "BrowserStateChangeDownloadCompletedParam": "_params.browser_state_change_download_completed_param",
    "BrowserStateChangeDownloadFailedParam": "_params.browser_state_change_download_failed_param",
    "BrowserStateChangeDownloadStartedParam": "_params.browser_state_change_download_started_param",
    "BrowserStateChangeParam": "_params.browser_state_change_param",
    "BrowserStateChangeTabOpenedParam": "_params.browser_state_change_tab_opened_param",
    "BrowserStateTabEntryParam": "_params.browser_state_tab_entry_param",
    "BrowserSwitchTabConfigParam": "_params.browser_switch_tab_config_param",
    "BrowserToolset20260801Param": "_params.browser_toolset20260801_param",
    "BrowserToolsetConfigsParam": "_params.browser_toolset_configs_param",
    "BrowserTripleClickConfigParam": "_params.browser_triple_click_config_param",
    "BrowserTypeConfigParam": "_params.browser_type_config_param",
    "BrowserWaitConfigParam": "_params.browser_wait_config_param",
    "BrowserZoomConfigParam": "_params.browser_zoom_config_param",
    "CMEKContextUnavailableErrorDetails": "_models.cmek_context_unavailable_error_details",
    "CMEKKeyDisabledErrorDetails": "_models.cmek_key_disabled_error_details",
    "CMEKKeyNetworkBlockedErrorDetails": "_models.cmek_key_network_blocked_error_details",
    "CMEKKeyUnreachableErrorDetails": "_models.cmek_key_unreachable_error_details",
    "CacheControlEphemeralParam": "_params.cache_control_ephemeral_param",
    "CacheCreation": "_models.cache_creation",
    "CacheMissMessagesChanged": "_models.cache_miss_messages_changed",
    "CacheMissModelChanged": "_models.cache_miss_model_changed",
    "CacheMissPreviousMessageNotFound": "_models.cache_miss_previous_message_not_found",
    "CacheMissReason": "_models.cache_miss_reason",
    "CacheMissSystemChanged": "_models.cache_miss_system_changed",
    "CacheMissToolsChanged": "_models.cache_miss_tools_changed",
    "CacheMissUnavailable": "_models.cache_miss_unavailable",
    "CapabilitySupport": "_models.capability_support",
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
    "ClaudeCodeVersionTooOldErrorDetails": "_models.claude_code_version_too_old_error_details",
    "ClearThinking20251015EditParam": "_params.clear_thinking20251015_edit_param",
    "ClearThinking20251015EditResponse": "_models.clear_thinking20251015_edit_response",
    "ClearThinkingKeepParam": "_params.clear_thinking_keep_param",
    "ClearToolUses20250919EditParam": "_params.clear_tool_uses20250919_edit_param",
    "ClearToolUses20250919EditResponse": "_models.clear_tool_uses20250919_edit_response",
    "ClearToolUsesTriggerParam": "_params.clear_tool_uses_trigger_param",
    "CodeExecutionOutputBlock": "_models.code_execution_output_block",
    "CodeExecutionOutputBlockParam": "_params.code_execution_output_block_param",
    "CodeExecutionResultBlock": "_models.code_execution_result_block",
    "CodeExecutionResultBlockParam": "_params.code_execution_result_block_param",
    "CodeExecutionTool20250522Param": "_params.code_execution_tool20250522_param",
    "CodeExecutionTool20250825Param": "_params.code_execution_tool20250825_param",
    "CodeExecutionTool20260120Param": "_params.code_execution_tool20260120_param",
    "CodeExecutionTool20260521Param": "_params.code_execution_tool20260521_param",
    "CodeExecutionToolResultBlock": "_models.code_execution_tool_result_block",
    "CodeExecutionToolResultBlockParam": "_params.code_execution_tool_result_block_param",
    "CodeExecutionToolResultContent": "_models.code_execution_tool_result_content",
    "CodeExecutionToolResultContentParam": "_params.code_execution_tool_result_content_param",
    "CodeExecutionToolResultError": "_models.code_execution_tool_result_error",
    "CodeExecutionToolResultErrorCode": "_models.code_execution_tool_result_error_code",
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
    "ComputerCursorPositionConfigParam": "_params.computer_cursor_position_config_param",
    "ComputerDoubleClickConfigParam": "_params.computer_double_click_config_param",
    "ComputerHoldKeyConfigParam": "_params.computer_hold_key_config_param",
    "ComputerKeyConfigParam": "_params.computer_key_config_param",
    "ComputerLeftClickConfigParam": "_params.computer_left_click_config_param",
    "ComputerLeftClickDragConfigParam": "_params.computer_left_click_drag_config_param",
    "ComputerLeftMouseDownConfigParam": "_params.computer_left_mouse_down_config_param",
    "ComputerLeftMouseUpConfigParam": "_params.computer_left_mouse_up_config_param",
    "ComputerMiddleClickConfigParam": "_params.computer_middle_click_config_param",
    "ComputerMouseMoveConfigParam": "_params.computer_mouse_move_config_param",
    "ComputerRightClickConfigParam": "_params.computer_right_click_config_param",
    "ComputerScreenshotConfigParam": "_params.computer_screenshot_config_param",
    "ComputerScrollConfigParam": "_params.computer_scroll_config_param",
    "ComputerToolset20260801Param": "_params.computer_toolset20260801_param",
    "ComputerToolsetConfigsParam": "_params.computer_toolset_configs_param",
    "ComputerTripleClickConfigParam": "_params.computer_triple_click_config_param",
    "ComputerTypeConfigParam": "_params.computer_type_config_param",
    "ComputerWaitConfigParam": "_params.computer_wait_config_param",
    "ComputerZoomConfigParam": "_params.computer_zoom_config_param",
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
    "CountTokensContextManagementResponse": "_models.count_tokens_context_management_response",
    "DeletedFile": "_models.deleted_file",
    "DeletedMessageBatch": "_models.deleted_message_batch",
    "DeletedSkill": "_models.deleted_skill",
    "DeletedSkillVersion": "_models.deleted_skill_version",
    "Diagnostics": "_models.diagnostics",
    "DiagnosticsParam": "_params.diagnostics_param",
    "DirectCaller": "_models.direct_caller",
    "DocumentBlock": "_models.document_block",
    "DocumentBlockParam": "_params.document_block_param",
    "DocumentSource": "_models.document_source",
    "DocumentSourceParam": "_params.document_source_param",
    "EffortCapability": "_models.effort_capability",
    "EffortLevel": "_params.effort_level",
    "EncryptedCodeExecutionResultBlock": "_models.encrypted_code_execution_result_block",
    "EncryptedCodeExecutionResultBlockParam": "_params.encrypted_code_execution_result_block_param",
    "EnforcedSpendLimitReachedErrorDetails": "_models.enforced_spend_limit_reached_error_details",
    "ErrorDetails": "_models.error_details",
    "ErrorEvent": "_models.error_event",
    "ErrorObject": "_models.error_object",
    "ErrorResponse": "_models.error_response",
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
    "FileDocumentSourceParam": "_params.file_document_source_param",
    "FileExpiredErrorDetails": "_models.file_expired_error_details",
    "FileImageSourceParam": "_params.file_image_source_param",
    "FileListParams": "_params.file_list_params",
    "FileMetadata": "_models.file_metadata",
    "FileMetadataPage": "_models.file_metadata_page",
    "FileNotDownloadableErrorDetails": "_models.file_not_downloadable_error_details",
    "FileScope": "_models.file_scope",
    "FileUploadParams": "_params.file_upload_params",
    "GatewayTimeoutError": "_models.gateway_timeout_error",
    "ImageBlockParam": "_params.image_block_param",
    "ImageDimensionsTooLargeErrorDetails": "_models.image_dimensions_too_large_error_details",
    "ImageSourceParam": "_params.image_source_param",
    "ImageTransformationsParam": "_params.image_transformations_param",
    "InputJSONDelta": "_models.input_json_delta",
    "InputTokensClearAtLeastParam": "_params.input_tokens_clear_at_least_param",
    "InputTokensTriggerParam": "_params.input_tokens_trigger_param",
    "InputTransformation": "_models.input_transformation",
    "InputTransformationReason": "_models.input_transformation_reason",
    "InvalidRequestError": "_models.invalid_request_error",
    "IterationsUsage": "_models.iterations_usage",
    "JSONOutputFormatParam": "_params.json_output_format_param",
    "KnownBeta": "_params.known_beta",
    "KnownModel": "_models.known_model",
    "LinkedOrganizationBillingUnavailableErrorDetails": "_models.linked_organization_billing_unavailable_error_details",
    "LinkedOrganizationSpendLimitReachedErrorDetails": "_models.linked_organization_spend_limit_reached_error_details",
    "MCPServerToolConfigurationParam": "_params.mcp_server_tool_configuration_param",
    "MCPServerURLDefinitionParam": "_params.mcp_server_url_definition_param",
    "MCPTool": "_models.mcp_tool",
    "MCPToolConfigParam": "_params.mcp_tool_config_param",
    "MCPToolDefaultConfigParam": "_params.mcp_tool_default_config_param",
    "MCPToolListingBlock": "_models.mcp_tool_listing_block",
    "MCPToolListingBlockParam": "_params.mcp_tool_listing_block_param",
    "MCPToolParam": "_params.mcp_tool_param",
    "MCPToolResultBlock": "_models.mcp_tool_result_block",
    "MCPToolResultBlockParam": "_params.mcp_tool_result_block_param",
    "MCPToolUseBlock": "_models.mcp_tool_use_block",
    "MCPToolUseBlockParam": "_params.mcp_tool_use_block_param",
    "MCPToolsetParam": "_params.mcp_toolset_param",
    "MemoryTool20250818Param": "_params.memory_tool20250818_param",
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
    "ModelLine": "_models.model_line",
    "ModelListParams": "_params.model_list_params",
    "NotFoundError": "_models.not_found_error",
    "OrganizationOnHoldErrorDetails": "_models.organization_on_hold_error_details",
    "OrganizationTypeNotSupportedErrorDetails": "_models.organization_type_not_supported_error_details",
    "OutputConfigParam": "_params.output_config_param",
    "OutputTokensDetails": "_models.output_tokens_details",
    "OverloadedError": "_models.overloaded_error",
    "ParentOrganizationRequiredErrorDetails": "_models.parent_organization_required_error_details",
    "PermissionError": "_models.permission_error",
    "PingEvent": "_models.ping_event",
    "PlainTextSource": "_models.plain_text_source",
    "RampLimitExceededErrorDetails": "_models.ramp_limit_exceeded_error_details",
    "RateLimitError": "_models.rate_limit_error",
    "RawContentBlockDelta": "_models.raw_content_block_delta",
    "RawContentBlockDeltaEvent": "_models.raw_content_block_delta_event",
    "RawContentBlockStartEvent": "_models.raw_content_block_start_event",
    "RawContentBlockStopEvent": "_models.raw_content_block_stop_event",
    "RawMessageDeltaEvent": "_models.raw_message_delta_event",
    "RawMessageStartEvent": "_models.raw_message_start_event",
    "RawMessageStopEvent": "_models.raw_message_stop_event",
    "RawMessageStreamEvent": "_models.raw_message_stream_event",
    "RedactedThinkingBlock": "_models.redacted_thinking_block",
    "RedactedThinkingBlockParam": "_params.redacted_thinking_block_param",
    "RefusalCategory": "_models.refusal_category",
    "RefusalStopDetails": "_models.refusal_stop_details",
    "RequestBodyEncodingInvalidErrorDetails": "_models.request_body_encoding_invalid_error_details",
    "RequestBodyEncodingUnsupportedErrorDetails": "_models.request_body_encoding_unsupported_error_details",
    "RequestBodyTooLargeAfterDecodingErrorDetails": "_models.request_body_too_large_after_decoding_error_details",
    "SandboxEgressRestrictedErrorDetails": "_models.sandbox_egress_restricted_error_details",
    "SearchResultBlockParam": "_params.search_result_block_param",
    "ServerToolCaller": "_models.server_tool_caller",
    "ServerToolCaller20260120": "_models.server_tool_caller20260120",
    "ServerToolUsage": "_models.server_tool_usage",
    "ServerToolUseBlock": "_models.server_tool_use_block",
    "ServerToolUseBlockName": "_models.server_tool_use_block_name",
    "ServerToolUseBlockParam": "_params.server_tool_use_block_param",
    "ServerToolsCapability": "_models.server_tools_capability",
    "SignatureDelta": "_models.signature_delta",
    "Skill": "_models.skill",
    "SkillCreateParams": "_params.skill_create_params",
    "SkillListParams": "_params.skill_list_params",
    "SkillPage": "_models.skill_page",
    "SkillReadBlockedUndecryptableErrorDetails": "_models.skill_read_blocked_undecryptable_error_details",
    "SkillSource": "_models.skill_source",
    "SkillSourceType": "_models.skill_source_type",
    "SkillVersion": "_models.skill_version",
    "SkillVersionCreateParams": "_params.skill_version_create_params",
    "SkillVersionPage": "_models.skill_version_page",
    "Skills": "_params.skills",
    "Speed": "_models.speed",
    "StateChanges": "_params.state_changes",
    "StopReason": "_models.stop_reason",
    "StorageNotReadyErrorDetails": "_models.storage_not_ready_error_details",
    "StorageQuotaExceededErrorDetails": "_models.storage_quota_exceeded_error_details",
    "SystemMessageClearAt": "_params.system_message_clear_at",
    "SystemMessageOutputConfigParam": "_params.system_message_output_config_param",
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
    "ThinkingDisplayMode": "_params.thinking_display_mode",
    "ThinkingDroppedInputTransformation": "_models.thinking_dropped_input_transformation",
    "ThinkingMismatchAllowedInputTransformation": "_models.thinking_mismatch_allowed_input_transformation",
    "ThinkingPrefixMismatchBehavior": "_params.thinking_prefix_mismatch_behavior",
    "ThinkingTurnsParam": "_params.thinking_turns_param",
    "ThinkingTypes": "_models.thinking_types",
    "ThreadAlreadyContinuedErrorDetails": "_models.thread_already_continued_error_details",
    "ThreadContinueInFlightErrorDetails": "_models.thread_continue_in_flight_error_details",
    "ThreadFingerprintMismatchErrorDetails": "_models.thread_fingerprint_mismatch_error_details",
    "ThreadNotFoundErrorDetails": "_models.thread_not_found_error_details",
    "ThreadUnsupportedRequestErrorDetails": "_models.thread_unsupported_request_error_details",
    "ThreadUnsupportedRequestErrorDetailsUnsupported": "_models.thread_unsupported_request_error_details_unsupported",
    "TokenTaskBudgetParam": "_params.token_task_budget_param",
    "ToolAdditionBlock": "_models.tool_addition_block",
    "ToolAdditionBlockParam": "_params.tool_addition_block_param",
    "ToolAdditionTool": "_models.tool_addition_tool",
    "ToolBash20241022Param": "_params.tool_bash20241022_param",
    "ToolBash20250124Param": "_params.tool_bash20250124_param",
    "ToolCaller": "_models.tool_caller",
    "ToolChangeMCPToolReference": "_models.tool_change_mcp_tool_reference",
    "ToolChangeMCPToolReferenceParam": "_params.tool_change_mcp_tool_reference_param",
    "ToolChangeMCPToolsetReference": "_models.tool_change_mcp_toolset_reference",
    "ToolChangeMCPToolsetReferenceParam": "_params.tool_change_mcp_toolset_reference_param",
    "ToolChangeReference": "_models.tool_change_reference",
    "ToolChangeReferenceParam": "_params.tool_change_reference_param",
    "ToolChangeToolDefinition": "_models.tool_change_tool_definition",
    "ToolChangeToolReference": "_models.tool_change_tool_reference",
    "ToolChangeToolReferenceParam": "_params.tool_change_tool_reference_param",
    "ToolChoiceAnyParam": "_params.tool_choice_any_param",
    "ToolChoiceAutoParam": "_params.tool_choice_auto_param",
    "ToolChoiceNoneParam": "_params.tool_choice_none_param",
    "ToolChoiceParam": "_params.tool_choice_param",
    "ToolChoiceToolParam": "_params.tool_choice_tool_param",
    "ToolComputerUse20241022Param": "_params.tool_computer_use20241022_param",
    "ToolComputerUse20250124Param": "_params.tool_computer_use20250124_param",
    "ToolComputerUse20251124Param": "_params.tool_computer_use20251124_param",
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
    "ToolSearchToolBm2520251119Param": "_params.tool_search_tool_bm2520251119_param",
    "ToolSearchToolRegex20251119Param": "_params.tool_search_tool_regex20251119_param",
    "ToolSearchToolResultBlock": "_models.tool_search_tool_result_block",
    "ToolSearchToolResultBlockParam": "_params.tool_search_tool_result_block_param",
    "ToolSearchToolResultContent": "_models.tool_search_tool_result_content",
    "ToolSearchToolResultContentParam": "_params.tool_search_tool_result_content_param",
    "ToolSearchToolResultError": "_models.tool_search_tool_result_error",
    "ToolSearchToolResultErrorCode": "_models.tool_search_tool_result_error_code",
    "ToolSearchToolResultErrorParam": "_params.tool_search_tool_result_error_param",
    "ToolSearchToolSearchResultBlock": "_models.tool_search_tool_search_result_block",
    "ToolSearchToolSearchResultBlockParam": "_params.tool_search_tool_search_result_block_param",
    "ToolTextEditor20241022Param": "_params.tool_text_editor20241022_param",
    "ToolTextEditor20250124Param": "_params.tool_text_editor20250124_param",
    "ToolTextEditor20250429Param": "_params.tool_text_editor20250429_param",
    "ToolTextEditor20250728Param": "_params.tool_text_editor20250728_param",
    "ToolUnionParam": "_params.tool_union_param",
    "ToolUseBlock": "_models.tool_use_block",
    "ToolUseBlockParam": "_params.tool_use_block_param",
    "ToolUsesKeepParam": "_params.tool_uses_keep_param",
    "ToolUsesTriggerParam": "_params.tool_uses_trigger_param",
    "URLImageSourceParam": "_params.url_image_source_param",
    "URLPDFSourceParam": "_params.urlpdf_source_param",
    "UnknownAdvisorToolResultContent": "_models.unknown_advisor_tool_result_content",
    "UnknownAppliedContextManagementEdit": "_models.unknown_applied_context_management_edit",
    "UnknownBashCodeExecutionToolResultContent": "_models.unknown_bash_code_execution_tool_result_content",
    "UnknownCacheMissReason": "_models.unknown_cache_miss_reason",
    "UnknownCodeExecutionToolResultContent": "_models.unknown_code_execution_tool_result_content",
    "UnknownCompactionToolChange": "_models.unknown_compaction_tool_change",
    "UnknownContentBlock": "_models.unknown_content_block",
    "UnknownDocumentSource": "_models.unknown_document_source",
    "UnknownErrorDetails": "_models.unknown_error_details",
    "UnknownErrorObject": "_models.unknown_error_object",
    "UnknownFallbackCreditStatus": "_models.unknown_fallback_credit_status",
    "UnknownInputTransformation": "_models.unknown_input_transformation",
    "UnknownMessageBatchResult": "_models.unknown_message_batch_result",
    "UnknownRawContentBlockDelta": "_models.unknown_raw_content_block_delta",
    "UnknownRawMessageStreamEvent": "_models.unknown_raw_message_stream_event",
    "UnknownTextCitation": "_models.unknown_text_citation",
    "UnknownTextEditorCodeExecutionToolResultContent": "_models.unknown_text_editor_code_execution_tool_result_content",
    "UnknownToolAdditionTool": "_models.unknown_tool_addition_tool",
    "UnknownToolCaller": "_models.unknown_tool_caller",
    "UnknownToolChangeReference": "_models.unknown_tool_change_reference",
    "UnknownToolSearchToolResultContent": "_models.unknown_tool_search_tool_result_content",
    "UnknownUsageIteration": "_models.unknown_usage_iteration",
    "UnknownWebFetchToolResultContent": "_models.unknown_web_fetch_tool_result_content",
    "Usage": "_models.usage",
    "UsageIteration": "_models.usage_iteration",
    "UsageServiceTier": "_models.usage_service_tier",
    "UserLocationParam": "_params.user_location_param",
    "UserProfileBillingNotAuthorizedErrorDetails": "_models.user_profile_billing_not_authorized_error_details",
    "UserProfileNotBillableErrorDetails": "_models.user_profile_not_billable_error_details",
    "UserProfileNotFoundErrorDetails": "_models.user_profile_not_found_error_details",
    "UserProfileRequiredErrorDetails": "_models.user_profile_required_error_details",
    "VersionListParams": "_params.version_list_params",
    "WebFetchBlock": "_models.web_fetch_block",
    "WebFetchBlockParam": "_params.web_fetch_block_param",
    "WebFetchTool20250910Param": "_params.web_fetch_tool20250910_param",
    "WebFetchTool20260209Param": "_params.web_fetch_tool20260209_param",
    "WebFetchTool20260309Param": "_params.web_fetch_tool20260309_param",
    "WebFetchTool20260318Param": "_params.web_fetch_tool20260318_param",
    "WebFetchToolResultBlock": "_models.web_fetch_tool_result_block",
    "WebFetchToolResultBlockParam": "_params.web_fetch_tool_result_block_param",
    "WebFetchToolResultContent": "_models.web_fetch_tool_result_content",
    "WebFetchToolResultContentParam": "_params.web_fetch_tool_result_content_param",
    "WebFetchToolResultErrorBlock": "_models.web_fetch_tool_result_error_block",
    "WebFetchToolResultErrorBlockParam": "_params.web_fetch_tool_result_error_block_param",
    "WebFetchToolResultErrorCode": "_models.web_fetch_tool_result_error_code",
    "WebFetchURLSourceAllParam": "_params.web_fetch_url_source_all_param",
    "WebFetchURLSourceExceptParam": "_params.web_fetch_url_source_except_param",
    "WebFetchURLSourceNoneParam": "_params.web_fetch_url_source_none_param",
    "WebFetchURLSourceOnlyParam": "_params.web_fetch_url_source_only_param",
    "WebFetchURLSourceToolFilterParam": "_params.web_fetch_url_source_tool_filter_param",
    "WebFetchURLSourceToolReferenceParam": "_params.web_fetch_url_source_tool_reference_param",
    "WebFetchURLSourceUserInputParam": "_params.web_fetch_url_source_user_input_param",
    "WebFetchURLSourcesParam": "_params.web_fetch_url_sources_param",
    "WebSearchResultBlock": "_models.web_search_result_block",
    "WebSearchResultBlockParam": "_params.web_search_result_block_param",
    "WebSearchTool20250305Param": "_params.web_search_tool20250305_param",
    "WebSearchTool20260209Param": "_params.web_search_tool20260209_param",
    "WebSearchTool20260318Param": "_params.web_search_tool20260318_param",
    "WebSearchToolResultBlock": "_models.web_search_tool_result_block",
    "WebSearchToolResultBlockParam": "_params.web_search_tool_result_block_param",
    "WebSearchToolResultContent": "_models.web_search_tool_result_content",
    "WebSearchToolResultContentParam": "_params.web_search_tool_result_content_param",
    "WebSearchToolResultError": "_models.web_search_tool_result_error",
    "WebSearchToolResultErrorCode": "_models.web_search_tool_result_error_code",
    "WebSearchToolResultErrorParam": "_params.web_search_tool_result_error_param",
    "WorkspaceHumanReviewDisabledErrorDetails": "_models.workspace_human_review_disabled_error_details",
}

# Names the official package spells differently (templates/client/official_names.yaml):
# official name → (module, our name).
_RENAMED: dict[str, tuple[str, str]] = {
    "AdvisorToolResultErrorObject": ("_models.advisor_tool_result_error", "AdvisorToolResultError"),
    "AssistantMessageParam": ("_params.message_param", "MessageParam"),
    "AuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "Base64PDFSourceParam": ("_params.base64_pdf_source", "Base64PDFSource"),
    "BashCodeExecutionToolResultErrorObject": (
        "_models.bash_code_execution_tool_result_error",
        "BashCodeExecutionToolResultError",
    ),
    "BetaAPIErrorObject": ("_models.api_error_object", "APIErrorObject"),
    "BetaAuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "BetaBillingErrorObject": ("_models.billing_error", "BillingError"),
    "BetaErrorObject": ("_models.error_object", "ErrorObject"),
    "BetaErrorResponse": ("_models.error_response", "ErrorResponse"),
    "BetaGatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "BetaInvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "BetaNotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "BetaOverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "BetaPermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "BetaRateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
    "BillingErrorObject": ("_models.billing_error", "BillingError"),
    "CitationConfig": ("_models.citations_config", "CitationsConfig"),
    "CitationSearchResultLocation": (
        "_models.citations_search_result_location",
        "CitationsSearchResultLocation",
    ),
    "CitationsConfigParamParam": ("_params.citations_config_param", "CitationsConfigParam"),
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
    "CompactionContentBlockDelta": ("_models.compaction_delta", "CompactionDelta"),
    "ContainerParams": ("_params.container_param", "ContainerParam"),
    "DirectCallerParam": ("_params.direct_caller", "DirectCaller"),
    "GatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "InputJsonDelta": ("_models.input_json_delta", "InputJSONDelta"),
    "InvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "MessageCountTokensToolParam": ("_params.tool_union_param", "ToolUnionParam"),
    "MessageCreateParamsContainerParam": ("_params.container_param", "ContainerParam"),
    "ModelParam": ("_models.model", "Model"),
    "NotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "OverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "PermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "PlainTextSourceParam": ("_params.plain_text_source", "PlainTextSource"),
    "RateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
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
    "ServerToolCaller20260120Param": (
        "_params.server_tool_caller20260120",
        "ServerToolCaller20260120",
    ),
    "ServerToolCallerParam": ("_params.server_tool_caller", "ServerToolCaller"),
    "SkillParams": ("_params.container_skill_param", "ContainerSkillParam"),
    "TextEditorCodeExecutionToolResultErrorObject": (
        "_models.text_editor_code_execution_tool_result_error",
        "TextEditorCodeExecutionToolResultError",
    ),
    "ThreadContinueParams": ("_params.message_thread_continue_param", "MessageThreadContinueParam"),
    "ThreadCreateParams": ("_params.message_thread_create_param", "MessageThreadCreateParam"),
    "ToolSearchToolBm25_20251119Param": (
        "_params.tool_search_tool_bm2520251119_param",
        "ToolSearchToolBm2520251119Param",
    ),
    "ToolSearchToolResultErrorObject": (
        "_models.tool_search_tool_result_error",
        "ToolSearchToolResultError",
    ),
    "UserMessageParam": ("_params.message_param", "MessageParam"),
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
}

__all__ = sorted([*_MODULES, *_RENAMED])


def __getattr__(name: str) -> Any:
    module, ours = _RENAMED.get(name) or (_MODULES.get(name), name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), ours)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
