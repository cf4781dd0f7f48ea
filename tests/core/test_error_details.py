"""`error.details`, the status classes and the error-code classes added with the 2.16 API."""

from __future__ import annotations

import asyncio
import json
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest

import claude_api_client
from claude_api_client import Anthropic, _error_classes
from claude_api_client._core._casts import json_cast
from claude_api_client._core._errors import (
    error_code_class,
    status_error,
    status_error_class,
    stream_error_event,
)

from ._helpers import FakeClock, Recorder, async_client, get, json_reply, sync_client

ROOT = Path(__file__).resolve().parents[2]

# Every exception name in `anthropic.__all__` of the official package 2.16.0 (a fact: the names).
OFFICIAL_EXCEPTIONS = """
AnthropicError APIError APIStatusError APITimeoutError APIConnectionError APIResponseValidationError
APIWebhookValidationError BadRequestError AuthenticationError PaymentRequiredError
PermissionDeniedError NotFoundError RequestTimeoutError ConflictError PreconditionFailedError
ContentTooLargeError RequestTooLargeError UnprocessableEntityError RateLimitError
RequestHeaderFieldsTooLargeError ClientClosedRequestError InternalServerError
HTTPNotImplementedError ServiceUnavailableError GatewayTimeoutError OverloadedError
ClaudeCodeKeyCreatorNotMemberError ClaudeCodeVersionTooOldError CMEKKeyDisabledError
CMEKKeyNetworkBlockedError OrganizationOnHoldError OrganizationTypeNotSupportedError
ParentOrganizationRequiredError RequestBodyEncodingInvalidError RequestBodyEncodingUnsupportedError
WorkspaceHumanReviewDisabledError LinkedOrganizationBillingUnavailableError
LinkedOrganizationSpendLimitReachedError SandboxEgressRestrictedError
RequestBodyTooLargeAfterDecodingError ContractSpendLimitReachedError EnforcedSpendLimitReachedError
RampLimitExceededError CMEKContextUnavailableError CMEKKeyUnreachableError StorageNotReadyError
DeadlineExceededError RetryableError CredentialsError IdentityTokenFileError
""".split()


def _response(status: int, body: Any, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", "https://api.anthropic.com/v1/files/file_1/content")
    return httpx.Response(status, json=body, headers=headers, request=request)


def _body(error_type: str, details: dict[str, Any] | None) -> dict[str, Any]:
    error: dict[str, Any] = {"type": error_type, "message": "nope"}
    if details is not None:
        error["details"] = details
    return {"type": "error", "error": error, "request_id": "req_1"}


def test_every_official_exception_name_is_importable() -> None:
    missing = [n for n in OFFICIAL_EXCEPTIONS if not hasattr(claude_api_client, n)]
    assert missing == []
    for name in OFFICIAL_EXCEPTIONS:
        assert issubclass(getattr(claude_api_client, name), claude_api_client.AnthropicError)


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (412, "PreconditionFailedError"),
        (431, "RequestHeaderFieldsTooLargeError"),
        (499, "ClientClosedRequestError"),
        (501, "HTTPNotImplementedError"),
    ],
)
def test_new_status_classes(status: int, name: str) -> None:
    error = status_error(_response(status, _body("api_error", None)))
    assert type(error) is getattr(claude_api_client, name)
    assert error.status_code == status
    assert error.error_code is None and error.details is None


def test_501_is_an_internal_server_error() -> None:
    assert issubclass(
        claude_api_client.HTTPNotImplementedError, claude_api_client.InternalServerError
    )


def _document_error_classes() -> dict[tuple[int, str], str]:
    doc = json.loads((ROOT / "generated" / "claude_api_client" / "openapi.json").read_text())
    union = doc["components"]["schemas"]["ErrorDetails"]
    found = {}
    for code, ref in union["discriminator"]["mapping"].items():
        member = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        found[(member["x-error-class"]["status"], code)] = member["x-error-class"]["name"]
    return found


def test_the_code_table_is_the_document() -> None:
    from claude_api_client._error_table import ERROR_CODES

    assert ERROR_CODES == _document_error_classes()
    for (status, code), name in ERROR_CODES.items():
        cls = error_code_class(status, code)
        assert cls is not None and cls.__name__ == name


