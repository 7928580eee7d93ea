package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link TrialCriteria#VERSION} names one set of criteria. Each version's fingerprints are recorded here:
 * the definitions (ids, protocol passages, limits, facts, rules) and the behaviour (every outcome, reason
 * and argument over the message corpus's patients). When either changes, the version must change too;
 * then record the new fingerprints below (the failure message prints them).
 */
class CriteriaFingerprintTest {

    private record Fingerprints(String definitions, String behaviour) {
    }

    private static final Map<String, Fingerprints> RECORDED = Map.of(
            "NCT06649227-2025-12-05-v2", new Fingerprints(
                    "452928cbb7a42679c10b3701b549927795e8d08c4fe3f611b2d4d66670c28219",
                    "2580e24501850268b0b7ef0697c1d66cbad3deac417ad241a2e1e0c1e5a60298"));

    @Test
    void theCriteriaCannotChangeWithoutTheVersion() {
        Fingerprints current = new Fingerprints(TrialCriteria.fingerprint(), behaviourFingerprint());

        assertThat(RECORDED).as("no fingerprint recorded for %s; current: %s", TrialCriteria.VERSION, current)
                .containsKey(TrialCriteria.VERSION);
        assertThat(current).as("the criteria changed but TrialCriteria.VERSION (%s) did not: bump the version and "
                + "record the new fingerprints %s", TrialCriteria.VERSION, current).isEqualTo(RECORDED.get(TrialCriteria.VERSION));
    }

    @Test
    void theDefinitionsFingerprintSeesAChangedLimit() {
        String definitions = TrialCriteria.definitions();

        assertThat(definitions).contains("INC-09 | INCLUSION | MEASURED | Inclusion criteria, item 9 |")
                .contains("AT_LEAST 30000 PER_MICROLITRE").contains("AT_MOST 1.5 MG_PER_DL").contains("MORE_THAN 92 PERCENT");
        assertThat(sha256(definitions.replace("AT_LEAST 30000", "AT_LEAST 20000"))).isNotEqualTo(TrialCriteria.fingerprint());
    }

    /** Outcomes, reason keys and arguments of every criterion for every corpus patient, hashed. */
    static String behaviourFingerprint() {
        StringBuilder text = new StringBuilder();
        for (ClinicalFacts facts : MessageCorpus.patients()) {
            PreCheckResult result = EligibilityEngine.evaluate(facts, YEAR);
            result.evaluations().forEach(evaluation -> text.append(evaluation.id()).append(' ')
                    .append(evaluation.outcome()).append(' ').append(evaluation.reason().key()).append(' ')
                    .append(new TreeMap<>(evaluation.reason().args()).entrySet().stream()
                            .map(entry -> entry.getKey() + "=" + plain(entry.getValue())).collect(Collectors.joining(",")))
                    .append(' ').append(evaluation.missingFacts()).append('\n'));
            text.append(result.advice().kind()).append('\n');
        }
        return sha256(text.toString());
    }

    private static String plain(Object value) {
        return value instanceof java.math.BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
