package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * A real browser walks one follow-up from open to accepted: department staff open it from the Pleiku office's page,
 * the Pleiku district admin answers it, the staff accept the answer — signing in and out in the same browser. The
 * case is removed afterwards (its audit rows stay, the log is append-only), so campaign 307 keeps no case.
 */
@RunningServerTest
@IntegrationTest
class FollowUpBrowserTest {

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @Autowired
    SystemTask system;
    @Autowired
    OrgService org;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AppClock clock;

    private WebDriver browser;
    private WebDriverWait wait;
    private Instant started;

    @BeforeEach
    void openBrowser() {
        started = clock.instant();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowserAndRemoveTheCase() {
        browser.quit();
        List<Long> cases = jdbc.sql("SELECT id FROM follow_up_case WHERE opened_at >= :started")
                .param("started", Timestamp.from(started)).query(Long.class).list();
        for (long id : cases) {
            jdbc.sql("DELETE FROM follow_up_history WHERE case_id = :id").param("id", id).update();
            jdbc.sql("UPDATE follow_up_case SET attachment_id = NULL WHERE id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM follow_up_attachment WHERE case_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM follow_up_case WHERE id = :id").param("id", id).update();
        }
    }

    @Test
    void staff_open_a_follow_up_the_district_admin_answers_and_the_staff_accept() {
        long pleiku = system.call(() -> org.findByCode("3801").orElseThrow().id());

        browser.get(url("/units/" + pleiku));
        Browser.signIn(browser, wait, "vanphong", demoPassword);
        tab("Theo dõi, chấn chỉnh").click();
        click(By.id("unit-open-followup"));
        click(By.id("open-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("open-confirm")));
        long caseId = wait.until(d -> jdbc.sql("SELECT id FROM follow_up_case WHERE assignee_unit_id = :unit"
                + " AND opened_at >= :started ORDER BY id DESC LIMIT 1").param("unit", pleiku)
                .param("started", Timestamp.from(started)).query(Long.class).optional().orElse(null));
        signOut();

        browser.get(url("/followups/" + caseId));
        Browser.signIn(browser, wait, "pgd.pleiku", demoPassword);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#respond-explanation textarea")))
                .sendKeys("Năm trường chưa cài đặt ứng dụng; đã chỉ đạo cài đặt xong.");
        browser.findElement(By.cssSelector("#respond-conclusions textarea"))
                .sendKeys("Đã kiểm điểm trách nhiệm hiệu trưởng năm trường.");
        click(By.id("respond-send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Đã trả lời"));
        // the Department is told in its inbox, although the district admin may not write to it themselves
        assertThat(jdbc.sql("""
                SELECT d.subject FROM reminder_delivery d JOIN app_user u ON u.id = d.recipient_user_id
                WHERE d.channel = 'INBOX' AND u.username = 'vanphong' AND d.link = :link""")
                .param("link", "followups/" + caseId).query(String.class).list())
                .containsExactly("Đơn vị đã báo cáo theo dõi số " + caseId);
        signOut();

        browser.get(url("/followups/" + caseId));
        Browser.signIn(browser, wait, "vanphong", demoPassword);
        click(By.id("decision-accept"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Đã chấp nhận"));
        assertThat(browser.findElement(By.id("case-answer")).getText()).contains("Năm trường chưa cài đặt");
        assertThat(jdbc.sql("SELECT status FROM follow_up_case WHERE id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_history WHERE case_id = :id").param("id", caseId)
                .query(Long.class).single()).isEqualTo(3);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement tab(String title) {
        return wait.until(d -> d.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(t -> t.getText().strip().equals(title)).findFirst().orElse(null));
    }

    /** Clicked by script: the development mode's overlay may lie over the header's buttons. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click()", element);
    }

    private void signOut() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
    }
}
