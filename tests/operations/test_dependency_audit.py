"""CI's offline dependency audit finds a known-vulnerable release and passes a patched one."""

import importlib.util
from pathlib import Path

CHECK = Path(__file__).resolve().parents[2] / ".ci" / "advisories" / "check.py"


def load_check():
    spec = importlib.util.spec_from_file_location("advisory_check", CHECK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_django_with_a_published_sql_injection_fails_the_audit(tmp_path, capsys):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("Django==4.2.14\nwagtail==5.2.1\n")

    assert load_check().main(requirements) == 1
    report = capsys.readouterr().out
    assert "VULNERABLE django 4.2.14: PYSEC-2024-70 CVE-2024-42005 (fixed in 4.2.15, 5.0.8)" in report
    assert "VULNERABLE wagtail 5.2.1" in report


def test_patched_releases_pass_and_the_snapshot_date_is_printed(tmp_path, capsys):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("Django==4.2.16\nwagtail==6.1.3\n")

    assert load_check().main(requirements) == 0
    assert "2 packages against the PyPA advisory database as of 20" in capsys.readouterr().out


def test_ranges_follow_osv_semantics():
    check = load_check()
    version = check.Version
    ranges = [[{"introduced": "0"}, {"fixed": "1.2"}, {"introduced": "2.0"}, {"last_affected": "2.1"}]]
    assert check.in_ranges(version("1.1"), ranges)
    assert not check.in_ranges(version("1.2"), ranges)
    assert check.in_ranges(version("2.1"), ranges)
    assert not check.in_ranges(version("2.2"), ranges)
    assert check.in_ranges(version("5.0"), [[{"introduced": "3.0"}]])
