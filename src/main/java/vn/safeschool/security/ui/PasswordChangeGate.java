package vn.safeschool.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.CurrentUser;

/** Someone signed in with a one-time password goes nowhere but the password page until they have replaced it. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PasswordChangeGate(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        if (accounts.me().mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
