package uk.gov.ddat.capability.framework.load;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in one load, so the editor sees them all at once, not one per try. */
final class Problems {

    /** Enough to fix a file; a badly broken one would otherwise produce thousands. */
    private static final int MAX = 50;

    private final String file;
    private final List<String> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** A problem at a line of a text file. */
    void atLine(long line, String problem) {
        add(file + ", line " + line + ": " + problem);
    }

    /** A problem at a path inside a YAML document. */
    void atPath(String path, String problem) {
        add(file + ", at " + path + ": " + problem);
    }

    void inFile(String problem) {
        add(file + ": " + problem);
    }

    boolean any() {
        return !found.isEmpty();
    }

    void throwIfAny() {
        if (any()) {
            throw new FrameworkDataException(found);
        }
    }

    private void add(String problem) {
        if (found.size() < MAX) {
            found.add(problem);
        }
    }
}
