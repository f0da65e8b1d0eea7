package vn.safeschool.campaign.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import vn.safeschool.base.Dates;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.base.ui.RowActions;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.CampaignStatus;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/** Campaigns of the department: staff manage them, leadership reads them (the service enforces both). */
@Route("campaigns")
@Menu(order = 60, icon = "vaadin:calendar-clock", title = "nav.campaigns")
@RolesAllowed({Roles.DEPARTMENT_STAFF, Roles.DEPARTMENT_LEADER})
public class CampaignsView extends Main implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final Grid<CampaignInfo> grid = new Grid<>();

    CampaignsView(CampaignService campaigns, ChecklistService checklists, OrgService org) {
        this.campaigns = campaigns;
        addClassName("ss-page");
        boolean staff = campaigns.mayManage();

        grid.setId("campaigns");
        // wrapping cells in widths that fit 1400 px: the title reads whole, the actions stay in view
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("ss-dense-grid");
        grid.addColumn(CampaignInfo::docNumber).setHeader(getTranslation("campaign.number")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(CampaignInfo::title).setHeader(getTranslation("campaign.title")).setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(c -> Dates.date(c.issuedOn(), getLocale())).setHeader(getTranslation("campaign.issued-on"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(c -> Dates.dateTime(c.deadline(), getLocale())).setHeader(getTranslation("campaign.deadline"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(c -> org.find(c.scopeUnitId()).map(OrgUnitInfo::listName).orElse(""))
                .setTooltipGenerator(c -> org.find(c.scopeUnitId()).map(OrgUnitInfo::name).orElse(""))
                .setHeader(getTranslation("campaign.scope")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(c -> checklists.find(c.checklistVersionId()).map(ChecklistsLabel::of).orElse(""))
                .setHeader(getTranslation("campaign.checklist")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("campaign.freshness-value", c.freshnessDays()))
                .setHeader(getTranslation("campaign.freshness")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.lockAfterDeadline() ? "campaign.yes" : "campaign.no"))
                .setHeader(getTranslation("campaign.lock-after-deadline")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("campaign.status." + c.status().name()))
                .setHeader(getTranslation("campaign.status")).setWidth("6rem").setFlexGrow(0);
        if (staff) {
            RowActions.column(grid, getTranslation("campaign.actions"), 3, c -> actions(c, checklists, org));
        }
        grid.setHeight("70vh");

        H1 title = new H1(getTranslation("nav.campaigns"));
        if (staff) {
            Button add = new Button(getTranslation("campaign.new"), VaadinIcon.PLUS.create(),
                    click -> new CampaignDialog(campaigns, checklists, org, null,
                            c -> saved("campaign.created.done", c)).open());
            add.setId("new-campaign");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(title, new HorizontalLayout(add), grid);
        } else {
            add(title, grid);
        }
        refresh();
    }

    private HorizontalLayout actions(CampaignInfo campaign, ChecklistService checklists, OrgService org) {
        Button edit = small(VaadinIcon.EDIT, "campaign.edit",
                () -> new CampaignDialog(campaigns, checklists, org, campaign, c -> saved("campaign.saved.done", c))
                        .open());
        edit.setEnabled(campaign.status() != CampaignStatus.ARCHIVED);
        edit.setId("campaign-edit-" + campaign.id());
        Button close = small(VaadinIcon.STOP, "campaign.close",
                () -> confirm(campaign, "close", () -> campaigns.close(campaign.id())));
        close.setEnabled(campaign.status() == CampaignStatus.OPEN);
        close.setId("campaign-close-" + campaign.id());
        Button archive = small(VaadinIcon.ARCHIVE, "campaign.archive",
                () -> confirm(campaign, "archive", () -> campaigns.archive(campaign.id())));
        archive.setEnabled(campaign.status() != CampaignStatus.ARCHIVED);
        archive.setId("campaign-archive-" + campaign.id());
        return RowActions.of(edit, close, archive);
    }

    /** Closing and archiving cannot be undone: the dialog names the campaign and what follows, then it is done. */
    private void confirm(CampaignInfo campaign, String step, Supplier<CampaignInfo> action) {
        ConfirmDialog ask = new ConfirmDialog(getTranslation("campaign." + step + ".confirm.title"),
                getTranslation("campaign." + step + ".confirm.text", campaign.docNumber(), campaign.title()),
                getTranslation("campaign." + step + ".confirm.action"),
                yes -> act(() -> saved("campaign." + step + ".done", action.get())));
        ask.setId("campaign-confirm-" + step);
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("action.cancel"));
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    private void saved(String messageKey, CampaignInfo campaign) {
        refresh();
        Notifications.success(getTranslation(messageKey, campaign.docNumber()));
    }

    private Button small(VaadinIcon icon, String key, Runnable action) {
        return RowActions.button(icon, getTranslation(key), action);
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (RuleViolation e) {
            Notifications.refused(e);
        }
    }

    void refresh() {
        grid.setItems(campaigns.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.campaigns") + " — " + getTranslation("app.name");
    }

    /** "MOET-2020 v1 — title": how a checklist version is named in lists. */
    static final class ChecklistsLabel {
        private ChecklistsLabel() {
        }

        static String of(ChecklistVersionInfo v) {
            return v.code() + " v" + v.versionNo();
        }
    }
}
