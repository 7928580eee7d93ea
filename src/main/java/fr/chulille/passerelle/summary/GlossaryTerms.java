package fr.chulille.passerelle.summary;

import java.util.List;

/**
 * The glossary entries, in the order they are listed at the end of the summary. Each has the
 * messages {@code summary.glossary.<id>.term}, {@code .definition} and {@code .in-text}: the
 * forms of the word as the lay text writes it, separated by {@code |}.
 */
final class GlossaryTerms {

    static final List<String> IDS = List.of(
            "clinical_trial", "phase_1", "car_t", "t_cell", "white_blood_cells", "immune_system", "marker",
            "cd19", "aml", "leukaemia", "bone_marrow", "t8_21", "relapse", "refractory", "transplant",
            "haematologist", "chemotherapy", "lymphodepletion", "fludarabine_cyclophosphamide", "infusion", "dose",
            "side_effect", "crs", "icans", "principal_investigator", "sponsor", "collaborator", "recruiting",
            "voluntary", "consent", "ctgov", "ctis");

    private GlossaryTerms() {
    }

    static String termId(String term) {
        return "glossary-" + term.replace('_', '-');
    }

    static String definitionId(String term) {
        return termId(term) + "-definition";
    }
}
