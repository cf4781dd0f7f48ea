"""Message Batches: stateful batches that end after a configurable number of polls."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ._echo import reply
from ._pages import cursor_page
from ._protocol import APIFailure, Call, Handler, Reply
from ._state import BatchRecord, held, newest_first

__all__ = ["ROUTES"]


def _counts(processing: int = 0, succeeded: int = 0, canceled: int = 0) -> dict[str, int]:
    return {
        "processing": processing,
        "succeeded": succeeded,
        "errored": 0,
        "canceled": canceled,
        "expired": 0,
    }


def _record(call: Call) -> BatchRecord:
    return held(call, call.state.batches, "message_batch_id", "batch")


def _end(call: Call, record: BatchRecord) -> None:
    """Move a batch to `ended`, its outcome (succeeded or canceled) decided by its status."""
    body = record.body
    if body["processing_status"] == "ended":
        return
    canceling = body["processing_status"] == "canceling"
    if canceling:
        for line in record.results:
            line["result"] = {"type": "canceled"}
    total = len(record.results)
    body.update(
        processing_status="ended",
        request_counts=_counts(
            succeeded=0 if canceling else total, canceled=total if canceling else 0
        ),
        ended_at=call.state.timestamp(),
        results_url=f"/v1/messages/batches/{body['id']}/results",
    )


def batches_create(call: Call) -> Reply:
    state = call.state
    batch_id = state.next_id("msgbatch")
    created = state.now()
    results: list[dict[str, Any]] = []
    for item in call.body["requests"]:
        message = reply(item["params"], state.next_id("msg"))
        results.append(
            {"custom_id": item["custom_id"], "result": {"type": "succeeded", "message": message}}
        )
    body: dict[str, Any] = {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": "in_progress",
        "request_counts": _counts(processing=len(results)),
        "created_at": state.timestamp(created),
        "expires_at": state.timestamp(created + _dt.timedelta(days=1)),
        "ended_at": None,
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": None,
    }
    record = BatchRecord(body=body, results=results, polls_left=call.settings.batch_polls)
    with state.lock:
        state.batches[batch_id] = record
        if record.polls_left <= 0:
            _end(call, record)
    return Reply(body=dict(body))


def batches_retrieve(call: Call) -> Reply:
    with call.state.lock:
        record = _record(call)
        if record.polls_left <= 0:
            _end(call, record)
        record.polls_left -= 1
        return Reply(body=dict(record.body))


def batches_list(call: Call) -> Reply:
    return Reply(body=cursor_page(newest_first(call.state, call.state.batches), call.query))


def batches_cancel(call: Call) -> Reply:
    with call.state.lock:
        record = _record(call)
        body = record.body
        if body["processing_status"] == "in_progress":
            body.update(processing_status="canceling", cancel_initiated_at=call.state.timestamp())
        return Reply(body=dict(body))


def batches_delete(call: Call) -> Reply:
    with call.state.lock:
        record = _record(call)
        if record.body["processing_status"] != "ended":
            raise APIFailure(
                400,
                "invalid_request_error",
                "message_batch_id: a batch must end before it is deleted",
            )
        del call.state.batches[record.body["id"]]
    return Reply(body={"id": record.body["id"], "type": "message_batch_deleted"})


def batches_results(call: Call) -> Reply:
    with call.state.lock:
        record = _record(call)
        if record.body["processing_status"] != "ended":
            raise APIFailure(
                400, "invalid_request_error", "message_batch_id: the batch has not ended yet"
            )
        return Reply(lines=[dict(line) for line in record.results])


ROUTES: dict[str, Handler] = {
    "messages_batches_create": batches_create,
    "messages_batches_retrieve": batches_retrieve,
    "messages_batches_list": batches_list,
    "messages_batches_cancel": batches_cancel,
    "messages_batches_delete": batches_delete,
    "messages_batches_results": batches_results,
}
