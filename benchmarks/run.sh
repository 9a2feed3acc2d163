#!/usr/bin/env bash
# Mosaic's HTTP benchmark: the raw servlet, Mosaic, Javalin and Spring Boot, each in its own JVM
# on loopback with the same JVM options and 200 request threads, measured back to back with wrk.
#
#   benchmarks/run.sh                                   # quick: one round, about 5 minutes on 2 cores
#   DURATION=30 ROUNDS=3 PIN=1 benchmarks/run.sh        # a full run: medians of 3 rounds
#   SOAK=600 benchmarks/run.sh                          # Mosaic under load for 10 minutes: memory, errors
#
# Settings (environment):
#   DURATION=5      seconds of measured load per row
#   WARMUP=30       seconds of warm-up per server and round before its first measured row: whole
#                   passes over its workloads, WARMUP_SLICE=5 seconds each, until WARMUP is reached
#   ROUNDS=1        repeat the whole servers x workloads sequence; the table gives medians (3 is
#                   what docs/performance.md quotes) and the spread of the per-core ratio
#   PIN=0           PIN=1: the server on CPU 1, wrk on CPU 0 (taskset)
#   CONNECTIONS=64  wrk connections                         THREADS=2  wrk threads
#   SERVERS="raw mosaic javalin spring"                     PORT=9090
#   WORKLOADS="plaintext json h2/db h2/fortunes pg/db pg/fortunes"   (pg/* skipped without PostgreSQL)
#   JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseParallelGC"  the same for every server
#   MOSAIC_MIDDLEWARE=a,b,c  another MIDDLEWARE for Mosaic (default: the framework's; "none": empty)
#   BENCH_PG_URL / BENCH_PG_USER / BENCH_PG_PASSWORD   PostgreSQL (default 127.0.0.1:5432/test, postgres)
#   BUILD=0         skip the Maven build (jars already built)
#   EXAMPLE=0       skip the example site's start-up time
#   JFR=mosaic      record a JFR profile of that server's run into benchmarks/target/run/
#   SOAK=600        instead of the table: SOAK_SERVER (mosaic) on SOAK_WORKLOAD (h2/fortunes) for that
#                   many seconds after its warm-up, sampling RSS and the heap after a full GC every
#                   SOAK_INTERVAL=30 seconds; exits 1 unless memory stays flat and wrk saw no errors
#
# Prints one table row per server and workload: requests per second, the ratio to the raw
# servlet's figure, requests per second per CPU-core the server process used (from
# /proc/<pid>/stat, so the load generator's share of the 2 cores does not count), the spread of
# that ratio over the rounds, and the errors wrk saw; then start-up time to the first response and
# memory per server; then the example site's start-up. The fortunes pages of all servers are
# compared (whitespace ignored) before anything is measured.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-30}
WARMUP_SLICE=${WARMUP_SLICE:-5}
ROUNDS=${ROUNDS:-1}
PIN=${PIN:-0}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SERVERS=${SERVERS:-raw mosaic javalin spring}
WORKLOADS=${WORKLOADS:-plaintext json h2/db h2/fortunes pg/db pg/fortunes}
PORT=${PORT:-9090}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseParallelGC}
BUILD=${BUILD:-1}
EXAMPLE=${EXAMPLE:-1}
JFR=${JFR:-}
SOAK=${SOAK:-}
SOAK_SERVER=${SOAK_SERVER:-mosaic}
SOAK_WORKLOAD=${SOAK_WORKLOAD:-h2/fortunes}
SOAK_INTERVAL=${SOAK_INTERVAL:-30}
RUN=$ROOT/benchmarks/target/run
SERVERS_JAR=$ROOT/benchmarks/servers/target/bench-servers.jar
SPRING_JAR=$ROOT/benchmarks/spring-boot/target/bench-spring-boot.jar
SITE=$ROOT/example-project/site
HZ=$(getconf CLK_TCK)

fail() { echo "run.sh: $*" >&2; exit 1; }

