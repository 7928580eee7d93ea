package fr.chulille.passerelle.eligibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The criteria set of trial NCT06649227, inclusion then exclusion, in protocol order. */
public final class TrialCriteria {

    /**
     * Changes whenever a criterion, threshold or rule changes; stored with every pre-check. A test records
     * the {@link #fingerprint()} of each version and fails when the criteria change under the same version.
     * v2: clinical sign-off (Cockcroft-Gault decides INC-11, EXC-02 = CD19 negative, Gilbert's syndrome
     * without a value and a stated age of 17 left to confirm).
     */
    public static final String VERSION = "NCT06649227-2025-12-05-v2";

    private static final List<Criterion> ALL =
            Stream.concat(InclusionCriteria.ALL.stream(), ExclusionCriteria.ALL.stream()).toList();

    private TrialCriteria() {
    }

    public static List<Criterion> all() {
        return ALL;
    }

    public static List<Criterion> ofKind(CriterionKind kind) {
        return ALL.stream().filter(criterion -> criterion.kind() == kind).toList();
    }

    public static Optional<Criterion> byId(String id) {
        return ALL.stream().filter(criterion -> criterion.id().equals(id)).findFirst();
    }

    /** Every criterion's definition as one line of text: id, kind, protocol passage, limit, facts and rule. */
    public static String definitions() {
        return ALL.stream().map(TrialCriteria::definition).collect(Collectors.joining("\n"));
    }

    /** SHA-256 of {@link #definitions()}, hexadecimal. */
    public static String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(definitions().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String definition(Criterion criterion) {
        ProtocolPassage protocol = criterion.protocol();
        return String.join(" | ", criterion.id(), criterion.kind().name(), criterion.assessment().name(),
                protocol.location(), protocol.leadIn(), protocol.text(), String.join(" / ", protocol.subItems()),
                criterion.numericLimit().map(limit -> limit.threshold().comparison() + " " + limit.value().toPlainString()
                        + " " + limit.unit()).orElse("no limit"),
                criterion.facts().toString(), describe(criterion.rule()));
    }

    private static String describe(Rule rule) {
        return switch (rule) {
            case QuestionRule question -> "question " + question.fact() + " favourable " + question.favourable();
            case ThresholdRule threshold -> "threshold " + threshold.fact() + " scale " + threshold.displayScale()
                    + " " + threshold.satisfiedKey() + " " + threshold.unsatisfiedKey();
            case ChildbearingPotentialRule childbearing -> "childbearing potential, then "
                    + describe(childbearing.ruleForWomenOfChildbearingPotential());
            default -> rule.getClass().getSimpleName();
        };
    }
}
