package vn.safeschool.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

@Component
class LoginAuditListener {

    private final AccountService accounts;

    LoginAuditListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordLogin(event.getAuthentication().getName());
    }
}
