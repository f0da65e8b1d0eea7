package vn.safeschool.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.Zones;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.StructureService;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.CommuneArrangement;
import vn.safeschool.oversight.UnitRollup;

/**
 * The grid "as of" a moment before a reorganisation: the offices of that moment, and with "Theo cơ cấu hiện nay" the
 * same figures under today's communes. The reorganisation is rolled back after each test.
 */
@SafeSchoolTest
@Transactional
class TodayStructureViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    OrgService org;
    @Autowired
    StructureService structure;
    @Autowired
    Clock clock;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_moment_before_the_arrangement_shows_its_offices_and_today_structure_shows_the_communes() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        LocalDateTime before = LocalDateTime.ofInstant(clock.instant().minusSeconds(60), Zones.VIETNAM);
        structure.restructure(CommuneArrangement.of(org, org.home()), clock.instant(), null, "Sắp xếp 2025");
        navigate(HierarchyView.class);
        assertThat(children()).filteredOn(r -> r.unit().kind() == UnitKind.COMMUNE).hasSize(51);
        Checkbox today = $(Checkbox.class).id("oversight-today-structure");
        assertThat(today.isEnabled()).isFalse();

        test($(DateTimePicker.class).id("oversight-moment")).setValue(before);

        assertThat(children()).filteredOn(r -> r.unit().kind() == UnitKind.DISTRICT_OFFICE).hasSize(17);
        assertThat(children()).noneMatch(r -> r.unit().kind() == UnitKind.COMMUNE);
        assertThat($(Span.class).id("oversight-structure-note").getText()).contains("tại thời điểm đã chọn");

        test(today).click();

        assertThat(children()).filteredOn(r -> r.unit().kind() == UnitKind.COMMUNE).hasSize(51);
        assertThat(children().stream().mapToLong(UnitRollup::institutions).sum()).isEqualTo(882);
        assertThat($(Span.class).id("oversight-structure-note").getText()).contains("cơ cấu đơn vị hiện nay");
    }

    @SuppressWarnings("unchecked")
    private List<UnitRollup> children() {
        var tester = test((TreeGrid<UnitRollup>) $(TreeGrid.class).id("oversight-grid"));
        return IntStream.range(1, tester.size()).mapToObj(tester::getRow).toList();
    }
}
