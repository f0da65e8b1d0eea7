package vn.safeschool.followup.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.base.ui.TitledSection;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.FollowUpBoard;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpFilter;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.FollowUpStatus;
import vn.safeschool.followup.FollowUpType;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/**
 * The follow-up board: per district office (the direct units as one group; for a district admin, per school) how
 * many cases wait for an answer, were returned, wait for a decision, are overdue, are closed; then every case of the
 * user's jurisdiction, filtered by status, type, unit, overdue and campaign. What the user's own unit has to answer
 * comes first. Openers open follow-ups from here too.
 */
@Route("followups")
@Menu(order = 15, icon = "vaadin:flag-o", title = "nav.followups")
@PermitAll
public class FollowUpBoardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final MultiSelectComboBox<FollowUpStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<FollowUpType> type = new ComboBox<>();
    final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final Grid<FollowUpBoard.Row> board = new Grid<>();
    final CaseGrid cases = new CaseGrid("followup-cases");
    final CaseGrid mine = new CaseGrid("followup-mine");
    private final Div mineSection = new Div();
    private final Paragraph caseCount = new Paragraph();
    private @Nullable CorrectiveHoursField hoursField;

    private final transient FollowUpService followUps;
    private final OrgUnitInfo home;
    private final transient CampaignService campaigns;

    FollowUpBoardView(FollowUpService followUps, CorrectiveService corrective, CampaignService campaigns,
            OrgService org, Clock clock) {
        this.followUps = followUps;
        this.home = org.home();
        this.campaigns = campaigns;
        addClassName("ss-page");
        List<CampaignInfo> all = campaigns.list();
        configureCampaign(all);
        configureFilters(org);
        configureBoard();
        add(new H1(getTranslation("nav.followups")), toolbar(all, corrective, clock), mineSection(),
                new TitledSection("followup.board", board), new TitledSection("followup.cases", caseList()));
    }

    /** The campaign chosen, remembered in the address; none: all campaigns. */
    private void configureCampaign(List<CampaignInfo> all) {
        campaign.setId("followup-campaign");
        campaign.setLabel(getTranslation("followup.column.campaign"));
        campaign.setPlaceholder(getTranslation("followup.all-campaigns"));
        campaign.setClearButtonVisible(true);
        campaign.setItems(all);
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setMinWidth("22em");
        campaign.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                CampaignChoice.forgetInAddress();
            } else {
                CampaignChoice.remember(e.getValue().id());
            }
            refresh();
        });
    }

    /** The list's filters: status, type, unit (searched in the jurisdiction), overdue only. */
    private void configureFilters(OrgService org) {
        statuses.setId("followup-statuses");
        statuses.setLabel(getTranslation("followup.column.status"));
        statuses.setItems(FollowUpStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("followup.status." + s.name()));
        statuses.addValueChangeListener(e -> refreshCases());
        type.setId("followup-type");
        type.setLabel(getTranslation("followup.column.type"));
        type.setItems(FollowUpType.values());
        type.setItemLabelGenerator(t -> getTranslation("followup.type." + t.name()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refreshCases());
        unit.setId("followup-unit");
        unit.setLabel(getTranslation("followup.column.unit"));
        unit.setItems(query -> org.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        unit.setItemLabelGenerator(u -> u.code() + " — " + u.name());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refreshCases());
        overdue.setId("followup-overdue");
        overdue.setLabel(getTranslation("followup.overdue-only"));
        overdue.addValueChangeListener(e -> refreshCases());
    }

    /** The campaign, and what the services say the user may do: open follow-ups, set the corrective hours. */
    private FlexLayout toolbar(List<CampaignInfo> all, CorrectiveService corrective, Clock clock) {
        FlexLayout toolbar = new FlexLayout(campaign);
        toolbar.addClassName("ss-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (followUps.mayOpen()) {
            Button open = new Button(getTranslation("followup.open"), VaadinIcon.FLAG_O.create(),
                    click -> new OpenFollowUpDialog(followUps, all, campaignId(), List.of(), clock, this::refresh)
                            .open());
            open.setId("followup-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(open);
        }
        if (corrective.maySetCorrectiveHours()) {
            hoursField = new CorrectiveHoursField(corrective, this::campaignId);
            toolbar.add(hoursField);
        }
        return toolbar;
    }

    /** What the user's own unit has to answer; filled (and shown) by {@link #refresh}. */
    private Div mineSection() {
        mineSection.setId("followup-mine-section");
        mineSection.addClassNames("ss-section", "ss-notice");
        mine.setAllRowsVisible(true);
        return mineSection;
    }

    private Div caseList() {
        FlexLayout filters = new FlexLayout(statuses, type, unit, overdue);
        filters.addClassName("ss-toolbar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        caseCount.setId("followup-count");
        cases.setHeight("60vh");
        return new Div(filters, caseCount, cases);
    }

    /** The campaign of the address or the session, else the campaign service's default ("all" when there is none). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CampaignInfo> chosen = campaigns.choose(CampaignChoice.requested(event.getLocation()));
        if (chosen.isPresent() && !chosen.get().equals(campaign.getValue())) {
            campaign.setValue(chosen.get());
        } else {
            refresh();
        }
    }

    private void configureBoard() {
        board.setId("followup-board");
        board.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        board.addColumn(this::label).setKey("unit").setHeader(getTranslation("followup.column.unit"))
                .setFlexGrow(2);
        count("open", FollowUpBoard.Row::open);
        count("returned", FollowUpBoard.Row::returned);
        count("responded", FollowUpBoard.Row::responded);
        count("overdue", FollowUpBoard.Row::overdue);
        count("closed", FollowUpBoard.Row::closed);
        count("total", FollowUpBoard.Row::total);
        board.setPartNameGenerator(r -> r.overdue() > 0 ? "ss-followup-overdue-row" : null);
        board.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneColumns.hide(board, "returned", "responded", "closed");
        board.setAllRowsVisible(true);
        // a unit's row filters the list to its cases
        board.addItemClickListener(click -> {
            if (click.getItem().unit() != null) {
                unit.setValue(click.getItem().unit());
            }
        });
    }

    private void count(String key, ValueProvider<FollowUpBoard.Row, Long> value) {
        board.addColumn(value).setKey(key).setHeader(getTranslation("followup.board." + key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private String label(FollowUpBoard.Row row) {
        if (row.directUnits()) {
            return getTranslation("oversight.direct-units");
        }
        if (row.unit() == null) {
            return getTranslation("followup.board.all");
        }
        // "Phòng GDĐT Chư Sê" rather than a cut "Phòng Giáo dục và Đào…"
        return row.unit().listName();
    }

    private void refresh() {
        if (hoursField != null) {
            hoursField.reload();
        }
        FollowUpBoard counts = followUps.board(campaignId());
        List<FollowUpBoard.Row> rows = new ArrayList<>(counts.rows());
        rows.add(counts.total());
        board.setItems(rows);
        List<FollowUpCaseInfo> own = followUps.list(FollowUpFilter.campaign(campaignId()).under(home.id())
                .withStatuses(Set.of(FollowUpStatus.OPEN)), 0, 100).stream()
                .filter(c -> c.assigneeUnitId() == home.id()).toList();
        mine.setItems(own);
        mineSection.removeAll();
        if (!own.isEmpty()) {
            mineSection.add(new H2(getTranslation("followup.mine", own.size())), mine);
        }
        mineSection.setVisible(!own.isEmpty());
        refreshCases();
    }

    private void refreshCases() {
        FollowUpFilter filter = filter();
        long total = followUps.count(filter);
        caseCount.setText(getTranslation("followup.cases.count", total));
        cases.setItems(query -> followUps.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, followUps.count(filter)));
    }

    FollowUpFilter filter() {
        Set<FollowUpStatus> wanted = statuses.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(statuses.getValue());
        return new FollowUpFilter(campaignId(), wanted, type.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), overdue.getValue());
    }

    private @Nullable Long campaignId() {
        return campaign.getValue() == null ? null : campaign.getValue().id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.followups") + " — " + getTranslation("app.name");
    }
}
