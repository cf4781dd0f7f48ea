"""Exceptions keyed by the API's `error.details.error_code`, each a subclass of its status's class.

`make_status_error` picks the class from (HTTP status, `error_code`): a 404 whose code is
`file_expired` raises `FileExpiredError`, which is still a `NotFoundError`, so code that catches
by status keeps working. An unknown code falls back to the status's class. The (status, code)
pairs are API facts: they are also in the document (`x-error-class` on each member of
`ErrorDetails`), and `tests/core/test_error_details.py` checks that both say the same.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._exceptions import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    OverloadedError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
)

__all__ = [
    "AvailableToolsLimitExceededError",
    "CMEKContextUnavailableError",
    "CMEKKeyDisabledError",
    "CMEKKeyNetworkBlockedError",
    "CMEKKeyUnreachableError",
    "ClaudeCodeKeyCreatorNotMemberError",
    "ClaudeCodeVersionTooOldError",
    "CompactionBlockAmbiguousError",
    "CompactionBlockMisplacedError",
    "CompactionContentMismatchError",
    "CompactionIncompleteTurnError",
    "CompactionNothingToSummarizeError",
    "CompactionSignatureInvalidError",
    "CompactionTooManyToolReferencesError",
    "CompactionToolChangesMismatchError",
    "CompactionUnavailableError",
    "ContractSpendLimitReachedError",
    "EnforcedSpendLimitReachedError",
    "FileExpiredError",
    "FileNotDownloadableError",
    "ImageDimensionsTooLargeError",
    "LinkedOrganizationBillingUnavailableError",
    "LinkedOrganizationSpendLimitReachedError",
    "OrganizationOnHoldError",
    "OrganizationTypeNotSupportedError",
    "ParentOrganizationRequiredError",
    "RampLimitExceededError",
    "RequestBodyEncodingInvalidError",
    "RequestBodyEncodingUnsupportedError",
    "RequestBodyTooLargeAfterDecodingError",
    "SandboxEgressRestrictedError",
    "SkillReadBlockedUndecryptableError",
    "StorageNotReadyError",
    "StorageQuotaExceededError",
    "ThreadAlreadyContinuedError",
    "ThreadContinueInFlightError",
    "ThreadFingerprintMismatchError",
    "ThreadNotFoundError",
    "ThreadUnsupportedRequestError",
    "ToolNameConflictError",
    "ToolReferenceUnresolvedError",
    "UserProfileBillingNotAuthorizedError",
    "UserProfileNotBillableError",
    "UserProfileNotFoundError",
    "UserProfileRequiredError",
    "WorkspaceHumanReviewDisabledError",
    "error_code_class",
]


class ClaudeCodeKeyCreatorNotMemberError(BadRequestError):
    """`error_code` `claude_code_key_creator_not_member` (400)."""


class ClaudeCodeVersionTooOldError(BadRequestError):
    """`error_code` `claude_code_version_too_old` (400)."""


class CMEKKeyDisabledError(BadRequestError):
    """`error_code` `cmek_key_disabled` (400)."""


class CMEKKeyNetworkBlockedError(BadRequestError):
    """`error_code` `cmek_key_network_blocked` (400)."""


class OrganizationOnHoldError(BadRequestError):
    """`error_code` `organization_on_hold` (400)."""


class OrganizationTypeNotSupportedError(BadRequestError):
    """`error_code` `organization_type_not_supported` (400)."""


class ParentOrganizationRequiredError(BadRequestError):
    """`error_code` `parent_organization_required` (400)."""


class RequestBodyEncodingInvalidError(BadRequestError):
    """`error_code` `request_body_encoding_invalid` (400)."""


class RequestBodyEncodingUnsupportedError(BadRequestError):
    """`error_code` `request_body_encoding_unsupported` (400)."""


class WorkspaceHumanReviewDisabledError(BadRequestError):
    """`error_code` `workspace_human_review_disabled` (400)."""


class LinkedOrganizationBillingUnavailableError(PaymentRequiredError):
    """`error_code` `linked_organization_billing_unavailable` (402)."""


class LinkedOrganizationSpendLimitReachedError(PaymentRequiredError):
    """`error_code` `linked_organization_spend_limit_reached` (402)."""


class SandboxEgressRestrictedError(PermissionDeniedError):
    """`error_code` `sandbox_egress_restricted` (403)."""


class RequestBodyTooLargeAfterDecodingError(RequestTooLargeError):
    """`error_code` `request_body_too_large_after_decoding` (413)."""


class ContractSpendLimitReachedError(RateLimitError):
    """`error_code` `contract_spend_limit_reached` (429)."""


class EnforcedSpendLimitReachedError(RateLimitError):
    """`error_code` `enforced_spend_limit_reached` (429)."""


class RampLimitExceededError(RateLimitError):
    """`error_code` `ramp_limit_exceeded` (429)."""


class CMEKContextUnavailableError(ServiceUnavailableError):
    """`error_code` `cmek_context_unavailable` (503)."""


class CMEKKeyUnreachableError(ServiceUnavailableError):
    """`error_code` `cmek_key_unreachable` (503)."""


class StorageNotReadyError(ServiceUnavailableError):
    """`error_code` `storage_not_ready` (503)."""


class AvailableToolsLimitExceededError(BadRequestError):
    """`error_code` `available_tools_limit_exceeded` (400)."""


class CompactionBlockAmbiguousError(BadRequestError):
    """`error_code` `compaction_block_ambiguous` (400)."""


class CompactionBlockMisplacedError(BadRequestError):
    """`error_code` `compaction_block_misplaced` (400)."""


class CompactionContentMismatchError(BadRequestError):
    """`error_code` `compaction_content_mismatch` (400)."""


class CompactionIncompleteTurnError(BadRequestError):
    """`error_code` `compaction_incomplete_turn` (400)."""


class CompactionNothingToSummarizeError(BadRequestError):
    """`error_code` `compaction_nothing_to_summarize` (400)."""


class CompactionSignatureInvalidError(BadRequestError):
    """`error_code` `compaction_signature_invalid` (400)."""


class CompactionTooManyToolReferencesError(BadRequestError):
    """`error_code` `compaction_too_many_tool_references` (400)."""


class CompactionToolChangesMismatchError(BadRequestError):
    """`error_code` `compaction_tool_changes_mismatch` (400)."""


class CompactionUnavailableError(OverloadedError):
    """`error_code` `compaction_unavailable` (529)."""


class ImageDimensionsTooLargeError(BadRequestError):
    """`error_code` `image_dimensions_too_large` (400)."""


class ThreadAlreadyContinuedError(BadRequestError):
    """`error_code` `thread_already_continued` (400)."""


class ThreadContinueInFlightError(BadRequestError):
    """`error_code` `thread_continue_in_flight` (400)."""


class ThreadFingerprintMismatchError(BadRequestError):
    """`error_code` `thread_fingerprint_mismatch` (400)."""


class ThreadUnsupportedRequestError(BadRequestError):
    """`error_code` `thread_unsupported_request` (400)."""


class ThreadNotFoundError(NotFoundError):
    """`error_code` `thread_not_found` (404)."""


class ToolNameConflictError(BadRequestError):
    """`error_code` `tool_name_conflict` (400)."""


class ToolReferenceUnresolvedError(BadRequestError):
    """`error_code` `tool_reference_unresolved` (400)."""


class UserProfileRequiredError(BadRequestError):
    """`error_code` `user_profile_required` (400)."""


class UserProfileNotFoundError(BadRequestError):
    """`error_code` `user_profile_not_found` (400)."""


class UserProfileBillingNotAuthorizedError(PermissionDeniedError):
    """`error_code` `user_profile_billing_not_authorized` (403)."""


class UserProfileNotBillableError(PermissionDeniedError):
    """`error_code` `user_profile_not_billable` (403)."""


class SkillReadBlockedUndecryptableError(ConflictError):
    """`error_code` `skill_read_blocked_undecryptable` (409)."""


class StorageQuotaExceededError(BadRequestError):
    """`error_code` `storage_quota_exceeded` (400)."""


class FileNotDownloadableError(BadRequestError):
    """`error_code` `file_not_downloadable` (400)."""


class FileExpiredError(NotFoundError):
    """`error_code` `file_expired` (404)."""


_BY_CODE: Mapping[tuple[int, str], type[APIStatusError]] = {
    (400, "available_tools_limit_exceeded"): AvailableToolsLimitExceededError,
    (400, "claude_code_key_creator_not_member"): ClaudeCodeKeyCreatorNotMemberError,
    (400, "claude_code_version_too_old"): ClaudeCodeVersionTooOldError,
    (400, "cmek_key_disabled"): CMEKKeyDisabledError,
    (400, "cmek_key_network_blocked"): CMEKKeyNetworkBlockedError,
    (400, "compaction_block_ambiguous"): CompactionBlockAmbiguousError,
    (400, "compaction_block_misplaced"): CompactionBlockMisplacedError,
    (400, "compaction_content_mismatch"): CompactionContentMismatchError,
    (400, "compaction_incomplete_turn"): CompactionIncompleteTurnError,
    (400, "compaction_nothing_to_summarize"): CompactionNothingToSummarizeError,
    (400, "compaction_signature_invalid"): CompactionSignatureInvalidError,
    (400, "compaction_too_many_tool_references"): CompactionTooManyToolReferencesError,
    (400, "compaction_tool_changes_mismatch"): CompactionToolChangesMismatchError,
    (400, "file_not_downloadable"): FileNotDownloadableError,
    (400, "image_dimensions_too_large"): ImageDimensionsTooLargeError,
    (400, "organization_on_hold"): OrganizationOnHoldError,
    (400, "organization_type_not_supported"): OrganizationTypeNotSupportedError,
    (400, "parent_organization_required"): ParentOrganizationRequiredError,
    (400, "request_body_encoding_invalid"): RequestBodyEncodingInvalidError,
    (400, "request_body_encoding_unsupported"): RequestBodyEncodingUnsupportedError,
    (400, "storage_quota_exceeded"): StorageQuotaExceededError,
    (400, "thread_already_continued"): ThreadAlreadyContinuedError,
    (400, "thread_continue_in_flight"): ThreadContinueInFlightError,
    (400, "thread_fingerprint_mismatch"): ThreadFingerprintMismatchError,
    (400, "thread_unsupported_request"): ThreadUnsupportedRequestError,
    (400, "tool_name_conflict"): ToolNameConflictError,
    (400, "tool_reference_unresolved"): ToolReferenceUnresolvedError,
    (400, "user_profile_not_found"): UserProfileNotFoundError,
    (400, "user_profile_required"): UserProfileRequiredError,
    (400, "workspace_human_review_disabled"): WorkspaceHumanReviewDisabledError,
    (402, "linked_organization_billing_unavailable"): LinkedOrganizationBillingUnavailableError,
    (402, "linked_organization_spend_limit_reached"): LinkedOrganizationSpendLimitReachedError,
    (403, "sandbox_egress_restricted"): SandboxEgressRestrictedError,
    (403, "user_profile_billing_not_authorized"): UserProfileBillingNotAuthorizedError,
    (403, "user_profile_not_billable"): UserProfileNotBillableError,
    (404, "file_expired"): FileExpiredError,
    (404, "thread_not_found"): ThreadNotFoundError,
    (409, "skill_read_blocked_undecryptable"): SkillReadBlockedUndecryptableError,
    (413, "request_body_too_large_after_decoding"): RequestBodyTooLargeAfterDecodingError,
    (429, "contract_spend_limit_reached"): ContractSpendLimitReachedError,
    (429, "enforced_spend_limit_reached"): EnforcedSpendLimitReachedError,
    (429, "ramp_limit_exceeded"): RampLimitExceededError,
    (503, "cmek_context_unavailable"): CMEKContextUnavailableError,
    (503, "cmek_key_unreachable"): CMEKKeyUnreachableError,
    (503, "storage_not_ready"): StorageNotReadyError,
    (529, "compaction_unavailable"): CompactionUnavailableError,
}


def error_code_class(status: int, error_code: str | None) -> type[APIStatusError] | None:
    """The class for this status and `error_code`, or None when the pair is not known."""
    if error_code is None:
        return None
    return _BY_CODE.get((status, error_code))


# Report the public path (`claude_api_client.FileExpiredError`), like the other exceptions.
for _cls in _BY_CODE.values():
    _cls.__module__ = "claude_api_client"
del _cls
