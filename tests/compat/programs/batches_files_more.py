"""Batches and files beyond the basics: cancel and delete, beta batches, results read async,
uploads from a path and a file object, downloads written to disk (plain and streamed), the
binary response's methods, file metadata fields, and the errors of a missing batch or file."""

import asyncio
import pathlib
import tempfile
from typing import Any

import anthropic
from _observe import show

MODEL = "claude-sonnet-4-5"


def request(n: int) -> Any:
    return {
        "custom_id": f"r{n}",
        "params": {
            "model": MODEL,
            "max_tokens": 8,
            "messages": [{"role": "user", "content": f"n {n}"}],
        },
    }


client = anthropic.Anthropic(max_retries=0)

batch = client.messages.batches.create(requests=[request(n) for n in range(2)])
show(
    "batch",
    {
        "status": batch.processing_status,
        "counts": batch.request_counts.to_dict(),
        "has_results_url": batch.results_url is not None,
        "created_at_type": type(batch.created_at).__mro__[-2].__name__,
        "fields": sorted(batch.to_dict()),
    },
)
ended = client.messages.batches.retrieve(batch.id)
show("ended", [ended.processing_status, bool(ended.results_url), ended.ended_at is not None])
results = list(client.messages.batches.results(batch.id))
show(
    "results",
    sorted(
        (r.custom_id, r.result.type, r.result.message.content[0].text)
        for r in results
        if r.result.type == "succeeded"
    ),
)
show("result_dump", sorted(results[0].to_dict()))
canceled = client.messages.batches.cancel(batch.id)
show("cancel_ended", [canceled.processing_status, canceled.id == batch.id])
deleted = client.messages.batches.delete(batch.id)
show("delete", [deleted.type, deleted.id == batch.id])
try:
    client.messages.batches.retrieve(batch.id)
except anthropic.NotFoundError as exc:
    show("after_delete", [exc.status_code, exc.type])

beta_batch = client.beta.messages.batches.create(requests=[request(9)])
show("beta_batch", [beta_batch.type, beta_batch.processing_status])
show("beta_results", [r.custom_id for r in client.beta.messages.batches.results(beta_batch.id)])
show("beta_in_list", beta_batch.id in [b.id for b in client.beta.messages.batches.list()])

with tempfile.TemporaryDirectory() as folder:
    path = pathlib.Path(folder) / "notes.md"
    path.write_text("# notes\n")
    from_path = client.files.upload(file=path)
    show("upload_path", [from_path.filename, from_path.mime_type, from_path.size_bytes])
    with open(path, "rb") as handle:
        from_handle = client.files.upload(file=handle)
    show("upload_handle", [from_handle.filename, from_handle.size_bytes])
    from_bytes = client.files.upload(file=("data.json", b'{"a": 1}', "application/json"))
    show("upload_tuple", [from_bytes.filename, from_bytes.mime_type])
    show(
        "metadata",
        {
            "fields": sorted(from_bytes.to_dict()),
            "downloadable": from_bytes.downloadable,
            "created_at_is_datetime": hasattr(from_bytes.created_at, "isoformat"),
        },
    )

    download = client.files.download(from_bytes.id)
    show(
        "download",
        {
            # (the class name differs, `BinaryAPIResponse` / ours `BinaryResponse`, both in
            # private modules; what is public is that both are `APIResponse`s)
            "is_api_response": isinstance(download, anthropic.APIResponse),
            "read": download.read(),
            "text": download.text(),
            "json": download.json(),
            "content_type": download.headers.get("content-type"),
            "status": download.status_code,
        },
    )
    target = pathlib.Path(folder) / "copy.json"
    client.files.download(from_bytes.id).write_to_file(target)
    show("write_to_file", target.read_bytes())
    streamed = pathlib.Path(folder) / "streamed.json"
    with client.files.with_streaming_response.download(from_bytes.id) as response:
        show("streaming_download_class", isinstance(response, anthropic.APIResponse))
        response.stream_to_file(streamed)
    show("stream_to_file", streamed.read_bytes())
    with client.files.with_streaming_response.download(from_bytes.id) as response:
        show("iter_bytes", b"".join(response.iter_bytes()))
    raw = client.files.with_raw_response.retrieve_metadata(from_bytes.id)
    show("raw_metadata", [raw.status_code, raw.parse().filename])

try:
    client.files.download("file_missing")
except anthropic.NotFoundError as exc:
    show("missing_file", [exc.status_code, exc.type])
show("beta_metadata", client.beta.files.retrieve_metadata(from_bytes.id).filename)
client.beta.files.delete(from_bytes.id)
show("after_beta_delete", sorted(f.filename for f in client.files.list()))


async def main():
    aclient = anthropic.AsyncAnthropic(max_retries=0)
    abatch = await aclient.messages.batches.create(requests=[request(5), request(6)])
    decoder = await aclient.messages.batches.results(abatch.id)
    lines = [line.custom_id async for line in decoder]
    show("async_results", sorted(lines))
    apage = await aclient.messages.batches.list(limit=1)
    show("async_batch_page", [len(apage.data), apage.has_more])
    uploaded = await aclient.files.upload(file=("a.txt", b"async", "text/plain"))
    content = await aclient.files.download(uploaded.id)
    show("async_download", [isinstance(content, anthropic.AsyncAPIResponse), await content.read()])
    async with aclient.files.with_streaming_response.download(uploaded.id) as response:
        show("async_streamed", b"".join([c async for c in response.iter_bytes()]))


asyncio.run(main())
