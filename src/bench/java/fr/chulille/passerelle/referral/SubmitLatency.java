package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.Application;
import fr.chulille.passerelle.bench.Latencies;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.EligibilityEngine;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.Sex;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Submit latency with 50 concurrent referrers, in-process: main has no HTTP submit endpoint yet, so
 * each referrer thread does what the referral-form branch's ReferralService.submit does in one
 * transaction — look up the submission token, evaluate the pre-check, write both JSON snapshots, draw
 * the reference from the sequence (through the dialect), insert the referral and record the
 * ReferralSubmitted publication — while the two mails per referral go out asynchronously to the
 * embedded SMTP server, as in the default profile. Bean validation of the form is not included.
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

    /** One submission, as ReferralService.submit does it on the referral-form branch. */
    static final class Submitter {

        private final TransactionTemplate transactions;
        private final ReferralRepository referrals;
        private final ApplicationEventPublisher events;
        private final EntityManager entityManager;
        private final JsonMapper json;
        private final String nextReferenceNumber;

        Submitter(ConfigurableApplicationContext context) {
            transactions = context.getBean(TransactionTemplate.class);
            referrals = context.getBean(ReferralRepository.class);
            events = context;
            entityManager = context.getBean(EntityManager.class);
            json = context.getBean(JsonMapper.class);
            nextReferenceNumber = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("referral_number_seq");
        }

        void submit(int n) {
            UUID token = UUID.randomUUID();
            transactions.executeWithoutResult(status -> {
                if (referrals.findBySubmissionToken(token).isPresent()) {
                    return;
                }
                ClinicalFacts facts = facts(n);
                PreCheckResult result = EligibilityEngine.evaluate(facts, 2026);
                long number = ((Number) entityManager.createNativeQuery(nextReferenceNumber).getSingleResult()).longValue();
                Referral referral = new Referral("PAS-2026-%04d".formatted(number), token, Instant.now(), "fr",
                        new Referrer("Dr Bench " + n, "10101010101", "CH de Bench", "Hématologie",
                                "bench" + n + "@hopital.example", "+33 3 00 00 00 00"),
                        new PatientIdentity("BN", 1970, "MALE"), "Benchmark referral",
                        json.writeValueAsString(facts), json.writeValueAsString(snapshot(result)),
                        result.criteriaVersion(), result.advice().kind().name());
                referrals.save(referral);
                events.publishEvent(new ReferralSubmitted(referral.getId()));
            });
        }

        private static ClinicalFacts facts(int n) {
            return ClinicalFacts.builder().ageYears(30 + n % 40).sex(Sex.MALE).weightKg(new BigDecimal("70"))
                    .cd19PercentOfBlasts(new BigDecimal(n % 100)).diseaseStatus(DiseaseStatus.SECONDARY_REFRACTORY)
                    .inductionCourses(2).ecog(1).uncontrolledInfection(Answer.NO)
                    .platelets(fr.chulille.passerelle.eligibility.Measurement.of("50", CellCountUnit.GIGA_PER_LITRE))
                    .build();
        }

        private static Map<String, Object> snapshot(PreCheckResult result) {
            return Map.of("criteriaVersion", result.criteriaVersion(), "advice", result.advice().kind().name(),
                    "outcomes", result.evaluations().stream().map(e -> Map.of("id", e.id(), "outcome", e.outcome().name())).toList());
        }
    }
}
