package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;

/** Opening a page while the database is down shows why, in Vietnamese, not Vaadin's stack trace. */
@SafeSchoolTest
class ErrorViewTest extends SpringBrowserlessTest {

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
    void a_page_whose_data_cannot_be_read_during_an_outage_says_the_database_is_unavailable() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        RouteConfiguration.forSessionScope().setRoute("test-database-down", PageReadingTheDatabase.class);

        UI.getCurrent().navigate("test-database-down");

        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        assertThat($(Paragraph.class).id("error-message").getText())
                .startsWith("Không kết nối được cơ sở dữ liệu nên việc vừa làm chưa được lưu.");
    }

    /** A page that reads the database on entering, as most do, at a moment when the pool finds no connection. */
    @PermitAll
    public static class PageReadingTheDatabase extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed "
                            + "out after 5000ms (total=0, active=0, idle=0, waiting=0)"));
        }
    }
}
