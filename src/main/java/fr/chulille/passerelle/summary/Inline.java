package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A translated sentence with one of its arguments shown as a link (the phone number as a tel: link). */
final class Inline {

    private static final String MARK = "\uE000";

    private Inline() {
    }

    static List<Component> withLink(Translator t, String key, Map<String, Object> arguments,
                                    String linkedArgument, String href) {
        Map<String, Object> marked = new HashMap<>(arguments);
        marked.put(linkedArgument, MARK);
        String[] around = t.translate(key, marked).split(MARK, -1);
        List<Component> parts = new ArrayList<>();
        for (int i = 0; i < around.length; i++) {
            if (!around[i].isEmpty()) {
                parts.add(new Text(around[i]));
            }
            if (i < around.length - 1) {
                parts.add(new Anchor(href, String.valueOf(arguments.get(linkedArgument))));
            }
        }
        return parts;
    }
}
