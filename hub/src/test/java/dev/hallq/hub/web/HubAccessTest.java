package dev.hallq.hub.web;

import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Log-in, roles, CSRF and the first set-up: no default password, and no anonymous write anywhere. */
class HubAccessTest {
    /** Every write endpoint of the hub's HTTP API; each must refuse an anonymous request with 401. */
    static final List<String[]> WRITES = List.of(
            new String[]{"POST", "/api/appointments"}, new String[]{"POST", "/api/logout"},
            new String[]{"POST", "/api/accounts"}, new String[]{"PUT", "/api/accounts/admin"},
            new String[]{"PUT", "/api/config"}, new String[]{"PUT", "/api/calendar"}, new String[]{"PUT", "/api/policy"},
            new String[]{"POST", "/api/services"}, new String[]{"PUT", "/api/services/tax"},
            new String[]{"DELETE", "/api/services/tax"}, new String[]{"POST", "/api/windows"},
            new String[]{"PUT", "/api/windows/1"}, new String[]{"DELETE", "/api/windows/1"},
            new String[]{"POST", "/api/staff"}, new String[]{"PUT", "/api/staff/0101"},
            new String[]{"DELETE", "/api/staff/0101"}, new String[]{"POST", "/api/bundles"},
            new String[]{"PUT", "/api/bundles/x"}, new String[]{"DELETE", "/api/bundles/x"},
            new String[]{"POST", "/api/windows/1/actions"}, new String[]{"POST", "/api/alerts/1/ack"},
            new String[]{"PUT", "/api/office"}, new String[]{"PUT", "/api/staff/0101/pin"},
            new String[]{"DELETE", "/api/staff/0101/pin"}, new String[]{"POST", "/api/devices"},
            new String[]{"POST", "/api/devices/K1/revoke"}, new String[]{"DELETE", "/api/devices/K1"},
            new String[]{"POST", "/api/devices/K1/restore"}, new String[]{"POST", "/api/exports/1/retry"},
            new String[]{"POST", "/api/cases/1/steps"}, new String[]{"POST", "/api/cases/1/appeal"},
            new String[]{"POST", "/api/cases/1/appeal/decision"});

    @TempDir
    Path dir;
    private Hub hub;

    @BeforeEach
    void startHub() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void everyWriteEndpointAnswersAnAnonymousRequestWith401() {
        HubClient anonymous = new HubClient(hub);
        for (String[] w : WRITES) {
            HttpResponse<String> res = switch (w[0]) {
                case "POST" -> anonymous.post(w[1], "{}");
                case "PUT" -> anonymous.put(w[1], "{}");
                default -> anonymous.delete(w[1]);
            };
            assertThat(res.statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
            assertThat(json(res).path("error").asText()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void thereIsNoDefaultPasswordOnlyAOneTimeSetUpLink() {
        HubClient c = new HubClient(hub);
        assertThat(c.logIn("admin", "admin").statusCode()).isEqualTo(401);
        assertThat(json(c.get("/api/setup")).path("needed").asBoolean()).isTrue();
        assertThat(c.post("/api/setup", "{\"token\":\"guess\",\"username\":\"admin\",\"password\":\"0123456789\"}")
                .statusCode()).isEqualTo(403);
        String token = hub.setupToken().orElseThrow();
        assertThat(c.post("/api/setup", "{\"token\":\"" + token + "\",\"username\":\"admin\",\"password\":\"short\"}")
                .body()).contains("at least 10 characters");

        HubClient.admin(hub);

        assertThat(hub.setupToken()).isEmpty();
        assertThat(c.post("/api/setup", "{\"token\":\"" + token + "\",\"username\":\"evil\",\"password\":\"0123456789\"}")
                .statusCode()).isEqualTo(409);
        assertThat(json(c.get("/api/setup")).path("needed").asBoolean()).isFalse();
    }

    @Test
    void aWriteWithoutTheSessionsCsrfTokenIsRefused() {
        HubClient admin = HubClient.admin(hub);
        admin.forgetCsrf();
        HttpResponse<String> res = admin.post("/api/accounts",
                "{\"username\":\"li\",\"role\":\"MANAGER\",\"password\":\"0123456789\"}");
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(json(res).path("error").asText()).isEqualTo("CSRF");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrict() {
        HubClient c = new HubClient(hub);
        HubClient.admin(hub);
        HttpResponse<String> res = c.logIn("admin", HubClient.ADMIN_PASSWORD);
        assertThat(res.headers().firstValue("Set-Cookie")).get().asString()
                .contains("hallq_session=", "HttpOnly", "SameSite=Strict");
        assertThat(json(res).path("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void onlyAnAdminManagesAccountsAndAStaffAccountCannotSeeTheAuditTrail() {
        HubClient admin = HubClient.admin(hub);
        HubClient manager = admin.newAccount(hub, "li.manager", "MANAGER", null);
        HubClient staff = admin.newAccount(hub, "wang.fang", "STAFF", "0101");

        assertThat(manager.post("/api/accounts", "{\"username\":\"x1\",\"role\":\"ADMIN\",\"password\":\"0123456789\"}")
                .statusCode()).isEqualTo(403);
        assertThat(manager.get("/api/audit").statusCode()).isEqualTo(200);
        assertThat(staff.get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(admin.post("/api/accounts", "{\"username\":\"x2\",\"role\":\"STAFF\",\"password\":\"0123456789\"}")
                .body()).contains("staffNo");
        assertThat(json(admin.get("/api/audit")).findValuesAsText("action"))
                .contains("ACCOUNT_CREATED", "LOGGED_IN", "CONFIG_IMPORTED");
        assertThat(admin.get("/api/accounts").body()).contains("wang.fang").doesNotContain("$2");
    }

    @Test
    void aDisabledAccountsSessionsEndAtOnceAndTheLastAdminCannotBeDisabled() {
        HubClient admin = HubClient.admin(hub);
        HubClient manager = admin.newAccount(hub, "li.manager", "MANAGER", null);
        assertThat(manager.get("/api/me").statusCode()).isEqualTo(200);

        assertThat(admin.put("/api/accounts/li.manager", "{\"active\":false}").statusCode()).isEqualTo(200);

        assertThat(manager.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(manager.logIn("li.manager", HubClient.ADMIN_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(admin.put("/api/accounts/admin", "{\"active\":false}").statusCode()).isEqualTo(409);
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameForAWhile() {
        HubClient.admin(hub);
        HubClient c = new HubClient(hub);
        for (int i = 0; i < 5; i++) {
            assertThat(c.logIn("admin", "wrong password " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = c.logIn("admin", HubClient.ADMIN_PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(json(locked).path("error").asText()).isEqualTo("LOCKED");
    }

    @Test
    void logOutEndsTheSession() {
        HubClient admin = HubClient.admin(hub);
        assertThat(admin.post("/api/logout", "").statusCode()).isEqualTo(204);
        assertThat(admin.get("/api/me").statusCode()).isEqualTo(401);
    }
}
