"""Load: many concurrent streams and many sequential calls on one client, every message complete
and correct, and no file-descriptor or memory growth once the run is over (measured)."""

from __future__ import annotations

import asyncio
import gc
import os
import tracemalloc

from claude_api_client._core._model_base import WARM_AFTER
from claude_api_client.testing import LocalAPIServer

from ._support import MODEL, user

STREAMS = 200
CALLS = 1_000
FD_TOLERANCE = 8
MEMORY_TOLERANCE = 1_000_000  # bytes still allocated after the run, over the level before it


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _settle(baseline: int) -> int:
    """Open descriptors, after giving server threads a bounded chance to finish closing."""
    for _ in range(50):
        gc.collect()
        count = _open_fds()
        if count <= baseline:
            return count
        asyncio.run(asyncio.sleep(0.02))
    return _open_fds()


def test_concurrent_async_streams(claude_api: LocalAPIServer) -> None:
    async def one(client: object, index: int) -> tuple[str, list[str]]:
        words = " ".join(f"w{index}-{n}" for n in range(index % 7 + 1))
        stream = await client.messages.create(  # type: ignore[attr-defined]
            model=MODEL, max_tokens=64, messages=user(words), stream=True
        )
        text: list[str] = []
        names: list[str] = []
        async for event in stream:
            names.append(event.type)
            if event.type == "content_block_delta":
                text.append(event.delta.text)
        assert "".join(text) == f"echo: {words}", index
        return "".join(text), names

    async def main() -> list[tuple[str, list[str]]]:
        async with claude_api.async_client(max_retries=0) as client:
            await one(client, 0)  # warm up: imports, first connection
            return await asyncio.gather(*(one(client, i) for i in range(STREAMS)))

    baseline = _open_fds()
    results = asyncio.run(main())
    assert len(results) == STREAMS
    for _, names in results:
        assert names[0] == "message_start" and names[-1] == "message_stop"
        assert names.count("content_block_stop") == names.count("content_block_start") == 1
    assert len(claude_api.requests) == STREAMS + 1
    assert _settle(baseline) <= baseline + FD_TOLERANCE


def test_sequential_sync_calls(claude_api: LocalAPIServer) -> None:
    with claude_api.client(max_retries=0) as client:
        # Warm up: imports, caches, the first connection, and the content-block union's
        # one-time switch to its compiled form after WARM_AFTER values (not a leak).
        for i in range(WARM_AFTER + 20):
            client.messages.create(model=MODEL, max_tokens=8, messages=user(f"warm {i}"))
        claude_api.requests.clear()
        gc.collect()
        fds_before = _open_fds()
        tracemalloc.start()
        try:
            memory_before = tracemalloc.get_traced_memory()[0]
            for i in range(CALLS):
                message = client.messages.create(
                    model=MODEL, max_tokens=8, messages=user(f"call number {i}")
                )
                assert message.content[0].text == f"echo: call number {i}"  # type: ignore[union-attr]
                assert message.stop_reason == "end_turn"
                assert message.usage.output_tokens == 4
            del message
            assert len(claude_api.requests) == CALLS
            claude_api.requests.clear()
            gc.collect()
            memory_after = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        fds_after = _open_fds()
    assert fds_after <= fds_before + FD_TOLERANCE
    assert memory_after - memory_before < MEMORY_TOLERANCE, memory_after - memory_before
