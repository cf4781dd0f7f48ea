"""scripts/api-drift: both document shapes, the grouping, and the two reference copies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from _release import drift

from ._documents import ref, tagged, union
from .conftest import ROOT

API_DRIFT = ROOT / "scripts" / "api-drift"
REFERENCE = ROOT.parent / "shared" / "reference"
OLD_COPY = REFERENCE / "anthropic-openapi.stainless-2026-01.json"
NEW_COPY = REFERENCE / "anthropic-openapi.stainless-2026-08.json"
needs_reference = pytest.mark.skipif(
    not (OLD_COPY.is_file() and NEW_COPY.is_file()), reason="../shared/reference is absent"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(API_DRIFT), *args], capture_output=True, text=True, cwd=ROOT
    )


def ours() -> dict[str, Any]:
    """Our shape: one operation, a beta-only field and a beta-only union member, `x-` keys."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "ours", "version": "1"},
        "paths": {
            "/v1/things": {
                "post": {
                    "operationId": "things_create",
                    "x-stream": {"param": "stream"},
                    "parameters": [
                        {"name": "anthropic-beta", "in": "header", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": ref("Params")}}},
                    "responses": {
                        "200": {"content": {"application/json": {"schema": ref("Thing")}}},
                        "default": {"description": "error"},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Params": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "secret": {"type": "string", "x-beta": ["b-1"]},
                    },
                },
                "Thing": {
                    "type": "object",
                    "required": ["block"],
                    "properties": {
                        "block": union(text="Text", fancy="Fancy"),
                        "color": {"type": "string", "enum": ["red", "blue"]},
                    },
                },
                "Text": tagged("text", text={"type": "string"}),
                "Fancy": {**tagged("fancy"), "x-beta": ["b-1"]},
            }
        },
    }


def vendor() -> dict[str, Any]:
    """The vendor's shape of the same API, with drift: a GA field, an enum value, a member written
    without a discriminator, a beta-only operation, a field required in a response."""
    text = tagged("text", text={"type": "string"}, citations={"type": "array"})
    text["required"] = ["type", "text"]
    ga_body = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "priority": {"type": "integer"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "vendor"},
        "paths": {
            "/v1/things": {
                "post": {
                    "operationId": "things_post",
                    "parameters": [
                        {"name": "anthropic-version", "in": "header", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "requestBody": {
                        "content": {"application/json": {"schema": ref("CreateParams")}}
                    },
                    "responses": {
                        "200": {"content": {"application/json": {"schema": ref("ThingResponse")}}},
                        "4XX": {"description": "error"},
                    },
                }
            },
            "/v1/things?beta=true": {
                "post": {
                    "operationId": "beta_things_post",
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "requestBody": {
                        "content": {"application/json": {"schema": ref("BetaCreateParams")}}
                    },
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": ref("BetaThingResponse")}}
                        }
                    },
                }
            },
            "/v1/gadgets?beta=true": {
                "get": {
                    "operationId": "beta_gadgets_list",
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "schemas": {
                "CreateParams": ga_body,
                "BetaCreateParams": {
                    **ga_body,
                    "properties": {**ga_body["properties"], "secret": {"type": "string"}},
                },
                "ThingResponse": {
                    "type": "object",
                    "required": ["block"],
                    "properties": {
                        "block": {"anyOf": [ref("ResponseText"), ref("ResponseImage")]},
                        "color": {"type": "string", "enum": ["red", "blue", "green"]},
                    },
                },
                "BetaThingResponse": {
                    "type": "object",
                    "required": ["block"],
                    "properties": {
                        "block": {
                            "anyOf": [ref("ResponseText"), ref("ResponseImage"), ref("BetaFancy")]
                        },
                        "color": {"type": "string", "enum": ["red", "blue", "green"]},
                    },
                },
                "ResponseText": text,
                "ResponseImage": tagged("image"),
                "BetaFancy": tagged("fancy"),
            }
        },
    }


def by_group(findings: list[drift.Finding]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.group, []).append(f.line())
    return out


def test_shapes_are_recognised() -> None:
    assert drift.is_vendor_shape(vendor())
    assert not drift.is_vendor_shape(ours())


def test_our_ga_form_leaves_out_beta_fields_and_members() -> None:
    form = drift.normalise(ours())
    assert set(form["paths"]) == {"/v1/things [ga]", "/v1/things [beta]"}
    ga = form["components"]["schemas"]["GA__Params"]
    assert "secret" not in ga["properties"]
    assert "secret" in form["components"]["schemas"]["Params"]["properties"]
    assert len(form["components"]["schemas"]["GA__Thing"]["properties"]["block"]["oneOf"]) == 1


def test_findings_are_grouped_and_ranked() -> None:
    groups = by_group(drift.drift(ours(), vendor()))
    assert groups["operations"] == ["GET /v1/gadgets [beta]: missing in ours"]
    assert "[request] CreateParams.priority: missing in ours" in groups["fields"]
    assert "[request] BetaCreateParams.priority: missing in ours" in groups["fields"]
    # Members match by tag although the vendor writes no discriminator: only `image` is missing,
    # and the beta-only `fancy` member is expected in the beta form only.
    members = groups["union-members"]
    assert any("missing member 'image'" in line for line in members)
    assert not any("'text'" in line or "'fancy'" in line for line in members)
    assert any("missing value 'green'" in line for line in groups["enum-values"])
    assert (
        "[response] ResponseText.text: required in the vendor's, optional in ours"
        in groups["required"]
    )
    # The runtime's headers and error responses are not drift; neither is a new response field
    # the vendor lacks... but what only we have is listed last, for review.
    assert not any(
        "anthropic-version" in line or "4XX" in line for lines in groups.values() for line in lines
    )
    assert list(groups) == [g for g, _ in drift.GROUPS if g in groups]


def test_no_drift_against_itself() -> None:
    assert drift.drift(vendor(), vendor()) == []
    assert drift.drift(ours(), ours()) == []


def test_help_and_bad_input() -> None:
    helped = run("--help")
    assert helped.returncode == 0 and "groups, in the order" in helped.stdout
    missing = run("no/such/file.json")
    assert missing.returncode == 2 and "api-drift:" in missing.stderr


def test_cli_on_crafted_files(tmp_path: Path) -> None:
    (tmp_path / "ours.json").write_text(json.dumps(ours()))
    (tmp_path / "vendor.json").write_text(json.dumps(vendor()))
    args = [str(tmp_path / "vendor.json"), "--ours", str(tmp_path / "ours.json")]
    text = run(*args)
    assert text.returncode == 0
    assert "operations the vendor has and we lack [operations] (1):" in text.stdout
    assert run(*args, "--fail-on-drift").returncode == 1
    payload = json.loads(run(*args, "--json").stdout)
    assert payload["summary"]["operations"] == 1
    assert {f["group"] for f in payload["findings"]} <= {g for g, _ in drift.GROUPS}


@needs_reference
def test_2026_01_to_2026_08_shows_what_changed() -> None:
    result = run(str(NEW_COPY), "--ours", str(OLD_COPY), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    lines = {f["group"]: [] for f in payload["findings"]}
    for f in payload["findings"]:
        lines[f["group"]].append(f"{f['location']}: {f['message']}")
    # Operations added between the copies (managed agents, the skill version download).
    assert "GET /v1/agents [beta]: missing in ours" in lines["operations"]
    assert (
        "GET /v1/skills/{skill_id}/versions/{version}/content [beta]: missing in ours"
        in lines["operations"]
    )
    assert not any("/v1/messages " in line for line in lines["operations"])
    # GA Files paging and the user-profile header arrived in 2026-08.
    assert "GET /v1/files [ga] query page: missing in ours" in lines["parameters"]
    assert (
        "POST /v1/messages [ga] header anthropic-user-profile-id: missing in ours"
        in lines["parameters"]
    )
    # New models and new content blocks.
    assert any("'claude-opus-4-8'" in line for line in lines["enum-values"])
    assert any("'fallback'" in line for line in lines["union-members"])
    assert payload["summary"]["fields"] > 50


@needs_reference
def test_our_document_lacks_nothing_of_2026_08_in_its_scope() -> None:
    result = run(str(NEW_COPY), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    summary = payload["summary"]
    assert summary["parameters"] == 0 and summary["fields"] == 0
    # Every operation of the reference is described here (managed agents, memory stores …
    # included), so the vendor has no operation we lack.
    missing = [f["location"] for f in payload["findings"] if f["group"] == "operations"]
    assert missing == []


def test_vendor_spellings_that_mean_the_same_are_not_drift() -> None:
    """`x-stainless-param` is the vendor's `x-sdk-name`; a one-member union is its member."""
    mine, theirs = ours(), vendor()
    header = {"name": "anthropic-user-profile-id", "in": "header", "schema": {"type": "string"}}
    mine["paths"]["/v1/things"]["post"]["parameters"].append(
        {**header, "x-sdk-name": "user_profile_id"}
    )
    for key in ("/v1/things", "/v1/things?beta=true"):
        theirs["paths"][key]["post"]["parameters"].append(
            {**header, "schema": {"type": "string", "x-stainless-param": "user_profile_id"}}
        )
    mine["components"]["schemas"]["Params"]["properties"]["cache"] = ref("Text")
    theirs["components"]["schemas"]["CreateParams"]["properties"]["cache"] = {
        "anyOf": [
            {
                "oneOf": [ref("ResponseText")],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"text": ref("ResponseText")["$ref"]},
                },
            },
            {"type": "null"},
        ]
    }
    lines = [f.line() for f in drift.drift(mine, theirs)]
    assert not [line for line in lines if "anthropic-user-profile-id" in line]
    assert not [line for line in lines if ".cache" in line and "union" in line]
