package cn.gridledger.ui.shell;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Quarter;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the window frame: township, the "as of" quarter, font size, database path. */
public final class ShellViewModel {

    static final double[] FONT_SIZES = {14, 16, 18, 20};

    private final AppServices services;
    private final ReadOnlyStringWrapper townshipName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Quarter> asOf = new SimpleObjectProperty<>(Quarter.current());
    private final DoubleProperty fontSize = new SimpleDoubleProperty(FONT_SIZES[0]);

    public ShellViewModel(AppServices services) {
        this.services = services;
        services.township().township().ifPresent(t -> townshipName.set(t.name()));
    }

    public ReadOnlyStringProperty townshipNameProperty() {
        return townshipName.getReadOnlyProperty();
    }

    /** The quarter whose last day is the "as of" date for counts and the default for exports. */
    public ObjectProperty<Quarter> asOfProperty() {
        return asOf;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The current quarter and the seven before it. */
    public List<Quarter> selectableQuarters() {
        List<Quarter> out = new ArrayList<>();
        Quarter q = Quarter.current();
        for (int i = 0; i < 8; i++) {
            out.add(q);
            q = q.previous();
        }
        return out;
    }

    public void largerFont() {
        step(+1);
    }

    public void smallerFont() {
        step(-1);
    }

    private void step(int direction) {
        int index = 0;
        for (int i = 0; i < FONT_SIZES.length; i++) {
            if (FONT_SIZES[i] == fontSize.get()) {
                index = i;
            }
        }
        int next = Math.max(0, Math.min(FONT_SIZES.length - 1, index + direction));
        fontSize.set(FONT_SIZES[next]);
    }

    public String databasePath() {
        return services.databaseFile().toString();
    }

    public AppServices services() {
        return services;
    }
}
