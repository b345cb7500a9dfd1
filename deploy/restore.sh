#!/usr/bin/env bash
# Restore a Plannivo database dump (made by deploy/backup.sh) into the compose stack.
# The API replicas are stopped for the duration and started again afterwards.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/restore.sh [-y] [--files ARCHIVE] [--flush-redis] DUMP

Replaces the database of the `postgres` compose service with the contents of DUMP
(a pg_dump --format=custom file, e.g. backups/plannivo-20250101T031500Z.dump):

  1. stops the api replicas (nginx keeps running and answers 502 meanwhile)
  2. drops and recreates the database, then pg_restore --single-transaction
  3. optionally replaces the uploaded files and flushes Redis
  4. starts the stack again (same number of api replicas); on start the api applies
     any migrations newer than the dump

Options:
  -y, --yes              do not ask for confirmation
      --files ARCHIVE    also replace the uploaded files (FILES_DIR volume) with a
                         plannivo-files-*.tar.gz made by backup.sh --files
      --flush-redis      empty Redis (queued jobs, caches, rate-limit counters), which
                         may refer to rows that no longer exist after the restore
  -h, --help             show this help

Environment:
  COMPOSE                compose command (default: "docker compose")
USAGE
}

die() {
  echo "restore: error: $*" >&2
  exit 1
}
log() { echo "restore: $(date -u +%FT%TZ) $*"; }

assume_yes=false
flush_redis=false
files_archive=""
dump=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    -y | --yes)
      assume_yes=true
      shift
      ;;
    --files)
      [[ $# -ge 2 ]] || die "$1 needs a value"
      files_archive="$2"
      shift 2
      ;;
    --flush-redis)
      flush_redis=true
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*)
      usage >&2
      exit 2
      ;;
    *)
      [[ -z "$dump" ]] || die "only one DUMP may be given"
      dump="$1"
      shift
      ;;
  esac
done

[[ -n "$dump" ]] || {
  usage >&2
  exit 2
}
[[ -f "$dump" && -r "$dump" ]] || die "cannot read dump file '$dump'"
if [[ -n "$files_archive" ]]; then
  [[ -f "$files_archive" && -r "$files_archive" ]] || die "cannot read files archive '$files_archive'"
  gzip -t "$files_archive" || die "files archive '$files_archive' is corrupt"
fi

# Absolute paths before changing directory.
dump="$(cd "$(dirname "$dump")" && pwd)/$(basename "$dump")"
if [[ -n "$files_archive" ]]; then
  files_archive="$(cd "$(dirname "$files_archive")" && pwd)/$(basename "$files_archive")"
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a compose <<<"${COMPOSE:-docker compose}"
cd "$root"

if ! $assume_yes; then
  [[ -t 0 ]] || die "not a terminal: pass --yes to confirm"
  echo "This REPLACES the Plannivo database with: $dump"
  [[ -z "$files_archive" ]] || echo "and REPLACES all uploaded files with:     $files_archive"
  if $flush_redis; then echo "and FLUSHES Redis."; fi
  echo "The API is unavailable until the restore has finished."
  read -r -p "Type 'restore' to continue: " answer
  [[ "$answer" == "restore" ]] || die "aborted"
fi

log "making sure postgres is up"
"${compose[@]}" up -d --wait postgres

log "checking the dump"
"${compose[@]}" exec -T postgres pg_restore --list >/dev/null <"$dump" ||
  die "pg_restore cannot read '$dump'; nothing was changed"

# Remember how many replicas were running, to start the same number again.
replicas="$("${compose[@]}" ps -q api | wc -l | tr -d ' ')"

log "stopping the api ($replicas running)"
"${compose[@]}" stop api

log "recreating the database"
# Single quotes on purpose: the variables expand inside the container.
# shellcheck disable=SC2016
"${compose[@]}" exec -T postgres sh -c \
  'dropdb -U "$POSTGRES_USER" --if-exists --force "$POSTGRES_DB" &&
   createdb -U "$POSTGRES_USER" -O "$POSTGRES_USER" "$POSTGRES_DB"'

log "restoring $dump"
# shellcheck disable=SC2016
"${compose[@]}" exec -T postgres sh -c \
  'exec pg_restore -U "$POSTGRES_USER" -d "$POSTGRES_DB" --no-owner --exit-on-error --single-transaction' \
  <"$dump"

if [[ -n "$files_archive" ]]; then
  log "replacing uploaded files from $files_archive"
  "${compose[@]}" run --rm --no-deps -T --entrypoint sh api -c \
    'find /data/files -mindepth 1 -delete && tar -C /data/files -xzf -' \
    <"$files_archive"
fi

if $flush_redis; then
  log "flushing redis"
  # shellcheck disable=SC2016
  "${compose[@]}" exec -T redis sh -c 'REDISCLI_AUTH="$REDIS_PASSWORD" redis-cli FLUSHALL'
fi

log "starting the stack"
# Whole stack, so a restore onto a fresh host also brings up redis and nginx; services
# already running are left alone.
if [[ "$replicas" -gt 0 ]]; then
  "${compose[@]}" up -d --wait --scale "api=$replicas"
else
  "${compose[@]}" up -d --wait
fi

log "done"
