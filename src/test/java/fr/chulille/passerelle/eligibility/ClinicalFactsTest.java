package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClinicalFactsTest {

    /** Every field set, so that clearing one can be seen. */
    private static ClinicalFacts everything() {
        return Patients.eligibleWoman().ageYears(44).agreesToCondomUse(Answer.NO)
                .measuredCreatinineClearance(dec("60")).build();
    }

    @Test
    void factNamesAreTheRecordComponentsInOrder() {
        List<String> components = Arrays.stream(ClinicalFacts.class.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(Arrays.stream(Fact.values()).map(Fact::fieldName).toList()).isEqualTo(components);
    }

    @Test
    void emptyKnowsNothing() {
        assertThat(Fact.values()).allSatisfy(fact -> assertThat(fact.valueIn(ClinicalFacts.empty())).as(fact.name()).isNull());
        assertThat(ClinicalFacts.builder().build()).isEqualTo(ClinicalFacts.empty());
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void withoutClearsExactlyThatFact(Fact fact) {
        ClinicalFacts full = everything();
        ClinicalFacts cleared = full.without(List.of(fact));

        assertThat(fact.valueIn(full)).isNotNull();
        assertThat(fact.valueIn(cleared)).isNull();
        assertThat(Fact.values()).filteredOn(other -> other != fact)
                .allSatisfy(other -> assertThat(other.valueIn(cleared)).isEqualTo(other.valueIn(full)));
    }

    @Test
    void toBuilderCopiesEverything() {
        assertThat(everything().toBuilder().build()).isEqualTo(everything());
    }

    @Test
    void nullAnswerIsUnknown() {
        assertThat(Answer.orUnknown(null)).isEqualTo(Answer.UNKNOWN);
        assertThat(Answer.orUnknown(Answer.YES)).isEqualTo(Answer.YES);
    }

    @Test
    void unitsConvertExactlyToTheProtocolUnit() {
        assertThat(Measurement.of("0.2", CellCountUnit.GIGA_PER_LITRE).inProtocolUnit()).isEqualByComparingTo("200");
        assertThat(Measurement.of("88.4", CreatinineUnit.MICROMOL_PER_L).inProtocolUnit()).isEqualByComparingTo("1");
        assertThat(Measurement.of("25.65", BilirubinUnit.MICROMOL_PER_L).inProtocolUnit()).isEqualByComparingTo("1.5");
        assertThat(Measurement.of("25.66", BilirubinUnit.MICROMOL_PER_L).inProtocolUnit()).isGreaterThan(dec("1.5"));
        assertThat(LiverEnzyme.unitsPerLitre("100", "40").timesUpperLimitOfNormal()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("2.5"));
        assertThat(LiverEnzyme.unitsPerLitre("100", null).timesUpperLimitOfNormal()).isEmpty();
    }
}
