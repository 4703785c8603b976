package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions as people write them, with what the engine should understand. One per line:
 * {@code question | INTENT | key=value; key=value}. Keys: role, level, to (level positions on the
 * main track, or level names), skill, grade. Shared by the engine's tests and the Teams/Slack
 * parity tests.
 */
public final class QuestionTable {

    public record Row(String question, Intent intent, Map<String, String> expected) {
        @Override
        public String toString() {
            return "\"" + question + "\" -> " + intent + " " + expected;
        }
    }

    /** Against the bundled infrastructure operations engineer. */
    public static final String BUNDLED = """
            help | HELP |
            ? | HELP |
            help please | HELP |
            HELP | HELP |
            roles | LIST_ROLES |
            list roles | LIST_ROLES |
            what roles are there | LIST_ROLES |
            show me all the role families | LIST_ROLES |
            infrastructure operations engineer | ROLE_OVERVIEW | role=Infrastructure operations engineer
            infra ops | ROLE_OVERVIEW | role=Infrastructure operations engineer
            tell me about the infrastructure operations engineer role | ROLE_OVERVIEW | role=Infrastructure operations engineer
            Infrastructure Operations Engineer | ROLE_OVERVIEW | role=Infrastructure operations engineer
            infrastucture operations enginer | ROLE_OVERVIEW | role=Infrastructure operations engineer
            what does an infrastructure operations engineer do | ROLE_OVERVIEW | role=Infrastructure operations engineer
            senior | ROLE_LEVEL | level=3
            lead | ROLE_LEVEL | level=4
            principal | ROLE_LEVEL | level=5
            principle | ROLE_LEVEL | level=5
            associate | ROLE_LEVEL | level=1
            junior | ROLE_LEVEL | level=1
            entry level | ROLE_LEVEL | level=1
            snr | ROLE_LEVEL | level=3
            L1 | ROLE_LEVEL | level=1
            level 2 | ROLE_LEVEL | level=2
            level 5 | ROLE_LEVEL | level=5
            l4 | ROLE_LEVEL | level=4
            what skills does a senior need | ROLE_LEVEL | level=3
            what skills does a senior infrastructure operations engineer need? | ROLE_LEVEL | level=3
            Senior infrastructure operations engineer | ROLE_LEVEL | level=3
            lead infra ops engineer | ROLE_LEVEL | level=4
            tell me about level 3 | ROLE_LEVEL | level=3
            what does a principal infrastructure operations engineer do | ROLE_LEVEL | level=5
            mid level | ROLE_LEVEL | level=2
            what is expected of a lead | ROLE_LEVEL | level=4
            sr | ROLE_LEVEL | level=3
            level three | ROLE_LEVEL | level=3
            incident management | SKILL | skill=Incident management
            incidnet managment | SKILL | skill=Incident management
            capacity | SKILL | skill=Availability and capacity management
            what is testing | SKILL | skill=Testing
            coding | SKILL | skill=Coding and scripting
            coding and scripting | SKILL | skill=Coding and scripting
            User Focus | SKILL | skill=User focus
            service mgmt framework knowledge | SKILL | skill=Service management framework knowledge
            technical specialism | SKILL | skill=Technical specialism
            tell me about problem management | SKILL | skill=Problem management
            asset and config management | SKILL | skill=Asset and configuration management
            continual improvement | SKILL | skill=Continual service improvement
            ownership | SKILL | skill=Ownership and initiative
            scripting | SKILL | skill=Coding and scripting
            availabilty managment | SKILL | skill=Availability and capacity management
            incident management senior | SKILL_AT_LEVEL | skill=Incident management; level=3
            testing at lead | SKILL_AT_LEVEL | skill=Testing; level=4
            what level of user focus does a principal need | SKILL_AT_LEVEL | skill=User focus; level=5
            change management L2 | SKILL_AT_LEVEL | skill=Change management; level=2
            coding for a junior | SKILL_AT_LEVEL | skill=Coding and scripting; level=1
            technical understanding level 4 | SKILL_AT_LEVEL | skill=Technical understanding; level=4
            ownership and initiative at associate | SKILL_AT_LEVEL | skill=Ownership and initiative; level=1
            how good at problem management does a senior need to be | SKILL_AT_LEVEL | skill=Problem management; level=3
            Incident management at level 2 infrastructure operations engineer | SKILL_AT_LEVEL | skill=Incident management; level=2
            how do I get from senior to lead | PROGRESSION | level=3; to=4
            senior to lead | PROGRESSION | level=3; to=4
            compare senior lead | PROGRESSION | level=3; to=4
            compare senior and lead | PROGRESSION | level=3; to=4
            what changes at principal | PROGRESSION | level=4; to=5
            compare L2 L3 | PROGRESSION | level=2; to=3
            compare level 1 to level 2 | PROGRESSION | level=1; to=2
            how do I become a lead | PROGRESSION | level=3; to=4
            what's the next level after senior | PROGRESSION | level=3; to=4
            lead vs principal | PROGRESSION | level=4; to=5
            difference between associate and senior | PROGRESSION | level=1; to=3
            promotion from lead | PROGRESSION | level=4; to=5
            what do I need to get promoted to senior | PROGRESSION | level=2; to=3
            compare Senior infrastructure operations engineer to Lead infrastructure operations engineer | PROGRESSION | level=3; to=4
            compare level 2 infrastructure operations engineer to Senior infrastructure operations engineer | PROGRESSION | level=2; to=3
            snr to principle | PROGRESSION | level=3; to=5
            grade HEO | GRADE | grade=HEO
            what level is HEO | GRADE | grade=HEO
            heo | GRADE | grade=HEO
            grade 7 | GRADE | grade=G7
            G6 | GRADE | grade=G6
            which levels are done at SEO? | GRADE | grade=SEO
            what grade is a lead | GRADE | level=4
            what grade is a senior infrastructure operations engineer | GRADE | level=3
            search documentation | SEARCH |
            find monitoring | SEARCH |
            search incidents | SEARCH |
            tip | TIP |
            give me a tip | TIP |
            tip of the day | TIP |
            asdfghjkl | UNKNOWN |
            head of infrastructure operations | NO_SUCH_LEVEL | role=Infrastructure operations engineer
            level 7 | NO_SUCH_LEVEL | role=Infrastructure operations engineer
            <@U0LAN0Z89> what skills does a senior need | ROLE_LEVEL | level=3
            <!channel> senior to lead | PROGRESSION | level=3; to=4
            """;

