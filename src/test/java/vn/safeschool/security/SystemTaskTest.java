package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.org.Jurisdiction;
import vn.safeschool.org.OrgService;

/**
 * Work the application does on its own behalf inside a person's browser request — a district admin's answer
 * notifying the Department — runs as the application, although Vaadin keeps the person's security context in the
 * session and reads it before the thread's.
 */
@SafeSchoolTest
class SystemTaskTest extends SpringBrowserlessTest {

    @Autowired
    SystemTask system;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Jurisdiction jurisdiction;
    @Autowired
    OrgService org;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_system_task_in_a_district_admins_browser_request_runs_as_the_application_and_then_as_them_again() {
        Authentication admin = DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        // where a real request's session holds the signed-in person's context
        SecurityContext stored = contexts.createEmptyContext();
        stored.setAuthentication(admin);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, stored);
        long department = system.call(() -> org.findByCode("38").orElseThrow().id());

        assertThat(jurisdiction.find(department)).isEmpty();
        assertThat(system.call(() -> currentUser.isSystem() && jurisdiction.find(department).isPresent())).isTrue();
        assertThat(currentUser.isSystem()).isFalse();
        assertThat(currentUser.get()).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("pgd.pleiku"));
        assertThat(VaadinSession.getCurrent()).isNotNull();
    }
}
