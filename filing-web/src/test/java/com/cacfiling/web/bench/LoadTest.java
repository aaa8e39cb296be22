package com.cacfiling.web.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.demo.BulkSeeder;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.operations.RequestTurnsFilter;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal under load, over real HTTP (embedded Tomcat, the test's PostgreSQL made durable as the portal's own
 * embedded server runs, the portal's whole filter chain):
 * seeds 1,000 companies and 100,000 filings, then drives each scenario with a fixed number of connections (one
 * thread each, its own signed-in session) for a bounded time, and prints and writes to {@code docs/performance.md}
 * throughput, p50, p99 and errors. Alongside, a bare 40-field Thymeleaf form served by the same stack, so every run
 * shows the ratio step GET / bare form. A measurement, not a test: run it on purpose with
 *
 * <pre>./mvnw -B -pl filing-web -am test -Dtest=LoadTest -Dbenchmark=load -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m -Dload.gzip=true</pre>
 *
 * System properties: {@code load.companies} (1000), {@code load.filings} (100000), {@code load.seconds} per scenario
 * (10), {@code load.warmup} seconds before each scenario's measurement (10), {@code load.jit-warmup} at most so many
 * seconds of unmeasured traffic per page kind before any measurement, until the JIT compilers settle (360, with
 * {@code load.jit-warmup-min} 30, {@code load.jit-quiet-ms} 250 and {@code load.jit-warmup-connections} 2, see
 * {@link #warmUp}), {@code load.ratio-rounds} (6,
 * see {@link #alternate}), {@code load.only} (a regular expression: only the scenarios it matches),
 * {@code load.gzip}, {@code load.out} (the markdown file, {@code ../docs/performance.md}), {@code load.trace} (a
 * directory: a CSV file per measured scenario with each request's start and latency, to see when the slow ones came).
 */
// Durable: every save waits for its commit to reach the disk, as on the portal's own embedded server; the test
// database's default (zonky's: no fsync, no synchronous commit) measured saves users never get.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "filing.test-db.durable=true")
@ActiveProfiles("test")
@Import({TestFixtures.class, LoadTest.BareFormConfig.class})
@EnabledIfSystemProperty(named = "benchmark", matches = "load")
class LoadTest {

    static final String BEGIN = "<!-- load-test:begin -->";
    static final String END = "<!-- load-test:end -->";

    @TestConfiguration
    static class BareFormConfig {
        @Bean
        BareForm bareForm() {
            return new BareForm();
        }
    }

    /** The yardstick: a plain Thymeleaf form of 40 fields, no layout, no database. */
    @Controller
    static class BareForm {
        record Field(String name, String label, String value) {
        }

        static final List<Field> FIELDS = IntStream.range(0, 40)
                .mapToObj(i -> new Field("field" + i, "字段 " + i, "值 " + i)).toList();

        @GetMapping("/bench/bare-form")
        String form(Model model) {
            model.addAttribute("fields", FIELDS);
            return "bench/bare-form";
        }
    }

    @LocalServerPort
    int port;

    /** Every client made, so that their connections can be closed between scenarios and at the end. */
    private final List<Client> clients = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    BulkSeeder seeder;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    /** The database's settings that decide what a commit waits for, for the table's header. */
    String durability() {
        return jdbc.queryForObject("select 'fsync ' || current_setting('fsync') || ', synchronous_commit '"
                + " || current_setting('synchronous_commit') || ', full_page_writes '"
                + " || current_setting('full_page_writes')", String.class);
    }

    /** How many requests the portal works on at once (RequestTurnsFilter), for the table's header. */
    @Value("${filing.web.concurrent-requests}")
    int concurrentRequests;

    final int seconds = Integer.getInteger("load.seconds", 10);
    final int warmup = Integer.getInteger("load.warmup", 10);
    /** At most this many seconds of unmeasured traffic per page kind ({@link #warmUp}). */
    final int jitWarmup = Integer.getInteger("load.jit-warmup", 360);
    final int jitWarmupMin = Integer.getInteger("load.jit-warmup-min", 30);
    final long jitQuietMillis = Long.getLong("load.jit-quiet-ms", 250);
    /** How many connections drive the JIT warm-up ({@link #warmUp}). */
    final int jitWarmupConnections = Integer.getInteger("load.jit-warmup-connections", 2);
    static final int WARM_UP_WINDOW = 10;
    /** How long each page kind was warmed up, for the table's header. */
    final List<String> warmUps = new ArrayList<>();
    final List<Result> results = new ArrayList<>();
    /** Step GET and bare form throughput of each alternating round ({@link #alternate}). */
    final List<double[]> ratioRounds = new ArrayList<>();
    final java.util.concurrent.atomic.AtomicBoolean pageSizesShown = new java.util.concurrent.atomic.AtomicBoolean();

    @Test
    void portalUnderLoad() throws Exception {
        try {
            underLoad();
        }
        finally {
            closeClients();
        }
    }

    private void underLoad() throws Exception {
        int companies = Integer.getInteger("load.companies", 1000);
        int filingCount = Integer.getInteger("load.filings", 100_000);
        long seedStart = System.nanoTime();
        seeder.seed(companies, filingCount);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        String consultant = jdbc.queryForObject("select username from app_user where username like '"
                + BulkSeeder.CONSULTANT + "%' order by created_at desc limit 1", String.class);

        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        List<UUID> filings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "负载算法" + i),
                    TestFixtures.principal(officer));
            filings.add(filing.getId());
            names.add(filing.getAlgorithm().getName());
        }
        String token = "Bearer " + tokens.create(officer.getId(), "load test");

        // Anonymous: the login page.
        run("login page (GET /login)", 8, thread -> {
            Client client = new Client();
            return (Simple) () -> client.getBytes("/login") == 200;
        });
        PerThread bareForm = thread -> {
            Client client = Client.signedIn(this, officer.getUsername(), TestFixtures.PASSWORD);
            return (Simple) () -> client.getBytes("/bench/bare-form") == 200;
        };
        PerThread stepGet = thread -> {
            Client client = Client.signedIn(this, officer.getUsername(), TestFixtures.PASSWORD);
            String path = "/filings/" + filings.get(thread) + "/steps/detailed";
            if (thread == 0 && pageSizesShown.compareAndSet(false, true)) {
                System.out.printf("LOAD page sizes: step %,d characters, bare form %,d characters%n",
                        client.get(path).body().length(), client.get("/bench/bare-form").body().length());
            }
            return (Simple) () -> client.getBytes(path) == 200;
        };
        PerThread stepSave = thread -> {
            Client client = Client.signedIn(this, officer.getUsername(), TestFixtures.PASSWORD);
            String path = "/filings/" + filings.get(thread) + "/steps/basic";
            Map<String, List<String>> form = formOf(client.get(path).body());
            String name = form.get("algorithm.basics.name").get(0);
            AtomicInteger round = new AtomicInteger();
            return (Simple) () -> {
                form.put("algorithm.basics.name", List.of(name + (round.incrementAndGet() % 2 == 0 ? "" : "·")));
                form.put("_action", List.of("save"));
                Answer saved = client.post(path, form);
                if (saved.statusCode() != 302) {
                    return false;
                }
                Answer page = client.get(URI.create(saved.header("Location")
                        .orElseThrow()).getPath());
                Matcher version = VERSION.matcher(page.body());
                Matcher csrf = CSRF.matcher(page.body());
                if (page.statusCode() != 200 || !version.find() || !csrf.find()) {
                    return false;
                }
                form.put("_version", List.of(version.group(1)));
                form.put("_csrf", List.of(csrf.group(1)));
                return true;
            };
        };
        PerThread apiPut = thread -> {
            Client client = new Client(Map.of("Authorization", token));
            String path = "/api/v1/filings/" + filings.get(thread);
            String name = names.get(thread);
            AtomicInteger round = new AtomicInteger();
            return new Timed() {
                @Override
                public boolean call(long[] elapsed) throws Exception {
                    Answer current = client.get(path);
                    String etag = current.header("ETag").orElseThrow();
                    String body = current.body().replaceAll(Pattern.quote(name) + "·?",
                            name + (round.incrementAndGet() % 2 == 0 ? "" : "·"));
                    long start = System.nanoTime();
                    Answer put = client.put(path, body, etag);
                    elapsed[0] = System.nanoTime() - start;
                    return put.statusCode() == 200;
                }
            };
        };
        warmUp("bare 40-field form", 8, bareForm);
        warmUp("wizard step GET (detailed)", 8, stepGet);
        warmUp("step save (POST + redirect + GET)", 16, stepSave);
        warmUp("API PUT, distinct filings of one company", 25, apiPut);
        // The yardstick and the wizard step, back to back, same connections.
        run("bare 40-field form", 8, bareForm);
        run("wizard step GET (detailed)", 8, stepGet);
        run("bare 40-field form (again)", 8, bareForm);
        alternate(8, bareForm, stepGet);
        run("step save (POST + redirect + GET)", 16, stepSave);
        run("API PUT, distinct filings of one company", 25, apiPut);
        Map<String, String> dashboards = new LinkedHashMap<>();
        dashboards.put("first page", "/filings");
        dashboards.put("search", "/filings?q=" + URLEncoder.encode("智能客服", StandardCharsets.UTF_8));
        dashboards.put("filter", "/filings?status=DRAFT");
        dashboards.put("page 300", "/filings?page=300");
        for (int connections : new int[] {1, 8}) {
            dashboards.forEach((name, path) -> {
                try {
                    run("dashboard " + name, connections, thread -> {
                        Client client = Client.signedIn(this, consultant, "Demo-2026!");
                        return (Simple) () -> client.getBytes(path) == 200;
                    });
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (String[] document : new String[][] {{"dossier ZIP", "/filings/" + filings.get(0) + "/dossier.zip"},
                {"report PDF (zh)", "/filings/" + filings.get(1) + "/documents/report.pdf"}}) {
            run(document[0], 1, thread -> {
                Client client = Client.signedIn(this, officer.getUsername(), TestFixtures.PASSWORD);
                double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long start = System.nanoTime();
                int status = client.getBytes(document[1]);
                double millis = (System.nanoTime() - start) / 1e6;
                results.add(new Result(document[0] + ", first (rendered)", 1, 1, millis / 1000, 1000 / millis,
                        millis, millis, status == 200 ? 0 : 1, loadBefore,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Double.NaN,
                        Double.NaN, Double.NaN));
                return (Simple) () -> client.getBytes(document[1]) == 200;
            });
        }
        write(companies, filingCount, seedMillis);
    }

    // ---------------------------------------------------------------------------------------------- the runner

    /** One request (or round trip) of a scenario; true when it was answered as expected. */
    interface Timed {
        /** @param elapsed where to put the time to count, if not the whole call */
        boolean call(long[] elapsed) throws Exception;
    }

    interface Simple extends Timed {
        boolean run() throws Exception;

        @Override
        default boolean call(long[] elapsed) throws Exception {
            return run();
        }
    }

    interface PerThread {
        Timed prepare(int thread) throws Exception;
    }

    /**
     * One scenario's figures. {@code portalCpu}, {@code postgresCpu} and {@code generatorCpu}: CPU milliseconds per
     * request while it was measured, the test JVM's less the generator's own threads, every PostgreSQL process's (from
     * /proc), and the generator's threads' (which share the two cores): what a request costs the machine, which moves
     * less with the machine's neighbours than the throughput does. NaN where not measured.
     */
    record Result(String name, int connections, int requests, double seconds, double throughput, double p50,
            double p99, int errors, double loadBefore, double loadAfter, double portalCpu, double postgresCpu,
            double generatorCpu) {
    }

    /** CPU nanoseconds of this JVM so far. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU nanoseconds of every process named postgres so far (utime + stime of /proc/PID/stat, in clock ticks of
     * 10 ms, Linux's USER_HZ), or -1 without /proc. Run nothing else on PostgreSQL while measuring.
     */
    static long postgresCpuNanos() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (var pids = Files.list(proc)) {
            for (Path pid : (Iterable<Path>) pids.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                try {
                    String stat = Files.readString(pid.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0 || close < 0 || !stat.substring(open + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
                catch (IOException | RuntimeException gone) {
                    // The process ended while the list was read.
                }
            }
        }
        catch (IOException unreadable) {
            return -1;
        }
        return ticks * 10_000_000L;
    }

    void run(String name, int connections, PerThread perThread) throws Exception {
        if (seconds > 0 && name.matches(System.getProperty("load.only", ".*"))) {
            results.add(drive(name, connections, perThread, warmup, seconds));
        }
    }

    /**
     * The ratio step GET / bare form, measured in {@code load.ratio-rounds} alternating rounds (bare form, then step
     * page, {@code load.seconds} / 2 each, both already warm): the bare form's throughput moves by a third from run
     * to run on this machine (JIT, the load generator sharing the cores), so one measurement of each, minutes apart,
     * gives a ratio that moves as much. Each round's pair is measured back to back; the median of the rounds is
     * the figure.
     */
    void alternate(int connections, PerThread bareForm, PerThread stepGet) throws Exception {
        int rounds = Integer.getInteger("load.ratio-rounds", 6);
        if (rounds < 1 || !"bare 40-field form".matches(System.getProperty("load.only", ".*"))
                || !"wizard step GET (detailed)".matches(System.getProperty("load.only", ".*"))) {
            return;
        }
        int half = Math.max(1, seconds / 2);
        for (int round = 1; round <= rounds; round++) {
            Result bare = drive("ratio round " + round + ": bare form", connections, bareForm, 1, half);
            Result step = drive("ratio round " + round + ": step GET", connections, stepGet, 1, half);
            results.add(bare);
            results.add(step);
            ratioRounds.add(new double[] {step.throughput(), bare.throughput()});
        }
    }

    /**
     * Before anything is measured, the wizard step, the save, the API PUT and the bare form are each driven unmeasured
     * until the JIT compilers have settled: in windows of {@value #WARM_UP_WINDOW} s, until two windows in a row in
     * which the compilers worked less than {@code load.jit-quiet-ms} (after at least {@code load.jit-warmup-min}
     * seconds, at most {@code load.jit-warmup} seconds). On two cores the compilers share the CPU with the traffic, so
     * the step page's path takes them about three minutes of full load (portal CPU per step GET under {@code wrk}:
     * 19 ms in the first 10 s, 5.8 ms after a minute, 2.4 ms after two, 1.5 ms from about three minutes on); the
     * bare form settles in seconds. A fixed 60 s measured the step page half-compiled next to a compiled bare form.
     * The warm-up first drives {@code load.jit-warmup-connections} (2) connections until the compilers settle, then the
     * scenario's connections until they settle again (the paths only concurrency takes: contended pools and locks),
     * all within {@code load.jit-warmup}: with 16 busy request threads on two cores the compiler threads got about a
     * tenth of the CPU, and the save's path had not settled after 240 s (174.5 round trips/s measured after it); two
     * connections leave the compilers half the machine, and the save settled within 100 s. A server that has run for
     * a while is what users meet; each page kind's warm-up phases and, if it did not settle, the compilers' work in
     * its last window are in the table's header.
     */
    void warmUp(String name, int connections, PerThread perThread) throws Exception {
        if (jitWarmup <= 0 || !name.matches(System.getProperty("load.only", ".*"))) {
            return;
        }
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        int elapsed = 0;
        List<String> phases = new ArrayList<>();
        String unsettled = "";
        for (int phaseConnections : new LinkedHashSet<>(List.of(Math.min(connections, jitWarmupConnections),
                connections))) {
            List<Timed> tasks = prepare(phaseConnections, perThread);
            int phaseElapsed = 0;
            int quietWindows = 0;
            long compiling = -1;
            while (elapsed < jitWarmup && quietWindows < 2) {
                long before = compilers == null ? 0 : compilers.getTotalCompilationTime();
                Result window = drive("warm-up " + name, tasks, 0, WARM_UP_WINDOW);
                compiling = compilers == null ? 0 : compilers.getTotalCompilationTime() - before;
                elapsed += WARM_UP_WINDOW;
                phaseElapsed += WARM_UP_WINDOW;
                quietWindows = phaseElapsed >= jitWarmupMin && compiling < jitQuietMillis ? quietWindows + 1 : 0;
                System.out.printf(Locale.ROOT, "LOAD warm-up %s on %d connections: %d s, %.0f req/s, %d errors, "
                        + "compilers %d ms in the window%n", name, phaseConnections, elapsed, window.throughput(),
                        window.errors(), compiling);
            }
            phases.add(String.format(Locale.ROOT, "%d s on %d", phaseElapsed, phaseConnections));
            unsettled = quietWindows < 2 ? " (compilers not settled: " + compiling + " ms in the last window)" : "";
        }
        warmUps.add(String.format(Locale.ROOT, "%s %s connections%s", name, String.join(" + ", phases),
                unsettled));
    }

    /** One client (signed in, where the scenario wants it) per connection. */
    private List<Timed> prepare(int connections, PerThread perThread) throws Exception {
        // The last scenario's connections are idle from now on; a client used again connects anew.
        closeClients();
        List<Timed> tasks = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            tasks.add(perThread.prepare(i));
        }
        return tasks;
    }

    private void closeClients() {
        synchronized (clients) {
            clients.forEach(Client::close);
        }
    }

    private Result drive(String name, int connections, PerThread perThread, int warmup, int seconds)
            throws Exception {
        return drive(name, prepare(connections, perThread), warmup, seconds);
    }

    /** Drives one scenario, one thread per task: {@code warmup} seconds unmeasured, then {@code seconds} measured. */
    private Result drive(String name, List<Timed> tasks, int warmup, int seconds) throws Exception {
        int connections = tasks.size();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Instant warmEnd = Instant.now().plusSeconds(warmup);
            Instant end = warmEnd.plusSeconds(seconds);
            int maxPerThread = 200_000;
            // load.trace: a directory for each measured request's start and latency, to see when the slow ones came.
            List<long[]> trace = System.getProperty("load.trace") == null ? null
                    : Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> futures = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            // The generator's own CPU while measuring, to take out of the JVM's.
            java.util.concurrent.atomic.AtomicLong generatorCpu = new java.util.concurrent.atomic.AtomicLong();
            var threads = ManagementFactory.getThreadMXBean();
            for (Timed task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    long[] latencies = new long[maxPerThread];
                    long[] begins = trace == null ? null : new long[maxPerThread];
                    int n = 0;
                    long[] elapsed = new long[1];
                    long cpuAtMeasuring = -1;
                    while (n < maxPerThread) {
                        Instant now = Instant.now();
                        if (now.isAfter(end)) {
                            break;
                        }
                        boolean measuring = now.isAfter(warmEnd);
                        if (measuring && cpuAtMeasuring < 0) {
                            cpuAtMeasuring = threads.getCurrentThreadCpuTime();
                        }
                        elapsed[0] = -1;
                        long begin = System.nanoTime();
                        boolean ok;
                        try {
                            ok = task.call(elapsed);
                        }
                        catch (Exception e) {
                            ok = false;
                        }
                        long took = elapsed[0] >= 0 ? elapsed[0] : System.nanoTime() - begin;
                        if (measuring) {
                            if (begins != null) {
                                begins[n] = begin;
                            }
                            latencies[n++] = took;
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    if (cpuAtMeasuring >= 0) {
                        generatorCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuAtMeasuring);
                    }
                    if (begins != null) {
                        for (int i = 0; i < n; i++) {
                            trace.add(new long[] {begins[i], latencies[i]});
                        }
                    }
                    return java.util.Arrays.copyOf(latencies, n);
                }));
            }
            start.countDown();
            Thread.sleep(Math.max(0, java.time.Duration.between(Instant.now(), warmEnd).toMillis()));
            long jvmCpuBefore = processCpuNanos();
            long postgresCpuBefore = postgresCpuNanos();
            List<Long> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                for (long latency : future.get()) {
                    all.add(latency);
                }
            }
            long jvmCpu = processCpuNanos() - jvmCpuBefore;
            long postgresCpuAfter = postgresCpuNanos();
            Collections.sort(all);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            int count = all.size();
            double portalCpu = count == 0 ? Double.NaN : (jvmCpu - generatorCpu.get()) / 1e6 / count;
            double postgresCpu = count == 0 || postgresCpuBefore < 0 || postgresCpuAfter < 0 ? Double.NaN
                    : (postgresCpuAfter - postgresCpuBefore) / 1e6 / count;
            Result result = new Result(name, connections, count, seconds, count / (double) seconds,
                    percentile(all, 0.50), percentile(all, 0.99), errors.get(), loadBefore, loadAfter, portalCpu,
                    postgresCpu, count == 0 ? Double.NaN : generatorCpu.get() / 1e6 / count);
            if (!name.startsWith("warm-up")) {
                System.out.println("LOAD " + row(result));
                writeTrace(name, trace);
            }
            return result;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** {@code load.trace}'s file for a scenario: milliseconds from the first measured request's start, latency. */
    private static void writeTrace(String name, List<long[]> trace) throws IOException {
        if (trace == null || trace.isEmpty()) {
            return;
        }
        long first = trace.stream().mapToLong(request -> request[0]).min().orElseThrow();
        StringBuilder csv = new StringBuilder("start_ms,latency_ms\n");
        trace.stream().sorted(java.util.Comparator.comparingLong(request -> request[0])).forEach(request -> csv
                .append(String.format(Locale.ROOT, "%.3f,%.3f%n", (request[0] - first) / 1e6, request[1] / 1e6)));
        Path file = Path.of(System.getProperty("load.trace"), name.replaceAll("[^A-Za-z0-9]+", "-") + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static String row(Result r) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %d | %s | %s | %s | %.2f → %.2f |",
                r.name(), r.connections(), r.requests(), r.throughput(), r.p50(), r.p99(), r.errors(),
                Double.isNaN(r.portalCpu()) ? "" : String.format(Locale.ROOT, "%.2f", r.portalCpu()),
                Double.isNaN(r.postgresCpu()) ? "" : String.format(Locale.ROOT, "%.2f", r.postgresCpu()),
                Double.isNaN(r.generatorCpu()) ? "" : String.format(Locale.ROOT, "%.2f", r.generatorCpu()),
                r.loadBefore(), r.loadAfter());
    }

    void write(int companies, int filingCount, long seedMillis) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double bare = results.stream().filter(r -> r.name().startsWith("bare")).mapToDouble(Result::throughput)
                .average().orElse(Double.NaN);
        double step = results.stream().filter(r -> r.name().startsWith("wizard step GET"))
                .mapToDouble(Result::throughput).findFirst().orElse(Double.NaN);
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        out.append(String.format(Locale.ROOT, "Last run: %s UTC · %s · %d cores · %.1f GB memory · JVM max heap %d MB · "
                + "Java %s · %,d companies, %,d filings (seeded in %.1f s) · %d s per scenario after %d s warm-up · "
                + "JVM options %s · requests worked on at once %s · PostgreSQL %s · "
                + "unmeasured traffic until the JIT compilers settled (at most %d s): %s%n%n",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                GZIP ? "gzip requested" : "no compression requested", Runtime.getRuntime()
                        .availableProcessors(), os.getTotalMemorySize() / 1e9, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), companies, filingCount, seedMillis / 1000.0, seconds, warmup,
                jvmOptions(), concurrentRequests == 0 ? "unlimited" : concurrentRequests < 0
                        ? RequestTurnsFilter.defaultConcurrentRequests() + " (the cores plus one)"
                        : concurrentRequests + " (filing.web.concurrent-requests)",
                durability(), jitWarmup, String.join(", ", warmUps)));
        out.append("| scenario | connections | requests | req/s | p50 ms | p99 ms | errors | portal CPU ms/request "
                + "| PostgreSQL CPU ms/request | generator CPU ms/request | load average |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        results.forEach(r -> out.append(row(r)).append('\n'));
        if (!ratioRounds.isEmpty()) {
            double[] ratios = ratioRounds.stream().mapToDouble(pair -> pair[0] / pair[1]).sorted().toArray();
            double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                    : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
            out.append(String.format(Locale.ROOT, "%n**Step GET / bare form throughput: %.2f**, the median of %d "
                    + "alternating rounds of %d s each (%.2f–%.2f; rounds, step / bare req/s: %s); from the table's "
                    + "runs above %.2f (%.1f / %.1f req/s)%n", median, ratios.length, Math.max(1, seconds / 2),
                    ratios[0], ratios[ratios.length - 1], ratioRounds.stream()
                            .map(pair -> String.format(Locale.ROOT, "%.0f / %.0f", pair[0], pair[1]))
                            .collect(java.util.stream.Collectors.joining(", ")), step / bare, step, bare));
        }
        else if (step > 0 && bare > 0) {
            out.append(String.format(Locale.ROOT, "%n**Step GET / bare form throughput: %.2f** (%.1f / %.1f req/s)%n",
                    step / bare, step, bare));
        }
        else {
            // A run of some scenarios only (load.only) measured neither or one of the two: no ratio (it said "NaN").
            out.append(String.format(Locale.ROOT, "%nNo step GET / bare form ratio: this run measured %s.%n",
                    step > 0 ? "the step GET without the bare form" : bare > 0 ? "the bare form without the step GET"
                            : "neither the step GET nor the bare form"));
        }
        out.append(END);
        System.out.println(out);
        Path file = Path.of(System.getProperty("load.out", "../docs/performance.md"));
        String existing = Files.exists(file) ? Files.readString(file) : "# Performance\n\n" + BEGIN + "\n" + END
                + "\n";
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        String updated = begin < 0 || end < 0 ? existing + "\n" + out + "\n"
                : existing.substring(0, begin) + out + existing.substring(end + END.length());
        Files.writeString(file, updated);
        System.out.println("LOAD written to " + file.toAbsolutePath());
    }

    /**
     * This JVM's options as the header shows them, and whether they include the portal's own (deploy/jvm.options,
     * which every start of the portal reads): a run without them measures a differently configured portal.
     */
    static String jvmOptions() throws IOException {
        List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-X") && !option.startsWith("-Xlog")).toList();
        String shown = "`" + String.join(" ", running) + "`";
        Path portal = Path.of("../deploy/jvm.options");
        if (!Files.exists(portal)) {
            return shown + " (**deploy/jvm.options not found**)";
        }
        List<String> missing = Files.readAllLines(portal).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .filter(option -> !running.contains(option)).toList();
        return shown + (missing.isEmpty() ? " (deploy/jvm.options included)"
                : " (**not those of deploy/jvm.options: " + String.join(" ", missing) + " missing**)");
    }

    // ---------------------------------------------------------------------------------------------- the client

    /** {@code -Dload.gzip=true}: ask for compressed answers, as browsers do (and unpack them, as browsers do). */
    static final boolean GZIP = Boolean.parseBoolean(System.getProperty("load.gzip", "false"));

    /** An answer read to its end (so that the connection can carry the next request), unpacked if gzipped. */
    record Answer(int statusCode, String body, Map<String, List<String>> headers) {
        java.util.Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"_version\" value=\"(-?\\d+)\"");

    /** The fields the step form would post, as a browser would (checked boxes, selected options, textareas). */
    static Map<String, List<String>> formOf(String html) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst("form:has(input[name=_version])");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            if (input.tagName().equals("select")) {
                input.select("option[selected]").forEach(o -> fields.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(o.attr("value")));
            }
            else if (input.tagName().equals("textarea")) {
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(input.wholeText());
            }
            else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            else if (!type.equals("submit") && !type.equals("button") && !type.equals("file")) {
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(input.attr("value"));
            }
        }
        return fields;
    }

    /**
     * One signed-in (or anonymous) user on one keep-alive connection: HTTP/1.1 written to and read from a plain socket
     * on the calling thread, the session cookie kept by hand. The generator shares the portal's two cores, so it should
     * cost them no more than a browser's requests cost a server: wrk served the login page at 2,840 requests/s where
     * the JDK's HttpClient (which hands every exchange to its selector thread and back) reached 760-880 and
     * HttpURLConnection 2,050; in the save's profile at 16 connections HttpURLConnection was still a tenth of all
     * samples, most of it its own header handling rather than the socket's system calls. The client speaks only what
     * the portal answers: a Content-Length or chunked body, {@code Connection: close} (Tomcat's keep-alive limit),
     * and a kept connection that the portal has closed meanwhile (tried again once on a new one).
     */
    final class Client implements AutoCloseable {
        private final Map<String, String> headers;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private java.net.Socket socket;
        private java.io.InputStream in;
        private java.io.OutputStream out;

        Client() {
            this(Map.of());
        }

        Client(Map<String, String> headers) {
            this.headers = headers;
            clients.add(this);
        }

        static Client signedIn(LoadTest test, String username, String password) throws Exception {
            Client client = test.new Client();
            String html = client.get("/login").body();
            Matcher token = CSRF.matcher(html);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            Answer signIn = client.post("/login", Map.of("_csrf", List.of(token.group(1)),
                    "username", List.of(username), "password", List.of(password)));
            if (signIn.statusCode() != 302 || signIn.header("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + username + " failed: " + signIn.statusCode());
            }
            return client;
        }

        Answer get(String path) throws IOException {
            return exchange("GET", path, null, null, true);
        }

        /** Status only; the answer is read to its end but, as wrk does, neither unpacked nor decoded. */
        int getBytes(String path) throws IOException {
            return exchange("GET", path, null, null, false).statusCode();
        }

        Answer post(String path, Map<String, List<String>> form) throws IOException {
            String body = form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(v, StandardCharsets.UTF_8))).collect(Collectors.joining("&"));
            return exchange("POST", path, "application/x-www-form-urlencoded", body, true);
        }

        Answer put(String path, String json, String etag) throws IOException {
            return exchange("PUT", path, "application/json", json, true, "If-Match", etag);
        }

        private Answer exchange(String method, String path, String contentType, String body, boolean text,
                String... extraHeader) throws IOException {
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(512).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n");
            if (GZIP) {
                head.append("Accept-Encoding: gzip\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            for (int i = 0; i + 1 < extraHeader.length; i += 2) {
                head.append(extraHeader[i]).append(": ").append(extraHeader[i + 1]).append("\r\n");
            }
            if (!cookies.isEmpty()) {
                head.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "))).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ")
                        .append(payload.length).append("\r\n");
            }
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            // One write: with no delay set, head and body in two writes would be two segments.
            byte[] request = java.util.Arrays.copyOf(start, start.length + payload.length);
            System.arraycopy(payload, 0, request, start.length, payload.length);
            boolean kept = socket != null;
            if (!kept) {
                connect();
            }
            String statusLine;
            try {
                out.write(request);
                out.flush();
                statusLine = line();
            }
            catch (java.net.SocketTimeoutException noAnswer) {
                throw noAnswer;
            }
            catch (IOException closedMeanwhile) {
                if (!kept) {
                    throw closedMeanwhile;
                }
                statusLine = null;
            }
            if (statusLine == null) {
                // The portal closed the kept connection before it read this request: nothing of it was answered.
                close();
                if (!kept) {
                    throw new java.io.EOFException("connection closed before an answer");
                }
                connect();
                out.write(request);
                out.flush();
                statusLine = line();
                if (statusLine == null) {
                    throw new java.io.EOFException("connection closed before an answer");
                }
            }
            return answer(statusLine, text);
        }

        private Answer answer(String statusLine, boolean text) throws IOException {
            int status = Integer.parseInt(statusLine.substring(9, 12));
            Map<String, List<String>> answerHeaders = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                answerHeaders.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            byte[] bytes;
            String length = first(answerHeaders, "Content-Length");
            if ("chunked".equalsIgnoreCase(first(answerHeaders, "Transfer-Encoding"))) {
                java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
                for (int size = chunkSize(); size > 0; size = chunkSize()) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected
                }
                bytes = chunks.toByteArray();
            }
            else if (length != null) {
                bytes = in.readNBytes(Integer.parseInt(length));
            }
            else if (status == 204 || status == 304 || status / 100 == 1) {
                bytes = new byte[0];
            }
            else {
                bytes = in.readAllBytes();
                close();
            }
            for (String cookie : answerHeaders.getOrDefault("Set-Cookie", List.of())) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            if ("close".equalsIgnoreCase(first(answerHeaders, "Connection"))) {
                close();
            }
            String decoded = null;
            if (text) {
                byte[] plain = "gzip".equalsIgnoreCase(first(answerHeaders, "Content-Encoding"))
                        ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes()
                        : bytes;
                decoded = new String(plain, StandardCharsets.UTF_8);
            }
            return new Answer(status, decoded, answerHeaders);
        }

        private static String first(Map<String, List<String>> headers, String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        private int chunkSize() throws IOException {
            String line = line();
            if (line == null) {
                throw new java.io.EOFException("connection closed inside a chunked answer");
            }
            int extension = line.indexOf(';');
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        /** A header line without its CRLF (ISO-8859-1, as HTTP's are); null at the end of the stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); ; b = in.read()) {
                if (b < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (b == '\n') {
                    int last = line.length() - 1;
                    return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
                }
                line.append((char) b);
            }
        }

        private void connect() throws IOException {
            socket = new java.net.Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                }
                catch (IOException ignored) {
                    // closing only
                }
                socket = null;
            }
        }
    }
}
