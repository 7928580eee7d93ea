package fr.chulille.passerelle.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The criteria set mirrors the record's "Eligibility Criteria" section, counted by hand. */
class TrialCriteriaTest {

    /** 19 inclusion bullets, item 18 split into its three numbered sub-items; item 3's sub-items are alternatives. */
    private static final int INCLUSION_COUNT = 21;
    private static final int EXCLUSION_COUNT = 16;

    @Test
    void versionNamesTheTrialAndTheRecordDate() {
        assertThat(TrialCriteria.VERSION).isEqualTo("NCT06649227-2025-12-05-v2");
    }

    @Test
    void countsMatchTheRecord() {
        assertThat(TrialCriteria.ofKind(CriterionKind.INCLUSION)).hasSize(INCLUSION_COUNT);
        assertThat(TrialCriteria.ofKind(CriterionKind.EXCLUSION)).hasSize(EXCLUSION_COUNT);
        assertThat(TrialCriteria.all()).hasSize(INCLUSION_COUNT + EXCLUSION_COUNT);
    }

    @Test
    void idsAreUniqueWellFormedAndMatchTheirKind() {
        List<String> ids = TrialCriteria.all().stream().map(Criterion::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("(INC|EXC)-\\d{2}(-\\d)?"));
        assertThat(TrialCriteria.all()).allSatisfy(criterion -> assertThat(criterion.id())
                .startsWith(criterion.kind() == CriterionKind.INCLUSION ? "INC-" : "EXC-"));
        assertThat(TrialCriteria.byId("EXC-16")).map(Criterion::kind).contains(CriterionKind.EXCLUSION);
    }

    @Test
    void inclusionComesBeforeExclusionInProtocolOrder() {
        assertThat(TrialCriteria.all()).extracting(Criterion::id).startsWith(
                "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "INC-10",
                "INC-11", "INC-12", "INC-13", "INC-14", "INC-15", "INC-16", "INC-17", "INC-18-1", "INC-18-2", "INC-18-3",
                "INC-19", "EXC-01").endsWith("EXC-15", "EXC-16");
    }

    @Test
    void protocolSentencesAreVerbatimAndNonBlank() {
        assertThat(TrialCriteria.all()).allSatisfy(criterion -> {
            ProtocolPassage protocol = criterion.protocol();
            assertThat(protocol.text()).as(criterion.id()).isNotBlank().isEqualTo(protocol.text().strip())
                    .doesNotContain("\\");
            assertThat(protocol.location()).as(criterion.id())
                    .matches((criterion.kind() == CriterionKind.INCLUSION ? "Inclusion" : "Exclusion")
                            + " criteria, item \\d+(, sub-item \\d)?");
            assertThat(protocol.subItems()).allSatisfy(subItem -> assertThat(subItem).isNotBlank());
        });
        assertThat(TrialCriteria.all()).extracting(criterion -> criterion.protocol().location()).doesNotHaveDuplicates();
    }

    @Test
    void oddSpellingOfTheRecordIsKept() {
        assertThat(text("INC-02")).isEqualTo("Patient with AML that expresses CD19 by Flow-cytometry, (CD19 expression ≥ 70% of AML blasts)");
        assertThat(text("INC-05")).isEqualTo("Eastern Cooperative Oncology Group (ECOG) performance status of < 2,");
        assertThat(text("INC-09")).isEqualTo("Platelet count ≥ 30000/uL,");
        assertThat(text("INC-13")).isEqualTo("Total bilirubin ≤ 1.5 mg/dl, except in subjects with Gilbert's syndrome,");
        assertThat(text("INC-17")).isEqualTo("Baseline oxygen saturation > 92 % on room air,");
        assertThat(text("EXC-02")).isEqualTo("Patient with R/R AML that does not expresses CD19,");
        assertThat(TrialCriteria.byId("INC-18-2").orElseThrow().protocol().text())
                .contains("(Periodic abstinence [e.g. calendar, ovulation, symptothermal, post-ovulation methods and withdrawal]");
    }

    @Test
    void relapsedRefractoryDefinitionsAreSubItemsOfItem3() {
        ProtocolPassage protocol = TrialCriteria.byId("INC-03").orElseThrow().protocol();

        assertThat(protocol.text()).isEqualTo("Patients with R/R AML defined as:");
        assertThat(protocol.subItems()).containsExactly(
                "Primary refractory: absence of remission after two courses of induction chemotherapy,",
                "Secondary refractory: absence of remission after salvage treatment in relapsing patients,",
                "Post-transplant relapse in patients having had allo-HCT.");
    }

    @Test
    void femaleSubItemsShareTheirLeadIn() {
        Set<String> leadIns = TrialCriteria.all().stream()
                .filter(criterion -> !criterion.protocol().leadIn().isEmpty())
                .map(criterion -> criterion.id() + " " + criterion.protocol().leadIn())
                .collect(Collectors.toSet());

        assertThat(leadIns).containsExactlyInAnyOrder(
                "INC-18-1 Female patients of childbearing potential must:",
                "INC-18-2 Female patients of childbearing potential must:",
                "INC-18-3 Female patients of childbearing potential must:");
        assertThat(TrialCriteria.byId("INC-18-2").orElseThrow().protocol().location())
                .isEqualTo("Inclusion criteria, item 18, sub-item 2");
    }

    @Test
    void questionCriteriaReadOneAnswerAndEveryFactIsUsed() {
        assertThat(TrialCriteria.all()).filteredOn(criterion -> criterion.rule() instanceof QuestionRule)
                .allSatisfy(criterion -> assertThat(criterion.assessment()).isEqualTo(Assessment.QUESTION))
                .allSatisfy(criterion -> assertThat(criterion.facts()).hasSize(1));
        Set<Fact> used = TrialCriteria.all().stream().flatMap(criterion -> criterion.facts().stream()).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder(Fact.values());
    }

    @Test
    void labelKeysFollowTheId() {
        Criterion age = TrialCriteria.byId("INC-01").orElseThrow();

        assertThat(age.labelKey()).isEqualTo("eligibility.criterion.INC-01");
        assertThat(age.shortLabelKey()).isEqualTo("eligibility.criterion.INC-01.short");
    }

    private static String text(String id) {
        return TrialCriteria.byId(id).orElseThrow().protocol().text();
    }
}
