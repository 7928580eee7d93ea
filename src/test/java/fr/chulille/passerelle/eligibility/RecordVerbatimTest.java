package fr.chulille.passerelle.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every protocol passage of the criteria is word for word in the trial record, whose copy is kept in
 * src/test/resources/trial (so that this test never skips). Markdown escapes of the record are removed.
 */
class RecordVerbatimTest {

    static final String RECORD = "/trial/NCT06649227-record.txt";

    static String record() throws IOException {
        try (InputStream in = RecordVerbatimTest.class.getResourceAsStream(RECORD)) {
            assertThat(in).as("copy of the trial record in src/test/resources" + RECORD).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\\<", "<").replace("\\>", ">").replace("\\[", "[").replace("\\]", "]");
        }
    }

    @Test
    void theCopyIsTheRecordOfThisTrial() throws IOException {
        assertThat(record()).startsWith("Study Investigating the Safety of CD19 CAR-T Cells in Relapsed/Refractory AML Expressing CD19")
                .contains("NCT06649227").contains("Eligibility Criteria");
    }

    @Test
    void everyProtocolPassageIsVerbatimInTheRecord() throws IOException {
        String record = record();

        assertThat(TrialCriteria.all()).allSatisfy(criterion -> {
            ProtocolPassage passage = criterion.protocol();
            assertThat(record).as(criterion.id()).contains(passage.text());
            if (!passage.leadIn().isEmpty()) {
                assertThat(record).as(criterion.id() + " lead-in").contains(passage.leadIn());
            }
            passage.subItems().forEach(subItem -> assertThat(record).as(criterion.id() + " sub-item").contains(subItem));
        });
    }
}
