"""scripts/diff-api on small crafted documents: every classification, the exit statuses."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from _release import apidiff, documents

from ._documents import ref, tagged, union
from .conftest import ROOT

DIFF_API = ROOT / "scripts" / "diff-api"


def base() -> dict[str, Any]:
    """A tiny API: one request body, one response with a union, an enum, recursion, a param."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v1/things": {
                "post": {
                    "operationId": "things_create",
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "maximum": 100},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref("ThingParams")}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": ref("Thing")}},
                        }
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "ThingParams": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "mode": ref("Mode"),
                        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "count": {"type": "number"},
                    },
                },
                "Mode": {"type": "string", "enum": ["fast", "slow"]},
                "Thing": {
                    "type": "object",
                    "required": ["id", "parts"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": ref("Status"),
                        "parts": {"type": "array", "items": ref("Part")},
                        "parent": {"anyOf": [ref("Thing"), {"type": "null"}]},
                    },
                },
                "Status": {"type": "string", "enum": ["open", "closed"]},
                "Part": union(text="TextPart", image="ImagePart"),
                "TextPart": {
                    **tagged("text", text={"type": "string"}),
                    "required": ["type", "text"],
                },
                "ImagePart": tagged(
                    "image",
                    url={"type": "string"},
                    children={"type": "array", "items": ref("Part")},
                ),
            }
        },
    }


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[apidiff.Change]:
    found: list[apidiff.Change] = apidiff.diff(old, new)
    return found


def only(old: dict[str, Any], new: dict[str, Any]) -> apidiff.Change:
    found = [c for c in changes(old, new) if c.subject != "schema"]
    assert len(found) == 1, found
    return found[0]


