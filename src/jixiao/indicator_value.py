"""One parser for what a clerk writes as a value: 指标值 and spending-plan checkpoints.

A value is printed exactly as written; this module only reads it, to tell the review
rules (and any layout that prints an operator or unit of its own) what it says:

* an operator, a number and a unit: ``≥90%``, ``≤12.80万元``, ``0件``, ``>=95%``,
  ``不低于90%``, ``90%以上``; a number followed by an explanation keeps it as a note
  (``≥80服务对象满意度大于等于百分之八十``), and then takes its unit from the indicator's
  name (``服务对象满意度（%）``) or from a 百分之 in the note; a percentage in words is one
  (``百分之九十以上`` is ``90%以上``);
* the same after a few words that say when or how often: ``全年不少于4次``, ``每季度1次``;
  a count in Chinese numerals: ``≥两次``, ``三个以上``;
* a range (``75-85%``, ``8万元-12万元``): its lower end and its unit;
* any of these followed by a remark in brackets or after a comma (``≤486万元（含中央补助200万元）``,
  ``5000万元，其中…``), which is kept as a note; digits grouped by commas (``1,200``) are one number;
  a unit in brackets (``≤60（万元）``) is the unit, and money a year (``≤60万元/年``) is that money;
* a change against a base (变化量): ``较上年提高5个百分点``, ``同比下降5%``, ``提高5%``: a
  number, but not a level that the rules compare with a floor or the budget (a change to a
  level, ``提高到95%``, is that level);
* a date: ``2024年12月31日前``, ``12月底``, ``2024年底``;
* a bare integer that is a spreadsheet date serial (``44561`` is 2021-12-31 leaked from Excel);
* 是/否;
* nothing yet (未填): a blank cell's mark (``/``, ``——``), a word that says the target is
  still to come (``待定``), a template not filled in (``≥%``, ``≥  次``, ``X%``, ``年 月 日前``, ``20XX年12月31日前``)
  or a spreadsheet's error value (``#N/A``);
* anything else is qualitative text (``有效维护``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

QUANTITY = "数值"
RANGE = "范围"
CHANGE = "变化量"
DATE = "日期"
YES_NO = "是否"
UNFILLED = "未填"
TEXT = "文字"

# Operators as written → the form the rules compare (full-width ＞ ＜ for strict ones).
_OPERATOR_WORDS = {
    "≥": "≥", ">=": "≥", "＞=": "≥", "≧": "≥", "大于等于": "≥", "大于或等于": "≥", "不低于": "≥",
    "不少于": "≥", "不小于": "≥", "至少": "≥", "达到": "≥",
    "≤": "≤", "<=": "≤", "＜=": "≤", "≦": "≤", "小于等于": "≤", "小于或等于": "≤", "不高于": "≤",
    "不超过": "≤", "不大于": "≤", "不多于": "≤", "控制在": "≤", "不晚于": "≤", "不迟于": "≤",
    ">": "＞", "＞": "＞", "大于": "＞", "高于": "＞", "超过": "＞",
    "<": "＜", "＜": "＜", "小于": "＜", "低于": "＜",
    "=": "=", "＝": "=", "等于": "=",
}
# Words after the number that carry the operator: 90%以上, 10万元以内.
_OPERATOR_SUFFIXES = {"以上": "≥", "及以上": "≥", "以下": "≤", "及以下": "≤", "以内": "≤", "之内": "≤"}
AT_LEAST = ("≥", "＞")
AT_MOST = ("≤", "＜")

_OPERATOR = "|".join(sorted(map(re.escape, _OPERATOR_WORDS), key=len, reverse=True))
_SUFFIX = "|".join(sorted(map(re.escape, _OPERATOR_SUFFIXES), key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?P<operator>{_OPERATOR})?\s*(?P<number>-?\d+(?:\.\d+)?)\s*"
    rf"(?P<unit>[^\d\s≥≤<>=＜＞＝（()）]{{0,6}}?)\s*(?:[（(]\s*含\s*[)）])?\s*(?P<suffix>{_SUFFIX})?")  # 3次（含）以上
# Words before a value that say when, how often or against what (全年不少于4次, 较上年提高5%):
# Chinese characters and digits, not ending in a digit (85-95% is a range, not 85 and -95%),
# at most 12 of them. With a base or a change word they make the value a change, unless the
# change is to a level (提高到95%, 压缩至12万元以内).
_WORDS = re.compile(r"[\u4e00-\u9fff0-9]+")
MAX_WORDS = 12
_CHANGE_WORDS = re.compile(r"提高|提升|增长|增加|上升|下降|减少|降低|缩短|压缩")
_AGAINST_A_BASE = re.compile(r"较|同比|环比|比上年|比去年|^比\d")
# A count in Chinese numerals (≥两次, 三个以上), up to 九十九.
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COUNTED = "个|次|人|项|家|所|场|期|批|件|篇|条|名|户|天|轮|套|台|辆|处|座|份|本|小时|季度"
_CHINESE_COUNT = re.compile(rf"(?P<operator>(?:{_OPERATOR})?\s*)(?P<number>[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
                            rf"(?P<rest>(?:{_COUNTED})(?:{_SUFFIX})?)")
# A range: two numbers of one unit (75-85%, 60%-70%, 8万元-12万元, 5至8次), an operator before it kept (≥10-20次).
_RANGE = re.compile(rf"(?P<operator>{_OPERATOR})?\s*(?P<low>\d+(?:\.\d+)?)\s*(?P<low_unit>[^\d\s\-－—~～至到]{{0,4}}?)\s*(?:-|－|—|~|～|至|到)\s*"
                    r"(?P<high>\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s]{0,6}?)")
# A comma between groups of three digits (1,200万元), and a remark after a value (≤486万元（含
# 中央补助200万元）, 5000万元，其中…): in brackets, or after a comma not between digits.
_DIGIT_GROUPS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_REMARK = re.compile(r"(?P<value>.+?)\s*(?P<remark>[（(][^（()）]*[）)]|[，,；;。].*)")
# A figure that begins a value with no unit of its own (1000补助覆盖率为百分之百, ≥905，大于等于百分之九十;
# not 365天…, 1200个点位…)
_BARE_FIGURE = re.compile(r"\s*(?:≥|≤|>|<|>=|<=|＞|＜|不低于|不高于|不少于|不超过)?\s*-?\d+(?:\.\d+)?(?![\d.]|\s*[天个处项件人次台套户名场份批万元%％])")
_LEADING_NUMBER = re.compile(rf"(?P<operator>{_OPERATOR})?\s*(?P<number>-?\d+(?:\.\d+)?)")
# a percentage anywhere in a text (90%-105%: two of them, the dash between them no sign)
_PERCENTAGE = re.compile(r"(?:(?<![\d%％])-)?\d+(?:\.\d+)?(?=\s*[%％])")
# a percentage in words (百分之九十, 百分之95, 百分之百), read as one in figures; not one with a
# fraction in words (百分之九十五点五)
_PERCENT_IN_WORDS = re.compile(r"百分之\s*(?P<number>\d+(?:\.\d+)?|[一二两三四五六七八九]?十[一二三四五六七八九]?"
                               r"|[一二两三四五六七八九]|一?百)(?![点\d十百一二两三四五六七八九])")
_A_RATE = re.compile(r"率|度|比例|占比")  # a name that measures a share (资金到位率, 满意度), not a count
_UNIT_IN_NAME = re.compile(r"[（(]\s*(?P<unit>[%％]|万元|元|人次|人|次|个|件|天|小时)\s*[)）]\s*$")
_DATE = re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?:(?P<month>\d{1,2})\s*月\s*(?:(?P<day>\d{1,2})\s*日)?)?"
                   r"(?P<rest>前|底|末|以前|之前|内|止|截止)?")
_YES_NO = frozenset({"是", "否", "是/否", "是／否", "有", "无"})
# What may follow a date (2024年12月31日前): not a unit.
_DATE_SUFFIXES = ("", "前", "以前", "之前", "止", "底")
_DOTTED_MONTH = re.compile(rf"(?:{_OPERATOR})?\s*(?P<year>20\d{{2}})[.．](?P<month>1[0-2]|0?[1-9])"
                           rf"(?:{'|'.join(_DATE_SUFFIXES[1:])})?")
_COMPACT_DATE = re.compile(r"(20\d{2})(\d{2})(\d{2})")
# Excel day 1 is 1900-01-01 (with its fictitious 1900-02-29); these serials are 2000–2059.
_SERIALS = range(36526, 58440)
_EXCEL_EPOCH = date(1899, 12, 30)
PERCENT_UNITS = ("%", "％")
MONEY_UNITS = {"亿元": Decimal(100000000), "万元": Decimal(10000), "万": Decimal(10000), "元": Decimal(1)}
# What a blank cell copied from a spreadsheet holds: nothing written, however it looks.
NOTHING_WRITTEN = ("", "/", "／", "\\", "-", "－", "—", "——", "--", "N/A", "n/a", "NA")
# Words that say the target is still to come.
UNDECIDED = ("待定", "暂无", "另定", "未定", "另行确定", "按实际待定", "暂未确定", "尚未确定", "待确定", "待补充")
# A template's value with the number left out: an operator or a unit alone (≥%, ≥  次, ≤万元,
# 万元, ≤元/人), an X or a line where the number goes (X%, ≥XX次, __%), or a date without some of its
# numbers (年 月 日前, XXXX年XX月XX日前, ____年__月__日前, 2023年 月 日前, 2023年12月 日前, 2023年 月底前,
# 20XX年12月31日前).
_BLANK = r"(?:[XxＸｘ×*＊]{1,4}|[_＿]{1,8})"
_UNIT_WORDS = "|".join(sorted([*MONEY_UNITS, *PERCENT_UNITS, *_COUNTED.split("|"), "人次", "批次", "起"], key=len, reverse=True))
_TEMPLATE = re.compile(rf"(?:{_OPERATOR})?\s*{_BLANK}?\s*(?:{_UNIT_WORDS})?(?:[/／][\u4e00-\u9fff·]{{1,4}})?\s*(?:{_SUFFIX})?"
                       rf"|(?:\d{{4}}|{_BLANK})?\s*年\s*(?:{_BLANK}?\s*月\s*(?:{_BLANK}?\s*日)?|\d{{1,2}}\s*月\s*{_BLANK}?\s*日)"
                       r"\s*(?:底前|前|底|以前|之前)?"
                       rf"|\d{{0,3}}{_BLANK}\s*年\s*(?:\d{{1,2}}\s*月\s*(?:\d{{1,2}}\s*日)?)?\s*(?:底前|前|底|以前|之前|度?内)?")
# A unit in brackets after the number (≤60（万元）) is its unit; a sum of money a year (≤60万元/年)
# is the year's, in that money.
_BRACKETED_UNIT = re.compile(rf"(?<=\d)\s*[（(]\s*({_UNIT_WORDS})\s*[)）]")
_PER_YEAR = re.compile(r"(?<=[元万])\s*[/／]\s*年")
# The error values a spreadsheet shows where a formula has no result.
SPREADSHEET_ERROR = re.compile(r"#(?:N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)")


@dataclass(frozen=True)
class Value:
    """What a written value says. ``text`` is exactly what was written."""

    text: str
    kind: str
    operator: str = ""
    number: Decimal | None = None
    unit: str = ""
    year: int | None = None
    month: int | None = None
    note: str = ""  # text written after the number (its explanation)
    high: Decimal | None = None  # a range's upper end (its ``number`` is the lower)

    @property
    def is_percent(self) -> bool:
        return self.kind in (QUANTITY, RANGE) and self.unit in PERCENT_UNITS

    @property
    def percentages(self) -> list[Decimal]:
        """The percentages a value states: each written with % (``90%-105%``: both, ``≥-5%``), else,
        where its unit is a percentage taken from the indicator's name (``≥905`` under
        资金到位率（%）) or from a 百分之 in its words, its number (a range: both ends)."""
        written = percentages_in(self.text)
        if written or not self.is_percent:
            return written
        return [self.number] if self.high is None else [self.number, self.high]

    @property
    def is_money(self) -> bool:
        return self.kind in (QUANTITY, RANGE) and self.unit in MONEY_UNITS

    @property
    def is_quantitative(self) -> bool:
        """定量: a number, a range, a change or a date (as opposed to 是/否 and descriptive text)."""
        return self.kind in (QUANTITY, RANGE, CHANGE, DATE)

    @property
    def serial_date(self) -> date | None:
        """The date an integer without a unit stands for if it looks like a spreadsheet
        serial (``44561``, ``≤44561``, ``44561前``: a cell that held 2021-12-31)."""
        if self.kind == QUANTITY and self.unit in _DATE_SUFFIXES and self.number is not None \
                and self.number == self.number.to_integral_value() and int(self.number) in _SERIALS:
            return _EXCEL_EPOCH + timedelta(days=int(self.number))
        return None

    @property
    def compact_date(self) -> date | None:
        """The date an eight-digit number without a unit spells (``20221231``, ``≤20221231``):
        a date typed without its separators."""
        digits = _COMPACT_DATE.fullmatch(f"{self.number:f}") if self.kind == QUANTITY and not self.unit \
            and self.number is not None else None
        try:
            return date(*map(int, digits.groups())) if digits else None
        except ValueError:  # 20221331: no such day
            return None

    @property
    def dotted_month(self) -> tuple[int, int] | None:
        """(year, month) of a number that reads as a month written with a dot (``2023.12``,
        ``2023.6前``): a date where a 时效指标 asks for one."""
        match = _DOTTED_MONTH.fullmatch(self.text.strip())
        return (int(match.group("year")), int(match.group("month"))) if match else None

    def in_unit(self, unit: str) -> Decimal | None:
        """A money value converted to ``unit`` (万元 or 元), exactly (a range: its lower
        end); None if not money."""
        span = self.span_in(unit)
        return span[0] if span else None

    def span_in(self, unit: str) -> tuple[Decimal, Decimal] | None:
        """A money value's lower and upper ends in ``unit`` (the same for an amount, not a
        range); None if not money."""
        if not self.is_money or self.number is None:
            return None
        scale = MONEY_UNITS[self.unit] / MONEY_UNITS[unit]
        return self.number * scale, (self.high if self.high is not None else self.number) * scale


@lru_cache(maxsize=4096)
def parse_value(text: str, name: str = "") -> Value:
    """Read a written value (see the module docstring for what is recognised); ``name``
    is the indicator's name, whose （%） gives the unit of a value written without one."""
    written = str(text).strip()
    if written in _YES_NO:
        return Value(written, YES_NO)
    if says_nothing(written) or _TEMPLATE.fullmatch(written) or SPREADSHEET_ERROR.fullmatch(written):
        return Value(written, UNFILLED)
    read = _PER_YEAR.sub("", _BRACKETED_UNIT.sub(r"\1", _DIGIT_GROUPS.sub("", written)))  # 1,200 is 1200
    if not _BARE_FIGURE.match(read):  # 百分之九十以上 is 90%以上, and the words of 365天正常运行率百分之九十九
        read = _PERCENT_IN_WORDS.sub(_percent_in_figures, read)  # the value; 1000补助覆盖率为百分之百 is its figure
    value = _whole(read, name) or _after_words(read, name)
    if value is not None:
        return replace(value, text=written)
    remarked = _REMARK.fullmatch(read)
    value = remarked and (_whole(remarked["value"], name) or _after_words(remarked["value"], name))
    if value:  # ≤486万元（含中央补助200万元）; ≥905，大于等于百分之九十 takes its unit from the remark
        return replace(value, text=written, note=remarked["remark"], unit=value.unit or _unit_of(name, remarked["remark"]))
    leading = _LEADING_NUMBER.match(written)
    if leading:
        note = written[leading.end():].strip()
        return Value(written, QUANTITY, _OPERATOR_WORDS.get(leading.group("operator") or "", ""),
                     Decimal(leading.group("number")), _unit_of(name, note), note=note)
    return Value(written, TEXT)


