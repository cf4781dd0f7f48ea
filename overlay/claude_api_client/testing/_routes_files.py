"""Files: uploads kept in memory, listed newest first, downloadable until they expire."""

from __future__ import annotations

import datetime as _dt
import mimetypes
from typing import Any

from ._multipart import Part
from ._pages import cursor_page, token_page
from ._protocol import APIFailure, Call, Handler, Reply
from ._state import FileRecord, bodies, held, newest_first

__all__ = ["ROUTES"]


def _record(call: Call) -> FileRecord:
    return held(call, call.state.files, "file_id", "file")


def files_upload(call: Call) -> Reply:
    part = call.body["file"]
    if not isinstance(part, Part):
        raise APIFailure(400, "invalid_request_error", "file: Input should be a file")
    state = call.state
    filename = part.filename or "upload"
    mime = part.content_type
    if not mime or mime == "application/octet-stream":
        mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    created = state.now()
    body: dict[str, Any] = {
        "id": state.next_id("file"),
        "type": "file",
        "filename": filename[:500],
        "mime_type": mime,
        "size_bytes": len(part.data),
        "created_at": state.timestamp(created),
        "downloadable": True,
    }
    expires = call.body.get("expires_in_seconds")
    if isinstance(expires, int):
        body["expires_at"] = state.timestamp(created + _dt.timedelta(seconds=expires))
    with state.lock:
        state.files[body["id"]] = FileRecord(body=body, content=part.data)
    return Reply(body=dict(body))


def files_list(call: Call) -> Reply:
    items = newest_first(call.state, call.state.files)
    wanted = call.query.get("ids[]")
    if wanted:
        items = [item for item in items if item["id"] in wanted]
    if call.query.get("page"):
        return Reply(body=token_page(items, call.query))
    if "after_id" in call.query or "before_id" in call.query:
        return Reply(body=cursor_page(items, call.query))
    # A first page serves both clients: cursor fields, and the `next_page` token the official
    # client follows (it pages files by token, GA and beta alike).
    return Reply(body={**cursor_page(items, call.query), **token_page(items, call.query)})


def files_retrieve_metadata(call: Call) -> Reply:
    return Reply(body=bodies(call.state, [_record(call)])[0])


def files_download(call: Call) -> Reply:
    with call.state.lock:
        record = _record(call)
    expires_at = record.body.get("expires_at")
    # Timestamps share one format, so their text sorts as their time does.
    if isinstance(expires_at, str) and call.state.timestamp() >= expires_at:
        raise APIFailure(
            404,
            "not_found_error",
            f"file_id: {record.body['id']!r} expired at {expires_at}",
            details={"error_code": "file_expired"},
        )
    return Reply(content=record.content, content_type=record.body["mime_type"])


def files_delete(call: Call) -> Reply:
    with call.state.lock:
        record = _record(call)
        del call.state.files[record.body["id"]]
    return Reply(body={"id": record.body["id"], "type": "file_deleted"})


ROUTES: dict[str, Handler] = {
    "files_upload": files_upload,
    "files_list": files_list,
    "files_retrieve_metadata": files_retrieve_metadata,
    "files_download": files_download,
    "files_delete": files_delete,
}
