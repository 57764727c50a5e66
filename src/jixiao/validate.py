"""Validate loaded values against the committed JSON Schema, in Chinese.

The schema in ``schema/`` is the only description of the keys: editors read it for
completion and hover text, and this module validates with it, so they cannot drift.
Values reach the validator as the text the user typed, so the type checker decides
"number", "integer" and "boolean" from that text as YAML 1.2 does (see :mod:`.yaml_numbers`):
what the editor accepts, `jixiao check` accepts, and quoted text is never a number. Each jsonschema error becomes a
Chinese :class:`Finding` through one table keyed by the validator keyword.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from jsonschema.validators import extend

from .findings import ERROR, Finding, Location, in_file_order
from .chinese_numerals import spoken_amount
from .indicator_value import MONEY_UNITS
from .load import Document, Text
from .money import MAX_DECIMALS, plain
from .paths import SCHEMA_FILE
from .yaml_messages import LOOK_ALIKE_BLANKS
from .yaml_numbers import SMALLEST_DIGIT, integer_value, number_value, written_number

BOOLEAN_TEXT = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}

_TYPE_NAMES = {"string": "文字", "number": "数字", "integer": "整数", "boolean": "真假值",
               "object": "一组“键: 值”", "array": "列表（每项以“- ”开头）", "null": "空"}


def _is_boolean(_, value) -> bool:
    return isinstance(value, str) and not isinstance(value, Text) and value in BOOLEAN_TEXT


_TYPE_CHECKER = Draft202012Validator.TYPE_CHECKER.redefine_many({
    "string": lambda _, value: isinstance(value, str) and not _is_boolean(_, value),  # plain true is YAML's boolean
    "number": lambda _, value: number_value(value) is not None,
    "integer": lambda _, value: integer_value(value) is not None,
    "boolean": _is_boolean,
    "null": lambda _, value: value is None,
    "object": lambda _, value: isinstance(value, dict),
    "array": lambda _, value: isinstance(value, list),
})


def _bound(within):
    """The ``minimum`` or ``maximum`` keyword for numbers read from their typed text."""
    def validator(_, bound, instance, __):
        number = number_value(instance)
        if number is not None and not within(number, bound):
            yield ValidationError(f"{instance} is out of range")
    return validator


_RANGE = {"minimum": _bound(lambda number, low: number >= low), "maximum": _bound(lambda number, high: number <= high)}


@lru_cache(maxsize=None)
def schema(schema_file: Path = SCHEMA_FILE) -> dict:
    """A schema (by default the filing schema), read once per process."""
    return json.loads(schema_file.read_text(encoding="utf-8"))


def _inline_references(node, definitions: dict):
    """The schema with every local ``$ref`` replaced by its definition (the schemas have
    no recursive references): validating then costs half as much, and messages still
    see each property's own title and description, and under ``definition`` the name of
    the definition it was made from (``amount``, ``level1``): the kind of value asked.
    An ``allOf`` of a lone ``$ref`` is inlined as that ``$ref`` (see :func:`_reference`)."""
    if isinstance(node, list):
        return [_inline_references(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    reference = _reference(node)
    inlined = {key: _inline_references(value, definitions) for key, value in node.items()
               if key not in ("$ref", "$defs") and not (key == "allOf" and reference)}
    if reference:
        name = reference.rsplit("/", 1)[-1]
        inlined = {"definition": name, **_inline_references(definitions[name], definitions), **inlined}
    return inlined


def _reference(node: dict) -> str | None:
    """The definition that ``node`` is made from: its ``$ref``, or the lone ``$ref`` of its
    ``allOf``, which is how the schema writes a reference with constraints beside it (a 一级's
    own 二级 names): beside a bare ``$ref`` the YAML language server would no longer show the
    key's own description on hover, nor complete it with its colon."""
    alone = node.get("allOf")
    if isinstance(alone, list) and len(alone) == 1 and set(alone[0]) == {"$ref"}:
        return alone[0]["$ref"]
    return node.get("$ref")


def schema_at(path: tuple, schema_file: Path = SCHEMA_FILE) -> dict:
    """The schema of the value at ``path`` (``("项目", 0, "用途")``), its references
    inlined; ``{}`` where the schema says nothing of it."""
    node = _validator(schema_file).schema
    for step in path:
        if isinstance(step, int):
            node = node.get("items", {})
        else:
            generic = node.get("additionalProperties")
            node = node.get("properties", {}).get(step) or (generic if isinstance(generic, dict) else {})
    return node


