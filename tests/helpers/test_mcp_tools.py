"""`claude_api_client.lib.tools.mcp`: real `mcp` objects converted to Claude API params, MCP tools
run by the tool runner against the simulator, and the same outputs as the official package's."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from types import SimpleNamespace
from typing import Any

import pytest

mcp_types = pytest.importorskip("mcp.types")

from _support.interpreters import run_python, without_anthropic_variables  # noqa: E402
from _support.official import needs_official, official_python_importing  # noqa: E402
from claude_api_client.lib.tools import BetaAsyncFunctionTool, BetaFunctionTool, ToolError  # noqa: E402
from claude_api_client.lib.tools.mcp import (  # noqa: E402
    UnsupportedMCPValueError,
    async_mcp_tool,
    mcp_content,
    mcp_message,
    mcp_resource_to_content,
    mcp_resource_to_file,
    mcp_tool,
)
from claude_api_client.testing import LocalAPIServer  # noqa: E402

MODEL = "claude-sonnet-4-5"
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\nfake").decode()
PDF = base64.b64encode(b"%PDF-1.7 fake").decode()
CACHE = {"type": "ephemeral"}


def make(kind: str, data: dict[str, Any]) -> Any:
    """An `mcp.types` object from its wire JSON (camelCase, as an MCP server sends it)."""
    return getattr(mcp_types, kind).model_validate(data)


def text_resource(uri: str, text: str, mime: str | None = "text/plain") -> dict[str, Any]:
    data: dict[str, Any] = {"uri": uri, "text": text}
    if mime is not None:
        data["mimeType"] = mime
    return data


def blob_resource(uri: str, blob: str, mime: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"uri": uri, "blob": blob}
    if mime is not None:
        data["mimeType"] = mime
    return data


def embedded(resource: dict[str, Any]) -> dict[str, Any]:
    return {"type": "resource", "resource": resource}


class StubSession:
    """Stands in for `mcp.ClientSession`: records the calls, answers with a fixed result."""

    def __init__(self, result: Any) -> None:
        self.result = result
        self.calls: list[tuple[str, dict[str, Any] | None]] = []

    async def call_tool(
        self, name: str, arguments: dict[str, Any] | None = None, **options: Any
    ) -> Any:
        await asyncio.sleep(0)
        self.calls.append((name, arguments))
        return self.result


# -- content ------------------------------------------------------------------------------------


def test_text_and_image_content() -> None:
    text = make("TextContent", {"type": "text", "text": "hello"})
    assert mcp_content(text) == {"type": "text", "text": "hello"}
    assert mcp_content(text, cache_control=CACHE) == {  # type: ignore[arg-type]
        "type": "text",
        "text": "hello",
        "cache_control": CACHE,
    }
    image = make("ImageContent", {"type": "image", "data": PNG, "mimeType": "image/png"})
    assert mcp_content(image) == {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": PNG},
    }
    for mime in ("image/jpeg", "image/gif", "image/webp"):
        block: Any = mcp_content(
            make("ImageContent", {"type": "image", "data": PNG, "mimeType": mime})
        )
        assert block["source"]["media_type"] == mime


@pytest.mark.parametrize(
    "kind,data,message",
    [
        ("ImageContent", {"type": "image", "data": PNG, "mimeType": "image/bmp"}, "image/bmp"),
        ("AudioContent", {"type": "audio", "data": PNG, "mimeType": "audio/wav"}, "'audio'"),
        (
            "ResourceLink",
            {"type": "resource_link", "uri": "file:///a.txt", "name": "a.txt"},
            "'resource_link'",
        ),
        (
            "EmbeddedResource",
            embedded(blob_resource("file:///a.bin", PNG, "application/octet-stream")),
            "application/octet-stream",
        ),
        (
            "EmbeddedResource",
            embedded(text_resource("file:///a.json", "{}", "application/json")),
            "application/json",
        ),
        (
            "EmbeddedResource",
            embedded(text_resource("file:///a.png", "not a blob", "image/png")),
            "must come as a blob",
        ),
        (
            "EmbeddedResource",
            embedded(text_resource("file:///a.pdf", "not a blob", "application/pdf")),
            "must come as a blob",
        ),
        (
            "EmbeddedResource",
            embedded(
                blob_resource("file:///a.txt", base64.b64encode(b"\xff\xfe").decode(), "text/plain")
            ),
            "not base64 UTF-8",
        ),
    ],
)
def test_content_the_api_cannot_take_is_refused(
    kind: str, data: dict[str, Any], message: str
) -> None:
    with pytest.raises(UnsupportedMCPValueError, match=message):
        mcp_content(make(kind, data))


def test_embedded_resources() -> None:
    def convert(resource: dict[str, Any]) -> Any:
        return mcp_content(make("EmbeddedResource", embedded(resource)))

    plain = {"type": "text", "media_type": "text/plain"}
    assert convert(text_resource("file:///n.md", "# notes", "text/markdown")) == {
        "type": "document",
        "source": {**plain, "data": "# notes"},
    }
    assert convert(text_resource("file:///n", "untyped", None)) == {
        "type": "document",
        "source": {**plain, "data": "untyped"},
    }
    encoded = base64.b64encode("héllo".encode()).decode()
    assert convert(blob_resource("file:///h.txt", encoded, "text/plain")) == {
        "type": "document",
        "source": {**plain, "data": "héllo"},
    }
    assert convert(blob_resource("file:///d.pdf", PDF, "application/pdf")) == {
        "type": "document",
        "source": {"type": "base64", "media_type": "application/pdf", "data": PDF},
    }
    assert convert(blob_resource("file:///i.webp", PNG, "image/webp")) == {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/webp", "data": PNG},
    }


def test_prompt_messages() -> None:
    message = make(
        "PromptMessage", {"role": "assistant", "content": {"type": "text", "text": "Sure."}}
    )
    assert mcp_message(message) == {
        "role": "assistant",
        "content": [{"type": "text", "text": "Sure."}],
    }
    image = make(
        "PromptMessage",
        {"role": "user", "content": {"type": "image", "data": PNG, "mimeType": "image/gif"}},
    )
    converted = mcp_message(image, cache_control=CACHE)  # type: ignore[arg-type]
    assert converted["content"][0]["cache_control"] == CACHE
    assert converted["content"][0]["source"]["media_type"] == "image/gif"


def test_a_read_resource_result_gives_its_first_readable_contents() -> None:
    result = make(
        "ReadResourceResult",
        {
            "contents": [
                blob_resource("file:///x.bin", PNG, "application/octet-stream"),
                text_resource("file:///x.csv", "a,b", "text/csv"),
                blob_resource("file:///x.pdf", PDF, "application/pdf"),
            ]
        },
    )
    assert mcp_resource_to_content(result, cache_control=CACHE) == {  # type: ignore[arg-type]
        "type": "document",
        "source": {"type": "text", "media_type": "text/plain", "data": "a,b"},
        "cache_control": CACHE,
    }
    unreadable = make(
        "ReadResourceResult",
        {
            "contents": [
                blob_resource("file:///x.bin", PNG, "application/octet-stream"),
                blob_resource("file:///x.wav", PNG, "audio/wav"),
            ]
        },
    )
    with pytest.raises(UnsupportedMCPValueError, match="application/octet-stream, audio/wav"):
        mcp_resource_to_content(unreadable)
    with pytest.raises(UnsupportedMCPValueError, match="no contents"):
        mcp_resource_to_content(make("ReadResourceResult", {"contents": []}))


def test_a_read_resource_result_as_a_file() -> None:
    blob = make(
        "ReadResourceResult",
        {"contents": [blob_resource("file:///docs/report.pdf", PDF, "application/pdf")]},
    )
    assert mcp_resource_to_file(blob) == ("report.pdf", base64.b64decode(PDF), "application/pdf")
    text = make(
        "ReadResourceResult",
        {"contents": [text_resource("https://example.com/a/notes.txt?v=2", "héllo", None)]},
    )
    assert mcp_resource_to_file(text) == ("notes.txt", "héllo".encode(), None)
    folder = make("ReadResourceResult", {"contents": [text_resource("file:///docs/", "x")]})
    assert mcp_resource_to_file(folder)[0] is None
    with pytest.raises(UnsupportedMCPValueError):
        mcp_resource_to_file(make("ReadResourceResult", {"contents": []}))


def test_mcp_1x_field_names_are_read() -> None:
    # mcp 1.x spells the fields in camelCase: a 1.x-shaped tool and result are read alike.
    from claude_api_client.lib.tools import mcp as helpers

    old_tool = SimpleNamespace(
        name="lookup", description="Look up.", inputSchema={"type": "object", "properties": {}}
    )
    definition = mcp_tool(old_tool, StubSession(None)).to_dict()  # type: ignore[arg-type]
    assert definition["input_schema"] == {"type": "object", "properties": {}}
    assert helpers._field(SimpleNamespace(mimeType="image/png"), "mime_type") == "image/png"
    assert helpers._field(SimpleNamespace(isError=True), "is_error") is True
    assert helpers._field(SimpleNamespace(structuredContent={"a": 1}), "structured_content") == {
        "a": 1
    }


# -- tools --------------------------------------------------------------------------------------

LOOKUP = {
    "name": "lookup",
    "title": "Look it up",
    "description": "Look a word up.",
    "inputSchema": {
        "type": "object",
        "properties": {"word": {"type": "string"}},
        "required": ["word"],
    },
}


def call_result(data: dict[str, Any]) -> Any:
    return make("CallToolResult", data)


def test_tool_definitions() -> None:
    tool = make("Tool", LOOKUP)
    session = StubSession(None)
    plain = mcp_tool(tool, session)  # type: ignore[arg-type]
    assert isinstance(plain, BetaFunctionTool)
    assert plain.to_dict() == {
        "name": "lookup",
        "description": "Look a word up.",
        "input_schema": LOOKUP["inputSchema"],
    }
    options: dict[str, Any] = {
        "cache_control": CACHE,
        "defer_loading": True,
        "allowed_callers": ["direct", "code_execution_20260120"],
        "eager_input_streaming": False,
        "input_examples": [{"word": "cat"}],
        "strict": True,
    }
    tuned = async_mcp_tool(tool, session, **options)  # type: ignore[arg-type]
    assert isinstance(tuned, BetaAsyncFunctionTool)
    assert tuned.to_dict() == {**plain.to_dict(), **options}
    bare = make("Tool", {"name": "bare", "inputSchema": {"type": "object"}})
    assert mcp_tool(bare, session).to_dict() == {"name": "bare", "input_schema": {"type": "object"}}  # type: ignore[arg-type]


def test_async_tool_results() -> None:
    tool = make("Tool", LOOKUP)

    def run(result: dict[str, Any]) -> Any:
        session = StubSession(call_result(result))
        output = asyncio.run(async_mcp_tool(tool, session).call({"word": "cat"}))  # type: ignore[arg-type]
        assert session.calls == [("lookup", {"word": "cat"})]
        return output

    image = {"type": "image", "data": PNG, "mimeType": "image/png"}
    assert run({"content": [{"type": "text", "text": "a pet"}, image]}) == [
        {"type": "text", "text": "a pet"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}},
    ]
    assert run({"content": [], "structuredContent": {"meaning": "a pet", "legs": 4}}) == json.dumps(
        {"meaning": "a pet", "legs": 4}
    )
    # structured content beside content: the content is what is sent
    assert run({"content": [{"type": "text", "text": "t"}], "structuredContent": {"a": 1}}) == [
        {"type": "text", "text": "t"}
    ]
    with pytest.raises(ToolError) as failed:
        run({"content": [{"type": "text", "text": "no such word"}], "isError": True})
    assert failed.value.content == [{"type": "text", "text": "no such word"}]
    with pytest.raises(UnsupportedMCPValueError):
        run({"content": [{"type": "audio", "data": PNG, "mimeType": "audio/wav"}]})


def test_an_answer_that_is_not_a_tool_result_is_an_error() -> None:
    session = StubSession(SimpleNamespace(kind="input required"))
    tool = async_mcp_tool(make("Tool", LOOKUP), session)  # type: ignore[arg-type]
    with pytest.raises(ToolError, match="not a tool result"):
        asyncio.run(tool.call({"word": "cat"}))


def test_the_sync_tool_refuses_the_event_loop_thread_and_a_missing_loop() -> None:
    session = StubSession(call_result({"content": []}))
    lone = mcp_tool(make("Tool", LOOKUP), session)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="no event loop"):
        lone.call({"word": "cat"})

    async def on_the_loop() -> None:
        tool = mcp_tool(make("Tool", LOOKUP), session)  # type: ignore[arg-type]
        with pytest.raises(RuntimeError, match="event loop thread"):
            tool.call({"word": "cat"})

    asyncio.run(on_the_loop())
    assert session.calls == []


def test_the_sync_runner_in_a_worker_thread_runs_mcp_tools(server: LocalAPIServer) -> None:
    import anyio

    image = {"type": "image", "data": PNG, "mimeType": "image/png"}
    session = StubSession(
        call_result({"content": [{"type": "text", "text": "a small pet"}, image]})
    )

    # made outside any event loop: only an anyio worker thread finds the loop
    made_outside = [mcp_tool(make("Tool", LOOKUP), session)]  # type: ignore[arg-type]

    async def main() -> Any:
        tools = [mcp_tool(t, session) for t in [make("Tool", LOOKUP)]]  # type: ignore[arg-type]
        with server.client(max_retries=0) as client:
            runner = client.beta.messages.tool_runner(
                model=MODEL,
                max_tokens=256,
                tools=tools,
                messages=[{"role": "user", "content": "please lookup cat"}],
            )
            # asyncio.to_thread: not an anyio worker thread; the loop captured by mcp_tool serves
            first = await asyncio.to_thread(runner.until_done)
            runner2 = client.beta.messages.tool_runner(
                model=MODEL,
                max_tokens=256,
                tools=made_outside,
                messages=[{"role": "user", "content": "please lookup dog"}],
            )
            second = await anyio.to_thread.run_sync(runner2.until_done)
        return first, second

    first, second = asyncio.run(main())
    assert first.stop_reason == "end_turn" and second.stop_reason == "end_turn"
    assert "a small pet" in first.content[0].text
    assert [name for name, _ in session.calls] == ["lookup", "lookup"]
    sent = [r.json() for r in server.requests_for("POST /v1/messages")]
    assert len(sent) == 4
    results = [
        block
        for message in sent[1]["messages"]
        if isinstance(message["content"], list)
        for block in message["content"]
        if block.get("type") == "tool_result"
    ]
    [result] = results
    assert result["content"] == [
        {"type": "text", "text": "a small pet"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}},
    ]
    assert sent[0]["tools"] == [
        {"name": "lookup", "description": "Look a word up.", "input_schema": LOOKUP["inputSchema"]}
    ]


def test_the_async_runner_runs_mcp_tools_and_sends_errors(server: LocalAPIServer) -> None:
    failing = StubSession(
        call_result({"content": [{"type": "text", "text": "offline"}], "isError": True})
    )

    async def main() -> Any:
        tool = async_mcp_tool(make("Tool", LOOKUP), failing)  # type: ignore[arg-type]
        async with server.async_client(max_retries=0) as client:
            return await client.beta.messages.tool_runner(
                model=MODEL,
                max_tokens=256,
                tools=[tool],
                messages=[{"role": "user", "content": "lookup cat"}],
            ).until_done()

    final = asyncio.run(main())
    assert final.stop_reason == "end_turn"
    sent = [r.json() for r in server.requests_for("POST /v1/messages")]
    [result] = [
        b
        for m in sent[-1]["messages"]
        if isinstance(m["content"], list)
        for b in m["content"]
        if b.get("type") == "tool_result"
    ]
    assert result["is_error"] is True
    assert result["content"] == [{"type": "text", "text": "offline"}]


# -- the official package's outputs -------------------------------------------------------------

CASES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("mcp_content", "TextContent", {"type": "text", "text": "hi"}, {}),
    ("mcp_content", "TextContent", {"type": "text", "text": "hi"}, {"cache_control": CACHE}),
    ("mcp_content", "ImageContent", {"type": "image", "data": PNG, "mimeType": "image/png"}, {}),
    ("mcp_content", "ImageContent", {"type": "image", "data": PNG, "mimeType": "image/tiff"}, {}),
    ("mcp_content", "AudioContent", {"type": "audio", "data": PNG, "mimeType": "audio/wav"}, {}),
    ("mcp_content", "ResourceLink", {"type": "resource_link", "uri": "file:///a", "name": "a"}, {}),
    ("mcp_content", "EmbeddedResource", embedded(text_resource("file:///a.md", "t", "text/markdown")), {"cache_control": CACHE}),
    ("mcp_content", "EmbeddedResource", embedded(text_resource("file:///a", "t", None)), {}),
    ("mcp_content", "EmbeddedResource", embedded(blob_resource("file:///a.pdf", PDF, "application/pdf")), {}),
    ("mcp_content", "EmbeddedResource", embedded(blob_resource("file:///a.gif", PNG, "image/gif")), {}),
    ("mcp_content", "EmbeddedResource", embedded(blob_resource("file:///a.txt", base64.b64encode(b"abc").decode(), "text/plain")), {}),
    ("mcp_content", "EmbeddedResource", embedded(text_resource("file:///a.png", "x", "image/png")), {}),
    ("mcp_content", "EmbeddedResource", embedded(text_resource("file:///a.json", "{}", "application/json")), {}),
    ("mcp_message", "PromptMessage", {"role": "user", "content": {"type": "text", "text": "hi"}}, {"cache_control": CACHE}),
    ("mcp_resource_to_content", "ReadResourceResult", {"contents": [blob_resource("file:///b", PNG, "application/zip"), blob_resource("file:///c.jpg", PNG, "image/jpeg")]}, {}),
    ("mcp_resource_to_content", "ReadResourceResult", {"contents": [blob_resource("file:///b", PNG, "application/zip")]}, {}),
    ("mcp_resource_to_content", "ReadResourceResult", {"contents": []}, {}),
    ("mcp_resource_to_file", "ReadResourceResult", {"contents": [blob_resource("file:///d/r.pdf", PDF, "application/pdf")]}, {}),
    ("mcp_resource_to_file", "ReadResourceResult", {"contents": [text_resource("https://h/x/n.txt?q=1", "héllo", "text/plain")]}, {}),
    ("tool", "Tool", LOOKUP, {}),
    ("tool", "Tool", {"name": "bare", "inputSchema": {"type": "object"}}, {}),
    ("tool", "Tool", LOOKUP, {"cache_control": CACHE, "defer_loading": True, "allowed_callers": ["direct"], "eager_input_streaming": True, "input_examples": [{"word": "x"}], "strict": False}),
    ("call", "CallToolResult", {"content": [{"type": "text", "text": "a"}, {"type": "image", "data": PNG, "mimeType": "image/webp"}]}, {}),
    ("call", "CallToolResult", {"content": [], "structuredContent": {"b": [1, 2], "a": "x"}}, {}),
    ("call", "CallToolResult", {"content": [{"type": "text", "text": "bad"}], "isError": True}, {}),
    ("call", "CallToolResult", {"content": [embedded(blob_resource("file:///r.pdf", PDF, "application/pdf"))]}, {}),
]  # fmt: skip

# The same program for both packages: `PACKAGE` is replaced by the package's name.
COMPARE = """
import asyncio, base64, json, sys
import mcp.types
from PACKAGE.lib.tools import ToolError
from PACKAGE.lib.tools.mcp import (
    async_mcp_tool, mcp_content, mcp_message, mcp_resource_to_content, mcp_resource_to_file,
)

