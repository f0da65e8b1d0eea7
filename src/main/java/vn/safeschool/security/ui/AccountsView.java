package vn.safeschool.security.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.base.ui.RowActions;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;

/**
 * Account management: department staff see every account of their jurisdiction, a district admin the principals
 * of their district — the service decides which, the view only shows what it is given.
 */
@Route("accounts")
@Menu(order = 80, icon = "vaadin:users", title = "nav.accounts")
@RolesAllowed({Roles.DEPARTMENT_STAFF, Roles.DISTRICT_ADMIN})
public class AccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final OrgService org;
    private final Clock clock;
    private final Grid<AccountInfo> grid = new Grid<>();
    private final TextField filter = new TextField();

    AccountsView(AccountService accounts, OrgService org, Clock clock) {
        this.accounts = accounts;
        this.org = org;
        this.clock = clock;
        addClassName("ss-page");
        filter.setPlaceholder(getTranslation("accounts.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setId("accounts-filter");
        Button add = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                click -> new AccountDialog(accounts, org, null, this::created).open());
        add.setId("new-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("accounts");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("ss-dense-grid");
        grid.addColumn(AccountInfo::username).setHeader(getTranslation("account.username")).setSortable(true)
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(AccountInfo::fullName).setHeader(getTranslation("account.full-name")).setSortable(true)
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("account.role"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(a -> org.find(a.homeUnitId()).map(OrgUnitInfo::listName).orElse(""))
                .setTooltipGenerator(a -> org.find(a.homeUnitId()).map(OrgUnitInfo::name).orElse(""))
                .setHeader(getTranslation("account.home-unit")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(this::state).setHeader(getTranslation("accounts.state")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(a -> a.lastLoginAt() == null ? "" : Dates.dateTime(a.lastLoginAt(),
                getLocale()))
                .setHeader(getTranslation("account.last-login")).setWidth("7rem").setFlexGrow(0);
        RowActions.column(grid, getTranslation("accounts.actions"), 4, this::actions);
        grid.setHeight("70vh");

        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        add(new H1(getTranslation("nav.accounts")), toolbar, grid);
        refresh();
    }

    private String state(AccountInfo account) {
        if (!account.enabled()) {
            return getTranslation("accounts.state.disabled");
        }
        if (account.lockedAt(clock.instant())) {
            return getTranslation("accounts.state.locked");
        }
        return account.mustChangePassword() ? getTranslation("accounts.state.must-change")
                : getTranslation("accounts.state.active");
    }

    private HorizontalLayout actions(AccountInfo account) {
        Button edit = small(VaadinIcon.EDIT, "accounts.edit",
                () -> new AccountDialog(accounts, org, account, a -> {
                    refresh();
                    Notifications.success(getTranslation("accounts.saved.done", a.username()));
                }).open());
        Button toggle = small(account.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK,
                account.enabled() ? "accounts.disable" : "accounts.enable",
                () -> act(() -> accounts.setEnabled(account.id(), !account.enabled())));
        Button unlock = small(VaadinIcon.UNLOCK, "accounts.unlock", () -> act(() -> accounts.unlock(account.id())));
        unlock.setEnabled(account.lockedAt(clock.instant()));
        Button reset = small(VaadinIcon.KEY, "accounts.reset-password", () -> {
            try {
                String oneTime = accounts.resetPassword(account.id());
                new OneTimePasswordDialog(account.username(), oneTime).open();
                refresh();
            } catch (RuleViolation e) {
                Notifications.refused(e);
            }
        });
        return RowActions.of(edit, toggle, unlock, reset);
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

    private void created(AccountInfo account) {
        refresh();
        Notifications.success(getTranslation("accounts.created.done", account.username()));
    }

    void refresh() {
        grid.setItems(accounts.list(filter.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " — " + getTranslation("app.name");
    }
}
