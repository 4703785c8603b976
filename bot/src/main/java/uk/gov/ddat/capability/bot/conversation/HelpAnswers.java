package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.MAX_ACTIONS;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * Answers that guide rather than look up: help, the search results, a question to choose between
 * several meanings, and what to say when nothing was understood, with examples built from the data.
 */
final class HelpAnswers {

    private static final int MAX_CHOICES = 5;

    private HelpAnswers() {
    }
    static Answer help(FrameworkModel model, Wording wording) {
        List<Fact> grammar = List.of(
                new Fact(wording.command("roles"), "the roles and role families"),
                new Fact(wording.command("<role>"), "what a role does and its levels"),
                new Fact(wording.command("<level>"), "a role level: what you will do, grades and skills"),
                new Fact(wording.command("<skill>"), "a skill, and its level at every role level"),
                new Fact(wording.command("<skill> <level>"), "a skill at one level"),
                new Fact(wording.command("compare <level> <level>"), "what changes from one level to another"),
                new Fact(wording.command("grade <grade>"), "the levels done at a Civil Service grade"),
                new Fact(wording.command("search <words>"), "search names and descriptions"),
                new Fact(wording.command("tip"), "a tip about the framework"),
                new Fact(wording.command("changes"), "what changed in the framework lately"));
        List<Fact> personal = List.of(
                new Fact(wording.command("me <your level>"), "record your role level (only you see it)"),
                new Fact(wording.command("assess"), "rate yourself on the skills of your level"),
                new Fact(wording.command("my gaps"), "your skills against your level and your next step"),
                new Fact(wording.command("export"), "your assessment and gaps as files"),
                new Fact(wording.command("share with @name"), "let your line manager see your level and latest "
                        + "assessment (end it with unshare @name)"),
                new Fact(wording.command("team"), "for managers: the skills of everyone who shares with you"),
                new Fact(wording.command("forget me"), "delete everything kept about you"));
        return new Answer("How to ask about the capability framework",
                List.of(Section.text("", wording.howToAsk()),
                        Section.facts("Commands", grammar),
                        Section.facts("About you", personal),
                        Section.facts("For hiring", List.of(
                                new Fact(wording.command("advert <level>"), "a job advert draft from the framework, "
                                        + "with a Markdown file"),
                                new Fact(wording.command("interview <level> [skill ...]"), "what to look for and "
                                        + "ask, with a scoring sheet (CSV, Markdown)"))),
                        Section.bullets("Examples", examples(model))),
                exampleActions(model), Optional.of(home()));
    }

    static Answer search(ModelIndex index, Question question) {
        Detail.Search search = (Detail.Search) question.detail();
        List<FrameworkSearch.Hit> hits = search.hits();
        String quoted = UserText.quote(search.words());
        if (hits.isEmpty()) {
            return unknown(index.model, quoted);
        }
        List<String> lines = hits.stream()
                .map(h -> h.name() + (h.kind() == FrameworkSearch.Kind.SKILL ? " (skill)" : " (role)")).toList();
        List<Action> actions = hits.stream().limit(MAX_ACTIONS).map(h -> new Action(h.name(), h.name())).toList();
        return new Answer("Search: " + quoted, List.of(Section.bullets("Best matches", lines)), actions,
                Optional.of(home()));
    }

    static Answer clarify(Question question) {
        List<String> choices = question.choices();
        String kind = question.detail() instanceof Detail.Choosing choosing ? choosing.noun : "thing";
        String subject = question.skill().filter(s -> question.detail() == Detail.Choosing.ROLE)
                .map(s -> "Which role do you mean for " + s.name() + "?")
                .orElse(choices.size() <= 3 && question.confidence() > 0 && !choices.isEmpty()
                        ? "Did you mean " + String.join(" or ", choices) + "?"
                        : "Which " + kind + " do you mean?");
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", choices.size() == 1
                ? "I am not sure that is what you meant. Pick it, or ask again naming the " + kind + "."
                : choices.size() + " " + kind + "s fit that question. Pick one, or ask again naming the " + kind + "."));
        if (choices.size() > MAX_CHOICES) {
            sections.add(Section.text("", "Also: " + String.join(", ", choices.subList(MAX_CHOICES, choices.size()))));
        }
        String words = question.quoted();
        List<Action> actions = choices.stream().limit(MAX_CHOICES)
                .map(c -> new Action(c, (words + " " + c).strip())).toList();
        return new Answer(subject, sections, actions, Optional.empty());
    }

    static Answer unknown(FrameworkModel model, String quoted) {
        String opening = quoted.isBlank() ? "Ask me about the capability framework's roles, levels, grades and skills."
                : "Sorry, I couldn't find an answer to \"" + quoted + "\". Here are some questions I can answer:";
        return new Answer("I can help with roles, levels, grades and skills",
                List.of(Section.text("", opening), Section.bullets("Try", examples(model)),
                        Section.text("", "Say \"help\" for everything I understand.")),
                exampleActions(model), Optional.of(home()));
    }

    /** Three questions that work on the data loaded, built from it. */
    static List<String> examples(FrameworkModel model) {
        Role role = model.roles().stream().filter(r -> r.levels().size() >= 2).findFirst().orElseThrow();
        RoleLevel second = role.levels().get(Math.min(2, role.levels().size() - 1));
        RoleLevel first = role.previous(second).orElse(role.levels().get(0));
        String skill = second.skills().get(0).skill();
        boolean onlyRole = model.roles().size() == 1;
        return List.of("what skills does a " + second.name().toLowerCase(Locale.ROOT) + " need",
                "how do I get from " + shortName(role, first, onlyRole) + " to " + shortName(role, second, onlyRole),
                skill.toLowerCase(Locale.ROOT) + (onlyRole ? "" : " for " + role.name().toLowerCase(Locale.ROOT)));
    }

    /** With one role loaded, "senior" says "senior infrastructure operations engineer"; the plain level is "level N". */
    private static String shortName(Role role, RoleLevel level, boolean onlyRole) {
        String name = level.name().toLowerCase(Locale.ROOT);
        String roleName = role.name().toLowerCase(Locale.ROOT);
        if (!onlyRole) {
            return Commands.level(role, level).toLowerCase(Locale.ROOT);
        }
        if (name.equals(roleName)) {
            return "level " + level.position();
        }
        return name.endsWith(" " + roleName) ? name.substring(0, name.length() - roleName.length() - 1) : name;
    }

    private static List<Action> exampleActions(FrameworkModel model) {
        return examples(model).stream().map(e -> new Action(e, e)).toList();
    }
}