@pytest.mark.parametrize(("key", "name"), sorted(_document_error_classes().items()))
def test_each_code_class_is_generated_under_its_status_class(
    key: tuple[int, str], name: str
) -> None:
    status, code = key
    cls = getattr(claude_api_client, name)
    assert cls is getattr(_error_classes, name)
    assert cls.__mro__[1] is status_error_class(status)  # the status's class comes first
    assert cls.__module__ == "claude_api_client"
    # The docstring: the code's description in the document, then the code and status.
    assert cls.__doc__.rstrip().endswith(f"`error_code` `{code}` with HTTP {status}.")
    assert len(cls.__doc__.split("\n\n")[0]) > 10


@pytest.mark.parametrize(("key", "name"), sorted(_document_error_classes().items()))
def test_each_code_raises_its_class(key: tuple[int, str], name: str) -> None:
    status, code = key
    error = status_error(_response(status, _body("invalid_request_error", {"error_code": code})))
    assert type(error).__name__ == name
    assert type(error) is getattr(claude_api_client, name)
    assert error.error_code == code
    # Still the status's class: code written against 2.x status classes keeps catching it.
    assert isinstance(error, type(status_error(_response(status, _body("x", None)))))


def test_details_parse_into_their_model_with_every_field() -> None:
    details = {
        "error_code": "image_dimensions_too_large",
        "max_side_length_pixels": 8000,
        "paths": ["messages.0.content.1"],
        "added_later": {"kept": True},
    }
    client = Anthropic(
        api_key="sk-test",
        http_client=httpx.Client(
            transport=httpx.MockTransport(
                lambda r: httpx.Response(400, json=_body("invalid_request_error", details))
            )
        ),
        max_retries=0,
    )
    with pytest.raises(claude_api_client.ImageDimensionsTooLargeError) as info:
        client.models.list()
    error = info.value
    from claude_api_client.types import ImageDimensionsTooLargeErrorDetails

    assert isinstance(error.details, ImageDimensionsTooLargeErrorDetails)
    assert error.details.max_side_length_pixels == 8000
    assert error.details.paths == ["messages.0.content.1"]
    assert error.details.to_dict() == details  # lossless, unknown keys included
    assert error.api_message == error.error_message == "nope"


def test_unknown_code_keeps_the_status_class_and_an_open_details_model() -> None:
    body = _body("not_found_error", {"error_code": "brand_new_code", "hint": 3})
    error = status_error(_response(404, body))
    assert type(error) is claude_api_client.NotFoundError
    assert error.error_code == "brand_new_code"
    assert type(error.details).__name__ == "UnknownErrorDetails"
    assert error.details.to_dict() == {"error_code": "brand_new_code", "hint": 3}


def test_same_code_at_another_status_is_not_mistaken() -> None:
    body = _body("api_error", {"error_code": "file_expired"})
    assert type(status_error(_response(500, body))) is claude_api_client.InternalServerError


def test_workspace_id_header_on_errors() -> None:
    error = status_error(
        _response(403, _body("permission_error", None), **{"anthropic-workspace-id": "wrkspc_1"})
    )
    assert error.workspace_id == "wrkspc_1"


def test_stream_error_event_with_a_code() -> None:
    body = _body("overloaded_error", {"error_code": "compaction_unavailable"})
    error = stream_error_event(json.dumps(body), _response(200, {}))
    assert type(error) is claude_api_client.CompactionUnavailableError
    assert isinstance(error, claude_api_client.OverloadedError)
    assert error.status_code == 529


def test_code_errors_pickle_with_their_details() -> None:
    error = status_error(_response(404, _body("not_found_error", {"error_code": "file_expired"})))
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is claude_api_client.FileExpiredError
    assert again.error_code == "file_expired"
    assert again.details.error_code == "file_expired"


