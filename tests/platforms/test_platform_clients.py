"""What each platform client sends: rewrites, headers, env vars, refusals, copies — and that no
first-party credential from the environment ever reaches a platform."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from claude_api_client import (
    AnthropicAWS,
    AnthropicBedrock,
    AnthropicBedrockMantle,
    AnthropicError,
    AnthropicFoundry,
    AnthropicGoogleCloud,
    AnthropicVertex,
    AsyncAnthropicFoundry,
    AsyncAnthropicGoogleCloud,
)
from claude_api_client.testing import LocalAPIServer, Request

MESSAGES: Any = [{"role": "user", "content": "Hello"}]
LEAK = "sk-ant-must-not-leak"


@pytest.fixture(autouse=True)
def first_party_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first-party key, token and URL in the environment: none may reach a platform."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", LEAK)
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", LEAK)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://first-party.invalid")
    for name in (
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_BEARER_TOKEN_BEDROCK", "ANTHROPIC_AWS_API_KEY",
        "ANTHROPIC_BEDROCK_BASE_URL", "CLOUD_ML_REGION", "ANTHROPIC_VERTEX_PROJECT_ID",
        "ANTHROPIC_FOUNDRY_API_KEY", "ANTHROPIC_FOUNDRY_RESOURCE", "ANTHROPIC_FOUNDRY_BASE_URL",
    ):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def _url(client: Any) -> str:
    return str(client.base_url).rstrip("/")


def _sent_message(api: LocalAPIServer, client: Any, model: str = "m") -> Request:
    """Send one message through a platform client; the request as it reached the server (after
    the platform's rewrite)."""
    client.messages.create(model=model, max_tokens=8, messages=MESSAGES)
    sent = api.requests[-1].sent
    assert sent is not None
    return sent


def _no_leak(api: LocalAPIServer) -> None:
    for seen in api.requests:
        sent = seen.sent or seen
        assert LEAK not in repr(sent.headers) and LEAK.encode() not in sent.body


def test_bedrock_rewrites_the_request(
    claude_api: LocalAPIServer, claude_bedrock_client: AnthropicBedrock
) -> None:
    claude_bedrock_client.beta.messages.create(
        model="anthropic.claude-x-v1:0",
        max_tokens=8,
        messages=MESSAGES,
        betas=["beta-a", "beta-b"],
        extra_headers={"anthropic-user-profile-id": "prof_1"},
        extra_body={"custom": 1},
    )
    sent = claude_api.requests[-1].sent
    assert sent is not None
    assert sent.path == "/model/anthropic.claude-x-v1:0/invoke"
    body = sent.json()
    assert "model" not in body and "stream" not in body
    assert body["anthropic_version"] == "2023-06-01"
    assert body["anthropic_beta"] == ["beta-a", "beta-b"] and body["custom"] == 1
    assert body["user_profile_id"] == "prof_1"
    assert sent.headers["anthropic-beta"] == "beta-a,beta-b"
    assert "anthropic-user-profile-id" not in sent.headers
    assert "anthropic-version" not in sent.headers  # it is in the body, as the official sends it
    _no_leak(claude_api)


@pytest.mark.parametrize(
    ("call", "what"),
    [
        (lambda c: c.messages.count_tokens(model="m", messages=MESSAGES), "Token counting"),
        (lambda c: c.messages.batches.list(), "Message Batches"),
        (lambda c: c.models.list(), "GET /v1/models"),
    ],
)
def test_bedrock_refuses_what_it_does_not_serve(
    claude_api: LocalAPIServer, claude_bedrock_client: AnthropicBedrock, call: Any, what: str
) -> None:
    with pytest.raises(AnthropicError, match=f"{what}.*not supported on Amazon Bedrock"):
        call(claude_bedrock_client)
    assert claude_api.requests == []


def test_bedrock_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="No AWS region"):
        AnthropicBedrock(aws_access_key="a", aws_secret_key="b", aws_profile=None)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ca-central-1")
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "bedrock-key")
    client = AnthropicBedrock()
    assert client.aws_region == "ca-central-1" and client.api_key == "bedrock-key"
    assert _url(client) == "https://bedrock-runtime.ca-central-1.amazonaws.com"
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", "https://proxy.example/bedrock")
    assert _url(AnthropicBedrock()) == "https://proxy.example/bedrock"
    with pytest.raises(ValueError, match="either api_key or AWS credentials"):
        AnthropicBedrock(api_key="k", aws_access_key="a", aws_secret_key="b")
    with pytest.raises(ValueError, match="aws_access_key` was given without `aws_secret_key"):
        AnthropicBedrock(aws_access_key="a")
    # A copy keeps the settings and may change them.
    other = AnthropicBedrock(aws_access_key="a", aws_secret_key="b").copy(aws_region="us-west-2")
    assert other.aws_region == "us-west-2" and other.api_key is None
    with pytest.raises(TypeError, match="unexpected argument"):
        client.copy(project_id="x")


