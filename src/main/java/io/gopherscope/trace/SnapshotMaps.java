package io.gopherscope.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Snapshot} into the ordered map tree that is its JSON form. */
public final class SnapshotMaps {
    private SnapshotMaps() {
    }

    public static Map<String, Object> toMap(Snapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("goid", s.goid());
        Map<String, Object> pos = new LinkedHashMap<>();
        pos.put("line", s.line());
        pos.put("col", s.col());
        m.put("pos", pos);
        m.put("event", s.event());
        m.put("clock", s.clock());
        m.put("stdout", s.stdout());
        m.put("stderr", s.stderr());
        List<Object> gs = new ArrayList<>();
        for (Snapshot.GoroutineState g : s.goroutines()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("goid", g.goid());
            gm.put("status", g.status());
            gm.put("waitreason", g.waitreason());
            List<Object> fs = new ArrayList<>();
            for (Snapshot.FrameState f : g.frames()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("function", f.function());
                fm.put("line", f.line());
                fm.put("locals", f.locals());
                fs.add(fm);
            }
            gm.put("frames", fs);
            gs.add(gm);
        }
        m.put("goroutines", gs);
        m.put("sched", s.sched());
        m.put("objects", s.objects());
        return m;
    }
}
