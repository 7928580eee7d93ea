package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/** A unit a doctor may type a laboratory value in. */
public sealed interface MeasurementUnit permits CellCountUnit, CreatinineUnit, BilirubinUnit {

    /** Exact conversion to the unit the protocol writes its threshold in. */
    BigDecimal toProtocolUnit(BigDecimal value);

    String labelKey();
}