def test_bedrock_api_key_is_a_bearer_token(claude_api: LocalAPIServer) -> None:
    with AnthropicBedrock(
        api_key="bedrock-key", aws_region="us-east-1", base_url=claude_api.base_url
    ) as c:
        c.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    sent = claude_api.requests[-1].sent
    assert sent is not None and sent.headers["authorization"] == "Bearer bedrock-key"
    assert "x-amz-date" not in sent.headers


def test_environment_aws_keys_sign_without_botocore(
    claude_api: LocalAPIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
    monkeypatch.setenv("AWS_REGION", "us-east-2")
    from ._sigv4_verify import verify_sent

    with AnthropicBedrock(base_url=claude_api.base_url) as client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    seen = claude_api.requests[-1]
    verify_sent(
        seen, access_key="AKIDENV", secret_key="env-secret", region="us-east-2", service="bedrock"
    )
    assert seen.sent is not None and seen.sent.headers["x-amz-security-token"] == "env-token"


def test_a_profile_goes_through_botocore(
    claude_api: LocalAPIServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    pytest.importorskip("botocore")
    (tmp_path / "credentials").write_text(
        "[team]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n"
    )
    (tmp_path / "config").write_text("[profile team]\nregion = sa-east-1\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    from ._sigv4_verify import verify_sent

    with AnthropicBedrock(aws_profile="team", base_url=claude_api.base_url) as client:
        assert client.aws_region == "sa-east-1"
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    verify_sent(
        claude_api.requests[-1],
        access_key="AKIDPROFILE", secret_key="profile-secret", region="sa-east-1", service="bedrock",
    )  # fmt: skip


def test_mantle_moves_the_user_profile_and_refuses_the_rest(
    claude_api: LocalAPIServer, claude_bedrock_mantle_client: AnthropicBedrockMantle
) -> None:
    claude_bedrock_mantle_client.messages.create(
        model="m",
        max_tokens=8,
        messages=MESSAGES,
        extra_headers={"anthropic-user-profile-id": "p1"},
    )
    sent = claude_api.requests[-1].sent
    assert sent is not None and sent.path == "/anthropic/v1/messages"
    assert (
        sent.json()["user_profile_id"] == "p1" and "anthropic-user-profile-id" not in sent.headers
    )
    with pytest.raises(AnthropicError, match="not supported"):
        claude_bedrock_mantle_client.models.list()
    _no_leak(claude_api)


def test_vertex_rewrites_and_hosts(
    claude_api: LocalAPIServer,
    claude_vertex_client: AnthropicVertex,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent = _sent_message(claude_api, claude_vertex_client, model="claude-x@2025")
    assert sent.path == (
        "/v1/projects/local-project/locations/us-east5/publishers/anthropic/models/"
        "claude-x@2025:rawPredict"
    )
    assert "model" not in sent.json() and sent.json()["anthropic_version"] == "2023-06-01"
    assert "anthropic-version" not in sent.headers
    assert sent.headers["authorization"] == "Bearer local-test-token"
    with pytest.raises(AnthropicError, match="Message Batches"):
        claude_vertex_client.messages.batches.list()
    hosts = {
        "global": "https://aiplatform.googleapis.com/v1",
        "us": "https://aiplatform.us.rep.googleapis.com/v1",
        "eu": "https://aiplatform.eu.rep.googleapis.com/v1",
        "us-east5": "https://us-east5-aiplatform.googleapis.com/v1",
    }
    for region, host in hosts.items():
        assert _url(AnthropicVertex(region=region, access_token="t")) == host
    with pytest.raises(ValueError, match="CLOUD_ML_REGION"):
        AnthropicVertex(access_token="t")
    monkeypatch.setenv("CLOUD_ML_REGION", "eu")
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "env-project")
    client = AnthropicVertex(access_token="t")
    assert client.region == "eu" and client.project_id == "env-project"
    _no_leak(claude_api)


def test_vertex_without_project_fails_before_sending(claude_api: LocalAPIServer) -> None:
    with AnthropicVertex(region="us-east5", access_token="t", base_url=claude_api.base_url) as c:
        with pytest.raises(AnthropicError, match="No Google Cloud project"):
            c.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    assert claude_api.requests == []


def test_foundry_headers_refusals_and_env(
    claude_api: LocalAPIServer,
    claude_foundry_client: AnthropicFoundry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent = _sent_message(claude_api, claude_foundry_client)
    assert sent.path == "/anthropic/v1/messages"
    assert sent.headers["x-api-key"] == sent.headers["api-key"] == "local-foundry-key"
    assert "authorization" not in sent.headers
    for call in (
        lambda: claude_foundry_client.models.list(),
        lambda: claude_foundry_client.messages.batches.list(),
    ):
        with pytest.raises(AnthropicError, match="not supported on Microsoft Foundry"):
            call()
    assert len(claude_api.requests) == 1
    with pytest.raises(AnthropicError, match="ANTHROPIC_FOUNDRY_API_KEY"):
        AnthropicFoundry(resource="r")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "my-res")
    client = AnthropicFoundry()
    assert client.api_key == "env-key"
    assert _url(client) == "https://my-res.services.ai.azure.com/anthropic"
    with pytest.raises(ValueError, match="not a resource name"):
        AnthropicFoundry(resource="evil.example/x")
    _no_leak(claude_api)


def test_foundry_token_providers(claude_api: LocalAPIServer) -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return f"aad-{len(calls)}"

    base = f"{claude_api.base_url}/anthropic/"
    with AnthropicFoundry(azure_ad_token_provider=provider, base_url=base) as client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    auths = [r.sent.headers["authorization"] for r in claude_api.requests if r.sent]
    assert auths == ["Bearer aad-1", "Bearer aad-2"]
    assert all("x-api-key" not in r.sent.headers for r in claude_api.requests if r.sent)

    async def async_provider() -> str:
        return "aad-async"

    async def run() -> None:
        async with AsyncAnthropicFoundry(
            azure_ad_token_provider=async_provider, base_url=base
        ) as c:
            await c.messages.create(model="m", max_tokens=8, messages=MESSAGES)

    asyncio.run(run())
    sent = claude_api.requests[-1].sent
    assert sent is not None and sent.headers["authorization"] == "Bearer aad-async"
    with AnthropicFoundry(azure_ad_token_provider=async_provider, base_url=base) as client:
        with pytest.raises(TypeError, match="use the async client"):
            client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    with AnthropicFoundry(azure_ad_token_provider=lambda: "", base_url=base) as client:
        with pytest.raises(ValueError, match="non-empty string"):
            client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    _no_leak(claude_api)


def test_aws_api_key_workspace_and_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    from claude_api_client._core._options import RequestOptions

    with pytest.raises(AnthropicError, match="No workspace"):
        AnthropicAWS(api_key="k", aws_region="us-east-1")
    monkeypatch.setenv("ANTHROPIC_AWS_API_KEY", "aws-key")
    monkeypatch.setenv("ANTHROPIC_AWS_WORKSPACE_ID", "wrk_env")
    with LocalAPIServer(api_key="aws-key") as api:
        with AnthropicAWS(aws_region="eu-central-1", base_url=api.base_url) as client:
            client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
            with pytest.raises(AnthropicError, match="action URLs"):
                client._prepare_options(
                    RequestOptions(method="post", path="/v1/user_profiles/up_1/action_urls")
                )
        seen = api.requests[-1]
        # AWS takes an API key as a bearer token only (its API key authentication).
        assert seen.headers["authorization"] == "Bearer aws-key"
        assert "x-api-key" not in seen.headers
        assert seen.headers["anthropic-workspace-id"] == "wrk_env"
        _no_leak(api)
    default = AnthropicAWS(aws_region="eu-central-1")
    assert _url(default) == "https://aws-external-anthropic.eu-central-1.api.aws"


def test_google_cloud_routes_and_providers(claude_api: LocalAPIServer) -> None:
    client = AnthropicGoogleCloud(project="p1", workspace_id="w1", token_provider=lambda: "gtok")
    import httpx

    client.base_url = httpx.URL(claude_api.base_url + "/")
    with client:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
        client.models.list()
    paths = [r.sent.path for r in claude_api.requests if r.sent]
    assert paths == [
        "/v1/projects/p1/locations/global/workspaces/w1/invoke/v1/messages",
        "/v1/projects/p1/locations/global/workspaces/w1/invoke/v1/models",
    ]
    assert all(
        r.sent.headers["authorization"] == "Bearer gtok" for r in claude_api.requests if r.sent
    )
    no_workspace = AnthropicGoogleCloud(project="p1", token_provider=lambda: "gtok")
    with pytest.raises(AnthropicError, match="No workspace"):
        no_workspace.messages.create(model="m", max_tokens=8, messages=MESSAGES)

    async def provider() -> str:
        return "async-gtok"

    async def run() -> None:
        async with AsyncAnthropicGoogleCloud(
            project="p1", workspace_id="w1", token_provider=provider,
            base_url=f"{claude_api.base_url}/v1/projects/p1/locations/global/workspaces/w1/invoke",
        ) as c:  # fmt: skip
            await c.messages.count_tokens(model="m", messages=MESSAGES)

    asyncio.run(run())
    sent = claude_api.requests[-1].sent
    assert sent is not None and sent.headers["authorization"] == "Bearer async-gtok"
    _no_leak(claude_api)


def test_fixtures_reach_every_platform_route(
    claude_aws_client: AnthropicAWS, claude_google_cloud_client: AnthropicGoogleCloud
) -> None:
    for client in (claude_aws_client, claude_google_cloud_client):
        message = client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
        assert message.content[0].type == "text"


def test_a_profile_without_botocore_names_the_extra(
    claude_api: LocalAPIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claude_api_client.lib._extras import MissingDependencyError

    monkeypatch.setitem(__import__("sys").modules, "botocore.session", None)
    with AnthropicBedrock(
        aws_profile="team", aws_region="us-east-1", base_url=claude_api.base_url
    ) as c:
        with pytest.raises(MissingDependencyError, match=r"claude-api-client\[bedrock\]"):
            c.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    assert claude_api.requests == []


def test_bedrock_raw_responses_and_typed_errors(
    claude_api: LocalAPIServer, claude_bedrock_client: AnthropicBedrock
) -> None:
    from claude_api_client import BadRequestError

    raw = claude_bedrock_client.messages.with_raw_response.create(
        model="m", max_tokens=8, messages=MESSAGES
    )
    assert raw.parse().content[0].type == "text"
    with claude_bedrock_client.messages.with_streaming_response.create(
        model="m", max_tokens=8, messages=MESSAGES, stream=True
    ) as response:
        kinds = [event.type for event in response.parse()]
    assert kinds[-1] == "message_stop"
    claude_api.fail_next([400], message="bad model")
    with pytest.raises(BadRequestError, match="bad model"):
        claude_bedrock_client.messages.create(model="m", max_tokens=8, messages=MESSAGES)


def test_bedrock_errors_name_the_aws_request_id() -> None:
    import httpx

    from claude_api_client import AsyncAnthropicBedrock, BadRequestError

    def bedrock(request: httpx.Request) -> httpx.Response:
        body = {"message": "The provided model identifier is invalid."}
        return httpx.Response(400, json=body, headers={"x-amzn-RequestId": "aws-req-1"})

    client = AnthropicBedrock(aws_access_key="a", aws_secret_key="b", aws_region="us-east-1")
    client.http_client._transport = httpx.MockTransport(bedrock)  # the pool we created, its hooks
    with client, pytest.raises(BadRequestError, match="model identifier is invalid") as caught:
        client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
    assert caught.value.request_id == "aws-req-1"

    async def run() -> None:
        async_client = AsyncAnthropicBedrock(
            aws_access_key="a", aws_secret_key="b", aws_region="us-east-1"
        )
        async_client.http_client._transport = httpx.MockTransport(bedrock)
        async with async_client:
            with pytest.raises(BadRequestError) as failed:
                await async_client.messages.create(model="m", max_tokens=8, messages=MESSAGES)
        assert failed.value.request_id == "aws-req-1"

    asyncio.run(run())
