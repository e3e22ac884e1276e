#!/usr/bin/env bash
# Builds Examples/AquanowService, starts it on a free loopback port, sends valid and invalid create-customer
# calls with curl, checks the answers (200 with the customer; 400 application/problem+json with every issue)
# and stops it. Exit status 0 when every check passes.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/Examples/AquanowService"
log="$(mktemp)"
service_pid=""

cleanup() {
    if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
        kill "$service_pid"
        wait "$service_pid" 2>/dev/null || true
    fi
    rm -f "$log"
}
trap cleanup EXIT

fail() {
    echo "test-example-service: FAIL: $*" >&2
    exit 1
}

swift build --package-path "$example" --product AquanowService
binary="$(swift build --package-path "$example" --product AquanowService --show-bin-path)/AquanowService"

"$binary" --spec "$root/specs/aquanow.yaml" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
service_pid=$!

base=""
for _ in $(seq 1 100); do
    base="$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$log")"
    [[ -n "$base" ]] && break
    kill -0 "$service_pid" 2>/dev/null || fail "the service exited: $(cat "$log")"
    sleep 0.1
done
[[ -n "$base" ]] || fail "the service did not start within 10 s: $(cat "$log")"
echo "service at $base"

# post BODY CONTENT-TYPE: prints the status, then the content type, then the body, one per line.
post() {
    curl --silent --show-error --max-time 10 -X POST "$base/api/v1/customers" \
        -H "Content-Type: $2" -H "Authorization: Bearer test" --data-binary "$1" \
        --write-out '\n%{http_code}\n%{content_type}' 
}

expect_answer() { # name, answer, status, content type, python check of the JSON body
    local name="$1" answer="$2" status="$3" type="$4" check="$5"
    local got_status got_type body
    got_type="$(tail -n 1 <<<"$answer")"
    got_status="$(tail -n 2 <<<"$answer" | head -n 1)"
    body="$(head -n -2 <<<"$answer")"
    [[ "$got_status" == "$status" ]] || fail "$name: status $got_status, expected $status: $body"
    [[ "$got_type" == "$type" ]] || fail "$name: content type $got_type, expected $type"
    python3 -c "import json, sys; body = json.loads(sys.argv[1]); assert $check, body" "$body" \
        || fail "$name: unexpected body: $body"
    echo "ok: $name"
}

valid='{"referenceId": "c-1", "fullName": "John Doe", "nationality": "Canada", "placeOfBirth": "Toronto, Canada",
  "dateOfBirth": "1990-05-17", "sanctionsScreeningCompleted": "YES", "sanctionsScreeningCompletedAt": "2024-09-10T22:26:49.739Z",
  "pepScreeningCompleted": "NO", "livenessCheckCompleted": "NO"}'
expect_answer "valid customer" "$(post "$valid" application/json)" 200 application/json \
    'body["referenceId"] == "c-1" and body["customerStatus"] == "ONBOARDING" and len(body["customerId"]) == 36'

invalid='{"referenceId": "", "fullName": "John Doe", "nationality": "Atlantis", "placeOfBirth": "Toronto",
  "dateOfBirth": "1990-02-30", "sanctionsScreeningCompleted": "YES", "pepScreeningCompleted": "MAYBE", "livenessCheckCompleted": "NO"}'
expect_answer "invalid customer" "$(post "$invalid" application/json)" 400 application/problem+json \
    'body["status"] == 400 and body["title"] == "Bad Request" and {(i["pointer"], i["code"]) for i in body["issues"]} >= {("/body/referenceId", "minLength"), ("/body/nationality", "format"), ("/body/dateOfBirth", "format"), ("/body/pepScreeningCompleted", "enum"), ("/body", "required")} and any("sanctionsScreeningCompletedAt" in i["message"] for i in body["issues"])'

expect_answer "malformed JSON" "$(post '{"fullName": ' application/json)" 400 application/problem+json \
    '[i["code"] for i in body["issues"]] == ["syntax"]'

expect_answer "undeclared content type" "$(post 'fullName=John' text/plain)" 400 application/problem+json \
    '[i["pointer"] for i in body["issues"]] == ["/header/Content-Type"]'

echo "test-example-service: all checks passed"
