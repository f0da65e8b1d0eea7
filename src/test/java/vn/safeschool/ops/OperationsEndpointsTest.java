package vn.safeschool.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.slf4j.MDC;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.DemoSignIn;
import vn.safeschool.FormSignIn;
import vn.safeschool.RunningServerTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * The operations endpoints over real HTTP: who sees what, and that the counters move with what people do. Test
 * requests come from 127.0.0.1, which the test configuration leaves out of the trusted networks, so they are
 * "remote" here; the trusted-network allowance itself is tried by {@code BackupRestoreTest}'s second application.
 */
@RunningServerTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @Value("${safeschool.management.operator-username}")
    String operator;
    @Value("${safeschool.management.operator-password}")
    String operatorPassword;

    @Autowired
    DeclarationService declarations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    FilterRegistrationBean<RequestLogContext> requestLogContext;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void health_answers_anyone_with_the_status_only() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null, null);
        HttpResponse<String> health = get("/actuator/health", null, null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
        // the whole status also counts the SMTP server where a test JVM configures one: UP or DOWN, never details
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\":").doesNotContain("components", "db", "diskSpace", "mail");
    }

    @Test
    void the_operator_sees_the_health_details_with_the_database() throws Exception {
        HttpResponse<String> health = get("/actuator/health", operator, operatorPassword);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"", "\"readinessState\"");
    }

    @Test
    void metrics_info_and_prometheus_are_refused_to_an_anonymous_remote_caller() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator"}) {
            HttpResponse<String> response = get(path, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("safeschool_", "jvm");
        }
    }

    @Test
    void a_wrong_operator_password_and_a_console_account_are_refused() throws Exception {
        assertThat(get("/actuator/prometheus", operator, "not-the-password").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "lanhdao", demoPassword).statusCode())
                .as("console accounts do not sign in here").isEqualTo(401);
        // the operator's own sign-in clears the address's failures, which the sign-in throttle tests count on
        assertThat(get("/actuator/prometheus", operator, operatorPassword).statusCode()).isEqualTo(200);
    }

    @Test
    void the_operator_reads_info_with_the_version_and_prometheus() throws Exception {
        HttpResponse<String> info = get("/actuator/info", operator, operatorPassword);
        HttpResponse<String> prometheus = get("/actuator/prometheus", operator, operatorPassword);

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\"", "\"java\"");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("safeschool_declarations_submitted_total",
                "safeschool_signins_failed_total", "hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void a_submitted_declaration_moves_the_submissions_counter() throws Exception {
        CampaignInfo campaign = system.call(() -> campaigns.create(new NewCampaign("TEST-OPS-" + System.nanoTime(),
                "Kiểm tra số liệu vận hành", LocalDate.of(2020, 10, 1), LocalDateTime.of(2021, 12, 31, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
        double before = counter("safeschool_declarations_submitted_total", "kind=\"self\"");
        double onBehalfBefore = counter("safeschool_declarations_submitted_total", "kind=\"on_behalf\"");

        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        declarations.submit(org.findByCode("38010001").orElseThrow().id(), campaign.id(), allMet(campaign), null);

        assertThat(counter("safeschool_declarations_submitted_total", "kind=\"self\"")).isEqualTo(before + 1);
        assertThat(counter("safeschool_declarations_submitted_total", "kind=\"on_behalf\""))
                .isEqualTo(onBehalfBefore);
    }

    @Test
    void a_wrong_password_is_counted_and_logged_without_the_password(CapturedOutput output) throws Exception {
        String secret = "Sai-Mat-Khau-Bi-Mat-4711";
        double failedBefore = counter("safeschool_signins_failed_total", "reason=\"bad_credentials\"");
        double succeededBefore = counter("safeschool_signins_succeeded_total", "");

        assertThat(FormSignIn.post(port, "ht.thpt", secret)).endsWith("/login?error");
        // the right password afterwards clears the account's and the address's failure counts again
        assertThat(FormSignIn.post(port, "ht.thpt", demoPassword)).doesNotContain("error");

        assertThat(counter("safeschool_signins_failed_total", "reason=\"bad_credentials\""))
                .isEqualTo(failedBefore + 1);
        assertThat(counter("safeschool_signins_succeeded_total", "")).isEqualTo(succeededBefore + 1);
        assertThat(output).contains("Sign-in refused (bad_credentials) from", "Signed in: ht.thpt from")
                .doesNotContain(secret).doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    @Test
    void each_request_of_a_signed_in_user_carries_their_username_and_home_unit_into_the_log() throws Exception {
        Map<String, String> seen = new HashMap<>();
        FilterChain vaadin = (request, response) -> {
            seen.put("user", MDC.get(RequestLogContext.USER));
            seen.put("unit", MDC.get(RequestLogContext.UNIT));
        };
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        uidl.setSession(new MockHttpSession());

        requestLogContext.getFilter().doFilter(uidl, new MockHttpServletResponse(), vaadin);
        assertThat(seen).as("nobody signed in").containsEntry("user", null).containsEntry("unit", null);

        DemoSignIn.as("ht.pleiku", demoPassword, userDetails, passwordEncoder, contexts);
        requestLogContext.getFilter().doFilter(uidl, new MockHttpServletResponse(), vaadin);
        assertThat(seen).containsEntry("user", "ht.pleiku").containsEntry("unit", "38010001");
        assertThat(MDC.get(RequestLogContext.USER)).as("cleared after the request").isNull();
    }

    private Map<Integer, AnswerInput> allMet(CampaignInfo campaign) {
        return checklists.find(campaign.checklistVersionId()).orElseThrow().criteria().stream()
                .collect(Collectors.toMap(CriterionInfo::number, c -> new AnswerInput(true, null)));
    }

    /** The value of one Prometheus sample, found by its name and a label it carries. */
    private double counter(String name, String label) throws Exception {
        String body = get("/actuator/prometheus", operator, operatorPassword).body();
        return body.lines().filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + " " + label));
    }

    private HttpResponse<String> get(String path, String username, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
