package fr.chulille.passerelle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Structure of translations/summary_en.properties and summary_fr.properties. */
class SummaryTranslationsTest {

    private static final Set<String> ARGUMENTS = Set.of(
            "site", "investigator", "sponsor", "collaborators", "status", "target",
            "start", "end", "updated", "phone", "nct", "ctis");

    private final SummaryMessages en = SummaryMessages.load(Locale.ENGLISH);
    private final SummaryMessages fr = SummaryMessages.load(Locale.FRENCH);

    @Test
    void sameKeysInBothLanguagesAllPrefixedAndNoneEmpty() {
        assertThat(en.patterns().keySet()).containsExactlyInAnyOrderElementsOf(fr.patterns().keySet());
        for (SummaryMessages m : List.of(en, fr)) {
            m.patterns().forEach((key, value) -> {
                assertThat(key).startsWith("summary.");
                assertThat(value).as(key).isNotBlank();
            });
        }
    }

    @Test
    void everyMessageFormatsWithTheSameArgumentsInBothLanguages() {
        for (String key : en.patterns().keySet()) {
            Set<String> enArgs = argumentNames(en, key);
            Set<String> frArgs = argumentNames(fr, key);
            assertThat(frArgs).as("arguments of " + key).isEqualTo(enArgs);
            assertThat(ARGUMENTS).as("arguments of " + key).containsAll(enArgs);
            for (SummaryMessages m : List.of(en, fr)) {
                String text = m.format(key, SummaryMessages.sampleArguments(m.locale()));
                assertThat(text).as(m.locale() + " " + key).doesNotContain("{", "}").isNotBlank();
            }
        }
    }

    @Test
    void noApostropheIsSwallowedByIcuQuoting() {
        // ICU treats an apostrophe as quoting only right before { } (or # inside plural, | in choice).
        for (SummaryMessages m : List.of(en, fr)) {
            m.patterns().forEach((key, value) ->
                    assertThat(value).as(m.locale() + " " + key).doesNotContain("'{", "'}", "'#", "'|", "''"));
        }
    }