for knob in DURATION WARMUP WARMUP_SLICE ROUNDS CONNECTIONS THREADS PORT SOAK_INTERVAL; do
  [[ ${!knob} =~ ^[0-9]+$ ]] || fail "$knob must be a whole number of seconds or a count, not '${!knob}'"
done
[ "$ROUNDS" -ge 1 ] || fail "ROUNDS must be at least 1"
[ "$DURATION" -ge 1 ] || fail "DURATION must be at least 1 second"
[ "$WARMUP_SLICE" -ge 1 ] || fail "WARMUP_SLICE must be at least 1 second"
[ "$SOAK_INTERVAL" -ge 1 ] || fail "SOAK_INTERVAL must be at least 1 second"
[ -z "$SOAK" ] || [[ $SOAK =~ ^[1-9][0-9]*$ ]] || fail "SOAK must be a number of seconds, not '$SOAK'"
if [ -n "$SOAK" ]; then SERVERS=$SOAK_SERVER; WORKLOADS=$SOAK_WORKLOAD; EXAMPLE=0; fi
for server in $SERVERS; do
  case $server in raw|mosaic|javalin|spring) ;; *) fail "unknown server '$server' (raw, mosaic, javalin, spring)" ;; esac
done
for workload in $WORKLOADS; do
  case $workload in plaintext|json|h2/db|h2/fortunes|pg/db|pg/fortunes) ;;
    *) fail "unknown workload '$workload' (plaintext json h2/db h2/fortunes pg/db pg/fortunes)" ;; esac
done

command -v wrk >/dev/null || fail "wrk is not installed: apt-get install wrk"
SERVER_PIN=()
WRK_PIN=()
PINNING="not pinned"
if [ "$PIN" = 1 ]; then
  command -v taskset >/dev/null || fail "PIN=1 needs taskset (apt-get install util-linux)"
  [ "$(nproc)" -ge 2 ] || fail "PIN=1 needs two CPUs; this machine offers $(nproc)"
  SERVER_PIN=(taskset -c 1)
  WRK_PIN=(taskset -c 0)
  PINNING="server pinned to CPU 1, wrk to CPU 0"
fi
JSTAT=$(command -v jstat || true)
JCMD=$(command -v jcmd || true)
mkdir -p "$RUN"

if [ "$BUILD" = 1 ]; then
  modules=benchmarks/servers
  [[ " $SERVERS " == *" spring "* ]] && modules+=,benchmarks/spring-boot
  goals=(package)
  if [ "$EXAMPLE" = 1 ]; then
    # The site's class path for `Manage runserver`: test scope, the only one holding both the
    # `provided` Jetty that runserver needs and the `runtime` drivers Hibernate needs.
    modules+=,example-project/site
    goals+=(dependency:build-classpath -Dmdep.outputFile=target/runtime.cp -Dmdep.includeScope=test)
  fi
  echo "building $modules (mvn -Pbench package, tests skipped)..." >&2
  mvn -q -B -Pbench -pl "$modules" -am -DskipTests "${goals[@]}" >&2
fi

PG=on
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  PG=off
  echo "no PostgreSQL on 127.0.0.1:5432: the pg/* rows are skipped" >&2
fi
BENCH_PROPS=(-Dbench.dir="$RUN" -Dbench.port="$PORT" -Dbench.pg="$PG")
[ -n "${BENCH_PG_URL:-}" ] && BENCH_PROPS+=(-Dbench.pg.url="$BENCH_PG_URL")
[ -n "${BENCH_PG_USER:-}" ] && BENCH_PROPS+=(-Dbench.pg.user="$BENCH_PG_USER")
[ -n "${BENCH_PG_PASSWORD:-}" ] && BENCH_PROPS+=(-Dbench.pg.password="$BENCH_PG_PASSWORD")
[ -n "${MOSAIC_MIDDLEWARE:-}" ] && BENCH_PROPS+=(-Dbench.mosaic.middleware="$MOSAIC_MIDDLEWARE")

