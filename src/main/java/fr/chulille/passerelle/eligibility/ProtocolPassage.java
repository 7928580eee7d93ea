package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a criterion stands in the protocol and its verbatim wording (markdown escapes removed).
 *
 * @param leadIn   the sentence introducing a list of sub-items, or "" (e.g. "Female patients of childbearing potential must:")
 * @param subItems the alternatives listed under the text, or empty (the three R/R AML definitions)
 */
public record ProtocolPassage(String location, String leadIn, String text, List<String> subItems) {

    private static final Pattern LOCATION = Pattern.compile("(?:Inclusion|Exclusion) criteria, item (\\d+)(?:, sub-item (\\d+))?");

    public ProtocolPassage {
        subItems = List.copyOf(subItems);
        if (!LOCATION.matcher(location).matches()) {
            throw new IllegalArgumentException("not a place in the criteria lists: " + location);
        }
    }

    /** The number of the bullet in the record's list (18 for "Inclusion criteria, item 18, sub-item 2"). */
    public int item() {
        Matcher matcher = LOCATION.matcher(location);
        matcher.matches();
        return Integer.parseInt(matcher.group(1));
    }

    /** The numbered sub-item of the bullet, if the criterion is one (2 for "…, item 18, sub-item 2"). */
    public OptionalInt subItem() {
        Matcher matcher = LOCATION.matcher(location);
        matcher.matches();
        return matcher.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(matcher.group(2)));
    }

    static ProtocolPassage item(String location, String text) {
        return new ProtocolPassage(location, "", text, List.of());
    }
}