    @Test
    void pluralAndStatusVariantsFormat() {
        for (SummaryMessages m : List.of(en, fr)) {
            Map<String, Object> args = SummaryMessages.sampleArguments(m.locale());
            Set<String> statusTexts = new TreeSet<>();
            for (String status : List.of("RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "COMPLETED", "SUSPENDED")) {
                statusTexts.add(m.format("summary.lay.where.status", with(args, "status", status)));
            }
            assertThat(statusTexts).hasSize(5);
        }
    }

    /** Issue 12, item 1: the record gives only the enrolment target; no message offers a number of places left. */
    @Test
    void theSummaryStatesTheTargetAndNoPlacesLeft() {
        for (SummaryMessages m : List.of(en, fr)) {
            Map<String, Object> args = SummaryMessages.sampleArguments(m.locale());
            assertThat(m.format("summary.lay.where.places", args))
                    .isEqualTo(m.locale().getLanguage().equals("fr") ? "5 personnes peuvent participer en tout." : "5 people can take part in all.");
            m.patterns().forEach((key, pattern) -> assertThat(pattern).as(key)
                    .doesNotContain("{remaining").doesNotContainIgnoringCase("places are left").doesNotContain("Il reste"));
        }
    }

    /** Until staff set a recruitment state, the page shows the record's status as the record's, with its date. */
    @Test
    void theRecordsStatusIsShownAsTheRecordsWithItsDate() {
        assertThat(en.format("summary.lay.where.status", SummaryMessages.sampleArguments(Locale.ENGLISH))).isEqualTo(
                "According to the study's public record, updated on December 5, 2025, the study is looking for people to take part.");
        assertThat(fr.format("summary.lay.where.status", SummaryMessages.sampleArguments(Locale.FRENCH))).isEqualTo(
                "Selon la fiche publique de l'étude, mise à jour le 5 décembre 2025, l'étude cherche des personnes pour y participer.");
        assertThat(en.format("summary.pro.design.status.value", SummaryMessages.sampleArguments(Locale.ENGLISH)))
                .isEqualTo("Recruiting (registry record of December 5, 2025)");
        assertThat(fr.format("summary.pro.design.status.value", SummaryMessages.sampleArguments(Locale.FRENCH)))
                .isEqualTo("Recrutement en cours (fiche du registre du 5 décembre 2025)");
    }

    @Test
    void datesAreLongLocalisedDates() {
        Map<String, Object> enArgs = SummaryMessages.sampleArguments(Locale.ENGLISH);
        Map<String, Object> frArgs = SummaryMessages.sampleArguments(Locale.FRENCH);
        assertThat(en.format("summary.lay.where.dates", enArgs)).contains("July 10, 2025", "July 10, 2030");
        assertThat(fr.format("summary.lay.where.dates", frArgs)).contains("10 juillet 2025", "10 juillet 2030");
    }

    @Test
    void glossaryEntriesHaveTermAndDefinition() {
        for (SummaryMessages m : List.of(en, fr)) {
            Set<String> terms = new TreeSet<>();
            Set<String> definitions = new TreeSet<>();
            for (String key : m.patterns().keySet()) {
                Matcher matcher = Pattern.compile("summary\\.glossary\\.([a-z0-9_]+)\\.(term|definition)").matcher(key);
                if (matcher.matches()) {
                    (matcher.group(2).equals("term") ? terms : definitions).add(matcher.group(1));
                }
            }
            assertThat(terms).isEqualTo(definitions).hasSizeGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void criteriaAreNumberedWithoutGaps() {
        for (String kind : List.of("inclusion", "exclusion")) {
            List<String> top = criteriaKeys(kind);
            for (int i = 0; i < top.size(); i++) {
                assertThat(top.get(i)).isEqualTo("summary.pro." + kind + "." + (i + 1));
            }
        }
        assertThat(criteriaKeys("inclusion")).hasSize(19);
        assertThat(criteriaKeys("exclusion")).hasSize(16);
        assertThat(en.patterns()).containsKeys("summary.pro.inclusion.3.1", "summary.pro.inclusion.3.3",
                "summary.pro.inclusion.18.1", "summary.pro.inclusion.18.3");
    }

    @Test
    void englishCriteriaAreTheRecordsWordingVerbatim() throws IOException {
        // the copy kept in the repository, so that this test never skips
        Path record = Path.of("src", "test", "resources", "trial", "NCT06649227-record.txt");
        assertThat(record).isRegularFile();
        String text = Files.readString(record, StandardCharsets.UTF_8)
                .replace("\\<", "<").replace("\\>", ">").replace("\\[", "[").replace("\\]", "]");
        List<String> criteria = new ArrayList<>();
        en.patterns().forEach((key, value) -> {
            if (key.matches("summary\\.pro\\.(inclusion|exclusion)\\.\\d+(\\.\\d+)?")) {
                criteria.add(value);
            }
        });
        assertThat(criteria).hasSize(19 + 6 + 16);
        for (String criterion : criteria) {
            assertThat(text).as("record contains").contains(criterion);
        }
    }

    @Test
    void metaDescriptionsFitSearchResults() {
        for (SummaryMessages m : List.of(en, fr)) {
            String description = m.format("summary.page.description", SummaryMessages.sampleArguments(m.locale()));
            assertThat(description.length()).as(m.locale() + " meta description").isBetween(70, 160);
        }
    }

    private List<String> criteriaKeys(String kind) {
        return en.patterns().keySet().stream().filter(k -> k.matches("summary\\.pro\\." + kind + "\\.\\d+")).toList();
    }

    private static Set<String> argumentNames(SummaryMessages m, String key) {
        return new TreeSet<>(new MessageFormat(m.patterns().get(key), ULocale.forLocale(m.locale())).getArgumentNames());
    }

    private static Map<String, Object> with(Map<String, Object> args, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(args);
        copy.put(key, value);
        return copy;
    }
}
