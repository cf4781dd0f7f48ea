"""The simulator serves managed agents statefully, through the public client (sync and async)."""

from __future__ import annotations

import asyncio
import threading
import time

from _support.sessions import until_idle
from claude_api_client.testing import local_api

HI = [{"type": "user.message", "content": [{"type": "text", "text": "hi"}]}]


def test_agents_sessions_and_their_event_stream() -> None:
    with local_api() as api:
        client = api.client()
        env = client.beta.environments.create(name="dev", config={"type": "cloud"})
        agent = client.beta.agents.create(name="helper", model="claude-sonnet-4-5")
        assert (agent.version, agent.model.id) == (1, "claude-sonnet-4-5")
        changed = client.beta.agents.update(agent.id, version=1, name="helper 2")
        assert (changed.version, changed.name) == (2, "helper 2")
        assert [v.version for v in client.beta.agents.versions.list(agent.id)] == [1, 2]

        session = client.beta.sessions.create(agent=agent.id, environment_id=env.id)
        assert session.agent.name == "helper 2" and session.status == "idle"
        assert [s.id for s in client.beta.sessions.list(statuses=["idle"])] == [session.id]
        assert list(client.beta.sessions.list(statuses=["running"])) == []

        stream = client.beta.sessions.events.stream(session.id)
        sent = client.beta.sessions.events.send(session.id, events=HI)
        assert [e.type for e in sent.data] == ["user.message"]
        assert [event.type for event in until_idle(stream)] == [
            "user.message",
            "session.status_running",
            "agent.message",
            "session.status_idle",
        ]
        previewed = client.beta.sessions.events.stream(session.id, event_deltas=["agent.message"])
        client.beta.sessions.events.send(session.id, events=HI)
        kinds = [event.type for event in until_idle(previewed)]
        assert kinds[2:5] == ["event_start", "event_delta", "agent.message"]
        replies = client.beta.sessions.events.list(session.id, types=["agent.message"])
        assert [block.text for block in replies.data[0].content] == ["hi"]
        thread = client.beta.sessions.threads.list(session.id).data[0]
        assert (
            client.beta.sessions.threads.retrieve(thread.id, session_id=session.id).id == thread.id
        )

        resource = client.beta.sessions.resources.add(session.id, type="file", file_id="file_1")
        assert [r.id for r in client.beta.sessions.resources.list(session.id)] == [resource.id]
        client.beta.sessions.resources.delete(resource.id, session_id=session.id)
        assert list(client.beta.sessions.resources.list(session.id)) == []

        archived = client.beta.sessions.archive(session.id)
        assert archived.archived_at is not None
        assert list(client.beta.sessions.list()) == []
        assert [s.id for s in client.beta.sessions.list(include_archived=True)] == [session.id]
        assert client.beta.sessions.delete(session.id).type == "session_deleted"


def test_the_work_queue_long_poll_ack_heartbeat_and_stop() -> None:
    with local_api() as api:
        client = api.client()
        env = client.beta.environments.create(name="own", config={"type": "self_hosted"})
        agent = client.beta.agents.create(name="a", model="claude-sonnet-4-5")
        assert client.beta.environments.work.poll(env.id) is None  # non-blocking by default

        # A long poll waits for work that arrives while it waits.
        timer = threading.Timer(
            0.2, lambda: client.beta.sessions.create(agent=agent.id, environment_id=env.id)
        )
        started = time.monotonic()
        timer.start()
        work = client.beta.environments.work.poll(env.id, block_ms=999)
        timer.join()
        assert work is not None and time.monotonic() - started < 5
        assert work.state == "queued" and work.secret and work.data.type == "session"
        assert client.beta.environments.work.stats(env.id).pending == 1

        acked = client.beta.environments.work.ack(work.id, environment_id=env.id)
        assert acked.state == "starting" and acked.acknowledged_at
        beat = client.beta.environments.work.heartbeat(
            work.id, environment_id=env.id, expected_last_heartbeat="NO_HEARTBEAT"
        )
        assert beat.lease_extended and beat.state == "active"
        from claude_api_client import APIStatusError

        try:
            client.beta.environments.work.heartbeat(
                work.id, environment_id=env.id, expected_last_heartbeat="NO_HEARTBEAT"
            )
        except APIStatusError as error:
            assert error.status_code == 412
        else:
            raise AssertionError("a stale heartbeat must fail with 412")
        client.beta.environments.work.heartbeat(
            work.id, environment_id=env.id, expected_last_heartbeat=beat.last_heartbeat
        )
        stopped = client.beta.environments.work.stop(work.id, environment_id=env.id, force=True)
        assert stopped.state == "stopped"
        assert client.beta.environments.work.poll(env.id, block_ms=50) is None


def test_deployments_async() -> None:
    async def run() -> None:
        with local_api() as api:
            client = api.async_client()
            env = await client.beta.environments.create(name="e", config={"type": "cloud"})
            agent = await client.beta.agents.create(name="a", model="claude-sonnet-4-5")
            deployment = await client.beta.deployments.create(
                agent=agent.id, environment_id=env.id, name="nightly", initial_events=HI
            )
            assert (await client.beta.deployments.pause(deployment.id)).status == "paused"
            assert (await client.beta.deployments.unpause(deployment.id)).status == "active"
            run = await client.beta.deployments.run(deployment.id)
            assert run.deployment_id == deployment.id
            runs = [r.id async for r in client.beta.deployment_runs.list()]
            assert runs == [run.id]
            fetched = await client.beta.deployment_runs.retrieve(run.id)
            assert fetched.id == run.id
            await client.close()

    asyncio.run(run())
