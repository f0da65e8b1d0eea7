package vn.safeschool.oversight.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.audit.AuditService;
import vn.safeschool.audit.ui.AuditEntryGrid;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.UnitSection;

/**
 * One unit of the user's jurisdiction: its facts and its history. An id that is unknown, outside the jurisdiction
 * or not a number all end on the same not-found page, so the page tells nobody what exists elsewhere.
 */
@Route("units/:unitId")
@PermitAll
public class UnitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "unitId";
    /** Optional query parameter: the tab to open on ({@link UnitSection#tabKey()}, "details" or "history"). */
    public static final String TAB = "tab";
    static final int HISTORY_LIMIT = 200;

    private final OrgService org;
    private final AuditService audit;
    private @Nullable OrgUnitInfo unit;

    private final List<UnitSection> sections;

    UnitView(OrgService org, AuditService audit, List<UnitSection> sections) {
        this.org = org;
        this.audit = audit;
        this.sections = sections.stream().sorted(Comparator.comparingInt(UnitSection::order)).toList();
        addClassName("ss-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().get(PARAMETER).filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf)
                .orElse(null);
        OrgUnitInfo found = id == null ? null : org.find(id).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        unit = found;
        removeAll();
        show(found, event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse(""));
    }

    private void show(OrgUnitInfo shown, String openTab) {
        H1 title = new H1(shown.name());
        title.setId("unit-name");
        TabSheet tabs = new TabSheet();
        tabs.setId("unit-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("unit.tab.details"), details(shown));
        sections.stream().filter(section -> section.available(shown)).forEach(section -> {
            Tab tab = tabs.add(getTranslation(section.titleKey()), section.create(shown));
            if (section.tabKey().equals(openTab)) {
                tabs.setSelectedTab(tab);
            }
        });
        AuditEntryGrid history = new AuditEntryGrid();
        history.setId("unit-history");
        history.setItems(audit.historyOfUnit(shown.id(), HISTORY_LIMIT));
        Tab historyTab = tabs.add(getTranslation("unit.tab.history"), history);
        if ("history".equals(openTab)) {
            tabs.setSelectedTab(historyTab);
        }
        add(breadcrumb(shown), title, tabs);
    }

    private Nav breadcrumb(OrgUnitInfo shown) {
        Nav crumbs = new Nav();
        crumbs.setId("unit-breadcrumb");
        crumbs.addClassName("ss-breadcrumb");
        List<OrgUnitInfo> path = org.pathTo(shown.id());
        for (OrgUnitInfo step : path) {
            if (!crumbs.getChildren().toList().isEmpty()) {
                crumbs.add(new Span(" › "));
            }
            crumbs.add(step.id() == shown.id() ? new Span(step.name())
                    : new RouterLink(step.name(), UnitView.class, new RouteParameters(PARAMETER, String.valueOf(step.id()))));
        }
        return crumbs;
    }

    private FormLayout details(OrgUnitInfo shown) {
        FormLayout form = new FormLayout();
        form.setId("unit-details");
        form.addFormItem(new Span(shown.code()), getTranslation("unit.code"));
        form.addFormItem(new Span(shown.name()), getTranslation("unit.name"));
        form.addFormItem(new Span(shown.shortName() == null ? "—" : shown.shortName()),
                getTranslation("unit.short-name"));
        form.addFormItem(new Span(getTranslation("unit.kind." + shown.kind().name())), getTranslation("unit.kind"));
        form.addFormItem(new Span(shown.institutionType() == null ? "—"
                : getTranslation("unit.type." + shown.institutionType().name())), getTranslation("unit.type"));
        form.addFormItem(new Span(shown.ownership() == null ? "—"
                : getTranslation("unit.ownership." + shown.ownership().name())), getTranslation("unit.ownership"));
        form.addFormItem(new Span(getTranslation(shown.active() ? "unit.active.yes" : "unit.active.no")),
                getTranslation("unit.active"));
        return form;
    }

    @Override
    public String getPageTitle() {
        return (unit == null ? getTranslation("unit.title") : unit.name()) + " — " + getTranslation("app.name");
    }
}