@lru_cache(maxsize=None)
def _validator(schema_file: Path):
    """A 2020-12 validator whose types are read from the typed text."""
    loaded = _without_editor_rules(schema(schema_file))
    return extend(Draft202012Validator, validators=_RANGE, type_checker=_TYPE_CHECKER)(
        _inline_references(loaded, loaded.get("$defs", {})))


def _without_editor_rules(node):
    """The schema without its rules for the editor alone: an ``if``/``then`` whose ``then``
    names the rule of jixiao check that reports the same (``x-reported-by``: a negative
    amount, JX301), which reports it after the schema, in its own words and under its own code."""
    if isinstance(node, list):
        return [_without_editor_rules(item) for item in node]
    if not isinstance(node, dict):
        return node
    editor_only = isinstance(node.get("then"), dict) and "x-reported-by" in node["then"]
    kept = {key: _without_editor_rules(value) for key, value in node.items() if not (editor_only and key in ("if", "then"))}
    if isinstance(kept.get("allOf"), list):  # an allOf of editor rules alone (a bare key in braces, JX102) goes
        kept["allOf"] = [rule for rule in kept["allOf"] if rule != {}]
        if not kept["allOf"]:
            del kept["allOf"]
    return kept


def validate(document: Document, schema_file: Path = SCHEMA_FILE) -> list[Finding]:
    """Every violation of the schema (by default the filing schema) in ``document``, as
    located Chinese findings."""
    findings = []
    validator = _validator(schema_file)
    for error in validator.iter_errors(document.data):
        findings.extend(_explain(error, document, validator.schema))
    unique = dict.fromkeys(findings)  # a missing key is reported by every error of its mapping
    return in_file_order(unique)


def _label(path: tuple) -> str:
    """How a message names the entry at ``path``: 「财政资金」, or 「项目」第 2 项 for a list item."""
    for depth in range(len(path) - 1, -1, -1):
        if isinstance(path[depth], str):
            items = "".join(f"第 {index + 1} 项" for index in path[depth + 1:])
            return f"「{path[depth]}」{items}"
    return "文件"


def _describe(value) -> str:
    if value is None:
        return "空值"
    if isinstance(value, dict):
        return "一组“键: 值”"
    if isinstance(value, list):
        return "一个列表"
    if isinstance(value, Text):
        return f"加了引号的文字「{value}」"
    return f"「{value}」"


def _explain(error: ValidationError, document: Document, root: dict) -> list[Finding]:
    path = tuple(error.absolute_path)
    name = _label(path)
    keyword = error.validator
    value = error.instance
    if "propertyNames" in error.schema_path:
        return [_key_finding(error, document, path, name)]
    if keyword == "additionalProperties":
        return _unknown_keys(error, document, path, root)
    if keyword == "required":
        properties = error.schema.get("properties", {})
        return [Finding("JX101", ERROR, f"{name}缺少必填项「{key}」", document.locate_key(path),
                        _how_to_add(key, properties.get(key, {})))
                for key in error.validator_value if key not in value and not _written_otherwise(key, value, error.schema)]
    if keyword == "type":
        return [_type_finding(error, document, path, name, root)]
    if keyword == "enum":
        choices = "、".join(str(c) for c in dict.fromkeys(str(c) for c in error.validator_value))
        return [Finding("JX104", ERROR, f"{name}只能是 {choices} 之一，这里写的是{_describe(value)}",
                        document.locate(path), f"改成 {choices} 中的一个")]
    if keyword in ("minItems", "minLength", "contains"):  # contains: {} is the editor's minItems with a message
        return [Finding("JX105", ERROR, f"{name}不能为空", document.locate(path), "补上内容或删除这一项")]
    if keyword == "maxLength":
        return [Finding("JX107", ERROR, f"{name}太长（{len(value)} 字，最多 {error.validator_value} 字）",
                        document.locate(path), "一个栏目不需要这么长：请精简，或检查是否粘贴了多余内容")]
    if keyword in ("maxItems", "maxProperties"):
        return [Finding("JX107", ERROR, f"{name}太多（{len(value)} 项，最多 {error.validator_value} 项）",
                        document.locate(path), "请检查是否重复粘贴了内容")]
    if keyword in _RANGE:
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        allowed = f"不小于 {low}" if high is None else f"不大于 {high}" if low is None else f"在 {low} 到 {high} 之间"
        return [Finding("JX199", ERROR, f"{name}应{allowed}，这里写的是「{value}」",
                        document.locate(path), _field_description(error))]
    if keyword == "pattern" and not value.strip():  # "" or blanks where a text is required
        hint = "在「- 」后面写上文字，或删除这一行" if path and isinstance(path[-1], int) else "在冒号后面填上内容"
        return [Finding("JX105", ERROR, f"{name}不能为空", document.locate(path), hint)]
    if keyword == "pattern":  # a text of a given form: that it is quoted is not what is wrong
        return [Finding("JX106", ERROR, f"{name}的写法不对，这里写的是「{value}」", document.locate(path),
                        error.schema.get("patternErrorMessage") or _field_description(error))]
    return [Finding("JX199", ERROR, f"{name}不符合格式要求，这里写的是{_describe(value)}",
                    document.locate(path), _field_description(error))]


