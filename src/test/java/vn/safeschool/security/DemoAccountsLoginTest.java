package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.dashboard.ui.DashboardView;
import vn.safeschool.security.ui.LoginView;
import vn.safeschool.security.ui.MyAccountView;

/** Every demo account signs in with the README's password and lands in the main layout. */
@SafeSchoolTest
class DemoAccountsLoginTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AccountService accounts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({
        "lanhdao, DEPARTMENT_LEADER, Sở Giáo dục và Đào tạo Gia Lai",
        "vanphong, DEPARTMENT_STAFF, Sở Giáo dục và Đào tạo Gia Lai",
        "pgd.pleiku, DISTRICT_ADMIN, Phòng Giáo dục và Đào tạo thành phố Pleiku",
        "pgd.chuse, DISTRICT_ADMIN, Phòng Giáo dục và Đào tạo huyện Chư Sê",
        "ht.pleiku, PRINCIPAL, ",
        "ht.thpt, PRINCIPAL, "})
    void each_demo_account_signs_in_and_sees_the_main_layout(String username, Role role, String homeUnit) {
        Authentication auth = signIn(username, demoPassword);

        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains(role.authority())
                .doesNotContain(otherRoles(role));
        DashboardView dashboard = navigate(DashboardView.class);
        assertThat($(Span.class).id("signed-in-user").getText()).isNotBlank();
        assertThat($(SideNav.class).id("main-menu")).isNotNull();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("", "account");
        if (homeUnit != null) {
            assertThat(dashboard.getElement().getTextRecursively()).contains(homeUnit);
        }
    }

    @Test
    void a_wrong_password_and_an_unknown_account_fail_alike() {
        assertThatThrownBy(() -> signIn("lanhdao", "not-the-password")).isInstanceOf(BadCredentialsException.class)
                .hasMessage(messageOf(() -> signIn("nobody-here", "not-the-password")));
    }

    @Test
    void a_signed_out_visitor_is_sent_to_the_login_page() {
        LoginView login = navigate("", LoginView.class);

        assertThat(getCurrentView()).isSameAs(login);
    }

    @Test
    void the_chosen_language_is_remembered_for_the_account() {
        signIn("vanphong", demoPassword);
        navigate(MyAccountView.class);
        try {
            @SuppressWarnings("unchecked")
            Select<Locale> language = $(Select.class).id("language");
            test(language).selectItem(getTranslation("language.en"));

            assertThat(accounts.findByUsername("vanphong").orElseThrow().locale()).isEqualTo(Translations.ENGLISH);
        } finally {
            accounts.changeMyLanguage(Translations.VIETNAMESE);
        }
    }

    private static String[] otherRoles(Role role) {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != role).map(Role::authority)
                .toArray(String[]::new);
    }

    private String getTranslation(String key) {
        return new Translations().getTranslation(key, Translations.VIETNAMESE);
    }

    private Authentication signIn(String username, String password) {
        return DemoSignIn.as(username, password, userDetails, passwordEncoder, contexts);
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
            return "no failure";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
