package uk.gov.ddat.capability.bot.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;

/**
 * Free-text search over the names and descriptions of skills and roles, ranked by Lucene (BM25,
 * English stemming, names weighted above descriptions, near-miss spellings allowed).
 */
final class FrameworkSearch {

    enum Kind { SKILL, ROLE }

    record Hit(Kind kind, String name, float score) {
    }

    /**
     * A line of a role's or a role level's description that matches: the role, the level (empty
     * for the role's own description), the line, and the share of the question's terms it holds.
     */
    record LineHit(String role, String level, String line, double coverage) {
    }

    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String NAME_TEXT = "nameText";
    private static final String BODY = "body";
    private static final int MAX_TERMS = 12;
    /** Near misses must share the first letter: typos rarely change it, and it keeps fuzzy matching cheap. */
    private static final int PREFIX = 1;

    private static final String ROLE = "role";
    private static final String LEVEL = "level";
    private static final String LINE = "line";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final IndexSearcher lines;
    private final Set<String> knownTerms = new java.util.HashSet<>();

    FrameworkSearch(FrameworkModel model) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Skill skill : model.skills()) {
                StringBuilder body = new StringBuilder(skill.description().orElse(""));
                skill.youCan().values().forEach(bullets -> bullets.forEach(b -> body.append('\n').append(b)));
                writer.addDocument(document(Kind.SKILL, skill.name(), body.toString()));
            }
            for (Role role : model.roles()) {
                StringBuilder body = new StringBuilder(role.description());
                role.youWill().forEach(b -> body.append('\n').append(b));
                for (RoleLevel level : role.levels()) {
                    body.append('\n').append(level.summary());
                    level.youWill().forEach(b -> body.append('\n').append(b));
                }
                writer.addDocument(document(Kind.ROLE, role.name(), body.toString()));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index", e);
        }
        lines = new IndexSearcher(lineIndex(model));
    }

    /** One document per sentence of a role's description or a level's summary, and per "you will" line. */
    private DirectoryReader lineIndex(FrameworkModel model) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Role role : model.roles()) {
                for (String line : sentences(role.description(), role.youWill())) {
                    writer.addDocument(line(role.name(), "", line));
                }
                for (RoleLevel level : role.levels()) {
                    for (String line : sentences(level.summary(), level.youWill())) {
                        writer.addDocument(line(role.name(), level.name(), line));
                    }
                }
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory line index", e);
        }
    }

    private Document line(String role, String level, String text) {
        knownTerms.addAll(analyse(text, Integer.MAX_VALUE));
        Document document = new Document();
        document.add(new StoredField(ROLE, role));
        document.add(new StoredField(LEVEL, level));
        document.add(new StoredField(LINE, text));
        document.add(new TextField(BODY, text, Field.Store.NO));
        return document;
    }

    private static List<String> sentences(String paragraph, List<String> bullets) {
        List<String> all = new ArrayList<>();
        for (String sentence : paragraph.split("(?<=\\.)\\s+|\\n+")) {
            if (!sentence.isBlank()) {
                all.add(sentence.strip());
            }
        }
        all.addAll(bullets);
        return all;
    }

    /** Whether any name or description in the data uses this word (after stemming). */
    boolean knowsAnywhere(String word) {
        List<String> terms = analyse(word);
        return !terms.isEmpty() && knownTerms.contains(terms.get(0));
    }

    /**
     * The lines of role and level descriptions that best hold the given words ("writes strategic
     * roadmaps"), best first; only lines holding at least half of the words' terms.
     */
    List<LineHit> lines(String words, int limit) {
        List<String> terms = analyse(words);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
            if (term.length() >= 5) {
                query.add(new BoostQuery(new FuzzyQuery(new Term(BODY, term), 1, PREFIX), 0.5f), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            List<LineHit> hits = new ArrayList<>();
            for (ScoreDoc doc : lines.search(query.build(), limit * 3).scoreDocs) {
                Document found = lines.storedFields().document(doc.doc);
                String line = found.get(LINE);
                List<String> lineTerms = analyse(line, Integer.MAX_VALUE);
                long held = terms.stream().filter(lineTerms::contains).count();
                double coverage = (double) held / terms.size();
                if (coverage >= 0.5) {
                    hits.add(new LineHit(found.get(ROLE), found.get(LEVEL), line, coverage));
                }
            }
            hits.sort((a, b) -> Double.compare(b.coverage(), a.coverage()));
            return hits.size() > limit ? hits.subList(0, limit) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory line index", e);
        }
    }

    List<Hit> search(String text, int limit) {
        List<String> terms = analyse(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new BoostQuery(new TermQuery(new Term(NAME_TEXT, term)), 3f), BooleanClause.Occur.SHOULD);
            query.add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
            if (term.length() >= 4) {
                Query near = new FuzzyQuery(new Term(NAME_TEXT, term), term.length() >= 7 ? 2 : 1, PREFIX);
                query.add(new BoostQuery(near, 1.5f), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query.build(), limit).scoreDocs) {
                Document found = searcher.storedFields().document(doc.doc);
                hits.add(new Hit(Kind.valueOf(found.get(KIND)), found.get(NAME), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }

    List<String> analyse(String text) {
        return analyse(text, MAX_TERMS);
    }

    private List<String> analyse(String text, int max) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    private Document document(Kind kind, String name, String body) {
        knownTerms.addAll(analyse(name + "\n" + body, Integer.MAX_VALUE));
        Document document = new Document();
        document.add(new StringField(KIND, kind.name(), Field.Store.YES));
        document.add(new StoredField(NAME, name));
        document.add(new TextField(NAME_TEXT, name, Field.Store.NO));
        document.add(new TextField(BODY, body, Field.Store.NO));
        return document;
    }
}