java "${BENCH_PROPS[@]}" -cp "$SERVERS_JAR" dev.mosaic.benchmarks.workload.Setup >&2

# Starts a server in the background (pinned with PIN=1) and sets SERVER_PID; every server gets
# the same JAVA_OPTS. $2 names the JFR file when that server is being recorded.
start_server() {
  # shellcheck disable=SC2206  # JAVA_OPTS is a list of words
  local cmd=(java $JAVA_OPTS)
  [ "$JFR" = "$1" ] && cmd+=(-XX:StartFlightRecording=filename="$RUN/$2.jfr",settings=profile)
  cmd+=("${BENCH_PROPS[@]}")
  case $1 in
    raw)     cmd+=(-cp "$SERVERS_JAR" dev.mosaic.benchmarks.servers.RawServer) ;;
    mosaic)  cmd+=(-cp "$SERVERS_JAR" dev.mosaic.benchmarks.servers.MosaicServer) ;;
    javalin) cmd+=(-cp "$SERVERS_JAR" dev.mosaic.benchmarks.servers.JavalinServer) ;;
    spring)  cmd+=(-jar "$SPRING_JAR") ;;
  esac
  "${SERVER_PIN[@]}" "${cmd[@]}" > "$RUN/$1.log" 2>&1 &
  SERVER_PID=$!
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Polls url until it answers 200; prints the milliseconds since $2, or fails after $4 seconds (120).
wait_ready() {
  local url=$1 t0=$2 pid=$3 limit=${4:-120}
  while ! curl -sf -o /dev/null --max-time 1 "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited while starting; see its log in $RUN" >&2; return 1; }
    [ $(( $(now_ms) - t0 )) -gt $(( limit * 1000 )) ] && { echo "no answer from $url within $limit s" >&2; return 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - t0 ))
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# JIT compilations so far (jstat reads the JVM's perf counters; no attach, no CPU of the server's).
jit_count() { if [ -n "$JSTAT" ]; then "$JSTAT" -compiler "$1" 2>/dev/null | awk 'NR == 2 {print $1}'; fi; }
# The heap in use in MB, without eden: right after a GC, what that GC left.
heap_mb() {
  "$JSTAT" -gc "$1" 2>/dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
    NR == 2 {printf "%.1f", ($col["S0U"] + $col["S1U"] + $col["OU"]) / 1024}'
}

run_wrk() { "${WRK_PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1s" "$2"; }

