package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.Application;
import fr.chulille.passerelle.bench.Latencies;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Sex;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Submit latency with 50 concurrent referrers, in-process: each referrer thread calls
 * ReferralService.submit as the form does (validation, token look-up, pre-check, both JSON snapshots,
 * reference from the sequence, insert, ReferralSubmitted publication in one transaction) while the two
 * mails per referral go out asynchronously to the embedded SMTP server, as in the default profile.
 * Not included: Vaadin's request handling and the network.
 * Database: an H2 file under target/bench with the default profile's {@code WRITE_DELAY=0} (each commit
 * written before it returns), or PostgreSQL with -Dpasserelle.test.postgresql=true and the
 * PASSERELLE_TEST_POSTGRESQL_* variables (a fresh schema, as in the tests). The connection pool and the
 * mail threads are the portal's own settings (until issue 17 the harness set a pool of 10, Hikari's default), and so
 * are the mail retry's (until 2026-12-01, 07:10 UTC the tests' own, from target/test-classes: checked every second,
 * mail stuck after 5 s).
 * Also printed: the Hikari pool during the run (threads waiting for a connection, connections in use,
 * sampled every 5 ms) and how long after the last submit the last of the 2 000 mails went out, and the CPU time
 * per submit during the run and per mail during the drain after it: the JVM, split into the referrer threads, the
 * mail threads and the others (GreenMail, GC, JIT, scheduler), and on PostgreSQL the server processes of this
 * database's connections (read from /proc: the server must run on the same machine).
 */
public final class SubmitLatency {