    /** Against the full official export (CI). */
    public static final String OFFICIAL_EXPORT = """
            what skills does a senior data scientist need | NO_SUCH_LEVEL | role=Data scientist
            what skills does a lead data scientist need | ROLE_LEVEL | role=Data scientist; level=Lead data scientist
            compare lead and principal developer | PROGRESSION | role=Software developer; level=Lead developer; to=Principal developer
            senior developer to lead developer | PROGRESSION | role=Software developer; level=Senior developer; to=Lead developer
            lead developer - management | ROLE_LEVEL | role=Software developer; level=Lead developer - management
            head of service desk | ROLE_LEVEL | role=Service desk manager; level=Head of service desk
            senior | CLARIFY |
            incident management | SKILL | skill=Incident management
            incident management for infrastructure operations engineer | SKILL | skill=Incident management; role=Infrastructure operations engineer
            senior infrastructure operations engineer | ROLE_LEVEL | role=Infrastructure operations engineer; level=3
            data scientist | ROLE_OVERVIEW | role=Data scientist
            accesibility | SKILL | skill=Accessibility
            what level is HEO | GRADE | grade=HEO
            roles | LIST_ROLES |
            """;

    private QuestionTable() {
    }

    public static List<Row> rows(String table) {
        List<Row> rows = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            if (line.startsWith("|")) {
                parts = new String[] {"", parts[1], parts.length > 2 ? parts[2] : ""};
            }
            Map<String, String> expected = new LinkedHashMap<>();
            if (parts.length > 2) {
                for (String pair : parts[2].split(";")) {
                    if (!pair.isBlank()) {
                        String[] kv = pair.split("=", 2);
                        expected.put(kv[0].trim(), kv[1].trim());
                    }
                }
            }
            rows.add(new Row(parts[0].trim(), Intent.valueOf(parts[1].trim()), expected));
        }
        return rows;
    }
}
