package org.hamyar.api.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.hamyar.standards.PersianText;

/** Collects every broken rule of a request, so one answer names every field (never only the first). */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String key, Object... args) {
        found.add(Violation.of(field, key, args));
        return this;
    }

    public Violations addAll(Collection<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /** Adds {@code key} for {@code field} when {@code broken}. */
    public Violations when(boolean broken, String field, String key, Object... args) {
        if (broken) {
            add(field, key, args);
        }
        return this;
    }

    /**
     * Refuses control and direction-override characters in free text (docs/product.md §10): they can make
     * stored text display differently from what it is.
     */
    public Violations plainText(String field, String text) {
        return when(text != null && PersianText.containsControlOrBidiOverride(text), field, "text.control-characters");
    }

    /** Runs {@code check} on each element with its indexed path, e.g. {@code parties[2]}. */
    public <T> Violations each(String field, List<T> items, IndexedCheck<T> check) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null) {
                    check.apply(field + "[" + i + "]", items.get(i), i);
                }
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    @FunctionalInterface
    public interface IndexedCheck<T> {
        void apply(String path, T item, int index);
    }
}
