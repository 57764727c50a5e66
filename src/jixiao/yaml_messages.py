"""Chinese explanations of YAML syntax errors, on the line where the clerk made the mistake.

PyYAML notices a mistake where its parser gets stuck, which is often the line after the
mistake: a key without its colon is reported at the next key. So the source is read first
for the mistakes clerks make, each named by its cause:

* a no-break or full-width space where YAML needs a space (after a key's colon, after a
  list item's dash, in the indentation), which looks like one and is not, and a Tab in the
  indentation: told the spaces to write, where the place of the line above tells them;
* a quote or a bracket opened and not closed on its line;
* a value that begins with a quoted word and goes on after it (``名称: "一站式"结算率``);
* two entries of a ``{…}`` mapping separated by a full-width comma, a list item begun
  with a full-width dash;
* a key without a colon, with a full-width colon (``用途：…``), or without the space after
  the colon (``用途:…``), found on the line where PyYAML's unfinished key began;
* a key indented one space more or less than the keys it belongs with;

and only then PyYAML's own complaint is translated through :data:`_TRANSLATIONS`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import yaml

from .paths import SCHEMA_FILE
from .unseen import NAMES


@dataclass(frozen=True)
class Explanation:
    """Where a syntax error is (1-based line and column) and what to tell the clerk."""

    line: int
    column: int
    message: str
    hint: str


_TAB = "缩进里有制表符（Tab）"
# (fragment of PyYAML's English problem text, Chinese message, hint)
_TRANSLATIONS = [
    ("mapping values are not allowed here", "这里不能出现“键: 值”",
     "冒号后面要有空格；若文字里本身含“: ”，请把整段文字用双引号括起来"),
    ("could not find expected ':'", "这里缺少冒号（:）",
     "每个键后面要写冒号，例如“名称: 扫黑除恶工作经费”；若是文字换行了，请用 | 块写多行文字"),
    ("found character '\\t' that cannot start any token", _TAB, "YAML 只能用空格缩进：把 Tab 换成空格"),
    ("found a tab character", _TAB, "YAML 只能用空格缩进：把 Tab 换成空格"),
    ("expected <block end>", "缩进不一致", "同一层的键要左对齐，子项比上一层多缩进两个空格"),
    ("<document start>", "缩进不一致或多了内容", "检查这一行的缩进，同一层的键要左对齐"),
    ("found unexpected end of stream", "引号或括号没有配对就到了文件末尾", "检查这里开始的引号或括号是否闭合"),
    ("found unknown escape character", "双引号文字里有无法识别的反斜杠转义",
     "把 \\ 写成 \\\\，或改用单引号"),
    ("found undefined alias", "不支持别名（*名字）", "把要重复的内容直接写出来"),
    ("expected a single document", "文件里只能有一份文档", "删除多余的 --- 分隔线"),
    ("did not find expected key", "这里缺少键或缩进不一致", "检查这一行和上一行的缩进与冒号"),
    ("did not find expected '-' indicator", "列表项缺少“- ”或缩进不一致", "列表的每一项都以“- ”开头并左对齐"),
    ("expected ',' or ']'", "方括号列表没有正确结束", "检查逗号和 ]"),
    ("expected ',' or '}'", "花括号 {…} 没有正确结束", "检查逗号和 }：两项之间用英文逗号加空格“, ”分开，最后以 } 结束"),
    ("that cannot start any token", "这个字符不能出现在值的开头",
     "把整段文字用双引号括起来"),
    ("special characters are not allowed", "文件含有 YAML 不允许的字符", "删除这个字符"),
    ("while scanning a block scalar", "以 > 或 | 开头的值会被当作多行文字块",
     "把整个值用双引号括起来，例如 \">=90%\"；或改用 ≥ ≤"),
    ("expected alphabetic or numeric character", "以 * 、& 或 % 开头的值有特殊含义",
     "把整个值用双引号括起来"),
    (" tag", "不支持 YAML 标签（以 ! 开头）", "把整个值用双引号括起来"),
    ("mapping keys are not allowed here", "这里不能出现键", "检查这一行的缩进和冒号"),
    ("sequence entries are not allowed here", "这里不能开始列表（- ）",
     "列表写在键的下一行，每项以“- ”开头并比键多缩进两个空格"),
    ("expected the node content", "这里缺少值", "在冒号或“- ”后面写上内容"),
    ("did not find expected node content", "这里缺少值", "在冒号或“- ”后面写上内容"),
    ("found unexpected ':'", "这里的冒号无法识别", "若文字里本身含冒号，请把整段文字用双引号括起来"),
]

# PyYAML's contexts that begin at the indicator (> | * & !) that made a plain value something else
_AT_THE_INDICATOR = ("while scanning a block scalar", "while scanning an alias", "while scanning an anchor",
                     "while scanning a tag", "while parsing a tag")
_PREFIX = "YAML 语法错误："
_QUOTES = {'"': "双引号", "'": "单引号"}
_BRACKETS = {"{": ("花括号", "}"), "[": ("方括号", "]")}
# A line holding a key: indentation, list dashes, the key, its colon and what follows it.
_KEY_LINE = re.compile(r"( *)((?:- +)*)([^\s#'\"{\[\]}:-][^:#]*?|-[^\s:#][^:#]*?):(?: +(.*)|$)")
_BLOCK_SCALAR = re.compile(r"(?:.*:| *(?:- +)*-) +[|>][-+0-9]*\s*(#.*)?$")  # "键: |" or "- |"


def explain_yaml_error(error: yaml.MarkedYAMLError, lines: list[str]) -> Explanation:
    """Where the clerk's mistake is and what it is, in Chinese, for a PyYAML syntax error
    in a text of ``lines``."""
    problem_line = error.problem_mark.line if error.problem_mark else len(lines)
    for diagnose in (_tab_in_indentation, _look_alike, _unclosed, _closed_twice, _comment_in_a_block,
                     _first_item_without_dash, _text_after_quotes, _text_after_brackets, _text_not_indented,
                     _item_without_dash, _full_width_mark, _missing_colon, _full_width_colon_above, _missing_colon_in_list_item,
                     _indentation):
        found = diagnose(error, lines, problem_line)
        if found:
            return found
    mark = error.problem_mark or error.context_mark
    if error.context in _AT_THE_INDICATOR and error.context_mark:  # > | * & ! itself, not where PyYAML stopped after it
        mark = error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = f"{error.problem or ''} {error.context or ''}"
    for fragment, message, hint in _TRANSLATIONS:
        if fragment in problem:
            return Explanation(line, column, _PREFIX + message, hint)
    return Explanation(line, column, _PREFIX + "这里的写法无法识别",
                       "对照 filings/ 里的示例检查这一行的缩进、冒号和引号")


def _structure(lines: list[str], end: int) -> Iterator[tuple[int, str]]:
    """(0-based number, text) of the lines before ``end`` (and ``end`` itself) that carry
    YAML structure: no blank lines, comments or the text lines of a ``|`` / ``>`` block."""
    block_indent = None
    for number, raw in enumerate(lines[: end + 1]):
        text = raw.rstrip("\r\n")
        stripped = text.lstrip(" ")
        indent = len(text) - len(stripped)
        if not stripped or stripped.startswith("#"):
            continue
        if block_indent is not None and indent > block_indent:
            continue
        block_indent = indent if _BLOCK_SCALAR.match(text) else None
        yield number, text


def _unclosed(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A quote or bracket opened on a line and not closed there (clerks write both on one line)."""
    for number, text in _structure(lines, problem_line):
        opened = _open_at_end(text)
        if opened is None:
            continue
        column, mark = opened
        if mark in _QUOTES:
            return Explanation(number + 1, column + 1, f"{_PREFIX}这里开始的{_QUOTES[mark]}（{mark}）在这一行没有配对",
                               f"在这段文字末尾补上 {mark}；文字里要用引号时，请用中文引号“”")
        name, closing = _BRACKETS[mark]
        comment = text.find(" #", column)
        if comment >= 0 and closing in text[comment:]:  # {3月底: 25% #一季度, …}: the comment took the } too
            return Explanation(number + 1, comment + 2,
                               f"{_PREFIX}空格后的「#」起的是注释，它后面的文字连同 {closing} 都不算，{name}（{mark}）就没有配对了",
                               "把这个 # 删掉或改成全角的 ＃，或把这一项的值用引号括起来")
        return Explanation(number + 1, column + 1, f"{_PREFIX}这里开始的{name}（{mark}）在这一行没有配对的 {closing}",
                           f"在这一行末尾补上 {closing}")
    return None


