"""API facts the runtime takes from the document, never from a list of its own: which multipart
fields are files (`format: binary`), the Accept header of binary and JSON Lines responses
(`x-accept`) and the adaptive timeout of long calls (`x-adaptive-timeout`).

Each test changes a scratch copy of the document and checks that the generator's reading of it
changes with it, and that the generated code passes what the generator read to the runtime.
"""

from __future__ import annotations

import copy
import importlib
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from _support.scripts import scripts_module
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._uploads import multipart_parts
from claude_api_client.testing import local_api
from claude_api_client.testing._document import load_document

ROOT = Path(__file__).resolve().parents[1]


def _loader() -> Any:
    return scripts_module("_generator.loader")


def _doc() -> dict[str, Any]:
    return copy.deepcopy(load_document().raw)


def _ops(doc: dict[str, Any]) -> dict[str, Any]:
    return {op.operation_id: op for op in _loader().load_operations(doc)}


def _generated_options(op: Any, **given: object) -> RequestOptions:
    """The generated request builder of `op`, called with dummies for its required arguments."""
    module = importlib.import_module(f"claude_api_client.resources._ops_{'_'.join(op.namespace)}")
    build = getattr(module, f"_{op.operation_id}_options")
    dummies = {"array": ["x"], "integer": 1, "boolean": True, "object": {}}
    args: dict[str, object] = {
        p.py_name: dummies.get(p.schema.get("type"), "x") for p in op.params if p.required
    }
    args.update(given)
    options: RequestOptions = build(**args)
    return options


# --- uploads: `format: binary` -----------------------------------------------------------------


def test_upload_fields_are_the_binary_fields_of_the_document() -> None:
    ops = _ops(_doc())
    assert ops["files_upload"].upload_fields == ["file"]
    assert ops["skills_create"].upload_fields == ["files"]  # an array of binary strings
    multipart = [op for op in ops.values() if op.body_kind == "multipart"]
    assert multipart and all(op.upload_fields for op in multipart)
    for op in multipart:  # the generated builders pass exactly those to the runtime
        assert _generated_options(op).upload_fields == tuple(op.upload_fields)


def test_a_new_binary_field_in_a_scratch_document_becomes_an_upload() -> None:
    doc = _doc()
    props = doc["components"]["schemas"]["FileUploadParams"]["properties"]
    props["thumbnail"] = {"anyOf": [{"type": "string", "format": "binary"}, {"type": "null"}]}
    props["caption"] = {"type": "string"}
    assert _ops(doc)["files_upload"].upload_fields == ["file", "thumbnail"]
    del props["file"]["format"]  # no longer binary: no longer a file field
    assert _ops(doc)["files_upload"].upload_fields == ["thumbnail"]


def test_the_runtime_treats_exactly_the_declared_fields_as_files() -> None:
    with pytest.raises(TypeError, match=r"^thumbnail must be a path"):
        multipart_parts([("thumbnail", "not a path")], ("thumbnail",))
    parts = multipart_parts([("thumbnail", "plain text")])  # undeclared: a form value
    assert parts.data == {"thumbnail": ["plain text"]} and parts.files == []
    parts = multipart_parts([("file", "plain text")])  # no name is a file by itself any more
    assert parts.data == {"file": ["plain text"]}
    parts = multipart_parts([("files", [b"a", b"b"])], ("files",))
    assert [name for name, _ in parts.files] == ["files[]", "files[]"]


def test_a_custom_request_treats_its_files_argument_as_files() -> None:
    with local_api() as api:
        client = api.client(max_retries=0)
        with pytest.raises(TypeError, match=r"^doc must be a path"):
            client.post("/v1/files", cast_to=httpx.Response, files={"doc": "text"})


# --- Accept: `x-accept` ------------------------------------------------------------------------


