package io.gopherscope.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset lessons use, rendered to HTML: headings, paragraphs, bullet and
 * numbered lists, pipe tables, fenced code blocks, and inline code, bold, italics and links.
 * Everything is HTML-escaped first, so a lesson cannot inject markup or scripts. A fenced block
 * whose info string is {@code sandbox} is rendered by the caller (its YAML body and its index
 * among the sandbox blocks are passed in).
 */
final class Markdown {
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("\\s{0,3}[*-]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("\\s{0,3}\\d+\\.\\s+(.*)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])");

    private Markdown() {
    }

    static String render(String markdown) {
        return render(markdown, (index, yaml) -> "");
    }

    /** @param sandbox renders the n-th sandbox block (0-based) from its YAML body */
    static String render(String markdown, BiFunction<Integer, String, String> sandbox) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<String> para = new ArrayList<>();
        int sandboxes = 0;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(para, out);
                String info = trimmed.substring(3).strip();
                StringBuilder body = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().equals("```")) {
                    body.append(lines[i]).append('\n');
                    i++;
                }
                i++;
                if (info.equals("sandbox")) {
                    out.append(sandbox.apply(sandboxes++, body.toString()));
                } else {
                    out.append("<pre><code>").append(escape(body.toString())).append("</code></pre>\n");
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(para, out);
                i++;
                continue;
            }
            Matcher h = HEADING.matcher(trimmed);
            if (h.matches()) {
                flush(para, out);
                int level = h.group(1).length();
                out.append("<h").append(level).append('>').append(inline(h.group(2))).append("</h").append(level).append(">\n");
                i++;
                continue;
            }
            if (trimmed.startsWith("|") && i + 1 < lines.length && lines[i + 1].strip().matches("\\|[\\s:|-]+\\|?")) {
                flush(para, out);
                i = table(lines, i, out);
                continue;
            }
            if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                flush(para, out);
                i = list(lines, i, out);
                continue;
            }
            para.add(trimmed);
            i++;
        }
        flush(para, out);
        return out.toString();
    }

    private static void flush(List<String> para, StringBuilder out) {
        if (!para.isEmpty()) {
            out.append("<p>").append(inline(String.join("\n", para))).append("</p>\n");
            para.clear();
        }
    }

    private static int list(String[] lines, int i, StringBuilder out) {
        boolean numbered = NUMBERED.matcher(lines[i]).matches();
        Pattern item = numbered ? NUMBERED : BULLET;
        out.append(numbered ? "<ol>\n" : "<ul>\n");
        while (i < lines.length) {
            Matcher m = item.matcher(lines[i]);
            if (!m.matches()) {
                break;
            }
            StringBuilder text = new StringBuilder(m.group(1));
            i++;
            // continuation lines are indented and not a new item
            while (i < lines.length && !lines[i].isBlank() && lines[i].startsWith("  ") && !item.matcher(lines[i]).matches()) {
                text.append('\n').append(lines[i].strip());
                i++;
            }
            out.append("<li>").append(inline(text.toString())).append("</li>\n");
        }
        out.append(numbered ? "</ol>\n" : "</ul>\n");
        return i;
    }

    private static int table(String[] lines, int i, StringBuilder out) {
        out.append("<table>\n<thead><tr>");
        for (String cell : cells(lines[i])) {
            out.append("<th>").append(inline(cell)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        i += 2;
        while (i < lines.length && lines[i].strip().startsWith("|")) {
            out.append("<tr>");
            for (String cell : cells(lines[i])) {
                out.append("<td>").append(inline(cell)).append("</td>");
            }
            out.append("</tr>\n");
            i++;
        }
        out.append("</tbody>\n</table>\n");
        return i;
    }

    /** The cells of a pipe-table row; {@code \|} and pipes inside code spans do not split. */
    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean code = false;
        for (int k = 0; k < r.length(); k++) {
            char c = r.charAt(k);
            if (c == '\\' && k + 1 < r.length() && r.charAt(k + 1) == '|') {
                cur.append('|');
                k++;
            } else if (c == '`') {
                code = !code;
                cur.append(c);
            } else if (c == '|' && !code) {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }

    /** Inline markup over escaped text; code spans are protected from the other rules. */
    static String inline(String text) {
        List<String> codes = new ArrayList<>();
        Matcher c = CODE_SPAN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (c.find()) {
            codes.add("<code>" + escape(c.group(1)) + "</code>");
            c.appendReplacement(sb, "\u0000" + (codes.size() - 1) + "\u0000");
        }
        c.appendTail(sb);
        String s = escape(sb.toString());
        s = LINK.matcher(s).replaceAll(m -> {
            String url = m.group(2);
            boolean safe = url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")
                    || url.startsWith("#") || !url.contains(":");
            return safe ? Matcher.quoteReplacement("<a href=\"" + url + "\">" + m.group(1) + "</a>")
                    : Matcher.quoteReplacement(m.group(1));
        });
        s = BOLD.matcher(s).replaceAll("<strong>$1</strong>");
        s = ITALIC.matcher(s).replaceAll("<em>$1</em>");
        for (int k = 0; k < codes.size(); k++) {
            s = s.replace("\u0000" + k + "\u0000", codes.get(k));
        }
        return s;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
