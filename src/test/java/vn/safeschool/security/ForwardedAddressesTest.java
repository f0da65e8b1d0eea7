package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.safeschool.FormSignIn;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.SecondServer;

/**
 * Behind a reverse proxy ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}) the client's address comes from
 * {@code X-Forwarded-For} — but only when the proxy itself sends it. An application of its own whose one proxy is
 * 127.0.0.2; requests from 127.0.0.1 play a caller on the same private network that adds the header itself. The
 * trusted network of the operations endpoints is 198.51.100.1 (test configuration). A second one has the default:
 * no proxy named, so no peer is believed, loopback and private addresses included.
 */
@RunningServerTest
@ExtendWith(OutputCaptureExtension.class)
@IntegrationTest
class ForwardedAddressesTest {

    private static final String TRUSTED = "198.51.100.1";
    private static SecondServer behindProxy;
    /** The default: forwarded headers read, but no proxy named. */
    private static SecondServer noProxy;

    @Value("${safeschool.demo.password}")
    String demoPassword;

    @BeforeAll
    static void startBehindProxy(@Autowired HikariDataSource database) {
        behindProxy = SecondServer.start(database, "--server.forward-headers-strategy=native",
                "--server.tomcat.remoteip.internal-proxies=127.0.0.2/32");
        noProxy = SecondServer.start(database, "--server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stop() {
        for (SecondServer server : new SecondServer[] {behindProxy, noProxy}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @AfterEach
    void forgetFailures() {
        for (SecondServer server : new SecondServer[] {behindProxy, noProxy}) {
            LoginThrottle throttle = server.bean(LoginThrottle.class);
            throttle.succeeded("127.0.0.1");
            for (int host = 0; host < 256; host++) {
                throttle.succeeded("203.0.113." + host);
            }
        }
    }

    @Test
    void a_caller_that_is_not_the_proxy_cannot_pose_as_a_trusted_network() throws Exception {
        for (SecondServer server : new SecondServer[] {noProxy, behindProxy}) {
            for (String path : new String[] {"/actuator/prometheus", "/actuator/info"}) {
                assertThat(get(server, caller(), path, TRUSTED).statusCode()).as(path).isEqualTo(401);
                assertThat(get(server, caller(), path, "127.0.0.1").statusCode()).as(path).isEqualTo(401);
            }
        }
    }

    @Test
    void the_proxy_passes_on_its_clients_address_to_the_trusted_networks() throws Exception {
        assertThat(get(behindProxy, proxy(), "/actuator/prometheus", TRUSTED).statusCode()).isEqualTo(200);
        assertThat(get(behindProxy, proxy(), "/actuator/prometheus", "203.0.113.7").statusCode())
                .as("a client outside the trusted networks, through the proxy").isEqualTo(401);
    }

    @Test
    void made_up_addresses_do_not_escape_the_sign_in_slow_down(CapturedOutput output) throws Exception {
        for (SecondServer server : new SecondServer[] {noProxy, behindProxy}) {
            for (int attempt = 0; attempt < 12; attempt++) {
                assertThat(signIn(server, caller(), "khong-ton-tai-" + attempt, "sai", "203.0.113." + attempt))
                        .endsWith("/login?error");
            }

            assertThat(signIn(server, caller(), "lanhdao", demoPassword, "203.0.113.99")).as("must wait first")
                    .endsWith("/login?error");
        }
        assertThat(output).contains("Sign-in refused (bad_credentials) from 127.0.0.1")
                .doesNotContain("from 203.0.113.");
    }

    @Test
    void behind_the_proxy_each_client_address_is_slowed_on_its_own() throws Exception {
        for (int attempt = 0; attempt < 11; attempt++) {
            signIn(behindProxy, proxy(), "khong-ton-tai-" + attempt, "sai", "203.0.113.50");
        }

        assertThat(signIn(behindProxy, proxy(), "lanhdao", demoPassword, "203.0.113.50")).as("the guessing client waits")
                .endsWith("/login?error");
        assertThat(signIn(behindProxy, proxy(), "lanhdao", demoPassword, "203.0.113.51")).as("another client does not")
                .doesNotContain("error");
    }

    private String signIn(SecondServer server, InetAddress from, String username, String password,
            String forwardedFor) throws IOException, InterruptedException {
        return FormSignIn.post(server.port(), username, password, from, "X-Forwarded-For", forwardedFor);
    }

    private static HttpResponse<String> get(SecondServer server, InetAddress from, String path, String forwardedFor)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().localAddress(from).build()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static InetAddress caller() throws IOException {
        return InetAddress.getByName("127.0.0.1");
    }

    private static InetAddress proxy() throws IOException {
        return InetAddress.getByName("127.0.0.2");
    }
}
