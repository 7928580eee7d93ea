package fr.chulille.passerelle.referral;

import java.math.BigDecimal;
import java.util.List;

/** The JSON answer of POST /api/precheck: every text already in the requested language. */
record PreCheckResponse(String criteriaVersion, String language, Advice advice, List<Criterion> criteria,
                        Clearance creatinineClearance) {

    /** @param criteria the failed criteria, or those still to confirm, that the headline announces */
    record Advice(String kind, String headline, List<Listed> criteria, String followUp, String contactPhone) {
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
