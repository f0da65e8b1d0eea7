package vn.safeschool.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpSessionIdListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import vn.safeschool.IntegrationTest;
import vn.safeschool.RunningServerTest;
import vn.safeschool.SecondServer;

/**
 * A signed-in tab left open and untouched is signed out once the session's idle time has passed, although its
 * heartbeat keeps reaching the server; the person reads why on the sign-in page. An application of its own with a
 * 3-second idle time once signed in and a heartbeat every second, where production has 30 minutes and 5.
 */
@RunningServerTest
@IntegrationTest
class IdleSignOutBrowserTest {

    private static final int IDLE_SECONDS = 3;
    private static SecondServer server;

    @Value("${safeschool.demo.password}")
    String demoPassword;

    private WebDriver browser;
    private WebDriverWait wait;

    /**
     * A session gets the short idle time when it signs in (and gets a new id), not before: the sign-in page has time
     * to be filled in. Set here because the servlet container's own setting counts whole minutes. (No
     * {@code @Configuration}: that would make it this test class's own context.)
     */
    static class ShortSessions {

        @Bean
        HttpSessionIdListener shortIdleTimeOnceSignedIn() {
            return (event, oldId) -> event.getSession().setMaxInactiveInterval(IDLE_SECONDS);
        }
    }

    @BeforeAll
    static void startServer(@Autowired HikariDataSource database) {
        server = SecondServer.start(database, List.of(ShortSessions.class), "--vaadin.heartbeatInterval=1");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

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
    void an_open_tab_left_idle_is_signed_out_and_told_so() {
        String home = "http://localhost:" + server.port() + "/";
        browser.get(home);
        Browser.signIn(browser, wait, "lanhdao", demoPassword);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));

        // nothing is touched; heartbeats go on every second
        new WebDriverWait(browser, Duration.ofSeconds(IDLE_SECONDS * 6L))
                .until(ExpectedConditions.urlContains("signed-out"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out"))).getText())
                .isEqualTo("Bạn đã được đăng xuất vì không thao tác trong một thời gian. Vui lòng đăng nhập lại.");

        browser.get(home);
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("signed-in-user"))).as("the sign-in ended with the session").isEmpty();
    }
}
