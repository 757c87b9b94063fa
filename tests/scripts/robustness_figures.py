#!/usr/bin/env python3
"""Measures issue 13's figures on loopback, bounded in time: per-shape CPU for 10 MB files, cancel-on-disconnect,
5xx count over the fuzz corpus and malformed routes, a 100-connection read load during a 1,000-file import (wrk),
and kill -9 mid-import then restart (every accepted file stored exactly once).

    dotnet build -c Release src/MapDashboard && python3 tests/scripts/robustness_figures.py [--only shapes,cancel,errors,load,kill] [--workers N] [--per-route]

Needs python3, wrk (Debian package) and sqlite3's Python module; starts and stops its own servers on 127.0.0.1.
"""
import glob, http.cookiejar, json, os, random, re, shutil, signal, subprocess, sys, tempfile, time, urllib.request, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DLL = os.path.join(ROOT, "src/MapDashboard/bin/Release/net10.0/MapDashboard.dll")
WORK = tempfile.mkdtemp(prefix="md-figures-")
WORDS = ["Homs", "Raqqa", "Deir", "Al", "Zor", "Damascus", "Aleppo", "The", "New", "Palmyra", "Islamic", "State"]
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def shapes(size):
    rnd = random.Random(13)
    line = " ".join(rnd.choice(WORDS) for _ in range(size // 6))[:size]
    yield "one-line.txt", line
    yield "no-spaces.txt", ("HomsRaqqaAleppoDamascus" * (size // 23 + 1))[:size]
    yield "deep-divs.html", "<html><body>" + "<div>" * (size // 11) + "Homs" + "</div>" * (size // 11) + "</body></html>"
    yield "deep-feed.xml", "<rss>" + "<x>" * (size // 7) + "Homs" + "</x>" * (size // 7) + "</rss>"
    places = ["Homs", "Raqqa", "Aleppo", "Damascus", "Palmyra", "Mosul", "Idlib"]
    yield "million-places.txt", "\n".join(f"Shelling hit {rnd.choice(places)}." for _ in range(size // 20))


def measure_shapes():
    print("## 10 MB files of hostile shapes: `ingest` CPU (user+sys, includes ~2 s gazetteer load)")
    for name, text in shapes(10 * 1000 * 1000):
        path = os.path.join(WORK, name)
        open(path, "w").write(text)
        data = os.path.join(WORK, "data-" + name)
        start = time.time()
        proc = subprocess.Popen(["dotnet", DLL, "ingest", path, "--data", data], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = proc.communicate(timeout=300)
        # communicate() reaped it: the children's rusage grows by its CPU.
        ru = __import__("resource").getrusage(__import__("resource").RUSAGE_CHILDREN)
        print(f"- {name}: {(out + err).strip().splitlines()[-1][:160]} | wall {time.time() - start:.1f} s")
        measure_shapes.cpu.append((name, ru.ru_utime + ru.ru_stime))
    total = 0.0
    for name, cumulative in measure_shapes.cpu:
        print(f"  CPU {name}: {cumulative - total:.1f} s")
        total = cumulative


measure_shapes.cpu = []


class Server:
    def __init__(self, data, extra=()):
        self.port = random.randint(20000, 40000)
        self.data = data
        self.proc = subprocess.Popen(["dotnet", DLL, "--urls", f"http://127.0.0.1:{self.port}", "--data", data, "--Seeds:Enabled=false",
                                      "--Logging:LogLevel:Default=Warning", "--Logging:Console:FormatterName=simple", "--Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff ", *extra], cwd=ROOT, stdout=open(os.path.join(WORK, f"server-{self.port}.log"), "w"), stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(self.url + "/status", timeout=2)
                break
            except Exception:
                time.sleep(0.5)
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = self.opener.open(self.url + "/import").read().decode()
        self.token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', page).group(1)
        self.cookie = "; ".join(f"{c.name}={c.value}" for c in jar)

    def import_request(self, files):
        boundary = uuid.uuid4().hex
        body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{n}"\r\nContent-Type: text/plain\r\n\r\n'.encode() + c + b"\r\n" for n, c in files) + f"--{boundary}--\r\n".encode()
        return urllib.request.Request(self.url + "/api/import", data=body, method="POST", headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "RequestVerificationToken": self.token, "Cookie": self.cookie})

    def stop(self, kill=False):
        self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        self.proc.wait(timeout=30)


def measure_cancel():
    print("## Client disconnect -> work cancelled")
    server = Server(os.path.join(WORK, "data-cancel"))
    # Warm up: the first import loads the gazetteer (about 2 s of CPU, not cancellable).
    urllib.request.urlopen(server.import_request([("warm.txt", b"Shelling in Homs\n\nShelling hit Homs, Syria, on Friday.")]), timeout=60)
    big = next(shapes(10 * 1000 * 1000))[1].encode()
    request = server.import_request([("big.txt", big)])
    try:
        urllib.request.urlopen(request, timeout=3)
    except Exception:
        pass
    gone = time.time()
    print(f"- client gave up at {time.strftime('%H:%M:%S', time.gmtime(gone))}.{int(gone % 1 * 1000):03d} UTC")
    samples = []
    last = cpu_seconds(server.proc.pid)
    for _ in range(20):
        time.sleep(0.25)
        now = cpu_seconds(server.proc.pid)
        samples.append(now - last)
        last = now
    busy = [i for i, d in enumerate(samples) if d > 0.1]
    stopped = (busy[-1] + 1) * 0.25 if busy else 0.0
    print(f"- CPU per 250 ms after the client went away: {' '.join(f'{d:.2f}' for d in samples)}")
    print(f"- busy (>40% of a core) until {stopped:.2f} s after the disconnect")
    server.stop()


def measure_errors():
    print("## 5xx over the fuzz corpus (imported) and malformed parameters on every route")
    server = Server(os.path.join(WORK, "data-errors"))
    corpus = sorted(glob.glob(os.path.join(ROOT, "tests/MapDashboard.Geoparsing.Tests/Fuzz/corpus/*")))
    counts = {}
    def hit(request):
        try:
            status = urllib.request.urlopen(request, timeout=60).status
        except urllib.error.HTTPError as e:
            status = e.code
        counts[status // 100] = counts.get(status // 100, 0) + 1
    for path in corpus:
        hit(server.import_request([(os.path.basename(path), open(path, "rb").read())]))
    bad = ["x", "-1", "1e999", "NaN", "%00", "2017-13-45", "a,b,c,d", "999999999999999999999", "<script>", "..%2F..%2Fetc%2Fpasswd", ""]
    routes = ["/api/events?from={}", "/api/events?to={}&undated={}", "/api/events?bbox={}", "/api/facets?role={}", "/api/labels?bbox={}&zoom={}",
              "/api/events.csv?level={}", "/api/events.geojson?q={}", "/api/articles/{}", "/api/imports/{}", "/articles/{}", "/fragments/place/{}", "/mentions/{}/correct"]
    for route in routes:
        for value in bad:
            hit(urllib.request.Request(server.url + route.replace("{}", value)))
    print(f"- {sum(counts.values())} requests: " + ", ".join(f"{k}xx {v}" for k, v in sorted(counts.items())))
    server.stop()


def measure_load_and_kill(kill):
    # The dashboard's own reads (what an open map page asks: markers, counts, histogram, list, facets, labels, a popup),
    # not whole-corpus exports: 100 concurrent downloads of every event are a bandwidth test, not a dashboard.
    print("## 100 connections of dashboard reads for 30 s during a 1,000-file import" if not kill else "## kill -9 mid-import, restart")
    data = os.path.join(WORK, "data-kill" if kill else "data-load")
    extra = [f"--Import:Workers={WORKERS}"] if WORKERS else []
    if not kill:
        # wrk's 100 connections stand for 100 dashboards but share one address, and the labels route is limited per
        # address (100 a second): give the one address the allowance of 100 clients, or the limiter, not the server,
        # is what this measures.
        extra += ["--RateLimits:PerSecond=10000", "--RateLimits:Burst=20000"]
    if PER_ROUTE and not kill:
        # ASP.NET Core's own "Request finished ... 12.3ms" lines, read back below for each route's percentiles.
        extra.append("--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information")
    server = Server(data, extra)
    rnd = random.Random(7)
    places = ["Homs", "Raqqa", "Aleppo", "Damascus", "Palmyra", "Mosul", "Idlib", "Kirkuk", "Tikrit", "Fallujah"]
    files = [(f"report-{i:04d}.txt", (f"Fighting near {rnd.choice(places)} {i}\n\n" + " ".join(
        f"On {d} March 2017 clashes were reported in {rnd.choice(places)}, officials said." for d in range(1, 12))).encode()) for i in range(1000)]
    import threading
    results = {}
    def run_import():
        try:
            results["import"] = json.load(urllib.request.urlopen(server.import_request(files), timeout=900))
        except Exception as e:
            results["import"] = e
    thread = threading.Thread(target=run_import)
    thread.start()
    if kill:
        time.sleep(20)
        server.stop(kill=True)
        thread.join()
        server = Server(data)
        for _ in range(600):
            jobs = json.load(urllib.request.urlopen(server.url + "/api/imports"))
            if jobs and all(j["state"] in ("done", "cancelled") for j in jobs):
                break
            time.sleep(1)
        import sqlite3
        db = sqlite3.connect(os.path.join(data, "mapdashboard.db"))
        stored = db.execute("select count(*), count(distinct ContentHash) from SourceFiles").fetchone()
        articles = db.execute("select count(*), count(distinct Title) from Articles").fetchone()
        outcomes = [f["outcome"] for j in jobs for f in j["files"]]
        print(f"- after restart: job states {[j['state'] for j in jobs]}; {len(outcomes)} outcomes, {sum(1 for o in outcomes if o and o['error'])} errors")
        print(f"- SourceFiles rows {stored[0]} (distinct hashes {stored[1]}), Articles {articles[0]} (distinct titles {articles[1]}) for {len(files)} files accepted")
    else:
        time.sleep(3)
        lua = os.path.join(WORK, "mixed.lua")
        open(lua, "w").write("""
local paths = {"/api/map?bbox=35,33,42,37&zoom=7", "/api/counts?from=2017-03-01&to=2017-03-10", "/api/histogram?bucket=day",
  "/api/reports?bbox=35,33,42,37&offset=0&count=40", "/api/facet-counts", "/api/labels?bbox=35,33,42,37&zoom=7",
  "/api/places/169577/reports?offset=0&count=20", "/api/summary", "/api/reports?q=Homs&offset=0&count=40", "/status", "/api/imports"}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
""")
        run = subprocess.run(["wrk", "-t2", "-c100", "-d30s", "--timeout", "10s", "--latency", "-s", lua, server.url], capture_output=True, text=True)
        out = run.stdout + run.stderr
        print("\n".join("    " + l for l in out.splitlines() if l.strip()))
        thread.join()
        outcome = results["import"]
        print(f"- import: {len(outcome) if isinstance(outcome, list) else outcome} outcomes")
    server.stop()
    if PER_ROUTE and not kill:
        print_per_route(server)


def print_per_route(server):
    times, refused = {}, {}
    for line in open(os.path.join(WORK, f"server-{server.port}.log"), errors="replace"):
        m = re.search(r"Request finished HTTP/[\d.]+ GET https?://[^/]+(/[^?\s]*)\S* - (\d+) .* ([\d.]+)ms$", line)
        if m:
            times.setdefault(m.group(1), []).append(float(m.group(3)))
            if not m.group(2).startswith("2"):
                refused[(m.group(1), m.group(2))] = refused.get((m.group(1), m.group(2)), 0) + 1
    print("    server time per route (ms): route, requests, p50, p95, p99, max")
    for route, ms in sorted(times.items(), key=lambda kv: -sorted(kv[1])[int(len(kv[1]) * 0.99) - 1]):
        ms.sort()
        at = lambda q: ms[min(len(ms) - 1, int(len(ms) * q))]
        print(f"    {route:40} {len(ms):6} {at(0.5):8.1f} {at(0.95):8.1f} {at(0.99):8.1f} {ms[-1]:8.1f}")
    for (route, status), count in sorted(refused.items()):
        print(f"    {route}: {count} answered {status}")


PER_ROUTE = "--per-route" in sys.argv
WORKERS = sys.argv[sys.argv.index("--workers") + 1] if "--workers" in sys.argv else None

if __name__ == "__main__":
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else ["shapes", "cancel", "errors", "load", "kill"]
    try:
        if "shapes" in only: measure_shapes()
        if "cancel" in only: measure_cancel()
        if "errors" in only: measure_errors()
        if "load" in only: measure_load_and_kill(kill=False)
        if "kill" in only: measure_load_and_kill(kill=True)
    finally:
        if not os.environ.get("KEEP"): shutil.rmtree(WORK, ignore_errors=True)
        else: print("kept", WORK)
