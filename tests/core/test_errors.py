from __future__ import annotations

import datetime as dt
import json
import pickle

import httpx
import pydantic
import pytest

import claude_api_client
from claude_api_client import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RequestTooLargeError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from claude_api_client._core._casts import json_cast, value_cast
from claude_api_client._core._errors import status_error, stream_error_event
from claude_api_client._core._exceptions import (
    AnthropicError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    RequestBodyTooLargeError,
)

from ._helpers import API_KEY, Recorder, error_reply, get, json_reply, sync_client

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (408, RequestTimeoutError),
    (409, ConflictError),
    (413, RequestTooLargeError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, ServiceUnavailableError),
    (504, GatewayTimeoutError),
    (529, OverloadedError),
    (599, InternalServerError),
    (418, APIStatusError),
    (451, APIStatusError),
    (302, APIStatusError),
]


def failing(status: int, reply: httpx.Response | None = None) -> APIStatusError:
    recorder = Recorder([reply or error_reply(status, "some_error", "Something failed")])
    with pytest.raises(APIStatusError) as info:
        sync_client(recorder, max_retries=0).request(get(), json_cast)
    return info.value


@pytest.mark.parametrize("status, cls", STATUS_CLASSES)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = failing(status)
    assert type(error) is cls
    assert error.status_code == status
    assert error.request_id == "req_err"
    assert error.type == "some_error"
    assert error.error_message == "Something failed"
    assert isinstance(error.body, dict) and error.body["error"]["message"] == "Something failed"
    assert error.response.status_code == status
    assert error.request.url.path == "/v1/models"
    assert str(error) == (
        f"Error code: {status} - some_error: Something failed (request_id: req_err)"
    )
    assert error.message == str(error)


def test_hierarchy_and_aliases() -> None:
    assert claude_api_client.ContentTooLargeError is RequestTooLargeError
    # the class is named as the official 2.16 names it; the old name is the alias
    assert RequestTooLargeError.__name__ == "ContentTooLargeError"
    assert claude_api_client.DeadlineExceededError is GatewayTimeoutError
    for cls in (ServiceUnavailableError, GatewayTimeoutError, OverloadedError):
        assert issubclass(cls, InternalServerError)
    assert issubclass(InternalServerError, APIStatusError)
    assert issubclass(APIStatusError, APIError) and issubclass(APIError, AnthropicError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIResponseValidationError, APIError)
    assert not issubclass(RequestBodyTooLargeError, APIError)
    assert not issubclass(RequestBodyTooLargeError, RequestTooLargeError)


def test_overloaded_message_format() -> None:
    error = failing(529, error_reply(529, "overloaded_error", "Overloaded"))
    assert str(error) == "Error code: 529 - overloaded_error: Overloaded (request_id: req_err)"