stop_server() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Warms a server on the given URLs: whole passes over all of them, WARMUP_SLICE seconds each
# (less when WARMUP is shorter than one pass), until at least WARMUP seconds have run, so that
# the JIT has compiled the code every row shares before the first row is measured.
warm_up() {
  [ "$WARMUP" -gt 0 ] || { echo 0; return; }
  local slice=$WARMUP_SLICE spent=0 url
  if [ $(( slice * $# )) -gt "$WARMUP" ]; then
    slice=$(( WARMUP / $# ))
    [ "$slice" -ge 1 ] || slice=1
  fi
  while [ "$spent" -lt "$WARMUP" ]; do
    for url in "$@"; do
      run_wrk "$slice" "$url" > /dev/null
      spent=$(( spent + slice ))
    done
  done
  echo "$spent"
}

# Checks that a server's fortunes page is the one every other server sends (whitespace ignored):
# the first page seen is the reference, after a sanity check of its own.
REFERENCE=$RUN/fortunes.reference
REFERENCE_FROM=
rm -f "$REFERENCE"
check_fortunes() {
  local server=$1 workload=$2 body=$3 norm
  norm=$RUN/$server.${workload//\//-}.normalised
  tr -d ' \t\r\n' < "$body" > "$norm"
  if [ -z "$REFERENCE_FROM" ]; then
    local rows
    rows=$(grep -o '<tr>' "$norm" | wc -l)
    grep -q '&lt;script&gt;' "$norm" && grep -q 'フレームワークのベンチマーク' "$norm" && [ "$rows" -eq 14 ] \
      || { echo "$server /$workload: the page is not 13 escaped fortunes and a header row; see $body" >&2; return 1; }
    cp "$norm" "$REFERENCE"
    REFERENCE_FROM="$server /$workload"
  elif ! cmp -s "$norm" "$REFERENCE"; then
    echo "$server /$workload sends other HTML than $REFERENCE_FROM (whitespace ignored):" >&2
    cmp "$norm" "$REFERENCE" >&2 || true
    echo "see $body" >&2
    return 1
  fi
}

# Starts a server, checks every workload answers 200 (and the fortunes pages match), warms it.
# Sets SERVER_PID, STARTUP (ms), IDLE_RSS (MB), MEASURED (the workloads to measure), WARMED (s).
bring_up() {
  local server=$1 jfr_name=$2 t0 url code body
  t0=$(now_ms)
  start_server "$server" "$jfr_name"
  STARTUP=$(wait_ready "http://127.0.0.1:$PORT/plaintext" "$t0" "$SERVER_PID") || { stop_server "$SERVER_PID"; exit 1; }
  sleep 2
  IDLE_RSS=$(rss_mb "$SERVER_PID")
  MEASURED=()
  local urls=()
  for workload in $WORKLOADS; do
    if [ "$PG" = off ] && [[ $workload == pg/* ]]; then continue; fi
    url="http://127.0.0.1:$PORT/$workload"
    body=$RUN/$server.${workload//\//-}.body
    code=$(curl -s -o "$body" -w '%{http_code}' "$url")
    [ "$code" = 200 ] || { echo "$server $url answered $code; see $RUN/$server.log" >&2; stop_server "$SERVER_PID"; exit 1; }
    if [[ $workload == */fortunes ]]; then
      check_fortunes "$server" "$workload" "$body" || { stop_server "$SERVER_PID"; exit 1; }
    fi
    MEASURED+=("$workload")
    urls+=("$url")
  done
  [ "${#MEASURED[@]}" -gt 0 ] || { stop_server "$SERVER_PID"; fail "no workload left to measure"; }
  WARMED=$(warm_up "${urls[@]}")
}

# wrk's errors in a report file: non-2xx/3xx responses plus socket errors (connect, read, write, timeout).
wrk_non2xx() { awk '/Non-2xx or 3xx responses:/ {print $NF; f = 1} END {if (!f) print 0}' "$1"; }
wrk_socket_errors() { awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10; f = 1} END {if (!f) print 0}' "$1"; }

# ---- SOAK: one server, one workload, a long time; memory sampled, errors counted ------------
if [ -n "$SOAK" ]; then
  [ -n "$JSTAT" ] && [ -n "$JCMD" ] || fail "SOAK needs jstat and jcmd (a JDK, not a JRE, on the PATH)"
  bring_up "$SOAK_SERVER" "$SOAK_SERVER-soak"
  pid=$SERVER_PID
  url="http://127.0.0.1:$PORT/$SOAK_WORKLOAD"
  echo "$SOAK_SERVER: first response after ${STARTUP} ms, warmed ${WARMED} s; soaking /$SOAK_WORKLOAD for ${SOAK} s" >&2
  SERIES=$RUN/soak.tsv
  : > "$SERIES"
  sample() {
    # A full GC first (jcmd GC.run), so the heap figure is what is still referenced, not the
    # garbage between two collections.
    "$JCMD" "$pid" GC.run > /dev/null
    printf '%s\t%s\t%s\n' "$1" "$(rss_mb "$pid")" "$(heap_mb "$pid")" >> "$SERIES"
  }
  run_wrk "$SOAK" "$url" > "$RUN/soak-wrk.out" &
  wrk_pid=$!
  t0=$(now_ms)
  next=0
  while kill -0 "$wrk_pid" 2>/dev/null; do
    elapsed=$(( ($(now_ms) - t0) / 1000 ))
    if [ "$elapsed" -ge "$next" ] && [ "$elapsed" -lt "$SOAK" ]; then
      sample "$elapsed"
      next=$(( next + SOAK_INTERVAL ))
    fi
    sleep 1
  done
  wait "$wrk_pid"
  sample "$SOAK"
  stop_server "$pid"
  requests=$(awk '/requests in/ {print $1}' "$RUN/soak-wrk.out")
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$RUN/soak-wrk.out")
  non2xx=$(wrk_non2xx "$RUN/soak-wrk.out")
  sockerr=$(wrk_socket_errors "$RUN/soak-wrk.out")
  socketline=$(grep 'Socket errors:' "$RUN/soak-wrk.out" | sed 's/^ *Socket errors: //' || true)
  echo
  echo "soak: $SOAK_SERVER on /$SOAK_WORKLOAD, $CONNECTIONS connections, $SOAK s after a $WARMED s warm-up; $PINNING"
  echo "requests: $requests ($rps req/s); errors: $(( non2xx + sockerr )) (non-2xx/3xx: $non2xx; socket errors: ${socketline:-none})"
  echo
  echo "| t (s) | RSS (MB) | heap after full GC (MB) |"
  echo "|------:|---------:|------------------------:|"
  awk -F'\t' '{printf "| %s | %s | %s |\n", $1, $2, $3}' "$SERIES"
  verdict=$(awk -F'\t' -v errors=$(( non2xx + sockerr )) '
    { rss[++n] = $2; heap[n] = $3 }
    function judge(name, v, unit,   k, i, a, b, change) {
      k = int(n / 3); a = 0; b = 0
      for (i = 1; i <= k; i++) { a += v[i]; b += v[n - k + i] }
      a /= k; b /= k; change = a > 0 ? (b - a) / a * 100 : 0
      printf "%s: first third %.1f %s, last third %.1f %s (%+.1f%%): %s\n", name, a, unit, b, unit, change,
        (change <= 10 && change >= -10) ? "flat" : "NOT flat"
      return (change <= 10 && change >= -10)
    }
    END {
      if (n < 3) { print "too few samples to judge (" n "); soak longer than 2 x SOAK_INTERVAL"; print "verdict: none"; exit }
      ok = judge("RSS", rss, "MB")
      ok = judge("heap after full GC", heap, "MB") && ok
      if (ok && errors == 0) print "verdict: flat, no errors"
      else print "verdict: FAILED (" (ok ? "memory flat" : "memory not flat") ", " errors " errors)"
    }' "$SERIES")
  echo
  echo "$verdict"
  echo
  echo "JAVA_OPTS: $JAVA_OPTS; $SOAK_SERVER log: $RUN/$SOAK_SERVER.log; series: $SERIES"
  [[ $verdict == *"verdict: flat, no errors"* ]] || exit 1
  exit 0
fi

# ---- The table: every server on every workload, ROUNDS times -------------------------------
RESULTS=$RUN/results.tsv
SERVERINFO=$RUN/servers.tsv
: > "$RESULTS"
: > "$SERVERINFO"

for round in $(seq 1 "$ROUNDS"); do
  [ "$ROUNDS" -gt 1 ] && echo "round $round of $ROUNDS" >&2
  for server in $SERVERS; do
    jfr_name=$server
    [ "$ROUNDS" -gt 1 ] && jfr_name=$server-$round
    bring_up "$server" "$jfr_name"
    pid=$SERVER_PID
    echo "$server: first response after ${STARTUP} ms, idle RSS ${IDLE_RSS} MB, warmed ${WARMED} s" >&2
    for workload in "${MEASURED[@]}"; do
      url="http://127.0.0.1:$PORT/$workload"
      j0=$(jit_count "$pid")
      c0=$(cpu_ticks "$pid"); w0=$(now_ms)
      run_wrk "$DURATION" "$url" > "$RUN/wrk.out"
      c1=$(cpu_ticks "$pid"); w1=$(now_ms)
      j1=$(jit_count "$pid")
      rps=$(awk '/^Requests\/sec:/ {print $2}' "$RUN/wrk.out")
      errors=$(( $(wrk_non2xx "$RUN/wrk.out") + $(wrk_socket_errors "$RUN/wrk.out") ))
      cores=$(awk -v c=$((c1 - c0)) -v hz="$HZ" -v ms=$((w1 - w0)) 'BEGIN {printf "%.3f", (c / hz) / (ms / 1000)}')
      jit=-
      [ -n "$j0" ] && [ -n "$j1" ] && jit=$(( j1 - j0 ))
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$server" "$workload" "$rps" "$cores" "$errors" "$jit" >> "$RESULTS"
      echo "  $workload: $rps req/s on $cores cores, $errors errors, $jit JIT compilations during the row" >&2
    done
    loaded_rss=$(rss_mb "$pid")
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$server" "$STARTUP" "$IDLE_RSS" "$loaded_rss" >> "$SERVERINFO"
    stop_server "$pid"
    sleep 1
  done
done

# The example site as a developer starts it (`manage runserver`: DEBUG on, an H2 file database,
# Hibernate booted, migrations checked) on a database of its own in a temporary directory. A first,
# unmeasured start creates, migrates and fills that database; the second start is measured.
EXAMPLE_MS=""
if [ "$EXAMPLE" = 1 ]; then
  [ -f "$SITE/target/runtime.cp" ] || fail "no $SITE/target/runtime.cp: build with BUILD=1 (or EXAMPLE=0)"
  cp=$SITE/target/classes:$(cat "$SITE/target/runtime.cp")
  example_dir=$(mktemp -d "${TMPDIR:-/tmp}/mosaic-bench-example.XXXXXX")
  run_example() {
    # shellcheck disable=SC2086
    (cd "$example_dir" && MOSAIC_DATABASES__default__URL="jdbc:h2:file:$example_dir/db" \
      exec java $JAVA_OPTS -cp "$cp" com.example.site.Manage runserver "127.0.0.1:$PORT") >> "$RUN/example.log" 2>&1 &
    EXAMPLE_PID=$!
  }
  : > "$RUN/example.log"
  run_example
  if wait_ready "http://127.0.0.1:$PORT/" "$(now_ms)" "$EXAMPLE_PID" 600 > /dev/null; then
    stop_server "$EXAMPLE_PID"
    sleep 1
    t0=$(now_ms)
    run_example
    EXAMPLE_MS=$(wait_ready "http://127.0.0.1:$PORT/" "$t0" "$EXAMPLE_PID") || EXAMPLE_MS="failed (see $RUN/example.log)"
  else
    EXAMPLE_MS="failed on its first start, which prepares the database (see $RUN/example.log)"
  fi
  stop_server "$EXAMPLE_PID"
  rm -rf "$example_dir"
fi

# The table: medians over the rounds, each beside its ratio to the raw servlet's median, and the
# spread (min-max) of the per-core ratio, each round's figure against the raw servlet's of that round.
awk -F'\t' -v duration="$DURATION" -v conns="$CONNECTIONS" -v warmup="$WARMUP" -v rounds="$ROUNDS" -v pin="$PINNING" '
  function median(v, m,   i, j, t) {
    for (i = 2; i <= m; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
  }
  { r = $1; k = $2 SUBSEP $3
    n[k]++; rps[k, n[k]] = $4; cores[k, n[k]] = $5; err[k] += $6
    pc[k, r] = $5 > 0 ? $4 / $5 : 0; seen[k, r] = 1
    if (!($3 in seenw)) { seenw[$3] = 1; wl[++nw] = $3 }
    if (!($2 in seens)) { seens[$2] = 1; sv[++ns] = $2 } }
  END {
    for (k in n) {
      m = n[k]; split("", a); split("", b); split("", c)
      for (i = 1; i <= m; i++) { a[i] = rps[k, i]; b[i] = cores[k, i]; c[i] = cores[k, i] > 0 ? rps[k, i] / cores[k, i] : 0 }
      mrps[k] = median(a, m); mcores[k] = median(b, m); mpc[k] = median(c, m)
    }
    printf "\n%d connections; %d s per row after a %d s warm-up per server; %s; %s\n\n", conns, duration, warmup,
      (rounds > 1 ? "medians of " rounds " rounds" : "1 round"), pin
    print "| workload | server | req/s | vs raw | CPU cores used | req/s per core | vs raw (per core) | per-core ratio, min-max over rounds | errors |"
    print "|----------|--------|------:|-------:|---------------:|---------------:|------------------:|------------------------------------:|-------:|"
    for (i = 1; i <= nw; i++) for (j = 1; j <= ns; j++) {
      k = sv[j] SUBSEP wl[i]; if (!(k in n)) continue
      raw = "raw" SUBSEP wl[i]
      ratio = (raw in n && mrps[raw] > 0) ? sprintf("%.2f", mrps[k] / mrps[raw]) : "-"
      pcratio = (raw in n && mpc[raw] > 0) ? sprintf("%.2f", mpc[k] / mpc[raw]) : "-"
      lo = ""; hi = ""
      for (r = 1; r <= rounds; r++) {
        if (!((k, r) in seen) || !((raw, r) in seen) || pc[raw, r] <= 0) continue
        q = pc[k, r] / pc[raw, r]
        if (lo == "" || q < lo) lo = q
        if (hi == "" || q > hi) hi = q
      }
      spread = (rounds > 1 && sv[j] != "raw" && lo != "") ? sprintf("%.2f-%.2f", lo, hi) : "-"
      printf "| %s | %s | %.0f | %s | %.2f | %.0f | %s | %s | %d |\n", wl[i], sv[j], mrps[k], ratio, mcores[k], mpc[k], pcratio, spread, err[k]
    }
  }' "$RESULTS"

awk -F'\t' -v rounds="$ROUNDS" '
  function median(v, m,   i, j, t) {
    for (i = 2; i <= m; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
  }
  { s = $2; if (!(s in n)) order[++ns] = s
    n[s]++; st[s, n[s]] = $3; idle[s, n[s]] = $4; loaded[s, n[s]] = $5 }
  END {
    for (i = 1; i <= ns; i++) {
      s = order[i]; m = n[s]; split("", a); split("", b); split("", c)
      for (j = 1; j <= m; j++) { a[j] = st[s, j]; b[j] = idle[s, j]; c[j] = loaded[s, j] }
      mst[s] = median(a, m); midle[s] = median(b, m); mloaded[s] = median(c, m)
    }
    print ""
    if (rounds > 1) print "(medians of " rounds " starts)"
    print "| server | start-up to first response (ms) | vs raw | idle RSS (MB) | vs raw | RSS after the run (MB) |"
    print "|--------|--------------------------------:|-------:|--------------:|-------:|-----------------------:|"
    for (i = 1; i <= ns; i++) {
      s = order[i]
      sr = ("raw" in n && mst["raw"] > 0) ? sprintf("%.2f", mst[s] / mst["raw"]) : "-"
      ir = ("raw" in n && midle["raw"] > 0) ? sprintf("%.2f", midle[s] / midle["raw"]) : "-"
      printf "| %s | %d | %s | %d | %s | %d |\n", s, mst[s], sr, midle[s], ir, mloaded[s]
    }
  }' "$SERVERINFO"
[ -n "$EXAMPLE_MS" ] && printf '\nexample site (example-project/site, manage runserver, H2 database migrated, Hibernate booted): first response after %s ms\n' "$EXAMPLE_MS"
echo
echo "JAVA_OPTS: $JAVA_OPTS"
[[ " $SERVERS " == *" mosaic "* ]] && echo "Mosaic MIDDLEWARE:$(grep -h '^mosaic middleware:' "$RUN/mosaic.log" | cut -d: -f2-)"
[ -n "$REFERENCE_FROM" ] && echo "fortunes pages: the same HTML from every server (whitespace ignored; reference: $REFERENCE_FROM)"
echo "machine: $(nproc) CPUs, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(java -version 2>&1 | head -1)"