def edited(fn: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    old = base()
    new = copy.deepcopy(old)
    fn(new["components"]["schemas"], new["paths"]["/v1/things"]["post"], new)
    return old, new


def test_identical_documents_have_no_changes() -> None:
    assert changes(base(), base()) == []


def test_recursive_schemas_terminate() -> None:
    old, new = edited(lambda s, op, d: s["ImagePart"]["properties"].update(alt={"type": "string"}))
    c = only(old, new)
    assert (c.kind, c.location, c.breaking, c.side) == ("added", "ImagePart.alt", False, "response")


@pytest.mark.parametrize(
    ("edit", "kind", "subject", "location", "breaking"),
    [
        # operations
        (
            lambda s, op, d: d["paths"].pop("/v1/things"),
            "removed",
            "operation",
            "POST /v1/things (things_create)",
            True,
        ),
        (
            lambda s, op, d: d["paths"]["/v1/things"].update(
                get={"operationId": "things_list", "responses": {}}
            ),
            "added",
            "operation",
            "GET /v1/things (things_list)",
            False,
        ),
        (
            lambda s, op, d: op.update(operationId="things_make"),
            "changed",
            "operation",
            "POST /v1/things",
            True,
        ),
        # parameters
        (
            lambda s, op, d: op["parameters"].clear(),
            "removed",
            "parameter",
            "things_create query limit",
            True,
        ),
        (
            lambda s, op, d: op["parameters"].append(
                {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
            ),
            "added",
            "parameter",
            "things_create query q",
            True,
        ),
        (
            lambda s, op, d: op["parameters"].append(
                {"name": "q", "in": "query", "schema": {"type": "string"}}
            ),
            "added",
            "parameter",
            "things_create query q",
            False,
        ),
        (
            lambda s, op, d: op["parameters"][0].update(required=True),
            "changed",
            "parameter",
            "things_create query limit",
            True,
        ),
        (
            lambda s, op, d: op["parameters"][0]["schema"].update(maximum=50),
            "changed",
            "type",
            "things_create query limit",
            True,
        ),
        (
            lambda s, op, d: op["parameters"][0]["schema"].update(maximum=500),
            "changed",
            "type",
            "things_create query limit",
            False,
        ),
        # request fields
        (
            lambda s, op, d: s["ThingParams"]["properties"].pop("count"),
            "removed",
            "field",
            "ThingParams.count",
            True,
        ),
        (
            lambda s, op, d: s["ThingParams"]["properties"].update(size={"type": "integer"}),
            "added",
            "field",
            "ThingParams.size",
            False,
        ),
        (
            lambda s, op, d: (
                s["ThingParams"]["properties"].update(size={"type": "integer"}),
                s["ThingParams"]["required"].append("size"),
            ),
            "added",
            "field",
            "ThingParams.size",
            True,
        ),
        (
            lambda s, op, d: s["ThingParams"]["required"].append("count"),
            "changed",
            "field",
            "ThingParams.count",
            True,
        ),
        (
            lambda s, op, d: s["ThingParams"]["required"].clear(),
            "changed",
            "field",
            "ThingParams.name",
            False,
        ),
        (
            lambda s, op, d: s["ThingParams"]["properties"].update(count={"type": "integer"}),
            "changed",
            "type",
            "ThingParams.count",
            True,
        ),  # narrowed: number → integer
        (
            lambda s, op, d: s["ThingParams"]["properties"].update(
                count={"type": ["number", "string"]}
            ),
            "changed",
            "type",
            "ThingParams.count",
            False,
        ),
        (
            lambda s, op, d: s["ThingParams"]["properties"].update(note={"type": "string"}),
            "changed",
            "type",
            "ThingParams.note",
            True,
        ),  # null no longer accepted
        (lambda s, op, d: s["Mode"]["enum"].remove("slow"), "removed", "enum-value", "Mode", True),
        (lambda s, op, d: s["Mode"]["enum"].append("auto"), "added", "enum-value", "Mode", False),
        (
            lambda s, op, d: s["ThingParams"]["properties"]["name"].update({"x-beta": ["b-1"]}),
            "changed",
            "field",
            "ThingParams.name",
            True,
        ),
        # response fields
        (
            lambda s, op, d: s["Thing"]["properties"].pop("status"),
            "removed",
            "field",
            "Thing.status",
            True,
        ),
        (
            lambda s, op, d: s["Thing"]["properties"].update(extra={"type": "string"}),
            "added",
            "field",
            "Thing.extra",
            False,
        ),
        (
            lambda s, op, d: s["Thing"]["required"].remove("id"),
            "changed",
            "field",
            "Thing.id",
            True,
        ),
        (
            lambda s, op, d: s["Thing"]["properties"].update(
                id={"anyOf": [{"type": "string"}, {"type": "null"}]}
            ),
            "changed",
            "type",
            "Thing.id",
            True,
        ),
        (
            lambda s, op, d: s["Thing"]["properties"].update(id={"type": "integer"}),
            "changed",
            "type",
            "Thing.id",
            True,
        ),
        (
            lambda s, op, d: s["Status"]["enum"].append("archived"),
            "added",
            "enum-value",
            "Status",
            False,
        ),
        (
            lambda s, op, d: s["Status"]["enum"].remove("closed"),
            "removed",
            "enum-value",
            "Status",
            False,
        ),
        # union members, by discriminator tag
        (
            lambda s, op, d: (
                s["Part"]["oneOf"].pop(),
                s["Part"]["discriminator"]["mapping"].pop("image"),
            ),
            "removed",
            "union-member",
            "Part",
            True,
        ),
        (
            lambda s, op, d: (
                s.update(FilePart={"type": "object", "properties": {"type": {"const": "file"}}}),
                s["Part"]["oneOf"].append(ref("FilePart")),
                s["Part"]["discriminator"]["mapping"].update(file="#/components/schemas/FilePart"),
            ),
            "added",
            "union-member",
            "Part",
            False,
        ),
        (
            lambda s, op, d: s["TextPart"]["properties"].pop("text"),
            "removed",
            "field",
            "TextPart.text",
            True,
        ),
    ],
)
def test_classification(edit: Any, kind: str, subject: str, location: str, breaking: bool) -> None:
    old, new = edited(edit)
    c = only(old, new)
    assert (c.kind, c.subject, c.location, c.breaking) == (kind, subject, location, breaking), c


def test_nullable_styles_are_equivalent() -> None:
    old, new = edited(
        lambda s, op, d: s["ThingParams"]["properties"].update(note={"type": ["string", "null"]})
    )
    assert changes(old, new) == []


def test_all_of_is_merged() -> None:
    def edit(s: dict[str, Any], op: Any, d: Any) -> None:
        s["Base"] = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
        props = dict(s["Thing"]["properties"])
        props.pop("id")
        s["Thing"] = {
            "allOf": [ref("Base"), {"type": "object", "required": ["parts"], "properties": props}]
        }

    old, new = edited(edit)
    assert [c.subject for c in changes(old, new)] == ["schema"]  # only the new Base type


def test_open_string_unions_tolerate_removed_known_values() -> None:
    def with_model(schemas: dict[str, Any], values: list[str]) -> None:
        schemas["Known"] = {"type": "string", "enum": values}
        schemas["ThingParams"]["properties"]["model"] = {
            "anyOf": [{"type": "string"}, ref("Known")]
        }

    old, new = base(), base()
    with_model(old["components"]["schemas"], ["a", "b"])
    with_model(new["components"]["schemas"], ["a"])
    c = only(old, new)
    assert (c.kind, c.subject, c.breaking) == ("removed", "enum-value", False)


def test_removed_type_is_breaking() -> None:
    old, new = edited(lambda s, op, d: s.update(Spare={"type": "string"}))
    found = changes(new, old)
    assert [(c.subject, c.location, c.breaking) for c in found] == [("schema", "Spare", True)]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DIFF_API), *args], capture_output=True, text=True, cwd=ROOT
    )


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_exit_statuses_and_json(tmp_path: Path) -> None:
    old = write(tmp_path / "old.json", base())
    same = write(tmp_path / "same.json", base())
    _, added = edited(lambda s, op, d: s["Status"]["enum"].append("x"))
    _, removed = edited(lambda s, op, d: s["Thing"]["properties"].pop("status"))
    added_p = write(tmp_path / "added.json", added)
    removed_p = write(tmp_path / "removed.json", removed)

    assert run(str(old), str(same)).returncode == 0
    result = run(str(old), str(added_p))
    assert result.returncode == 0 and "Non-breaking changes (1)" in result.stdout
    result = run(str(old), str(removed_p), "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["summary"] == {"breaking": 1, "non_breaking": 0}
    assert payload["breaking"][0]["location"] == "Thing.status"
    text = run(str(old), str(removed_p)).stdout
    assert "Breaking changes (1):" in text and "Thing.status: field removed" in text

    assert run().returncode == 2
    assert run(str(old)).returncode == 2
    assert run(str(old), str(tmp_path / "missing.json")).returncode == 2
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert run(str(old), str(tmp_path / "bad.json")).returncode == 2
    assert run("no-such-ref-anywhere", ".").returncode == 2
    help_ = run("--help")
    assert help_.returncode == 0 and "exit status" in help_.stdout


def test_real_document_against_itself() -> None:
    """The working tree's document, bundled, against the shipped bundle: nothing changed."""
    _, bundled = documents.load(".")
    shipped = ROOT / "generated" / "claude_api_client" / "openapi.json"
    assert apidiff.diff(bundled, bundled) == []
    result = run(".", str(shipped))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No API changes." in result.stdout


def test_real_document_from_git_ref_and_empty() -> None:
    result = run("HEAD", "HEAD", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"] == {"breaking": 0, "non_breaking": 0}
    everything = run("empty", ".", "--json")
    assert everything.returncode == 0
    added = json.loads(everything.stdout)["non_breaking"]
    assert any(c["location"].startswith("POST /v1/messages ") for c in added)
    assert run(".", "empty").returncode == 1


def _with_header(doc: dict[str, Any], header: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["paths"]["/v1/things"]["post"]["parameters"].append(header)
    return doc


def test_an_sdk_argument_rename_is_breaking() -> None:
    header = {"name": "anthropic-user-profile-id", "in": "header", "schema": {"type": "string"}}
    old = _with_header(base(), header)
    new = _with_header(base(), {**header, "x-sdk-name": "user_profile_id"})
    changes = apidiff.diff(old, new)
    assert [(c.subject, c.breaking, c.message) for c in changes] == [
        (
            "parameter",
            True,
            "SDK argument renamed anthropic_user_profile_id → user_profile_id",
        )
    ]


def test_headers_the_runtime_owns_are_not_api_changes() -> None:
    version = {"name": "anthropic-version", "in": "header", "schema": {"type": "string"}}
    old = _with_header(base(), version)
    new = _with_header(base(), {**version, "schema": {"type": "string", "enum": ["2023-06-01"]}})
    assert apidiff.diff(old, new) == []
    assert apidiff.diff(base(), new) == []
