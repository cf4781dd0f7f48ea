# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._error_classes import (
        ClaudeCodeKeyCreatorNotMemberError as ClaudeCodeKeyCreatorNotMemberError,
    )
    from ..._error_classes import ClaudeCodeVersionTooOldError as ClaudeCodeVersionTooOldError
    from ..._error_classes import CMEKContextUnavailableError as CMEKContextUnavailableError
    from ..._error_classes import CMEKKeyDisabledError as CMEKKeyDisabledError
    from ..._error_classes import CMEKKeyNetworkBlockedError as CMEKKeyNetworkBlockedError
    from ..._error_classes import CMEKKeyUnreachableError as CMEKKeyUnreachableError
    from ..._error_classes import ContractSpendLimitReachedError as ContractSpendLimitReachedError
    from ..._error_classes import EnforcedSpendLimitReachedError as EnforcedSpendLimitReachedError
    from ..._error_classes import (
        LinkedOrganizationBillingUnavailableError as LinkedOrganizationBillingUnavailableError,
    )
    from ..._error_classes import (
        LinkedOrganizationSpendLimitReachedError as LinkedOrganizationSpendLimitReachedError,
    )
    from ..._error_classes import OrganizationOnHoldError as OrganizationOnHoldError
    from ..._error_classes import (
        OrganizationTypeNotSupportedError as OrganizationTypeNotSupportedError,
    )
    from ..._error_classes import ParentOrganizationRequiredError as ParentOrganizationRequiredError
    from ..._error_classes import RampLimitExceededError as RampLimitExceededError
    from ..._error_classes import RequestBodyEncodingInvalidError as RequestBodyEncodingInvalidError
    from ..._error_classes import (
        RequestBodyEncodingUnsupportedError as RequestBodyEncodingUnsupportedError,
    )
    from ..._error_classes import (
        RequestBodyTooLargeAfterDecodingError as RequestBodyTooLargeAfterDecodingError,
    )
    from ..._error_classes import SandboxEgressRestrictedError as SandboxEgressRestrictedError
    from ..._error_classes import StorageNotReadyError as StorageNotReadyError
    from ..._error_classes import (
        WorkspaceHumanReviewDisabledError as WorkspaceHumanReviewDisabledError,
    )
    from .._models.api_error_object import APIErrorObject as APIErrorObject
    from .._models.authentication_error import AuthenticationError as AuthenticationError
    from .._models.authentication_error import AuthenticationError as AuthenticationErrorObject
    from .._models.billing_error import BillingError as BillingError
    from .._models.billing_error import BillingError as BillingErrorObject
    from .._models.claude_code_key_creator_not_member_error_details import (
        ClaudeCodeKeyCreatorNotMemberErrorDetails as ClaudeCodeKeyCreatorNotMemberErrorDetails,
    )
    from .._models.claude_code_version_too_old_error_details import (
        ClaudeCodeVersionTooOldErrorDetails as ClaudeCodeVersionTooOldErrorDetails,
    )
    from .._models.cmek_context_unavailable_error_details import (
        CMEKContextUnavailableErrorDetails as CMEKContextUnavailableErrorDetails,
    )
    from .._models.cmek_key_disabled_error_details import (
        CMEKKeyDisabledErrorDetails as CMEKKeyDisabledErrorDetails,
    )
    from .._models.cmek_key_network_blocked_error_details import (
        CMEKKeyNetworkBlockedErrorDetails as CMEKKeyNetworkBlockedErrorDetails,
    )
    from .._models.cmek_key_unreachable_error_details import (
        CMEKKeyUnreachableErrorDetails as CMEKKeyUnreachableErrorDetails,
    )
    from .._models.contract_spend_limit_reached_error_details import (
        ContractSpendLimitReachedErrorDetails as ContractSpendLimitReachedErrorDetails,
    )
    from .._models.enforced_spend_limit_reached_error_details import (
        EnforcedSpendLimitReachedErrorDetails as EnforcedSpendLimitReachedErrorDetails,
    )
    from .._models.error_details import ErrorDetails as ErrorDetails
    from .._models.error_object import ErrorObject as ErrorObject
    from .._models.error_response import ErrorResponse as ErrorResponse
    from .._models.error_type import ErrorType as ErrorType
    from .._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutErrorObject
    from .._models.invalid_request_error import InvalidRequestError as InvalidRequestError
    from .._models.invalid_request_error import InvalidRequestError as InvalidRequestErrorObject
    from .._models.linked_organization_billing_unavailable_error_details import (
        LinkedOrganizationBillingUnavailableErrorDetails as LinkedOrganizationBillingUnavailableErrorDetails,
    )
    from .._models.linked_organization_spend_limit_reached_error_details import (
        LinkedOrganizationSpendLimitReachedErrorDetails as LinkedOrganizationSpendLimitReachedErrorDetails,
    )
    from .._models.not_found_error import NotFoundError as NotFoundError
    from .._models.not_found_error import NotFoundError as NotFoundErrorObject
    from .._models.organization_on_hold_error_details import (
        OrganizationOnHoldErrorDetails as OrganizationOnHoldErrorDetails,
    )
    from .._models.organization_type_not_supported_error_details import (
        OrganizationTypeNotSupportedErrorDetails as OrganizationTypeNotSupportedErrorDetails,
    )
    from .._models.overloaded_error import OverloadedError as OverloadedError
    from .._models.overloaded_error import OverloadedError as OverloadedErrorObject
    from .._models.parent_organization_required_error_details import (
        ParentOrganizationRequiredErrorDetails as ParentOrganizationRequiredErrorDetails,
    )
    from .._models.permission_error import PermissionError as PermissionError
    from .._models.permission_error import PermissionError as PermissionErrorObject
    from .._models.ramp_limit_exceeded_error_details import (
        RampLimitExceededErrorDetails as RampLimitExceededErrorDetails,
    )
    from .._models.rate_limit_error import RateLimitError as RateLimitError
    from .._models.rate_limit_error import RateLimitError as RateLimitErrorObject
    from .._models.request_body_encoding_invalid_error_details import (
        RequestBodyEncodingInvalidErrorDetails as RequestBodyEncodingInvalidErrorDetails,
    )
    from .._models.request_body_encoding_unsupported_error_details import (
        RequestBodyEncodingUnsupportedErrorDetails as RequestBodyEncodingUnsupportedErrorDetails,
    )
    from .._models.request_body_too_large_after_decoding_error_details import (
        RequestBodyTooLargeAfterDecodingErrorDetails as RequestBodyTooLargeAfterDecodingErrorDetails,
    )
    from .._models.sandbox_egress_restricted_error_details import (
        SandboxEgressRestrictedErrorDetails as SandboxEgressRestrictedErrorDetails,
    )
    from .._models.storage_not_ready_error_details import (
        StorageNotReadyErrorDetails as StorageNotReadyErrorDetails,
    )
    from .._models.workspace_human_review_disabled_error_details import (
        WorkspaceHumanReviewDisabledErrorDetails as WorkspaceHumanReviewDisabledErrorDetails,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "APIErrorObject": ("_models.api_error_object", "APIErrorObject"),
    "AuthenticationError": ("_models.authentication_error", "AuthenticationError"),
    "AuthenticationErrorObject": ("_models.authentication_error", "AuthenticationError"),
    "BillingError": ("_models.billing_error", "BillingError"),
    "BillingErrorObject": ("_models.billing_error", "BillingError"),
    "CMEKContextUnavailableError": ("._error_classes", "CMEKContextUnavailableError"),
    "CMEKContextUnavailableErrorDetails": (
        "_models.cmek_context_unavailable_error_details",
        "CMEKContextUnavailableErrorDetails",
    ),
    "CMEKKeyDisabledError": ("._error_classes", "CMEKKeyDisabledError"),
    "CMEKKeyDisabledErrorDetails": (
        "_models.cmek_key_disabled_error_details",
        "CMEKKeyDisabledErrorDetails",
    ),
    "CMEKKeyNetworkBlockedError": ("._error_classes", "CMEKKeyNetworkBlockedError"),
    "CMEKKeyNetworkBlockedErrorDetails": (
        "_models.cmek_key_network_blocked_error_details",
        "CMEKKeyNetworkBlockedErrorDetails",
    ),
    "CMEKKeyUnreachableError": ("._error_classes", "CMEKKeyUnreachableError"),
    "CMEKKeyUnreachableErrorDetails": (
        "_models.cmek_key_unreachable_error_details",
        "CMEKKeyUnreachableErrorDetails",
    ),
    "ClaudeCodeKeyCreatorNotMemberError": ("._error_classes", "ClaudeCodeKeyCreatorNotMemberError"),
    "ClaudeCodeKeyCreatorNotMemberErrorDetails": (
        "_models.claude_code_key_creator_not_member_error_details",
        "ClaudeCodeKeyCreatorNotMemberErrorDetails",
    ),
    "ClaudeCodeVersionTooOldError": ("._error_classes", "ClaudeCodeVersionTooOldError"),
    "ClaudeCodeVersionTooOldErrorDetails": (
        "_models.claude_code_version_too_old_error_details",
        "ClaudeCodeVersionTooOldErrorDetails",
    ),
    "ContractSpendLimitReachedError": ("._error_classes", "ContractSpendLimitReachedError"),
    "ContractSpendLimitReachedErrorDetails": (
        "_models.contract_spend_limit_reached_error_details",
        "ContractSpendLimitReachedErrorDetails",
    ),
    "EnforcedSpendLimitReachedError": ("._error_classes", "EnforcedSpendLimitReachedError"),
    "EnforcedSpendLimitReachedErrorDetails": (
        "_models.enforced_spend_limit_reached_error_details",
        "EnforcedSpendLimitReachedErrorDetails",
    ),
    "ErrorDetails": ("_models.error_details", "ErrorDetails"),
    "ErrorObject": ("_models.error_object", "ErrorObject"),
    "ErrorResponse": ("_models.error_response", "ErrorResponse"),
    "ErrorType": ("_models.error_type", "ErrorType"),
    "GatewayTimeoutError": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "GatewayTimeoutErrorObject": ("_models.gateway_timeout_error", "GatewayTimeoutError"),
    "InvalidRequestError": ("_models.invalid_request_error", "InvalidRequestError"),
    "InvalidRequestErrorObject": ("_models.invalid_request_error", "InvalidRequestError"),
    "LinkedOrganizationBillingUnavailableError": (
        "._error_classes",
        "LinkedOrganizationBillingUnavailableError",
    ),
    "LinkedOrganizationBillingUnavailableErrorDetails": (
        "_models.linked_organization_billing_unavailable_error_details",
        "LinkedOrganizationBillingUnavailableErrorDetails",
    ),
    "LinkedOrganizationSpendLimitReachedError": (
        "._error_classes",
        "LinkedOrganizationSpendLimitReachedError",
    ),
    "LinkedOrganizationSpendLimitReachedErrorDetails": (
        "_models.linked_organization_spend_limit_reached_error_details",
        "LinkedOrganizationSpendLimitReachedErrorDetails",
    ),
    "NotFoundError": ("_models.not_found_error", "NotFoundError"),
    "NotFoundErrorObject": ("_models.not_found_error", "NotFoundError"),
    "OrganizationOnHoldError": ("._error_classes", "OrganizationOnHoldError"),
    "OrganizationOnHoldErrorDetails": (
        "_models.organization_on_hold_error_details",
        "OrganizationOnHoldErrorDetails",
    ),
    "OrganizationTypeNotSupportedError": ("._error_classes", "OrganizationTypeNotSupportedError"),
    "OrganizationTypeNotSupportedErrorDetails": (
        "_models.organization_type_not_supported_error_details",
        "OrganizationTypeNotSupportedErrorDetails",
    ),
    "OverloadedError": ("_models.overloaded_error", "OverloadedError"),
    "OverloadedErrorObject": ("_models.overloaded_error", "OverloadedError"),
    "ParentOrganizationRequiredError": ("._error_classes", "ParentOrganizationRequiredError"),
    "ParentOrganizationRequiredErrorDetails": (
        "_models.parent_organization_required_error_details",
        "ParentOrganizationRequiredErrorDetails",
    ),
    "PermissionError": ("_models.permission_error", "PermissionError"),
    "PermissionErrorObject": ("_models.permission_error", "PermissionError"),
    "RampLimitExceededError": ("._error_classes", "RampLimitExceededError"),
    "RampLimitExceededErrorDetails": (
        "_models.ramp_limit_exceeded_error_details",
        "RampLimitExceededErrorDetails",
    ),
    "RateLimitError": ("_models.rate_limit_error", "RateLimitError"),
    "RateLimitErrorObject": ("_models.rate_limit_error", "RateLimitError"),
    "RequestBodyEncodingInvalidError": ("._error_classes", "RequestBodyEncodingInvalidError"),
    "RequestBodyEncodingInvalidErrorDetails": (
        "_models.request_body_encoding_invalid_error_details",
        "RequestBodyEncodingInvalidErrorDetails",
    ),
    "RequestBodyEncodingUnsupportedError": (
        "._error_classes",
        "RequestBodyEncodingUnsupportedError",
    ),
    "RequestBodyEncodingUnsupportedErrorDetails": (
        "_models.request_body_encoding_unsupported_error_details",
        "RequestBodyEncodingUnsupportedErrorDetails",
    ),
    "RequestBodyTooLargeAfterDecodingError": (
        "._error_classes",
        "RequestBodyTooLargeAfterDecodingError",
    ),
    "RequestBodyTooLargeAfterDecodingErrorDetails": (
        "_models.request_body_too_large_after_decoding_error_details",
        "RequestBodyTooLargeAfterDecodingErrorDetails",
    ),
    "SandboxEgressRestrictedError": ("._error_classes", "SandboxEgressRestrictedError"),
    "SandboxEgressRestrictedErrorDetails": (
        "_models.sandbox_egress_restricted_error_details",
        "SandboxEgressRestrictedErrorDetails",
    ),
    "StorageNotReadyError": ("._error_classes", "StorageNotReadyError"),
    "StorageNotReadyErrorDetails": (
        "_models.storage_not_ready_error_details",
        "StorageNotReadyErrorDetails",
    ),
    "WorkspaceHumanReviewDisabledError": ("._error_classes", "WorkspaceHumanReviewDisabledError"),
    "WorkspaceHumanReviewDisabledErrorDetails": (
        "_models.workspace_human_review_disabled_error_details",
        "WorkspaceHumanReviewDisabledErrorDetails",
    ),
}