def _key_finding(error: ValidationError, document: Document, path: tuple, name: str) -> Finding:
    """A key that its mapping's ``propertyNames`` refuses (an empty key, a malformed rule code)."""
    key = error.instance
    if not key:
        return Finding("JX105", ERROR, f"{name}里的键不能为空", document.locate_key(path + (key,)), "在冒号前写上键名，或删除这一行")
    return Finding("JX106", ERROR, f"{name}里的键「{key}」写法不对", document.locate_key(path + (key,)),
                   _field_description(error))


def _first_required(subschema: dict) -> str | None:
    """The first key that a mapping described by ``subschema`` must hold, if any."""
    return next(iter(subschema.get("required", [])), None)


def _required_where_written(error: ValidationError, root: dict) -> bool:
    """Whether the mapping holding the value of ``error`` requires its key (``root``: the
    schema validated against, its references inlined)."""
    schema_path = list(error.absolute_schema_path)
    if len(schema_path) < 3 or schema_path[-3] != "properties":
        return False
    node = root
    for part in schema_path[:-3]:
        node = node[part]
    return schema_path[-2] in node.get("required", [])


def _how_to_add(key: str, subschema: dict) -> str:
    """How to add a missing key: with its own first required key where it has one, so that
    adding it as told does not lead to the next finding."""
    first = _first_required(subschema)
    if first:
        return f"在这里加上一行“{key}:”，下一行缩进两个空格写“{first}: …”"
    return f"在这里加上一行“{key}: …”"


def _unit_of(error: ValidationError, document: Document) -> str | None:
    """The filing's 金额单位 where ``error`` is of an amount; None for another number."""
    return _amount_unit(document) if error.schema.get("definition") in _AMOUNTS else None


def _field_description(error: ValidationError) -> str:
    return str(error.schema.get("description", "")) or "对照 filings/ 里的示例修改"


def _type_finding(error: ValidationError, document: Document, path: tuple, name: str, root: dict) -> Finding:
    expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    value = error.instance
    location = document.locate(path)
    if value is None and "null" not in expected:
        return Finding("JX102", ERROR, f"{name}不能为空", document.locate_key(path),
                       _empty_hint(error, path, expected, root))
    wanted = "或".join(_TYPE_NAMES[t] for t in expected if t != "null")
    should_be = "应写 true（是）或 false（否）" if expected == ["boolean"] else f"应为{wanted}"
    if ("number" in expected or "integer" in expected) and isinstance(value, str) and not isinstance(value, Text) \
            and written_number(value) is not None and number_value(value) is None:  # 335.59999999999997, 1e20
        return Finding("JX103", ERROR, f"{name}写的数「{value}」不会是预算里的数", location,
                       _number_hint(value, "integer" in expected, _unit_of(error, document)))
    if "string" in expected and isinstance(value, (dict, list)):
        return _structure_for_text(error, document, path, f"{name}{should_be}", root)
    if expected == ["object"] and isinstance(value, str) and error.schema.get("definition") == "level1":
        return Finding("JX103", ERROR, f"{name}是一级指标，下面应分行写二级指标和三级指标，这里却写了文字「{value}」",
                       location, _levels_hint(path[-1], error.schema, value))
    hint = _field_description(error)
    if isinstance(value, Text) and (number_value(str(value)) is not None or value in BOOLEAN_TEXT):
        hint = f"去掉引号，写成 {value}：加了引号就是文字，不是{wanted}"
    elif "string" in expected and _is_boolean(None, value):
        hint = f"不加引号的 {value} 是真假值，不是文字：写出要印的文字（如 是、否），或加引号写成 \"{value}\""
    elif ("number" in expected or "integer" in expected) and isinstance(value, str):
        hint = _number_hint(value, "integer" in expected, _unit_of(error, document))
    elif "boolean" in expected:
        hint = "写 true（是）或 false（否）"
    elif expected == ["object"] and isinstance(value, str) and _first_required(error.schema):
        hint = _as_mapping_hint(path, value, error.schema["required"])
    elif expected == ["object"] and isinstance(value, str) and error.schema.get("definition") == "waivers" and \
            (code := re.match(r"(JX[0-9]{3})\s*[:：]?\s*", value)):
        reason = value[code.end():] or "理由"
        hint = f"规则代码后面写接受这条警告的理由：写成 {path[-1]}: {{{code.group(1)}: {reason}}}"
    elif expected == ["array"] and isinstance(value, dict) and value:
        first, *others = value
        hint = f"列表的每一项以「- 」开头：在「{first}:」前加「- 」" + \
            (f"，这一项的其余键再多缩进两个空格，与「{first}」对齐" if others else "")
    return Finding("JX103", ERROR, f"{name}{should_be}，这里写的是{_describe(value)}", location, hint)


