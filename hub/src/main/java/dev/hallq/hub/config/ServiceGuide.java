package dev.hallq.hub.config;

import java.util.List;

/**
 * 一次性告知: what a citizen must know before coming — the legal basis, the time limit, the materials to
 * bring, the steps and the phone to ask — shown on the kiosk, by QR code on a phone, and on paper.
 */
public record ServiceGuide(String basis, String timeLimit, List<String> materials, List<String> steps, String phone) {
    public ServiceGuide {
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
