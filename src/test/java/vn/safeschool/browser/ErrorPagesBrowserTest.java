package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;

/**
 * The console as the run command serves it (production mode, from the pre-built bundle): a page that does not
 * exist and a page the user may not open read the same, name no route and carry no development tools.
 */
@RunningServerTest
@IntegrationTest
class ErrorPagesBrowserTest {

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_missing_page_and_a_forbidden_page_look_the_same_in_the_layout_list_no_routes_and_show_no_development_tools() {
        browser.get("http://localhost:" + port + "/");
        Browser.signIn(browser, wait, "ht.pleiku", demoPassword);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));

        String forbidden = pageText("/audit");
        String missing = pageText("/khong-co-trang-nay");

        assertThat(forbidden).as("the audit log, for department staff only, opened by a principal")
                .isEqualTo(missing)
                .contains("Không tìm thấy nội dung bạn yêu cầu")
                .doesNotContain("audit", "khong-co-trang-nay", "declaration", "followups", "denied");
        assertThat(browser.findElements(By.id("signed-in-user"))).as("in the application's layout, with its menu")
                .isNotEmpty();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return document.querySelector('vaadin-dev-tools') === null"))
                .as("no development tools").isEqualTo(true);
        assertThat(js.executeScript("return !!(window.Vaadin && window.Vaadin.developmentMode)"))
                .as("production mode").isEqualTo(false);
    }

    /** The text the page shows once Vaadin has rendered it (no request to the server under way). */
    private String pageText(String path) {
        browser.get("http://localhost:" + port + path);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                const clients = Object.values((flow && flow.clients) || {});
                return clients.length > 0 && clients.every(c => !c.isActive())
                    && document.body.innerText.trim().length > 0;""")));
        return String.valueOf(js.executeScript("return document.body.innerText")).strip();
    }
}
