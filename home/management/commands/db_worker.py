"""django-tasks-db's `db_worker`, made safe to kill: it recovers the tasks of dead workers and rides out outages.

Same name and options as the original (this app comes first in INSTALLED_APPS, so `manage.py db_worker` is this
one), plus `--recovery-interval`. On PostgreSQL the worker:
- holds its liveness lock for its whole life (home/worker.py);
- at start and every recovery interval, puts back in the queue the RUNNING tasks of workers that are gone;
- when the database goes away, waits and carries on instead of exiting, then requeues the task it was running;
- puts a task that failed on a passing error (database, cache, mail server) back in the queue for later.
With `--reload` (development) or on another database it is the original worker.
"""

import logging
import threading
import time

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, close_old_connections, connections
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from home.worker import WorkerLiveness, defer_after_passing_error, requeue_orphaned_tasks, supports_recovery

logger = logging.getLogger("home.worker")

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


class RetryingWorker(Worker):
    """Record a task that failed on a passing error as waiting for a later attempt, not as failed."""

    def run_task(self, db_task_result):
        record_failure = db_task_result.set_failed

        def set_failed(error):
            if not defer_after_passing_error(db_task_result, error):
                record_failure(error)

        # The original run_task calls set_failed for any error; deciding there keeps its signals and bookkeeping.
        db_task_result.set_failed = set_failed
        super().run_task(db_task_result)


class RecoveringWorker(RetryingWorker):
    def __init__(self, *, recovery_interval, **kwargs):
        super().__init__(**kwargs)
        self.recovery_interval = recovery_interval
        self.liveness = WorkerLiveness(self.worker_id)
        self.stopped = threading.Event()

    def recover(self, *, own_tasks=False):
        self.liveness.hold()
        requeue_orphaned_tasks(backend_name=self.backend_name, own_worker_id=self.worker_id if own_tasks else None)

    def monitor(self):
        """Renew the liveness lock and requeue orphaned tasks, in the background, until the worker stops."""
        while not self.stopped.wait(self.recovery_interval):
            try:
                self.recover()
            except DATABASE_UNAVAILABLE as error:
                logger.warning("Task recovery check failed (%s); trying again later", type(error).__name__)
            finally:
                connections.close_all()

    def run(self):
        self.recover()
        threading.Thread(target=self.monitor, name="task-recovery", daemon=True).start()
        try:
            while True:
                try:
                    return super().run()
                except DATABASE_UNAVAILABLE as error:
                    pause = max(self.interval, 1) * 5
                    logger.warning("Database unavailable (%s); worker pauses %s s", type(error).__name__, pause)
                    self.running_task = False
                    time.sleep(pause)
                    close_old_connections()
                    try:
                        # Whatever this worker was running when the database went is not running any more.
                        self.recover(own_tasks=True)
                    except DATABASE_UNAVAILABLE:
                        continue
        finally:
            self.stopped.set()
            self.liveness.release()


class Command(DatabaseWorkerCommand):
    help = "Run the database task worker; it recovers the tasks of workers that died and waits out outages."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--recovery-interval",
            type=float,
            default=60,
            help="Seconds between checks for tasks left running by dead workers (default: %(default)s).",
        )

    def handle(self, **options):
        if options["reload"] or not supports_recovery(DEFAULT_DB_ALIAS):
            return super().handle(**options)
        self.configure_logging(options["verbosity"])
        if options["batch"]:
            logger.info("Batch mode: the worker exits when the queue is empty.")
        queue_names = options["queue_name"].split(",")
        excluded_queue_names = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = RecoveringWorker(
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded_queue_names,
            recovery_interval=options["recovery_interval"],
        )
        worker.configure_signals()
        worker.run()
