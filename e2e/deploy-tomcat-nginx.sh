#!/usr/bin/env bash
# The example site deployed as an operator deploys it, on loopback only, then checked from the
# outside and torn down: Nginx (Debian package) terminating TLS with a self-signed certificate
# and serving the collectstatic output, in front of the WAR as ROOT on Tomcat 11 and 10.1 (the
# Maven Central distribution), a PostgreSQL database for the site, and the runnable jar in
# production mode. docs/deployment.md explains every piece; the Nginx server block below is the
# one printed there. Run from anywhere: e2e/deploy-tomcat-nginx.sh  (as root, or with sudo for
# apt-get only; about two minutes once the downloads are cached).
#
#   E2E_TOMCATS="11 10.1"  which Tomcats to deploy to (CI: both; "11" for a quicker run)
#   E2E_WORK=/tmp/...      the work directory (wiped at start, kept after for the logs)
#   E2E_REQUIRE=1          fail instead of skipping when apt or Maven Central is unreachable
# Variables of this script are E2E_*: every MOSAIC_* variable is read as a setting by the site, and
# DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD as its database.
set -euo pipefail
umask 022

# ---- versions: pinned here and nowhere else ------------------------------------------------
TOMCAT_11_VERSION=11.0.24
TOMCAT_11_SHA512=a2fb1bd511735bd3d135b87f628d2b1f71a43aed7c4d7511e770092e571bad6d5ad9e97a580852119770477fd86d7ed156d83d3cee2854bce260725ce48934d0
TOMCAT_10_1_VERSION=10.1.59
TOMCAT_10_1_SHA512=992a8e88fc9c0338445f018a1e4a2757c9e71708dba795e2864c9b1613f2b3b9b19c048e787682deae6d6bff9971defc746e31282085d52ef1d32192e09f7a0f
CENTRAL=https://repo.maven.apache.org/maven2

# ---- where things go -------------------------------------------------------------------------
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${E2E_WORK:-/tmp/mosaic-e2e-deploy}
CACHE=${E2E_CACHE:-$HOME/.cache/mosaic-e2e}
TOMCATS=${E2E_TOMCATS:-11 10.1}
SITE_HOST=site.example.test
HTTP_PORT=18480                 # Nginx, plain HTTP: redirects only
declare -A HTTPS_PORT=([11]=18443 [10.1]=18444)     # Nginx, TLS, one per Tomcat
declare -A TOMCAT_PORT=([11]=18081 [10.1]=18082)    # Tomcat's connector, 127.0.0.1 only
JAR_PORT=18090                  # the runnable jar, 127.0.0.1 only
DB_NAME=mosaic_site_e2e
DB_USER=mosaic_site_e2e
WAR=$REPO/example-project/site/target/example-site-0.1.0-SNAPSHOT.war
JAR=$REPO/example-project/site/target/example-site-0.1.0-SNAPSHOT-runnable.jar

