package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;

/** A real browser signs in as the department leader and sees the main layout with the province's numbers. */
@RunningServerTest
@IntegrationTest
class SignInBrowserTest {

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
    void leader_signs_in_and_sees_the_main_layout_with_the_province_numbers() {
        browser.get("http://localhost:" + port + "/");

        Browser.signIn(browser, wait, "lanhdao", demoPassword);

        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        assertThat(user.getText()).isEqualTo("Nguyễn Văn Long");
        assertThat(browser.findElement(By.id("main-menu")).getText()).contains("Tổng quan", "Tài khoản của tôi");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-safe"), "685"));
        assertThat(browser.findElement(By.id("card-safe")).getText()).contains("685", "77,7");
        assertThat(browser.findElement(By.id("card-not-declared")).getText()).contains("44", "5,0");
    }

    @Test
    void the_dashboard_draws_its_charts_with_chart_js_from_the_webjar() {
        browser.get("http://localhost:" + port + "/");
        Browser.signIn(browser, wait, "lanhdao", demoPassword);

        JavascriptExecutor js = (JavascriptExecutor) browser;
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "const c = document.querySelector('#status-chart canvas'); return !!(c && c.$chart);")));
        assertThat(js.executeScript("return document.querySelector('#status-chart canvas').$chart.data.labels.length"))
                .isEqualTo(18L);
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "const c = document.querySelector('#trend-chart canvas'); return !!(c && c.$chart);")));
    }

    @Test
    void a_wrong_password_gets_a_message_that_does_not_say_whether_the_account_exists() {
        List<String> wrongPassword = refusal("lanhdao");
        List<String> unknownAccount = refusal("khong-co-tai-khoan-" + System.nanoTime());

        assertThat(wrongPassword.getLast()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(unknownAccount).as("the unknown account's page and message").isEqualTo(wrongPassword);
    }

    /** The address and the sign-in form's whole text after signing in as {@code username} with a wrong password. */
    private List<String> refusal(String username) {
        browser.get("http://localhost:" + port + "/login");
        Browser.signIn(browser, wait, username, "sai-mat-khau");
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d -> form().contains("Tên đăng nhập hoặc mật khẩu không đúng"));
        return List.of(browser.getCurrentUrl(), form());
    }

    private String form() {
        return browser.findElement(By.tagName("vaadin-login-form")).getText();
    }
}
