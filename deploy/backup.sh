#!/usr/bin/env bash
# Back up the portal's PostgreSQL database: a compressed custom-format dump that pg_restore reads.
#
#   PORTAL_DATABASE_URL=postgres://portal@db.example.fi/portal deploy/backup.sh [DIRECTORY]
#
# Writes DIRECTORY/portal-<UTC time>.dump (default directory: $PORTAL_BACKUP_DIR or /var/backups/portal), checks
# that the dump can be read back, removes dumps older than $PORTAL_BACKUP_KEEP_DAYS days (default 30) and prints the
# file's path.
# Safe on a live database: pg_dump reads one consistent snapshot and blocks no reader or writer.
# Media files are not in the database: back up PORTAL_MEDIA_ROOT (or version the bucket), see docs/deployment.md.
set -euo pipefail

: "${PORTAL_DATABASE_URL:?PORTAL_DATABASE_URL must name the database to back up}"
directory="${1:-${PORTAL_BACKUP_DIR:-/var/backups/portal}}"
keep_days="${PORTAL_BACKUP_KEEP_DAYS:-30}"

umask 077  # the dump holds residents' personal data
mkdir -p "$directory"
file="$directory/portal-$(date -u +%Y%m%dT%H%M%SZ).dump"

# Written under a temporary name first, so a failed run never leaves a file that looks like a good backup.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial" "$PORTAL_DATABASE_URL"
pg_restore --list "$file.partial" >/dev/null
mv "$file.partial" "$file"

find "$directory" -maxdepth 1 -name 'portal-*.dump' -mtime +"$keep_days" -delete
echo "$file"
