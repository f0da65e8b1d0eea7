package vn.safeschool.oversight.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.AsOfMoment;
import vn.safeschool.base.ui.CampaignChoice;
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

    private static final Comparator<UnitRollup> DEFAULT_ORDER = Comparator
            .comparing((UnitRollup r) -> r.unit().isSchool()).thenComparing(r -> r.unit().code());

    private final OrgService org;
    private final OrgUnitInfo home;
    private final CampaignService campaigns;
    private final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    /** The moment the grid shows; null for now. */
    private final AsOfMoment asOf = new AsOfMoment("oversight", "oversight.as-of",
            () -> campaign.getValue() == null ? null : campaign.getValue().deadline(), this::refresh);
    private final MultiSelectComboBox<StatusFilter> statuses = new MultiSelectComboBox<>();
    private final Checkbox lagging = new Checkbox();
    private final MultiSelectComboBox<InstitutionType> types = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Ownership> ownerships = new MultiSelectComboBox<>();
    private final TextField search = new TextField();
    private final TreeSearch searchResult;
    /** "Theo cơ cấu hiện nay": a past moment's figures placed in today's units instead of the tree of that moment. */
    private final Checkbox todayStructure = new Checkbox();
    private final Span structureNote = new Span();
    private final TreeGrid<UnitRollup> grid = new TreeGrid<>();
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
        searchResult = new TreeSearch(org, grid, provider::rollupOf);
        H1 title = new H1(getTranslation("nav.oversight"));
        configureToolbar(campaigns.list());
        configureGrid();
        add(title, toolbar(), searchResult, new SelectionBar(grid), grid);
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

        todayStructure.setId("oversight-today-structure");
        todayStructure.setEnabled(false);
        todayStructure.setLabel(getTranslation("oversight.structure.today"));
        todayStructure.setTooltipText(getTranslation("oversight.structure.today.help"));
        todayStructure.addValueChangeListener(e -> refresh());
        structureNote.setId("oversight-structure-note");
        structureNote.addClassName("ss-structure-note");

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
        search.addValueChangeListener(e -> searchResult.find(e.getValue()));
    }

    private Component toolbar() {
        FlexLayout bar = new FlexLayout(campaign, asOf, todayStructure, structureNote, statuses, lagging,
                types, ownerships, search, exports, actions);
        bar.addClassName("ss-toolbar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setId("oversight-grid");
        grid.addClassNames("ss-oversight-grid", "ss-dense-grid");
        // names and numbers wrap rather than end in "…"; every width below fits the grid in 1400 px
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(true);
        grid.setHeight("70vh");
        HierarchyColumns.addTo(grid, getLocale());
        grid.addSortListener(e -> provider.refreshAll());
        grid.addItemClickListener(this::clicked);
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
        Instant at = asOf.asOf();
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
