package cn.gridledger.ui.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gridledger.logic.UserFacingException;
import cn.gridledger.logic.service.AppServices;
import cn.gridledger.logic.service.HouseholdCheck;
import cn.gridledger.logic.service.HouseholdRulesException;
import cn.gridledger.logic.service.HouseholdService;
import cn.gridledger.model.Award;
import cn.gridledger.model.FuzzyDate;
import cn.gridledger.model.Grid;
import cn.gridledger.model.Household;
import cn.gridledger.model.HouseholdDetail;
import cn.gridledger.model.Member;
import cn.gridledger.model.Monitoring;
import cn.gridledger.model.PointsItem;
import cn.gridledger.model.Village;
import cn.gridledger.model.VillagerGroup;
import cn.gridledger.model.code.Relationship;
import cn.gridledger.ui.I18n;
import cn.gridledger.ui.common.Dialogs;
import cn.gridledger.ui.common.WindowPlacement;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import cn.gridledger.ui.common.HistoryView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The household form, made for the keyboard: Tab moves through the fields in reading order, Ctrl+M adds
 * a member, Enter or Ctrl+S saves, Esc cancels (asking first when something changed). Every field shows
 * its Chinese message under it; a refused save says how many places need changing and goes to the first.
 */
public final class HouseholdEditor {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD_MEMBER = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final AppServices services;
    private final HouseholdDrafts.Choices choices;
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final Stage stage = new Stage();
    private final Label summary = new Label();
    private final TabPane tabs = new TabPane();
    private boolean loading = true;
    /** True while the summary shows “还有 N 处需要修改”, which then follows each fix. */
    private boolean countingErrors;
    private String householdId;
    private FuzzyDate since;
    /** The household as loaded (null: a new one), to see whether 户类型, 低保 or 特困供养 changed. */
    private Household loaded;
    private String savedId;
    /** Members taken out in this form, by member id: why and when (saved with the household). */
    private final Map<Long, cn.gridledger.model.MemberDeparture> departures = new java.util.LinkedHashMap<>();
    /** 入户 answers by member form (identity), kept so a refused save does not ask them again. */
    private final Map<Draft, cn.gridledger.model.MemberArrival> arrivalsAnswered = new java.util.IdentityHashMap<>();

    private final Draft household;
    private final DraftForm householdForm;
    private final DraftList<Draft> members;
    private final DraftList<Draft> monitoring;
    private final DraftList<Draft> awards;
    private final PointsLedger points;

    public HouseholdEditor(AppServices services, String householdIdOrNull, Long defaultGridId) {
        this.services = services;
        List<Village> villages = services.grids().villages();
        Map<Long, List<VillagerGroup>> groups = new HashMap<>();
        villages.forEach(v -> groups.put(v.id(), services.grids().groups(v.id())));
        List<Grid> grids = services.township().grids();
        this.choices = new HouseholdDrafts.Choices(villages, grids, groups);
        Runnable changed = this::changed;

        household = HouseholdDrafts.household(changed, choices);
        householdForm = new DraftForm("hh", HouseholdDrafts.householdFields(choices), 5);
        members = new DraftList<>("member", HouseholdDrafts.memberFields(), HouseholdDrafts.MEMBER_COLUMNS, 5,
                () -> newMember(changed), changed, true);
        monitoring = new DraftList<>("monitoring", HouseholdDrafts.monitoringFields(),
                HouseholdDrafts.MONITORING_COLUMNS, 3, () -> HouseholdDrafts.monitoring(changed), changed, false);
        awards = new DraftList<>("award", HouseholdDrafts.awardFields(), List.of("type", "year", "level"), 3,
                () -> HouseholdDrafts.award(changed), changed, false);
        points = new PointsLedger(changed, this::villageItems);
        // a saved member leaves with a reason and a day (the quarters' reports count them up to it)
        members.setBeforeRemove(d -> d.id <= 0 || askDeparture(d));

        if (householdIdOrNull != null) {
            load(services.households().load(householdIdOrNull));
        } else if (defaultGridId != null) {
            household.set("grid", choices.gridLabelOf(defaultGridId));
        }
        householdForm.bind(household);
        build(householdIdOrNull == null ? I18n.t("hh.editor.new") : I18n.t("hh.editor.edit", headName()));
        loading = false;
    }

