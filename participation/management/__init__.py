"""Management commands of the participation app, meant for cron."""
