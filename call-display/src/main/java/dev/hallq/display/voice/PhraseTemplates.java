package dev.hallq.display.voice;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording of a call and of a recall (重呼). Placeholders: {@code {ticket}} and {@code {window}};
 * both must appear, any other placeholder or a stray brace is rejected at construction.
 *
 * @param call   wording of a first call, e.g. 「请{ticket}号到{window}号窗口办理」
 * @param recall wording of a recall, e.g. 「重呼：请{ticket}号到{window}号窗口办理」
 */
public record PhraseTemplates(String call, String recall) {

    public static final String TICKET = "{ticket}";
    public static final String WINDOW = "{window}";
    public static final String DEFAULT_CALL = "请{ticket}号到{window}号窗口办理";
    public static final String DEFAULT_RECALL = "重呼：" + DEFAULT_CALL;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> KNOWN = Set.of("ticket", "window");

    public PhraseTemplates {
        validate("call", call);
        validate("recall", recall);
    }

    /** The hall defaults: 「请A012号到3号窗口办理」 and 「重呼：请A012号到3号窗口办理」. */
    public static PhraseTemplates defaults() {
        return new PhraseTemplates(DEFAULT_CALL, DEFAULT_RECALL);
    }

    /** Fills the call or recall template with already formatted ticket and window words. */
    public String render(boolean isRecall, String ticketWords, String windowWords) {
        String template = isRecall ? recall : call;
        return template.replace(TICKET, ticketWords).replace(WINDOW, windowWords);
    }

    private static void validate(String name, String template) {
        Objects.requireNonNull(template, name + " template");
        if (template.isBlank()) {
            throw new IllegalArgumentException(name + " template is blank");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder withoutPlaceholders = new StringBuilder();
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new IllegalArgumentException(
                        name + " template has unknown placeholder {" + m.group(1) + "}: " + template);
            }
            m.appendReplacement(withoutPlaceholders, "");
        }
        m.appendTail(withoutPlaceholders);
        if (withoutPlaceholders.indexOf("{") >= 0 || withoutPlaceholders.indexOf("}") >= 0) {
            throw new IllegalArgumentException(name + " template has an unbalanced brace: " + template);
        }
        if (!template.contains(TICKET) || !template.contains(WINDOW)) {
            throw new IllegalArgumentException(
                    name + " template must contain both " + TICKET + " and " + WINDOW + ": " + template);
        }
    }
}
