package uk.gov.ddat.capability.bot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README and the pages under docs/ link to files and headings that exist, and the README links
 * to every page. Web addresses are not fetched: the test needs no network.
 */
class DocLinksTest {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    private final Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = pages();
        assertThat(pages).as("README.md and docs/*.md").hasSizeGreaterThan(5);
        for (Path page : pages) {
            for (String target : links(Files.readString(page))) {
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(root.relativize(page) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void theReadmeLinksToEveryPage() throws IOException {
        Set<Path> linked = new LinkedHashSet<>();
        for (String target : links(Files.readString(root.resolve("README.md")))) {
            linked.add(root.resolve(target.replaceFirst("#.*", "")).normalize());
        }
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            assertThat(docs.filter(p -> p.toString().endsWith(".md")).toList())
                    .isNotEmpty().allSatisfy(p -> assertThat(linked).as("linked from README.md").contains(p));
        }
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(anchors("# Capability framework bot\n## Hostile input, failures and crashes\n"
                + "```sh\n# 1. not a heading\n```\n## `--ask` and the prompt\n## Tips\n## Tips\n"))
                .containsExactly("capability-framework-bot", "hostile-input-failures-and-crashes",
                        "--ask-and-the-prompt", "tips", "tips-1");
        assertThat(links("See [this](docs/a.md#b), ![pic](images/x.png) and `[not](a/link)`.\n```\n[no](x)\n```"))
                .containsExactly("docs/a.md#b", "images/x.png");
    }

    /** What is wrong with a relative link from {@code page}, or null if it resolves. */
    private String problem(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) {
            return "no such file";
        }
        if (hash >= 0) {
            if (!file.toString().endsWith(".md")) {
                return "an anchor into a file that is not Markdown";
            }
            if (!anchors(Files.readString(file)).contains(target.substring(hash + 1))) {
                return "no such heading";
            }
        }
        return null;
    }

    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Link targets outside fenced code blocks and inline code. */
    static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String line : prose(markdown)) {
            Matcher matcher = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (matcher.find()) {
                targets.add(matcher.group(1));
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats. */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[`*]", "");
                String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "").replace(' ', '-');
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** The lines that are not inside fenced code blocks. */
    private static List<String> prose(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                lines.add(line);
            }
        }
        return lines;
    }
}
