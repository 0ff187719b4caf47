package io.gopherscope.classroom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The grade export: one row per student, one column per exercise (points earned), then the
 * total, the maximum and the percentage, in the shape LMS gradebooks import (identifying columns
 * first). RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes with quotes doubled. UTF-8 with a byte order mark, so spreadsheet programs read
 * names in any script. A text cell that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with {@code '}, so a name can never run as a spreadsheet formula.
 */
final class GradesCsv {
    static final String BOM = "\uFEFF";

    private GradesCsv() {
    }

    static String write(List<Dashboard.AssignmentView> assignments, List<Student> students) {
        List<String> header = new ArrayList<>(List.of("Student ID", "Name"));
        int max = 0;
        for (Dashboard.AssignmentView a : assignments) {
            for (Dashboard.Column c : a.columns()) {
                header.add(a.title() + ": " + c.lessonId() + "/" + c.exerciseId() + " (" + c.points() + ")");
            }
            max += a.maxPoints();
        }
        header.addAll(List.of("Total", "Max points", "Percentage"));
        StringBuilder out = new StringBuilder(BOM);
        line(out, header.stream().map(GradesCsv::text).toList());
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            List<String> cells = new ArrayList<>();
            cells.add(text(s.studentNumber() == null ? "" : s.studentNumber()));
            cells.add(text(s.displayName()));
            BigDecimal total = BigDecimal.ZERO;
            for (Dashboard.AssignmentView a : assignments) {
                Dashboard.Row row = a.rows().get(i);
                for (Dashboard.CellView c : row.cells()) {
                    cells.add(c.points());
                    total = total.add(new BigDecimal(c.points()));
                }
            }
            cells.add(number(total));
            cells.add(Integer.toString(max));
            cells.add(max == 0 ? "0" : number(total.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(max), 2,
                    RoundingMode.HALF_UP)));
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join(",", cells)).append("\r\n");
    }

    /** A text cell: formula-safe, quoted when RFC 4180 needs it. */
    static String text(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A number without trailing zeros: 10, 8.5, 3.33. */
    static String number(double d) {
        return number(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP));
    }

    static String number(BigDecimal d) {
        BigDecimal v = d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }
}