def says_nothing(written: str) -> bool:
    """Whether a text is a blank cell's mark or a word that says the target is still to come,
    however spaced, bracketed or ended (``待 定``, ``（待定）``, ``待补充。``)."""
    bare = re.sub(r"\s+", "", written)
    return bare in NOTHING_WRITTEN or re.sub(r"^[（(]|[)）]$|[。.；;]$", "", bare) in UNDECIDED


def _whole(written: str, name: str) -> Value | None:
    """The value of a text that is a date, or wholly a count in Chinese numerals or a quantity."""
    day = _date_prefix(written)
    if day is not None:
        return Value(written, DATE, year=day[0], month=day[1])
    counted = _CHINESE_COUNT.fullmatch(written)
    if counted:
        digits = f"{counted.group('operator')}{_chinese_number(counted.group('number'))}{counted.group('rest')}"
        return replace(_quantity(digits, QUANTITY, _QUANTITY.fullmatch(digits), name), text=written)
    quantity = _QUANTITY.fullmatch(written)
    if quantity:
        return _quantity(written, QUANTITY, quantity, name)
    span = _RANGE.fullmatch(written)
    if span and span.group("low_unit") in ("", span.group("unit"), span.group("unit").removesuffix("元")) \
            and Decimal(span.group("low")) <= Decimal(span.group("high")):  # 8万-12万元: one unit
        return Value(written, RANGE, _OPERATOR_WORDS.get(span.group("operator") or "", ""), Decimal(span.group("low")),
                     span.group("unit").strip() or _unit_of(name, ""), high=Decimal(span.group("high")))
    return None


