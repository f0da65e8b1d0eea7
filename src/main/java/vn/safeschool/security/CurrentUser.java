package vn.safeschool.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the one place the rest of the application learns the user's id, role and home unit. */
@Component
public class CurrentUser {

    public Optional<AccountInfo> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.account());
        }
        return Optional.empty();
    }

    public AccountInfo require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
