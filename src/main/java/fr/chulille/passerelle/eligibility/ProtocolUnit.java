package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The unit a protocol limit is written in. {@code symbol} is the record's own notation (for the
 * documentation table); texts show units through their translations, the limit through ICU arguments.
 */
public enum ProtocolUnit {
    YEARS("years"),
    PERCENT_OF_BLASTS("% of blasts"),
    INDUCTION_COURSES("courses"),
    ECOG_SCORE(""),
    MONTHS("months"),
    CTCAE_GRADE("(CTCAE grade)"),
    PER_MICROLITRE("/µL"),
    ML_PER_MIN("mL/min"),
    TIMES_ULN("× ULN"),
    MG_PER_DL("mg/dL"),
    PERCENT("%");

    private final String symbol;

    ProtocolUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * The limit in the other units a French laboratory reports it in, as extra ICU arguments:
     * {@code limitGigaPerLitre} for cell counts, {@code limitMicromolPerLitre} for bilirubin.
     */
    Map<String, BigDecimal> otherUnits(BigDecimal limit) {
        return switch (this) {
            case PER_MICROLITRE -> Map.of("limitGigaPerLitre", CellCountUnit.GIGA_PER_LITRE.fromProtocolUnit(limit));
            case MG_PER_DL -> Map.of("limitMicromolPerLitre", BilirubinUnit.MICROMOL_PER_L.fromProtocolUnit(limit));
            default -> Map.of();
        };
    }
}
