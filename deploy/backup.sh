#!/usr/bin/env bash
# Back up the Plannivo database (pg_dump, custom format) from the running compose stack,
# optionally the uploaded-files volume too, and delete backups older than N days.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/backup.sh [-o DIR] [-k DAYS] [--files] [-h]

Dumps the database of the `postgres` compose service with pg_dump --format=custom to
  DIR/plannivo-<UTC timestamp>.dump
checks the dump with pg_restore --list, then deletes plannivo-*.dump (and
plannivo-files-*.tar.gz) in DIR older than DAYS days.

Options:
  -o, --output DIR     backup folder (default: $BACKUP_DIR, else <repo>/backups)
  -k, --keep-days N    retention in days, 0 keeps everything
                       (default: $BACKUP_RETENTION_DAYS, else 14)
      --files          also archive the uploaded files (FILES_DIR volume) to
                       DIR/plannivo-files-<UTC timestamp>.tar.gz
  -h, --help           show this help

Environment:
  COMPOSE              compose command (default: "docker compose"), e.g.
                       COMPOSE="docker compose --env-file /etc/plannivo/.env"

Example crontab line (daily at 03:15):
  15 3 * * * /opt/plannivo/deploy/backup.sh --files >>/var/log/plannivo-backup.log 2>&1
USAGE
}

die() {
  echo "backup: error: $*" >&2
  exit 1
}
log() { echo "backup: $(date -u +%FT%TZ) $*"; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BACKUP_DIR:-$root/backups}"
keep_days="${BACKUP_RETENTION_DAYS:-14}"
with_files=false

while [[ $# -gt 0 ]]; do
  case "$1" in
    -o | --output)
      [[ $# -ge 2 ]] || die "$1 needs a value"
      out="$2"
      shift 2
      ;;
    -k | --keep-days)
      [[ $# -ge 2 ]] || die "$1 needs a value"
      keep_days="$2"
      shift 2
      ;;
    --files)
      with_files=true
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
done

[[ "$keep_days" =~ ^[0-9]+$ ]] || die "DAYS must be a non-negative integer, got '$keep_days'"

read -r -a compose <<<"${COMPOSE:-docker compose}"
cd "$root"

umask 077
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# One backup at a time (cron overlap, manual run during the nightly one).
if command -v flock >/dev/null; then
  exec 9>"$out/.backup.lock"
  flock -n 9 || die "another backup is running (lock: $out/.backup.lock)"
fi

ts="$(date -u +%Y%m%dT%H%M%SZ)"
dump="$out/plannivo-$ts.dump"
partial="$out/.plannivo-$ts.dump.partial"
files_archive="$out/plannivo-files-$ts.tar.gz"
files_partial="$out/.plannivo-files-$ts.tar.gz.partial"
trap 'rm -f "$partial" "$files_partial"' EXIT

log "dumping database to $dump"
# Single quotes on purpose: POSTGRES_USER/POSTGRES_DB expand inside the container.
# shellcheck disable=SC2016
"${compose[@]}" exec -T postgres sh -c \
  'exec pg_dump -U "$POSTGRES_USER" -d "$POSTGRES_DB" --format=custom --compress=6' \
  >"$partial"
[[ -s "$partial" ]] || die "pg_dump produced an empty file"

# A truncated or corrupt dump fails here rather than on the day it is needed.
"${compose[@]}" exec -T postgres pg_restore --list >/dev/null <"$partial" ||
  die "pg_restore cannot read the new dump; kept nothing"
mv -f "$partial" "$dump"
log "database dump ok ($(du -h "$dump" | cut -f1))"

if $with_files; then
  log "archiving uploaded files to $files_archive"
  # A one-off container of the api image with the files volume (works while the api
  # replicas are running or stopped).
  "${compose[@]}" run --rm --no-deps -T --entrypoint tar api \
    -C /data/files -czf - . >"$files_partial"
  [[ -s "$files_partial" ]] || die "files archive is empty"
  gzip -t "$files_partial" || die "files archive is corrupt"
  mv -f "$files_partial" "$files_archive"
  log "files archive ok ($(du -h "$files_archive" | cut -f1))"
fi

if [[ "$keep_days" -gt 0 ]]; then
  log "deleting backups older than $keep_days days in $out"
  find "$out" -maxdepth 1 -type f \
    \( -name 'plannivo-*.dump' -o -name 'plannivo-files-*.tar.gz' \) \
    -mmin +$((keep_days * 1440)) -print -delete
fi

log "done"
