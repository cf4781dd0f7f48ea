# generated from openapi/ by scripts/generate, do not edit
"""The API's error types and error codes, each with its HTTP status and the name of the exception
class the SDK raises for it (`x-error-class` on the members of `ErrorObject` and `ErrorDetails`).

Plain data, importing nothing: the runtime core maps failures with it and the simulator answers
with it, so the two cannot disagree.
"""

# error `type` → (HTTP status, exception class name)
ERROR_TYPES: dict[str, tuple[int, str]] = {
    "invalid_request_error": (400, "BadRequestError"),
    "authentication_error": (401, "AuthenticationError"),
    "billing_error": (402, "PaymentRequiredError"),
    "permission_error": (403, "PermissionDeniedError"),
    "not_found_error": (404, "NotFoundError"),
    "request_too_large": (413, "RequestTooLargeError"),
    "rate_limit_error": (429, "RateLimitError"),
    "api_error": (500, "InternalServerError"),
    "timeout_error": (504, "GatewayTimeoutError"),
    "overloaded_error": (529, "OverloadedError"),
}

# (HTTP status, `error.details.error_code`) → exception class name (a subclass of the status's)
ERROR_CODES: dict[tuple[int, str], str] = {
    (400, "available_tools_limit_exceeded"): "AvailableToolsLimitExceededError",
    (400, "claude_code_key_creator_not_member"): "ClaudeCodeKeyCreatorNotMemberError",
    (400, "claude_code_version_too_old"): "ClaudeCodeVersionTooOldError",
    (400, "cmek_key_disabled"): "CMEKKeyDisabledError",
    (400, "cmek_key_network_blocked"): "CMEKKeyNetworkBlockedError",
    (400, "compaction_block_ambiguous"): "CompactionBlockAmbiguousError",
    (400, "compaction_block_misplaced"): "CompactionBlockMisplacedError",
    (400, "compaction_content_mismatch"): "CompactionContentMismatchError",
    (400, "compaction_incomplete_turn"): "CompactionIncompleteTurnError",
    (400, "compaction_nothing_to_summarize"): "CompactionNothingToSummarizeError",
    (400, "compaction_signature_invalid"): "CompactionSignatureInvalidError",
    (400, "compaction_too_many_tool_references"): "CompactionTooManyToolReferencesError",
    (400, "compaction_tool_changes_mismatch"): "CompactionToolChangesMismatchError",
    (400, "file_not_downloadable"): "FileNotDownloadableError",
    (400, "image_dimensions_too_large"): "ImageDimensionsTooLargeError",
    (400, "organization_on_hold"): "OrganizationOnHoldError",
    (400, "organization_type_not_supported"): "OrganizationTypeNotSupportedError",
    (400, "parent_organization_required"): "ParentOrganizationRequiredError",
    (400, "request_body_encoding_invalid"): "RequestBodyEncodingInvalidError",
    (400, "request_body_encoding_unsupported"): "RequestBodyEncodingUnsupportedError",
    (400, "storage_quota_exceeded"): "StorageQuotaExceededError",
    (400, "thread_already_continued"): "ThreadAlreadyContinuedError",
    (400, "thread_continue_in_flight"): "ThreadContinueInFlightError",
    (400, "thread_fingerprint_mismatch"): "ThreadFingerprintMismatchError",
    (400, "thread_unsupported_request"): "ThreadUnsupportedRequestError",
    (400, "tool_name_conflict"): "ToolNameConflictError",
    (400, "tool_reference_unresolved"): "ToolReferenceUnresolvedError",
    (400, "user_profile_not_found"): "UserProfileNotFoundError",
    (400, "user_profile_required"): "UserProfileRequiredError",
    (400, "workspace_human_review_disabled"): "WorkspaceHumanReviewDisabledError",
    (402, "linked_organization_billing_unavailable"): "LinkedOrganizationBillingUnavailableError",
    (402, "linked_organization_spend_limit_reached"): "LinkedOrganizationSpendLimitReachedError",
    (403, "sandbox_egress_restricted"): "SandboxEgressRestrictedError",
    (403, "user_profile_billing_not_authorized"): "UserProfileBillingNotAuthorizedError",
    (403, "user_profile_not_billable"): "UserProfileNotBillableError",
    (404, "file_expired"): "FileExpiredError",
    (404, "thread_not_found"): "ThreadNotFoundError",
    (409, "skill_read_blocked_undecryptable"): "SkillReadBlockedUndecryptableError",
    (413, "request_body_too_large_after_decoding"): "RequestBodyTooLargeAfterDecodingError",
    (429, "contract_spend_limit_reached"): "ContractSpendLimitReachedError",
    (429, "enforced_spend_limit_reached"): "EnforcedSpendLimitReachedError",
    (429, "ramp_limit_exceeded"): "RampLimitExceededError",
    (503, "cmek_context_unavailable"): "CMEKContextUnavailableError",
    (503, "cmek_key_unreachable"): "CMEKKeyUnreachableError",
    (503, "storage_not_ready"): "StorageNotReadyError",
    (529, "compaction_unavailable"): "CompactionUnavailableError",
}
