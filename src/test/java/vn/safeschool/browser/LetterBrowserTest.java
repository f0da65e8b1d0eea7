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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;

/** A real browser opens the Department's letter about 307/SGDĐT-VP and reads it with the live numbers. */
@RunningServerTest
@IntegrationTest
class LetterBrowserTest {

    @LocalServerPort
    int port;
    @Value("${safeschool.demo.password}")
    String demoPassword;
    @Autowired
    JdbcClient jdbc;

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
    void the_office_opens_the_letter_for_307_and_reads_it_with_the_numbers_and_its_two_downloads() {
        long campaign = jdbc.sql("SELECT id FROM campaign WHERE doc_number = '307/SGDĐT-VP'").query(Long.class)
                .single();
        browser.get("http://localhost:" + port + "/letters?campaign=" + campaign);
        Browser.signIn(browser, wait, "vanphong", demoPassword);

        WebElement page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letter-page")));
        wait.until(ExpectedConditions.textToBePresentInElement(page, "685/882 (77,7%)"));
        assertThat(page.getText()).contains("126/882 (14,3%)", "27/882 (3,1%)", "44/882 (5,0%)",
                "Độc lập - Tự do - Hạnh phúc", "Kính gửi:", "Nơi nhận:");
        assertThat(browser.findElement(By.id("main-menu")).getText()).contains("Công văn");
        assertThat(browser.findElement(By.id("letter-pdf")).getDomAttribute("href")).isNotBlank();
        assertThat(browser.findElement(By.id("letter-xlsx")).getDomAttribute("href")).isNotBlank();
    }
}
