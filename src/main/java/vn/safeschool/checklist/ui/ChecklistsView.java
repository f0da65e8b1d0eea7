package vn.safeschool.checklist.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.base.ui.RowActions;
import vn.safeschool.base.Roles;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;

/** Checklist versions: a version in use is only copied; an unused one is edited, with a preview of its rule. */
@Route("checklists")
@Menu(order = 65, icon = "vaadin:check-square-o", title = "nav.checklists")
@RolesAllowed(Roles.DEPARTMENT_STAFF)
public class ChecklistsView extends Main implements HasDynamicTitle {

    private final ChecklistService checklists;
    private final Grid<ChecklistVersionInfo> grid = new Grid<>();

    ChecklistsView(ChecklistService checklists) {
        this.checklists = checklists;
        addClassName("ss-page");
        grid.setId("checklists");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ChecklistVersionInfo::code).setHeader(getTranslation("checklist.code")).setAutoWidth(true);
        grid.addColumn(ChecklistVersionInfo::versionNo).setHeader(getTranslation("checklist.version-no"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.title(getLocale())).setHeader(getTranslation("checklist.title")).setFlexGrow(1);
        grid.addColumn(v -> v.criteria().size()).setHeader(getTranslation("checklist.criteria-count"))
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation("checklist.thresholds-value", v.rule().safeMinMet(),
                v.rule().unsafeMaxMet())).setHeader(getTranslation("checklist.thresholds")).setAutoWidth(true);
        grid.addColumn(v -> v.rule().mandatory().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("checklist.mandatory"))
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation(checklists.inUse(v.id()) ? "checklist.in-use" : "checklist.not-in-use"))
                .setHeader(getTranslation("checklist.usage")).setAutoWidth(true);
        RowActions.column(grid, getTranslation("campaign.actions"), 2, this::actions);
        grid.setHeight("70vh");
        add(new H1(getTranslation("nav.checklists")), grid);
        refresh();
    }

    private HorizontalLayout actions(ChecklistVersionInfo version) {
        return RowActions.of(small(VaadinIcon.EDIT, "checklist.edit", () -> edit(version)),
                small(VaadinIcon.COPY, "checklist.copy", () -> copy(version)));
    }

    ChecklistEditor edit(ChecklistVersionInfo version) {
        ChecklistEditor editor = new ChecklistEditor(checklists, version, checklists.inUse(version.id()), v -> {
            refresh();
            Notifications.success(getTranslation("checklist.saved.done", v.code(), v.versionNo()));
        });
        editor.open();
        return editor;
    }

    CopyDialog copy(ChecklistVersionInfo version) {
        CopyDialog dialog = new CopyDialog(checklists, version, v -> refresh());
        dialog.open();
        return dialog;
    }

    private Button small(VaadinIcon icon, String key, Runnable action) {
        return RowActions.button(icon, getTranslation(key), action);
    }

    void refresh() {
        grid.setItems(checklists.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.checklists") + " — " + getTranslation("app.name");
    }
}
