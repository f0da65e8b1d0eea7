package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.FormSignIn;
import vn.safeschool.RunningServerTest;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.audit.AuditAction;

/** Sign-ins over real HTTP against the running server: lockout, address throttling, the same message for all. */
@RunningServerTest
class SignInProtectionTest {

    private static final String ADDRESS = "127.0.0.1";

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @Autowired
    AppClock clock;

    private Duration moved = Duration.ZERO;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask system;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restore() {
        clock.advance(moved.negated());
        throttle.succeeded(ADDRESS);
        system.run(() -> accounts.findByUsername("ht.chuse").ifPresent(a -> accounts.unlock(a.id())));
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn("ht.chuse", "sai-mat-khau-" + attempt)).endsWith("/login?error");
        }

        assertThat(signIn("ht.chuse", demoPassword)).as("locked, even with the right password")
                .endsWith("/login?error");
        move(Duration.ofMinutes(16));
        assertThat(signIn("ht.chuse", demoPassword)).as("unlocked after 15 minutes").doesNotContain("error");
    }

    @Test
    void a_locked_account_and_an_unknown_one_get_the_same_answer() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn("ht.chuse", "sai-mat-khau-" + attempt);
        }
        throttle.succeeded(ADDRESS);

        assertThat(signIn("ht.chuse", demoPassword)).isEqualTo(signIn("khong-co-tai-khoan-nay", "bat-ky"));
    }

    @Test
    void repeated_failures_from_one_address_are_slowed_whatever_account_they_name() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            signIn("khong-ton-tai-" + attempt, "sai");
        }

        assertThat(signIn("lanhdao", demoPassword)).as("must wait first").endsWith("/login?error");
        move(Duration.ofSeconds(5));
        assertThat(signIn("lanhdao", demoPassword)).as("after the wait").doesNotContain("error");
    }

    @Test
    void responses_carry_the_security_headers_vaadin_still_works_with() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void a_sign_in_posted_from_another_site_without_the_form_token_is_refused() throws Exception {
        try (HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build()) {
            HttpResponse<Void> forged = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                    .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(HttpHeaders.ORIGIN, "https://attacker.example")
                    .POST(HttpRequest.BodyPublishers.ofString("username=lanhdao&password=" + demoPassword))
                    .build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> then = browser.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(forged.headers().firstValue(HttpHeaders.LOCATION).orElse(""))
                    .as("refused, or back to the sign-in page; never into the console").matches("|.*/login(;.*)?");
            assertThat(then.statusCode()).as("the browser is not signed in").isEqualTo(302);
            assertThat(then.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
                    where -> assertThat(where).contains("/login"));
        }
    }

    @Test
    void the_session_cookie_stays_home_on_other_sites_requests() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().allValues(HttpHeaders.SET_COOKIE)).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void a_failed_sign_in_under_an_unknown_name_keeps_the_name_out_of_the_audit_log() throws Exception {
        String typed = "MatKhau-Go-Nham-O-" + System.nanoTime();
        Instant start = clock.instant().minusSeconds(1);

        assertThat(signIn(typed, "bat-ky")).endsWith("/login?error");
        assertThat(signIn(" HT.Chuse ", "sai-mat-khau")).endsWith("/login?error");

        List<AuditEntry> failures = system.call(() -> audit.search(new AuditFilter(null, null,
                Set.of(AuditAction.LOGIN_FAILED), start, null), 0, 50));
        assertThat(failures).extracting(AuditEntry::actor).contains(AccountService.UNKNOWN_USERNAME, "ht.chuse")
                .noneMatch(actor -> actor.contains(typed) || actor.contains("HT.Chuse"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor_name LIKE ? OR target LIKE ?")
                .params("%" + typed + "%", "%" + typed + "%").query(Long.class).single()).isZero();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void move(Duration by) {
        clock.advance(by);
        moved = moved.plus(by);
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        return FormSignIn.post(port, username, password);
    }
}
