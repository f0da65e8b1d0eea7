package vn.safeschool.oversight.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Shares;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.ui.LastReadableMoment;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.oversight.ExportService;
import vn.safeschool.oversight.GridAction;
import vn.safeschool.org.Structure;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.oversight.UnitRollup;

/**
 * The units of the user's jurisdiction as a tree with their live numbers for a campaign, now or as of a moment.
 * The root is the user's home unit; every level is asked of the database when it is expanded. Rows can be selected
 * (several at once) for the follow-up actions that act on a selection.
 */
@Route("oversight")
@Menu(order = 10, icon = "vaadin:sitemap", title = "nav.oversight")
@PermitAll
public class HierarchyView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** How many search matches get their path expanded and are selected. */
    static final int SEARCH_EXPAND = 5;
    private static final Comparator<UnitRollup> DEFAULT_ORDER = Comparator
            .comparing((UnitRollup r) -> r.unit().isSchool()).thenComparing(r -> r.unit().code());

    private final OrgService org;
    private final OrgUnitInfo home;
    private final CampaignService campaigns;
    private final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    private final DateTimePicker asOf = new DateTimePicker();
    /** The moment the grid shows: the picker's last readable value; null for now. */
    private final LastReadableMoment moment = new LastReadableMoment(asOf, this::refresh);
    private final MultiSelectComboBox<StatusFilter> statuses = new MultiSelectComboBox<>();
    private final Checkbox lagging = new Checkbox();
    private final MultiSelectComboBox<InstitutionType> types = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Ownership> ownerships = new MultiSelectComboBox<>();
    private final TextField search = new TextField();
    private final Span searchResult = new Span();
    private final Div asOfShortcuts = new Div();
    /** "Theo cơ cấu hiện nay": a past moment's figures placed in today's units instead of the tree of that moment. */
    private final Checkbox todayStructure = new Checkbox();
    private final Span structureNote = new Span();
    private final TreeGrid<UnitRollup> grid = new TreeGrid<>();
    /** "Đã chọn 3 đơn vị · Bỏ chọn": the selection decides who the actions reach, so it is never out of sight. */
    private final Span selectionCount = new Span();
    private final Button clearSelection = new Button();
    private final RollupDataProvider provider;

    private final ExportButtons exports;
    private final GridActionButtons actions;

    HierarchyView(RollupService rollups, OrgService org, CampaignService campaigns, ExportService exportService,
            List<GridAction> contributedActions) {
        this.org = org;
        this.home = org.home();
        addClassName("ss-page");
        provider = new RollupDataProvider(rollups, home.id(), this::filter, this::order);
        // the statistics list follows the grid: same campaign, moment and filters, from the user's home unit
        exports = new ExportButtons(exportService, () -> java.util.Objects.requireNonNull(filter()), home::id);
        actions = new GridActionButtons(contributedActions, this::filter, home.id(),
                () -> List.copyOf(grid.getSelectedItems()), this::refresh);

        this.campaigns = campaigns;
        H1 title = new H1(getTranslation("nav.oversight"));
        configureToolbar(campaigns.list());
        configureGrid();
        add(title, toolbar(), searchResult, selectionBar(), grid);
        grid.setDataProvider(provider);
    }

    /** The campaign of the address or the session, else the campaign service's default; the root opened. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaigns.choose(CampaignChoice.requested(event.getLocation()))
                .filter(chosen -> !chosen.equals(campaign.getValue())).ifPresent(campaign::setValue);
        UnitRollup root = provider.rollupOf(home.id());
        if (root != null && !grid.isExpanded(root)) {
            grid.expand(root);
        }
    }

    private void configureToolbar(List<CampaignInfo> all) {
        campaign.setId("oversight-campaign");
        campaign.setLabel(getTranslation("dashboard.campaign"));
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setItems(all);
        campaign.setMinWidth("22em");
        campaign.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                CampaignChoice.remember(e.getValue().id());
            }
            refresh();
        });

        asOf.setId("oversight-as-of");
        asOf.setLabel(getTranslation("oversight.as-of"));
        asOf.setHelperText(getTranslation("oversight.as-of.help"));
        asOf.setLocale(getLocale());
        DatePickers.explained(asOf);
        todayStructure.setId("oversight-today-structure");
        todayStructure.setEnabled(false);
        todayStructure.setLabel(getTranslation("oversight.structure.today"));
        todayStructure.setTooltipText(getTranslation("oversight.structure.today.help"));
        todayStructure.addValueChangeListener(e -> refresh());
        structureNote.setId("oversight-structure-note");
        structureNote.addClassName("ss-structure-note");
        Button deadline = new Button(getTranslation("oversight.as-of.deadline"), VaadinIcon.CLOCK.create(),
                click -> {
                    if (campaign.getValue() != null) {
                        asOf.setValue(campaign.getValue().deadlineInVietnam().toLocalDateTime());
                    }
                });
        deadline.setId("oversight-deadline");
        deadline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button now = new Button(getTranslation("oversight.as-of.now"), click -> moment.now());
        now.setId("oversight-now");
        now.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        asOfShortcuts.add(deadline, now);
        asOfShortcuts.addClassName("ss-as-of-shortcuts");

        statuses.setId("oversight-statuses");
        statuses.setLabel(getTranslation("oversight.filter.status"));
        statuses.setItems(StatusFilter.values());
        statuses.setItemLabelGenerator(s -> getTranslation("oversight.status." + s.name()));
        statuses.addValueChangeListener(e -> {
            lagging.setValue(e.getValue().equals(StatusFilter.LAGGING));
            refresh();
        });
        lagging.setId("oversight-lagging");
        lagging.setLabel(getTranslation("oversight.filter.lagging"));
        lagging.setTooltipText(getTranslation("oversight.filter.lagging.help"));
        lagging.addValueChangeListener(e -> {
            if (e.getValue() != statuses.getValue().equals(StatusFilter.LAGGING)) {
                statuses.setValue(e.getValue() ? StatusFilter.LAGGING : Set.of());
            }
        });
        types.setId("oversight-types");
        types.setLabel(getTranslation("unit.type"));
        types.setItems(InstitutionType.values());
        types.setItemLabelGenerator(t -> getTranslation("unit.type." + t.name()));
        types.addValueChangeListener(e -> refresh());
        ownerships.setId("oversight-ownerships");
        ownerships.setLabel(getTranslation("unit.ownership"));
        ownerships.setItems(Ownership.values());
        ownerships.setItemLabelGenerator(o -> getTranslation("unit.ownership." + o.name()));
        ownerships.addValueChangeListener(e -> refresh());

        search.setId("oversight-search");
        search.setLabel(getTranslation("oversight.search"));
        search.setPlaceholder(getTranslation("oversight.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> find(e.getValue()));
        searchResult.setId("oversight-search-result");
        searchResult.addClassName("ss-search-result");
    }

    private Component toolbar() {
        FlexLayout bar = new FlexLayout(campaign, asOf, asOfShortcuts, todayStructure, structureNote, statuses, lagging, types, ownerships, search,
                exports, actions);
        bar.addClassName("ss-toolbar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component selectionBar() {
        selectionCount.setId("oversight-selection");
        clearSelection.setId("oversight-selection-clear");
        clearSelection.setText(getTranslation("oversight.selection.clear"));
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearSelection.addClickListener(click -> grid.deselectAll());
        grid.addSelectionListener(e -> showSelection());
        showSelection();
        Div bar = new Div(selectionCount, clearSelection);
        bar.addClassName("ss-selection-bar");
        return bar;
    }

    private void showSelection() {
        int selected = grid.getSelectedItems().size();
        selectionCount.setText(getTranslation("oversight.selection.count", selected));
        selectionCount.setVisible(selected > 0);
        clearSelection.setVisible(selected > 0);
    }

    private void configureGrid() {
        grid.setId("oversight-grid");
        grid.addClassNames("ss-oversight-grid", "ss-dense-grid");
        // names and numbers wrap rather than end in "…"; every width below fits the grid in 1400 px
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(true);
        grid.setHeight("70vh");
        grid.addHierarchyColumn(r -> r.unit().listName()).setKey("name").setHeader(getTranslation("unit.name"))
                .setComparator(Comparator.comparing(r -> r.unit().name())).setFlexGrow(1).setWidth("12rem")
                .setFrozen(true).setResizable(true)
                .setTooltipGenerator(r -> r.unit().name() + " — " + typeOf(r));
        grid.addColumn(r -> r.unit().code()).setKey("code").setHeader(getTranslation("oversight.column.code"))
                .setComparator(Comparator.comparing(r -> r.unit().code())).setWidth("5rem").setFlexGrow(0);
        count("institutions", UnitRollup::institutions, false);
        count("safe", UnitRollup::safe, true);
        count("at-risk", UnitRollup::atRisk, true);
        count("unsafe", UnitRollup::unsafe, true);
        count("not-declared", UnitRollup::notDeclared, true);
        count("late", UnitRollup::late, true);
        count("stale", UnitRollup::stale, true);
        grid.addComponentColumn(this::completion).setKey("completion")
                .setHeader(getTranslation("oversight.column.completion"))
                .setComparator(Comparator.comparing(UnitRollup::completion)).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.lastDeclaredAt() == null ? "—" : Dates.dateTime(r.lastDeclaredAt(), getLocale()))
                .setKey("last-declared").setHeader(getTranslation("oversight.column.last-declared"))
                .setComparator(Comparator.comparing(UnitRollup::lastDeclaredAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setWidth("6rem").setFlexGrow(0);
        grid.addSortListener(e -> provider.refreshAll());
        grid.addItemClickListener(this::clicked);
    }

    /**
     * A count column; with a share, the cell reads "685 (77,7 %)" (wrapping under the number) and the header's
     * tooltip says it is of the total. A school's row counts one institution, so it shows its status instead
     * (completion column) and only "Có" where it is late or stale.
     */
    private void count(String key, ValueProvider<UnitRollup, Long> value, boolean withShare) {
        boolean flag = key.equals("late") || key.equals("stale");
        Span header = new Span(getTranslation("oversight.column." + key));
        header.setTitle(getTranslation(withShare ? "oversight.column.share-help"
                : "oversight.column.institutions.help"));
        grid.addColumn(r -> r.unit().isSchool() ? (flag && value.apply(r) > 0 ? getTranslation("campaign.yes") : "")
                        : withShare ? value.apply(r) + " (" + Shares.format(value.apply(r), r.institutions(),
                        getLocale()) + ")" : String.valueOf(value.apply(r)))
                .setKey(key).setHeader(header)
                .setComparator(Comparator.comparing(value)).setTextAlign(ColumnTextAlign.END)
                .setWidth(withShare ? "4.75rem" : "4.5rem").setFlexGrow(0)
                .setPartNameGenerator(r -> value.apply(r) > 0 ? "ss-count-" + key : null);
    }

    /** An office's completion bar and share; a school's status as a badge (An toàn, Có rủi ro, ...). */
    private Component completion(UnitRollup rollup) {
        if (rollup.unit().isSchool()) {
            String status = rollup.safe() > 0 ? "safe" : rollup.atRisk() > 0 ? "at-risk"
                    : rollup.unsafe() > 0 ? "unsafe" : "not-declared";
            Span badge = new Span(getTranslation("status." + status));
            badge.addClassNames("ss-status-badge", "ss-status-" + status);
            return badge;
        }
        ProgressBar bar = new ProgressBar(0, 100, rollup.completion().doubleValue());
        bar.addClassName("ss-completion-bar");
        Span number = new Span(Shares.format(rollup.declared(), rollup.institutions(), getLocale()));
        Div cell = new Div(bar, number);
        cell.addClassName("ss-completion");
        return cell;
    }

    private String typeOf(UnitRollup rollup) {
        OrgUnitInfo unit = rollup.unit();
        return unit.institutionType() == null ? getTranslation("unit.kind." + unit.kind().name())
                : getTranslation("unit.type." + unit.institutionType().name());
    }

    private void clicked(ItemClickEvent<UnitRollup> event) {
        UnitRollup item = event.getItem();
        if (item.unit().isSchool()) {
            CampaignInfo chosen = campaign.getValue();
            // by route, not by class: the declaration module's views are not part of its public face
            QueryParameters query = chosen == null ? QueryParameters.empty()
                    : QueryParameters.of("campaign", String.valueOf(chosen.id()));
            getUI().ifPresent(ui -> ui.navigate("schools/" + item.unit().id() + "/declaration", query));
        } else if (grid.isExpanded(item)) {
            grid.collapse(item);
        } else {
            grid.expand(item);
        }
    }

    /**
     * Expands the path to the first matches of the name or code, selects them and scrolls to the first. A new or
     * cleared search first drops the previous selection: ticks the user cannot see must not decide who is reminded.
     */
    private void find(String text) {
        grid.deselectAll();
        if (text == null || text.isBlank()) {
            searchResult.setText("");
            return;
        }
        List<OrgUnitInfo> matches = org.search(text, 0, 20);
        if (matches.isEmpty()) {
            searchResult.setText(getTranslation("oversight.search.none", text.strip()));
            return;
        }
        List<UnitRollup> found = new ArrayList<>();
        for (OrgUnitInfo match : matches.stream().limit(SEARCH_EXPAND).toList()) {
            List<OrgUnitInfo> path = org.pathTo(match.id());
            List<UnitRollup> ancestors = path.stream().filter(u -> u.id() != match.id())
                    .map(u -> provider.rollupOf(u.id())).filter(r -> r != null).toList();
            grid.expand(ancestors);
            UnitRollup row = provider.rollupOf(match.id());
            if (row != null) {
                found.add(row);
            }
        }
        found.forEach(grid::select);
        if (!found.isEmpty()) {
            grid.scrollToItem(found.getFirst());
        }
        searchResult.setText(matches.size() > SEARCH_EXPAND
                ? getTranslation("oversight.search.many", matches.size(), SEARCH_EXPAND)
                : getTranslation("oversight.search.found", matches.size()));
    }

    /** The figures again for a changed filter; the selection was made under the old one and is dropped. */
    private void refresh() {
        grid.deselectAll();
        RollupFilter shown = filter();
        todayStructure.setEnabled(shown != null && shown.asOf() != null);
        structureNote.setText(shown == null || shown.asOf() == null ? ""
                : getTranslation(shown.restated() ? "oversight.structure.note.today" : "oversight.structure.note.then"));
        provider.refreshAll();
    }

    @Nullable
    RollupFilter filter() {
        CampaignInfo chosen = campaign.getValue();
        if (chosen == null) {
            return null;
        }
        LocalDateTime shown = moment.value();
        Instant at = shown == null ? null : shown.atZone(Zones.VIETNAM).toInstant();
        Set<StatusFilter> wanted = statuses.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(statuses.getValue());
        return new RollupFilter(chosen.id(), at, wanted, types.getValue(), ownerships.getValue(),
                Boolean.TRUE.equals(todayStructure.getValue()) ? Structure.TODAY : Structure.AS_IT_WAS);
    }

    /** The grid's sort orders as one comparator, the columns in the order they were clicked. */
    private Comparator<UnitRollup> order() {
        Comparator<UnitRollup> result = null;
        for (GridSortOrder<UnitRollup> sort : grid.getSortOrder()) {
            Comparator<UnitRollup> next = sort.getSorted().getComparator(sort.getDirection());
            result = result == null ? next : result.thenComparing(next);
        }
        return result == null ? DEFAULT_ORDER : result.thenComparing(DEFAULT_ORDER);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.oversight") + " — " + getTranslation("app.name");
    }
}