def test_html_502_from_a_proxy() -> None:
    html = (
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    reply = httpx.Response(502, headers={"content-type": "text/html"}, content=html.encode())
    error = failing(502, reply)
    assert type(error) is InternalServerError
    text = str(error)
    assert text.startswith("Error code: 502 - 502 Bad Gateway")
    assert "nginx" in text and "<" not in text
    assert "no request_id" in text
    assert error.request_id is None and error.type is None
    assert error.body == html


def test_long_non_json_body_is_cut_short() -> None:
    reply = httpx.Response(500, content=b"x" * 5000)
    text = str(failing(500, reply))
    assert len(text) < 300 and text.endswith("… (no request_id)")


def test_empty_body() -> None:
    error = failing(503, httpx.Response(503, headers={"request-id": "req_9"}))
    assert str(error) == "Error code: 503 - (empty body) (request_id: req_9)"
    assert error.body is None


def test_json_body_that_is_not_an_api_error() -> None:
    error = failing(400, httpx.Response(400, json={"detail": "nope"}))
    assert '{"detail": "nope"}' in str(error)
    assert error.type is None


def test_request_id_falls_back_to_the_body() -> None:
    body = {"type": "error", "error": {"type": "api_error", "message": "m"}, "request_id": "req_b"}
    error = failing(500, httpx.Response(500, json=body))
    assert error.request_id == "req_b"
    assert "(request_id: req_b)" in str(error)


def test_rate_limit_and_organization_on_errors() -> None:
    reply = error_reply(
        429,
        "rate_limit_error",
        anthropic_ratelimit_requests_remaining="0",
        anthropic_ratelimit_requests_reset="2026-01-01T00:00:30Z",
        anthropic_organization_id="org_1",
        retry_after="12",
    )
    error = failing(429, reply)
    assert error.organization_id == "org_1"
    assert error.rate_limit.requests_remaining == 0
    assert error.rate_limit.requests_reset == dt.datetime(
        2026, 1, 1, 0, 0, 30, tzinfo=dt.timezone.utc
    )
    assert error.rate_limit.retry_after == 12.0


STREAM_TYPES = [
    ("overloaded_error", OverloadedError, 529),
    ("rate_limit_error", RateLimitError, 429),
    ("invalid_request_error", BadRequestError, 400),
    ("authentication_error", AuthenticationError, 401),
    ("permission_error", PermissionDeniedError, 403),
    ("not_found_error", NotFoundError, 404),
    ("timeout_error", GatewayTimeoutError, 504),
    ("billing_error", PaymentRequiredError, 402),
    ("api_error", InternalServerError, 500),
    ("request_too_large", RequestTooLargeError, 413),
]


def stream_response() -> httpx.Response:
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    return httpx.Response(200, headers={"request-id": "req_stream"}, request=request, content=b"")


@pytest.mark.parametrize("error_type, cls, status", STREAM_TYPES)
def test_stream_error_event_maps_by_type(
    error_type: str, cls: type[APIStatusError], status: int
) -> None:
    body = {"type": "error", "error": {"type": error_type, "message": "Went wrong"}}
    error = stream_error_event(json.dumps(body), stream_response())
    assert type(error) is cls
    assert error.status_code == status
    assert error.type == error_type
    assert error.request_id == "req_stream"
    assert f"{error_type}: Went wrong" in str(error) and "req_stream" in str(error)


def test_unknown_stream_error_type() -> None:
    body = {
        "type": "error",
        "error": {"type": "brand_new_error", "message": "?"},
        "request_id": "req_x",
    }
    error = stream_error_event(json.dumps(body), stream_response())
    assert type(error) is APIStatusError
    assert error.status_code == 200
    assert error.type == "brand_new_error"
    assert "req_x" in str(error)


def test_make_status_error_decodes_the_body_itself() -> None:
    response = error_reply(529, "overloaded_error", "Overloaded")
    response.request = httpx.Request("GET", "https://x.test/")
    error = status_error(response)
    assert type(error) is OverloadedError
    assert error.body == {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
        "request_id": "req_err",
    }


# --- pickling and secrets ------------------------------------------------------------------------


def test_status_error_pickles_without_the_key() -> None:
    reply = error_reply(
        429, "rate_limit_error", "Slow down", anthropic_ratelimit_tokens_limit="100"
    )
    error = failing(429, reply)
    assert error.request.headers["x-api-key"] == API_KEY  # the live object has it
    data = pickle.dumps(error)
    assert API_KEY.encode() not in data
    restored = pickle.loads(data)
    assert type(restored) is RateLimitError
    assert str(restored) == str(error)
    assert restored.args == error.args
    assert restored.status_code == 429
    assert restored.request_id == "req_err"
    assert restored.type == "rate_limit_error"
    assert restored.body == error.body
    assert restored.response.status_code == 429
    assert restored.response.json() == error.body
    assert restored.response.headers["request-id"] == "req_err"
    assert restored.request.url == error.request.url
    assert "x-api-key" not in restored.request.headers
    assert restored.rate_limit.tokens_limit == 100


def test_stream_error_pickles_with_its_status() -> None:
    body = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    restored = pickle.loads(pickle.dumps(stream_error_event(json.dumps(body), stream_response())))
    assert type(restored) is OverloadedError and restored.status_code == 529


def test_other_errors_pickle() -> None:
    request = httpx.Request(
        "GET", "https://api.anthropic.com/v1/models", headers={"x-api-key": API_KEY}
    )
    response = httpx.Response(200, content=b"{}", request=request)
    cases: list[AnthropicError] = [
        APIConnectionError(request=request),
        APITimeoutError(request),
        RequestBodyTooLargeError(size=10, limit=5, endpoint="POST /v1/messages"),
        MissingCredentialsError("no credentials"),
        APIResponseValidationError(response, {}, error=ValueError("bad")),
        AnthropicError("plain"),
    ]
    for error in cases:
        data = pickle.dumps(error)
        assert API_KEY.encode() not in data
        restored = pickle.loads(data)
        assert type(restored) is type(error)
        assert str(restored) == str(error)
    restored_size = pickle.loads(pickle.dumps(cases[2]))
    assert (restored_size.size, restored_size.limit) == (10, 5)


def test_errors_from_the_client_never_show_the_key() -> None:
    for reply in (
        error_reply(401, "authentication_error", "invalid x-api-key"),
        httpx.ConnectError("x"),
    ):
        recorder = Recorder([reply])
        with pytest.raises(APIError) as info:
            sync_client(recorder, max_retries=0).request(get(), json_cast)
        error = info.value
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert all(API_KEY not in repr(arg) for arg in error.args)


class Thing(pydantic.BaseModel):
    id: str
    size: int


def test_response_validation_error() -> None:
    recorder = Recorder([json_reply(200, {"id": "x", "size": "big"})])
    with pytest.raises(APIResponseValidationError) as info:
        sync_client(recorder).request(get(), value_cast(lambda: Thing))
    error = info.value
    assert error.status_code == 200
    assert error.request_id == "req_test_1"
    assert isinstance(error.error, pydantic.ValidationError)
    assert error.__cause__ is error.error
    assert error.body == {"id": "x", "size": "big"}
    assert "size" in str(error) and "req_test_1" in str(error)


def test_invalid_json_is_a_validation_error_too() -> None:
    recorder = Recorder([httpx.Response(200, content=b"{not json", headers={"request-id": "r1"})])
    with pytest.raises(APIResponseValidationError) as info:
        sync_client(recorder).request(get(), value_cast(lambda: Thing))
    assert info.value.body == "{not json"
    recorder = Recorder([httpx.Response(200, content=b"{not json")])
    with pytest.raises(APIResponseValidationError):
        sync_client(recorder).request(get(), json_cast)
