package fr.chulille.passerelle.eligibility;

import java.util.List;

/**
 * Where a criterion stands in the protocol and its verbatim wording (markdown escapes removed).
 *
 * @param leadIn   the sentence introducing a list of sub-items, or "" (e.g. "Female patients of childbearing potential must:")
 * @param subItems the alternatives listed under the text, or empty (the three R/R AML definitions)
 */
public record ProtocolPassage(String location, String leadIn, String text, List<String> subItems) {

    public ProtocolPassage {
        subItems = List.copyOf(subItems);
    }

    static ProtocolPassage item(String location, String text) {
        return new ProtocolPassage(location, "", text, List.of());
    }
}