def _empty_hint(error: ValidationError, path: tuple, expected: list[str], root: dict) -> str:
    """How to fill an empty value so that the next check passes: the text after the colon
    or after the「- 」of a list item; for a list or a mapping, what goes on the next lines;
    and whether the line may be deleted instead."""
    subschema = error.schema
    if path and isinstance(path[-1], int):  # a「- 」with nothing after it
        return f"在「- 」后面写上{_item_example(subschema, ' ') or '文字'}，或删除这一行"
    first = _first_required(subschema)
    if first:
        return f"在下一行缩进两个空格写上“{first}: …”"
    required = _required_where_written(error, root)
    if expected == ["array"]:
        items = subschema.get("items", {})
        below = f"在下一行逐条写{items.get('title', '')}{_item_example(items, '，例如 - ') or '，每条以「- 」开头'}"
        if required and not (subschema.get("minItems") or "contains" in subschema):
            return below + f"；没有就写成「{path[-1]}: []」"
    elif expected == ["object"]:
        below = _first_entry_hint(subschema)
    elif required:
        return "在冒号后面填上内容（这一项必填，不能删除）"
    else:
        return "在冒号后面填上内容，或删除这一行"
    return below + ("（这一项必填，不能删除）" if required else "；不用就删除这一行")


def _first_entry_hint(subschema: dict) -> str:
    """What to write on the line below an empty mapping that requires no key: its first
    key (``“项目编号格式: …”``; a 一级's first 二级, ``二级指标，例如“数量指标:”``), or where
    its keys are of any name (收入, whose usual names, and 接受警告, whose rule codes, are
    listed for the editor's completion, not as the one to write), the schema's own example."""
    named = next(iter(subschema.get("properties", {})), None)
    entries = subschema.get("additionalProperties")
    kind = entries.get("title") if isinstance(entries, dict) else None
    any_name = isinstance(entries, dict) and not kind
    if named is None or any_name or subschema.get("definition") == "waivers":
        return subschema.get("errorMessage", "").rstrip("。")
    child = subschema["properties"][named]
    written = f"“{named}:”" if _types(child) & {"array", "object"} else f"“{named}: …”"
    return f"在下一行缩进两个空格写{kind}，例如{written}" if kind else f"在下一行缩进两个空格写{written}"


def _types(subschema: dict) -> set[str]:
    """The types a schema allows."""
    kind = subschema.get("type", [])
    return {kind} if isinstance(kind, str) else set(kind)


def _item_example(subschema: dict, before: str) -> str:
    """How an item described by ``subschema`` is written, after ``before``, when it is a
    mapping with required keys and cannot be text (`` {名称: …, 指标值: …}``); empty otherwise."""
    required = subschema.get("required", [])
    if not required or "string" in _types(subschema):
        return ""
    return before + "{" + ", ".join(f"{key}: …" for key in required) + "}"


