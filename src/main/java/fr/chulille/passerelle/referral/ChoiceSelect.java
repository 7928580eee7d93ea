package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.shared.HasValidationProperties;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@code <vaadin-select>} whose items the browser renders from its {@code items} property (an array of
 * {@code {label, value}}), so that the server keeps one state node per select instead of Vaadin's
 * {@code Select} with its list box and a component and text node per item (issue 16, item 8: the heap per
 * open form). The browser gets the same web component, overlay, {@code vaadin-select-item}s, keyboard and
 * accessibility as with {@code Select}. The value travels as the item's position ({@code ""}: no value, as
 * when nothing was chosen yet); a position the server did not send reads as no value.
 */
@Tag("vaadin-select")
public class ChoiceSelect<T> extends AbstractSinglePropertyField<ChoiceSelect<T>, T>
        implements HasLabel, HasHelper, HasValidationProperties, Focusable<ChoiceSelect<T>>, HasSize, HasStyle {

    /**
     * The items' JSON for each list of labels, shared by every form (the labels are translations, so there are
     * as many lists as kinds of select times languages); never modified once made.
     */
    private static final Map<List<String>, ArrayNode> ITEMS = new ConcurrentHashMap<>();

    private List<T> items = List.of();
    private ItemLabelGenerator<T> itemLabelGenerator = String::valueOf;

    public ChoiceSelect() {
        super("value", null, String.class, ChoiceSelect::fromKey, ChoiceSelect::toKey);
        // the server decides what is invalid (as Vaadin's Select does): the browser never marks it by itself
        getElement().setProperty("manualValidation", true);
    }

    public void setItems(Collection<T> items) {
        this.items = List.copyOf(items);
        if (getValue() != null && !this.items.contains(getValue())) {
            clear();
        }
        refreshItems();
    }

    @SafeVarargs
    public final void setItems(T... items) {
        setItems(List.of(items));
    }

    /** The items in their order. */
    public List<T> getItems() {
        return items;
    }

    public void setItemLabelGenerator(ItemLabelGenerator<T> itemLabelGenerator) {
        this.itemLabelGenerator = Objects.requireNonNull(itemLabelGenerator);
        refreshItems();
    }

    public ItemLabelGenerator<T> getItemLabelGenerator() {
        return itemLabelGenerator;
    }

    private void refreshItems() {
        List<String> labels = new ArrayList<>(items.size());
        items.forEach(item -> labels.add(itemLabelGenerator.apply(item)));
        getElement().setPropertyJson("items", ITEMS.computeIfAbsent(List.copyOf(labels), ChoiceSelect::json));
    }

    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        getElement().setProperty("disabled", !enabled);
    }

    private static ArrayNode json(List<String> labels) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < labels.size(); i++) {
            ObjectNode item = array.addObject();
            item.put("label", labels.get(i));
            item.put("value", Integer.toString(i));
        }
        return array;
    }

    private static <T> T fromKey(ChoiceSelect<T> select, String key) {
        if (key == null || key.isEmpty() || !key.chars().allMatch(Character::isDigit) || key.length() > 4) {
            return null;
        }
        int index = Integer.parseInt(key);
        return index < select.items.size() ? select.items.get(index) : null;
    }

    private static <T> String toKey(ChoiceSelect<T> select, T value) {
        int index = value == null ? -1 : select.items.indexOf(value);
        return index < 0 ? "" : Integer.toString(index);
    }
}
