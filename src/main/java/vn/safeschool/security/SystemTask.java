package vn.safeschool.security;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.safeschool.base.Roles;

/**
 * Runs work the application does on its own behalf (loading the demo province, scheduled jobs) through the same
 * guarded services a person uses, as the {@code SYSTEM} role, whose jurisdiction is everything.
 */
@Component
public class SystemTask {

    public static final String NAME = "system";

    private final SecurityContextHolderStrategy contexts;

    SystemTask(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public <T> T call(Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext system = contexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))));
        // Inside a browser request Vaadin's strategy reads the signed-in person's context from the Vaadin session
        // before the thread's: the task runs with the session unbound, or it would run as that person after all
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        contexts.setContext(system);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
            VaadinSession.setCurrent(session);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