def _structure_for_text(error: ValidationError, document: Document, path: tuple, should_be: str,
                        root: dict) -> Finding:
    """A list or “键: 值” where text is asked: the lines below a key left empty, which
    YAML made its value (a project pasted under 填报 after 单位负责人:), or a text with
    「: 」 in it, which YAML reads as a key and its value (- 主要职责: 负责…)."""
    value, location = error.instance, document.locate(path)
    key = path[-1] if path else None
    if isinstance(key, str) and location.line > document.locate_key(path).line:
        what = "列表" if isinstance(value, list) else "几行"
        holder = _list_holding(value[0], root) if isinstance(value, list) and value else None
        move = (f"是「{' › '.join(holder)}」的项：把它移到「{holder[-1]}:」下面，「- 」与那里的各项对齐" if holder
                else "若是别处的内容，把它移过去，与那里的内容对齐")
        return Finding("JX103", ERROR, f"{should_be}：它的冒号后面空着，下面从第 {location.line} 行起的{what}就成了它的值",
                       location, f"在「{key}:」后面写上{_field_description(error).rstrip('。')}；第 {location.line} 行起的{what}{move}")
    source = document.lines[location.line - 1][location.column - 1:] if location.line <= len(document.lines) else ""
    if isinstance(value, dict) and source.startswith("{"):  # 项目编号格式: {序号}, 用途: {扫黑除恶工作}
        closing = source.find("}")
        braced = source[: closing + 1] if closing >= 0 else source.split(" #")[0].strip()
        written = f"{key}: \"{braced}\"" if isinstance(key, str) else f"- \"{braced}\""
        return Finding("JX103", ERROR, f"{should_be}，这里写在花括号 {{…}} 里，被读成了一组“键: 值”", location,
                       f"要印出花括号就给整段文字加引号，写成 {written}；不要花括号就去掉它们")
    entry = next(iter(value.items()), None) if isinstance(value, dict) and len(value) == 1 else None
    if entry and not isinstance(entry[1], (dict, list)):
        inner, text = entry
        colon = "英文冒号加空格「: 」" if text is not None else "英文冒号「:」（在行末）"
        written = f"{inner}：{'' if text is None else text}"
        return Finding("JX103", ERROR, f"{should_be}，这里被读成了“键: 值”，因为文字里有{colon}", location,
                       f"文字里的冒号改成中文冒号“：”，或给整段文字加引号：写成 "
                       + (f"{key}: {written}" if isinstance(key, str) else f"- {written}"))
    return Finding("JX103", ERROR, f"{should_be}，这里写的是{_describe(value)}", location, _field_description(error))


def _list_holding(item, root: dict) -> tuple | None:
    """The path of the list, nearest the top of the file, whose items have every key of
    ``item`` (名称 and 财政资金: 项目), or None when there is not one such list."""
    if not isinstance(item, dict) or not item:
        return None
    places = _places_of_keys(root)
    lists = set.intersection(*({place.path for place in places.get(key, []) if place.in_list} for key in item))
    nearest = _shallowest([_Place(path, True) for path in lists])
    return nearest[0].path if len(nearest) == 1 else None


def _levels_hint(level1: str, subschema: dict, text: str) -> str:
    """How to write as 一级 → 二级 → 三级 a text written as a 一级's value (满意度指标: 学生及家长满意度≥90%)."""
    level2 = next(iter(subschema.get("properties", {})), "二级指标名称")
    name, value = _two_parts(text)
    return (f"分三层写，每层在下一行、多缩进两个空格：{level1}: → {level2}: → "
            f"- {{名称: {name}, 指标值: {value or '…'}}}")


def _two_parts(text: str) -> tuple[str, str]:
    """``text`` split in two at its last blank, or else before a comparison (学生满意度≥90%);
    the second part empty when it has neither."""
    words = text.rsplit(None, 1)
    if len(words) == 2:
        return words[0], words[1]
    compared = re.match(r"(.+?)([≥≤<>＜＞=＝].*)", text)
    return (compared.group(1), compared.group(2)) if compared else (text, "")


def _as_mapping_hint(path: tuple, text: str, required: list[str]) -> str:
    """How to write as a mapping a text written where a mapping is wanted: 写成 部门: {名称: 库尔勒市政法委},
    写成 - {名称: 在职人员控制率, 指标值: 100%} (the text split over two required keys, see :func:`_two_parts`)."""
    words = [part for part in _two_parts(text) if part]
    entries = zip(required, words) if len(required) > 1 and len(words) == 2 else [(required[0], text)]
    mapping = "{" + ", ".join(f"{key}: {_without_key(key, value)}" for key, value in entries) + "}"
    return f"写成 {path[-1]}: {mapping}" if path and isinstance(path[-1], str) else f"写成 - {mapping}"


def _without_key(key: str, value: str) -> str:
    """``value`` without ``key`` typed before it with a colon it lost or a full-width one
    (名称： 库尔勒市政法委)."""
    return re.sub(rf"^{re.escape(key)}[：:\s]\s*", "", value)


# Blanks that YAML does not strip from a plain scalar: pasted from a spreadsheet or a
# word processor after (or before) a number, they make it text.
_PASTED_BLANK = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


# The definitions of amounts in the filing schema, written in the filing's 金额单位.
_AMOUNTS = ("amount", "optionalAmount")


def _amount_unit(document: Document) -> str:
    """The 金额单位 of the filing's amounts: 万元 unless it says 元."""
    unit = document.data.get("金额单位")
    return unit if unit in ("万元", "元") else "万元"


