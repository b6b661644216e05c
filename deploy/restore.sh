#!/usr/bin/env bash
# Restore a dump made by deploy/backup.sh into the database of PORTAL_DATABASE_URL, replacing everything in it.
#
#   PORTAL_DATABASE_URL=postgres://portal@db.example.fi/portal deploy/restore.sh /var/backups/portal/portal-....dump
#
# The database must exist (createdb it first after a loss); whatever it holds is dropped and replaced, in one
# transaction: if anything fails, nothing changes. Stop the app servers and the worker first (docs/deployment.md),
# and run `manage.py migrate` afterwards if the code is newer than the dump.
set -euo pipefail

file="${1:?usage: deploy/restore.sh DUMP_FILE}"
: "${PORTAL_DATABASE_URL:?PORTAL_DATABASE_URL must name the database to restore into}"

# A dump that cannot be read stops the restore before anything is touched.
pg_restore --list "$file" >/dev/null
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --dbname="$PORTAL_DATABASE_URL" "$file"
echo "Restored $file"
