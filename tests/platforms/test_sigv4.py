"""SigV4: requests our AWS clients really sent to the local server, checked by an independent
verifier (tests/platforms/_sigv4_verify.py) — per service, with and without a session token,
with path characters that need encoding twice, and again on every retry."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from claude_api_client import (
    AnthropicAWS,
    AnthropicBedrock,
    AnthropicBedrockMantle,
    AsyncAnthropicBedrock,
    NotFoundError,
)
from claude_api_client.lib.aws._sigv4 import AWSCredentials, sign_request
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import no_sleep_policy

from ._sigv4_verify import SignatureMismatch, verify, verify_sent

KEY, SECRET, TOKEN = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session/token+=="
MESSAGES: Any = [{"role": "user", "content": "Hello"}]
ARN = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude x;1"


def _bedrock(api: LocalAPIServer, token: str | None, **options: Any) -> AnthropicBedrock:
    return AnthropicBedrock(
        aws_access_key=KEY,
        aws_secret_key=SECRET,
        aws_session_token=token,
        aws_region="eu-west-3",
        base_url=api.base_url,
        retry_policy=no_sleep_policy(),
        **options,
    )


@pytest.mark.parametrize("token", [None, TOKEN])
def test_bedrock_invoke_is_signed_for_bedrock(
    claude_api: LocalAPIServer, token: str | None
) -> None:
    with _bedrock(claude_api, token) as client:
        client.messages.create(model=ARN, max_tokens=16, messages=MESSAGES)
    seen = claude_api.requests[-1]
    assert seen.sent is not None
    # "/" and " " and ";" in the model are encoded once on the wire, hence twice when signed.
    assert seen.sent.path == (
        "/model/arn:aws:bedrock:us-east-1:123456789012:inference-profile%2F"
        "us.anthropic.claude%20x%3B1/invoke"
    )
    fields = verify_sent(
        seen, access_key=KEY, secret_key=SECRET, region="eu-west-3", service="bedrock"
    )
    assert ("x-amz-security-token" in fields["signed"].split(";")) == (token is not None)
    assert seen.sent.headers.get("x-amz-security-token") == token


@pytest.mark.parametrize("token", [None, TOKEN])
def test_bedrock_stream_and_async_are_signed(claude_api: LocalAPIServer, token: str | None) -> None:
    import asyncio

    async def run() -> None:
        async with AsyncAnthropicBedrock(
            aws_access_key=KEY,
            aws_secret_key=SECRET,
            aws_session_token=token,
            aws_region="us-east-1",
            base_url=claude_api.base_url,
        ) as client:
            async with client.messages.stream(model="m", max_tokens=8, messages=MESSAGES) as s:
                await s.get_final_message()

    asyncio.run(run())
    seen = claude_api.requests[-1]
    assert seen.sent is not None and seen.sent.path.endswith("/invoke-with-response-stream")
    verify_sent(seen, access_key=KEY, secret_key=SECRET, region="us-east-1", service="bedrock")


@pytest.mark.parametrize("token", [None, TOKEN])
def test_mantle_is_signed_for_bedrock_mantle(claude_api: LocalAPIServer, token: str | None) -> None:
    with AnthropicBedrockMantle(
        aws_access_key=KEY,
        aws_secret_key=SECRET,
        aws_session_token=token,
        aws_region="us-west-2",
        base_url=f"{claude_api.base_url}/anthropic",
    ) as client:
        client.beta.messages.count_tokens(model="m", messages=MESSAGES, betas=["b-1"])
    seen = claude_api.requests[-1]
    verify_sent(
        seen, access_key=KEY, secret_key=SECRET, region="us-west-2", service="bedrock-mantle"
    )


@pytest.mark.parametrize("token", [None, TOKEN])
def test_aws_is_signed_for_aws_external_anthropic_with_a_query(
    claude_api: LocalAPIServer, token: str | None
) -> None:
    with AnthropicAWS(
        aws_access_key=KEY,
        aws_secret_key=SECRET,
        aws_session_token=token,
        aws_region="ap-south-1",
        workspace_id="wrkspc_1",
        base_url=claude_api.base_url,
    ) as client:
        with pytest.raises(NotFoundError):  # unknown to the simulator; the request still counts
            client.models.retrieve("claude model/1")
        client.models.list(limit=3, extra_query={"tag": "a b/c"})
    retrieve, listing = claude_api.requests[-2:]
    assert retrieve.path == "/v1/models/claude%20model%2F1"
    assert listing.query == {"limit": ["3"], "tag": ["a b/c"]}
    for seen in (retrieve, listing):
        verify_sent(
            seen,
            access_key=KEY,
            secret_key=SECRET,
            region="ap-south-1",
            service="aws-external-anthropic",
        )
        assert seen.headers["anthropic-workspace-id"] == "wrkspc_1"


def test_every_retry_is_signed_again(claude_api: LocalAPIServer) -> None:
    claude_api.fail_next([529, 529], headers={"retry-after": "0"})
    with _bedrock(claude_api, TOKEN) as client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    attempts = claude_api.requests[-3:]
    assert len({r.sent.headers["authorization"] for r in attempts if r.sent}) >= 1
    for seen in attempts:
        verify_sent(seen, access_key=KEY, secret_key=SECRET, region="eu-west-3", service="bedrock")


def test_the_verifier_rejects_a_changed_request(claude_api: LocalAPIServer) -> None:
    with _bedrock(claude_api, None) as client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    sent = claude_api.requests[-1].sent
    assert sent is not None
    good = dict(
        method=sent.method, raw_path=sent.path, query=sent.query, headers=sent.headers,
        body=sent.body, access_key=KEY, secret_key=SECRET, region="eu-west-3", service="bedrock",
    )  # fmt: skip
    verify(**good)  # type: ignore[arg-type]
    for change in (
        {"body": sent.body + b" "},
        {"raw_path": sent.path.replace("/m/", "/n/")},
        {"secret_key": SECRET + "x"},
        {"region": "us-east-1"},
        {"headers": {**sent.headers, "content-type": "text/plain"}},
    ):
        with pytest.raises(SignatureMismatch):
            verify(**{**good, **change})  # type: ignore[arg-type]


def test_signature_matches_botocore_for_the_same_request() -> None:
    auth = pytest.importorskip("botocore.auth")
    awsrequest = pytest.importorskip("botocore.awsrequest")
    credentials = pytest.importorskip("botocore.credentials")
    moment = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    request = httpx.Request(
        "POST",
        "https://bedrock-runtime.us-east-1.amazonaws.com/model/a:b%2Fc/invoke?x=1&a=b%20c",
        headers={"content-type": "application/json", "anthropic-beta": "b1,  b2"},
        content=b'{"max_tokens": 1}',
    )
    sign_request(
        request,
        AWSCredentials(KEY, SECRET, TOKEN),
        region="us-east-1",
        service="bedrock",
        now=moment,
    )
    theirs = awsrequest.AWSRequest(
        method="POST",
        url=str(request.url),
        headers={
            k: v
            for k, v in request.headers.items()
            if k not in ("authorization", "x-amz-date", "x-amz-security-token")
        },
        data=b'{"max_tokens": 1}',
    )
    signer = auth.SigV4Auth(credentials.Credentials(KEY, SECRET, TOKEN), "bedrock", "us-east-1")
    signer._timestamp = lambda: "20260102T030405Z"  # botocore's clock, pinned like ours
    import unittest.mock

    with unittest.mock.patch.object(auth.datetime, "datetime") as clock:
        clock.now.return_value = moment.replace(tzinfo=None)
        clock.utcnow.return_value = moment.replace(tzinfo=None)
        clock.strptime = dt.datetime.strptime
        signer.add_auth(theirs)
    ours_signature = request.headers["authorization"].rsplit("Signature=", 1)[1]
    theirs_signature = theirs.headers["Authorization"].rsplit("Signature=", 1)[1]
    assert ours_signature == theirs_signature