__all__ = [
    "APIErrorObject",
    "AuthenticationError",
    "AuthenticationErrorObject",
    "BillingError",
    "BillingErrorObject",
    "CMEKContextUnavailableError",
    "CMEKContextUnavailableErrorDetails",
    "CMEKKeyDisabledError",
    "CMEKKeyDisabledErrorDetails",
    "CMEKKeyNetworkBlockedError",
    "CMEKKeyNetworkBlockedErrorDetails",
    "CMEKKeyUnreachableError",
    "CMEKKeyUnreachableErrorDetails",
    "ClaudeCodeKeyCreatorNotMemberError",
    "ClaudeCodeKeyCreatorNotMemberErrorDetails",
    "ClaudeCodeVersionTooOldError",
    "ClaudeCodeVersionTooOldErrorDetails",
    "ContractSpendLimitReachedError",
    "ContractSpendLimitReachedErrorDetails",
    "EnforcedSpendLimitReachedError",
    "EnforcedSpendLimitReachedErrorDetails",
    "ErrorDetails",
    "ErrorObject",
    "ErrorResponse",
    "ErrorType",
    "GatewayTimeoutError",
    "GatewayTimeoutErrorObject",
    "InvalidRequestError",
    "InvalidRequestErrorObject",
    "LinkedOrganizationBillingUnavailableError",
    "LinkedOrganizationBillingUnavailableErrorDetails",
    "LinkedOrganizationSpendLimitReachedError",
    "LinkedOrganizationSpendLimitReachedErrorDetails",
    "NotFoundError",
    "NotFoundErrorObject",
    "OrganizationOnHoldError",
    "OrganizationOnHoldErrorDetails",
    "OrganizationTypeNotSupportedError",
    "OrganizationTypeNotSupportedErrorDetails",
    "OverloadedError",
    "OverloadedErrorObject",
    "ParentOrganizationRequiredError",
    "ParentOrganizationRequiredErrorDetails",
    "PermissionError",
    "PermissionErrorObject",
    "RampLimitExceededError",
    "RampLimitExceededErrorDetails",
    "RateLimitError",
    "RateLimitErrorObject",
    "RequestBodyEncodingInvalidError",
    "RequestBodyEncodingInvalidErrorDetails",
    "RequestBodyEncodingUnsupportedError",
    "RequestBodyEncodingUnsupportedErrorDetails",
    "RequestBodyTooLargeAfterDecodingError",
    "RequestBodyTooLargeAfterDecodingErrorDetails",
    "SandboxEgressRestrictedError",
    "SandboxEgressRestrictedErrorDetails",
    "StorageNotReadyError",
    "StorageNotReadyErrorDetails",
    "WorkspaceHumanReviewDisabledError",
    "WorkspaceHumanReviewDisabledErrorDetails",
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
