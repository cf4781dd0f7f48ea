"""The agent toolset's file tools (bash: test_bash_session.py): confined to their working directory, capped, and run by the
async tool runner against the simulator."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from claude_api_client.lib.tools import ToolError
from claude_api_client.lib.tools.agent_toolset import (
    AgentToolContext,
    beta_agent_toolset_20260401,
    resolve_path,
)
from claude_api_client.testing import LocalAPIServer

from .conftest import MODEL


def tools(ctx: AgentToolContext) -> dict[str, Any]:
    return {tool.name: tool for tool in beta_agent_toolset_20260401(ctx)}


def call(ctx: AgentToolContext, name: str, **args: Any) -> Any:
    return asyncio.run(tools(ctx)[name].call(args))


@pytest.fixture
def work(tmp_path: Path) -> Path:
    root = tmp_path / "work"
    root.mkdir()
    (root / "notes.txt").write_text("one\ntwo\nthree\n")
    (tmp_path / "secret.txt").write_text("outside")
    return root


def test_definitions_name_the_toolset_tools(work: Path) -> None:
    definitions = [t.to_dict() for t in beta_agent_toolset_20260401(AgentToolContext(work))]
    assert [d["name"] for d in definitions] == ["bash", "read", "write", "edit", "glob", "grep"]
    read = definitions[1]["input_schema"]
    assert read["required"] == ["file_path"] and "view_range" in read["properties"]


def test_read_write_edit(work: Path) -> None:
    ctx = AgentToolContext(work)
    assert call(ctx, "read", file_path="notes.txt") == "one\ntwo\nthree\n"
    assert call(ctx, "read", file_path="notes.txt", view_range=[2, -1]) == "two\nthree"
    assert call(ctx, "write", file_path="sub/dir/new.txt", content="hello") == (
        "wrote 5 characters to sub/dir/new.txt"
    )
    assert (work / "sub/dir/new.txt").read_text() == "hello"
    call(ctx, "edit", file_path="notes.txt", old_string="two", new_string="2")
    assert (work / "notes.txt").read_text() == "one\n2\nthree\n"
    (work / "twice.txt").write_text("a a")
    with pytest.raises(ToolError, match="appears 2 times"):
        call(ctx, "edit", file_path="twice.txt", old_string="a", new_string="b")
    call(ctx, "edit", file_path="twice.txt", old_string="a", new_string="b", replace_all=True)
    assert (work / "twice.txt").read_text() == "b b"
    with pytest.raises(ToolError, match="not found"):
        call(ctx, "edit", file_path="twice.txt", old_string="zzz", new_string="b")


def test_paths_stay_inside_the_working_directory(work: Path, tmp_path: Path) -> None:
    ctx = AgentToolContext(work)
    (work / "link_out").symlink_to(tmp_path / "secret.txt")
    (work / "dir_out").symlink_to(tmp_path)
    (work / "dangling").symlink_to(tmp_path / "not_yet.txt")
    (work / "loop").symlink_to(work / "loop")
    for bad in (
        "../secret.txt",
        str(tmp_path / "secret.txt"),
        "link_out",
        "dir_out/secret.txt",
        "sub/../../secret.txt",
        "bad\x00name",
    ):
        with pytest.raises(ToolError, match=r"outside the working directory|NUL"):
            call(ctx, "read", file_path=bad)
    # A dangling symlink out of the root is followed before the check: no file appears outside.
    with pytest.raises(ToolError, match="outside"):
        call(ctx, "write", file_path="dangling", content="x")
    assert not (tmp_path / "not_yet.txt").exists()
    with pytest.raises(ToolError, match="symbolic links"):
        call(ctx, "read", file_path="loop")
    assert (tmp_path / "secret.txt").read_text() == "outside"
    # Absolute paths inside the root and the allowed roots are fine.
    assert resolve_path(ctx, str(work / "notes.txt")) == (work / "notes.txt").resolve()
    extra = AgentToolContext(work, allowed_roots=[tmp_path])
    assert call(extra, "read", file_path=str(tmp_path / "secret.txt")) == "outside"


def test_glob_and_grep_leave_out_what_leads_outside(work: Path, tmp_path: Path) -> None:
    ctx = AgentToolContext(work)
    (work / "dir_out").symlink_to(tmp_path)
    (work / "code").mkdir()
    (work / "code" / "a.py").write_text("import os\nprint('outside')\n")
    found = call(ctx, "glob", pattern="**/*.txt").splitlines()
    assert found == [str(work / "notes.txt")]
    assert call(ctx, "glob", pattern="*.py", path="code") == str(work / "code" / "a.py")
    with pytest.raises(ToolError, match="relative"):
        call(ctx, "glob", pattern="/etc/*")
    with pytest.raises(ToolError, match=r"'\.\.'"):
        call(ctx, "glob", pattern="../*")
    hits = call(ctx, "grep", pattern="outside")
    assert hits == f"{work / 'code' / 'a.py'}:2:print('outside')"  # not ../secret.txt
    assert call(ctx, "grep", pattern="t[wh]", path="notes.txt").count("\n") == 1
    with pytest.raises(ToolError, match="bad pattern"):
        call(ctx, "grep", pattern="(")


def test_caps_read_only_roots_and_special_files(work: Path) -> None:
    ctx = AgentToolContext(work, max_file_bytes=10, read_only_roots=[work / "ro"])
    (work / "big.txt").write_text("x" * 20 + "\nshort\n")
    with pytest.raises(ToolError, match="over the 10-byte limit; read parts"):
        call(ctx, "read", file_path="big.txt")
    assert call(ctx, "read", file_path="big.txt", view_range=[2, 2]) == "short"
    with pytest.raises(ToolError, match="over the 10-byte limit"):
        call(ctx, "edit", file_path="big.txt", old_string="x", new_string="y", replace_all=True)
    (work / "ro").mkdir()
    with pytest.raises(ToolError, match="read-only"):
        call(ctx, "write", file_path="ro/file.txt", content="x")
    os.mkfifo(work / "pipe")
    with pytest.raises(ToolError, match="not a regular file"):
        call(ctx, "read", file_path="pipe")
    with pytest.raises(ValueError, match="max_file_bytes"):
        AgentToolContext(work, max_file_bytes=0)


def test_the_async_runner_runs_them(server: LocalAPIServer, work: Path) -> None:
    async def main() -> list[str | None]:
        async with server.async_client(max_retries=0) as client:
            runner = client.beta.messages.tool_runner(
                model=MODEL,
                max_tokens=256,
                tools=beta_agent_toolset_20260401(AgentToolContext(work)),
                messages=[{"role": "user", "content": "write it"}],
            )
            return [m.stop_reason async for m in runner]

    assert asyncio.run(main()) == ["tool_use", "end_turn"]
    # The echo model called `write` with a sample input: file_path "echo", content "echo".
    assert (work / "echo").read_text() == "echo"
