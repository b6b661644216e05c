"""Check pinned requirements against the offline advisory snapshot (pypi.json, from the PyPA advisory database).

Usage: python .ci/advisories/check.py requirements.txt   (lines "name==version", as `pip freeze` writes them)

The machine CI runs on reaches PyPI's package index but not its per-release vulnerability data, so pip-audit can
check nothing there; this is the offline equivalent. It exits 1 on a known-vulnerable version. Refresh the snapshot
with refresh.py: it is only as current as its date, which every run prints.
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

from packaging.version import InvalidVersion, Version


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def version_or_none(text):
    try:
        return Version(text)
    except InvalidVersion:
        return None


def in_ranges(version, ranges):
    """Return whether `version` falls in any OSV ECOSYSTEM range (introduced / fixed / last_affected events)."""
    for events in ranges:
        start = None
        for event in events:
            if "introduced" in event:
                start = Version("0") if event["introduced"] == "0" else version_or_none(event["introduced"])
            elif "fixed" in event or "last_affected" in event:
                end = version_or_none(event.get("fixed") or event.get("last_affected"))
                if start is not None and end is not None and start <= version:
                    if version < end or ("last_affected" in event and version == end):
                        return True
                start = None
        if start is not None and start <= version:
            return True
    return False


def is_affected(version, advisory):
    if any(version_or_none(listed) == version for listed in advisory["versions"]):
        return True
    return in_ranges(version, advisory["ranges"])


def pinned(requirements):
    for line in Path(requirements).read_text().splitlines():
        name, separator, version = line.strip().partition("==")
        if separator and version_or_none(version) is not None:
            yield normalise(name), Version(version)


def main(requirements):
    snapshot = json.loads(Path(__file__).with_name("pypi.json").read_text())
    found = []
    checked = 0
    for name, version in pinned(requirements):
        checked += 1
        for advisory in snapshot["packages"].get(name, []):
            if is_affected(version, advisory):
                found.append((name, version, advisory))
    for name, version, advisory in found:
        fixed = ", ".join(advisory["fixed"]) or "no fixed release"
        aliases = ", ".join(advisory["aliases"])
        print(f"VULNERABLE {name} {version}: {advisory['id']} {aliases} (fixed in {fixed})")
    age = (date.today() - date.fromisoformat(snapshot["date"])).days
    print(
        f"Offline advisory check: {checked} packages against the PyPA advisory database as of {snapshot['date']} "
        f"({age} days old; commit {snapshot['commit'][:12]}), {len(found)} known vulnerabilities."
    )
    return 1 if found or not checked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