def _after_words(written: str, name: str) -> Value | None:
    """The value of a text that is a few words and then a value (全年不少于4次, 每年12月底前,
    较上年提高5个百分点: a change); the fewest words that leave one."""
    for cut in range(1, min(len(written), MAX_WORDS + 1)):
        words = written[:cut]
        if not _WORDS.fullmatch(words):
            return None
        if words[-1].isdigit() or written[cut] in "-－—~～" and any(c.isdigit() for c in words):
            continue  # 85-95%, 8千元-1.2万元: a range, not 85 and then -95%
        value = _whole(written[cut:], name)
        against_a_base = _AGAINST_A_BASE.search(written[:cut + 1])  # 比 is a base before a number: 比2021年底
        if value is None or value.kind == DATE and against_a_base:  # 较2021年底提高5%: the date is the base
            continue
        to_a_level = words.endswith(("至", "到"))  # 较上年提高到95%: the level
        if value.kind == QUANTITY and not to_a_level and (against_a_base or _CHANGE_WORDS.search(words)):
            value = replace(value, kind=CHANGE)
        return replace(value, text=written)
    return None


def _quantity(written: str, kind: str, quantity: re.Match, name: str) -> Value:
    """The value of a quantity matched by ``_QUANTITY``."""
    # the words after the number say which way, whatever came before it (达到5%以下: ≤)
    operator = _OPERATOR_SUFFIXES.get(quantity.group("suffix") or "", "") \
        or _OPERATOR_WORDS.get(quantity.group("operator") or "", "")
    return Value(written, kind, operator, Decimal(quantity.group("number")),
                 quantity.group("unit").strip() or _unit_of(name, ""))


