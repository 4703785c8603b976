package uk.gov.ddat.capability.bot.conversation;

/** Renders an answer as plain text: the local prompt, and every platform's fallback text. */
public final class PlainTextRenderer {

    private PlainTextRenderer() {
    }

    public static String render(Answer answer) {
        StringBuilder out = new StringBuilder(answer.title());
        for (Answer.Section section : answer.sections()) {
            out.append("\n");
            if (!section.heading().isEmpty()) {
                out.append("\n").append(section.heading());
            }
            if (!section.text().isEmpty()) {
                out.append("\n").append(section.text());
            }
            for (Answer.Fact fact : section.facts()) {
                out.append("\n- ").append(fact.label()).append(": ").append(fact.value());
            }
            for (String bullet : section.bullets()) {
                out.append("\n- ").append(bullet);
            }
        }
        answer.link().ifPresent(link -> out.append("\n\n").append(link.label()).append(": ").append(link.url()));
        if (!answer.actions().isEmpty()) {
            out.append("\n\nTry: ");
            for (int i = 0; i < answer.actions().size(); i++) {
                out.append(i == 0 ? "" : " | ").append(answer.actions().get(i).command());
            }
        }
        return out.toString();
    }
}
