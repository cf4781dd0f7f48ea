"""`AsyncAnthropic().beta.environments.work.worker(...)` against the simulator's work queue and
scripted agent: claimed by a first heartbeat, served with the session tool runner, force-stopped;
a lost lease (412) stops serving without a stop; `lease_extended: false` ends it with one; skills
downloaded and removed; arguments checked. Heartbeat spacing is shortened through the module's
constant, so no test waits the real 30 s."""

from __future__ import annotations

import asyncio
import io
import json
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claude_api_client import NotFoundError
from claude_api_client.lib.environments import (
    DEFAULT_MEMORY_SYNC_INTERVAL,
    MEMORY_FLUSH_TIMEOUT,
    MIN_MEMORY_SYNC_INTERVAL,
    EnvironmentWorker,
    _lease,
)
from claude_api_client.lib.tools import beta_async_tool, beta_tool
from claude_api_client.lib.tools._skills import unpack_skill
from claude_api_client.testing import LocalAPIServer, local_api


@beta_tool
def get_weather(city: str) -> str:
    """The weather of a city.

    Args:
        city: The city.
    """
    return f"sunny in {city}"


@beta_async_tool
async def slow(seconds: float) -> str:
    """Wait.

    Args:
        seconds: How long.
    """
    await asyncio.sleep(seconds)
    return "done"


