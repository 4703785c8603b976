package uk.gov.ddat.capability.bot.hiring;

import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.ddat.capability.bot.conversation.Engines;

/** The same end to end, with the official export loaded (-Dframework.export.dir) and a role only it has. */
class HiringEndToEndOfficialExportTest extends HiringEndToEndTest {

    @DynamicPropertySource
    static void officialExport(DynamicPropertyRegistry registry) {
        registry.add("framework.export-dir", () -> Engines.exportDirFromProperty().toString());
    }

    @Override
    String advertLevel() {
        return "Senior data engineer";
    }

    @Override
    String interviewAsked() {
        return "senior data engineer data modelling, testing";
    }

    @Override
    String interviewLevel() {
        return "Senior data engineer";
    }

    @Override
    List<String> interviewSkills() {
        return List.of("Data modelling", "Testing");
    }

    @Override
    String interviewMustSay() {
        return "Tell me about a time you showed you can compare and align different data models.";
    }
}
