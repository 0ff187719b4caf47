package io.gopherscope.rt.slices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a measured table from {@code src/test/resources/oracle} (comments and the header dropped). */
public final class OracleTsv {
    private OracleTsv() {
    }

    public static List<String[]> rows(String name) {
        try (InputStream in = OracleTsv.class.getResourceAsStream("/oracle/" + name)) {
            if (in == null) throw new IllegalStateException("missing oracle table " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("section\t") || line.startsWith("request_min\t")) continue; // header
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
