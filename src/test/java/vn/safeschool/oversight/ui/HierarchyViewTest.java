package vn.safeschool.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.Shares;
import vn.safeschool.declaration.ui.DeclarationView;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.oversight.UnitRollup;

/** The oversight tree: live numbers at the root, one level per expansion, filters, search and the "as of" moment. */
@SafeSchoolTest
class HierarchyViewTest extends SpringBrowserlessTest {

    private static final Locale VIETNAMESE = Locale.of("vi");

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
    void the_leader_sees_the_province_numbers_at_the_root() {
        open("lanhdao");

        UnitRollup root = rows().getFirst();
        assertThat(root.unit().code()).isEqualTo("38");
        assertThat(root.institutions()).isEqualTo(882);
        assertThat(cell(0, "institutions")).isEqualTo("882");
        assertThat(cell(0, "safe")).isEqualTo("685 (" + Shares.format(685, 882, VIETNAMESE) + ")")
                .contains("685 (77,7");
        assertThat(cell(0, "not-declared")).contains("44 (5,0");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("export-xlsx").getHref()).isNotBlank();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("export-csv").getHref()).isNotBlank();
    }

    @Test
    void the_department_is_expanded_with_its_17_offices_and_63_direct_schools() {
        open("lanhdao");

        List<UnitRollup> children = rows().subList(1, rows().size());
        assertThat(children).hasSize(17 + 63);
        assertThat(children).filteredOn(r -> !r.unit().isSchool()).hasSize(17);
        assertThat(children.stream().mapToLong(UnitRollup::institutions).sum()).isEqualTo(882);
    }

    @Test
    void clicking_an_office_expands_it_and_clicking_a_school_opens_its_declaration() {
        open("lanhdao");

        test(grid()).clickRow(indexOf("3801"));
        assertThat(rows()).hasSize(1 + 17 + 63 + 120);
        assertThat(rows()).anyMatch(r -> r.unit().code().equals("38010001"));

        test(grid()).clickRow(indexOf("38010001"));
        assertThat(getCurrentView()).isInstanceOf(DeclarationView.class);
    }

    @Test
    void lagging_only_keeps_fewer_units() {
        open("lanhdao");
        int all = rows().size();

        test($(Checkbox.class).id("oversight-lagging")).click();

        assertThat(rows().size()).isLessThan(all).isGreaterThan(1);
        assertThat(rows().subList(1, rows().size()))
                .allMatch(r -> r.notDeclared() + r.late() + r.stale() + r.unsafe() + r.atRisk() > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_type_filter_counts_only_that_type() {
        open("lanhdao");

        MultiSelectComboBox<InstitutionType> types = $(MultiSelectComboBox.class).id("oversight-types");
        types.setValue(InstitutionType.UPPER_SECONDARY);

        assertThat(rows().getFirst().institutions()).isEqualTo(48);
        assertThat(cell(0, "institutions")).isEqualTo("48");
    }

    @Test
    void searching_a_code_expands_its_district_and_selects_the_school() {
        open("lanhdao");

        test($(TextField.class).id("oversight-search")).setValue("38070030");

        assertThat(rows()).anyMatch(r -> r.unit().code().equals("38070030"));
        assertThat(grid().isExpanded(rows().get(indexOf("3807")))).isTrue();
        assertThat(test(grid()).getSelected()).extracting(r -> r.unit().code()).containsExactly("38070030");
        assertThat($(Span.class).id("oversight-search-result").getText()).isNotBlank();
    }

    @Test
    void what_a_search_selected_is_shown_and_cleared_with_the_search_and_a_filter_change() {
        open("pgd.chuse");

        test($(TextField.class).id("oversight-search")).setValue("38070030");
        assertThat($(Span.class).id("oversight-selection").getText()).contains("Đã chọn 1 đơn vị");
        test($(TextField.class).id("oversight-search")).setValue("");

        assertThat(test(grid()).getSelected()).isEmpty();
        assertThat($(Span.class).withId("oversight-selection").all()).as("the count, hidden").isEmpty();

        test($(TextField.class).id("oversight-search")).setValue("38070030");
        test($(Checkbox.class).id("oversight-lagging")).click();
        assertThat(test(grid()).getSelected()).isEmpty();
    }

    @Test
    void the_selection_count_offers_to_clear_it_and_the_reminder_then_says_it_goes_to_every_lagging_unit() {
        open("pgd.chuse");
        test($(TextField.class).id("oversight-search")).setValue("38070030");
        test($(Button.class).id("oversight-selection-clear")).click();
        assertThat(test(grid()).getSelected()).isEmpty();

        test($(Checkbox.class).id("oversight-lagging")).click();
        test($(Button.class).all().stream().filter(b -> "Nhắc nhở".equals(b.getText())).findFirst().orElseThrow())
                .click();

        String scope = $(com.vaadin.flow.component.html.Paragraph.class).id("reminder-scope").getText();
        assertThat(scope).contains("theo bộ lọc").doesNotContain("đã chọn");
    }

    @Test
    void a_search_without_matches_says_so() {
        open("lanhdao");

        test($(TextField.class).id("oversight-search")).setValue("không có trường này");

        assertThat($(Span.class).id("oversight-search-result").getText()).contains("không có trường này");
    }

    @Test
    void as_of_the_deadline_more_institutions_had_not_declared() {
        open("lanhdao");
        UnitRollup now = rows().getFirst();

        test($(Button.class).id("oversight-at-deadline")).click();

        UnitRollup atDeadline = rows().getFirst();
        assertThat(atDeadline.institutions()).isEqualTo(882);
        assertThat(atDeadline.notDeclared()).isEqualTo(now.notDeclared() + now.late()).isGreaterThan(44);
        assertThat(atDeadline.late()).isZero();
    }

    @Test
    void a_district_admin_sees_only_their_district_at_the_root() {
        open("pgd.chuse");

        UnitRollup root = rows().getFirst();
        assertThat(root.unit().code()).isEqualTo("3807");
        assertThat(root.institutions()).isEqualTo(66);
        assertThat(rows().subList(1, rows().size())).hasSize(66)
                .allMatch(r -> r.unit().code().startsWith("3807"));
    }

    @Test
    void an_office_reads_by_its_short_name_and_a_school_row_shows_its_status_not_one_hundred_percent() {
        open("pgd.chuse");

        assertThat(nameShown(rows().getFirst())).isEqualTo("Phòng GDĐT Chư Sê");
        List<UnitRollup> rows = rows();
        Set<String> badges = Set.of("An toàn", "Có rủi ro", "Không an toàn", "Chưa khai báo");
        for (int i = 1; i < rows.size(); i++) {
            UnitRollup school = rows.get(i);
            assertThat(cell(i, "safe")).as("a school's count cells stay empty").isEmpty();
            assertThat(cell(i, "not-declared")).isEmpty();
            String expected = school.safe() > 0 ? "An toàn" : school.atRisk() > 0 ? "Có rủi ro"
                    : school.unsafe() > 0 ? "Không an toàn" : "Chưa khai báo";
            assertThat(test(grid()).getCellComponent(i, "completion").getElement().getTextRecursively())
                    .isIn(badges).isEqualTo(expected);
        }
    }

    @Test
    void every_column_but_the_name_has_a_fixed_width_and_cells_wrap_instead_of_being_cut() {
        open("lanhdao");

        assertThat(grid().getThemeNames()).contains("wrap-cell-content");
        for (Grid.Column<UnitRollup> column : grid().getColumns()) {
            assertThat(column.getWidth()).as(column.getKey()).isNotBlank();
            if (!"name".equals(column.getKey())) {
                assertThat(column.getFlexGrow()).as(column.getKey()).isZero();
            }
        }
    }

    private void open(String username) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
        navigate(HierarchyView.class);
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<UnitRollup> grid() {
        return $(TreeGrid.class).id("oversight-grid");
    }

    private List<UnitRollup> rows() {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private int indexOf(String code) {
        List<UnitRollup> rows = rows();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).unit().code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The text of the tree column (its renderer's "name" property, which the grid tester does not read). */
    @SuppressWarnings("unchecked")
    private String nameShown(UnitRollup row) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<UnitRollup>) grid().getColumnByKey("name")
                .getRenderer();
        return String.valueOf(renderer.getValueProviders().get("name").apply(row));
    }

    private String cell(int row, String key) {
        var tester = test(grid());
        return tester.getCellText(row, tester.getColumnPosition(key));
    }
}
