package vn.safeschool.declaration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;

/** A school's declaration page: status and reason, answers by phase, history; nothing outside the jurisdiction. */
@SafeSchoolTest
class DeclarationViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    JdbcClient jdbc;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void the_leader_sees_a_schools_status_reason_answers_and_history() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        long school = declaredSchoolUnder("3801");

        Component view = open("schools/" + school + "/declaration");

        assertThat(view).isInstanceOf(DeclarationView.class);
        assertThat($(H1.class).id("declaration-unit").getText()).isNotBlank();
        assertThat($(Span.class).id("declaration-status").getText()).isIn("An toàn", "Có rủi ro", "Không an toàn");
        assertThat($(Span.class).id("declaration-reason").getText()).startsWith("Đạt ");
        int answered = 0;
        for (String phase : new String[] {"BEFORE", "DURING", "AFTER"}) {
            answered += rowsOf("declaration-answers-" + phase);
        }
        assertThat(answered).isEqualTo(15);
        assertThat(rowsOf("declaration-history")).isPositive();
        assertThat(view.getElement().getTextRecursively()).contains("307/SGDĐT-VP");
    }

    @Test
    void a_school_that_has_not_declared_says_so() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);

        Component view = open("schools/" + undeclaredSchool() + "/declaration");

        assertThat(view).isInstanceOf(DeclarationView.class);
        assertThat($(Span.class).id("declaration-status").getText()).isEqualTo("Chưa khai báo");
        assertThat(rowsOf("declaration-history")).isZero();
    }

    @Test
    void a_district_admin_gets_not_found_for_a_school_of_another_district() {
        DemoSignIn.as("pgd.chuse", demoPassword, userDetails, passwordEncoder, contexts);

        Component outside = open("schools/" + declaredSchoolUnder("3801") + "/declaration");
        Component unknown = open("schools/999999999/declaration");
        Component office = open("schools/" + idOf("3807") + "/declaration");
        Component inside = open("schools/" + declaredSchoolUnder("3807") + "/declaration");

        assertThat(outside).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(DeclarationView.class);
        assertThat(outside.getClass()).isEqualTo(unknown.getClass()).isEqualTo(office.getClass());
        assertThat(inside).isInstanceOf(DeclarationView.class);
    }

    private Component open(String location) {
        UI.getCurrent().navigate(location);
        return (Component) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private int rowsOf(String id) {
        return $(Grid.class).all().stream().filter(g -> id.equals(g.getId().orElse(null))).findFirst()
                .map(g -> test((Grid<Object>) g).size()).orElse(0);
    }

    private long declaredSchoolUnder(String officeCode) {
        return jdbc.sql("""
                SELECT u.id FROM org_unit u JOIN declaration d ON d.unit_id = u.id
                WHERE u.code LIKE :prefix AND u.kind = 'SCHOOL' ORDER BY u.code LIMIT 1""")
                .param("prefix", officeCode + "%").query(Long.class).single();
    }

    private long undeclaredSchool() {
        return jdbc.sql("""
                SELECT u.id FROM org_unit u LEFT JOIN declaration d ON d.unit_id = u.id
                WHERE u.code LIKE '38%' AND u.kind = 'SCHOOL' AND u.active AND d.id IS NULL ORDER BY u.code LIMIT 1""")
                .query(Long.class).single();
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }
}