def _number_hint(text: str, integer: bool, unit: str | None = None) -> str:
    """Say how to write a number that the clerk wrote some other way (``integer``: a year;
    ``unit``: the filing's 金额单位 when it is an amount)."""
    example = "2022" if integer else "12.50"
    written = written_number(text)
    if written is not None and number_value(text) is None and written.as_tuple().exponent < SMALLEST_DIGIT:
        places = 0 if integer else MAX_DECIMALS.get(unit, 2)  # 335.59999999999997, a spreadsheet's
        rounded = written.quantize(Decimal(1).scaleb(-places))
        return f"小数位太多（多半是从电子表格复制来的计算结果）：四舍五入到 {places} 位小数，写成 {rounded}"
    if written is not None and number_value(text) is None:  # 1e20
        return "这个数太大，不会是预算里的数：核对是否多写了数字或写错了指数"
    blanks = sorted(set(_PASTED_BLANK.findall(text)))
    if blanks and number_value(_PASTED_BLANK.sub("", text)) is not None:
        named = "、".join(f"U+{ord(blank):04X}" for blank in blanks)
        return f"数字前后有看不见的空白字符（{named}，多半是从表格里复制来的）：删掉它，只留数字"
    if integer and re.fullmatch(r"[〇零一二三四五六七八九十]+", text):
        return "写成阿拉伯数字，例如 2025"
    year = re.fullmatch(r"([0-9]+)\s*(年度?)", text)
    if integer and year:
        return f"写成 {year.group(1)}（不带“{year.group(2)}”）"
    if re.search(r"[０-９]", text):
        return f"把全角数字改成半角数字，例如 {example}"
    if "," in text or "，" in text:
        return _comma_hint(text)
    stop = re.fullmatch(r"([-+]?[0-9]+)([。．])([0-9]+)", text)
    if stop:
        return f"「{stop.group(2)}」应是小数点“.”：写成 {stop.group(1)}.{stop.group(3)}"
    if "_" in text or text.lower().startswith(("0x", "0o", "0b")) or ":" in text:
        return f"只写十进制数字，例如 {example}（YAML 1.1 会把这种写法读成别的数）"
    if re.search(r"[%％]", text):
        return "只写数字，不带 %，例如 20"
    spoken = spoken_amount(text)
    counted_in_yuan = re.search("[万亿元]", text)  # 十二万 is 120000 元; 十二 is 12 of the filing's unit
    if spoken is not None and unit:
        return f"写成 {plain(spoken / MONEY_UNITS[unit] if counted_in_yuan else spoken)}（单位是{unit}）"
    if spoken is not None and not counted_in_yuan:  # 权重: 十
        return f"写成 {plain(spoken)}"
    if re.search(r"[万元]", text):
        return "只写数字，不带单位：单位由“金额单位”统一规定"
    if integer and number_value(text) is not None:
        return "写整数，例如 2022"
    letters = sorted({letter for letter in text if letter in _DIGIT_LOOK_ALIKES})
    if letters and number_value(text.translate(_AS_DIGITS)) is not None:
        named = "、".join(f"「{letter}」是字母，不是数字 {_DIGIT_LOOK_ALIKES[letter]}" for letter in letters)
        return f"{named}：写成 {text.translate(_AS_DIGITS)}"
    return f"写成数字，例如 {example}"


# Letters that look like digits in many fonts (3O for 30, l2.5 for 12.5), typed or read from a scan.
_DIGIT_LOOK_ALIKES = {"O": "0", "o": "0", "l": "1", "I": "1"}
_AS_DIGITS = str.maketrans(_DIGIT_LOOK_ALIKES)


def _comma_hint(text: str) -> str:
    """How to write a number written with a comma: without it when it separates thousands
    (``1,234.56`` → 1234.56); a comma that may be a decimal comma (``10,00``) is ambiguous."""
    digits = re.sub("[,，]", "", text)
    if re.fullmatch(r"[-+]?[0-9]{1,3}(?:[,，][0-9]{3})+(?:\.[0-9]+)?", text):
        return f"数字里不写千位分隔符：写成 {digits}"
    decimal = re.fullmatch(r"([-+]?[0-9]+)[,，]([0-9]+)", text)
    if decimal:
        return (f"数字里不写逗号：逗号若是小数点，写成 {decimal.group(1)}.{decimal.group(2)}；"
                f"若是千位分隔符，写成 {digits}")
    return "数字里不写逗号：只写数字和小数点，例如 1234.56"


# A key written in more places than this (at the shallowest depth) gets the closest key of
# its level instead.
MAX_PLACES_NAMED = 2


@dataclass(frozen=True)
class _Place:
    """Where a key is written: the keys leading to its mapping (a mapping of any key
    named by its schema's title, ``二级指标``) and whether that mapping is a list item."""

    path: tuple[str, ...]
    in_list: bool = False


