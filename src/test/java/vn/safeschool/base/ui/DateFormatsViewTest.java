package vn.safeschool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.ui.CampaignsView;
import vn.safeschool.dashboard.ui.DashboardView;
import vn.safeschool.oversight.ui.HierarchyView;

/**
 * Issue 15 item 16: one format per language for dates and moments, in grids, texts and the date pickers alike —
 * "22/02/2021" and "11:00 25/02/2021" in Vietnamese (never "22/2/21"), "2021-02-22" and "2021-02-25 11:00" in
 * English (never "2/22/21").
 */
@SafeSchoolTest
class DateFormatsViewTest extends SpringBrowserlessTest {

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
    void the_campaigns_grid_writes_the_issue_date_and_the_deadline_in_the_vietnamese_format() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(CampaignsView.class);

        assertThat(campaign307(2)).isEqualTo("22/02/2021");
        assertThat(campaign307(3)).isEqualTo("11:00 25/02/2021");
    }

    @Test
    void the_campaigns_grid_writes_them_in_the_english_format_for_an_english_reader() {
        DemoSignIn.as("leader.en", demoPassword, userDetails, passwordEncoder, contexts);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CampaignsView.class);

        assertThat(campaign307(2)).isEqualTo("2021-02-22");
        assertThat(campaign307(3)).isEqualTo("2021-02-25 11:00");
    }

    @Test
    void the_dashboards_deadline_and_the_date_pickers_follow_the_same_format() {
        DemoSignIn.as("lanhdao", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(DashboardView.class);
        assertThat($(Paragraph.class).id("deadline").getText()).contains("11:00 25/02/2021");

        navigate(HierarchyView.class);
        DateTimePicker asOf = $(DateTimePicker.class).id("oversight-moment");
        assertThat(asOf.getDatePickerI18n()).isNotNull();
        assertThat(asOf.getDatePickerI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
    }

    @Test
    void an_english_readers_date_picker_reads_and_writes_the_english_format() {
        DemoSignIn.as("leader.en", demoPassword, userDetails, passwordEncoder, contexts);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(HierarchyView.class);

        DateTimePicker asOf = $(DateTimePicker.class).id("oversight-moment");
        assertThat(asOf.getDatePickerI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
    }

    @SuppressWarnings("unchecked")
    private String campaign307(int column) {
        Grid<Object> grid = $(Grid.class).id("campaigns");
        var rows = test(grid);
        for (int r = 0; r < rows.size(); r++) {
            if ("307/SGDĐT-VP".equals(rows.getCellText(r, 0))) {
                return rows.getCellText(r, column);
            }
        }
        throw new AssertionError("campaign 307 is not in the grid");
    }
}
