package vn.safeschool.oversight.ui;

import vn.safeschool.base.Dates;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Zones;
import vn.safeschool.org.OrgTimeline;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.UnitLineage;
import vn.safeschool.oversight.UnitSection;

/**
 * The "Lineage" tab of a unit's page (issue 13): each period of the unit — where it sat, its code and name, open or
 * closed, and the reorganisation that began it — then the units it came from and went into, each linked to its page
 * where the viewer may open it.
 */
@org.springframework.stereotype.Component
class UnitLineageSection implements UnitSection {


    private final OrgTimeline timeline;

    UnitLineageSection(OrgTimeline timeline) {
        this.timeline = timeline;
    }

    /** One row of the second grid: a unit this one came from or went into. */
    record Relative(boolean predecessor, UnitLineage.Link link) {
    }

    @Override
    public String titleKey() {
        return "unit.lineage.tab";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean available(OrgUnitInfo unit) {
        return true;
    }

    @Override
    public Component create(OrgUnitInfo unit) {
        UI ui = UI.getCurrent();
        UnitLineage lineage = timeline.lineage(unit.id());
        Grid<UnitLineage.Period> periods = new Grid<>();
        periods.setId("unit-lineage-periods");
        periods.addColumn(p -> p.from() == null ? ui.getTranslation("unit.lineage.since-recorded") : day(p.from()))
                .setKey("from").setHeader(ui.getTranslation("unit.lineage.from")).setAutoWidth(true);
        periods.addColumn(p -> p.to() == null ? ui.getTranslation("unit.lineage.until-now") : day(p.to()))
                .setKey("to").setHeader(ui.getTranslation("unit.lineage.to")).setAutoWidth(true);
        periods.addComponentColumn(p -> unitLink(p.parent())).setKey("parent")
                .setHeader(ui.getTranslation("unit.lineage.parent")).setAutoWidth(true);
        periods.addColumn(UnitLineage.Period::code).setKey("code").setHeader(ui.getTranslation("unit.code"))
                .setAutoWidth(true);
        periods.addColumn(UnitLineage.Period::name).setKey("name").setHeader(ui.getTranslation("unit.name"))
                .setAutoWidth(true);
        periods.addColumn(p -> ui.getTranslation(p.active() ? "unit.active.yes" : "unit.active.no"))
                .setKey("active").setHeader(ui.getTranslation("unit.active")).setAutoWidth(true);
        periods.addColumn(p -> event(ui, p.eventId())).setKey("event")
                .setHeader(ui.getTranslation("unit.lineage.event")).setAutoWidth(true);
        periods.setAllRowsVisible(true);
        periods.setItems(lineage.periods());

        List<Relative> relatives = new ArrayList<>();
        lineage.predecessors().forEach(l -> relatives.add(new Relative(true, l)));
        lineage.successors().forEach(l -> relatives.add(new Relative(false, l)));
        Grid<Relative> links = new Grid<>();
        links.setId("unit-lineage-links");
        links.addColumn(r -> ui.getTranslation(r.predecessor() ? "unit.lineage.predecessor" : "unit.lineage.successor"))
                .setKey("relation").setHeader(ui.getTranslation("unit.lineage.relation")).setAutoWidth(true);
        links.addComponentColumn(r -> unitLink(r.link().unit())).setKey("unit")
                .setHeader(ui.getTranslation("unit.lineage.unit")).setAutoWidth(true);
        links.addColumn(r -> ui.getTranslation("unit.lineage.kind." + r.link().kind().name()
                + (principalOfSplit(r) ? ".principal" : ""))).setKey("kind")
                .setHeader(ui.getTranslation("unit.lineage.kind")).setAutoWidth(true);
        links.addColumn(r -> day(r.link().at())).setKey("at").setHeader(ui.getTranslation("unit.lineage.at"))
                .setAutoWidth(true);
        links.addColumn(r -> event(ui, r.link().eventId())).setKey("event")
                .setHeader(ui.getTranslation("unit.lineage.event")).setAutoWidth(true);
        links.setAllRowsVisible(true);
        links.setItems(relatives);

        H3 linksTitle = new H3(ui.getTranslation("unit.lineage.links"));
        VerticalLayout content = new VerticalLayout(periods, linksTitle);
        if (relatives.isEmpty()) {
            Span none = new Span(ui.getTranslation("unit.lineage.no-links"));
            none.setId("unit-lineage-no-links");
            content.add(none);
        } else {
            content.add(links);
        }
        content.setPadding(false);
        content.setId("unit-lineage");
        return content;
    }

    /** Of the units a split made, the one that took the open work: worth saying, a merge has only that one. */
    private static boolean principalOfSplit(Relative r) {
        return !r.predecessor() && r.link().principal() && r.link().kind() == Restructuring.Action.SPLIT;
    }

    private static Component unitLink(UnitLineage.@Nullable Ref unit) {
        if (unit == null) {
            return new Span("—");
        }
        String text = unit.name() + " (" + unit.code() + ")";
        return unit.openable() ? new RouterLink(text, UnitView.class,
                new RouteParameters(UnitView.PARAMETER, String.valueOf(unit.id()))) : new Span(text);
    }

    private static String event(UI ui, @Nullable Long eventId) {
        return eventId == null ? "—" : ui.getTranslation("unit.lineage.event.number", String.valueOf(eventId));
    }

    private static String day(java.time.Instant moment) {
        return Dates.date(java.time.LocalDate.ofInstant(moment, Zones.VIETNAM), UI.getCurrent().getLocale());
    }
}