    static final int REFERRERS = 50;
    static final int SUBMISSIONS_PER_REFERRER = 20;
    static final int WARM_UP_SUBMISSIONS = 200;
    /**
     * Untimed rounds of the whole burst (50 x 20, concurrent) after the 200 sequential submits and before the measured
     * one, each followed by the drain of its mail: 0 by default, as every figure before 2026-12-02 was measured; with
     * 1 or more the measured round runs on code the JIT has compiled for that load (the portal after its first minutes).
     */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.submit.warm-up-rounds", 0);
    /** Submits that threw (not in the latencies): counted, the run goes on. */
    static final java.util.concurrent.atomic.AtomicInteger FAILED = new java.util.concurrent.atomic.AtomicInteger();

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(
                Path.of(System.getProperty("bench.submit.folder", "target/bench"), "submit-db-" + System.currentTimeMillis()));
        // main(): Spring's AOT mode (-Dspring.aot.enabled=true) looks for the initializer generated for the main class
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).main(Application.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("passerelle").toAbsolutePath() + ";WRITE_DELAY=0",
                        "--spring.mail.port=0", "--passerelle.embedded-smtp.enabled=true",
                        // the portal's own mail retry settings: target/test-classes is on the class path, and its
                        // config/application.properties (which wins over the main one) checks every second and calls a
                        // mail stuck after 5 s, so the retry and the staleness check ran 10 times as often as in production
                        "--passerelle.mail.retry.check-interval=PT10S", "--passerelle.mail.retry.initial-backoff=PT30S",
                        "--passerelle.mail.retry.max-backoff=PT30M", "--passerelle.mail.retry.stuck-after=PT5M",
                        "--passerelle.mail.sending-lease=PT2M")) {
            Submitter submitter = new Submitter(context);
            for (int i = 0; i < WARM_UP_SUBMISSIONS; i++) {
                submitter.submit(i);
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            await(() -> owedMails(jdbc) == 0, 300);
            for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                measure(submitter, -round);
                REFERRER_CPU.reset();
                await(() -> owedMails(jdbc) == 0, 600);
            }
            Cpu cpu = new Cpu(jdbc);
            Cpu.Snapshot beforeRun = cpu.snapshot();
            Map<String, Long> threadsBeforeRun = ThreadCpu.byKind();
            PoolSampler pool = new PoolSampler(context.getBean(DataSource.class));
            pool.start();
            long measuredFrom = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            Latencies latencies = measure(submitter, 0);
            long measuredTo = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            pool.interrupt();
            pool.join();
            Cpu.Snapshot afterRun = cpu.snapshot();
            Map<String, Long> threadsAfterRun = ThreadCpu.byKind();
            long lastSubmit = System.nanoTime();
            long owedAtEnd = owedMails(jdbc);
            boolean drained = await(() -> owedMails(jdbc) == 0, 600);
            double drainSeconds = (System.nanoTime() - lastSubmit) / 1e9;
            Cpu.Snapshot afterDrain = cpu.snapshot();
            String database;
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                database = connection.getMetaData().getDatabaseProductName();
            }
            System.out.println("Submit latency, " + REFERRERS + " concurrent referrers x " + SUBMISSIONS_PER_REFERRER
                    + " submissions, " + database + ": " + latencies.summary() + " failed=" + FAILED.get());
            System.out.println(String.format(Locale.ROOT, "  measured from %d to %d ms of the JVM's uptime (e.g. for -XX:+PrintCompilation)",
                    measuredFrom, measuredTo));
            System.out.println(String.format(Locale.ROOT, "  pool: %s; mails owed at the last submit: %d, all sent %s",
                    pool.summary(), owedAtEnd, drained ? String.format(Locale.ROOT, "%.1f s later", drainSeconds) : "not within 600 s"));
            int submits = REFERRERS * SUBMISSIONS_PER_REFERRER;
            System.out.println("  CPU during the run, per submit: " + afterRun.minus(beforeRun, REFERRER_CPU.sum()).per(submits)
                    + "; during the drain, per mail sent then: " + afterDrain.minus(afterRun, 0).per(Math.max(1, owedAtEnd)));
            System.out.println("  CPU during the run, per submit, by kind of thread (live threads, /proc): "
                    + ThreadCpu.per(threadsBeforeRun, threadsAfterRun, submits));
        }
    }

    /** CPU time of the referrer threads during the measurement (each adds its own at its end). */
    static final java.util.concurrent.atomic.LongAdder REFERRER_CPU = new java.util.concurrent.atomic.LongAdder();

    /**
     * CPU time (not wall time) spent by this JVM and its parts, and on PostgreSQL by the server processes of this
     * database's connections (read from /proc: the server runs on the same machine), between two snapshots.
     */
    static final class Cpu {

        record Snapshot(long processNanos, long mailThreadNanos, long postgresqlNanos, long referrerNanos) {

            Snapshot minus(Snapshot earlier, long referrerNanos) {
                return new Snapshot(processNanos - earlier.processNanos, mailThreadNanos - earlier.mailThreadNanos,
                        postgresqlNanos < 0 ? -1 : postgresqlNanos - earlier.postgresqlNanos, referrerNanos);
            }

            String per(long count) {
                double process = processNanos / 1e6 / count;
                double referrers = referrerNanos / 1e6 / count;
                double mail = mailThreadNanos / 1e6 / count;
                return String.format(Locale.ROOT, "JVM %.2f ms (referrer threads %.2f, mail threads %.2f, other threads:"
                                + " GreenMail, GC, JIT, Hikari, scheduler %.2f), PostgreSQL backends %s",
                        process, referrers, mail, process - referrers - mail,
                        postgresqlNanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f ms", postgresqlNanos / 1e6 / count));
            }
        }

        private final JdbcTemplate jdbc;
        private final boolean postgresql;
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

        Cpu(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            this.postgresql = Boolean.getBoolean("passerelle.test.postgresql");
        }

        Snapshot snapshot() {
            long mail = 0;
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().startsWith("mail-")) {
                    mail += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
                }
            }
            return new Snapshot(os.getProcessCpuTime(), mail, postgresql ? backendsCpu() : -1, 0);
        }

        /** utime + stime of the server processes connected to this database. */
        private long backendsCpu() {
            long nanos = 0;
            for (Integer pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", Integer.class)) {
                try {
                    nanos += cpuNanos(Files.readString(Path.of("/proc/" + pid + "/stat")));
                } catch (java.io.IOException | RuntimeException e) {
                    // a backend that ended meanwhile
                }
            }
            return nanos;
        }
    }

    /** utime + stime of a /proc/…/stat line (clock ticks of 10 ms), in nanoseconds. */
    static long cpuNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    /**
     * CPU time of this JVM's live threads by kind (the JIT compilers, the garbage collector, the mail threads…), from
     * /proc/self/task: what "other threads" is made of. Threads that ended between two readings are not counted (the
     * referrers' pool is closed just before the second reading: their CPU is the ThreadMXBean figure of the line above).
     */
    static final class ThreadCpu {

        static Map<String, Long> byKind() {
            Map<String, Long> nanos = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        nanos.merge(kind(name), cpuNanos(stat), Long::sum);
                    } catch (java.io.IOException | RuntimeException e) {
                        // a thread that ended meanwhile
                    }
                }
            } catch (java.io.IOException e) {
                return Map.of();
            }
            return nanos;
        }

        static String kind(String threadName) {
            if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
                return "JIT";
            }
            if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
                return "GC and VM";
            }
            if (threadName.startsWith("pool-")) { // some of the referrers' threads, ending as the reading is taken
                return "referrer threads still listed";
            }
            if (threadName.startsWith("mail-")) {
                return "mail";
            }
            return threadName.replaceAll("[-#]?[0-9]+$", "");
        }

        static String per(Map<String, Long> before, Map<String, Long> after, int count) {
            List<Map.Entry<String, Long>> spent = new ArrayList<>();
            after.forEach((kind, nanos) -> spent.add(Map.entry(kind, nanos - before.getOrDefault(kind, 0L))));
            spent.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, Long> entry : spent.subList(0, Math.min(8, spent.size()))) {
                line.append(String.format(Locale.ROOT, "%s%s %.2f ms", line.isEmpty() ? "" : ", ", entry.getKey(),
                        entry.getValue() / 1e6 / count));
            }
            return line.toString();
        }
    }

    /** Mails owed: event publications not completed yet (two per referral). */
    private static long owedMails(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
    }

    private static boolean await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Hikari's pool, every 5 ms: threads waiting for a connection, connections in use, and the pool's size. */
    static final class PoolSampler extends Thread {

        private final HikariPoolMXBean pool;
        private final int size;
        private long samples;
        private long waitingSum;
        private int waitingMax;
        private long activeSum;

        PoolSampler(DataSource dataSource) {
            HikariDataSource hikari = (HikariDataSource) dataSource;
            pool = hikari.getHikariPoolMXBean();
            size = hikari.getMaximumPoolSize();
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                int waiting = pool.getThreadsAwaitingConnection();
                waitingSum += waiting;
                waitingMax = Math.max(waitingMax, waiting);
                activeSum += pool.getActiveConnections();
                samples++;
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        String summary() {
            return String.format(Locale.ROOT, "%d connections, in use %.1f on average, threads waiting for one %.1f on average (max %d)",
                    size, activeSum / (double) Math.max(1, samples), waitingSum / (double) Math.max(1, samples), waitingMax);
        }
    }

    /** @param round 0 for the measured round, negative for a warm-up round (other referral numbers) */
    private static Latencies measure(Submitter submitter, int round) throws Exception {
        Latencies latencies = new Latencies();
        List<Callable<Void>> referrers = new ArrayList<>();
        for (int r = 0; r < REFERRERS; r++) {
            int referrer = r;
            referrers.add(() -> {
                long cpuAtStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int s = 0; s < SUBMISSIONS_PER_REFERRER; s++) {
                    long start = System.nanoTime();
                    try {
                        submitter.submit(1_000 + referrer * SUBMISSIONS_PER_REFERRER + s - round * REFERRERS * SUBMISSIONS_PER_REFERRER);
                        latencies.add(System.nanoTime() - start);
                    } catch (RuntimeException e) { // e.g. no pool connection within Hikari's 30 s: the referrer sees an error
                        FAILED.incrementAndGet();
                        System.err.println("Submit failed after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + e);
                    }
                }
                REFERRER_CPU.add(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart);
                return null;
            });
        }
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(REFERRERS)) {
            for (Future<Void> done : pool.invokeAll(referrers)) {
                done.get();
            }
        }
        latencies.wallTime(System.nanoTime() - start);
        return latencies;
    }

    /** One referral through ReferralService.submit, as the form sends it (validation included). */
    static final class Submitter {

        private final ReferralService service;

        Submitter(ConfigurableApplicationContext context) {
            service = context.getBean(ReferralService.class);
        }

        void submit(int n) {
            ClinicalFacts facts = ClinicalFacts.builder().ageYears(30 + n % 40).sex(Sex.MALE).weightKg(new BigDecimal("70"))
                    .cd19PercentOfBlasts(new BigDecimal(n % 100)).diseaseStatus(DiseaseStatus.SECONDARY_REFRACTORY)
                    .inductionCourses(2).ecog(1).uncontrolledInfection(Answer.NO)
                    .platelets(fr.chulille.passerelle.eligibility.Measurement.of("50", CellCountUnit.GIGA_PER_LITRE))
                    .build();
            service.submit(new ReferralSubmission(UUID.randomUUID(), "fr",
                    new ReferralSubmission.ReferrerIdentity("Dr Bench " + n, "10101010101", "CH de Bench", "Hématologie",
                            "bench" + n + "@hopital.example", "03 20 00 00 00"),
                    "BN", facts, Map.of("platelets", LocalDate.now().minusDays(1)), "Benchmark referral", true));
        }
    }
}
