package vn.safeschool.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Every sign-in, good or bad, is recorded: the account's counters, the address's throttle, the audit log. */
@Component
class LoginAuditListener {

    private final SignIns signIns;
    private final LoginThrottle throttle;
    private final LoginProtectionProperties protection;

    LoginAuditListener(SignIns signIns, LoginThrottle throttle, LoginProtectionProperties protection) {
        this.signIns = signIns;
        this.throttle = throttle;
        this.protection = protection;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        signIns.succeeded(event.getAuthentication().getName());
        address(event.getAuthentication()).ifPresent(throttle::succeeded);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        signIns.failed(event.getAuthentication().getName(), protection);
        address(event.getAuthentication()).ifPresent(throttle::failed);
    }

    /** The address a sign-in came from, when it came over the web. */
    static java.util.Optional<String> address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? java.util.Optional.ofNullable(details.getRemoteAddress()) : java.util.Optional.empty();
    }
}
