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

    AccountDialog(AccountService accounts, OrgService org, @Nullable AccountInfo existing,
            Consumer<AccountInfo> saved) {
        setHeaderTitle(getTranslation(existing == null ? "accounts.new" : "accounts.edit"));
        TextField username = new TextField(getTranslation("account.username"));
        username.setId("account-username");
        TextField fullName = new TextField(getTranslation("account.full-name"));
        fullName.setId("account-full-name");
        EmailField email = new EmailField(getTranslation("account.email"));
        TextField phone = new TextField(getTranslation("account.phone"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        ComboBox<OrgUnitInfo> home = new ComboBox<>(getTranslation("account.home-unit"));
        home.setId("account-home-unit");
        home.setItems(query -> org.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        home.setItemLabelGenerator(u -> u.code() + " — " + u.name());
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            role.setValue(existing.role());
            org.find(existing.homeUnitId()).ifPresent(home::setValue);
        } else {
            role.setValue(Role.PRINCIPAL);
        }
        add(new FormLayout(username, fullName, email, phone, role, home));

        Button save = new Button(getTranslation("action.save"), click -> {
            if (home.getValue() == null || role.getValue() == null) {
                Notifications.error(getTranslation("accounts.error.fill-in"));
                return;
            }
            try {
                if (existing == null) {
                    CreatedAccount created = accounts.create(new NewAccount(username.getValue(), null,
                            fullName.getValue(), email.getValue(), phone.getValue(), role.getValue(),
                            home.getValue().id(), Translations.VIETNAMESE));
                    close();
                    saved.accept(created.account());
                    if (created.oneTimePassword() != null) {
                        new OneTimePasswordDialog(created.account().username(), created.oneTimePassword()).open();
                    }
                } else {
                    saved.accept(accounts.update(existing.id(), new AccountChanges(fullName.getValue(),
                            email.getValue(), phone.getValue(), role.getValue(), home.getValue().id(),
                            existing.version())));
                    close();
                }
            } catch (RuleViolation e) {
                Notifications.refused(e);
            }
        });
        save.setId("save-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
