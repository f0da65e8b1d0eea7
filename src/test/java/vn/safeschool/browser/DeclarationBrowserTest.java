package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

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
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * A real browser: a principal ticks the criteria and submits their school's declaration. It goes into a campaign
 * made for the test (issued before 307), so that directive 307's numbers stay as they are.
 */
@RunningServerTest
@IntegrationTest
class DeclarationBrowserTest {

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @Autowired
    SystemTask system;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;

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
    void a_principal_ticks_the_criteria_and_submits_the_declaration() {
        long[] ids = system.call(() -> new long[] {
            org.findByCode("38010001").orElseThrow().id(),
            campaigns.create(new NewCampaign("TEST-BROWSER-" + System.nanoTime(), "Khai báo thử trên trình duyệt",
                    LocalDate.of(2020, 10, 1), LocalDateTime.of(2021, 12, 31, 11, 0),
                    org.findByCode("38").orElseThrow().id(),
                    checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)).id()});
        browser.get("http://localhost:" + port + "/schools/" + ids[0] + "/declaration?campaign=" + ids[1]);
        Browser.signIn(browser, wait, "ht.pleiku", demoPassword);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-form")));
        // a phone: 360 CSS pixels wide, and nothing wider than the screen
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue()
                <= 360);
        Number pageWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('declaration-form').scrollWidth");
        assertThat(pageWidth.intValue()).as("the form fits a 360 px screen").isLessThanOrEqualTo(360);
        for (int criterion = 1; criterion <= 15; criterion++) {
            WebElement box = browser.findElement(By.cssSelector("#declaration-met-" + criterion + " input"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            if (!box.isSelected()) {
                box.click();
            }
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-preview-status"),
                "An toàn"));
        WebElement submit = browser.findElement(By.id("declaration-submit"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-status"), "An toàn"));
        assertThat(browser.findElement(By.id("declaration-reason")).getText()).startsWith("Đạt 15/15");
    }
}