def test_binary_and_jsonl_responses_send_the_documents_accept() -> None:
    ops = _ops(_doc())
    kinds = {op.operation_id: op.accept for op in ops.values() if op.response_kind != "json"}
    assert kinds["files_download"] == "*/*"
    assert kinds["messages_batches_results"].startswith("application/x-jsonl")
    for op in ops.values():
        if op.accept is not None:
            headers = _generated_options(op).headers or {}
            assert headers["accept"] == op.accept


def test_a_binary_response_without_x_accept_is_refused() -> None:
    doc = _doc()
    del doc["paths"]["/v1/files/{file_id}/content"]["get"]["x-accept"]
    loader = _loader()
    with pytest.raises(loader.LoadError, match="files_download: a binary response needs x-accept"):
        loader.load_operations(doc)


def test_a_changed_x_accept_reaches_the_wire() -> None:
    doc = _doc()
    doc["paths"]["/v1/files/{file_id}/content"]["get"]["x-accept"] = "application/pdf"
    assert _ops(doc)["files_download"].accept == "application/pdf"
    with local_api() as api:  # and the real document's value is what the server sees
        client = api.client(max_retries=0)
        file = client.files.upload(file=("a.txt", b"abc"))
        assert client.files.download(file.id).read() == b"abc"
        sent = api.requests_for("files_download")[-1]
        assert sent.headers["accept"] == _ops(_doc())["files_download"].accept


# --- the adaptive timeout: `x-adaptive-timeout` -----------------------------------------------


def test_the_expected_duration_follows_the_documents_pace() -> None:
    doc = _doc()
    op = _ops(doc)["messages_create"]
    assert op.adaptive_timeout == {"param": "max_tokens", "per-hour": 128000}
    options = _generated_options(op, max_tokens=64_000)
    assert options.expected_seconds == 64_000 * 3600 / op.adaptive_timeout["per-hour"]
    ops = _ops(doc)
    assert [o.operation_id for o in ops.values() if o.adaptive_timeout] == ["messages_create"]


def test_x_adaptive_timeout_must_name_a_body_field() -> None:
    doc = _doc()
    doc["paths"]["/v1/messages"]["post"]["x-adaptive-timeout"]["param"] = "max_tokenz"
    loader = _loader()
    with pytest.raises(loader.LoadError, match="x-adaptive-timeout needs a body"):
        loader.load_operations(doc)


# --- pages: the generated page models are what the runtime reads --------------------------------


def test_each_list_operation_reads_its_page_model() -> None:
    from claude_api_client._core._pagination import PageSpec

    resources = ROOT / "generated" / "claude_api_client" / "resources"
    for op in _ops(_doc()).values():
        if not op.pagination:
            continue
        module = importlib.import_module(
            f"claude_api_client.resources._ops_{'_'.join(op.namespace)}"
        )
        loaders = [
            getattr(module, name)
            for name in dir(module)
            if name.startswith("_load_") and getattr(module, name)().__name__ == op.response_schema
        ]
        assert len(loaders) == 1, op.operation_id
        namespace = "_".join(op.namespace)
        # (the namespace's module: `<name>.py`, `_plain_<name>.py` behind a helper namespace,
        # `<name>/<name>.py` inside its official package)
        text = "".join(
            p.read_text()
            for p in resources.rglob(f"*{namespace}.py")
            if not p.name.startswith("_") or p.name.startswith("_plain_")
        )
        assert f"PageSpec(page={loaders[0].__name__}" in text, op.operation_id
    assert [f.name for f in PageSpec.__dataclass_fields__.values()] == ["page", "items", "token"]


def test_no_generated_loader_or_decoder_is_dead() -> None:
    resources = ROOT / "generated" / "claude_api_client" / "resources"
    users = "".join(
        p.read_text() for p in resources.rglob("*.py") if not p.name.startswith("_ops_")
    )
    for ops_module in resources.glob("_ops_*.py"):
        text = ops_module.read_text()
        for name in re.findall(r"^def (_load_\w+|_decode_\w+)\(", text, re.M):
            used = re.search(rf"\b{name}\b", users)
            assert used, f"{ops_module.name}: {name} is generated but never used"
