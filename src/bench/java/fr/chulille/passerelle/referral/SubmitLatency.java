package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.Application;
import fr.chulille.passerelle.bench.Latencies;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Sex;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Submit latency with 50 concurrent referrers, in-process: each referrer thread calls
 * ReferralService.submit as the form does (validation, token look-up, pre-check, both JSON snapshots,
 * reference from the sequence, insert, ReferralSubmitted publication in one transaction) while the two
 * mails per referral go out asynchronously to the embedded SMTP server, as in the default profile.
 * Not included: Vaadin's request handling and the network.
 * Database: an H2 file under target/bench, or PostgreSQL with -Dpasserelle.test.postgresql=true and
 * the PASSERELLE_TEST_POSTGRESQL_* variables (a fresh schema, as in the tests).
 */
public final class SubmitLatency {

    static final int REFERRERS = 50;
    static final int SUBMISSIONS_PER_REFERRER = 20;
    static final int WARM_UP_SUBMISSIONS = 200;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of("target/bench/submit-db-" + System.currentTimeMillis()));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("passerelle").toAbsolutePath(),
                        "--spring.datasource.hikari.maximum-pool-size=" + (REFERRERS / 5),
                        "--spring.mail.port=0", "--passerelle.embedded-smtp.enabled=true")) {
            Submitter submitter = new Submitter(context);
            for (int i = 0; i < WARM_UP_SUBMISSIONS; i++) {
                submitter.submit(i);
            }
            Latencies latencies = measure(submitter);
            String database = context.getBean(javax.sql.DataSource.class).getConnection().getMetaData().getDatabaseProductName();
            System.out.println("Submit latency, " + REFERRERS + " concurrent referrers x " + SUBMISSIONS_PER_REFERRER
                    + " submissions, " + database + ": " + latencies.summary());
        }
    }

    private static Latencies measure(Submitter submitter) throws Exception {
        Latencies latencies = new Latencies();
        List<Callable<Void>> referrers = new ArrayList<>();
        for (int r = 0; r < REFERRERS; r++) {
            int referrer = r;
            referrers.add(() -> {
                for (int s = 0; s < SUBMISSIONS_PER_REFERRER; s++) {
                    long start = System.nanoTime();
                    submitter.submit(1_000 + referrer * SUBMISSIONS_PER_REFERRER + s);
                    latencies.add(System.nanoTime() - start);
                }
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
