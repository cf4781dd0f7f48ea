"""The memory tool: command dispatch, the local filesystem backend and its confinement."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from claude_api_client import Anthropic
from claude_api_client.lib.tools import (
    BetaAbstractMemoryTool,
    BetaAsyncAbstractMemoryTool,
    BetaAsyncLocalFilesystemMemoryTool,
    BetaLocalFilesystemMemoryTool,
    ToolError,
)
from claude_api_client.testing import LocalAPIServer
from claude_api_client.tools.memory import BetaLocalFilesystemMemoryTool as PublicPath

from .conftest import MODEL


@pytest.fixture
def memory(tmp_path: Path) -> BetaLocalFilesystemMemoryTool:
    return BetaLocalFilesystemMemoryTool(tmp_path / "store", max_file_bytes=1000)


def run(tool: BetaLocalFilesystemMemoryTool, **command: Any) -> Any:
    return tool.call(command)


def test_the_six_commands(memory: BetaLocalFilesystemMemoryTool) -> None:
    assert PublicPath is BetaLocalFilesystemMemoryTool
    assert memory.to_dict() == {"type": "memory_20250818", "name": "memory"}
    assert run(memory, command="create", path="/memories/notes/todo.md", file_text="a\nb\nc") == (
        "File created successfully at: /memories/notes/todo.md"
    )
    assert (memory.memory_root / "notes" / "todo.md").read_text() == "a\nb\nc"
    view = run(memory, command="view", path="/memories/notes/todo.md", view_range=[2, -1])
    assert view.splitlines()[1:] == ["     2\tb", "     3\tc"]
    run(memory, command="str_replace", path="/memories/notes/todo.md", old_str="b", new_str="B")
    run(memory, command="insert", path="/memories/notes/todo.md", insert_line=0, insert_text="top")
    assert (memory.memory_root / "notes" / "todo.md").read_text() == "top\na\nB\nc"
    listing = run(memory, command="view", path="/memories")
    assert "/memories/notes/\n" in listing and listing.rstrip().endswith("/memories/notes/todo.md")
    run(memory, command="rename", old_path="/memories/notes", new_path="/memories/archive")
    assert (memory.memory_root / "archive" / "todo.md").is_file()
    assert run(memory, command="delete", path="/memories/archive") == "Deleted: /memories/archive"
    assert list(memory.memory_root.iterdir()) == []
    assert oct((memory.memory_root).stat().st_mode & 0o777) == oct(0o700)


def test_command_errors_are_tool_errors(memory: BetaLocalFilesystemMemoryTool) -> None:
    run(memory, command="create", path="/memories/a.txt", file_text="x x")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"command": "create", "path": "/memories/a.txt", "file_text": ""}, "already exists"),
        (
            {"command": "str_replace", "path": "/memories/a.txt", "old_str": "x", "new_str": "y"},
            "occurs 2 times",
        ),
        (
            {"command": "str_replace", "path": "/memories/a.txt", "old_str": "z", "new_str": "y"},
            "no occurrence",
        ),
        (
            {"command": "insert", "path": "/memories/a.txt", "insert_line": 9, "insert_text": "y"},
            "outside",
        ),
        ({"command": "view", "path": "/memories/missing"}, "does not exist"),
        ({"command": "delete", "path": "/memories"}, "cannot be deleted"),
        ({"command": "launch", "path": "/memories"}, "unknown command"),
        ({"command": "create", "path": "/memories/b"}, "file_text"),
    ]
    for command, message in cases:
        with pytest.raises(ToolError, match=message):
            memory.call(command)


@pytest.mark.parametrize(
    "path",
    [
        "/memories/../secret.txt",
        "/memories/a/../../secret.txt",
        "/etc/passwd",
        "/memoriesx/a",
        "memories/a",
        "/memories/a\x00b",
    ],
)
def test_paths_outside_the_root_are_refused(
    memory: BetaLocalFilesystemMemoryTool, path: str
) -> None:
    with pytest.raises(ToolError, match="memory: "):
        run(memory, command="create", path=path, file_text="x")
    assert not (memory.base_path / "secret.txt").exists()


def test_symlinks_out_of_the_root_are_refused(
    memory: BetaLocalFilesystemMemoryTool, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("top secret")
    os.symlink(outside, memory.memory_root / "door")
    os.symlink(outside / "secret.txt", memory.memory_root / "secret.txt")
    attempts: list[dict[str, Any]] = [
        {"command": "view", "path": "/memories/door/secret.txt"},
        {"command": "view", "path": "/memories/secret.txt"},
        {"command": "create", "path": "/memories/door/new.txt", "file_text": "x"},
        {
            "command": "str_replace",
            "path": "/memories/secret.txt",
            "old_str": "top",
            "new_str": "no",
        },
        {"command": "rename", "old_path": "/memories/secret.txt", "new_path": "/memories/mine.txt"},
    ]
    for command in attempts:
        with pytest.raises(ToolError, match="outside /memories"):
            memory.call(command)
    assert (outside / "secret.txt").read_text() == "top secret"
    assert not (outside / "new.txt").exists()
    listing = run(memory, command="view", path="/memories")
    assert "door" not in listing and "secret" not in listing


def test_oversized_files_are_refused(memory: BetaLocalFilesystemMemoryTool) -> None:
    with pytest.raises(ToolError, match="over the 1000-byte limit"):
        run(memory, command="create", path="/memories/big.txt", file_text="x" * 1001)
    (memory.memory_root / "planted.txt").write_text("y" * 5000)
    with pytest.raises(ToolError, match="5000 bytes, over the 1000-byte limit"):
        run(memory, command="view", path="/memories/planted.txt")
    run(memory, command="create", path="/memories/grow.txt", file_text="a" * 900)
    with pytest.raises(ToolError, match="over the 1000-byte limit"):
        run(
            memory,
            command="str_replace",
            path="/memories/grow.txt",
            old_str="a" * 900,
            new_str="b" * 1200,
        )
    assert (memory.memory_root / "grow.txt").read_text() == "a" * 900


def test_a_custom_backend() -> None:
    class DictMemory(BetaAbstractMemoryTool):
        def __init__(self) -> None:
            super().__init__()
            self.files: dict[str, str] = {}

        def view(self, command: Any) -> str:
            return self.files.get(command.path, "(empty)")

        def create(self, command: Any) -> str:
            self.files[command.path] = command.file_text
            return "ok"

        def str_replace(self, command: Any) -> str:
            raise ToolError("read-only")

        insert = delete = rename = str_replace

    backend = DictMemory()
    assert backend.call({"command": "create", "path": "/memories/x", "file_text": "hi"}) == "ok"
    assert backend.call({"command": "view", "path": "/memories/x"}) == "hi"
    assert backend.name == "memory"
    with pytest.raises(ToolError, match="read-only"):
        backend.call({"command": "delete", "path": "/memories/x"})


def test_the_memory_tool_in_the_runner(
    server: LocalAPIServer, client: Anthropic, memory: BetaLocalFilesystemMemoryTool
) -> None:
    run(memory, command="create", path="/memories/prefs.md", file_text="likes tea")
    runner = client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=256,
        tools=[memory],
        messages=[{"role": "user", "content": "check your memory first"}],
    )
    last = runner.until_done()
    assert last.stop_reason == "end_turn"
    sent = [r.json() for r in server.requests if r.path == "/v1/messages"]
    assert sent[0]["tools"] == [{"type": "memory_20250818", "name": "memory"}]
    result = sent[1]["messages"][-1]["content"][0]
    assert result["type"] == "tool_result" and "is_error" not in result
    assert "/memories/prefs.md" in result["content"]


def test_async_local_memory_tool(tmp_path: Path) -> None:
    tool = BetaAsyncLocalFilesystemMemoryTool(tmp_path)

    async def main() -> str:
        await tool.call({"command": "create", "path": "/memories/a.md", "file_text": "hello"})
        with pytest.raises(ToolError, match="leaves /memories"):
            await tool.call({"command": "view", "path": "/memories/../x"})
        return str(await tool.call({"command": "view", "path": "/memories/a.md"}))

    assert asyncio.run(main()).endswith("     1\thello")


def test_an_async_custom_backend_and_missing_commands() -> None:
    # The six commands are declared once for both flavours: each is abstract on both, and the
    # async backend's coroutines are awaited by call().
    class ReadOnly(BetaAsyncAbstractMemoryTool):
        async def view(self, command: Any) -> str:
            await asyncio.sleep(0)
            return f"viewed {command.path}"

        async def create(self, command: Any) -> str:
            raise ToolError("read-only")

        str_replace = insert = delete = rename = create

    backend = ReadOnly()
    assert asyncio.run(backend.call({"command": "view", "path": "/memories"})) == "viewed /memories"
    with pytest.raises(ToolError, match="read-only"):
        asyncio.run(backend.call({"command": "rename", "old_path": "/a", "new_path": "/b"}))
    with pytest.raises(NotImplementedError):
        asyncio.run(backend.clear_all_memory())
    assert backend.to_dict() == {"type": "memory_20250818", "name": "memory"}

    class OnlyView(BetaAbstractMemoryTool):
        def view(self, command: Any) -> str:
            return ""

    class AsyncOnlyView(BetaAsyncAbstractMemoryTool):
        async def view(self, command: Any) -> str:
            return ""

    for incomplete in (OnlyView, AsyncOnlyView):
        with pytest.raises(TypeError, match=r"abstract.*create"):
            incomplete()
