#!/usr/bin/env bash
# Create a self-signed TLS certificate for local or staging use:
#   deploy/certs/fullchain.pem and deploy/certs/privkey.pem (what nginx loads).
# Browsers will warn; use real certificates in production (see README.md here).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: deploy/certs/generate-self-signed.sh [-f] [-d DAYS] [HOSTNAME ...]

Writes fullchain.pem and privkey.pem (ECDSA P-256) next to this script.
HOSTNAME defaults to "localhost"; every name given becomes a subjectAltName
(127.0.0.1 and ::1 are always added).

  -d DAYS   validity in days (default 365)
  -f        overwrite existing files
  -h        show this help
USAGE
}

days=365
force=false
while getopts ':d:fh' opt; do
  case "$opt" in
    d) days="$OPTARG" ;;
    f) force=true ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

if ! [[ "$days" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: DAYS must be a positive integer" >&2
  exit 2
fi
command -v openssl >/dev/null || { echo "error: openssl not found" >&2; exit 1; }

names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(localhost)

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cert="$dir/fullchain.pem"
key="$dir/privkey.pem"

if [[ -e "$cert" || -e "$key" ]] && ! $force; then
  echo "error: $cert or $key already exists (use -f to overwrite)" >&2
  exit 1
fi

san=""
for n in "${names[@]}"; do
  san+="DNS:${n},"
done
san+="IP:127.0.0.1,IP:0:0:0:0:0:0:0:1"

umask 077
tmpkey="$(mktemp "$dir/.privkey.XXXXXX")"
tmpcert="$(mktemp "$dir/.fullchain.XXXXXX")"
trap 'rm -f "$tmpkey" "$tmpcert"' EXIT

openssl req -x509 -new -nodes \
  -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
  -sha256 -days "$days" \
  -subj "/CN=${names[0]}" \
  -addext "subjectAltName=${san}" \
  -addext "basicConstraints=critical,CA:FALSE" \
  -addext "keyUsage=critical,digitalSignature" \
  -addext "extendedKeyUsage=serverAuth" \
  -keyout "$tmpkey" -out "$tmpcert"

# nginx's master process (root) reads the key; the certificate may be world-readable.
chmod 600 "$tmpkey"
chmod 644 "$tmpcert"
mv -f "$tmpkey" "$key"
mv -f "$tmpcert" "$cert"
trap - EXIT

echo "wrote $cert"
echo "wrote $key"
openssl x509 -in "$cert" -noout -subject -enddate -ext subjectAltName 2>/dev/null || true
