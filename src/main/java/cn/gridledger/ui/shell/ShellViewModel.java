package cn.gridledger.ui.shell;

import java.util.ArrayList;
import java.util.List;

import cn.gridledger.logic.service.AppServices;
import cn.gridledger.model.Quarter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** State of the window frame: township, the "as of" quarter, database path. */
public final class ShellViewModel {

    private final AppServices services;
    private final ReadOnlyStringWrapper townshipName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Quarter> asOf = new SimpleObjectProperty<>(Quarter.current());

    public ShellViewModel(AppServices services) {
        this.services = services;
        services.township().township().ifPresent(t -> townshipName.set(t.name()));
        if (services.county().isCounty() && services.session().isSignedIn() && services.session().isAdmin()) {
            services.county().countyName().ifPresent(townshipName::set);
        }
    }

    public ReadOnlyStringProperty townshipNameProperty() {
        return townshipName.getReadOnlyProperty();
    }

    /** The quarter whose last day is the "as of" date for counts and the default for exports. */
    public ObjectProperty<Quarter> asOfProperty() {
        return asOf;
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

    public String databasePath() {
        return services.databaseFile().toString();
    }

    public AppServices services() {
        return services;
    }
}
