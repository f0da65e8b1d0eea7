package vn.safeschool.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.safeschool.base.Roles;
import vn.safeschool.base.Requester;

/** Who is asking: the one place the rest of the application learns the user's id, role and home unit. */
@Component
public class CurrentUser implements Requester {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public Optional<AccountInfo> get() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.account());
        }
        return Optional.empty();
    }

    public AccountInfo require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    @Override
    public Optional<Long> userId() {
        return get().map(AccountInfo::id);
    }

    @Override
    public Optional<Long> homeUnitId() {
        return get().map(AccountInfo::homeUnitId);
    }

    /** The application itself (see {@link SystemTask}): its jurisdiction is every unit. */
    @Override
    public boolean isSystem() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + Roles.SYSTEM)::equals);
    }

    public boolean hasRole(Role role) {
        return get().map(a -> a.role() == role).orElse(false);
    }
}
