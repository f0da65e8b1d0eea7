package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.security.SystemTask;

/**
 * The grids as an official reads them in Chromium at 1400×900, in Vietnamese and English: no name, number or header
 * cut off with "…" or broken mid-word, no column pushed off the grid's edge, the row actions in view, badges apart; Close asks first; the page has a
 * favicon.
 */
@RunningServerTest
@IntegrationTest
class ReadableGridsBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @Autowired
    SystemTask system;
    @Autowired
    CampaignService campaigns;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1400, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_leaders_oversight_tree_fits_and_cuts_no_name() {
        browser.get(url("/oversight"));
        Browser.signIn(browser, wait, "lanhdao", demoPassword);
        waitForCell("Phòng GDĐT Chư Sê");

        assertFits("oversight-grid");
    }

    @Test
    void the_english_leaders_oversight_tree_is_in_english_fits_and_breaks_no_header_word() {
        browser.get(url("/oversight"));
        Browser.signIn(browser, wait, "leader.en", demoPassword);
        waitForCell("Phòng GDĐT Chư Sê");

        assertThat(browser.findElement(By.id("oversight-grid")).getText()).contains("Unsafe", "Not declared");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
                .as("the page's language").isEqualTo("en");
        assertFits("oversight-grid");
    }

    @Test
    void a_district_admins_tree_shows_each_schools_status_and_cuts_no_school_name() {
        browser.get(url("/oversight"));
        Browser.signIn(browser, wait, "pgd.chuse", demoPassword);
        waitForCell("38070001");

        assertFits("oversight-grid");
        assertThat(browser.findElements(By.cssSelector("#oversight-grid .ss-status-badge"))).isNotEmpty()
                .allMatch(b -> List.of("An toàn", "Có rủi ro", "Không an toàn", "Chưa khai báo")
                        .contains(b.getText().strip()));
    }

    @Test
    void the_campaigns_and_accounts_fit_their_actions_stay_in_view_and_close_asks_first() {
        browser.get(url("/campaigns"));
        Browser.signIn(browser, wait, "vanphong", demoPassword);
        waitForCell("307/SGDĐT-VP");
        long id = system.call(() -> campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id());

        assertFits("campaigns");
        WebElement grid = browser.findElement(By.id("campaigns"));
        WebElement close = browser.findElement(By.id("campaign-close-" + id));
        int gridRight = grid.getRect().getX() + grid.getRect().getWidth();
        assertThat(close.getRect().getX() + close.getRect().getWidth()).as("the Close icon inside the grid")
                .isLessThanOrEqualTo(gridRight);
        close.click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog[opened]")));
        assertThat(dialog.getText()).contains("Đóng đợt khai báo?").contains("307/SGDĐT-VP");
        browser.findElement(By.cssSelector("vaadin-confirm-dialog [slot='cancel-button']")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(system.call(() -> campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().status()).name())
                .isEqualTo("OPEN");

        browser.get(url("/accounts"));
        waitForCell("ht.chuse");
        assertFits("accounts");
    }

    @Test
    void the_overdue_corrective_items_fit_and_their_badges_stand_apart() {
        long id = system.call(() -> campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id());
        browser.get(url("/followups/corrective?campaign=" + id));
        Browser.signIn(browser, wait, "lanhdao", demoPassword);
        wait.until(d -> !d.findElements(By.cssSelector("#overdue-items .ss-followup-overdue")).isEmpty());

        assertFits("overdue-items");
        WebElement flag = browser.findElement(By.cssSelector("#overdue-items .ss-followup-overdue"));
        WebElement status = flag.findElement(By.xpath("preceding-sibling::span[1]"));
        int gap = flag.getRect().getX() - (status.getRect().getX() + status.getRect().getWidth());
        boolean below = flag.getRect().getY() >= status.getRect().getY() + status.getRect().getHeight();
        assertThat(gap > 3 || below).as("'%s' and '%s' apart (gap %d px)", status.getText(), flag.getText(), gap)
                .isTrue();
    }

    @Test
    void the_checklist_editors_fifteen_criteria_line_up() {
        browser.get(url("/checklists"));
        Browser.signIn(browser, wait, "vanphong", demoPassword);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='Sửa bộ tiêu chí']"))).click();
        By criterionRows = By.cssSelector("vaadin-horizontal-layout:has(> vaadin-select)");
        wait.until(d -> d.findElements(criterionRows).size() >= 15);
        // The dialog grows into place as it opens; measured mid-animation on a busy machine, each row read a few
        // pixels later sits elsewhere. Measure once the whole layout reads the same twice in a row.
        wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog[opening], vaadin-dialog-overlay[opening]"))
                .isEmpty());
        List<WebElement> rows = browser.findElements(criterionRows);
        List<String> fields = List.of("vaadin-select", "vaadin-integer-field", "vaadin-text-field", "vaadin-checkbox");
        wait.until(d -> lefts(rows, fields).equals(lefts(rows, fields)));

        Map<String, List<Integer>> lefts = lefts(rows, fields);
        for (String field : fields) {
            assertThat(lefts.get(field).stream().distinct().toList()).as(field + " starts at one x in every row")
                    .hasSize(1);
        }
    }

    private static Map<String, List<Integer>> lefts(List<WebElement> rows, List<String> fields) {
        Map<String, List<Integer>> lefts = new LinkedHashMap<>();
        for (String field : fields) {
            lefts.put(field, rows.stream().map(r -> r.findElement(By.cssSelector(field)).getRect().getX()).toList());
        }
        return lefts;
    }

    @Test
    void the_pages_have_a_favicon() throws IOException, InterruptedException {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
        String href = (String) ((JavascriptExecutor) browser).executeScript(
                "const l = document.querySelector(\"link[rel~='icon']\"); return l ? l.href : null;");

        assertThat(href).as("a <link rel=icon> in the page").isNotNull();
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(icon.body()).isNotEmpty();
    }

    /** The grid's columns fit its width and no rendered cell (headers included) is cut or breaks a word. */
    private void assertFits(String gridId) {
        JsonNode grid = JSON.readTree(measure()).path(gridId);
        assertThat(grid.isMissingNode()).as(gridId + " shown").isFalse();
        assertThat(grid.path("overflow").asInt()).as(gridId + ": columns wider than the grid by (px)")
                .isLessThanOrEqualTo(0);
        assertThat(grid.path("cut").valueStream().map(JsonNode::asString).toList()).as(gridId + ": cut texts")
                .isEmpty();
        assertThat(grid.path("broken").valueStream().map(JsonNode::asString).toList())
                .as(gridId + ": words broken across lines").isEmpty();
    }

    private String measure() {
        try (InputStream script = getClass().getResourceAsStream("/browser/grid-fit.js")) {
            return (String) ((JavascriptExecutor) browser).executeScript(
                    new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitForCell(String text) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().strip().startsWith(text)));
        // the grid settles its column widths after the first rows arrive
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
