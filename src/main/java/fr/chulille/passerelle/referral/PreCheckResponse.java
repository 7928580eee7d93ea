package fr.chulille.passerelle.referral;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON answer of POST /api/precheck: every text already in the requested language.
 *
 * @param nextQuestions up to three unanswered facts that would settle the most criteria still to confirm
 */
record PreCheckResponse(String criteriaVersion, String language, Advice advice, List<Criterion> criteria,
                        Clearance creatinineClearance, List<Warning> warnings, List<NextQuestion> nextQuestions) {

    /**
     * One fact to answer next.
     *
     * @param field    the request's field name ("ecog", "cd19PercentOfBlasts", …): stable
     * @param label    the form's label of that field
     * @param knockOut one of the facts that most often settle eligibility, asked first on ties
     * @param settles  the ids of the criteria still to confirm that an answer to it (with the other suggestions) settles
     */
    record NextQuestion(String field, String label, boolean knockOut, List<String> settles) {
    }

    /**
     * @param criteria         the failed criteria, or those still to confirm, that the headline announces
     * @param inclusionNotMet  for PROBABLY_NOT_ELIGIBLE, the failed inclusion criteria under their heading, else null
     * @param exclusionPresent for PROBABLY_NOT_ELIGIBLE, the exclusion criteria found present under their heading, else null
     */
    record Advice(String kind, String headline, List<Listed> criteria, String followUp, String contactPhone,
                  Group inclusionNotMet, Group exclusionPresent) {
    }

    /** Listed criteria under a heading such as "Inclusion criteria not met:". */
    record Group(String heading, List<Listed> criteria) {
    }

    /** A value more likely typed in another unit: judged as typed, never refused. */
    record Warning(String field, String message) {
    }

    record Listed(String id, String label) {
    }

    /** @param display "Met / Not met / To confirm" for inclusion, "Absent / Present / To confirm" for exclusion */
    record Criterion(String id, String kind, String outcome, String display, String label, String reason,
                     List<String> missingFacts) {
    }

    /** The Cockcroft-Gault estimate, when an exact age, sex, weight and creatinine were given. */
    record Clearance(BigDecimal mlPerMin, String formula) {
    }
}
