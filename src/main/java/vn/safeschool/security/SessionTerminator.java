package vn.safeschool.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Ends a user's sessions: all of them (disabled, password reset) or all but the current one (password changed). */
@Component
class SessionTerminator {

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAllOf(String username) {
        end(username, null);
    }

    void endOthersOf(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        end(username, request == null ? null : request.getSessionId());
    }

    private void end(String username, @Nullable String keepSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AppUserPrincipal user && user.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
