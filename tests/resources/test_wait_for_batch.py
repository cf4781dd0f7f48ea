"""wait_for_batch: polls with backoff until the batch ends, with an injected clock (no sleeping)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from claude_api_client import AnthropicError, NotFoundError
from claude_api_client.lib import BatchWaitTimeoutError, async_wait_for_batch, wait_for_batch
from claude_api_client.types import MessageBatch

from ._local import FakeClock, Recorder, error_reply, mock_async_client, mock_client


def batch(status: str, processing: int) -> dict[str, object]:
    return {
        "id": "msgbatch_1",
        "type": "message_batch",
        "processing_status": status,
        "request_counts": {
            "processing": processing,
            "succeeded": 10 - processing,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "created_at": "2025-01-01T00:00:00Z",
        "expires_at": "2025-01-02T00:00:00Z",
        "ended_at": "2025-01-01T01:00:00Z" if status == "ended" else None,
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": "https://api.anthropic.com/v1/messages/batches/msgbatch_1/results"
        if status == "ended"
        else None,
    }


def replies(*states: tuple[str, int]) -> Recorder:
    return Recorder([httpx.Response(200, json=batch(s, p)) for s, p in states])


def test_polls_with_backoff_until_ended() -> None:
    recorder = replies(*[("in_progress", 10 - n) for n in range(6)], ("ended", 0))
    clock = FakeClock()
    seen: list[int] = []
    result = wait_for_batch(
        mock_client(recorder),
        "msgbatch_1",
        poll_interval=2,
        max_interval=5,
        on_progress=lambda b: seen.append(b.request_counts.processing),
        sleep=clock.sleep,
        clock=clock.monotonic,
    )
    assert isinstance(result, MessageBatch)
    assert result.processing_status == "ended"
    assert seen == [10, 9, 8, 7, 6, 5, 0]  # after every poll, the last one included
    assert clock.sleeps == [2, 3, 4.5, 5, 5, 5]
    assert len(recorder.requests) == 7
    assert {r.url.path for r in recorder.requests} == {"/v1/messages/batches/msgbatch_1"}


def test_an_ended_batch_returns_at_once() -> None:
    clock = FakeClock()
    result = wait_for_batch(
        mock_client(replies(("ended", 0))), "msgbatch_1", sleep=clock.sleep, clock=clock.monotonic
    )
    assert result.id == "msgbatch_1" and clock.sleeps == []


def test_canceling_is_not_the_end() -> None:
    clock = FakeClock()
    recorder = replies(("canceling", 3), ("ended", 0))
    wait_for_batch(mock_client(recorder), "msgbatch_1", sleep=clock.sleep, clock=clock.monotonic)
    assert len(recorder.requests) == 2


def test_timeout_raises_with_the_last_state() -> None:
    clock = FakeClock()
    recorder = replies(("in_progress", 4))
    with pytest.raises(BatchWaitTimeoutError) as info:
        wait_for_batch(
            mock_client(recorder),
            "msgbatch_1",
            poll_interval=10,
            max_interval=10,
            timeout=25,
            sleep=clock.sleep,
            clock=clock.monotonic,
        )
    error = info.value
    assert isinstance(error, TimeoutError) and isinstance(error, AnthropicError)
    assert error.batch.request_counts.processing == 4
    assert error.timeout == 25
    assert "msgbatch_1" in str(error) and "25s" in str(error) and "in_progress" in str(error)
    # Polls at 0, 10, 20, 25 (the last wait shortened to the deadline), then gives up.
    assert clock.sleeps == [10, 10, 5]
    assert len(recorder.requests) == 4


def test_beta_polls_the_beta_resource() -> None:
    clock = FakeClock()
    recorder = replies(("in_progress", 1), ("ended", 0))
    wait_for_batch(
        mock_client(recorder), "msgbatch_1", beta=True, sleep=clock.sleep, clock=clock.monotonic
    )
    assert len(recorder.requests) == 2


def test_api_errors_propagate() -> None:
    clock = FakeClock()
    with pytest.raises(NotFoundError):
        wait_for_batch(
            mock_client(Recorder([error_reply(404, "not_found_error")])),
            "msgbatch_x",
            sleep=clock.sleep,
            clock=clock.monotonic,
        )


def test_bad_intervals_are_refused() -> None:
    client = mock_client(replies(("ended", 0)))
    with pytest.raises(ValueError):
        wait_for_batch(client, "b", poll_interval=0)
    with pytest.raises(ValueError):
        wait_for_batch(client, "b", backoff=0.5)


def test_async_wait_with_coroutine_progress_and_timeout() -> None:
    async def main() -> None:
        clock = FakeClock()
        seen: list[str] = []

        async def progress(b: MessageBatch) -> None:
            seen.append(str(b.processing_status))

        recorder = replies(("in_progress", 2), ("in_progress", 1), ("ended", 0))
        async with mock_async_client(recorder) as client:
            result = await async_wait_for_batch(
                client,
                "msgbatch_1",
                poll_interval=1,
                on_progress=progress,
                sleep=clock.async_sleep,
                clock=clock.monotonic,
            )
        assert result.processing_status == "ended"
        assert seen == ["in_progress", "in_progress", "ended"]
        assert clock.sleeps == [1, 1.5]

        stuck = replies(("in_progress", 2))
        async with mock_async_client(stuck) as client:
            with pytest.raises(BatchWaitTimeoutError):
                await async_wait_for_batch(
                    client,
                    "msgbatch_1",
                    beta=True,
                    timeout=3,
                    poll_interval=1,
                    on_progress=lambda b: None,
                    sleep=clock.async_sleep,
                    clock=clock.monotonic,
                )

    asyncio.run(main())


def test_lib_exports_lazily() -> None:
    import claude_api_client.lib as lib

    assert sorted(lib.__all__) == [
        "BatchWaitTimeoutError",
        "SkillDirectoryError",
        "WebhookVerificationError",
        "async_wait_for_batch",
        "files_from_dir",
        "wait_for_batch",
    ]
    assert set(dir(lib)) == set(lib.__all__)
    with pytest.raises(AttributeError):
        lib.nothing  # noqa: B018
