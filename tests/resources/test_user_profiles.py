"""`client.beta.user_profiles.providers.google.data_controls` against the simulator (sync and
async): the default beta pair and workspace header on the wire, partial updates, retired keys and
buckets, validation after time passes, and refusals before anything changes."""

from __future__ import annotations

import asyncio

import pytest

from claude_api_client import BadRequestError, NotFoundError
from claude_api_client.testing import local_api
from claude_api_client.types import (
    GoogleManagedBucketReferenceParam,
    GoogleManagedCMEKEnabled,
    GoogleManagedCMEKRegionActive,
    GoogleManagedCMEKRegionPending,
    GoogleManagedDataControls,
    GoogleManagedStorageDisabled,
    GoogleManagedStorageEnabled,
)

BETAS = "user-profiles-2026-09-04,google-managed-data-controls-2026-09-01"


def test_data_controls_lifecycle() -> None:
    with local_api() as api:
        beta = api.client().beta
        profile = beta.user_profiles.create(name="Acme")
        controls = beta.user_profiles.providers.google.data_controls

        raw = controls.with_raw_response.retrieve(profile.id, workspace_id="wrkspc_1")
        assert raw.http_request.headers["anthropic-beta"] == BETAS
        assert raw.http_request.headers["anthropic-workspace-id"] == "wrkspc_1"
        first = raw.parse()
        assert isinstance(first, GoogleManagedDataControls)
        assert first.user_profile_id == profile.id
        assert first.cmek.type == "disabled" and first.storage.type == "disabled"

        on = controls.update(
            profile.id, cmek={"type": "enabled", "external_key_ids": {"us": "ekey_a"}}
        )
        assert isinstance(on.cmek, GoogleManagedCMEKEnabled)
        assert on.cmek.external_key_ids == {"us": "ekey_a"}
        assert isinstance(on.cmek.status["us"], GoogleManagedCMEKRegionPending)
        assert isinstance(on.storage, GoogleManagedStorageDisabled)  # left out: unchanged

        api.state.advance(120)
        active = controls.retrieve(profile.id).cmek
        assert isinstance(active, GoogleManagedCMEKEnabled)
        region = active.status["us"]
        assert isinstance(region, GoogleManagedCMEKRegionActive)
        assert region.effective_external_key_id == "ekey_a"

        # A new key: pending, the old one still effective, and retired.
        swapped = controls.update(
            profile.id, cmek={"type": "enabled", "external_key_ids": {"us": "ekey_b"}}
        ).cmek
        assert isinstance(swapped, GoogleManagedCMEKEnabled)
        pending = swapped.status["us"]
        assert isinstance(pending, GoogleManagedCMEKRegionPending)
        assert pending.effective_external_key_id == "ekey_a"
        assert [k.external_key_id for k in swapped.retired_keys] == ["ekey_a"]

        bucket: GoogleManagedBucketReferenceParam = {
            "bucket_name": "acme-claude",
            "project_number": "123",
        }
        stored = controls.update(
            profile.id, storage={"type": "enabled", "buckets": {"eu": bucket}}
        ).storage
        assert isinstance(stored, GoogleManagedStorageEnabled)
        assert stored.buckets["eu"].bucket_name == "acme-claude"
        assert stored.buckets["eu"].location is None
        assert stored.status["eu"].type == "pending"

        off = controls.update(profile.id, storage={"type": "disabled"}).storage
        assert isinstance(off, GoogleManagedStorageDisabled)
        assert [(b.bucket_name, b.region) for b in off.retired_buckets] == [("acme-claude", "eu")]


def test_data_controls_refusals_change_nothing() -> None:
    with local_api() as api:
        beta = api.client().beta
        controls = beta.user_profiles.providers.google.data_controls
        with pytest.raises(NotFoundError):
            controls.retrieve("uprof_missing")
        profile = beta.user_profiles.create(name="Acme")
        before = controls.retrieve(profile.id)
        with pytest.raises(BadRequestError, match="cmek"):
            controls.update(profile.id)
        with pytest.raises(BadRequestError, match="ekey_"):
            controls.update(
                profile.id, cmek={"type": "enabled", "external_key_ids": {"us": "key-1"}}
            )
        with pytest.raises(BadRequestError, match="at least one region"):
            controls.update(profile.id, cmek={"type": "enabled", "external_key_ids": {}})
        same: GoogleManagedBucketReferenceParam = {"bucket_name": "b", "project_number": "1"}
        with pytest.raises(BadRequestError, match="one region"):
            controls.update(
                profile.id, storage={"type": "enabled", "buckets": {"us": same, "eu": same}}
            )
        after = controls.retrieve(profile.id)
        assert after.cmek == before.cmek and after.storage == before.storage
        with pytest.raises(ValueError, match="user_profile_id"):
            controls.retrieve("")


def test_data_controls_async() -> None:
    async def run() -> None:
        with local_api() as api:
            beta = api.async_client().beta
            profile = await beta.user_profiles.create(name="Acme")
            controls = beta.user_profiles.providers.google.data_controls
            updated = await controls.update(
                profile.id,
                cmek={"type": "enabled", "external_key_ids": {"sg": "ekey_s"}},
                betas=["x-1"],
            )
            assert isinstance(updated.cmek, GoogleManagedCMEKEnabled)
            raw = await controls.with_raw_response.retrieve(profile.id, betas=["x-1"])
            assert raw.http_request.headers["anthropic-beta"] == "x-1," + BETAS

    asyncio.run(run())


def test_ga_and_beta_forms_of_user_profiles() -> None:
    with local_api() as api:
        client = api.client()
        ga = client.user_profiles.with_raw_response.create(
            name="Acme", external_user_details={"country": "DE"}, workspace_id="wrkspc_1"
        )
        assert "anthropic-beta" not in ga.http_request.headers
        assert ga.http_request.headers["anthropic-workspace-id"] == "wrkspc_1"
        profile = ga.parse()
        assert profile.enforcement_status == "unrestricted" and profile.enforcement_actions == []
        assert profile.programs is not None and profile.programs.cyber is None
        # The GA methods do not offer what only the beta form has.
        with pytest.raises(TypeError):
            client.user_profiles.create(name="x", external_id="e")  # type: ignore[call-arg]
        assert not hasattr(client.user_profiles, "create_enrollment_url")

        beta = client.beta.user_profiles.with_raw_response.create(name="Beta", external_id="c-1")
        assert beta.http_request.headers["anthropic-beta"] == "user-profiles-2026-08-18"
        assert beta.parse().external_id == "c-1" and beta.parse().trust_grants == {}

        listed = client.user_profiles.with_raw_response.list(enforcement_status=["unrestricted"])
        assert listed.http_request.url.params.get_list("enforcement_status[]") == ["unrestricted"]
        assert {p.id for p in listed.parse()} == {profile.id, beta.parse().id}
        assert list(client.user_profiles.list(enforcement_status=["banned"])) == []
        link = client.user_profiles.action_urls.create(
            profile.id, action={"type": "enroll_end_user"}
        )
        assert link.url.startswith("https://")
        client.user_profiles.delete(profile.id)
        with pytest.raises(NotFoundError):
            client.user_profiles.retrieve(profile.id)