def _chinese_number(numerals: str) -> int:
    """一 … 九十九 as a number (十二 is 12, 二十 is 20)."""
    if "十" not in numerals:
        return _CHINESE_DIGITS[numerals]
    tens, _, ones = numerals.partition("十")
    return _CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(ones, 0)


def _percent_in_figures(words: re.Match) -> str:
    """A percentage in words (``百分之九十``) in figures (``90%``)."""
    number = words.group("number")
    if number[0].isdigit():
        return f"{number}%"
    return f"{100 if number.endswith('百') else _chinese_number(number)}%"


def percentages_in(text: str) -> list[Decimal]:
    """Every percentage written in a text: ``90%-105%`` → 90, 105; ``≥-5%`` → -5."""
    return [Decimal(match) for match in _PERCENTAGE.findall(text)]


def _unit_of(name: str, note: str) -> str:
    """The unit of a value written without one: from the name's （%）, or 百分之 in the note
    of a rate's value (资金到位率 ≥905，大于等于百分之九十; not a count's, 培训人次 ≥150，参训率达百分之九十)."""
    in_name = _UNIT_IN_NAME.search(name)
    if in_name:
        return in_name.group("unit")
    return "%" if "百分之" in note and _A_RATE.search(name) else ""


def _date_prefix(text: str) -> tuple[int | None, int | None] | None:
    """(year, month) of a value that starts with a date (2024年12月31日前开展到位, 12月底)."""
    match = _DATE.match(text)
    year, month = match.group("year"), match.group("month")
    if not (month or year and (match.group("rest") or match.end() == len(text))):
        return None
    if month is not None and not 1 <= int(month) <= 12:
        return None
    return (int(year) if year else None), (int(month) if month else None)


def percent_text(written: str | None) -> str:
    """A spending-plan checkpoint as printed: ``25``, ``25%`` and ``+25%`` all print ``25%``."""
    if not written:
        return ""
    written = written.removeprefix("+")
    value = parse_value(written)
    if value.kind == QUANTITY and not value.unit and not value.operator:
        return f"{written}%"
    return written
