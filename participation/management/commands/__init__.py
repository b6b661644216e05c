"""Commands: `send_workshop_reminders` and `anonymise_workshop_signups` (run daily from cron)."""
