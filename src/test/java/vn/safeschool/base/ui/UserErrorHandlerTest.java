package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;

/**
 * What a user reads when an error reaches the UI uncaught: the exceptions are shaped as {@code DatabaseOutageTest}
 * met them (Hikari's timeout under Spring's "could not open a transaction"; the driver's broken link under
 * Spring's resource failure).
 */
@SafeSchoolTest
class UserErrorHandlerTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @BeforeEach
    void signIn() {
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        navigate("", com.vaadin.flow.component.Component.class);
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_database_outage_says_nothing_was_saved_and_to_try_again() {
        shown(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
                        + "after 5000ms (total=0, active=0, idle=0, waiting=0)")));
        shown(new DataAccessResourceFailureException("could not execute statement",
                new java.sql.SQLRecoverableException("Communications link failure")));

        assertThat(notifications()).hasSize(2).allSatisfy(text -> assertThat(text).isEqualTo(
                "Không kết nối được cơ sở dữ liệu nên việc vừa làm chưa được lưu. Vui lòng chờ ít phút rồi thử lại; "
                        + "nếu vẫn lỗi, báo quản trị viên."));
    }

    @Test
    void a_refusal_names_its_field_in_the_users_language() {
        shown(new RuleViolation("error.input.too-long", new RuleViolation.Label("field.title"), 500));

        assertThat(notifications()).containsExactly("Trích yếu: dài quá 500 ký tự, vui lòng rút gọn. Chưa có gì được lưu.");
    }

    @Test
    void an_edit_that_lost_a_race_says_so_and_anything_else_gives_a_reference() {
        shown(new ObjectOptimisticLockingFailureException("Declaration", 1L));
        shown(new IllegalStateException("a bug"));

        assertThat(notifications()).satisfiesExactly(
                changed -> assertThat(changed).startsWith("Người khác vừa thay đổi nội dung này."),
                unexpected -> assertThat(unexpected).matches("Đã có lỗi ngoài dự kiến\\..* mã [0-9a-f]{8}\\."));
    }

    private void shown(Throwable error) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
        roundTrip();
    }

    private java.util.List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
