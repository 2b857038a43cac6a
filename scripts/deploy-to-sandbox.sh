#!/usr/bin/env bash
# Installs the Trustworthy Sync package into a sandbox with the sf CLI:
#   1. deploys force-app (running the package's own Apex tests),
#   2. assigns the three permission sets,
#   3. points the Trustworthy_Companion named credential at the companion,
#   4. stores the companion's API secret on the external credential's principal,
#   5. prints what to enter in the Connected App / External Client App.
# Every step says what it does and stops the script with the real status when it fails.
#
# Usage: scripts/deploy-to-sandbox.sh <org alias or username>
#
# Environment:
#   TRUSTWORTHY_COMPANION_URL        required, https URL Salesforce calls the companion at
#   TRUSTWORTHY_COMPANION_SECRET     required, the companion's COMPANION_API_SECRET (never printed)
#   TRUSTWORTHY_INTEGRATION_USERNAME required, the user the companion signs in to Salesforce as
#   TRUSTWORTHY_VIEWER_USERNAMES     optional, comma-separated users who only see record status
#   TRUSTWORTHY_PUBLIC_URL           optional, the companion's public base URL for OAuth
#                                    (defaults to TRUSTWORTHY_COMPANION_URL)
#   TEST_LEVEL                       optional, sf deploy test level (default: the package's tests)
#   SF                               optional, the sf command (default: sf)

set -euo pipefail

readonly API_VERSION='v62.0'
readonly CREDENTIAL='Trustworthy_Companion'
readonly PRINCIPAL='Companion'
readonly PACKAGE_TESTS=(TrustworthyCompanionClientTest TrustworthySetupControllerTest TrustworthyRecordStatusControllerTest)
readonly SF_COMMAND="${SF:-sf}"

step_number=0

step() {
    step_number=$((step_number + 1))
    printf '\n==> Step %d: %s\n' "$step_number" "$1"
}

fail() {
    if [[ $step_number -eq 0 ]]; then
        printf 'FAILED before step 1: %s\n' "$1" >&2
    else
        printf 'FAILED (step %d): %s\n' "$step_number" "$1" >&2
    fi
    exit 1
}

require_env() {
    local name="$1"
    if [[ -z "${!name:-}" ]]; then
        fail "environment variable $name is not set"
    fi
}

# Calls a Salesforce REST resource through the sf CLI. The body comes from the function
# named in $3 through a pipe, so no value (the secret included) appears in a command line
# or a file. Sets REPLY_STATUS and REPLY_BODY; the CLI's own messages are shown on failure.
rest_call() {
    local method="$1" resource="$2" body_source="$3"
    local output messages

    output="$(mktemp)"
    messages="$(mktemp)"
    chmod 600 "$output" "$messages"

    "$body_source" | "$SF_COMMAND" api request rest "/services/data/$API_VERSION/$resource" \
        --target-org "$ORG" --method "$method" --include --body - >"$output" 2>"$messages" || true

    REPLY_STATUS="$(head -n 1 "$output" | awk '/^HTTP\// { print $2 }')"
    REPLY_BODY="$(awk 'found || /^[[{]/ { found = 1; print }' "$output")"

    if [[ -z "$REPLY_STATUS" ]]; then
        REPLY_STATUS='no HTTP reply'
        grep -v 'This command is in beta' "$messages" >&2 || true
    fi

    rm -f "$output" "$messages"
}

named_credential_body() {
    TW_URL="$COMPANION_URL" TW_CREDENTIAL="$CREDENTIAL" node -e '
        process.stdout.write(JSON.stringify({
            developerName: process.env.TW_CREDENTIAL,
            masterLabel: "Trustworthy Companion",
            type: "SecuredEndpoint",
            calloutUrl: process.env.TW_URL,
            externalCredentials: [{ developerName: process.env.TW_CREDENTIAL }],
            calloutOptions: {
                allowMergeFieldsInBody: false,
                allowMergeFieldsInHeader: true,
                generateAuthorizationHeader: false
            }
        }));
    '
}

# node reads the secret from the environment itself: it never becomes a shell value.
credential_body() {
    TW_CREDENTIAL="$CREDENTIAL" TW_PRINCIPAL="$PRINCIPAL" node -e '
        process.stdout.write(JSON.stringify({
            externalCredential: process.env.TW_CREDENTIAL,
            authenticationProtocol: "Custom",
            principalName: process.env.TW_PRINCIPAL,
            principalType: "NamedPrincipal",
            credentials: { ApiSecret: { value: process.env.TRUSTWORTHY_COMPANION_SECRET, encrypted: true } }
        }));
    '
}

# Prints only errorCode/message pairs from a Salesforce error reply: never a request value.
print_errors() {
    printf '%s' "$REPLY_BODY" | node -e '
        let text = "";
        process.stdin.on("data", (chunk) => (text += chunk));
        process.stdin.on("end", () => {
            try {
                const reply = JSON.parse(text);
                for (const item of Array.isArray(reply) ? reply : [reply]) {
                    console.error(`  ${item.errorCode ?? "error"}: ${item.message ?? JSON.stringify(item)}`);
                }
            } catch {
                console.error("  (the reply was not JSON)");
            }
        });
    '
}

