package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the first occurrence on the page of each glossary word into a link to its entry at the
 * end; the link is described by the definition, so a screen reader reads it on focus.
 */
final class GlossaryLinker {

    /** A word inside another word or a hyphenated notation ("T cells" in "CAR-T cells") is not a match. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}-])";

    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Set<String> linked = new HashSet<>();
    private final String pageQuery;

    /** @param pageQuery the page's query string with its "?" (or empty), so that the link stays on this URL */
    GlossaryLinker(Translator t, String pageQuery) {
        this.pageQuery = pageQuery;
        for (String term : GlossaryTerms.IDS) {
            List<String> forms = List.of(t.translate("summary.glossary." + term + ".in-text").split("\\|"));
            String alternatives = String.join("|", forms.stream()
                    .map(String::strip)
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).toList());
            patterns.put(term, Pattern.compile(BEFORE + "(?:" + alternatives + ")" + AFTER,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    List<Component> link(String text) {
        List<Component> parts = new ArrayList<>();
        int position = 0;
        Match match;
        while ((match = nextMatch(text, position)) != null) {
            if (match.start > position) {
                parts.add(new Text(text.substring(position, match.start)));
            }
            parts.add(termLink(match.term, text.substring(match.start, match.end)));
            linked.add(match.term);
            position = match.end;
        }
        if (position < text.length()) {
            parts.add(new Text(text.substring(position)));
        }
        return parts;
    }

    Set<String> linkedTerms() {
        return Set.copyOf(linked);
    }

    private Anchor termLink(String term, String word) {
        Anchor link = new Anchor(pageQuery + "#" + GlossaryTerms.termId(term), word);
        link.addClassName("glossary-term");
        link.getElement().setAttribute("aria-describedby", GlossaryTerms.definitionId(term));
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** The earliest match of a term not linked yet; at the same place the longest wins. */
    private Match nextMatch(String text, int from) {
        Match best = null;
        for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
            if (linked.contains(entry.getKey())) {
                continue;
            }
            Matcher matcher = entry.getValue().matcher(text);
            if (matcher.find(from)) {
                Match candidate = new Match(entry.getKey(), matcher.start(), matcher.end());
                if (best == null || candidate.start < best.start
                        || (candidate.start == best.start && candidate.end > best.end)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private record Match(String term, int start, int end) {
    }
}
