package fr.chulille.passerelle.referral;

import com.vaadin.browserless.ComponentTester;

import java.util.List;

/**
 * Drives a {@link ChoiceSelect} as a referrer does: only a select that is shown and enabled, only an item it
 * shows, picked by its visible label; the value reaches the server as from the browser.
 */
public final class ChoiceSelectTester<T> extends ComponentTester<ChoiceSelect<T>> {

    private ChoiceSelectTester(ChoiceSelect<T> select) {
        super(select);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> ChoiceSelectTester<T> of(ChoiceSelect select) {
        return new ChoiceSelectTester<>((ChoiceSelect<T>) select);
    }

    /** The labels the select shows when opened, in their order. */
    public List<String> getSuggestions() {
        ChoiceSelect<T> select = getComponent();
        return select.getItems().stream().map(select.getItemLabelGenerator()::apply).toList();
    }

    /** Opens the select and picks the item showing {@code label}; fails if the select cannot be used or shows no such item. */
    public void selectItem(String label) {
        ensureComponentIsUsable();
        ChoiceSelect<T> select = getComponent();
        List<T> matching = select.getItems().stream()
                .filter(item -> select.getItemLabelGenerator().apply(item).equals(label)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException("The select " + select.getId().orElse("?") + " shows no item '" + label
                    + "' (it shows " + getSuggestions() + ")");
        }
        setValueAsUser(matching.getFirst());
    }
}
