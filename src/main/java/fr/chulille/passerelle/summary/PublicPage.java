package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.html.Div;

import java.util.Arrays;
import java.util.Optional;

/**
 * The public pages whose text is also rendered into the first HTML response: their path, the
 * keys of their title and description, and how their content is built.
 */
enum PublicPage {
    SUMMARY("", "summary.page.title", "summary.page.description") {
        @Override
        Div content(Translator t, SummaryFacts facts, String pageQuery) {
            return SummaryContent.build(t, facts, pageQuery);
        }
    },
    PROFESSIONALS("professionals", "summary.pro.page.title", "summary.pro.page.description") {
        @Override
        Div content(Translator t, SummaryFacts facts, String pageQuery) {
            return ProfessionalsContent.build(t, facts);
        }
    },
    ACCESSIBILITY("accessibility", "summary.a11y.page.title", "summary.a11y.page.description") {
        @Override
        Div content(Translator t, SummaryFacts facts, String pageQuery) {
            return AccessibilityContent.build(t, facts);
        }
    };

    /** The id of the copy rendered into the first response, removed once the view is in the page. */
    static final String FIRST_PAINT_ID = "first-paint";

    final String path;
    final String titleKey;
    final String descriptionKey;

    PublicPage(String path, String titleKey, String descriptionKey) {
        this.path = path;
        this.titleKey = titleKey;
        this.descriptionKey = descriptionKey;
    }

    abstract Div content(Translator t, SummaryFacts facts, String pageQuery);

    static Optional<PublicPage> forPath(String path) {
        String route = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return Arrays.stream(values()).filter(page -> page.path.equals(route)).findFirst();
    }

    /**
     * Shows the page's content in the view, sets the document's title and description, and removes
     * the server-rendered copy once the view's own markup is connected (so nothing jumps).
     */
    Div show(Div view, Translator t, SummaryFacts facts, String pageQuery) {
        view.removeAll();
        Div content = content(t, facts, pageQuery);
        view.add(content);
        String title = t.translate(titleKey, facts.arguments());
        String description = t.translate(descriptionKey, facts.arguments());
        view.getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        view.getElement().executeJs("""
                let meta = document.querySelector('meta[name="description"]');
                if (!meta) {
                  meta = document.createElement('meta');
                  meta.name = 'description';
                  document.head.appendChild(meta);
                }
                meta.content = $0;
                // Vaadin's client keeps the view's container hidden until the navigation is over
                const hiddenUntilNavigated = element => {
                  for (let e = element; e && e.id !== 'outlet'; e = e.parentElement) {
                    if (getComputedStyle(e).display === 'none') {
                      return true;
                    }
                  }
                  return false;
                };
                // the keyboard focus moves to the same link or button of the view's markup
                const focusable = root => [...root.querySelectorAll('a[href], button, vaadin-button, [tabindex]')];
                const removeCopy = () => {
                  const copy = document.getElementById($1);
                  if (!copy) {
                    return;
                  }
                  if (!this.isConnected || hiddenUntilNavigated(this)) {
                    requestAnimationFrame(removeCopy);
                    return;
                  }
                  const focused = focusable(copy).indexOf(document.activeElement);
                  const app = this.closest('.app');
                  copy.remove();
                  if (focused >= 0 && app) {
                    focusable(app)[focused]?.focus({preventScroll: true});
                  }
                };
                removeCopy();""", description, FIRST_PAINT_ID);
        return content;
    }

}
