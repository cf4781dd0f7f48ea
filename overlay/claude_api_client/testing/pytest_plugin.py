"""pytest fixtures for the local Claude API simulator.

Opt in from a conftest (nothing is registered globally)::

    pytest_plugins = ["claude_api_client.testing.pytest_plugin"]

Fixtures (function-scoped, so every test starts with a fresh server):

- ``claude_api``: a running :class:`~claude_api_client.testing.LocalAPIServer`;
- ``claude_client``: an ``Anthropic`` client pointed at it, closed after the test;
- ``async_claude_client``: an ``AsyncAnthropic`` client pointed at it. Use it inside your own
  event loop (``asyncio.run``, ``anyio.run`` …); it is closed at teardown if you did not close it.

Platform clients of the same server (it also answers each platform's own routes):
``claude_bedrock_client``, ``claude_bedrock_mantle_client``, ``claude_vertex_client``,
``claude_foundry_client``, ``claude_aws_client``, ``claude_google_cloud_client``.

All clients keep the default retry rules but never sleep between attempts (their retry policy's
``sleep`` records nothing and returns at once), so tests of retries stay fast.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._server import LocalAPIServer

if TYPE_CHECKING:
    from .._client import Anthropic, AsyncAnthropic
    from .._core._retry import RetryPolicy

__all__ = [
    "async_claude_client",
    "claude_api",
    "claude_aws_client",
    "claude_bedrock_client",
    "claude_bedrock_mantle_client",
    "claude_client",
    "claude_foundry_client",
    "claude_google_cloud_client",
    "claude_vertex_client",
    "no_sleep_policy",
    "platform_client",
]


async def _no_async_sleep(seconds: float) -> None:
    return None


def no_sleep_policy() -> RetryPolicy:
    """The default retry policy, minus the waiting."""
    from .._core._retry import RetryPolicy

    return RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_async_sleep)


@pytest.fixture
def claude_api() -> Iterator[LocalAPIServer]:
    """A local Claude API server on 127.0.0.1, stopped after the test."""
    with LocalAPIServer() as server:
        yield server


@pytest.fixture
def claude_client(claude_api: LocalAPIServer) -> Iterator[Anthropic]:
    """A synchronous client of the local server."""
    with claude_api.client(retry_policy=no_sleep_policy()) as client:
        yield client


@pytest.fixture
def async_claude_client(claude_api: LocalAPIServer) -> Iterator[AsyncAnthropic]:
    """An asynchronous client of the local server."""
    client = claude_api.async_client(retry_policy=no_sleep_policy())
    yield client
    if not client.is_closed():
        # Connections opened in a test's own (now closed) loop may refuse a clean close here;
        # the server side is torn down next either way.
        with contextlib.suppress(RuntimeError):
            asyncio.run(client.close())


# --- platform clients ---------------------------------------------------------------------------
# Each is pointed at the same local server, which answers the platform's own routes (Bedrock's
# invoke and event-stream, Vertex AI's rawPredict …) from the same echo model.

TEST_AWS_ACCESS_KEY = "AKIDLOCALTEST"
TEST_AWS_SECRET_KEY = "local-test-secret"
TEST_PROJECT = "local-project"
TEST_WORKSPACE = "wrkspc_local"


_AWS_KEYS = {"aws_access_key": TEST_AWS_ACCESS_KEY, "aws_secret_key": TEST_AWS_SECRET_KEY}
_GOOGLE_CLOUD_PREFIX = (
    f"/v1/projects/{TEST_PROJECT}/locations/global/workspaces/{TEST_WORKSPACE}/invoke"
)

# Per platform: its module under `lib`, its sync and async classes, and the arguments (given the
# server's base URL) that point it at the local server with test credentials.
PLATFORMS: dict[str, tuple[str, str, str, Callable[[str], dict[str, Any]]]] = {
    "bedrock": (
        "bedrock",
        "AnthropicBedrock",
        "AsyncAnthropicBedrock",
        lambda url: {**_AWS_KEYS, "aws_region": "us-east-1", "base_url": url},
    ),
    "bedrock_mantle": (
        "bedrock",
        "AnthropicBedrockMantle",
        "AsyncAnthropicBedrockMantle",
        lambda url: {**_AWS_KEYS, "aws_region": "us-east-1", "base_url": f"{url}/anthropic"},
    ),
    "vertex": (
        "vertex",
        "AnthropicVertex",
        "AsyncAnthropicVertex",
        lambda url: {
            "region": "us-east5",
            "project_id": TEST_PROJECT,
            "access_token": "local-test-token",
            "base_url": f"{url}/v1",
        },
    ),
    "foundry": (
        "foundry",
        "AnthropicFoundry",
        "AsyncAnthropicFoundry",
        lambda url: {"api_key": "local-foundry-key", "base_url": f"{url}/anthropic/"},
    ),
    "aws": (
        "aws",
        "AnthropicAWS",
        "AsyncAnthropicAWS",
        lambda url: {
            **_AWS_KEYS,
            "aws_region": "us-east-1",
            "workspace_id": TEST_WORKSPACE,
            "base_url": url,
        },
    ),
    "google_cloud": (
        "google_cloud",
        "AnthropicGoogleCloud",
        "AsyncAnthropicGoogleCloud",
        lambda url: {
            "project": TEST_PROJECT,
            "workspace_id": TEST_WORKSPACE,
            "token_provider": lambda: "local-test-token",
            "base_url": url + _GOOGLE_CLOUD_PREFIX,
        },
    ),
}


def platform_client(
    platform: str, server: LocalAPIServer, *, async_client: bool = False, **arguments: Any
) -> Any:
    """A client of `platform` (a key of `PLATFORMS`) pointed at `server`, with test credentials
    and a retry policy that never sleeps; `arguments` are added to (or replace) those."""
    module, sync_name, async_name, settings = PLATFORMS[platform]
    cls = getattr(
        importlib.import_module(f"..lib.{module}", __package__),
        (async_name if async_client else sync_name),
    )
    return cls(**{**settings(server.base_url), "retry_policy": no_sleep_policy(), **arguments})


def _platform_fixture(platform: str, doc: str) -> Any:
    def fixture(claude_api: LocalAPIServer) -> Iterator[Any]:
        with platform_client(platform, claude_api) as client:
            yield client

    fixture.__doc__ = doc
    return pytest.fixture(fixture, name=f"claude_{platform}_client")


claude_bedrock_client = _platform_fixture(
    "bedrock", "An `AnthropicBedrock` client of the local server (SigV4-signed with test keys)."
)
claude_bedrock_mantle_client = _platform_fixture(
    "bedrock_mantle",
    "An `AnthropicBedrockMantle` client of the local server (SigV4-signed with test keys).",
)
claude_vertex_client = _platform_fixture(
    "vertex", "An `AnthropicVertex` client of the local server (a fixed access token)."
)
claude_foundry_client = _platform_fixture(
    "foundry", "An `AnthropicFoundry` client of the local server (a Foundry key)."
)
claude_aws_client = _platform_fixture(
    "aws", "An `AnthropicAWS` client of the local server (SigV4-signed with test keys)."
)
claude_google_cloud_client = _platform_fixture(
    "google_cloud", "An `AnthropicGoogleCloud` client of the local server (a token provider)."
)
