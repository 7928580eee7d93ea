package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.LiverEnzymeUnit;

import java.util.List;

/**
 * The units of the referrer's laboratory, chosen once for the whole laboratory section (issue 16,
 * item 6): it sets the unit beside each value, which can still be changed one by one. Nothing is
 * chosen until the referrer chooses (a wrong default unit would be a silent thousandfold error). Either
 * way a laboratory prints ALT and AST in U/L, with its upper limit of normal beside them; "× ULN", the
 * protocol's unit, stays a choice beside each enzyme (for a value copied from a letter).
 */
final class LabUnits {

    enum System {
        /** G/L and µmol/L, as French laboratories print them. */
        INTERNATIONAL(CellCountUnit.GIGA_PER_LITRE, CreatinineUnit.MICROMOL_PER_L, BilirubinUnit.MICROMOL_PER_L),
        /** /µL and mg/dL. */
        CONVENTIONAL(CellCountUnit.PER_MICROLITRE, CreatinineUnit.MG_PER_DL, BilirubinUnit.MG_PER_DL);

        /** ALT and AST: U/L in either system. */
        static final LiverEnzymeUnit LIVER_ENZYMES = LiverEnzymeUnit.UNITS_PER_LITRE;

        final CellCountUnit cellCount;
        final CreatinineUnit creatinine;
        final BilirubinUnit bilirubin;

        System(CellCountUnit cellCount, CreatinineUnit creatinine, BilirubinUnit bilirubin) {
            this.cellCount = cellCount;
            this.creatinine = creatinine;
            this.bilirubin = bilirubin;
        }

        String labelKey() {
            return "formflow.lab-units." + name().toLowerCase();
        }
    }

    static final String ID = "all-labs-unit";

    private LabUnits() {
    }

    static ChoiceSelect<System> select(ClinicalInputs clinical, Texts texts) {
        ChoiceSelect<System> select = new ChoiceSelect<>();
        select.setId(ID);
        select.setItems(List.of(System.values()));
        texts.label(select, "formflow.lab-units.label");
        texts.helper(select, "formflow.lab-units.helper");
        texts.on(select, () -> select.setItemLabelGenerator(system -> texts.t(system.labelKey())));
        select.addValueChangeListener(change -> {
            System system = change.getValue();
            if (system != null) {
                clinical.platelets.unit.setValue(system.cellCount);
                clinical.lymphocytes.unit.setValue(system.cellCount);
                clinical.creatinine.unit.setValue(system.creatinine);
                clinical.bilirubin.unit.setValue(system.bilirubin);
                clinical.alt.unit.setValue(System.LIVER_ENZYMES);
                clinical.ast.unit.setValue(System.LIVER_ENZYMES);
            }
        });
        return select;
    }
}
