"""jixiao (绩效): turn a department's budget-performance filing, written as YAML,
into the official 部门预算绩效文本 and its sister forms, as HTML and PDF."""

__version__ = "0.1.0"
