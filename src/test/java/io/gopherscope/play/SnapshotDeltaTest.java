package io.gopherscope.play;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import io.gopherscope.trace.Json;
import io.gopherscope.trace.SnapshotMaps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server half of the delta contract (docs/trace-format.md, "Deltas"). The other half, applying
 * them, lives only in frontend/src/store.js and is tested by frontend/test/store.test.js against
 * fixtures this class writes with {@code -Dgolden.update=true}.
 */
class SnapshotDeltaTest {

    static Map<String, Object> snap(long step, String stdout, List<Map<String, Object>> gs, Map<String, Object> objects) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", step);
        m.put("goid", 1L);
        m.put("pos", Map.of("line", 7, "col", 2));
        m.put("event", "stmt");
        m.put("clock", 0L);
        m.put("stdout", stdout);
        m.put("stderr", "");
        m.put("goroutines", gs);
        m.put("objects", objects);
        return m;
    }

    static Map<String, Object> g(long goid, String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goid", goid);
        m.put("status", status);
        m.put("waitreason", "");
        m.put("frames", List.of());
        return m;
    }

    @Test
    void unchangedPartsAreLeftOut() {
        var a = snap(1, "x", List.of(g(1, "running")), Map.of("0xc0", Map.of("kind", "hchan", "qcount", 0L)));
        var b = snap(2, "x", List.of(g(1, "running")), Map.of("0xc0", Map.of("kind", "hchan", "qcount", 0L)));
        assertThat(Json.write(SnapshotDelta.between(a, b))).isEqualTo("{\"type\":\"delta\",\"step\":2}");
    }

    @Test
    void outputTravelsAsAnAppend() {
        var a = snap(1, "1 ", List.of(), Map.of());
        var b = snap(2, "1 2\n", List.of(), Map.of());
        assertThat(SnapshotDelta.between(a, b).get("stdout")).isEqualTo(Map.of("append", "2\n"));
        var c = snap(3, "other", List.of(), Map.of());
        assertThat(SnapshotDelta.between(b, c).get("stdout")).isEqualTo(Map.of("replace", "other"));
    }

    @Test
    void goroutinesAndObjectsAreKeyed() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("0xa", Map.of("kind", "hchan", "qcount", 0L));
        before.put("0xb", Map.of("kind", "array"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("0xa", Map.of("kind", "hchan", "qcount", 1L));
        after.put("0xc", Map.of("kind", "hmap"));
        var a = snap(1, "", List.of(g(1, "running"), g(6, "runnable")), before);
        var b = snap(2, "", List.of(g(1, "waiting"), g(7, "runnable")), after);
        Map<String, Object> d = SnapshotDelta.between(a, b);

        @SuppressWarnings("unchecked")
        var gs = (Map<String, Object>) d.get("goroutines");
        assertThat(gs.get("set")).isEqualTo(List.of(g(1, "waiting"), g(7, "runnable")));
        assertThat(gs.get("remove")).isEqualTo(List.of(6L));
        assertThat(gs.get("order")).isEqualTo(List.of(1L, 7L));

        @SuppressWarnings("unchecked")
        var objs = (Map<String, Object>) d.get("objects");
        assertThat(objs.get("set")).isEqualTo(Map.of("0xc", Map.of("kind", "hmap")));
        assertThat(objs.get("patch")).isEqualTo(Map.of("0xa", Map.of("qcount", 1L)));
        assertThat(objs.get("remove")).isEqualTo(List.of("0xb"));
        assertThat(objs.get("order")).isEqualTo(List.of("0xa", "0xc"));
    }

    @Test
    void aChangedObjectTravelsAsAPatchOfItsChangedFields() {
        Map<String, Object> hmap = new LinkedHashMap<>();
        hmap.put("kind", "hmap");
        hmap.put("count", 1L);
        hmap.put("buckets", List.of(Map.of("ref", "0xb0"), Map.of("ref", "0xb1")));
        Map<String, Object> grown = new LinkedHashMap<>(hmap);
        grown.put("count", 2L);
        var a = snap(1, "", List.of(), Map.of("0xm", hmap));
        var b = snap(2, "", List.of(), Map.of("0xm", grown));
        assertThat(Json.write(SnapshotDelta.between(a, b)))
                .isEqualTo("{\"type\":\"delta\",\"step\":2,\"objects\":{\"patch\":{\"0xm\":{\"count\":2}}}}");
        // a change of shape, or of every field, sends the object whole
        assertThat(SnapshotDelta.patch(Map.of("a", 1L), Map.of("b", 1L))).isNull();
        assertThat(SnapshotDelta.patch(Map.of("a", 1L), Map.of("a", 2L))).isNull();
    }

    @Test
    void vanishedTopLevelFieldsAreUnset() {
        var a = snap(1, "", List.of(), Map.of());
        a.put("extra", 1L);
        var b = snap(2, "", List.of(), Map.of());
        assertThat(SnapshotDelta.between(a, b).get("unset")).isEqualTo(List.of("extra"));
    }

    /** Regenerates the front end's fixtures from the real engine: {@code -Dgolden.update=true}. */
    @Test
    void writeFrontendFixturesOnRequest() throws IOException {
        if (!Boolean.getBoolean("golden.update")) {
            return;
        }
        Path dir = Path.of("frontend/test/fixtures");
        Files.createDirectories(dir);
        // name -> the Go program and version (maprange-swiss: the same range loop over a Swiss table)
        Map<String, String[]> programs = new LinkedHashMap<>();
        for (String name : List.of("channel", "handoff", "mapgrow", "maprange")) {
            programs.put(name, new String[] {name, RunConfig.DEFAULT_GO});
        }
        programs.put("maprange-swiss", new String[] {"maprange", "1.24"});
        for (var e : programs.entrySet()) {
            String name = e.getKey();
            String source = Files.readString(dir.resolve(e.getValue()[0] + ".go"));
            Session s = Engine.open(RunConfig.of("./prog.go", source).withGo(e.getValue()[1]));
            List<String> full = new ArrayList<>();
            List<String> wire = new ArrayList<>();
            Map<String, Object> prev = SnapshotMaps.toMap(s.snapshot());
            full.add(Json.write(prev));
            wire.add(Json.write(SnapshotDelta.full(prev)));
            while (!s.done()) {
                Map<String, Object> next = SnapshotMaps.toMap(s.step());
                full.add(Json.write(next));
                wire.add(Json.write(SnapshotDelta.between(prev, next)));
                prev = next;
            }
            Files.writeString(dir.resolve(name + ".trace.jsonl"), String.join("\n", full) + "\n");
            Files.writeString(dir.resolve(name + ".deltas.jsonl"), String.join("\n", wire) + "\n");
        }
    }
}
