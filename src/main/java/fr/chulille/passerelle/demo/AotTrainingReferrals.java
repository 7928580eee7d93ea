package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.Sex;
import fr.chulille.passerelle.referral.ReferralService;
import fr.chulille.passerelle.referral.ReferralSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The submit path in the training run of JDK 25's AOT cache (src/aot/AotTrainingRun.java, Maven profile
 * {@code aot-cache}). With {@code passerelle.aot-training.referrals=N} (0, nothing, by default), once the portal has
 * started and before it reports ready, N clearly fictional referrals (patients "ZZ", example.org referrers, as in the
 * demo inbox) are sent through the referral service by {@value #REFERRERS} threads at once, as that many referrers
 * would. The training JVM so records the method profiles of a submit (JEP 515) and the cache carries them: the
 * production JVM started from it meets its first burst of submits with the submit's code profiled, where it used to
 * meet it cold (issue 17, item 3; docs/performance.md).
 * <p>
 * Never in the profile {@code prod}, whatever the settings say (decided at start, as {@link DemoInboxSeeding}), and
 * never into a database that holds any referral but fictional ones (patients "ZZ"): the training run's database is H2 in
 * memory and its mail goes to the embedded SMTP server, both gone when it stops.
 */
@Component
class AotTrainingReferrals implements ApplicationListener<ApplicationReadyEvent> {

    static final int REFERRERS = 50;
    static final String COMMENT = "Adressage fictif d'entraînement du cache AOT.";
    private static final Logger log = LoggerFactory.getLogger(AotTrainingReferrals.class);

    private final ReferralService referrals;
    private final JdbcTemplate jdbc;
    private final Environment environment;

    AotTrainingReferrals(ReferralService referrals, JdbcTemplate jdbc, Environment environment) {
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int count = count();
        if (count > 0 && holdsRealReferrals()) {
            log.warn("AOT training: this database holds referrals that are not fictional; no training referral sent");
        } else if (count > 0) {
            long started = System.nanoTime();
            send(count);
            log.info("AOT training: {} fictional referrals sent by {} threads in {} ms", count, REFERRERS,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    /** How many referrals to send: {@code passerelle.aot-training.referrals}, and never any in {@code prod}. */
    int count() {
        if (DemoInboxSeeding.inProduction(environment)) {
            return 0;
        }
        return Math.max(0, environment.getProperty("passerelle.aot-training.referrals", Integer.class, 0));
    }

    private boolean holdsRealReferrals() {
        Long real = jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE patient_initials <> 'ZZ'", Long.class);
        return real == null || real > 0;
    }

    private void send(int count) {
        List<Future<?>> sent = new ArrayList<>(count);
        try (ExecutorService referrers = Executors.newFixedThreadPool(REFERRERS, Thread.ofPlatform().name("aot-referrer-", 0).factory())) {
            for (int n = 0; n < count; n++) {
                int number = n;
                sent.add(referrers.submit(() -> referrals.submit(submission(number))));
            }
            for (Future<?> referral : sent) {
                referral.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("AOT training: a fictional referral could not be sent", e.getCause());
        }
    }

    /**
     * The n-th fictional referral, in four kinds that take the pre-check through its verdicts: every fact given and
     * met, the laboratory values left out (to confirm), platelets far too low (not met), and a woman given by her birth
     * year with the laboratory's other units.
     */
    static ReferralSubmission submission(int n) {
        ClinicalFacts.Builder facts = ClinicalFacts.builder()
                .ageYears(25 + n % 45).sex(Sex.MALE).weightKg(new BigDecimal(55 + n % 40))
                .cd19PercentOfBlasts(new BigDecimal(20 + n % 80)).diseaseStatus(DiseaseStatus.SECONDARY_REFRACTORY).inductionCourses(2)
                .untriedTargetedTherapyAvailable(Answer.NO).ecog(n % 2).lifeExpectancyMonths(new BigDecimal(6))
                .brainMri(BrainMri.NO_CNS_INVOLVEMENT).worstPriorToxicityGrade(1)
                .platelets(Measurement.of(String.valueOf(40 + n % 60), CellCountUnit.GIGA_PER_LITRE))
                .lymphocytes(Measurement.of(String.valueOf(300 + n % 700), CellCountUnit.PER_MICROLITRE))
                .creatinine(Measurement.of(String.valueOf(60 + n % 40), CreatinineUnit.MICROMOL_PER_L))
                .alt(LiverEnzyme.timesUpperLimit("1.2")).ast(LiverEnzyme.unitsPerLitre(String.valueOf(20 + n % 30), "40"))
                .bilirubin(Measurement.of(String.valueOf(5 + n % 10), BilirubinUnit.MICROMOL_PER_L)).gilbertSyndrome(Answer.NO)
                .lvefPercent(new BigDecimal(50 + n % 20)).significantEcgFinding(Answer.NO).significantPleuralEffusion(Answer.NO)
                .spo2RoomAirPercent(new BigDecimal(95 + n % 5)).agreesToCondomUse(Answer.YES).ableToSignConsent(Answer.YES)
                .otherMalignancyHistory(Answer.NO).priorCd19TargetedTherapy(Answer.NO).priorGeneticallyModifiedTCellTherapy(Answer.NO)
                .uncontrolledInfection(Answer.NO).hivOrHtlv1History(Answer.NO).activeHepatitisC(Answer.NO).activeHepatitisB(Answer.NO)
                .csfMalignantCellsOrBrainMetastases(Answer.NO).nonMalignantCnsDisorder(Answer.NO)
                .underGuardianshipOrCuratorship(Answer.NO).hypersensitivityToProduct(Answer.NO)
                .lymphodepletionContraindication(Answer.NO).medicalInsurance(Answer.YES);
        switch (n % 4) {
            case 1 -> facts.platelets(null).lymphocytes(null).creatinine(null).alt(null).ast(null).bilirubin(null);
            case 2 -> facts.platelets(Measurement.of("12", CellCountUnit.GIGA_PER_LITRE));
            case 3 -> facts.ageYears(null).birthYear(1960 + n % 40).sex(Sex.FEMALE).diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY)
                    .creatinine(Measurement.of("0.8", CreatinineUnit.MG_PER_DL))
                    .bilirubin(Measurement.of("0.5", BilirubinUnit.MG_PER_DL)).agreesToCondomUse(null);
            default -> { }
        }
        return new ReferralSubmission(UUID.randomUUID(), n % 2 == 0 ? "fr" : "en",
                DemoInbox.fictionalReferrer("Dr Entraînement Exemple " + n, "entrainement" + n + "@example.org"),
                "ZZ", facts.build(), Map.of(), COMMENT, true);
    }
}
