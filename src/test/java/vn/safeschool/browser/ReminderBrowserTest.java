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
import vn.safeschool.RunningServerTest;

/**
 * The district admin's journey in a real browser: filter the lagging schools of the district in campaign 307, remind
 * them all in one action, and find the reminder in the log. Chư Sê, because in the demo every Pleiku school declared
 * Safe in time: Pleiku has nobody to remind in 307.
 */
@RunningServerTest
class ReminderBrowserTest {

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
    void a_district_admin_reminds_the_lagging_schools_in_one_action_and_sees_them_in_the_log() {
        browser.get("http://localhost:" + port + "/oversight");
        Browser.signIn(browser, wait, "pgd.chuse", demoPassword);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oversight-grid")));
        browser.findElement(By.id("oversight-lagging")).click();
        WebElement remind = wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Nhắc nhở")).findFirst().orElse(null));
        remind.click();

        WebElement reach = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminder-reach")));
        assertThat(reach.getText()).startsWith("Sẽ nhắc ").contains("người nhận");
        assertThat(browser.findElement(By.id("reminder-mail-off")).getText()).contains("E-mail đang tắt");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reminder-send"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reminder-send")));

        browser.get("http://localhost:" + port + "/reminders");
        WebElement logged = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains("Ksor H'Hạnh")).findFirst().orElse(null));
        assertThat(logged.getText()).contains("Nhắc thủ công");
        assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().strip().equals("307/SGDĐT-VP"))).isTrue();
    }
}
