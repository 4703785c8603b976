package uk.gov.ddat.capability.framework.load;

import java.util.List;

/**
 * Framework data that cannot be loaded. Each problem names where it is (file and line, or file
 * and YAML path) and what is wrong, so whoever edits the data can go straight to it.
 */
public class FrameworkDataException extends RuntimeException {

    private final List<String> problems;

    public FrameworkDataException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public FrameworkDataException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " problems in the framework data:\n- " + String.join("\n- ", problems);
    }
}
