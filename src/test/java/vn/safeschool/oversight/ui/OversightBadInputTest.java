package vn.safeschool.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.TypedDates;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.UnitRollup;

/** The hierarchy's search box and "as of" moment as people type into them. */
@SafeSchoolTest
class OversightBadInputTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    OrgService org;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @BeforeEach
    void signIn() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(HierarchyView.class);
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_name_typed_with_combining_diacritics_finds_and_selects_the_school() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();

        test($(TextField.class).id("oversight-search"))
                .setValue(Normalizer.normalize(school.name(), Normalizer.Form.NFD));

        assertThat($(Span.class).id("oversight-search-result").getText()).startsWith("Tìm thấy ");
        assertThat(grid().getSelectedItems()).extracting(r -> r.unit().id()).contains(school.id());
    }

    @Test
    void a_percent_sign_is_searched_for_as_itself() {
        test($(TextField.class).id("oversight-search")).setValue("%");

        assertThat($(Span.class).id("oversight-search-result").getText())
                .isEqualTo("Không có đơn vị nào trong phạm vi của bạn khớp với “%”.");
        assertThat(grid().getSelectedItems()).isEmpty();
    }

    @Test
    void an_as_of_moment_that_cannot_be_read_says_so_instead_of_silently_meaning_now() {
        DateTimePicker asOf = $(DateTimePicker.class).id("oversight-moment");

        TypedDates.typeUnreadable(asOf, "26/02/2021 25:99");

        assertThat(asOf.isInvalid()).isTrue();
        assertThat(asOf.getErrorMessage()).startsWith("Không đọc được ngày giờ đã nhập.");
    }

    @Test
    void an_as_of_moment_that_cannot_be_read_keeps_the_grid_on_the_last_moment_that_could_be() {
        HierarchyView view = (HierarchyView) getCurrentView();
        DateTimePicker asOf = $(DateTimePicker.class).id("oversight-moment");
        test($(Button.class).id("oversight-at-deadline")).click();
        Instant deadline = java.util.Objects.requireNonNull(view.filter()).asOf();
        String notDeclaredAtDeadline = notDeclaredInTheRootRow();
        assertThat(deadline).isNotNull();

        // what the browser sends in one round trip: the value emptied, the text kept, "unparsable-change"
        TypedDates.emptiedByBrowser(asOf);
        TypedDates.typeUnreadable(asOf, "25/02/2021 25:99");
        roundTrip();

        assertThat(asOf.isInvalid()).isTrue();
        assertThat(java.util.Objects.requireNonNull(view.filter()).asOf()).isEqualTo(deadline);
        assertThat(notDeclaredInTheRootRow()).isEqualTo(notDeclaredAtDeadline);
        // "Hiện tại" still means now
        test($(Button.class).id("oversight-now")).click();
        assertThat(java.util.Objects.requireNonNull(view.filter()).asOf()).isNull();
        assertThat(notDeclaredInTheRootRow()).isNotEqualTo(notDeclaredAtDeadline);
    }

    private String notDeclaredInTheRootRow() {
        TreeGrid<UnitRollup> grid = grid();
        return test(grid).getCellText(0, grid.getColumns().indexOf(grid.getColumnByKey("not-declared")));
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<UnitRollup> grid() {
        return $(TreeGrid.class).id("oversight-grid");
    }
}
