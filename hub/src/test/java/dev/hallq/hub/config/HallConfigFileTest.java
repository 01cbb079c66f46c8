package dev.hallq.hub.config;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HallConfigFileTest {
    private static HallConfig parse(String yaml) throws Exception {
        return HallConfigFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void theDemoHallHasFourServicesAndSixStaffedWindows() {
        HallConfig demo = HallConfigFile.demo();
        assertThat(demo.services()).hasSize(4);
        assertThat(demo.bundles()).singleElement().satisfies(b -> assertThat(b.services()).hasSize(2));
        assertThat(demo.windows()).hasSize(6).allSatisfy(w -> assertThat(w.staff()).isNotNull());
        assertThat(demo.window(1).orElseThrow().name()).isEqualTo("1号窗口");
    }

    @Test
    void theCountySampleHallIsSizedLikeSeed004AndEveryServiceHasAWindow() {
        HallConfig county = HallConfigFile.load(java.nio.file.Path.of("../examples/county-hall.yaml"));
        assertThat(county.windows()).hasSize(23);
        assertThat(county.services()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(county.services()).allSatisfy(s -> {
            assertThat(s.department()).as(s.id()).isNotBlank();
            assertThat(county.windows()).as(s.id() + " has a window").anyMatch(w -> w.services().contains(s.id()));
        });
        assertThat(county.bundles()).hasSize(2);
        assertThat(county.calendar().weekendServices()).contains("id-card");
        assertThat(county.calendar().hours("pension", java.time.LocalDate.parse("2026-10-01"))).isEmpty();
    }

    @Test
    void aHallWrittenAsJsonReadsBackEqualWithEverySetting() {
        for (HallConfig hall : java.util.List.of(HallConfigFile.demo(),
                HallConfigFile.load(java.nio.file.Path.of("../examples/county-hall.yaml")))) {
            String json = HallConfigFile.toJson(hall);
            assertThat(HallConfigFile.parse(json, "api")).as(hall.id()).isEqualTo(hall);
            assertThat(json).contains("\"policy\"", "\"calendar\"");
        }
    }

    @Test
    void aStaffMemberMayCarryADepartmentAndAPhoto() throws Exception {
        HallConfig hall = parse("""
                hall: {id: H1, name: 示范大厅}
                services: [{id: tax, prefix: B, name: 税务}]
                windows: [{number: 1, services: [tax], staff: {staffNo: "0101", name: 王芳, department: 税务局, photo: /photos/0101.jpg}}]
                """);
        assertThat(hall.staffMember("0101")).get().satisfies(s -> {
            assertThat(s.department()).isEqualTo("税务局");
            assertThat(s.photo()).isEqualTo("/photos/0101.jpg");
        });
    }

    @Test
    void aWindowServingAnUnknownServiceIsNamed() {
        assertThatThrownBy(() -> parse("""
                hall: {id: H1, name: 大厅}
                services: [{id: tax, prefix: B, name: 税务}]
                windows: [{number: 2, services: [tax, dance]}]
                """)).hasMessageContaining("windows[2].services: unknown service 'dance'");
    }

    @Test
    void twoServicesWithOnePrefixWouldRepeatNumbersAndAreRefused() {
        assertThatThrownBy(() -> parse("""
                hall: {id: H1, name: 大厅}
                services: [{id: tax, prefix: B, name: 税务}, {id: bank, prefix: B, name: 银行}]
                windows: [{number: 1, services: [tax]}]
                """)).hasMessageContaining("prefix 'B' is used twice");
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> parse("""
                hall: {id: H1, name: 大厅, colour: red}
                services: [{id: tax, prefix: B, name: 税务}]
                windows: [{number: 1, services: [tax]}]
                """)).hasMessageContaining("colour");
    }

    @Test
    void aBadTimeZoneIsNamed() {
        assertThatThrownBy(() -> parse("""
                hall: {id: H1, name: 大厅, zone: Mars/Olympus}
                services: [{id: tax, prefix: B, name: 税务}]
                windows: [{number: 1, services: [tax]}]
                """)).hasMessageContaining("hall.zone 'Mars/Olympus'");
    }

    @Test
    void aLowercasePrefixIsRefused() {
        assertThatThrownBy(() -> parse("""
                hall: {id: H1, name: 大厅}
                services: [{id: tax, prefix: b, name: 税务}]
                windows: [{number: 1, services: [tax]}]
                """)).hasMessageContaining("services[tax].prefix");
    }

    @Test
    void theOfficeSectionGivesCaseAlertRankingAndPrivacyRulesOverDefaults() {
        HallConfig hall = HallConfigFile.parse("""
                hall: {id: H1, name: 测试大厅}
                services: [{id: tax, prefix: B, name: 税务}]
                windows: [{number: 1, services: [tax]}]
                office:
                  cases: {deadlineWorkingDays: 3}
                  alerts: {waitMinutes: 20}
                  privacy: {keepNamesDays: 0}
                """, "test");
        assertThat(hall.office().cases().deadlineWorkingDays()).isEqualTo(3);
        assertThat(hall.office().alerts().waitMinutes()).isEqualTo(20);
        assertThat(hall.office().alerts().pausedMinutes()).isEqualTo(15);
        assertThat(hall.office().ranking()).isEqualTo(RankingWeights.DEFAULT);
        assertThat(hall.office().privacy().keepNamesDays()).isZero();
        assertThat(HallConfigFile.parse(HallConfigFile.toJson(hall), "json")).isEqualTo(hall);
        assertThatThrownBy(() -> HallConfigFile.parse("""
                hall: {id: H1, name: 测试大厅}
                services: [{id: tax, prefix: B, name: 税务}]
                windows: [{number: 1, services: [tax]}]
                office: {cases: {deadlineWorkingDays: 0}}
                """, "test")).hasMessageContaining("office.cases.deadlineWorkingDays");
    }
}
