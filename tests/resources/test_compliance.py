"""`client.beta.compliance.review` against the simulator (sync and async): beta only with no
default beta header, cases opened by `flag_for_review`, filters and order, a response that closes
a case once (the same one again is harmless, another is refused), items behind their user profile
header, and notices about cases."""

from __future__ import annotations

import asyncio

import pytest

from claude_api_client import Anthropic, BadRequestError, NotFoundError
from claude_api_client.testing import local_api
from claude_api_client.types import (
    ComplianceReviewCase,
    ComplianceReviewCaseClosed,
    ComplianceReviewContentNotCaptured,
    ComplianceReviewItem,
    ComplianceReviewVerdictParam,
)


def test_compliance_review_lifecycle() -> None:
    with local_api() as api:
        first = api.flag_for_review(["msg_a", "msg_b"], policy_categories=["fraud"])
        second = api.flag_for_review(
            ["msg_c"], user_profile_id="uprof_1", model="claude-sonnet-4-5"
        )
        client = api.client()
        assert not hasattr(client, "compliance"), "beta only"
        review = client.beta.compliance.review

        raw = review.cases.with_raw_response.list()
        assert "anthropic-beta" not in raw.http_request.headers  # no default beta
        page = raw.parse()
        assert [c.id for c in page.data] == [second["id"], first["id"]]  # newest first
        assert all(isinstance(c, ComplianceReviewCase) for c in page.data)
        assert [c.id for c in review.cases.list(order="asc")] == [first["id"], second["id"]]
        assert [c.id for c in review.cases.list(user_profile_id="uprof_1")] == [second["id"]]
        assert [c.id for c in review.cases.list(status="closed")] == []

        verdict: ComplianceReviewVerdictParam = {
            "item_id": "msg_a",
            "determination": "violation",
            "policy_category": "fraud",
        }
        closed = review.cases.respond(
            first["id"], determination="violation", policy_categories=["fraud"], verdicts=[verdict]
        )
        assert isinstance(closed.status, ComplianceReviewCaseClosed)
        assert closed.status.reason.type == "responded"
        again = review.cases.respond(
            first["id"], determination="violation", policy_categories=["fraud"], verdicts=[verdict]
        )
        assert again.updated_at == closed.updated_at  # the same response changes nothing
        with pytest.raises(BadRequestError, match="case_closed"):
            review.cases.respond(first["id"], determination="no_violation")
        with pytest.raises(BadRequestError, match="one to four"):
            review.cases.respond(second["id"], determination="violation")
        assert [c.id for c in review.cases.list(status="closed")] == [first["id"]]
        by_change = [c.id for c in review.cases.list(order_by="updated_at")]
        assert by_change == [first["id"], second["id"]]  # the responded case changed last
        assert review.cases.retrieve(second["id"]).status.type == "open"

        item = review.items.retrieve("msg_a")
        assert isinstance(item, ComplianceReviewItem)
        assert isinstance(
            item.details.content_unavailable_reason, ComplianceReviewContentNotCaptured
        )
        with pytest.raises(NotFoundError):  # attributed to a profile: needs its header
            review.items.retrieve("msg_c")
        profiled = review.items.with_raw_response.retrieve("msg_c", user_profile_id="uprof_1")
        assert profiled.http_request.headers["anthropic-user-profile-id"] == "uprof_1"
        assert profiled.parse().details.model == "claude-sonnet-4-5"

        notices = list(review.notices.list(case_id=first["id"]))
        assert [n.case_ids for n in notices] == [[first["id"]]]
        assert notices[0].kind.type == "response_requested"
        assert len(list(review.notices.list())) == 2


def test_compliance_review_async_and_argument_errors() -> None:
    async def run() -> None:
        with local_api() as api:
            case = api.flag_for_review(["msg_z"])
            review = api.async_client().beta.compliance.review
            listed = await review.cases.list(betas=["x-1"])
            assert [c.id for c in listed.data] == [case["id"]]
            closed = await review.cases.respond(case["id"], determination="no_violation")
            assert closed.status.type == "closed"

    asyncio.run(run())
    client = Anthropic(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError, match="case_id"):
        client.beta.compliance.review.cases.retrieve("")
    with pytest.raises(TypeError, match="determination"):
        client.beta.compliance.review.cases.respond("rvc_1")  # type: ignore[call-arg]
