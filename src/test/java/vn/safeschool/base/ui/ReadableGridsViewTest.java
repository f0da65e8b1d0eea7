package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.org.OrgService;

/**
 * Names, subjects, titles, criteria and error texts wrap in their cells rather than end in "…": every grid of the
 * pages that list them (the reminder log, campaigns, inbox, the criteria of a declaration, the import preview, the
 * follow-up board, accounts, checklists) wraps its cells. ReadableGridsBrowserTest measures the result at 1400 px.
 */
@SafeSchoolTest
class ReadableGridsViewTest extends SpringBrowserlessTest {

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

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void the_grids_staff_read_wrap_their_cells() {
        assertGridsWrap("vanphong", List.of("campaigns", "checklists", "accounts", "reminders", "import",
                "followups", "oversight"));
    }

    @Test
    void the_grids_a_principal_reads_wrap_their_cells() {
        assertGridsWrap("ht.pleiku", List.of("inbox", "followups"));
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        UI.getCurrent().navigate("schools/" + org.home().id() + "/declaration");
        assertThat(grids()).as("the school's criteria table").isNotEmpty().allSatisfy(this::wraps);
    }

    private void assertGridsWrap(String username, List<String> routes) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
        for (String route : routes) {
            UI.getCurrent().navigate(route);
            assertThat(grids()).as(route + " lists something").isNotEmpty();
            grids().forEach(this::wraps);
        }
    }

    /** Every grid of the page, a hidden one too (the import preview shows only once a file is read). */
    private static List<Grid<?>> grids() {
        List<Grid<?>> found = new ArrayList<>();
        collect(UI.getCurrent(), found);
        return found;
    }

    private static void collect(Component parent, List<Grid<?>> into) {
        parent.getChildren().forEach(child -> {
            if (child instanceof Grid<?> grid) {
                into.add(grid);
            }
            collect(child, into);
        });
    }

    private void wraps(Grid<?> grid) {
        assertThat(grid.getThemeNames()).as(grid.getId().orElse("grid") + " on "
                + UI.getCurrent().getInternals().getActiveViewLocation().getPath()).contains("wrap-cell-content");
    }
}
