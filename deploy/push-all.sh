#!/usr/bin/env bash
# Build the API image, push it to $REGISTRY, then roll it out host by host over ssh,
# keeping at least the current replicas serving until the new ones are healthy.
# (The local part avoids bash 4 features, so it also runs with macOS's bash 3.2.)
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/push-all.sh [options]

Builds api/Dockerfile as $REGISTRY/$IMAGE_NAME:<git short sha> and :latest, pushes both,
then for each host in $DEPLOY_HOSTS (one after the other), over ssh, in $DEPLOY_DIR:
  - records PLANNIVO_IMAGE / PLANNIVO_TAG in the host's .env and pulls the image
  - docker compose up -d --no-deps --no-recreate --scale api=<old+N> api
    (N new replicas start beside the old ones)
  - waits until every new replica reports healthy (/readyz), else removes them and
    stops with an error, leaving the old replicas serving
  - stops (SIGTERM, graceful) and removes the old replicas, then
    docker compose up -d --no-deps --no-recreate --scale api=N api
On a host with no api container yet, it runs `docker compose up -d --wait` instead.

Options:
  -n, --dry-run      print the commands (and the remote script) without running them
      --tag TAG      deploy an existing tag (e.g. an older sha to roll back); no build/push
      --no-build     push and deploy an image already built locally for this commit
      --no-deploy    build and push only
      --allow-dirty  build even with uncommitted changes (tag gets a -dirty suffix)
  -h, --help         show this help

Environment:
  REGISTRY        required: registry and namespace, e.g. registry.example.com/acme
  DEPLOY_HOSTS    space-separated ssh destinations, e.g. "deploy@app1 deploy@app2"
  DEPLOY_DIR      folder on the hosts with docker-compose.yml, deploy/ and .env
                  (default /opt/plannivo)
  API_REPLICAS    api replicas per host (default 2)
  IMAGE_NAME      image name under $REGISTRY (default plannivo-api)
  PLATFORM        target platform of the build (default linux/amd64)
  SSH_OPTS        extra ssh options, e.g. "-p 2222 -i ~/.ssh/plannivo_deploy"
  HEALTH_TIMEOUT  seconds to wait for new replicas to become healthy (default 180)
  STOP_TIMEOUT    seconds an old replica gets to drain after SIGTERM (default 30)
USAGE
}

die() {
  echo "push-all: error: $*" >&2
  exit 1
}
log() { echo "push-all: $*" >&2; }

dry_run=false
build=true
push=true
deploy=true
allow_dirty=false
tag=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    -n | --dry-run)
      dry_run=true
      shift
      ;;
    --tag)
      [[ $# -ge 2 ]] || die "$1 needs a value"
      tag="$2"
      build=false
      push=false
      shift 2
      ;;
    --no-build)
      build=false
      shift
      ;;
    --no-deploy)
      deploy=false
      shift
      ;;
    --allow-dirty)
      allow_dirty=true
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

registry="${REGISTRY:-}"
[[ -n "$registry" ]] || die "REGISTRY is not set (e.g. REGISTRY=registry.example.com/acme)"
registry="${registry%/}"
image="$registry/${IMAGE_NAME:-plannivo-api}"
hosts="${DEPLOY_HOSTS:-}"
deploy_dir="${DEPLOY_DIR:-/opt/plannivo}"
replicas="${API_REPLICAS:-2}"
platform="${PLATFORM:-linux/amd64}"
health_timeout="${HEALTH_TIMEOUT:-180}"
stop_timeout="${STOP_TIMEOUT:-30}"
read -r -a ssh_opts <<<"${SSH_OPTS:-}"

[[ "$replicas" =~ ^[1-9][0-9]*$ ]] || die "API_REPLICAS must be a positive integer"
[[ "$health_timeout" =~ ^[1-9][0-9]*$ ]] || die "HEALTH_TIMEOUT must be a positive integer"
[[ "$stop_timeout" =~ ^[0-9]+$ ]] || die "STOP_TIMEOUT must be a non-negative integer"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Print a command (shell-quoted) in dry-run mode, run it otherwise.
run() {
  if $dry_run; then
    printf '+'
    printf ' %q' "$@"
    printf '\n'
  else
    "$@"
  fi
}

if [[ -z "$tag" ]]; then
  tag="$(git rev-parse --short HEAD)" || die "not a git checkout"
  # Untracked files count too: `COPY . .` would put them into the image.
  if [[ -n "$(git status --porcelain)" ]]; then
    if $allow_dirty; then
      tag="$tag-dirty"
    elif $dry_run; then
      log "warning: uncommitted changes (a real run refuses without --allow-dirty)"
    else
      die "uncommitted changes: commit them, or pass --allow-dirty"
    fi
  fi
fi

if $build; then
  log "building $image:$tag ($platform)"
  run docker build \
    --platform "$platform" \
    --file api/Dockerfile \
    --build-arg "GIT_SHA=$tag" \
    --tag "$image:$tag" \
    --tag "$image:latest" \
    .
fi