succeeded() {
    [[ "$REPLY_STATUS" =~ ^2[0-9][0-9]$ ]]
}

if [[ $# -ne 1 ]]; then
    echo "Usage: $0 <org alias or username>" >&2
    exit 2
fi

ORG="$1"
require_env TRUSTWORTHY_COMPANION_URL
require_env TRUSTWORTHY_COMPANION_SECRET
require_env TRUSTWORTHY_INTEGRATION_USERNAME

COMPANION_URL="${TRUSTWORTHY_COMPANION_URL%/}"
PUBLIC_URL="${TRUSTWORTHY_PUBLIC_URL:-$COMPANION_URL}"
PUBLIC_URL="${PUBLIC_URL%/}"

if [[ ! "$COMPANION_URL" =~ ^https:// ]]; then
    fail "TRUSTWORTHY_COMPANION_URL must start with https:// (Salesforce sends the secret to it)"
fi

cd "$(dirname "$0")/.."

step "Deploy force-app to $ORG"
deploy_tests=()
if [[ -z "${TEST_LEVEL:-}" ]]; then
    deploy_tests=(--test-level RunSpecifiedTests)
    for test_class in "${PACKAGE_TESTS[@]}"; do
        deploy_tests+=(--tests "$test_class")
    done
else
    deploy_tests=(--test-level "$TEST_LEVEL")
fi

deploy_status=0
"$SF_COMMAND" project deploy start --source-dir force-app --target-org "$ORG" --wait 30 \
    "${deploy_tests[@]}" || deploy_status=$?
if [[ $deploy_status -ne 0 ]]; then
    fail "sf project deploy start exited with status $deploy_status"
fi

step "Assign Trustworthy_Sync_Admin to the user running this script"
assign_status=0
"$SF_COMMAND" org assign permset --name Trustworthy_Sync_Admin --target-org "$ORG" || assign_status=$?
[[ $assign_status -eq 0 ]] || fail "sf org assign permset exited with status $assign_status"

step "Assign Trustworthy_Sync_Integration to $TRUSTWORTHY_INTEGRATION_USERNAME"
assign_status=0
"$SF_COMMAND" org assign permset --name Trustworthy_Sync_Integration --target-org "$ORG" \
    --on-behalf-of "$TRUSTWORTHY_INTEGRATION_USERNAME" || assign_status=$?
[[ $assign_status -eq 0 ]] || fail "sf org assign permset exited with status $assign_status"

step "Assign Trustworthy_Sync_Viewer to the users in TRUSTWORTHY_VIEWER_USERNAMES"
if [[ -z "${TRUSTWORTHY_VIEWER_USERNAMES:-}" ]]; then
    echo "Skipped: TRUSTWORTHY_VIEWER_USERNAMES is empty; assign the set later with sf org assign permset."
else
    viewer_flags=()
    IFS=',' read -r -a viewers <<<"$TRUSTWORTHY_VIEWER_USERNAMES"
    for viewer in "${viewers[@]}"; do
        viewer_flags+=(--on-behalf-of "${viewer// /}")
    done
    assign_status=0
    "$SF_COMMAND" org assign permset --name Trustworthy_Sync_Viewer --target-org "$ORG" \
        "${viewer_flags[@]}" || assign_status=$?
    [[ $assign_status -eq 0 ]] || fail "sf org assign permset exited with status $assign_status"
fi

step "Point the $CREDENTIAL named credential at $COMPANION_URL"
rest_call PUT "named-credentials/named-credential-setup/$CREDENTIAL" named_credential_body
if ! succeeded; then
    print_errors
    fail "PUT named-credential-setup/$CREDENTIAL answered $REPLY_STATUS"
fi
echo "Named credential URL set (HTTP $REPLY_STATUS)."

step "Store the companion's API secret on principal $PRINCIPAL (value not shown)"
rest_call POST 'named-credentials/credential' credential_body
first_status="$REPLY_STATUS"
if ! succeeded; then
    # A second install finds the credential already there: replace it instead.
    echo "Creating answered $first_status; replacing the existing credential instead."
    rest_call PUT 'named-credentials/credential' credential_body
fi
if ! succeeded; then
    print_errors
    fail "storing the secret answered $first_status (POST) and $REPLY_STATUS (PUT)"
fi
echo "Secret stored (HTTP $REPLY_STATUS)."

step "Connected App / External Client App settings for the companion's OAuth connection"
cat <<EOF
Create a Connected App or an External Client App in $ORG with:
  Callback URL : $PUBLIC_URL/oauth/salesforce/callback
  OAuth scopes : api refresh_token offline_access
                 (Manage user data via APIs; Perform requests at any time)
  PKCE         : required (the companion always sends a code challenge)
Then open the Trustworthy Sync tab, choose Connect Salesforce and enter the app's consumer key.
The companion answers GET $PUBLIC_URL/api/v1/connections/salesforce/setup with the same values.
EOF

printf '\nDone: Trustworthy Sync is installed in %s.\n' "$ORG"
