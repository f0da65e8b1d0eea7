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

/**
 * Reminding in a real browser, in campaign 307 with e-mail off as in the demo. Chư Sê's district admin filters the
 * lagging schools: none of them has an account, so nobody can receive a reminder — the dialog says so and will not
 * send. Department staff remind the lagging offices in one action (Chư Sê's admin can read it) and find it in the log.
 */
@RunningServerTest
@IntegrationTest
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
    void a_district_admin_is_told_before_sending_that_nobody_can_receive_the_reminder_and_cannot_send_it() {
        openReminderDialog("pgd.chuse");

        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminder-refused")));
        assertThat(refused.getText()).startsWith("Không gửi được");
        assertThat(browser.findElement(By.id("reminder-reach")).getText()).startsWith("Sẽ nhắc 0 đơn vị");
        assertThat(browser.findElement(By.id("reminder-nobody")).getText()).contains("e-mail đang tắt");
        assertThat(browser.findElement(By.id("reminder-send")).getDomAttribute("disabled")).isNotNull();
    }

    @Test
    void department_staff_remind_the_lagging_offices_in_one_action_and_see_it_in_the_log() {
        openReminderDialog("vanphong");

        WebElement reach = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminder-reach")));
        assertThat(reach.getText()).startsWith("Sẽ nhắc ").contains("người nhận").doesNotStartWith("Sẽ nhắc 0 ");
        assertThat(browser.findElement(By.id("reminder-scope")).getText()).contains("theo bộ lọc");
        assertThat(browser.findElement(By.id("reminder-mail-off")).getText()).contains("E-mail đang tắt");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reminder-send"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reminder-send")));

        browser.get("http://localhost:" + port + "/reminders");
        WebElement logged = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains("Trần Thị Hồng Nhung")).findFirst().orElse(null));
        assertThat(logged.getText()).contains("Nhắc thủ công");
        assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().strip().equals("307/SGDĐT-VP"))).isTrue();
    }

    /** Signs in, ticks "Chỉ đơn vị cần đôn đốc" in the oversight grid and presses "Nhắc nhở" with nothing selected. */
    private void openReminderDialog(String username) {
        browser.get("http://localhost:" + port + "/oversight");
        Browser.signIn(browser, wait, username, demoPassword);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oversight-grid")));
        browser.findElement(By.id("oversight-lagging")).click();
        WebElement remind = wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Nhắc nhở")).findFirst().orElse(null));
        remind.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminder-scope")));
    }
}
