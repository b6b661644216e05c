"""The integration tests' stack: real processes on loopback, a PostgreSQL database and a Redis database of their own.

They need PostgreSQL (PORTAL_DATABASE_URL=postgres://...; the tests create and drop databases named after it with an
`_it_` infix) and Redis (PORTAL_INTEGRATION_REDIS_URL, default redis://127.0.0.1:6379/3; keys live under a prefix
of their own and are removed afterwards). Without them the tests are skipped and say why; with
PORTAL_REQUIRE_INTEGRATION=1 (CI's PostgreSQL pass) they fail instead.
"""

import os
import shutil

import pytest
import redis

from tests.integration.harness import (
    Postgres,
    SmtpSink,
    Stack,
    TcpProxy,
    clear_cache_keys,
    manage,
    production_environment,
)

REDIS_URL = os.environ.get("PORTAL_INTEGRATION_REDIS_URL", "redis://127.0.0.1:6379/3")


def missing_prerequisite():
    """Return why the stack cannot run here, or None."""
    url = os.environ.get("PORTAL_DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return "the production-shaped stack needs PostgreSQL: set PORTAL_DATABASE_URL=postgres://... (this run uses SQLite)"
    try:
        Postgres(url).ping()
    except Exception as error:
        return f"PostgreSQL of PORTAL_DATABASE_URL is unreachable ({type(error).__name__})"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as error:
        return f"Redis at {REDIS_URL} is unreachable ({type(error).__name__})"
    for tool in ("pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@pytest.fixture(scope="session")
def postgres():
    reason = missing_prerequisite()
    if reason and os.environ.get("PORTAL_REQUIRE_INTEGRATION") == "1":
        pytest.fail(f"PORTAL_REQUIRE_INTEGRATION=1 but {reason}", pytrace=False)
    if reason:
        pytest.skip(reason)
    return Postgres(os.environ["PORTAL_DATABASE_URL"])


@pytest.fixture(scope="session")
def work_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("stack")


@pytest.fixture(scope="session")
def migrated_template(postgres, work_dir):
    """A database migrated once, with the demo content in three languages; copied for each use."""
    name = f"{postgres.base_name}_it_template"
    postgres.create(name)
    key_prefix = f"it-template-{os.getpid()}"
    env = production_environment(
        PORTAL_DATABASE_URL=postgres.url(name),
        PORTAL_REDIS_URL=REDIS_URL,
        PORTAL_CACHE_KEY_PREFIX=key_prefix,
        PORTAL_MEDIA_ROOT=str(work_dir / "media"),
    )
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    clear_cache_keys(REDIS_URL, key_prefix)
    yield name
    postgres.drop(name)


@pytest.fixture(scope="session")
def smtp():
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def stack(postgres, migrated_template, smtp, work_dir):
    """Two gunicorn app servers and the task worker, started from the Procfile with production settings."""
    database = f"{postgres.base_name}_it_stack"
    postgres.create(database, template=migrated_template)
    proxy = TcpProxy(postgres.port, target_host=postgres.host)
    proxy.start()
    stack = Stack(postgres=postgres, database=database, proxy=proxy, redis_url=REDIS_URL, smtp=smtp, work_dir=work_dir)
    try:
        stack.prepare()
        stack.start_all()
        yield stack
    finally:
        stack.stop_all()
        proxy.stop()
        stack.clear_cache_keys()
        postgres.drop(database)


@pytest.fixture
def database_back_after_test(stack):
    """Let a test take the database away; bring it back afterwards whatever happened."""
    yield stack.proxy
    if not stack.proxy.running:
        stack.proxy.start()
