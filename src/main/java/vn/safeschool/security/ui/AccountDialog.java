package vn.safeschool.security.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.AccountChanges;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.CreatedAccount;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;

/** Creates an account (with a one-time password) or edits one; the service validates, the dialog shows why. */
class AccountDialog extends Dialog {

    private final AccountService accounts;
    private final @Nullable AccountInfo existing;
    private final Consumer<AccountInfo> saved;
    private final TextField username = new TextField(getTranslation("account.username"));
    private final TextField fullName = new TextField(getTranslation("account.full-name"));
    private final EmailField email = new EmailField(getTranslation("account.email"));
    private final TextField phone = new TextField(getTranslation("account.phone"));
    private final Select<Role> role = new Select<>();
    private final ComboBox<OrgUnitInfo> home = new ComboBox<>(getTranslation("account.home-unit"));

    AccountDialog(AccountService accounts, OrgService org, @Nullable AccountInfo existing,
            Consumer<AccountInfo> saved) {
        this.accounts = accounts;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "accounts.new" : "accounts.edit"));
        setUpFields(org);
        fill(org);
        add(new FormLayout(username, fullName, email, phone, role, home));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void setUpFields(OrgService org) {
        username.setId("account-username");
        fullName.setId("account-full-name");
        role.setLabel(getTranslation("account.role"));
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        home.setId("account-home-unit");
        home.setItems(query -> org.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        home.setItemLabelGenerator(u -> u.code() + " — " + u.name());
    }

    private void fill(OrgService org) {
        if (existing == null) {
            role.setValue(Role.PRINCIPAL);
            return;
        }
        username.setValue(existing.username());
        username.setReadOnly(true);
        fullName.setValue(existing.fullName());
        email.setValue(existing.email() == null ? "" : existing.email());
        phone.setValue(existing.phone() == null ? "" : existing.phone());
        role.setValue(existing.role());
        org.find(existing.homeUnitId()).ifPresent(home::setValue);
    }

    private void save() {
        if (home.getValue() == null || role.getValue() == null) {
            Notifications.error(getTranslation("accounts.error.fill-in"));
            return;
        }
        try {
            if (existing == null) {
                create();
            } else {
                saved.accept(accounts.update(existing.id(), new AccountChanges(fullName.getValue(),
                        email.getValue(), phone.getValue(), role.getValue(), home.getValue().id(),
                        existing.version())));
                close();
            }
        } catch (RuleViolation e) {
            Notifications.refused(e);
        }
    }

    private void create() {
        CreatedAccount created = accounts.create(new NewAccount(username.getValue(), null, fullName.getValue(),
                email.getValue(), phone.getValue(), role.getValue(), home.getValue().id(), Translations.VIETNAMESE));
        close();
        saved.accept(created.account());
        if (created.oneTimePassword() != null) {
            new OneTimePasswordDialog(created.account().username(), created.oneTimePassword()).open();
        }
    }
}
