"""Every documented example of every code, run through the checker: a bad example is
reported with its code and severity at the documented line:column, a good one is not;
docs/rules.md is what `jixiao rules` prints, and the schema lists under 接受警告 the codes
of the registry."""

import pytest

from conftest import ROOT, run_jixiao
from jixiao.codes import CODES
from jixiao.findings import ERROR, WARNING
from jixiao.paths import SCHEMA_FILE
from jixiao.pipeline import process_bytes
from jixiao.rules_doc import rules_markdown
from jixiao.schema_codes import with_waiver_codes
from jixiao.validate import schema


def reported(source: str) -> list[tuple[str, str, str]]:
    result = process_bytes(source.encode("utf-8"), "x.yaml", with_view=False)
    return [(f.code, f.severity, f"{f.location.line}:{f.location.column}") for f in result.findings]


@pytest.mark.parametrize("code", sorted(c for c in CODES if CODES[c].bad))
def test_bad_example_is_reported_where_documented(code):
    rule = CODES[code]
    assert (code, rule.severity, rule.bad.at) in reported(rule.bad.filing())


@pytest.mark.parametrize("code", sorted(c for c in CODES if CODES[c].good))
def test_good_example_is_not_reported(code):
    assert code not in [found[0] for found in reported(CODES[code].good.filing())]


def test_every_review_rule_has_a_bad_and_a_good_example():
    catch_all = {"JX199"}  # other schema keywords: no example can reach it
    missing = [c.code for c in CODES.values()
               if c.step in ("审核", "格式") and c.code not in catch_all and not (c.bad and c.good)]
    assert missing == []


def test_docs_are_the_output_of_jixiao_rules():
    result = run_jixiao("rules")
    assert result.returncode == 0
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == result.stdout == rules_markdown()


def test_the_schema_lists_under_a_waiver_the_codes_of_the_registry():
    """The warnings (offered) and the errors no bureau may lower (refused), with the two
    warnings no 接受警告 can cover; `make schema` writes them in."""
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    assert text == with_waiver_codes(text), "schema/filing.schema.json 与规则代码不一致：运行 make schema"
    listed = schema()["$defs"]["waivers"]["properties"]
    never = {"JX013", "JX462"}  # of the file's first line; of 接受警告 themselves
    assert {code for code, entry in listed.items() if "deprecationMessage" not in entry} == {
        code for code, rule in CODES.items() if rule.severity == WARNING} - never
    assert {code for code, entry in listed.items() if "deprecationMessage" in entry} == {
        code for code, rule in CODES.items() if rule.severity == ERROR and not rule.adjustable} | never
    assert not {"JX401", "JX402", "JX410", "JX421", "JX427"} & set(listed), "a bureau may lower these"


def test_the_schema_s_list_of_codes_is_rewritten_where_it_is_and_nowhere_else():
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    stale = text.replace('        "JX405": ', '        "JX400": ', 1)
    assert stale != text and with_waiver_codes(stale) == text


def test_rules_for_one_code_and_an_unknown_code():
    one = run_jixiao("rules", "JX441")
    assert one.stdout.startswith("## 审核\n\n### JX441 成本指标大于预算数（警告，可调整）\n")
    unknown = run_jixiao("rules", "JX999")
    assert unknown.returncode == 2 and "没有规则 JX999" in unknown.stderr
