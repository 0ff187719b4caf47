package io.gopherscope.lesson;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lessons' Markdown subset, and that it cannot inject markup. */
class MarkdownTest {

    @Test
    void blocks() {
        String html = Markdown.render("# Title\n\nOne *two* **three** `four <5>`.\nsame paragraph\n\n"
                + "* a\n  continued\n* b\n\n1. x\n2. y\n\n| h | `a|b` |\n|---|---|\n| 1 | 2 |\n\n```go\nx := <-ch\n```\n");
        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertTrue(html.contains("<p>One <em>two</em> <strong>three</strong> <code>four &lt;5&gt;</code>.\nsame paragraph</p>"), html);
        assertTrue(html.contains("<ul>\n<li>a\ncontinued</li>\n<li>b</li>\n</ul>"), html);
        assertTrue(html.contains("<ol>\n<li>x</li>\n<li>y</li>\n</ol>"), html);
        assertTrue(html.contains("<th>h</th><th><code>a|b</code></th>"), html);
        assertTrue(html.contains("<td>1</td><td>2</td>"), html);
        assertTrue(html.contains("<pre><code>x := &lt;-ch\n</code></pre>"), html);
    }

    @Test
    void sandboxesAreRenderedByTheCaller() {
        String html = Markdown.render("a\n\n```sandbox\nfile: x.go\n```\n\n```sandbox\nfile: y.go\n```\n",
                (i, yaml) -> "[" + i + ":" + yaml.strip() + "]");
        assertTrue(html.contains("[0:file: x.go][1:file: y.go]"), html);
    }

    @Test
    void noMarkupInjection() {
        String html = Markdown.render("<script>alert(1)</script> [x](javascript:alert(1)) [ok](/play) \"q\"");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<a href=\"/play\">ok</a>"), html);
        assertEquals("&lt;b&gt;", Markdown.escape("<b>"));
    }
}