@pytest.fixture
def quick_heartbeats(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(_lease, "HEARTBEAT_INTERVAL", 0.1)
    yield


def _queue(api: LocalAPIServer, text: str, **agent: Any) -> tuple[str, str]:
    client = api.client()
    env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
    made = client.beta.agents.create(name="a", model="claude-sonnet-4-5", **agent)
    session = client.beta.sessions.create(agent=made.id, environment_id=env.id)
    content = [{"type": "text", "text": text}]
    client.beta.sessions.events.send(
        session.id, events=[{"type": "user.message", "content": content}]
    )
    return str(env.id), str(session.id)


def _claim(api: LocalAPIServer, env_id: str) -> Any:
    work = api.client().beta.environments.work
    item = work.poll(env_id, block_ms=500)
    assert item is not None
    work.ack(item.id, environment_id=env_id)
    return item


def _work_calls(api: LocalAPIServer, suffix: str) -> list[Any]:
    return [
        r
        for r in api.requests
        if r.path.startswith("/v1/environments/") and r.path.endswith(suffix)
    ]


def _agent_said(api: LocalAPIServer, session_id: str) -> list[str]:
    events = api.client().beta.sessions.events.list(session_id)
    return [e.content[0].text for e in events if e.type == "agent.message"]


def test_run_serves_each_claimed_session_and_stops_the_item(tmp_path: Path) -> None:
    with local_api(auth_token="envkey-1") as api:
        env_id, session_id = _queue(api, 'tool get_weather {"city": "Oslo"}')

        async def serve() -> None:
            worker = api.async_client().beta.environments.work.worker(
                environment_id=env_id,
                environment_key="envkey-1",
                tools=[get_weather],
                workdir=tmp_path,
                max_idle=0.2,
                worker_id="w-7",
            )
            running = asyncio.ensure_future(worker.run())
            for _ in range(200):
                await asyncio.sleep(0.05)
                if _work_calls(api, "/stop"):
                    break
            running.cancel()
            with pytest.raises(asyncio.CancelledError):
                await running

        asyncio.run(serve())
        assert _agent_said(api, session_id)[-1] == "get_weather: sunny in Oslo"
        item = api.client().beta.environments.work.list(env_id).data[0]
        assert item.state == "stopped"
        beats = _work_calls(api, "/heartbeat")
        assert beats[0].query["expected_last_heartbeat"] == ["NO_HEARTBEAT"]
        assert [json.loads(r.body) for r in _work_calls(api, "/stop")] == [{"force": True}]
        worker_requests = [
            r for r in api.requests if r.headers.get("authorization") == "Bearer envkey-1"
        ]
        assert worker_requests and all("x-api-key" not in r.headers for r in worker_requests)
        helpers = {r.headers.get("x-stainless-helper") for r in worker_requests}
        assert helpers == {
            "environments-work-poller",
            "environments-worker",
            "environments-worker, session-tool-runner",
        }
        assert all(r.headers["anthropic-worker-id"] == "w-7" for r in _work_calls(api, "/poll"))


def test_a_lost_lease_ends_serving_without_a_stop(quick_heartbeats: None) -> None:
    with local_api() as api:
        env_id, session_id = _queue(api, 'tool slow {"seconds": 30}')
        item = _claim(api, env_id)
        # the first heartbeat claims the item, the second is refused: another worker holds it
        api.plan("environments_work_heartbeat", [None, 412])
        worker = EnvironmentWorker(
            api.async_client(), environment_key=api.api_key, tools=[slow], max_idle=None
        )
        asyncio.run(
            asyncio.wait_for(
                worker.handle_item(work_id=item.id, environment_id=env_id, session_id=session_id),
                20,
            )
        )
        assert _work_calls(api, "/stop") == []
        assert len(_work_calls(api, "/heartbeat")) == 2
        # the cancelled tool's result is not posted for a lease another worker may hold
        sent = [
            json.loads(r.body)["events"][0]["type"]
            for r in api.requests_for("sessions_events_send")
        ]
        assert sent == ["user.message"]


def test_a_heartbeat_that_asks_to_stop_ends_serving_with_a_forced_stop(
    quick_heartbeats: None,
) -> None:
    with local_api() as api:
        env_id, session_id = _queue(api, 'tool slow {"seconds": 30}')
        item = _claim(api, env_id)

        async def scenario() -> None:
            worker = api.async_client().beta.environments.work.worker(
                environment_key=api.api_key, tools=[slow], max_idle=None
            )
            serving = asyncio.ensure_future(
                worker.handle_item(work_id=item.id, environment_id=env_id, session_id=session_id)
            )
            await asyncio.sleep(0.5)
            assert not serving.done()
            # someone asks the item to stop: the next heartbeat is not extended
            await api.async_client().beta.environments.work.stop(item.id, environment_id=env_id)
            await asyncio.wait_for(serving, 20)

        asyncio.run(scenario())
        stops = [json.loads(r.body) for r in _work_calls(api, "/stop")]
        assert stops == [{}, {"force": True}]
        assert (
            api.client().beta.environments.work.retrieve(item.id, environment_id=env_id).state
            == "stopped"
        )


def test_a_refused_first_heartbeat_is_raised_and_nothing_is_served() -> None:
    with local_api() as api:
        env_id, session_id = _queue(api, 'tool get_weather {"city": "Oslo"}')
        worker = EnvironmentWorker(
            api.async_client(), environment_key=api.api_key, tools=[get_weather]
        )
        with pytest.raises(NotFoundError):
            asyncio.run(
                worker.handle_item(
                    work_id="work_missing", environment_id=env_id, session_id=session_id
                )
            )
        assert api.requests_for("sessions_retrieve") == []


def test_handle_item_reads_the_on_work_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with local_api() as api:
        env_id, session_id = _queue(api, 'tool get_weather {"city": "Kyiv"}')
        item = _claim(api, env_id)
        for name, value in (
            ("ANTHROPIC_WORK_ID", item.id),
            ("ANTHROPIC_ENVIRONMENT_ID", env_id),
            ("ANTHROPIC_SESSION_ID", session_id),
            ("ANTHROPIC_ENVIRONMENT_KEY", api.api_key),
        ):
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("ANTHROPIC_WORK_SECRET", raising=False)
        # a first heartbeat that fails for a passing reason is tried again
        api.plan("environments_work_heartbeat", [503])
        client = api.async_client(max_retries=0)
        worker = EnvironmentWorker(client, tools=[get_weather], workdir=tmp_path, max_idle=0.2)
        asyncio.run(worker.handle_item())
        beats = _work_calls(api, "/heartbeat")
        assert [b.query["expected_last_heartbeat"] for b in beats[:2]] == [["NO_HEARTBEAT"]] * 2
        assert _agent_said(api, session_id)[-1] == "get_weather: sunny in Kyiv"
        assert [json.loads(r.body) for r in _work_calls(api, "/stop")] == [{"force": True}]


def test_arguments_are_checked_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    with local_api() as api:
        client = api.async_client()
        work = client.beta.environments.work
        with pytest.raises(TypeError, match="unrestricted_paths"):
            work.worker(unrestricted_paths=True)
        with pytest.raises(ValueError, match="memory_sync_interval"):
            work.worker(memory_sync_interval=MIN_MEMORY_SYNC_INTERVAL / 2)
        with pytest.raises(ValueError, match="max_concurrent_calls"):
            work.worker(max_concurrent_calls=0)
        with pytest.raises(ValueError, match="environment_id and environment_key"):
            asyncio.run(work.worker().run())
        for name in ("ANTHROPIC_WORK_ID", "ANTHROPIC_ENVIRONMENT_KEY", "ANTHROPIC_WORK_SECRET"):
            monkeypatch.delenv(name, raising=False)
        with pytest.raises(ValueError, match="work_id"):
            asyncio.run(work.worker().handle_item(environment_id="e", session_id="s"))
        with pytest.raises(ValueError, match="environment_key is required"):
            asyncio.run(work.worker().handle_item(work_id="w", environment_id="e", session_id="s"))
        assert api.requests == []
        assert not hasattr(api.client().beta.environments.work, "worker")
    assert (DEFAULT_MEMORY_SYNC_INTERVAL, MIN_MEMORY_SYNC_INTERVAL, MEMORY_FLUSH_TIMEOUT) == (
        15.0,
        5.0,
        30.0,
    )


def _skill_files(tmp_path: Path) -> list[Any]:
    folder = tmp_path / "source" / "weather"
    (folder / "scripts").mkdir(parents=True)
    (folder / "SKILL.md").write_text("---\nname: weather\ndescription: d\n---\nUse it.")
    (folder / "scripts" / "run.sh").write_text("echo hi")
    from claude_api_client.lib import files_from_dir

    return files_from_dir(folder)


def test_the_agents_skills_are_downloaded_for_the_session_and_removed_after(tmp_path: Path) -> None:
    seen: list[bool] = []
    workdir = tmp_path / "work"
    workdir.mkdir()

    @beta_tool
    def check() -> str:
        """Look for the skill."""
        seen.append((workdir / "skills" / "weather" / "SKILL.md").is_file())
        return "looked"

    with local_api() as api:
        skill = api.client().beta.skills.create(
            files=_skill_files(tmp_path), display_title="weather"
        )
        env_id, session_id = _queue(
            api,
            "tool check",
            skills=[{"type": "custom", "skill_id": skill.id, "version": "latest"}],
        )
        item = _claim(api, env_id)
        worker = EnvironmentWorker(
            api.async_client(),
            environment_key=api.api_key,
            tools=[check],
            workdir=workdir,
            max_idle=0.2,
        )
        asyncio.run(
            worker.handle_item(work_id=item.id, environment_id=env_id, session_id=session_id)
        )
        assert seen == [True]
        assert not (workdir / "skills" / "weather").exists()


def _zip(entries: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, mode in entries:
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = mode << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def test_unpacking_a_skill_refuses_escapes_and_skips_links(tmp_path: Path) -> None:
    archive = tmp_path / "ok.zip"
    archive.write_bytes(
        _zip(
            [
                ("pdf/SKILL.md", b"skill", stat.S_IFREG | 0o644),
                ("pdf/scripts/run.sh", b"echo", stat.S_IFREG | 0o4777),
                ("pdf/link", b"/etc/passwd", stat.S_IFLNK | 0o777),
            ]
        )
    )
    unpack_skill(archive, tmp_path / "out")
    assert (tmp_path / "out" / "SKILL.md").read_text() == "skill"  # the wrapper folder is stripped
    assert stat.S_IMODE((tmp_path / "out" / "scripts" / "run.sh").stat().st_mode) == 0o755
    assert not (tmp_path / "out" / "link").exists()

    for name in ("../evil.txt", "/etc/evil.txt", "a/../../evil.txt"):
        bad = tmp_path / "bad.zip"
        bad.write_bytes(_zip([(name, b"x", stat.S_IFREG | 0o644)]))
        with pytest.raises(ValueError):
            unpack_skill(bad, tmp_path / "bad-out")
    assert not (tmp_path / "evil.txt").exists()
