package vn.safeschool.dashboard.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Shares;
import vn.safeschool.base.ui.AsOfMoment;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.TitledSection;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.ui.FollowUpAlerts;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.ExportService;
import vn.safeschool.oversight.OverviewRow;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.TrendService;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.oversight.ui.ExportButtons;
import vn.safeschool.reminder.Effectiveness;
import vn.safeschool.reminder.ReminderService;

/**
 * The landing page: where the user's part of the hierarchy stands in the chosen campaign, live from the
 * declarations. Department and district users get the cards, a bar per office (or school), the ten units furthest
 * behind and the campaign's curve; a principal gets their school's status and what to do next.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int LOWEST = 10;
    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());

    private final RollupService rollups;
    private final TrendService trends;
    private final DeclarationService declarations;
    private final ReminderService reminders;
    private final Clock clock;
    private final OrgUnitInfo homeUnit;
    private final CampaignService campaigns;
    private final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    private final Paragraph deadline = new Paragraph();
    private final AsOfMoment moment;
    private final Div content = new Div();
    private final ChartCanvas statusChart = new ChartCanvas("status-chart");
    private final ChartCanvas trendChart = new ChartCanvas("trend-chart");
    private final Grid<UnitRollup> lowest = new Grid<>();
    private final FollowUpService followUps;
    private final CorrectiveService corrective;

    DashboardView(CampaignService campaigns, OrgService org, RollupService rollups, TrendService trends,
            DeclarationService declarations, ExportService exports, Clock clock, FollowUpService followUps,
            CorrectiveService corrective, ReminderService reminders) {
        this.followUps = followUps;
        this.corrective = corrective;
        this.reminders = reminders;
        this.rollups = rollups;
        this.trends = trends;
        this.declarations = declarations;
        this.clock = clock;
        this.homeUnit = org.home();
        addClassName("ss-page");

        H1 title = new H1(homeUnit.name());
        title.setId("dashboard-unit");
        campaign.setLabel(getTranslation("dashboard.campaign"));
        campaign.setId("campaign");
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setWidthFull();
        deadline.setId("deadline");
        content.setId("dashboard-content");
        Div toolbar = new Div(campaign);
        toolbar.addClassName("ss-toolbar");
        moment = new AsOfMoment("dashboard", "oversight.as-of",
                () -> campaign.getValue() == null ? null : campaign.getValue().deadline(),
                () -> show(campaign.getValue()));
        if (!homeUnit.isSchool()) {
            toolbar.add(new ExportButtons(exports, this::filter, homeUnit::id));
        }
        lowest.setId("lowest-ten");
        lowest.addColumn(r -> r.unit().listName()).setHeader(getTranslation("dashboard.lowest.unit")).setFlexGrow(3);
        lowest.addColumn(UnitRollup::institutions).setHeader(getTranslation("status.total"));
        lowest.addColumn(UnitRollup::declared).setHeader(getTranslation("dashboard.lowest.declared"));
        lowest.addColumn(r -> Shares.format(r.declared(), r.institutions(), getLocale()))
                .setHeader(getTranslation("dashboard.lowest.completion"));
        lowest.setAllRowsVisible(true);
        add(title, toolbar);
        if (!homeUnit.isSchool()) {
            add(moment);
        }
        add(deadline, content);

        this.campaigns = campaigns;
        campaign.setItems(campaigns.list());
        campaign.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                CampaignChoice.remember(e.getValue().id());
            }
            show(e.getValue());
        });
    }

    /** The campaign of the address or the session, else the campaign service's default. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CampaignInfo> chosen = campaigns.choose(CampaignChoice.requested(event.getLocation()));
        if (chosen.isEmpty()) {
            content.removeAll();
            // archived campaigns stay choosable, but a page never opens on one by itself
            content.add(new Paragraph(getTranslation(campaigns.list().isEmpty() ? "dashboard.no-campaign"
                    : "dashboard.no-open-campaign")));
        } else if (!chosen.get().equals(campaign.getValue())) {
            campaign.setValue(chosen.get());
        }
    }

    /** The numbers of the moment shown, for the chosen campaign (the export links ask for it when clicked). */
    private RollupFilter filter() {
        CampaignInfo chosen = campaign.getValue();
        if (chosen == null) {
            throw new IllegalStateException("no campaign chosen");
        }
        return RollupFilter.now(chosen.id()).asOf(moment.asOf());
    }

    private void show(@Nullable CampaignInfo chosen) {
        content.removeAll();
        deadline.setText("");
        if (chosen == null) {
            return;
        }
        deadline.setText(deadlineText(chosen.deadline(), clock.instant()));
        if (homeUnit.isSchool()) {
            // what the school has to answer or fix comes before its status
            content.add(new FollowUpAlerts(followUps, corrective, homeUnit, chosen));
            content.add(new SchoolStatus(declarations.details(homeUnit.id(), chosen.id()), clock.instant()));
            return;
        }
        RollupFilter filter = filter();
        UnitRollup home = rollups.of(filter, homeUnit.id());
        List<UnitRollup> children = rollups.children(filter, homeUnit.id(), BY_CODE);
        statusChart.show(ChartConfigs.statusBars(OverviewRow.of(children), this::label, this::getTranslation));
        lowest.setItems(children.stream().filter(r -> r.institutions() > 0)
                .sorted(Comparator.comparing(UnitRollup::completion).thenComparing(BY_CODE)).limit(LOWEST).toList());
        trendChart.show(ChartConfigs.trend(trends.declaredOverTime(chosen.id(), homeUnit.id()), chosen.deadline(),
                home.institutions(), this::getTranslation, getLocale()));
        // at a glance: the numbers (follow-ups counted among them, a click away), the chart, who is furthest behind
        Div cards = cards(home);
        if (filter.asOf() == null) {
            FollowUpAlerts.cards(followUps, corrective, homeUnit, chosen).forEach(cards::add);
        } else {
            // a past moment: its numbers in the tree of that moment; today's open work is not part of it
            Paragraph then = new Paragraph(getTranslation("oversight.structure.note.then"));
            then.setId("dashboard-moment-note");
            then.addClassName("ss-structure-note");
            content.add(then);
        }
        content.add(cards, new TitledSection("dashboard.chart.status", statusChart),
                new TitledSection("dashboard.lowest", lowest));
        if (filter.asOf() == null) {
            content.add(reminded(chosen));
        }
        content.add(new TitledSection("dashboard.trend", trendChart));
    }

    private String label(OverviewRow row) {
        OrgUnitInfo unit = row.unit();
        if (unit == null) {
            return getTranslation("oversight.direct-units");
        }
        return unit.listName();
    }

    private String deadlineText(Instant due, Instant now) {
        String at = Dates.dateTime(due, getLocale());
        return now.isBefore(due)
                ? getTranslation("dashboard.deadline.left", at, duration(Duration.between(now, due)))
                : getTranslation("dashboard.deadline.passed", at, duration(Duration.between(due, now)));
    }

    String duration(Duration length) {
        return length.toDays() > 0
                ? getTranslation("dashboard.duration.days", length.toDays(), length.toHoursPart())
                : getTranslation("dashboard.duration.hours", length.toHours(), length.toMinutesPart());
    }

    private Div cards(UnitRollup r) {
        Div cards = new Div(card("total", r.institutions(), null),
                card("safe", r.safe(), r), card("at-risk", r.atRisk(), r), card("unsafe", r.unsafe(), r),
                card("not-declared", r.notDeclared(), r), card("late", r.late(), null),
                card("stale", r.stale(), null));
        cards.addClassName("ss-cards");
        cards.setId("kpi-cards");
        return cards;
    }

    /** Whether reminding worked: the schools reminded and how many of them then declared. */
    private Paragraph reminded(CampaignInfo chosen) {
        Effectiveness e = reminders.effectiveness(chosen.id());
        Paragraph line = new Paragraph(e.reminded() == 0 ? getTranslation("reminder.dashboard.none")
                : getTranslation("reminder.dashboard.effectiveness", e.reminded(), e.declaredAfter(),
                        Shares.format(e.declaredAfter(), e.reminded(), getLocale()), e.declaredWithinDay()));
        line.setId("dashboard-reminders");
        line.addClassName("ss-reminders-effect");
        return line;
    }

    private Component card(String key, long count, @Nullable UnitRollup of) {
        Span label = new Span(getTranslation("status." + key));
        label.addClassName("ss-card-label");
        Span value = new Span(String.valueOf(count));
        value.addClassName("ss-card-value");
        Div card = new Div(label, value);
        if (of != null) {
            Span share = new Span(Shares.format(count, of.institutions(), getLocale()));
            share.addClassName("ss-card-share");
            card.add(share);
        }
        card.addClassNames("ss-card", "ss-card-" + key);
        card.setId("card-" + key);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " — " + getTranslation("app.name");
    }
}
