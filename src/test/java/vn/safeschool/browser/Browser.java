package vn.safeschool.browser;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and its packaged driver, headless; nothing is downloaded. */
final class Browser {

    private static final String CHROMIUM = System.getProperty("safeschool.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("safeschool.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + DRIVER + "): apt-get install chromium chromium-driver, as .ci/run does");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Fills the sign-in form the page shows and submits it. */
    static void signIn(org.openqa.selenium.WebDriver browser, org.openqa.selenium.support.ui.WebDriverWait wait,
            String username, String password) {
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                org.openqa.selenium.By.cssSelector("#vaadinLoginUsername input"))).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    /** Saves what the browser shows under target/screenshots, for a person to look at after the run. */
    static void screenshot(org.openqa.selenium.WebDriver browser, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
