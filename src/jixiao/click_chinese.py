"""Click in Chinese: help pages, usage errors and every string click writes by itself.

Click marks its user-facing strings for translation with ``gettext`` (``_("Usage:")``,
``ngettext(...)``), calling the functions each of its modules imported from :mod:`gettext`.
The standard way to translate them, a compiled ``.mo`` catalog found through the
environment's language variables, would make the clerk's screen depend on ``LANG``.
Instead :func:`install` gives click's modules a translation object of their own whose
catalog is :data:`CATALOG` below: jixiao speaks Chinese whatever the locale.

The few English words click writes without gettext (the ``[OPTIONS]`` and
``COMMAND [ARGS]...`` placeholders of the usage line) are set by :class:`ChineseGroup` and
:class:`ChineseCommand`.
"""

from __future__ import annotations

import gettext
import importlib

import click

# click's English message → Chinese. A plural message is keyed by its (singular, plural) pair.
CATALOG: dict[str | tuple[str, str], str | tuple[str, str]] = {
    # help pages
    "Usage:": "用法:",
    "Options": "选项",
    "Positional arguments": "参数",
    "Commands": "命令",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "deprecated": "已停用",
    "Show this message and exit.": "显示本帮助，然后退出。",
    "Show the version and exit.": "显示版本号，然后退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    # usage errors
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看用法。",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "No such option {name!r}.": "没有选项 {name!r}。",
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("是否想写 {possibility}？", "（是否想写其中之一：{possibilities}？）"),
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("多了参数（{args}）", "多了参数（{args}）"),
    "Invalid value: {message}": "取值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的取值无效：{message}",
    "Option {name!r} does not take a value.": "选项 {name!r} 后面不能写值。",
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("选项 {name!r} 后面要写一个值。", "选项 {name!r} 后面要写 {nargs} 个值。"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} 不是 {choice}。", "{value!r} 不是 {choices} 之一。"),
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的数字。",
    "{value} is not in the range {range}.": "{value} 不在允许的范围（{range}）内。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件，这里要的是文件夹。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹，这里要的是文件。",
    "{name} {filename!r} is not readable.": "没有权限读取{name} {filename!r}。",
    "{name} {filename!r} is not writable.": "没有权限写入{name} {filename!r}。",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}：{message}",
    "unknown error": "未知错误",
    "Aborted!": "已中止。",
}

# click's modules that translate user-facing strings through gettext.
_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")


class CatalogTranslations(gettext.NullTranslations):
    """A gettext translation whose messages come from a dict (untranslated ones pass through)."""

    def __init__(self, catalog: dict):
        super().__init__()
        self._catalog = catalog

    def gettext(self, message: str) -> str:
        return self._catalog.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self._catalog.get((singular, plural), (singular, plural))
        return forms[0] if n == 1 else forms[1]


def install() -> None:
    """Make click write its own strings in Chinese (idempotent)."""
    translations = CatalogTranslations(CATALOG)
    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = translations.gettext
        if hasattr(module, "ngettext"):
            module.ngettext = translations.ngettext


class Range(click.IntRange):
    """A closed range of integers described in words (``1 及以上``, ``0 到 65535``), not as
    click's ``x>=1`` and ``0<=x<=65535``."""

    def _describe_range(self) -> str:
        if self.max is None:
            return f"{self.min} 及以上"
        return f"{self.min} 到 {self.max}"


class ChineseCommand(click.Command):
    """A command whose usage line reads ``用法：jixiao build [选项] …`` and whose missing
    argument is named in Chinese quotes (click writes ``'文件或文件夹...'.``)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.MissingParameter as missing:
            if missing.param is None:
                raise
            param = missing.param
            name = " / ".join(param.opts) if isinstance(param, click.Option) else param.make_metavar(ctx).rstrip(".")
            kind = "选项" if isinstance(param, click.Option) else "参数"
            raise click.UsageError(f"缺少{kind}「{name}」。", ctx) from None


class ChineseGroup(click.Group):
    """A group whose usage line reads ``用法：jixiao [选项] 命令 [参数]...``; its
    subcommands are :class:`ChineseCommand`."""

    command_class = ChineseCommand

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)


# Settings for the top-level group: -h as well as --help, option defaults shown in help.
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "show_default": True}
