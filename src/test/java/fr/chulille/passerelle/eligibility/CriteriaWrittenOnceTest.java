package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each criterion is written once, in {@link InclusionCriteria} / {@link ExclusionCriteria}: its limit reaches
 * the texts as ICU arguments (never a literal number in a translation), the professionals page's English
 * wording is the criteria's own protocol passages, and the table of docs/eligibility-criteria.md is generated
 * from the criteria (run with {@code -Dpasserelle.write-docs=true} to write it again).
 */
class CriteriaWrittenOnceTest {

    static final Path DOC = Path.of("docs", "eligibility-criteria.md");
    static final String TABLE_START = "<!-- criteria table: generated from TrialCriteria by CriteriaWrittenOnceTest -->";
    static final String TABLE_END = "<!-- end of the generated criteria table -->";

    /** Label, short label and every reason the corpus produces, per criterion with a numeric limit. */
    private static Map<Criterion, Set<String>> keysNamingALimit() {
        Map<Criterion, Set<String>> keys = new LinkedHashMap<>();
        TrialCriteria.all().stream().filter(criterion -> criterion.numericLimit().isPresent())
                .forEach(criterion -> keys.put(criterion, new TreeSet<>(List.of(criterion.labelKey(), criterion.shortLabelKey()))));
        for (ClinicalFacts facts : MessageCorpus.patients()) {
            EligibilityEngine.evaluate(facts, YEAR).evaluations().stream()
                    .filter(evaluation -> evaluation.reason().args().containsKey("limit"))
                    .forEach(evaluation -> keys.get(evaluation.criterion()).add(evaluation.reason().key()));
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void textsNameTheLimitThroughAnArgumentNeverALiteral(String language) {
        Properties texts = TranslationsTest.load(language);

        keysNamingALimit().forEach((criterion, keys) -> {
            Limit limit = criterion.numericLimit().orElseThrow();
            assertThat(keys).as(criterion.id()).hasSizeGreaterThan(2);
            assertThat(texts.getProperty(criterion.labelKey())).as(criterion.labelKey()).containsPattern("\\{limit");
            for (String key : keys) {
                String pattern = texts.getProperty(key);
                for (BigDecimal value : limitValues(limit)) {
                    assertThat(withoutArguments(pattern)).as(key + " holds the literal limit " + value)
                            .doesNotContainPattern("(?<![\\d.,])" + value.toPlainString().replace(".", "[.,]") + "(?![\\d.,])");
                }
            }
        });
    }

    @Test
    void aChangedLimitChangesTheTexts() {
        Criterion platelets = TrialCriteria.byId("INC-09").orElseThrow();
        Message label = platelets.label();
        Message changed = new Message(label.key(), new Limit(Threshold.atLeast("50000"), ProtocolUnit.PER_MICROLITRE).arguments());

        assertThat(IcuFormattingTest.format("en", label)).isEqualTo("Platelet count of at least 30,000/µL (30 G/L)");
        assertThat(IcuFormattingTest.format("en", changed)).isEqualTo("Platelet count of at least 50,000/µL (50 G/L)");
    }

    @Test
    void theProfessionalsPageQuotesTheCriteriasOwnPassagesInEnglish() throws IOException {
        Properties summary = new Properties();
        try (Reader reader = Files.newBufferedReader(TranslationsTest.DIRECTORY.resolve("summary_en.properties"), StandardCharsets.UTF_8)) {
            summary.load(reader);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Criterion criterion : TrialCriteria.all()) {
            ProtocolPassage passage = criterion.protocol();
            String prefix = "summary.pro." + criterion.kind().name().toLowerCase(java.util.Locale.ROOT) + "." + passage.item();
            if (passage.subItem().isPresent()) {
                expected.put(prefix, passage.leadIn());
                expected.put(prefix + "." + passage.subItem().getAsInt(), passage.text());
            } else {
                expected.put(prefix, passage.text());
                for (int i = 0; i < passage.subItems().size(); i++) {
                    expected.put(prefix + "." + (i + 1), passage.subItems().get(i));
                }
            }
        }
        Set<String> pageKeys = summary.stringPropertyNames().stream()
                .filter(key -> key.matches("summary\\.pro\\.(inclusion|exclusion)\\.\\d+(\\.\\d+)?")).collect(Collectors.toSet());

        assertThat(pageKeys).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, text) -> assertThat(summary.getProperty(key)).as(key).isEqualTo(text));
    }

    @Test
    void theDocumentationTableIsGeneratedFromTheCriteria() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = table();
        if (Boolean.getBoolean("passerelle.write-docs")) {
            int start = doc.indexOf(TABLE_START);
            int end = doc.indexOf(TABLE_END) + TABLE_END.length();
            doc = doc.substring(0, start) + table + doc.substring(end);
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }

        assertThat(doc).as("docs/eligibility-criteria.md: regenerate with -Dpasserelle.write-docs=true").contains(table);
        assertThat(doc).contains("`TrialCriteria.VERSION = \"" + TrialCriteria.VERSION + "\"`");
    }

    static String table() {
        List<String> lines = new ArrayList<>();
        lines.add(TABLE_START);
        lines.add("| Id | Place in the protocol | Protocol sentence (verbatim) | Evaluated from | Limit |");
        lines.add("|---|---|---|---|---|");
        for (Criterion criterion : TrialCriteria.all()) {
            ProtocolPassage passage = criterion.protocol();
            String sentence = (passage.leadIn().isEmpty() ? "" : "*" + passage.leadIn() + "* ") + passage.text()
                    + (passage.subItems().isEmpty() ? "" : " " + passage.subItems().stream()
                    .map(item -> "(" + item + ")").collect(Collectors.joining(" / ")));
            lines.add("| " + String.join(" | ", criterion.id(), passage.location(), sentence.replace("|", "\\|"),
                    criterion.assessment().name().toLowerCase(java.util.Locale.ROOT) + ": "
                            + criterion.facts().stream().map(Fact::fieldName).collect(Collectors.joining(", ")),
                    criterion.numericLimit().map(Limit::describe).orElse("—")) + " |");
        }
        lines.add(TABLE_END);
        return String.join("\n", lines);
    }

    private static List<BigDecimal> limitValues(Limit limit) {
        List<BigDecimal> values = new ArrayList<>();
        values.add(limit.value());
        limit.arguments().values().forEach(value -> values.add((BigDecimal) value));
        return values;
    }

    /** The pattern without the ICU argument names and plural selectors ({count, plural, one {…}}). */
    private static String withoutArguments(String pattern) {
        return pattern.replaceAll("\\{[a-zA-Z]+(, [a-z]+(, ::[^}]*)?)?", "{").replaceAll("=\\d+ \\{", "{");
    }
}