FAILURES=0
pass() { printf '  \033[32mPASS\033[0m %s\n' "$*"; }
fail() { printf '  \033[31mFAIL\033[0m %s\n' "$*"; FAILURES=$((FAILURES + 1)); }
step() { printf '\n== %s\n' "$*"; }
skip_loudly() {
  printf '\n\033[33m**********************************************************************\n'
  printf '* SKIPPED: the deployment end-to-end test did not run: %s\n' "$*"
  printf '**********************************************************************\033[0m\n'
  [ "${E2E_REQUIRE:-0}" = 1 ] && exit 1
  exit 0
}
check() {   # check "what" expected actual
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
check_match() {   # check_match "what" regex text
  if printf '%s' "$3" | grep -Eq -- "$2"; then pass "$1"; else fail "$1: no match for /$2/ in: $(printf '%s' "$3" | head -c 400)"; fi
}
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

# ---- teardown, whatever happens ------------------------------------------------------------
CREATED_POLICY_RC=0
teardown() {
  set +e
  step "Tearing down"
  [ -f "$WORK/jar.pid" ] && stop_pid "$(cat "$WORK/jar.pid")" "runnable jar"
  for v in $TOMCATS; do [ -f "$WORK/tomcat-$v/tomcat.pid" ] && stop_pid "$(cat "$WORK/tomcat-$v/tomcat.pid")" "Tomcat $v"; done
  [ -f "$WORK/nginx/nginx.pid" ] && stop_pid "$(cat "$WORK/nginx/nginx.pid")" "Nginx"
  if [ "${DB_CREATED:-0}" = 1 ]; then
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "DROP ROLE IF EXISTS $DB_USER" \
      && echo "  dropped database $DB_NAME and role $DB_USER"
  fi
  [ "$CREATED_POLICY_RC" = 1 ] && as_root rm -f /usr/sbin/policy-rc.d
  echo "  logs kept in $WORK"
}
stop_pid() {   # stop_pid pid name: SIGTERM (graceful in Tomcat, Jetty and Nginx), then SIGKILL after 20 s
  local pid=$1 name=$2 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid"
  for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || { echo "  stopped $name"; return 0; }; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null; echo "  killed $name (did not stop within 20 s)"
}
trap teardown EXIT

# ---- 1. tools: Nginx from the Debian package, Tomcat from Maven Central ---------------------
step "Installing what is missing"
for tool in java mvn openssl curl psql python3; do
  command -v "$tool" >/dev/null || { echo "$tool is required"; exit 1; }
done
if ! command -v nginx >/dev/null; then
  # Debian starts a newly installed service (on 0.0.0.0:80) unless policy-rc.d says no: say no,
  # so that nothing but this script's loopback Nginx ever runs.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null && as_root chmod 755 /usr/sbin/policy-rc.d
    CREATED_POLICY_RC=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q nginx-light >/dev/null 2>&1 \
    || { as_root apt-get update -q >/dev/null 2>&1 && as_root apt-get install -y -q nginx-light >/dev/null 2>&1; } \
    || skip_loudly "apt-get could not install nginx-light (no network or no apt?)"
fi
NGINX=$(command -v nginx)
echo "  $($NGINX -v 2>&1)"
mkdir -p "$CACHE"
for v in $TOMCATS; do
  var=TOMCAT_${v//./_}_VERSION; version=${!var}
  sumvar=TOMCAT_${v//./_}_SHA512; sum=${!sumvar}
  tarball=$CACHE/tomcat-$version.tar.gz
  if [ ! -s "$tarball" ] || ! echo "$sum  $tarball" | sha512sum -c --quiet - 2>/dev/null; then
    curl -fsS -o "$tarball.part" "$CENTRAL/org/apache/tomcat/tomcat/$version/tomcat-$version.tar.gz" \
      || skip_loudly "Maven Central is unreachable (Tomcat $version)"
    echo "$sum  $tarball.part" | sha512sum -c --quiet - || { echo "Tomcat $version: SHA-512 mismatch"; exit 1; }
    mv "$tarball.part" "$tarball"
  fi
  echo "  Tomcat $version ($tarball, SHA-512 verified)"
done
for port in "$HTTP_PORT" "$JAR_PORT"; do port_free "$port" || { echo "Port $port is in use: stop what holds it"; exit 1; }; done
for v in $TOMCATS; do
  for port in "${HTTPS_PORT[$v]}" "${TOMCAT_PORT[$v]}"; do port_free "$port" || { echo "Port $port is in use"; exit 1; }; done
done

rm -rf "$WORK"
mkdir -p "$WORK"
chmod 755 "$WORK"

# ---- 2. the build: the WAR and the runnable jar ---------------------------------------------
step "Building the WAR and the runnable jar"
(cd "$REPO" && mvn -q -B -ntp -pl example-project/site -am package -DskipTests)
ls -l "$WAR" "$JAR" | sed 's/^/  /'

# ---- 3. the environment: the only configuration the site gets -------------------------------
step "Writing the environment file"
# A password with characters that must be percent-encoded in DATABASE_URL (@ : / +): unencoded,
# the URL would not even parse. (PostgreSQL with `trust` on loopback, as in CI, does not check the
# password itself; DatabaseUrlTest and DatabaseUrlConnectTest check the decoding.)
DB_PASSWORD="$(openssl rand -hex 16)@:/+"
DB_PASSWORD_ENCODED=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$DB_PASSWORD")
cat > "$WORK/site.env" <<EOF
MOSAIC_PROFILE=prod
MOSAIC_SECRET_KEY=$(openssl rand -base64 48 | tr -d '\n')
MOSAIC_ALLOWED_HOSTS=$SITE_HOST
MOSAIC_STATIC_ROOT=$WORK/static
DATABASE_URL=postgres://$DB_USER:$DB_PASSWORD_ENCODED@127.0.0.1:5432/$DB_NAME
EOF
chmod 600 "$WORK/site.env"
sed -E 's/^(MOSAIC_SECRET_KEY=).*/\1.../; s#^(DATABASE_URL=[a-z]+://[^:]*:)[^@]*@#\1...@#; s/^/  /' "$WORK/site.env"
set -a; . "$WORK/site.env"; set +a

# ---- 4. the database ------------------------------------------------------------------------
step "Creating the PostgreSQL database $DB_NAME"
psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "DROP ROLE IF EXISTS $DB_USER" \
  -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
DB_CREATED=1
check "the site's role can connect" "1" "$(PGPASSWORD=$DB_PASSWORD psql -h 127.0.0.1 -U $DB_USER -d $DB_NAME -tAc 'select 1')"

# ---- 5. manage: migrate and collectstatic, from the WAR's own class path ---------------------
step "Unpacking the WAR; manage migrate and collectstatic"
mkdir -p "$WORK/war" && (cd "$WORK/war" && jar xf "$WAR")
manage() { java -cp "$WORK/war/WEB-INF/classes:$WORK/war/WEB-INF/lib/*" com.example.site.Manage "$@"; }
# The schema from the apps' shipped migrations, on PostgreSQL with the prod profile; then the demo
# content (posts, polls: the checks below vote in poll 1). With DEBUG off `manage demo` makes no
# login; the e2e user comes from createsuperuser --noinput below.
manage migrate | sed 's/^/  /' && pass "manage migrate (PostgreSQL)" || fail "manage migrate"
check "the site's tables exist" "1" "$(PGPASSWORD=$DB_PASSWORD psql -h 127.0.0.1 -U $DB_USER -d $DB_NAME -tAc \
  "select count(*) from information_schema.tables where table_name = 'blog_post'")"
manage demo | sed 's/^/  /' && pass "manage demo" || fail "manage demo"
# A file only this script puts in STATICFILES_DIRS: if it is served, Nginx served it.
mkdir -p "$WORK/project-static/e2e"
echo "served by nginx $(date +%s%N)" > "$WORK/project-static/e2e/probe.txt"
MOSAIC_STATICFILES_DIRS=$WORK/project-static manage collectstatic --noinput --clear | sed 's/^/  /'
PROBE_HASHED=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["paths"]["e2e/probe.txt"])' "$WORK/static/staticfiles.json")
echo "  e2e/probe.txt -> $PROBE_HASHED"
chmod -R a+rX "$WORK/static"

# ---- 6. Tomcat: ROOT.war, configured only by the environment ---------------------------------
start_tomcat() {   # start_tomcat 11|10.1
  local v=$1 var version home base
  var=TOMCAT_${v//./_}_VERSION; version=${!var}
  home=$WORK/apache-tomcat-$version
  base=$WORK/tomcat-$v
  tar xzf "$CACHE/tomcat-$version.tar.gz" -C "$WORK"
  mkdir -p "$base"/{conf,logs,temp,webapps,work}
  cp "$home"/conf/{catalina.properties,context.xml,logging.properties,web.xml} "$base/conf/"
  # One connector on loopback (only Nginx talks to Tomcat), a shared thread pool (the
  # counterpart of gunicorn's workers x threads), no shutdown port, no default webapps, and
  # error pages that name neither Tomcat nor its version.
  cat > "$base/conf/server.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
  <Service name="Catalina">
    <Executor name="mosaic" namePrefix="mosaic-exec-" maxThreads="200" minSpareThreads="10" maxQueueSize="100"/>
    <Connector executor="mosaic" address="127.0.0.1" port="${TOMCAT_PORT[$v]}" protocol="HTTP/1.1"
               connectionTimeout="20000" keepAliveTimeout="60000" maxKeepAliveRequests="1000"
               acceptCount="100" maxHttpHeaderSize="8192" maxSwallowSize="4194304"
               xpoweredBy="false"/>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" deployOnStartup="true">
        <Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false"/>
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" prefix="access" suffix=".log"
               pattern="%{X-Forwarded-For}i %h %t &quot;%r&quot; %s %b %Dms"/>
      </Host>
    </Engine>
  </Service>
</Server>
EOF
  cp "$WAR" "$base/webapps/ROOT.war"
  CATALINA_HOME=$home CATALINA_BASE=$base CATALINA_PID=$base/tomcat.pid CATALINA_OUT=$base/logs/catalina.out \
    CATALINA_OPTS="-Xms128m -Xmx512m" "$home/bin/catalina.sh" start >/dev/null
  wait_for "Tomcat $version" "http://$SITE_HOST:${TOMCAT_PORT[$v]}/" "$base/logs/catalina.out"
}
curl_resolve() { echo "$SITE_HOST:$1:127.0.0.1"; }
wait_for() {   # wait_for name url log: the home page answers 200 within 90 s
  local name=$1 url=$2 log=$3 port i
  port=$(echo "$url" | sed -E 's#.*:([0-9]+)/.*#\1#')
  for i in $(seq 1 180); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --resolve "$(curl_resolve "$port")" "$url" 2>/dev/null)" = 200 ]; then
      pass "$name serves the site ($url)"; return 0
    fi
    sleep 0.5
  done
  fail "$name did not serve $url within 90 s; the end of $log:"; tail -n 40 "$log" | sed 's/^/    /'; exit 1
}
for v in $TOMCATS; do
  step "Deploying ROOT.war on Tomcat $v"
  start_tomcat "$v"
done

# ---- 7. Nginx: TLS, redirect, /static/ itself, the rest to Tomcat ----------------------------
step "Nginx with a self-signed certificate"
NG=$WORK/nginx
mkdir -p "$NG/logs" "$NG/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$SITE_HOST" \
  -addext "subjectAltName=DNS:$SITE_HOST" -keyout "$NG/site.key" -out "$NG/site.crt" 2>/dev/null
chmod 600 "$NG/site.key"
{
  cat <<EOF
# Generated by e2e/deploy-tomcat-nginx.sh; the server blocks are those of docs/deployment.md.
worker_processes 1;
pid $NG/nginx.pid;
error_log $NG/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $NG/logs/access.log;
  client_body_temp_path $NG/tmp/body;
  proxy_temp_path $NG/tmp/proxy;
  fastcgi_temp_path $NG/tmp/fastcgi;
  uwsgi_temp_path $NG/tmp/uwsgi;
  scgi_temp_path $NG/tmp/scgi;
  sendfile on;
  server_tokens off;                       # "Server: nginx", no version

  server {                                 # http:// only redirects
    listen 127.0.0.1:$HTTP_PORT;
    server_name $SITE_HOST;
    return 301 https://\$host:${HTTPS_PORT[11]}\$request_uri;   # in production: https://\$host\$request_uri
  }
EOF
  for v in $TOMCATS; do
    cat <<EOF

  upstream tomcat_${v//./_} {
    server 127.0.0.1:${TOMCAT_PORT[$v]};   # more Tomcats: one line each
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${HTTPS_PORT[$v]} ssl;
    server_name $SITE_HOST;
    ssl_certificate $NG/site.crt;
    ssl_certificate_key $NG/site.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:SSL:1m;
    client_max_body_size 10m;            # above DATA_UPLOAD_MAX_MEMORY_SIZE: Mosaic answers 413 itself

    # Content-hashed names (collectstatic with STATICFILES_MANIFEST) never change: cache for ever.
    location ~ "^/static/(.+\.[0-9a-f]{12}\.[A-Za-z0-9]+)\$" {
      alias $WORK/static/\$1;
      add_header Cache-Control "public, max-age=31536000, immutable";
      add_header X-Content-Type-Options nosniff;
    }
    location /static/ {
      alias $WORK/static/;
      add_header X-Content-Type-Options nosniff;
    }
    location / {
      proxy_pass http://tomcat_${v//./_};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;                       # checked by Mosaic against ALLOWED_HOSTS
      proxy_set_header X-Forwarded-Proto \$scheme;             # SECURE_PROXY_SSL_HEADER
      proxy_set_header X-Real-IP \$remote_addr;                 # REMOTE_ADDR_HEADER: the client's address
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_redirect off;
    }
  }
EOF
  done
  echo "}"
} > "$NG/nginx.conf"
$NGINX -q -t -p "$NG" -c "$NG/nginx.conf"
$NGINX -p "$NG" -c "$NG/nginx.conf"
pass "nginx started (config $NG/nginx.conf)"

# ---- 8. the runnable jar in production mode --------------------------------------------------
step "The runnable jar (embedded Jetty) in production mode"
java -Xmx256m -jar "$JAR" "127.0.0.1:$JAR_PORT" > "$WORK/jar.log" 2>&1 &
echo $! > "$WORK/jar.pid"
wait_for "the runnable jar" "http://$SITE_HOST:$JAR_PORT/" "$WORK/jar.log"

# ---- 9. checks through Nginx, as a browser would see the site --------------------------------
CURL=(curl -s --cacert "$NG/site.crt")
for v in $TOMCATS; do
  P=${HTTPS_PORT[$v]}
  BASE=https://$SITE_HOST:$P
  R=(--resolve "$SITE_HOST:$P:127.0.0.1")
  step "Through Nginx to Tomcat $v ($BASE)"
  JARF=$WORK/cookies-$v.txt

  check "http:// redirects to https://" "301 https://$SITE_HOST:${HTTPS_PORT[11]}/polls/" \
    "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --resolve "$SITE_HOST:$HTTP_PORT:127.0.0.1" "http://$SITE_HOST:$HTTP_PORT/polls/")"
  home=$("${CURL[@]}" "${R[@]}" -D "$WORK/home-$v.h" "$BASE/")
  check "the home page renders" "200" "$(head -1 "$WORK/home-$v.h" | awk '{print $2}')"
  check_match "it is HTML of the site" "<title>" "$home"
  check_match "HSTS over https" "^[Ss]trict-[Tt]ransport-[Ss]ecurity: max-age=31536000; includeSubDomains" "$(cat "$WORK/home-$v.h")"
  check_match "X-Frame-Options DENY" "^[Xx]-[Ff]rame-[Oo]ptions: DENY" "$(cat "$WORK/home-$v.h")"
  check "a wrong Host is 400" "400" "$("${CURL[@]}" "${R[@]}" -o /dev/null -w '%{http_code}' -H 'Host: evil.example' "$BASE/")"

  # Static files: the hashed name for ever, from Nginx (Mosaic with DEBUG off serves none).
  "${CURL[@]}" "${R[@]}" -D "$WORK/static-$v.h" -o "$WORK/static-$v.body" "$BASE/static/$PROBE_HASHED"
  check "a hashed static file is 200" "200" "$(head -1 "$WORK/static-$v.h" | awk '{print $2}')"
  check "with the collected content" "$(cat "$WORK/project-static/e2e/probe.txt")" "$(cat "$WORK/static-$v.body")"
  check_match "cached for ever (immutable)" "^Cache-Control: public, max-age=31536000, immutable" "$(cat "$WORK/static-$v.h")"
  check_match "from Nginx (its ETag and Accept-Ranges; Mosaic sends neither for a 404)" "^(ETag|Accept-Ranges):" "$(cat "$WORK/static-$v.h")"
  check "the unhashed name is served too" "200" "$("${CURL[@]}" "${R[@]}" -o /dev/null -w '%{http_code}' "$BASE/static/e2e/probe.txt")"
  check "Tomcat itself has no static files (DEBUG off)" "404" \
    "$(curl -s -o /dev/null -w '%{http_code}' --resolve "$SITE_HOST:${TOMCAT_PORT[$v]}:127.0.0.1" "http://$SITE_HOST:${TOMCAT_PORT[$v]}/static/$PROBE_HASHED")"

  # A CSRF-protected form: the poll's vote.
  form=$("${CURL[@]}" "${R[@]}" -c "$JARF" -D "$WORK/form-$v.h" "$BASE/polls/1/")
  token=$(printf '%s' "$form" | sed -nE 's/.*name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)".*/\1/p' | head -1)
  check_match "the form carries a CSRF token" "^[A-Za-z0-9]{64}$" "$token"
  cookies=$(grep -i '^set-cookie:' "$WORK/form-$v.h" || true)
  check_match "cookies are set" "csrftoken=" "$cookies"
  if printf '%s\n' "$cookies" | grep -vqi '; *secure'; then fail "every cookie is Secure: $cookies"; else pass "every cookie is Secure"; fi
  choice=$(printf '%s' "$form" | sed -nE 's/.*name="choice" value="([0-9]+)".*/\1/p' | head -1)
  vote=$("${CURL[@]}" "${R[@]}" -b "$JARF" -c "$JARF" -D "$WORK/vote-$v.h" -o /dev/null -w '%{http_code} %{redirect_url}' \
    -H "Referer: $BASE/polls/1/" --data-urlencode "csrfmiddlewaretoken=$token" --data-urlencode "choice=$choice" "$BASE/polls/1/")
  check "a vote with cookie and token is accepted (302 to the results)" "302 $BASE/polls/1/results/" "$vote"
  if grep -i '^set-cookie:' "$WORK/vote-$v.h" | grep -vqi '; *secure'; then fail "the vote's cookies are Secure"; else pass "the vote's cookies (if any) are Secure"; fi
  check "the same POST without the token is 403" "403" "$("${CURL[@]}" "${R[@]}" -b "$JARF" -o /dev/null -w '%{http_code}' \
    -H "Referer: $BASE/polls/1/" --data "choice=$choice" "$BASE/polls/1/")"
  check "without the cookie it is 403" "403" "$("${CURL[@]}" "${R[@]}" -o /dev/null -w '%{http_code}' \
    -H "Referer: $BASE/polls/1/" --data-urlencode "csrfmiddlewaretoken=$token" --data "choice=$choice" "$BASE/polls/1/")"
  check "from another origin it is 403" "403" "$("${CURL[@]}" "${R[@]}" -b "$JARF" -o /dev/null -w '%{http_code}' \
    -H "Origin: https://evil.example" --data-urlencode "csrfmiddlewaretoken=$token" --data "choice=$choice" "$BASE/polls/1/")"

  # Login: a user made by `manage createsuperuser --noinput`, the login form through Nginx (CSRF
  # token, Secure cookies), then a page only a logged-in user sees.
  LOGIN_PATH=/accounts/login/
  login_page=$("${CURL[@]}" "${R[@]}" -c "$JARF" -b "$JARF" "$BASE$LOGIN_PATH")
  check_match "the login page has its form" 'name="username"' "$login_page"
  if [ -z "${E2E_USER_CREATED:-}" ]; then
    MOSAIC_SUPERUSER_PASSWORD=e2e-Pass-$DB_PASSWORD manage createsuperuser --noinput --username e2e --email e2e@example.test \
      && E2E_USER_CREATED=1 && pass "manage createsuperuser --noinput" || fail "manage createsuperuser --noinput"
  fi
  ltoken=$(printf '%s' "$login_page" | sed -nE 's/.*name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)".*/\1/p' | head -1)
  check "a wrong password is refused (the form again)" "200" "$("${CURL[@]}" "${R[@]}" -b "$JARF" -c "$JARF" -o /dev/null \
    -w '%{http_code}' -H "Referer: $BASE$LOGIN_PATH" --data-urlencode "csrfmiddlewaretoken=$ltoken" --data "username=e2e" \
    --data "password=wrong" "$BASE$LOGIN_PATH")"
  login=$("${CURL[@]}" "${R[@]}" -b "$JARF" -c "$JARF" -D "$WORK/login-$v.h" -o /dev/null -w '%{http_code} %{redirect_url}' \
    -H "Referer: $BASE$LOGIN_PATH" --data-urlencode "csrfmiddlewaretoken=$ltoken" --data "username=e2e" \
    --data-urlencode "password=e2e-Pass-$DB_PASSWORD" "$BASE$LOGIN_PATH")
  check "login with the right password redirects to the profile" "302 $BASE/accounts/profile/" "$login"
  check_match "the session cookie is Secure and HttpOnly" "; *secure.*|; *httponly.*" \
    "$(grep -i '^set-cookie: sessionid=' "$WORK/login-$v.h" | tr 'A-Z' 'a-z' | grep 'secure' | grep 'httponly')"
  check_match "the profile page knows the user" "Hello, e2e" "$("${CURL[@]}" "${R[@]}" -b "$JARF" "$BASE/accounts/profile/")"
  check "the profile needs a login" "302" "$("${CURL[@]}" "${R[@]}" -o /dev/null -w '%{http_code}' "$BASE/accounts/profile/")"

  # The login throttle counts clients, not Nginx: Mosaic takes the client's address from X-Real-IP
  # (REMOTE_ADDR_HEADER). Nginx listens on 127.0.0.1, and curl connects from other loopback
  # addresses: 20 failures from 127.0.0.2 (LOGIN_THROTTLE_ADDRESS_FAILURES) block 127.0.0.2 alone.
  throttle_jar=$WORK/cookies-throttle-$v.txt
  from2=("${CURL[@]}" --interface 127.0.0.2 "${R[@]}" -b "$throttle_jar" -c "$throttle_jar")
  ttoken=$("${from2[@]}" "$BASE$LOGIN_PATH" | sed -nE 's/.*name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)".*/\1/p' | head -1)
  codes=""
  for i in $(seq 1 25); do
    code=$("${from2[@]}" -o /dev/null -w '%{http_code}' -H "Referer: $BASE$LOGIN_PATH" \
      --data-urlencode "csrfmiddlewaretoken=$ttoken" --data "username=guess$i" --data "password=wrong" "$BASE$LOGIN_PATH" \
      || true)
    codes="$codes $code"
    [ "$code" = 200 ] || break
  done
  check "failed logins from 127.0.0.2: twenty forms again, then 429" "$(printf ' 200%.0s' $(seq 1 20)) 429" "$codes"
  check "127.0.0.2 is refused even with the right password" "429" "$("${from2[@]}" -o /dev/null -w '%{http_code}' \
    -H "Referer: $BASE$LOGIN_PATH" --data-urlencode "csrfmiddlewaretoken=$ttoken" --data "username=e2e" \
    --data-urlencode "password=e2e-Pass-$DB_PASSWORD" "$BASE$LOGIN_PATH")"
  other_jar=$WORK/cookies-other-$v.txt
  from3=("${CURL[@]}" --interface 127.0.0.3 "${R[@]}" -b "$other_jar" -c "$other_jar")
  otoken=$("${from3[@]}" "$BASE$LOGIN_PATH" | sed -nE 's/.*name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)".*/\1/p' | head -1)
  check "meanwhile a login from 127.0.0.3 succeeds" "302 $BASE/accounts/profile/" "$("${from3[@]}" -o /dev/null \
    -w '%{http_code} %{redirect_url}' -H "Referer: $BASE$LOGIN_PATH" --data-urlencode "csrfmiddlewaretoken=$otoken" \
    --data "username=e2e" --data-urlencode "password=e2e-Pass-$DB_PASSWORD" "$BASE$LOGIN_PATH")"
done

# ---- 10. the black-box suite: through Nginx, on each Tomcat directly, on the jar --------------
step "BlackBoxIT against every deployment"
URLS=""
for v in $TOMCATS; do URLS="$URLS,https://$SITE_HOST:${HTTPS_PORT[$v]}/,http://$SITE_HOST:${TOMCAT_PORT[$v]}/"; done
URLS="${URLS#,},http://$SITE_HOST:$JAR_PORT/"
echo "  $URLS"
# The site's environment must not reach the test JVM's settings: run Maven without it.
if (cd "$REPO" && env -u MOSAIC_PROFILE -u MOSAIC_SECRET_KEY -u MOSAIC_ALLOWED_HOSTS -u MOSAIC_STATIC_ROOT \
      -u DATABASE_URL \
      mvn -q -B -ntp -pl example-project/site -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
      -Dit.test=BlackBoxIT -Dfailsafe.failIfNoSpecifiedTests=false \
      "-Dblackbox.url=$URLS" "-Dblackbox.resolve=$SITE_HOST=127.0.0.1" "-Dblackbox.cacert=$NG/site.crt" \
      > "$WORK/blackbox.log" 2>&1); then
  pass "BlackBoxIT: $(grep -h -o 'tests="[0-9]*"' "$REPO"/example-project/site/target/failsafe-reports/TEST-com.example.blackbox.BlackBoxIT.xml | head -1) against $(echo "$URLS" | tr ',' '\n' | wc -l) deployments"
else
  fail "BlackBoxIT (see $WORK/blackbox.log)"; grep -E 'FAIL|expected|-> ' "$WORK/blackbox.log" | head -40 | sed 's/^/    /'
fi

# ---- 11. stop-proof: static files with Tomcat down -------------------------------------------
first=${TOMCATS%% *}
step "Stopping Tomcat $first: Nginx still serves /static/"
stop_pid "$(cat "$WORK/tomcat-$first/tomcat.pid")" "Tomcat $first"
P=${HTTPS_PORT[$first]}
check "the static file, Tomcat down" "200" "$("${CURL[@]}" --resolve "$SITE_HOST:$P:127.0.0.1" -o /dev/null -w '%{http_code}' "https://$SITE_HOST:$P/static/$PROBE_HASHED")"
check "a page, Tomcat down (Nginx: bad gateway)" "502" "$("${CURL[@]}" --resolve "$SITE_HOST:$P:127.0.0.1" -o /dev/null -w '%{http_code}' "https://$SITE_HOST:$P/")"

step "Result"
if [ "$FAILURES" -gt 0 ]; then
  echo "  $FAILURES check(s) failed"; exit 1
fi
echo "  all checks passed"