if $push; then
  log "pushing $image:$tag and $image:latest"
  run docker push "$image:$tag"
  run docker push "$image:latest"
else
  log "deploying the existing image $image:$tag (no build, no push)"
fi

# ---------------------------------------------------------------------------
# Runs ON each host (sent over ssh with `declare -f`); needs bash 4+, docker compose v2.

# Keep the deployed image in the host's .env, so every later compose command there
# (restarts, backup.sh, restore.sh) uses it. Rewritten in place to keep the file's
# owner and mode (it holds secrets).
remote_record_image() {
  local envtmp
  touch .env
  envtmp="$(mktemp .env.XXXXXX)"
  {
    grep -v -E '^(PLANNIVO_IMAGE|PLANNIVO_TAG)=' .env || true
    printf 'PLANNIVO_IMAGE=%s\nPLANNIVO_TAG=%s\n' "$1" "$2"
  } >"$envtmp"
  cat "$envtmp" >.env
  rm -f "$envtmp"
}

remote_rollout() {
  set -euo pipefail
  local dir="$1" image="$2" tag="$3" replicas="$4" health_timeout="$5" stop_timeout="$6"
  local -a old all new
  local c status pending deadline

  cd "$dir"
  [[ -f docker-compose.yml ]] || {
    echo "no docker-compose.yml in $dir" >&2
    return 1
  }

  # The exported variables win over .env for this rollout; .env is updated only once
  # the new image is known to be healthy, so a failed rollout leaves it untouched.
  export PLANNIVO_IMAGE="$image" PLANNIVO_TAG="$tag"
  docker compose pull api

  mapfile -t old < <(docker compose ps -a -q api)
  if [[ ${#old[@]} -eq 0 ]]; then
    echo "first deployment on this host: starting the whole stack"
    docker compose up -d --wait --scale "api=$replicas"
    remote_record_image "$image" "$tag"
    return 0
  fi

  echo "starting $replicas new api replica(s) beside ${#old[@]} running"
  docker compose up -d --no-deps --no-recreate --scale "api=$((${#old[@]} + replicas))" api

  mapfile -t all < <(docker compose ps -a -q api)
  mapfile -t new < <(printf '%s\n' "${all[@]}" | grep -v -x -F -f <(printf '%s\n' "${old[@]}") || true)
  [[ ${#new[@]} -gt 0 ]] || {
    echo "no new replica was created" >&2
    return 1
  }

  deadline=$((SECONDS + health_timeout))
  while :; do
    pending=0
    for c in "${new[@]}"; do
      status="$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$c")"
      case "$status" in
        healthy) ;;
        unhealthy | exited | dead)
          echo "new replica ${c:0:12} is $status; rolling back" >&2
          docker logs --tail 50 "$c" >&2 || true
          docker rm -f "${new[@]}" >/dev/null
          return 1
          ;;
        *) pending=1 ;;
      esac
    done
    [[ $pending -eq 1 ]] || break
    if [[ $SECONDS -ge $deadline ]]; then
      echo "new replicas not healthy after ${health_timeout}s; rolling back" >&2
      docker rm -f "${new[@]}" >/dev/null
      return 1
    fi
    sleep 3
  done
  echo "new replicas healthy"
  remote_record_image "$image" "$tag"

  # nginx re-resolves `api` every few seconds; a reload makes it pick up the new
  # replicas at once (harmless if nginx is not running).
  docker compose exec -T nginx nginx -s reload >/dev/null 2>&1 || true

  echo "stopping ${#old[@]} old replica(s)"
  docker stop --time "$stop_timeout" "${old[@]}" >/dev/null
  docker rm "${old[@]}" >/dev/null
  docker compose up -d --no-deps --no-recreate --scale "api=$replicas" api
  docker compose exec -T nginx nginx -s reload >/dev/null 2>&1 || true
  echo "rollout of $image:$tag done"
}

if ! $deploy; then
  log "--no-deploy: done"
  exit 0
fi
if [[ -z "${hosts// /}" ]]; then
  log "DEPLOY_HOSTS is empty: nothing to deploy"
  exit 0
fi

remote_script() {
  declare -f remote_record_image remote_rollout
  printf 'remote_rollout %q %q %q %q %q %q\n' \
    "$deploy_dir" "$image" "$tag" "$replicas" "$health_timeout" "$stop_timeout"
}

for host in $hosts; do
  log "rolling out $image:$tag on $host"
  if $dry_run; then
    printf '+ ssh'
    if [[ ${#ssh_opts[@]} -gt 0 ]]; then printf ' %q' "${ssh_opts[@]}"; fi
    printf ' %q bash -s <<'"'"'REMOTE'"'"'\n' "$host"
    remote_script
    printf 'REMOTE\n'
  else
    remote_script | ssh -o BatchMode=yes ${ssh_opts[@]+"${ssh_opts[@]}"} "$host" bash -s ||
      die "rollout failed on $host (its old replicas keep serving); later hosts were not touched"
  fi
done

log "done: $image:$tag"
