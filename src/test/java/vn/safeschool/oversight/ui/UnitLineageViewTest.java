package vn.safeschool.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.StructureService;
import vn.safeschool.oversight.CommuneArrangement;

/**
 * The "Lịch sử cơ cấu" tab of a unit's page after the demo province's offices are split into communes: a moved
 * school's two periods under their two parents, a dissolved office's successors linked to their pages. The
 * arrangement is rolled back after each test.
 */
@SafeSchoolTest
@Transactional
class UnitLineageViewTest extends SpringBrowserlessTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Zones.VIETNAM);
    private static final long EVENT = 4_213_008L;

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

    private OrgUnitInfo pleiku;
    private Instant at;

    @BeforeEach
    void arrange() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);
        pleiku = org.findByCode("3801").orElseThrow();
        at = clock.instant();
        structure.restructure(CommuneArrangement.of(org, org.home()), at, EVENT, "Sắp xếp 2025");
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_moved_school_shows_its_two_periods_under_its_two_parents() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();
        openLineage(school);

        GridTester<?, ?> periods = test((Grid<?>) $(Grid.class).id("unit-lineage-periods"));
        assertThat(periods.size()).isEqualTo(2);
        assertThat(periods.getCellText(0, 0)).isEqualTo(vietnamese("unit.lineage.since-recorded"));
        assertThat(periods.getCellText(0, 1)).isEqualTo(DAY.format(at));
        assertThat(periods.getCellText(1, 0)).isEqualTo(DAY.format(at));
        assertThat(periods.getCellText(1, 1)).isEqualTo(vietnamese("unit.lineage.until-now"));
        assertThat(((RouterLink) periods.getCellComponent(0, 2)).getText()).contains(pleiku.name(), pleiku.code());
        OrgUnitInfo commune = org.find(org.find(school.id()).orElseThrow().parentId()).orElseThrow();
        assertThat(((RouterLink) periods.getCellComponent(1, 2)).getText()).contains(commune.code());
        assertThat(periods.getCellText(1, 6)).contains(String.valueOf(EVENT));
        assertThat($(Span.class).id("unit-lineage-no-links").getText())
                .isEqualTo(vietnamese("unit.lineage.no-links"));
    }

    @Test
    void a_dissolved_office_shows_its_closing_and_links_to_the_communes_it_became() {
        openLineage(pleiku);

        GridTester<?, ?> periods = test((Grid<?>) $(Grid.class).id("unit-lineage-periods"));
        assertThat(periods.getCellText(1, 5)).isEqualTo(vietnamese("unit.active.no"));
        GridTester<?, ?> links = test((Grid<?>) $(Grid.class).id("unit-lineage-links"));
        assertThat(links.size()).isEqualTo(3);
        assertThat(links.getCellText(0, 0)).isEqualTo(vietnamese("unit.lineage.successor"));
        assertThat(links.getCellText(0, 2)).isEqualTo(vietnamese("unit.lineage.kind.SPLIT.principal"));
        assertThat(links.getCellText(1, 2)).isEqualTo(vietnamese("unit.lineage.kind.SPLIT"));
        assertThat(links.getCellText(0, 3)).isEqualTo(DAY.format(at));
        RouterLink commune = (RouterLink) links.getCellComponent(0, 1);
        assertThat(commune.getText()).contains("X38011");
        assertThat(commune.getHref()).isEqualTo("units/" + org.findByCode("X38011").orElseThrow().id());
    }

    private void openLineage(OrgUnitInfo unit) {
        UI.getCurrent().navigate("units/" + unit.id());
        test($(TabSheet.class).id("unit-tabs")).select(vietnamese("unit.lineage.tab"));
    }

    private static String vietnamese(String key) {
        return new Translations().getTranslation(key, Translations.VIETNAMESE);
    }
}
