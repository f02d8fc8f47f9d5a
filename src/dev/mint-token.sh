#!/usr/bin/env bash
# Mints a bearer token signed with the dev-only key, for dev mode and GraphiQL:
#   src/dev/mint-token.sh                  an editor's token, subject "dev-editor"
#   src/dev/mint-token.sh admin alice      an admin's token for "alice"
# The key pair beside this script is trusted in the dev and test profiles only.
set -euo pipefail
role=${1:-editor}
subject=${2:-dev-$role}
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://analyst.dev","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
  "$subject" "$subject" "$role" "$now" $((now + 8 * 3600)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/dev-private-key.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
