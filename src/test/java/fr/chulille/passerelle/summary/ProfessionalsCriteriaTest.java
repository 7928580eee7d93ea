package fr.chulille.passerelle.summary;

import fr.chulille.passerelle.eligibility.CriterionKind;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The professionals page takes its lists of criteria from the criteria the pre-check evaluates. */
class ProfessionalsCriteriaTest {

    @Test
    void theBulletsAndTheirSubItemsComeFromTheCriteria() {
        Map<Integer, Integer> inclusion = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 19).forEach(item -> inclusion.put(item, 0));
        inclusion.put(3, 3);
        inclusion.put(18, 3);
        Map<Integer, Integer> exclusion = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 16).forEach(item -> exclusion.put(item, 0));

        assertThat(ProfessionalsContent.bullets(CriterionKind.INCLUSION)).containsExactlyEntriesOf(inclusion);
        assertThat(ProfessionalsContent.bullets(CriterionKind.EXCLUSION)).containsExactlyEntriesOf(exclusion);
    }
}
