package fr.chulille.passerelle.inbox;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV (CRLF, quotes doubled, fields quoted when needed) in which a cell that a spreadsheet
 * would read as a formula (= + - @ tab CR) is neutralised with a leading apostrophe.
 */
final class CsvExport {

    private CsvExport() {
    }

    static <T> String write(List<String> header, List<T> rows, Function<T, List<String>> cells) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(header));
        rows.forEach(row -> csv.append(line(cells.apply(row))));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
