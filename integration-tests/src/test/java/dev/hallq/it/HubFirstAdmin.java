package dev.hallq.it;

import dev.hallq.hub.Hub;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's first account, "admin", as the browser tests make it (with the hub's set-up token, over /api/setup)
 * and log in with it (on login.html, where a hub page sends whoever is not logged in).
 */
final class HubFirstAdmin {
    static final String USERNAME = "admin";
    static final String PASSWORD = "correct horse battery";

    private HubFirstAdmin() {
    }

    /** Creates the first admin with the hub's set-up token; the test fails unless the hub answers 201. */
    static void create(Hub hub) throws Exception {
        HttpResponse<String> setUp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub.url() + "api/setup"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"token\":\"" + hub.setupToken().orElseThrow() + "\",\"username\":\"" + USERNAME
                                + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(setUp.statusCode()).as(setUp.body()).isEqualTo(201);
    }

    /** Opens a hub page that needs a log-in and logs in as the first admin on login.html, where it is sent. */
    static void openAndLogIn(WebDriver browser, WebDriverWait wait, String pageUrl) {
        browser.get(pageUrl);
        wait.until(ExpectedConditions.urlContains("/login.html"));
        logIn(browser, wait, USERNAME);
    }

    /** On login.html: types {@code username} and the password and submits, as a person would. */
    static void logIn(WebDriver browser, WebDriverWait wait, String username) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys(PASSWORD);
        browser.findElement(By.id("submit")).click();
    }
}
