package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.safeschool.Application;
import vn.safeschool.IntegrationTest;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.db.EmbeddedMariaDb;
import vn.safeschool.reorganisation.DemoMappingFile;

/**
 * Department staff apply the demo's mapping file in a real browser, on a demo province of its own (a fresh database,
 * so that the suite's province keeps its district offices): then the grid as of 307's deadline still shows the 17
 * district offices and 685 Safe of 882, and "Theo cơ cấu hiện nay" puts the same 882 under the communes.
 */
@SafeSchoolTest
@IntegrationTest
class ReorganisationBrowserTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @TempDir
    Path scratch;

    @Test
    void staff_apply_the_demo_arrangement_and_307_reads_as_it_was_under_the_offices_and_restated_under_communes()
            throws Exception {
        EmbeddedMariaDb suite = embedded.getIfAvailable();
        assumeTrue(suite != null, "needs the embedded server to start a database of its own beside it");
        EmbeddedMariaDb own = suite.startAnother("safeschool");
        Path file = scratch.resolve(DemoMappingFile.NAME);
        Files.write(file, DemoMappingFile.bytes());
        try (ConfigurableApplicationContext app = demoOn(own)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            WebDriver browser = Browser.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
                browser.get("http://localhost:" + port + "/reorganisations");
                Browser.signIn(browser, wait, "vanphong", demoPassword);

                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#reorg-title input")))
                        .sendKeys("Nghị quyết sắp xếp 2025 (minh hoạ)", org.openqa.selenium.Keys.TAB);
                WebElement upload = browser.findElement(By.id("reorg-upload"));
                WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                        "return arguments[0].querySelector('input[type=file]')"
                                + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
                input.sendKeys(file.toString());

                WebElement orphans = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reorg-orphans")));
                assertThat(orphans.getText()).isEqualTo("0 tài khoản không có nơi tiếp nhận · 0 vấn đề");
                Browser.screenshot(browser, "reorganisation-preview");
                wait.until(ExpectedConditions.elementToBeClickable(By.id("reorg-apply"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'],"
                                + " vaadin-button[slot='confirm-button']"))).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reorg-state"), "Đã áp dụng"));
                // what it did, not the same steps planned again on the new tree (every new code then taken)
                assertThat(browser.findElement(By.id("reorg-summary")).getText()).startsWith("Thành lập 82, chuyển 819,");
                assertThat(browser.findElements(By.cssSelector("#reorg-problems:not([hidden])"))).isEmpty();
                Browser.screenshot(browser, "reorganisation-applied");

                browser.get("http://localhost:" + port + "/oversight");
                wait.until(ExpectedConditions.elementToBeClickable(By.id("oversight-at-deadline"))).click();
                wait.until(d -> cell(d, OFFICE) != null);
                wait.until(d -> cell(d, "685 (") != null);
                Browser.screenshot(browser, "reorganisation-as-of-deadline");

                browser.findElement(By.cssSelector("#oversight-today-structure input")).click();
                wait.until(d -> cell(d, OFFICE) == null);
                wait.until(d -> cell(d, "685 (") != null);
                wait.until(d -> cell(d, COMMUNE) != null);
                Browser.screenshot(browser, "reorganisation-restated");
                assertThat(browser.findElement(By.id("oversight-structure-note")).getText())
                        .isEqualTo("Số liệu của thời điểm đã chọn, xếp theo cơ cấu đơn vị hiện nay.");
            } finally {
                browser.quit();
            }
        } finally {
            own.stop();
        }
    }

    /** Chư Sê's district office (by its full or its short name), and any commune or ward. */
    private static final java.util.function.Predicate<String> OFFICE = t -> t.contains("Chư Sê") && t.contains("Phòng");
    private static final java.util.function.Predicate<String> COMMUNE = t -> t.startsWith("UBND xã")
            || t.startsWith("UBND phường");

    private static WebElement cell(WebDriver browser, String startsWith) {
        return cell(browser, t -> t.startsWith(startsWith));
    }

    private static WebElement cell(WebDriver browser, java.util.function.Predicate<String> text) {
        return browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> text.test(c.getText().strip())).findFirst().orElse(null);
    }

    /** The demo as the run command starts it, on a database of its own; nothing scheduled runs by itself. */
    private static ConfigurableApplicationContext demoOn(EmbeddedMariaDb server) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).main(Application.class)
                .profiles("demo");
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder.run("--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect", "--server.port=0",
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
                "--safeschool.reminders.schedule.enabled=false", "--safeschool.reorganisation.schedule.enabled=false");
    }
}
