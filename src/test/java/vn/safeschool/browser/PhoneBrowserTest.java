package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.followup.FollowUpType;
import vn.safeschool.followup.NewFollowUp;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * Every page a principal uses, on a phone (360 × 740 CSS pixels): nothing wider than the screen — neither the page
 * nor a grid's columns (but the oversight tree's, which scroll beside its name column) nor any element — and the
 * inbox's message in the UI's font, wrapped. The school gets a
 * campaign of the test's own (issued before 307, so 307 stays the default) with two declarations, the second one
 * failing criteria, and a follow-up case, so that the history, the comparison, the corrective items and the inbox
 * all have something to show.
 */
@RunningServerTest
@IntegrationTest
class PhoneBrowserTest {

    private static final String OVERFLOW = """
            const width = window.innerWidth;
            const found = [];
            const root = document.documentElement;
            if (root.scrollWidth > root.clientWidth) {
              found.push('page ' + root.scrollWidth + ' > ' + root.clientWidth);
            }
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              // the oversight tree is the one table wider than any screen: its name column stays, the rest scrolls
              const wide = grid.id === 'oversight-grid';
              if (!wide && grid.offsetParent !== null && table && table.scrollWidth > table.clientWidth + 1) {
                found.push('grid ' + (grid.id || '?') + ' ' + table.scrollWidth + ' > ' + table.clientWidth);
              }
            }
            // (a tab sheet's tabs scroll sideways behind its arrows, by design)
            for (const e of document.querySelectorAll('vaadin-app-layout [id]:not(vaadin-tab)')) {
              const box = e.getBoundingClientRect();
              if (box.width > 0 && box.height > 0 && box.right > width + 1) {
                found.push(e.tagName.toLowerCase() + '#' + e.id + ' right ' + Math.round(box.right));
              }
            }
            return found;""";

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
    DeclarationService declarations;
    @Autowired
    FollowUpService followUps;
    @Autowired
    OrgService org;
    @Autowired
    Clock clock;

    private WebDriver browser;
    private WebDriverWait wait;
    /** What stuck out, page by page: all pages are looked at before the test says what failed. */
    private final List<String> problems = new java.util.ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(360, 740));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void every_page_of_a_principal_fits_a_360_pixel_phone() {
        long school = system.call(() -> org.findByCode("38010001").orElseThrow().id());
        CampaignInfo campaign = system.call(() -> campaigns.create(new NewCampaign(
                "TEST-PHONE-" + System.nanoTime(), "Khai báo thử trên điện thoại, tên đợt dài để xem có xuống dòng",
                LocalDate.of(2020, 10, 1), LocalDateTime.of(2021, 12, 31, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
        DeclarationInfo first = system.call(() -> declarations.submit(school, campaign.id(),
                FollowUpFixture.failing(), null));
        system.call(() -> declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 7, 11),
                first.version()));
        FollowUpCaseInfo opened = system.call(() -> followUps.open(new NewFollowUp(campaign.id(),
                FollowUpType.CORRECTIVE_PLAN, "Trường chưa đạt tiêu chí số 4, 7 và 11 của đợt khai báo",
                "Lập kế hoạch khắc phục, báo cáo kết quả kèm biên bản", clock.instant().plus(Duration.ofDays(3))),
                List.of(school)).opened().getFirst());

        browser.get(url(""));
        Browser.signIn(browser, wait, "ht.pleiku", demoPassword);
        fits("", "school-status");
        fits("schools/" + school + "/declaration?campaign=" + campaign.id(), "declaration-history");
        fits("units/" + school + "?tab=followup", "unit-tabs");
        fits("units/" + school, "unit-tabs");
        fits("followups", "followup-cases");
        fits("followups/" + opened.id(), "case-history");
        fits("oversight", "oversight-grid");
        fits("account", "last-login");

        fits("inbox", "inbox-grid");
        // the first row's cell (the grid's header cells come first among its cell contents)
        ((JavascriptExecutor) browser).executeScript("""
                const cells = [...document.querySelectorAll('#inbox-grid vaadin-grid-cell-content')];
                cells.find(c => c.assignedSlot && c.assignedSlot.closest('#items') && c.textContent.trim())
                    .click();""");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-message-body")));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const body = document.getElementById('inbox-message-body');
                const style = getComputedStyle(body);
                return {font: style.fontFamily, ui: getComputedStyle(document.body).fontFamily,
                        whiteSpace: style.whiteSpace, wrap: style.overflowWrap, tag: body.tagName};""");
        assertThat(body.get("font")).as("the message in the UI's font, not monospace").isEqualTo(body.get("ui"));
        assertThat(body.get("tag")).isNotEqualTo("PRE");
        assertThat(body.get("whiteSpace")).isEqualTo("pre-wrap");
        assertThat(body.get("wrap")).isEqualTo("anywhere");
        overflow().forEach(p -> problems.add("/inbox with a message open: " + p));
        keepScreenshot("inbox-message");
        // the same pages on a desktop, for a person to compare (target/phone/desktop-*.png)
        browser.manage().window().setSize(new Dimension(1400, 900));
        for (String path : List.of("", "schools/" + school + "/declaration?campaign=" + campaign.id(),
                "units/" + school + "?tab=followup", "followups/" + opened.id())) {
            browser.get(url(path));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            sleep();
            keepScreenshot("desktop-" + path);
        }
        assertThat(problems).as("what does not fit a 360 px screen").isEmpty();
    }

    private void fits(String path, String shownId) {
        browser.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(shownId)));
        // let the grids lay out their columns
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('vaadin-grid[loading]')")
                .equals(Boolean.TRUE));
        sleep();
        overflow().forEach(p -> problems.add("/" + path + ": " + p));
        keepScreenshot(path);
    }

    /** For a person to look at: target/phone/<page>.png. */
    private void keepScreenshot(String path) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "phone");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            String name = path.isEmpty() || path.equals("desktop-") ? path + "dashboard"
                    : path.replaceAll("[^a-z0-9]+", "-");
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> overflow() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(OVERFLOW);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static void sleep() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
