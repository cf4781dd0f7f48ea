"""The error codes of the Admin API, environments, storage, keys and reports that the official
2.16 package types in `types` and `types.beta`: each raises the official exception class (a
subclass of its status's class), with its details typed and importable from the official path."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import claude_api_client
from claude_api_client import Anthropic
from claude_api_client.types import (
    BetaCMEKNotApprovedError,
    BetaCMEKNotApprovedErrorDetails,
    OrgMemberLimitExceededError,
    RBACRoleNotFoundErrorDetails,
)
from claude_api_client.types.beta import BetaApprovalRequiredErrorDetails
from claude_api_client.types.beta.environments import (
    BetaHeartbeatPreconditionFailedError,
    BetaHeartbeatPreconditionFailedErrorDetails,
    BetaWorkLeaseState,
)


def _client(status: int, error_type: str, details: dict[str, Any]) -> Anthropic:
    body = {
        "type": "error",
        "error": {"type": error_type, "message": "refused", "details": details},
        "request_id": "req_011CZkZLocalAbCdEfGhIjKl",
    }
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(status, json=body)))
    return Anthropic(api_key="sk-test", http_client=http, max_retries=0)


def test_a_refused_heartbeat_carries_the_lease_as_the_server_has_it() -> None:
    details = {
        "error_code": "heartbeat_precondition_failed",
        "current_state": {
            "last_heartbeat": "2026-10-02T09:30:00Z",
            "lease_extended": False,
            "state": "active",
            "ttl_seconds": 60,
        },
    }
    client = _client(412, "invalid_request_error", details)
    with pytest.raises(BetaHeartbeatPreconditionFailedError) as info:
        client.beta.environments.work.heartbeat(
            "work_1", environment_id="env_1", expected_last_heartbeat="2026-10-02T09:29:00Z"
        )
    error = info.value
    assert isinstance(error, claude_api_client.PreconditionFailedError)
    assert error.status_code == 412 and error.request_id == "req_011CZkZLocalAbCdEfGhIjKl"
    assert isinstance(error.details, BetaHeartbeatPreconditionFailedErrorDetails)
    assert isinstance(error.details.current_state, BetaWorkLeaseState)
    assert error.details.current_state.state == "active"
    assert error.details.to_dict() == details


@pytest.mark.parametrize(
    ("status", "details", "cls", "details_cls"),
    [
        (
            400,
            {"error_code": "cmek_not_approved"},
            BetaCMEKNotApprovedError,
            BetaCMEKNotApprovedErrorDetails,
        ),
        (
            400,
            {"error_code": "approval_required", "field": "human_review"},
            claude_api_client.BetaApprovalRequiredError,
            BetaApprovalRequiredErrorDetails,
        ),
        (
            404,
            {"error_code": "rbac_role_not_found"},
            claude_api_client.RBACRoleNotFoundError,
            RBACRoleNotFoundErrorDetails,
        ),
        (400, {"error_code": "org_member_limit_exceeded"}, OrgMemberLimitExceededError, None),
    ],
)
def test_codes_raise_the_official_class_with_typed_details(
    status: int, details: dict[str, Any], cls: type[Exception], details_cls: type | None
) -> None:
    with pytest.raises(cls) as info:
        _client(status, "invalid_request_error", details).models.list()
    error: Any = info.value
    assert error.error_code == details["error_code"]
    if details_cls is not None:
        assert isinstance(error.details, details_cls)
    assert error.details.to_dict() == details


def test_the_same_code_at_another_status_keeps_the_status_class() -> None:
    with pytest.raises(claude_api_client.InternalServerError) as info:
        _client(500, "api_error", {"error_code": "storage_in_use"}).models.list()
    assert type(info.value) is claude_api_client.InternalServerError