def test_identity_token_file_error_names_its_path(tmp_path: Path) -> None:
    error = claude_api_client.IdentityTokenFileError("empty token file", path=tmp_path / "t")
    assert error.path == tmp_path / "t"
    assert isinstance(error, claude_api_client.CredentialsError)
    assert issubclass(claude_api_client.MissingCredentialsError, claude_api_client.CredentialsError)


class _Flaky:
    """An httpx event hook that asks for a retry the first `times` times."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.calls = 0

    def __call__(self, request: httpx.Request) -> None:
        self.calls += 1
        if self.calls <= self.times:
            raise claude_api_client.RetryableError("try again")


def test_retryable_error_from_an_event_hook_is_retried() -> None:
    hook = _Flaky(2)
    recorder = Recorder([json_reply()])
    clock = FakeClock()
    client = sync_client(recorder, clock=clock)
    client._http.event_hooks["request"] = [hook]
    assert client.request(get(), json_cast) == {"ok": True}
    assert hook.calls == 3 and len(clock.sleeps) == 2


def test_retryable_error_reaches_the_caller_when_retries_run_out() -> None:
    hook = _Flaky(10)
    client = sync_client(Recorder([json_reply()]), max_retries=1)
    client._http.event_hooks["request"] = [hook]
    with pytest.raises(claude_api_client.RetryableError, match="try again"):
        client.request(get(), json_cast)
    assert hook.calls == 2


def test_retryable_error_async() -> None:
    calls = 0

    async def hook(request: httpx.Request) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise claude_api_client.RetryableError("once")

    client = async_client(Recorder([json_reply()]))
    client._http.event_hooks["request"] = [hook]
    assert asyncio.run(client.request(get(), json_cast)) == {"ok": True}
    assert calls == 2


def _passes(request: claude_api_client.APIRequest, call_next: Any) -> Any:
    return call_next(request)


def _rate_limited(request: httpx.Request) -> Exception:
    response = httpx.Response(429, request=request)
    return claude_api_client.RateLimitError("from the hook", response=response, body=None)


def _refused(request: httpx.Request) -> Exception:
    return claude_api_client.APIConnectionError(message="from the hook", request=request)


@pytest.mark.parametrize("middleware", [[], [_passes]], ids=["alone", "with middleware"])
@pytest.mark.parametrize("make", [_rate_limited, _refused])
def test_our_own_error_from_an_event_hook_is_raised_as_it_is_and_not_retried(
    make: Any, middleware: list[Any]
) -> None:
    raised: list[Exception] = []

    def hook(request: httpx.Request) -> None:
        raised.append(make(request))
        raise raised[-1]

    clock = FakeClock()
    client = sync_client(Recorder([json_reply()]), clock=clock, middleware=middleware)
    client._http.event_hooks["request"] = [hook]
    with pytest.raises(claude_api_client.APIError) as caught:
        client.request(get(), json_cast)
    assert len(raised) == 1 and caught.value is raised[0]
    assert not clock.sleeps


def test_our_own_error_from_an_event_hook_is_not_retried_async() -> None:
    calls = 0

    async def hook(request: httpx.Request) -> None:
        nonlocal calls
        calls += 1
        raise _refused(request)

    client = async_client(Recorder([json_reply()]))
    client._http.event_hooks["request"] = [hook]
    with pytest.raises(claude_api_client.APIConnectionError, match="from the hook"):
        asyncio.run(client.request(get(), json_cast))
    assert calls == 1


def test_the_package_lists_every_error_code_class() -> None:
    # The package lists the names itself, so that importing it loads no module: keep both equal.
    listed = set(claude_api_client._ERROR_CODE_EXCEPTIONS)
    assert listed == set(_error_classes.__all__)


# --- the Admin API's error codes, as the API sends them ------------------------------------------


def _admin_client(status: int, error_type: str, details: dict[str, Any]) -> Anthropic:
    """A client whose every call gets this error, in the wire form of an Admin API error."""
    body = {
        "type": "error",
        "error": {"type": error_type, "message": "The request was refused.", "details": details},
        "request_id": "req_011CAdmin",
    }

    def reply(request: httpx.Request) -> httpx.Response:
        headers = {"request-id": "req_011CAdmin", "content-type": "application/json"}
        return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)

    transport = httpx.MockTransport(reply)
    return Anthropic(
        api_key="sk-test", http_client=httpx.Client(transport=transport), max_retries=0
    )


ADMIN_CODES = [
    # (status, error type, details as sent, class name, details model name)
    (
        400,
        "invalid_request_error",
        {"error_code": "already_member"},
        "AlreadyMemberError",
        "AlreadyMemberErrorDetails",
    ),
    (
        400,
        "invalid_request_error",
        {
            "error_code": "storage_verification_failed",
            "failed_checks": [{"check": "bucket_policy", "message": "Denied."}],
            "field": None,
        },
        "BetaStorageVerificationFailedError",
        "StorageVerificationFailedErrorDetails",
    ),
    (
        403,
        "permission_error",
        {"error_code": "api_key_scope_missing"},
        "BetaAPIKeyScopeMissingError",
        "APIKeyScopeMissingErrorDetails",
    ),
    (
        404,
        "not_found_error",
        {"error_code": "rbac_group_not_found"},
        "BetaRBACGroupNotFoundError",
        "RBACGroupNotFoundErrorDetails",
    ),
    (
        409,
        "invalid_request_error",
        {"error_code": "storage_changed_concurrently", "field": "bucket"},
        "BetaStorageChangedConcurrentlyError",
        "StorageChangedConcurrentlyErrorDetails",
    ),
    (
        503,
        "api_error",
        {"error_code": "workspace_created_incomplete", "workspace_id": "wrkspc_01"},
        "WorkspaceCreatedIncompleteError",
        "WorkspaceCreatedIncompleteErrorDetails",
    ),
]


@pytest.mark.parametrize(("status", "error_type", "details", "name", "model"), ADMIN_CODES)
def test_an_admin_api_code_raises_its_class_with_its_details_model(
    status: int, error_type: str, details: dict[str, Any], name: str, model: str
) -> None:
    client = _admin_client(status, error_type, details)
    with pytest.raises(claude_api_client.APIStatusError) as info:
        client.organization.workspaces.create(name="Research")
    error = info.value
    assert type(error) is getattr(claude_api_client, name)
    assert isinstance(error, status_error_class(status))  # still its status's class
    assert error.status_code == status and error.request_id == "req_011CAdmin"
    assert error.error_code == details["error_code"] and error.type == error_type
    assert type(error.details).__name__ == model
    assert error.details.to_dict() == details  # every field kept
    assert str(error) == (
        f"Error code: {status} - {error_type}: The request was refused. (request_id: req_011CAdmin)"
    )


def test_admin_api_details_are_typed_and_the_classes_are_at_their_official_paths() -> None:
    from claude_api_client.types import organization as organization_types
    from claude_api_client.types.beta import organization as beta_organization_types

    details = {
        "error_code": "storage_verification_failed",
        "failed_checks": [{"check": "bucket_policy", "message": "Denied."}],
        "field": None,
    }
    with pytest.raises(beta_organization_types.BetaStorageVerificationFailedError) as info:
        _admin_client(400, "invalid_request_error", details).organization.invites.create(
            email="a@example.com", role="user"
        )
    parsed = info.value.details
    assert isinstance(parsed, beta_organization_types.BetaStorageVerificationFailedErrorDetails)
    assert parsed.failed_checks[0].check == "bucket_policy"
    assert organization_types.AlreadyMemberError is claude_api_client.AlreadyMemberError
    assert issubclass(organization_types.AlreadyMemberError, claude_api_client.BadRequestError)


def test_an_unknown_admin_api_code_keeps_the_status_class_and_every_field() -> None:
    details = {"error_code": "workspace_quota_frozen", "workspace_id": "wrkspc_01", "n": [1]}
    with pytest.raises(claude_api_client.ConflictError) as info:
        _admin_client(409, "invalid_request_error", details).organization.workspaces.create(
            name="Research"
        )
    error = info.value
    assert type(error) is claude_api_client.ConflictError
    assert error.error_code == "workspace_quota_frozen"
    assert type(error.details).__name__ == "UnknownErrorDetails"
    assert error.details.to_dict() == details
