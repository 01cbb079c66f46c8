package dev.hallq.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real Chromium the *InARealBrowserTest classes drive: the Debian chromium and chromedriver, headless, in
 * Chinese, with a profile of its own under the test's temporary folder. Screenshots go to target/screenshots.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Where the screenshots (and any file a browser test keeps to look at) go. */
    static final Path SHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /**
     * Starts Chromium with a window of {@code width}×{@code height} and its profile in {@code tempDir}/chromium;
     * {@code extraArguments} go after the usual ones. Fails at once, saying how to install them, where Chromium or
     * ChromeDriver is missing.
     */
    static HeadlessChromium open(Path tempDir, int width, int height, String... extraArguments) throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed: apt-get install chromium "
                    + "chromium-driver (.ci/run installs them)");
        }
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + tempDir.resolve("chromium"),
                "--window-size=" + width + "," + height, "--lang=zh-CN"));
        arguments.addAll(List.of(extraArguments));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(arguments);
        HeadlessChromium chromium = new HeadlessChromium(new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options));
        Files.createDirectories(SHOTS);
        return chromium;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The browser's wait of 15 seconds, polled every half second: the same one at every call. */
    WebDriverWait waitUpTo() {
        return wait;
    }

    /** A wait of its own, for pages that need longer than 15 seconds; polled every half second. */
    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** A wait of its own, polled every {@code poll}: for screens a test looks at closely. */
    WebDriverWait waitUpTo(Duration timeout, Duration poll) {
        return new WebDriverWait(driver, timeout, poll);
    }

    /** Writes what the browser shows now to target/screenshots/{@code name}.png. */
    void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