def _comment_in_a_block(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A comment line less indented than the text of a ``|`` / ``>`` block, with more of the
    text after it: the comment ended the block, and the text after it belongs to nothing."""
    if problem_line >= len(lines) or not lines[problem_line].strip() or _KEY_LINE.fullmatch(lines[problem_line].rstrip("\r\n")):
        return None  # a key out of line after a comment: the key's indentation is the mistake
    indent = _indentation_of(lines[problem_line])
    number = problem_line - 1
    comment = None
    while number >= 0 and (not lines[number].strip() or lines[number].lstrip(" ").startswith("#")):
        if lines[number].strip() and _indentation_of(lines[number]) < indent:
            comment = number
        number -= 1
    if comment is None or number < 0:
        return None
    key_line, text = list(_structure(lines, number))[-1]  # the block's key, when the line above the comment is its text
    key = _KEY_LINE.fullmatch(text) if _BLOCK_SCALAR.match(text) else None
    if key is None or key_line == number or indent <= _indentation_of(text):
        return None
    name = key.group(3).strip()
    return Explanation(comment + 1, _indentation_of(lines[comment]) + 1,
                       f"{_PREFIX}这行注释夹在「{name}」的文字中间，缩进又比文字少：YAML 在这里结束了这段文字，"
                       f"下面第 {problem_line + 1} 行的文字就接不上了",
                       f"把这行注释移到「{name}:」那一行的上面，或删掉它；要把它印出来，就去掉 # 并与上面的文字对齐")


def _closed_twice(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A closing bracket with no opening one left to close (部门: {名称: 甲}}): PyYAML
    stops right at it."""
    found = re.search(r"but found '([\]}])'", error.problem or "")
    if not found or error.problem_mark is None:
        return None
    closing = found.group(1)
    opening = next(mark for mark, (_, close) in _BRACKETS.items() if close == closing)
    return Explanation(error.problem_mark.line + 1, error.problem_mark.column + 1,
                       f"{_PREFIX}这里多了一个「{closing}」，前面没有与它配对的「{opening}」", f"删掉这个「{closing}」")


def _near(lines: list[str], problem_line: int) -> Iterator[tuple[int, str]]:
    """(0-based number, text without its comment) of the line PyYAML stopped at and of the
    line before it, where a mistake that PyYAML notices a line late was made: lines that
    carry structure only, not a comment or the text of a ``|`` block."""
    for number, text in _structure(lines, problem_line):
        if number >= problem_line - 1:
            yield number, re.split(r"\s#", text, maxsplit=1)[0]


# Blanks that look like a space but that YAML does not take for one: a no-break space from
# Word or a web page, a full-width space typed in the input method's full-width mode.
_WHERE_FROM = {"\u00a0": "多半是从 Word、网页或微信里复制来的", "\u3000": "中文输入法全角状态下打的空格"}
LOOK_ALIKE_BLANKS = {blank: f"{NAMES[blank]}（U+{ord(blank):04X}，{origin}）" for blank, origin in _WHERE_FROM.items()}
# Where YAML needs a space and such a blank stands (group 1): in the indentation of a key or
# a list item, after a key's colon, after a list item's dash; in a key that YAML read with
# its value ({名称:\u00a0宣传次数}) or its indentation (\u3000 名称), after its colon or first.
_BLANK_WHERE_A_SPACE_IS_NEEDED = (
    re.compile(r"^ *([\u00a0\u3000])[ \u00a0\u3000]*(?:-\s|[^\s:#][^:#]*:(?:\s|$))"),
    re.compile(r"^ *(?:- +)*[^\s:#'\"{\[\]}][^:#]*?:([\u00a0\u3000])"),
    re.compile(r"^ *-([\u00a0\u3000])"),
)
BLANK_IN_A_KEY = re.compile(r"^(?:[^:]*:)?([\u00a0\u3000])")


def look_alike_blank(lines: list[str], line: int, column: int) -> Explanation:
    """A blank (one of ``LOOK_ALIKE_BLANKS``) at ``line``:``column`` of ``lines`` where YAML
    needs a space; in a line's indentation, with those like it there and the spaces to
    write for the whole indentation."""
    text = lines[line - 1]
    blank, leading = text[column - 1], _LEADING_BLANKS.match(text).group()
    count, hint = ((leading.count(blank), _respaced(lines, line - 1, "半角空格（英文输入状态下按空格键）"))
                   if column <= len(leading) else (1, "删掉它，换成一个半角空格（英文输入状态下按空格键）"))
    what = f"一个{LOOK_ALIKE_BLANKS[blank]}，看起来像空格，YAML 却不把它" if count == 1 else \
        f" {count} 个{LOOK_ALIKE_BLANKS[blank]}，看起来像空格，YAML 却不把它们"
    return Explanation(line, column, f"这里是{what}当作空格", hint)


def look_alike_blank_in(lines: list[str], numbers: Iterable[tuple[int, str]] | None = None) -> Explanation | None:
    """The first look-alike blank where YAML needs a space, in the lines ``numbers`` gives
    ((0-based number, text)), by default every line that carries structure."""
    for number, text in numbers if numbers is not None else _structure(lines, len(lines) - 1):
        for pattern in _BLANK_WHERE_A_SPACE_IS_NEEDED:
            match = pattern.search(text)
            if match:
                return look_alike_blank(lines, number + 1, match.start(1) + 1)
    return None


def _tab_in_indentation(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A Tab in the indentation of the line PyYAML stopped at, with the spaces to write
    instead of the whole indentation."""
    if not re.search(r"'\\t'|tab character", error.problem or "") or problem_line >= len(lines):
        return None
    leading = _LEADING_BLANKS.match(lines[problem_line]).group()
    if "\t" not in leading:
        return None
    return Explanation(problem_line + 1, leading.index("\t") + 1, _PREFIX + _TAB,
                       "YAML 只能用空格缩进：" + _respaced(lines, problem_line, "空格"))


_LEADING_BLANKS = re.compile(r"[ \t\u00a0\u3000]*")
_BLANK_NAMES = {"\t": "Tab", "\u3000": "全角空格", "\u00a0": "不间断空格", " ": "空格"}


def _respaced(lines: list[str], number: int, spaces: str) -> str:
    """How to indent line ``number`` (from 0), indented with blanks YAML does not take for
    spaces, with ``spaces`` instead: how many where :func:`_intended_indentation` can tell,
    and with what above it lines up."""
    leading = _LEADING_BLANKS.match(lines[number]).group()
    written = (_BLANK_NAMES[leading] if len(leading) == 1 else  # "Tab", else "2 个 Tab 和 2 个空格"
               "和".join(f"{leading.count(kind)} 个{_BLANK_NAMES[kind]}" for kind in dict.fromkeys(leading)))
    replace = _LATIN_BESIDE_CHINESE.sub(" ", f"把行首的{written}换成")
    if not lines[number].strip():
        return _LATIN_BESIDE_CHINESE.sub(" ", f"这一行只有{written}，删掉这一行")
    if not list(_structure(lines, number - 1)):
        return _LATIN_BESIDE_CHINESE.sub(" ", f"删掉行首的{written}，文件的第一个键顶格写")
    intended = _intended_indentation(lines, number)
    if intended is None:
        return f"{replace}{spaces}，与上面同一层的键或列表项对齐"
    count, aligned = intended
    return f"{replace} {count} 个{spaces}，{aligned}"


# Where a Latin letter or a digit meets a Chinese character: a space goes between them
_LATIN_BESIDE_CHINESE = re.compile(r"(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])")


def _intended_indentation(lines: list[str], number: int) -> tuple[int, str] | None:
    """The spaces that line ``number`` (from 0), indented with blanks YAML does not take
    for spaces (a Tab, a full-width space), is meant to be indented by, and what above it
    lines up with (``与第 32 行的「名称」对齐``), where one place alone fits it: beside a key
    above that the filing format puts in one mapping with its key; as an item of a list
    above whose items have its keys; as the first entry under the key above it, a key
    without a value. None where no place or several fit."""
    text = lines[number].rstrip("\r\n")
    content = text[_LEADING_BLANKS.match(text).end():]
    above = list(_structure(lines, number - 1))
    is_item = content == "-" or content.startswith("- ")
    places: dict[int, str] = {}
    parent = _KEY_LINE.fullmatch(above[-1][1]) if above else None
    if parent and not _value_of(parent):
        name = parent.group(3).strip()
        if is_item or _format_key(content) and not _format_key(content, beside=name):
            places[len(parent.group(1)) + len(parent.group(2)) + 2] = f"比第 {above[-1][0] + 1} 行的「{name}」多缩进两个空格"
    if is_item:
        places.update(_item_places(lines, number, content, above))
    elif _KEY_LINE.fullmatch(content):
        for level, line in _levels_above(lines, number).items():
            if level and _format_key(content, beside=_key(lines, line)):
                places.setdefault(level, f"与第 {line + 1} 行的「{_key(lines, line)}」对齐")
    fitting = [(column, how) for column, how in places.items() if _fits_the_line_below(lines, number, " " * column + content)]
    return fitting[0] if len(fitting) == 1 else None


def _fits_the_line_below(lines: list[str], number: int, line: str) -> bool:
    """Whether the next line after line ``number`` (from 0) that carries structure can
    follow ``line`` written there: indented no deeper (a line of its mapping or list or of
    one around it), as the keys of the list item ``line`` begins, or deeper under a key of
    ``line`` that has no value or a | block."""
    below = next((text for n, text in _structure(lines, len(lines) - 1) if n > number), None)
    if below is None or _LEADING_BLANKS.match(below).group().strip(" "):  # the end, or no spaces to compare
        return True
    indent, column, key = _indentation_of(below), _indentation_of(line), _KEY_LINE.fullmatch(line)
    if key is None:
        return indent <= column
    key_column, value = len(key.group(1)) + len(key.group(2)), _value_of(key)
    return indent <= column or indent == key_column or indent > key_column and (not value or value[0] in "|>")


def _value_of(key: re.Match) -> str:
    """The value written after a key (a match of :data:`_KEY_LINE`), without a comment."""
    return (key.group(4) or "").split(" #")[0].strip()


def _item_places(lines: list[str], number: int, content: str, above: list[tuple[int, str]]) -> dict[int, str]:
    """Dash column → how it lines up, of the items of the lists above line ``number`` (from 0)
    that the list item ``content`` written on it could be one of: the nearest item of each
    list around it (not of a list deeper in an item) that has its keys, or, for an item of
    text, that is text too."""
    places: dict[int, str] = {}
    bound = None
    for line, text in reversed(above):
        indent = _indentation_of(text)
        if text.lstrip(" ").startswith("- ") and (bound is None or indent <= bound):
            mine = _item_keys(lines[:number] + [" " * indent + content + "\n"] + lines[number + 1:], number)
            theirs = _item_keys(lines, line)
            if mine <= theirs and bool(mine) == bool(theirs):
                places.setdefault(indent, f"与第 {line + 1} 行那一项的「- 」对齐")
        bound = indent if bound is None else min(bound, indent)
        if bound == 0:
            break
    return places


def why_not_a_mapping(lines: list[str]) -> Explanation | None:
    """Why a file YAML read whole as one text is no mapping of keys, where the clerk's
    mistake shows: a look-alike blank after a colon (年度:\u30002027), a full-width colon
    after the first key (版式：新疆)."""
    first = next(_structure(lines, len(lines) - 1), None)
    key = _KEY_WITH_FULL_WIDTH_COLON.fullmatch(first[1]) if first else None
    return look_alike_blank_in(lines) or (_full_width_colon(first[0], key) if key else None)


def _look_alike(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A look-alike blank where YAML needs a space, on the line PyYAML stopped at or the one before."""
    return look_alike_blank_in(lines, _near(lines, problem_line))


# Where a value may begin with a quote: after "键: ", "- ", or inside brackets after { [ ,
_VALUE_QUOTE = re.compile(r"(?:: |- |[{\[,] ?)\s*([\"'])")


def _text_after_quotes(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A value that begins with a quoted word and goes on after it (名称: "一站式"结算率):
    YAML takes the quotes for the whole value and cannot place what follows."""
    for number, text in _near(lines, problem_line):
        for match in _VALUE_QUOTE.finditer(text):
            end = _closing_quote(text, match.start(1))
            after = text[end + 1:] if end is not None else ""
            if after and after[0] not in " ,]}:#":
                quoted, rest = text[match.start(1): end + 1], _abridged(after.split(",")[0].strip())
                return Explanation(number + 1, end + 2,
                                   f"{_PREFIX}值以引号开头，YAML 把 {quoted} 当作整个值，后面的「{rest}」就放不下了",
                                   f"文字里的引号用中文引号，写成 “{quoted[1:-1]}”{rest}；或把整个值用单引号括起来")
    return None


_VALUE_BRACKET = re.compile(r"(?:: |- )\s*([{\[])")


def _text_after_brackets(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A value that begins with a bracketed word and goes on after it (项目编号格式: {序号}、,
    - [经费]负责…): YAML reads the brackets as a {…} or […] of its own and cannot place
    what follows."""
    for number, text in _near(lines, problem_line):
        for match in _VALUE_BRACKET.finditer(text):
            mark = match.group(1)
            name, closing = _BRACKETS[mark]
            end = text.find(closing, match.start(1))
            after = text[end + 1:].strip() if end >= 0 else ""
            if after and after[0] not in ",]}#":
                bracketed, rest = text[match.start(1): end + 1], _abridged(after)
                fix = (f"方括号改用中文的【】，写成 【{bracketed[1:-1]}】{rest}；或把整个值用引号括起来" if mark == "["
                       else f"把整个值用引号括起来，写成 \"{bracketed}{rest}\"")
                return Explanation(number + 1, match.start(1) + 1,
                                   f"{_PREFIX}值以{name}（{mark}）开头，YAML 把 {bracketed} 读成了{name}写法，后面的「{rest}」就接不上了",
                                   fix)
    return None


# Marks typed in the input method's full-width mode where YAML needs its own, which it then
# reads as text: a comma between two entries of a {…} (名称: 宣传次数，指标值: ≥3次) and a list
# item's dash (－ 名称: …). (pattern whose group 1 is the mark, message, hint)
_FULL_WIDTH_MARKS = (
    (re.compile(r"\{[^{}]*?(，)\s*(?:名称|指标值|依据|权重|方向|描述|\d{1,2}月底): "),
     "花括号里两项之间用了中文逗号“{}”，YAML 只认英文逗号",
     "把这个“，”改成英文逗号加一个空格“, ”"),
    (re.compile(r"^ *([－—–‐·•])\s*(?=[^\s:：]+[:：])"), "列表项开头的“{}”不是半角减号",
     "列表的每一项以半角减号加一个空格“- ”开头：把它改成“-”"),
    (re.compile(r"^ *(-)(?=[^\s\-:：]+[:：])"), "列表项的“{}”后面少了一个空格", "在“-”后面加一个空格：列表的每一项以“- ”开头"),
)


def _full_width_mark(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A full-width mark where YAML needs its own (``_FULL_WIDTH_MARKS``)."""
    for number, text in _near(lines, problem_line):
        for pattern, message, hint in _FULL_WIDTH_MARKS:
            match = pattern.search(text)
            if match:
                return Explanation(number + 1, match.start(1) + 1, _PREFIX + message.format(match.group(1)), hint)
    return None


def _open_at_end(text: str) -> tuple[int, str] | None:
    """(column, character) of a quote or bracket that ``text`` opens and leaves open, if any.

    A quote only opens a quoted value where a value begins; inside plain text it is text."""
    brackets: list[tuple[int, str]] = []
    at_value_start = True
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch == "#" and (i == 0 or text[i - 1] == " "):
            break
        elif at_value_start and ch in _QUOTES:
            end = _closing_quote(text, i)
            if end is None:
                return i, ch
            i, at_value_start = end + 1, False
        elif ch in _BRACKETS:
            brackets.append((i, ch))
            i, at_value_start = i + 1, True
        elif ch in "]}" and brackets:
            brackets.pop()
            i, at_value_start = i + 1, False
        elif (ch == "," and brackets) or (ch in ":-?" and text[i + 1: i + 2] in ("", " ")):
            i, at_value_start = i + 1, True
        else:  # plain text up to the next ": ", " #" or (inside brackets) , ] }
            i, at_value_start = _plain_end(text, i, inside=bool(brackets)), False
    return brackets[-1] if brackets else None


def _closing_quote(text: str, start: int) -> int | None:
    quote, i = text[start], start + 1
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            if quote == "'" and text[i + 1: i + 2] == "'":  # '' is a quote inside single quotes
                i += 2
                continue
            return i
        i += 1
    return None


def _plain_end(text: str, start: int, inside: bool) -> int:
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == ":" and (text[i + 1: i + 2] in ("", " ") or inside and text[i + 1] in ",]}"):
            return i
        if (ch == "#" and text[i - 1] == " ") or (inside and ch in ",]}"):
            return i
        i += 1
    return i


def _text_not_indented(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A paragraph of a key's text (after a ``|`` / ``>`` block or a plain text, often after
    a blank line) indented no deeper than the key, or flush left: YAML reads it as a key
    without a colon."""
    if error.context != "while scanning a simple key":
        return None
    number = error.context_mark.line
    if number >= len(lines) or _KEY_LINE.fullmatch(lines[number].rstrip("\r\n")):
        return None
    above = [(n, text) for n, text in _structure(lines, number) if n < number]
    key = _KEY_LINE.fullmatch(above[-1][1]) if above else None
    indent = _indentation_of(lines[number])
    if key is None or not lines[number].strip():
        return None
    # a line that starts like a key is one that lost its colon (依据 年度工作计划), unless it follows
    # a | block and reads as a sentence (二是加强管理：落实责任。) not begun by a key that could stand
    # beside the block's (绩效目标：… after 用途: |, not 资金：… after 总体目标: |)
    if _format_key(lines[number], beside=key.group(3).strip()) or _like_a_key(lines[number]) and not (
            _BLOCK_SCALAR.match(above[-1][1]) and _SENTENCE.search(lines[number])):
        return None
    name, value, key_line = key.group(3).strip(), (key.group(4) or "").split(" #")[0].strip(), above[-1][0]
    message = f"{_PREFIX}这一行是「{name}」的文字，缩进不够"
    if _BLOCK_SCALAR.match(above[-1][1]):
        first = next((n for n in range(key_line + 1, number) if lines[n].strip()), None)
        spaces = _indentation_of(lines[first]) if first is not None else indent + 2
        where = f"与第 {first + 1} 行对齐" if first is not None else f"比「{name}」多缩进两个空格"
        return Explanation(number + 1, indent + 1, message,
                           f"「{name}: {value}」下面的每一段文字（空行之后的也一样）都要缩进 {spaces} 个空格，{where}")
    if not value or value[0] in "\"'{[|>":
        return None
    spaces = len(key.group(1)) + len(key.group(2)) + 2
    return Explanation(number + 1, indent + 1, message,
                       f"「{name}」的文字有几段时，写成“{name}: |”，下一行起每一段都缩进 {spaces} 个空格")


_SENTENCE = re.compile(r"[，。；！？]")  # marks of a sentence, which a key and its value seldom have


def _item_without_dash(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A text item of a list written without its "- " at the column of the others' dashes:
    YAML reads it as a key that never gets its colon."""
    if error.context != "while scanning a simple key" or error.context_mark is None:
        return None
    number = error.context_mark.line
    if number >= len(lines) or _format_key(lines[number]) or _like_a_key(lines[number]) and not _SENTENCE.search(lines[number]):
        return None
    indent = _indentation_of(lines[number])
    item = next((n for n, text in reversed(list(_structure(lines, number - 1))) if _indentation_of(text) <= indent), None)
    if item is None or _indentation_of(lines[item]) != indent or not lines[item].lstrip(" ").startswith("- "):
        return None
    return Explanation(number + 1, indent + 1, f"{_PREFIX}这一行像是列表的一项，前面少了「- 」",
                       f"在这一行的文字前加「- 」（减号和一个空格），与第 {item + 1} 行那一项对齐")


def _first_item_without_dash(error, lines: list[str], problem_line: int) -> Explanation | None:
    """The first item of a list of mappings written without its "- ", the next with it:
    YAML reads the first as the parent's mapping, which the next item's dash cannot follow."""
    dash_line = _next_item(error, lines, problem_line)
    if dash_line is None:
        return None
    dash = _indentation_of(lines[dash_line])
    item = []
    for number, text in reversed(list(_structure(lines, dash_line - 1))):
        if _indentation_of(text) < dash:
            parent = _KEY_LINE.fullmatch(text)
            break
        if _indentation_of(text) == dash and text.lstrip(" ").startswith("-"):
            return None  # an item above has its dash
        item.insert(0, number)
    else:
        return None
    if parent is None or parent.group(4) or not item:
        return None
    first = lines[item[0]].rstrip("\r\n")
    key = _KEY_LINE.fullmatch(first)
    if key and not key.group(2):
        start = key.group(3).strip() + ":"
    elif first.lstrip(" ").startswith("{"):
        start = "{"
    else:
        return None
    if _first_word(first.lstrip(" {")) != _first_word(lines[dash_line].lstrip(" -{")):
        return None  # an item like the next begins with its key (名称:); else the next is what is out of place
    indent = _indentation_of(first)
    aligned = f"与第 {dash_line + 1} 行的「- 」对齐（行首 {dash} 个空格）"
    if indent == dash:
        shallow = any(_indentation_of(lines[n]) == dash for n in item[1:])  # the item's other lines, still at the dash
        fix = f"在「{start}」前加「- 」，{aligned}" + (
            f"；这一项的其余各行也多缩进两个空格，与「{start}」对齐" if shallow else "")
    elif indent == dash + 2:
        fix = f"把「{start}」前的两个空格换成「- 」，{aligned}"
    else:
        return None
    return Explanation(item[0] + 1, indent + 1,
                       f"{_PREFIX}「{parent.group(3).strip()}」下面逐项列出，这第一项却没写「- 」", fix)


def _next_item(error, lines: list[str], problem_line: int) -> int | None:
    """The line of the list item whose dash shows that the lines above it were an item
    without one: where YAML stopped at it, or the next line less indented than a key
    that YAML stopped at, two spaces in from the item's dash (名称: … over 编码: …, where
    the first item's「- 」was deleted and its other lines kept their places)."""
    if problem_line >= len(lines):
        return None
    if lines[problem_line].lstrip(" ").startswith("- "):
        return problem_line if (error.problem or "").startswith("expected <block end>") else None
    indent = _indentation_of(lines[problem_line])
    if not _KEY_LINE.fullmatch(lines[problem_line].rstrip("\r\n")):
        return None
    after = next((n for n, text in _structure(lines, len(lines) - 1) if n > problem_line
                  and _indentation_of(text) < indent), None)
    if after is None or _indentation_of(lines[after]) != indent - 2 or not lines[after].lstrip(" ").startswith("- "):
        return None
    return after


def _format_key(line: str, beside: str | None = None) -> bool:
    """Whether a line begins with a key of the filing format (绩效目标 通过…, 依据：…): a key
    that lost its colon, whatever follows it; with ``beside``, a key of a mapping that can
    hold that key too."""
    first = _first_word(line)
    return any(first in keys and (beside is None or beside in keys) for keys in _mappings_of_the_format())


def _first_word(line: str) -> str:
    """What a line begins with, up to a blank or a colon: the key, where it is one."""
    return re.split(r"[ ：:]", line.strip(), maxsplit=1)[0]


@lru_cache(maxsize=1)
def _mappings_of_the_format() -> tuple[frozenset[str], ...]:
    """The keys of each mapping the filing schema describes (read here: the validator's
    copy is in :mod:`jixiao.validate`, which imports the loader, which imports this)."""
    mappings: list[frozenset[str]] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if node.get("properties"):
                mappings.append(frozenset(node["properties"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    return tuple(mappings)


def _like_a_key(line: str) -> bool:
    """Whether a line that YAML could not read as a key starts like one that lost its colon
    (``依据 年度工作计划``, ``依据：…``, ``依据:…``) rather than like a sentence."""
    first = _first_word(line)
    return first != line.strip() and len(first) <= 10 and not re.search(r"[，。、；！？“”,.]", first)


def _indentation_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


# A key written with a full-width colon at the start of a line: - 名称：扫黑除恶工作经费, 产出指标：
_KEY_WITH_FULL_WIDTH_COLON = re.compile(r"( *(?:- +)?)([^\s:：#'\"{\[，。、；]{1,20}?) *：(.*)")


def _full_width_colon_above(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A key with a full-width colon (``- 名称：扫黑除恶工作经费``, ``产出指标：``): YAML reads
    its line as text, and stops at the next line's key, which then has nowhere to go."""
    if error.problem != "mapping values are not allowed here" or error.problem_mark is None:
        return None
    indent = _indentation_of(lines[problem_line]) if problem_line < len(lines) else 0
    # the line the failing key belongs under or beside: the nearest above indented no deeper
    above = list(_structure(lines, problem_line - 1))
    at = next((index for index in range(len(above) - 1, -1, -1) if _indentation_of(above[index][1]) <= indent), None)
    key = _KEY_WITH_FULL_WIDTH_COLON.fullmatch(above[at][1]) if at is not None else None
    if key is None or at and _continues_a_text(above[at - 1][1], above[at][1]):  # 宣传工作：… in a text's lines
        return None
    return _full_width_colon(above[at][0], key)


def _continues_a_text(line: str, next_line: str) -> bool:
    """Whether ``next_line`` continues the plain text begun on ``line`` (绩效目标: 开展宣传 /
    　宣传工作：开展活动10场): deeper than a key whose value is text on its own line."""
    key = _KEY_LINE.fullmatch(line)
    value = _value_of(key) if key else ""
    return bool(value) and value[0] not in "\"'{[|>&*!" and _indentation_of(next_line) > _indentation_of(line)


def _full_width_colon(number: int, key: re.Match) -> Explanation:
    """The explanation of a key written with a full-width colon (a match of
    :data:`_KEY_WITH_FULL_WIDTH_COLON` on line ``number``, from 0)."""
    start, name, value = key.groups()
    written = f"{name}: {_abridged(value.strip())}" if value.strip() else f"{name}:"
    return Explanation(number + 1, key.end(2) + key.string[key.end(2):].index("：") + 1,
                       f"{_PREFIX}「{name}」后面是全角冒号“：”",
                       f"键后面要用半角冒号“:”（有值时再加一个空格）：写成“{written}”")


def _missing_colon_in_list_item(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A list item's first key without its colon (``- 名称 扫黑除恶工作经费``): PyYAML reads
    the item as text and complains at the next key, which is indented as the item's keys."""
    if error.problem != "mapping values are not allowed here" or error.problem_mark is None:
        return None
    before = [(n, t) for n, t in _structure(lines, problem_line) if n < problem_line]
    if not before:
        return None
    number, text = before[-1]
    item = re.fullmatch(r"( *- +)([^\s:：#'\"{\[]+) +(\S.*)", text)
    indent = len(lines[problem_line]) - len(lines[problem_line].lstrip(" "))
    if not item or indent != len(item.group(1)):
        return None
    start, key, value = item.groups()
    return Explanation(number + 1, len(start) + len(key) + 1, f"{_PREFIX}「{key}」后面缺少冒号",
                       f"键后面要写半角冒号和一个空格：写成“{key}: {_abridged(value)}”")


def _missing_colon(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A key whose colon is missing, full-width or not followed by a space: PyYAML reads the
    line as the start of a key that never ends and complains on a later line."""
    if error.context != "while scanning a simple key" or error.context_mark is None:
        return None
    number = error.context_mark.line
    text = lines[number].rstrip("\r\n")
    start = error.context_mark.column
    content = text[start:]
    if "：" in content:
        column = start + content.index("：")
        key, value = content.split("：", 1)
        return Explanation(number + 1, column + 1, f"{_PREFIX}「{key.strip()}」后面是全角冒号“：”",
                           f"键后面要用半角冒号“:”再加一个空格：写成“{key.strip()}: {_abridged(value)}”")
    tight = re.match(r"([^\s:]+):(\S.*)", content)
    if tight:
        key, value = tight.groups()
        return Explanation(number + 1, start + len(key) + 2, f"{_PREFIX}「{key}」的冒号后面缺少空格",
                           f"冒号后面要有一个空格：写成“{key}: {_abridged(value)}”")
    key, _, value = content.partition(" ")
    return Explanation(number + 1, start + len(key) + 1, f"{_PREFIX}「{key}」后面缺少冒号",
                       f"键后面要写半角冒号和一个空格：写成“{key}: {_abridged(value.strip())}”")


def _abridged(value: str) -> str:
    value = value.strip()
    return value if len(value) <= 12 else value[:12] + "…"


def _indentation(error, lines: list[str], problem_line: int) -> Explanation | None:
    """A key line whose indentation matches none of the keys above it that it could belong with."""
    problem = error.problem or ""
    if not (problem.startswith("expected <block end>") or problem == "mapping values are not allowed here"):
        return None
    match = _KEY_LINE.fullmatch(lines[problem_line].rstrip("\r\n")) if problem_line < len(lines) else None
    if match is None:
        return None
    if match.group(2):
        item = _misaligned_item(lines, problem_line, len(match.group(1))) or _item_among_keys(lines, problem_line)
        if item:
            return item
    column = len(match.group(1)) + len(match.group(2))
    levels = _levels_above(lines, problem_line)
    if column in levels:
        return None
    deeper = [(level, line) for level, line in levels.items() if 0 < level - column <= 2]
    shallower = [(level, line) for level, line in levels.items() if 0 < column - level <= 2]
    if deeper and shallower:
        (upper, upper_line), (lower, lower_line) = min(deeper), max(shallower)
        return Explanation(problem_line + 1, column + 1, f"{_PREFIX}这一行的缩进（{column} 个空格）与上面的键对不上",
                           f"与第 {upper_line + 1} 行的「{_key(lines, upper_line)}」同层就缩进 {upper} 个空格，"
                           f"与第 {lower_line + 1} 行的「{_key(lines, lower_line)}」同层就缩进 {lower} 个空格")
    if not (deeper or shallower):
        return None
    level, line = min(deeper or shallower, key=lambda candidate: abs(candidate[0] - column))
    change = "少" if deeper else "多"
    return Explanation(problem_line + 1, column + 1,
                       f"{_PREFIX}这一行的缩进{change}了 {abs(level - column)} 个空格",
                       f"同一层的键要左对齐：与第 {line + 1} 行的「{_key(lines, line)}」对齐（行首 {level} 个空格）")


def _misaligned_item(lines: list[str], number: int, dash: int) -> Explanation | None:
    """A list item on line ``number`` whose dash (at column ``dash``) stands one or two
    spaces off the dash of the item before it (the nearest item above that is not in a
    list deeper than this one), or off an item above whose keys it has where that one's
    are not its (an indicator, 名称 and 指标值, dedented to the projects' column)."""
    keys = _item_keys(lines, number)
    bound = None
    for above, text in reversed(list(_structure(lines, number - 1))):
        indent = _indentation_of(text)
        # the dash of an item above of this list or of one around it (not of a list deeper in an item)
        if text.lstrip(" ").startswith("- ") and (bound is None or indent <= bound) and indent <= dash + 2:
            if indent == dash or indent < dash - 2:
                return None
            if keys <= _item_keys(lines, above):
                return _aligned_with(number, dash, above, indent)
            like = next((n for n, line in reversed(list(_structure(lines, number - 1)))
                         if line.lstrip(" ").startswith("- ") and keys <= _item_keys(lines, n)), None)
            return _aligned_with(number, dash, like, _indentation_of(lines[like])) if like is not None else None
        bound = indent if bound is None else min(bound, indent)
        if bound < dash:
            return None
    return None


def _aligned_with(number: int, dash: int, above: int, indent: int) -> Explanation:
    """The item on line ``number`` (its dash at ``dash``) to align with the item on line
    ``above`` (its dash at ``indent``)."""
    way, shift = ("左", dash - indent) if dash > indent else ("右", indent - dash)
    return Explanation(number + 1, dash + 1, f"{_PREFIX}这一项的「- 」缩进{'多' if way == '左' else '少'}了 {shift} 个空格",
                       f"同一列表的各项要对齐：把「- 」往{way}移 {shift} 个空格，"
                       f"与第 {above + 1} 行那一项的「- 」对齐（行首 {indent} 个空格）")


def _item_keys(lines: list[str], number: int) -> frozenset[str]:
    """The keys of the list item whose dash is on line ``number``: on its line (``- 名称: …``
    or ``- {名称: …, 指标值: …}``) and on the lines under it; none for an item of text."""
    dash = _indentation_of(lines[number])
    first = lines[number].strip()[2:].strip()
    keys = set(re.findall(r"[{,]\s*([^\s:,{}]+)\s*:", first)) if first.startswith("{") else {_first_word(first)} \
        if _KEY_LINE.fullmatch(lines[number].rstrip("\r\n")) else set()
    under_a_key = False  # the lines deeper than the item's keys belong to the key above them, if it has no value
    for text in lines[number + 1:]:
        if not text.strip() or text.lstrip(" ").startswith("#"):
            continue
        key = _KEY_LINE.fullmatch(text.rstrip("\r\n"))
        if _indentation_of(text) == dash + 2 and key and not key.group(2):
            keys.add(key.group(3).strip())
            under_a_key = not key.group(4)
        elif not (under_a_key and _indentation_of(text) >= dash + 2):
            break
    return frozenset(keys)


def _item_among_keys(lines: list[str], number: int) -> Explanation | None:
    """A list item (``- …``) on line ``number`` whose dash stands where the keys of the
    mapping above it stand (a project pasted under 填报): a mapping has no items."""
    dash = _indentation_of(lines[number])
    for above, text in reversed(list(_structure(lines, number - 1))):
        indent = _indentation_of(text)
        if indent > dash:
            continue
        key = _KEY_LINE.fullmatch(text)
        if indent < dash or key is None or key.group(2):
            return None
        parent = next((_key(lines, n) for n, t in reversed(list(_structure(lines, above))) if _indentation_of(t) < dash), None)
        where = f"「{parent}」下面" if parent else "文件的最外层"
        return Explanation(number + 1, dash + 1, f"{_PREFIX}{where}写的是“键: 值”，这一行却以「- 」开头，是列表的一项",
                           f"这几行若是别处（例如「项目」下面）的一项，把它们移过去，「- 」与那里的各项对齐；"
                           f"若不是列表的一项，删去「- 」，与第 {above + 1} 行的「{key.group(3).strip()}」对齐")
    return None


def _levels_above(lines: list[str], number: int) -> dict[int, int]:
    """Key column → line number of the nearest key above line ``number`` at that column,
    for the keys that a key on line ``number`` could stand beside (itself or an ancestor)."""
    levels: dict[int, int] = {}
    bound = None
    for above, text in reversed(list(_structure(lines, number - 1))):
        match = _KEY_LINE.fullmatch(text)
        indent = len(text) - len(text.lstrip(" "))
        if match:
            column = len(match.group(1)) + len(match.group(2))
            if bound is None or column < bound:
                levels.setdefault(column, above)
        bound = indent if bound is None else min(bound, indent)
        if bound == 0:
            break
    return levels


def _key(lines: list[str], number: int) -> str:
    return _KEY_LINE.fullmatch(lines[number].rstrip("\r\n")).group(3).strip()
