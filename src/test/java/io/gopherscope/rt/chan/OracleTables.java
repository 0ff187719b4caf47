package io.gopherscope.rt.chan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table measured on real Go 1.19 from {@code src/test/resources/oracle} (copies of
 * {@code ../shared/oracle}): comment lines ({@code #}) and the named header line are dropped,
 * empty fields are kept.
 */
final class OracleTables {
    private OracleTables() {
    }

    static List<String[]> rows(String name, String headerFirstColumn) {
        try (InputStream in = OracleTables.class.getResourceAsStream("/oracle/" + name)) {
            if (in == null) throw new IllegalStateException("missing oracle table " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f[0].equals(headerFirstColumn)) continue;
                rows.add(f);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
