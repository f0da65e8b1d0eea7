package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.dashboard.ui.DashboardView;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.security.ui.AccountsView;
import vn.safeschool.security.ui.ChangePasswordView;

@SafeSchoolTest
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    AccountService accounts;
    @Autowired
    OrgService org;
    @Autowired
    SystemTask system;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void department_staff_see_accounts_of_the_whole_province() {
        DemoSignIn.as("vanphong", demoPassword, userDetails, passwordEncoder, contexts);

        navigate(AccountsView.class);

        assertThat(usernames()).contains("lanhdao", "pgd.chuse", "ht.pleiku", "ht.chuse");
    }

    @Test
    void a_district_admin_sees_only_the_principals_of_their_district() {
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate(AccountsView.class);

        assertThat(usernames()).contains("ht.pleiku").doesNotContain("ht.chuse", "vanphong", "pgd.pleiku");
    }

    @Test
    void a_principal_cannot_open_account_management() {
        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);

        navigate("accounts", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AccountsView.class);
    }

    @Test
    void a_new_account_gets_a_one_time_password_that_must_be_changed_at_first_sign_in() {
        DemoSignIn.as("pgd.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        navigate(AccountsView.class);
        String username = "ht.test-" + UUID.randomUUID().toString().substring(0, 6);

        test($(Button.class).id("new-account")).click();
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-full-name")).setValue("Nguyễn Thị Kiểm Thử");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> home = $(ComboBox.class).id("account-home-unit");
        home.setValue(org.findByCode("38010003").orElseThrow());
        test($(Button.class).id("save-account")).click();

        String oneTime = $(Span.class).id("one-time-password").getText();
        assertThat(oneTime).hasSize(12);
        assertThat(usernames()).contains(username);

        DemoSignIn.out(contexts);
        DemoSignIn.as(username, oneTime, userDetails, passwordEncoder, contexts);
        navigate("", ChangePasswordView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("must-change").getText()).isNotBlank();

        accounts.changeMyPassword(oneTime, "Trường em sạch đẹp 2026");
        assertThat(navigate(DashboardView.class)).isNotNull();
        assertThat(accounts.me().mustChangePassword()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> usernames() {
        Grid<AccountInfo> grid = $(Grid.class).id("accounts");
        return test(grid).size() == 0 ? java.util.List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).username())
                        .toList();
    }
}