def _places_of_keys(schema: dict, where: tuple = (), in_list: bool = False) -> dict[str, list[_Place]]:
    """Every place where ``schema`` has each key as one of a mapping's keys:
    ``{"3月底": [_Place(("项目", "支出计划"))], …}``, made once for all the unknown keys of a mapping.
    A key the schema lists only to refuse it (``deprecationMessage``: 接受警告's JX301) is in no place."""
    places: dict[str, list[_Place]] = {}

    def walk(node: dict, at: tuple, listed: bool) -> None:
        for key, entry in node.get("properties", {}).items():
            if "deprecationMessage" not in entry:
                places.setdefault(key, []).append(_Place(at, listed))
        generic = node.get("additionalProperties")
        if isinstance(generic, dict):  # a mapping of any key: the names it lists are the editor's suggestions
            inside = [(generic.get("title", "…"), generic)]
        else:
            inside = list(node.get("properties", {}).items())
        for name, subschema in inside:
            if isinstance(subschema.get("items"), dict):
                walk(subschema["items"], at + (name,), True)
            walk(subschema, at + (name,), False)

    walk(schema, where, in_list)
    return places


def _shallowest(places: list[_Place]) -> list[_Place]:
    """The places nearest the top of the file."""
    depth = min((len(place.path) for place in places), default=0)
    return [place for place in places if len(place.path) == depth]


def _where_it_belongs(places: list[_Place]) -> str:
    """How a message says where a key is written (:func:`_places_of_keys`)."""
    if places == [_Place(())]:
        return "：它是文件最外层的键，应顶格写，不缩进"
    message = "：它是" + "或".join(f"「{' › '.join(place.path)}」" for place in places) + "里的键"
    parents = {place.path[-1] for place in places}
    if len(parents) == 1 and all(place.in_list for place in places):
        return message + f"，应写在「{parents.pop()}:」下面以「- 」开头的一项里"
    if len(parents) == 1:
        return message + f"，应写在「{parents.pop()}:」下面"
    return message


def _unknown_keys(error: ValidationError, document: Document, path: tuple, root: dict) -> list[Finding]:
    known = list(error.schema.get("properties", {}))
    findings = []
    here = tuple(step for step in path if isinstance(step, str))
    places_here, places_anywhere = _places_of_keys(error.schema, here), _places_of_keys(root)
    for key in error.instance:
        if key in known:
            continue
        where = document.locate_key(path + (key,))
        before, colon, after = key.partition("：")
        if colon and before.strip() in known:  # {名称：宣传次数, …}: a full-width colon made one key of the two
            findings.append(Finding("JX100", ERROR, f"「{before.strip()}」后面是全角冒号“：”", where,
                                    f"键后面要用半角冒号“:”再加一个空格：写成“{before.strip()}: {after.strip()}”"))
            continue
        if error.instance[key] is None and _after_a_comma(document, where):
            findings.append(Finding("JX100", ERROR, f"「{key}」前面的英文逗号把上一项的值断开了：在 {{…}} 里，英文逗号分隔的是各项",
                                    where, _split_value_hint(error.instance, key)))
            continue
        hint = "这一层可用的键：" + "、".join(known) if known else "这里不能写键"
        labelled = _form_labels(error.schema).get(key)
        if labelled:  # 主要内容: the form's label for 用途
            findings.append(Finding("JX100", ERROR, f"未知的键「{key}」：表上的「{key}」，在申报文件里写作「{labelled}」",
                                    where, f"把键改成「{labelled}」"))
            continue
        look_alike = _look_alike_key(key, known)
        if look_alike:
            intended, difference, offset = look_alike
            findings.append(Finding("JX100", ERROR, f"未知的键「{key}」：{difference}",
                                    Location(where.file, where.line, where.column + offset),
                                    f"把键改成「{intended}」：删掉多余的字符，或用键盘重新打出来"))
            continue
        inside = _shallowest(places_here.get(key, []))  # within this mapping first
        places = inside or _shallowest(places_anywhere.get(key, []))
        unwritten = [name for name in known if name not in error.instance]
        containing = [name for name in unwritten if key in name]
        message = f"未知的键「{key}」"
        if containing and not inside:  # 资金 for 财政资金, not the top level's 资金
            message += f"，是否想写 {' 或 '.join(containing)}？"
        elif 0 < len(places) <= MAX_PLACES_NAMED:
            message += _where_it_belongs(places)
        elif close := difflib.get_close_matches(key, unwritten, n=1, cutoff=0.3):  # 9月底: the missing 10月底
            message += f"，是否想写 {close[0]}？"
        findings.append(Finding("JX100", ERROR, message, where, hint))
    return findings


