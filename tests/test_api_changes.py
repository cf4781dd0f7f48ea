"""The API changes absorbed for 0.2.0: new arguments on every method, the lifecycle filter, the
version sent, and lossless parsing of every new response field (against the local simulator)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from _support.interpreters import without_anthropic_variables
from _support.official import needs_official, run_official
from claude_api_client import Anthropic, AsyncAnthropic
from claude_api_client._core._constants import API_VERSION
from claude_api_client.testing import local_api
from claude_api_client.types import Message, ModelInfo, RawMessageDeltaEvent

ROOT = Path(__file__).resolve().parents[1]


NAMESPACES = ("messages", "models", "files", "skills", "beta")


def _methods(client: Any) -> dict[str, Any]:
    """Every public method of every namespace, by dotted path (`beta.messages.create`)."""
    found: dict[str, Any] = {}

    def walk(obj: Any, prefix: str) -> None:
        for name in dir(type(obj)):
            if name.startswith("_") or name.startswith("with_"):
                continue
            attr = getattr(obj, name)
            if inspect.ismethod(attr):
                found[prefix + name] = attr
            elif hasattr(attr, "_client") and not callable(attr):
                walk(attr, f"{prefix}{name}.")

    walk(client, "")
    return {p: m for p, m in found.items() if p.split(".")[0] in NAMESPACES}


@pytest.mark.parametrize("cls", [Anthropic, AsyncAnthropic])
def test_every_method_takes_workspace_id(cls: type[Any]) -> None:
    methods = _methods(cls(api_key="sk-test"))
    assert "messages.stream" in methods and "beta.messages.stream" in methods
    assert len(methods) >= 48
    # Webhook verification is local work on a delivery, not a request: no workspace to name. The
    # work poller authenticates with an environment key, which belongs to one environment (the
    # official signature has no workspace_id either).
    local = {
        "beta.webhooks.unwrap",
        "beta.webhooks.parse_unverified",
        "beta.environments.work.poller",
        # the worker and the session tool runner are built on the poller and a session's key
        "beta.environments.work.worker",
        "beta.sessions.events.tool_runner",
    }
    # `thread()` takes it through `**params` (its create fields), as the official's does.
    from claude_api_client.types.beta import ThreadCreateParams

    assert "workspace_id" in ThreadCreateParams.__annotations__
    through_params = {"beta.messages.thread"}
    lacking = [
        p
        for p, m in methods.items()
        if p not in local | through_params and "workspace_id" not in inspect.signature(m).parameters
    ]
    assert lacking == []


def test_user_profile_id_where_the_api_takes_it() -> None:
    client = Anthropic(api_key="sk-test")
    for method in (
        client.messages.create,
        client.messages.stream,
        client.messages.count_tokens,
        client.messages.batches.create,
        client.beta.messages.create,
        client.beta.messages.stream,
        client.beta.messages.batches.create,
    ):
        params = inspect.signature(method).parameters
        assert "user_profile_id" in params and "anthropic_user_profile_id" not in params


def test_headers_go_out_under_their_wire_names() -> None:
    with local_api() as server, server.client() as client:
        client.messages.create(
            model="claude-opus-4-8",
            max_tokens=16,
            messages=[{"role": "user", "content": "hi"}],
            workspace_id="wrkspc_01",
            user_profile_id="uprof_01",
        )
        sent = server.requests[-1].headers
        assert sent["anthropic-workspace-id"] == "wrkspc_01"
        assert sent["anthropic-user-profile-id"] == "uprof_01"
        with client.beta.messages.stream(
            model="m",
            max_tokens=16,
            messages=[{"role": "user", "content": "hi"}],
            workspace_id="w2",
        ) as stream:
            stream.until_done()
        assert server.requests[-1].headers["anthropic-workspace-id"] == "w2"
        client.files.list(workspace_id="w3")
        assert server.requests[-1].headers["anthropic-workspace-id"] == "w3"
        client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "x"}])
        assert "anthropic-workspace-id" not in server.requests[-1].headers


def test_lifecycle_filter_is_sent_as_a_repeated_bracket_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "has_more": False})

    client = Anthropic(
        api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.models.list(lifecycle=["active", "deprecated"])
    query = urlsplit(str(seen[-1].url)).query
    # The same form the official package sends.
    assert query == "lifecycle%5B%5D=active&lifecycle%5B%5D=deprecated"


def test_lifecycle_filter_against_the_simulator() -> None:
    with local_api() as server, server.client() as client:
        default = [m.id for m in client.models.list()]
        retired = list(client.models.list(lifecycle=["retired"]))
        assert "claude-3-opus-20240229" not in default and default
        assert [m.id for m in retired] == ["claude-3-opus-20240229"]
        model = retired[0]
        assert model.lifecycle == "retired" and model.line == "opus"
        assert model.retires_at is not None and model.deprecated_at is not None
        with pytest.raises(Exception, match="lifecycle"):
            client.models.list(lifecycle=["gone"])  # type: ignore[list-item]


def test_the_version_sent_is_the_one_the_document_describes() -> None:
    doc = json.loads((ROOT / "generated" / "claude_api_client" / "openapi.json").read_text())
    assert API_VERSION == doc["info"]["version"] == "2023-06-01"
    with local_api() as server, server.client() as client:
        client.models.list()
        assert server.requests[-1].headers["anthropic-version"] == API_VERSION
        # The simulator also takes the version the official package 2.16 sends.
        reply = httpx.get(
            server.base_url + "/v1/models",
            headers={"x-api-key": server.api_key, "anthropic-version": "2026-10-21"},
        )
        assert reply.status_code == 200


def test_new_request_fields_pass_the_simulator() -> None:
    with local_api() as server, server.client() as client:
        client.messages.create(
            model="m",
            max_tokens=64,
            messages=[{"role": "user", "content": "hi"}],
            thinking={"type": "between_tools"},
            speed="fast",
            diagnostics={"previous_message_id": "msg_1"},
            tools=[
                {
                    "type": "web_fetch_20260318",
                    "name": "web_fetch",
                    "url_sources": {
                        "user_input": {"type": "none"},
                        "client_tool_results": {
                            "type": "only",
                            "tools": [{"type": "tool_reference", "name": "search"}],
                        },
                    },
                }
            ],
        )
        body = json.loads(server.requests[-1].body)
        assert body["thinking"] == {"type": "between_tools"} and body["speed"] == "fast"
        client.beta.messages.create(
            model="m",
            max_tokens=64,
            messages=[
                {
                    "role": "system",
                    "content": "Be brief.",
                    "clear_at": "next_user_message",
                    "output_config": {"effort": "low"},
                },
                {"role": "user", "content": "hi"},
            ],
            thinking={
                "type": "adaptive",
                "display": "updates",
                "block_binding": {"prefix_mismatch_behavior": "drop_block"},
            },
            billing_policy={"type": "billing_policy", "bill_to": "user_profile"},
            # (a `continue` needs a thread the simulator holds: tests/helpers/test_threads.py)
            thread={"type": "create"},
            user_profile_id="uprof_1",
        )
        client.beta.messages.count_tokens(
            model="m",
            messages=[{"role": "user", "content": "x"}],
            compaction={"type": "summarize", "instructions": "keep decisions"},
        )
        with pytest.raises(Exception, match="speed"):  # the simulator checks enums
            client.messages.create(
                model="m",
                max_tokens=8,
                messages=[{"role": "user", "content": "x"}],
                speed="warp",  # type: ignore[arg-type]
            )


def test_beta_only_fields_stay_off_the_ga_surface() -> None:
    client = Anthropic(api_key="x")
    ga = inspect.signature(client.messages.create).parameters
    beta = inspect.signature(client.beta.messages.create).parameters
    assert {"speed", "diagnostics"} <= set(ga)
    assert not {"billing_policy", "compaction", "thread"} & set(ga)
    assert {"billing_policy", "compaction", "thread"} <= set(beta)


MESSAGE: dict[str, Any] = {
    "type": "message",
    "id": "msg_1",
    "role": "assistant",
    "model": "claude-opus-4-8",
    "content": [
        {
            "type": "mcp_tool_listing",
            "mcp_server_name": "docs",
            "tools": [{"name": "search", "description": None, "input_schema": {"type": "object"}}],
        },
        {
            "type": "compaction",
            "content": "summary",
            "signature": "sig",
            "tool_changes": [
                {
                    "type": "tool_addition",
                    "tool": {
                        "type": "tool_definition",
                        "definition": {"name": "w", "input_schema": {}},
                    },
                },
                {
                    "type": "tool_removal",
                    "tool": {"type": "mcp_tool_reference", "name": "a", "server_name": "s"},
                },
            ],
        },
        {
            "type": "web_fetch_tool_result",
            "tool_use_id": "srvtoolu_1",
            "content": {"type": "web_fetch_tool_result_error", "error_code": "content_too_large"},
        },
        {
            "type": "text",
            "text": "ok",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "x",
                    "document_index": 0,
                    "document_title": None,
                    "start_char_index": 0,
                    "end_char_index": 1,
                    "file_id": "file_1",
                }
            ],
        },
    ],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "diagnostics": {"cache_miss_reason": {"type": "model_changed", "cache_missed_input_tokens": 5}},
    "input_transformations": [
        {
            "type": "thinking_mismatch_allowed",
            "path": "messages.1.content.0",
            "reason": "prefix_binding_mismatch",
        },
        {"type": "a_future_transformation", "path": "messages.0"},
    ],
    "usage": {"input_tokens": 1, "output_tokens": 2, "speed": "fast"},
}


def test_new_message_fields_parse_and_round_trip() -> None:
    message = Message.model_validate(MESSAGE)
    assert message.to_dict(mode="json") == MESSAGE
    listing, compaction, fetch, text = message.content
    assert type(listing).__name__ == "MCPToolListingBlock" and listing.tools[0].name == "search"
    assert compaction.signature == "sig"  # type: ignore[union-attr]
    assert [c.type for c in compaction.tool_changes] == ["tool_addition", "tool_removal"]  # type: ignore[union-attr]
    assert fetch.content.error_code == "content_too_large"  # type: ignore[union-attr]
    assert text.citations[0].file_id == "file_1"  # type: ignore[union-attr]
    assert message.usage.speed == "fast"
    assert message.input_transformations is not None
    known, unknown = message.input_transformations
    assert known.reason == "prefix_binding_mismatch"  # type: ignore[union-attr]
    assert type(unknown).__name__.startswith("Unknown")


def test_message_delta_carries_input_transformations() -> None:
    event = {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 3},
        "input_transformations": [
            {
                "type": "thinking_dropped",
                "path": "messages.2.content.0",
                "reason": "end_user_binding_mismatch",
            }
        ],
    }
    parsed = RawMessageDeltaEvent.model_validate(event)
    assert parsed.to_dict(mode="json") == event
    assert parsed.input_transformations is not None


def test_new_model_info_fields_round_trip() -> None:
    info = {
        "type": "model",
        "id": "claude-opus-4-8",
        "display_name": "Claude Opus 4.8",
        "created_at": "2026-08-01T00:00:00Z",
        "lifecycle": "active",
        "line": "opus",
        "deprecated_at": None,
        "retires_at": None,
        "capabilities": {
            "batch": {"supported": True},
            "citations": {"supported": True},
            "code_execution": {"supported": True},
            "context_management": {
                "supported": False,
                "clear_thinking_20251015": {"supported": False},
                "clear_tool_uses_20250919": {"supported": False},
                "compact_20260112": None,
            },
            "effort": {
                "supported": True,
                "low": {"supported": True},
                "medium": {"supported": True},
                "high": {"supported": True},
                "max": {"supported": True},
                "xhigh": None,
            },
            "image_input": {"supported": True},
            "pdf_input": {"supported": True},
            "server_tools": {
                "supported": True,
                "code_execution": {"supported": True},
                "web_search": {"supported": False},
            },
            "compaction": {"supported": True, "summarize": {"supported": True}},
            "structured_outputs": {"supported": True},
            "thinking": {
                "supported": True,
                "types": {
                    "adaptive": {"supported": True},
                    "enabled": {"supported": False},
                    "between_tools": {"supported": True},
                    "disabled": {"supported": True},
                },
            },
        },
        "max_input_tokens": 1000000,
        "max_tokens": 128000,
    }
    model = ModelInfo.model_validate(info)
    assert model.to_dict(mode="json") == info
    assert model.capabilities is not None
    assert model.capabilities.server_tools is not None
    assert model.capabilities.server_tools.web_search.supported is False
    assert model.capabilities.thinking.types.between_tools is not None


@needs_official
def test_official_signatures_are_all_present() -> None:
    """Every parameter of the official 2.16 methods of our endpoints exists here by name."""
    script = (
        "import inspect, json, anthropic\n"
        "c = anthropic.Anthropic(api_key='x')\n"
        "out = {}\n"
        f"for path in {sorted(_methods(Anthropic(api_key='x')))!r}:\n"
        "    obj = c\n"
        "    try:\n"
        "        for part in path.split('.'): obj = getattr(obj, part)\n"
        "    except AttributeError:\n"
        "        continue\n"
        "    out[path] = sorted(inspect.signature(obj).parameters)\n"
        "print(json.dumps(out))\n"
    )
    result = run_official("-c", script, env=without_anthropic_variables())
    official: dict[str, list[str]] = json.loads(result.stdout)
    ours = _methods(Anthropic(api_key="x"))
    # `output_format` there is the structured-output class of `parse`-style helpers, not a wire
    # field of GA stream/count_tokens: the structured-outputs helpers own it.
    exempt = {"output_format"}
    missing = {
        path: [
            p
            for p in params
            if p not in inspect.signature(ours[path]).parameters and p not in exempt
        ]
        for path, params in official.items()
    }
    assert {k: v for k, v in missing.items() if v} == {}
    assert len(official) >= 48


def test_an_expired_file_raises_its_error_code_class() -> None:
    import claude_api_client

    with local_api() as server, server.client() as client:
        uploaded = client.files.upload(
            file=("a.txt", b"hello", "text/plain"), expires_in_seconds=3600
        )
        assert uploaded.expires_at is not None
        assert client.files.download(uploaded.id).read() == b"hello"
        server.state.advance(3600)
        with pytest.raises(claude_api_client.FileExpiredError) as info:
            client.files.download(uploaded.id).read()
        error = info.value
        assert isinstance(error, claude_api_client.NotFoundError) and error.status_code == 404
        assert error.error_code == "file_expired"
        assert type(error.details).__name__ == "FileExpiredErrorDetails"
        kept = client.files.upload(file=("b.txt", b"stays", "text/plain"))
        assert client.files.download(kept.id).read() == b"stays"


def test_a_header_argument_cannot_smuggle_another_header() -> None:
    with local_api() as server, server.client() as client:
        sent = len(server.requests)
        with pytest.raises(
            ValueError, match="header 'anthropic-workspace-id' contains a line break"
        ):
            client.models.list(workspace_id="w\r\nx-evil: 1")
        assert len(server.requests) == sent  # refused before the network


def test_the_simulator_answers_the_new_request_fields() -> None:
    with local_api() as server, server.client() as client:
        hello = [{"role": "user", "content": "plan a trip"}]
        message = client.messages.create(
            model="m", max_tokens=32, messages=hello, speed="fast", diagnostics={}
        )
        assert message.usage.speed == "fast"
        assert message.diagnostics is not None and message.diagnostics.cache_miss_reason is None
        compacted = client.beta.messages.create(
            model="m", max_tokens=32, messages=hello, compaction={"type": "summarize"}
        )
        assert compacted.stop_reason == "compaction"
        (block,) = compacted.content
        assert block.type == "compaction" and block.signature  # type: ignore[union-attr]
        with client.beta.messages.stream(
            model="m", max_tokens=32, messages=hello, compaction={"type": "summarize"}
        ) as stream:
            final = stream.get_final_message()
        assert final.stop_reason == "compaction"
        assert final.to_dict(mode="json")["content"] == [
            {
                "type": "compaction",
                "content": "Summary: plan a trip",
                "signature": "sig_" + final.id,
            }
        ]
