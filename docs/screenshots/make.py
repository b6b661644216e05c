"""Take the screenshots of docs/screenshots/: the home page, an experiment and the catalog, in Finnish, on a phone
(390 px) and a desktop (1280 px), each the first screen a person sees. `make screenshots` runs it.

It loads the demo into a database of its own in a temporary folder, serves it with runserver on a free port, and
photographs it with the machine's Chromium through Playwright, so that the pictures show exactly what the demo shows
and a change in the look can be reviewed as a change in these files.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
# Debian's Chromium in a container: no sandbox, no GPU, and nothing fetched from the network on its own.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
WIDTHS = {"phone": (390, 844), "desktop": (1280, 800)}
LANGUAGE = "fi"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(*args, env):
    # Our own manage.py with arguments written here: nothing from outside reaches the command line.
    command = [sys.executable, "manage.py", *args]
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (our own local server)
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"The demo server did not answer at {url}.")


def addresses(env):
    """Return {name: path} of the pages to photograph, asked of the demo database itself."""
    script = (
        "from experiments.models import ExperimentIndexPage, ExperimentPage\n"
        f"catalog = ExperimentIndexPage.objects.get(locale__language_code='{LANGUAGE}')\n"
        f"experiment = ExperimentPage.objects.get(locale__language_code='{LANGUAGE}', title__contains='Runsor')\n"
        "print('URL', catalog.url); print('URL', experiment.url)\n"
    )
    result = subprocess.run(  # noqa: S603 (our own manage.py and script)
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    # The shell may print lines of its own (the models it imports): only ours start with "URL".
    catalog, experiment = (line.split()[1] for line in result.stdout.decode().splitlines() if line.startswith("URL "))
    return {"home": f"/{LANGUAGE}/", "experiment": experiment, "catalog": catalog}


def photograph(base_url, pages):
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for device, (width, height) in WIDTHS.items():
            context = browser.new_context(
                viewport={"width": width, "height": height}, locale="fi-FI", reduced_motion="reduce"
            )
            page = context.new_page()
            for name, path in pages.items():
                page.goto(base_url + path, wait_until="networkidle")
                page.evaluate("document.fonts.ready")
                target = OUT / f"{LANGUAGE}-{name}-{device}.png"
                page.screenshot(path=target, full_page=False)
                written.append(target)
            context.close()
        browser.close()
    return written


def main():
    with tempfile.TemporaryDirectory(prefix="portal-screenshots-") as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "PORTAL_DATABASE_URL": f"sqlite:///{folder}/demo.sqlite3",
            "PORTAL_MEDIA_ROOT": f"{folder}/media",
        }
        print("Loading the demo into a database of its own (a minute or two)…")
        manage("migrate", "--noinput", env=env)
        manage("load_demo_content", env=env)
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        manage("set_site_address", base_url, env=env)
        server = subprocess.Popen(  # noqa: S603 (our own manage.py)
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(f"{base_url}/{LANGUAGE}/")
            written = photograph(base_url, addresses(env))
        finally:
            server.terminate()
            server.wait(timeout=30)
    total = sum(path.stat().st_size for path in written)
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.0f} KB")
    print(f"{len(written)} screenshots, {total / 1024:.0f} KB in all.")


if __name__ == "__main__":
    main()
