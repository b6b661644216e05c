"""Rebuild pypi.json, the offline advisory snapshot, from a checkout of https://github.com/pypa/advisory-database.

Usage (needs PyYAML, e.g. in a throwaway virtualenv):
    git clone --depth 1 https://github.com/pypa/advisory-database /tmp/advisory-database
    python .ci/advisories/refresh.py /tmp/advisory-database

Only what the check needs is kept: each advisory's id, aliases, fixed versions and affected ranges (or versions).
The advisories are the PyPA's, under CC-BY 4.0; the snapshot names its source commit.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def main(checkout):
    checkout = Path(checkout)
    # A maintainer's tool on their own checkout: git from PATH is what they use.
    command = ["git", "-C", str(checkout), "log", "-1", "--format=%H %cs"]  # noqa: S607
    result = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    commit, date = result.stdout.split()
    packages = {}
    for path in sorted((checkout / "vulns").glob("*/*.yaml")):
        advisory = yaml.safe_load(path.read_text())
        if advisory.get("withdrawn"):
            continue
        for affected in advisory.get("affected", []):
            package = affected.get("package", {})
            if package.get("ecosystem") != "PyPI":
                continue
            ranges = [r["events"] for r in affected.get("ranges", []) if r.get("type") == "ECOSYSTEM"]
            fixed = sorted({e["fixed"] for events in ranges for e in events if "fixed" in e})
            packages.setdefault(normalise(package["name"]), []).append(
                {
                    "id": advisory["id"],
                    "aliases": advisory.get("aliases", []),
                    "ranges": ranges,
                    # The ranges say it all where there are ranges; the version list is for advisories without.
                    "versions": [] if ranges else [str(v) for v in affected.get("versions", [])],
                    "fixed": fixed,
                }
            )
    snapshot = {
        "source": "https://github.com/pypa/advisory-database",
        "commit": commit,
        "date": date,
        "licence": "CC-BY-4.0",
        "packages": packages,
    }
    target = Path(__file__).with_name("pypi.json")
    target.write_text(json.dumps(snapshot, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{target}: {sum(map(len, packages.values()))} advisories for {len(packages)} packages, as of {date}")


if __name__ == "__main__":
    main(sys.argv[1])
