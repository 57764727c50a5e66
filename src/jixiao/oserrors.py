"""Operating-system errors (file not found, no permission …) explained in Chinese.

Python's ``OSError.strerror`` is the C library's English text ("No such file or directory");
a clerk reads this instead.
"""

from __future__ import annotations

import errno

_EXPLANATIONS = {
    errno.ENOENT: "文件不存在（请检查文件名和所在文件夹）",
    errno.EACCES: "没有权限读写这个文件",
    errno.EPERM: "没有权限读写这个文件",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENODEV: "这是一个设备（如 /dev/zero、终端），不是文件",
    errno.ENOTDIR: "路径中的某一段不是文件夹",
    errno.ENOSPC: "磁盘已满",
    errno.EROFS: "这个位置只能读、不能写",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EADDRINUSE: "端口已被占用",
}


def os_error_text(error: OSError) -> str:
    """A Chinese explanation of ``error`` (its error number when none is known)."""
    return _EXPLANATIONS.get(error.errno, f"系统错误（错误号 {error.errno}）")
