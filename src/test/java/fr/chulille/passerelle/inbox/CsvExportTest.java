package fr.chulille.passerelle.inbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.cell("+33 3 20 44 59 62")).isEqualTo("'+33 3 20 44 59 62");
        assertThat(CsvExport.cell("-1")).isEqualTo("'-1");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("Dr Martin")).isEqualTo("Dr Martin");
    }

    @Test
    void fieldsAreQuotedAsRfc4180Says() {
        String csv = CsvExport.write(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("line\nbreak", "")), row -> row);

        assertThat(csv).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\r\n");
    }
}
