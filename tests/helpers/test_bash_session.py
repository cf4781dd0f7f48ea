"""The agent toolset's `bash`: `BashSession` (a persistent /bin/bash: state across calls, the
command's status, output caps, timeouts, the shell ending, `close`), `beta_bash_tool` (errors as
`ToolError`, restart, one shell per session thread, the `close` hook) and the same outputs as
the official package's `BashSession` where its venv is present. Real bash, in a temp dir."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from _support.interpreters import run_python
from _support.official import needs_official, official_interpreter
from claude_api_client.lib.tools import ToolError
from claude_api_client.lib.tools import agent_toolset as toolset
from claude_api_client.lib.tools._session_thread import current_session_thread
from claude_api_client.lib.tools.agent_toolset import (
    AgentToolContext,
    BashResult,
    BashSession,
    beta_bash_tool,
)

pytestmark = pytest.mark.skipif(not Path("/bin/bash").exists(), reason="needs /bin/bash")

T = TypeVar("T")


def run(make: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(make())  # type: ignore[arg-type]


def _gone(pid: int) -> bool:
    """Whether `pid` has ended (absent, or a zombie waiting for its parent)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" in status


def _wait_gone(pid: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if _gone(pid):
            return True
        time.sleep(0.05)
    return False


def test_the_shell_keeps_its_state_and_reports_each_status(tmp_path: Path) -> None:
    async def go() -> list[Any]:
        shell = await BashSession.start(tmp_path)
        try:
            return [
                await shell.exec("pwd; echo hi"),
                await shell.exec("mkdir sub && cd sub; X=42; f() { echo in-f; }"),
                await shell.exec("pwd; echo $X; f"),
                await shell.exec("echo out; echo err >&2; (exit 3)"),
                await shell.exec("echo out; echo err >&2"),
                await shell.exec("cat"),  # reads /dev/null, not the session's input
                await shell.exec("echo 'it'\"'\"'s'; echo a \\"),
                await shell.exec("if"),  # a syntax error does not end the shell
                await shell.exec("exec >/dev/null; echo hidden"),  # for this command only
                await shell.exec("printf '\\033[1;31mred\\033[0m'"),
                shell.closed,
            ]
        finally:
            await shell.close()

    results = run(go)
    assert results[0] == BashResult(f"{tmp_path.resolve()}\nhi", 0)
    assert results[1] == ("", 0)
    assert results[2] == (f"{tmp_path.resolve()}/sub\n42\nin-f", 0)
    assert results[3] == ("err\n\nout", 3)  # a failure shows its error output first
    assert results[4] == ("out\n\nerr", 0)
    assert results[5] == ("", 0)
    assert results[6] == ("it's\na", 0)
    assert results[7].exit_code == 2 and "syntax error" in results[7].output
    assert results[8] == ("", 0)
    assert results[9] == ("red", 0)
    assert results[10] is False
    output, code = results[0]  # a named tuple
    assert (output, code) == (results[0].output, results[0].exit_code)


def test_a_command_that_ends_the_shell(tmp_path: Path) -> None:
    async def go() -> tuple[BashResult, bool, str]:
        shell = await BashSession.start(tmp_path)
        result = await shell.exec("echo bye; exit 5")
        closed = shell.closed
        with pytest.raises(RuntimeError) as refused:
            await shell.exec("echo again")
        await shell.close()
        return result, closed, str(refused.value)

    result, closed, refused = run(go)
    assert result == ("bye", 5) and closed
    assert "ended" in refused


def test_a_timeout_kills_the_shell_and_what_it_started(tmp_path: Path) -> None:
    async def go() -> tuple[str, int, bool]:
        shell = await BashSession.start(tmp_path)
        started = await shell.exec("sleep 300 & echo $!")
        with pytest.raises(TimeoutError) as timed_out:
            await shell.exec("echo partial; sleep 300", timeout=0.5)
        closed = shell.closed
        await shell.close()
        return str(timed_out.value), int(started.output), closed

    message, background, closed = run(go)
    assert message.startswith("partial") and "timed out after 0.5s" in message
    assert closed
    assert _wait_gone(background)  # the background job of the shell's group is killed too


def test_close_kills_background_jobs(tmp_path: Path) -> None:
    async def go() -> int:
        shell = await BashSession.start(tmp_path)
        pid = int((await shell.exec("sleep 300 & echo $!")).output)
        await shell.close()
        assert shell.closed
        return pid

    assert _wait_gone(run(go))


def test_the_environment_has_no_anthropic_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-secret")
    monkeypatch.setenv("SMALLGAPS_VISIBLE", "yes")

    async def go(env: dict[str, str] | None) -> str:
        shell = await BashSession.start(tmp_path, env=env)
        try:
            return (
                await shell.exec("echo ${ANTHROPIC_API_KEY:-none} ${SMALLGAPS_VISIBLE:-no}")
            ).output
        finally:
            await shell.close()

    assert asyncio.run(go(None)) == "none yes"
    # `env` replaces the environment: nothing of this process is merged in.
    assert asyncio.run(go({"PATH": os.environ["PATH"], "ANTHROPIC_X": "given"})) == "none no"


def test_long_output_is_cut_and_saved_within_the_caps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(toolset, "BASH_OUTPUT_LIMIT", 1000)
    monkeypatch.setattr(toolset, "BASH_SAVED_OUTPUT_BYTES", 50_000)

    async def go() -> tuple[str, str, str, bool]:
        shell = await BashSession.start(tmp_path)
        try:
            small = (await shell.exec("seq 1 2000")).output  # 8,893 bytes: saved whole
            saved = small.rsplit(" is in ", 1)[1].split("; ", 1)[0]
            whole = Path(saved).read_text()
            # 5 MB of output: 1000 characters in the result, 50,000 bytes on disk, no more.
            big = (await shell.exec("head -c 5000000 /dev/zero | tr '\\0' x")).output
            big_file = big.rsplit(" is in ", 1)[1].split("; ", 1)[0]
            size = Path(big_file).stat().st_size
            assert size == 50_000, size
            first_gone = not Path(saved).exists()  # one saved output per shell at a time
            return small, whole, big, first_gone
        finally:
            await shell.close()
            assert not Path(big_file).exists()  # `close` removes the saved output

    small, whole, big, first_gone = run(go)
    numbers = "\n".join(str(n) for n in range(1, 2001))
    assert small.startswith(numbers[:1000]) and "more lines cut" in small
    assert whole.rstrip("\n") == numbers
    assert len(big) < 1400 and "(its first 50000 bytes)" in big
    assert first_gone


def test_the_bash_tool(tmp_path: Path) -> None:
    ctx = AgentToolContext(tmp_path)

    async def go() -> list[Any]:
        tool = beta_bash_tool(ctx)
        out: list[Any] = [tool.to_dict()]
        out.append(await tool.call({"command": "cd /; Y=1; pwd"}))
        out.append(await tool.call({"command": "echo $Y; pwd"}))
        with pytest.raises(ToolError) as failed:
            await tool.call({"command": "echo oops >&2; false"})
        out.append(failed.value.content)
        with pytest.raises(ToolError) as empty_failure:
            await tool.call({"command": "false"})
        out.append(empty_failure.value.content)
        with pytest.raises(ToolError) as missing:
            await tool.call({})
        out.append(missing.value.content)
        with pytest.raises(ToolError) as timed_out:
            await tool.call({"command": "sleep 30", "timeout_ms": 300})
        out.append(timed_out.value.content)
        with pytest.raises(ToolError) as refused:
            await tool.call({"command": "echo again"})
        out.append(refused.value.content)
        out.append(await tool.call({"restart": True}))
        out.append(await tool.call({"command": "echo ${Y:-unset}; pwd", "restart": True}))
        await tool.close()  # type: ignore[attr-defined]
        out.append(await tool.call({"command": "echo fresh"}))  # a new shell after close
        await tool.close()  # type: ignore[attr-defined]
        return out

    results = run(go)
    definition = results[0]
    assert definition["name"] == "bash"
    assert set(definition["input_schema"]["properties"]) == {"command", "restart", "timeout_ms"}
    assert results[1] == "/" and results[2] == "1\n/"
    assert results[3] == "oops"
    assert results[4] == "(no output)"
    assert "command is required" in results[5]
    assert "timed out after 0.3s" in results[6] and "restart" in results[6]
    assert "Not run" in results[7]
    assert results[8] == "bash: started a new shell"
    assert results[9] == f"unset\n{tmp_path.resolve()}"
    assert results[10] == "fresh"


def test_one_shell_per_session_thread(tmp_path: Path) -> None:
    tool = beta_bash_tool(AgentToolContext(tmp_path))

    async def in_thread(thread: str | None, command: str) -> Any:
        token = current_session_thread.set(("sesn_1", thread))
        try:
            return await tool.call({"command": command})
        finally:
            current_session_thread.reset(token)

    async def go() -> list[Any]:
        try:
            await in_thread(None, "Z=primary")
            await in_thread("th_1", "Z=side")
            return [await in_thread(None, "echo $Z"), await in_thread("th_1", "echo $Z")]
        finally:
            await tool.close()  # type: ignore[attr-defined]

    assert run(go) == ["primary", "side"]


def test_read_and_grep_reach_the_saved_output_and_write_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(toolset, "BASH_OUTPUT_LIMIT", 100)
    ctx = AgentToolContext(tmp_path)
    tools = {t.name: t for t in toolset.beta_agent_toolset_20260401(ctx)}

    async def go() -> tuple[str, str]:
        try:
            shell = await ctx.bash()
            output = (await shell.exec("seq 1 500")).output
            saved = output.rsplit(" is in ", 1)[1].split("; ", 1)[0]
            read = await tools["read"].call({"file_path": saved, "view_range": [499, 500]})
            found = await tools["grep"].call({"pattern": "^250$", "path": saved})
            with pytest.raises(ToolError, match="outside"):
                await tools["write"].call({"file_path": saved, "content": "x"})
            assert "250" in str(found)
            return str(read), saved
        finally:
            await ctx.close()

    read, saved = run(go)
    assert read == "499\n500"
    assert not Path(saved).exists()


_OFFICIAL_RUN = """
import asyncio, json, sys, importlib
module = importlib.import_module(sys.argv[1] + ".lib.tools.agent_toolset")
commands = json.loads(sys.argv[3])
async def main():
    shell = await module.BashSession.start(sys.argv[2])
    out = []
    for command in commands:
        result = await shell.exec(command)
        out.append([result.output, result.exit_code, shell.closed])
    await shell.close()
    print(json.dumps(out))
asyncio.run(main())
"""
COMMANDS = [
    "echo hi; pwd",
    "echo out; echo err >&2",
    "echo out; echo err >&2; false",
    "cd /; X=5; echo $X",
    "pwd; echo $X",
    "printf 'no newline'",
    "cat",
    "printf '\\033[31mred\\033[0m\\n'",
    "echo a \\",
    "echo 'it''s'; echo \"$((2+3))\"",
    "f() { echo in-f; }; f",
    "f; (exit 7)",
    "echo x; exit 4",
]


@needs_official
def test_the_same_outputs_as_the_officials(tmp_path: Path) -> None:
    import sys

    def outputs(python: str, package: str) -> Any:
        workdir = tmp_path / package
        workdir.mkdir()
        done = run_python(
            "-c", _OFFICIAL_RUN, package, str(workdir), json.dumps(COMMANDS), python=python
        )
        shutil.rmtree(workdir)
        return [[o.replace(str(workdir), "<dir>"), c, e] for o, c, e in json.loads(done.stdout)]

    ours = outputs(sys.executable, "claude_api_client")
    assert ours == outputs(official_interpreter(), "anthropic")
    assert ours[-1] == ["x", 4, True]


def test_the_session_tool_runner_runs_bash_and_closes_its_shell(tmp_path: Path) -> None:
    from claude_api_client.testing import local_api

    tools = toolset.beta_agent_toolset_20260401(AgentToolContext(workdir=tmp_path))
    script = 'tool bash {"command": "echo $$ > shell.pid; echo $((6 * 7))"}'
    with local_api() as api:
        client = api.client()
        env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
        agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
        session = client.beta.sessions.create(agent=agent.id, environment_id=env.id)
        client.beta.sessions.events.send(
            session.id,
            events=[{"type": "user.message", "content": [{"type": "text", "text": script}]}],
        )
        runner = api.async_client().beta.sessions.events.tool_runner(
            session.id, tools=tools, max_idle=0.2
        )

        async def collect() -> list[Any]:
            return [call async for call in runner]

        calls = asyncio.run(collect())
    assert [(c.name, c.is_error) for c in calls] == [("bash", False)]
    assert calls[0].result["content"] == [{"type": "text", "text": "42"}]
    # The runner called the tool's `close` when its run ended: the shell is gone.
    assert _wait_gone(int((tmp_path / "shell.pid").read_text()))


def test_the_context_as_an_async_context_manager(tmp_path: Path) -> None:
    from claude_api_client.lib import files_from_dir
    from claude_api_client.testing import local_api

    source = tmp_path / "source" / "weather"
    source.mkdir(parents=True)
    (source / "SKILL.md").write_text("---\nname: weather\ndescription: d\n---\nUse it.")
    workdir = tmp_path / "work"
    workdir.mkdir()
    with local_api() as api:
        client = api.client()
        skill = client.beta.skills.create(files=files_from_dir(source), display_title="weather")
        agent = client.beta.agents.create(
            name="a",
            model="claude-sonnet-4-5",
            skills=[{"type": "custom", "skill_id": skill.id, "version": "latest"}],
        )
        env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
        session_id = client.beta.sessions.create(agent=agent.id, environment_id=env.id).id

        async def go() -> tuple[bool, int]:
            async_client = api.async_client()
            session = await async_client.beta.sessions.retrieve(session_id)
            async with AgentToolContext(workdir, client=async_client, session=session) as ctx:
                present = (workdir / "skills" / "weather" / "SKILL.md").is_file()
                shell = await ctx.bash()
                assert await ctx.bash() is shell  # one shell per context
                pid = int((await shell.exec("echo $$")).output)
            assert shell.closed
            return present, pid

        present, pid = asyncio.run(go())
    assert present
    assert not (workdir / "skills" / "weather").exists()  # removed on the way out
    assert _wait_gone(pid)
    assert toolset.DEFAULT_MAX_FILE_BYTES == 256 * 1024


def test_a_shell_serves_any_event_loop(tmp_path: Path) -> None:
    tool = beta_bash_tool(AgentToolContext(tmp_path))
    pid = int(asyncio.run(tool.call({"command": "V=kept; echo $$"})))  # type: ignore[arg-type]
    assert asyncio.run(tool.call({"command": "echo $V"})) == "kept"  # another loop, same shell
    asyncio.run(tool.close())  # type: ignore[attr-defined]
    assert _wait_gone(pid)

    async def start() -> BashSession:
        return await BashSession.start(tmp_path)

    shell = asyncio.run(start())
    assert asyncio.run(shell.exec("echo x")) == ("x", 0)
    asyncio.run(shell.close())
    assert shell.closed
