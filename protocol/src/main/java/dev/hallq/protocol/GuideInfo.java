package dev.hallq.protocol;

import java.util.List;

/**
 * A service's guide (办事指南, 一次性告知) as a printer prints it: the service it belongs to and what a citizen must
 * know before being served. Any part but the service may be absent.
 *
 * @param department the department (进驻单位) that runs the service, or null
 * @param basis      办理依据, or null
 * @param timeLimit  办理时限, or null
 * @param materials  所需材料, in order; empty when none are listed
 * @param steps      办理流程, in order; empty when none are listed
 * @param phone      咨询电话, or null
 */
public record GuideInfo(String serviceId, String serviceName, String department, String basis, String timeLimit,
                        List<String> materials, List<String> steps, String phone) {

    public GuideInfo {
        Checks.id("guide.serviceId", serviceId);
        Checks.text("guide.serviceName", serviceName);
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
