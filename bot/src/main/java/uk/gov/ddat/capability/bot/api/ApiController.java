package uk.gov.ddat.capability.bot.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.http.HttpServletRequest;
import uk.gov.ddat.capability.bot.api.ApiViews.ComparedSkill;
import uk.gov.ddat.capability.bot.api.ApiViews.Comparison;
import uk.gov.ddat.capability.bot.api.ApiViews.Page;
import uk.gov.ddat.capability.bot.api.ApiViews.SearchItem;
import uk.gov.ddat.capability.bot.api.ApiViews.SearchResults;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.LevelComparison;
import uk.gov.ddat.capability.bot.conversation.SearchMatch;
import uk.gov.ddat.capability.framework.LevelOfRole;

/**
 * The read-only JSON API over the framework, described by {@code api/openapi.yaml}. Every answer
 * carries the snapshot's entity tag and may be cached; a request with that tag gets 304.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnBooleanProperty("api.enabled")
class ApiController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_SEARCH_RESULTS = 25;
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,120}");

    private final CurrentApiIndex indexes;
    private final ConversationEngine engine;
    private final ApiProperties properties;
    private final OpenApiSpec spec;

    ApiController(CurrentApiIndex indexes, ConversationEngine engine, ApiProperties properties, OpenApiSpec spec) {
        this.indexes = indexes;
        this.engine = engine;
        this.properties = properties;
        this.spec = spec;
    }

    @GetMapping("/framework")
    ResponseEntity<ApiViews.Framework> framework(ServletWebRequest request) {
        ApiIndex index = indexes.get();
        return cached(request, index, index::framework);
    }

    @GetMapping("/roles")
    ResponseEntity<Page<ApiViews.RoleSummary>> roles(@RequestParam(defaultValue = "1") int page,
                                                     @RequestParam(defaultValue = "100") int size,
                                                     ServletWebRequest request) {
        return page(request, ApiIndex::roles, page, size);
    }

    @GetMapping("/roles/{role}")
    ResponseEntity<ApiViews.Role> role(@PathVariable String role, ServletWebRequest request) {
        return one(request, "role", role, ApiIndex::role, "/api/v1/roles");
    }

    @GetMapping("/levels")
    ResponseEntity<Page<ApiViews.LevelSummary>> levels(@RequestParam(defaultValue = "1") int page,
                                                       @RequestParam(defaultValue = "100") int size,
                                                       ServletWebRequest request) {
        return page(request, ApiIndex::levels, page, size);
    }

    @GetMapping("/skills")
    ResponseEntity<Page<ApiViews.SkillSummary>> skills(@RequestParam(defaultValue = "1") int page,
                                                       @RequestParam(defaultValue = "100") int size,
                                                       ServletWebRequest request) {
        return page(request, ApiIndex::skills, page, size);
    }

    @GetMapping("/skills/{skill}")
    ResponseEntity<ApiViews.Skill> skill(@PathVariable String skill, ServletWebRequest request) {
        return one(request, "skill", skill, ApiIndex::skill, "/api/v1/skills");
    }

    @GetMapping("/grades")
    ResponseEntity<List<ApiViews.Grade>> grades(ServletWebRequest request) {
        ApiIndex index = indexes.get();
        return cached(request, index, index::grades);
    }

    @GetMapping("/search")
    ResponseEntity<SearchResults> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit,
                                         ServletWebRequest request) {
        String text = q.strip();
        if (text.isEmpty() || text.length() > properties.maxQueryLength()) {
            throw ApiException.badRequest("The search text 'q' must have 1 to " + properties.maxQueryLength()
                    + " characters.");
        }
        if (limit < 1 || limit > MAX_SEARCH_RESULTS) {
            throw ApiException.badRequest("'limit' must be from 1 to " + MAX_SEARCH_RESULTS + ".");
        }
        ApiIndex index = indexes.get();
        return cached(request, index, () -> new SearchResults(text, engine.search(text, limit).stream()
                .map(match -> item(index, match)).filter(Objects::nonNull).toList()));
    }

    @GetMapping("/compare")
    ResponseEntity<Comparison> compare(@RequestParam String from, @RequestParam String to,
                                       ServletWebRequest request) {
        ApiIndex index = indexes.get();
        LevelOfRole x = level(index, "from", from);
        LevelOfRole y = level(index, "to", to);
        return cached(request, index, () -> comparison(index, LevelComparison.of(x.level(), y.level()), x, y));
    }

    @GetMapping(path = "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<byte[]> openApi(ServletWebRequest request) {
        return cached(request, indexes.get(), spec::yaml);
    }

    /** Anything else under /api/v1: 404, or 405 for a method other than GET on a path that exists. */
    @RequestMapping("/**")
    ResponseEntity<?> other(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET, HEAD")
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblems.body(HttpStatus.METHOD_NOT_ALLOWED,
                            "The API is read-only: only GET and HEAD.", request.getRequestURI()));
        }
        throw ApiException.notFound("No such API path. GET /api/v1/openapi.yaml describes them all.");
    }

    private <T> ResponseEntity<Page<T>> page(ServletWebRequest request, Function<ApiIndex, List<T>> list, int page,
                                             int size) {
        checkPage(page, size);
        ApiIndex index = indexes.get();
        return cached(request, index, () -> Page.of(list.apply(index), page, size));
    }

    private <T> ResponseEntity<T> one(ServletWebRequest request, String what, String id,
                                      BiFunction<ApiIndex, String, Optional<T>> find, String list) {
        ApiIndex index = indexes.get();
        T found = find.apply(index, checkId(what, id)).orElseThrow(() -> ApiException.notFound("There is no " + what
                + " with the id '" + id + "'. GET " + list + " lists them."));
        return cached(request, index, () -> found);
    }

    private static SearchItem item(ApiIndex index, SearchMatch match) {
        boolean role = match.kind() == SearchMatch.Kind.ROLE;
        return (role ? index.roleIdOf(match.name()) : index.skillIdOf(match.name()))
                .map(id -> new SearchItem(role ? "role" : "skill", id, match.name(), match.score()))
                .orElse(null); // a name from a snapshot swapped in since the index was read
    }

    private static Comparison comparison(ApiIndex index, LevelComparison comparison, LevelOfRole x, LevelOfRole y) {
        Function<LevelComparison.Step, ComparedSkill> step = s -> new ComparedSkill(skillId(index, s.skill()),
                s.skill(), s.have().map(l -> l.label()).orElse(null), s.need().label());
        return new Comparison(index.levelRef(x), index.levelRef(y), comparison.gain().stream().map(step).toList(),
                comparison.shared().stream().map(step).toList(),
                comparison.fallAway().stream().map(s -> new ComparedSkill(skillId(index, s.skill()), s.skill(),
                        s.level().label(), null)).toList());
    }

    private static String skillId(ApiIndex index, String name) {
        return index.skillIdOf(name).orElse(null);
    }

    private static LevelOfRole level(ApiIndex index, String parameter, String id) {
        return index.level(checkId(parameter, id)).orElseThrow(() -> ApiException.badRequest("'" + parameter
                + "' names no role level: use an id from GET /api/v1/levels."));
    }

    private static String checkId(String what, String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("'" + what + "' must be an id: 1 to 120 lower-case letters, digits and "
                    + "hyphens.");
        }
        return id;
    }

    private static void checkPage(int page, int size) {
        if (page < 1 || page > 100_000) {
            throw ApiException.badRequest("'page' counts from 1 (at most 100000).");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("'size' must be from 1 to " + MAX_PAGE_SIZE + ".");
        }
    }

    /** 304 when the caller has this snapshot's answer already; otherwise the answer, both cacheable. */
    private <T> ResponseEntity<T> cached(ServletWebRequest request, ApiIndex index, Supplier<T> body) {
        CacheControl cache = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
        if (request.checkNotModified(index.etag())) {
            request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, cache.getHeaderValue());
            return null;
        }
        return ResponseEntity.ok().eTag(index.etag()).cacheControl(cache).body(body.get());
    }
}
