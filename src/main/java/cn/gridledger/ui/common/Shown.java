package cn.gridledger.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** How a choice box shows its items: one place for the converter every village/item picker needs. */
public final class Shown {

    private Shown() {
    }

    /** Shows each item as {@code label} says (empty for none); the pickers are not typed into. */
    public static <T> StringConverter<T> as(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
