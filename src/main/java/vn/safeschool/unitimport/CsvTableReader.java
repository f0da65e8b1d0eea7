package vn.safeschool.unitimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8, with or without a byte order mark, separated by commas or (as Excel writes it in some locales)
 * semicolons. Anything that is not valid UTF-8 — a Windows-1258 or Windows-1252 export — is refused, never guessed.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    /** Reads up to {@code maxLines + 1} data rows that are not blank, and stops. */
    static Table read(byte[] bytes, int maxLines) throws FileRejected {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> header = null;
        List<Table.Line> lines = new ArrayList<>();
        int counted = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                } else {
                    // the header is record 1, so a record's number is its row, as a spreadsheet would show it
                    Table.Line line = new Table.Line((int) record.getRecordNumber(), record.toList());
                    lines.add(line);
                    if (!line.blank() && ++counted > maxLines) {
                        break;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new FileRejected("import.error.unreadable-csv", e.getMessage());
        }
        if (header == null) {
            throw new FileRejected("import.error.empty");
        }
        return new Table(header, lines);
    }

    private static String decode(byte[] bytes) throws FileRejected {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FileRejected("import.error.not-utf8");
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
