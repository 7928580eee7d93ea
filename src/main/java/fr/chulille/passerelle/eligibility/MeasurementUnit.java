package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/** A unit a doctor may type a laboratory value in. */
public sealed interface MeasurementUnit permits CellCountUnit, CreatinineUnit, BilirubinUnit {

    /** Exact conversion to the unit the protocol writes its threshold in. */
    BigDecimal toProtocolUnit(BigDecimal value);

    /** Exact conversion back from the protocol's unit, to state a limit in the unit the doctor chose. */
    BigDecimal fromProtocolUnit(BigDecimal value);

    String labelKey();

    /** "45/µL: did you mean 45 G/L?", for a value that is more likely typed in the other unit. */
    String slipWarningKey();
}