class Stub:
    def __init__(self, result):
        self.result = result
    async def call_tool(self, name, arguments=None, **options):
        return self.result

def plain(value):
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(value).decode()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value

out = []
for function, kind, data, options in json.load(sys.stdin):
    value = getattr(mcp.types, kind).model_validate(data)
    try:
        if function == "tool":
            result = async_mcp_tool(value, Stub(None), **options).to_dict()
        elif function == "call":
            tool = mcp.types.Tool.model_validate({"name": "t", "inputSchema": {"type": "object"}})
            tool = async_mcp_tool(tool, Stub(value))
            result = asyncio.run(tool.call({}))
        else:
            result = globals()[function](value, **options)
        out.append({"ok": plain(result)})
    except ToolError as exc:
        out.append({"tool_error": plain(exc.content)})
    except Exception as exc:
        out.append({"error": type(exc).__name__})
print(json.dumps(out))
"""


def outputs(python: str, package: str) -> list[Any]:
    result = run_python(
        "-c",
        COMPARE.replace("PACKAGE", package),
        python=python,
        input=json.dumps(CASES),
        env=without_anthropic_variables(),
    )
    rows: list[Any] = json.loads(result.stdout)
    return rows


@needs_official
def test_the_outputs_are_the_official_ones() -> None:
    official_python = official_python_importing("mcp")
    if official_python is None:
        pytest.skip("the official venv has no `mcp` (pip install mcp there)")
    import sys

    ours = outputs(sys.executable, "claude_api_client")
    official = outputs(str(official_python), "anthropic")
    assert len(ours) == len(official) == len(CASES)
    for case, mine, theirs in zip(CASES, ours, official, strict=True):
        if case[0] == "tool" and theirs["ok"].get("description") == "":
            # one difference by design: a tool without a description is sent without one,
            # as `@beta_tool` sends a function without a docstring (the official sends "")
            del theirs["ok"]["description"]
        assert mine == theirs, case
    # every kind of outcome is covered
    assert {next(iter(row)) for row in ours} == {"ok", "error", "tool_error"}


def in_process_server(name: str) -> tuple[Any, Any]:
    """An MCP server in this process, and a function that connects a `ClientSession` to it:
    mcp 2.x's `MCPServer` and `Client`, or mcp 1.x's `FastMCP` and in-memory session."""
    try:
        from mcp.client.client import Client  # mcp 2.x
        from mcp.server.mcpserver import MCPServer
    except ImportError:
        from mcp.server.fastmcp import FastMCP  # type: ignore[attr-defined]  # mcp 1.x
        from mcp.shared.memory import (  # type: ignore[attr-defined]
            create_connected_server_and_client_session,
        )

        fast = FastMCP(name)

        @contextlib.asynccontextmanager
        async def connect_v1() -> Any:
            async with create_connected_server_and_client_session(fast._mcp_server) as session:
                yield session

        return fast, connect_v1

    server = MCPServer(name)

    @contextlib.asynccontextmanager
    async def connect() -> Any:
        async with Client(server) as client:
            yield client.session

    return server, connect


def test_a_real_mcp_session_in_both_runners(server: LocalAPIServer) -> None:
    # An MCP server in this process, reached through the `mcp` SDK's own client session.
    words, connect = in_process_server("words")
    seen: list[str] = []

    def lookup(word: str) -> str:
        """Look a word up."""
        seen.append(word)
        return f"{word} means a small pet"

    def notes() -> str:
        return "buy milk"

    # real types, not this module's postponed strings (mcp 1.x reads them unresolved)
    lookup.__annotations__ = {"word": str, "return": str}
    notes.__annotations__ = {"return": str}
    words.tool()(lookup)
    words.resource("notes://today")(notes)

    async def main() -> Any:
        async with connect() as session:
            listed = await session.list_tools()
            async with server.async_client(max_retries=0) as client:
                first = await client.beta.messages.tool_runner(
                    model=MODEL,
                    max_tokens=256,
                    tools=[async_mcp_tool(tool, session) for tool in listed.tools],
                    messages=[{"role": "user", "content": "lookup please"}],
                ).until_done()
            with server.client(max_retries=0) as sync_client:
                runner = sync_client.beta.messages.tool_runner(
                    model=MODEL,
                    max_tokens=256,
                    tools=[mcp_tool(tool, session) for tool in listed.tools],
                    messages=[{"role": "user", "content": "lookup again"}],
                )
                second = await asyncio.to_thread(runner.until_done)
            note = mcp_resource_to_content(await session.read_resource("notes://today"))
            return listed.tools, first, second, note

    tools, first, second, note = asyncio.run(main())
    assert [t.name for t in tools] == ["lookup"]
    assert first.stop_reason == second.stop_reason == "end_turn"
    assert len(seen) == 2
    assert all("means a small pet" in m.content[0].text for m in (first, second))
    assert note == {
        "type": "document",
        "source": {"type": "text", "media_type": "text/plain", "data": "buy milk"},
    }
    definition = server.requests_for("POST /v1/messages")[0].json()["tools"][0]
    assert definition["name"] == "lookup" and definition["description"] == "Look a word up."
    assert definition["input_schema"]["required"] == ["word"]
