package uk.gov.ddat.capability.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV file read with Jackson CSV (quoted multi-line cells included), checked for the columns
 * the importer needs, with the line each row starts on kept for problem messages.
 */
final class CsvTable {

    /** One data row: its cells by column name, and the line of the file it starts on. */
    record Row(long line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CsvTable() {
    }

    /** Reads every row; a missing column, a broken quote or a short row fails with its line. */
    static List<Row> read(byte[] bytes, String file, List<String> requiredColumns) {
        String text = Utf8Text.decode(bytes, file);
        Problems problems = new Problems(file);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
            if (!it.hasNextValue()) {
                problems.inFile("the file is empty; expected a header row with " + String.join(", ", requiredColumns));
                problems.throwIfAny();
            }
            String[] header = it.nextValue();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(DescriptionText.normalise(header[i]), i);
            }
            for (String column : requiredColumns) {
                if (!columns.containsKey(column)) {
                    problems.atLine(1, "missing column '" + column + "'");
                }
            }
            problems.throwIfAny();
            long line = 2;
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                if (cells.length == 1 && cells[0].isBlank()) {
                    line++;
                    continue;
                }
                Map<String, String> byName = new HashMap<>();
                columns.forEach((name, index) -> byName.put(name, index < cells.length ? cells[index] : null));
                if (cells.length < header.length) {
                    problems.atLine(line, "the row has " + cells.length + " cells; the header has " + header.length);
                }
                rows.add(new Row(line, byName));
                line += 1 + newlines(cells);
            }
        } catch (JacksonException e) {
            var location = e.getLocation();
            problems.atLine(location == null ? 0 : location.getLineNr(), "not valid CSV: " + e.getOriginalMessage());
        }
        problems.throwIfAny();
        return rows;
    }

    private static int newlines(String[] cells) {
        int count = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                if (cell.charAt(i) == '\n') {
                    count++;
                }
            }
        }
        return count;
    }
}