    private void load(HouseholdDetail d) {
        Household h = d.household();
        householdId = h.id();
        since = h.since();
        loaded = h;
        HouseholdDrafts.fill(household, h, choices);
        members.setAll(d.members().stream().map(m -> {
            Draft x = HouseholdDrafts.member(this::changed);
            HouseholdDrafts.fill(x, m);
            return x;
        }).toList());
        monitoring.setAll(d.monitoring().stream().map(m -> {
            Draft x = HouseholdDrafts.monitoring(this::changed);
            HouseholdDrafts.fill(x, m);
            return x;
        }).toList());
        awards.setAll(d.awards().stream().map(a -> {
            Draft x = HouseholdDrafts.award(this::changed);
            HouseholdDrafts.fill(x, a);
            return x;
        }).toList());
        points.setAll(d.pointsEntries(), d.redemptions());
    }

    private boolean askDeparture(Draft member) {
        var departure = MemberChangeDialog.departure(member.id, member.v("name"), birthOf(member), stage).askDeparture();
        departure.ifPresent(d -> departures.put(d.memberId(), d));
        return departure.isPresent();
    }

    /**
     * How and when each member new to this (saved) household joined it, asked at save; null when the
     * user went back to the form.
     */
    private List<cn.gridledger.model.MemberArrival> askArrivals() {
        List<cn.gridledger.model.MemberArrival> out = new ArrayList<>();
        List<Draft> list = members.items();
        for (int i = 0; i < list.size(); i++) {
            Draft m = list.get(i);
            if (m.id > 0) {
                continue;
            }
            cn.gridledger.model.MemberArrival known = arrivalsAnswered.get(m);
            if (known != null) {
                // asked before a save that was refused: the answer stands, at the member's place now
                out.add(new cn.gridledger.model.MemberArrival(i, known.reason(), known.date(), known.note()));
                continue;
            }
            var arrival = MemberChangeDialog.arrival(i, m.v("name"), birthOf(m), stage).askArrival();
            if (arrival.isEmpty()) {
                return null;
            }
            arrivalsAnswered.put(m, arrival.get());
            out.add(arrival.get());
        }
        return out;
    }

    /** The birth date as typed in the member's form (null when blank or unreadable). */
    private static FuzzyDate birthOf(Draft member) {
        return cn.gridledger.logic.service.HouseholdFields.date(member.v("birth")).value();
    }

    private String headName() {
        return members.items().stream().filter(d -> Relationship.户主.label().equals(d.v("relation")))
                .map(d -> d.v("name")).findFirst()
                .orElse("");
    }

