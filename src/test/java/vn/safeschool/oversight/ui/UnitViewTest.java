package vn.safeschool.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.TabSheet;
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
import vn.safeschool.base.i18n.Translations;

/** A unit's page shows its facts and history, and nothing at all about a unit outside the jurisdiction. */
@SafeSchoolTest
class UnitViewTest extends SpringBrowserlessTest {

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
    void a_unit_outside_the_jurisdiction_ends_on_the_same_not_found_page_as_an_unknown_one() {
        DemoSignIn.as("pgd.chuse", demoPassword, userDetails, passwordEncoder, contexts);

        Component outside = open("units/" + idOf("38010001"));
        Component unknown = open("units/999999999");
        Component notANumber = open("units/abc");

        assertThat(outside).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(UnitView.class);
        assertThat(outside.getClass()).isEqualTo(unknown.getClass()).isEqualTo(notANumber.getClass());
        assertThat(outside.getElement().getTextRecursively()).doesNotContain("38010001");
    }

    @Test
    void a_unit_inside_the_jurisdiction_shows_its_details_and_its_history() {
        DemoSignIn.as("pgd.chuse", demoPassword, userDetails, passwordEncoder, contexts);

        Component view = open("units/" + idOf("38070030"));

        assertThat(view).isInstanceOf(UnitView.class);
        assertThat($(H1.class).id("unit-name").getText()).isNotBlank();
        assertThat(view.getElement().getTextRecursively()).contains("38070030",
                new Translations().getTranslation("unit.kind.SCHOOL", Translations.VIETNAMESE));
        TabSheet tabs = $(TabSheet.class).id("unit-tabs");
        test(tabs).select(new Translations().getTranslation("unit.tab.history", Translations.VIETNAMESE));
        assertThat($(Grid.class).id("unit-history")).isNotNull();
    }

    private Component open(String location) {
        UI.getCurrent().navigate(location);
        return (Component) getCurrentView();
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }
}
