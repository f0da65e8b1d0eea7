package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.safeschool.FormSignIn;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.SecondServer;

/**
 * The security headers on the very first pages of a freshly started application, the sign-in page first: pages
 * smaller than the response buffer are committed by the servlet container after the filters have returned, and
 * once went out with none of the headers written at that point.
 */
@RunningServerTest
@IntegrationTest
class SecurityHeadersTest {

    /** The first pages of the fresh application, in this order: the sign-in page, then the signed-in start page. */
    private static final Map<String, HttpResponse<String>> FIRST = new LinkedHashMap<>();

    @BeforeAll
    static void askAFreshApplication(@Autowired HikariDataSource database,
            @Value("${safeschool.demo.password}") String demoPassword) throws Exception {
        try (SecondServer fresh = SecondServer.start(database); HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build()) {
            FIRST.put("/login", get(http, fresh.port(), "/login"));
            assertThat(FormSignIn.post(http, fresh.port(), "lanhdao", demoPassword)).doesNotContain("error");
            FIRST.put("/", get(http, fresh.port(), "/"));
        }
    }

    @Test
    void the_first_sign_in_page_and_start_page_of_a_fresh_application_carry_every_security_header() {
        FIRST.forEach((path, response) -> {
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValue(
                    "camera=(), microphone=(), geolocation=()");
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    cache -> assertThat(cache).contains("no-store"));
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        });
    }

    @Test
    void the_content_security_policy_lets_the_page_talk_to_its_own_server_only() {
        String csp = FIRST.get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(csp).as("same-origin requests only").contains("connect-src 'self';", "frame-ancestors 'none'", "object-src 'none'",
                "form-action 'self'").doesNotContain("ws:", "wss:", "*");
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
