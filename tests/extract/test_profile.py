"""The platform is configuration: another profile file, no code changed."""

from __future__ import annotations

from pathlib import Path

from extract.citations import Citations, find_citations
from extract.profile import DEFAULT_PROFILE, PlatformProfile, load_profile
from tests.extract.conftest import make_letter

CODEHOST = Path(DEFAULT_PROFILE).parent / "example-codehost.toml"

NOTICE = """Subject: DMCA takedown notice

I am the copyright owner of WidgetPro. Our original work is at https://github.com/widgetco/widget-pro.

The following repositories copy our source code without a licence:

https://github.com/acme-clone/widget-pro
https://github.com/acme-clone/widget-pro-mirror/tree/main/src?tab=readme-ov-file
https://github.com/another-user/wp-
fork

The account https://github.com/acme-clone hosts both. See your policy at https://github.com/site/terms and
https://docs.github.com/en/site-policy/content-removal-policies. Our website is https://widgetco.example.
An unrelated review: https://uk.trustpilot.com/reviews/65f0c2a1b3d4e5f6a7b8c9d0
"""


def cite(text: str, profile: PlatformProfile) -> Citations:
    return find_citations(make_letter(text, profile=profile))


def test_the_bundled_profile_describes_the_review_platform() -> None:
    p = load_profile()
    assert p.is_own_domain("uk.trustpilot.com") and not p.is_own_domain("nottrustpilot.com")
    assert p.content_url.search("https://uk.trustpilot.com/reviews/65f0c2a1b3d4e5f6a7b8c9d0")
    assert p.profile_url is not None and p.profile_url.search("https://www.trustpilot.com/review/example.com")


def test_a_code_host_profile_cites_repositories_with_no_code_changed() -> None:
    c = cite(NOTICE, load_profile(CODEHOST))
    assert [f.value for f in c.urls] == [
        "https://github.com/acme-clone/widget-pro",
        "https://github.com/acme-clone/widget-pro-mirror/tree/main/src?tab=readme-ov-file",
        "https://github.com/another-user/wp-fork",  # broken at the line end, rejoined
        "https://github.com/acme-clone",  # the account page: the profile
    ]
    assert [f.value for f in c.review_ids] == [
        "acme-clone/widget-pro", "acme-clone/widget-pro-mirror", "another-user/wp-fork",
    ]


def test_the_review_platform_profile_ignores_code_host_urls() -> None:
    c = cite(NOTICE, load_profile())
    assert [f.value for f in c.urls] == ["https://uk.trustpilot.com/reviews/65f0c2a1b3d4e5f6a7b8c9d0"]


def test_a_profile_file_written_for_a_marketplace(tmp_path: Path) -> None:
    toml = tmp_path / "market.toml"
    toml.write_text(
        'name = "Marketplace"\ndomains = ["market.example"]\n'
        "content_url = 'https?://(?:www\\.)?market\\.example/listing/(?P<id>\\d{6,12})'\n"
        "content_id = '\\bLST-(?P<id>\\d{6,12})\\b'\n"
        "profile_url = 'https?://(?:www\\.)?market\\.example/shop/(?P<name>[\\w-]+)'\n",
        encoding="utf-8",
    )
    text = ("The listing https://www.market.example/listing/12345678?ref=share and listing LST-87654321 "
            "by https://market.example/shop/fake-brand infringe our mark. Order 1234567 is ours.")
    c = cite(text, load_profile(toml))
    assert [f.value for f in c.urls] == [
        "https://www.market.example/listing/12345678?ref=share", "https://market.example/shop/fake-brand",
    ]
    assert [f.value for f in c.review_ids] == ["12345678", "87654321"]
