"""The throughput benchmark runs end to end (``--quick``); nothing here is about speed."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmark_runs_and_prints_the_ratio():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--quick"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "ratio extraction/tokenizer:" in out.stdout
