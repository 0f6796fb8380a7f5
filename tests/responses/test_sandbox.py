"""The sandbox: letter text is data, internals are out of reach, missing values become placeholders."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError

from responses.library import Library, load_library
from responses.sandbox import render_string


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ case_ref.__class__.__base__.__subclasses__() }}",
    "{{ ''.format.__self__ }}",
])
def test_attribute_access_to_internals_is_refused(lib: Library, source: str) -> None:
    with pytest.raises(SecurityError):
        render_string(source, {"case_ref": "CI-2026-0001"}, lib)


def test_context_values_cannot_be_mutated(lib: Library) -> None:
    urls = ["https://a.test/reviews/1"]
    with pytest.raises(SecurityError):
        render_string("{{ cited_urls.append('x') }}", {"cited_urls": urls}, lib)
    assert urls == ["https://a.test/reviews/1"]


def test_template_syntax_in_letter_text_stays_literal(lib: Library) -> None:
    quoted = "He said {{ 7*7 }} and {% if 1 %}yes{% endif %} and {{ cycler.__init__.__globals__ }}"
    out = render_string("Quote: {{ q }}", {"q": quoted}, lib)
    assert out.text == f"Quote: {quoted}"
    assert "49" not in out.text


def test_missing_variable_becomes_a_visible_placeholder_and_is_listed(lib: Library) -> None:
    out = render_string("Your ref: {{ their_reference }}. Again: {{ their_reference }}.", {}, lib)
    assert out.text == "Your ref: [[MISSING: their_reference]]. Again: [[MISSING: their_reference]]."
    assert out.unresolved == ("their_reference",)


def test_missing_attribute_path_is_shown_and_the_variable_listed(lib: Library) -> None:
    out = render_string("{{ deadline.due }}", {}, lib)
    assert out.text == "[[MISSING: deadline.due]]"
    assert out.unresolved == ("deadline",)


def test_looping_over_a_missing_list_of_records_names_the_list(lib: Library) -> None:
    out = render_string("{% for m in missing_items %}- {{ m.label }}{% endfor %}", {}, lib)
    assert out.text == "- [[MISSING: missing_items.label]]"
    assert out.unresolved == ("missing_items",)


def test_conditionals_treat_a_missing_value_as_optional(lib: Library) -> None:
    src = "{% if their_reference %}Ref {{ their_reference }}{% endif %}|{{ x|default('none') }}|{{ y is defined }}"
    out = render_string(src, {}, lib)
    assert out.text == "|none|False"
    assert out.unresolved == ()


def test_looping_over_a_missing_list_shows_the_placeholder_once(lib: Library) -> None:
    out = render_string("{% for u in cited_urls %}- {{ u }}\n{% endfor %}", {}, lib)
    assert out.text == "- [[MISSING: cited_urls]]\n"
    assert out.unresolved == ("cited_urls",)


def test_other_uses_of_a_missing_value_fail_as_strict_undefined(lib: Library) -> None:
    with pytest.raises(UndefinedError):
        render_string("{{ count + 1 }}", {}, lib)
    with pytest.raises(UndefinedError):
        render_string("{{ missing == 'x' }}", {}, lib)


def test_includes_cannot_leave_the_template_folder(lib: Library, tmp_path: Path) -> None:
    for name in ("../pyproject.toml", "/etc/passwd", "_partials/../../README.md"):
        with pytest.raises(TemplateNotFound):
            render_string(f"{{% include {name!r} %}}", {}, lib)


def test_each_render_tracks_its_own_placeholders(lib: Library) -> None:
    first = render_string("{{ a }}", {}, lib)
    second = render_string("{{ b }}", {}, lib)
    assert first.unresolved == ("a",)
    assert second.unresolved == ("b",)