    private List<PointsItem> villageItems() {
        Grid g = choices.grids.get(choices.gridList.check(household.v("grid")).value());
        return g == null ? List.of() : services.points().items(g.villageId());
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
        }
        if (countingErrors) {
            int left = errorCount();
            summary.setText(left == 0 ? "" : I18n.t("hh.editor.toFix", left));
            countingErrors = left > 0;
        }
    }

    /** A new member; the first one is the head of the household (户主), the usual first row. */
    private Draft newMember(Runnable changed) {
        Draft d = HouseholdDrafts.member(changed);
        if (members == null || members.items().isEmpty()) {
            boolean was = loading;
            loading = true;
            d.set("relation", Relationship.户主.label());
            loading = was;
        }
        return d;
    }

    private int errorCount() {
        List<Draft> all = new ArrayList<>();
        all.add(household);
        all.addAll(members.items());
        all.addAll(monitoring.items());
        all.addAll(awards.items());
        return all.stream().mapToInt(d -> d.errorCountProperty().get()).sum();
    }

    private void build(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label hint = new Label(I18n.t("hh.editor.keys"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        HBox top = new HBox(16, heading, hint);
        HBox.setHgrow(hint, Priority.ALWAYS);
        top.setAlignment(Pos.BASELINE_LEFT);

        VBox first = new VBox(6, section(I18n.t("hh.editor.basic")), householdForm.view(),
                section(I18n.t("hh.editor.members")), members.view());
        VBox.setVgrow(members.view(), Priority.ALWAYS);
        first.setPadding(new Insets(8));
        // with the largest font the form may not fit: it scrolls, nothing is cut off
        ScrollPane firstScroll = new ScrollPane(first);
        firstScroll.setFitToWidth(true);
        firstScroll.setFitToHeight(true);

        tabs.getTabs().addAll(tab(I18n.t("hh.editor.tab.main"), firstScroll), tab(I18n.t("hh.editor.tab.monitoring"),
                padded(monitoring.view())), tab(I18n.t("hh.editor.tab.awards"), padded(awards.view())),
                tab(I18n.t("hh.editor.tab.points"), padded(points.view())));
        if (householdId != null) {
            // visits need a saved household; they are saved on their own, not with the form
            tabs.getTabs().add(tab(I18n.t("hh.editor.tab.visits"), padded(new cn.gridledger.ui.visits.HouseholdVisitsSection(
                    services, householdId, I18n.t("hh.editor.visitsOf", headName(), household.v("hhNumber"))).view())));
            tabs.getTabs().add(tab(I18n.t("hh.editor.tab.history"), padded(HistoryView.of(services,
                    HouseholdService.AUDIT_ENTITY, householdId))));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Button save = new Button(I18n.t("hh.editor.save"));
        save.setId("hh-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(I18n.t("hh.editor.cancel"));
        cancel.setId("hh-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        summary.setId("hh-summary");
        summary.getStyleClass().add("field-error");
        summary.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, summary, gap, save, cancel);
        if (householdId != null) {
            bottom.getChildren().add(0, changesMenu());
        }
        HBox.setHgrow(summary, Priority.SOMETIMES);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(tabs, top, null, bottom, null);
        root.setId("household-editor");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        // at a large text size on a laptop screen the form scrolls rather than being cut off
        Scene scene = new Scene(WindowPlacement.scrolling(root), 1320, 700);
        scene.getStylesheets().add(HouseholdEditor.class.getResource("/cn/gridledger/ui/gridledger.css").toExternalForm());
        scene.getStylesheets().add(HouseholdEditor.class.getResource("household.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save();
            } else if (ADD_MEMBER.match(e)) {
                e.consume();
                tabs.getSelectionModel().select(0);
                members.add();
            }
        });
        stage.setScene(scene);
        stage.getProperties().put(HouseholdEditor.class, this); // the form of this window, for tests
        stage.setTitle(title);
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setOnCloseRequest(e -> {
            e.consume();
            cancel();
        });
        stage.setOnShown(e -> householdForm.focus(householdIdOrFocusKey()));
    }

    /** 户变动: 分户, 合户 and 迁往其他网格 of the saved household, each with its day. */
    private javafx.scene.control.MenuButton changesMenu() {
        javafx.scene.control.MenuItem split = new javafx.scene.control.MenuItem(I18n.t("hh.split.menu"));
        split.setId("hh-split");
        split.setOnAction(e -> openChange(owner -> new SplitDialog(services, services.households().load(householdId),
                headName(), owner)));
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem(I18n.t("hh.merge.menu"));
        merge.setId("hh-merge");
        merge.setOnAction(e -> openChange(owner -> new MergeDialog(services, services.households().load(householdId),
                headName(), owner)));
        javafx.scene.control.MenuItem move = new javafx.scene.control.MenuItem(I18n.t("hh.gridMove.menu"));
        move.setId("hh-gridMove");
        move.setOnAction(e -> openChange(owner -> new GridMoveDialog(services, householdId, headName(),
                household.v("grid"), choices.grids, owner)));
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(I18n.t("hh.change.menu"), null,
                split, merge, move);
        menu.setId("hh-changes");
        return menu;
    }

    /**
     * A household change is saved on its own, from the household as stored: unsaved edits in the form must be
     * saved or dropped first. Once done the form closes (its data is out of date) and the list refreshes.
     */
    private void openChange(java.util.function.Function<Window, DatedChangeDialog> dialog) {
        if (dirty.get()) {
            countingErrors = false;
            summary.setText(I18n.t("hh.change.saveFirst"));
            return;
        }
        if (dialog.apply(stage).showAndWait()) {
            savedId = householdId;
            stage.close();
        }
    }

    private String householdIdOrFocusKey() {
        return householdId == null && household.v("grid") != null ? "hhNumber" : "grid";
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-section");
        return l;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private static javafx.scene.Node padded(javafx.scene.Node n) {
        VBox box = new VBox(n);
        VBox.setVgrow(n, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Shows the form; returns the household's id when it was saved. */
    public Optional<String> showAndWait(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        WindowPlacement.sizeFor(stage, 1320, 700);
        stage.showAndWait();
        return Optional.ofNullable(savedId);
    }

    /** The window, for tests that drive it without waiting. */
    public Stage stage() {
        return stage;
    }

    public void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        WindowPlacement.sizeFor(stage, 1320, 700);
        stage.show();
    }

    public String savedId() {
        return savedId;
    }

    private void cancel() {
        if (dirty.get() && !Dialogs.confirm(I18n.t("hh.editor.discard"), I18n.t("hh.editor.discardText"))) {
            return;
        }
        stage.close();
    }

    /** Checks every field, then the household rules; saves in one transaction or says what to change. */
    void save() {
        household.touchAll();
        List<Draft> all = new ArrayList<>();
        all.add(household);
        all.addAll(members.items());
        all.addAll(monitoring.items());
        all.addAll(awards.items());
        all.forEach(Draft::touchAll);
        int errors = all.stream().mapToInt(d -> d.errorCountProperty().get()).sum();
        if (errors > 0) {
            summary.setText(I18n.t("hh.editor.toFix", errors));
            countingErrors = true; // the count follows the fixes and disappears at 0
            goToFirstError();
            return;
        }
        try {
            List<cn.gridledger.model.MemberArrival> arrivals = householdId == null ? List.of() : askArrivals();
            if (arrivals == null) {
                return; // went back to the form
            }
            HouseholdDetail detail = toDetail();
            // a changed 网格, 户类型, 低保 or 特困供养 holds from a day the user gives (past quarters keep the old value)
            List<String> changes = loaded == null ? List.of()
                    : StatusChangeDialog.changes(loaded, detail.household(), choices::gridLabelOf);
            cn.gridledger.model.StatusChange status = null;
            if (!changes.isEmpty()) {
                var asked = new StatusChangeDialog(changes, detail.household().since(), stage).ask();
                if (asked.isEmpty()) {
                    return; // went back to the form
                }
                status = asked.get();
            }
            savedId = saveAskingLateEditReason(detail, arrivals, status);
            if (savedId == null) {
                // no reason given for a change inside a submitted quarter: back to the form, which says so
                summary.setText(I18n.t("hh.lateEdit.notSaved"));
                return;
            }
            dirty.set(false);
            stage.close();
        } catch (HouseholdRulesException e) {
            for (HouseholdCheck c : e.checks()) {
                if (c.memberIndex() >= 0 && c.memberIndex() < members.items().size()) {
                    members.items().get(c.memberIndex()).showError(c.field(), c.message());
                } else {
                    household.showError(c.field(), c.message());
                }
            }
            countingErrors = false;
            summary.setText(e.getMessage());
            HouseholdCheck first = e.checks().get(0);
            tabs.getSelectionModel().select(0);
            if (first.memberIndex() >= 0) {
                members.show(first.memberIndex(), first.field());
            } else {
                householdForm.focus(first.field());
            }
        } catch (UserFacingException e) {
            countingErrors = false;
            summary.setText(I18n.t("ui.colon", I18n.t("hh.editor.toFix", 1), e.getMessage()));
        }
    }

    /**
     * Saves; when the change touches a quarter already submitted (报送) the service asks for a reason, which
     * the user types in a small dialog before the same save is made again with it. Null when they went back.
     */
    private String saveAskingLateEditReason(HouseholdDetail detail, List<cn.gridledger.model.MemberArrival> arrivals,
            cn.gridledger.model.StatusChange status) {
        return cn.gridledger.ui.common.LateEditReasonDialog.saveAsking(stage,
                reason -> services.households().save(detail, List.copyOf(departures.values()), arrivals, status, reason))
                .orElse(null);
    }

    private void goToFirstError() {
        String key = household.firstInvalid();
        if (key != null && household.errorCountProperty().get() > 0) {
            tabs.getSelectionModel().select(0);
            householdForm.focus(key);
            return;
        }
        if (focusIn(members, 0)) {
            return;
        }
        if (focusIn(monitoring, 1)) {
            return;
        }
        focusIn(awards, 2);
    }

    private boolean focusIn(DraftList<Draft> list, int tab) {
        for (int i = 0; i < list.items().size(); i++) {
            Draft d = list.items().get(i);
            if (d.errorCountProperty().get() > 0) {
                tabs.getSelectionModel().select(tab);
                list.show(i, d.firstInvalid());
                return true;
            }
        }
        return false;
    }

    private HouseholdDetail toDetail() {
        Household h = HouseholdDrafts.toHousehold(household, householdId, since, choices);
        List<Member> ms = new ArrayList<>();
        for (int i = 0; i < members.items().size(); i++) {
            ms.add(HouseholdDrafts.toMember(members.items().get(i), householdId, i));
        }
        List<Monitoring> mo = monitoring.items().stream().map(d -> HouseholdDrafts.toMonitoring(d, householdId)).toList();
        List<Award> aw = awards.items().stream().map(d -> HouseholdDrafts.toAward(d, householdId)).toList();
        return new HouseholdDetail(h, ms, mo, aw, points.entries(), points.redemptions());
    }

    BooleanProperty dirtyProperty() {
        return dirty;
    }
}
