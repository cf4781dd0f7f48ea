"""The simulator accepts what the official client sends and answers in the forms it reads.

(The official client itself runs against the simulator in tests/compat/.)
"""

from __future__ import annotations

import httpx
import pytest

from claude_api_client.testing import LocalAPIServer, local_api
from claude_api_client.testing._versions import version_accepted


@pytest.mark.parametrize("version", ["2023-06-01", "2023-01-01", "2024-10-22", "2026-10-21"])
def test_every_dated_version_from_the_first_stable_one_is_served(version: str) -> None:
    assert version_accepted(version)


@pytest.mark.parametrize("version", ["2023-05-31", "1999-01-01", "2026-13-01", "latest", ""])
def test_other_versions_are_refused(version: str) -> None:
    assert not version_accepted(version)


def test_a_setting_pins_one_version() -> None:
    assert version_accepted("2023-06-01", "2023-06-01")
    assert not version_accepted("2026-10-21", "2023-06-01")
    with local_api() as server, httpx.Client(base_url=server.base_url) as http:
        headers = {"x-api-key": server.api_key, "anthropic-version": "2026-10-21"}
        assert http.get("/v1/models", headers=headers).status_code == 200
        server.settings.api_version = "2023-06-01"
        refused = http.get("/v1/models", headers=headers)
        assert refused.status_code == 400 and "anthropic-version" in refused.text


def test_a_bearer_token_is_checked_like_a_key() -> None:
    with local_api() as server, httpx.Client(base_url=server.base_url) as http:
        base = {"anthropic-version": "2023-06-01"}
        good = http.get("/v1/models", headers={**base, "authorization": f"Bearer {server.api_key}"})
        assert good.status_code == 200
        bad = http.get("/v1/models", headers={**base, "authorization": "Bearer not-the-key"})
        assert bad.status_code == 401
    with local_api(auth_token="tok-1") as server, httpx.Client(base_url=server.base_url) as http:
        assert http.get("/v1/models", headers={**base, "authorization": "Bearer tok-1"}).is_success


def _upload(server: LocalAPIServer, count: int) -> None:
    client = server.client()
    for index in range(count):
        client.files.upload(file=(f"f{index}.txt", b"x", "text/plain"))


def test_the_first_files_page_carries_the_token_the_official_client_follows() -> None:
    with local_api() as server, httpx.Client(base_url=server.base_url) as http:
        _upload(server, 3)
        headers = {"x-api-key": server.api_key, "anthropic-version": "2023-06-01"}
        for query in ("", "&beta=true"):
            first = http.get(f"/v1/files?limit=2{query}", headers=headers).json()
            assert first["next_page"] and first["has_more"] and len(first["data"]) == 2
            rest = http.get(
                f"/v1/files?limit=2&page={first['next_page']}{query}", headers=headers
            ).json()
            assert rest["next_page"] is None
            assert [f["id"] for f in first["data"] + rest["data"]] == [
                f.id for f in server.client().files.list()
            ]


def test_a_ga_skill_without_a_title_is_named_by_its_skill_md() -> None:
    skill_md = b"---\nname: report-writer\ndescription: writes reports\n---\nbody\n"
    with local_api() as server:
        client = server.client()
        ga = client.skills.create(files=[("report/SKILL.md", skill_md, "text/markdown")])
        assert ga.display_name == "report-writer"
        titled = client.skills.create(
            files=[("report/SKILL.md", skill_md, "text/markdown")], display_name="Reports"
        )
        assert titled.display_name == "Reports"
        beta = client.beta.skills.create(
            files=[("report/SKILL.md", skill_md, "text/markdown")], betas=["skills-2025-10-02"]
        )
        assert beta.display_title is None


def test_a_beta_download_needs_no_beta_header() -> None:
    with local_api() as server, httpx.Client(base_url=server.base_url) as http:
        _upload(server, 1)
        file_id = server.client().files.list().data[0].id
        headers = {"x-api-key": server.api_key, "anthropic-version": "2023-06-01"}
        answer = http.get(f"/v1/files/{file_id}/content?beta=true", headers=headers)
        assert answer.status_code == 200 and answer.content == b"x"
