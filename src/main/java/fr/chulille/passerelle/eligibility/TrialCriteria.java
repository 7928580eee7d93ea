package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The criteria set of trial NCT06649227, inclusion then exclusion, in protocol order. */
public final class TrialCriteria {

    /** Changes whenever a criterion, threshold or rule changes; stored with every pre-check. */
    public static final String VERSION = "NCT06649227-2025-12-05-v1";

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
}
