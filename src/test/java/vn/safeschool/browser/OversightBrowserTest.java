package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;

/** A real browser drills down the oversight tree from the province to a school's declaration page. */
@RunningServerTest
@IntegrationTest
class OversightBrowserTest {

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
    void the_leader_drills_down_from_the_province_to_a_schools_declaration() {
        browser.get("http://localhost:" + port + "/oversight");
        Browser.signIn(browser, wait, "lanhdao", demoPassword);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oversight-grid")));
        wait.until(d -> cell("685 (77,7") != null);
        // the province is expanded already; open the Pleiku office from its tree toggle
        WebElement pleiku = wait.until(d -> toggle("Pleiku"));
        pleiku.click();
        WebElement school = wait.until(d -> cell("38010001"));
        school.click();

        wait.until(ExpectedConditions.urlContains("/declaration"));
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-status")));
        assertThat(status.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("declaration-unit-code")).getText()).contains("38010001");
    }

    /** The grid's cell content whose text starts with the given text, if rendered. */
    private WebElement cell(String text) {
        return browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().strip().startsWith(text)).findFirst().orElse(null);
    }

    private WebElement toggle(String nameContains) {
        return browser.findElements(By.cssSelector("vaadin-grid-tree-toggle")).stream()
                .filter(t -> t.getText().contains(nameContains) && t.getDomAttribute("leaf") == null)
                .findFirst().orElse(null);
    }
}
