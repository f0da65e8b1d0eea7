package vn.safeschool.security.ui;

import java.util.Locale;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.safeschool.base.Dates;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.base.i18n.UiLocale;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.AccountService;

/** The signed-in user's own account: who they are, when they last signed in, and the language they work in. */
@Route("account")
@Menu(order = 90, icon = "vaadin:user", title = "nav.account")
@PermitAll
public class MyAccountView extends Main implements HasDynamicTitle {

    MyAccountView(AccountService accounts) {
        addClassName("ss-page");
        AccountInfo me = accounts.me();
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(me.fullName()), getTranslation("account.full-name"));
        details.addFormItem(new Span(me.username()), getTranslation("account.username"));
        details.addFormItem(new Span(getTranslation("role." + me.role().name())), getTranslation("account.role"));
        Span lastLogin = new Span(me.lastLoginAt() == null ? getTranslation("account.never")
                : Dates.dateTime(me.lastLoginAt(), getLocale()));
        lastLogin.setId("last-login");
        details.addFormItem(lastLogin, getTranslation("account.last-login"));

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                accounts.changeMyLanguage(e.getValue());
                UiLocale.choose(e.getValue());
            }
        });
        details.addFormItem(language, getTranslation("account.language"));
        RouterLink password = new RouterLink(getTranslation("password.title"), ChangePasswordView.class);
        password.setId("change-password-link");
        add(new H1(getTranslation("nav.account")), details, password);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account") + " — " + getTranslation("app.name");
    }
}