def _written_otherwise(key: str, mapping: dict, subschema: dict) -> bool:
    """Whether a required ``key`` is in ``mapping`` under an unknown key that JX100 names
    it for: with a full-width colon (名称：…), ending in it (任务名称) or a form's label (三级指标)."""
    properties, labels = subschema.get("properties", {}), _form_labels(subschema)
    return any(written not in properties and (written.startswith(f"{key}：") or written.endswith(key)
                                              or labels.get(written) == key) for written in mapping)


def _form_labels(subschema: dict) -> dict[str, str]:
    """The printed forms' labels of a mapping's keys (``x-labels`` in the schema: 主要内容 for
    用途, 任务 for 项目), each with its key. They are the mapping's, not each key's own: beside
    a key's ``$ref`` the YAML language server would no longer show the key's description on
    hover, nor complete it with its colon."""
    return {label: name for name, labels in subschema.get("x-labels", {}).items() for label in labels}


# Look-alike characters of PDFs and input methods: (first, last, what they are)
_LOOK_ALIKE_KINDS = (("\u2e80", "\u2fdf", "康熙部首，多半是从 PDF 里复制来的"),
                     ("\uf900", "\ufaff", "兼容汉字，多半是从 PDF 里复制来的"),
                     ("\uff01", "\uff5e", "全角字符"))


def _look_alike_key(key: str, known: list[str]) -> tuple[str, str, int] | None:
    """(the key meant, what makes ``key`` differ from it, where in ``key`` that is) for a key that only looks like a
    known key: a look-alike blank before or after it (``财政资金\u3000``), or characters that
    are another key's characters in Unicode's compatibility form (``⽤途``, a Kangxi radical)."""
    stripped = key.strip("".join(LOOK_ALIKE_BLANKS) + " ")
    if stripped != key and stripped in known:
        offset, blank = next((i, ch) for i, ch in enumerate(key) if ch in LOOK_ALIKE_BLANKS)
        side = "后面" if key.startswith(stripped) else "前面"
        return stripped, f"「{stripped}」{side}多了一个{LOOK_ALIKE_BLANKS[blank]}，看不出来，却让它成了另一个键", offset
    folded = unicodedata.normalize("NFKC", key)
    if folded == key or folded not in known:
        return None
    odd = [ch for ch in dict.fromkeys(key) if unicodedata.normalize("NFKC", ch) != ch]
    named = "、".join(f"「{ch}」（U+{ord(ch):04X}，{_look_alike_kind(ch)}）" for ch in odd)
    meant = "、".join(f"「{unicodedata.normalize('NFKC', ch)}」" for ch in odd)
    return folded, f"其中的{named}只是长得像{meant}，是另一个字符", key.index(odd[0])


def _look_alike_kind(character: str) -> str:
    return next((kind for first, last, kind in _LOOK_ALIKE_KINDS if first <= character <= last), "兼容字符")


def _split_value_hint(mapping: dict, key: str) -> str:
    """How to mend the value before ``key`` in ``mapping``, split from it by an English comma in
    braces: a comma before one or two digits is a decimal point (``{3月底: 12,5%}``: 12.5%), before
    groups of three a thousands separator (``{指标值: ≥1,200,000人次}``: ≥1200000人次); any other
    (2023,2024年, 5,达到95%) is the text's."""
    keys = list(mapping)
    start = keys.index(key)
    while start > 1 and mapping[keys[start - 1]] is None:  # 1,200,000: the parts split off before this one
        start -= 1
    before, parts = mapping[keys[start - 1]], keys[start:start + 1]
    for later in keys[start + 1:]:
        if mapping[later] is not None:
            break
        parts.append(later)
    if isinstance(before, str) and before[-1:].isdigit():
        if all(re.match(r"[0-9]{3}(?![0-9])", part) for part in parts):
            return f"数字不写千位分隔符：写成 {before}{''.join(parts)}"
        if len(parts) == 1 and re.match(r"[0-9]{1,2}(?![0-9])", key):
            return f"小数点写“.”，不写逗号：写成 {before}.{key}"
    return "值里的逗号写中文逗号“，”（数字不写千位分隔符），或给整个值加引号"


def _after_a_comma(document: Document, where) -> bool:
    """Whether a key comes right after a comma on its line: in ``{指标值: 提高5个百分点, 达到95%}``
    the comma meant as part of the value made 达到95% a key without a value."""
    return document.lines[where.line - 1][:where.column - 1].rstrip().endswith(",")
