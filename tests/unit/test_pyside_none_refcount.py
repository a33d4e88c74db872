"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method call and the
process aborts ("none_dealloc"). This guards the version pin in pyproject.toml."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QPainterPath
path = QPainterPath()
for i in range(20_000):
    path.moveTo(i, i)
    path.addRect(0, 0, 1, 1)
print("ok")
"""


def test_void_methods_do_not_leak_none() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
